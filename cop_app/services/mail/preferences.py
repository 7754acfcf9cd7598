"""Each member's choice, per notification kind: off, in the app only, or in the
app and by email. No row means the default: what is addressed to the member
(mentions, replies to them, quotes of them) and help-desk requests to the
team by email; the rest in the app only."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime

from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col, select

from cop_app.models import MailChannel, MailPreference, NotificationKind, User, utcnow
from cop_app.services.guards.authz import NotAllowedError, check_signed_in

#: The order of the preferences page.
KINDS: tuple[NotificationKind, ...] = (
    NotificationKind.MENTION,
    NotificationKind.REPLY,
    NotificationKind.QUOTE,
    NotificationKind.HELPDESK_REQUEST,
    NotificationKind.TARGET_PASSED,
    NotificationKind.ANSWER_ACCEPTED,
    NotificationKind.WATCHED_POST,
    NotificationKind.NEW_THREAD,
    NotificationKind.JOIN_REQUEST,
    NotificationKind.JOIN_DECIDED,
)

DEFAULTS: Mapping[NotificationKind, MailChannel] = {
    kind: (
        MailChannel.EMAIL
        if kind
        in (
            NotificationKind.MENTION,
            NotificationKind.REPLY,
            NotificationKind.QUOTE,
            NotificationKind.HELPDESK_REQUEST,
        )
        else MailChannel.APP
    )
    for kind in KINDS
}


def channels_for(
    session: Session, *, user_ids: Iterable[int], kinds: Iterable[NotificationKind]
) -> dict[tuple[int, NotificationKind], MailChannel]:
    """(member, kind) -> channel in force, for every pair asked (one query)."""
    ids, wanted = sorted(set(user_ids)), list(dict.fromkeys(kinds))
    found = {(uid, kind): DEFAULTS[kind] for uid in ids for kind in wanted}
    if not ids or not wanted:
        return found
    rows = session.exec(
        select(MailPreference).where(
            col(MailPreference.user_id).in_(ids), col(MailPreference.kind).in_(wanted)
        )
    ).all()
    for row in rows:
        found[(row.user_id, NotificationKind(row.kind))] = MailChannel(row.channel)
    return found


def channels_of(session: Session, *, user_id: int) -> dict[NotificationKind, MailChannel]:
    found = channels_for(session, user_ids=[user_id], kinds=KINDS)
    return {kind: found[(user_id, kind)] for kind in KINDS}


def _upsert(
    session: Session, *, user_id: int, kind: NotificationKind, channel: MailChannel, now: datetime
) -> None:
    table = MailPreference.__table__  # type: ignore[attr-defined]
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    statement = insert(table).values(user_id=user_id, kind=kind, channel=channel, updated_at=now)
    session.execute(
        statement.on_conflict_do_update(
            index_elements=["user_id", "kind"], set_={"channel": channel, "updated_at": now}
        )
    )


def do_set_channels(
    session: Session,
    *,
    user: User | None,
    channels: Mapping[str, str],
    now: datetime | None = None,
) -> dict[NotificationKind, MailChannel]:
    """Save the member's own choices (only kinds and channels that exist); the
    caller's write session counts the allowance."""
    user = check_signed_in(user)
    parsed: dict[NotificationKind, MailChannel] = {}
    for raw_kind, raw_channel in channels.items():
        try:
            parsed[NotificationKind(raw_kind)] = MailChannel(raw_channel)
        except ValueError as exc:
            msg = "That is not one of the choices."
            raise NotAllowedError(msg) from exc
    now = now or utcnow()
    for kind, channel in parsed.items():
        _upsert(session, user_id=user.id or 0, kind=kind, channel=channel, now=now)
    session.flush()
    return channels_of(session, user_id=user.id or 0)


def do_unsubscribe(
    session: Session, *, user_id: int, kind: NotificationKind, now: datetime | None = None
) -> bool:
    """Mail of ``kind`` off for this member (kept in the app). The caller has
    checked the signed token. False when the member does not exist."""
    user = session.get(User, user_id)
    if user is None:
        return False
    now = now or utcnow()
    if channels_for(session, user_ids=[user_id], kinds=[kind])[(user_id, kind)] == (
        MailChannel.EMAIL
    ):
        _upsert(session, user_id=user_id, kind=kind, channel=MailChannel.APP, now=now)
        session.flush()
    return True
