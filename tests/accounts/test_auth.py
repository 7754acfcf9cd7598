"""Accounts and sessions: passwords, sign-in throttling, hand-off codes, session life."""

from __future__ import annotations

import hashlib
import os
import stat
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from argon2 import PasswordHasher, Type
from sqlmodel import Session, SQLModel, col, func, select

import cop_app.db
from cop_app.models import AuthEvent, AuthEventKind, MemberProfile, User, UserSession
from cop_app.services.accounts import auth
from cop_app.services.accounts.passwords import WeakPasswordError, hash_password
from cop_app.services.guards import keys
from cop_app.services.guards.authz import NotAllowedError
from tests.factories import make_user

T0 = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)
PASSWORD = "tidal-Lantern-orchard-42"
HASH = hash_password(PASSWORD)  # once: argon2 is deliberately slow
IP = "203.0.113.7"
OTHER_IP = "198.51.100.20"
UA_CHROME_LINUX = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Safari/537.36"
)


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
    user_or_email: User | str,
    *,
    password: str = PASSWORD,
    ip: str = IP,
    at: datetime = T0,
) -> auth.SignInResult:
    email = user_or_email if isinstance(user_or_email, str) else user_or_email.email
    return auth.do_sign_in(
        session, email=email, password=password, client_ip=ip, user_agent=UA_CHROME_LINUX, now=at
    )


def session_token(session: Session, user: User, *, at: datetime = T0) -> str:
    """A signed-in browser's token, without the argon2 work of a sign-in."""
    code = auth.do_start_session(
        session, user=user, client_ip=IP, user_agent=UA_CHROME_LINUX, now=at
    )
    token = auth.do_exchange_handoff(session, code=code, now=at)
    assert token is not None
    return token


def failures(session: Session) -> int:
    return session.exec(
        select(func.count())
        .select_from(AuthEvent)
        .where(AuthEvent.kind == AuthEventKind.SIGN_IN_FAILED)
    ).one()


def seed_failures(
    session: Session, *, email: str, count: int, ip: str = IP, start: datetime = T0
) -> datetime:
    """``count`` failed sign-ins one second apart (as do_sign_in logs them); returns
    the time of the last one."""
    at = start
    for n in range(count):
        at = start + timedelta(seconds=n)
        auth.do_record_sign_in_failure(session, email=email, client_ip=ip, now=at)
    return at


# --------------------------------------------------------------------------- passwords


def test_hashes_are_argon2id() -> None:
    assert HASH.startswith("$argon2id$v=19$m=65536,t=3,p=4$")


def test_password_policy() -> None:
    with pytest.raises(WeakPasswordError, match="Use at least 10 characters"):
        auth.check_password_policy("Xk9#mq2Lp")  # 9
    auth.check_password_policy("Xk9#mq2Lp!")  # 10 random characters
    passphrase = "copper kettles hum while seven quiet herons fold maps beside the river at dawn "
    auth.check_password_policy((passphrase * 2)[:100])
    auth.check_password_policy((passphrase * 13)[: auth.MAX_PASSWORD_LENGTH])
    with pytest.raises(WeakPasswordError, match="at most 1024"):
        auth.check_password_policy((passphrase * 13)[: auth.MAX_PASSWORD_LENGTH + 1])
    with pytest.raises(WeakPasswordError) as common:
        auth.check_password_policy("password1234")
    assert str(common.value).startswith("This password is too easy to guess.")
    assert "common password" in str(common.value)  # zxcvbn's own warning
    # What the person told us is the first thing a guesser tries.
    with pytest.raises(WeakPasswordError, match="too easy to guess"):
        auth.check_password_policy(
            "amina.okafor2024", email="amina.okafor@example.org", display_name="Amina Okafor"
        )
    with pytest.raises(WeakPasswordError, match="too easy to guess"):
        auth.check_password_policy("communitypractice")


# --------------------------------------------------------------------------- sign-in


def test_sign_in_gives_a_one_time_code_for_one_session_token(session: Session) -> None:
    user = member(session)
    result = sign_in(session, user)
    assert result.ok and result.error is None and result.message == ""
    assert result.handoff_code is not None and len(result.handoff_code) >= 43
    assert result.handoff_code not in repr(result)  # never logged by accident
    token = auth.do_exchange_handoff(
        session, code=result.handoff_code, now=T0 + timedelta(seconds=5)
    )
    assert token is not None and len(token) >= 43  # 32 random bytes, url-safe
    assert auth.do_exchange_handoff(session, code=result.handoff_code, now=T0) is None
    found = auth.get_session_user(session, token=token, now=T0 + timedelta(seconds=10))
    assert found is not None and found[0].id == user.id
    assert user.last_seen_at == T0
    succeeded = session.exec(
        select(AuthEvent).where(AuthEvent.kind == AuthEventKind.SIGN_IN_SUCCEEDED)
    ).all()
    assert [(e.email_key, e.client_ip) for e in succeeded] == [(auth.email_key(user.email), IP)]


def test_a_hand_off_code_expires_after_a_minute(session: Session) -> None:
    user = member(session)
    code = auth.do_start_session(session, user=user, client_ip=IP, user_agent="", now=T0)
    assert auth.do_exchange_handoff(session, code=code, now=T0 + auth.HANDOFF_TTL) is None
    assert auth.do_exchange_handoff(session, code="not-a-code", now=T0) is None
    assert auth.do_exchange_handoff(session, code="", now=T0) is None


def test_every_refused_sign_in_reads_the_same(session: Session) -> None:
    user = member(session, email="amina@example.org")
    inactive = member(session, is_active=False)
    no_password = make_user(session)
    attempts: list[Callable[[], auth.SignInResult]] = [
        lambda: sign_in(session, user, password="wrong-password-123"),
        lambda: sign_in(session, "nobody@example.org"),
        lambda: sign_in(session, inactive),  # the right password
        lambda: sign_in(session, no_password, password=""),
    ]
    results, seconds = [], []
    for attempt in attempts:
        started = time.perf_counter()
        results.append(attempt())
        seconds.append(time.perf_counter() - started)
    # The same argon2 work whether or not the account exists (a wide margin:
    # skipping it would take about 1 % of the time).
    assert min(seconds) > 0.5 * seconds[0], seconds
    assert all(type(r.error) is auth.InvalidCredentialsError for r in results)
    assert {r.message for r in results} == {auth.INVALID_CREDENTIALS_MESSAGE}
    assert all(r.handoff_code is None for r in results)
    assert failures(session) == 4
    assert session.exec(select(func.count()).select_from(UserSession)).one() == 0
    # The account is matched however the address is typed.
    assert sign_in(session, "  AMINA@Example.org ", at=T0 + timedelta(seconds=1)).ok


def test_a_failed_sign_in_is_committed_by_the_callers_unit_of_work(engine: sa.Engine) -> None:
    """do_sign_in returns its refusal, so ``session_scope`` commits the logged failure."""
    url = engine.url.render_as_string(hide_password=False)
    with Session(engine) as setup:
        email = member(setup).email
        setup.commit()
    with cop_app.db.session_scope(url) as s:
        result = auth.do_sign_in(
            s, email=email, password="not-my-password", client_ip=IP, user_agent="", now=T0
        )
    assert isinstance(result.error, auth.InvalidCredentialsError)
    with Session(engine) as check:
        events = check.exec(select(AuthEvent)).all()
        assert [(e.kind, e.email_key, e.client_ip, e.at) for e in events] == [
            (AuthEventKind.SIGN_IN_FAILED, auth.email_key(email), IP, T0)
        ]
        assert email not in repr([e.model_dump() for e in events])  # only its keyed hash
    cop_app.db.get_engine(url).dispose()


def test_an_old_hash_is_upgraded_at_sign_in(session: Session) -> None:
    weak = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1, type=Type.ID)
    user = make_user(session, password_hash=weak.hash(PASSWORD))
    assert sign_in(session, user).ok
    assert user.password_hash is not None
    assert user.password_hash.startswith("$argon2id$v=19$m=65536,t=3,p=4$")


# --------------------------------------------------------------------------- throttling


def test_five_failures_lock_the_account_even_for_the_right_password(session: Session) -> None:
    user = member(session)
    # Four failures as do_sign_in logs them, then a fifth real attempt.
    last = seed_failures(session, email=user.email, count=auth.ACCOUNT_FAILURE_LIMIT - 1)
    auth.check_sign_in_allowed(session, email=user.email, client_ip=IP, now=last)
    last += timedelta(seconds=1)
    result = sign_in(session, user, password="wrong-4", at=last)
    assert isinstance(result.error, auth.InvalidCredentialsError)

    refused = sign_in(session, user, at=last + timedelta(seconds=10))
    assert isinstance(refused.error, auth.ThrottledError)
    assert refused.error.retry_after_seconds == 50
    assert refused.message == "Too many attempts. Try again in 1 minute."
    assert failures(session) == auth.ACCOUNT_FAILURE_LIMIT  # refusals are not failures
    # The same lock however the address is typed.
    with pytest.raises(auth.ThrottledError):
        auth.check_sign_in_allowed(
            session, email=user.email.upper(), client_ip=OTHER_IP, now=last + timedelta(seconds=30)
        )

    # After the wait the right password works, and the count starts over.
    assert sign_in(session, user, at=last + auth.BACKOFF_BASE).ok
    later = last + auth.BACKOFF_BASE + timedelta(seconds=1)
    assert isinstance(
        sign_in(session, user, password="typo", at=later).error, auth.InvalidCredentialsError
    )
    auth.check_sign_in_allowed(session, email=user.email, client_ip=IP, now=later)


def test_the_backoff_doubles_with_each_further_failure(session: Session) -> None:
    user = member(session)
    last = seed_failures(session, email=user.email, count=auth.ACCOUNT_FAILURE_LIMIT)
    expected = [1, 2, 4]  # minutes locked after the 5th, 6th and 7th failure
    for n, minutes in enumerate(expected):
        with pytest.raises(auth.ThrottledError) as locked:
            auth.check_sign_in_allowed(session, email=user.email, client_ip=IP, now=last)
        assert locked.value.retry_after_seconds == minutes * 60
        assert str(locked.value) == f"Too many attempts. Try again in {minutes} minute" + (
            "s." if minutes > 1 else "."
        )
        if n + 1 < len(expected):
            last += timedelta(minutes=minutes)  # the moment the lock ends
            result = sign_in(session, user, password="still-wrong", at=last)
            assert isinstance(result.error, auth.InvalidCredentialsError)


def test_the_backoff_is_capped_and_a_quiet_spell_starts_over() -> None:
    def ends(times: list[datetime], limit: int = 5) -> datetime | None:
        return auth.lock_ends_at(times, limit=limit)

    burst = [T0 + timedelta(seconds=n) for n in range(5)]
    assert ends(burst[:4]) is None
    assert ends(burst) == burst[-1] + timedelta(minutes=1)
    # Five failures spread over more than the window never lock.
    assert ends([T0 + timedelta(minutes=4 * n) for n in range(5)]) is None
    # Each failure right after the lock ends doubles it, up to an hour.
    times, lock = list(burst), burst[-1] + timedelta(minutes=1)
    locks = []
    for _ in range(9):
        times.append(lock)
        lock = ends(times)
        assert lock is not None
        locks.append(int((lock - times[-1]).total_seconds() // 60))
    assert locks == [2, 4, 8, 16, 32, 60, 60, 60, 60]
    # A window's quiet after the lock ends forgets the streak.
    assert ends([*times, lock + auth.THROTTLE_WINDOW]) is None


def test_the_account_lock_does_not_block_other_accounts_from_that_ip(session: Session) -> None:
    locked, other = member(session), member(session)
    last = seed_failures(session, email=locked.email, count=auth.ACCOUNT_FAILURE_LIMIT)
    with pytest.raises(auth.ThrottledError):
        auth.check_sign_in_allowed(session, email=locked.email, client_ip=IP, now=last)
    assert sign_in(session, other, at=last).ok


def test_thirty_failures_from_one_ip_block_that_ip(session: Session) -> None:
    # 29 failures spread over ten addresses (never five for one account) ...
    at = T0
    for n in range(auth.IP_FAILURE_LIMIT - 1):
        at = T0 + timedelta(seconds=n)
        auth.do_record_sign_in_failure(
            session, email=f"guess{n % 10}@example.org", client_ip=IP, now=at
        )
    auth.check_sign_in_allowed(session, email="fresh@example.org", client_ip=IP, now=at)
    # ... and the thirtieth, a real attempt, locks the client out.
    at += timedelta(seconds=1)
    assert isinstance(
        sign_in(session, "guess-last@example.org", at=at).error, auth.InvalidCredentialsError
    )
    user = member(session)
    refused = sign_in(session, user, at=at + timedelta(seconds=1))
    assert isinstance(refused.error, auth.ThrottledError)
    assert refused.message == "Too many attempts. Try again in 1 minute."  # as for an account
    # Another client is not affected; this one may try again when the lock ends.
    auth.check_sign_in_allowed(session, email=user.email, client_ip=OTHER_IP, now=at)
    auth.check_sign_in_allowed(session, email=user.email, client_ip=IP, now=at + auth.BACKOFF_BASE)


def test_throttling_expires_with_time(session: Session) -> None:
    last = seed_failures(session, email="someone@example.org", count=auth.ACCOUNT_FAILURE_LIMIT)
    with pytest.raises(auth.ThrottledError):
        auth.check_sign_in_allowed(
            session, email="someone@example.org", client_ip=IP, now=last + timedelta(seconds=59)
        )
    auth.check_sign_in_allowed(
        session, email="someone@example.org", client_ip=IP, now=last + timedelta(seconds=60)
    )
    # Four failures, then one more after the window: no lock.
    seed_failures(session, email="other@example.org", count=4)
    seed_failures(session, email="other@example.org", count=1, start=T0 + timedelta(minutes=16))
    auth.check_sign_in_allowed(
        session, email="other@example.org", client_ip=IP, now=T0 + timedelta(minutes=16)
    )


def test_email_key_is_a_keyed_hash(monkeypatch: pytest.MonkeyPatch) -> None:
    key = auth.email_key(" Amina@Example.org ")
    assert key == auth.email_key("amina@example.org")
    assert len(key) == 64 and set(key) <= set("0123456789abcdef")
    assert key != hashlib.sha256(b"amina@example.org").hexdigest()
    monkeypatch.setenv(keys.SECRET_KEY_ENV, "another-key")
    monkeypatch.setattr(keys, "_secret_key", None)
    assert auth.email_key("amina@example.org") != key


def test_without_a_configured_key_one_is_created_once_in_a_private_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv(keys.SECRET_KEY_ENV)
    monkeypatch.chdir(tmp_path)
    first = auth.email_key("amina@example.org")
    secret = tmp_path / keys.SECRET_KEY_FILE
    assert stat.S_IMODE(os.stat(secret).st_mode) == 0o600
    assert len(bytes.fromhex(secret.read_text().strip())) == 32
    monkeypatch.setattr(keys, "_secret_key", None)  # a new process reads the same file
    assert auth.email_key("amina@example.org") == first
    assert [p.name for p in tmp_path.iterdir()] == [keys.SECRET_KEY_FILE]


# --------------------------------------------------------------------------- sessions


def test_tokens_are_random_and_only_their_hashes_are_stored(session: Session) -> None:
    user = member(session)
    result = sign_in(session, user)
    assert result.handoff_code is not None
    row = session.exec(select(UserSession)).one()
    assert row.handoff_hash == hashlib.sha256(result.handoff_code.encode()).hexdigest()
    token = auth.do_exchange_handoff(session, code=result.handoff_code, now=T0)
    assert token is not None
    assert row.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert row.handoff_hash is None and row.handoff_expires_at is None
    session.commit()
    for table in SQLModel.metadata.sorted_tables:
        for stored in session.execute(sa.select(table)).all():
            text = repr(tuple(stored))
            assert token not in text and result.handoff_code not in text, table.name
    # A new sign-in gives a new session and a new token.
    again = sign_in(session, user, at=T0 + timedelta(minutes=1))
    assert again.handoff_code is not None and again.handoff_code != result.handoff_code
    second = auth.do_exchange_handoff(
        session, code=again.handoff_code, now=T0 + timedelta(minutes=1)
    )
    assert second is not None and second != token
    assert session.exec(select(func.count()).select_from(UserSession)).one() == 2


def test_session_lifetimes(session: Session) -> None:
    user = member(session)
    idle = session_token(session, user)
    assert auth.get_session_user(session, token=idle, now=T0 + timedelta(days=6, hours=23))
    assert auth.get_session_user(session, token=idle, now=T0 + timedelta(days=13, hours=23)) is None

    # Used every few days, a session still ends 30 days after sign-in.
    busy = session_token(session, user)
    for day in range(0, 30, 5):
        assert auth.get_session_user(session, token=busy, now=T0 + timedelta(days=day))
    just_before = T0 + auth.SESSION_LIFETIME - timedelta(seconds=1)
    assert auth.get_session_user(session, token=busy, now=just_before)
    assert auth.get_session_user(session, token=busy, now=T0 + auth.SESSION_LIFETIME) is None

    revoked = session_token(session, user)
    auth.do_sign_out(session, token=revoked, now=T0 + timedelta(minutes=1))
    auth.do_sign_out(session, token="unknown", now=T0)  # no error
    assert auth.get_session_user(session, token=revoked, now=T0 + timedelta(minutes=2)) is None

    live = session_token(session, user)
    assert auth.get_session_user(session, token=live, now=T0)
    user.is_active = False
    assert auth.get_session_user(session, token=live, now=T0) is None
    assert auth.get_session_user(session, token="", now=T0) is None
    assert auth.get_session_user(session, token="x" * 10_000, now=T0) is None


def test_last_seen_is_written_at_most_once_a_minute(session: Session) -> None:
    user = member(session)
    token = session_token(session, user)
    found = auth.get_session_user(session, token=token, now=T0 + timedelta(seconds=59))
    assert found is not None and found[1].last_seen_at == T0
    found = auth.get_session_user(session, token=token, now=T0 + timedelta(seconds=60))
    assert found is not None and found[1].last_seen_at == T0 + timedelta(seconds=60)
    assert user.last_seen_at == T0 + timedelta(seconds=60)


def test_a_member_lists_and_ends_only_their_own_sessions(session: Session) -> None:
    user, other = member(session), member(session)
    first = session_token(session, user, at=T0)
    second = session_token(session, user, at=T0 + timedelta(hours=1))
    third = session_token(session, user, at=T0 + timedelta(hours=2))
    theirs = session_token(session, other)
    auth.do_start_session(session, user=user, client_ip=IP, user_agent="", now=T0)  # no hand-off
    now = T0 + timedelta(hours=3)

    listed = auth.list_active_sessions(session, user=user, now=now)
    assert [s.last_seen_at for s in listed] == [
        T0 + timedelta(hours=2),
        T0 + timedelta(hours=1),
        T0,
    ]
    their_row = auth.list_active_sessions(session, user=other, now=now)[0]
    with pytest.raises(NotAllowedError):
        auth.do_revoke_session(session, user=user, session_id=pk_of(their_row), now=now)
    with pytest.raises(NotAllowedError):
        auth.do_revoke_session(session, user=user, session_id=10_000, now=now)
    assert their_row.revoked_at is None
    assert auth.get_session_user(session, token=theirs, now=now) is not None

    auth.do_revoke_session(session, user=user, session_id=pk_of(listed[0]), now=now)
    assert auth.get_session_user(session, token=third, now=now) is None
    assert len(auth.list_active_sessions(session, user=user, now=now)) == 2

    # "Sign out everywhere else" keeps this browser (and ends the pending hand-off).
    assert auth.do_revoke_other_sessions(session, user=user, keep_token=first, now=now) == 2
    assert auth.get_session_user(session, token=first, now=now) is not None
    assert auth.get_session_user(session, token=second, now=now) is None
    assert auth.get_session_user(session, token=theirs, now=now) is not None
    assert [pk_of(s) for s in auth.list_active_sessions(session, user=user, now=now)] == [
        pk_of(listed[2])
    ]


def pk_of(row: UserSession) -> int:
    assert row.id is not None
    return row.id


@pytest.mark.parametrize(
    ("user_agent", "label"),
    [
        (UA_CHROME_LINUX, "Chrome on Linux"),
        (
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
            "Firefox on Windows",
        ),
        (
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
            "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
            "Safari on iPhone",
        ),
        (
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 "
            "(KHTML, like Gecko) Version/18.1 Safari/605.1.15",
            "Safari on macOS",
        ),
        (
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
            "Edge on Windows",
        ),
        (
            "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/131.0.0.0 Mobile Safari/537.36",
            "Chrome on Android",
        ),
        ("curl/8.5.0", "Unknown browser"),
        ("", "Unknown browser"),
    ],
)
def test_describe_user_agent(user_agent: str, label: str) -> None:
    assert auth.describe_user_agent(user_agent) == label


# --------------------------------------------------------------------------- sign-up


def sign_up(session: Session, email: str, *, ip: str = IP, at: datetime = T0, **fields: str) -> str:
    return auth.do_sign_up(
        session,
        email=email,
        display_name=fields.get("display_name", "Amina Okafor"),
        password=fields.get("password", PASSWORD),
        client_ip=ip,
        user_agent=UA_CHROME_LINUX,
        now=at,
    )


def test_sign_up_creates_the_account_and_signs_in(session: Session) -> None:
    code = sign_up(session, "  Amina.Okafor@Example.org ", display_name="  Amina   Okafor ")
    user = session.exec(select(User)).one()
    assert (user.email, user.display_name) == ("amina.okafor@example.org", "Amina Okafor")
    assert user.password_hash is not None and user.password_hash.startswith("$argon2id$")
    assert session.get(MemberProfile, user.id) is not None
    created = session.exec(select(AuthEvent)).one()
    assert (created.kind, created.email_key, created.client_ip) == (
        AuthEventKind.ACCOUNT_CREATED,
        auth.email_key(user.email),
        IP,
    )
    token = auth.do_exchange_handoff(session, code=code, now=T0)
    assert token is not None
    found = auth.get_session_user(session, token=token, now=T0)
    assert found is not None and found[0].id == user.id


def test_sign_up_reports_every_field_at_once_and_writes_nothing(session: Session) -> None:
    with pytest.raises(auth.SignUpError) as refused:
        sign_up(session, "not-an-address", display_name="   ", password="short")
    assert set(refused.value.errors) == {"email", "display_name", "password"}
    assert refused.value.errors["password"].startswith("Use at least 10 characters")
    with pytest.raises(auth.SignUpError) as refused:
        sign_up(session, "a" * 250 + "@example.org", display_name="x" * 81, password="password1234")
    assert set(refused.value.errors) == {"email", "display_name", "password"}
    with pytest.raises(auth.SignUpError) as refused:
        sign_up(session, "amina@example.org", display_name="Amina\u202eanikO")
    assert set(refused.value.errors) == {"display_name"}
    assert session.exec(select(func.count()).select_from(User)).one() == 0
    assert session.exec(select(func.count()).select_from(AuthEvent)).one() == 0


def test_sign_up_with_a_registered_email(session: Session) -> None:
    member(session, email="amina@example.org")
    with pytest.raises(auth.SignUpError) as refused:
        sign_up(session, "AMINA@example.org")
    assert refused.value.errors == {
        "email": "An account with this email already exists. Sign in instead."
    }


def test_sign_ups_are_limited_per_client(session: Session) -> None:
    for n in range(auth.SIGN_UP_LIMIT):
        sign_up(
            session,
            f"person{n}@example.org",
            display_name=f"Person {n}",
            at=T0 + timedelta(minutes=n),
        )
    with pytest.raises(auth.RateLimitedError) as limited:
        sign_up(session, "one-more@example.org", at=T0 + timedelta(minutes=10))
    assert limited.value.retry_after_seconds == 50 * 60  # the first one leaves the window
    assert str(limited.value).endswith("Try again in 50 minutes.")
    assert session.exec(select(func.count()).select_from(User)).one() == auth.SIGN_UP_LIMIT
    # Other clients are not limited, and this one may go on after the hour.
    auth.check_sign_up_allowed(session, client_ip=OTHER_IP, now=T0 + timedelta(minutes=10))
    auth.check_sign_up_allowed(session, client_ip=IP, now=T0 + auth.SIGN_UP_WINDOW)
    kinds = session.exec(select(AuthEvent.kind).order_by(col(AuthEvent.id))).all()
    assert kinds == [AuthEventKind.ACCOUNT_CREATED] * auth.SIGN_UP_LIMIT
