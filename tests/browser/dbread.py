"""A read-only look at the running app's database, on SQLite or PostgreSQL.

The security tests (``test_handler_sweep.py``, ``test_state_leaks.py``) read the
app's database behind its back: every table, before and after each call. This
is the small, backend-neutral connection they use:

* SQLite (embedded profile): the app's file, ``PRAGMA query_only``.
* PostgreSQL (scale-out profile): a psycopg 3 connection in autocommit with
  ``default_transaction_read_only``, so every statement sees the latest commit.

Queries use ``?`` placeholders on both (translated to ``%s`` for psycopg; the
SQL these tests write has no ``?`` or ``%`` inside string literals).
:meth:`ReadOnlyDb.version` is a change counter: it moves whenever anything may
have been written, so an unchanged value means the last snapshot still holds
(a spurious move only costs a fresh snapshot).

Values come back as each driver gives them (psycopg: datetimes, booleans, dicts
for JSON; sqlite3: strings and ints), so compare rows read from one backend only.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa


class ReadOnlyDb:
    """A read-only connection to the database at ``db_url`` (a SQLAlchemy URL)."""

    def __init__(self, db_url: str) -> None:
        url = sa.make_url(db_url)
        self.backend = url.get_backend_name()
        self.conn: Any
        if self.backend == "sqlite":
            if not url.database:
                msg = f"not a SQLite file: {db_url}"
                raise ValueError(msg)
            self.conn = sqlite3.connect(url.database, isolation_level=None, check_same_thread=False)
            self.conn.execute("PRAGMA query_only=ON")
        elif self.backend == "postgresql":
            import psycopg

            conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
            self.conn = psycopg.connect(conninfo, autocommit=True)
            self.conn.execute("SET default_transaction_read_only = on")
        else:
            msg = f"unsupported database backend {self.backend!r} ({db_url})"
            raise ValueError(msg)

    @property
    def is_postgres(self) -> bool:
        return self.backend == "postgresql"

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """Run one statement with ``?`` placeholders; returns the driver's cursor."""
        if not self.is_postgres:
            return self.conn.execute(sql, tuple(params))
        if not params:  # psycopg only parses placeholders (and %) when given parameters
            return self.conn.execute(sql)
        return self.conn.execute(sql.replace("%", "%%").replace("?", "%s"), tuple(params))

    def scalar(self, sql: str, *args: Any) -> Any:
        row = self.execute(sql, args).fetchone()
        return row[0] if row else None

    def column(self, sql: str, *args: Any) -> list[Any]:
        return [r[0] for r in self.execute(sql, args)]

    # ---- the catalog

    def tables(self) -> list[str]:
        """The app's tables, by name (SQLite's own ``sqlite_*`` tables left out)."""
        if not self.is_postgres:
            return self.column(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
                " ORDER BY name"
            )
        return self.column(
            "SELECT table_name FROM information_schema.tables"
            " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
            ' ORDER BY table_name COLLATE "C"'
        )

    def columns(self, table: str) -> list[str]:
        """The table's columns, in table order."""
        if not self.is_postgres:
            return [r[1] for r in self.execute(f'PRAGMA table_info("{table}")')]
        return self.column(
            "SELECT column_name FROM information_schema.columns"
            " WHERE table_schema = current_schema() AND table_name = ?"
            " ORDER BY ordinal_position",
            table,
        )

    def primary_key(self, table: str) -> list[str]:
        """The table's primary key columns, in key order (empty: no primary key)."""
        if not self.is_postgres:
            info = list(self.execute(f'PRAGMA table_info("{table}")'))
            return [name for _, name in sorted((r[5], r[1]) for r in info if r[5] > 0)]
        return self.column(
            "SELECT a.attname FROM pg_index i JOIN pg_attribute a"
            " ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)"
            " WHERE i.indrelid = to_regclass(quote_ident(current_schema()) || '.'"
            " || quote_ident(?)) AND i.indisprimary"
            " ORDER BY array_position(i.indkey::int2[], a.attnum)",
            table,
        )

    def version(self) -> Any:
        """A value that changes whenever anything may have been written.

        SQLite: ``PRAGMA data_version`` (moves when another connection commits).
        PostgreSQL: the WAL *insert* position. Every write (and every commit
        record) is inserted into the WAL before the transaction becomes visible,
        so nothing committed since the last reading can hide behind an unchanged
        value (``pg_current_wal_lsn`` is the *write* position, which can lag an
        asynchronous commit). It is cluster-wide and moves for other databases,
        vacuum and hint bits too: harmless, a fresh snapshot.
        """
        if not self.is_postgres:
            return int(self.execute("PRAGMA data_version").fetchone()[0])
        return str(self.execute("SELECT pg_current_wal_insert_lsn()").fetchone()[0])

    def close(self) -> None:
        self.conn.close()
