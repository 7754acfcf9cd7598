"""Site administration (/admin) and a community's join requests (/c/<slug>/requests)."""

from __future__ import annotations

import reflex as rx

from cop_app import routes
from cop_app.i18n import t
from cop_app.models import User
from cop_app.services.accounts.profiles import FormError
from cop_app.services.communities import admin, browse, catalogue, join_requests
from cop_app.services.communities.communities import ServiceError
from cop_app.services.guards.authz import NotAllowedError
from cop_app.services.guards.ratelimit import WriteKind
from cop_app.state.auth import Caller, current_caller
from cop_app.state.base import clean_id, in_session, in_write_session, write_limit


def _user(session, caller: Caller | None) -> User | None:
    return session.get(User, caller.id) if caller is not None else None


def _overview(session, *, caller: Caller | None):
    overview = admin.get_overview(session, by=_user(session, caller))
    return overview, catalogue.list_focus_areas(session)


def _create(session, *, caller: Caller | None, form: dict) -> str:
    community = admin.do_create_community(
        session,
        by=_user(session, caller),
        form=admin.NewCommunityForm(
            name=str(form.get("new_name", ""))[:1000],
            slug=str(form.get("new_slug", ""))[:200],
            tagline=str(form.get("new_tagline", ""))[:1000],
            openness=str(form.get("new_openness", ""))[:20],
            primary=[k[8:] for k, v in form.items() if str(k).startswith("primary_") and v][:10],
            lead_email=str(form.get("new_lead", ""))[:254],
        ),
    )
    return community.slug


class AdminState(rx.State):
    communities: list[admin.AdminCommunityRow] = []
    areas: list[catalogue.FocusAreaView] = []
    accounts: str = "0"
    errors: dict[str, str] = {}
    loaded: bool = False

    @rx.event
    async def load(self):
        self.loaded = False
        auth_state, caller = await current_caller(self)
        try:
            overview, self.areas = await in_session(_overview, caller=caller)
        except NotAllowedError as exc:
            return auth_state._refuse(str(exc), signed_in=caller is not None)
        self.communities, self.accounts = overview.communities, overview.accounts
        self.errors, self.loaded = {}, True
        return None

    @rx.event
    async def create_community(self, form: dict):
        """Create a community, then open its configuration page."""
        _, caller = await current_caller(self)
        if caller is None:
            return rx.toast.error(t("auth.sign_in_first"))
        if not isinstance(form, dict):
            return rx.toast.error(t("profile.fix_errors"))
        try:
            slug = await in_write_session(
                _create,
                limit=write_limit(self, WriteKind.SETTINGS, caller.id),
                caller=caller,
                form=form,
            )
        except FormError as exc:
            self.errors = dict(exc.errors)
            return rx.toast.error(t("profile.fix_errors"))
        except ServiceError as exc:
            return rx.toast.error(str(exc))
        self.errors = {}
        return [
            rx.redirect(routes.community_config_url(slug)),
            rx.toast.success(t("admin.created")),
        ]


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
        if clean_id(membership_id) is None or not isinstance(approve, bool):
            return rx.toast.error(t("requests.invalid"))
        slug = _slug(self.router.url.path)
        try:
            await in_write_session(
                _decide,
                limit=write_limit(self, WriteKind.MODERATION, caller.id if caller else None),
                slug=slug,
                caller=caller,
                membership_id=membership_id,
                approve=approve,
            )
            self.community_name, self.requests = await in_session(
                _pending, slug=slug, caller=caller
            )
        except (NotAllowedError, ServiceError) as exc:
            return rx.toast.error(str(exc))
        return rx.toast.success(t("requests.approved" if approve else "requests.declined"))
