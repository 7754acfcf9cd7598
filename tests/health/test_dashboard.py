"""The dashboard's cards: who may see them, their judgements and their changes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import Session

from cop_app.models import FocusAreaCode, MembershipRole, ThreadKind
from cop_app.services.guards.authz import NotAllowedError
from cop_app.services.health import dashboard
from cop_app.services.threads import threads
from tests.factories import make_community, make_membership, make_user

NOW = datetime(2026, 11, 22, 12, tzinfo=UTC)


def _cards(session, community, lead, period=30):
    board, _before = dashboard.build(
        session, community=community, by=lead, period_days=period, as_of=NOW
    )
    return {card.key: card for card in board.cards}


def test_the_team_sees_every_card_with_its_help_and_others_are_refused(
    session: Session,
) -> None:
    community = make_community(session, primary=(FocusAreaCode.PRACTITIONER_SUPPORT,))
    lead, member, facilitator = make_user(session), make_user(session), make_user(session)
    make_membership(session, community=community, user=lead, role=MembershipRole.LEAD)
    make_membership(session, community=community, user=member)
    make_membership(session, community=community, user=facilitator, role=MembershipRole.FACILITATOR)
    cards = _cards(session, community, lead)
    assert list(cards) == [
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
        "onboarding",
    ]
    assert all(len(card.help) > 40 and card.title for card in cards.values())
    assert "median" in cards["first_response"].help
    assert "90th percentile" in cards["first_response"].help
    assert _cards(session, community, facilitator)
    for who in (None, member, make_user(session)):
        with pytest.raises(NotAllowedError):
            dashboard.build(session, community=community, by=who)


def test_first_response_is_judged_against_the_configured_target_and_compared(
    session: Session,
) -> None:
    community = make_community(session, primary=(FocusAreaCode.PRACTITIONER_SUPPORT,))
    lead, asker, helper = make_user(session), make_user(session), make_user(session)
    make_membership(session, community=community, user=lead, role=MembershipRole.LEAD)
    for user in (asker, helper):
        make_membership(session, community=community, user=user)
    from cop_app.services.communities.community_admin import do_save_focus_config

    codes = [c.value for c in FocusAreaCode]
    do_save_focus_config(
        session,
        community=community,
        by=lead,
        emphasis={c: "primary" if c == "practitioner_support" else "" for c in codes},
        targets={"practitioner_support": "24"},
        notes={},
    )

    def ask(hours_ago: float, answer_after: float | None) -> None:
        thread = threads.do_create_thread(
            session,
            community=community,
            author=asker,
            kind=ThreadKind.QUESTION,
            title="Q",
            body="…",
            focus_area="practitioner_support",
            at=NOW - timedelta(hours=hours_ago),
        )
        if answer_after is not None:
            threads.do_reply(
                session,
                thread=thread,
                author=helper,
                body="A",
                at=NOW - timedelta(hours=hours_ago - answer_after),
            )

    ask(24 * 40, 60)  # previous period: answered after 60 hours
    ask(24 * 10, 5)  # this period: 5 hours
    ask(24 * 9, 7)  # 7 hours
    ask(24 * 8, None)  # unanswered
    cards = _cards(session, community, lead)
    first = cards["first_response"]
    assert first.value == "5 hours"  # nearest-rank median of 5 h and 7 h: the first
    assert first.status == "good" and "24 hours" in first.verdict
    assert "1 still unanswered" in first.detail
    assert first.trend == "down" and first.change.startswith("Down")
    assert cards["unanswered"].value == "1" and cards["unanswered"].status == "watch"
    assert cards["focus"].value == "100%" and cards["focus"].status == "good"


def test_the_attention_list_names_overdue_requests_the_queue_and_join_requests(
    session: Session,
) -> None:
    from cop_app.models import Openness
    from cop_app.services.communities import communities

    community = make_community(
        session, primary=(FocusAreaCode.PRACTITIONER_SUPPORT,), openness=Openness.SELECTIVE
    )
    lead, asker = make_user(session), make_user(session)
    make_membership(session, community=community, user=lead, role=MembershipRole.LEAD)
    make_membership(session, community=community, user=asker)
    threads.do_create_thread(
        session,
        community=community,
        author=asker,
        kind=ThreadKind.HELPDESK,
        title="Need a ToR",
        body="…",
        at=NOW - timedelta(hours=72),
    )
    communities.do_join(session, community=community, user=make_user(session), motivation="x" * 20)
    board, _ = dashboard.build(session, community=community, by=lead, as_of=NOW)
    kinds = [item.kind for item in board.attention]
    assert kinds == ["overdue", "unanswered", "requests"]
    assert "Need a ToR" in board.attention[0].text and "Overdue by" in board.attention[0].text
    assert board.attention[1].url == f"/c/{community.slug}/queue"
    assert board.attention[2].url == f"/c/{community.slug}/requests"
