"""Builders and probes shared by the reach tests.

Everything is built through the real write services (accounts, communities,
threads), so the outbox rows are the ones production writes record; the
fan-out is driven by hand with :func:`expand_all` (``expand_next`` + commit
until nothing is due).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import count

from sqlmodel import Session, col, select

from cop_app.models import (
    Community,
    FanoutJob,
    FocusAreaCode,
    MembershipRole,
    Notification,
    NotificationKind,
    Openness,
    Post,
    Thread,
    ThreadKind,
    User,
    Visibility,
)
from cop_app.services.communities import communities
from cop_app.services.reach import fanout
from cop_app.services.threads import threads

T0 = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)
#: When the test threads start (a help-desk request's 48-hour target is due 48 hours later).
STARTED = T0 + timedelta(days=1)
PS = FocusAreaCode.PRACTITIONER_SUPPORT
LEARNING = FocusAreaCode.LEARNING

_seq = count(1)


def person(session: Session, name: str | None = None, **fields: object) -> User:
    n = next(_seq)
    return communities.do_create_user(
        session,
        email=f"reach{n}@example.net",
        display_name=name or f"Reacher {n:03d}",
        at=T0,
        **fields,  # type: ignore[arg-type]
    )


def community(
    session: Session,
    *,
    lead: User | None = None,
    openness: Openness = Openness.OPEN,
    visibility: Visibility | None = None,
) -> Community:
    """A community (with ``lead`` as its lead) emphasising practitioner support
    (primary, 48-hour help-desk target) and learning (secondary)."""
    n = next(_seq)
    made = communities.do_create_community(
        session,
        slug=f"reach-{n}",
        name=f"Reach Community {n}",
        openness=openness,
        visibility=visibility,
        created_by=lead,
        at=T0,
    )
    communities.do_set_focus_areas(
        session,
        community=made,
        primary=[PS],
        secondary=[LEARNING],
        targets={PS: 48},
    )
    return made


def member(
    session: Session,
    where: Community,
    name: str | None = None,
    *,
    role: MembershipRole = MembershipRole.MEMBER,
    **fields: object,
) -> User:
    user = person(session, name, **fields)
    communities.do_join(session, community=where, user=user, role=role, at=T0)
    return user


def start(
    session: Session,
    where: Community,
    author: User,
    *,
    kind: ThreadKind = ThreadKind.QUESTION,
    focus_area: FocusAreaCode | None = PS,
    body: str = "How do you run grievance redress in remote villages?",
    title: str = "Grievance redress in remote villages",
    at: datetime = STARTED,
) -> Thread:
    return threads.do_create_thread(
        session,
        community=where,
        author=author,
        kind=kind,
        title=title,
        body=body,
        focus_area=focus_area,
        at=at,
    )


def reply(
    session: Session,
    thread: Thread,
    author: User,
    body: str = "We used a toll-free line and monthly village meetings.",
    *,
    quoted: Post | None = None,
    at: datetime | None = None,
) -> Post:
    return threads.do_reply(
        session, thread=thread, author=author, body=body, quoted_post=quoted, at=at
    )


def opening(session: Session, thread: Thread) -> Post:
    return session.exec(select(Post).where(Post.thread_id == thread.id, Post.position == 0)).one()


def expand_all(
    session: Session, *, now: datetime | None = None, batch: int = fanout.BATCH
) -> list[fanout.Expanded]:
    """Commit what the test wrote, then expand every due job, one batch per
    transaction, until nothing is due."""
    session.commit()
    done = []
    while (expanded := fanout.expand_next(session, now=now, batch=batch)) is not None:
        session.commit()
        done.append(expanded)
        assert len(done) < 1000, "the fan-out does not come to an end"
    return done


def notes(
    session: Session,
    *,
    user: User | None = None,
    kind: NotificationKind | None = None,
    thread: Thread | None = None,
) -> list[Notification]:
    query = select(Notification).order_by(col(Notification.id))
    if user is not None:
        query = query.where(Notification.user_id == user.id)
    if kind is not None:
        query = query.where(Notification.kind == kind)
    if thread is not None:
        query = query.where(Notification.thread_id == thread.id)
    return list(session.exec(query).all())


def told(
    session: Session, *, kind: NotificationKind | None = None
) -> dict[int, list[tuple[str, str]]]:
    """Who was told what: user id -> [(kind, reason), ...], every notification."""
    result: dict[int, list[tuple[str, str]]] = {}
    for n in notes(session, kind=kind):
        result.setdefault(n.user_id, []).append((NotificationKind(n.kind).value, n.reason))
    return result


def jobs(session: Session) -> list[FanoutJob]:
    return list(session.exec(select(FanoutJob).order_by(col(FanoutJob.id))).all())


def ids(*users: User) -> set[int]:
    return {u.id for u in users if u.id is not None}
