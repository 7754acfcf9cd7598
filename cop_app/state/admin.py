"""Site administration (/admin) and a community's join requests (/c/<slug>/requests)."""

from __future__ import annotations

import reflex as rx

from cop_app.i18n import t
from cop_app.models import User
from cop_app.services import admin, browse, join_requests
from cop_app.services.authz import NotAllowedError
from cop_app.services.communities import ServiceError
from cop_app.state.auth import Caller, current_caller
from cop_app.state.base import in_session


def _user(session, caller: Caller | None) -> User | None:
    return session.get(User, caller.id) if caller is not None else None


def _overview(session, *, caller: Caller | None) -> admin.AdminOverview:
    return admin.get_overview(session, by=_user(session, caller))


class AdminState(rx.State):
    communities: list[admin.AdminCommunityRow] = []
    accounts: str = "0"
    loaded: bool = False

    @rx.event
    async def load(self):
        self.loaded = False
        auth_state, caller = await current_caller(self)
        try:
            overview = await in_session(_overview, caller=caller)
        except NotAllowedError as exc:
            return auth_state._refuse(str(exc), signed_in=caller is not None)
        self.communities, self.accounts = overview.communities, overview.accounts
        self.loaded = True
        return None


def _slug(path: str) -> str:
    parts = path.strip("/").split("/")  # c/<slug>/requests
    return parts[1] if len(parts) == 3 and parts[0] == "c" and parts[2] == "requests" else ""


def _pending(session, *, slug: str, caller: Caller | None):
    community = browse.get_community(session, slug=slug)
    if community is None:
        raise NotAllowedError(t("community.not_found"))
    rows = join_requests.list_pending(session, community=community, by=_user(session, caller))
    return community.name, rows


def _decide(session, *, slug: str, caller: Caller | None, membership_id: int, approve: bool):
    community = browse.get_community(session, slug=slug)
    if community is None:
        raise NotAllowedError(t("community.not_found"))
    join_requests.do_decide(
        session,
        community=community,
        membership_id=membership_id,
        approve=approve,
        by=_user(session, caller),
    )


class JoinRequestsState(rx.State):
    community_name: str = ""
    community_slug: str = ""
    requests: list[join_requests.JoinRequestView] = []
    loaded: bool = False

    @rx.event
    async def load(self):
        self.loaded = False
        auth_state, caller = await current_caller(self)
        slug = _slug(self.router.url.path)
        try:
            self.community_name, self.requests = await in_session(
                _pending, slug=slug, caller=caller
            )
        except NotAllowedError as exc:
            return auth_state._refuse(str(exc), signed_in=caller is not None)
        self.community_slug = slug
        self.loaded = True
        return None

    @rx.event
    async def decide(self, membership_id: int, approve: bool):
        _, caller = await current_caller(self)
        if not isinstance(membership_id, int) or not isinstance(approve, bool):
            return rx.toast.error(t("requests.invalid"))
        slug = _slug(self.router.url.path)
        try:
            await in_session(
                _decide, slug=slug, caller=caller, membership_id=membership_id, approve=approve
            )
            self.community_name, self.requests = await in_session(
                _pending, slug=slug, caller=caller
            )
        except (NotAllowedError, ServiceError) as exc:
            return rx.toast.error(str(exc))
        return rx.toast.success(t("requests.approved" if approve else "requests.declined"))
