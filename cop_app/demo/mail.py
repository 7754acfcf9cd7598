"""The email log of the demo: a year of a community's mail, as the sender
would have left it.

The mail the fan-out gathered for the latest notifications (cop_app.demo.reach)
is closed the way the sender closes it, when its window ended: composed and
kept in the local mailbox, or skipped (read in the app first, and so on).
Before that, a year of replies mailed to the people who asked (their default
channel for replies), some skipped because the member had read them in the
app or was on the site, a few refused by the receiving server; and the
account mail of a year (password resets, address changes), whose bodies were
emptied once sent, as account mail's are.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from cop_app.models import (
    Community,
    MailKind,
    MailMessage,
    MailStatus,
    Notification,
    NotificationKind,
    Post,
    Thread,
    User,
)
from cop_app.services.mail import compose, messages, sender, settings
from cop_app.services.reach import notifications

#: Replies mailed over the year (bounded: the benchmark's demo is far larger).
YEAR_OF_REPLIES = 360
ACCOUNT_MAIL = 24
LOCAL = "Kept in the local mailbox: no mail server is configured."
SKIPS = ("Read in the app first.", "The member was on the site meanwhile.")
BOUNCE = "550 5.1.1 The email account that you tried to reach does not exist."


def _close_gathered(session: Session) -> None:
    rows = session.exec(
        select(MailMessage)
        .where(MailMessage.status == MailStatus.GATHERING)
        .order_by(col(MailMessage.id))
    ).all()
    for row in rows:
        sender.compose_gathered(session, row, now=row.run_after)
        if row.status == MailStatus.QUEUED:
            row.status, row.local, row.detail = MailStatus.SENT, True, LOCAL
            row.sent_at = row.run_after + timedelta(seconds=2)
        session.add(row)
    session.flush()


def _reply_mail(
    session: Session,
    *,
    post: Post,
    thread: Thread,
    community: Community,
    asker: User,
    replier: User,
    rng: random.Random,
) -> MailMessage:
    at = post.created_at
    note = Notification(
        user_id=asker.id or 0,
        kind=NotificationKind.REPLY,
        reason="your_thread",
        community_id=community.id or 0,
        thread_id=thread.id,
        post_id=post.id,
        actor_id=replier.id,
        created_at=at,
    )
    item = notifications.MailItem(
        notification=note,
        view=notifications.describe(note, community, thread, replier.display_name, now=at),
        community=community,
        thread=thread,
        post=post,
    )
    window = settings.current().batch_window
    key = f"demo-reply:{post.id}"
    row = MailMessage(
        key=key,
        kind=MailKind.REPLY,
        user_id=asker.id,
        to_address=asker.email,
        community_id=community.id,
        thread_id=thread.id,
        message_id=compose.keyed_message_id(key, settings.current().from_domain),
        created_at=at,
        run_after=at + window,
        status=MailStatus.SKIPPED,
    )
    draw = rng.random()
    if draw < 0.25:
        row.detail = SKIPS[0]
    elif draw < 0.33:
        row.detail = SKIPS[1]
    else:
        composed, headers = messages.activity(
            user=asker, items=[item], kind=NotificationKind.REPLY, now=at + window
        )
        row.subject, row.body_text, row.body_html = composed.subject, composed.text, composed.html
        row.headers = headers
        row.attempts = 1
        if draw < 0.345:
            row.status, row.detail = MailStatus.FAILED, BOUNCE
        else:
            row.status, row.local, row.detail = MailStatus.SENT, True, LOCAL
            row.sent_at = at + window + timedelta(seconds=2)
    return row


def add_mail_log(session: Session, *, seed: int, end: datetime) -> int:
    """Write the demo's email log; the number of mails in it."""
    rng = random.Random(seed * 53 + 11)
    _close_gathered(session)
    start = end - timedelta(days=365)
    earliest = session.exec(select(Notification.created_at).order_by(col(Notification.id))).first()
    until = earliest or end
    replies = session.exec(
        select(Post, Thread, Community)
        .join(Thread, col(Thread.id) == Post.thread_id)
        .join(Community, col(Community.id) == Thread.community_id)
        .where(
            col(Post.position) > 0,
            col(Post.author_id) != Thread.author_id,
            col(Post.deleted_at).is_(None),
            col(Thread.is_hidden).is_(False),
            col(Post.created_at) >= start,
            col(Post.created_at) < until,
        )
        .order_by(col(Post.created_at), col(Post.id))
    ).all()
    step = max(1, len(replies) // YEAR_OF_REPLIES)
    people = {u.id: u for u in session.exec(select(User)).all()}
    rows = [
        _reply_mail(
            session,
            post=post,
            thread=thread,
            community=community,
            asker=people[thread.author_id],
            replier=people[post.author_id],
            rng=rng,
        )
        for post, thread, community in replies[::step][:YEAR_OF_REPLIES]
    ]
    members = sorted(uid for uid, u in people.items() if not u.is_site_admin)
    for n in range(ACCOUNT_MAIL):
        who = people[rng.choice(members)]
        at = start + timedelta(minutes=rng.randrange(365 * 24 * 60))
        kind = MailKind.PASSWORD_RESET if n % 4 else MailKind.ADDRESS_CHANGED
        subject = (
            "Reset your Practice Commons password"
            if kind == MailKind.PASSWORD_RESET
            else "Your Practice Commons address is changing"
        )
        key = f"demo-account:{n}"
        rows.append(
            MailMessage(
                key=key,
                kind=kind,
                status=MailStatus.SENT,
                user_id=who.id,
                to_address=who.email,
                private=True,  # its body was emptied once sent
                message_id=compose.keyed_message_id(key, settings.current().from_domain),
                subject=subject,
                created_at=at,
                run_after=at,
                sent_at=at + timedelta(seconds=1),
                attempts=1,
                local=True,
                detail=LOCAL,
            )
        )
    rows.sort(key=lambda r: (r.created_at, r.key))
    session.add_all(rows)
    session.flush()
    return len(rows)
