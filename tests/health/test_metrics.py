"""Health metrics pinned on constructed scenarios (cop_app/services/health/metrics.py).

Every scenario is placed relative to a fixed ``AS_OF``; the default window is
the 30 days before it, so ``ago(30)`` is the first instant inside the window
and ``AS_OF`` itself is outside.
"""

from __future__ import annotations

import random
import time
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from sqlmodel import Session

from cop_app.models import (
    ActivityEvent,
    ActivityKind,
    Community,
    FocusAreaCode,
    KnowledgeSubtype,
    MembershipStatus,
    Thread,
    ThreadKind,
    ThreadStatus,
    User,
)
from cop_app.services.health import metrics
from cop_app.services.health.metrics import ConcentrationBand, Ratio
from tests.factories import (
    make_accept,
    make_community,
    make_membership,
    make_reaction,
    make_reply,
    make_thread,
    make_user,
    opening_post,
)

AS_OF = datetime(2025, 6, 30, 12, 0, tzinfo=UTC)
HOUR = 3600
DAY = 86400


def ago(days: float = 0, hours: float = 0) -> datetime:
    return AS_OF - timedelta(days=days, hours=hours)


def contribute(session: Session, community: Community, user: User, at: datetime) -> Thread:
    """One contribution (an opening post) by ``user`` at ``at``."""
    return make_thread(session, community=community, author=user, created_at=at)


def scope(community: Community) -> dict:
    return {"community_id": community.id, "as_of": AS_OF}


# --------------------------------------------------------------------------- basics


def test_ratio_is_none_without_denominator() -> None:
    assert Ratio(12, 40).value == 0.3
    assert Ratio(0, 0).value is None
    assert Ratio(0, 5).value == 0.0


def test_percentile_uses_nearest_rank() -> None:
    assert metrics.percentile([30, 1, 5], 50) == 5
    assert metrics.percentile([30, 1, 5], 90) == 30
    assert metrics.percentile([1, 2, 3, 4], 50) == 2  # lower middle, an observed value
    assert metrics.percentile(list(range(1, 11)), 90) == 9
    assert metrics.percentile(list(range(1, 12)), 90) == 10
    assert metrics.percentile([5, 4, 3, 2, 1], 50) == 3  # rank ceil(2.5) = 3
    assert metrics.percentile(list(range(1, 8)), 90) == 7  # rank ceil(6.3) = 7
    assert metrics.percentile([7], 90) == 7
    assert metrics.percentile([], 50) is None


@pytest.mark.parametrize(
    ("top", "total", "band"),
    [
        (29, 100, ConcentrationBand.BROAD),
        (30, 100, ConcentrationBand.HEALTHY),
        (55, 100, ConcentrationBand.HEALTHY),
        (56, 100, ConcentrationBand.CONCENTRATED),
        (70, 100, ConcentrationBand.CONCENTRATED),
        (71, 100, ConcentrationBand.FRAGILE),
        (0, 0, None),
    ],
)
def test_concentration_bands(top: int, total: int, band: ConcentrationBand | None) -> None:
    assert metrics.concentration_band(Ratio(top, total)) is band


def test_naive_as_of_is_refused(session: Session) -> None:
    community = make_community(session)
    with pytest.raises(ValueError, match="timezone-aware"):
        metrics.community_health(
            session,
            community_id=community.id,
            as_of=datetime(2025, 6, 30),  # noqa: DTZ001 - the point of the test
        )
    with pytest.raises(ValueError, match="at least one day"):
        metrics.new_members(session, **scope(community), window_days=0)


# --------------------------------------------------------------------------- activity


def test_active_members_and_stickiness(session: Session) -> None:
    community = make_community(session)
    other = make_community(session)
    daily, recent, mid, edge, old, late, joiner = (make_user(session) for _ in range(7))
    for day in range(30):  # one member active in every 24-hour slice
        contribute(session, community, daily, ago(day, hours=1))
    contribute(session, community, recent, ago(3))
    contribute(session, community, mid, ago(20))
    contribute(session, community, edge, ago(30))  # first instant of the window
    contribute(session, community, old, ago(30, hours=1))  # just before it
    contribute(session, community, late, AS_OF)  # not seen yet
    contribute(session, other, old, ago(1))  # another community
    make_membership(session, community=community, user=joiner, joined_at=ago(2))  # no contribution

    active = metrics.active_members(session, **scope(community))
    assert active == metrics.ActiveMembers(last_7_days=2, last_30_days=4)

    sticky = metrics.stickiness(session, **scope(community))
    assert len(sticky.daily_active) == 30
    assert sticky.daily_active[0] == 2  # oldest slice: daily + edge
    assert sticky.daily_active[-1] == 1
    assert sum(sticky.daily_active) == 33  # 30 + recent + mid + edge
    assert sticky.monthly_active == 4
    assert sticky.average_daily_active == pytest.approx(1.1)
    assert sticky.ratio == Ratio(33, 120)
    assert sticky.meets_target is True


def test_stickiness_of_exactly_twenty_percent_does_not_meet_the_target(session: Session) -> None:
    community = make_community(session)
    member = make_user(session)
    for day in (1, 5, 9, 13, 17, 21):  # active on 6 of 30 days: exactly 20 %
        contribute(session, community, member, ago(day))
    sticky = metrics.stickiness(session, **scope(community))
    assert sticky.ratio == Ratio(6, 30)
    assert sticky.ratio.value == pytest.approx(0.2)
    assert sticky.meets_target is False


def test_new_members_counts_active_and_left_joined_in_window(session: Session) -> None:
    community = make_community(session)
    users = [make_user(session) for _ in range(7)]
    make_membership(session, community=community, user=users[0], joined_at=ago(5))
    make_membership(
        session,
        community=community,
        user=users[1],
        joined_at=ago(10),
        status=MembershipStatus.LEFT,
        left_at=ago(2),
    )
    make_membership(session, community=community, user=users[2], joined_at=ago(30))  # edge: in
    make_membership(session, community=community, user=users[3], joined_at=ago(40))  # before
    make_membership(session, community=community, user=users[4], joined_at=AS_OF)  # after
    make_membership(session, community=community, user=users[5], status=MembershipStatus.PENDING)
    make_membership(  # only active or left memberships count, whatever the timestamps say
        session,
        community=community,
        user=users[6],
        status=MembershipStatus.DECLINED,
        joined_at=ago(3),
    )
    assert metrics.new_members(session, **scope(community)) == 3
    assert metrics.new_members(session, **scope(community), window_days=7) == 1


def test_new_contributors_are_first_contributions_in_this_community(session: Session) -> None:
    community = make_community(session)
    other = make_community(session)
    first, returning, recent_before, elsewhere, future = (make_user(session) for _ in range(5))
    contribute(session, community, first, ago(3))
    contribute(session, community, first, ago(2))  # still one new contributor
    contribute(session, community, returning, ago(200))
    contribute(session, community, returning, ago(4))
    contribute(session, community, recent_before, ago(40))
    contribute(session, community, recent_before, ago(4))
    contribute(session, other, elsewhere, ago(300))  # earlier, but in another community
    contribute(session, community, elsewhere, ago(6))
    contribute(session, community, future, AS_OF + timedelta(hours=1))
    assert metrics.new_contributors(session, **scope(community)) == 2


# --------------------------------------------------------------------------- retention


def test_lost_regulars(session: Session) -> None:
    community = make_community(session)
    five, six, three, stayed, too_old = (make_user(session) for _ in range(5))
    for n in range(5):
        contribute(session, community, five, ago(100, hours=n))
        contribute(session, community, stayed, ago(100, hours=n))
        contribute(session, community, too_old, ago(121, hours=n))  # before the 90 days
    for n in range(6):
        contribute(session, community, six, ago(50, hours=n))
    for n in range(3):
        contribute(session, community, three, ago(60, hours=n))
    contribute(session, community, stayed, ago(29))
    # Most active before first.
    assert metrics.lost_regulars(session, **scope(community)) == (six.id, five.id)


def test_reactivated_after_ninety_days_of_silence(session: Session) -> None:
    community = make_community(session)
    long_gone, gap_95, gap_90, gap_89, short_gap, newcomer = (make_user(session) for _ in range(6))
    contribute(session, community, long_gone, ago(200))
    contribute(session, community, long_gone, ago(10))
    contribute(session, community, long_gone, ago(5))
    contribute(session, community, gap_95, ago(115))  # inside the 90 days before the window
    contribute(session, community, gap_95, ago(20))
    contribute(session, community, gap_90, ago(115))
    contribute(session, community, gap_90, ago(25))  # exactly 90 days later
    contribute(session, community, gap_89, ago(115))
    contribute(session, community, gap_89, ago(26))
    contribute(session, community, short_gap, ago(45))
    contribute(session, community, short_gap, ago(10))
    contribute(session, community, newcomer, ago(10))
    # Earliest return first.
    assert metrics.reactivated_members(session, **scope(community)) == (
        gap_90.id,
        gap_95.id,
        long_gone.id,
    )


# --------------------------------------------------------------------------- responses


def test_first_response_median_p90_and_unanswered(session: Session) -> None:
    community = make_community(session)
    asker, helper = make_user(session), make_user(session)
    waits = {ThreadKind.QUESTION: 1, ThreadKind.HELPDESK: 5}
    for kind, hours in waits.items():
        thread = make_thread(
            session, community=community, author=asker, kind=kind, created_at=ago(10)
        )
        make_reply(session, thread=thread, author=helper, at=ago(10) + timedelta(hours=hours))
    slow = make_thread(session, community=community, author=asker, created_at=ago(12))
    make_reply(session, thread=slow, author=helper, at=ago(12) + timedelta(hours=30))
    make_thread(session, community=community, author=asker, created_at=ago(8))  # unanswered
    # Not questions or requests, hidden, or outside the window: ignored.
    talk = make_thread(
        session, community=community, author=asker, kind=ThreadKind.DISCUSSION, created_at=ago(9)
    )
    make_reply(session, thread=talk, author=helper, at=ago(9) + timedelta(hours=100))
    hidden = make_thread(
        session, community=community, author=asker, created_at=ago(9), is_hidden=True
    )
    make_reply(session, thread=hidden, author=helper, at=ago(9) + timedelta(hours=200))
    old = make_thread(session, community=community, author=asker, created_at=ago(31))
    make_reply(session, thread=old, author=helper, at=ago(31) + timedelta(hours=300))

    result = metrics.first_response_times(session, **scope(community))
    assert result == metrics.FirstResponseTimes(
        answered=3, unanswered=1, median_seconds=5 * HOUR, p90_seconds=30 * HOUR
    )


def test_self_reply_is_not_a_first_response(session: Session) -> None:
    community = make_community(session)
    asker, helper = make_user(session), make_user(session)
    answered = make_thread(session, community=community, author=asker, created_at=ago(5))
    make_reply(session, thread=answered, author=asker, at=ago(5) + timedelta(hours=1))
    make_reply(session, thread=answered, author=helper, at=ago(5) + timedelta(hours=3))
    talking_alone = make_thread(session, community=community, author=asker, created_at=ago(4))
    make_reply(session, thread=talking_alone, author=asker, at=ago(4) + timedelta(hours=1))

    result = metrics.first_response_times(session, **scope(community))
    assert result == metrics.FirstResponseTimes(
        answered=1, unanswered=1, median_seconds=3 * HOUR, p90_seconds=3 * HOUR
    )
    queue = metrics.unanswered_queue(session, **scope(community))
    assert queue.count == 1


def test_reply_after_as_of_is_not_seen_yet(session: Session) -> None:
    community = make_community(session)
    asker, helper = make_user(session), make_user(session)
    thread = make_thread(session, community=community, author=asker, created_at=ago(2))
    make_reply(session, thread=thread, author=helper, at=AS_OF)
    result = metrics.first_response_times(session, **scope(community))
    assert (result.answered, result.unanswered, result.median_seconds) == (0, 1, None)


def test_reply_coverage_within_seven_days_leaves_out_the_recent_tail(session: Session) -> None:
    community = make_community(session)
    author, other = make_user(session), make_user(session)

    def thread(created_days_ago: float, answer_after_hours: float | None, **kw) -> None:
        t = make_thread(
            session, community=community, author=author, created_at=ago(created_days_ago), **kw
        )
        if answer_after_hours is not None:
            at = t.created_at + timedelta(hours=answer_after_hours)
            make_reply(session, thread=t, author=other, at=at)

    thread(20, 48)  # covered
    thread(20, 8 * 24)  # answered too late
    self_only = make_thread(session, community=community, author=author, created_at=ago(15))
    make_reply(session, thread=self_only, author=author, at=ago(14))  # not by someone else
    thread(10, 7 * 24)  # exactly 7 days: covered
    thread(12, 1, kind=ThreadKind.DISCUSSION)  # every kind counts: covered
    thread(3, 1)  # recent: left out
    thread(6, None)  # recent: left out
    thread(12, 1, is_hidden=True)  # hidden: ignored
    thread(40, 1)  # before the window: ignored

    result = metrics.reply_coverage(session, **scope(community))
    assert result == metrics.ReplyCoverage(ratio=Ratio(3, 5), within_days=7, recent_excluded=2)
    short = metrics.reply_coverage(session, **scope(community), window_days=7)
    assert short.ratio == Ratio(0, 0)
    assert short.ratio.value is None


def test_helpdesk_target_met_missed_and_pending(session: Session) -> None:
    community = make_community(session)
    asker, helper = make_user(session), make_user(session)

    def request(created_days_ago: float, answer_after_hours: float | None, **kw) -> None:
        t = make_thread(
            session,
            community=community,
            author=asker,
            kind=kw.pop("kind", ThreadKind.HELPDESK),
            created_at=ago(created_days_ago),
            **kw,
        )
        if answer_after_hours is not None:
            at = t.created_at + timedelta(hours=answer_after_hours)
            make_reply(session, thread=t, author=helper, at=at)

    request(10, 47)  # met (48 h target by default)
    request(10, 48)  # met, exactly on target
    request(10, 50)  # missed
    request(3, None)  # unanswered for 72 h: missed
    request(1, None)  # unanswered for 24 h: pending
    request(10, 1, response_target_hours=None)  # no target
    request(10, 5, response_target_hours=4)  # missed
    request(10, 100, kind=ThreadKind.QUESTION)  # not a request

    result = metrics.helpdesk_target(session, **scope(community))
    assert result == metrics.HelpdeskTarget(
        ratio=Ratio(2, 5), met=2, missed=3, pending=1, without_target=1
    )


def test_unanswered_queue(session: Session) -> None:
    community = make_community(session)
    asker, helper = make_user(session), make_user(session)

    def thread(days: float, kind: ThreadKind = ThreadKind.QUESTION, **kw) -> Thread:
        return make_thread(
            session, community=community, author=asker, kind=kind, created_at=ago(days), **kw
        )

    thread(40)  # oldest in the queue (queues are not windowed)
    thread(2, ThreadKind.HELPDESK)
    alone = thread(5)
    make_reply(session, thread=alone, author=asker, at=ago(4))  # own reply: still waiting
    answered = thread(50)
    make_reply(session, thread=answered, author=helper, at=ago(49))
    thread(60, status=ThreadStatus.CLOSED)
    thread(60, is_hidden=True)
    thread(60, ThreadKind.DISCUSSION)
    thread(-1)  # created after as_of

    queue = metrics.unanswered_queue(session, **scope(community))
    assert queue == metrics.UnansweredQueue(
        count=3,
        questions=2,
        requests=1,
        oldest_created_at=ago(40),
        oldest_age_seconds=40 * DAY,
    )


# --------------------------------------------------------------------------- concentration


def test_top10_share_counts_posts_not_reactions(session: Session) -> None:
    community = make_community(session)
    authors = [make_user(session) for _ in range(15)]
    star, reactor = authors[0], authors[1]
    hub = make_thread(session, community=community, author=star, created_at=ago(20))
    posts = [
        opening_post(session, hub),
        *(make_reply(session, thread=hub, author=star, at=ago(19, hours=n)) for n in range(3)),
        *(
            make_reply(session, thread=hub, author=author, at=ago(18, hours=n))
            for n, author in enumerate(authors[1:])
        ),
    ]
    for post in posts[:10]:  # reactions are contributions, not posts
        if post.author_id != reactor.id:
            make_reaction(session, post=post, user=reactor, at=ago(10))
    make_thread(session, community=community, author=star, created_at=ago(31))  # before

    share = metrics.top10_share(session, **scope(community))
    # star 4, then nine authors with 1 each: 13 of 18 posts.
    assert share == metrics.TopShare(
        ratio=Ratio(13, 18), authors=15, band=ConcentrationBand.FRAGILE
    )


def test_top10_share_healthy_band(session: Session) -> None:
    community = make_community(session)
    for _ in range(25):
        contribute(session, community, make_user(session), ago(5))
    share = metrics.top10_share(session, **scope(community))
    assert share == metrics.TopShare(
        ratio=Ratio(10, 25), authors=25, band=ConcentrationBand.HEALTHY
    )


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ((6, 2, 2), 1),  # one member makes 60 %
        ((5, 5), 1),  # exactly half is enough
        ((4, 3, 3), 2),
        ((2, 2, 2, 2, 2), 3),
        ((), None),
    ],
)
def test_absence_factor(session: Session, counts: tuple[int, ...], expected: int | None) -> None:
    community = make_community(session)
    helper = make_user(session)
    anchor = make_thread(session, community=community, author=helper, created_at=ago(60))
    post = make_reply(session, thread=anchor, author=helper, at=ago(60))
    for count in counts:
        member = make_user(session)
        # Mix every contribution kind: threads, replies, a reaction, an accepted answer.
        kinds = ["thread", "reply", "reaction", "accept"] + ["thread"] * count
        for n, kind in enumerate(kinds[:count]):
            at = ago(5, hours=n)
            if kind == "thread":
                contribute(session, community, member, at)
            elif kind == "reply":
                make_reply(session, thread=anchor, author=member, at=at)
            elif kind == "reaction":
                make_reaction(session, post=post, user=member, at=at)
            else:
                own = contribute(session, community, member, ago(40))
                answer = make_reply(session, thread=own, author=helper, at=ago(39))
                make_accept(session, post=answer, at=at)
    result = metrics.absence_factor(session, **scope(community))
    assert result.members == expected
    assert result.total_contributions == sum(counts)
    assert result.contributors == len(counts)
    assert result.contributions_covered == sum(sorted(counts, reverse=True)[: expected or 0])


# --------------------------------------------------------------------------- focus and reach


def test_focus_alignment(session: Session) -> None:
    community = make_community(
        session,
        primary=(FocusAreaCode.LEARNING, FocusAreaCode.INNOVATION),
        secondary=(FocusAreaCode.COORDINATION,),
    )
    make_community(session, primary=(FocusAreaCode.COORDINATION,))  # not this one's
    author = make_user(session)

    def thread(focus: FocusAreaCode | None, days: float = 5, **kw) -> None:
        make_thread(
            session,
            community=community,
            author=author,
            focus_area=focus,
            created_at=ago(days),
            **kw,
        )

    thread(FocusAreaCode.LEARNING)
    thread(FocusAreaCode.COORDINATION)
    thread(FocusAreaCode.INNOVATION)
    thread(FocusAreaCode.LEARNING, days=31)  # before the window
    thread(FocusAreaCode.LEARNING, is_hidden=True)
    result = metrics.focus_alignment(session, **scope(community))
    assert result == metrics.FocusAlignment(
        ratio=Ratio(2, 3),
        primary_focus_areas=(FocusAreaCode.INNOVATION, FocusAreaCode.LEARNING),
        untagged=0,
    )

    thread(None)
    result = metrics.focus_alignment(session, **scope(community))
    assert (result.ratio, result.untagged) == (Ratio(2, 4), 1)


def test_boundary_crossing(session: Session) -> None:
    community = make_community(session)
    author = make_user(session, organisation="World Bank", region="Africa", discipline="Economics")
    other_region = make_user(
        session, organisation=" world bank", region="Asia", discipline="economics"
    )
    other_org = make_user(session, organisation="NGO X", region="Africa", discipline="Economics")
    blank = make_user(session)
    everything = make_user(session, organisation="UNDP", region="Europe", discipline="Health")
    thread = make_thread(session, community=community, author=author, created_at=ago(10))
    for n, replier in enumerate([other_region, other_org, blank, everything, author]):
        make_reply(session, thread=thread, author=replier, at=ago(9, hours=n))
    old = make_thread(session, community=community, author=author, created_at=ago(40))
    make_reply(session, thread=old, author=everything, at=ago(39))  # before the window

    result = metrics.boundary_crossing(session, **scope(community))
    assert result == metrics.BoundaryCrossing(
        overall=Ratio(3, 4),
        organisation=Ratio(2, 4),
        region=Ratio(2, 4),
        discipline=Ratio(1, 4),
    )


# --------------------------------------------------------------------------- the report


def test_empty_community_gives_none_not_zero(session: Session) -> None:
    community = make_community(session)
    report = metrics.community_health(session, **scope(community))
    ratios = [
        report.stickiness.ratio,
        report.reply_coverage.ratio,
        report.helpdesk_target.ratio,
        report.top10_share.ratio,
        report.focus_alignment.ratio,
        report.boundary_crossing.overall,
        report.boundary_crossing.organisation,
        report.boundary_crossing.region,
        report.boundary_crossing.discipline,
    ]
    assert ratios == [Ratio(0, 0)] * len(ratios)
    assert all(r.value is None for r in ratios)
    assert report.active_members == metrics.ActiveMembers(last_7_days=0, last_30_days=0)
    assert report.stickiness.meets_target is None
    assert report.first_response == metrics.FirstResponseTimes(0, 0, None, None)
    assert report.unanswered_queue == metrics.UnansweredQueue(0, 0, 0, None, None)
    assert report.top10_share.band is None
    assert report.absence_factor == metrics.AbsenceFactor(None, 0, 0, 0)
    assert (report.new_members, report.new_contributors) == (0, 0)
    assert (report.lost_regulars, report.reactivated) == ((), ())
    assert report.window_start == ago(30)


def test_community_health_agrees_with_each_metric(session: Session) -> None:
    community = make_community(session, primary=(FocusAreaCode.PRACTITIONER_SUPPORT,))
    users = [make_user(session, organisation=f"Org {n % 3}", region=f"R{n % 2}") for n in range(8)]
    rng = random.Random(7)
    for _ in range(40):
        author = rng.choice(users)
        thread = make_thread(
            session,
            community=community,
            author=author,
            kind=rng.choice([*metrics.ANSWERABLE_KINDS, ThreadKind.DISCUSSION]),
            focus_area=rng.choice([None, *FocusAreaCode]),
            created_at=ago(rng.uniform(0, 150)),
        )
        for _ in range(rng.randrange(3)):
            at = thread.created_at + timedelta(hours=rng.uniform(0, 200))
            make_reply(session, thread=thread, author=rng.choice(users), at=at)
    for user in users[:5]:
        make_membership(session, community=community, user=user, joined_at=ago(rng.uniform(0, 60)))

    for window in (30, 14):
        kw = {**scope(community), "window_days": window}
        report = metrics.community_health(session, **kw)
        assert report.active_members == metrics.active_members(session, **scope(community))
        assert report.stickiness == metrics.stickiness(session, **scope(community))
        assert report.new_members == metrics.new_members(session, **kw)
        assert report.new_contributors == metrics.new_contributors(session, **kw)
        assert report.first_response == metrics.first_response_times(session, **kw)
        assert report.reply_coverage == metrics.reply_coverage(session, **kw)
        assert report.helpdesk_target == metrics.helpdesk_target(session, **kw)
        assert report.unanswered_queue == metrics.unanswered_queue(session, **scope(community))
        assert report.top10_share == metrics.top10_share(session, **kw)
        assert report.absence_factor == metrics.absence_factor(session, **kw)
        assert report.lost_regulars == metrics.lost_regulars(session, **kw)
        assert report.reactivated == metrics.reactivated_members(session, **kw)
        assert report.focus_alignment == metrics.focus_alignment(session, **kw)
        assert report.boundary_crossing == metrics.boundary_crossing(session, **kw)


# --------------------------------------------------------------------------- cost


def _synthetic_community(session: Session, *, members: int, threads: int, replies: int) -> int:
    """A community with bulk-inserted threads and activity (thousands of rows, fast)."""
    community = make_community(session, primary=(FocusAreaCode.LEARNING,))
    assert community.id is not None
    users = [make_user(session, organisation=f"Org {n % 7}") for n in range(members)]
    rng = random.Random(42)
    rows = []
    for n in range(threads):
        created = ago(rng.uniform(0, 180))
        waited = rng.choice([None, rng.randrange(60, 20 * DAY)])
        kind = rng.choice(list(ThreadKind))
        rows.append(
            Thread(
                community_id=community.id,
                author_id=rng.choice(users).id,
                kind=kind,
                knowledge_subtype=KnowledgeSubtype.GOOD_PRACTICE
                if kind == ThreadKind.KNOWLEDGE
                else None,
                focus_area=rng.choice([None, *FocusAreaCode]),
                title=f"T{n}",
                created_at=created,
                last_activity_at=created,
                response_target_hours=48 if kind == ThreadKind.HELPDESK else None,
                first_response_seconds=waited,
                first_response_at=None if waited is None else created + timedelta(seconds=waited),
            )
        )
    session.add_all(rows)
    session.flush()
    events = [
        {
            "community_id": community.id,
            "actor_id": t.author_id,
            "kind": ActivityKind.THREAD_CREATED,
            "occurred_at": t.created_at,
            "thread_id": t.id,
        }
        for t in rows
    ]
    kinds = [ActivityKind.REPLY_CREATED] * 6 + [
        ActivityKind.REACTION_ADDED,
        ActivityKind.ANSWER_ACCEPTED,
        ActivityKind.MEMBER_JOINED,
    ]
    # Skewed activity: a few members do most of it, as in real communities.
    weights = [1 / (n + 1) for n in range(members)]
    for _ in range(replies):
        thread = rng.choice(rows)
        events.append(
            {
                "community_id": community.id,
                "actor_id": rng.choices(users, weights)[0].id,
                "kind": rng.choice(kinds),
                "occurred_at": min(AS_OF, thread.created_at + timedelta(hours=rng.uniform(0, 500))),
                "thread_id": thread.id,
                "counterpart_id": thread.author_id,
            }
        )
    session.exec(sa.insert(ActivityEvent), params=events)
    session.flush()
    return community.id


def test_community_health_runs_a_fixed_number_of_statements(
    session: Session, engine: sa.Engine
) -> None:
    statements: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany) -> None:
        statements.append(statement)

    small = _synthetic_community(session, members=5, threads=10, replies=30)
    large = _synthetic_community(session, members=300, threads=800, replies=5000)
    session.commit()

    sa.event.listen(engine, "before_cursor_execute", count)
    try:
        metrics.community_health(session, community_id=small, as_of=AS_OF)
        small_count = len(statements)
        statements.clear()
        started = time.perf_counter()
        report = metrics.community_health(session, community_id=large, as_of=AS_OF)
        elapsed = time.perf_counter() - started
    finally:
        sa.event.remove(engine, "before_cursor_execute", count)

    assert small_count == 8
    assert len(statements) == 8, statements
    assert elapsed < 2.0
    # The data is real enough that every panel has something to show.
    assert report.active_members.last_30_days > 50
    assert report.first_response.answered > 0 and report.first_response.unanswered > 0
    assert report.top10_share.ratio.denominator > 500
    assert report.absence_factor.members is not None
    assert report.boundary_crossing.overall.denominator > 0
