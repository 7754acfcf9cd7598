"""Who may read is asked at delivery (fan-out) and again at display (the
list and the bell): lost access means nothing told, nothing shown."""

from __future__ import annotations

import pytest
from sqlmodel import Session

from cop_app.models import MembershipRole, NotificationKind, Openness, ThreadKind, Visibility
from cop_app.services.communities import communities
from cop_app.services.reach import notifications, watching
from cop_app.services.threads import threads

from .support import LEARNING, community, expand_all, member, notes, person, reply, start, told

K = NotificationKind


def _members_only(session: Session):  # type: ignore[no-untyped-def]
    lead = person(session)
    c = community(session, lead=lead, visibility=Visibility.MEMBERS)
    assert c.openness == Openness.OPEN and c.visibility == Visibility.MEMBERS
    return c, lead


def test_a_member_who_leaves_before_the_expansion_is_told_nothing(session: Session) -> None:
    c, lead = _members_only(session)
    leaver, stayer, author = member(session, c), member(session, c), member(session, c)
    for u in (leaver, stayer):
        watching.do_set_community_level(session, user=u, community=c, level="watching")
    start(session, c, author, focus_area=LEARNING, body="Hello @leads")
    session.commit()
    communities.do_leave(session, community=c, user=leaver)
    expand_all(session)
    assert told(session) == {
        stayer.id: [("new_thread", "watching_community")],
        lead.id: [("mention", "leads_mentioned")],
    }


def test_a_thread_author_who_left_is_not_told_of_replies(session: Session) -> None:
    c, lead = _members_only(session)
    author = member(session, c)
    thread = start(session, c, author)
    expand_all(session)
    reply(session, thread, lead)
    communities.do_leave(session, community=c, user=author)
    expand_all(session)
    assert notes(session) == []


def test_a_public_community_still_tells_a_reader_who_is_not_a_member(session: Session) -> None:
    lead = person(session)
    c = community(session, lead=lead)  # public
    visitor = person(session, "Vera Visitor")
    watching.do_set_community_level(session, user=visitor, community=c, level="watching")
    start(session, c, lead, body="Hi @Vera Visitor")
    expand_all(session)
    assert told(session) == {visitor.id: [("mention", "mentioned")]}


def test_a_site_admin_reads_a_members_only_community(session: Session) -> None:
    c, lead = _members_only(session)
    admin = person(session, "Ada Admin", is_site_admin=True)
    person(session, "Otto Outsider")
    start(session, c, lead, body="@Ada Admin and @Otto Outsider, look")
    expand_all(session)
    assert told(session) == {admin.id: [("mention", "mentioned")]}


def test_a_deactivated_member_is_told_nothing(session: Session) -> None:
    lead = person(session)
    c = community(session, lead=lead)
    gone = member(session, c)
    watching.do_set_community_level(session, user=gone, community=c, level="watching")
    start(session, c, lead)
    gone.is_active = False
    session.add(gone)
    expand_all(session)
    assert notes(session) == []


def test_a_thread_hidden_before_the_expansion_tells_nobody(session: Session) -> None:
    lead = person(session)
    c = community(session, lead=lead)
    author = member(session, c)
    watcher = member(session, c, "Wanda Watcher")
    watching.do_set_community_level(session, user=watcher, community=c, level="watching")
    thread = start(session, c, author, body="Ping @Wanda Watcher and @leads")
    reply(session, thread, watcher)
    threads.do_moderate_thread(session, thread=thread, by=lead, hidden=True)
    expanded = expand_all(session)
    assert len(expanded) == 2 and all(e.done and e.notified == [] for e in expanded)
    assert notes(session) == []


def test_a_post_deleted_before_the_expansion_tells_nobody(session: Session) -> None:
    lead = person(session)
    c = community(session, lead=lead)
    author, helper = member(session, c), member(session, c, "Hana Helper")
    watching.do_set_community_level(session, user=lead, community=c, level="watching")
    thread = start(session, c, author)
    expand_all(session)
    post = reply(session, thread, helper, "Oops @leads, wrong thread")
    threads.do_delete_post(session, post=post, by=helper)
    expand_all(session)
    assert notes(session, kind=K.REPLY) == []
    assert notes(session, kind=K.MENTION) == []
    assert [n.kind for n in notes(session)] == [K.NEW_THREAD]  # the lead's, for the opening post


def test_delivered_notifications_disappear_when_access_is_lost(session: Session) -> None:
    c, _lead = _members_only(session)
    author, helper = member(session, c), member(session, c)
    thread = start(session, c, author)
    reply(session, thread, helper)
    reply(session, thread, helper, "And one more idea.")
    expand_all(session)
    assert notifications.unread_count(session, user=author) == 2
    assert len(notifications.list_for(session, user=author)[0]) == 2

    communities.do_leave(session, community=c, user=author)
    assert notifications.unread_count(session, user=author) == 0
    assert notifications.list_for(session, user=author) == ([], False)
    assert len(notes(session, user=author)) == 2  # kept, just not shown

    communities.do_join(session, community=c, user=author)  # back in: shown again
    assert notifications.unread_count(session, user=author) == 2


def test_delivered_notifications_of_a_hidden_thread_or_deleted_post_disappear(
    session: Session,
) -> None:
    lead = person(session)
    c = community(session, lead=lead)
    author, helper = member(session, c), member(session, c)
    hidden_thread = start(session, c, author, title="Will be hidden")
    reply(session, hidden_thread, helper)
    other = start(session, c, author, title="Stays")
    deleted = reply(session, other, helper, "Will be deleted")
    kept = reply(session, other, helper, "Stays")
    expand_all(session)
    assert notifications.unread_count(session, user=author) == 3

    threads.do_moderate_thread(session, thread=hidden_thread, by=lead, hidden=True)
    threads.do_delete_post(session, post=deleted, by=helper)
    assert notifications.unread_count(session, user=author) == 1
    views, more = notifications.list_for(session, user=author)
    assert [v.href for v in views] == [f"/c/{c.slug}/t/{other.id}#post-{kept.id}"]
    assert more is False


def test_a_reviewer_who_loses_the_role_is_no_longer_asked(session: Session) -> None:
    lead = person(session)
    c = community(session, lead=lead, openness=Openness.SELECTIVE)
    facilitator = member(session, c, role=MembershipRole.FACILITATOR)
    membership = communities.get_membership(session, community=c, user=facilitator)
    communities.do_set_role(session, membership=membership, role=MembershipRole.MEMBER)
    communities.do_join(session, community=c, user=person(session))
    expand_all(session)
    assert set(told(session)) == {lead.id}


# --------------------------------------------------------------------------- a thread moved


def _moved_world(session: Session):  # type: ignore[no-untyped-def]
    """A thread in a public community, about to move to a members-only one
    whose lead also leads the first; ``outsider`` reads only the first."""
    lead = person(session)
    public = community(session, lead=lead)
    private = community(session, lead=lead, visibility=Visibility.MEMBERS)
    outsider = member(session, public, "Omar Outsider")
    thread = start(session, public, outsider, title="Salaries of the field team")
    return lead, public, private, outsider, thread


def test_a_thread_moved_to_a_members_only_community_leaves_the_list(session: Session) -> None:
    lead, _public, private, outsider, thread = _moved_world(session)
    reply(session, thread, lead)
    expand_all(session)
    assert notifications.unread_count(session, user=outsider) == 1

    threads.do_move_thread(session, thread=thread, to=private, by=lead)
    session.commit()
    views, _ = notifications.list_for(session, user=outsider)
    assert [v.where for v in views] == []
    assert notifications.unread_count(session, user=outsider) == 0


def test_a_thread_moved_before_the_expansion_is_checked_against_its_new_community(
    session: Session,
) -> None:
    lead, _public, private, outsider, thread = _moved_world(session)
    expand_all(session)
    reply(session, thread, lead, "Let us take this to the team's own space.")
    threads.do_move_thread(session, thread=thread, to=private, by=lead)
    expand_all(session)
    assert notes(session, user=outsider) == []


def test_levels_can_only_be_set_on_what_one_may_read(session: Session) -> None:
    from cop_app.services.guards.authz import NotAllowedError

    c, lead = _members_only(session)
    outsider = person(session)
    author = member(session, c)
    thread = start(session, c, author)
    with pytest.raises(NotAllowedError):
        watching.do_set_community_level(session, user=outsider, community=c, level="watching")
    with pytest.raises(NotAllowedError):
        watching.do_set_thread_level(session, user=outsider, thread=thread, level="watching")
    with pytest.raises(NotAllowedError):
        watching.do_set_community_level(session, user=None, community=c, level="watching")
    threads.do_moderate_thread(session, thread=thread, by=lead, hidden=True)
    with pytest.raises(NotAllowedError):
        watching.do_set_thread_level(session, user=author, thread=thread, level="muted")


def test_a_hidden_help_desk_request_passes_its_target_silently(session: Session) -> None:
    from datetime import timedelta

    from .support import STARTED

    lead = person(session)
    c = community(session, lead=lead)
    asker = member(session, c)
    request = start(session, c, asker, kind=ThreadKind.HELPDESK)
    expand_all(session, now=STARTED + timedelta(hours=1))
    assert [n.kind for n in notes(session)] == [K.HELPDESK_REQUEST]
    threads.do_moderate_thread(session, thread=request, by=lead, hidden=True)
    expand_all(session, now=STARTED + timedelta(hours=49))
    assert notes(session, kind=K.TARGET_PASSED) == []
    assert notifications.unread_count(session, user=lead) == 0  # the request, hidden, is gone too
