"""Background loops every app process runs (the fan-out worker, the mail
sender), and how a write wakes them once it has committed.

A write that leaves work for a loop calls ``wakers.after_commit(session)``:
the loop's wake-up goes through ``db.on_commit``, the one after-commit path,
so it never runs for a rolled-back write nor before the rows can be read. A
loop also looks every so often by itself (work another process recorded,
deferred work come due, what a crash left).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

from sqlalchemy.orm import Session

from cop_app.db import on_commit

_log = logging.getLogger(__name__)


class Wakers:
    """The loops of this process to wake when some kind of work is recorded."""

    def __init__(self) -> None:
        self._wakers: list[Callable[[], None]] = []

    def add(self, waker: Callable[[], None]) -> None:
        if waker not in self._wakers:
            self._wakers.append(waker)

    def remove(self, waker: Callable[[], None]) -> None:
        if waker in self._wakers:
            self._wakers.remove(waker)

    def wake(self) -> None:
        for waker in list(self._wakers):
            waker()

    def after_commit(self, session: Session) -> None:
        """Wake them once ``session``'s transaction has committed."""
        on_commit(session, self.wake)


class Loop:
    """One background loop: does a round of work (:meth:`step`), then sleeps
    until woken or until :meth:`pause` seconds have passed."""

    name = "background loop"

    def __init__(self, wakers: Wakers) -> None:
        self.wakers = wakers
        self.loop: asyncio.AbstractEventLoop | None = None
        self.event: asyncio.Event | None = None

    def wake(self) -> None:
        """From any thread: look for work now."""
        loop, event = self.loop, self.event
        if loop is not None and event is not None and not loop.is_closed():
            loop.call_soon_threadsafe(event.set)

    async def step(self, url: str | None) -> None:
        raise NotImplementedError

    def pause(self, url: str | None) -> float:
        """Seconds to sleep when nothing wakes the loop."""
        raise NotImplementedError

    async def run(self, url: str | None = None) -> None:
        self.loop, self.event = asyncio.get_running_loop(), asyncio.Event()
        self.wakers.add(self.wake)
        try:
            while True:
                self.event.clear()  # a wake during the round is kept for the wait below
                try:
                    await self.step(url)
                except Exception:
                    _log.exception("%s: a round failed", self.name)
                try:
                    wait = self.pause(url)
                except Exception:
                    _log.exception("%s: could not tell when to look next", self.name)
                    wait = 5.0
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self.event.wait(), wait)
        finally:
            self.wakers.remove(self.wake)
            self.loop = self.event = None


async def every(seconds: float, work: Callable[[], Awaitable[None]], what: str) -> None:
    """Lifespan task: ``await work()`` every ``seconds``, for ever; a failure is
    logged (``what`` names the work) and the next turn comes as usual."""
    while True:
        await asyncio.sleep(seconds)
        try:
            await work()
        except Exception:
            _log.exception("%s failed", what)
