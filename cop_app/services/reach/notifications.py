"""A member's notifications: the bell's count, the list, marking them read.

What a notification is about is read from its rows when shown (a title may
have changed), and what the member may no longer see is left out of the list
and the count alike: a community they can no longer read, a hidden thread, a
deleted post. Nobody is told, by the bell either, what they may not see.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from cop_app import routes
from cop_app.i18n import fmt_ago, fmt_datetime, t
from cop_app.models import (
    Community,
    FocusArea,
    Notification,
    NotificationKind,
    Post,
    Thread,
    ThreadKind,
    User,
    utcnow,
)
from cop_app.services.guards import authz

PAGE_SIZE = 30
#: The bell shows "99+" past this.
BELL_MAX = 99


def _visible() -> list[sa.ColumnElement[bool]]:
    """What keeps out of the list and the count what the member may not see
    now (the query joins Community, the member's User, and outer-joins Thread
    and Post): the one rule of ``authz``, per row."""
    return [
        sa.or_(
            authz.readable_by(Notification.user_id),
            col(Notification.kind) == NotificationKind.JOIN_DECIDED,
        ),
        sa.or_(col(Thread.id).is_(None), col(Thread.is_hidden).is_(False)),
        sa.or_(col(Post.id).is_(None), col(Post.deleted_at).is_(None)),
    ]


def _joined(query):  # type: ignore[no-untyped-def]
    """Each notification with what it is about now: its thread's current
    community (a thread may have moved since), the member, the post."""
    return (
        query.select_from(Notification)
        .outerjoin(Thread, col(Thread.id) == Notification.thread_id)
        .join(
            Community,
            col(Community.id) == sa.func.coalesce(Thread.community_id, Notification.community_id),
        )
        .join(User, col(User.id) == Notification.user_id)
        .outerjoin(Post, col(Post.id) == Notification.post_id)
    )


def unread_count(session: Session, *, user: User | None) -> int:
    if user is None or user.id is None:
        return 0
    return unread_counts(session, user_ids=[user.id]).get(user.id, 0)


def unread_counts(session: Session, *, user_ids: Iterable[int]) -> dict[int, int]:
    """Several members' unread counts in one query (a worker's tabs recount
    together when the fan-out tells many of them at once)."""
    ids = sorted(set(user_ids))
    if not ids:
        return {}
    query = (
        _joined(select(Notification.user_id, sa.func.count(col(Notification.id))))
        .where(col(Notification.user_id).in_(ids), col(Notification.read_at).is_(None), *_visible())
        .group_by(col(Notification.user_id))
    )
    return {uid: int(count) for uid, count in session.exec(query).all()}


@dataclasses.dataclass(frozen=True)
class NotificationView:
    """One notification as the page shows it."""

    id: int
    icon: str
    headline: str  # who did what ("Amina Diallo replied to your question")
    where: str  # the thread's title, or the community's name
    community: str
    why: str  # why this member was told
    when: str  # "3 hours ago"
    when_full: str  # the date and time, for the title attribute
    href: str
    unread: bool


_ICONS = {
    NotificationKind.REPLY: "message-square-reply",
    NotificationKind.QUOTE: "quote",
    NotificationKind.MENTION: "at-sign",
    NotificationKind.WATCHED_POST: "messages-square",
    NotificationKind.NEW_THREAD: "message-square-plus",
    NotificationKind.ANSWER_ACCEPTED: "circle-check",
    NotificationKind.HELPDESK_REQUEST: "life-buoy",
    NotificationKind.JOIN_REQUEST: "user-plus",
    NotificationKind.JOIN_DECIDED: "door-open",
    NotificationKind.TARGET_PASSED: "alarm-clock",
}

_THREAD_NOUN = {
    ThreadKind.QUESTION: "notify.noun_question",
    ThreadKind.HELPDESK: "notify.noun_request",
    ThreadKind.DISCUSSION: "notify.noun_discussion",
    ThreadKind.KNOWLEDGE: "notify.noun_knowledge",
}


def _headline(n: Notification, *, actor: str, thread: Thread | None) -> str:
    kind = NotificationKind(n.kind)
    noun = t(_THREAD_NOUN[ThreadKind(thread.kind)]) if thread is not None else ""
    if kind == NotificationKind.REPLY:
        return t("notify.reply", actor=actor, noun=noun)
    if kind == NotificationKind.QUOTE:
        return t("notify.quote", actor=actor)
    if kind == NotificationKind.MENTION:
        key = "notify.mention_leads" if n.reason == "leads_mentioned" else "notify.mention"
        return t(key, actor=actor)
    if kind == NotificationKind.WATCHED_POST:
        return t("notify.watched_post", actor=actor)
    if kind == NotificationKind.NEW_THREAD:
        return t("notify.new_thread", actor=actor, noun=noun)
    if kind == NotificationKind.ANSWER_ACCEPTED:
        key = {"your_answer": "notify.answer_yours", "your_thread": "notify.answer_your_thread"}
        return t(key.get(n.reason, "notify.answer_watched"), actor=actor)
    if kind == NotificationKind.HELPDESK_REQUEST:
        return t("notify.helpdesk_request", actor=actor)
    if kind == NotificationKind.JOIN_REQUEST:
        return t("notify.join_request", actor=actor)
    if kind == NotificationKind.JOIN_DECIDED:
        return t("notify.join_approved" if n.detail == "approved" else "notify.join_declined")
    return t("notify.target_passed")


def _why(n: Notification, *, community: str, focus: str) -> str:
    keys = {
        "your_thread": "notify.why_your_thread",
        "your_post": "notify.why_your_post",
        "your_answer": "notify.why_your_answer",
        "mentioned": "notify.why_mentioned",
        "leads_mentioned": "notify.why_leads_mentioned",
        "watching_thread": "notify.why_watching_thread",
        "watching_focus": "notify.why_watching_focus",
        "watching_community": "notify.why_watching_community",
        "focus_default": "notify.why_focus_default",
        "helpdesk_team": "notify.why_helpdesk_team",
        "assigned": "notify.why_assigned",
        "reviewer": "notify.why_reviewer",
        "your_request": "notify.why_your_request",
    }
    return t(keys.get(n.reason, "notify.why_other"), community=community, focus=focus)


def list_for(
    session: Session, *, user: User, before_id: int | None = None, limit: int = PAGE_SIZE
) -> tuple[list[NotificationView], bool]:
    """A member's notifications, newest first, a page at a time; and whether
    there are more."""
    actor = aliased(User)
    query = (
        _joined(select(Notification, Community, Thread, actor.display_name, FocusArea.name))
        .outerjoin(actor, col(actor.id) == Notification.actor_id)
        .outerjoin(FocusArea, col(FocusArea.code) == Notification.focus_area)
        .where(col(Notification.user_id) == user.id, *_visible())
    )
    if before_id:
        query = query.where(col(Notification.id) < before_id)
    rows = session.exec(query.order_by(col(Notification.id).desc()).limit(limit + 1)).all()
    now = utcnow()
    views = [
        _view(n, community, thread, actor_name or t("notify.someone"), focus or "", now)
        for n, community, thread, actor_name, focus in rows[:limit]
    ]
    return views, len(rows) > limit


@dataclasses.dataclass(frozen=True)
class MailItem:
    """One notification gathered into a mail, with what it is about now."""

    notification: Notification
    view: NotificationView
    community: Community
    thread: Thread | None
    post: Post | None


def for_mail(session: Session, *, mail_id: int, user: User) -> list[MailItem]:
    """The notifications a gathering mail holds that its member may still see,
    oldest first (the same rule as the list and the bell)."""
    actor = aliased(User)
    rows = session.exec(
        _joined(select(Notification, Community, Thread, Post, actor.display_name, FocusArea.name))
        .outerjoin(actor, col(actor.id) == Notification.actor_id)
        .outerjoin(FocusArea, col(FocusArea.code) == Notification.focus_area)
        .where(
            col(Notification.mail_id) == mail_id,
            col(Notification.user_id) == user.id,
            *_visible(),
        )
        .order_by(col(Notification.id))
    ).all()
    now = utcnow()
    return [
        MailItem(
            notification=n,
            view=_view(n, community, thread, actor_name or t("notify.someone"), focus or "", now),
            community=community,
            thread=thread,
            post=post,
        )
        for n, community, thread, post, actor_name, focus in rows
    ]


def describe(
    n: Notification,
    community: Community,
    thread: Thread | None,
    actor: str,
    focus: str = "",
    now: datetime | None = None,
) -> NotificationView:
    """A notification (stored or not) as the list would show it."""
    return _view(n, community, thread, actor, focus, now or utcnow())


def _view(
    n: Notification,
    community: Community,
    thread: Thread | None,
    actor: str,
    focus: str,
    now: datetime,
) -> NotificationView:
    kind = NotificationKind(n.kind)
    if thread is not None:
        href = routes.thread_url(community.slug, thread.id or 0)
        if n.post_id and kind not in (
            NotificationKind.NEW_THREAD,
            NotificationKind.HELPDESK_REQUEST,
        ):
            href += f"#post-{n.post_id}"
        where = thread.title
    elif kind == NotificationKind.JOIN_REQUEST:
        href, where = routes.join_requests_url(community.slug), community.name
    else:
        href, where = routes.community_url(community.slug), community.name
    return NotificationView(
        id=n.id or 0,
        icon=_ICONS[kind],
        headline=_headline(n, actor=actor, thread=thread),
        where=where,
        community=community.name,
        why=_why(n, community=community.name, focus=focus),
        when=fmt_ago(n.created_at, now),
        when_full=fmt_datetime(n.created_at),
        href=href,
        unread=n.read_at is None,
    )


# --------------------------------------------------------------------------- marking read


def _unread(user: User):  # type: ignore[no-untyped-def]
    return sa.update(Notification).where(
        col(Notification.user_id) == user.id, col(Notification.read_at).is_(None)
    )


def do_mark_read(session: Session, *, user: User | None, notification_id: int) -> int:
    """Mark one of the member's own notifications read (another's: nothing)."""
    user = authz.check_signed_in(user)
    result = session.execute(
        _unread(user).where(col(Notification.id) == notification_id).values(read_at=utcnow())
    )
    return result.rowcount or 0


def do_mark_all_read(session: Session, *, user: User | None) -> int:
    user = authz.check_signed_in(user)
    result = session.execute(_unread(user).values(read_at=utcnow()))
    return result.rowcount or 0


def has_unread_for_thread(session: Session, *, user_id: int, thread_id: int) -> bool:
    return (
        session.exec(
            select(Notification.id).where(
                Notification.user_id == user_id,
                Notification.thread_id == thread_id,
                col(Notification.read_at).is_(None),
            )
        ).first()
        is not None
    )


def do_mark_thread_read(session: Session, *, user: User | None, thread_id: int) -> int:
    """Opening a thread marks its notifications read."""
    user = authz.check_signed_in(user)
    result = session.execute(
        _unread(user).where(col(Notification.thread_id) == thread_id).values(read_at=utcnow())
    )
    return result.rowcount or 0
