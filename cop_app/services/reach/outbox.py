"""What happened, written down in the same transaction as the event itself.

A write that others should hear about calls one ``record_*`` function here. It
adds one :class:`~cop_app.models.FanoutJob` row to the write's transaction,
never one row per reader: a focus area can have thousands of watchers, and on
SQLite a long write transaction holds up every other writer. Once the
transaction commits (``db.on_commit``), the fan-out worker is woken and
expands the job into notifications (:mod:`cop_app.services.reach.fanout`). If
the process dies first, the row is still there and the next worker does it.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session

from cop_app.background import Wakers
from cop_app.models import FanoutJob, FanoutKind, Membership, Post, Thread, ThreadKind, utcnow
from cop_app.services.reach import mentions

#: The fan-out workers of this process, woken after a commit that recorded a job.
wakers = Wakers()


def _add(session: Session, job: FanoutJob) -> FanoutJob:
    session.add(job)
    wakers.after_commit(session)  # the worker looks once the row is there to read
    return job


def record_post(session: Session, *, thread: Thread, post: Post) -> FanoutJob:
    """A new thread (its opening post) or a reply; who it names is resolved now.
    A help-desk request also gets its response target's check, due then."""
    at = post.created_at or utcnow()
    job = _add(
        session,
        FanoutJob(
            kind=FanoutKind.POST,
            community_id=thread.community_id,
            thread_id=thread.id,
            post_id=post.id,
            actor_id=post.author_id,
            mentions=mentions.resolve(session, body=post.body),
            created_at=at,
            run_after=at,
        ),
    )
    if (
        post.position == 0
        and ThreadKind(thread.kind) == ThreadKind.HELPDESK
        and thread.response_target_hours
    ):
        due = thread.created_at + timedelta(hours=thread.response_target_hours)
        _add(
            session,
            FanoutJob(
                kind=FanoutKind.TARGET_CHECK,
                community_id=thread.community_id,
                thread_id=thread.id,
                created_at=at,
                run_after=due,
            ),
        )
    return job


def record_answer(
    session: Session, *, thread: Thread, post: Post, by_id: int, at: datetime
) -> FanoutJob:
    return _add(
        session,
        FanoutJob(
            kind=FanoutKind.ANSWER,
            community_id=thread.community_id,
            thread_id=thread.id,
            post_id=post.id,
            actor_id=by_id,
            created_at=at,
            run_after=at,
        ),
    )


def record_join_request(session: Session, *, membership: Membership, at: datetime) -> FanoutJob:
    return _add(
        session,
        FanoutJob(
            kind=FanoutKind.JOIN_REQUEST,
            community_id=membership.community_id,
            actor_id=membership.user_id,
            subject_id=membership.user_id,
            created_at=at,
            run_after=at,
        ),
    )


def record_join_decided(
    session: Session, *, membership: Membership, by_id: int | None, approved: bool, at: datetime
) -> FanoutJob:
    return _add(
        session,
        FanoutJob(
            kind=FanoutKind.JOIN_DECIDED,
            community_id=membership.community_id,
            actor_id=by_id,
            subject_id=membership.user_id,
            detail="approved" if approved else "declined",
            created_at=at,
            run_after=at,
        ),
    )
