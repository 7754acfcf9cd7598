"""The sender against a real SMTP server on loopback (tests/mail/smtp_server.py):
what reaches the server, when, with which headers; retries, leases, the local
mailbox, account mail, and what a member's writing can and cannot do to a mail.

The sender is driven by hand (tests/mail/support.py: ``drain``), time moved by
moving rows' due dates back (``close_windows``)."""

from __future__ import annotations

import re
from datetime import timedelta
from html.parser import HTMLParser

import aiosmtplib
import pytest
import sqlalchemy as sa
from aiosmtpd.controller import Controller
from sqlmodel import Session, col

from cop_app.models import MailKind, MailMessage, MailStatus, Thread, User, utcnow
from cop_app.services.mail import messages, sender, settings, tokens
from cop_app.services.reach import fanout
from tests.appserver import free_port
from tests.mail.smtp_server import Recorder, SmtpServer
from tests.mail.support import (
    close_windows,
    drain,
    mails,
    notifications_of,
    one_mail,
    queue_plain,
    scene,
)
from tests.reach.support import expand_all, member, reply

ROOT_DOMAIN = "example.org"  # the From domain the ``smtp`` fixture sets


# --------------------------------------------------------------------------- one reply


def test_a_reply_waits_for_the_window_then_goes_once_with_its_headers(
    session: Session, engine: sa.Engine, smtp: SmtpServer
) -> None:
    s = scene(session)
    reply(session, s.thread, s.other, body="We used a toll-free line.")
    expand_all(session)

    row = one_mail(session, s.author)
    assert row.status == MailStatus.GATHERING
    assert row.kind == MailKind.REPLY
    assert row.thread_id == s.thread.id
    assert row.run_after - row.created_at == timedelta(minutes=10)
    assert row.run_after > utcnow()
    [note] = notifications_of(session, s.author)
    assert note.mail_id == row.id

    # The window is still open: nothing goes.
    assert drain(session, engine) == 0
    assert smtp.recorder.received == []
    assert one_mail(session, s.author).status == MailStatus.GATHERING

    close_windows(session)
    assert drain(session, engine) == 1
    assert len(smtp.recorder.received) == 1
    [got] = smtp.recorder.to(s.author.email)
    row = one_mail(session, s.author)
    assert row.status == MailStatus.SENT
    assert row.sent_at is not None
    assert row.local is False
    assert row.attempts == 1

    message = got.message
    assert message.get_content_type() == "multipart/alternative"
    text, html_part = got.part("plain"), got.part("html")
    assert "We used a toll-free line." in text
    assert "Omar Other" in text
    assert "<html" in html_part
    assert "We used a toll-free line." in html_part
    assert got.message_id == row.message_id
    assert row.message_id.endswith(f"@{ROOT_DOMAIN}>")

    unsubscribe = re.fullmatch(
        r"<(https?://[^>]+)/_mail/unsubscribe/([^>/]+)>", message["List-Unsubscribe"]
    )
    assert unsubscribe is not None, message["List-Unsubscribe"]
    assert tokens.read_unsubscribe_token(unsubscribe.group(2)) == (s.author.id, MailKind.REPLY)
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    root = f"<thread-{s.thread.id}@{ROOT_DOMAIN}>"
    assert message["In-Reply-To"] == root
    assert message["References"] == root
    assert s.author.email in message["To"]
    assert got.envelope_to == [s.author.email]
    assert s.thread.title in message["Subject"]
    assert message["From"] == "Practice Commons <cop@example.org>"

    # Nothing more to send.
    assert drain(session, engine) == 0
    assert len(smtp.recorder.received) == 1


def test_replies_within_the_window_go_as_one_mail_and_a_later_one_as_another(
    session: Session, engine: sa.Engine, smtp: SmtpServer
) -> None:
    s = scene(session)
    repliers = [member(session, s.community, name) for name in ("Bea Ndlovu", "Carlos Ruiz")]
    for who in [s.other, *repliers]:
        reply(session, s.thread, who, body=f"An idea from {who.display_name.split()[0]}.")
        expand_all(session)
    row = one_mail(session, s.author)
    assert row.status == MailStatus.GATHERING
    notes = notifications_of(session, s.author)
    assert len(notes) == 3
    assert {n.mail_id for n in notes} == {row.id}

    close_windows(session)
    assert drain(session, engine) == 1
    [first] = smtp.recorder.to(s.author.email)
    text = first.part("plain")
    for who in ("Omar Other", "Bea Ndlovu", "Carlos Ruiz"):
        assert who in text
        assert who in first.part("html")
    assert "An idea from Carlos." in text

    # A reply after that mail went opens a new one.
    late = member(session, s.community, "Dara Late")
    reply(session, s.thread, late, body="A late idea.")
    expand_all(session)
    rows = mails(session, s.author)
    assert [r.status for r in rows] == [MailStatus.SENT, MailStatus.GATHERING]
    assert rows[1].message_id != rows[0].message_id
    close_windows(session)
    assert drain(session, engine) == 1
    assert len(smtp.recorder.to(s.author.email)) == 2
    second = smtp.recorder.to(s.author.email)[1]
    assert second.message_id == rows[1].message_id != first.message_id
    assert second.message["References"] == first.message["References"]
    assert second.message["References"] == f"<thread-{s.thread.id}@{ROOT_DOMAIN}>"
    assert "Dara Late" in second.part("plain")
    assert "Bea Ndlovu" not in second.part("plain")


# --------------------------------------------------------------------------- help desk


def test_a_helpdesk_request_goes_to_the_team_at_once(
    session: Session, engine: sa.Engine, smtp: SmtpServer
) -> None:
    from cop_app.models import ThreadKind
    from tests.reach.support import community, person, start

    lead = person(session, "Hana Lead")
    where = community(session, lead=lead)
    asker = member(session, where, "Ike Asker")
    session.commit()
    expand_all(session)
    # The lead is on the site right now: a request still goes.
    lead.last_seen_at = utcnow() + timedelta(minutes=1)
    session.add(lead)
    thread = start(
        session, where, asker, kind=ThreadKind.HELPDESK, title="Pump broken", at=utcnow()
    )
    expand_all(session)

    row = one_mail(session, lead)
    assert row.kind == MailKind.HELPDESK_REQUEST
    assert row.status == MailStatus.GATHERING
    assert row.run_after == row.created_at
    assert drain(session, engine) == 1
    [got] = smtp.recorder.to(lead.email)
    assert "Pump broken" in got.message["Subject"]
    assert "Ike Asker" in got.part("plain")
    assert got.message["References"] == f"<thread-{thread.id}@{ROOT_DOMAIN}>"
    assert one_mail(session, lead).status == MailStatus.SENT
    assert smtp.recorder.to(asker.email) == []


# --------------------------------------------------------------------------- retries


def test_a_transient_refusal_puts_the_mail_back_then_it_goes_once(
    session: Session, engine: sa.Engine, smtp: SmtpServer
) -> None:
    s = scene(session)
    reply(session, s.thread, s.other)
    expand_all(session)
    close_windows(session)
    smtp.recorder.refuse_with = "451 4.3.0 try later"

    before = utcnow()
    assert drain(session, engine) == 1  # handed over, and refused
    row = one_mail(session, s.author)
    assert row.status == MailStatus.QUEUED
    assert row.attempts == 1
    assert row.run_after > before
    assert row.claimed_until is None
    assert "451" in row.detail
    assert "try later" in row.detail
    assert smtp.recorder.received == []
    # Not due yet: another round leaves it alone.
    assert drain(session, engine) == 0
    assert one_mail(session, s.author).attempts == 1

    smtp.recorder.refuse_with = None
    close_windows(session)
    assert drain(session, engine) == 1
    [got] = smtp.recorder.to(s.author.email)
    row = one_mail(session, s.author)
    assert row.status == MailStatus.SENT
    assert row.attempts == 2
    assert got.message_id == row.message_id
    assert drain(session, engine) == 0
    assert len(smtp.recorder.received) == 1


def test_a_permanent_refusal_fails_at_once_with_the_servers_reason(
    session: Session, engine: sa.Engine, smtp: SmtpServer
) -> None:
    user = member(session, scene(session).community, "Pat Permanent")
    row_id = queue_plain(session, user, key="permanent").id
    smtp.recorder.refuse_with = "550 5.1.1 no such user"
    drain(session, engine)
    row = session.get(MailMessage, row_id)
    assert row is not None
    assert row.status == MailStatus.FAILED
    assert row.attempts == 1
    assert "550" in row.detail
    assert "no such user" in row.detail
    assert smtp.recorder.received == []
    # Failed for good: lifting the refusal changes nothing.
    smtp.recorder.refuse_with = None
    close_windows(session)
    assert drain(session, engine) == 0
    assert smtp.recorder.received == []


class _Greylisting(Recorder):
    """A server that answers RCPT TO with a temporary refusal while
    ``rcpt_refusal`` is set (greylisting: "come back in a few minutes")."""

    rcpt_refusal: str | None = None

    async def handle_RCPT(self, server, session, envelope, address, options) -> str:
        if self.rcpt_refusal:
            return self.rcpt_refusal
        envelope.rcpt_tos.append(address)
        return "250 OK"


def test_a_temporary_refusal_of_the_recipient_is_retried_not_failed(
    session: Session, engine: sa.Engine, smtp: SmtpServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Greylisting refuses the recipient (RCPT TO) with a 4xx code: the mail
    must wait and go later, as for a 4xx after DATA, not fail for good."""
    recorder = _Greylisting()
    recorder.rcpt_refusal = "450 4.2.0 Greylisted, please try again later"
    port = free_port()
    controller = Controller(recorder, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        monkeypatch.setenv("COP_SMTP_URL", f"smtp://127.0.0.1:{port}")
        settings.reset_for_tests()
        user = member(session, scene(session).community, "Gus Greylisted")
        row_id = queue_plain(session, user, key="greylisted").id
        drain(session, engine)
        row = session.get(MailMessage, row_id)
        assert row is not None
        assert "450" in row.detail
        assert (row.status, row.attempts) == (MailStatus.QUEUED, 1), row.detail
        assert row.run_after > utcnow()

        recorder.rcpt_refusal = None
        close_windows(session)
        assert drain(session, engine) == 1
        assert len(recorder.to(user.email)) == 1
        row = session.get(MailMessage, row_id)
        assert row is not None
        assert row.status == MailStatus.SENT
    finally:
        controller.stop()


def test_a_permanent_refusal_of_the_recipient_fails_at_once(
    session: Session, engine: sa.Engine, smtp: SmtpServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorder = _Greylisting()
    recorder.rcpt_refusal = "550 5.1.1 no such user here"
    port = free_port()
    controller = Controller(recorder, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        monkeypatch.setenv("COP_SMTP_URL", f"smtp://127.0.0.1:{port}")
        settings.reset_for_tests()
        user = member(session, scene(session).community, "Nadia Nobody")
        row_id = queue_plain(session, user, key="no-such-user").id
        drain(session, engine)
        row = session.get(MailMessage, row_id)
        assert row is not None
        assert row.status == MailStatus.FAILED
        assert "no such user here" in row.detail
        assert recorder.received == []
    finally:
        controller.stop()


def test_a_server_that_is_down_keeps_the_mail_queued_and_posting_still_works(
    session: Session, engine: sa.Engine, smtp: SmtpServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = scene(session)
    reply(session, s.thread, s.other)
    expand_all(session)
    close_windows(session)
    monkeypatch.setenv("COP_SMTP_URL", f"smtp://127.0.0.1:{free_port()}")
    settings.reset_for_tests()

    before = utcnow()
    drain(session, engine)  # does not raise
    row = one_mail(session, s.author)
    assert row.status == MailStatus.QUEUED
    assert row.attempts == 1
    assert row.run_after > before
    assert "could not be reached" in row.detail

    # The site goes on: a reply is written and told while mail cannot leave.
    newcomer = member(session, s.community, "Quinn Meanwhile")
    post = reply(session, s.thread, newcomer, body="Written while the mail server is down.")
    expand_all(session)
    assert post.id is not None
    assert fanout.pending_count(session) == 0
    assert len(notifications_of(session, s.author)) == 2
    rows = mails(session, s.author)
    assert [r.status for r in rows] == [MailStatus.QUEUED, MailStatus.GATHERING]
    close_windows(session)
    drain(session, engine)
    assert [r.status for r in mails(session, s.author)] == [MailStatus.QUEUED] * 2

    # The server is back: both go, once each.
    monkeypatch.setenv("COP_SMTP_URL", smtp.url)
    settings.reset_for_tests()
    close_windows(session)
    assert drain(session, engine) == 2
    assert len(smtp.recorder.to(s.author.email)) == 2
    assert [r.status for r in mails(session, s.author)] == [MailStatus.SENT] * 2


def test_after_the_last_attempt_a_transient_failure_is_final(
    session: Session, engine: sa.Engine, smtp: SmtpServer
) -> None:
    user = member(session, scene(session).community, "Rita Retry")
    row_id = queue_plain(session, user, key="retry").id
    smtp.recorder.refuse_with = "451 4.3.0 try later"
    for attempt in range(1, sender.MAX_ATTEMPTS + 1):
        close_windows(session)
        assert drain(session, engine) == 1
        row = session.get(MailMessage, row_id)
        assert row is not None
        assert row.attempts == attempt
        expected = MailStatus.FAILED if attempt == sender.MAX_ATTEMPTS else MailStatus.QUEUED
        assert row.status == expected, (attempt, row.detail)
    assert "451" in row.detail
    assert not row.detail.startswith("Will try again")
    smtp.recorder.refuse_with = None
    close_windows(session)
    assert drain(session, engine) == 0
    assert smtp.recorder.received == []


def test_the_delay_between_attempts_grows(
    session: Session, engine: sa.Engine, smtp: SmtpServer
) -> None:
    user = member(session, scene(session).community, "Sam Backoff")
    row_id = queue_plain(session, user, key="backoff").id
    smtp.recorder.refuse_with = "421 4.7.0 busy"
    delays = []
    for _ in range(3):
        close_windows(session)
        drain(session, engine)
        row = session.get(MailMessage, row_id)
        assert row is not None
        delays.append(row.run_after - utcnow())
    assert delays[0] > timedelta(seconds=20)
    assert delays[0] < delays[1] < delays[2]


# --------------------------------------------------------------------------- at least once


def test_a_lease_left_by_a_dead_sender_runs_out_and_the_same_message_goes(
    session: Session, engine: sa.Engine, smtp: SmtpServer
) -> None:
    s = scene(session)
    reply(session, s.thread, s.other)
    expand_all(session)
    plain = queue_plain(session, s.other, key="leased")
    session.commit()
    close_windows(session)

    # A process leases both, then dies before sending or marking them.
    claimed = sender.claim(session)
    session.commit()
    gathered = one_mail(session, s.author)
    assert sorted(claimed) == sorted([gathered.id, plain.id])
    assert gathered.status == MailStatus.QUEUED  # composed while claimed
    assert gathered.claimed_until is not None and gathered.claimed_until > utcnow()
    ids_before = {r.id: r.message_id for r in mails(session)}

    assert drain(session, engine) == 0
    assert smtp.recorder.received == []

    session.execute(
        sa.update(MailMessage)
        .where(col(MailMessage.id).in_(claimed))
        .values(claimed_until=utcnow() - timedelta(seconds=1))
    )
    assert drain(session, engine) == 2
    assert len(smtp.recorder.received) == 2
    for row in mails(session):
        assert row.status == MailStatus.SENT
        assert row.attempts == 2
        assert row.message_id == ids_before[row.id]
        [got] = smtp.recorder.to(row.to_address)
        assert got.message_id == row.message_id
    assert drain(session, engine) == 0
    assert len(smtp.recorder.received) == 2


def test_a_leased_mail_is_not_due_before_its_lease_runs_out(
    session: Session, engine: sa.Engine, smtp: SmtpServer
) -> None:
    """The sender sleeps until ``next_due``: a mail another process holds
    cannot be taken before its lease runs out, so it must not wake the sender
    before then (else every other process polls the outbox, with a write
    transaction, every 50 ms for as long as the lease lasts)."""
    user = member(session, scene(session).community, "Lou Leased")
    queue_plain(session, user, key="leased-next-due")
    session.commit()
    [row_id] = sender.claim(session)
    session.commit()
    row = session.get(MailMessage, row_id)
    assert row is not None and row.claimed_until is not None
    assert drain(session, engine) == 0  # nothing can be taken now
    due = sender.next_due(session)
    assert due is None or due >= row.claimed_until, (due, row.claimed_until)


# --------------------------------------------------------------------------- local mailbox


def test_without_a_mail_server_mail_is_kept_in_the_local_mailbox(
    session: Session, engine: sa.Engine, local_mailbox: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    connections: list[object] = []

    async def no_connection(self: aiosmtplib.SMTP, *args: object, **kwargs: object) -> None:
        connections.append(self)
        raise AssertionError("the local mailbox connects to no server")

    monkeypatch.setattr(aiosmtplib.SMTP, "connect", no_connection)
    assert not settings.current().delivers
    s = scene(session)
    reply(session, s.thread, s.other)
    expand_all(session)
    queue_plain(session, s.other, key="local")
    close_windows(session)

    assert drain(session, engine) == 2
    rows = mails(session)
    assert len(rows) == 2
    for row in rows:
        assert row.status == MailStatus.SENT
        assert row.local is True
        assert row.sent_at is not None
        assert "local mailbox" in row.detail
    gathered = one_mail(session, s.author)
    assert gathered.body_text and gathered.body_html  # the admin can read it
    assert connections == []
    assert drain(session, engine) == 0


# --------------------------------------------------------------------------- safety


def _set_raw(session: Session, model: type, row_id: int, **values: object) -> None:
    """Write a value as rows written outside the services might hold it."""
    session.execute(sa.update(model).where(model.id == row_id).values(**values))  # type: ignore[attr-defined]
    session.commit()


def test_line_breaks_in_a_title_or_a_name_add_no_header(
    session: Session, engine: sa.Engine, smtp: SmtpServer
) -> None:
    s = scene(session)
    _set_raw(session, Thread, s.thread.id or 0, title="Pumps\r\nBcc: evil@example.com")
    _set_raw(session, User, s.author.id or 0, display_name="Asha\r\nBcc: evil@example.com")
    _set_raw(session, User, s.other.id or 0, display_name="Omar\nBcc: evil@example.com")
    reply(session, s.thread, s.other)
    expand_all(session)
    close_windows(session)
    assert drain(session, engine) == 1

    [got] = smtp.recorder.received
    message = got.message
    assert got.envelope_to == [s.author.email]
    assert message.get_all("Bcc") is None
    assert [name.lower() for name in message].count("subject") == 1
    assert len(message.get_all("To")) == 1
    subject = str(message["Subject"])
    assert "Pumps" in subject
    assert "\r" not in subject and "\n" not in subject
    assert "\n" not in str(message["To"])
    assert s.author.email in str(message["To"])
    row = one_mail(session, s.author)
    assert "\n" not in row.subject
    assert all("\n" not in v and "\r" not in v for v in row.headers.values())


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend((name, value or "") for name, value in attrs)


def test_markup_in_a_post_reaches_the_mail_as_text(
    session: Session, engine: sa.Engine, smtp: SmtpServer
) -> None:
    s = scene(session)
    body = (
        "Look <script>alert(1)</script> here\n\n"
        "<img src=x onerror=alert(1)>\n\n"
        "And [x](javascript:alert(1)) too."
    )
    reply(session, s.thread, s.other, body=body)
    expand_all(session)
    close_windows(session)
    assert drain(session, engine) == 1
    [got] = smtp.recorder.received
    html_part = got.part("html")

    parsed = _Tags()
    parsed.feed(html_part)
    assert "script" not in parsed.tags
    assert "img" not in parsed.tags
    assert not [name for name, _ in parsed.attrs if name.startswith("on")]
    hrefs = [value for name, value in parsed.attrs if name == "href"]
    assert hrefs, "the mail links to the post"
    assert not [h for h in hrefs if h.strip().lower().startswith("javascript:")]
    assert "<script" not in html_part.lower()
    assert "javascript:alert" not in "".join(hrefs).lower()
    # Escaped, so the reader sees what was written.
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html_part
    assert "&lt;img src=x onerror=alert(1)&gt;" in html_part
    assert "<script>alert(1)</script>" in got.part("plain")


def test_names_and_titles_beyond_ascii_arrive_intact(
    session: Session, engine: sa.Engine, smtp: SmtpServer
) -> None:
    s = scene(session, title="Réunion — café ☕ 李")
    writer = member(session, s.community, "Zoë Ñandú 李")
    reply(session, s.thread, writer, body="Ça marche très bien 👍")
    expand_all(session)
    close_windows(session)
    assert drain(session, engine) == 1
    [got] = smtp.recorder.received
    assert "Réunion — café ☕ 李" in str(got.message["Subject"])
    assert "Zoë Ñandú 李" in got.part("plain")
    assert "Ça marche très bien 👍" in got.part("plain")
    assert "Ça marche très bien 👍" in got.part("html")


def test_a_mail_is_filed_under_its_most_personal_kind(
    session: Session, engine: sa.Engine, smtp: SmtpServer
) -> None:
    """A reply, then a mention, in one window: one mail, filed (and
    unsubscribed from) as a mention."""
    s = scene(session)
    reply(session, s.thread, s.other)
    expand_all(session)
    third = member(session, s.community, "Tess Third")
    reply(session, s.thread, third, body="@Asha Author have a look at this.")
    expand_all(session)
    row = one_mail(session, s.author)
    assert [n.kind for n in notifications_of(session, s.author)] == ["reply", "mention"]
    close_windows(session)
    assert drain(session, engine) == 1
    [got] = smtp.recorder.received
    assert one_mail(session, s.author).kind == MailKind.MENTION
    assert one_mail(session, s.author).id == row.id
    token = str(got.message["List-Unsubscribe"]).strip("<>").rsplit("/", 1)[1]
    assert tokens.read_unsubscribe_token(token) == (s.author.id, MailKind.MENTION)
    assert "Omar Other" in got.part("plain")
    assert "Tess Third" in got.part("plain")


def test_a_join_request_taken_by_email_is_mailed_outside_any_thread(
    session: Session, engine: sa.Engine, smtp: SmtpServer
) -> None:
    from cop_app.models import Openness
    from cop_app.services.communities import communities
    from cop_app.services.mail import preferences
    from tests.reach.support import community, person

    lead = person(session, "Lee Lead")
    where = community(session, lead=lead, openness=Openness.SELECTIVE)
    preferences.do_set_channels(session, user=lead, channels={"join_request": "email"})
    asker = person(session, "Ann Asker")
    communities.do_join(session, community=where, user=asker)
    expand_all(session)
    row = one_mail(session, lead)
    assert (row.kind, row.status, row.thread_id) == (
        MailKind.JOIN_REQUEST,
        MailStatus.GATHERING,
        None,
    )
    close_windows(session)
    assert drain(session, engine) == 1
    [got] = smtp.recorder.to(lead.email)
    assert where.name in str(got.message["Subject"])
    assert "Ann Asker" in got.part("plain")
    assert f"/c/{where.slug}/requests" in got.part("plain")
    assert got.message["In-Reply-To"] is None
    assert got.message["References"] is None


# --------------------------------------------------------------------------- account mail


def test_a_reset_mail_is_scrubbed_once_sent(
    session: Session, engine: sa.Engine, smtp: SmtpServer
) -> None:
    user = member(session, scene(session).community, "Uma Forgetful")
    messages.queue_password_reset(session, user=user)
    row = one_mail(session, user)
    assert row.kind == MailKind.PASSWORD_RESET
    assert row.private is True
    assert row.status == MailStatus.QUEUED
    assert "/password/reset?t=" in row.body_text  # until it goes

    assert drain(session, engine) == 1
    [got] = smtp.recorder.to(user.email)
    link = re.search(r"https?://\S+/password/reset\?t=[A-Za-z0-9_%-]+", got.part("plain"))
    assert link is not None, got.part("plain")
    assert "/password/reset?t=" in got.part("html")
    assert got.message["Auto-Submitted"] == "auto-generated"
    row = one_mail(session, user)
    assert row.status == MailStatus.SENT
    assert row.private is True
    assert row.body_text == ""
    assert row.body_html == ""
    assert row.subject  # the envelope stays for the log
    assert got.message_id == row.message_id


def test_a_reset_mail_that_fails_is_scrubbed_too(
    session: Session, engine: sa.Engine, smtp: SmtpServer
) -> None:
    user = member(session, scene(session).community, "Vic Vanished")
    messages.queue_password_reset(session, user=user)
    smtp.recorder.refuse_with = "550 5.1.1 no such user"
    drain(session, engine)
    row = one_mail(session, user)
    assert row.status == MailStatus.FAILED
    assert "no such user" in row.detail
    assert (row.body_text, row.body_html) == ("", "")
    assert smtp.recorder.received == []
