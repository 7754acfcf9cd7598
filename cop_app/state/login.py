"""Sign in and sign up: validate on the server, then hand the session to the cookie."""

from __future__ import annotations

import reflex as rx

from cop_app import routes
from cop_app.i18n import t
from cop_app.routes import safe_next
from cop_app.services.accounts import auth
from cop_app.state.auth import AuthState, request_cookie
from cop_app.state.base import in_session
from cop_app.web_security import DEVICE_COOKIE

MAX_FIELD = 1024


def _text(form: dict, key: str, limit: int = MAX_FIELD) -> str:
    value = form.get(key, "")
    return value[:limit] if isinstance(value, str) else ""


class LoginState(rx.State):
    error: str = ""
    errors: dict[str, str] = {}

    @rx.event
    async def open(self):
        self.error = ""
        self.errors = {}
        if self.router.url.query_parameters.get("expired"):
            self.error = t("login.expired")

    @rx.event
    async def submit(self, form: dict):
        if not isinstance(form, dict):
            return
        email, password = _text(form, "email", 254), _text(form, "password")
        # An empty field is said beside it (the browser's own check is a bubble
        # that goes away); nothing is tried, nothing counts as a failed sign-in.
        self.errors = {
            key: t(message)
            for key, value, message in (
                ("email", email.strip(), "login.email_missing"),
                ("password", password, "login.password_missing"),
            )
            if not value
        }
        if self.errors:
            self.error = ""
            return None
        target = safe_next(self.router.url.query_parameters.get("next"), routes.HOME)
        outcome = await in_session(
            auth.do_sign_in,
            email=email,
            password=password,
            client_ip=self.router.session.client_ip,
            user_agent=self.router.headers.user_agent,
            # HttpOnly: the server reads it from the websocket's request headers.
            device_token=request_cookie(self, DEVICE_COOKIE),
        )
        if outcome.handoff_code is None:
            self.error = outcome.message
            return None
        self.error = ""
        auth_state = await self.get_state(AuthState)
        auth_state.notice = ""
        return auth_state._finish_sign_in(outcome.handoff_code, target)


class SignupState(rx.State):
    errors: dict[str, str] = {}
    error: str = ""
    # With mail delivered: "check your email", the same for any address.
    check_email: str = ""

    @rx.event
    def open(self):
        self.errors = {}
        self.error = ""
        self.check_email = ""

    @rx.event
    async def submit(self, form: dict):
        if not isinstance(form, dict):
            return None
        try:
            code = await in_session(
                auth.do_sign_up,
                email=_text(form, "email", 254),
                display_name=_text(form, "display_name", 200),
                password=_text(form, "password"),
                client_ip=self.router.session.client_ip,
                user_agent=self.router.headers.user_agent,
            )
        except auth.SignUpError as exc:
            self.errors, self.error = dict(exc.errors), ""
            return None
        except auth.RateLimitedError as exc:
            self.errors, self.error = {}, str(exc)
            return None
        self.errors, self.error = {}, ""
        if isinstance(code, auth.CheckYourEmail):
            self.check_email = t("signup.check_email", email=code.email)
            return None
        auth_state = await self.get_state(AuthState)
        return auth_state._finish_sign_in(code, routes.ONBOARDING)
