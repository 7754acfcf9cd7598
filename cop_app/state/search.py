"""Search in one community (/c/<slug>/search?q=...)."""

from __future__ import annotations

from urllib.parse import quote

import reflex as rx

from cop_app.models import User
from cop_app.services.communities import browse
from cop_app.services.guards import authz
from cop_app.services.threads import search
from cop_app.state.auth import current_caller
from cop_app.state.base import in_session
from cop_app.state.browser import replace_url

MAX_QUERY = 200


def _slug(path: str) -> str:
    parts = path.strip("/").split("/")  # c/<slug>/search
    return parts[1] if len(parts) == 3 and parts[0] == "c" and parts[2] == "search" else ""


def _search(session, *, user_id: int | None, slug: str, query: str):
    community = browse.get_community(session, slug=slug)
    if community is None:
        return None
    user = session.get(User, user_id) if user_id else None
    if not authz.can_read_community(session, user=user, community=community):
        return None  # shown as not found, like a community that is not there
    return community.name, search.search(session, community=community, query=query)


class SearchState(rx.State):
    community_name: str = ""
    community_slug: str = ""
    query: str = ""
    hits: list[search.SearchHit] = []
    searched: bool = False
    found: bool = False
    loaded: bool = False

    async def _run(self, query: str) -> None:
        _, caller = await current_caller(self)
        self.community_slug = _slug(self.router.url.path)
        self.query = query[:MAX_QUERY]
        result = await in_session(
            _search,
            user_id=caller.id if caller else None,
            slug=self.community_slug,
            query=self.query,
        )
        self.found = result is not None
        self.community_name, self.hits = result if result is not None else ("", [])
        self.searched = bool(search.terms(self.query))

    @rx.event
    async def load(self):
        self.loaded = False
        await self._run(str(self.router.url.query_parameters.get("q", "")))
        self.loaded = True

    @rx.event
    async def submit(self, form: dict):
        query = form.get("q", "") if isinstance(form, dict) else ""
        await self._run(str(query))
        url = f"/c/{self.community_slug}/search?q={quote(self.query)}"
        return replace_url(url)
