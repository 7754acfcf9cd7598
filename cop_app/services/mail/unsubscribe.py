"""Unsubscribing by a mailed link: one kind of mail, one member, no sign-in."""

from __future__ import annotations

import dataclasses

from sqlmodel import Session

from cop_app.i18n import t
from cop_app.models import NotificationKind, User
from cop_app.services.mail import preferences, tokens


@dataclasses.dataclass(frozen=True)
class Target:
    """What a genuine link would turn off (shown before the member confirms)."""

    user_id: int
    kind: NotificationKind
    email: str  # masked
    kind_label: str


def read(session: Session, *, token: str) -> Target | None:
    found = tokens.read_unsubscribe_token(token)
    if found is None:
        return None
    user_id, kind = found
    user = session.get(User, user_id)
    if user is None:
        return None
    return Target(user_id, kind, _masked(user.email), t(f"mail.kind.{kind.value}"))


def _masked(address: str) -> str:
    """Enough of the address for its owner to know it, not for whoever the mail
    was forwarded to: ``m•••@example.org``."""
    local, _, domain = address.partition("@")
    return f"{local[:1]}•••@{domain}"


def do_one_click(session: Session, *, token: str) -> Target | None:
    """Turn the link's kind off for its member; None (nothing changed) for a bad token."""
    target = read(session, token=token)
    if target is None:
        return None
    preferences.do_unsubscribe(session, user_id=target.user_id, kind=target.kind)
    return target
