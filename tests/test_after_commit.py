"""The one after-commit path (``db.on_commit``, ``live.publish_on_commit``).

A write asks for something to happen outside the database (today: wake the
open pages watching a topic) and it happens only once the transaction has
committed, never when it rolls back. Runs on the suite's database: a SQLite
file on the embedded profile, PostgreSQL on the scale-out profile.
"""

from __future__ import annotations

import asyncio
import logging

import pytest
import sqlalchemy as sa
from sqlmodel import Session

from cop_app import live
from cop_app.db import on_commit, session_scope
from cop_app.models import User
from tests.aio import run


class Boom(Exception):
    pass


def _url(engine: sa.Engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def _emails(engine: sa.Engine) -> list[str]:
    """What another connection sees: only committed rows."""
    with engine.connect() as conn:
        return list(conn.execute(sa.text("SELECT email FROM user_account ORDER BY id")).scalars())


def _add_user(session: Session, email: str) -> None:
    session.add(User(email=email, display_name=email.split("@")[0]))
    session.flush()


def test_callbacks_run_after_the_commit_in_order_and_see_the_saved_rows(
    engine: sa.Engine,
) -> None:
    seen: list[tuple[str, list[str]]] = []
    with session_scope(_url(engine), write=True) as session:
        _add_user(session, "ada@example.org")
        on_commit(session, lambda: seen.append(("first", _emails(engine))))
        on_commit(session, lambda: seen.append(("second", _emails(engine))))
        assert seen == []  # nothing before the commit
    assert seen == [("first", ["ada@example.org"]), ("second", ["ada@example.org"])]


def test_nothing_runs_when_the_transaction_rolls_back(engine: sa.Engine) -> None:
    ran: list[str] = []
    with pytest.raises(Boom), session_scope(_url(engine), write=True) as session:
        _add_user(session, "ben@example.org")
        on_commit(session, lambda: ran.append("announced"))
        raise Boom
    assert ran == []
    assert _emails(engine) == []


def test_nothing_runs_when_the_session_closes_without_a_commit(engine: sa.Engine) -> None:
    ran: list[str] = []
    with Session(engine) as session:
        _add_user(session, "cy@example.org")
        on_commit(session, lambda: ran.append("announced"))
    assert ran == []


def test_a_callback_asked_for_before_a_rollback_does_not_run_at_a_later_commit(
    engine: sa.Engine,
) -> None:
    """One session, two transactions: the first rolls back (its callback is
    forgotten), the second commits (only its own callback runs)."""
    ran: list[str] = []
    with Session(engine) as session:
        _add_user(session, "dee@example.org")
        on_commit(session, lambda: ran.append("rolled back"))
        session.rollback()
        _add_user(session, "eve@example.org")
        on_commit(session, lambda: ran.append("committed"))
        session.commit()
    assert ran == ["committed"]
    assert _emails(engine) == ["eve@example.org"]


def test_a_failing_callback_is_logged_and_the_others_still_run(
    engine: sa.Engine, caplog: pytest.LogCaptureFixture
) -> None:
    ran: list[str] = []

    def fails() -> None:
        raise Boom("mail server down")

    with session_scope(_url(engine), write=True) as session:
        _add_user(session, "fay@example.org")
        on_commit(session, fails)
        on_commit(session, lambda: ran.append("live push"))
    assert ran == ["live push"]
    assert _emails(engine) == ["fay@example.org"]  # the data is saved either way
    assert any(
        r.levelno == logging.ERROR and "after-commit" in r.getMessage() for r in caplog.records
    )


def test_a_live_topic_is_published_after_a_commit_in_a_worker_thread_and_not_after_a_rollback(
    engine: sa.Engine,
) -> None:
    """As a page handler does it: the write runs in a worker thread, the hub
    lives on the event loop; a page waiting on the topic wakes after the commit
    only."""
    url = _url(engine)

    def write(topic: str, *, fail: bool) -> None:
        with session_scope(url, write=True) as session:
            _add_user(session, f"{topic.replace(':', '-')}@example.org")
            live.publish_on_commit(session, topic)
            if fail:
                raise Boom

    async def scenario() -> tuple[int, int]:
        hub = live.Hub()
        hub.loop = asyncio.get_running_loop()
        saved, undone = "thread:1001", "thread:1002"
        original, live.hub = live.hub, hub
        try:
            await asyncio.to_thread(write, saved, fail=False)
            with pytest.raises(Boom):
                await asyncio.to_thread(write, undone, fail=True)
            woke = await hub.wait(saved, 0, timeout=5)
            stayed = await hub.wait(undone, 0, timeout=0.2)
        finally:
            live.hub = original
        return woke, stayed

    assert run(scenario()) == (1, 0)
    assert _emails(engine) == ["thread-1001@example.org"]


def test_releasing_a_savepoint_runs_nothing_and_the_outer_commit_runs_it(
    engine: sa.Engine,
) -> None:
    ran: list[str] = []
    with Session(engine) as session:
        _add_user(session, "gus@example.org")
        with session.begin_nested():
            on_commit(session, lambda: ran.append("after the real commit"))
        assert ran == []  # the savepoint was released, nothing is committed yet
        session.commit()
    assert ran == ["after the real commit"]


def test_a_callback_asked_for_outside_a_transaction_goes_when_the_session_closes(
    engine: sa.Engine,
) -> None:
    """Asked for before any SQL, then the session closed without a commit: a
    later transaction of the same session object must not run it."""
    ran: list[str] = []
    session = Session(engine)
    on_commit(session, lambda: ran.append("never committed"))
    session.close()
    _add_user(session, "hal@example.org")
    session.commit()
    session.close()
    assert ran == []
