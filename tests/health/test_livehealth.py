"""The live report: built once, then kept current by applying events, it must
say what a full recompute says."""

from __future__ import annotations

import dataclasses
import random
import threading
from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import Session

from cop_app.models import (
    Community,
    FocusAreaCode,
    MembershipStatus,
    Thread,
    ThreadKind,
    User,
    utcnow,
)
from cop_app.services.health import livehealth, metrics
from tests.factories import (
    make_community,
    make_membership,
    make_reaction,
    make_reply,
    make_thread,
    make_user,
)

# History happens on whole hours and the anchor sits at half past, so moving
# the report's end by a few minutes moves no event across any window edge.
ANCHOR = datetime(2026, 11, 22, 12, 30, tzinfo=UTC)
HOUR = timedelta(hours=1)
FOCUS = [FocusAreaCode.PRACTITIONER_SUPPORT, FocusAreaCode.LEARNING, None]


def _history(session: Session, seed: int = 7) -> tuple[Community, list[User], list[Thread]]:
    rng = random.Random(seed)
    community = make_community(
        session, primary=(FocusAreaCode.PRACTITIONER_SUPPORT,), secondary=(FocusAreaCode.LEARNING,)
    )
    people = [
        make_user(
            session,
            organisation=rng.choice(["Bank", "Agency", "NGO", ""]),
            region=rng.choice(["Africa", "Asia", ""]),
            discipline=rng.choice(["Economics", "Engineering"]),
        )
        for _ in range(24)
    ]
    start = ANCHOR - timedelta(days=500)
    for person in people:
        joined = start + rng.randrange(0, 480 * 24) * HOUR - 30 * timedelta(minutes=1)
        status = MembershipStatus.LEFT if rng.random() < 0.15 else MembershipStatus.ACTIVE
        make_membership(
            session,
            community=community,
            user=person,
            joined_at=joined + timedelta(minutes=30),
            status=status,
        )
    threads: list[Thread] = []
    heavy = people[:4]  # a few regulars who write most
    for _ in range(160):
        at = ANCHOR - rng.randrange(2, 480 * 24) * HOUR - timedelta(minutes=30)
        author = rng.choice(heavy if rng.random() < 0.5 else people)
        kind = rng.choice([ThreadKind.QUESTION, ThreadKind.HELPDESK, ThreadKind.DISCUSSION])
        thread = make_thread(
            session,
            community=community,
            author=author,
            created_at=at,
            kind=kind,
            focus_area=rng.choice(FOCUS),
            is_hidden=rng.random() < 0.05,
        )
        threads.append(thread)
        for _ in range(rng.choice([0, 0, 1, 2, 3])):
            at += rng.randrange(1, 200) * HOUR
            if at >= ANCHOR:
                break
            replier = rng.choice(heavy + [thread_author for thread_author in [author]] + people)
            post = make_reply(session, thread=thread, author=replier, at=at)
            if rng.random() < 0.4:
                liker = rng.choice(people)
                make_reaction(session, post=post, user=liker, at=at + HOUR)
    session.flush()
    return community, people, threads


def _same(live: metrics.HealthReport, full: metrics.HealthReport) -> None:
    """Equal, but for the live queue's age (measured from the clock, not as_of)."""

    def without_age(report: metrics.HealthReport) -> metrics.HealthReport:
        queue = dataclasses.replace(report.unanswered_queue, oldest_age_seconds=None)
        return dataclasses.replace(report, unanswered_queue=queue, as_of=ANCHOR)

    live, full = without_age(live), without_age(full)
    for field in dataclasses.fields(full):
        if field.name == "window_start":
            continue
        assert getattr(live, field.name) == getattr(full, field.name), field.name


@pytest.mark.parametrize("days", [30, 90, 365])
def test_a_freshly_built_live_report_equals_the_full_report(session: Session, days: int) -> None:
    community, _, _ = _history(session)
    live = livehealth.LiveReport.build(
        session, community_id=community.id or 0, window_days=days, as_of=ANCHOR
    )
    full = metrics.community_health(
        session, community_id=community.id or 0, as_of=ANCHOR, window_days=days
    )
    _same(live.snapshot().report, full)
    assert live.snapshot().report.top10_share.ratio.denominator > 0  # the history is not empty


@pytest.mark.parametrize("days", [30, 90])
def test_events_after_the_anchor_give_what_a_full_recompute_gives(
    session: Session, days: int
) -> None:
    community, people, threads = _history(session)
    cid = community.id or 0
    live = livehealth.LiveReport.build(session, community_id=cid, window_days=days, as_of=ANCHOR)
    before = live.snapshot()
    minute = timedelta(minutes=1)
    # Someone new answers the oldest unanswered question of the window.
    waiting = [
        t
        for t in threads
        if t.first_response_at is None
        and not t.is_hidden
        and t.kind != ThreadKind.DISCUSSION
        and t.created_at >= ANCHOR - timedelta(days=days)
    ]
    assert waiting, "the history has an unanswered question in the window"
    newcomer = make_user(session, organisation="Ministry", region="Europe", discipline="Law")
    make_membership(session, community=community, user=newcomer, joined_at=ANCHOR + minute)
    make_reply(session, thread=waiting[0], author=newcomer, at=ANCHOR + 2 * minute)
    # A new request, a reaction by an old hand, a reply to one's own thread.
    fresh = make_thread(
        session,
        community=community,
        author=people[5],
        created_at=ANCHOR + 3 * minute,
        kind=ThreadKind.HELPDESK,
        focus_area=FocusAreaCode.LEARNING,
    )
    make_reply(session, thread=fresh, author=people[5], at=ANCHOR + 4 * minute)
    for person in people[:12]:
        post = make_reply(session, thread=fresh, author=person, at=ANCHOR + 5 * minute)
    make_reaction(session, post=post, user=people[20], at=ANCHOR + 6 * minute)
    # A moderator hides an answered thread of the window, and an answer is
    # deleted (its thread is unanswered again).
    answered = [
        t
        for t in threads
        if t.first_response_at is not None
        and not t.is_hidden
        and t.created_at >= ANCHOR - timedelta(days=days)
    ]
    answered[0].is_hidden = True
    answered[1].first_response_at = None
    answered[1].first_response_seconds = None
    for thread in answered[:2]:
        thread.changed_at = ANCHOR + 7 * minute
        session.add(thread)
    session.flush()

    applied = live.catch_up(session)
    after = live.snapshot()
    full = metrics.community_health(
        session, community_id=cid, as_of=ANCHOR + 10 * minute, window_days=days
    )
    assert applied > 0 and after is not before
    _same(after.report, full)
    assert after.report.new_members == before.report.new_members + 1
    assert after.report.first_response.answered != before.report.first_response.answered or (
        after.report.first_response.unanswered != before.report.first_response.unanswered
    )
    # Applying again changes nothing: every row is counted once.
    live.catch_up(session)
    _same(live.snapshot().report, full)


def test_charts_follow_events_in_the_current_week(session: Session) -> None:
    community, people, _threads = _history(session)
    live = livehealth.LiveReport.build(
        session, community_id=community.id or 0, window_days=90, as_of=ANCHOR
    )
    charts = live.snapshot().charts
    assert len(charts.week_starts) == 12 and len(charts.levels) == 12
    full = metrics.community_health(
        session, community_id=community.id or 0, as_of=ANCHOR, window_days=90
    )
    assert charts.active[-1] == full.active_members.last_7_days
    assert sum(charts.waits) == full.first_response.answered
    assert charts.unanswered == full.first_response.unanswered
    assert sum(n for _, n in charts.focus) == full.focus_alignment.ratio.denominator
    newcomer = make_user(session)
    thread = make_thread(
        session, community=community, author=newcomer, created_at=ANCHOR + timedelta(minutes=1)
    )
    make_reply(session, thread=thread, author=people[1], at=ANCHOR + timedelta(minutes=70))
    live.catch_up(session)
    after = live.snapshot().charts
    assert after.contributions[-1] == charts.contributions[-1] + 2
    assert after.waits[1] == charts.waits[1] + 1  # answered in 1 to 4 hours
    assert after.contributions[:-1] == charts.contributions[:-1]


def test_no_activity_at_all_gives_empty_figures_not_zeros(session: Session) -> None:
    community = make_community(session, primary=(FocusAreaCode.LEARNING,))
    live = livehealth.LiveReport.build(
        session, community_id=community.id or 0, window_days=30, as_of=ANCHOR
    )
    report = live.snapshot().report
    assert report.first_response.median_seconds is None
    assert report.top10_share.ratio.value is None and report.top10_share.band is None
    assert report.absence_factor.members is None
    assert report.unanswered_queue.count == 0
    assert live.snapshot().charts.contributions == (0, 0, 0, 0)
    _same(
        report,
        metrics.community_health(
            session, community_id=community.id or 0, as_of=ANCHOR, window_days=30
        ),
    )


def test_open_dashboards_share_one_report_and_read_the_database_once_per_news(
    session: Session,
) -> None:
    community = make_community(session, primary=(FocusAreaCode.LEARNING,))
    asker, helper = make_user(session), make_user(session)
    for person in (asker, helper):
        make_membership(session, community=community, user=person)
    question = make_thread(
        session, community=community, author=asker, created_at=utcnow() - timedelta(hours=3)
    )
    cid = community.id or 0
    livehealth.forget(cid)
    try:
        first = livehealth.current(session, community_id=cid, window_days=30, topic_version=1)
        assert first.report.unanswered_queue.count == 1
        make_reply(session, thread=question, author=helper, at=utcnow())
        # Another viewer of the same news: the shared snapshot, no new read.
        assert livehealth.current(session, community_id=cid, window_days=30, topic_version=1) is (
            first
        )
        # News (the topic moved): the report catches up, once, for everyone.
        second = livehealth.current(session, community_id=cid, window_days=30, topic_version=2)
        assert second.report.unanswered_queue.count == 0
        assert second.report.first_response.answered == 1
        assert second.events_applied == 1
        before = livehealth.previous(session, community_id=cid, window_days=30)
        assert livehealth.previous(session, community_id=cid, window_days=30) is before
        assert before.as_of == second.anchor - timedelta(days=30)
    finally:
        livehealth.forget(cid)


def test_a_due_rebuild_happens_in_the_background_while_the_old_report_serves(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    community = make_community(session, primary=(FocusAreaCode.LEARNING,))
    asker, helper = make_user(session), make_user(session)
    for person in (asker, helper):
        make_membership(session, community=community, user=person)
    question = make_thread(
        session, community=community, author=asker, created_at=utcnow() - timedelta(hours=2)
    )
    session.commit()
    cid = community.id or 0
    livehealth.forget(cid)
    try:
        livehealth.current(session, community_id=cid, window_days=30, topic_version=1)
        old = livehealth._reports[(cid, 30)]
        old.before = livehealth.previous(session, community_id=cid, window_days=30)
        make_reply(session, thread=question, author=helper, at=utcnow())
        session.commit()
        monkeypatch.setattr(livehealth, "REANCHOR_S", 0.0)
        # Due: the caller is served by the old report (caught up), not made to wait.
        served = livehealth.current(session, community_id=cid, window_days=30, topic_version=2)
        assert served.report.unanswered_queue.count == 0
        for thread in threading.enumerate():
            if thread.name == f"livehealth-rebuild-{cid}-30":
                thread.join(timeout=30)
        fresh = livehealth._reports[(cid, 30)]
        assert fresh is not old and fresh.anchor > old.anchor
        assert fresh.before is not None  # the period before came along
        assert fresh.snapshot().report.first_response.answered == 1
        assert (cid, 30) not in livehealth._rebuilding
    finally:
        livehealth.forget(cid)
