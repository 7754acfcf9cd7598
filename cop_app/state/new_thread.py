"""Starting a thread (/c/<slug>/new): kind, title, body with a preview, focus area
(suggested from the community's primary areas), tags, and help-desk details."""

from __future__ import annotations

import reflex as rx

from cop_app import live, routes
from cop_app.i18n import t
from cop_app.models import User
from cop_app.services.accounts.profiles import FormError
from cop_app.services.communities import browse, catalogue
from cop_app.services.guards import authz
from cop_app.services.guards.authz import NotAllowedError, ServiceError
from cop_app.services.guards.ratelimit import WriteKind
from cop_app.services.threads import threads
from cop_app.state.auth import Caller, current_caller
from cop_app.state.base import in_session, in_write_session, publish_after, write_limit
from cop_app.state.mentions import MentionPicker


def _slug(path: str) -> str:
    parts = path.strip("/").split("/")  # c/<slug>/new
    return parts[1] if len(parts) == 3 and parts[0] == "c" and parts[2] == "new" else ""


def _context(session, *, caller: Caller | None, slug: str):
    community = browse.get_community(session, slug=slug)
    if community is None:
        raise NotAllowedError(t("community.not_found"))
    user = session.get(User, caller.id) if caller else None
    return community, authz.check_can_post(session, user=user, community=community)


def _form_data(session, *, caller: Caller | None, slug: str):
    community, _ = _context(session, caller=caller, slug=slug)
    target = threads.get_helpdesk_target_hours(session, community=community)
    return (
        community.name,
        threads.suggested_focus_area(session, community=community),
        catalogue.focus_area_names(session),
        t("thread.target", hours=f"{target:g}") if target else "",
    )


def _start(session, *, caller: Caller | None, slug: str, form: threads.NewThreadForm):
    community, user = _context(session, caller=caller, slug=slug)
    thread = threads.do_start_thread(session, community=community, author=user, form=form)
    return community.id or 0, routes.thread_url(community.slug, thread.id or 0)


class NewThreadState(MentionPicker, rx.State):
    community_name: str = ""
    community_slug: str = ""
    kind: str = "question"
    focus_area: str = ""
    focus_choices: dict[str, str] = {}
    target: str = ""  # the help desk's response target, in words
    errors: dict[str, str] = {}
    loaded: bool = False

    @rx.event
    async def load(self):
        self.loaded = False
        auth_state, caller = await current_caller(self)
        slug = _slug(self.router.url.path)
        try:
            data = await in_session(_form_data, caller=caller, slug=slug)
        except ServiceError as exc:
            return auth_state._refuse(str(exc), signed_in=caller is not None)
        self.community_name, self.focus_area, self.focus_choices, self.target = data
        self.community_slug, self.kind, self.draft, self.errors = slug, "question", "", {}
        requested = self.router.url.query_parameters.get("kind", "")
        if requested in {"question", "helpdesk", "discussion", "knowledge"}:
            self.kind = requested
        self.loaded = True
        return None

    _mention_control: str = "field-body"

    def _mention_slug(self) -> str:
        return _slug(self.router.url.path)

    @rx.event
    def set_kind(self, value: str):
        if value in {"question", "helpdesk", "discussion", "knowledge"}:
            self.kind = value

    @rx.event
    def set_draft(self, value: str):
        if isinstance(value, str):
            self.draft = value[: threads.MAX_BODY_LENGTH + 1]

    @rx.event
    async def submit(self, form: dict):
        _, caller = await current_caller(self)
        if caller is None:
            return rx.toast.error(t("auth.sign_in_first"))
        if not isinstance(form, dict):
            return rx.toast.error(t("profile.fix_errors"))
        if await self._held_for_mentions(str(form.get("body", ""))[: threads.MAX_BODY_LENGTH + 1]):
            return None
        fields = {
            name: str(form.get(name, ""))[:limit]
            for name, limit in (
                ("kind", 20),
                ("title", 1000),
                ("body", threads.MAX_BODY_LENGTH + 1),
                ("focus_area", 40),
                ("knowledge_subtype", 40),
                ("tags", 1000),
                ("urgency", 20),
                ("context_country", 200),
                ("context_project", 200),
            )
        }
        try:
            _, url = await in_write_session(
                publish_after(_start, lambda result: [live.community_topic(result[0])]),
                limit=write_limit(self, WriteKind.POST, caller.id),
                caller=caller,
                slug=_slug(self.router.url.path),
                form=threads.NewThreadForm(**fields),
            )
        except FormError as exc:
            self.errors = dict(exc.errors)
            return rx.toast.error(t("profile.fix_errors"))
        except ServiceError as exc:
            self.errors = {"form": browse.as_sentence(str(exc))}
            return None
        self.errors = {}
        return [rx.redirect(url), rx.toast.success(t("new_thread.posted"))]
