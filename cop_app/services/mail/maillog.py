"""The email log, for site admins only: every mail with its recipient, subject,
kind, status and time, searchable by recipient. A message opens to show it as
sent, except account mail (resets, confirmations, sign-up and address
notices), whose body is never shown to anyone but its recipient: the service
refuses to return it, whatever the page asks."""

from __future__ import annotations

import dataclasses
import re

import sqlalchemy as sa
from sqlmodel import Session, col, select

from cop_app.i18n import fmt_datetime, t
from cop_app.models import MailKind, MailMessage, MailStatus, User
from cop_app.services.guards.authz import NotAllowedError
from cop_app.services.mail import settings

PAGE_SIZE = 50
STATUSES = tuple(status.value for status in MailStatus)
ADMINS_ONLY = "Only site admins can read the email log."
#: The member's own unsubscribe link in a mail's text: kept from the admin.
_UNSUBSCRIBE_LINK = re.compile(r"\S+/unsubscribe\?t=\S+")


@dataclasses.dataclass(frozen=True)
class LogRow:
    id: int
    recipient: str
    subject: str
    kind: str
    status: str
    status_label: str
    detail: str
    when: str
    private: bool


@dataclasses.dataclass(frozen=True)
class Opened:
    id: int
    recipient: str
    subject: str
    headers: str
    body: str


def _check_admin(session: Session, admin_id: int) -> None:
    user = session.get(User, admin_id) if admin_id else None
    if user is None or not user.is_active or not user.is_site_admin:
        raise NotAllowedError(ADMINS_ONLY)


def _kind_label(kind: MailKind, private: bool) -> str:
    if private:
        return t("maillog.account_kind")
    return t(f"mail.kind.{kind.value}")


def _row(row: MailMessage) -> LogRow:
    status = MailStatus(row.status)
    when = row.sent_at or row.run_after if status != MailStatus.SKIPPED else row.run_after
    detail = t("maillog.local") if row.local else row.detail
    return LogRow(
        id=row.id or 0,
        recipient=row.to_address,
        subject=row.subject or "—",
        kind=_kind_label(MailKind(row.kind), row.private),
        status=status.value,
        status_label=t(f"maillog.status.{status.value}"),
        detail=detail,
        when=fmt_datetime(when),
        private=row.private,
    )


def list_for_admin(
    session: Session,
    *,
    admin_id: int,
    recipient: str = "",
    status: str = "",
    before_id: int | None = None,
    limit: int = PAGE_SIZE,
) -> tuple[list[LogRow], bool]:
    """Newest first, a page at a time; and whether there are older ones."""
    _check_admin(session, admin_id)
    query = select(MailMessage)
    if recipient.strip():
        needle = recipient.strip().lower()[:254]
        escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = query.where(sa.func.lower(MailMessage.to_address).like(f"%{escaped}%", escape="\\"))
    if status in STATUSES:
        query = query.where(col(MailMessage.status) == MailStatus(status))
    after = session.get(MailMessage, before_id) if before_id else None
    if after is not None:  # the page after that row, newest first
        query = query.where(
            sa.or_(
                col(MailMessage.created_at) < after.created_at,
                sa.and_(
                    col(MailMessage.created_at) == after.created_at,
                    col(MailMessage.id) < after.id,
                ),
            )
        )
    ordered = query.order_by(col(MailMessage.created_at).desc(), col(MailMessage.id).desc())
    rows = session.exec(ordered.limit(limit + 1)).all()
    return [_row(row) for row in rows[:limit]], len(rows) > limit


def open_for_admin(session: Session, *, admin_id: int, mail_id: int) -> Opened:
    """One message as sent; ``NotAllowedError`` for account mail and for anyone
    but a site admin."""
    _check_admin(session, admin_id)
    row = session.get(MailMessage, mail_id)
    if row is None:
        raise NotAllowedError(t("maillog.none"))
    if row.private:
        raise NotAllowedError(t("maillog.private"))
    # The member's own unsubscribe link is theirs, not the admin's.
    shown = {k: v for k, v in row.headers.items() if not k.startswith("List-Unsubscribe")}
    headers = "\n".join([f"Message-ID: {row.message_id}", *(f"{k}: {v}" for k, v in shown.items())])
    # ... nor is the link in its text.
    body = _UNSUBSCRIBE_LINK.sub("…", row.body_text)
    return Opened(
        id=row.id or 0,
        recipient=row.to_address,
        subject=row.subject,
        headers=headers,
        body=body,
    )


def mode_text() -> str:
    current = settings.current()
    if current.smtp is None:
        return t("maillog.mode_local")
    return t("maillog.mode_smtp", host=f"{current.smtp.host}:{current.smtp.port}")
