"""Kill -9 of the backend right after 20 replies in a watched focus area: after
a restart, every watcher has each notification exactly once.

The test serves its own app (not the session's: it is killed), the way
``tests/appserver.py`` serves it (``manage setup``, then ``reflex run --env prod
--single-port`` in its own process group), on a fresh database of the suite's
profile. The world is built straight through the services: an open community
with one focus area, 999 members watching that focus area, and a question in
it by a member who does not watch the area (so the thread's author is told
``reply``, everyone else ``watched_post``). Once the app has expanded the
question's own job, 20 of the watchers each post one reply at the same time,
over real websockets (``ThreadState.reply``): each reply records one fan-out
job in its transaction, and the app's worker expands each job's 1,000
candidates in two batches of 500. The moment the 20th reply's answer arrives,
the whole process group (the reflex CLI, granian and its workers) gets
SIGKILL, while jobs are still undone (asserted). The app is then started
again on the same database; once no job is left undone, each watcher and the
thread's author must hold exactly one notification per reply, except for
their own reply: 20 x 999 rows, no more, no fewer.

999 watchers rather than a round 600: two full batches per job, so a kill
during a job's expansion lands in its second batch (the first one committed
with its cursor: printed as "midway", resumed from there) as often as in its
first (rolled back, done again from the start).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlalchemy as sa

from tests import profile
from tests.appserver import (
    ROOT,
    START_TIMEOUT_S,
    app_environment,
    free_port,
    start_reflex,
    stop,
    wait_for,
)
from tests.browser.conftest import ARTIFACTS, WORKDIR
from tests.browser.socket_client import AppSocket, open_session
from tests.dbtools import postgres_database

pytestmark = pytest.mark.browser

WATCHERS, REPLIES = 999, 20
FOCUS = "coordination"
PASSWORD = "crash test watchers share this passphrase"
#: How long the restarted app may take to finish every job.
DRAIN_TIMEOUT_S = 60


@dataclass(frozen=True)
class World:
    community_id: int
    thread_id: int
    path: str
    thread_author_id: int
    watcher_ids: list[int]
    writer_emails: list[str]


# --------------------------------------------------------------------------- the app


@contextmanager
def _database(folder: Path) -> Iterator[dict[str, str]]:
    """A fresh database of the suite's profile, and the app's environment on it
    (no demo data: the world below is all there is)."""
    # Its own build folders: a build writes the backend's port into the pages,
    # and the suite's shared app serves the pages of WORKDIR.
    workdir = f"{WORKDIR}-crash"
    if not profile.SCALED:
        env = app_environment(f"sqlite:///{folder / 'app.db'}", workdir_suffix=workdir)
        yield {**env, "COP_DEMO": "0"}
        return
    with postgres_database() as url:
        yield {
            **app_environment(url, workdir_suffix=workdir),
            "COP_DEMO": "0",
            "REFLEX_REDIS_URL": profile.REDIS_URL,
            "GRANIAN_WORKERS": profile.WORKERS,
        }


def _setup(env: dict[str, str]) -> None:
    """What ``serve`` does first: migrations and the focus-area catalogue."""
    done = subprocess.run(
        [sys.executable, "-m", "cop_app.manage", "setup"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def _launch(env: dict[str, str], log_name: str) -> tuple[subprocess.Popen, str]:
    """Start serving the app as ``serve`` does (the same ``reflex run``, its own
    process group), without waiting for it; see :func:`_ready`."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env["COP_PUBLIC_URL"] = url
    proc = start_reflex(
        ["run", "--env", "prod", "--single-port", "--frontend-port", str(port)],
        env,
        ARTIFACTS / log_name,
    )
    return proc, url


def _ready(proc: subprocess.Popen, url: str, log_name: str) -> None:
    wait_for(f"{url}/ping", proc, ARTIFACTS / log_name, START_TIMEOUT_S)
    wait_for(f"{url}/", proc, ARTIFACTS / log_name, 120)


def _stop(proc: subprocess.Popen) -> None:
    """``stop``, also when the app has exited by itself (then its group may be gone)."""
    with suppress(ProcessLookupError):
        stop(proc)


def _living_members(pgid: int) -> list[int]:
    """The processes of a group that still run (zombies are dead: whether and
    when they are reaped is up to the machine's init, not to the app)."""
    proc_fs = Path("/proc")
    if not proc_fs.is_dir():  # no procfs: any member, reaped or not
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return []
        return [pgid]
    living = []
    for entry in proc_fs.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:  # gone meanwhile
            continue
        state, _ppid, group = stat[stat.rindex(")") + 2 :].split()[:3]
        if int(group) == pgid and state not in ("Z", "X"):
            living.append(int(entry.name))
    return living


def _kill9(proc: subprocess.Popen) -> None:
    """SIGKILL to the whole process group ``start_reflex`` made (the reflex CLI,
    granian and its workers: nobody gets to finish a batch or run a handler)."""
    pgid = os.getpgid(proc.pid)
    assert pgid == proc.pid, "start_reflex starts the app as its own process group"
    assert len(_living_members(pgid)) > 1, "the app runs as several processes"
    os.killpg(pgid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while living := _living_members(pgid):
        assert time.monotonic() < deadline, f"processes of the killed app still run: {living}"
        time.sleep(0.01)
    proc.wait(timeout=10)


# --------------------------------------------------------------------------- the world


def _world(db_url: str) -> World:
    from cop_app.db import session_scope
    from cop_app.models import FocusAreaCode, ThreadKind
    from cop_app.services.accounts.passwords import hash_password
    from cop_app.services.communities import communities
    from cop_app.services.reach import watching
    from cop_app.services.threads import threads

    tag = uuid.uuid4().hex[:8]
    password_hash = hash_password(PASSWORD)  # once: argon2 is slow on purpose
    with session_scope(db_url) as session:
        community = communities.do_create_community(
            session, slug=f"crash-{tag}", name=f"Crash test {tag}"
        )
        communities.do_set_focus_areas(session, community=community, primary=[FOCUS])
        watchers = []
        for n in range(WATCHERS):
            user = communities.do_create_user(
                session, email=f"watcher{n}-{tag}@example.org", display_name=f"Watcher {n} {tag}"
            )
            if n < REPLIES:
                user.password_hash = password_hash
                session.add(user)
            communities.do_join(session, community=community, user=user)
            watching.do_set_community_level(
                session, user=user, community=community, level="watching", focus_area=FOCUS
            )
            watchers.append(user)
        author = communities.do_create_user(
            session, email=f"asker-{tag}@example.org", display_name=f"Asker {tag}"
        )
        communities.do_join(session, community=community, user=author)
        thread = threads.do_create_thread(
            session,
            community=community,
            author=author,
            kind=ThreadKind.QUESTION,
            title="Who coordinates the cash response?",
            body="Everybody who watches coordination, please reply.",
            focus_area=FocusAreaCode(FOCUS),
        )
        return World(
            community_id=int(community.id or 0),
            thread_id=int(thread.id or 0),
            path=f"/c/{community.slug}/t/{thread.id}",
            thread_author_id=int(author.id or 0),
            watcher_ids=[int(u.id or 0) for u in watchers],
            writer_emails=[u.email for u in watchers[:REPLIES]],
        )


# --------------------------------------------------------------------------- replying


def _reply(sock: AppSocket, name: str, body: str, path: str, timeout: float = 60) -> str:
    """Send ``ThreadState.reply`` and return as soon as its own answer arrives:
    "" when the reply was taken (the handler empties the reply box), else the
    error it shows. Not ``sock.call``: its sentinel rounds would give the
    worker a few more batches before the kill."""
    state_name = name.rsplit(".", 1)[0]
    start = len(sock.messages)
    sock.emit(name, {"form": {"body": body}}, path=path)
    deadline = time.monotonic() + timeout
    with sock._cond:
        index = start
        while True:
            while index < len(sock.messages):
                message = sock.messages[index]
                index += 1
                if '"ref_reply_body"' in message.raw:
                    return ""
                for state, values in message.delta.items():
                    if state == state_name and values.get("reply_error_rx_state_"):
                        return str(values["reply_error_rx_state_"])
            remaining = deadline - time.monotonic()
            assert remaining > 0 and not sock.closed, f"no answer to the reply in {timeout}s"
            sock._cond.wait(remaining)


# --------------------------------------------------------------------------- reading


def _scalar(engine: sa.Engine, sql: str, **params: object) -> int:
    with engine.connect() as conn:
        return int(conn.execute(sa.text(sql), params).scalar() or 0)


def _pending(engine: sa.Engine) -> int:
    return _scalar(engine, "SELECT count(*) FROM fanout_job WHERE done_at IS NULL")


def _wait_drained(engine: sa.Engine, timeout: float, what: str) -> float:
    started = time.monotonic()
    while (left := _pending(engine)) > 0:
        assert time.monotonic() - started < timeout, f"{left} fan-out jobs still undone {what}"
        time.sleep(0.2)
    return time.monotonic() - started


def _reply_notifications(engine: sa.Engine, thread_id: int) -> int:
    return _scalar(
        engine,
        "SELECT count(*) FROM notification n JOIN post p ON p.id = n.post_id"
        " WHERE p.thread_id = :t AND p.position > 0",
        t=thread_id,
    )


# --------------------------------------------------------------------------- the test


def test_kill9_mid_fanout_then_restart_notifies_each_watcher_exactly_once(tmp_path: Path) -> None:
    from cop_app.state.thread import ThreadState

    reply = f"{ThreadState.get_full_name()}.reply"
    ARTIFACTS.mkdir(exist_ok=True)
    with _database(tmp_path) as env:
        db_url = env["REFLEX_DB_URL"]
        _setup(env)
        engine = sa.create_engine(db_url)
        sockets: list[AppSocket] = []
        started = time.monotonic()
        # The first start compiles and builds the frontend: the world is built
        # meanwhile (one transaction: the app's worker sees all of it or nothing).
        proc: subprocess.Popen | None
        proc, url = _launch(env, "app-fanout-crash.log")
        try:
            world = _world(db_url)
            tickets = [
                open_session(db_url, email, PASSWORD, client_ip=f"198.51.100.{n + 1}")
                for n, email in enumerate(world.writer_emails)
            ]
            print(f"\nworld and {REPLIES} sign-ins in {time.monotonic() - started:.1f} s")
            _ready(proc, url, "app-fanout-crash.log")
            print(f"app up in {time.monotonic() - started:.1f} s")
            # The question's own job ("new thread" for every watcher) first:
            # what is killed below is the expansion of the replies only.
            _wait_drained(engine, DRAIN_TIMEOUT_S, "before the replies")
            for ticket in tickets:
                sock = AppSocket(url, session_token=ticket.token)
                sock.connect(world.path)
                sockets.append(sock)

            def write(n: int) -> tuple[str, float]:
                began = time.monotonic()
                error = _reply(sockets[n], reply, f"Reply from watcher {n}", world.path)
                return error, time.monotonic() - began

            posting = time.monotonic()
            with ThreadPoolExecutor(max_workers=REPLIES) as pool:
                results = list(pool.map(write, range(REPLIES)))
            acked_after = time.monotonic() - posting
            _kill9(proc)
            kill_took = time.monotonic() - posting - acked_after
            proc = None
            for sock in sockets:
                sock.close()
            errors = [e for e, _ in results if e]
            waits = sorted(w for _, w in results)
            print(
                f"replies acknowledged after {waits[0]:.2f} s (fastest),"
                f" {waits[len(waits) // 2]:.2f} s (median), {waits[-1]:.2f} s (slowest)"
            )
            assert not any(errors), errors[:3]

            replies = _scalar(
                engine,
                "SELECT count(*) FROM post WHERE thread_id = :t AND position > 0",
                t=world.thread_id,
            )
            assert replies == REPLIES
            recipients = set(world.watcher_ids) | {world.thread_author_id}
            expected = REPLIES * (len(recipients) - 1)  # each reply: all but its author
            at_kill = _reply_notifications(engine, world.thread_id)
            undone = _pending(engine)
            with engine.connect() as conn:
                undone_jobs = conn.execute(
                    sa.text(
                        "SELECT j.id, j.cursor, count(n.id) FROM fanout_job j"
                        " LEFT JOIN notification n ON n.job_id = j.id"
                        " WHERE j.done_at IS NULL GROUP BY j.id, j.cursor ORDER BY j.id"
                    )
                ).all()
            midway = [tuple(job) for job in undone_jobs if job.cursor > 0]
            print(
                f"{REPLIES} replies acknowledged in {acked_after:.2f} s, then SIGKILL"
                f" (the process group gone {kill_took:.2f} s later):"
                f" {at_kill} of {expected} notifications written,"
                f" {undone} jobs undone, {len(midway)} of them midway (id, cursor, rows): {midway}"
            )
            assert at_kill < expected, "the worker was done before the kill: nothing was tested"
            assert undone > 0

            restarted = time.monotonic()
            proc, url = _launch(env, "app-fanout-crash-restart.log")
            _ready(proc, url, "app-fanout-crash-restart.log")
            up = time.monotonic() - restarted
            drained = _wait_drained(engine, DRAIN_TIMEOUT_S, "after the restart")
            print(f"restarted in {up:.1f} s, every job done {drained:.1f} s later")
            failed = _scalar(engine, "SELECT count(*) FROM fanout_job WHERE detail = 'failed'")
            assert failed == 0, f"{failed} fan-out jobs were given up"

            with engine.connect() as conn:
                rows = conn.execute(
                    sa.text(
                        "SELECT n.user_id, n.post_id, p.author_id, n.kind, count(*)"
                        " FROM notification n JOIN post p ON p.id = n.post_id"
                        " WHERE p.thread_id = :t AND p.position > 0"
                        " GROUP BY n.user_id, n.post_id, p.author_id, n.kind"
                    ),
                    {"t": world.thread_id},
                ).all()
                posts = dict(
                    conn.execute(
                        sa.text(
                            "SELECT id, author_id FROM post WHERE thread_id = :t AND position > 0"
                        ),
                        {"t": world.thread_id},
                    ).all()
                )
                total = conn.execute(
                    sa.text(
                        "SELECT count(*) FROM notification n JOIN post p ON p.id = n.post_id"
                        " WHERE p.thread_id = :t AND p.position > 0"
                    ),
                    {"t": world.thread_id},
                ).scalar()
            repeated = [row for row in rows if row[4] != 1]
            assert not repeated, f"told more than once: {repeated[:5]}"
            told = {(row[0], row[1]): row[3] for row in rows}
            assert len(told) == len(rows), "a member was told of one reply in two kinds"
            wanted = {
                (uid, post_id): "reply" if uid == world.thread_author_id else "watched_post"
                for post_id, author_id in posts.items()
                for uid in recipients
                if uid != author_id
            }
            missing = sorted(set(wanted) - set(told))
            extra = sorted(set(told) - set(wanted))
            assert not missing, f"{len(missing)} notifications lost, e.g. {missing[:5]}"
            assert not extra, f"{len(extra)} notifications nobody should have, e.g. {extra[:5]}"
            wrong = {key: kind for key, kind in told.items() if kind != wanted[key]}
            assert not wrong, f"wrong kinds: {list(wrong.items())[:5]}"
            assert total == expected == len(wanted)
            print(f"after the restart: {total} notifications, each (member, reply) exactly once")
        finally:
            for sock in sockets:
                sock.close()
            if proc is not None:
                _stop(proc)
            engine.dispose()
