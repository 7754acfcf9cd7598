"""What every page state shares: running service calls off the event loop.

Database work is synchronous (SQLModel); running it in a worker thread keeps
one slow query from stalling every other client of this worker.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any, TypeVar

from cop_app.db import session_scope

T = TypeVar("T")


async def in_session(fn: Callable[..., T], /, **kwargs: Any) -> T:
    """Call ``fn(session, **kwargs)`` in a worker thread, in its own transaction."""

    def work() -> T:
        with session_scope() as session:
            return fn(session, **kwargs)

    return await asyncio.to_thread(work)


async def in_write_session(fn: Callable[..., T], /, **kwargs: Any) -> T:
    """Like :func:`in_session`, for a transaction that will write: on SQLite it
    takes the write lock first, so concurrent writers queue rather than fail."""

    def work() -> T:
        with session_scope(write=True) as session:
            return fn(session, **kwargs)

    return await asyncio.to_thread(work)
