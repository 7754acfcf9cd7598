"""Profile page: a member edits what they tell about themselves."""

from __future__ import annotations

from datetime import date

import reflex as rx

from cop_app.i18n import fmt_date, t
from cop_app.models import FocusAreaCode, User
from cop_app.services.accounts import profiles
from cop_app.services.communities import catalogue
from cop_app.services.guards.authz import ServiceError, check_signed_in
from cop_app.services.guards.ratelimit import WriteKind
from cop_app.state.auth import current_caller
from cop_app.state.base import in_session, in_write_session, write_limit


def _user(session, user_id: int | None) -> User:
    return check_signed_in(session.get(User, user_id) if user_id else None)


def _load(session, *, user_id: int | None):
    form = profiles.get_profile_form(session, user=_user(session, user_id))
    return form, catalogue.focus_area_names(session)


def _save(session, *, user_id: int | None, form: profiles.ProfileForm) -> None:
    profiles.do_update_profile(session, user=_user(session, user_id), form=form)


def _tags(raw: object) -> list[str]:
    return [part.strip() for part in str(raw or "").split(",") if part.strip()][:50]


class ProfileState(rx.State):
    display_name: str = ""
    organisation: str = ""
    org_type: str = ""
    discipline: str = ""
    region: str = ""
    languages: list[str] = []
    focus_interests: list[str] = []
    can_help: str = ""
    looking_for: str = ""
    bio: str = ""
    time_zone: str = ""
    away_until: str = ""  # YYYY-MM-DD, "" when not away
    away_until_label: str = ""  # the same day as the member reads dates
    focus_names: dict[str, str] = {}
    errors: dict[str, str] = {}
    loaded: bool = False

    _browser_zone: str = ""

    def _show(self, form: profiles.ProfileForm) -> None:
        self.display_name = form.display_name
        self.organisation = form.organisation
        self.org_type = form.org_type
        self.discipline = form.discipline
        self.region = form.region
        self.languages = list(form.languages)
        self.focus_interests = list(form.focus_interests)
        self.can_help = ", ".join(form.can_help)
        self.looking_for = ", ".join(form.looking_for)
        self.bio = form.bio
        # Not chosen yet: the browser's zone, saved with the next save.
        auth_zone = form.time_zone or self._browser_zone
        self.time_zone = auth_zone or "UTC"
        self.away_until = form.away_until
        self.away_until_label = (
            fmt_date(date.fromisoformat(form.away_until)) if form.away_until else ""
        )

    @rx.event
    async def load(self):
        self.loaded = False
        auth, caller = await current_caller(self)
        if caller is None:
            return auth._refuse(t("auth.sign_in_first"), signed_in=False)
        self._browser_zone = auth.browser_zone()
        form, self.focus_names = await in_session(_load, user_id=caller.id)
        self._show(form)
        self.errors = {}
        self.loaded = True
        return None

    @rx.event
    async def save(self, data: dict):
        auth, caller = await current_caller(self)
        if caller is None:
            return rx.toast.error(t("auth.sign_in_first"))
        if not isinstance(data, dict):
            return rx.toast.error(t("profile.fix_errors"))
        form = profiles.ProfileForm(
            display_name=str(data.get("display_name", ""))[:500],
            organisation=str(data.get("organisation", ""))[:500],
            org_type=str(data.get("org_type", ""))[:40],
            discipline=str(data.get("discipline", ""))[:500],
            region=str(data.get("region", ""))[:500],
            languages=[code for code in profiles.LANGUAGE_CHOICES if data.get(f"lang_{code}")],
            can_help=_tags(data.get("can_help")),
            looking_for=_tags(data.get("looking_for")),
            bio=str(data.get("bio", ""))[:5000],
            focus_interests=[
                code.value for code in FocusAreaCode if data.get(f"focus_{code.value}")
            ],
            time_zone=str(data.get("time_zone", ""))[:64],
            away_until=str(data.get("away_until", ""))[:20],
        )
        try:
            await in_write_session(
                _save,
                limit=write_limit(self, WriteKind.PROFILE, caller.id),
                user_id=caller.id,
                form=form,
            )
        except profiles.ProfileError as exc:
            self.errors = dict(exc.errors)
            return rx.toast.error(t("profile.fix_errors"))
        except ServiceError as exc:
            return rx.toast.error(str(exc))
        self.errors = {}
        form, self.focus_names = await in_session(_load, user_id=caller.id)
        self._show(form)
        await auth._caller()  # the header shows the new name
        return rx.toast.success(t("profile.saved"))
