"""The words of each mail, in the recipient's time zone, and the rows that
carry them: account mail (queued at once) and a thread's gathered news
(composed by the sender when its window closes)."""

from __future__ import annotations

import hashlib
import zoneinfo
from datetime import datetime
from email.utils import format_datetime, formataddr
from urllib.parse import quote

from babel.dates import format_datetime as babel_datetime
from sqlmodel import Session

from cop_app import routes
from cop_app.i18n import is_time_zone, t
from cop_app.models import (
    AccountTokenPurpose,
    MailKind,
    MailMessage,
    NotificationKind,
    User,
    utcnow,
)
from cop_app.services.mail import compose, outbox, settings, tokens
from cop_app.services.reach.notifications import MailItem
from cop_app.web_security import web_origins

#: The kind a gathered mail is filed under (and unsubscribes from): the most
#: personal one it holds.
PRECEDENCE: tuple[NotificationKind, ...] = (
    NotificationKind.MENTION,
    NotificationKind.REPLY,
    NotificationKind.QUOTE,
    NotificationKind.HELPDESK_REQUEST,
    NotificationKind.TARGET_PASSED,
    NotificationKind.ANSWER_ACCEPTED,
    NotificationKind.JOIN_REQUEST,
    NotificationKind.JOIN_DECIDED,
    NotificationKind.NEW_THREAD,
    NotificationKind.WATCHED_POST,
)


def absolute(path: str) -> str:
    return web_origins().public + path


def when_for(user: User, moment: datetime) -> str:
    """A moment in the member's own time zone, with the zone named."""
    zone = user.time_zone if user.time_zone and is_time_zone(user.time_zone) else "UTC"
    return babel_datetime(
        moment, format="d MMM y, HH:mm zzz", tzinfo=zoneinfo.ZoneInfo(zone), locale="en"
    )


def _envelope(user: User, *, to_address: str | None = None, now: datetime) -> dict[str, str]:
    return {
        "To": formataddr((compose.header_text(user.display_name, 80), to_address or user.email)),
        "Date": format_datetime(now),
    }


def _account_footer() -> compose.Footer:
    return compose.Footer(
        why=t("mail.account_why"),
        preferences_url=absolute(routes.MAIL_PREFERENCES),
        preferences_label=t("mail.preferences"),
    )


def _queue_account(
    session: Session,
    *,
    kind: MailKind,
    user: User,
    key: str,
    subject: str,
    paragraphs: list[str],
    action_url: str = "",
    action_label: str = "",
    after: list[str] | None = None,
    to_address: str | None = None,
    now: datetime,
) -> MailMessage:
    composed = compose.account_mail(
        site=t("mail.site"),
        subject=subject,
        greeting=t("mail.greeting", name=user.display_name),
        paragraphs=paragraphs,
        action_url=action_url,
        action_label=action_label,
        after=after,
        footer=_account_footer(),
    )
    return outbox.enqueue(
        session,
        key=key,
        kind=kind,
        to_address=to_address or user.email,
        composed=composed,
        user_id=user.id,
        headers={
            **_envelope(user, to_address=to_address, now=now),
            "Auto-Submitted": "auto-generated",
        },
        now=now,
    )


def _link_key(kind: str, raw: str) -> str:
    return f"{kind}:{hashlib.sha256(raw.encode()).hexdigest()[:32]}"


def queue_password_reset(session: Session, *, user: User, now: datetime | None = None) -> None:
    now = now or utcnow()
    raw = tokens.issue(session, user=user, purpose=AccountTokenPurpose.RESET, now=now)
    _queue_account(
        session,
        kind=MailKind.PASSWORD_RESET,
        user=user,
        key=_link_key("reset", raw),
        subject=t("mail.reset_subject"),
        paragraphs=[t("mail.reset_body")],
        action_url=absolute(f"{routes.RESET_PASSWORD}?t={quote(raw)}"),
        action_label=t("mail.reset_action"),
        after=[t("mail.reset_after")],
        now=now,
    )


def queue_confirmation(session: Session, *, user: User, now: datetime | None = None) -> None:
    now = now or utcnow()
    raw = tokens.issue(session, user=user, purpose=AccountTokenPurpose.CONFIRM, now=now)
    _queue_account(
        session,
        kind=MailKind.CONFIRM_ADDRESS,
        user=user,
        key=_link_key("confirm", raw),
        subject=t("mail.confirm_subject"),
        paragraphs=[t("mail.confirm_body")],
        action_url=absolute(f"{routes.CONFIRM_ADDRESS}?t={quote(raw)}"),
        action_label=t("mail.confirm_action"),
        after=[t("mail.confirm_after")],
        now=now,
    )


def queue_signup_notice(session: Session, *, user: User, now: datetime | None = None) -> None:
    now = now or utcnow()
    _queue_account(
        session,
        kind=MailKind.SIGNUP_NOTICE,
        user=user,
        key=f"signup-notice:{user.id}:{now.isoformat()}",
        subject=t("mail.signup_notice_subject"),
        paragraphs=[t("mail.signup_notice_body")],
        action_url=absolute(routes.LOGIN),
        action_label=t("mail.signup_notice_action"),
        after=[t("mail.signup_notice_after")],
        now=now,
    )


def queue_address_change(
    session: Session, *, user: User, new_email: str, now: datetime | None = None
) -> None:
    """A link to the new address, and a notice to the old one."""
    now = now or utcnow()
    raw = tokens.issue(
        session, user=user, purpose=AccountTokenPurpose.CHANGE, new_email=new_email, now=now
    )
    _queue_account(
        session,
        kind=MailKind.CONFIRM_ADDRESS,
        user=user,
        key=_link_key("change", raw),
        subject=t("mail.change_subject"),
        paragraphs=[t("mail.change_body")],
        action_url=absolute(f"{routes.CONFIRM_ADDRESS}?t={quote(raw)}&change=1"),
        action_label=t("mail.change_action"),
        to_address=new_email,
        now=now,
    )
    queue_address_changed_notice(
        session,
        user=user,
        new_email=new_email,
        now=now,
        key=_link_key("changed-notice", raw),
        done=False,
    )


def queue_address_changed_notice(
    session: Session,
    *,
    user: User,
    new_email: str,
    now: datetime,
    key: str = "",
    done: bool = True,
) -> None:
    """To the address the account is leaving (``done``: it has left already)."""
    _queue_account(
        session,
        kind=MailKind.ADDRESS_CHANGED,
        user=user,
        key=key or f"changed-notice:{user.id}:{now.isoformat()}",
        subject=t("mail.changed_notice_subject"),
        paragraphs=[
            t("mail.changed_notice_done" if done else "mail.changed_notice_body", new=new_email)
        ],
        action_url=absolute(routes.FORGOT_PASSWORD),
        action_label=t("mail.changed_notice_action"),
        after=[t("mail.changed_notice_after")],
        to_address=user.email,
        now=now,
    )


# --------------------------------------------------------------------------- gathered news


def leading_kind(kinds: list[NotificationKind]) -> NotificationKind:
    return min(kinds, key=PRECEDENCE.index)


def unsubscribe_urls(user_id: int, kind: NotificationKind) -> tuple[str, str]:
    """(the one-click URL mail clients POST to, the page a person opens)."""
    token = tokens.unsubscribe_token(user_id, kind)
    return (
        absolute(f"{routes.ONE_CLICK_UNSUBSCRIBE_PATH}/{token}"),
        absolute(f"{routes.UNSUBSCRIBE}?t={quote(token)}"),
    )


def activity(
    *, user: User, items: list[MailItem], kind: NotificationKind, now: datetime
) -> tuple[compose.Composed, dict[str, str]]:
    """The mail of one member's gathered notifications (all about one thread,
    or one community's requests), and its headers."""
    first = items[0]
    community = first.community
    thread = first.thread
    entries = [
        compose.Item(
            headline=item.view.headline,
            when=when_for(user, item.notification.created_at),
            body_markdown=(
                item.post.body
                if item.post is not None
                and NotificationKind(item.notification.kind) != NotificationKind.JOIN_REQUEST
                else ""
            ),
            link=absolute(item.view.href),
            link_label=t(
                "mail.open_requests"
                if NotificationKind(item.notification.kind) == NotificationKind.JOIN_REQUEST
                else "mail.open_post"
            ),
        )
        for item in items
    ]
    if thread is not None:
        subject = f"[{community.name}] {thread.title}"
        intro = (
            t("mail.thread_intro_one", thread=thread.title, community=community.name)
            if len(items) == 1
            else t(
                "mail.thread_intro_many",
                count=len(items),
                thread=thread.title,
                community=community.name,
            )
        )
    else:
        subject = f"[{community.name}] {first.view.headline}"
        intro = t("mail.community_intro", community=community.name)
    one_click, page = unsubscribe_urls(user.id or 0, kind)
    composed = compose.activity_mail(
        site=t("mail.site"),
        subject=subject,
        greeting=t("mail.greeting", name=user.display_name),
        intro=intro,
        items=entries,
        footer=compose.Footer(
            why=t("mail.why_kind", kind=t(f"mail.kind.{kind.value}"), why=first.view.why),
            preferences_url=absolute(routes.MAIL_PREFERENCES),
            preferences_label=t("mail.preferences"),
            unsubscribe_url=page,
            unsubscribe_label=t("mail.unsubscribe"),
        ),
    )
    domain = settings.current().from_domain
    headers = {
        **_envelope(user, now=now),
        "List-Unsubscribe": f"<{one_click}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "List-Id": f"{compose.header_text(community.name, 80)} <{community.slug}.{domain}>",
        "Auto-Submitted": "auto-generated",
        "X-Auto-Response-Suppress": "All",
    }
    if thread is not None:
        root = compose.thread_root_id(thread.id or 0, domain)
        headers["In-Reply-To"] = root
        headers["References"] = root
    return composed, headers
