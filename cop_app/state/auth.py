"""Who is calling: the signed-in member, resolved on the server for every check.

The session token lives in an HttpOnly cookie (see cop_app/auth_api.py) that
the browser sends with the websocket handshake; Reflex keeps request cookies
on the server. Every page load and every privileged handler resolves the
caller again from the database through :meth:`AuthState.caller`, so a session
revoked elsewhere stops working at once. The user id stays in a backend-only
var; the frontend vars here are only what the header shows.
"""

from __future__ import annotations

import dataclasses
import hashlib
import time
from http.cookies import CookieError, SimpleCookie
from urllib.parse import unquote

import reflex as rx
from reflex_base import constants
from reflex_base.config import get_config
from reflex_base.environment import environment

from cop_app import live, routes
from cop_app.i18n import is_time_zone, use_zone
from cop_app.routes import EXCHANGE_PATH, SIGN_OUT_PATH
from cop_app.services.accounts import auth
from cop_app.state import browser as browser_actions
from cop_app.state.base import in_session
from cop_app.web_security import SESSION_COOKIE, TIME_ZONE_COOKIE


@dataclasses.dataclass(frozen=True)
class Caller:
    """The signed-in member as handlers see it (detached from any db session)."""

    id: int
    display_name: str
    is_site_admin: bool
    session_id: int
    time_zone: str = ""  # "" until the member chooses one (then the browser's is used)


#: A tab's caller is looked up again at least this often (a session's idle
#: clock, its lifetime, ``last_seen_at``), and at once after any session ends
#: or any member's name or zone changes anywhere (:data:`live.AUTH_TOPIC`).
CALLER_CACHE_S = 30.0
CALLER_CACHE_SIZE = 20_000


class _Callers:
    """This process's checked callers, by the SHA-256 of their session token.
    An entry holds while the auth topic stays where it was when it was read:
    a sign-out or revocation in any worker moves it (the Redis bridge carries
    it), and every cached check is made again at the next event."""

    def __init__(self) -> None:
        self._entries: dict[str, tuple[Caller | None, int, float]] = {}
        self.lookups = 0  # database lookups made (tests)

    @staticmethod
    def key(token: str) -> str:
        return hashlib.sha256(token.encode()).hexdigest()

    def get(self, token: str) -> tuple[bool, Caller | None]:
        entry = self._entries.get(self.key(token))
        if entry is None:
            return False, None
        caller, version, at = entry
        fresh = (
            version == live.hub.version(live.AUTH_TOPIC) and time.monotonic() - at < CALLER_CACHE_S
        )
        return fresh, caller

    def put(self, token: str, caller: Caller | None, version: int) -> None:
        if len(self._entries) >= CALLER_CACHE_SIZE:
            self._entries.clear()  # rare: a full cache starts again
        self._entries[self.key(token)] = (caller, version, time.monotonic())

    def forget(self, token: str) -> None:
        self._entries.pop(self.key(token), None)


callers = _Callers()


async def check_caller(token: str) -> Caller | None:
    """The member signed in with ``token``, from this process's cache while no
    session ended and no name changed since it was read, else from the database."""
    fresh, caller = callers.get(token)
    if fresh:
        return caller
    version = live.hub.version(live.AUTH_TOPIC)  # before the read: a later move reads again
    callers.lookups += 1
    caller = await in_session(_lookup, token=token)
    callers.put(token, caller, version)
    return caller


def _lookup(session, *, token: str) -> Caller | None:
    found = auth.get_session_user(session, token=token)
    if found is None:
        return None
    user, user_session = found
    return Caller(
        id=user.id or 0,
        display_name=user.display_name,
        is_site_admin=user.is_site_admin,
        session_id=user_session.id or 0,
        time_zone=user.time_zone,
    )


def backend_url(path: str) -> str:
    """Where the browser posts to reach the backend's HTTP routes."""
    if environment.REFLEX_ENV_MODE.get() == constants.Env.PROD:
        return path  # single port: same origin
    return get_config().api_url.rstrip("/") + path


def post_form(action: str, fields: dict[str, str]) -> rx.event.EventSpec:
    """Make the browser submit a hidden POST form (a top-level navigation), without eval."""
    return browser_actions.post_form(action, fields)


def request_cookie(state: rx.State, name: str) -> str:
    """One cookie of the websocket's handshake request ("" when missing or
    unreadable); Reflex keeps request cookies on the server."""
    raw = state.router.headers.cookie
    if not raw:
        return ""
    jar = SimpleCookie()
    try:
        jar.load(raw)
    except CookieError:
        return ""
    morsel = jar.get(name)
    return morsel.value if morsel is not None else ""


class AuthState(rx.State):
    # What the header shows. Nothing here decides anything on the server.
    signed_in: bool = False
    display_name: str = ""
    show_admin_link: bool = False
    # A message to show after a refused page (e.g. "Only site admins ...").
    notice: str = ""

    _user_id: int | None = None

    def _token(self) -> str:
        return request_cookie(self, SESSION_COOKIE)

    def browser_zone(self) -> str:
        """The browser's own time zone (a cookie the page sets), if it is one."""
        zone = unquote(request_cookie(self, TIME_ZONE_COOKIE))
        return zone if is_time_zone(zone) else ""

    async def _caller(self) -> Caller | None:
        """The signed-in member, checked against the database now; None if anonymous."""
        token = self._token()
        found = await check_caller(token) if token else None
        self._user_id = found.id if found else None
        # Dates this handler formats are in the member's zone, else the browser's.
        use_zone((found.time_zone if found else "") or self.browser_zone())
        # Assigned only when changed: every handler asks, and an assigned var is
        # resent and re-rendered (the header) even when its value is the same.
        shown = (found is not None, found.display_name if found else "")
        admin = bool(found and found.is_site_admin)
        if (self.signed_in, self.display_name) != shown:
            self.signed_in, self.display_name = shown
        if self.show_admin_link != admin:
            self.show_admin_link = admin
        return found

    def _refuse(self, message: str, *, signed_in: bool) -> rx.event.EventSpec:
        """Leave a page the caller may not see, saying why."""
        self.notice = message
        if signed_in:
            return rx.redirect(routes.HOME)
        return rx.redirect(f"{routes.LOGIN}?next={self.router.url.path}")

    @rx.event
    async def refresh(self):
        """On every page load: who is this (for the header)."""
        await self._caller()

    @rx.event
    def dismiss_notice(self):
        self.notice = ""

    @rx.event
    async def sign_out(self):
        """Revoke this browser's session, then clear its cookie."""
        token = self._token()
        if token:
            callers.forget(token)
            await in_session(lambda s: auth.do_sign_out(s, token=token))
        self._user_id = None
        self.signed_in = False
        self.display_name = ""
        self.show_admin_link = False
        return post_form(backend_url(SIGN_OUT_PATH), {})

    def _finish_sign_in(self, handoff_code: str, next_path: str) -> rx.event.EventSpec:
        """Trade the one-time code for the HttpOnly session cookie, then go on."""
        return post_form(backend_url(EXCHANGE_PATH), {"code": handoff_code, "next": next_path})


async def current_caller(state: rx.State) -> tuple[AuthState, Caller | None]:
    """From any page state's handler: the AuthState and the caller, checked now."""
    auth_state = await state.get_state(AuthState)
    return auth_state, await auth_state._caller()
