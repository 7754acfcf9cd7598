"""Fan-out: each recorded job becomes one notification per member it concerns,
exactly once, after the write that caused it has committed.

A worker task in every app process (:func:`run_worker`) sleeps until a write
records a job (``outbox`` wakes it after the commit) or a few seconds pass,
then expands the due jobs, oldest first. A job expands in batches of
:data:`BATCH` recipients: each batch's notifications and the job's ``cursor``
(the last member considered) are committed together, so a crash at any point
loses nothing and repeats nothing; the unique ``(job_id, user_id)`` makes a
repeat a no-op besides. On PostgreSQL a job being expanded is row-locked and
the other workers skip it (``FOR UPDATE SKIP LOCKED``); on SQLite write
transactions are serial anyway.

Who is told is decided at delivery, not when the event happened: a member who
can no longer read the community, a hidden thread or a deleted post gets
nothing (``authz.readers_among``), and the levels in force then apply.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections.abc import Iterable
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col, select

from cop_app import live
from cop_app.background import Loop
from cop_app.db import session_scope
from cop_app.models import (
    Community,
    FanoutJob,
    FanoutKind,
    FocusAreaCode,
    MailChannel,
    Membership,
    MembershipRole,
    MembershipStatus,
    Notification,
    NotificationKind,
    Post,
    Thread,
    ThreadKind,
    User,
    Watch,
    WatchLevel,
    utcnow,
)
from cop_app.services.guards import authz
from cop_app.services.mail import outbox as mail_outbox
from cop_app.services.mail import preferences
from cop_app.services.reach import mentions, outbox, watching

#: Recipients considered per transaction (a SQLite write lock is held that long).
BATCH = 500
#: Without a wake-up, the worker still looks this often (jobs another process
#: recorded, deferred ones that came due, and what a crash left).
POLL_S = 5.0
#: A job that keeps failing is tried this many times, further apart each time.
MAX_ATTEMPTS = 5

_TEAM = (MembershipRole.LEAD, MembershipRole.FACILITATOR)
_log = logging.getLogger(__name__)


@dataclasses.dataclass(frozen=True)
class Recipient:
    user_id: int
    kind: NotificationKind
    reason: str
    detail: str = ""


@dataclasses.dataclass(frozen=True)
class Expanded:
    """One batch done: which job, who was told, and whether the job is finished."""

    job_id: int
    notified: list[int]
    done: bool


@dataclasses.dataclass
class _Plan:
    """Who a job may concern: members addressed directly (first reason wins),
    members who may watch it, and what a watcher's level must be."""

    community: Community | None
    direct: dict[int, Recipient] = dataclasses.field(default_factory=dict)
    watchers: set[int] = dataclasses.field(default_factory=set)
    watch_kind: NotificationKind | None = None
    watch_levels: tuple[WatchLevel, ...] = ()
    thread: Thread | None = None
    check_reading: bool = True
    at: datetime | None = None

    @property
    def community_id(self) -> int:
        return (self.community.id or 0) if self.community is not None else 0

    def add(
        self, user_id: int | None, kind: NotificationKind, reason: str, detail: str = ""
    ) -> None:
        if user_id and user_id > 0 and user_id not in self.direct:
            self.direct[user_id] = Recipient(user_id, kind, reason, detail)


# --------------------------------------------------------------------------- planning


def _team(session: Session, *, community_id: int, roles: Iterable[MembershipRole]) -> list[int]:
    return list(
        session.exec(
            select(Membership.user_id)
            .where(
                Membership.community_id == community_id,
                Membership.status == MembershipStatus.ACTIVE,
                col(Membership.role).in_(list(roles)),
            )
            .order_by(Membership.user_id)
        ).all()
    )


def _watchers(
    session: Session, *, thread: Thread, levels: tuple[WatchLevel, ...], with_thread: bool
) -> set[int]:
    """Members whose own level on the thread, its focus area or its community is
    one of ``levels`` (and everyone in the community, when the focus area's
    default is): the candidates; their effective level decides."""
    community_id = thread.community_id
    scopes = [watching.community_scope(community_id)]
    if thread.focus_area:
        scopes.append(watching.focus_scope(community_id, thread.focus_area))
    if with_thread:
        scopes.append(watching.thread_scope(thread.id or 0))
    found = set(
        session.exec(
            select(Watch.user_id).where(
                col(Watch.scope).in_(scopes), col(Watch.level).in_(list(levels))
            )
        ).all()
    )
    if thread.focus_area:
        default = watching.focus_defaults(session, community_id=community_id).get(
            FocusAreaCode(thread.focus_area)
        )
        if default in levels:
            found.update(
                session.exec(
                    select(Membership.user_id).where(
                        Membership.community_id == community_id,
                        Membership.status == MembershipStatus.ACTIVE,
                    )
                ).all()
            )
    return found


def _mentioned(session: Session, plan: _Plan, job: FanoutJob) -> None:
    told = 0
    for uid in job.mentions:
        targets = (
            [
                (lead, "leads_mentioned")
                for lead in _team(
                    session, community_id=plan.community_id, roles=[MembershipRole.LEAD]
                )
            ]
            if uid == mentions.LEADS
            else [(uid, "mentioned")]
        )
        for target, reason in targets:
            if told >= mentions.MAX_MENTIONED:
                return
            if target != job.actor_id and target not in plan.direct:
                plan.add(target, NotificationKind.MENTION, reason)
                told += 1


def _live_thread(session: Session, job: FanoutJob) -> tuple[Thread, Post | None] | None:
    """The job's thread and post, unless hidden or deleted since (then nobody
    is told anything about them)."""
    thread = session.get(Thread, job.thread_id) if job.thread_id else None
    if thread is None or thread.is_hidden:
        return None
    post = session.get(Post, job.post_id) if job.post_id else None
    if job.post_id and (post is None or post.deleted_at is not None):
        return None
    return thread, post


def _plan(session: Session, job: FanoutJob) -> _Plan:
    # A thread may have moved since: its community now is the one that counts.
    thread_now = session.get(Thread, job.thread_id) if job.thread_id else None
    community_id = thread_now.community_id if thread_now is not None else job.community_id
    community = session.get(Community, community_id)
    plan = _Plan(community=community, at=job.created_at)
    if community is None:
        return plan
    kind = FanoutKind(job.kind)
    if kind == FanoutKind.JOIN_REQUEST:
        pending = session.exec(
            select(Membership.id).where(
                Membership.community_id == community.id,
                Membership.user_id == job.subject_id,
                Membership.status == MembershipStatus.PENDING,
            )
        ).first()
        if pending is not None:  # still waiting for a decision
            for uid in _team(session, community_id=plan.community_id, roles=_TEAM):
                plan.add(uid, NotificationKind.JOIN_REQUEST, "reviewer")
        return plan
    if kind == FanoutKind.JOIN_DECIDED:
        plan.check_reading = False  # their own request: it reveals nothing they may not see
        plan.add(job.subject_id, NotificationKind.JOIN_DECIDED, "your_request", job.detail)
        return plan
    found = _live_thread(session, job)
    if found is None:
        return plan
    thread, post = found
    plan.thread = thread
    if kind == FanoutKind.POST and post is not None:
        first = post.position == 0
        _mentioned(session, plan, job)
        if first:
            if ThreadKind(thread.kind) == ThreadKind.HELPDESK:
                for uid in _team(session, community_id=thread.community_id, roles=_TEAM):
                    plan.add(uid, NotificationKind.HELPDESK_REQUEST, "helpdesk_team")
            plan.watch_kind = NotificationKind.NEW_THREAD
            plan.watch_levels = (WatchLevel.WATCHING, WatchLevel.WATCHING_FIRST_POST)
        else:
            plan.add(thread.author_id, NotificationKind.REPLY, "your_thread")
            if post.quoted_post_id:
                quoted = session.get(Post, post.quoted_post_id)
                if quoted is not None and quoted.deleted_at is None:
                    plan.add(quoted.author_id, NotificationKind.QUOTE, "your_post")
            plan.watch_kind = NotificationKind.WATCHED_POST
            plan.watch_levels = (WatchLevel.WATCHING,)
        plan.watchers = _watchers(
            session, thread=thread, levels=plan.watch_levels, with_thread=not first
        )
    elif kind == FanoutKind.ANSWER and post is not None:
        plan.add(post.author_id, NotificationKind.ANSWER_ACCEPTED, "your_answer")
        plan.add(thread.author_id, NotificationKind.ANSWER_ACCEPTED, "your_thread")
        plan.watch_kind = NotificationKind.ANSWER_ACCEPTED
        plan.watch_levels = (WatchLevel.WATCHING,)
        plan.watchers = _watchers(
            session, thread=thread, levels=plan.watch_levels, with_thread=True
        )
    elif kind == FanoutKind.TARGET_CHECK:
        plan.at = job.run_after
        target = thread.response_target_hours
        if not target or thread.closed_at is not None:
            return plan
        due = thread.created_at + timedelta(hours=target)
        if thread.first_response_at is not None and thread.first_response_at <= due:
            return plan  # answered in time
        plan.add(thread.assigned_to_id, NotificationKind.TARGET_PASSED, "assigned")
        for uid in _team(session, community_id=thread.community_id, roles=_TEAM):
            plan.add(uid, NotificationKind.TARGET_PASSED, "helpdesk_team")
    return plan


_WATCH_REASONS = {
    "thread": "watching_thread",
    "focus": "watching_focus",
    "community": "watching_community",
    "focus_default": "focus_default",
}


def _decide(session: Session, job: FanoutJob, plan: _Plan, batch: list[int]) -> list[Recipient]:
    """Who in this batch is told, and what: asked now, at delivery."""
    community = plan.community
    if community is None or not batch:
        return []
    readers = (
        authz.readers_among(session, community=community, user_ids=batch)
        if plan.check_reading
        else set(batch)
    )
    thread = plan.thread
    levels = (
        watching.effective_for(
            session,
            user_ids=batch,
            community_id=thread.community_id,
            focus_area=thread.focus_area,
            thread_id=thread.id,
        )
        if thread is not None
        else {}
    )
    told = []
    for uid in batch:
        if uid == job.actor_id or uid not in readers:
            continue
        effective = levels.get(uid)
        if effective is not None and effective.level == WatchLevel.MUTED:
            continue
        recipient = plan.direct.get(uid)
        if (
            recipient is None
            and effective is not None
            and plan.watch_kind is not None
            and effective.level in plan.watch_levels
        ):
            recipient = Recipient(uid, plan.watch_kind, _WATCH_REASONS.get(effective.source, ""))
        if recipient is not None:
            told.append(recipient)
    return told


# --------------------------------------------------------------------------- expanding


def _next_due(session: Session, *, now: datetime, lock: bool) -> FanoutJob | None:
    query = (
        select(FanoutJob)
        .where(col(FanoutJob.done_at).is_(None), col(FanoutJob.run_after) <= now)
        .order_by(col(FanoutJob.id))
        .limit(1)
    )
    if lock and session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    return session.exec(query).first()


def has_due(session: Session, *, now: datetime | None = None) -> bool:
    return _next_due(session, now=now or utcnow(), lock=False) is not None


def _insert(session: Session, rows: list[dict]) -> None:
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = insert(Notification).on_conflict_do_nothing(index_elements=["job_id", "user_id"])
    session.execute(statement, rows)


def expand_next(
    session: Session,
    *,
    now: datetime | None = None,
    batch: int = BATCH,
    claimed: list[int] | None = None,
) -> Expanded | None:
    """Expand one batch of the oldest due job in this transaction (the caller
    commits); None when no job is due."""
    now = now or utcnow()
    job = _next_due(session, now=now, lock=True)
    if job is None:
        return None
    if claimed is not None:
        claimed.append(job.id or 0)  # which job, should it fail
    plan = _plan(session, job)
    everyone = sorted((set(plan.direct) | plan.watchers) - {0})
    remaining = [uid for uid in everyone if uid > job.cursor]
    chunk = remaining[:batch]
    told = _decide(session, job, plan, chunk)
    at = plan.at or job.created_at
    # Each member's choice for the kind: off (not told at all), in the app, or
    # also by email (gathered into their mail for the thread, in this transaction).
    channels = preferences.channels_for(
        session, user_ids=[r.user_id for r in told], kinds={r.kind for r in told}
    )
    told = [r for r in told if channels[(r.user_id, r.kind)] != MailChannel.OFF]
    mails = mail_outbox.gather(
        session,
        recipients=[
            (r.user_id, r.kind) for r in told if channels[(r.user_id, r.kind)] == MailChannel.EMAIL
        ],
        community_id=plan.community_id,
        thread_id=job.thread_id,
        at=at,
        cause=f"job{job.id}",
    )
    if told:
        _insert(
            session,
            [
                {
                    "user_id": r.user_id,
                    "job_id": job.id,
                    "kind": r.kind,
                    "reason": r.reason,
                    "community_id": plan.community_id,
                    "thread_id": job.thread_id,
                    "post_id": job.post_id,
                    "actor_id": job.actor_id,
                    "focus_area": plan.thread.focus_area if plan.thread is not None else None,
                    "detail": r.detail,
                    "created_at": at,
                    "mail_id": mails.get(r.user_id),
                }
                for r in told
            ],
        )
    done = len(remaining) <= batch
    job.cursor = chunk[-1] if chunk else job.cursor
    if done:
        job.done_at = now
    session.add(job)
    session.flush()
    notified = [r.user_id for r in told]
    # Members away (``User.away_until``) find theirs on the notifications page
    # when they look; their bell is not rung live.
    away = (
        set(
            session.exec(
                select(User.id).where(col(User.id).in_(notified), col(User.away_until) > now)
            ).all()
        )
        if notified
        else set()
    )
    rung = [uid for uid in notified if uid not in away]
    if rung:
        live.publish_on_commit(session, *(live.user_topic(uid) for uid in rung))
    return Expanded(job_id=job.id or 0, notified=notified, done=done)


def _set_back(url: str | None, job_id: int) -> None:
    """A job failed: try it again later, and give up after :data:`MAX_ATTEMPTS`
    (logged; the event itself is saved either way)."""
    with session_scope(url, write=True) as session:
        query = select(FanoutJob).where(FanoutJob.id == job_id, col(FanoutJob.done_at).is_(None))
        if session.get_bind().dialect.name == "postgresql":
            query = query.with_for_update()
        job = session.exec(query).first()
        if job is None:
            return
        job.attempts += 1
        if job.attempts >= MAX_ATTEMPTS:
            job.done_at = utcnow()
            job.detail = "failed"
            _log.error("fan-out job %s failed %s times; given up", job.id, job.attempts)
        else:
            job.run_after = utcnow() + timedelta(seconds=30 * 2**job.attempts)
        session.add(job)


def drain(url: str | None = None, *, max_batches: int = 10_000) -> int:
    """Expand every due job (each batch in its own transaction); the number of
    batches done."""
    batches = 0
    while batches < max_batches:
        with session_scope(url) as session:
            if not has_due(session):
                return batches
        claimed: list[int] = []
        try:
            with session_scope(url, write=True) as session:
                expanded = expand_next(session, claimed=claimed)
        except Exception:
            _log.exception("fan-out: job %s failed", claimed[-1] if claimed else "?")
            if not claimed:
                raise  # not a job's fault (the database itself): the worker retries later
            _set_back(url, claimed[-1])
            continue
        if expanded is None:
            return batches
        batches += 1
    return batches


class Worker(Loop):
    """This process's fan-out worker (one asyncio task, the work in a thread)."""

    name = "fan-out"

    async def step(self, url: str | None) -> None:
        await asyncio.to_thread(drain, url)

    def pause(self, url: str | None) -> float:
        return POLL_S


worker = Worker(outbox.wakers)


async def run_worker() -> None:
    """Lifespan task: this process expands fan-out jobs while it serves."""
    await worker.run()


def pending_count(session: Session) -> int:
    return session.exec(
        select(sa.func.count()).select_from(FanoutJob).where(col(FanoutJob.done_at).is_(None))
    ).one()
