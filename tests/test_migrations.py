"""The committed migrations create exactly the schema the models describe.

Runs Reflex's own alembic set-up (what `reflex db migrate` and `make run` use)
against a fresh SQLite file and a fresh PostgreSQL database, then asks alembic
to autogenerate: any difference means a model changed without a migration.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import SQLModel

import cop_app.models  # noqa: F401
from tests.dbtools import ROOT, postgres_database, run_manage

_manage = run_manage


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
    with postgres_database() as url:
        yield url


@pytest.mark.postgres
def test_migrations_build_the_whole_schema_on_postgresql(pg_url: str) -> None:
    _assert_migrated_schema(pg_url)


def test_upgrading_an_existing_sqlite_database_keeps_every_child_row(tmp_path: Path) -> None:
    """Batch-mode table rebuilds must not cascade-delete memberships and the like."""
    import sqlite3

    db = tmp_path / "old.db"
    url = f"sqlite:///{db}"
    env = {**os.environ, "REFLEX_DB_URL": url}
    first = subprocess.run(
        [sys.executable, "-m", "alembic", "upgrade", "5f8699e39c36"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert first.returncode == 0, first.stdout + first.stderr
    conn = sqlite3.connect(db)
    conn.executescript(
        """
        INSERT INTO user_account (id, email, display_name, is_site_admin, is_active, created_at)
            VALUES (1, 'a@example.org', 'A', 0, 1, '2026-01-01 00:00:00');
        INSERT INTO community (id, slug, name, tagline, description, openness, languages,
            created_at, member_count, thread_count)
            VALUES (1, 'c', 'C', '', '', 'open', '[]', '2026-01-01 00:00:00', 1, 0);
        INSERT INTO focus_area (code, name, description, examples, signals, sort_order)
            VALUES ('learning', 'Learning', '', '[]', '[]', 0);
        INSERT INTO community_focus_area (community_id, focus_area, emphasis, note)
            VALUES (1, 'learning', 'primary', '');
        INSERT INTO membership (community_id, user_id, role, status, motivation, requested_at)
            VALUES (1, 1, 'lead', 'active', '', '2026-01-01 00:00:00');
        INSERT INTO activity_event (community_id, actor_id, kind, occurred_at)
            VALUES (1, 1, 'member_joined', '2026-01-01 00:00:00');
        """
    )
    conn.commit()
    conn.close()

    result = _manage(url, "migrate")
    assert result.returncode == 0, result.stdout + result.stderr

    conn = sqlite3.connect(db)
    counts = {
        table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
        for table in ("membership", "community_focus_area", "activity_event", "community")
    }
    conn.close()
    assert counts == {
        "membership": 1,
        "community_focus_area": 1,
        "activity_event": 1,
        "community": 1,
    }
    assert _manage(url, "check-migrations").returncode == 0


# What `reflex run` checks at start-up (Reflex's own autogenerate, which does not
# read alembic/env.py), run the way it runs: in a process that imported the app.
REFLEX_SCHEMA_CHECK = """
import sys
from reflex import model
import cop_app.cop_app  # the app installs its filter for the search structures
with model.get_engine().connect() as connection:
    changed = model.alembic_autogenerate(connection=connection, write_migration_scripts=False)
sys.exit(1 if changed else 0)
"""


def _reflex_schema_check(url: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", REFLEX_SCHEMA_CHECK],
        cwd=ROOT,
        env={**os.environ, "REFLEX_DB_URL": url},
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


def test_reflex_start_up_check_is_quiet_on_a_migrated_database_and_still_sees_drift(
    tmp_path: Path,
) -> None:
    """`make run` printed "Detected database schema changes" on every start: the
    search structures (made by migrations, not models) looked like something to
    drop. Now the check is quiet on a complete schema, and still speaks when a
    model has no table behind it."""
    url = f"sqlite:///{tmp_path / 'quiet.db'}"
    assert _manage(url, "migrate").returncode == 0
    quiet = _reflex_schema_check(url)
    assert quiet.returncode == 0, quiet.stdout + quiet.stderr
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE onboarding_draft")
    engine.dispose()
    drift = _reflex_schema_check(url)
    assert drift.returncode == 1, drift.stdout + drift.stderr


@pytest.mark.postgres
def test_reflex_start_up_check_is_quiet_on_a_migrated_postgresql_database(pg_url: str) -> None:
    assert _manage(pg_url, "migrate").returncode == 0
    quiet = _reflex_schema_check(pg_url)
    assert quiet.returncode == 0, quiet.stdout + quiet.stderr
