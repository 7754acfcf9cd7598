"""Read-path benchmark: does page and dashboard work stay flat as data grows?

Builds two demo databases in one run (a small one and a large one, default
scale 1 and 15, the large one 100k+ posts), then times the queries behind the
home, community and thread pages (a thread: its shared read, once per change
for every open tab, and one member's rights in it) and the full health report
on each, and prints the large/small ratio per path. A flat path has a ratio
near 1; a ratio that follows the data growth means a full scan crept in.

    python -m bench.readpath [--small 1] [--large 15] [--repeat 15] [--keep DIR]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import sqlalchemy as sa
from sqlmodel import Session, func, select

import cop_app.db  # noqa: F401  (SQLite pragmas)
from cop_app import demo
from cop_app.models import Community, Post, Thread, User
from cop_app.services.communities import browse
from cop_app.services.health import metrics
from cop_app.services.threads import helpdesk, search, threadfeed
from tests.dbtools import migrate

END = date(2026, 11, 1)
TYPICAL_REPLIES = 8


def build(path: Path, scale: float) -> tuple[sa.Engine, float, int]:
    """A migrated database (search index and triggers included) with the demo data."""
    migrate(f"sqlite:///{path}")
    engine = sa.create_engine(f"sqlite:///{path}")
    started = time.perf_counter()
    with Session(engine) as session:
        demo.generate(session, seed=7, scale=scale, end=END)
        session.commit()
    seconds = time.perf_counter() - started
    with Session(engine) as session:
        posts = session.exec(select(func.count()).select_from(Post)).one()
    return engine, seconds, posts


def timed(fn: Callable[[], object], repeat: int) -> float:
    """Median wall time in milliseconds over ``repeat`` runs (after one warm-up)."""
    fn()
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - started) * 1000)
    return statistics.median(runs)


def measure(engine: sa.Engine, repeat: int) -> dict[str, float]:
    as_of = datetime.combine(END, datetime.min.time(), tzinfo=UTC)
    with Session(engine) as session:
        busiest = session.exec(select(Community).order_by(Community.thread_count.desc())).first()
        assert busiest is not None
        # A thread of the same length in both databases, so the ratio shows the
        # cost of the data around it, not of a longer thread.
        typical = session.exec(
            select(Thread)
            .where(Thread.community_id == busiest.id, Thread.is_hidden == False)  # noqa: E712
            .order_by(sa.func.abs(Thread.reply_count - TYPICAL_REPLIES), Thread.id)
        ).first()
        assert typical is not None
        member = session.exec(select(User).where(User.email == "member@example.org")).one()
        lead = session.exec(select(User).where(User.email == "lead@example.org")).one()
        cursor = ""
        for _ in range(20):  # the cursor of page 21
            _rows, cursor = browse.list_threads(session, community=busiest, cursor=cursor)
        unanswered = browse.ThreadFilters(unanswered=True)
        helpdesk_kind = browse.ThreadFilters(kind="helpdesk", sort="replies")
        return {
            "home: community cards": timed(lambda: browse.list_community_cards(session), repeat),
            "community: first page": timed(
                lambda: browse.list_threads(session, community=busiest), repeat
            ),
            "community: page 21 (keyset)": timed(
                lambda: browse.list_threads(session, community=busiest, cursor=cursor), repeat
            ),
            "community: unanswered only": timed(
                lambda: browse.list_threads(session, community=busiest, filters=unanswered),
                repeat,
            ),
            "community: help desk, most replies": timed(
                lambda: browse.list_threads(session, community=busiest, filters=helpdesk_kind),
                repeat,
            ),
            "community: started or joined by me": timed(
                lambda: browse.list_threads(
                    session,
                    community=busiest,
                    viewer=member,
                    filters=browse.ThreadFilters(mine=True),
                ),
                repeat,
            ),
            # Once per change, shared by every open tab of the thread.
            f"thread: {typical.reply_count} replies, shared read": timed(
                lambda: threadfeed.read_thread(session, thread_id=typical.id or 0), repeat
            ),
            # Once per tab: what this member may do there.
            "thread: a member's rights": timed(
                lambda: browse.get_viewer_facts(
                    session, community=busiest, thread_id=typical.id or 0, viewer=member
                ),
                repeat,
            ),
            "search: a common word": timed(
                lambda: search.search(session, community=busiest, query="village"), repeat
            ),
            "search: two words, last as prefix": timed(
                lambda: search.search(session, community=busiest, query="grievance redr"),
                repeat,
            ),
            "help-desk queue": timed(
                lambda: helpdesk.list_queue(session, community=busiest, by=lead), repeat
            ),
            "dashboard: health report (busiest)": timed(
                lambda: metrics.community_health(
                    session, community_id=busiest.id or 0, as_of=as_of
                ),
                repeat,
            ),
        }


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.readpath")
    parser.add_argument("--small", type=float, default=1.0)
    parser.add_argument("--large", type=float, default=15.0)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--keep", type=Path, help="keep the databases in this folder")
    parser.add_argument(
        "--no-pages", action="store_true", help="skip the page loads through the running app"
    )
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="cop-bench-"))
    folder.mkdir(parents=True, exist_ok=True)

    small, small_s, small_posts = build(folder / "small.db", args.small)
    large, large_s, large_posts = build(folder / "large.db", args.large)
    print(
        f"demo generation: scale {args.small}: {small_posts:,} posts in {small_s:.1f} s; "
        f"scale {args.large}: {large_posts:,} posts in {large_s:.1f} s "
        f"({large_posts / large_s:,.0f} posts/s)"
    )
    growth = large_posts / small_posts
    print(f"data growth: x{growth:.1f} posts\n")
    a, b = measure(small, args.repeat), measure(large, args.repeat)
    width = max(len(k) for k in a)
    print(f"{'read path':<{width}}  {'small ms':>9}  {'large ms':>9}  {'ratio':>6}")
    for key in a:
        print(f"{key:<{width}}  {a[key]:>9.2f}  {b[key]:>9.2f}  {b[key] / a[key]:>6.2f}")
    print(f"\n(medians of {args.repeat} runs; databases in {folder})")
    with Session(large) as session:
        threads = session.exec(select(func.count()).select_from(Thread)).one()
    if not args.no_pages:
        from bench.pages import report

        print(f"\npage loads through the running app, large database ({threads:,} threads):")
        report(folder / "large.db", repeat=max(5, args.repeat // 2))


if __name__ == "__main__":
    main()
