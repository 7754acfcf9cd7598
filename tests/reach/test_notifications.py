"""The bell and the list: counts, order, paging, what each entry says and
links to, and marking read (only one's own)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import Session

from cop_app.i18n import t
from cop_app.models import NotificationKind, ThreadKind
from cop_app.services.guards.authz import NotSignedInError
from cop_app.services.reach import notifications, watching

from .support import (
    LEARNING,
    PS,
    STARTED,
    community,
    expand_all,
    member,
    notes,
    opening,
    person,
    reply,
    start,
)

K = NotificationKind


def test_unread_count_and_list_newest_first(session: Session) -> None:
    lead = person(session)
    c = community(session, lead=lead)
    asker, helper = member(session, c, "Amina Diallo"), member(session, c, "Bo Chen")
    thread = start(session, c, asker)
    posts = [reply(session, thread, helper, f"Idea number {i}.") for i in range(3)]
    expand_all(session)
    assert notifications.unread_count(session, user=asker) == 3
    assert notifications.unread_count(session, user=helper) == 0
    assert notifications.unread_count(session, user=None) == 0

    views, more = notifications.list_for(session, user=asker)
    assert more is False
    assert [v.href for v in views] == [
        f"/c/{c.slug}/t/{thread.id}#post-{p.id}" for p in reversed(posts)
    ]
    ids = [v.id for v in views]
    assert ids == sorted(ids, reverse=True)
    v = views[0]
    assert v.headline == t("notify.reply", actor="Bo Chen", noun=t("notify.noun_question"))
    assert v.where == thread.title
    assert v.community == c.name
    assert v.why == t("notify.why_your_thread")
    assert v.icon == "message-square-reply"
    assert v.unread is True
    assert v.when and v.when_full


def test_unread_counts_for_several_members_at_once(session: Session) -> None:
    lead = person(session)
    c = community(session, lead=lead)
    asker, helper, idle = member(session, c), member(session, c), member(session, c)
    thread = start(session, c, asker)
    reply(session, thread, helper)
    reply(session, thread, helper, "Another idea.")
    reply(session, thread, asker, f"@{helper.display_name} thanks")
    expand_all(session)
    assert notifications.unread_counts(session, user_ids=[asker.id, helper.id, idle.id]) == {
        asker.id: 2,
        helper.id: 1,
    }
    assert notifications.unread_counts(session, user_ids=[]) == {}
    notifications.do_mark_all_read(session, user=asker)
    assert notifications.unread_counts(session, user_ids=[asker.id, helper.id]) == {helper.id: 1}


def test_paging_with_before_id(session: Session) -> None:
    lead = person(session)
    c = community(session, lead=lead)
    asker, helper = member(session, c), member(session, c)
    thread = start(session, c, asker)
    for i in range(7):
        reply(session, thread, helper, f"Reply {i}")
    expand_all(session)
    all_ids = sorted((n.id for n in notes(session, user=asker)), reverse=True)
    assert len(all_ids) == 7

    first, more = notifications.list_for(session, user=asker, limit=3)
    assert ([v.id for v in first], more) == (all_ids[:3], True)
    second, more = notifications.list_for(session, user=asker, before_id=first[-1].id, limit=3)
    assert ([v.id for v in second], more) == (all_ids[3:6], True)
    third, more = notifications.list_for(session, user=asker, before_id=second[-1].id, limit=3)
    assert ([v.id for v in third], more) == (all_ids[6:], False)
    assert notifications.list_for(session, user=asker, before_id=all_ids[-1]) == ([], False)


def test_each_kind_reads_well(session: Session) -> None:
    lead = person(session, "Lena Lead")
    c = community(session, lead=lead)
    asker = member(session, c, "Amina Diallo")
    fan = member(session, c, "Fay Fan")
    watching.do_set_community_level(
        session, user=fan, community=c, level="watching_first_post", focus_area=LEARNING
    )
    discussion = start(
        session,
        c,
        asker,
        kind=ThreadKind.DISCUSSION,
        focus_area=LEARNING,
        title="Peer learning circles",
    )
    request = start(
        session, c, asker, kind=ThreadKind.HELPDESK, focus_area=PS, title="Need a ToR template"
    )
    expand_all(session, now=STARTED + timedelta(hours=1))

    (new_thread,) = notifications.list_for(session, user=fan)[0]
    assert new_thread.headline == t(
        "notify.new_thread", actor="Amina Diallo", noun=t("notify.noun_discussion")
    )
    assert new_thread.why == t("notify.why_watching_focus", focus="Learning", community=c.name)
    assert new_thread.href == f"/c/{c.slug}/t/{discussion.id}"  # a new thread: no #post anchor
    assert new_thread.where == "Peer learning circles"
    assert new_thread.icon == "message-square-plus"

    (helpdesk,) = notifications.list_for(session, user=lead)[0]
    assert helpdesk.headline == t("notify.helpdesk_request", actor="Amina Diallo")
    assert helpdesk.why == t("notify.why_helpdesk_team", community=c.name)
    # The request is its opening post: the link opens the thread, no anchor.
    assert helpdesk.href == f"/c/{c.slug}/t/{request.id}"
    assert notes(session, user=lead)[0].post_id == opening(session, request).id

    expand_all(session, now=STARTED + timedelta(days=3))
    passed = notifications.list_for(session, user=lead)[0][0]
    assert passed.headline == t("notify.target_passed")
    assert passed.icon == "alarm-clock"


def test_titles_are_read_when_shown(session: Session) -> None:
    lead = person(session)
    c = community(session, lead=lead)
    asker, helper = member(session, c), member(session, c)
    thread = start(session, c, asker, title="Old title")
    reply(session, thread, helper)
    expand_all(session)
    thread.title = "New title"
    session.add(thread)
    session.flush()
    assert notifications.list_for(session, user=asker)[0][0].where == "New title"


def test_mark_read_only_ones_own(session: Session) -> None:
    lead = person(session)
    c = community(session, lead=lead)
    asker, helper = member(session, c), member(session, c)
    thread = start(session, c, asker)
    reply(session, thread, helper)
    reply(session, thread, asker, "@" + helper.display_name + " thanks!")
    expand_all(session)
    (mine,) = notes(session, user=asker)
    (theirs,) = notes(session, user=helper)

    assert notifications.do_mark_read(session, user=helper, notification_id=mine.id) == 0
    assert notifications.unread_count(session, user=asker) == 1
    assert notifications.do_mark_read(session, user=asker, notification_id=mine.id) == 1
    assert notifications.do_mark_read(session, user=asker, notification_id=mine.id) == 0  # already
    assert notifications.do_mark_read(session, user=asker, notification_id=10_000) == 0
    session.commit()
    session.expire_all()
    assert notifications.unread_count(session, user=asker) == 0
    assert notifications.unread_count(session, user=helper) == 1
    assert notifications.list_for(session, user=asker)[0][0].unread is False
    assert notifications.list_for(session, user=helper)[0][0].unread is True
    assert notes(session, user=helper)[0].read_at is None
    with pytest.raises(NotSignedInError):
        notifications.do_mark_read(session, user=None, notification_id=theirs.id)


def test_mark_all_read(session: Session) -> None:
    lead = person(session)
    c = community(session, lead=lead)
    asker, helper = member(session, c), member(session, c)
    for i in range(2):
        thread = start(session, c, asker, title=f"Question {i}")
        reply(session, thread, helper)
        reply(session, thread, asker, f"@{helper.display_name} thanks")
    expand_all(session)
    assert notifications.unread_count(session, user=asker) == 2
    assert notifications.do_mark_all_read(session, user=asker) == 2
    assert notifications.unread_count(session, user=asker) == 0
    assert notifications.unread_count(session, user=helper) == 2  # another's are untouched
    assert notifications.do_mark_all_read(session, user=asker) == 0
    with pytest.raises(NotSignedInError):
        notifications.do_mark_all_read(session, user=None)


def test_mark_thread_read(session: Session) -> None:
    lead = person(session)
    c = community(session, lead=lead)
    asker, helper = member(session, c), member(session, c)
    first = start(session, c, asker, title="First")
    second = start(session, c, asker, title="Second")
    for _ in range(2):
        reply(session, first, helper)
    reply(session, second, helper)
    reply(session, first, asker, f"@{helper.display_name} thanks")
    expand_all(session)
    assert notifications.has_unread_for_thread(session, user_id=asker.id, thread_id=first.id)

    assert notifications.do_mark_thread_read(session, user=asker, thread_id=first.id) == 2
    assert not notifications.has_unread_for_thread(session, user_id=asker.id, thread_id=first.id)
    assert notifications.has_unread_for_thread(session, user_id=asker.id, thread_id=second.id)
    assert notifications.unread_count(session, user=asker) == 1
    # The helper's notification in the same thread is theirs to read.
    assert notifications.unread_count(session, user=helper) == 1
    assert notifications.do_mark_thread_read(session, user=helper, thread_id=second.id) == 0
    assert notifications.unread_count(session, user=helper) == 1
