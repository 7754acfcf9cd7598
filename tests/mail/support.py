"""Builders and probes shared by the mail tests.

The fan-out and the sender are driven by hand: :func:`expand_all` (from the
reach tests) turns the recorded jobs into notifications and gathering mail,
:func:`drain` runs the sender once on the test's database (it opens its own
sessions, so the test's session commits first), and :func:`close_windows`
moves due dates back instead of waiting for the batching window.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import sqlalchemy as sa
from sqlmodel import Session, col, select

from cop_app.models import (
    Community,
    MailKind,
    MailMessage,
    MailStatus,
    Notification,
    Thread,
    User,
    utcnow,
)
from cop_app.services.mail import compose, outbox, sender
from tests import aio
from tests.reach.support import community, expand_all, member, person, start


def db_url(engine: sa.Engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def drain(session: Session, engine: sa.Engine) -> int:
    """Commit the test's work, run the sender until nothing is due, forget
    what the session had loaded (the sender changed the rows meanwhile)."""
    session.commit()
    handed = aio.run(sender.drain(db_url(engine)))
    session.expire_all()
    return handed


def close_windows(session: Session, *, ago: timedelta = timedelta(seconds=1)) -> None:
    """Every waiting mail (gathering or queued) falls due: its ``run_after``
    moves to just before now, as if its batching window (or its retry delay)
    had passed."""
    session.commit()
    session.execute(
        sa.update(MailMessage)
        .where(col(MailMessage.status).in_([MailStatus.GATHERING, MailStatus.QUEUED]))
        .values(run_after=utcnow() - ago)
    )
    session.commit()
    session.expire_all()


def mails(session: Session, user: User | None = None) -> list[MailMessage]:
    """The outbox's rows (one member's), oldest first, as the database has them now."""
    session.expire_all()
    query = select(MailMessage).order_by(col(MailMessage.id))
    if user is not None:
        query = query.where(MailMessage.user_id == user.id)
    return list(session.exec(query).all())


def one_mail(session: Session, user: User) -> MailMessage:
    rows = mails(session, user)
    assert len(rows) == 1, [(r.kind, r.status, r.detail) for r in rows]
    return rows[0]


def notifications_of(session: Session, user: User) -> list[Notification]:
    session.expire_all()
    return list(
        session.exec(
            select(Notification)
            .where(Notification.user_id == user.id)
            .order_by(col(Notification.id))
        ).all()
    )


@dataclass
class Scene:
    """A community with a lead, a member who asked a question, and a member
    who may answer it (the fan-out of the question already expanded)."""

    lead: User
    community: Community
    author: User
    other: User
    thread: Thread


def scene(session: Session, *, title: str = "Grievance redress in remote villages") -> Scene:
    lead = person(session, "Lena Lead")
    where = community(session, lead=lead)
    author = member(session, where, "Asha Author")
    other = member(session, where, "Omar Other")
    thread = start(session, where, author, title=title)
    session.commit()
    expand_all(session)
    return Scene(lead, where, author, other, thread)


def queue_plain(
    session: Session, user: User, *, key: str, subject: str = "A plain notice"
) -> MailMessage:
    """An account-style mail queued directly (due at once)."""
    return outbox.enqueue(
        session,
        key=key,
        kind=MailKind.SIGNUP_NOTICE,
        to_address=user.email,
        composed=compose.Composed(subject=subject, text="Hello.\n", html="<p>Hello.</p>"),
        user_id=user.id,
    )
