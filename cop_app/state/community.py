"""Community page: its header and recent threads."""

from __future__ import annotations

import reflex as rx

from cop_app.models import User
from cop_app.schemas import CommunityHeader, ThreadRow
from cop_app.services import authz, browse
from cop_app.state.auth import current_caller
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


def _community_page(session, *, user_id: int | None, slug: str):
    community = browse.get_community(session, slug=slug)
    if community is None:
        return None
    user = session.get(User, user_id) if user_id else None
    authz.check_can_view_community(session, user=user, community=community)
    return (
        browse.get_community_header(session, community=community),
        browse.list_recent_threads(session, community=community),
    )


async def _caller_id(state: rx.State) -> int | None:
    _, caller = await current_caller(state)
    return caller.id if caller else None


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
            result = await in_session(
                _community_page, user_id=await _caller_id(self), slug=parts[1]
            )
        self.found = result is not None
        if result is None:
            self.header, self.threads = _EMPTY, []
        else:
            self.header, self.threads = result
        self.loaded = True
