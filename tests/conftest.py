"""Shared fixtures: a throwaway database per test (service tests).

On the embedded default (tests/profile.py) each test gets a new SQLite file. On
the scale-out profile (``COP_TEST_PROFILE=scaled``) the suite makes one
PostgreSQL database with the whole schema, and empties every table (identities
restarted) before each test, which is as clean as a new file and much faster
than a new database per test.

Browser-test fixtures (the running app, Chromium) live in tests/browser/conftest.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import Session, SQLModel

import cop_app.db
import cop_app.models  # noqa: F401  (registers every table)
from tests.profile import SCALED


@pytest.fixture(autouse=True)
def _fresh_process_caches() -> Iterator[None]:
    """Each test gets a new database whose ids and revisions start again, so
    what a process caches by them (the community lists) starts empty too."""
    from cop_app.services.communities import browse

    browse.list_cache.clear()
    yield


@pytest.fixture(scope="session")
def _postgres_schema() -> Iterator[sa.Engine]:
    """The scale-out profile's one PostgreSQL database with the whole schema."""
    from tests.dbtools import postgres_database

    with postgres_database() as url:
        eng = sa.create_engine(url)
        SQLModel.metadata.create_all(eng)
        yield eng
        eng.dispose()


@pytest.fixture
def engine(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[sa.Engine]:
    """An empty database with the whole schema: a fresh SQLite file, or (scale-out
    profile) the session's PostgreSQL database with every table emptied."""
    if not SCALED:
        eng = sa.create_engine(f"sqlite:///{tmp_path / 'test.db'}")
        SQLModel.metadata.create_all(eng)
        yield eng
        eng.dispose()
        return
    eng = request.getfixturevalue("_postgres_schema")
    tables = ", ".join(f'"{t.name}"' for t in SQLModel.metadata.sorted_tables)
    with eng.begin() as conn:
        conn.exec_driver_sql(f"TRUNCATE {tables} RESTART IDENTITY CASCADE")
    yield eng
    eng.pool.dispose()  # no connection left open in a transaction for the next TRUNCATE


@pytest.fixture
def session(engine: sa.Engine) -> Iterator[Session]:
    """A session on the throwaway database; tests commit when they need to."""
    with Session(engine, expire_on_commit=False) as s:
        yield s
