"""The help-desk queue of a community: what waits for a first response, most urgent first.

A request (or an unanswered question) is due ``target`` hours after it was
asked: the request's own target, copied when it was made, or the community's
help-desk target, or :data:`DEFAULT_TARGET_HOURS`. The queue shows every
question and request nobody else has answered yet, sorted by time left, so
overdue ones come first; leads and facilitators assign them to a member.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from cop_app import routes
from cop_app.i18n import DEFAULT_LOCALE, fmt_duration, t
from cop_app.models import (
    ActivityEvent,
    ActivityKind,
    Community,
    Membership,
    MembershipRole,
    MembershipStatus,
    Thread,
    ThreadKind,
    ThreadStatus,
    User,
    utcnow,
)
from cop_app.services.guards import authz
from cop_app.services.threads import threads

DEFAULT_TARGET_HOURS = 48.0
QUEUE_LIMIT = 200


@dataclasses.dataclass(frozen=True)
class QueueItem:
    id: int
    url: str
    title: str
    kind_label: str
    urgency: str  # low | normal | high | ""
    author: str
    asked: str  # "3 days"
    due: str  # "in 5 hours" / "12 hours ago"
    overdue: bool
    assignee_id: int  # 0 when nobody
    assignee: str


@dataclasses.dataclass(frozen=True)
class Helper:
    id: int
    name: str


def list_queue(
    session: Session,
    *,
    community: Community,
    by: User | None,
    now: datetime | None = None,
    locale: str = DEFAULT_LOCALE,
) -> list[QueueItem]:
    """Questions and requests waiting for a first response, by time left (leads,
    facilitators and site admins only). Two statements."""
    authz.check_can_moderate(session, user=by, community=community)
    now = now or utcnow()
    default = (
        threads.get_helpdesk_target_hours(session, community=community) or DEFAULT_TARGET_HOURS
    )
    assignee = aliased(User)
    rows = session.exec(
        select(Thread, User.display_name, assignee.display_name)
        .join(User, col(User.id) == col(Thread.author_id))
        .join(assignee, col(assignee.id) == col(Thread.assigned_to_id), isouter=True)
        .where(
            Thread.community_id == community.id,
            col(Thread.kind).in_((ThreadKind.QUESTION, ThreadKind.HELPDESK)),
            col(Thread.first_response_at).is_(None),
            Thread.status == ThreadStatus.OPEN,
            col(Thread.is_hidden).is_(False),
            col(Thread.is_locked).is_(False),
        )
        .order_by(col(Thread.created_at))
        .limit(QUEUE_LIMIT)
    ).all()
    items = []
    for thread, author, assigned in rows:
        due_at = thread.created_at + timedelta(hours=thread.response_target_hours or default)
        left = (due_at - now).total_seconds()
        items.append(
            (
                # High urgency first among equally due requests.
                (due_at, {"high": 0, "normal": 1, "low": 2}.get(_urgency(thread), 1)),
                QueueItem(
                    id=thread.id or 0,
                    url=routes.thread_url(community.slug, thread.id or 0),
                    title=thread.title,
                    kind_label=t(f"kind.{thread.kind.value}", locale),
                    urgency=_urgency(thread),
                    author=author,
                    asked=fmt_duration((now - thread.created_at).total_seconds(), locale),
                    due=(
                        t("queue.due_in", locale, time=fmt_duration(left, locale))
                        if left >= 0
                        else t("queue.overdue_by", locale, time=fmt_duration(-left, locale))
                    ),
                    overdue=left < 0,
                    assignee_id=thread.assigned_to_id or 0,
                    assignee=assigned or "",
                ),
            )
        )
    items.sort(key=lambda pair: pair[0])
    return [item for _key, item in items]


def _urgency(thread: Thread) -> str:
    return thread.urgency.value if thread.urgency is not None else ""


def list_helpers(
    session: Session, *, community: Community, by: User | None, now: datetime | None = None
) -> list[Helper]:
    """Whom a request can be assigned to: the team, then the members who replied
    most in the last 90 days (up to 12 in all)."""
    authz.check_can_moderate(session, user=by, community=community)
    now = now or utcnow()
    team = session.exec(
        select(User.id, User.display_name)
        .join(Membership, col(Membership.user_id) == col(User.id))
        .where(
            Membership.community_id == community.id,
            Membership.status == MembershipStatus.ACTIVE,
            col(Membership.role).in_((MembershipRole.LEAD, MembershipRole.FACILITATOR)),
        )
        .order_by(col(User.display_name))
    ).all()
    active = session.exec(
        select(User.id, User.display_name)
        .join(ActivityEvent, col(ActivityEvent.actor_id) == col(User.id))
        .join(
            Membership,
            sa.and_(
                col(Membership.user_id) == col(User.id),
                col(Membership.community_id) == community.id,
            ),
        )
        .where(
            ActivityEvent.community_id == community.id,
            ActivityEvent.kind == ActivityKind.REPLY_CREATED,
            col(ActivityEvent.occurred_at) >= now - timedelta(days=90),
            Membership.status == MembershipStatus.ACTIVE,
        )
        .group_by(col(User.id), col(User.display_name))
        .order_by(sa.func.count().desc())
        .limit(12)
    ).all()
    seen: set[int] = set()
    out = []
    for user_id, name in [*team, *active]:
        if user_id in seen or len(out) >= 12:
            continue
        seen.add(user_id)
        out.append(Helper(id=user_id, name=name))
    return out


def do_assign(
    session: Session, *, community: Community, by: User | None, thread_id: int, assignee_id: int
) -> Thread:
    """Assign a waiting request to a member of the community (0 clears it)."""
    user = authz.check_can_moderate(session, user=by, community=community)
    thread = session.get(Thread, thread_id)
    if thread is None or thread.community_id != community.id:
        msg = "That request is not in this community."
        raise authz.NotAllowedError(msg)
    assignee = session.get(User, assignee_id) if assignee_id else None
    if assignee_id and assignee is None:
        msg = "Choose a member of the community."
        raise authz.NotAllowedError(msg)
    return threads.do_assign_thread(session, thread=thread, assignee=assignee, by=user)
