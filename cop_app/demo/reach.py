"""Watching levels and a notification history for the demo, as a year-old
community would have them.

The simulation inserts posts in bulk, past the write services, so what those
services would have recorded is recorded here: each member watches the
threads they started or replied to, and first posts in the focus areas they
chose (in the communities they are in). A few members chose otherwise (one
mutes a focus area, one tracks a community, the demo member watches one
community closely). Then the latest posts and accepted answers are recorded as
fan-out jobs and expanded by the real fan-out code, so the notifications are
exactly what the app would have sent; those older than a few days are read.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, col, select

from cop_app.models import (
    AcceptedAnswer,
    CommunityFocusArea,
    FanoutJob,
    FanoutKind,
    FocusAreaCode,
    MemberProfile,
    Membership,
    MembershipStatus,
    Notification,
    Post,
    Thread,
    User,
    Watch,
    WatchLevel,
)
from cop_app.services.reach import fanout, watching

#: How many of the latest posts and answers are told (bounded: the benchmark's
#: demo is up to 200 times larger, and its notifications are not what it measures).
RECENT_EVENTS = 400
#: Notifications older than this before the end of the history are read.
UNREAD_FOR = timedelta(hours=36)


def add_reach(
    session: Session, *, seed: int, end: datetime, member_id: int, zones: dict[int, str]
) -> int:
    """Write the watches and the notification history; the number of
    notifications. ``zones``: the demo accounts' time zones."""
    rng = random.Random(seed * 31 + 19)
    for user_id, zone in zones.items():
        session.execute(sa.update(User).where(col(User.id) == user_id).values(time_zone=zone))
    watches: dict[tuple[int, str], dict] = {}

    def watch(user_id: int, scope: str, community_id: int, level: WatchLevel, **extra) -> None:
        watches.setdefault(
            (user_id, scope),
            {
                "user_id": user_id,
                "scope": scope,
                "community_id": community_id,
                "level": level,
                "updated_at": end,
                "thread_id": extra.get("thread_id"),
                "focus_area": extra.get("focus_area"),
            },
        )

    # The threads each member started or replied to.
    for author_id, thread_id, community_id in session.exec(
        select(Post.author_id, Post.thread_id, Thread.community_id)
        .join(Thread, col(Thread.id) == Post.thread_id)
        .distinct()
    ).all():
        watch(
            author_id,
            watching.thread_scope(thread_id),
            community_id,
            WatchLevel.WATCHING,
            thread_id=thread_id,
        )
    # First posts in the focus areas chosen at onboarding, where they are members.
    areas: dict[int, set[str]] = {}
    for community_id, code in session.exec(
        select(CommunityFocusArea.community_id, CommunityFocusArea.focus_area)
    ).all():
        areas.setdefault(community_id, set()).add(FocusAreaCode(code).value)
    members = session.exec(
        select(Membership.user_id, Membership.community_id, MemberProfile.focus_interests)
        .join(MemberProfile, col(MemberProfile.user_id) == Membership.user_id)
        .where(Membership.status == MembershipStatus.ACTIVE)
        .order_by(Membership.id)
    ).all()
    for user_id, community_id, interests in members:
        for code in sorted(set(interests or []) & areas.get(community_id, set())):
            watch(
                user_id,
                watching.focus_scope(community_id, code),
                community_id,
                WatchLevel.WATCHING_FIRST_POST,
                focus_area=FocusAreaCode(code),
            )
        roll = rng.random()
        if roll < 0.04:  # some mute a focus area they were not interested in
            others = sorted(areas.get(community_id, set()) - set(interests or []))
            if others:
                code = rng.choice(others)
                watch(
                    user_id,
                    watching.focus_scope(community_id, code),
                    community_id,
                    WatchLevel.MUTED,
                    focus_area=FocusAreaCode(code),
                )
        elif roll < 0.10:
            watch(
                user_id, watching.community_scope(community_id), community_id, WatchLevel.TRACKING
            )
    # The demo member follows their first community closely.
    first = next((c for u, c, _ in members if u == member_id), None)
    if first is not None:
        watches[(member_id, watching.community_scope(first))] = {
            "user_id": member_id,
            "scope": watching.community_scope(first),
            "community_id": first,
            "level": WatchLevel.WATCHING,
            "updated_at": end,
            "thread_id": None,
            "focus_area": None,
        }
    if watches:
        session.execute(sa.insert(Watch), list(watches.values()))

    # The latest events, told through the real fan-out.
    posts = session.exec(
        select(Post.id, Post.thread_id, Post.author_id, Post.created_at, Thread.community_id)
        .join(Thread, col(Thread.id) == Post.thread_id)
        .order_by(col(Post.created_at).desc())
        .limit(RECENT_EVENTS)
    ).all()
    answers = session.exec(
        select(AcceptedAnswer, Thread.community_id)
        .join(Thread, col(Thread.id) == AcceptedAnswer.thread_id)
        .order_by(col(AcceptedAnswer.accepted_at).desc())
        .limit(RECENT_EVENTS // 7)
    ).all()
    jobs = [
        {
            "kind": FanoutKind.POST,
            "community_id": community_id,
            "thread_id": thread_id,
            "post_id": post_id,
            "actor_id": author_id,
            "mentions": [],
            "created_at": at,
            "run_after": at,
        }
        for post_id, thread_id, author_id, at, community_id in posts
    ] + [
        {
            "kind": FanoutKind.ANSWER,
            "community_id": community_id,
            "thread_id": answer.thread_id,
            "post_id": answer.post_id,
            "actor_id": answer.accepted_by_id,
            "mentions": [],
            "created_at": answer.accepted_at,
            "run_after": answer.accepted_at,
        }
        for answer, community_id in answers
    ]
    jobs.sort(key=lambda job: job["created_at"])
    if jobs:
        session.execute(sa.insert(FanoutJob), jobs)
    while fanout.expand_next(session, now=end) is not None:  # the same rows every time
        pass
    session.execute(
        sa.update(Notification)
        .where(col(Notification.created_at) < end - UNREAD_FOR)
        .values(read_at=end - UNREAD_FOR)
    )
    return session.exec(select(sa.func.count()).select_from(Notification)).one()
