"""The bell: a signed-in member's unread count, live on every page.

It rides the tab's one live watcher. Pages that keep their content live (a
community, a thread, the help-desk queue, the health dashboard) already run a
watcher per tab; it waits on the member's own topic too (:class:`Bell`), and
when the fan-out worker tells the member something, the same watcher recounts
the bell. Every other page runs :meth:`BellState.watch` instead, which waits on
the member's topic alone. So a tab has one watcher whatever it shows, and a
member with no news costs nothing but that wait.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

import reflex as rx

from cop_app import live, routes
from cop_app.i18n import t
from cop_app.services.reach import notifications
from cop_app.state.auth import current_caller
from cop_app.state.base import in_session

#: Pages whose own watcher carries the bell (see the module's docstring).
PAGES_WITH_A_WATCHER = frozenset(
    {routes.COMMUNITY, routes.HELPDESK_QUEUE, routes.HEALTH, routes.NOTIFICATIONS}
)
#: Without news, how often a watcher wakes (to notice the tab moved on), and
#: how often the bell also asks the database (news another process wrote
#: without the Redis bridge, or a notification that became invisible).
WAKE_S = 3.0
RECOUNT_S = 30.0
WATCH_LIFETIME_S = 3600.0


def _counts(session, *, user_ids: list[int]) -> dict[int, int]:
    return notifications.unread_counts(session, user_ids=user_ids)


class _Counts:
    """The bell recounts of this process, asked together: when the fan-out
    tells a thousand members at once, their tabs' watchers wake together and
    their counts come from one query per :data:`COUNT_BATCH` members, not one
    each (threadfeed shares a thread's reads the same way)."""

    COUNT_BATCH = 1000

    def __init__(self) -> None:
        self._pending: dict[int, list[asyncio.Future[int]]] = {}
        self._flush_soon = False
        self._flushing: set[asyncio.Task[None]] = set()

    async def get(self, user_id: int) -> int:
        future: asyncio.Future[int] = asyncio.get_running_loop().create_future()
        self._pending.setdefault(user_id, []).append(future)
        if not self._flush_soon:
            self._flush_soon = True
            task = asyncio.ensure_future(self._flush())
            self._flushing.add(task)  # kept until done
            task.add_done_callback(self._flushing.discard)
        return await future

    async def _flush(self) -> None:
        await asyncio.sleep(0)  # the watchers woken with this one ask first
        batch, self._pending, self._flush_soon = self._pending, {}, False
        ids = list(batch)
        for start in range(0, len(ids), self.COUNT_BATCH):
            chunk = ids[start : start + self.COUNT_BATCH]
            try:
                counts = await in_session(_counts, user_ids=chunk)
            except Exception as exc:  # each asker sees the failure, as if it had asked alone
                for uid in chunk:
                    for future in batch[uid]:
                        if not future.done():
                            future.set_exception(exc)
                continue
            for uid in chunk:
                for future in batch[uid]:
                    if not future.done():
                        future.set_result(counts.get(uid, 0))


counts = _Counts()


def bell_text(count: int) -> str:
    return (
        ""
        if count <= 0
        else f"{notifications.BELL_MAX}+"
        if count > notifications.BELL_MAX
        else str(count)
    )


class BellState(rx.State):
    """What the header's bell shows. Nothing here decides anything."""

    unread: int = 0
    badge: str = ""  # "3", "99+"; "" when nothing is unread
    label: str = t("notify.bell")  # the link's name: "Notifications, 3 unread"

    _user_id: int | None = None
    _generation: int = 0

    def _show(self, count: int) -> None:
        if self.unread != count:
            self.unread = count
            self.badge = bell_text(count)
            self.label = (
                t("notify.bell_unread", count=self.badge) if self.badge else t("notify.bell")
            )

    async def recount(self) -> None:
        """Read the member's count again (from a handler, with the state held)."""
        user_id = self._user_id
        self._show(await counts.get(user_id) if user_id else 0)

    @rx.event
    async def start(self):
        """When the bell appears (every page, signed in): count, and unless the
        page's own watcher carries the bell, watch the member's topic."""
        _, caller = await current_caller(self)
        self._user_id = caller.id if caller else None
        self._generation += 1
        await self.recount()
        if self._user_id and self.router.page.path not in PAGES_WITH_A_WATCHER:
            return BellState.watch
        return None

    @rx.event(background=True)
    async def watch(self):
        """Wait on the member's topic while this tab shows this page."""
        async with self:
            generation, user_id = self._generation, self._user_id
        if user_id:
            await watch_member(self, user_id, lambda: self._generation == generation)


async def watch_member(
    state: rx.State,
    user_id: int,
    still_wanted: Callable[[], bool],
    *,
    on_news: Callable[[], Awaitable[None]] | None = None,
) -> None:
    """A page's watcher that has nothing but the member to wait on: ring the
    bell (and call ``on_news``) when the member's topic moves, until the tab
    disconnects, leaves the page, or ``still_wanted()`` (asked with the state
    held) turns false."""
    async with state:
        token, path = state.router.session.client_token, state.router.url.path
    bell = Bell(state, user_id, on_news=on_news)
    deadline = time.monotonic() + WATCH_LIFETIME_S
    while time.monotonic() < deadline:
        await bell.wait({}, WAKE_S)
        if not live.connected(token):
            return
        async with state:
            if not still_wanted() or state.router.url.path != path:
                return


class Bell:
    """The bell's part of a page watcher: wait on the page's topics and the
    member's own at once; recount the bell when the member's moves."""

    def __init__(
        self,
        state: rx.State,
        user_id: int | None,
        *,
        on_news: Callable[[], Awaitable[None]] | None = None,
    ) -> None:
        self.state, self.user_id, self.on_news = state, user_id, on_news
        self.topic = live.user_topic(user_id) if user_id else ""
        self.seen = live.hub.version(self.topic) if user_id else 0
        self.checked = time.monotonic()

    async def wait(self, seen: dict[str, int], timeout: float) -> dict[str, int]:
        """Like ``live.hub.wait_any(seen, timeout)``, recounting the bell on the
        way whenever the member's topic moves (or, now and then, on its own)."""
        if not self.user_id:
            return await live.hub.wait_any(seen, timeout) if seen else await _sleep(timeout)
        deadline = time.monotonic() + timeout
        while True:
            left = max(0.0, deadline - time.monotonic())
            versions = await live.hub.wait_any({**seen, self.topic: self.seen}, left)
            mine = versions.pop(self.topic)
            stale = time.monotonic() - self.checked > RECOUNT_S
            if mine != self.seen or stale:
                news = mine != self.seen
                self.seen, self.checked = mine, time.monotonic()
                await self._recount()
                if news and self.on_news is not None:
                    await self.on_news()
            if versions != seen or time.monotonic() >= deadline:
                return versions

    async def _recount(self) -> None:
        count = await counts.get(self.user_id or 0)
        async with self.state:
            bell = await self.state.get_state(BellState)
            bell._show(count)


async def _sleep(timeout: float) -> dict[str, int]:
    await asyncio.sleep(timeout)
    return {}
