"""The bell: a signed-in member's unread count, live on every page.

The count is shared content of the member: every tab they have open sits in
their room (``user:<id>``, in :data:`cop_app.live.rooms`, beside the room of
the page it shows) and gets the count as a small ``live`` message on its own
websocket; the browser shows it (``assets/cop_live.js``). When the fan-out
tells the member something (their topic moves), this process counts once for
all their tabs, and counts for many members come from one query
(:class:`_Counts`). No tab runs a task for its bell. Every
:data:`RECOUNT_S` the seated members are counted again (a notification that
became invisible, another process's write) and their sessions checked: a tab
whose session ended is told its count is 0 and leaves the room.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

import reflex as rx

from cop_app import background, live
from cop_app.services.accounts import auth
from cop_app.services.reach import notifications
from cop_app.state.auth import current_caller
from cop_app.state.base import in_session

#: How often the seated members are counted again and their sessions checked.
RECOUNT_S = 30.0
#: Without news, how often a page's watcher that waits on the member wakes (to
#: notice the tab moved on).
WAKE_S = 3.0
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


def bell_message(count: int) -> dict[str, object]:
    return {"k": "bell", "n": count}


def _room(user_id: int) -> str:
    return live.user_topic(user_id)


class BellRooms:
    """The bells of this process's signed-in tabs. Use from the event loop only."""

    def __init__(self) -> None:
        self._pending: set[int] = set()
        self._flush_soon = False
        self._last: dict[int, int] = {}  # the count each member's room was last sent
        self._tasks: set[asyncio.Task[None]] = set()

    def on_topic(self, topic: str) -> None:
        """Hub listener: a seated member's topic moved (or any session ended)."""
        if topic == live.AUTH_TOPIC:
            self._spawn(self.check_seats())
            return
        prefix, _, rest = topic.partition(":")
        if prefix == "user" and rest.isdigit() and live.rooms.seats(topic):
            self._pending.add(int(rest))
            if not self._flush_soon:
                self._flush_soon = True
                self._spawn(self._flush())

    def _spawn(self, work: Awaitable[None]) -> None:
        task = asyncio.ensure_future(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _flush(self) -> None:
        await asyncio.sleep(0)  # the members woken with this one come in the same batch
        users, self._pending, self._flush_soon = self._pending, set(), False
        await asyncio.gather(*(self.send(uid) for uid in users), return_exceptions=True)

    async def send(self, user_id: int) -> int:
        """Count the member's unread notifications and send them to their room."""
        count = await counts.get(user_id)
        self._last[user_id] = count
        await live.rooms.send(_room(user_id), bell_message(count))
        return count

    async def join(self, seat: live.Seat, user_id: int) -> None:
        """Seat a signed-in tab in its member's room and show it the count."""
        await live.rooms.enter(_room(user_id), seat, slot="user")
        count = await counts.get(user_id)
        await live.rooms.send_to(seat.sid, bell_message(count))

    async def check_seats(self) -> None:
        """Every seat's session still live? The others are told 0 and leave."""
        seats = [seat for room in live.rooms.rooms("user:") for seat in live.rooms.seats(room)]
        if not seats:
            return
        alive = await in_session(
            lambda session: auth.live_session_users(
                session, session_ids=[seat.session_id or 0 for seat in seats]
            )
        )
        for seat in seats:
            if alive.get(seat.session_id or 0) != seat.user_id:
                await live.rooms.leave(seat.sid, "user")
                await live.rooms.send_to(seat.sid, bell_message(0))

    async def recount_all(self) -> None:
        """Count every seated member again; send the counts that moved."""
        await self.check_seats()
        users = [int(room.partition(":")[2]) for room in live.rooms.rooms("user:")]
        for uid in list(self._last):
            if uid not in users:
                del self._last[uid]
        for uid in users:
            count = await counts.get(uid)
            if self._last.get(uid) != count:
                self._last[uid] = count
                await live.rooms.send(_room(uid), bell_message(count))


bells = BellRooms()
live.hub.listeners.append(bells.on_topic)


async def keep_bells_current() -> None:
    """Lifespan task: recount the seated members now and then."""
    await background.every(RECOUNT_S, bells.recount_all, "bell: counting the seated members")


class BellState(rx.State):
    """Starts the tab's bell. What it shows comes from the member's room."""

    @rx.event
    async def start(self):
        """When the bell appears (every page, signed in): seat the tab."""
        _, caller = await current_caller(self)
        sid = live.sid_of(self.router.session.client_token)
        if caller is None or sid is None:
            return
        seat = live.Seat(sid=sid, user_id=caller.id, session_id=caller.session_id)
        await bells.join(seat, caller.id)


async def watch_member(
    state: rx.State,
    user_id: int,
    still_wanted: Callable[[], bool],
    *,
    on_news: Callable[[], Awaitable[None]],
) -> None:
    """A page's watcher that waits on the member's own topic (the notifications
    page): call ``on_news`` when it moves, until the tab disconnects, leaves the
    page, or ``still_wanted()`` (asked with the state held) turns false."""
    async with state:
        token, path = state.router.session.client_token, state.router.url.path
    topic = live.user_topic(user_id)
    seen = live.hub.version(topic)
    deadline = time.monotonic() + WATCH_LIFETIME_S
    while time.monotonic() < deadline:
        version = (await live.hub.wait_any({topic: seen}, WAKE_S))[topic]
        if not live.connected(token):
            return
        async with state:
            if not still_wanted() or state.router.url.path != path:
                return
        if version != seen:
            seen = version
            await on_news()
