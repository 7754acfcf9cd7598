"""Exactly once: a job expands in batches, each committed with its cursor; a
rolled-back batch is redone, a finished job adds nothing more."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlmodel import Session, col, select

from cop_app.models import FanoutJob, FanoutKind, Notification, NotificationKind
from cop_app.services.reach import fanout, watching
from tests.profile import SCALED

from .support import LEARNING, community, expand_all, jobs, member, notes, person, reply, start

K = NotificationKind


def _watched_world(session: Session, watchers: int = 20):  # type: ignore[no-untyped-def]
    lead = person(session)
    c = community(session, lead=lead)
    author = member(session, c)
    crowd = [member(session, c) for _ in range(watchers)]
    for u in crowd:
        watching.do_set_community_level(session, user=u, community=c, level="watching")
    return c, lead, author, crowd


def _per_user(session: Session, job_id: int) -> dict[int, int]:
    rows = session.exec(
        select(Notification.user_id, sa.func.count())
        .where(Notification.job_id == job_id)
        .group_by(col(Notification.user_id))
    ).all()
    return dict(rows)


def test_a_big_job_expands_over_several_transactions_each_watcher_once(session: Session) -> None:
    c, _lead, author, crowd = _watched_world(session, 20)
    start(session, c, author, focus_area=LEARNING)
    session.commit()
    (job,) = jobs(session)
    everyone = sorted(u.id for u in crowd)

    expanded = expand_all(session, batch=7)
    assert [e.job_id for e in expanded] == [job.id] * 3
    assert [e.done for e in expanded] == [False, False, True]
    assert [len(e.notified) for e in expanded] == [7, 7, 6]
    assert sorted(uid for e in expanded for uid in e.notified) == sorted(u.id for u in crowd)
    assert _per_user(session, job.id) == {u.id: 1 for u in crowd}
    session.refresh(job)
    assert job.cursor == everyone[-1]
    assert job.done_at is not None
    assert {n.kind for n in notes(session)} == {K.NEW_THREAD}


def test_the_cursor_is_committed_with_each_batch(session: Session, engine: sa.Engine) -> None:
    c, _lead, author, crowd = _watched_world(session, 10)
    start(session, c, author, focus_area=LEARNING)
    session.commit()
    first = fanout.expand_next(session, batch=4)
    session.commit()
    assert first is not None and not first.done
    # Another connection sees the batch and its cursor together.
    with Session(engine) as other:
        job = other.exec(select(FanoutJob)).one()
        told_now = other.exec(
            select(Notification.user_id).order_by(col(Notification.user_id))
        ).all()
        assert job.cursor == sorted(u.id for u in crowd)[3]
        assert list(told_now) == sorted(first.notified)
        assert all(uid <= job.cursor for uid in told_now)
        assert job.done_at is None


def test_a_rolled_back_batch_is_redone_and_each_is_told_once(session: Session) -> None:
    c, _lead, author, crowd = _watched_world(session, 20)
    start(session, c, author, focus_area=LEARNING)
    session.commit()
    (job,) = jobs(session)

    ok = fanout.expand_next(session, batch=7)
    session.commit()
    lost = fanout.expand_next(session, batch=7)
    assert lost is not None and lost.notified
    session.rollback()  # the worker died before committing this batch
    assert len(notes(session)) == len(ok.notified)
    session.refresh(job)
    assert job.done_at is None

    expanded = expand_all(session, batch=7)
    assert sorted(lost.notified) == sorted(expanded[0].notified)  # the same batch, again
    assert _per_user(session, job.id) == {u.id: 1 for u in crowd}
    assert len(notes(session)) == 20


def test_a_finished_job_adds_nothing(session: Session) -> None:
    c, lead, author, _crowd = _watched_world(session, 5)
    thread = start(session, c, author, focus_area=LEARNING)
    reply(session, thread, lead)
    expand_all(session, batch=2)
    count = len(notes(session))
    assert count == 5 + 5 + 1  # new thread, the lead's reply, the author's reply notice
    assert fanout.expand_next(session) is None
    assert expand_all(session) == []
    assert len(notes(session)) == count

    # Even a job forced to run again (its cursor lost) tells nobody twice.
    for job in jobs(session):
        job.done_at = None
        job.cursor = 0
        session.add(job)
    again = expand_all(session)
    assert again and all(e.done for e in again)
    assert len(notes(session)) == count
    assert all(n == 1 for n in _per_user(session, jobs(session)[0].id).values())


def test_drain_expands_every_due_job(session: Session, engine: sa.Engine) -> None:
    c, lead, author, _crowd = _watched_world(session, 3)
    thread = start(session, c, author, focus_area=LEARNING)
    reply(session, thread, lead)
    session.commit()
    url = engine.url.render_as_string(hide_password=False)
    batches = fanout.drain(url)
    assert batches == 2
    assert fanout.drain(url) == 0
    session.expire_all()
    assert fanout.pending_count(session) == 0
    assert len(notes(session)) == 3 + 3 + 1


def test_jobs_expand_oldest_first(session: Session) -> None:
    c, lead, author, crowd = _watched_world(session, 2)
    thread = start(session, c, author, focus_area=LEARNING)
    reply(session, thread, lead)
    reply(session, thread, crowd[0])
    order = [e.job_id for e in expand_all(session)]
    assert order == sorted(order) and len(order) == 3
    assert [j.kind for j in jobs(session)] == [FanoutKind.POST] * 3


@pytest.mark.skipif(not SCALED, reason="row locks with SKIP LOCKED: PostgreSQL only")
def test_concurrent_workers_take_different_jobs(session: Session, engine: sa.Engine) -> None:
    c, lead, author, _crowd = _watched_world(session, 3)
    thread = start(session, c, author, focus_area=LEARNING)
    reply(session, thread, lead)
    session.commit()
    first_job, second_job = jobs(session)
    with Session(engine, expire_on_commit=False) as a, Session(engine, expire_on_commit=False) as b:
        got_a = fanout.expand_next(a)  # holds the oldest job's row lock until it commits
        got_b = fanout.expand_next(b)
        assert got_a is not None and got_b is not None
        assert (got_a.job_id, got_b.job_id) == (first_job.id, second_job.id)
        b.rollback()
        a.commit()
    expand_all(session)
    session.expire_all()
    assert fanout.pending_count(session) == 0
    assert all(n == 1 for n in _per_user(session, second_job.id).values())
    assert len(notes(session)) == 3 + 3 + 1


def test_a_failing_job_is_set_back_and_does_not_hold_up_the_others(
    session: Session, engine: sa.Engine
) -> None:
    """A job whose expansion raises (here: a corrupt mention list) is retried
    later, further apart, and given up after MAX_ATTEMPTS; younger jobs go on."""
    from cop_app.models import utcnow

    c, lead, author, _crowd = _watched_world(session, 2)
    thread = start(session, c, author, focus_area=LEARNING)
    session.commit()
    (poisoned,) = jobs(session)
    poisoned.mentions = ["not-a-user-id"]
    session.add(poisoned)
    reply(session, thread, lead)
    session.commit()
    url = engine.url.render_as_string(hide_password=False)

    assert fanout.drain(url) == 1  # the reply's job; the poisoned one was set back
    session.expire_all()
    poisoned = session.get(FanoutJob, poisoned.id)
    assert poisoned.attempts == 1 and poisoned.done_at is None
    assert poisoned.run_after > utcnow()
    assert {n.kind for n in notes(session)} == {K.WATCHED_POST, K.REPLY}

    for attempt in range(2, fanout.MAX_ATTEMPTS + 1):
        poisoned.run_after = utcnow()
        session.add(poisoned)
        session.commit()
        fanout.drain(url)
        session.expire_all()
        poisoned = session.get(FanoutJob, poisoned.id)
        assert poisoned.attempts == attempt
    assert poisoned.done_at is not None and poisoned.detail == "failed"
    assert fanout.pending_count(session) == 0
    assert notes(session, kind=K.NEW_THREAD) == []
