"""One read of a thread per revision per process, shared by its open viewers.

Every open thread page runs a watcher (:meth:`ThreadState.watch`). When the
thread changes, all of them need the new thread at once, and nearly all of it
is the same for every viewer: the posts, names, formatted times. A
:class:`ThreadFeed` keeps the newest :class:`~cop_app.services.communities.browse.ThreadSnapshot`
per (community slug, thread, reply window) while someone watches it; the first
watcher that needs a newer one reads it (one at a time per key, in a worker
thread), the others wait for that read and reuse it. Each viewer then lays
their own rights over it (:func:`~cop_app.services.communities.browse.overlay_thread_view`,
no database work). A key nobody watches any more is forgotten.

"Newer" is decided without the database on a live wake: a snapshot remembers
the hub version of the thread's topic seen just before it was read, and writes
publish only after they commit, so a snapshot read after version ``v`` holds
every write published up to ``v``. A watcher with no news (its periodic check
for other processes' writes) asks for at least the stored revision instead.
"""

from __future__ import annotations

import asyncio
import dataclasses

from cop_app import live
from cop_app.db import session_scope
from cop_app.models import User
from cop_app.services.communities import browse
from cop_app.services.communities.browse import ThreadSnapshot
from cop_app.services.guards import authz

Key = tuple[str, int, int]  # (community slug, thread id, reply window)


@dataclasses.dataclass
class _Entry:
    lock: asyncio.Lock = dataclasses.field(default_factory=asyncio.Lock)
    snapshot: ThreadSnapshot | None = None
    hub_version: int = -1  # the topic's hub version seen before the snapshot's read
    watchers: int = 0


def read_snapshot(session, *, slug: str, thread_id: int, replies: int) -> ThreadSnapshot | None:
    community = browse.get_community(session, slug=slug)
    if community is None:
        return None
    return browse.get_thread_snapshot(
        session, community=community, thread_id=thread_id, replies=replies
    )


class ThreadFeed:
    """Per-process snapshots of watched threads. Use from the event loop only."""

    def __init__(self) -> None:
        self._entries: dict[Key, _Entry] = {}
        self.reads = 0  # snapshots read (for tests and benchmarks)

    def join(self, key: Key) -> None:
        self._entries.setdefault(key, _Entry()).watchers += 1

    def leave(self, key: Key) -> None:
        entry = self._entries.get(key)
        if entry is None:
            return
        entry.watchers -= 1
        if entry.watchers <= 0:
            del self._entries[key]

    def watched(self) -> int:
        return len(self._entries)

    async def snapshot(
        self, key: Key, *, hub_version: int = -1, revision: int = -1
    ) -> ThreadSnapshot | None:
        """The thread at ``key``, read after the topic's hub version ``hub_version``
        and at least at ``revision``; None when it is gone (or its community).
        Reads the database only when the kept snapshot is older than that."""
        entry = self._entries.get(key)
        if entry is None:  # not joined: read for this caller alone
            return await self._read(key)
        if self._fresh(entry, hub_version, revision):
            return entry.snapshot
        async with entry.lock:
            if self._fresh(entry, hub_version, revision):
                return entry.snapshot
            seen = live.hub.version(live.thread_topic(key[1]))
            found = await self._read(key)
            if found is not None:
                entry.snapshot, entry.hub_version = found, seen
            return found

    @staticmethod
    def _fresh(entry: _Entry, hub_version: int, revision: int) -> bool:
        return (
            entry.snapshot is not None
            and entry.hub_version >= hub_version
            and entry.snapshot.revision >= revision
        )

    async def _read(self, key: Key) -> ThreadSnapshot | None:
        self.reads += 1
        slug, thread_id, replies = key

        def work() -> ThreadSnapshot | None:  # off the event loop, like in_session
            with session_scope() as session:
                return read_snapshot(session, slug=slug, thread_id=thread_id, replies=replies)

        return await asyncio.to_thread(work)


def read_viewer_facts(
    session, *, user_id: int | None, slug: str, thread_id: int
) -> browse.ViewerFacts | None:
    """One viewer's rights in the thread's community (None: no such community,
    or one this viewer may not read, e.g. after leaving a members-only one)."""
    community = browse.get_community(session, slug=slug)
    if community is None:
        return None
    user = session.get(User, user_id) if user_id else None
    if not authz.can_read_community(session, user=user, community=community):
        return None
    return browse.get_viewer_facts(session, community=community, thread_id=thread_id, viewer=user)


feed = ThreadFeed()
