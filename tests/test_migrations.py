"""The committed migrations create exactly the schema the models describe.

Runs Reflex's own alembic set-up (what `reflex db migrate` and `make run` use)
against a fresh SQLite file and a fresh PostgreSQL database, then asks alembic
to autogenerate: any difference means a model changed without a migration.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import SQLModel

import cop_app.models  # noqa: F401

ROOT = Path(__file__).resolve().parents[1]
PG_ADMIN_URL = os.environ.get(
    "COP_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)


def _manage(db_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "REFLEX_DB_URL": db_url, "COP_DEMO": "0"}
    return subprocess.run(
        [sys.executable, "-m", "cop_app.manage", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


def _assert_migrated_schema(url: str) -> None:
    result = _manage(url, "check-migrations")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No pending schema changes." in result.stdout
    engine = sa.create_engine(url)
    try:
        tables = set(sa.inspect(engine).get_table_names())
    finally:
        engine.dispose()
    assert set(SQLModel.metadata.tables) <= tables
    assert "alembic_version" in tables


def test_migrations_build_the_whole_schema_on_sqlite(tmp_path: Path) -> None:
    _assert_migrated_schema(f"sqlite:///{tmp_path / 'migrated.db'}")


def test_a_model_change_without_migration_is_detected(tmp_path: Path) -> None:
    """The check itself works: a table dropped behind alembic's back is reported."""
    url = f"sqlite:///{tmp_path / 'drift.db'}"
    assert _manage(url, "check-migrations").returncode == 0
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE onboarding_draft")
    engine.dispose()
    result = _manage(url, "check-migrations")
    assert result.returncode == 1, result.stdout + result.stderr


@pytest.fixture
def pg_url() -> Iterator[str]:
    admin = sa.create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    name = f"cop_test_{uuid.uuid4().hex[:10]}"
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    except sa.exc.OperationalError as exc:  # pragma: no cover - environment problem
        pytest.fail(f"PostgreSQL is not reachable at {PG_ADMIN_URL}: {exc}")
    url = sa.make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    yield url
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.dispose()


@pytest.mark.postgres
def test_migrations_build_the_whole_schema_on_postgresql(pg_url: str) -> None:
    _assert_migrated_schema(pg_url)
