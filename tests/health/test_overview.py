"""The health of all communities (/admin/health): rows, their order, who may see it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from sqlmodel import Session

from cop_app.models import FocusAreaCode, MembershipRole, MembershipStatus, Thread, ThreadKind
from cop_app.services.communities.community_admin import do_save_focus_config
from cop_app.services.guards.authz import NotAllowedError
from cop_app.services.health import dashboard, overview
from cop_app.services.threads import threads
from tests.factories import make_community, make_membership, make_user

NOW = datetime(2026, 11, 22, 12, tzinfo=UTC)
DAY = timedelta(days=1)
HOURS_30 = timedelta(hours=30)
#: The dashboard's cards judged from a period's report (dashboard.cards without a funnel).
REPORT_CARDS = {
    "active",
    "stickiness",
    "newcomers",
    "first_response",
    "coverage",
    "helpdesk",
    "unanswered",
    "top10",
    "absence",
    "regulars",
    "focus",
    "boundary",
}


@pytest.fixture
def site(session: Session) -> dict:
    """Three running communities and an archived one.

    "Zeta Support" has a 24-hour first-response target, one question answered
    after 30 hours and one waiting; "Beta Lab" and "Alpha Circle" are quiet
    (created in that order, so only the tie-break by name puts Alpha first).
    """
    admin = make_user(session, is_site_admin=True)
    lead, asker, helper = make_user(session), make_user(session), make_user(session)
    zeta = make_community(
        session, name="Zeta Support", primary=(FocusAreaCode.PRACTITIONER_SUPPORT,)
    )
    make_membership(
        session, community=zeta, user=lead, role=MembershipRole.LEAD, joined_at=NOW - 200 * DAY
    )
    make_membership(session, community=zeta, user=asker, joined_at=NOW - 100 * DAY)
    make_membership(session, community=zeta, user=helper, joined_at=NOW - 5 * DAY)
    # Neither a pending request nor a member who left is a member.
    make_membership(
        session, community=zeta, user=make_user(session), status=MembershipStatus.PENDING
    )
    make_membership(
        session,
        community=zeta,
        user=make_user(session),
        status=MembershipStatus.LEFT,
        joined_at=NOW - 300 * DAY,
    )
    do_save_focus_config(
        session,
        community=zeta,
        by=lead,
        emphasis={c.value: "primary" if c == "practitioner_support" else "" for c in FocusAreaCode},
        targets={"practitioner_support": "24"},
        notes={},
        at=NOW - 150 * DAY,
    )

    def ask(at: datetime) -> Thread:
        return threads.do_create_thread(
            session,
            community=zeta,
            author=asker,
            kind=ThreadKind.QUESTION,
            title="How do you run grievance redress?",
            body="…",
            focus_area=FocusAreaCode.PRACTITIONER_SUPPORT,
            at=at,
        )

    answered = ask(NOW - 10 * DAY)
    threads.do_reply(
        session, thread=answered, author=helper, body="Like this.", at=NOW - 10 * DAY + HOURS_30
    )
    ask(NOW - 3 * DAY)  # still waiting

    beta = make_community(session, name="Beta Lab")
    alpha = make_community(session, name="Alpha Circle")
    make_membership(session, community=alpha, user=asker, joined_at=NOW - 100 * DAY)
    archived = make_community(session, name="Archived Group", archived_at=NOW - 30 * DAY)
    session.commit()
    return {
        "admin": admin,
        "lead": lead,
        "asker": asker,
        "zeta": zeta,
        "beta": beta,
        "alpha": alpha,
        "archived": archived,
    }


def test_one_row_per_running_community_with_its_figures(session: Session, site: dict) -> None:
    rows = overview.community_overview(session, by=site["admin"], as_of=NOW)
    by_slug = {row.slug: row for row in rows}
    assert site["archived"].slug not in by_slug  # archived communities are left out
    assert set(by_slug) == {site["zeta"].slug, site["beta"].slug, site["alpha"].slug}

    zeta = by_slug[site["zeta"].slug]
    assert zeta.name == "Zeta Support"
    assert zeta.url == f"/c/{site['zeta'].slug}/health"
    assert zeta.members == "3"  # lead, asker, helper: not the pending one, not the one who left
    assert zeta.new_members == "1"  # the helper joined 5 days ago
    assert (zeta.active_30, zeta.active_7) == ("2", "1")  # asker and helper; asker this week
    # The median against the community's own 24-hour target: 30 hours is worth watching.
    assert zeta.first_response == "30 hours"
    assert zeta.first_response_status == "watch"
    assert zeta.first_response_target == "Target: 24 h"
    assert (zeta.unanswered, zeta.unanswered_status) == ("1", "watch")
    # The answered question counts (within 7 days); the waiting one is too recent to judge.
    assert (zeta.coverage, zeta.coverage_status) == ("100%", "good")
    assert (zeta.top10, zeta.top10_band, zeta.top10_band_label) == ("100%", "fragile", "Fragile")
    assert zeta.top10_status == "poor"

    alpha = by_slug[site["alpha"].slug]
    assert (alpha.members, alpha.active_30, alpha.new_members) == ("1", "0", "0")
    assert (alpha.first_response, alpha.first_response_status) == ("–", "")
    assert alpha.first_response_target == "No target set"
    assert (alpha.coverage, alpha.top10, alpha.top10_band, alpha.top10_band_label) == (
        "–",
        "–",
        "",
        "",
    )
    assert by_slug[site["beta"].slug].members == "0"


def test_each_row_agrees_with_the_community_s_own_dashboard(session: Session, site: dict) -> None:
    for period in overview.PERIODS:
        rows = overview.community_overview(session, by=site["admin"], period_days=period, as_of=NOW)
        communities = {site[key].slug: site[key] for key in ("zeta", "beta", "alpha")}
        for row in rows:
            community = communities[row.slug]
            board, _ = dashboard.build(
                session, community=community, by=site["admin"], period_days=period, as_of=NOW
            )
            # The summary counts the cards judged from the period's report; the
            # dashboard may show more (the onboarding funnel's, from its live report).
            statuses = [card.status for card in board.cards if card.key in REPORT_CARDS]
            assert (row.poor, row.watch, row.good) == (
                statuses.count("poor"),
                statuses.count("watch"),
                statuses.count("good"),
            ), (period, row.slug)
            cards = {card.key: card for card in board.cards}
            assert row.first_response == cards["first_response"].value
            assert row.first_response_status == cards["first_response"].status
            assert row.coverage == cards["coverage"].value
            assert row.unanswered == cards["unanswered"].value
            assert row.top10 == cards["top10"].value
            # The same life-cycle stage as the dashboard's, read from the same trend.
            assert row.stage == board.scorecard.stage.title, (period, row.slug)
            assert row.stage_summary == board.scorecard.stage.summary


def test_most_poor_cards_first_then_most_to_watch_then_by_name(
    session: Session, site: dict
) -> None:
    rows = overview.community_overview(session, by=site["admin"], as_of=NOW)
    assert [row.name for row in rows] == ["Zeta Support", "Alpha Circle", "Beta Lab"]
    assert rows[0].poor > 0 and rows[1].poor == rows[2].poor == 0
    assert (rows[1].poor, rows[1].watch) == (rows[2].poor, rows[2].watch)  # a tie, by name
    keys = [(-row.poor, -row.watch, row.name.casefold()) for row in rows]
    assert keys == sorted(keys)
    assert rows[0].poor_label.endswith(("needs attention", "need attention"))
    assert rows[1].good_label == f"{rows[1].good} healthy"


def test_statements_grow_by_a_fixed_number_per_community(
    session: Session, site: dict, engine: sa.Engine
) -> None:
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    sa.event.listen(engine, "before_cursor_execute", count)
    try:
        rows = overview.community_overview(session, by=site["admin"], as_of=NOW)
    finally:
        sa.event.remove(engine, "before_cursor_execute", count)
    # Communities, members; then per community eight metric statements for the
    # period and eight for the one before (the stage's trend), the scorecard's
    # four extra figures and the targets.
    assert len(statements) == 2 + 21 * len(rows)


def test_only_site_admins_see_it(session: Session, site: dict) -> None:
    outsider = make_user(session)
    gone = make_user(session, is_site_admin=True, is_active=False)
    for who in (None, site["asker"], site["lead"], outsider, gone):
        with pytest.raises(NotAllowedError):
            overview.community_overview(session, by=who, as_of=NOW)


def test_only_the_offered_periods(session: Session, site: dict) -> None:
    with pytest.raises(ValueError, match="period_days"):
        overview.community_overview(session, by=site["admin"], period_days=45, as_of=NOW)
