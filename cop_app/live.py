"""Live updates: topics with version numbers that open pages wait on.

A write handler publishes its topics (``thread:<id>``, ``community:<id>``)
*after* its transaction has committed; every open page watching one of them
wakes at once, re-reads what it shows through its own per-client state, and
Reflex sends that client its delta. Nothing is linked between clients, so a
closed tab costs nothing (its watcher ends when it disconnects), and the cost
of an event is one small read per open viewer of that topic.

Watchers coalesce: after a wake they wait :data:`COALESCE_S` before reading,
so a burst of writes becomes one read and one push per viewer. The database
holds the truth (``Thread.revision``, ``Community.revision`` and
``config_version``): a watcher that times out also checks it, which covers
writes made by another process until a cross-worker bus exists.
"""

from __future__ import annotations

import asyncio
import contextlib

#: After a wake, how long to gather further events before reading once.
COALESCE_S = 0.05


class Hub:
    """In-process topic versions. Use from the event loop only."""

    def __init__(self) -> None:
        self._versions: dict[str, int] = {}
        self._events: dict[str, asyncio.Event] = {}

    def version(self, topic: str) -> int:
        return self._versions.get(topic, 0)

    def publish(self, *topics: str) -> None:
        """Bump each topic and wake everyone waiting on it."""
        for topic in topics:
            self._versions[topic] = self._versions.get(topic, 0) + 1
            event = self._events.pop(topic, None)
            if event is not None:
                event.set()

    async def wait(self, topic: str, seen: int, timeout: float) -> int:
        """Return the topic's version once it differs from ``seen``, or after
        ``timeout`` seconds (then it may still equal ``seen``)."""
        current = self._versions.get(topic, 0)
        if current != seen:
            return current
        event = self._events.get(topic)
        if event is None:
            event = self._events[topic] = asyncio.Event()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(event.wait(), timeout)
        return self._versions.get(topic, 0)


hub = Hub()


def thread_topic(thread_id: int) -> str:
    return f"thread:{thread_id}"


def community_topic(community_id: int) -> str:
    return f"community:{community_id}"


def connected(token: str) -> bool:
    """Is this browser tab still connected to this worker?"""
    from cop_app.cop_app import app  # the running app (imported late: it imports the states)

    namespace = app.event_namespace
    return namespace is None or token in namespace.token_to_sid
