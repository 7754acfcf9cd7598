"""What every page state shares: running service calls off the event loop.

Database work is synchronous (SQLModel); running it in a worker thread keeps
one slow query from stalling every other client of this worker.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from cop_app import live
from cop_app.db import session_scope
from cop_app.services.guards import ratelimit

T = TypeVar("T")


async def in_session(fn: Callable[..., T], /, **kwargs: Any) -> T:
    """Call ``fn(session, **kwargs)`` in a worker thread, in its own transaction."""

    def work() -> T:
        with session_scope() as session:
            return fn(session, **kwargs)

    return await asyncio.to_thread(work)


async def in_write_session(fn: Callable[..., T], /, *, limit: ratelimit.Limit, **kwargs: Any) -> T:
    """Like :func:`in_session`, for a transaction that will write: on SQLite it
    takes the write lock first, so concurrent writers queue rather than fail.

    Every write a member makes comes through here and names the allowance it
    draws on (``limit``, see :mod:`cop_app.services.guards.ratelimit`); past it,
    :class:`~cop_app.services.guards.ratelimit.RateLimitedError` (a ``ServiceError``)
    is raised and nothing is written."""

    def work() -> T:
        with session_scope(write=True) as session:
            ratelimit.check_and_count(session, limit=limit)
            return fn(session, **kwargs)

    return await asyncio.to_thread(work)


async def in_account_write(fn: Callable[..., T], /, **kwargs: Any) -> T:
    """A write by someone who may not be signed in (a reset asked for, a
    mailed link used), whose service counts its own allowance (per address
    and client, :mod:`cop_app.services.accounts.recovery`)."""

    def work() -> T:
        with session_scope(write=True) as session:
            return fn(session, **kwargs)

    return await asyncio.to_thread(work)


def publish_after(fn: Callable[..., T], topics: Callable[[T], Iterable[str]]) -> Callable[..., T]:
    """``fn`` (a function of a session) that, once its transaction commits, wakes
    the open pages watching ``topics(result)`` (``live.publish_on_commit``: not
    if it rolls back, nor before the data is there to be read)."""

    def run(session: Any, /, **kwargs: Any) -> T:
        result = fn(session, **kwargs)
        live.publish_on_commit(session, *topics(result))
        return result

    return run


def write_limit(state: Any, kind: ratelimit.WriteKind, user_id: int | None) -> ratelimit.Limit:
    """The allowance a handler's write draws on: this member's and this client's."""
    return ratelimit.Limit(kind=kind, user_id=user_id, client=state.router.session.client_ip or "")


#: The largest id a row can have (a 32-bit signed integer column on PostgreSQL).
MAX_ID = 2**31 - 1


def clean_id(value: object) -> int | None:
    """An id sent by the browser (an int, or digits from an address), or None
    when it is not one: booleans, other types, zero, negatives, and anything
    past :data:`MAX_ID` (which the database would refuse with a server error)."""
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= 10:
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= MAX_ID:
        return None
    return value
