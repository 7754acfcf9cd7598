"""Real databases for tests that need the migrated schema (not ``create_all``):
``python -m cop_app.manage`` in a subprocess, and throw-away PostgreSQL databases."""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.profile import PG_ADMIN_URL

ROOT = Path(__file__).resolve().parents[1]


def run_manage(db_url: str, *args: str) -> subprocess.CompletedProcess[str]:
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


def migrate(db_url: str) -> None:
    result = run_manage(db_url, "migrate")
    assert result.returncode == 0, result.stdout + result.stderr


@contextmanager
def postgres_database() -> Iterator[str]:
    """A new, empty PostgreSQL database, dropped afterwards."""
    admin = sa.create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    name = f"cop_test_{uuid.uuid4().hex[:10]}"
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    except sa.exc.OperationalError as exc:  # pragma: no cover - environment problem
        pytest.fail(f"PostgreSQL is not reachable at {PG_ADMIN_URL}: {exc}")
    url = sa.make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


# Migrating takes a subprocess and a couple of seconds; tests that need the
# migrated schema (search's full-text structures) copy a template made once per
# test process instead: a file copy on SQLite, CREATE DATABASE … TEMPLATE on
# PostgreSQL.
_TEMPLATES: dict[str, str] = {}


def _sqlite_template() -> Path:
    if "sqlite" not in _TEMPLATES:
        folder = Path(tempfile.mkdtemp(prefix="cop-template-"))
        atexit.register(shutil.rmtree, folder, True)
        path = folder / "migrated.db"
        migrate(f"sqlite:///{path}")
        _TEMPLATES["sqlite"] = str(path)
    return Path(_TEMPLATES["sqlite"])


def _postgres_template() -> str:
    if "postgresql" not in _TEMPLATES:
        name = f"cop_template_{uuid.uuid4().hex[:10]}"
        admin = sa.create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        migrate(sa.make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False))

        def drop() -> None:
            with admin.connect() as conn:
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            admin.dispose()

        atexit.register(drop)
        _TEMPLATES["postgresql"] = name
    return _TEMPLATES["postgresql"]


@contextmanager
def migrated_database(backend: str, folder: Path) -> Iterator[str]:
    """A new database with the migrated schema (``backend``: sqlite or postgresql)."""
    if backend == "sqlite":
        template = _sqlite_template()
        target = folder / f"migrated-{uuid.uuid4().hex[:8]}.db"
        shutil.copyfile(template, target)
        yield f"sqlite:///{target}"
        return
    template = _postgres_template()
    admin = sa.create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    name = f"cop_test_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    try:
        yield sa.make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@contextmanager
def count_statements(engine: sa.Engine) -> Iterator[list[str]]:
    """The SQL statements ``engine`` runs inside the block, in order."""
    seen: list[str] = []

    def before(conn, cursor, statement, *args) -> None:
        seen.append(statement)

    sa.event.listen(engine, "before_cursor_execute", before)
    try:
        yield seen
    finally:
        sa.event.remove(engine, "before_cursor_execute", before)
