"""Live dashboard benchmark: computing a dashboard, and applying one event to an open one.

For each size (default 10k, 100k and 1M posts) it builds a migrated demo
database of about that many posts, then times on the busiest community, for
the 30- and 365-day periods:

- **full report**: ``metrics.community_health`` (what every event cost before
  the live report existed);
- **build**: ``LiveReport.build``, what the first viewer of a community pays
  (and what is paid again every ``REANCHOR_S`` seconds);
- **apply one event**: a member's reply is committed through the real write
  service, then the open report catches up (reads what changed since its last
  look, applies it) and produces its snapshot: what every event costs;
- **first viewer**: the cards, the five Plotly figures and the attention list
  built from the new snapshot (figures and attention are derived once per
  snapshot and shared);
- **each other viewer**: what every further open dashboard then pays (its
  permission check and its cards).

It prints a table and the growth ratio of each column from the smallest size
to each larger one. A cost that follows history grows like the post count; a
cost per event that stays flat is what the live report promises.

    python -m bench.health [--posts 10000 100000 1000000] [--repeat 15]

The databases are built once into ``.bench-data/`` and reused (1M posts: ~12 min).
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa
from sqlmodel import Session, func, select

import cop_app.db  # noqa: F401  (SQLite pragmas)
from bench.readpath import END, build
from bench.report import Figure
from cop_app.models import Community, Membership, MembershipStatus, Post, Thread, User
from cop_app.services.health import dashboard, livehealth, metrics
from cop_app.services.threads import threads

POSTS_PER_SCALE = 6_900  # scale 1 of the demo writes about this many posts


def _median_ms(runs: list[float]) -> float:
    return statistics.median(runs) * 1000


def measure(engine: sa.Engine, repeat: int, period: int) -> dict[str, float]:
    as_of = datetime.combine(END, datetime.min.time(), tzinfo=UTC)
    with Session(engine) as session:
        busiest = session.exec(select(Community).order_by(Community.thread_count.desc())).first()
        assert busiest is not None and busiest.id is not None
        cid = busiest.id
        lead = session.exec(select(User).where(User.email == "lead@example.org")).one()
        # Repliers: active members of the community (the rate limit is per member).
        repliers = session.exec(
            select(User.id)
            .join(Membership, Membership.user_id == User.id)
            .where(
                Membership.community_id == cid,
                Membership.status == MembershipStatus.ACTIVE,
            )
            .limit(repeat * 2 + 2)
        ).all()
        target = session.exec(
            select(Thread)
            .where(Thread.community_id == cid, Thread.is_hidden == False)  # noqa: E712
            .order_by(Thread.created_at.desc())
        ).first()
        assert target is not None
        target_id, lead_id = target.id, lead.id
        full, builds = [], []
        for _ in range(repeat):
            started = time.perf_counter()
            metrics.community_health(session, community_id=cid, as_of=as_of, window_days=period)
            full.append(time.perf_counter() - started)
            started = time.perf_counter()
            live = livehealth.LiveReport.build(
                session, community_id=cid, window_days=period, as_of=as_of
            )
            live.snapshot()
            builds.append(time.perf_counter() - started)
        session.rollback()
    applies, firsts, payloads = [], [], []
    for index in range(repeat):
        with Session(engine) as session:
            author = session.get(User, repliers[index % len(repliers)])
            thread = session.get(Thread, target_id)
            assert thread is not None and author is not None
            threads.do_reply(
                session,
                thread=thread,
                author=author,
                body=f"Benchmark reply {index}: what worked for us was a short checklist.",
                at=as_of + timedelta(seconds=index + 1),
            )
            session.commit()
        with Session(engine) as session:
            started = time.perf_counter()
            live.catch_up(session)
            snapshot = live.snapshot()
            applies.append(time.perf_counter() - started)
            community = session.get(Community, cid)
            assert community is not None
            lead = session.get(User, lead_id)
            for runs in (firsts, payloads):  # the first viewer derives, the next reuse
                started = time.perf_counter()
                dashboard.build(
                    session,
                    community=community,
                    by=lead,
                    period_days=period,
                    snapshot=snapshot,
                    before=snapshot.report,  # the previous period is computed once per load
                    as_of=as_of,
                )
                runs.append(time.perf_counter() - started)
    return {
        "full report": _median_ms(full),
        "build": _median_ms(builds),
        "apply one event": _median_ms(applies),
        "first viewer": _median_ms(firsts),
        "each other viewer": _median_ms(payloads),
    }


#: Cached demo databases (``make bench`` builds each size once; 1M posts takes ~10 min).
CACHE = Path(__file__).resolve().parents[1] / ".bench-data"
#: The 1M-post database is measured with fewer repeats: one full 365-day report
#: there takes several seconds.
BIG_REPEAT = 3


def demo_version() -> str:
    """Changes when the demo generator or the schema changes (then caches are rebuilt)."""
    root = Path(__file__).resolve().parents[1]
    digest = hashlib.sha1(usedforsecurity=False)
    for path in [
        *sorted((root / "cop_app" / "demo").glob("*.py")),  # the demo package
        *sorted((root / "alembic" / "versions").glob("*.py")),
    ]:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def cached_database(target: int) -> tuple[Path, float | None]:
    """The demo database of about ``target`` posts, built once into the cache;
    returns a working copy (measuring writes replies into it) and the seconds
    the build took when it was built now."""
    CACHE.mkdir(exist_ok=True)
    master = CACHE / f"health-{target}-{demo_version()}.db"
    seconds = None
    if not master.exists():
        for stale in CACHE.glob(f"health-{target}-*.db*"):
            stale.unlink()
        partial = master.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        engine, seconds, _posts = build(partial, target / POSTS_PER_SCALE)
        engine.dispose()
        partial.rename(master)
    work = Path(tempfile.mkdtemp(prefix="cop-bench-health-")) / master.name
    shutil.copyfile(master, work)
    return work, seconds


def run(
    sizes: list[int], *, periods: tuple[int, ...] = (30, 365), repeat: int = 15
) -> list[Figure]:
    """Item 3 of ``make bench``: for each size, applying one event against the
    full recompute it replaces (the ratio), and building the live report."""
    figures: list[Figure] = []
    for target in sizes:
        path, built_s = cached_database(target)
        engine = sa.create_engine(f"sqlite:///{path}")
        with Session(engine) as session:
            posts = session.exec(select(func.count()).select_from(Post)).one()
        note = f"; generated in {built_s:.0f} s" if built_s else " (cached database)"
        print(f"  dashboard: {posts:,} posts{note}", flush=True)
        for period in periods:
            row = measure(engine, BIG_REPEAT if target >= 1_000_000 else repeat, period)
            label = f"{posts / 1000:,.0f}k posts, {period} days"
            extra = {"posts": posts, "period_days": period, **row}
            figures.append(
                Figure(
                    "3. dashboard",
                    f"apply one event, {label}",
                    row["apply one event"],
                    reference=row["full report"],
                    reference_name="full recompute",
                    goal="< 20 ms at 1M posts" if target >= 1_000_000 else "",
                    met=row["apply one event"] < 20 if target >= 1_000_000 else None,
                    extra=extra,
                )
            )
            figures.append(
                Figure(
                    "3. dashboard",
                    f"each further open dashboard, {label}",
                    row["each other viewer"],
                    reference=row["first viewer"],
                    reference_name="first viewer after the event",
                    extra=extra,
                )
            )
        engine.dispose()
        path.unlink()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--periods", type=int, nargs="+", default=[30, 365])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    results: dict[tuple[int, int], dict[str, float]] = {}
    sizes: list[int] = []
    for target in args.posts:
        # Built once into .bench-data/ (what `make bench` then measures too).
        path, seconds = cached_database(target)
        engine = sa.create_engine(f"sqlite:///{path}")
        with Session(engine) as session:
            posts = session.exec(select(func.count()).select_from(Post)).one()
            events = session.exec(sa.text("SELECT count(*) FROM activity_event")).one()[0]
            busiest = session.exec(
                select(func.max(Community.thread_count)).select_from(Community)
            ).one()
        print(
            f"{posts:>9,} posts, {events:,} log rows (busiest community: {busiest:,} threads)"
            + (f"; generated in {seconds:.0f} s" if seconds else " (cached database)"),
            flush=True,
        )
        sizes.append(posts)
        for period in args.periods:
            results[(posts, period)] = measure(engine, args.repeat, period)
            row = results[(posts, period)]
            print(
                f"  {period:>3} days: "
                + "  ".join(f"{name} {value:8.1f} ms" for name, value in row.items()),
                flush=True,
            )
        engine.dispose()
        path.unlink()
    print("\nGrowth against the smallest database (same period):")
    base = sizes[0]
    for posts in sizes[1:]:
        for period in args.periods:
            row, first = results[(posts, period)], results[(base, period)]
            ratios = "  ".join(
                f"{name} x{row[name] / first[name]:.2f}" for name in row if first[name]
            )
            print(f"  {posts / base:6.1f}x the posts, {period:>3} days: {ratios}")


if __name__ == "__main__":
    main()
