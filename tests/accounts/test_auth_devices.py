"""Device cookies: a stranger's failed sign-ins cannot lock the member's own browser out.

OWASP, "Slow Down Online Guessing Attacks with Device Cookies": a browser that
signed in before presents its signed device cookie and is judged by its own
failures only; everyone else (no cookie, a forged one, another account's) by
the account's and the client's locks, as before.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import Session, select

from cop_app.models import AuthEvent, AuthEventKind, User
from cop_app.services.accounts import auth
from cop_app.services.accounts.passwords import hash_password
from cop_app.services.guards import keys
from tests.factories import make_user

T0 = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)
PASSWORD = "tidal-Lantern-orchard-42"
HASH = hash_password(PASSWORD)  # once: argon2 is deliberately slow
IP = "203.0.113.7"
OTHER_IP = "198.51.100.20"
UA = "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0.0.0 Safari/537.36"


@pytest.fixture(autouse=True)
def secret_key(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A known key, and no cached one from another test."""
    monkeypatch.setenv(keys.SECRET_KEY_ENV, "test-secret-key")
    monkeypatch.setattr(keys, "_secret_key", None)
    yield


def member(session: Session, **overrides: object) -> User:
    return make_user(session, password_hash=HASH, **overrides)


def sign_in(
    session: Session,
    user: User,
    *,
    password: str = PASSWORD,
    device: str = "",
    ip: str = IP,
    at: datetime = T0,
) -> auth.SignInResult:
    return auth.do_sign_in(
        session,
        email=user.email,
        password=password,
        client_ip=ip,
        user_agent=UA,
        device_token=device,
        now=at,
    )


def signed_in_browser(session: Session, user: User, *, at: datetime = T0) -> str:
    """Sign in as the member does (password, then the hand-off); returns the
    device cookie the browser is given."""
    result = sign_in(session, user, at=at)
    assert result.handoff_code is not None, result.message
    cookies = auth.do_exchange_handoff_for_browser(session, code=result.handoff_code, now=at)
    assert cookies is not None
    return cookies.device_token


def stranger_fails(session: Session, user: User, *, times: int, start: datetime) -> datetime:
    """A stranger's wrong passwords, one a second, each from another address
    (as a botnet would), through do_sign_in; returns the time of the last."""
    at = start
    for n in range(times):
        at = start + timedelta(seconds=n)
        outcome = sign_in(session, user, password=f"guess-{n}", ip=f"192.0.2.{n + 1}", at=at)
        assert outcome.handoff_code is None
    return at


def events(session: Session, kind: AuthEventKind) -> list[AuthEvent]:
    return list(session.exec(select(AuthEvent).where(AuthEvent.kind == kind)).all())


def _tamper(segment: str) -> str:
    return ("A" if segment[0] != "A" else "B") + segment[1:]


# --------------------------------------------------------------------------- the acceptance


def test_the_owners_browser_signs_in_after_a_strangers_ten_failures(session: Session) -> None:
    owner = member(session)
    device = signed_in_browser(session, owner, at=T0)
    start = T0 + timedelta(minutes=5)
    last = stranger_fails(session, owner, times=10, start=start)
    # Five were checked and failed; the other five were refused without a check.
    assert len(events(session, AuthEventKind.SIGN_IN_FAILED)) == auth.ACCOUNT_FAILURE_LIMIT

    later = last + timedelta(seconds=5)
    assert sign_in(session, owner, device=device, ip=OTHER_IP, at=later).ok
    # Without its cookie the owner is an unknown client like the stranger: throttled.
    without = sign_in(session, owner, ip=OTHER_IP, at=later)
    assert isinstance(without.error, auth.ThrottledError)
    assert without.message.startswith("Too many attempts.")
    # The owner's success did not lift the strangers' lock: they still wait.
    assert isinstance(
        sign_in(session, owner, ip="192.0.2.99", at=later + timedelta(seconds=1)).error,
        auth.ThrottledError,
    )


def test_a_device_cookie_comes_with_every_completed_sign_in(session: Session) -> None:
    user = member(session)
    result = sign_in(session, user)
    assert result.handoff_code is not None
    cookies = auth.do_exchange_handoff_for_browser(session, code=result.handoff_code, now=T0)
    assert cookies is not None
    assert cookies.session_token not in repr(cookies) and cookies.device_token not in repr(cookies)
    assert auth.get_session_user(session, token=cookies.session_token, now=T0) is not None
    # <email key>.<nonce>.<signature>, bound to this account.
    account, nonce, signature = cookies.device_token.split(".")
    assert account == auth.email_key(user.email)
    assert len(nonce) >= 22 and len(signature) == 43
    assert len(cookies.device_token) <= auth.MAX_DEVICE_TOKEN_LENGTH
    assert auth.device_event_key(user.email, cookies.device_token) is not None
    # The code is spent either way.
    assert auth.do_exchange_handoff_for_browser(session, code=result.handoff_code, now=T0) is None
    # Every browser gets its own nonce, so its own count.
    assert auth.make_device_token(user.email) != auth.make_device_token(user.email)
    # Sign-up signs in too: the browser that made the account is trusted.
    code = auth.do_sign_up(
        session,
        email="new.member@example.org",
        display_name="New Member",
        password="copper kettles hum at dawn",
        client_ip=IP,
        user_agent=UA,
        now=T0,
    )
    after_sign_up = auth.do_exchange_handoff_for_browser(session, code=code, now=T0)
    assert after_sign_up is not None
    assert auth.device_event_key("new.member@example.org", after_sign_up.device_token)


# --------------------------------------------------------------------------- the device's own count


def test_a_devices_own_failures_lock_that_device_only(session: Session) -> None:
    owner = member(session)
    device = signed_in_browser(session, owner, at=T0)
    laptop = signed_in_browser(session, owner, at=T0)
    at = T0 + timedelta(minutes=1)
    for n in range(auth.DEVICE_FAILURE_LIMIT):
        at = T0 + timedelta(minutes=1, seconds=n)
        outcome = sign_in(session, owner, password=f"typo-{n}", device=device, at=at)
        assert isinstance(outcome.error, auth.InvalidCredentialsError)
    refused = sign_in(session, owner, device=device, at=at + timedelta(seconds=10))
    assert isinstance(refused.error, auth.ThrottledError)
    assert refused.error.retry_after_seconds == 50
    # Locked means locked: the cookie does not fall back to the untrusted count.
    with pytest.raises(auth.ThrottledError):
        auth.check_sign_in_allowed(
            session, email=owner.email, client_ip=OTHER_IP, device_token=device, now=at
        )
    # Its failures are its own: the member's other browser, and untrusted
    # clients, still have their allowance.
    assert sign_in(session, owner, device=laptop, at=at + timedelta(seconds=11)).ok
    auth.check_sign_in_allowed(session, email=owner.email, client_ip=OTHER_IP, now=at)
    # The lock ends like any other.
    assert sign_in(session, owner, device=device, at=at + auth.BACKOFF_BASE).ok


def test_a_devices_backoff_doubles(session: Session) -> None:
    owner = member(session)
    device = signed_in_browser(session, owner, at=T0)
    at = T0 + timedelta(minutes=1)
    for n in range(auth.DEVICE_FAILURE_LIMIT):
        at = T0 + timedelta(minutes=1, seconds=n)
        auth.do_record_sign_in_failure(
            session, email=owner.email, client_ip=IP, device_token=device, now=at
        )
    for minutes in (1, 2):
        with pytest.raises(auth.ThrottledError) as locked:
            auth.check_sign_in_allowed(
                session, email=owner.email, client_ip=IP, device_token=device, now=at
            )
        assert locked.value.retry_after_seconds == minutes * 60
        at += timedelta(minutes=minutes)
        outcome = sign_in(session, owner, password="still-wrong", device=device, at=at)
        assert isinstance(outcome.error, auth.InvalidCredentialsError)


def test_a_trusted_browser_is_not_held_by_its_networks_lock(session: Session) -> None:
    owner = member(session)
    device = signed_in_browser(session, owner, at=T0)
    at = T0 + timedelta(minutes=1)
    for n in range(auth.IP_FAILURE_LIMIT):  # guesses at other accounts from the same office
        at = T0 + timedelta(minutes=1, seconds=n)
        auth.do_record_sign_in_failure(
            session, email=f"guess{n % 10}@example.org", client_ip=IP, now=at
        )
    with pytest.raises(auth.ThrottledError):
        auth.check_sign_in_allowed(session, email=owner.email, client_ip=IP, now=at)
    assert sign_in(session, owner, device=device, ip=IP, at=at + timedelta(seconds=1)).ok


def test_a_trusted_browsers_sign_ins_are_logged_under_its_device_key(session: Session) -> None:
    owner = member(session)
    device = signed_in_browser(session, owner, at=T0)
    key = auth.device_event_key(owner.email, device)
    assert key is not None and key.startswith(auth.DEVICE_KEY_PREFIX) and len(key) == 64
    assert set(key.removeprefix(auth.DEVICE_KEY_PREFIX)) <= set("0123456789abcdef")
    assert key == auth.device_event_key(owner.email.upper(), device)  # however typed

    later = T0 + timedelta(minutes=1)
    assert isinstance(
        sign_in(session, owner, password="typo", device=device, at=later).error,
        auth.InvalidCredentialsError,
    )
    assert sign_in(session, owner, device=device, at=later + timedelta(seconds=1)).ok
    rows = session.exec(select(AuthEvent).order_by(AuthEvent.id)).all()  # type: ignore[arg-type]
    account = auth.email_key(owner.email)
    assert [(r.kind, r.email_key, r.client_ip) for r in rows] == [
        (AuthEventKind.SIGN_IN_SUCCEEDED, account, IP),  # the first, untrusted sign-in
        (AuthEventKind.SIGN_IN_FAILED, key, IP),
        (AuthEventKind.SIGN_IN_SUCCEEDED, key, IP),
    ]
    nonce, signature = device.split(".")[1:]
    assert all(nonce not in r.email_key and signature not in r.email_key for r in rows)


# --------------------------------------------------------------------------- untrusted cookies


def test_forged_tampered_or_another_accounts_cookies_are_not_trusted(session: Session) -> None:
    owner, other = member(session), member(session)
    genuine = signed_in_browser(session, owner, at=T0)
    others_cookie = signed_in_browser(session, other, at=T0)
    account, nonce, signature = genuine.split(".")
    forged_signature = base64.urlsafe_b64encode(b"\0" * 32).rstrip(b"=").decode()
    untrusted = [
        "",
        "garbage",
        others_cookie,  # genuine, but for another account
        f"{account}.{nonce}.{_tamper(signature)}",
        f"{account}.{_tamper(nonce)}.{signature}",
        f"{auth.email_key(other.email)}.{nonce}.{signature}",  # moved to another account
        f"{account}.{nonce}.{forged_signature}",
        f"{account}.{nonce}",
        f"{genuine}.extra",
        f"{account}..{signature}",
        genuine + "x" * auth.MAX_DEVICE_TOKEN_LENGTH,
        genuine[:-1] + "\u00e9",  # not ASCII
    ]
    assert all(auth.device_event_key(owner.email, token) is None for token in untrusted)
    assert auth.device_event_key(owner.email, genuine) is not None
    assert auth.device_event_key(other.email, genuine) is None

    # With any of them the owner's account is throttled as for a stranger ...
    last = stranger_fails(session, owner, times=10, start=T0 + timedelta(minutes=1))
    later = last + timedelta(seconds=1)
    for token in untrusted:
        outcome = sign_in(session, owner, device=token, at=later)
        assert isinstance(outcome.error, auth.ThrottledError), token
    # ... and their failures count where a stranger's do.
    tampered = f"{account}.{nonce}.{_tamper(signature)}"
    auth.do_record_sign_in_failure(
        session, email=owner.email, client_ip=IP, device_token=tampered, now=later
    )
    assert events(session, AuthEventKind.SIGN_IN_FAILED)[-1].email_key == account
    # The genuine cookie still signs in.
    assert sign_in(session, owner, device=genuine, at=later).ok


def test_a_cookie_from_another_secret_is_not_trusted(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    owner = member(session)
    monkeypatch.setenv(keys.SECRET_KEY_ENV, "another-sites-secret")
    monkeypatch.setattr(keys, "_secret_key", None)
    elsewhere = auth.make_device_token(owner.email)
    monkeypatch.setenv(keys.SECRET_KEY_ENV, "test-secret-key")
    monkeypatch.setattr(keys, "_secret_key", None)
    assert auth.device_event_key(owner.email, elsewhere) is None
    assert auth.device_event_key(owner.email, auth.make_device_token(owner.email)) is not None
