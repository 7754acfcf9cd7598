"""Tiny factories that insert rows directly, for exact service-test scenarios.

Each one writes what the real write services would write in the same
transaction: the row, its activity-log event and the stored counters
(``reply_count``, ``first_response_*``, ``thread_count``, ...). They flush,
never commit. Times default to now; pass ``at``/``created_at`` to place a row
exactly. Extra keyword arguments override the row's own fields.
"""

from __future__ import annotations

import itertools
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from cop_app.models import (
    AcceptedAnswer,
    ActivityEvent,
    ActivityKind,
    Community,
    CommunityFocusArea,
    FocusAreaCode,
    FocusEmphasis,
    KnowledgeSubtype,
    MemberProfile,
    Membership,
    MembershipStatus,
    Post,
    Reaction,
    Thread,
    ThreadKind,
    ThreadStatus,
    User,
    utcnow,
)
from cop_app.services.communities.catalogue import ensure_focus_areas

_serial = itertools.count(1)
_PROFILE_FIELDS = set(MemberProfile.model_fields) - {"user_id"}


def _log(
    session: Session,
    *,
    community_id: int,
    actor_id: int,
    kind: ActivityKind,
    at: datetime,
    **fields: Any,
) -> ActivityEvent:
    event = ActivityEvent(
        community_id=community_id, actor_id=actor_id, kind=kind, occurred_at=at, **fields
    )
    session.add(event)
    return event


def make_user(session: Session, **overrides: Any) -> User:
    """A user with a profile; profile fields (organisation, region, discipline,
    org_type, ...) may be given alongside the user's own."""
    profile = {key: overrides.pop(key) for key in list(overrides) if key in _PROFILE_FIELDS}
    n = next(_serial)
    user = User(**{"email": f"member{n}@example.org", "display_name": f"Member {n}", **overrides})
    session.add(user)
    session.flush()
    assert user.id is not None
    session.add(MemberProfile(user_id=user.id, **profile))
    session.flush()
    return user


def _ensure_focus_catalogue(session: Session) -> None:
    ensure_focus_areas(session)


def make_community(
    session: Session,
    *,
    primary: tuple[FocusAreaCode, ...] = (),
    secondary: tuple[FocusAreaCode, ...] = (),
    **overrides: Any,
) -> Community:
    """A community emphasising ``primary`` and ``secondary`` focus areas."""
    _ensure_focus_catalogue(session)
    n = next(_serial)
    community = Community(**{"slug": f"community-{n}", "name": f"Community {n}", **overrides})
    session.add(community)
    session.flush()
    assert community.id is not None
    for emphasis, codes in ((FocusEmphasis.PRIMARY, primary), (FocusEmphasis.SECONDARY, secondary)):
        for code in codes:
            session.add(
                CommunityFocusArea(community_id=community.id, focus_area=code, emphasis=emphasis)
            )
    session.flush()
    return community


def make_membership(
    session: Session,
    *,
    community: Community,
    user: User,
    joined_at: datetime | None = None,
    status: MembershipStatus = MembershipStatus.ACTIVE,
    **overrides: Any,
) -> Membership:
    """A membership; active or left ones get ``joined_at`` (default now) and a
    ``member_joined`` event; active ones count in ``member_count``. Other
    statuses keep ``joined_at`` only when it is given."""
    assert community.id is not None and user.id is not None
    joined = status in (MembershipStatus.ACTIVE, MembershipStatus.LEFT)
    if joined and joined_at is None:
        joined_at = utcnow()
    membership = Membership(
        **{
            "community_id": community.id,
            "user_id": user.id,
            "status": status,
            "requested_at": joined_at or utcnow(),
            "joined_at": joined_at,
            **overrides,
        }
    )
    session.add(membership)
    if joined and joined_at is not None:
        _log(
            session,
            community_id=community.id,
            actor_id=user.id,
            kind=ActivityKind.MEMBER_JOINED,
            at=joined_at,
        )
    if status == MembershipStatus.ACTIVE:
        community.member_count += 1
        session.add(community)
    session.flush()
    return membership


def make_thread(
    session: Session,
    *,
    community: Community,
    author: User,
    created_at: datetime | None = None,
    kind: ThreadKind = ThreadKind.QUESTION,
    focus_area: FocusAreaCode | None = None,
    **overrides: Any,
) -> Thread:
    """A thread with its opening post and ``thread_created`` event. Help-desk
    requests get a 48-hour response target unless ``response_target_hours`` is given."""
    assert community.id is not None and author.id is not None
    at = created_at or utcnow()
    if kind == ThreadKind.HELPDESK:
        overrides.setdefault("response_target_hours", 48.0)
    if kind == ThreadKind.KNOWLEDGE:
        overrides.setdefault("knowledge_subtype", KnowledgeSubtype.GOOD_PRACTICE)
    thread = Thread(
        **{
            "community_id": community.id,
            "author_id": author.id,
            "kind": kind,
            "focus_area": focus_area,
            "title": f"Thread {next(_serial)}",
            "created_at": at,
            "last_activity_at": at,
            **overrides,
        }
    )
    session.add(thread)
    session.flush()
    assert thread.id is not None
    post = Post(thread_id=thread.id, author_id=author.id, position=0, body="…", created_at=at)
    session.add(post)
    session.flush()
    _log(
        session,
        community_id=community.id,
        actor_id=author.id,
        kind=ActivityKind.THREAD_CREATED,
        at=at,
        thread_id=thread.id,
        post_id=post.id,
        focus_area=focus_area,
    )
    community.thread_count += 1
    community.last_activity_at = max(community.last_activity_at or at, at)
    session.add(community)
    session.flush()
    return thread


def opening_post(session: Session, thread: Thread) -> Post:
    """The thread's first post (position 0)."""
    return session.exec(
        sa.select(Post).where(col(Post.thread_id) == thread.id, col(Post.position) == 0)
    ).scalar_one()


def make_reply(
    session: Session, *, thread: Thread, author: User, at: datetime | None = None, **overrides: Any
) -> Post:
    """A reply with its ``reply_created`` event (counterpart: the thread's author)
    and the thread's counters; a reply by the author is never a first response."""
    assert thread.id is not None and author.id is not None
    at = at or utcnow()
    post = Post(
        **{
            "thread_id": thread.id,
            "author_id": author.id,
            "position": thread.reply_count + 1,
            "body": "…",
            "created_at": at,
            **overrides,
        }
    )
    session.add(post)
    session.flush()
    thread.reply_count += 1
    thread.last_activity_at = max(thread.last_activity_at, at)
    thread.participant_count = session.exec(
        sa.select(sa.func.count(sa.distinct(col(Post.author_id)))).where(
            col(Post.thread_id) == thread.id
        )
    ).scalar_one()
    if author.id != thread.author_id and (
        thread.first_response_at is None or at < thread.first_response_at
    ):
        thread.first_response_at = at
        thread.first_response_seconds = int((at - thread.created_at).total_seconds())
    session.add(thread)
    _log(
        session,
        community_id=thread.community_id,
        actor_id=author.id,
        kind=ActivityKind.REPLY_CREATED,
        at=at,
        thread_id=thread.id,
        post_id=post.id,
        counterpart_id=thread.author_id,
        focus_area=thread.focus_area,
    )
    session.flush()
    return post


def make_reaction(
    session: Session, *, post: Post, user: User, at: datetime | None = None
) -> Reaction:
    """A "helpful" reaction, its ``reaction_added`` event and the post's count."""
    assert post.id is not None and user.id is not None
    at = at or utcnow()
    thread = session.get(Thread, post.thread_id)
    assert thread is not None
    reaction = Reaction(post_id=post.id, user_id=user.id, created_at=at)
    post.helpful_count += 1
    session.add_all([reaction, post])
    _log(
        session,
        community_id=thread.community_id,
        actor_id=user.id,
        kind=ActivityKind.REACTION_ADDED,
        at=at,
        thread_id=thread.id,
        post_id=post.id,
        counterpart_id=post.author_id,
        focus_area=thread.focus_area,
    )
    session.flush()
    return reaction


def make_accept(
    session: Session, *, post: Post, by: User | None = None, at: datetime | None = None
) -> AcceptedAnswer:
    """Accept ``post`` as the answer (by the thread's author unless ``by``),
    marking the thread answered and logging ``answer_accepted``."""
    at = at or utcnow()
    thread = session.get(Thread, post.thread_id)
    assert thread is not None and thread.id is not None and post.id is not None
    accepted_by = by.id if by is not None else thread.author_id
    assert accepted_by is not None
    accepted = AcceptedAnswer(
        thread_id=thread.id, post_id=post.id, accepted_by_id=accepted_by, accepted_at=at
    )
    thread.status = ThreadStatus.ANSWERED
    session.add_all([accepted, thread])
    _log(
        session,
        community_id=thread.community_id,
        actor_id=accepted_by,
        kind=ActivityKind.ANSWER_ACCEPTED,
        at=at,
        thread_id=thread.id,
        post_id=post.id,
        counterpart_id=post.author_id,
        focus_area=thread.focus_area,
    )
    session.flush()
    return accepted
