"""What the write limiter adds to a write: a one-row write transaction with and
without it, alternating in one run, on SQLite (WAL, the app's pragmas) and on
PostgreSQL.

    .venv/bin/python -m bench.limiter [--pg postgresql+psycopg://postgres@127.0.0.1:5432/postgres]

Each limited write draws on a member's and a client's allowance (two keys, as
in the app), spread over 500 members and 50 addresses so none is refused.
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa
from sqlmodel import Session, SQLModel

import cop_app.db  # noqa: F401  (WAL and the app's pragmas on SQLite)
from cop_app.models import RateLimit
from cop_app.services.guards import ratelimit
from cop_app.services.guards.ratelimit import Limit, WriteKind
from tests.dbtools import postgres_database

ROUNDS = 1200


def measure(url: str) -> dict[str, tuple[float, float]]:
    engine = sa.create_engine(url)
    SQLModel.metadata.create_all(engine, tables=[RateLimit.__table__])  # type: ignore[list-item]
    key = "SERIAL" if engine.dialect.name == "postgresql" else "INTEGER"
    with engine.begin() as conn:
        conn.exec_driver_sql(f"CREATE TABLE IF NOT EXISTS bench_row (id {key} PRIMARY KEY, v INT)")
    ids = itertools.count(1)

    def write(limited: bool) -> None:
        with Session(engine) as session:
            if engine.dialect.name == "sqlite":
                session.connection().exec_driver_sql("BEGIN IMMEDIATE")
            if limited:
                n = next(ids)
                limit = Limit(WriteKind.MODERATION, n % 500, f"10.0.{n % 50}.1")
                ratelimit.check_and_count(session, limit=limit)
            session.execute(sa.text("INSERT INTO bench_row (v) VALUES (1)"))
            session.commit()

    times: dict[bool, list[float]] = {False: [], True: []}
    for i in range(ROUNDS):
        limited = bool(i % 2)
        start = time.perf_counter()
        write(limited)
        times[limited].append((time.perf_counter() - start) * 1000)
    engine.dispose()
    out = {}
    for limited, label in ((False, "one-row write"), (True, "the same with the limiter")):
        ts = sorted(times[limited][25:])
        out[label] = (statistics.median(ts), ts[int(len(ts) * 0.95)])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-pg", action="store_true", help="SQLite only")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        runs = {"SQLite": measure(f"sqlite:///{Path(tmp) / 'limiter.db'}")}
    if not args.no_pg:
        with postgres_database() as url:
            runs["PostgreSQL"] = measure(url)
    for db, figures in runs.items():
        for label, (p50, p95) in figures.items():
            print(f"{db:10} {label:27} p50 {p50:5.2f} ms   p95 {p95:5.2f} ms")


if __name__ == "__main__":
    main()
