"""The focus-area catalogue as site admins reword it (/admin/focus-areas)."""

from __future__ import annotations

import reflex as rx

from cop_app.i18n import t
from cop_app.models import User
from cop_app.services.accounts.profiles import FormError
from cop_app.services.communities import admin, catalogue
from cop_app.services.communities.community_admin import AuditView
from cop_app.services.guards.authz import NotAllowedError, ServiceError, check_site_admin
from cop_app.services.guards.ratelimit import WriteKind
from cop_app.state.auth import Caller, current_caller
from cop_app.state.base import in_session, in_write_session, write_limit


def _user(session, caller: Caller | None) -> User | None:
    return session.get(User, caller.id) if caller is not None else None


def _view(session, *, caller: Caller | None):
    user = check_site_admin(_user(session, caller))
    return catalogue.list_focus_areas(session), admin.list_catalogue_audit(session, by=user)


def _save(session, *, caller: Caller | None, form: dict):
    code = str(form.get("code", ""))[:40]
    admin.do_update_focus_area(
        session,
        by=_user(session, caller),
        code=code,
        name=str(form.get("name", ""))[:1000],
        description=str(form.get("description", ""))[:5000],
        examples=str(form.get("examples", ""))[:5000],
        signals=str(form.get("signals", ""))[:5000],
    )
    return _view(session, caller=caller)


class CatalogueState(rx.State):
    areas: list[catalogue.FocusAreaView] = []
    audit: list[AuditView] = []
    errors: dict[str, str] = {}
    loaded: bool = False

    @rx.event
    async def load(self):
        self.loaded = False
        auth_state, caller = await current_caller(self)
        try:
            self.areas, self.audit = await in_session(_view, caller=caller)
        except NotAllowedError as exc:
            return auth_state._refuse(str(exc), signed_in=caller is not None)
        self.errors, self.loaded = {}, True
        return None

    @rx.event
    async def save(self, form: dict):
        _, caller = await current_caller(self)
        if caller is None:
            return rx.toast.error(t("auth.sign_in_first"))
        if not isinstance(form, dict):
            return rx.toast.error(t("profile.fix_errors"))
        try:
            self.areas, self.audit = await in_write_session(
                _save,
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
        return rx.toast.success(t("catalogue.saved"))
