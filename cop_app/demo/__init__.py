"""Deterministic demo data: five communities with about a year of history.

Run ``python -m cop_app.demo [--seed 7] [--scale 1.0] [--end YYYY-MM-DD]
[--if-empty] [--db-url URL]`` on a database whose schema exists, or call
:func:`generate` from tests. The same seed, scale and end date always give the
same rows: every random choice comes from ``random.Random(seed)`` (the wording of
titles and answers from a second source seeded from it, so text never moves the
structure) and every timestamp is derived from ``end`` (the history fills the days before ``end``,
up to 00:00 UTC on that day, so nothing lies in the future when ``end`` is
today).

The five communities follow the examples in the seed text, one per focus area
as primary: a community-driven development network with a busy help desk
(practitioner support), a selective urban public spaces circle doing peer
reviews (business support), an HR analytics learning community (learning), a
quiet behaviour-change lab that hangs on two people (innovation) and a
results-measurement stream (coordination).

How it is built: communities, their focus areas and the three demo accounts go
through the write services; everything else (about 7,000 posts at scale 1,
100,000 at scale 15) is simulated in memory and inserted in bulk, with the
stored counters and the activity log computed exactly as the services compute
them (thread reply/participant counts, first response by someone other than
the author, last activity, helpful counts, answered status, community member
and thread counts; one activity event per join, request, leave, thread,
reply, reaction and accepted answer). ``tests/test_demo.py`` recounts them.

The modules, from the bottom up: ``common`` (accounts, units), ``vocab`` (words and
text templates), ``specs`` (the five communities), ``story`` (the in-memory objects),
``core``, ``people``, ``text``, ``threads`` and ``activity`` (the simulation, one part each),
``write`` (rows and counters) and ``reach`` (watching levels and the notifications the
latest events sent, through the real fan-out). This module only orchestrates.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from datetime import UTC, date, datetime

from sqlmodel import Session, col, select

from cop_app.db import db_url, get_engine
from cop_app.demo.activity import _Generator
from cop_app.demo.common import (
    ADMIN_EMAIL,
    DEMO_PASSWORD,
    LEAD_EMAIL,
    MEMBER_EMAIL,
    DemoDataExistsError,
)
from cop_app.demo.mail import add_mail_log
from cop_app.demo.reach import add_reach
from cop_app.demo.specs import _SPECS
from cop_app.demo.write import CommunitySummary, DemoSummary, _write
from cop_app.models import Community
from cop_app.services.communities.catalogue import ensure_focus_areas
from cop_app.services.communities.communities import get_user_by_email


def generate(
    session: Session, *, seed: int = 7, scale: float = 1.0, end: date | None = None
) -> DemoSummary:
    """Fill the database with the demo communities (never commits).

    ``end`` defaults to today's UTC date; the history covers the days before it.
    Raises :class:`DemoDataExistsError` if a demo community or account exists.
    """
    if not (0 < scale <= 200):  # 200: about 1.4M posts, the benchmark's largest
        msg = f"scale must be in (0, 200], not {scale}"
        raise ValueError(msg)
    end = end or datetime.now(UTC).date()
    slugs = [spec.slug for spec in _SPECS]
    if session.exec(select(Community.slug).where(col(Community.slug).in_(slugs))).first():
        msg = "the demo communities already exist in this database"
        raise DemoDataExistsError(msg)
    for email in (ADMIN_EMAIL, LEAD_EMAIL, MEMBER_EMAIL):
        if get_user_by_email(session, email=email) is not None:
            msg = f"the demo account {email} already exists"
            raise DemoDataExistsError(msg)
    gen = _Generator(session, seed=seed, scale=scale, end=end)
    ensure_focus_areas(session)
    gen.create_communities()
    admin, lead, member = gen.demo_people()
    gen.build_members(lead, member)
    for comm in gen.comms:
        gen.simulate(comm, member)
    summary = _write(gen, admin, lead, member)
    ended = datetime.combine(end, datetime.min.time(), UTC)
    add_reach(
        session,
        seed=seed,
        end=ended,
        member_id=member.uid,
        zones={
            admin.uid: "Europe/London",
            lead.uid: "America/New_York",
            member.uid: "Africa/Nairobi",
        },
    )
    add_mail_log(session, seed=seed, end=ended)
    return summary


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m cop_app.demo", description="Load deterministic demo data."
    )
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument(
        "--end",
        type=date.fromisoformat,
        default=None,
        help="history runs up to this UTC date (default: today)",
    )
    parser.add_argument(
        "--if-empty",
        action="store_true",
        help="do nothing when the database already has a community",
    )
    parser.add_argument("--db-url", default=None, help="default: REFLEX_DB_URL or sqlite")
    args = parser.parse_args(argv)
    engine = get_engine(args.db_url or db_url())
    started = time.perf_counter()
    with Session(engine, expire_on_commit=False) as session:
        if args.if_empty and session.exec(select(Community.id).limit(1)).first() is not None:
            print("The database already has communities; --if-empty: nothing to do.")
            return 0
        try:
            summary = generate(session, seed=args.seed, scale=args.scale, end=args.end)
        except DemoDataExistsError as exc:
            print(f"Not loading demo data: {exc}.", file=sys.stderr)
            return 1
        session.commit()
    print(summary)
    print(f"Done in {time.perf_counter() - started:.1f} s.")
    return 0


__all__ = [
    "ADMIN_EMAIL",
    "DEMO_PASSWORD",
    "LEAD_EMAIL",
    "MEMBER_EMAIL",
    "CommunitySummary",
    "DemoDataExistsError",
    "DemoSummary",
    "generate",
    "main",
]
