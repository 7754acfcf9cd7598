from __future__ import annotations

import asyncio
from datetime import timedelta

import sqlalchemy as sa
from sqlmodel import Session, select

from cop_app.models import MailMessage, MailStatus
from cop_app.services.mail import sender
from tests.reach.support import community, expand_all, member, person, reply, start


def test_reply_mail_reaches_the_server(session: Session, engine: sa.Engine, smtp) -> None:
    lead = person(session)
    c = community(session, lead=lead)
    author = member(session, c, )
    other = member(session, c)
    thread = start(session, c, author)
    session.commit()
    expand_all(session)
    reply(session, thread, other, body="**Yes** <script>x</script> try this")
    session.commit()
    expand_all(session)
    rows = session.exec(select(MailMessage)).all()
    print([(r.kind, r.status, r.user_id, r.run_after) for r in rows])
    url = str(engine.url)
    # the window closes later: nothing sent now
    asyncio.run(sender.drain(url))
    assert smtp.recorder.received == []
    for r in rows:
        r.run_after = r.run_after - timedelta(minutes=11)
        session.add(r)
    session.commit()
    asyncio.run(sender.drain(url))
    got = smtp.recorder.to(author.email)
    assert len(got) == 1, [(r.status, r.detail) for r in session.exec(select(MailMessage)).all()]
    m = got[0].message
    print(m)
