"""50 members post 20 replies each into one thread, all at once, over real websockets.

Each writer is a socket-level client of the running app (the same protocol the
browser speaks, see ``socket_client.py``), signed in as its own member, sending
``ThreadState.reply`` events one after another while the 49 others do the
same. Afterwards the database must hold exactly 1,000 replies at positions
1..1000, and the thread's stored counters must say so; a 21st reply within
the window is refused by the per-member rate limit.
"""

from __future__ import annotations

import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
import sqlalchemy as sa

from tests.browser.socket_client import AppSocket, open_session

pytestmark = pytest.mark.browser

WRITERS, REPLIES = 50, 20
PASSWORD = "concurrent writers share this passphrase"


def _world(db_url: str) -> tuple[str, int, list[str]]:
    """An open community, 50 members and one question, straight through the services."""
    from cop_app.db import session_scope
    from cop_app.models import ThreadKind, User
    from cop_app.services.accounts.passwords import hash_password
    from cop_app.services.communities import communities
    from cop_app.services.threads import threads

    tag = uuid.uuid4().hex[:8]
    password_hash = hash_password(PASSWORD)  # once: argon2 is slow on purpose
    with session_scope(db_url) as session:
        community = communities.do_create_community(
            session, slug=f"load-{tag}", name=f"Load test {tag}"
        )
        emails = []
        members: list[User] = []
        for n in range(WRITERS + 1):
            email = f"writer{n}-{tag}@example.org"
            user = communities.do_create_user(
                session, email=email, display_name=f"Writer {n} {tag}"
            )
            user.password_hash = password_hash
            session.add(user)
            communities.do_join(session, community=community, user=user)
            members.append(user)
            emails.append(email)
        thread = threads.do_create_thread(
            session,
            community=community,
            author=members[-1],
            kind=ThreadKind.QUESTION,
            title="Where do we stand?",
            body="Everybody, reply at once.",
        )
        return f"/c/{community.slug}/t/{thread.id}", int(thread.id or 0), emails[:WRITERS]


def test_fifty_concurrent_writers_leave_exactly_a_thousand_replies(
    app_url: str, app_env: dict[str, str]
) -> None:
    from cop_app.services.guards.ratelimit import DEFAULT_LIMITS, WriteKind
    from cop_app.state.thread import ThreadState

    db_url = app_env["REFLEX_DB_URL"]
    path, thread_id, emails = _world(db_url)
    reply = f"{ThreadState.get_full_name()}.reply"
    sockets = []
    for n, email in enumerate(emails):
        ticket = open_session(db_url, email, PASSWORD, client_ip=f"198.51.100.{n + 1}")
        sock = AppSocket(app_url, session_token=ticket.token)
        sock.connect("/")
        sockets.append(sock)

    def write(sock: AppSocket, n: int) -> list[str]:
        errors = []
        for k in range(REPLIES):
            messages = sock.call(
                reply,
                {"form": {"body": f"Reply {k} from writer {n}"}},
                path=path,
                timeout=120,
            )
            errors += [m.raw for m in messages if "reply_error" in m.raw and '""' not in m.raw]
        return errors

    try:
        started = time.monotonic()
        with ThreadPoolExecutor(max_workers=WRITERS) as pool:
            results = list(pool.map(write, sockets, range(WRITERS)))
        assert all(not errors for errors in results), results[:3]

        engine = sa.create_engine(db_url)
        try:
            with engine.connect() as conn:
                posts = conn.execute(
                    sa.text(
                        "SELECT count(*), min(position), max(position),"
                        " count(DISTINCT position), count(DISTINCT author_id)"
                        " FROM post WHERE thread_id = :t AND position > 0"
                    ),
                    {"t": thread_id},
                ).one()
                counters = conn.execute(
                    sa.text("SELECT reply_count, participant_count FROM thread WHERE id = :t"),
                    {"t": thread_id},
                ).one()
        finally:
            engine.dispose()
        assert tuple(posts) == (1000, 1, 1000, 1000, WRITERS)
        assert tuple(counters) == (1000, WRITERS + 1)

        # Past 20 replies in ten minutes a reply is refused, with the reason beside
        # the box. The limit is a steady rate (one reply every 30 s, a burst of 20),
        # so a writer whose 20 replies took longer than 30 s has earned one more
        # reply per 30 s since its first: on a slow machine, those go through first.
        count, window = DEFAULT_LIMITS[WriteKind.POST]
        earned = int((time.monotonic() - started) // (window / count))
        for extra in range(earned + 2):
            messages = sockets[0].call(
                reply, {"form": {"body": f"One too many ({extra})"}}, path=path
            )
            if "faster than the site allows" in "".join(m.raw for m in messages):
                break
        else:
            pytest.fail(
                f"{earned + 2} replies past the burst went through; at most {earned} were earned"
            )
    finally:
        for sock in sockets:
            sock.close()
