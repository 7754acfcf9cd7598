"""What telling 1,000 watchers costs a reply, and how soon their bells move.

    .venv/bin/python -m bench.notifications [--watchers 1000] [--rounds 200]
                                            [--pg postgresql+psycopg://...]

On one database (a SQLite file with the app's pragmas, and PostgreSQL when
``--pg`` is given or the scale-out test database is reachable), in one run:

1. **The reply itself.** Replies alternate between a thread in a focus area
   that ``--watchers`` members watch (every post) and a thread in a focus area
   nobody watches; each is the app's whole write transaction (write lock,
   rate limit, ``threads.do_reply`` with its fan-out job, commit). p50 and p95
   of each, and their ratio. The fan-out worker is not running here, so this
   is what the writer waits for.
2. **The bells.** The app's fan-out worker and live hub run in this process;
   each watcher has a waiter on its own topic (as its open tab's watcher
   would), which on waking recounts its bell as the app does (the process's
   batched recount, ``state/bell.counts``). The time from the reply's commit
   to the last watcher's recount, per round.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import statistics
import tempfile
import time
import uuid
from pathlib import Path

import sqlalchemy as sa
from sqlmodel import Session, SQLModel

from bench import UNLIMITED_WRITES
from cop_app import live
from cop_app.db import session_scope
from cop_app.models import FocusAreaCode, Thread, ThreadKind, User
from cop_app.services.communities import communities
from cop_app.services.guards import ratelimit
from cop_app.services.reach import fanout, watching
from cop_app.services.threads import threads
from cop_app.state.bell import counts
from tests.dbtools import postgres_database


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def build(url: str, watchers: int) -> tuple[int, int, list[int], int]:
    """A community with two focus areas, ``watchers`` members watching the
    first; a thread in each. Returns (watched thread, quiet thread, watcher
    ids, replier id)."""
    engine = sa.create_engine(url)
    SQLModel.metadata.create_all(engine)
    tag = uuid.uuid4().hex[:6]
    with Session(engine, expire_on_commit=False) as session:
        community = communities.do_create_community(session, slug=f"bench-{tag}", name="Bench")
        communities.do_set_focus_areas(
            session,
            community=community,
            primary=[FocusAreaCode.LEARNING],
            secondary=[FocusAreaCode.INNOVATION],
        )
        people: list[User] = []
        for n in range(watchers + 1):
            user = communities.do_create_user(
                session, email=f"w{n}-{tag}@example.org", display_name=f"Watcher {n} {tag}"
            )
            communities.do_join(session, community=community, user=user)
            people.append(user)
        replier, audience = people[0], people[1:]
        for user in audience:
            watching.do_set_community_level(
                session, user=user, community=community, level="watching", focus_area="learning"
            )
        watched = threads.do_create_thread(
            session,
            community=community,
            author=replier,
            kind=ThreadKind.DISCUSSION,
            title="Watched",
            body="A thread many watch.",
            focus_area=FocusAreaCode.LEARNING,
        )
        quiet = threads.do_create_thread(
            session,
            community=community,
            author=replier,
            kind=ThreadKind.DISCUSSION,
            title="Quiet",
            body="A thread nobody watches.",
            focus_area=FocusAreaCode.INNOVATION,
        )
        session.commit()
        ids = (watched.id or 0, quiet.id or 0, [u.id or 0 for u in audience], replier.id or 0)
    engine.dispose()
    return ids


def _reply(url: str, thread_id: int, replier_id: int, n: int) -> float:
    started = time.perf_counter()
    with session_scope(url, write=True) as session:
        ratelimit.check_and_count(
            session,
            limit=ratelimit.Limit(kind=ratelimit.WriteKind.POST, user_id=replier_id, client="b"),
        )
        thread = session.get(Thread, thread_id)
        threads.do_reply(
            session, thread=thread, author=session.get(User, replier_id), body=f"Reply {n}"
        )
    return (time.perf_counter() - started) * 1000


def replies(
    url: str, watched: int, quiet: int, replier: int, rounds: int
) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {"watched": [], "quiet": []}
    for n in range(rounds):
        for name, thread_id in (("watched", watched), ("quiet", quiet)):
            times[name].append(_reply(url, thread_id, replier, n))
    fanout.drain(url)  # not timed: leave no job behind
    return times


async def bells(
    url: str, watched: int, replier: int, audience: list[int], rounds: int
) -> list[float]:
    """Commit-to-last-recount, per round, with the worker and the hub live here."""
    live.hub.loop = asyncio.get_running_loop()
    worker_task = asyncio.create_task(fanout.worker.run(url))
    os.environ["REFLEX_DB_URL"] = url  # the bell's recounts read this database
    results = []
    try:
        for n in range(rounds):
            seen = {uid: live.hub.version(live.user_topic(uid)) for uid in audience}
            moved: list[float] = []

            async def waiter(uid: int, seen: dict[str, int] = seen, moved: list = moved) -> None:
                # What a tab's watcher does (cop_app/state/bell.py): wake, recount.
                await live.hub.wait(live.user_topic(uid), seen[uid], 30)
                await counts.get(uid)
                moved.append(time.perf_counter())

            tasks = [asyncio.create_task(waiter(uid)) for uid in audience]
            await asyncio.sleep(0.05)  # every waiter is waiting
            await asyncio.to_thread(_reply, url, watched, replier, 10_000 + n)
            committed = time.perf_counter()
            await asyncio.gather(*tasks)
            results.append((max(moved) - committed) * 1000)
    finally:
        worker_task.cancel()
    return results


def run(url: str, *, watchers: int, rounds: int) -> dict[str, float]:
    watched, quiet, audience, replier = build(url, watchers)
    times = replies(url, watched, quiet, replier, rounds)
    bell_rounds = max(3, rounds // 20)
    bell_ms = asyncio.run(bells(url, watched, replier, audience, bell_rounds))
    return {
        "quiet_p50": statistics.median(times["quiet"]),
        "quiet_p95": _pct(times["quiet"], 0.95),
        "watched_p50": statistics.median(times["watched"]),
        "watched_p95": _pct(times["watched"], 0.95),
        "bell_p50": statistics.median(bell_ms),
        "bell_max": max(bell_ms),
        "bell_rounds": bell_rounds,
    }


def main() -> None:
    os.environ.update(UNLIMITED_WRITES)  # the limiter is measured in bench/limiter.py
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--watchers", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument(
        "--pg", default="auto", help="a PostgreSQL URL; auto: a new database on the test server"
    )
    args = parser.parse_args()
    targets = []
    with tempfile.TemporaryDirectory() as folder, contextlib.ExitStack() as stack:
        targets.append(("SQLite", f"sqlite:///{Path(folder) / 'bench.db'}"))
        if args.pg == "auto":
            from tests.profile import unreachable

            if unreachable() is None:
                targets.append(("PostgreSQL", stack.enter_context(postgres_database())))
        elif args.pg:
            targets.append(("PostgreSQL", args.pg))
        print(f"{args.watchers} watchers, {args.rounds} replies to each thread\n")
        print(
            "| database | reply, nobody watching: p50 / p95 | reply, "
            f"{args.watchers} watching: p50 / p95 | p95 ratio | "
            f"commit to the {args.watchers}th bell: p50 / max |"
        )
        print("|---|---|---|---|---|")
        for name, url in targets:
            r = run(url, watchers=args.watchers, rounds=args.rounds)
            print(
                f"| {name} | {r['quiet_p50']:.2f} / {r['quiet_p95']:.2f} ms "
                f"| {r['watched_p50']:.2f} / {r['watched_p95']:.2f} ms "
                f"| {r['watched_p95'] / r['quiet_p95']:.2f} "
                f"| {r['bell_p50']:.0f} / {r['bell_max']:.0f} ms ({r['bell_rounds']} rounds) |"
            )


if __name__ == "__main__":
    main()
