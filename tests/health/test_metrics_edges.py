"""Health metrics at their edges, on small histories written through the real services.

Each test builds a history with the write services (``communities.do_join`` /
``do_leave`` / ``do_decide_join`` / ``do_set_focus_areas``, ``threads.do_create_thread``
/ ``do_reply`` / ``do_accept_answer`` / ``do_delete_post``), each write placed at an
explicit instant relative to ``AS_OF``, and pins the exact values the metrics in
``cop_app/services/health/metrics.py`` report for it: no activity at all, questions
answered only by their author, deleted replies, members who left, the help-desk
target to the second, the top-10 share bands at exactly 30 / 55 / 70 %, the
absence factor with ties, nearest-rank percentiles on even counts, and the
half-open windows. The definitions are those of ``shared/DOMAIN.md``
("Health metrics with precise definitions").
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

import pytest
from sqlmodel import Session

from cop_app.models import (
    Community,
    FocusAreaCode,
    Membership,
    MembershipRole,
    MembershipStatus,
    Openness,
    Post,
    TargetUnit,
    Thread,
    ThreadKind,
    ThreadStatus,
    User,
)
from cop_app.services.communities import communities
from cop_app.services.health import metrics
from cop_app.services.health.metrics import ConcentrationBand, Ratio
from cop_app.services.threads import threads
from tests.factories import make_community, make_user
from tests.health.test_metrics import AS_OF, DAY, HOUR, ago, scope

SECOND = timedelta(seconds=1)
SUPPORT = FocusAreaCode.PRACTITIONER_SUPPORT
LONG_AGO = ago(365)  # when the long-standing members joined: outside every window


# --------------------------------------------------------------------------- helpers


def new_community(
    session: Session, *, helpdesk_target_hours: float | None = None, **overrides
) -> Community:
    """A community; with a help-desk target, practitioner support is its primary
    focus area with that first-response target (copied into each new request)."""
    community = make_community(session, **overrides)
    if helpdesk_target_hours is not None:
        set_helpdesk_target(session, community, helpdesk_target_hours)
    return community


def set_helpdesk_target(session: Session, community: Community, hours: float) -> None:
    communities.do_set_focus_areas(
        session,
        community=community,
        primary=[SUPPORT],
        targets={SUPPORT: (hours, TargetUnit.HOURS_TO_FIRST_RESPONSE)},
        at=LONG_AGO,
    )


def member(
    session: Session,
    community: Community,
    *,
    joined: datetime = LONG_AGO,
    role: MembershipRole = MembershipRole.MEMBER,
    **profile: str,
) -> User:
    """A user who joined ``community`` (an open one) at ``joined``."""
    user = make_user(session, **profile)
    communities.do_join(session, community=community, user=user, role=role, at=joined)
    return user


def start(
    session: Session,
    community: Community,
    author: User,
    at: datetime,
    kind: ThreadKind = ThreadKind.QUESTION,
) -> Thread:
    return threads.do_create_thread(
        session,
        community=community,
        author=author,
        kind=kind,
        title=f"{kind.value} at {at.isoformat()}",
        body="What works here?",
        at=at,
    )


def reply(session: Session, thread: Thread, author: User, at: datetime) -> Post:
    return threads.do_reply(session, thread=thread, author=author, body="Try this.", at=at)


def membership_of(session: Session, community: Community, user: User) -> Membership:
    found = communities.get_membership(session, community=community, user=user)
    assert found is not None
    return found


# --------------------------------------------------------------------------- no activity


def test_community_with_members_but_no_contributions_reports_none_not_zero(
    session: Session,
) -> None:
    community = new_community(session, helpdesk_target_hours=48)
    member(session, community)
    member(session, community)
    member(session, community, joined=ago(3))  # joined in the window
    leaver = member(session, community, joined=ago(10))  # joined in the window, then left
    communities.do_leave(session, community=community, user=leaver, at=ago(2))

    report = metrics.community_health(session, **scope(community))

    empty = Ratio(0, 0)
    assert report == metrics.HealthReport(
        community_id=community.id,
        as_of=AS_OF,
        window_days=30,
        window_start=ago(30),
        active_members=metrics.ActiveMembers(last_7_days=0, last_30_days=0),
        stickiness=metrics.Stickiness(
            daily_active=(0,) * 30,
            average_daily_active=0.0,
            monthly_active=0,
            ratio=empty,
            meets_target=None,
        ),
        new_members=2,  # joining and leaving are not contributions, but joins are joins
        new_contributors=0,
        first_response=metrics.FirstResponseTimes(
            answered=0, unanswered=0, median_seconds=None, p90_seconds=None
        ),
        reply_coverage=metrics.ReplyCoverage(ratio=empty, within_days=7, recent_excluded=0),
        helpdesk_target=metrics.HelpdeskTarget(
            ratio=empty, met=0, missed=0, pending=0, without_target=0
        ),
        unanswered_queue=metrics.UnansweredQueue(
            count=0, questions=0, requests=0, oldest_created_at=None, oldest_age_seconds=None
        ),
        top10_share=metrics.TopShare(ratio=empty, authors=0, band=None),
        absence_factor=metrics.AbsenceFactor(
            members=None, contributions_covered=0, total_contributions=0, contributors=0
        ),
        lost_regulars=(),
        reactivated=(),
        focus_alignment=metrics.FocusAlignment(
            ratio=empty, primary_focus_areas=(SUPPORT,), untagged=0
        ),
        boundary_crossing=metrics.BoundaryCrossing(
            overall=empty, organisation=empty, region=empty, discipline=empty
        ),
    )
    ratios = [
        report.stickiness.ratio,
        report.reply_coverage.ratio,
        report.helpdesk_target.ratio,
        report.top10_share.ratio,
        report.focus_alignment.ratio,
        report.boundary_crossing.overall,
    ]
    assert [r.value for r in ratios] == [None] * len(ratios)  # "no data", never 0 %


# --------------------------------------------------------------------------- self-answers


def test_questions_answered_only_by_their_author_stay_unanswered_everywhere(
    session: Session,
) -> None:
    community = new_community(session, helpdesk_target_hours=48)
    asker = member(session, community, organisation="Ministry of Health", region="Africa")
    member(session, community, organisation="NGO X", region="Asia")  # could help, never does
    question = start(session, community, asker, ago(10))
    reply(session, question, asker, ago(10) + timedelta(hours=1))
    reply(session, question, asker, ago(9))
    request = start(session, community, asker, ago(3), ThreadKind.HELPDESK)
    reply(session, request, asker, ago(3) + timedelta(hours=1))

    assert (question.first_response_at, question.first_response_seconds) == (None, None)
    assert (request.first_response_at, request.first_response_seconds) == (None, None)
    assert metrics.first_response_times(session, **scope(community)) == (
        metrics.FirstResponseTimes(answered=0, unanswered=2, median_seconds=None, p90_seconds=None)
    )
    assert metrics.unanswered_queue(session, **scope(community)) == metrics.UnansweredQueue(
        count=2,
        questions=1,
        requests=1,
        oldest_created_at=ago(10),
        oldest_age_seconds=10 * DAY,
    )
    # The question is settled (10 days old) and not covered; the request is too recent.
    assert metrics.reply_coverage(session, **scope(community)) == metrics.ReplyCoverage(
        ratio=Ratio(0, 1), within_days=7, recent_excluded=1
    )
    # 72 hours without a reply from anyone else: past the 48-hour target, missed.
    assert metrics.helpdesk_target(session, **scope(community)) == metrics.HelpdeskTarget(
        ratio=Ratio(0, 1), met=0, missed=1, pending=0, without_target=0
    )
    # Replies to one's own thread connect nobody: nothing to judge, not 0 %.
    crossing = metrics.boundary_crossing(session, **scope(community))
    assert crossing.overall == Ratio(0, 0)
    assert crossing.overall.value is None
    # They are still posts the asker wrote.
    assert metrics.top10_share(session, **scope(community)) == metrics.TopShare(
        ratio=Ratio(5, 5), authors=1, band=ConcentrationBand.FRAGILE
    )


# --------------------------------------------------------------------------- deleted replies


def test_deleting_the_only_reply_by_someone_else_makes_the_question_unanswered_again(
    session: Session,
) -> None:
    community = new_community(session)
    asker, helper = member(session, community), member(session, community)
    question = start(session, community, asker, ago(10))
    answer = reply(session, question, helper, ago(10) + timedelta(hours=2))
    reply(session, question, asker, ago(10) + timedelta(hours=3))  # the asker's own follow-up
    threads.do_accept_answer(
        session, thread=question, post=answer, by=asker, at=ago(10) + timedelta(hours=4)
    )
    assert metrics.first_response_times(session, **scope(community)) == (
        metrics.FirstResponseTimes(
            answered=1, unanswered=0, median_seconds=2 * HOUR, p90_seconds=2 * HOUR
        )
    )
    assert metrics.unanswered_queue(session, **scope(community)).count == 0

    threads.do_delete_post(session, post=answer, by=helper, at=ago(9))

    session.refresh(question)
    assert question.status == ThreadStatus.OPEN  # the accepted answer went with it
    assert (question.first_response_at, question.first_response_seconds) == (None, None)
    assert metrics.first_response_times(session, **scope(community)) == (
        metrics.FirstResponseTimes(answered=0, unanswered=1, median_seconds=None, p90_seconds=None)
    )
    assert metrics.unanswered_queue(session, **scope(community)) == metrics.UnansweredQueue(
        count=1,
        questions=1,
        requests=0,
        oldest_created_at=ago(10),
        oldest_age_seconds=10 * DAY,
    )
    assert metrics.reply_coverage(session, **scope(community)).ratio == Ratio(0, 1)
    # The deleted reply was still written: it stays a post (and the helper stays
    # an active contributor) because the log records that it was written.
    assert metrics.top10_share(session, **scope(community)) == metrics.TopShare(
        ratio=Ratio(3, 3), authors=2, band=ConcentrationBand.FRAGILE
    )
    assert metrics.active_members(session, **scope(community)).last_30_days == 2
    # Asker: opening post, follow-up, acceptance; helper: the deleted reply.
    assert metrics.absence_factor(session, **scope(community)) == metrics.AbsenceFactor(
        members=1, contributions_covered=3, total_contributions=4, contributors=2
    )


def test_deleting_the_first_of_two_replies_makes_the_second_the_first_response(
    session: Session,
) -> None:
    community = new_community(session, helpdesk_target_hours=48)
    lead = member(session, community, role=MembershipRole.LEAD)
    requester, quick, slow = (member(session, community) for _ in range(3))
    request = start(session, community, requester, ago(10), ThreadKind.HELPDESK)
    first = reply(session, request, quick, ago(10) + timedelta(hours=1))
    reply(session, request, slow, ago(10) + timedelta(hours=50))
    assert request.first_response_seconds == HOUR
    assert metrics.helpdesk_target(session, **scope(community)).met == 1

    threads.do_delete_post(session, post=first, by=lead, at=ago(8))  # a moderator removes it

    session.refresh(request)
    assert request.first_response_at == ago(10) + timedelta(hours=50)
    assert request.first_response_seconds == 50 * HOUR
    assert metrics.first_response_times(session, **scope(community)) == (
        metrics.FirstResponseTimes(
            answered=1, unanswered=0, median_seconds=50 * HOUR, p90_seconds=50 * HOUR
        )
    )
    # Now first answered after 50 hours: the 48-hour target was missed.
    assert metrics.helpdesk_target(session, **scope(community)) == metrics.HelpdeskTarget(
        ratio=Ratio(0, 1), met=0, missed=1, pending=0, without_target=0
    )
    assert metrics.unanswered_queue(session, **scope(community)).count == 0
    assert metrics.top10_share(session, **scope(community)) == metrics.TopShare(
        ratio=Ratio(3, 3), authors=3, band=ConcentrationBand.FRAGILE
    )


# --------------------------------------------------------------------------- members who left


def test_member_who_left_is_still_a_new_member_and_their_contributions_still_count(
    session: Session,
) -> None:
    community = new_community(session)
    helper = member(session, community)
    leaver = member(session, community, joined=ago(20))
    question = start(session, community, leaver, ago(15))
    reply(session, question, helper, ago(14))
    communities.do_leave(session, community=community, user=leaver, at=ago(5))

    left = membership_of(session, community, leaver)
    assert (left.status, left.left_at) == (MembershipStatus.LEFT, ago(5))
    assert metrics.new_members(session, **scope(community)) == 1
    # Leaving (at 5 days ago) is not a contribution: not active in the last 7 days.
    assert metrics.active_members(session, **scope(community)) == metrics.ActiveMembers(
        last_7_days=0, last_30_days=2
    )
    assert metrics.new_contributors(session, **scope(community)) == 2
    assert metrics.top10_share(session, **scope(community)).ratio == Ratio(2, 2)
    assert metrics.first_response_times(session, **scope(community)) == (
        metrics.FirstResponseTimes(answered=1, unanswered=0, median_seconds=DAY, p90_seconds=DAY)
    )


def test_regular_who_left_without_contributing_in_the_window_is_a_lost_regular(
    session: Session,
) -> None:
    community = new_community(session)
    regular, three_in_range, stayed_active = (member(session, community) for _ in range(3))
    # The 90 days before the window are [ago(120), ago(30)).
    for at in (ago(120), ago(100), ago(80), ago(30) - SECOND):  # 4, both ends included
        start(session, community, regular, at)
    for at in (ago(120) - SECOND, ago(100), ago(80), ago(40)):  # the first is too early
        start(session, community, three_in_range, at)
    for at in (ago(110), ago(100), ago(80), ago(40), ago(20)):
        start(session, community, stayed_active, at)
    communities.do_leave(session, community=community, user=regular, at=ago(5))
    communities.do_leave(session, community=community, user=three_in_range, at=ago(5))
    communities.do_leave(session, community=community, user=stayed_active, at=ago(10))

    assert metrics.lost_regulars(session, **scope(community)) == (regular.id,)
    assert metrics.reactivated_members(session, **scope(community)) == ()
    assert metrics.active_members(session, **scope(community)).last_30_days == 1
    report = metrics.community_health(session, **scope(community))
    assert (report.lost_regulars, report.new_members) == ((regular.id,), 0)


def test_withdrawn_or_declined_join_requests_are_not_new_members(session: Session) -> None:
    community = new_community(session, openness=Openness.SELECTIVE)
    lead = member(session, community, role=MembershipRole.LEAD)  # leads join at once
    approved_then_left, withdrawn, declined, waiting = (make_user(session) for _ in range(4))

    def ask_to_join(user: User, at: datetime) -> Membership:
        return communities.do_join(session, community=community, user=user, at=at)

    asked = ask_to_join(approved_then_left, ago(20))
    communities.do_decide_join(session, membership=asked, approve=True, by=lead, at=ago(19))
    communities.do_leave(session, community=community, user=approved_then_left, at=ago(2))
    ask_to_join(withdrawn, ago(10))
    communities.do_leave(session, community=community, user=withdrawn, at=ago(9))
    refused = ask_to_join(declined, ago(8))
    communities.do_decide_join(session, membership=refused, approve=False, by=lead, at=ago(7))
    ask_to_join(waiting, ago(6))

    statuses = [
        (m.status, m.joined_at)
        for m in (
            membership_of(session, community, u)
            for u in (approved_then_left, withdrawn, declined, waiting)
        )
    ]
    assert statuses == [
        (MembershipStatus.LEFT, ago(19)),
        (MembershipStatus.LEFT, None),  # withdrawn: left without ever joining
        (MembershipStatus.DECLINED, None),
        (MembershipStatus.PENDING, None),
    ]
    assert metrics.new_members(session, **scope(community)) == 1


# --------------------------------------------------------------------------- help-desk target


def test_helpdesk_target_to_the_second(session: Session) -> None:
    community = new_community(session, helpdesk_target_hours=48)
    requester, helper = member(session, community), member(session, community)
    target = timedelta(hours=48)

    on_time = start(session, community, requester, ago(10), ThreadKind.HELPDESK)
    reply(session, on_time, helper, on_time.created_at + target)  # exactly at the target: met
    late = start(session, community, requester, ago(9), ThreadKind.HELPDESK)
    reply(session, late, helper, late.created_at + target + SECOND)  # one second over: missed
    # Unanswered one second past the target: missed.
    start(session, community, requester, AS_OF - target - SECOND, ThreadKind.HELPDESK)
    # Unanswered exactly at the target: not past it yet, pending.
    start(session, community, requester, AS_OF - target, ThreadKind.HELPDESK)
    # Unanswered well within the target: pending.
    start(session, community, requester, ago(1), ThreadKind.HELPDESK)

    assert (on_time.response_target_hours, on_time.first_response_seconds) == (48.0, 48 * HOUR)
    assert late.first_response_seconds == 48 * HOUR + 1
    assert metrics.helpdesk_target(session, **scope(community)) == metrics.HelpdeskTarget(
        ratio=Ratio(1, 3), met=1, missed=2, pending=2, without_target=0
    )


def test_helpdesk_target_is_the_one_the_request_was_given(session: Session) -> None:
    community = new_community(session, helpdesk_target_hours=48)
    requester, helper = member(session, community), member(session, community)
    request = start(session, community, requester, ago(10), ThreadKind.HELPDESK)
    set_helpdesk_target(session, community, 24)  # tightened after the request came in
    stricter = start(session, community, requester, ago(9), ThreadKind.HELPDESK)
    reply(session, request, helper, ago(10) + timedelta(hours=30))  # within 48 h: met
    reply(session, stricter, helper, ago(9) + timedelta(hours=30))  # past 24 h: missed

    assert (request.response_target_hours, stricter.response_target_hours) == (48.0, 24.0)
    assert metrics.helpdesk_target(session, **scope(community)) == metrics.HelpdeskTarget(
        ratio=Ratio(1, 2), met=1, missed=1, pending=0, without_target=0
    )


# --------------------------------------------------------------------------- top-10 share bands


def write_posts(session: Session, community: Community, author: User, count: int) -> None:
    """``count`` posts by ``author`` in the window: an opening post, then replies."""
    thread = start(session, community, author, ago(5), ThreadKind.DISCUSSION)
    for n in range(1, count):
        reply(session, thread, author, ago(5) + timedelta(minutes=n))


@pytest.mark.parametrize(
    ("post_counts", "at_boundary", "crossing_post_by_top_author", "past_boundary"),
    [
        pytest.param(
            (2, 2, *[1] * 36),  # top 10 wrote 12 of 40 posts: exactly 30 %
            (Ratio(12, 40), 38, ConcentrationBand.HEALTHY),
            False,  # one more author: 12 of 41
            (Ratio(12, 41), 39, ConcentrationBand.BROAD),
            id="30-percent-is-healthy",
        ),
        pytest.param(
            (2, *[1] * 18),  # 11 of 20: exactly 55 %
            (Ratio(11, 20), 19, ConcentrationBand.HEALTHY),
            True,  # the top author writes one more: 12 of 21
            (Ratio(12, 21), 19, ConcentrationBand.CONCENTRATED),
            id="55-percent-is-healthy",
        ),
        pytest.param(
            (2, 2, 2, 2, *[1] * 12),  # 14 of 20: exactly 70 %
            (Ratio(14, 20), 16, ConcentrationBand.CONCENTRATED),
            True,  # 15 of 21
            (Ratio(15, 21), 16, ConcentrationBand.FRAGILE),
            id="70-percent-is-concentrated",
        ),
    ],
)
def test_top10_share_bands_at_exactly_30_55_and_70_percent(
    session: Session,
    post_counts: Sequence[int],
    at_boundary: tuple[Ratio, int, ConcentrationBand],
    crossing_post_by_top_author: bool,
    past_boundary: tuple[Ratio, int, ConcentrationBand],
) -> None:
    community = new_community(session)
    authors = [member(session, community) for _ in post_counts]
    for author, count in zip(authors, post_counts, strict=True):
        write_posts(session, community, author, count)

    share = metrics.top10_share(session, **scope(community))
    assert (share.ratio, share.authors, share.band) == at_boundary

    if crossing_post_by_top_author:
        write_posts(session, community, authors[0], 1)
    else:
        write_posts(session, community, member(session, community), 1)
    share = metrics.top10_share(session, **scope(community))
    assert (share.ratio, share.authors, share.band) == past_boundary


# --------------------------------------------------------------------------- absence factor


@pytest.mark.parametrize(
    ("contributions", "expected"),
    [
        pytest.param((2, 2, 2, 2), (2, 4), id="four-tied-exactly-half-takes-two"),
        pytest.param((3, 2, 2, 2, 1), (2, 5), id="tie-for-second-exactly-half"),
        pytest.param((1, 1, 1), (2, 2), id="three-tied-odd-total-takes-two"),
        pytest.param((3, 3, 3), (2, 6), id="one-of-three-tied-is-not-half"),
        pytest.param((4, 1, 1, 1, 1), (1, 4), id="one-member-exactly-half"),
    ],
)
def test_absence_factor_with_ties(
    session: Session, contributions: Sequence[int], expected: tuple[int, int]
) -> None:
    community = new_community(session)
    for count in contributions:
        author = member(session, community)
        for n in range(count):
            start(session, community, author, ago(5, hours=n), ThreadKind.DISCUSSION)

    result = metrics.absence_factor(session, **scope(community))
    members, covered = expected
    assert result == metrics.AbsenceFactor(
        members=members,
        contributions_covered=covered,
        total_contributions=sum(contributions),
        contributors=len(contributions),
    )


# --------------------------------------------------------------------------- percentiles


@pytest.mark.parametrize(
    ("wait_hours", "median_hours", "p90_hours"),
    [
        pytest.param((5, 1), 1, 5, id="two-lower-middle"),
        pytest.param((4, 1, 3, 2), 2, 4, id="four-rank-2-and-rank-4"),
        pytest.param((6, 2, 4, 1, 5, 3), 3, 6, id="six-rank-3-and-rank-6"),
        pytest.param(tuple(range(10, 0, -1)), 5, 9, id="ten-rank-5-and-rank-9"),
    ],
)
def test_first_response_percentiles_use_nearest_rank_on_even_counts(
    session: Session, wait_hours: Sequence[int], median_hours: int, p90_hours: int
) -> None:
    community = new_community(session)
    asker, helper = member(session, community), member(session, community)
    for n, hours in enumerate(wait_hours):
        question = start(session, community, asker, ago(20 - n))
        reply(session, question, helper, question.created_at + timedelta(hours=hours))
    start(session, community, asker, ago(2))  # unanswered: counted apart, not in the times

    assert metrics.first_response_times(session, **scope(community)) == (
        metrics.FirstResponseTimes(
            answered=len(wait_hours),
            unanswered=1,
            median_seconds=median_hours * HOUR,
            p90_seconds=p90_hours * HOUR,
        )
    )


# --------------------------------------------------------------------------- windows


def test_windows_count_their_first_instant_and_not_as_of(session: Session) -> None:
    community = new_community(session)
    asker = member(session, community, organisation="Org A")
    helper = member(session, community, organisation="Org B")
    weekly = member(session, community)
    too_early = member(session, community)
    too_late = member(session, community, organisation="Org C")
    member(session, community, joined=ago(30))  # joins at the window's first instant
    member(session, community, joined=AS_OF)  # joins at as_of: not seen yet

    edge = start(session, community, asker, ago(30))  # the window's first instant
    reply(session, edge, helper, ago(30) + timedelta(hours=1))
    reply(session, edge, too_late, AS_OF)  # written at as_of: not seen yet
    start(session, community, weekly, ago(7), ThreadKind.DISCUSSION)  # 7-day window's start
    start(session, community, too_early, ago(30) - SECOND)  # unanswered, before the window
    start(session, community, too_late, AS_OF)  # unanswered, created at as_of

    report = metrics.community_health(session, **scope(community))

    assert report.active_members == metrics.ActiveMembers(last_7_days=1, last_30_days=3)
    assert report.stickiness.daily_active[0] == 2  # asker and helper, first 24-hour slice
    assert report.stickiness.daily_active[23] == 1  # weekly, the slice starting at ago(7)
    assert report.stickiness.daily_active[-1] == 0  # nothing before as_of in the last one
    assert report.stickiness.ratio == Ratio(3, 90)
    assert report.new_members == 1
    assert report.new_contributors == 3
    assert report.first_response == metrics.FirstResponseTimes(
        answered=1, unanswered=0, median_seconds=HOUR, p90_seconds=HOUR
    )
    # The discussion created exactly 7 days before as_of has not had its 7 days yet.
    assert report.reply_coverage == metrics.ReplyCoverage(
        ratio=Ratio(1, 1), within_days=7, recent_excluded=1
    )
    # The queue is not windowed (the earlier question waits), but ends before as_of.
    assert report.unanswered_queue == metrics.UnansweredQueue(
        count=1,
        questions=1,
        requests=0,
        oldest_created_at=ago(30) - SECOND,
        oldest_age_seconds=30 * DAY + 1,
    )
    assert report.top10_share == metrics.TopShare(
        ratio=Ratio(3, 3), authors=3, band=ConcentrationBand.FRAGILE
    )
    assert report.absence_factor == metrics.AbsenceFactor(
        members=2, contributions_covered=2, total_contributions=3, contributors=3
    )
    assert report.boundary_crossing.overall == Ratio(1, 1)
    assert report.focus_alignment.ratio == Ratio(0, 2)
    assert (report.lost_regulars, report.reactivated) == ((), ())
