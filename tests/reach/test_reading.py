"""Tracking and watching count the replies a member has not read yet."""

from __future__ import annotations

from sqlmodel import Session

from cop_app.services.reach import watching
from tests.reach.support import community, member, person, reply, start


def test_new_replies_are_counted_for_tracked_and_watched_threads_only(session: Session) -> None:
    lead = person(session)
    place = community(session, lead=lead)
    reader = member(session, place, "Rae Reader")
    writer = member(session, place, "Wes Writer")
    tracked = start(session, place, writer, title="Tracked thread")
    normal = start(session, place, writer, title="Normal thread")
    watching.do_set_thread_level(session, user=reader, thread=tracked, level="tracking")
    for thread in (tracked, normal):
        reply(session, thread, writer)
        watching.do_mark_seen(session, user_id=reader.id, thread=thread)  # opened it
    session.commit()
    ids = [tracked.id, normal.id]
    assert watching.new_replies(session, user=reader, community=place, thread_ids=ids) == {}

    for _ in range(3):
        reply(session, tracked, writer)
        reply(session, normal, writer)
    session.commit()
    counts = watching.new_replies(session, user=reader, community=place, thread_ids=ids)
    assert counts == {tracked.id: 3}  # a normal thread counts nothing
    # The whole community at once (what the community page's tab keeps).
    assert watching.new_replies(session, user=reader, community=place) == counts
    elsewhere = community(session, lead=lead)
    assert watching.new_replies(session, user=reader, community=elsewhere) == {}

    assert watching.has_unseen(session, user_id=reader.id, thread=tracked)
    watching.do_mark_seen(session, user_id=reader.id, thread=tracked)
    session.commit()
    assert not watching.has_unseen(session, user_id=reader.id, thread=tracked)
    assert watching.new_replies(session, user=reader, community=place, thread_ids=ids) == {}


def test_a_thread_never_opened_counts_nothing(session: Session) -> None:
    lead = person(session)
    place = community(session, lead=lead)
    reader = member(session, place, "Rae Reader")
    writer = member(session, place, "Wes Writer")
    thread = start(session, place, writer, title="Unopened")
    watching.do_set_community_level(session, user=reader, community=place, level="watching")
    reply(session, thread, writer)
    session.commit()
    assert watching.new_replies(session, user=reader, community=place, thread_ids=[thread.id]) == {}
