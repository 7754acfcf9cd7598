"""The read side of the first screens: what the home, community and thread pages show."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlmodel import Session

from cop_app import live
from cop_app.models import FocusAreaCode, MembershipRole, Openness, ThreadKind, utcnow
from cop_app.services.communities import browse
from cop_app.services.threads import threadfeed
from cop_app.state import thread as thread_state
from tests.dbtools import count_statements
from tests.factories import (
    make_accept,
    make_community,
    make_membership,
    make_reply,
    make_thread,
    make_user,
)

NOW = datetime(2026, 11, 22, 12, tzinfo=UTC)


def test_cards_list_live_communities_by_name_with_primary_focus_only(session: Session) -> None:
    b = make_community(
        session,
        name="Beta",
        primary=(FocusAreaCode.LEARNING,),
        secondary=(FocusAreaCode.INNOVATION,),
        openness=Openness.SELECTIVE,
    )
    make_community(session, name="Alpha", primary=(FocusAreaCode.COORDINATION,))
    make_community(session, name="Gone", archived_at=utcnow())
    make_membership(session, community=b, user=make_user(session))

    cards = browse.list_community_cards(session, now=NOW)

    assert [c.name for c in cards] == ["Alpha", "Beta"]
    beta = cards[1]
    assert [f.code for f in beta.focus] == ["learning"]
    assert beta.selective is True
    assert beta.member_count == "1"


def test_community_cards_take_a_fixed_number_of_queries(session: Session, engine) -> None:
    for i in range(12):
        make_community(session, name=f"C{i}", primary=(FocusAreaCode.LEARNING,))
    session.commit()
    with count_statements(engine) as seen:
        cards = browse.list_community_cards(session, now=NOW)
    assert len(cards) == 12
    assert len(seen) == 2  # communities, then all their focus areas


def test_recent_threads_pinned_first_then_by_activity_and_hidden_left_out(
    session: Session,
) -> None:
    community = make_community(session, primary=(FocusAreaCode.PRACTITIONER_SUPPORT,))
    asker, helper = make_user(session), make_user(session)
    old = make_thread(
        session, community=community, author=asker, created_at=NOW - timedelta(days=9)
    )
    new = make_thread(
        session, community=community, author=asker, created_at=NOW - timedelta(days=1)
    )
    pinned = make_thread(
        session,
        community=community,
        author=asker,
        kind=ThreadKind.DISCUSSION,
        created_at=NOW - timedelta(days=30),
        is_pinned=True,
    )
    make_thread(session, community=community, author=asker, is_hidden=True)
    answer = make_reply(session, thread=old, author=helper, at=NOW - timedelta(hours=2))
    make_accept(session, post=answer, at=NOW - timedelta(hours=1))

    rows = browse.list_recent_threads(session, community=community)

    assert [r.id for r in rows] == [pinned.id, old.id, new.id]
    by_id = {r.id: r for r in rows}
    assert by_id[old.id].answered and not by_id[old.id].unanswered
    assert by_id[new.id].unanswered and not by_id[new.id].answered
    assert not by_id[pinned.id].unanswered  # a discussion waits for no answer
    assert by_id[old.id].replies == 1
    # A timestamp, not "2 hours ago": the browser says how long ago.
    session.refresh(old)
    assert by_id[old.id].last_at == old.last_activity_at.isoformat()
    assert by_id[old.id].url == f"/c/{community.slug}/t/{old.id}"


def test_thread_read_shows_posts_in_order_and_marks_the_accepted_answer(session: Session) -> None:
    community = make_community(session)
    asker = make_user(session, display_name="Asha", organisation="Ministry", region="South Asia")
    helper = make_user(session, display_name="Bo")
    thread = make_thread(
        session, community=community, author=asker, created_at=NOW - timedelta(hours=6)
    )
    first = make_reply(
        session, thread=thread, author=helper, at=NOW - timedelta(hours=1), body="Try X"
    )
    make_reply(session, thread=thread, author=asker, at=NOW, body="Thanks")
    make_accept(session, post=first)

    found = threadfeed.read_thread(session, thread_id=thread.id or 0)

    assert found is not None
    header, posts = found.thread, found.posts
    assert [p["author"] for p in posts] == ["Asha", "Bo", "Asha"]
    assert posts[0]["n"] == 0 and posts[0]["meta"] == "Ministry · South Asia"
    assert [p["id"] == header["accepted"] for p in posts] == [False, True, False]
    assert header["first_response_s"] == 5 * 3600  # the browser words it ("5 hours")
    assert header["status"] == "answered"
    assert (header["slug"], header["community"]) == (community.slug, community.name)


def test_thread_page_refuses_other_communities_and_hidden_threads(session: Session) -> None:
    mine, other = make_community(session), make_community(session)
    author, lead = make_user(session), make_user(session)
    make_membership(session, community=mine, user=author)
    make_membership(session, community=mine, user=lead, role=MembershipRole.LEAD)
    thread = make_thread(session, community=mine, author=author)
    hidden = make_thread(session, community=mine, author=author, is_hidden=True)
    session.commit()

    def facts(slug: str, thread_id: int | None, user_id: int | None = None):
        return thread_state._facts(session, user_id=user_id, slug=slug, thread_id=thread_id or 0)

    assert facts(other.slug, thread.id) is None  # a thread lives at its own community's address
    assert facts("no-such-community", thread.id) is None
    assert facts(mine.slug, (hidden.id or 0) + 1000) is None
    for user_id in (None, author.id):  # hidden even from its author
        assert facts(mine.slug, hidden.id, user_id) is None
    assert facts(mine.slug, hidden.id, lead.id) is not None  # its moderators still see it
    found = facts(mine.slug, thread.id)
    assert found is not None and found[1:] == (thread.title, mine.name)
    # The shared read holds hidden threads too; who may watch is decided per seat.
    data = threadfeed.read_thread(session, thread_id=hidden.id or 0)
    assert data is not None and data.hidden and data.thread["hidden"]
    assert threadfeed.allowed_seats(session, data=data, seats=[live.Seat(sid="anonymous")]) == set()
    assert threadfeed.read_thread(session, thread_id=(hidden.id or 0) + 1000) is None


def test_my_communities_show_active_pending_and_declined_but_not_left(session: Session) -> None:
    from cop_app.models import MembershipStatus

    me = make_user(session)
    for name, status in (
        ("Alpha", MembershipStatus.ACTIVE),
        ("Beta", MembershipStatus.PENDING),
        ("Gamma", MembershipStatus.DECLINED),
        ("Delta", MembershipStatus.LEFT),
    ):
        make_membership(
            session, community=make_community(session, name=name), user=me, status=status
        )
    make_membership(
        session, community=make_community(session, name="Other"), user=make_user(session)
    )

    mine = browse.list_my_communities(session, user_id=me.id or 0)

    assert [(m.name, m.status) for m in mine] == [
        ("Alpha", "active"),
        ("Beta", "pending"),
        ("Gamma", "declined"),
    ]
    assert browse.onboarding_unfinished(session, user_id=me.id or 0)


def test_my_communities_and_the_community_page_say_each_members_real_role(
    session: Session,
) -> None:
    """A lead saw "Member" beside the community they lead (issue 18)."""
    from cop_app.models import MembershipRole, MembershipStatus
    from cop_app.services.communities import join_requests

    me = make_user(session)
    led = make_community(session, name="Led")
    for name, role in (("Led", MembershipRole.LEAD), ("Helped", MembershipRole.FACILITATOR)):
        community = led if name == "Led" else make_community(session, name=name)
        make_membership(session, community=community, user=me, role=role)
    make_membership(session, community=make_community(session, name="Joined"), user=me)
    asked = make_community(session, name="Asked")
    make_membership(session, community=asked, user=me, status=MembershipStatus.PENDING)

    mine = browse.list_my_communities(session, user_id=me.id or 0)

    assert [(m.name, m.status, m.role) for m in mine] == [
        ("Asked", "pending", "member"),
        ("Helped", "active", "facilitator"),
        ("Joined", "active", "member"),
        ("Led", "active", "lead"),
    ]
    assert join_requests.membership_standing(session, community=led, user=me) == (
        "active",
        "lead",
    )
    assert join_requests.membership_standing(session, community=led, user=None) == ("", "")
    assert join_requests.membership_standing(
        session, community=make_community(session, name="Other"), user=me
    ) == ("", "")
