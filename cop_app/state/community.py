"""Community page: its header and recent threads, kept live.

While a visitor has the page open, a background task per browser tab checks
the community's configuration version once a second (one indexed lookup) and
re-reads the header when an admin or lead changed it, so every open page shows
the change within about a second, without a reload. Per REFLEX_NOTES this
per-client poller scales linearly and leaves no stale links behind; it stops
when the tab leaves the page, disconnects, or after an hour.
"""

from __future__ import annotations

import asyncio
import time

import reflex as rx

from cop_app.models import User
from cop_app.schemas import CommunityHeader, ThreadRow
from cop_app.services import authz, browse
from cop_app.state.auth import current_caller
from cop_app.state.base import in_session

WATCH_PERIOD_S = 1.0
WATCH_LIFETIME_S = 3600.0

_EMPTY = CommunityHeader(
    slug="",
    name="",
    tagline="",
    description="",
    selective=False,
    member_count="0",
    thread_count="0",
    languages="",
    focus=[],
)


def _community_page(session, *, user_id: int | None, slug: str):
    community = browse.get_community(session, slug=slug)
    if community is None:
        return None
    user = session.get(User, user_id) if user_id else None
    authz.check_can_view_community(session, user=user, community=community)
    return (
        community.id or 0,
        community.config_version,
        browse.get_community_header(session, community=community),
        browse.list_recent_threads(session, community=community),
    )


def _connected(token: str) -> bool:
    """Is this browser tab still connected to this worker?"""
    from cop_app.cop_app import app  # the running app (imported late: it imports us)

    namespace = app.event_namespace
    return namespace is None or token in namespace.token_to_sid


class CommunityState(rx.State):
    header: CommunityHeader = _EMPTY
    threads: list[ThreadRow] = []
    found: bool = False
    loaded: bool = False

    _community_id: int = 0
    _version: int = -1
    _watch_generation: int = 0

    @rx.event
    async def load(self):
        parts = self.router.url.path.strip("/").split("/")
        self.loaded = False
        result = None
        if len(parts) == 2 and parts[0] == "c":  # /c/<slug>
            _, caller = await current_caller(self)
            result = await in_session(
                _community_page, user_id=caller.id if caller else None, slug=parts[1]
            )
        self.found = result is not None
        if result is None:
            self.header, self.threads = _EMPTY, []
            self._community_id, self._version = 0, -1
        else:
            self._community_id, self._version, self.header, self.threads = result
        self.loaded = True
        self._watch_generation += 1
        return CommunityState.watch if result is not None else None

    @rx.event(background=True)
    async def watch(self):
        """Refresh the header when the community's configuration changes."""
        async with self:
            generation = self._watch_generation
            community_id, version = self._community_id, self._version
            token = self.router.session.client_token
            slug = self.header.slug
            path = self.router.url.path
        deadline = time.monotonic() + WATCH_LIFETIME_S
        while time.monotonic() < deadline and community_id:
            await asyncio.sleep(WATCH_PERIOD_S)
            if not _connected(token):
                return
            current = await in_session(browse.get_config_version, community_id=community_id)
            async with self:
                # The tab went to another page, or loaded this one again (a newer
                # watcher runs then).
                if self._watch_generation != generation or self.router.url.path != path:
                    return
            if current is None or current == version:
                continue
            result = await in_session(_community_page, user_id=None, slug=slug)
            if result is None:
                return
            async with self:
                if self._watch_generation != generation:
                    return
                _, self._version, self.header, _threads = result
                version = self._version
