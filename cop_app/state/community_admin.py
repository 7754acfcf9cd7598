"""Focus-area configuration of one community (/admin/communities/<slug>)."""

from __future__ import annotations

import dataclasses

import reflex as rx

from cop_app import live
from cop_app.i18n import t
from cop_app.models import FocusAreaCode, User
from cop_app.schemas import CommunityCard, FocusBadge
from cop_app.services.accounts.profiles import FormError
from cop_app.services.communities import admin, browse, community_admin
from cop_app.services.guards import authz
from cop_app.services.guards.authz import NotAllowedError, ServiceError
from cop_app.services.guards.ratelimit import WriteKind
from cop_app.state.auth import Caller, current_caller
from cop_app.state.base import clean_id, in_session, in_write_session, publish_after, write_limit


def _slug(path: str) -> str:
    parts = path.strip("/").split("/")  # admin/communities/<slug>
    return parts[2] if len(parts) == 3 and parts[:2] == ["admin", "communities"] else ""


def _context(session, *, slug: str, caller: Caller | None):
    community = browse.get_community(session, slug=slug)
    if community is None:
        raise NotAllowedError(t("community.not_found"))
    user = session.get(User, caller.id) if caller else None
    return community, user


def _view(session, *, slug: str, caller: Caller | None):
    community, user = _context(session, slug=slug, caller=caller)
    return (
        community_admin.get_settings(session, community=community, by=user),
        community_admin.get_focus_config(session, community=community, by=user),
        community_admin.list_audit(session, community=community, by=user),
        community_admin.list_team(session, community=community, by=user),
        (community.archived_at is not None, authz.is_site_admin(user)),
        browse.get_community_card(session, community=community),
        community.id or 0,
    )


def _set_archived(session, *, slug: str, caller: Caller | None, archived: bool):
    community, user = _context(session, slug=slug, caller=caller)
    admin.do_set_archived(session, by=user, community=community, archived=archived)
    return _view(session, slug=slug, caller=caller)


def _add_to_team(session, *, slug: str, caller: Caller | None, email: str, role: str):
    community, user = _context(session, slug=slug, caller=caller)
    community_admin.do_add_to_team(session, community=community, by=user, email=email, role=role)
    return _view(session, slug=slug, caller=caller)


def _remove_from_team(session, *, slug: str, caller: Caller | None, membership_id: int):
    community, user = _context(session, slug=slug, caller=caller)
    community_admin.do_remove_from_team(
        session, community=community, by=user, membership_id=membership_id
    )
    return _view(session, slug=slug, caller=caller)


def _save_settings(session, *, slug: str, caller: Caller | None, form: dict):
    community, user = _context(session, slug=slug, caller=caller)
    community_admin.do_save_settings(
        session,
        community=community,
        by=user,
        form=community_admin.SettingsForm(
            name=str(form.get("name", ""))[:1000],
            tagline=str(form.get("tagline", ""))[:1000],
            description=str(form.get("description", ""))[:20000],
            openness=str(form.get("openness", ""))[:20],
            visibility=str(form.get("visibility", ""))[:20],
            languages=[k[5:] for k, v in form.items() if str(k).startswith("lang_") and v][:50],
        ),
    )
    return _view(session, slug=slug, caller=caller)


def _save(session, *, slug: str, caller: Caller | None, form: dict):
    community, user = _context(session, slug=slug, caller=caller)
    codes = [c.value for c in FocusAreaCode]
    community_admin.do_save_focus_config(
        session,
        community=community,
        by=user,
        emphasis={c: str(form.get(f"emphasis_{c}", ""))[:20] for c in codes},
        targets={c: str(form.get(f"target_{c}", ""))[:40] for c in codes},
        notes={c: str(form.get(f"note_{c}", ""))[:2000] for c in codes},
        more_primary_confirmed=bool(form.get("confirm_more")),
        watch={c: str(form.get(f"watch_{c}", ""))[:40] for c in codes},
    )
    return _view(session, slug=slug, caller=caller)


_NO_CARD = CommunityCard(
    slug="",
    name="",
    tagline="",
    selective=False,
    member_count="0",
    thread_count="0",
    last_activity="",
    focus=[],
)
_PREVIEW_FIELDS = {"name": "draft_name", "tagline": "draft_tagline", "openness": "draft_openness"}


@dataclasses.dataclass(frozen=True)
class TargetPreview:
    code: str
    name: str
    primary: bool
    target: str  # "" when the area has no target


class CommunityConfigState(rx.State):
    community_name: str = ""
    tagline: str = ""
    description: str = ""
    openness: str = "open"
    visibility: str = "public"
    languages: list[str] = []
    community_slug: str = ""
    rows: list[community_admin.FocusConfigRow] = []
    team: list[community_admin.TeamMember] = []
    audit: list[community_admin.AuditView] = []
    errors: dict[str, str] = {}
    loaded: bool = False
    archived: bool = False
    can_archive: bool = False
    # The preview follows the forms as they are edited, before anything is saved.
    card: CommunityCard = _NO_CARD
    draft_name: str = ""
    draft_tagline: str = ""
    draft_openness: str = "open"
    draft_emphasis: dict[str, str] = {}
    draft_targets: dict[str, str] = {}

    _community_id: int = 0

    def _show(self, settings, rows, audit, team, status, card, community_id) -> None:
        self._community_id = community_id
        self.community_name, self.tagline = settings.name, settings.tagline
        self.description, self.openness = settings.description, settings.openness
        self.visibility = settings.visibility
        self.languages = list(settings.languages)
        self.rows, self.audit, self.team = rows, audit, team
        self.archived, self.can_archive = status
        self.card = card
        self.draft_name, self.draft_tagline = settings.name, settings.tagline
        self.draft_openness = settings.openness
        self.draft_emphasis = {row.code: row.emphasis for row in rows}
        self.draft_targets = {row.code: row.target for row in rows}

    @rx.var
    def preview_card(self) -> CommunityCard:
        """The community's card on the home page, as it will look once saved."""
        focus = [
            FocusBadge(code=row.code, name=row.name, primary=True)
            for row in self.rows
            if self.draft_emphasis.get(row.code) == "primary"
        ]
        return dataclasses.replace(
            self.card,
            name=self.draft_name.strip() or self.card.name,
            tagline=self.draft_tagline.strip(),
            selective=self.draft_openness == "selective",
            focus=focus,
        )

    @rx.var
    def preview_targets(self) -> list[TargetPreview]:
        """The targets the health dashboard will judge the community by."""
        out = []
        for emphasis in ("primary", "secondary"):
            for row in self.rows:
                if self.draft_emphasis.get(row.code) != emphasis:
                    continue
                raw = self.draft_targets.get(row.code, "").strip()
                try:
                    value = float(raw) if raw else None
                except ValueError:
                    value = None
                out.append(
                    TargetPreview(
                        code=row.code,
                        name=row.name,
                        primary=emphasis == "primary",
                        target=row.phrase.format(value=f"{value:g}") if value else "",
                    )
                )
        return out

    @rx.event
    def preview_text(self, field: str, value: str):
        """Follow the name, tagline or openness as typed (nothing is saved)."""
        if not isinstance(value, str) or field not in _PREVIEW_FIELDS:
            return
        setattr(self, _PREVIEW_FIELDS[field], value[:200])

    @rx.event
    def preview_emphasis(self, code: str, value: str):
        if code in self.draft_emphasis and value in community_admin.EMPHASES:
            self.draft_emphasis = {**self.draft_emphasis, code: value}

    @rx.event
    def preview_target(self, code: str, value: str):
        if code in self.draft_targets and isinstance(value, str):
            self.draft_targets = {**self.draft_targets, code: value[:40]}

    @rx.event
    async def set_archived(self, archived: bool):
        if not isinstance(archived, bool):
            return rx.toast.error(t("profile.fix_errors"))
        return await self._call(
            _set_archived,
            "config.archived" if archived else "config.restored",
            archived=archived,
        )

    async def _call(self, fn, success: str, **kwargs):
        """Run a change for the signed-in caller; errors go beside fields or in a toast."""
        _, caller = await current_caller(self)
        if caller is None:
            return rx.toast.error(t("auth.sign_in_first"))
        try:
            self._show(  # and open community pages refresh now
                *await in_write_session(
                    publish_after(fn, lambda result: [live.community_topic(result[-1])]),
                    limit=write_limit(self, WriteKind.SETTINGS, caller.id),
                    slug=_slug(self.router.url.path),
                    caller=caller,
                    **kwargs,
                )
            )
        except FormError as exc:
            self.errors = dict(exc.errors)
            return rx.toast.error(t("profile.fix_errors"))
        except ServiceError as exc:
            return rx.toast.error(str(exc))
        self.errors = {}
        return rx.toast.success(t(success))

    @rx.event
    async def add_to_team(self, form: dict):
        if not isinstance(form, dict):
            return rx.toast.error(t("profile.fix_errors"))
        return await self._call(
            _add_to_team,
            "config.team_saved",
            email=str(form.get("team_email", ""))[:254],
            role=str(form.get("team_role", ""))[:20],
        )

    @rx.event
    async def remove_from_team(self, membership_id: int):
        if clean_id(membership_id) is None:
            return rx.toast.error(t("profile.fix_errors"))
        return await self._call(_remove_from_team, "config.team_saved", membership_id=membership_id)

    @rx.event
    async def save_settings(self, form: dict):
        if not isinstance(form, dict):
            return rx.toast.error(t("profile.fix_errors"))
        return await self._call(_save_settings, "config.settings_saved", form=form)

    @rx.event
    async def load(self):
        self.loaded = False
        auth_state, caller = await current_caller(self)
        slug = _slug(self.router.url.path)
        try:
            self._show(*await in_session(_view, slug=slug, caller=caller))
        except NotAllowedError as exc:
            return auth_state._refuse(str(exc), signed_in=caller is not None)
        self.community_slug, self.errors, self.loaded = slug, {}, True
        return None

    @rx.event
    async def save(self, form: dict):
        if not isinstance(form, dict):
            return rx.toast.error(t("profile.fix_errors"))
        return await self._call(_save, "config.saved", form=form)
