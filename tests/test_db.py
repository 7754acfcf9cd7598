"""SQLite runs durable and concurrent-safe; timestamps are always UTC-aware."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import Session, SQLModel, select

from cop_app.db import SQLITE_BUSY_TIMEOUT_MS, get_engine
from cop_app.models import Community, User


def test_every_sqlite_connection_gets_wal_foreign_keys_and_busy_timeout(tmp_path: Path) -> None:
    engine = get_engine(f"sqlite:///{tmp_path / 'p.db'}")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == SQLITE_BUSY_TIMEOUT_MS


def test_foreign_keys_are_enforced(session: Session) -> None:
    session.add(Community(slug="x", name="X"))
    session.flush()
    with pytest.raises(sa.exc.IntegrityError, match=r"(?i)foreign key"):
        session.execute(
            sa.text(
                "INSERT INTO membership"
                " (community_id, user_id, role, status, motivation, requested_at)"
                " VALUES (:c, 999, 'member', 'active', '', '2026-01-01')"
            ),
            {"c": 1},
        )


def test_timestamps_come_back_timezone_aware_in_utc(session: Session) -> None:
    eastern = timezone(timedelta(hours=-5))
    session.add(
        User(
            email="a@example.org",
            display_name="A",
            created_at=datetime(2026, 3, 1, 7, tzinfo=eastern),
        )
    )
    session.commit()
    session.expunge_all()
    user = session.exec(select(User)).one()
    assert user.created_at.tzinfo is not None
    assert user.created_at == datetime(2026, 3, 1, 12, tzinfo=UTC)


def test_naive_timestamps_are_refused(session: Session) -> None:
    session.add(User(email="b@example.org", display_name="B", created_at=datetime(2026, 3, 1)))  # noqa: DTZ001
    with pytest.raises(sa.exc.StatementError, match="naive datetime"):
        session.flush()


def test_concurrent_writers_wait_instead_of_failing(tmp_path: Path) -> None:
    """Two threads writing at once both succeed (busy timeout, WAL)."""
    url = f"sqlite:///{tmp_path / 'c.db'}"
    engine = get_engine(url)
    SQLModel.metadata.create_all(engine)
    errors: list[BaseException] = []

    def writer(prefix: str) -> None:
        try:
            for i in range(40):
                with Session(engine) as s:
                    s.add(Community(slug=f"{prefix}-{i}", name=f"{prefix} {i}"))
                    s.commit()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(p,)) for p in ("a", "b", "c")]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert errors == []
    with Session(engine) as s:
        assert len(s.exec(select(Community)).all()) == 120
