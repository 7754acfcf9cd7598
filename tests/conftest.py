"""Shared fixtures: a throwaway database per test (service tests).

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


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[sa.Engine]:
    """A fresh SQLite file with the whole schema, deleted after the test."""
    eng = sa.create_engine(f"sqlite:///{tmp_path / 'test.db'}")
    SQLModel.metadata.create_all(eng)
    yield eng
    eng.dispose()


@pytest.fixture
def session(engine: sa.Engine) -> Iterator[Session]:
    """A session on the throwaway database; tests commit when they need to."""
    with Session(engine, expire_on_commit=False) as s:
        yield s
