"""Account mail flows: password resets, address confirmation and address changes
(cop_app.services.accounts.recovery), and sign-up answering the same whatever
the address, driven through a real SMTP server where mail leaves the app."""

from __future__ import annotations

import dataclasses
import re
import statistics
import time
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
import sqlalchemy as sa
from sqlmodel import Session, col, func, select

from cop_app.models import (
    AccountToken,
    AccountTokenPurpose,
    AuthEvent,
    AuthEventKind,
    MailKind,
    MailMessage,
    MailStatus,
    RateLimit,
    User,
    UserSession,
    utcnow,
)
from cop_app.services.accounts import auth, recovery
from cop_app.services.accounts.passwords import hash_password, verify_password
from cop_app.services.communities import communities
from cop_app.services.guards import authz, keys, ratelimit
from cop_app.services.mail import sender
from cop_app.services.mail.tokens import TokenProblem
from tests import aio
from tests.factories import make_user
from tests.mail import conftest as mail_fixtures
from tests.mail.smtp_server import Received, SmtpServer
from tests.reach.support import community, person

# The mail fixtures (a real SMTP server; the local mailbox), for this folder too.
smtp = mail_fixtures.smtp
local_mailbox = mail_fixtures.local_mailbox

PASSWORD = "tidal-Lantern-orchard-42"
HASH = hash_password(PASSWORD)  # once: argon2 is deliberately slow
NEW_PASSWORD = "quartz-Meadow-falcon-93 lagoon"
OTHER_PASSWORD = "velvet-Canyon-ember-58 bramble"
WEAK_PASSWORD = "password1234"
UA = "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0.0.0 Safari/537.36"

RESET_LINK = re.compile(r"/password/reset\?t=([A-Za-z0-9_-]+)")
CONFIRM_LINK = re.compile(r"/account/confirm\?t=([A-Za-z0-9_-]+)(&change=1)?")

RESET_SUBJECT = "Reset your Practice Commons password"
CONFIRM_SUBJECT = "Confirm your address for Practice Commons"
CHANGE_SUBJECT = "Confirm your new address for Practice Commons"
SIGNUP_NOTICE_SUBJECT = "Someone tried to create an account with your address"
CHANGED_NOTICE_SUBJECT = "Your Practice Commons address is changing"


@pytest.fixture(autouse=True)
def secret_key(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A known key (email keys, rate-limit keys), and no cached one from another test."""
    monkeypatch.setenv(keys.SECRET_KEY_ENV, "test-secret-key")
    monkeypatch.setattr(keys, "_secret_key", None)
    yield


# --------------------------------------------------------------------------- helpers


def member(session: Session, email: str, name: str, **overrides: object) -> User:
    """An account with PASSWORD (unconfirmed unless ``email_confirmed_at`` is given)."""
    return make_user(session, email=email, display_name=name, password_hash=HASH, **overrides)


def commit(session: Session) -> None:
    """End the request's transaction; later reads see what the database holds."""
    session.commit()
    session.expire_all()


def deliver(session: Session, engine: sa.Engine) -> None:
    """Commit, then let the sender hand every due mail to the SMTP server."""
    commit(session)
    aio.run(sender.drain(engine.url.render_as_string(hide_password=False)))


def mails(
    session: Session, *, to: str | None = None, kind: MailKind | None = None
) -> list[MailMessage]:
    query = select(MailMessage).order_by(col(MailMessage.id))
    if to is not None:
        query = query.where(MailMessage.to_address == to)
    if kind is not None:
        query = query.where(MailMessage.kind == kind)
    return list(session.exec(query).all())


def user_count(session: Session) -> int:
    return session.exec(select(func.count()).select_from(User)).one()


def link(text: str, pattern: re.Pattern[str]) -> re.Match[str]:
    """The one account link in a mail's text (the same link may appear once)."""
    found = list(pattern.finditer(text))
    assert found, text
    assert len({m.group(0) for m in found}) == 1, text
    return found[0]


def received_token(got: Received, pattern: re.Pattern[str]) -> str:
    return link(got.part("plain"), pattern).group(1)


def outbox_token(session: Session, *, to: str, kind: MailKind, pattern: re.Pattern[str]) -> str:
    """The link of the newest queued mail (not sent yet: its body is still stored)."""
    row = mails(session, to=to, kind=kind)[-1]
    assert row.status == MailStatus.QUEUED
    return link(row.body_text, pattern).group(1)


def browser(session: Session, user: User, *, now: datetime, ip: str = "203.0.113.7") -> str:
    """A signed-in browser's session token."""
    code = auth.do_start_session(session, user=user, client_ip=ip, user_agent=UA, now=now)
    token = auth.do_exchange_handoff(session, code=code, now=now)
    assert token is not None
    return token


def signed_in_as(session: Session, code: str, *, now: datetime) -> User | None:
    """Whom a hand-off code signs in (exchanging it, as the browser would)."""
    token = auth.do_exchange_handoff(session, code=code, now=now)
    if token is None:
        return None
    found = auth.get_session_user(session, token=token, now=now)
    return found[0] if found is not None else None


def sign_in(
    session: Session, email: str, password: str, *, now: datetime, ip: str = "198.51.100.9"
) -> auth.SignInResult:
    return auth.do_sign_in(
        session, email=email, password=password, client_ip=ip, user_agent=UA, now=now
    )


def tamper(raw: str, index: int) -> str:
    other = "A" if raw[index] != "A" else "B"
    return raw[:index] + other + raw[index + 1 :]


def link_problem(call) -> TokenProblem:  # type: ignore[no-untyped-def]
    with pytest.raises(recovery.LinkError) as refused:
        call()
    return refused.value.problem


# --------------------------------------------------------------------------- 1. reset, end to end


def test_password_reset_end_to_end(session: Session, engine: sa.Engine, smtp: SmtpServer) -> None:
    now = utcnow()
    address = "ruth.okello@example.org"
    user = member(session, address, "Ruth Okello")  # unconfirmed
    assert user.email_confirmed_at is None
    first, second = browser(session, user, now=now), browser(session, user, now=now)
    commit(session)
    assert auth.get_session_user(session, token=first, now=now) is not None
    assert auth.get_session_user(session, token=second, now=now) is not None

    answer = recovery.do_request_reset(
        session, email="  Ruth.Okello@Example.ORG ", client_ip="192.0.2.11", now=now
    )
    assert answer is None
    deliver(session, engine)

    got = smtp.recorder.to(address)
    assert len(got) == 1
    assert smtp.recorder.received == got  # nobody else was mailed
    assert got[0].message["Subject"] == RESET_SUBJECT
    assert address in str(got[0].message["To"])
    raw = received_token(got[0], RESET_LINK)
    assert raw in got[0].part("html")  # the button and the printed link
    row = mails(session, to=address)[0]
    assert (row.kind, row.status, row.private) == (MailKind.PASSWORD_RESET, MailStatus.SENT, True)
    assert row.body_text == row.body_html == ""  # the link is spent on delivery: not kept
    # Only the link's hash is stored.
    stored = session.exec(select(AccountToken)).one()
    assert stored.purpose == AccountTokenPurpose.RESET
    assert raw not in stored.token_hash
    assert stored.expires_at == stored.created_at + timedelta(hours=1)

    assert recovery.check_reset_link(session, raw=raw, now=now) is None
    later = now + timedelta(minutes=5)
    code = recovery.do_reset_password(
        session,
        raw=raw,
        password=NEW_PASSWORD,
        client_ip="192.0.2.11",
        user_agent=UA,
        now=later,
    )
    assert isinstance(code, str)
    assert code
    commit(session)

    # This browser is signed in; every earlier session has ended.
    here = signed_in_as(session, code, now=later)
    assert here is not None
    assert here.id == user.id
    assert auth.get_session_user(session, token=first, now=later) is None
    assert auth.get_session_user(session, token=second, now=later) is None

    # The reset link proved the mailbox: the address counts as confirmed.
    refreshed = session.get(User, user.id)
    assert refreshed is not None
    assert refreshed.email_confirmed_at == later
    assert verify_password(refreshed.password_hash or "", NEW_PASSWORD)

    old = sign_in(session, address, PASSWORD, now=later)
    assert not old.ok
    assert isinstance(old.error, auth.InvalidCredentialsError)
    new = sign_in(session, address, NEW_PASSWORD, now=later)
    assert new.ok, new.message
    commit(session)

    # The link works once.
    assert recovery.check_reset_link(session, raw=raw, now=later) == TokenProblem.USED
    problem = link_problem(
        lambda: recovery.do_reset_password(
            session,
            raw=raw,
            password=OTHER_PASSWORD,
            client_ip="192.0.2.11",
            user_agent=UA,
            now=later,
        )
    )
    assert problem == TokenProblem.USED
    session.rollback()
    refreshed = session.get(User, user.id)
    assert refreshed is not None
    assert verify_password(refreshed.password_hash or "", NEW_PASSWORD)


def test_reset_keeps_an_earlier_confirmation(session: Session, local_mailbox: None) -> None:
    now = utcnow()
    confirmed_at = now - timedelta(days=30)
    address = "tomasz.wierzba@example.org"
    user = member(session, address, "Tomasz Wierzba", email_confirmed_at=confirmed_at)
    recovery.do_request_reset(session, email=address, client_ip="192.0.2.12", now=now)
    commit(session)
    raw = outbox_token(session, to=address, kind=MailKind.PASSWORD_RESET, pattern=RESET_LINK)
    recovery.do_reset_password(
        session, raw=raw, password=NEW_PASSWORD, client_ip="192.0.2.12", user_agent=UA, now=now
    )
    commit(session)
    refreshed = session.get(User, user.id)
    assert refreshed is not None
    assert refreshed.email_confirmed_at == confirmed_at


# --------------------------------------------------------------------------- 2. the same answer


def test_reset_for_an_unknown_or_closed_account_answers_the_same_and_mails_nothing(
    session: Session, engine: sa.Engine, smtp: SmtpServer
) -> None:
    now = utcnow()
    closed = member(session, "closed.account@example.org", "Closed Account", is_active=False)
    commit(session)

    assert (
        recovery.do_request_reset(
            session, email="nobody.here@example.org", client_ip="192.0.2.21", now=now
        )
        is None
    )
    assert (
        recovery.do_request_reset(session, email=closed.email, client_ip="192.0.2.21", now=now)
        is None
    )
    assert mails(session) == []
    assert session.exec(select(AccountToken)).all() == []
    deliver(session, engine)
    assert smtp.recorder.received == []


def test_a_link_of_an_account_closed_since_is_invalid(
    session: Session, local_mailbox: None
) -> None:
    now = utcnow()
    user = member(session, "soon.closed@example.org", "Soon Closed")
    recovery.do_request_reset(session, email=user.email, client_ip="192.0.2.22", now=now)
    commit(session)
    raw = outbox_token(session, to=user.email, kind=MailKind.PASSWORD_RESET, pattern=RESET_LINK)
    assert recovery.check_reset_link(session, raw=raw, now=now) is None
    user.is_active = False
    session.add(user)
    commit(session)
    assert recovery.check_reset_link(session, raw=raw, now=now) == TokenProblem.INVALID


@pytest.mark.parametrize(
    "email", ["", "   ", "not-an-address", "someone@", "@example.org", "two@@example.org"]
)
def test_a_malformed_address_is_a_form_error(
    session: Session, local_mailbox: None, email: str
) -> None:
    with pytest.raises(recovery.RecoveryFormError) as refused:
        recovery.do_request_reset(session, email=email, client_ip="192.0.2.23")
    assert set(refused.value.errors) == {"email"}
    assert refused.value.errors["email"]
    # Refused before anything is counted or written.
    assert session.exec(select(RateLimit)).all() == []
    assert mails(session) == []


# --------------------------------------------------------------------------- 3. bad links


def test_a_reset_link_expires_after_one_hour(session: Session, local_mailbox: None) -> None:
    now = utcnow()
    user = member(session, "late.reader@example.org", "Late Reader")
    recovery.do_request_reset(session, email=user.email, client_ip="192.0.2.31", now=now)
    commit(session)
    raw = outbox_token(session, to=user.email, kind=MailKind.PASSWORD_RESET, pattern=RESET_LINK)

    assert recovery.check_reset_link(session, raw=raw, now=now + timedelta(minutes=59)) is None
    assert recovery.check_reset_link(session, raw=raw, now=now + timedelta(hours=1)) == (
        TokenProblem.EXPIRED
    )
    problem = link_problem(
        lambda: recovery.do_reset_password(
            session,
            raw=raw,
            password=NEW_PASSWORD,
            client_ip="192.0.2.31",
            user_agent=UA,
            now=now + timedelta(hours=1, seconds=1),
        )
    )
    assert problem == TokenProblem.EXPIRED
    session.rollback()
    refreshed = session.get(User, user.id)
    assert refreshed is not None
    assert refreshed.password_hash == HASH


def test_an_altered_link_is_invalid(session: Session, local_mailbox: None) -> None:
    now = utcnow()
    user = member(session, "careful.typist@example.org", "Careful Typist")
    recovery.do_request_reset(session, email=user.email, client_ip="192.0.2.32", now=now)
    commit(session)
    raw = outbox_token(session, to=user.email, kind=MailKind.PASSWORD_RESET, pattern=RESET_LINK)
    assert len(raw) == 43  # 256 random bits

    for index in (0, len(raw) // 2, len(raw) - 1):
        altered = tamper(raw, index)
        assert recovery.check_reset_link(session, raw=altered, now=now) == TokenProblem.INVALID
        problem = link_problem(
            lambda altered=altered: recovery.do_reset_password(
                session,
                raw=altered,
                password=NEW_PASSWORD,
                client_ip="192.0.2.32",
                user_agent=UA,
                now=now,
            )
        )
        assert problem == TokenProblem.INVALID
    for junk in ("", raw[:-1], raw + "x", "x" * 500):
        assert recovery.check_reset_link(session, raw=junk, now=now) == TokenProblem.INVALID
    # A reset link is not a confirmation link, nor the other way round.
    assert (
        link_problem(lambda: recovery.do_confirm_address(session, raw=raw, change=False, now=now))
        == TokenProblem.INVALID
    )
    session.rollback()
    # None of that spent the genuine link.
    assert recovery.check_reset_link(session, raw=raw, now=now) is None


def test_reset_links_live_side_by_side_until_one_is_used(
    session: Session, local_mailbox: None
) -> None:
    """A newer request does not spoil the link already mailed (a stranger asking
    again and again must not); using either one ends the other."""
    now = utcnow()
    user = member(session, "asked.twice@example.org", "Asked Twice")
    recovery.do_request_reset(session, email=user.email, client_ip="192.0.2.33", now=now)
    commit(session)
    older = outbox_token(session, to=user.email, kind=MailKind.PASSWORD_RESET, pattern=RESET_LINK)
    later = now + timedelta(minutes=2)
    recovery.do_request_reset(session, email=user.email, client_ip="192.0.2.33", now=later)
    commit(session)
    newer = outbox_token(session, to=user.email, kind=MailKind.PASSWORD_RESET, pattern=RESET_LINK)
    assert newer != older
    assert len(mails(session, to=user.email, kind=MailKind.PASSWORD_RESET)) == 2

    # Both links are good, each for its own hour.
    rows = session.exec(select(AccountToken).order_by(col(AccountToken.id))).all()
    assert [r.used_at for r in rows] == [None, None]
    assert [r.expires_at for r in rows] == [now + timedelta(hours=1), later + timedelta(hours=1)]
    assert recovery.check_reset_link(session, raw=older, now=later) is None
    assert recovery.check_reset_link(session, raw=newer, now=later) is None
    # The older one's hour ends first.
    at_hour = now + timedelta(hours=1)
    assert recovery.check_reset_link(session, raw=older, now=at_hour) == TokenProblem.EXPIRED
    assert recovery.check_reset_link(session, raw=newer, now=at_hour) is None

    # The older link still works after the newer was sent, and ends the newer.
    used_at = later + timedelta(minutes=1)
    code = recovery.do_reset_password(
        session,
        raw=older,
        password=NEW_PASSWORD,
        client_ip="192.0.2.33",
        user_agent=UA,
        now=used_at,
    )
    assert isinstance(code, str)
    commit(session)
    rows = session.exec(select(AccountToken).order_by(col(AccountToken.id))).all()
    assert [r.used_at for r in rows] == [used_at, used_at]
    assert recovery.check_reset_link(session, raw=newer, now=used_at) == TokenProblem.USED
    problem = link_problem(
        lambda: recovery.do_reset_password(
            session,
            raw=newer,
            password=OTHER_PASSWORD,
            client_ip="192.0.2.33",
            user_agent=UA,
            now=used_at,
        )
    )
    assert problem == TokenProblem.USED
    session.rollback()
    refreshed = session.get(User, user.id)
    assert refreshed is not None
    assert verify_password(refreshed.password_hash or "", NEW_PASSWORD)


def test_a_weak_password_leaves_the_link_usable(session: Session, local_mailbox: None) -> None:
    now = utcnow()
    address = "weak.choice@example.org"
    user = member(session, address, "Weak Choice")
    token = browser(session, user, now=now)
    recovery.do_request_reset(session, email=address, client_ip="192.0.2.34", now=now)
    commit(session)
    raw = outbox_token(session, to=address, kind=MailKind.PASSWORD_RESET, pattern=RESET_LINK)

    for weak in (WEAK_PASSWORD, "short1!", "weak.choice2024"):
        with pytest.raises(recovery.RecoveryFormError) as refused:
            recovery.do_reset_password(
                session, raw=raw, password=weak, client_ip="192.0.2.34", user_agent=UA, now=now
            )
        assert set(refused.value.errors) == {"password"}
        assert refused.value.errors["password"]
        session.rollback()

    assert recovery.check_reset_link(session, raw=raw, now=now) is None
    refreshed = session.get(User, user.id)
    assert refreshed is not None
    assert refreshed.password_hash == HASH
    assert refreshed.email_confirmed_at is None
    assert auth.get_session_user(session, token=token, now=now) is not None  # nothing ended

    code = recovery.do_reset_password(
        session, raw=raw, password=NEW_PASSWORD, client_ip="192.0.2.34", user_agent=UA, now=now
    )
    assert isinstance(code, str)
    commit(session)
    assert auth.get_session_user(session, token=token, now=now) is None


# --------------------------------------------------------------------------- 4. rate limits


def _ask(session: Session, email: str, ip: str) -> None:
    recovery.do_request_reset(session, email=email, client_ip=ip)
    commit(session)


def _reset_links(session: Session, address: str) -> list[str]:
    """The links of every reset mail queued for the address, oldest first."""
    return [
        link(row.body_text, RESET_LINK).group(1)
        for row in mails(session, to=address, kind=MailKind.PASSWORD_RESET)
    ]


def test_reset_requests_are_limited_per_address_silently(
    session: Session, local_mailbox: None
) -> None:
    """Five an hour for one address, from any clients; past that the request
    answers as usual and nothing is sent (a stranger can neither flood the
    owner's mailbox nor stop the owner's own request with an error)."""
    address = "many.requests@example.org"
    member(session, address, "Many Requests")
    commit(session)
    for n in range(5):
        _ask(session, address, f"192.0.2.{41 + n}")
    assert len(mails(session, kind=MailKind.PASSWORD_RESET)) == 5

    for ip in ("192.0.2.49", "192.0.2.50"):
        answer = recovery.do_request_reset(
            session, email=" Many.Requests@example.org", client_ip=ip
        )
        assert answer is None
        commit(session)
    assert len(mails(session, kind=MailKind.PASSWORD_RESET)) == 5
    assert len(session.exec(select(AccountToken)).all()) == 5
    # The links already sent keep working, every one of them.
    links = _reset_links(session, address)
    assert len(set(links)) == 5
    for raw in links:
        assert recovery.check_reset_link(session, raw=raw) is None
    # Another address from the same client is not held back.
    _ask(session, "someone.else@example.org", "192.0.2.49")
    member(session, "third.party@example.org", "Third Party")
    commit(session)
    _ask(session, "third.party@example.org", "192.0.2.49")
    assert [m.to_address for m in mails(session, kind=MailKind.PASSWORD_RESET)][5:] == [
        "third.party@example.org"
    ]


def test_reset_requests_for_an_unknown_address_are_counted_too(
    session: Session, local_mailbox: None
) -> None:
    address = "never.registered@example.org"
    for n in range(5):
        _ask(session, address, f"192.0.2.{51 + n}")
    assert mails(session) == []
    # The key names the address by its keyed hash, never in the clear.
    keys_stored = [row.key for row in session.exec(select(RateLimit)).all()]
    assert any(auth.email_key(address)[:64] in key for key in keys_stored)
    assert not any(address in key for key in keys_stored)

    # Those five requests used up the address's allowance: an account made
    # with it now is sent no reset link this hour, and nobody is told.
    member(session, address, "Registered Since")
    commit(session)
    assert recovery.do_request_reset(session, email=address.upper(), client_ip="192.0.2.59") is None
    commit(session)
    assert mails(session) == []
    assert session.exec(select(AccountToken)).all() == []


STRANGERS = [
    "Aurelio Quintana",
    "Birgitta Lindqvist",
    "Cormac Ashdown",
    "Dagny Holloway",
    "Ezinne Okafor",
    "Fintan Rourke",
]


def test_sign_up_mail_shares_the_address_allowance(session: Session, smtp: SmtpServer) -> None:
    """Sign-up notices to an owner, and new confirmation links for an address
    nobody confirmed yet, draw on the same per-address allowance as resets:
    past it sign-up answers the same and nothing more is queued."""
    owned = "busy.owner@example.org"
    member(session, owned, "Busy Owner", email_confirmed_at=utcnow())
    commit(session)
    for n, name in enumerate(STRANGERS):
        answer = _sign_up(session, owned, name, f"192.0.2.{161 + n}")
        assert answer == auth.CheckYourEmail(email=owned)
        commit(session)
    assert len(mails(session, to=owned, kind=MailKind.SIGNUP_NOTICE)) == 5
    recovery.do_request_reset(session, email=owned, client_ip="192.0.2.170")
    commit(session)
    assert mails(session, to=owned, kind=MailKind.PASSWORD_RESET) == []

    waiting = "never.confirmed@example.org"
    # The first sign-up's link is not drawn from the allowance; each later one is.
    assert isinstance(
        _sign_up(session, waiting, "Never Confirmed", "192.0.2.171"), auth.CheckYourEmail
    )
    commit(session)
    for n, name in enumerate(f"{name} Jr" for name in STRANGERS):
        answer = _sign_up(session, waiting, name, f"192.0.2.{172 + n}")
        assert answer == auth.CheckYourEmail(email=waiting)
        commit(session)
    assert len(mails(session, to=waiting, kind=MailKind.CONFIRM_ADDRESS)) == 1 + 5
    recovery.do_request_reset(session, email=waiting, client_ip="192.0.2.180")
    commit(session)
    assert mails(session, to=waiting, kind=MailKind.PASSWORD_RESET) == []
    # Other addresses are not held back.
    member(session, "unrelated.member@example.org", "Unrelated Member")
    commit(session)
    recovery.do_request_reset(
        session, email="unrelated.member@example.org", client_ip="192.0.2.180"
    )
    commit(session)
    assert len(mails(session, kind=MailKind.PASSWORD_RESET)) == 1


def test_reset_requests_are_limited_per_client(
    session: Session, local_mailbox: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COP_RATE_LIMIT_CLIENT_FACTOR", "2")  # a client: 2 x 5 an hour
    member(session, "stranger10@example.org", "Stranger Ten")
    commit(session)
    for n in range(10):
        _ask(session, f"stranger{n}@example.org", "192.0.2.61")
    # The client is told (unlike the address's silent allowance).
    with pytest.raises(ratelimit.RateLimitedError) as refused:
        recovery.do_request_reset(session, email="stranger10@example.org", client_ip="192.0.2.61")
    session.rollback()
    assert refused.value.kind == ratelimit.WriteKind.ACCOUNT_MAIL
    assert 0 < refused.value.retry_after_s <= 3600
    assert mails(session) == []
    _ask(session, "stranger10@example.org", "192.0.2.62")  # another client may
    assert [m.to_address for m in mails(session, kind=MailKind.PASSWORD_RESET)] == [
        "stranger10@example.org"
    ]


# --------------------------------------------------------------------------- 5. sign-up, mailed


def _sign_up(
    session: Session, email: str, name: str, ip: str, password: str = PASSWORD
) -> str | auth.CheckYourEmail:
    return auth.do_sign_up(
        session, email=email, display_name=name, password=password, client_ip=ip, user_agent=UA
    )


def test_sign_up_answers_the_same_for_an_address_in_use(
    session: Session, engine: sa.Engine, smtp: SmtpServer
) -> None:
    address = "nadia.verhoeven@example.org"
    fresh = _sign_up(session, address, "Nadia Verhoeven", "192.0.2.71")
    commit(session)
    assert isinstance(fresh, auth.CheckYourEmail)
    assert fresh.email == address
    user = communities.get_user_by_email(session, email=address)
    assert user is not None
    assert user.email_confirmed_at is None
    first_hash = user.password_hash
    assert verify_password(first_hash or "", PASSWORD)
    confirm = mails(session, to=address)
    assert [(m.kind, m.user_id) for m in confirm] == [(MailKind.CONFIRM_ADDRESS, user.id)]
    # The owner confirms the address: from now on it is in use, and whoever
    # signs up with it cannot touch the account (see the next test for an
    # address nobody confirmed yet).
    raw = outbox_token(session, to=address, kind=MailKind.CONFIRM_ADDRESS, pattern=CONFIRM_LINK)
    recovery.do_confirm_address(session, raw=raw, change=False, password=PASSWORD)
    commit(session)
    users_before = user_count(session)

    again = _sign_up(
        session,
        " Nadia.Verhoeven@example.org",
        "Orla Brannigan",
        "192.0.2.72",
        password=OTHER_PASSWORD,
    )
    commit(session)
    other_new = _sign_up(session, "idris.castellan@example.org", "Idris Castellan", "192.0.2.73")
    commit(session)

    # The same answer: same type, same fields apart from the address.
    assert type(again) is type(fresh) is type(other_new)
    assert again == fresh
    assert isinstance(other_new, auth.CheckYourEmail)
    assert dataclasses.replace(other_new, email=address) == again
    assert [f.name for f in dataclasses.fields(again)] == ["email"]

    # No account was made, and the existing one is as it was.
    assert user_count(session) == users_before + 1  # only Idris's
    owner = communities.get_user_by_email(session, email=address)
    assert owner is not None
    assert (owner.id, owner.display_name, owner.password_hash) == (
        user.id,
        "Nadia Verhoeven",
        first_hash,
    )
    assert owner.email_confirmed_at is not None
    assert session.exec(select(User).where(User.display_name == "Orla Brannigan")).first() is None
    assert sign_in(session, address, PASSWORD, now=utcnow()).ok
    assert not sign_in(session, address, OTHER_PASSWORD, now=utcnow()).ok
    commit(session)

    kinds = [m.kind for m in mails(session, to=address)]
    assert kinds == [MailKind.CONFIRM_ADDRESS, MailKind.SIGNUP_NOTICE]
    deliver(session, engine)
    got = smtp.recorder.to(address)
    assert [r.message["Subject"] for r in got] == [CONFIRM_SUBJECT, SIGNUP_NOTICE_SUBJECT]
    notice = got[1].part("plain")
    assert "already has one" in notice
    assert "/login" in notice
    assert "?t=" not in notice  # no link that does anything by itself
    assert CONFIRM_LINK.search(got[0].part("plain")) is not None
    assert [r.message["Subject"] for r in smtp.recorder.to("idris.castellan@example.org")] == [
        CONFIRM_SUBJECT
    ]


def test_signing_up_again_with_an_unconfirmed_address_takes_the_new_password(
    session: Session, engine: sa.Engine, smtp: SmtpServer
) -> None:
    """Nobody proved the address yet: whoever signs up with it again chooses
    the password and the name, and a new link goes to the address (the older
    one stops working). The answer is the same as ever."""
    address = "twice.signed@example.org"
    first = _sign_up(session, address, "Perpetua Wainwright", "192.0.2.74")
    commit(session)
    assert first == auth.CheckYourEmail(email=address)
    user = communities.get_user_by_email(session, email=address)
    assert user is not None
    users_before = user_count(session)

    again = _sign_up(
        session, " Twice.Signed@Example.org", "Leopold Ravenscroft", "192.0.2.75", OTHER_PASSWORD
    )
    commit(session)
    assert again == first
    assert user_count(session) == users_before
    owner = communities.get_user_by_email(session, email=address)
    assert owner is not None
    assert owner.id == user.id
    assert owner.display_name == "Leopold Ravenscroft"
    assert owner.email_confirmed_at is None
    assert verify_password(owner.password_hash or "", OTHER_PASSWORD)
    assert not verify_password(owner.password_hash or "", PASSWORD)
    # A new confirmation link, no notice.
    kinds = [m.kind for m in mails(session, to=address)]
    assert kinds == [MailKind.CONFIRM_ADDRESS, MailKind.CONFIRM_ADDRESS]
    deliver(session, engine)
    got = smtp.recorder.to(address)
    assert [r.message["Subject"] for r in got] == [CONFIRM_SUBJECT, CONFIRM_SUBJECT]
    older, newer = received_token(got[0], CONFIRM_LINK), received_token(got[1], CONFIRM_LINK)
    assert older != newer

    # Not confirmed yet: neither password signs in.
    now = utcnow()
    for password in (PASSWORD, OTHER_PASSWORD):
        refused = sign_in(session, address, password, now=now)
        assert not refused.ok
        assert isinstance(refused.error, auth.InvalidCredentialsError)
    commit(session)

    problem = link_problem(
        lambda: recovery.do_confirm_address(session, raw=older, change=False, now=now)
    )
    assert problem == TokenProblem.USED
    session.rollback()
    # The link asks for the password chosen last (a stranger's choice could only
    # be confirmed by the stranger, who cannot read this mail).
    with pytest.raises(recovery.RecoveryFormError) as wrong:
        recovery.do_confirm_address(session, raw=newer, change=False, password=PASSWORD, now=now)
    assert set(wrong.value.errors) == {"password"}
    session.rollback()
    confirmed = recovery.do_confirm_address(
        session, raw=newer, change=False, password=OTHER_PASSWORD, now=now
    )
    assert confirmed.id == user.id
    assert confirmed.email_confirmed_at == now
    commit(session)

    assert sign_in(session, address, OTHER_PASSWORD, now=now).ok
    old = sign_in(session, address, PASSWORD, now=now)
    assert not old.ok
    assert isinstance(old.error, auth.InvalidCredentialsError)


def test_sign_up_takes_as_long_for_an_address_in_use(session: Session, smtp: SmtpServer) -> None:
    """Both answers do one argon2 hash: neither is more than 3 times the other."""
    taken = "timing.owner@example.org"
    _sign_up(session, taken, "Odalys Fairweather", "192.0.2.80")  # also warms up zxcvbn
    commit(session)
    names = ["Branwen Oyelaran", "Casimir Ludgate", "Delphine Arkwright"]
    fresh_s: list[float] = []
    taken_s: list[float] = []
    for n, name in enumerate(names):
        started = time.perf_counter()
        answer = _sign_up(session, f"timing{n}@example.org", name, f"192.0.2.{81 + n}")
        fresh_s.append(time.perf_counter() - started)
        assert isinstance(answer, auth.CheckYourEmail)
        commit(session)
        started = time.perf_counter()
        answer = _sign_up(session, taken, f"{name} Second", f"192.0.2.{91 + n}")
        taken_s.append(time.perf_counter() - started)
        assert isinstance(answer, auth.CheckYourEmail)
        commit(session)
    fresh_median, taken_median = statistics.median(fresh_s), statistics.median(taken_s)
    assert fresh_median <= 3 * taken_median, (fresh_s, taken_s)
    assert taken_median <= 3 * fresh_median, (fresh_s, taken_s)


def test_signing_up_with_an_address_in_use_does_not_lift_its_sign_in_lock(
    session: Session, smtp: SmtpServer
) -> None:
    """Five wrong passwords lock the account for strangers; a sign-up attempt
    with its address (answered "check your email", a notice to the owner) must
    not start the account's failure count over."""
    now = utcnow()
    address = "locked.owner@example.org"
    member(session, address, "Locked Owner", email_confirmed_at=now)
    commit(session)
    for n in range(auth.ACCOUNT_FAILURE_LIMIT):
        auth.do_record_sign_in_failure(
            session, email=address, client_ip=f"198.51.100.{n + 1}", now=now
        )
    commit(session)
    with pytest.raises(auth.ThrottledError):
        auth.check_sign_in_allowed(session, email=address, client_ip="198.51.100.50", now=now)

    answer = auth.do_sign_up(
        session,
        email=address,
        display_name="Guessing Stranger",
        password=OTHER_PASSWORD,
        client_ip="198.51.100.51",
        user_agent=UA,
        now=now + timedelta(seconds=1),
    )
    assert isinstance(answer, auth.CheckYourEmail)
    commit(session)
    with pytest.raises(auth.ThrottledError):
        auth.check_sign_in_allowed(
            session,
            email=address,
            client_ip="198.51.100.52",
            now=now + timedelta(seconds=2),
        )


# --------------------------------------------------------------------------- 6. sign-up, embedded


def test_embedded_sign_up_signs_in_at_once(session: Session, local_mailbox: None) -> None:
    address = "embedded.member@example.org"
    code = _sign_up(session, address, "Embedded Member", "192.0.2.101")
    assert isinstance(code, str)
    commit(session)
    user = communities.get_user_by_email(session, email=address)
    assert user is not None
    assert user.email_confirmed_at is not None
    signed = signed_in_as(session, code, now=utcnow())
    assert signed is not None
    assert signed.id == user.id
    assert mails(session, kind=MailKind.CONFIRM_ADDRESS) == []
    users = user_count(session)

    with pytest.raises(auth.SignUpError) as refused:
        _sign_up(session, address.upper(), "Another Person", "192.0.2.102")
    session.rollback()
    assert set(refused.value.errors) == {"email"}
    assert user_count(session) == users
    assert mails(session) == []


def test_embedded_mode_lets_an_unconfirmed_member_post(
    session: Session, local_mailbox: None
) -> None:
    lead = person(session)
    c = community(session, lead=lead)
    user = member(session, "older.account@example.org", "Older Account")  # unconfirmed
    communities.do_join(session, community=c, user=user)
    assert authz.check_can_post(session, user=user, community=c) is user


# --------------------------------------------------------------------------- 7. confirmation


def _unconfirmed_member(session: Session, address: str, name: str, ip: str):  # type: ignore[no-untyped-def]
    lead = person(session)
    c = community(session, lead=lead)
    answer = _sign_up(session, address, name, ip)
    assert isinstance(answer, auth.CheckYourEmail)
    user = communities.get_user_by_email(session, email=address)
    assert user is not None
    communities.do_join(session, community=c, user=user)
    return user, c


def test_confirming_the_address_lets_the_member_post(
    session: Session, engine: sa.Engine, smtp: SmtpServer
) -> None:
    address = "fresh.member@example.org"
    user, c = _unconfirmed_member(session, address, "Fresh Member", "192.0.2.111")
    commit(session)
    with pytest.raises(authz.NotAllowedError, match="Confirm your email address") as refused:
        authz.check_can_post(session, user=user, community=c)
    assert not isinstance(refused.value, authz.NotAMemberError)

    deliver(session, engine)
    got = smtp.recorder.to(address)
    assert [r.message["Subject"] for r in got] == [CONFIRM_SUBJECT]
    found = link(got[0].part("plain"), CONFIRM_LINK)
    assert found.group(2) is None  # not an address change
    raw = found.group(1)

    # Not confirmed yet: the right password signs in no more than a wrong one.
    now = utcnow()
    waiting = sign_in(session, address, PASSWORD, now=now)
    assert not waiting.ok
    assert isinstance(waiting.error, auth.InvalidCredentialsError)
    assert waiting.message == auth.INVALID_CREDENTIALS_MESSAGE + auth.UNCONFIRMED_HINT
    commit(session)

    sessions_before = session.exec(select(func.count()).select_from(UserSession)).one()
    for given in ("", "not the password at all"):  # refused, the link still usable
        with pytest.raises(recovery.RecoveryFormError) as refused_link:
            recovery.do_confirm_address(session, raw=raw, change=False, password=given, now=now)
        assert set(refused_link.value.errors) == {"password"}
        session.rollback()
    confirmed = recovery.do_confirm_address(
        session, raw=raw, change=False, password=PASSWORD, now=now
    )
    assert isinstance(confirmed, User)
    assert confirmed.id == user.id
    commit(session)
    # The link confirms; it signs nobody in.
    assert session.exec(select(func.count()).select_from(UserSession)).one() == sessions_before
    user = session.get(User, user.id)
    assert user is not None
    assert user.email_confirmed_at == now
    assert authz.check_can_post(session, user=user, community=c).id == user.id

    # The member signs in with the password they chose.
    signed_in = sign_in(session, address, PASSWORD, now=now)
    assert signed_in.ok, signed_in.message
    commit(session)
    signed = signed_in_as(session, signed_in.handoff_code or "", now=now)
    assert signed is not None
    assert signed.id == user.id

    # Once only; and a confirmation link is not an address-change link.
    for change in (False, True):
        problem = link_problem(
            lambda change=change: recovery.do_confirm_address(
                session, raw=raw, change=change, now=now
            )
        )
        assert problem == (TokenProblem.USED if not change else TokenProblem.INVALID)
        session.rollback()
    user = session.get(User, user.id)
    assert user is not None
    assert user.email_confirmed_at == now


def test_with_mail_delivered_every_sign_in_failure_says_the_same(
    session: Session, smtp: SmtpServer
) -> None:
    """An unknown address, a wrong password and an address not confirmed yet
    are told apart by nobody: one message, with the hint for new members."""
    now = utcnow()
    confirmed = "settled.member@example.org"
    member(session, confirmed, "Settled Member", email_confirmed_at=now - timedelta(days=3))
    waiting = "waiting.member@example.org"
    member(session, waiting, "Waiting Member")  # unconfirmed
    commit(session)

    expected = auth.INVALID_CREDENTIALS_MESSAGE + auth.UNCONFIRMED_HINT
    failures = [
        sign_in(session, "nobody.at.all@example.org", PASSWORD, now=now),
        sign_in(session, confirmed, OTHER_PASSWORD, now=now),
        sign_in(session, waiting, PASSWORD, now=now),  # the right password
    ]
    commit(session)
    for failed in failures:
        assert not failed.ok
        assert failed.handoff_code is None
        assert type(failed.error) is auth.InvalidCredentialsError
        assert failed.message == expected
    assert len({f.message for f in failures}) == 1
    # Each counts as a failed sign-in.
    failed_events = session.exec(
        select(func.count())
        .select_from(AuthEvent)
        .where(AuthEvent.kind == AuthEventKind.SIGN_IN_FAILED)
    ).one()
    assert failed_events == 3
    assert sign_in(session, confirmed, PASSWORD, now=now).ok


def test_without_a_mail_server_an_unconfirmed_member_signs_in(
    session: Session, local_mailbox: None
) -> None:
    """Embedded (nothing delivered): no link could arrive, so the address is
    not waited for, and the failure message has no hint."""
    now = utcnow()
    address = "embedded.old@example.org"
    member(session, address, "Embedded Old")  # unconfirmed
    commit(session)
    assert sign_in(session, address, PASSWORD, now=now).ok
    wrong = sign_in(session, address, OTHER_PASSWORD, now=now)
    unknown = sign_in(session, "embedded.nobody@example.org", PASSWORD, now=now)
    for failed in (wrong, unknown):
        assert not failed.ok
        assert failed.message == auth.INVALID_CREDENTIALS_MESSAGE


# --------------------------------------------------------------------------- 8. address change


def _change(session: Session, user: User | None, new_email: str, password: str) -> tuple[str, bool]:
    return recovery.do_request_address_change(
        session, user=user, new_email=new_email, password=password, client_ip="192.0.2.141"
    )


def test_changing_the_address(session: Session, engine: sa.Engine, smtp: SmtpServer) -> None:
    now = utcnow()
    old, new = "moving.member@example.org", "moved.member@example.net"
    user = member(session, old, "Moving Member", email_confirmed_at=now - timedelta(days=9))
    commit(session)

    for password, field in (("not-my-password-at-all", "password"), ("", "password")):
        with pytest.raises(recovery.RecoveryFormError) as refused:
            _change(session, user, new, password)
        assert set(refused.value.errors) == {field}
    for bad_address in ("not-an-address", old.upper()):
        with pytest.raises(recovery.RecoveryFormError) as refused:
            _change(session, user, bad_address, PASSWORD)
        assert set(refused.value.errors) == {"new_email"}
    with pytest.raises(authz.NotSignedInError):
        _change(session, None, new, PASSWORD)
    session.rollback()
    assert mails(session) == []

    # Mail is delivered: nothing changes until the link is opened.
    assert _change(session, user, "  Moved.Member@Example.NET ", PASSWORD) == (new, False)
    deliver(session, engine)
    to_new, to_old = smtp.recorder.to(new), smtp.recorder.to(old)
    assert [r.message["Subject"] for r in to_new] == [CHANGE_SUBJECT]
    assert [r.message["Subject"] for r in to_old] == [CHANGED_NOTICE_SUBJECT]
    assert new in str(to_new[0].message["To"])
    found = link(to_new[0].part("plain"), CONFIRM_LINK)
    assert found.group(2) == "&change=1"
    raw = found.group(1)
    notice = to_old[0].part("plain")
    assert new in notice
    assert raw not in notice  # the link goes to the new address only
    assert "/password/forgot" in notice
    assert [m.kind for m in mails(session)] == [MailKind.CONFIRM_ADDRESS, MailKind.ADDRESS_CHANGED]

    # Nothing changes until the link is opened.
    user = session.get(User, user.id)
    assert user is not None
    assert user.email == old
    # An address-change link is not a sign-up confirmation link.
    problem = link_problem(
        lambda: recovery.do_confirm_address(session, raw=raw, change=False, now=now)
    )
    assert problem == TokenProblem.INVALID
    session.rollback()

    # A reset link mailed to the old address meanwhile...
    recovery.do_request_reset(session, email=old, client_ip="192.0.2.142", now=now)
    commit(session)
    reset = outbox_token(session, to=old, kind=MailKind.PASSWORD_RESET, pattern=RESET_LINK)
    assert recovery.check_reset_link(session, raw=reset, now=now) is None

    sessions_before = session.exec(select(func.count()).select_from(UserSession)).one()
    moved = recovery.do_confirm_address(session, raw=raw, change=True, now=now)
    assert isinstance(moved, User)
    assert moved.id == user.id
    assert moved.email == new
    commit(session)
    # No sign-in.
    assert session.exec(select(func.count()).select_from(UserSession)).one() == sessions_before
    assert communities.get_user_by_email(session, email=old) is None
    owner = communities.get_user_by_email(session, email=new)
    assert owner is not None
    assert owner.id == user.id
    assert owner.email_confirmed_at == now
    # ... stops working with it: the move spends every other link of the account.
    assert recovery.check_reset_link(session, raw=reset, now=now) == TokenProblem.USED
    assert sign_in(session, new, PASSWORD, now=now).ok
    assert not sign_in(session, old, PASSWORD, now=now).ok
    commit(session)

    problem = link_problem(
        lambda: recovery.do_confirm_address(session, raw=raw, change=True, now=now)
    )
    assert problem == TokenProblem.USED


def test_a_password_reset_ends_a_pending_address_change(
    session: Session, engine: sa.Engine, smtp: SmtpServer
) -> None:
    """Whoever asked for the change (with a stolen password, say) loses it when
    the owner resets the password."""
    now = utcnow()
    old, new = "robbed.owner@example.org", "thief.inbox@example.net"
    user = member(session, old, "Robbed Owner", email_confirmed_at=now - timedelta(days=40))
    commit(session)
    assert _change(session, user, new, PASSWORD) == (new, False)
    commit(session)
    change_link = outbox_token(session, to=new, kind=MailKind.CONFIRM_ADDRESS, pattern=CONFIRM_LINK)

    recovery.do_request_reset(session, email=old, client_ip="192.0.2.143", now=now)
    commit(session)
    reset = outbox_token(session, to=old, kind=MailKind.PASSWORD_RESET, pattern=RESET_LINK)
    code = recovery.do_reset_password(
        session, raw=reset, password=NEW_PASSWORD, client_ip="192.0.2.143", user_agent=UA, now=now
    )
    assert isinstance(code, str)
    commit(session)
    assert all(row.used_at == now for row in session.exec(select(AccountToken)).all())

    problem = link_problem(
        lambda: recovery.do_confirm_address(session, raw=change_link, change=True, now=now)
    )
    assert problem == TokenProblem.USED
    session.rollback()
    owner = session.get(User, user.id)
    assert owner is not None
    assert owner.email == old
    assert communities.get_user_by_email(session, email=new) is None
    assert sign_in(session, old, NEW_PASSWORD, now=now).ok


def test_a_wrong_password_for_the_address_change_counts_as_a_failed_sign_in(
    session: Session, smtp: SmtpServer
) -> None:
    """The caller records each wrong password (its own transaction) as a failed
    sign-in of the account; once the account is locked, the change is refused
    before the password is even checked."""
    now = utcnow()
    address = "borrowed.session@example.org"
    user = member(session, address, "Borrowed Session", email_confirmed_at=now)
    commit(session)

    # Nobody to count it against (a link whose account is gone): nothing recorded.
    events_before = session.exec(select(func.count()).select_from(AuthEvent)).one()
    recovery.do_record_wrong_password(session, user=None, client_ip="192.0.2.144", now=now)
    assert session.exec(select(func.count()).select_from(AuthEvent)).one() == events_before
    session.rollback()

    for n in range(auth.ACCOUNT_FAILURE_LIMIT):
        with pytest.raises(recovery.RecoveryFormError) as refused:
            _change(session, user, "elsewhere@example.net", f"guess-number-{n}")
        assert set(refused.value.errors) == {"password"}
        session.rollback()
        user = session.get(User, user.id)
        assert user is not None
        recovery.do_record_wrong_password(session, user=user, client_ip="192.0.2.144", now=now)
        commit(session)
        user = session.get(User, user.id)
        assert user is not None

    events = session.exec(select(AuthEvent).order_by(col(AuthEvent.id))).all()
    assert len(events) == auth.ACCOUNT_FAILURE_LIMIT
    for event in events:
        assert event.kind == AuthEventKind.SIGN_IN_FAILED
        assert event.email_key == auth.email_key(address)
        assert event.client_ip == "192.0.2.144"
        assert event.at == now

    with pytest.raises(auth.ThrottledError):
        auth.check_sign_in_allowed(session, email=address, client_ip="198.51.100.60", now=now)
    # Locked: even the right password is refused, and so is a wrong one
    # (throttled before the password is looked at).
    for password in (PASSWORD, "yet-another-guess"):
        with pytest.raises(auth.ThrottledError):
            recovery.do_request_address_change(
                session,
                user=user,
                new_email="elsewhere@example.net",
                password=password,
                client_ip="192.0.2.145",
                now=now + timedelta(seconds=1),
            )
        session.rollback()
        user = session.get(User, user.id)
        assert user is not None
    assert mails(session) == []
    assert session.exec(select(AccountToken)).all() == []
    assert user.email == address
    # The sign-in page is locked for the account as well.
    locked = sign_in(session, address, PASSWORD, now=now + timedelta(seconds=1))
    assert not locked.ok
    assert isinstance(locked.error, auth.ThrottledError)


def test_an_address_of_another_account_is_sent_nothing(
    session: Session, engine: sa.Engine, smtp: SmtpServer
) -> None:
    now = utcnow()
    taken = "already.taken@example.org"
    member(session, taken, "Already Taken", email_confirmed_at=now)
    user = member(session, "wants.taken@example.org", "Wants Taken", email_confirmed_at=now)
    commit(session)

    assert _change(session, user, taken.upper(), PASSWORD) == (taken, False)  # the usual answer
    deliver(session, engine)
    assert smtp.recorder.to(taken) == []
    assert mails(session, to=taken) == []
    assert mails(session, kind=MailKind.CONFIRM_ADDRESS) == []
    assert session.exec(select(AccountToken)).all() == []
    user = session.get(User, user.id)
    assert user is not None
    assert user.email == "wants.taken@example.org"


def test_an_address_taken_meanwhile_is_not_moved_to(session: Session, smtp: SmtpServer) -> None:
    now = utcnow()
    new = "contested@example.org"
    user = member(session, "first.asker@example.org", "First Asker", email_confirmed_at=now)
    commit(session)
    _change(session, user, new, PASSWORD)
    commit(session)
    raw = outbox_token(session, to=new, kind=MailKind.CONFIRM_ADDRESS, pattern=CONFIRM_LINK)
    member(session, new, "Quicker Claimant", email_confirmed_at=now)
    commit(session)

    problem = link_problem(
        lambda: recovery.do_confirm_address(session, raw=raw, change=True, now=now)
    )
    assert problem == TokenProblem.INVALID
    session.rollback()
    user = session.get(User, user.id)
    assert user is not None
    assert user.email == "first.asker@example.org"


def test_without_a_mail_server_the_address_changes_at_once(
    session: Session, local_mailbox: None
) -> None:
    """No link could arrive: the change applies at once, and the notice is kept
    (in the local mailbox) for the address the account left."""
    now = utcnow()
    old, new = "embedded.mover@example.org", "embedded.moved@example.net"
    user = member(session, old, "Embedded Mover")  # unconfirmed
    member(session, "embedded.taken@example.org", "Embedded Taken", email_confirmed_at=now)
    commit(session)

    with pytest.raises(recovery.RecoveryFormError) as refused:
        _change(session, user, new, "not-my-password-at-all")
    assert set(refused.value.errors) == {"password"}
    with pytest.raises(recovery.RecoveryFormError) as refused:
        _change(session, user, "Embedded.Taken@example.org", PASSWORD)
    assert set(refused.value.errors) == {"new_email"}
    session.rollback()
    assert mails(session) == []

    assert _change(session, user, new.upper(), PASSWORD) == (new, True)
    commit(session)
    moved = session.get(User, user.id)
    assert moved is not None
    assert moved.email == new
    assert moved.email_confirmed_at is not None
    assert moved.email_confirmed_at >= now
    assert communities.get_user_by_email(session, email=old) is None
    assert [(m.kind, m.to_address) for m in mails(session)] == [(MailKind.ADDRESS_CHANGED, old)]
    assert new in mails(session)[0].body_text
    assert session.exec(select(AccountToken)).all() == []  # no link
