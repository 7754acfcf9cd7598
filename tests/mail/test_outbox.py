"""The outbox: which mail rows the fan-out writes (per each member's channel
for each kind), what closes a gathering mail without sending it, enqueueing
once per key, and the signed one-click unsubscribe links.

Rows that reach the sender are drained against the real SMTP server of the
``smtp`` fixture, so "skipped" also means "nothing arrived"."""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlalchemy as sa
from sqlmodel import Session, select

from cop_app.models import (
    MailChannel,
    MailKind,
    MailMessage,
    MailStatus,
    NotificationKind,
    User,
    utcnow,
)
from cop_app.services.mail import compose, outbox, preferences, tokens, unsubscribe
from cop_app.services.reach import notifications, watching
from cop_app.services.threads import threads
from tests.mail.smtp_server import SmtpServer
from tests.mail.support import (
    Scene,
    close_windows,
    drain,
    mails,
    notifications_of,
    one_mail,
    scene,
)
from tests.reach.support import expand_all, member, reply

# --------------------------------------------------------------------------- skips


def _replied(session: Session) -> tuple[Scene, MailMessage]:
    """A reply to the author's question: the author's mail is gathering."""
    s = scene(session)
    reply(session, s.thread, s.other)
    expand_all(session)
    row = one_mail(session, s.author)
    assert row.status == MailStatus.GATHERING
    return s, row


def _skipped(session: Session, engine: sa.Engine, smtp: SmtpServer, user: User) -> MailMessage:
    close_windows(session)
    assert drain(session, engine) == 0
    assert smtp.recorder.received == []
    row = one_mail(session, user)
    assert row.status == MailStatus.SKIPPED, (row.status, row.detail)
    assert row.detail
    assert row.gather_key is None
    assert row.sent_at is None
    return row


def test_read_in_the_app_before_the_window_closes(
    session: Session, engine: sa.Engine, smtp: SmtpServer
) -> None:
    s, _ = _replied(session)
    assert notifications.do_mark_thread_read(session, user=s.author, thread_id=s.thread.id) == 1
    row = _skipped(session, engine, smtp, s.author)
    assert row.detail == "Read in the app first."


def test_all_marked_read_before_the_window_closes(
    session: Session, engine: sa.Engine, smtp: SmtpServer
) -> None:
    s, _ = _replied(session)
    assert notifications.do_mark_all_read(session, user=s.author) >= 1
    assert _skipped(session, engine, smtp, s.author).detail == "Read in the app first."


def test_some_read_some_unread_tells_only_the_unread(
    session: Session, engine: sa.Engine, smtp: SmtpServer
) -> None:
    s, _ = _replied(session)
    first = notifications_of(session, s.author)[0]
    notifications.do_mark_read(session, user=s.author, notification_id=first.id or 0)
    later = member(session, s.community, "Lia Later")
    reply(session, s.thread, later, body="One more way.")
    expand_all(session)
    close_windows(session)
    assert drain(session, engine) == 1
    [got] = smtp.recorder.to(s.author.email)
    assert "Lia Later" in got.part("plain")
    assert "Omar Other" not in got.part("plain")


def test_on_the_site_after_the_mail_was_opened(
    session: Session, engine: sa.Engine, smtp: SmtpServer
) -> None:
    s, row = _replied(session)
    s.author.last_seen_at = row.created_at + timedelta(seconds=5)
    session.add(s.author)
    assert _skipped(session, engine, smtp, s.author).detail == (
        "The member was on the site meanwhile."
    )


def test_on_the_site_only_before_the_mail_was_opened_still_gets_it(
    session: Session, engine: sa.Engine, smtp: SmtpServer
) -> None:
    s, row = _replied(session)
    s.author.last_seen_at = row.created_at - timedelta(minutes=5)
    session.add(s.author)
    close_windows(session)
    assert drain(session, engine) == 1
    assert len(smtp.recorder.to(s.author.email)) == 1


def test_away(session: Session, engine: sa.Engine, smtp: SmtpServer) -> None:
    s, _ = _replied(session)
    s.author.away_until = utcnow() + timedelta(days=3)
    session.add(s.author)
    assert _skipped(session, engine, smtp, s.author).detail == "The member is away."
    # Told in the app all the same.
    assert len(notifications_of(session, s.author)) == 1


def test_back_from_away_gets_it(session: Session, engine: sa.Engine, smtp: SmtpServer) -> None:
    s, _ = _replied(session)
    s.author.away_until = utcnow() - timedelta(minutes=1)
    session.add(s.author)
    close_windows(session)
    assert drain(session, engine) == 1
    assert len(smtp.recorder.to(s.author.email)) == 1


def test_turned_the_kind_to_the_app_after_the_mail_was_opened(
    session: Session, engine: sa.Engine, smtp: SmtpServer
) -> None:
    s, _ = _replied(session)
    chosen = preferences.do_set_channels(session, user=s.author, channels={"reply": "app"})
    assert chosen[NotificationKind.REPLY] == MailChannel.APP
    assert _skipped(session, engine, smtp, s.author).detail == "The member turned this mail off."


def test_thread_hidden_meanwhile(session: Session, engine: sa.Engine, smtp: SmtpServer) -> None:
    s, _ = _replied(session)
    threads.do_moderate_thread(session, thread=s.thread, by=s.lead, hidden=True)
    assert _skipped(session, engine, smtp, s.author).detail == (
        "Nothing in it the member may still see."
    )


def test_post_deleted_meanwhile(session: Session, engine: sa.Engine, smtp: SmtpServer) -> None:
    s = scene(session)
    post = reply(session, s.thread, s.other)
    expand_all(session)
    post.deleted_at = utcnow()
    session.add(post)
    assert _skipped(session, engine, smtp, s.author).detail == (
        "Nothing in it the member may still see."
    )


def test_account_closed_meanwhile(session: Session, engine: sa.Engine, smtp: SmtpServer) -> None:
    s, _ = _replied(session)
    s.author.is_active = False
    session.add(s.author)
    assert _skipped(session, engine, smtp, s.author).detail == "The account is closed."


# --------------------------------------------------------------------------- help desk


def test_a_helpdesk_request_is_due_at_once_and_a_reply_waits(
    session: Session, smtp: SmtpServer
) -> None:
    from cop_app.models import ThreadKind
    from tests.reach.support import community, person, start

    lead = person(session, "Hana Lead")
    where = community(session, lead=lead)
    asker = member(session, where, "Ike Asker")
    helper = member(session, where, "Jo Helper")
    at = utcnow()
    thread = start(session, where, asker, kind=ThreadKind.HELPDESK, title="Pump broken", at=at)
    expand_all(session)
    row = one_mail(session, lead)
    assert row.kind == MailKind.HELPDESK_REQUEST
    assert row.created_at == at
    assert row.run_after == row.created_at
    [note] = notifications_of(session, lead)
    assert note.kind == NotificationKind.HELPDESK_REQUEST
    assert note.mail_id == row.id
    # The asker is not told about their own request.
    assert mails(session, asker) == []

    reply(session, thread, helper)
    expand_all(session)
    reply_mail = one_mail(session, asker)
    assert reply_mail.kind == MailKind.REPLY
    assert reply_mail.run_after - reply_mail.created_at == timedelta(minutes=10)


# --------------------------------------------------------------------------- channels


def test_defaults_mail_what_is_addressed_to_the_member(session: Session, smtp: SmtpServer) -> None:
    user = member(session, scene(session).community)
    chosen = preferences.channels_of(session, user_id=user.id or 0)
    for kind in ("mention", "reply", "quote", "helpdesk_request"):
        assert chosen[NotificationKind(kind)] == MailChannel.EMAIL, kind
    for kind in ("watched_post", "new_thread", "answer_accepted", "join_request"):
        assert chosen[NotificationKind(kind)] == MailChannel.APP, kind


def test_off_means_no_notification_at_all(session: Session, smtp: SmtpServer) -> None:
    s = scene(session)
    preferences.do_set_channels(session, user=s.author, channels={"reply": "off"})
    reply(session, s.thread, s.other)
    expand_all(session)
    assert notifications_of(session, s.author) == []
    assert mails(session, s.author) == []


def test_app_means_a_notification_and_no_mail(session: Session, smtp: SmtpServer) -> None:
    s = scene(session)
    preferences.do_set_channels(session, user=s.author, channels={"reply": "app"})
    reply(session, s.thread, s.other)
    expand_all(session)
    [note] = notifications_of(session, s.author)
    assert note.kind == NotificationKind.REPLY
    assert note.mail_id is None
    assert mails(session, s.author) == []


def test_email_links_the_notification_to_its_mail(session: Session, smtp: SmtpServer) -> None:
    s = scene(session)
    reply(session, s.thread, s.other)
    expand_all(session)
    [note] = notifications_of(session, s.author)
    row = one_mail(session, s.author)
    assert note.mail_id == row.id
    assert row.user_id == s.author.id
    assert row.to_address == s.author.email
    assert row.community_id == s.community.id
    assert row.thread_id == s.thread.id


def test_a_watched_post_is_told_in_the_app_only_by_default(
    session: Session, smtp: SmtpServer
) -> None:
    s = scene(session)
    watcher = member(session, s.community, "Wren Watcher")
    watching.do_set_thread_level(session, user=watcher, thread=s.thread, level="watching")
    reply(session, s.thread, s.other)
    expand_all(session)
    [note] = notifications_of(session, watcher)
    assert note.kind == NotificationKind.WATCHED_POST
    assert note.mail_id is None
    assert mails(session, watcher) == []

    # Chosen by email: the next one gathers a mail.
    preferences.do_set_channels(session, user=watcher, channels={"watched_post": "email"})
    reply(session, s.thread, s.other, body="And another thing.")
    expand_all(session)
    row = one_mail(session, watcher)
    assert row.kind == MailKind.WATCHED_POST
    assert notifications_of(session, watcher)[-1].mail_id == row.id


def test_a_choice_that_does_not_exist_is_refused(session: Session, smtp: SmtpServer) -> None:
    from cop_app.services.guards.authz import NotAllowedError

    user = member(session, scene(session).community)
    with pytest.raises(NotAllowedError):
        preferences.do_set_channels(session, user=user, channels={"reply": "pigeon"})
    with pytest.raises(NotAllowedError):
        preferences.do_set_channels(session, user=user, channels={"gossip": "email"})
    assert preferences.channels_of(session, user_id=user.id or 0) == dict(preferences.DEFAULTS)


# --------------------------------------------------------------------------- enqueue


def test_enqueue_is_idempotent_on_its_key(session: Session, smtp: SmtpServer) -> None:
    user = member(session, scene(session).community)
    composed = compose.Composed(subject="Hello", text="Hi.\n", html="<p>Hi.</p>")
    first = outbox.enqueue(
        session,
        key="notice:1",
        kind=MailKind.SIGNUP_NOTICE,
        to_address=user.email,
        composed=composed,
        user_id=user.id,
    )
    session.commit()
    again = outbox.enqueue(
        session,
        key="notice:1",
        kind=MailKind.SIGNUP_NOTICE,
        to_address=user.email,
        composed=compose.Composed(subject="Other", text="Other.\n", html=""),
        user_id=user.id,
    )
    session.commit()
    rows = session.exec(select(MailMessage).where(MailMessage.key == "notice:1")).all()
    assert len(rows) == 1
    assert again.id == first.id
    assert rows[0].subject == "Hello"
    assert rows[0].status == MailStatus.QUEUED
    assert rows[0].private is True  # account mail
    assert rows[0].message_id.endswith("@example.org>")


# --------------------------------------------------------------------------- unsubscribe


def test_an_unsubscribe_token_round_trips() -> None:
    token = tokens.unsubscribe_token(42, NotificationKind.REPLY)
    assert tokens.read_unsubscribe_token(token) == (42, NotificationKind.REPLY)
    assert tokens.read_unsubscribe_token(
        tokens.unsubscribe_token(42, NotificationKind.MENTION)
    ) == (42, NotificationKind.MENTION)


def _altered(char: str) -> str:
    return "A" if char != "A" else "B"


@pytest.mark.parametrize("where", [0, 5, -1])
def test_an_altered_signature_is_refused(where: int) -> None:
    token = tokens.unsubscribe_token(42, NotificationKind.REPLY)
    user, kind, signature = token.split(".")
    chars = list(signature)
    chars[where] = _altered(chars[where])
    assert tokens.read_unsubscribe_token(f"{user}.{kind}.{''.join(chars)}") is None


def test_an_altered_member_or_kind_is_refused() -> None:
    token = tokens.unsubscribe_token(42, NotificationKind.REPLY)
    user, kind, signature = token.split(".")
    assert tokens.read_unsubscribe_token(f"43.{kind}.{signature}") is None
    assert tokens.read_unsubscribe_token(f"4.{kind}.{signature}") is None
    assert tokens.read_unsubscribe_token(f"{user}.mention.{signature}") is None
    assert tokens.read_unsubscribe_token(f"{user}.replY.{signature}") is None
    for junk in ("", "42", "42.reply", "42.reply.", "x.reply.abc", "-42.reply." + signature):
        assert tokens.read_unsubscribe_token(junk) is None, junk


def test_one_click_turns_off_one_kind_for_one_member(session: Session, smtp: SmtpServer) -> None:
    s = scene(session)
    token = tokens.unsubscribe_token(s.author.id or 0, NotificationKind.REPLY)
    target = unsubscribe.do_one_click(session, token=token)
    assert target is not None
    local, domain = s.author.email.split("@")
    assert (target.user_id, target.kind, target.email) == (
        s.author.id,
        NotificationKind.REPLY,
        f"{local[0]}•••@{domain}",  # masked: the link may have been forwarded
    )
    session.commit()
    mine = preferences.channels_of(session, user_id=s.author.id or 0)
    assert mine[NotificationKind.REPLY] == MailChannel.APP
    assert {k: v for k, v in mine.items() if k != NotificationKind.REPLY} == {
        k: v for k, v in preferences.DEFAULTS.items() if k != NotificationKind.REPLY
    }
    assert preferences.channels_of(session, user_id=s.other.id or 0) == dict(preferences.DEFAULTS)

    # A reply now reaches the author in the app only.
    reply(session, s.thread, s.other)
    expand_all(session)
    [note] = notifications_of(session, s.author)
    assert note.mail_id is None
    assert mails(session, s.author) == []


def test_one_click_with_a_bad_token_changes_nothing(session: Session, smtp: SmtpServer) -> None:
    s = scene(session)
    token = tokens.unsubscribe_token(s.author.id or 0, NotificationKind.REPLY)
    forged = token.replace(f"{s.author.id}.", f"{s.other.id}.", 1)
    assert unsubscribe.do_one_click(session, token=forged) is None
    assert unsubscribe.do_one_click(session, token="nonsense") is None
    assert (
        unsubscribe.do_one_click(
            session, token=tokens.unsubscribe_token(999_999, NotificationKind.REPLY)
        )
        is None
    )
    session.commit()
    for user in (s.author, s.other):
        assert preferences.channels_of(session, user_id=user.id or 0) == dict(preferences.DEFAULTS)


def test_one_click_keeps_a_kind_that_was_off_off(session: Session, smtp: SmtpServer) -> None:
    s = scene(session)
    preferences.do_set_channels(session, user=s.author, channels={"reply": "off"})
    token = tokens.unsubscribe_token(s.author.id or 0, NotificationKind.REPLY)
    assert unsubscribe.do_one_click(session, token=token) is not None
    session.commit()
    chosen = preferences.channels_of(session, user_id=s.author.id or 0)
    assert chosen[NotificationKind.REPLY] == MailChannel.OFF


def test_the_mailed_unsubscribe_link_works(
    session: Session, engine: sa.Engine, smtp: SmtpServer
) -> None:
    s, _ = _replied(session)
    close_windows(session)
    assert drain(session, engine) == 1
    [got] = smtp.recorder.to(s.author.email)
    token = str(got.message["List-Unsubscribe"]).strip("<>").rsplit("/", 1)[1]
    assert unsubscribe.do_one_click(session, token=token) is not None
    session.commit()
    assert (
        preferences.channels_of(session, user_id=s.author.id or 0)[NotificationKind.REPLY]
        == MailChannel.APP
    )
