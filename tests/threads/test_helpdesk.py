"""The help-desk queue: what waits, in what order, who may see it and assign."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import Session, select

from cop_app.models import (
    CommunityFocusArea,
    FocusAreaCode,
    MembershipRole,
    TargetUnit,
    ThreadKind,
    Urgency,
)
from cop_app.services.guards.authz import NotAllowedError
from cop_app.services.threads import helpdesk, threads
from tests.factories import make_community, make_membership, make_user

NOW = datetime(2026, 11, 22, 12, tzinfo=UTC)


def _ask(session, community, author, title, *, kind=ThreadKind.QUESTION, hours_ago, **extra):
    return threads.do_create_thread(
        session,
        community=community,
        author=author,
        kind=kind,
        title=title,
        body="…",
        at=NOW - timedelta(hours=hours_ago),
        **extra,
    )


def test_the_queue_lists_what_waits_most_overdue_first_and_drops_answered_items(
    session: Session,
) -> None:
    community = make_community(session, primary=(FocusAreaCode.PRACTITIONER_SUPPORT,))
    row = session.exec(
        select(CommunityFocusArea).where(CommunityFocusArea.community_id == community.id)
    ).one()
    row.target_value, row.target_unit = 24.0, TargetUnit.HOURS_TO_FIRST_RESPONSE
    session.add(row)
    session.flush()
    asker, helper, lead = make_user(session), make_user(session), make_user(session)
    for user in (asker, helper):
        make_membership(session, community=community, user=user)
    make_membership(session, community=community, user=lead, role=MembershipRole.FACILITATOR)

    fresh = _ask(
        session,
        community,
        asker,
        "Fresh request",
        kind=ThreadKind.HELPDESK,
        hours_ago=1,
        urgency=Urgency.LOW,
    )
    late = _ask(
        session,
        community,
        asker,
        "Late request",
        kind=ThreadKind.HELPDESK,
        hours_ago=30,
        urgency=Urgency.HIGH,
    )
    old_question = _ask(session, community, asker, "Old question", hours_ago=26)
    answered = _ask(session, community, asker, "Answered question", hours_ago=40)
    threads.do_reply(session, thread=answered, author=helper, body="Here", at=NOW)
    own_reply = _ask(session, community, asker, "Bumped by its author", hours_ago=2)
    threads.do_reply(session, thread=own_reply, author=asker, body="Anyone?", at=NOW)
    _ask(session, community, asker, "A discussion", kind=ThreadKind.DISCUSSION, hours_ago=50)

    queue = helpdesk.list_queue(session, community=community, by=lead, now=NOW)

    assert [item.title for item in queue] == [
        "Late request",
        "Old question",
        "Bumped by its author",
        "Fresh request",
    ]
    assert queue[0].overdue and queue[0].due == "Overdue by 6 hours"
    assert queue[1].overdue and not queue[3].overdue
    assert queue[3].due == "Due in 23 hours"
    assert queue[0].urgency == "high"

    threads.do_reply(session, thread=late, author=helper, body="Done", at=NOW)
    titles = [i.title for i in helpdesk.list_queue(session, community=community, by=lead, now=NOW)]
    assert "Late request" not in titles and titles[0] == "Old question"
    assert old_question.id and fresh.id


def test_only_the_team_sees_the_queue_and_assigns(session: Session) -> None:
    community = make_community(session)
    member, lead, outsider = make_user(session), make_user(session), make_user(session)
    make_membership(session, community=community, user=member)
    make_membership(session, community=community, user=lead, role=MembershipRole.LEAD)
    request = _ask(session, community, member, "Help", kind=ThreadKind.HELPDESK, hours_ago=3)
    for user in (None, member, outsider):
        with pytest.raises(NotAllowedError):
            helpdesk.list_queue(session, community=community, by=user)
        with pytest.raises(NotAllowedError):
            helpdesk.do_assign(
                session, community=community, by=user, thread_id=request.id, assignee_id=lead.id
            )
    helpdesk.do_assign(
        session, community=community, by=lead, thread_id=request.id, assignee_id=member.id
    )
    queue = helpdesk.list_queue(session, community=community, by=lead)
    assert queue[0].assignee_id == member.id
    helpers = helpdesk.list_helpers(session, community=community, by=lead)
    assert helpers[0].id == lead.id
    with pytest.raises(NotAllowedError):  # not a member of the community
        helpdesk.do_assign(
            session, community=community, by=lead, thread_id=request.id, assignee_id=outsider.id
        )
    other = make_community(session)
    with pytest.raises(NotAllowedError):  # a thread of another community
        helpdesk.do_assign(
            session, community=other, by=lead, thread_id=request.id, assignee_id=member.id
        )
