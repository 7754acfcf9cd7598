"""A member away: what comes in is recorded, their bell is not rung live."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import Session

from cop_app import live
from cop_app.models import utcnow
from cop_app.services.reach import notifications
from tests.reach.support import community, expand_all, member, person, reply, start


def test_an_away_member_is_told_but_not_rung(session: Session) -> None:
    lead = person(session)
    place = community(session, lead=lead)
    asker = member(session, place, "Ada Away")
    other = member(session, place, "Hal Here")
    helper = member(session, place, "Rex Replier")
    away_thread = start(session, place, asker, title="Asked before leaving")
    here_thread = start(session, place, other, title="Asked while here")
    asker.away_until = utcnow() + timedelta(days=3)
    session.add(asker)
    session.commit()
    expand_all(session)
    rung = {u.id: live.hub.version(live.user_topic(u.id)) for u in (asker, other)}

    reply(session, away_thread, helper)
    reply(session, here_thread, helper)
    session.commit()
    expand_all(session)

    assert live.hub.version(live.user_topic(asker.id)) == rung[asker.id]  # not rung
    assert live.hub.version(live.user_topic(other.id)) == rung[other.id] + 1
    # Recorded all the same: it waits on the notifications page.
    views, _ = notifications.list_for(session, user=asker)
    assert len(views) == 1 and views[0].unread and "Rex Replier" in views[0].headline
    assert notifications.unread_count(session, user=asker) == 1
