"""Signed-in devices: a member sees where they are signed in and ends any of it."""

from __future__ import annotations

import dataclasses

import reflex as rx

from cop_app.i18n import fmt_ago, t, tn
from cop_app.models import User
from cop_app.services.accounts import auth
from cop_app.services.guards.authz import ServiceError, check_signed_in
from cop_app.services.guards.ratelimit import WriteKind
from cop_app.state.auth import AuthState, Caller, current_caller
from cop_app.state.base import clean_id, in_session, in_write_session, write_limit


@dataclasses.dataclass(frozen=True)
class SessionRow:
    id: int
    device: str
    signed_in: str
    last_seen: str
    current: bool


def _rows(session, *, caller: Caller) -> list[SessionRow]:
    user = check_signed_in(session.get(User, caller.id))
    return [
        SessionRow(
            id=s.id or 0,
            device=auth.describe_user_agent(s.user_agent),
            signed_in=fmt_ago(s.created_at),
            last_seen=fmt_ago(s.last_seen_at),
            current=s.id == caller.session_id,
        )
        for s in auth.list_active_sessions(session, user=user)
    ]


def _end_one(session, *, caller: Caller, session_id: int) -> None:
    user = check_signed_in(session.get(User, caller.id))
    auth.do_revoke_session(session, user=user, session_id=session_id)


def _end_others(session, *, caller: Caller, token: str) -> int:
    user = check_signed_in(session.get(User, caller.id))
    return auth.do_revoke_other_sessions(session, user=user, keep_token=token)


class SessionsState(rx.State):
    rows: list[SessionRow] = []
    loaded: bool = False

    @rx.event
    async def load(self):
        self.loaded = False
        auth_state, caller = await current_caller(self)
        if caller is None:
            return auth_state._refuse(t("auth.sign_in_first"), signed_in=False)
        self.rows = await in_session(_rows, caller=caller)
        self.loaded = True
        return None

    @rx.event
    async def end(self, session_id: int):
        _, caller = await current_caller(self)
        if caller is None:
            return rx.toast.error(t("auth.sign_in_first"))
        if clean_id(session_id) is None:
            return rx.toast.error(t("sessions.unknown"))
        if session_id == caller.session_id:
            return AuthState.sign_out
        try:
            await in_write_session(
                _end_one,
                limit=write_limit(self, WriteKind.SESSION, caller.id),
                caller=caller,
                session_id=session_id,
            )
        except ServiceError as exc:
            return rx.toast.error(str(exc))
        self.rows = await in_session(_rows, caller=caller)
        return rx.toast.success(t("sessions.ended"))

    @rx.event
    async def end_others(self):
        auth_state, caller = await current_caller(self)
        if caller is None:
            return rx.toast.error(t("auth.sign_in_first"))
        try:
            count = await in_write_session(
                _end_others,
                limit=write_limit(self, WriteKind.SESSION, caller.id),
                caller=caller,
                token=auth_state._token(),
            )
        except ServiceError as exc:
            return rx.toast.error(str(exc))
        self.rows = await in_session(_rows, caller=caller)
        return rx.toast.success(tn("sessions.ended_others", count))
