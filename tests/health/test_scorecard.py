"""The building-block scorecard and the life-cycle stage.

Rating a block is a write with rules (who, what, audit), tested on the real
test database. Scoring and the stage are pure functions, tested on reports
built by hand so each threshold is exercised exactly.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from sqlmodel import Session, col, select

from cop_app.i18n import t
from cop_app.models import (
    AuditLog,
    BuildingBlock,
    BuildingBlockAssessment,
    FocusAreaCode,
    MembershipRole,
    ThreadKind,
)
from cop_app.services.accounts.profiles import FormError
from cop_app.services.guards.authz import CommunityArchivedError, NotAllowedError
from cop_app.services.health import scorecard
from cop_app.services.health.metrics import (
    AbsenceFactor,
    ActiveMembers,
    BoundaryCrossing,
    ConcentrationBand,
    FirstResponseTimes,
    FocusAlignment,
    HealthReport,
    HelpdeskTarget,
    Ratio,
    ReplyCoverage,
    Stickiness,
    TopShare,
    UnansweredQueue,
)
from cop_app.services.health.scorecard import (
    MEASURED,
    NOT_ASSESSED,
    SELF_ASSESSED,
    Evidence,
    Extras,
    SelfAssessment,
    estimate_stage,
    score_blocks,
)
from tests.factories import (
    make_accept,
    make_community,
    make_membership,
    make_reaction,
    make_reply,
    make_thread,
    make_user,
)

NOW = datetime(2026, 11, 22, 12, tzinfo=UTC)
HOUR = 3600
DAY = 24 * HOUR
SLUG = "cdd-network"


# --------------------------------------------------------------------------- rating


def _team(session: Session):
    community = make_community(session, primary=(FocusAreaCode.PRACTITIONER_SUPPORT,))
    lead, facilitator, member = make_user(session), make_user(session), make_user(session)
    make_membership(session, community=community, user=lead, role=MembershipRole.LEAD)
    make_membership(session, community=community, user=facilitator, role=MembershipRole.FACILITATOR)
    make_membership(session, community=community, user=member)
    return community, lead, facilitator, member


def _rows(session: Session) -> list[BuildingBlockAssessment]:
    return list(session.exec(select(BuildingBlockAssessment)).all())


def _audits(session: Session, community) -> list[AuditLog]:
    return list(
        session.exec(
            select(AuditLog).where(AuditLog.community_id == community.id).order_by(col(AuditLog.id))
        ).all()
    )


def test_a_lead_rates_a_block_and_the_change_is_in_the_history(session: Session) -> None:
    community, lead, facilitator, _ = _team(session)
    version = community.config_version
    row = scorecard.do_set_self_assessment(
        session,
        community=community,
        by=lead,
        block="management_support",
        score="4",
        note="  The director opens our clinics.  ",
        at=NOW,
    )
    assert (row.block, row.score, row.note) == (
        BuildingBlock.MANAGEMENT_SUPPORT,
        4,
        "The director opens our clinics.",
    )
    assert row.updated_by_id == lead.id and row.updated_at == NOW
    session.refresh(community)
    assert community.config_version == version + 1  # open dashboards refresh
    [audit] = _audits(session, community)
    assert audit.action == "scorecard.update" and audit.actor_id == lead.id
    assert audit.before == {}
    assert audit.after == {
        "block": "management_support",
        "score": 4,
        "note": "The director opens our clinics.",
    }
    assert scorecard.describe_audit(audit.before, audit.after) == [
        "Management support rated 4 out of 5 (was not rated)",
        "Management support note: “The director opens our clinics.”",
    ]

    # A facilitator changes it: the same row, a second audit entry.
    scorecard.do_set_self_assessment(
        session,
        community=community,
        by=facilitator,
        block=BuildingBlock.MANAGEMENT_SUPPORT,
        score=2,
        note="The director opens our clinics.",
    )
    assert [(r.score, r.updated_by_id) for r in _rows(session)] == [(2, facilitator.id)]
    audits = _audits(session, community)
    assert len(audits) == 2 and audits[1].before["score"] == 4
    assert scorecard.describe_audit(audits[1].before, audits[1].after) == [
        "Management support rated 2 out of 5 (was 4)"
    ]
    # The same rating again writes nothing.
    scorecard.do_set_self_assessment(
        session,
        community=community,
        by=lead,
        block="management_support",
        score=2,
        note="The director opens our clinics.",
    )
    assert len(_audits(session, community)) == 2
    [listed] = scorecard.list_self_assessments(session, community=community)
    assert listed.score == 2 and listed.updated_by == facilitator.display_name


def test_a_site_admin_may_rate_a_measured_block_too(session: Session) -> None:
    community, *_ = _team(session)
    admin = make_user(session, is_site_admin=True)
    scorecard.do_set_self_assessment(
        session, community=community, by=admin, block="trust", score=5, note=""
    )
    assert [(r.block, r.score) for r in _rows(session)] == [(BuildingBlock.TRUST, 5)]


def test_members_and_the_lead_of_another_community_are_refused(session: Session) -> None:
    community, _, _, member = _team(session)
    other = make_community(session)
    other_lead = make_user(session)
    make_membership(session, community=other, user=other_lead, role=MembershipRole.LEAD)
    for who in (member, other_lead, make_user(session), None):
        with pytest.raises(NotAllowedError):
            scorecard.do_set_self_assessment(
                session, community=community, by=who, block="resources", score=3, note=""
            )
    assert _rows(session) == []
    assert _audits(session, community) == []


def test_an_archived_community_cannot_be_rated(session: Session) -> None:
    community, lead, *_ = _team(session)
    community.archived_at = NOW
    with pytest.raises(CommunityArchivedError):
        scorecard.do_set_self_assessment(
            session, community=community, by=lead, block="resources", score=3, note=""
        )
    assert _rows(session) == []


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"score": 0}, "score"),
        ({"score": 6}, "score"),
        ({"score": "three"}, "score"),
        ({"score": "2.5"}, "score"),
        ({"score": True}, "score"),
        ({"note": "x" * 501}, "note"),
        ({"block": "funding"}, "block"),
    ],
)
def test_a_bad_rating_names_its_field_and_keeps_the_previous_one(
    session: Session, fields: dict, field: str
) -> None:
    community, lead, *_ = _team(session)
    scorecard.do_set_self_assessment(
        session, community=community, by=lead, block="passion", score=3, note="Keen"
    )
    attempt = {"block": "passion", "score": 4, "note": "Keener", **fields}
    with pytest.raises(FormError) as refused:
        scorecard.do_set_self_assessment(session, community=community, by=lead, **attempt)
    assert list(refused.value.errors) == [field]
    assert refused.value.errors[field]
    [row] = _rows(session)
    assert (row.block, row.score, row.note) == (BuildingBlock.PASSION, 3, "Keen")
    assert len(_audits(session, community)) == 1


def test_every_problem_is_reported_at_once(session: Session) -> None:
    community, lead, *_ = _team(session)
    with pytest.raises(FormError) as refused:
        scorecard.do_set_self_assessment(
            session, community=community, by=lead, block="?", score=9, note="x" * 600
        )
    assert set(refused.value.errors) == {"block", "score", "note"}
    assert "500" in refused.value.errors["note"]
    assert "1" in refused.value.errors["score"] and "5" in refused.value.errors["score"]


def test_the_database_refuses_a_score_outside_1_to_5(session: Session) -> None:
    community, *_ = _team(session)
    session.add(BuildingBlockAssessment(community_id=community.id or 0, block="trust", score=7))
    with pytest.raises(sa.exc.IntegrityError):
        session.flush()


# --------------------------------------------------------------------------- reports by hand


def report(
    *,
    as_of: datetime = NOW,
    window_days: int = 30,
    active_7: int = 10,
    active_30: int = 20,
    new_members: int = 4,
    new_contributors: int = 2,
    answered: int = 10,
    unanswered: int = 0,
    median_s: int | None = 3 * HOUR,
    p90_s: int | None = 20 * HOUR,
    coverage: tuple[int, int] = (9, 10),
    helpdesk: tuple[int, int] = (5, 0),
    queue: int = 0,
    oldest_s: int | None = None,
    posts: int = 100,
    absence: int | None = 6,
    contributors: int = 20,
    contributions: int = 150,
    lost: int = 0,
    back: int = 0,
    focus: tuple[int, int] = (7, 10),
    primary: tuple[FocusAreaCode, ...] = (FocusAreaCode.PRACTITIONER_SUPPORT,),
    boundary: tuple[int, int] = (25, 50),
) -> HealthReport:
    """A health report with healthy defaults; tests change the figures they judge."""
    met, missed = helpdesk
    return HealthReport(
        community_id=1,
        as_of=as_of,
        window_days=window_days,
        window_start=as_of - timedelta(days=window_days),
        active_members=ActiveMembers(last_7_days=active_7, last_30_days=active_30),
        stickiness=Stickiness(
            daily_active=(1,) * 30,
            average_daily_active=1.0,
            monthly_active=active_30,
            ratio=Ratio(30, 30 * active_30),
            meets_target=None,
        ),
        new_members=new_members,
        new_contributors=new_contributors,
        first_response=FirstResponseTimes(
            answered=answered,
            unanswered=unanswered,
            median_seconds=median_s,
            p90_seconds=p90_s,
        ),
        reply_coverage=ReplyCoverage(ratio=Ratio(*coverage), within_days=7, recent_excluded=0),
        helpdesk_target=HelpdeskTarget(
            ratio=Ratio(met, met + missed), met=met, missed=missed, pending=0, without_target=0
        ),
        unanswered_queue=UnansweredQueue(
            count=queue,
            questions=queue,
            requests=0,
            oldest_created_at=as_of - timedelta(seconds=oldest_s) if oldest_s else None,
            oldest_age_seconds=oldest_s,
        ),
        top10_share=TopShare(
            ratio=Ratio(min(posts, 45), posts),
            authors=contributors,
            band=ConcentrationBand.HEALTHY if posts else None,
        ),
        absence_factor=AbsenceFactor(
            members=absence,
            contributions_covered=contributions // 2 if absence else 0,
            total_contributions=contributions,
            contributors=contributors,
        ),
        lost_regulars=tuple(range(100, 100 + lost)),
        reactivated=tuple(range(200, 200 + back)),
        focus_alignment=FocusAlignment(
            ratio=Ratio(*focus), primary_focus_areas=primary, untagged=1
        ),
        boundary_crossing=BoundaryCrossing(
            overall=Ratio(*boundary),
            organisation=Ratio(*boundary),
            region=Ratio(0, boundary[1]),
            discipline=Ratio(0, boundary[1]),
        ),
    )


def extras(**overrides) -> Extras:
    values = {
        "slug": SLUG,
        "created_at": NOW - timedelta(days=500),
        "member_count": 120,
        "team_size": 2,
        "team_contributors": 2,
        "knowledge_items": 3,
        "questions": 10,
        "accepted": 5,
        "helpful_reactions": 40,
        "first_response_target_hours": 24.0,
        "knowledge_target_per_quarter": 6.0,
        "boundary_target_percent": 40.0,
    }
    return Extras(**{**values, **overrides})


def _blocks(now, before=None, ratings=(), **extra_overrides):
    return {b.key: b for b in score_blocks(now, before, extras(**extra_overrides), list(ratings))}


def _urls(block) -> list[str]:
    return [e.url for e in block.evidence if e.url]


def test_a_healthy_community_scores_every_measured_block_good() -> None:
    blocks = _blocks(report(), report(active_30=15))
    assert list(blocks) == [b.value for b in BuildingBlock]
    for key in ("leadership", "critical_mass", "topic_focus", "problem_solving"):
        assert blocks[key].status == "good", (key, blocks[key])
    for key in ("knowledge_transfer", "trust"):
        assert blocks[key].status == "good", (key, blocks[key])
    for block in blocks.values():
        assert block.title and len(block.help) > 60
    for key in ("management_support", "resources", "technology", "passion"):
        assert blocks[key].source == NOT_ASSESSED
        assert blocks[key].score is None and blocks[key].status == ""
        assert "Not rated yet" in blocks[key].summary
    assert all(blocks[k].source == MEASURED for k in ("trust", "leadership"))
    mass = blocks["critical_mass"]
    assert mass.evidence[0].text == (
        "Members active in the last 30 days: 20 (17% of 120); up from 15 the period before"
    )
    problem = blocks["problem_solving"]
    assert any(
        e.text.startswith("Median first response 3 hours against a target of 24 hours")
        for e in problem.evidence
    )


def test_problem_solving_is_poor_when_questions_wait_and_the_evidence_links_to_them() -> None:
    now = report(
        coverage=(3, 10),
        median_s=5 * DAY,
        p90_s=9 * DAY,
        unanswered=6,
        helpdesk=(1, 4),
        queue=12,
        oldest_s=10 * DAY,
    )
    blocks = _blocks(now, report())
    problem = blocks["problem_solving"]
    assert problem.status == "poor" and problem.score is not None and problem.score < 40
    assert problem.summary.startswith("Needs attention, starting with")
    texts = [e.text for e in problem.evidence]
    assert texts[0].startswith("30% of threads got a reply from someone else within 7 days")
    assert "down from 90% the period before" in texts[0]
    assert "12 questions and requests wait for a first answer" in texts
    assert _urls(problem) == [
        f"/c/{SLUG}?unanswered=1",
        f"/c/{SLUG}?kind=question",
        f"/c/{SLUG}/queue",
        f"/c/{SLUG}?unanswered=1",
    ]
    assert all(e.status == "poor" for e in problem.evidence)
    # Leadership sees the oldest wait and links to the queue and the team.
    leadership = blocks["leadership"]
    assert f"/c/{SLUG}/queue" in _urls(leadership)
    assert f"/admin/communities/{SLUG}" in _urls(leadership)
    assert leadership.evidence[2].text.startswith(
        "90% of answered questions and requests got a first answer within 9 days"
    )
    assert leadership.evidence[2].status == "poor"
    assert leadership.evidence[3] == Evidence(
        "Oldest question still waiting for a first answer: 10 days", f"/c/{SLUG}/queue"
    )


def test_without_a_target_the_usual_48_hours_is_used_and_said() -> None:
    blocks = _blocks(report(median_s=30 * HOUR), first_response_target_hours=None)
    first = next(e for e in blocks["problem_solving"].evidence if "Median" in e.text)
    assert "against the usual 2 days (no target set)" in first.text
    assert first.status == "good"  # 30 h is within 48 h
    strict = _blocks(report(median_s=30 * HOUR), first_response_target_hours=24.0)
    first = next(e for e in strict["problem_solving"].evidence if "Median" in e.text)
    assert first.status == "watch"  # over 24 h, within 48 h


def test_critical_mass_hangs_on_a_few_and_leadership_on_one_silent_lead() -> None:
    now = report(active_30=6, absence=1, contributors=6)
    blocks = _blocks(now, report(active_30=6), team_size=1, team_contributors=0)
    mass = blocks["critical_mass"]
    assert mass.status == "poor"  # 6 active (44) and half from one person (0)
    assert mass.evidence[0].text.endswith("the same as the period before")
    assert mass.evidence[1].text == (
        "Half of the contributions of the last 30 days came from 1 of 6 contributors"
    )
    assert mass.evidence[1].status == "poor"
    leadership = blocks["leadership"]
    # One lead (40) who did nothing (0), though answers came in time (100): worth watching.
    assert (leadership.score, leadership.status) == (47, "watch")
    assert leadership.evidence[0].text == "1 lead or facilitator"
    assert leadership.evidence[1].text == "0 of 1 on the team took part in the last 30 days"
    assert "the team's own activity" in leadership.summary


def test_a_scattered_community_loses_topic_focus() -> None:
    areas = (
        FocusAreaCode.PRACTITIONER_SUPPORT,
        FocusAreaCode.LEARNING,
        FocusAreaCode.INNOVATION,
        FocusAreaCode.COORDINATION,
    )
    focus = _blocks(report(focus=(3, 20), primary=areas))["topic_focus"]
    assert focus.status == "poor"
    assert focus.evidence[0].text.startswith("15% of threads carry a primary focus area")
    assert focus.evidence[1].text.startswith("4 primary focus areas")
    assert f"/c/{SLUG}?focus=learning" in _urls(focus)
    assert f"/admin/communities/{SLUG}" in _urls(focus)
    single = _blocks(report(focus=(13, 20)))["topic_focus"]
    assert single.status == "good" and single.evidence[1].text == "1 primary focus area"


def test_knowledge_transfer_and_trust_read_their_figures() -> None:
    now = report(boundary=(5, 50), lost=6, back=1, active_30=20, posts=100)
    blocks = _blocks(now, knowledge_items=0, accepted=0, questions=10, helpful_reactions=2)
    knowledge = blocks["knowledge_transfer"]
    assert knowledge.status == "poor"
    assert knowledge.evidence[0].text == (
        "Knowledge items shared in the last 30 days: 0 (the learning target asks for about 2)"
    )
    assert knowledge.evidence[0].url == f"/c/{SLUG}?kind=knowledge&sort=newest"
    assert knowledge.evidence[1].text.startswith(
        "Questions and requests of the period with an accepted answer: 0 of 10"
    )
    trust = blocks["trust"]
    assert trust.status == "poor"
    assert trust.evidence[0].text.startswith(
        "10% of replies connect people of different organisations"
    )
    assert "target 40%" in trust.evidence[0].text
    assert trust.evidence[1].text.startswith(
        "Regulars who went quiet: 6; back after a long silence: 1"
    )


def test_a_measured_block_shows_the_teams_rating_beside_its_score() -> None:
    rating = SelfAssessment(
        block=BuildingBlock.TRUST,
        score=2,
        note="Two organisations stopped talking",
        updated_by="Amina",
        updated_at=NOW - timedelta(days=3),
    )
    plain = _blocks(report())["trust"]
    rated = _blocks(report(), ratings=[rating])["trust"]
    assert rated.source == MEASURED and rated.score == plain.score  # figures win
    assert (rated.self_score, rated.self_note) == (2, "Two organisations stopped talking")
    texts = [e.text for e in rated.evidence]
    assert texts[-2].startswith("The team's rating: 2 out of 5 (by Amina,")
    assert texts[-1] == "Their note: “Two organisations stopped talking”"


def test_self_assessed_blocks_take_the_teams_rating() -> None:
    ratings = [
        SelfAssessment(BuildingBlock.PASSION, 5, "", "Amina", NOW - timedelta(days=2)),
        SelfAssessment(BuildingBlock.RESOURCES, 3, "Half a post", "Amina", NOW),
        SelfAssessment(BuildingBlock.TECHNOLOGY, 1, "", "", NOW - timedelta(days=400)),
    ]
    blocks = _blocks(report(), ratings=ratings)
    assert (blocks["passion"].score, blocks["passion"].status) == (100, "good")
    assert (blocks["resources"].score, blocks["resources"].status) == (50, "watch")
    assert (blocks["technology"].score, blocks["technology"].status) == (0, "poor")
    assert all(blocks[k].source == SELF_ASSESSED for k in ("passion", "resources"))
    assert blocks["passion"].summary.startswith("Rated 5 out of 5 by the team")
    tech = [e.text for e in blocks["technology"].evidence]
    assert "by a former member" in tech[0]
    assert tech[-1] == "Rated more than six months ago: worth another look"
    assert blocks["management_support"].source == NOT_ASSESSED


def test_a_quiet_period_has_no_measured_score_unless_the_team_rated_it() -> None:
    empty = report(
        answered=0,
        median_s=None,
        p90_s=None,
        coverage=(0, 0),
        helpdesk=(0, 0),
        boundary=(0, 0),
        focus=(0, 0),
        posts=0,
        absence=None,
        contributors=0,
        contributions=0,
        active_7=0,
        active_30=0,
    )
    blocks = _blocks(empty, questions=0, knowledge_items=0)
    problem = blocks["problem_solving"]
    assert (problem.score, problem.status, problem.source) == (None, "", MEASURED)
    assert problem.summary == "Too little happened in this period to judge it."
    assert blocks["trust"].score is None
    assert blocks["critical_mass"].status == "poor"  # nobody active is a finding
    rating = SelfAssessment(BuildingBlock.PROBLEM_SOLVING, 4, "", "Amina", NOW)
    rated = _blocks(empty, ratings=[rating], questions=0)["problem_solving"]
    assert (rated.score, rated.status, rated.source) == (75, "good", SELF_ASSESSED)
    assert "too little happened" in rated.summary


def test_scales_score_the_anchors_exactly() -> None:
    rising = scorecard.Scale(0.3, 0.6, 0.8, 1.0)
    assert [round(rising.score(v)) for v in (0.1, 0.3, 0.6, 0.7, 0.8, 1.0, 1.2)] == [
        0,
        0,
        40,
        55,
        70,
        100,
        100,
    ]
    falling = scorecard.wait_scale(24 * HOUR)
    assert round(falling.score(24 * HOUR)) == 70
    assert round(falling.score(48 * HOUR)) == 40
    assert falling.score(6 * HOUR) == 100 and falling.score(96 * HOUR) == 0
    assert scorecard.boundary_scale(1.0).score(1.0) == 100  # a 100 % target


# --------------------------------------------------------------------------- stage


def _stage(now, before, age_days):
    return estimate_stage(now, before, extras(created_at=NOW - timedelta(days=age_days)))


@pytest.mark.parametrize(
    ("now", "before", "age_days", "stage"),
    [
        (report(active_30=3, absence=1, contributors=3), None, 30, "potential"),
        (report(active_30=8, absence=2, contributors=8), report(active_30=5), 60, "coalescing"),
        (
            report(active_30=20, absence=5, new_contributors=2),
            report(active_30=17),
            250,
            "maturing",
        ),
        (report(active_30=40, absence=6), report(active_30=24), 700, "maturing"),
        (report(active_30=40, absence=8), report(active_30=38), 700, "stewardship"),
        (report(active_30=10, lost=7, back=1), report(active_30=30), 700, "transformation"),
        (report(active_30=3), report(active_30=4), 900, "transformation"),
    ],
)
def test_each_stage_is_estimated_from_its_figures(now, before, age_days, stage) -> None:
    estimate = _stage(now, before, age_days)
    assert estimate.stage == stage
    assert estimate.title == t(f"scorecard.stage.{stage}")
    assert estimate.summary and len(estimate.advice) == 3
    assert estimate.reasons[0].startswith("Created about")


def test_stage_reasons_cite_the_figures() -> None:
    falling = _stage(report(active_30=10, lost=7, back=1), report(active_30=30), 700)
    assert (
        "Members active in the last 30 days: 10, down 67% from 30 a period earlier"
        in falling.reasons
    )
    assert "Regulars who went quiet: 7; back after a long silence: 1" in falling.reasons
    young = _stage(report(active_30=3, absence=1, contributors=3), None, 30)
    assert "No earlier period to compare with" in young.reasons
    assert "Fewer than 5 members take part in a month: not yet a critical mass" in young.reasons
    assert "Half of all contributions come from 1 person" in young.reasons
    growing = _stage(report(active_30=40, absence=6), report(active_30=24), 700)
    assert any("up 67% on 24 a period earlier" in r for r in growing.reasons)
    steady = _stage(report(active_30=40, absence=8), report(active_30=38), 700)
    assert any("close to 38 a period earlier" in r for r in steady.reasons)
    assert "Contributions in the last 30 days: 150" in steady.reasons
    assert "Half of all contributions come from 8 people" in steady.reasons


def test_many_newcomers_keep_a_young_community_coalescing() -> None:
    now = report(active_30=20, absence=5, new_contributors=9, contributors=20)
    assert _stage(now, report(active_30=18), 250).stage == "coalescing"
    settled = dataclasses.replace(now, new_contributors=3)
    assert _stage(settled, report(active_30=18), 250).stage == "maturing"


# --------------------------------------------------------------------------- from the database


def _history(session: Session):
    """A small, real history: a lead and a facilitator, questions, knowledge, reactions."""
    community, lead, facilitator, member = _team(session)
    helper = make_user(session)
    make_membership(session, community=community, user=helper)
    asked = make_thread(
        session,
        community=community,
        author=member,
        created_at=NOW - timedelta(days=10),
        focus_area=FocusAreaCode.PRACTITIONER_SUPPORT,
    )
    answer = make_reply(session, thread=asked, author=lead, at=NOW - timedelta(days=9, hours=20))
    make_accept(session, post=answer, at=NOW - timedelta(days=9))
    make_reaction(session, post=answer, user=helper, at=NOW - timedelta(days=8))
    make_thread(
        session, community=community, author=helper, created_at=NOW - timedelta(days=5)
    )  # unanswered
    make_thread(
        session,
        community=community,
        author=helper,
        kind=ThreadKind.KNOWLEDGE,
        created_at=NOW - timedelta(days=3),
    )
    make_thread(  # before the window: not counted
        session,
        community=community,
        author=lead,
        kind=ThreadKind.KNOWLEDGE,
        created_at=NOW - timedelta(days=40),
    )
    return community, lead, facilitator, member


def test_extras_are_loaded_in_four_statements(session: Session, engine: sa.Engine) -> None:
    community, *_ = _history(session)
    statements: list[str] = []

    def count(conn, cursor, statement, *args) -> None:
        statements.append(statement)

    sa.event.listen(engine, "before_cursor_execute", count)
    try:
        found = scorecard.load_extras(session, community=community, as_of=NOW, window_days=30)
    finally:
        sa.event.remove(engine, "before_cursor_execute", count)
    assert len(statements) == 4
    assert found == Extras(
        slug=community.slug,
        created_at=community.created_at,
        member_count=4,
        team_size=2,
        team_contributors=1,  # the lead replied; the facilitator did nothing
        knowledge_items=1,
        questions=2,
        accepted=1,
        helpful_reactions=1,
        first_response_target_hours=None,
        knowledge_target_per_quarter=None,
        boundary_target_percent=None,
    )


def test_the_scorecard_is_for_the_team_only_and_complete(session: Session) -> None:
    community, lead, _, member = _history(session)
    scorecard.do_set_self_assessment(
        session, community=community, by=lead, block="technology", score=4, note="", at=NOW
    )
    for who in (member, None):
        with pytest.raises(NotAllowedError):
            scorecard.get_scorecard(session, community=community, by=who, as_of=NOW)
    card = scorecard.get_scorecard(session, community=community, by=lead, as_of=NOW)
    assert [b.key for b in card.blocks] == [b.value for b in BuildingBlock]
    blocks = {b.key: b for b in card.blocks}
    assert blocks["technology"].source == SELF_ASSESSED and blocks["technology"].score == 75
    problem = blocks["problem_solving"]
    assert (
        Evidence(
            "1 question or request waits for a first answer",
            f"/c/{community.slug}?unanswered=1",
            problem.evidence[-1].status,
        )
        in problem.evidence
    )
    assert card.stage.stage == "potential"  # four members, created just now


def test_every_text_key_the_scorecard_builds_exists() -> None:
    for block in BuildingBlock:
        assert t(f"scorecard.block.{block.value}")
        assert t(f"scorecard.help.{block.value}")
    for source in (MEASURED, SELF_ASSESSED, NOT_ASSESSED):
        assert t(f"scorecard.source.{source}")
    for name in (
        "active",
        "absence",
        "team_size",
        "team_active",
        "slow_tail",
        "coverage",
        "first_response",
        "helpdesk",
        "queue",
        "knowledge",
        "accepted",
        "helpful",
        "focus",
        "primary_areas",
        "boundary",
        "regulars",
    ):
        assert t(f"scorecard.signal.{name}")
    for status in ("good", "watch", "poor"):
        assert t(f"scorecard.summary_{status}", weakest="x")
    for stage in scorecard.Stage:
        for suffix in ("", "_summary", "_advice_1", "_advice_2", "_advice_3"):
            assert t(f"scorecard.stage.{stage.value}{suffix}")
