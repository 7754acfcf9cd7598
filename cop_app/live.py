"""Live updates: topics with version numbers that open pages wait on.

A write asks for its topics (``thread:<id>``, ``community:<id>``) to be
published *after* its transaction has committed (:func:`publish_on_commit`,
through ``db.on_commit``: nothing is announced that a rollback undid); every
open page watching one of them
wakes at once, re-reads what it shows through its own per-client state, and
Reflex sends that client its delta. Nothing is linked between clients, so a
closed tab costs nothing (its watcher ends when it disconnects), and the cost
of an event is one small read per open viewer of that topic.

Watchers coalesce: after a wake they wait :data:`COALESCE_S` before reading,
so a burst of writes becomes one read and one push per viewer. The database
holds the truth (``Thread.revision``, ``Community.revision`` and
``config_version``): a watcher that times out also checks it.

With several workers (the scale-out profile, ``REFLEX_REDIS_URL`` set), a
:class:`RedisBridge` in each worker carries the topics across: a publish also
goes to one Redis channel, and every other worker's bridge bumps the same
topics in its own hub, so its watchers wake as if the write had been local.
Messages carry only topic names; the reader still reads the database.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import contextvars
import dataclasses
import json
import logging
import os
import time
import uuid
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from cop_app.db import on_commit

#: After a wake, how long to gather further events before reading once.
COALESCE_S = 0.05


class Hub:
    """In-process topic versions. Use from the event loop only."""

    def __init__(self) -> None:
        self._versions: dict[str, int] = {}
        self._events: dict[str, asyncio.Event] = {}
        self.bridge: RedisBridge | None = None
        #: The event loop the hub lives in (set when the app starts serving).
        self.loop: asyncio.AbstractEventLoop | None = None
        #: The running ``rx.App``, handed over by the app module (:func:`attach`).
        self.app: Any = None
        #: Called with every topic bumped here, on the event loop (the rooms listen).
        self.listeners: list[Callable[[str], None]] = []

    def version(self, topic: str) -> int:
        return self._versions.get(topic, 0)

    def publish(self, *topics: str) -> None:
        """Bump each topic and wake everyone waiting on it, here and (through
        the bridge, when there is one) in every other worker."""
        self.bump(*topics)
        if self.bridge is not None:
            self.bridge.send(topics)

    def publish_soon(self, *topics: str) -> None:
        """:meth:`publish` from any thread: a write's transaction commits in a
        worker thread, and the hub belongs to the event loop. Without a loop
        (a script, a service test) there is nobody to wake across threads, and
        the topics are bumped in place."""
        loop = self.loop
        try:
            here = asyncio.get_running_loop()
        except RuntimeError:
            here = None
        if loop is None or loop.is_closed():
            self.bump(*topics)
        elif here is loop:
            self.publish(*topics)
        else:
            loop.call_soon_threadsafe(self.publish, *topics)

    def bump(self, *topics: str) -> None:
        """Bump each topic in this process only."""
        for topic in topics:
            self._versions[topic] = self._versions.get(topic, 0) + 1
            event = self._events.pop(topic, None)
            if event is not None:
                event.set()
            if self.listeners and _loop_running():
                for listener in self.listeners:
                    listener(topic)

    async def wait_any(self, seen: dict[str, int], timeout: float) -> dict[str, int]:
        """Like :meth:`wait` for several topics at once (a page's own and the
        member's bell, on the tab's one watcher): the versions once any of them
        differs from ``seen``, or after ``timeout`` seconds."""
        self.loop = asyncio.get_running_loop()
        if len(seen) == 1:
            ((topic, version),) = seen.items()
            return {topic: await self.wait(topic, version, timeout)}
        if all(self._versions.get(topic, 0) == version for topic, version in seen.items()):
            waits = []
            for topic in seen:
                event = self._events.get(topic)
                if event is None:
                    event = self._events[topic] = asyncio.Event()
                waits.append(asyncio.ensure_future(event.wait()))
            try:
                await asyncio.wait(waits, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
            finally:
                for waiting in waits:
                    waiting.cancel()
        return {topic: self._versions.get(topic, 0) for topic in seen}

    async def wait(self, topic: str, seen: int, timeout: float) -> int:
        """Return the topic's version once it differs from ``seen``, or after
        ``timeout`` seconds (then it may still equal ``seen``)."""
        self.loop = asyncio.get_running_loop()  # the loop the events belong to
        current = self._versions.get(topic, 0)
        if current != seen:
            return current
        event = self._events.get(topic)
        if event is None:
            event = self._events[topic] = asyncio.Event()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(event.wait(), timeout)
        return self._versions.get(topic, 0)


class RedisBridge:
    """Carries published topics between the workers of one deployment."""

    CHANNEL = "cop_app:live"

    def __init__(self, hub: Hub, url: str, *, channel: str = CHANNEL) -> None:
        import redis.asyncio as redis  # the scale-out profile only

        self.hub, self.channel = hub, channel
        self.origin = uuid.uuid4().hex  # this worker: its own messages are skipped
        self.client = redis.from_url(url)
        self._sending: set[asyncio.Task[None]] = set()

    def send(self, topics: tuple[str, ...]) -> None:
        message = json.dumps({"from": self.origin, "topics": list(topics)})
        task = asyncio.get_running_loop().create_task(self._send(message))
        self._sending.add(task)  # keep a reference until it is done
        task.add_done_callback(self._sending.discard)

    async def _send(self, message: str) -> None:
        try:
            await self.client.publish(self.channel, message)
        except Exception:  # a lost message: other workers catch up on their revision check
            _log.exception("live: could not publish to Redis")

    async def listen(self, ready: asyncio.Event | None = None) -> None:
        """Bump the topics other workers publish, until cancelled."""
        pubsub = self.client.pubsub()
        await pubsub.subscribe(self.channel)
        if ready is not None:
            ready.set()
        try:
            async for message in pubsub.listen():
                if message.get("type") != "message":
                    continue
                data = json.loads(message["data"])
                if data.get("from") != self.origin:
                    self.hub.bump(*(str(topic) for topic in data.get("topics", [])))
        finally:
            await pubsub.aclose()


_log = logging.getLogger(__name__)


def _loop_running() -> bool:
    """Listeners start work on the event loop: without one (a script, a service
    test) there is no open page to tell."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


hub = Hub()


def attach(app: Any) -> None:
    """The app hands itself over at start-up (the hub never imports it)."""
    hub.app = app


def publish_on_commit(session: Session, *topics: str) -> None:
    """Wake the pages watching ``topics`` once ``session``'s transaction commits
    (never if it rolls back)."""
    on_commit(session, lambda: hub.publish_soon(*topics))


async def bridge_workers() -> None:
    """Lifespan task: the hub learns its event loop and, with Redis configured,
    joins this worker to the others."""
    hub.loop = asyncio.get_running_loop()
    url = os.environ.get("REFLEX_REDIS_URL", "")
    if not url:
        return
    hub.bridge = RedisBridge(hub, url)
    try:
        await hub.bridge.listen()
    finally:
        hub.bridge = None


#: Moves whenever a session ends (sign-out, revocation, password reset) or a
#: member's name or time zone changes: every process's cached callers
#: (``cop_app.state.auth``) are checked again at their next event.
AUTH_TOPIC = "auth"


def thread_topic(thread_id: int) -> str:
    return f"thread:{thread_id}"


def community_topic(community_id: int) -> str:
    return f"community:{community_id}"


def user_topic(user_id: int) -> str:
    """One member's own news (the bell): every tab they have open waits on it."""
    return f"user:{user_id}"


#: The socket.io event that carries shared payloads (read by ``assets/cop_live.js``).
LIVE_EVENT = "live"

T = TypeVar("T")
#: The rooms' reads have threads of their own: in the shared pool they would
#: queue behind writes waiting for SQLite's write lock (reads never wait for it).
_READERS = concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix="live-read")


async def read_off_loop(work: Callable[[], T]) -> T:
    """Run a room's read (``work``) on the rooms' own threads."""
    return await asyncio.get_running_loop().run_in_executor(
        _READERS, contextvars.copy_context().run, work
    )


@dataclasses.dataclass(frozen=True)
class Seat:
    """One browser tab watching a room: its socket and who is signed in there."""

    sid: str
    user_id: int | None = None
    session_id: int | None = None


class Rooms:
    """The socket.io rooms of this process, and who sits in each.

    A room carries shared content to every tab watching it (``thread:12``, a
    member's bell ``user:7``): a payload is built and encoded once, then
    written to each socket. A tab sits in at most one room per *slot*: the page
    it shows (``page``) and its member's own news (``user``); entering a room
    leaves the one it had in that slot. socket.io forgets a closed socket's
    rooms; :meth:`seats` drops it here too. Use from the event loop only."""

    def __init__(self) -> None:
        self._rooms: dict[str, dict[str, Seat]] = {}
        self._slots: dict[str, dict[str, str]] = {}  # sid -> slot -> room

    @staticmethod
    def _namespace() -> Any:
        return getattr(hub.app, "event_namespace", None)

    async def enter(self, room: str, seat: Seat, slot: str = "page") -> None:
        previous = self._slots.get(seat.sid, {}).get(slot)
        if previous is not None and previous != room:
            await self.leave(seat.sid, slot)
        self._rooms.setdefault(room, {})[seat.sid] = seat
        self._slots.setdefault(seat.sid, {})[slot] = room
        namespace = self._namespace()
        if namespace is not None:
            await namespace.enter_room(seat.sid, room)

    async def leave(self, sid: str, slot: str = "page") -> None:
        slots = self._slots.get(sid, {})
        room = slots.pop(slot, None)
        if not slots:
            self._slots.pop(sid, None)
        if room is None:
            return
        seats = self._rooms.get(room, {})
        seats.pop(sid, None)
        if not seats:
            self._rooms.pop(room, None)
        namespace = self._namespace()
        if namespace is not None and sid in namespace.sid_to_token:
            await namespace.leave_room(sid, room)

    def seats(self, room: str) -> list[Seat]:
        """The tabs in ``room`` that are still connected."""
        seats = self._rooms.get(room)
        if not seats:
            return []
        namespace = self._namespace()
        if namespace is not None:
            for sid in [sid for sid in seats if sid not in namespace.sid_to_token]:
                for other in self._slots.pop(sid, {}).values():
                    held = self._rooms.get(other)
                    if held is not None:
                        held.pop(sid, None)
                        if not held and other != room:
                            self._rooms.pop(other, None)
            if not seats:
                self._rooms.pop(room, None)
        return list(seats.values())

    def rooms(self, prefix: str = "") -> list[str]:
        return [room for room in self._rooms if room.startswith(prefix)]

    def room_of(self, sid: str, slot: str = "page") -> str | None:
        return self._slots.get(sid, {}).get(slot)

    async def send(self, room: str, payload: Any) -> None:
        """One message to every tab in ``room`` (encoded once)."""
        namespace = self._namespace()
        if namespace is not None:
            await namespace.emit(LIVE_EVENT, payload, room=room)

    async def send_to(self, sid: str, payload: Any) -> None:
        namespace = self._namespace()
        if namespace is not None:
            await namespace.emit(LIVE_EVENT, payload, to=sid)


rooms = Rooms()


class Rounds:
    """A room's rounds of work (read, compare, send), one at a time.

    Every request made before a round begins is covered by it, so a burst of
    requests during a round costs one round more, not one each. With
    ``min_interval``, a round begins at most that often (while ``pause_if()``
    holds: the first round of a room never waits). :meth:`until_done` waits
    for a round that began after the call. Use from the event loop only."""

    def __init__(
        self,
        work: Callable[[], Awaitable[None]],
        *,
        what: str,
        min_interval: float = 0.0,
        pause_if: Callable[[], bool] | None = None,
        when_idle: Callable[[], None] | None = None,
    ) -> None:
        self._work, self.what = work, what
        self.min_interval = min_interval
        self._pause_if = pause_if or (lambda: True)
        self._when_idle = when_idle
        self.requested = 0
        self.completed = 0  # rounds done, as the request count each one covered
        self.running = False
        self._last = 0.0
        self._done = asyncio.Condition()

    def request(self) -> int:
        self.requested += 1
        if not self.running:
            self.running = True
            task = asyncio.get_running_loop().create_task(self._run())
            _round_tasks.add(task)
            task.add_done_callback(_round_tasks.discard)
        return self.requested

    async def until_done(self) -> None:
        """Request a round and wait until it has run."""
        wanted = self.request()
        async with self._done:
            await self._done.wait_for(lambda: self.completed >= wanted)

    @property
    def idle(self) -> bool:
        return not self.running and self.completed >= self.requested

    async def _run(self) -> None:
        try:
            while self.completed < self.requested:
                target = self.requested
                pause = self.min_interval - (time.monotonic() - self._last)
                if pause > 0 and self._pause_if():
                    await asyncio.sleep(pause)
                    target = self.requested  # what came during the pause is covered too
                self._last = time.monotonic()
                try:
                    await self._work()
                except Exception:  # one room's failure must not stop the others
                    _log.exception("live: %s could not be published", self.what)
                self.completed = target
                async with self._done:
                    self._done.notify_all()
        finally:
            self.running = False
            if self._when_idle is not None and self.completed >= self.requested:
                self._when_idle()


_round_tasks: set[asyncio.Task[None]] = set()


def sid_of(token: str) -> str | None:
    """The socket of this browser tab in this worker, if it is connected here."""
    namespace = getattr(hub.app, "event_namespace", None)
    return None if namespace is None else namespace.token_to_sid.get(token)


def connected(token: str) -> bool:
    """Is this browser tab still connected to this worker?"""
    namespace = getattr(hub.app, "event_namespace", None)
    return namespace is None or token in namespace.token_to_sid
