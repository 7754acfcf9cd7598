"""The sender: every app process runs one (a lifespan task), and between them
each mail goes out once — at least once across a crash, never as a new message.

A round, in one transaction: take the due rows (``FOR UPDATE SKIP LOCKED`` on
PostgreSQL, so two workers never take the same row), compose each gathering
mail whose window has closed (or skip it, saying why), and lease the queued
ones to this process (``claimed_until``). Then, outside any transaction, hand
them to the SMTP server one by one, and mark each one sent as soon as the
server has taken it. A process killed between the server's acceptance and that
mark leaves the lease to run out: another round resends the very same stored
message (same ``Message-ID``). A refusal or a server that is down puts the mail
back with a growing delay; after :data:`MAX_ATTEMPTS` it is marked failed, with
the server's reason for the site admin. With no SMTP server configured, a mail
is marked delivered to the local mailbox instead.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.policy
import logging
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage

import aiosmtplib
import sqlalchemy as sa
from sqlmodel import Session, col, select

from cop_app.background import Loop
from cop_app.db import session_scope
from cop_app.models import (
    MailChannel,
    MailKind,
    MailMessage,
    MailStatus,
    NotificationKind,
    User,
    utcnow,
)
from cop_app.services.mail import messages, outbox, preferences, settings
from cop_app.services.reach import notifications

#: Rows taken per round (the most a crash can make resend).
ROUND = settings.ROUND_SIZE
MAX_ATTEMPTS = 8
BACKOFF_BASE = timedelta(seconds=30)
BACKOFF_MAX = timedelta(hours=2)
POLL_S = 5.0

_log = logging.getLogger(__name__)


# --------------------------------------------------------------------------- composing


def _skip(row: MailMessage, why: str) -> None:
    row.status = MailStatus.SKIPPED
    row.detail = why[:300]
    row.gather_key = None


def compose_gathered(session: Session, row: MailMessage, *, now: datetime) -> None:
    """Close a gathering mail: queue it with what its member should still be
    told, or skip it and say why."""
    row.gather_key = None
    user = session.get(User, row.user_id) if row.user_id else None
    if user is None or not user.is_active:
        return _skip(row, "The account is closed.")
    if user.away_until is not None and user.away_until > now:
        return _skip(row, "The member is away.")
    if user.email_confirmed_at is None and settings.current().delivers:
        return _skip(row, "The address is not confirmed yet.")
    items = notifications.for_mail(session, mail_id=row.id or 0, user=user)
    if not items:
        return _skip(row, "Nothing in it the member may still see.")
    unread = [item for item in items if item.notification.read_at is None]
    if not unread:
        return _skip(row, "Read in the app first.")
    kinds = [NotificationKind(item.notification.kind) for item in unread]
    urgent = any(kind in outbox.AT_ONCE for kind in kinds)
    if not urgent and user.last_seen_at is not None and user.last_seen_at > row.created_at:
        return _skip(row, "The member was on the site meanwhile.")
    chosen = preferences.channels_for(session, user_ids=[user.id or 0], kinds=kinds)
    emailed = [
        item
        for item, kind in zip(unread, kinds, strict=True)
        if chosen[(user.id or 0, kind)] == MailChannel.EMAIL
    ]
    if not emailed:
        return _skip(row, "The member turned this mail off.")
    kind = messages.leading_kind([NotificationKind(i.notification.kind) for i in emailed])
    composed, headers = messages.activity(user=user, items=emailed, kind=kind, now=now)
    row.kind = MailKind(kind.value)
    row.to_address = user.email
    row.subject = composed.subject
    row.body_text = composed.text
    row.body_html = composed.html
    row.headers = headers
    row.status = MailStatus.QUEUED
    row.run_after = now
    return None


# --------------------------------------------------------------------------- a round


def _due(session: Session, *, now: datetime, limit: int) -> list[MailMessage]:
    query = (
        select(MailMessage)
        .where(
            col(MailMessage.status).in_([MailStatus.GATHERING, MailStatus.QUEUED]),
            col(MailMessage.run_after) <= now,
        )
        .where((col(MailMessage.claimed_until).is_(None)) | (col(MailMessage.claimed_until) < now))
        .order_by(col(MailMessage.run_after), col(MailMessage.id))
        .limit(limit)
    )
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    return list(session.exec(query).all())


def claim(session: Session, *, now: datetime | None = None, limit: int = ROUND) -> list[int]:
    """One round's rows: gathered mail composed (or skipped), queued mail leased
    to this process; the ids to send now. The caller commits."""
    return _take(session, now=now or utcnow(), limit=limit)[0]


def _take(session: Session, *, now: datetime, limit: int) -> tuple[list[int], int]:
    """:func:`claim`, and how many due rows the round took (closing gathered
    mail takes rows too, with nothing to send)."""
    lease = settings.current().lease
    claimed = []
    due = _due(session, now=now, limit=limit)
    for row in due:
        if row.status == MailStatus.GATHERING:
            compose_gathered(session, row, now=now)
        if row.status == MailStatus.QUEUED:
            row.claimed_until = now + lease
            row.attempts += 1
            claimed.append(row.id or 0)
        session.add(row)
    session.flush()
    return claimed, len(due)


def next_due(session: Session) -> datetime | None:
    """When the next mail can be taken (to sleep until then): its due time, or
    the end of the lease another sender holds on it."""
    takeable = sa.case(
        (
            col(MailMessage.claimed_until) > col(MailMessage.run_after),
            col(MailMessage.claimed_until),
        ),
        else_=col(MailMessage.run_after),
    )
    found = session.exec(
        select(sa.func.min(takeable)).where(
            col(MailMessage.status).in_([MailStatus.GATHERING, MailStatus.QUEUED])
        )
    ).first()
    if found is None:
        return None
    # SQLite hands an aggregate of a timestamp back as text, without a zone.
    moment = datetime.fromisoformat(found) if isinstance(found, str) else found
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def build(row: MailMessage, mail_from: str) -> EmailMessage:
    """The message exactly as stored: a resend is byte-for-byte the same mail."""
    message = EmailMessage(policy=email.policy.SMTP)
    message["From"] = mail_from
    message["Subject"] = row.subject
    message["Message-ID"] = row.message_id
    for name, value in row.headers.items():
        message[name] = value
    if "To" not in row.headers:
        message["To"] = row.to_address
    message.set_content(row.body_text)
    if row.body_html:
        message.add_alternative(row.body_html, subtype="html")
    return message


def _finish(
    url: str | None,
    row_id: int,
    *,
    sent: bool,
    local: bool = False,
    error: str = "",
    permanent: bool = False,
) -> None:
    now = utcnow()
    with session_scope(url, write=True) as session:
        row = session.get(MailMessage, row_id)
        if row is None or row.status != MailStatus.QUEUED:
            return
        row.claimed_until = None
        if sent:
            row.status = MailStatus.SENT
            row.sent_at = now
            row.local = local
            row.detail = "Kept in the local mailbox: no mail server is configured." if local else ""
            if row.private:  # its links are spent on delivery; nobody reads it here
                row.body_text = row.body_html = ""
        elif permanent or row.attempts >= MAX_ATTEMPTS:
            row.status = MailStatus.FAILED
            row.detail = error[:300]
            if row.private:
                row.body_text = row.body_html = ""
        else:
            row.detail = f"Will try again: {error}"[:300]
            row.run_after = now + min(BACKOFF_MAX, BACKOFF_BASE * 2 ** (row.attempts - 1))
        session.add(row)


def _load(url: str | None, ids: list[int]) -> list[MailMessage]:
    with session_scope(url) as session:
        rows = session.exec(select(MailMessage).where(col(MailMessage.id).in_(ids))).all()
        for row in rows:
            session.expunge(row)
        return sorted(rows, key=lambda r: r.id or 0)


async def _send(url: str | None, ids: list[int]) -> None:
    current = settings.current()
    rows = await asyncio.to_thread(_load, url, ids)
    if current.smtp is None:
        for row in rows:
            await asyncio.to_thread(_finish, url, row.id or 0, sent=True, local=True)
        return
    smtp = current.smtp
    client = aiosmtplib.SMTP(
        hostname=smtp.host,
        port=smtp.port,
        use_tls=smtp.use_tls,
        start_tls=smtp.start_tls,
        timeout=current.timeout_s,
    )
    reason = ""
    try:
        await client.connect()
    except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
        reason = f"The mail server could not be reached: {exc}"
    else:
        try:
            if smtp.username:
                await client.login(smtp.username, smtp.password)
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
            reason = f"The mail server refused our sign-in: {exc}"
            with contextlib.suppress(Exception):
                client.close()
    if reason:
        for row in rows:
            await asyncio.to_thread(_finish, url, row.id or 0, sent=False, error=reason)
        return
    try:
        for row in rows:
            try:
                await client.send_message(build(row, current.mail_from))
            except aiosmtplib.SMTPResponseException as exc:
                await asyncio.to_thread(
                    _finish,
                    url,
                    row.id or 0,
                    sent=False,
                    error=f"{exc.code} {exc.message}",
                    permanent=exc.code >= 500,
                )
                continue
            except aiosmtplib.SMTPRecipientsRefused as exc:
                # "450 later" (greylisting) is tried again; "550 no such user" is not.
                refusals = exc.recipients
                await asyncio.to_thread(
                    _finish,
                    url,
                    row.id or 0,
                    sent=False,
                    error="; ".join(f"{r.code} {r.message}" for r in refusals) or str(exc),
                    permanent=bool(refusals) and all(r.code >= 500 for r in refusals),
                )
                continue
            except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
                await asyncio.to_thread(_finish, url, row.id or 0, sent=False, error=str(exc))
                continue
            await asyncio.to_thread(_finish, url, row.id or 0, sent=True)
    finally:
        with contextlib.suppress(Exception):
            await client.quit()


def _claim_round(url: str | None) -> tuple[list[int], int]:
    with session_scope(url, write=True) as session:
        return _take(session, now=utcnow(), limit=ROUND)


async def drain(url: str | None = None, *, max_rounds: int = 10_000) -> int:
    """Send everything due now; how many mails were handed over."""
    handed = 0
    for _ in range(max_rounds):
        ids, took = await asyncio.to_thread(_claim_round, url)
        if not took:  # nothing due that this process could take
            return handed
        if not ids:  # the round only closed gathered mail: look again
            continue
        await _send(url, ids)
        handed += len(ids)
    return handed


class Sender(Loop):
    """This process's sender (one asyncio task; database work in threads)."""

    name = "mail sender"

    async def step(self, url: str | None) -> None:
        await drain(url)

    def pause(self, url: str | None) -> float:
        """Until the next mail can be taken, at most :data:`POLL_S`."""
        with session_scope(url) as session:
            due = next_due(session)
        if due is None:
            return POLL_S
        return min(POLL_S, max(0.05, (due - utcnow()).total_seconds()))


sender = Sender(outbox.wakers)


async def run_sender() -> None:
    """Lifespan task: this process sends the outbox's mail while it serves."""
    await sender.run()
