"""Community page: its header and recent threads."""

from __future__ import annotations

import reflex as rx

from cop_app.schemas import CommunityHeader, ThreadRow
from cop_app.services import browse
from cop_app.state.base import in_session

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


def _community_page(session, *, slug: str):
    community = browse.get_community(session, slug=slug)
    if community is None:
        return None
    return (
        browse.get_community_header(session, community=community),
        browse.list_recent_threads(session, community=community),
    )


class CommunityState(rx.State):
    header: CommunityHeader = _EMPTY
    threads: list[ThreadRow] = []
    found: bool = False
    loaded: bool = False

    @rx.event
    async def load(self):
        parts = self.router.url.path.strip("/").split("/")
        self.loaded = False
        result = None
        if len(parts) == 2 and parts[0] == "c":  # /c/<slug>
            result = await in_session(_community_page, slug=parts[1])
        self.found = result is not None
        if result is None:
            self.header, self.threads = _EMPTY, []
        else:
            self.header, self.threads = result
        self.loaded = True
