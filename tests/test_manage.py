"""`python -m cop_app.manage`: what `make run` does to the database, and the first admin."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import sqlalchemy as sa

ROOT = Path(__file__).resolve().parents[1]


def _manage(db_url: str, *args: str, stdin: str = "", **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "cop_app.manage", *args],
        cwd=ROOT,
        env={**os.environ, "REFLEX_DB_URL": db_url, "COP_DEMO_SCALE": "0.1", **env},
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )


def _count(db_url: str, table: str) -> int:
    engine = sa.create_engine(db_url)
    try:
        with engine.connect() as conn:
            return conn.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one()  # noqa: S608
    finally:
        engine.dispose()


def test_setup_loads_demo_data_once_into_an_empty_embedded_database(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'app.db'}"
    first = _manage(url, "setup")
    assert first.returncode == 0, first.stderr
    communities, posts = _count(url, "community"), _count(url, "post")
    assert communities == 5
    assert _count(url, "focus_area") == 5
    second = _manage(url, "setup")
    assert second.returncode == 0, second.stderr
    assert (_count(url, "community"), _count(url, "post")) == (communities, posts)


def test_setup_without_demo_starts_empty_and_create_admin_makes_the_first_admin(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'prod.db'}"
    setup = _manage(url, "setup", COP_DEMO="0")
    assert setup.returncode == 0, setup.stderr
    assert "create-admin" in setup.stdout
    assert _count(url, "community") == 0
    assert _count(url, "user_account") == 0

    short = _manage(
        url,
        "create-admin",
        "--email",
        "A@Org.example",
        "--name",
        "Ana",
        "--password-stdin",
        stdin="short\n",
    )
    assert short.returncode == 2
    assert _count(url, "user_account") == 0

    made = _manage(
        url,
        "create-admin",
        "--email",
        " A@Org.example ",
        "--name",
        "Ana",
        "--password-stdin",
        stdin="tangerine kettle orbit quietly\n",
    )
    assert made.returncode == 0, made.stderr
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        email, is_admin, pw_hash = conn.execute(
            sa.text("SELECT email, is_site_admin, password_hash FROM user_account")
        ).one()
    engine.dispose()
    assert (email, bool(is_admin)) == ("a@org.example", True)
    assert pw_hash.startswith("$argon2id$")


def test_setup_creates_a_missing_postgresql_database_then_migrates_and_loads_the_demo() -> None:
    from tests.dbtools import PG_ADMIN_URL

    name = f"cop_setup_{os.getpid()}_{os.urandom(3).hex()}"
    url = sa.make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    admin = sa.create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        result = _manage(url, "setup", COP_DEMO="1")
        assert result.returncode == 0, result.stdout + result.stderr
        assert f"Created the PostgreSQL database {name}" in result.stdout
        assert _count(url, "community") == 5
        again = _manage(url, "setup", COP_DEMO="1")  # the second run creates and loads nothing
        assert again.returncode == 0 and "Created" not in again.stdout
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()
