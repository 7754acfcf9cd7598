"""Mail pages: a forgotten password, a reset link, a confirmation link, an
unsubscribe link, a member's mail choices, and the site admin's email log.

Every mutating handler checks on the server who calls (or, for a mailed link,
the link's own token) and carries its field errors beside each field."""

from __future__ import annotations

import dataclasses

import reflex as rx

from cop_app import routes
from cop_app.i18n import t
from cop_app.models import MailChannel, User
from cop_app.services.accounts import recovery
from cop_app.services.guards.authz import NotAllowedError, ServiceError, check_signed_in
from cop_app.services.guards.ratelimit import RateLimitedError, WriteKind
from cop_app.services.mail import maillog, preferences, settings, unsubscribe
from cop_app.services.mail.tokens import TokenProblem
from cop_app.state.auth import AuthState, current_caller
from cop_app.state.base import (
    clean_id,
    in_account_write,
    in_session,
    in_write_session,
    write_limit,
)

MAX_FIELD = 1024


def _text(form: object, key: str, limit: int = MAX_FIELD) -> str:
    value = form.get(key, "") if isinstance(form, dict) else ""
    return value[:limit] if isinstance(value, str) else ""


def _query(state: rx.State, name: str) -> str:
    value = state.router.url.query_parameters.get(name, "")
    return value[:300] if isinstance(value, str) else ""


# --------------------------------------------------------------------------- forgot / reset


class ForgotState(rx.State):
    sent: str = ""  # what the page says once asked (the same for any address)
    errors: dict[str, str] = {}
    error: str = ""
    delivers: bool = True

    @rx.event
    def open(self):
        self.sent, self.errors, self.error = "", {}, ""
        self.delivers = settings.current().delivers

    @rx.event
    async def submit(self, form: dict):
        email = _text(form, "email", 254).strip()
        if not email:
            self.errors = {"email": t("login.email_missing")}
            return
        try:
            await in_account_write(
                recovery.do_request_reset,
                email=email,
                client_ip=self.router.session.client_ip or "",
            )
        except recovery.RecoveryFormError as exc:
            self.errors, self.error = dict(exc.errors), ""
            return
        except RateLimitedError as exc:
            self.errors, self.error = {}, str(exc)
            return
        self.errors, self.error = {}, ""
        self.sent = t("forgot.sent", email=email)


_LINK_MESSAGES = {
    TokenProblem.INVALID: "reset.invalid",
    TokenProblem.USED: "reset.used",
    TokenProblem.EXPIRED: "reset.expired",
}


class ResetState(rx.State):
    problem: str = ""  # why the link cannot be used; "" when it can
    checked: bool = False
    errors: dict[str, str] = {}

    @rx.event
    async def open(self):
        self.checked, self.errors = False, {}
        found = await in_session(recovery.check_reset_link, raw=_query(self, "t"))
        self.problem = t(_LINK_MESSAGES[found]) if found is not None else ""
        self.checked = True

    @rx.event
    async def submit(self, form: dict):
        password = _text(form, "password")
        if not password:
            self.errors = {"password": t("login.password_missing")}
            return None
        try:
            code = await in_account_write(
                recovery.do_reset_password,
                raw=_query(self, "t"),
                password=password,
                client_ip=self.router.session.client_ip or "",
                user_agent=self.router.headers.user_agent or "",
            )
        except recovery.RecoveryFormError as exc:
            self.errors = dict(exc.errors)
            return None
        except recovery.LinkError as exc:
            self.problem, self.errors = t(_LINK_MESSAGES[exc.problem]), {}
            return None
        self.errors = {}
        auth_state = await self.get_state(AuthState)
        return auth_state._finish_sign_in(code, routes.HOME)


_CONFIRM_MESSAGES = {
    TokenProblem.INVALID: "confirm.invalid",
    TokenProblem.USED: "confirm.used",
    TokenProblem.EXPIRED: "confirm.expired",
}


class ConfirmState(rx.State):
    """A confirmation link, opened: the page checks it and offers the button
    that uses it (a mail scanner opening the link uses nothing). It does not
    sign in: the member signs in with the password they chose (a new account),
    or goes on (a changed address)."""

    message: str = ""
    ok: bool = False
    checked: bool = False  # the link was looked at
    usable: bool = False  # ... and can be used: the button shows
    done: bool = False  # used (ok) or refused (message says why)
    change: bool = False  # an address change, not a new account
    errors: dict[str, str] = {}

    @rx.event
    async def open(self):
        self.done, self.ok, self.message, self.checked = False, False, "", False
        self.errors = {}
        self.change = _query(self, "change") == "1"
        problem = await in_session(
            recovery.check_confirm_link, raw=_query(self, "t"), change=self.change
        )
        self.usable = problem is None
        if problem is not None:
            self.message, self.done = t(_CONFIRM_MESSAGES[problem]), True
        self.checked = True

    @rx.event
    async def confirm(self, form: dict | None = None):
        change = _query(self, "change") == "1"
        raw = _query(self, "t")
        client_ip = self.router.session.client_ip or ""
        try:
            if change:
                user = await in_account_write(recovery.do_confirm_address, raw=raw, change=True)
                code = None
            else:
                code = await in_account_write(
                    recovery.do_confirm_and_sign_in,
                    raw=raw,
                    password=_text(form, "password"),
                    client_ip=client_ip,
                    user_agent=self.router.headers.user_agent or "",
                )
        except recovery.LinkError as exc:
            self.message, self.done, self.usable = t(_CONFIRM_MESSAGES[exc.problem]), True, False
            return None
        except recovery.RecoveryFormError as exc:
            self.errors = dict(exc.errors)
            if _text(form, "password"):  # a wrong one counts as a failed sign-in
                await in_account_write(_wrong_link_password, raw=raw, client_ip=client_ip)
            return None
        except ServiceError as exc:  # too many failed sign-ins for now
            self.errors = {"password": str(exc)}
            return None
        self.errors = {}
        self.ok, self.done, self.usable, self.change = True, True, False, change
        if code is None:
            self.message = t("confirm.changed", email=user.email)
            return None
        self.message = t("confirm.done")
        auth_state = await self.get_state(AuthState)
        return auth_state._finish_sign_in(code, routes.ONBOARDING)


def _wrong_link_password(session, *, raw: str, client_ip: str) -> None:
    recovery.do_record_wrong_password(
        session, user=recovery.link_owner(session, raw=raw), client_ip=client_ip
    )


# --------------------------------------------------------------------------- unsubscribe


class UnsubscribeState(rx.State):
    valid: bool = False
    done: bool = False
    checked: bool = False
    question: str = ""
    outcome: str = ""

    @rx.event
    async def open(self):
        self.checked, self.done = False, False
        target = await in_session(unsubscribe.read, token=_query(self, "t"))
        self.valid = target is not None
        self.question = (
            t("unsub.question", email=target.email, kind=target.kind_label) if target else ""
        )
        self.checked = True

    @rx.event
    async def confirm(self):
        target = await in_account_write(unsubscribe.do_one_click, token=_query(self, "t"))
        self.valid = target is not None
        self.done = target is not None
        self.outcome = t("unsub.done", kind=target.kind_label) if target else ""


# --------------------------------------------------------------------------- preferences


@dataclasses.dataclass(frozen=True)
class KindRow:
    kind: str
    label: str
    channel: str


def _prefs(session, *, user_id: int) -> tuple[list[KindRow], str]:
    user = check_signed_in(session.get(User, user_id))
    chosen = preferences.channels_of(session, user_id=user_id)
    rows = [
        KindRow(kind=kind.value, label=t(f"mail.kind.{kind.value}"), channel=chosen[kind].value)
        for kind in preferences.KINDS
    ]
    return rows, user.email


def _save(session, *, user_id: int, channels: dict[str, str]) -> None:
    preferences.do_set_channels(session, user=session.get(User, user_id), channels=channels)


def _wrong_password(session, *, user_id: int, client_ip: str) -> None:
    recovery.do_record_wrong_password(session, user=session.get(User, user_id), client_ip=client_ip)


def _change(
    session, *, user_id: int, new_email: str, password: str, client_ip: str
) -> tuple[str, bool]:
    return recovery.do_request_address_change(
        session,
        user=session.get(User, user_id),
        new_email=new_email,
        password=password,
        client_ip=client_ip,
    )


class MailPrefsState(rx.State):
    """The member's own choices; every handler acts for the caller only."""

    rows: list[KindRow] = []
    email: str = ""
    delivers: bool = False
    loaded: bool = False
    errors: dict[str, str] = {}
    change_sent_to: str = ""  # the message once a change link is sent
    intro: str = ""
    address_line: str = ""

    @rx.event
    async def load(self):
        self.loaded, self.errors, self.change_sent_to = False, {}, ""
        auth_state, caller = await current_caller(self)
        if caller is None:
            return auth_state._refuse(t("auth.sign_in_first"), signed_in=False)
        self.rows, self.email = await in_session(_prefs, user_id=caller.id)
        current = settings.current()
        self.delivers = current.delivers
        minutes = f"{current.batch_window.total_seconds() / 60:g}"
        self.intro = t("prefs.intro", minutes=minutes)
        self.address_line = t("prefs.address_current", email=self.email)
        self.loaded = True
        return None

    @rx.event
    async def save(self, form: dict):
        _, caller = await current_caller(self)
        if caller is None:
            return rx.toast.error(t("auth.sign_in_first"))
        allowed = {kind.value for kind in preferences.KINDS}
        channels = {
            key: value
            for key, value in (form.items() if isinstance(form, dict) else [])
            if key in allowed and value in {c.value for c in MailChannel}
        }
        try:
            await in_write_session(
                _save,
                limit=write_limit(self, WriteKind.PREFERENCE, caller.id),
                user_id=caller.id,
                channels=channels,
            )
        except ServiceError as exc:
            return rx.toast.error(str(exc))
        self.rows, self.email = await in_session(_prefs, user_id=caller.id)
        return rx.toast.success(t("prefs.saved"))

    @rx.event
    async def change_address(self, form: dict):
        _, caller = await current_caller(self)
        if caller is None:
            return rx.toast.error(t("auth.sign_in_first"))
        try:
            address, changed = await in_account_write(
                _change,
                user_id=caller.id,
                new_email=_text(form, "new_email", 254),
                password=_text(form, "current_password"),
                client_ip=self.router.session.client_ip or "",
            )
        except recovery.RecoveryFormError as exc:
            self.errors = {
                ("current_password" if k == "password" else k): v for k, v in exc.errors.items()
            }
            if "password" in exc.errors:  # counts as a failed sign-in of the account
                await in_account_write(
                    _wrong_password,
                    user_id=caller.id,
                    client_ip=self.router.session.client_ip or "",
                )
            return None
        except ServiceError as exc:
            self.errors = {}
            return rx.toast.error(str(exc))
        self.errors = {}
        if changed:
            self.email = address
            self.address_line = t("prefs.address_current", email=address)
            return rx.toast.success(t("confirm.changed", email=address))
        self.change_sent_to = t("prefs.change_sent", email=address)
        return None


# --------------------------------------------------------------------------- the email log


class MailLogState(rx.State):
    rows: list[maillog.LogRow] = []
    more: bool = False
    search: str = ""
    status: str = ""
    loaded: bool = False
    mode: str = ""
    # The message opened (never account mail: the service refuses it).
    opened: maillog.Opened | None = None

    async def _rows(self, caller_id: int, before_id: int | None = None):
        return await in_session(
            maillog.list_for_admin,
            admin_id=caller_id,
            recipient=self.search,
            status=self.status,
            before_id=before_id,
        )

    @rx.event
    async def load(self):
        self.loaded, self.opened = False, None
        auth_state, caller = await current_caller(self)
        try:
            rows, self.more = await self._rows(caller.id if caller else 0)
        except NotAllowedError as exc:
            return auth_state._refuse(str(exc), signed_in=caller is not None)
        self.rows = rows
        self.mode = maillog.mode_text()
        self.loaded = True
        return None

    @rx.event
    async def filter(self, form: dict):
        _, caller = await current_caller(self)
        self.search = _text(form, "recipient", 254).strip()
        status = _text(form, "status", 20)
        self.status = status if status in maillog.STATUSES else ""
        try:
            self.rows, self.more = await self._rows(caller.id if caller else 0)
        except NotAllowedError as exc:
            return rx.toast.error(str(exc))
        self.opened = None
        return None

    @rx.event
    async def show_more(self):
        _, caller = await current_caller(self)
        if not self.rows:
            return None
        try:
            rows, self.more = await self._rows(caller.id if caller else 0, self.rows[-1].id)
        except NotAllowedError as exc:
            return rx.toast.error(str(exc))
        self.rows = self.rows + rows
        return None

    @rx.event
    async def open_message(self, mail_id: int):
        _, caller = await current_caller(self)
        wanted = clean_id(mail_id)
        if wanted is None:
            return rx.toast.error(t("maillog.none"))
        try:
            self.opened = await in_session(
                maillog.open_for_admin, admin_id=caller.id if caller else 0, mail_id=wanted
            )
        except NotAllowedError as exc:
            self.opened = None
            return rx.toast.error(str(exc))
        return None

    @rx.event
    def close_message(self):
        self.opened = None
