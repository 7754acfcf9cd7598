"""Database engine and sessions.

The embedded default is a SQLite file; the scale-out profile is PostgreSQL,
chosen with ``REFLEX_DB_URL``. Every SQLite connection, Reflex's own included,
runs in WAL mode with foreign keys enforced and a busy timeout, so concurrent
writers wait instead of failing with "database is locked".
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session as OrmSession
from sqlmodel import Session

DEFAULT_DB_URL = "sqlite:///cop_app.db"
SQLITE_BUSY_TIMEOUT_MS = 10_000


def casefold(dialect: str, column: Any) -> Any:
    """A column folded for case-insensitive comparison with ``str.casefold()``:
    PostgreSQL's lower() knows Unicode; on SQLite, the ``casefold`` function
    every connection gets (:func:`_sqlite_pragmas`)."""
    name = "casefold" if dialect == "sqlite" else "lower"
    return getattr(sa.func, name)(column)


def db_url() -> str:
    """The configured database URL (the same one Reflex's ``rxconfig`` uses)."""
    return os.environ.get("REFLEX_DB_URL") or DEFAULT_DB_URL


def _casefold(value: object) -> object:
    return value.casefold() if isinstance(value, str) else value


@event.listens_for(Engine, "connect")
def _sqlite_pragmas(dbapi_connection, connection_record) -> None:
    """Make every SQLite connection durable and concurrent-safe."""
    module = type(dbapi_connection).__module__
    if not module.startswith(("sqlite3", "pysqlite")):
        return
    # SQLite's lower() folds ASCII only: names are compared with Python's casefold.
    dbapi_connection.create_function("casefold", 1, _casefold, deterministic=True)
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


_ENGINES: dict[str, Engine] = {}


def get_engine(url: str | None = None) -> Engine:
    """One engine per URL for the process."""
    url = url or db_url()
    engine = _ENGINES.get(url)
    if engine is None:
        kwargs: dict = {"pool_pre_ping": True}
        if url.startswith("sqlite"):
            kwargs["connect_args"] = {
                "check_same_thread": False,
                "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000,
            }
        engine = sa.create_engine(url, **kwargs)
        _ENGINES[url] = engine
    return engine


@contextmanager
def session_scope(url: str | None = None, *, write: bool = False) -> Iterator[Session]:
    """A unit of work: commits on success, rolls back on error.

    Services never commit; the caller owns the transaction through this.
    ``write=True`` on SQLite starts with ``BEGIN IMMEDIATE``: the write lock is
    taken (waiting up to the busy timeout) before the first read, so a
    read-then-write transaction cannot fail because another writer committed in
    between (SQLITE_BUSY_SNAPSHOT); concurrent writers queue instead. Readers
    are never blocked (WAL). PostgreSQL needs nothing here: services lock the
    rows they update (``SELECT ... FOR UPDATE``).
    """
    with Session(get_engine(url), expire_on_commit=False) as session:
        if write and session.get_bind().dialect.name == "sqlite":
            session.connection().exec_driver_sql("BEGIN IMMEDIATE")
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


# --------------------------------------------------------------------------- after commit

_ON_COMMIT = "cop_on_commit"
_log = logging.getLogger(__name__)


def on_commit(session: OrmSession, callback: Callable[[], object]) -> None:
    """Run ``callback()`` once the session's transaction has committed, and
    never if it rolls back: the one way for a write to make something happen
    outside the database (wake live pages today; notifications, mail and search
    updates tomorrow), so that nothing is announced that was not saved.

    Modelled on Zulip's ``send_event_on_commit`` (Django's
    ``transaction.on_commit``). Callbacks run in the order they were asked for,
    in the thread that committed, after the commit, with the session no longer
    usable for SQL. One that fails is logged and the others still run: the data
    is saved either way. Releasing a savepoint runs nothing (only the outer
    commit does); a callback asked for inside a savepoint that rolls back still
    runs if the outer transaction commits (the app uses no savepoints).
    """
    if not session.in_transaction():
        session.begin()  # so a close without commit ends it, and forgets the callback
    session.info.setdefault(_ON_COMMIT, []).append(callback)


@event.listens_for(OrmSession, "after_commit")
def _run_on_commit(session: OrmSession) -> None:
    if session.in_nested_transaction():  # a savepoint released: not committed yet
        return
    for callback in session.info.pop(_ON_COMMIT, []):
        try:
            callback()
        except Exception:
            _log.exception("after-commit callback %r failed", callback)


@event.listens_for(OrmSession, "after_transaction_end")
def _forget_unless_committed(session: OrmSession, transaction) -> None:
    """The outermost transaction ended: rolled back, or closed without a commit
    (after a commit the callbacks have already run and gone)."""
    if transaction.parent is None:
        session.info.pop(_ON_COMMIT, None)
