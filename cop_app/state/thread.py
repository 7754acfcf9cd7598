"""Thread page: the thread's header and its posts in order."""

from __future__ import annotations

import reflex as rx

from cop_app.models import User
from cop_app.schemas import PostView, ThreadHeader
from cop_app.services import authz, browse
from cop_app.state.auth import current_caller
from cop_app.state.base import in_session

_EMPTY = ThreadHeader(
    id=0,
    title="",
    kind_label="",
    focus_label="",
    status_label="",
    answered=False,
    created="",
    author="",
    community_slug="",
    community_name="",
    reply_count="0",
    first_response="",
)


def _thread_page(session, *, user_id: int | None, slug: str, thread_id: int):
    community = browse.get_community(session, slug=slug)
    if community is None:
        return None
    user = session.get(User, user_id) if user_id else None
    authz.check_can_view_community(session, user=user, community=community)
    return browse.get_thread_view(session, community=community, thread_id=thread_id)


async def _caller_id(state: rx.State) -> int | None:
    _, caller = await current_caller(state)
    return caller.id if caller else None


class ThreadState(rx.State):
    header: ThreadHeader = _EMPTY
    posts: list[PostView] = []
    found: bool = False
    loaded: bool = False

    @rx.event
    async def load(self):
        parts = self.router.url.path.strip("/").split("/")
        self.loaded = False
        result = None
        # /c/<slug>/t/<thread_id>
        if len(parts) == 4 and parts[0] == "c" and parts[2] == "t" and parts[3].isdigit():
            result = await in_session(
                _thread_page,
                user_id=await _caller_id(self),
                slug=parts[1],
                thread_id=int(parts[3]),
            )
        self.found = result is not None
        self.header, self.posts = result if result is not None else (_EMPTY, [])
        self.loaded = True
