"""Accounts and sessions: sign-up, sign-in with brute-force protection, server-side sessions.

**Sessions.** A sign-in creates a :class:`UserSession` with a one-time hand-off
code (``secrets.token_urlsafe(32)``, 256 bits), valid for :data:`HANDOFF_TTL`.
The browser trades the code for the session token over HTTP
(:func:`do_exchange_handoff`), which is then kept in an HttpOnly cookie. Only
SHA-256 digests of the code and the token are stored, so a copy of the
database lets nobody in. A session ends when revoked, after
:data:`SESSION_IDLE_TIMEOUT` without use, or :data:`SESSION_LIFETIME` after
sign-in, whichever comes first; every sign-in gets a new token.

**Failed sign-ins must survive the caller's rollback.** Callers run services
inside ``with session_scope() as s:``, which rolls back when an exception
leaves the block. So :func:`do_sign_in` *never raises* for a refused sign-in:
it records the failure (an ``AuthEvent``) and *returns* a :class:`SignInResult`
whose ``error`` says why (:class:`InvalidCredentialsError` or
:class:`ThrottledError`). The caller's block ends normally, the failure is
committed with it, and the handler shows ``result.message``::

    with session_scope() as s:
        result = auth.do_sign_in(s, email=..., password=..., client_ip=..., user_agent=...)
    if not result.ok:
        return rx.toast.error(result.message)   # after the commit
    ...  # hand result.handoff_code to the browser

A refused sign-up writes nothing, so :func:`do_sign_up` raises as usual
(:class:`SignUpError` with a message per field, or :class:`RateLimitedError`).

**Throttling** reads the ``auth_event`` log. Per account (a keyed hash of the
email, so unknown addresses are throttled too without being stored): after
:data:`ACCOUNT_FAILURE_LIMIT` failures within :data:`THROTTLE_WINDOW`, attempts
are refused for 1 minute, then 2, 4, ... (capped at :data:`BACKOFF_MAX`) after
each further failure; a success, or :data:`THROTTLE_WINDOW` without failures
after a lock ends, starts over. Per client IP the same with
:data:`IP_FAILURE_LIMIT`. Refused (throttled) attempts are not recorded, so they
neither extend the lock nor check the password. Both throttles give the same
message, so it does not tell which one applies, nor whether the account exists.

**Device cookies** (OWASP, "Slow Down Online Guessing Attacks with Device
Cookies") keep those locks from locking the owner out. Every completed sign-in
gives the browser a device cookie (:func:`make_device_token`), signed with the
site's secret and bound to the account. A sign-in presenting a genuine device
cookie of that account is judged only by that browser's own failures (logged
under ``device:<hash>`` instead of the email's key, see
:func:`device_event_key`), :data:`DEVICE_FAILURE_LIMIT` of them lock that
browser with the same backoff; the account and IP locks, which strangers can
trigger, apply only to sign-ins without one (a missing, forged or tampered
cookie, or another account's, is simply not trusted). So a stranger's guesses
lock out strangers, and the member's own browser keeps its allowance.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import math
import re
import secrets
import threading
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, col, select
from zxcvbn import zxcvbn

from cop_app import live, mail_settings
from cop_app.models import AuthEvent, AuthEventKind, User, UserSession
from cop_app.services.accounts.passwords import (
    MIN_PASSWORD_LENGTH,
    WeakPasswordError,
    hash_password,
    needs_rehash,
    verify_password,
)
from cop_app.services.accounts.profiles import (
    DISPLAY_NAME_LABEL,
    FormError,
    display_name_error,
    display_name_lookalike_error,
)
from cop_app.services.communities.communities import do_create_user, get_user_by_email, pk, when
from cop_app.services.guards import ratelimit
from cop_app.services.guards.authz import NotAllowedError, ServiceError
from cop_app.services.guards.keys import secret_key
from cop_app.services.guards.text import clean_line_into
from cop_app.services.mail import messages as mail_messages

# --------------------------------------------------------------------------- policy

# MIN_PASSWORD_LENGTH (10, as Discourse requires) comes from passwords.py.
MAX_PASSWORD_LENGTH = 1024  # long passphrases welcome; hashing cost caps the input
#: zxcvbn is slow on long input: it rates the first this many characters.
PASSWORD_RATING_PREFIX = 128
#: zxcvbn's scale is 0-4; 3 is "safely unguessable: moderate protection from
#: offline slow-hash scenarios".
MIN_PASSWORD_SCORE = 3
#: Words a guesser would try first on this site.
APP_WORDS = ("practice", "practices", "community", "communities", "commons", "cop", "member")

SESSION_IDLE_TIMEOUT = timedelta(days=7)
SESSION_LIFETIME = timedelta(days=30)  # absolute, from sign-in
HANDOFF_TTL = timedelta(seconds=60)
TOUCH_INTERVAL = timedelta(seconds=60)  # last_seen_at is written at most this often
MAX_TOKEN_LENGTH = 128  # longer input is not one of our tokens; not even hashed

THROTTLE_WINDOW = timedelta(minutes=15)
ACCOUNT_FAILURE_LIMIT = 5
IP_FAILURE_LIMIT = 30
BACKOFF_BASE = timedelta(minutes=1)
BACKOFF_MAX = timedelta(minutes=60)
#: How far back the failure log is read, and at most how many rows.
THROTTLE_LOOKBACK = timedelta(hours=24)
THROTTLE_MAX_ROWS = 500
#: Failures within THROTTLE_WINDOW that lock one trusted browser (its device cookie).
DEVICE_FAILURE_LIMIT = 5
DEVICE_COOKIE_LIFETIME = timedelta(days=365)
DEVICE_NONCE_BYTES = 16
MAX_DEVICE_TOKEN_LENGTH = 200  # ours are 131 characters; longer input is not even checked
#: What ``auth_event.email_key`` holds for a trusted browser's sign-ins (never a
#: hex email key); with the hash's first 57 characters it fills the 64 of the column.
DEVICE_KEY_PREFIX = "device:"

SIGN_UP_LIMIT = 5  # account creations per client IP ...
SIGN_UP_WINDOW = timedelta(hours=1)  # ... in this window

MAX_EMAIL_LENGTH = 254
MAX_USER_AGENT_LENGTH = 300
MAX_CLIENT_IP_LENGTH = 64

INVALID_CREDENTIALS_MESSAGE = "The email or password is not right."
#: With mail delivered, an account signs in once its address is confirmed; the
#: one message for every failure says so (it must not tell which case it is).
UNCONFIRMED_HINT = " Just signed up? Open the link we mailed you first."

_EMAIL_RE = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z][A-Za-z0-9-]{0,62}$"
)
_WORD_SPLIT_RE = re.compile(r"[\W_]+")


# --------------------------------------------------------------------------- errors


def _in_words(seconds: int) -> str:
    minutes = max(1, math.ceil(seconds / 60))
    return "1 minute" if minutes == 1 else f"{minutes} minutes"


class InvalidCredentialsError(ServiceError):
    """Wrong password, unknown email, deactivated account: one message for all."""

    def __init__(self) -> None:
        hint = UNCONFIRMED_HINT if mail_settings.current().delivers else ""
        super().__init__(INVALID_CREDENTIALS_MESSAGE + hint)


class ThrottledError(ServiceError):
    """Too many failed sign-ins for this account or from this client, for now."""

    def __init__(self, retry_after_seconds: int) -> None:
        self.retry_after_seconds = max(1, int(retry_after_seconds))
        super().__init__(f"Too many attempts. Try again in {_in_words(self.retry_after_seconds)}.")


class RateLimitedError(ServiceError):
    """Too many accounts created from this client, for now."""

    def __init__(self, retry_after_seconds: int) -> None:
        self.retry_after_seconds = max(1, int(retry_after_seconds))
        super().__init__(
            "Too many accounts were created from this network. "
            f"Try again in {_in_words(self.retry_after_seconds)}."
        )


class SignUpError(FormError):
    """Some sign-up fields are not right (``errors``: "email", "display_name",
    "password" -> message). Nothing was written."""


@dataclass(frozen=True)
class SignInResult:
    """What :func:`do_sign_in` returns: a hand-off code, or why not."""

    handoff_code: str | None = field(default=None, repr=False)
    error: InvalidCredentialsError | ThrottledError | None = None

    @property
    def ok(self) -> bool:
        return self.handoff_code is not None

    @property
    def message(self) -> str:
        """What to tell the person ("" on success)."""
        return str(self.error) if self.error is not None else ""


# --------------------------------------------------------------------------- passwords


_ZXCVBN_LOCK = threading.Lock()  # zxcvbn keeps the user inputs in a module global


def _user_inputs(email: str, display_name: str) -> list[str]:
    local, _, domain = email.strip().lower().partition("@")
    words = [local, *_WORD_SPLIT_RE.split(local), *domain.split(".")[:-1]]
    words += [display_name.strip().lower(), *_WORD_SPLIT_RE.split(display_name.lower())]
    return [w for w in dict.fromkeys([*words, *APP_WORDS]) if len(w) >= 3]


def check_password_policy(password: str, *, email: str = "", display_name: str = "") -> None:
    """``WeakPasswordError`` (with a message for the person) unless the password is
    10 to 1024 characters and not easy to guess: zxcvbn rates it at least 3 of 4,
    knowing the person's email, name and this site's words."""
    if len(password) < MIN_PASSWORD_LENGTH:
        msg = (
            f"Use at least {MIN_PASSWORD_LENGTH} characters. "
            "A few unrelated words make a strong password that is easy to remember."
        )
        raise WeakPasswordError(msg)
    if len(password) > MAX_PASSWORD_LENGTH:
        msg = f"Use at most {MAX_PASSWORD_LENGTH} characters."
        raise WeakPasswordError(msg)
    with _ZXCVBN_LOCK:
        rating = zxcvbn(
            password[:PASSWORD_RATING_PREFIX],
            user_inputs=_user_inputs(email, display_name),
            max_length=PASSWORD_RATING_PREFIX,
        )
    if rating["score"] >= MIN_PASSWORD_SCORE:
        return
    feedback = rating.get("feedback") or {}
    hints = [feedback.get("warning") or "", *(feedback.get("suggestions") or [])]
    detail = " ".join(h.strip() for h in hints if h and h.strip())
    msg = "This password is too easy to guess." + (f" {detail}" if detail else "")
    if not detail:
        msg += " Add another word or two; uncommon words are better."
    raise WeakPasswordError(msg)


@functools.cache
def _dummy_hash() -> str:
    """A hash of a random password, verified when there is no real one to check,
    so an unknown email takes as long as a wrong password."""
    return hash_password(secrets.token_urlsafe(24))


# --------------------------------------------------------------------------- keyed email hash


def email_key(email: str) -> str:
    """HMAC-SHA256 (hex) of the trimmed, lower-cased email, keyed with the
    site's secret (``COP_SECRET_KEY``, else the ``.cop_secret`` file)."""
    message = b"email-key:" + email.strip().lower().encode()
    return hmac.new(secret_key(), message, hashlib.sha256).hexdigest()


# --------------------------------------------------------------------------- device cookies


def _device_signature(account: str, nonce: str) -> str:
    message = f"device-cookie:{account}.{nonce}".encode()
    digest = hmac.new(secret_key(), message, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def make_device_token(email: str) -> str:
    """A new device cookie for the account of ``email``: ``<email key>.<nonce>.<signature>``,
    the signature an HMAC-SHA256 of the first two parts with the site's secret.
    Nothing is stored: only this server can make one, and each browser gets its
    own random nonce, so each has its own failure count."""
    account = email_key(email)
    nonce = secrets.token_urlsafe(DEVICE_NONCE_BYTES)
    return f"{account}.{nonce}.{_device_signature(account, nonce)}"


def device_event_key(email: str, device_token: str) -> str | None:
    """The key a trusted browser's sign-ins to this account are logged under
    (``device:`` and a keyed hash of its cookie), when ``device_token`` is a
    genuine device cookie of the account of ``email``; ``None`` for anything
    else (no cookie, a tampered or forged one, another account's): an untrusted client."""
    if not device_token or len(device_token) > MAX_DEVICE_TOKEN_LENGTH:
        return None
    if not device_token.isascii():  # compare_digest takes ASCII strings only
        return None
    parts = device_token.split(".")
    if len(parts) != 3 or not all(parts):
        return None
    account, nonce, signature = parts
    if not hmac.compare_digest(signature, _device_signature(account, nonce)):
        return None
    if not hmac.compare_digest(account, email_key(email)):
        return None
    message = f"device-key:{account}.{nonce}".encode()
    digest = hmac.new(secret_key(), message, hashlib.sha256).hexdigest()
    return DEVICE_KEY_PREFIX + digest[: 64 - len(DEVICE_KEY_PREFIX)]


# --------------------------------------------------------------------------- throttling


def _sha256(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def _clip(value: str | None, limit: int) -> str:
    return (value or "")[:limit]


def lock_ends_at(failures: Sequence[datetime], *, limit: int) -> datetime | None:
    """When the lock earned by these failures (oldest first) ends; ``None`` if
    they never reached ``limit`` within :data:`THROTTLE_WINDOW`.

    Reaching the limit locks for :data:`BACKOFF_BASE`; each failure after that
    (made once the lock ended) doubles it, up to :data:`BACKOFF_MAX`.
    :data:`THROTTLE_WINDOW` without a failure after a lock ends starts over.
    """
    window: deque[datetime] = deque()
    lock_until: datetime | None = None
    extra = 0  # failures after the one that reached the limit
    for at in failures:
        if lock_until is not None and at >= lock_until + THROTTLE_WINDOW:
            lock_until, extra = None, 0
            window.clear()
        window.append(at)
        while window[0] <= at - THROTTLE_WINDOW:
            window.popleft()
        if lock_until is not None:
            extra += 1
        elif len(window) < limit:
            continue
        lock_until = at + min(BACKOFF_BASE * 2 ** min(extra, 16), BACKOFF_MAX)
    return lock_until


def _failures(
    session: Session, *, email_key_value: str | None, client_ip: str | None, now: datetime
) -> list[datetime]:
    since = now - THROTTLE_LOOKBACK
    query = select(AuthEvent.at).where(AuthEvent.kind == AuthEventKind.SIGN_IN_FAILED)
    if email_key_value is not None:
        query = query.where(AuthEvent.email_key == email_key_value)
        # A success (or the account's creation) starts the account's count over.
        reset = session.exec(
            select(AuthEvent.at)
            .where(
                AuthEvent.email_key == email_key_value,
                col(AuthEvent.kind).in_(
                    [AuthEventKind.SIGN_IN_SUCCEEDED, AuthEventKind.ACCOUNT_CREATED]
                ),
                AuthEvent.at > since,
                AuthEvent.at <= now,
            )
            .order_by(col(AuthEvent.at).desc())
            .limit(1)
        ).first()
        if reset is not None:
            since = reset
    if client_ip is not None:
        query = query.where(AuthEvent.client_ip == client_ip)
    rows = session.exec(
        query.where(AuthEvent.at > since, AuthEvent.at <= now)
        .order_by(col(AuthEvent.at).desc())
        .limit(THROTTLE_MAX_ROWS)
    ).all()
    return sorted(rows)


def check_sign_in_allowed(
    session: Session,
    *,
    email: str,
    client_ip: str,
    device_token: str = "",
    now: datetime | None = None,
) -> None:
    """``ThrottledError`` while this sign-in may not be tried.

    With a genuine device cookie of this account (``device_token``), only that
    browser's own failures count: :data:`DEVICE_FAILURE_LIMIT`, whatever
    strangers did to the account or from its network. Without one (or with a
    forged, tampered or another account's), the account's failures from such
    untrusted clients (:data:`ACCOUNT_FAILURE_LIMIT`) and this client's
    (:data:`IP_FAILURE_LIMIT`), which also counts its trusted browsers' failures.
    """
    now = when(now)
    device = device_event_key(email, device_token)
    if device is not None:
        limits = [(device, None, DEVICE_FAILURE_LIMIT)]
    else:
        limits = [
            (email_key(email), None, ACCOUNT_FAILURE_LIMIT),
            (None, _clip(client_ip, MAX_CLIENT_IP_LENGTH), IP_FAILURE_LIMIT),
        ]
    ends = [
        lock_ends_at(_failures(session, email_key_value=key, client_ip=ip, now=now), limit=limit)
        for key, ip, limit in limits
    ]
    latest = max((end for end in ends if end is not None and end > now), default=None)
    if latest is not None:
        raise ThrottledError(math.ceil((latest - now).total_seconds()))


def do_record_sign_in_failure(
    session: Session,
    *,
    email: str,
    client_ip: str,
    device_token: str = "",
    now: datetime | None = None,
) -> AuthEvent:
    """Log one failed sign-in (what the throttles count): under the browser's
    device key when ``device_token`` is a genuine device cookie of this account,
    else under the email's key. :func:`do_sign_in` calls it; it is public for
    imports and tests."""
    event = AuthEvent(
        kind=AuthEventKind.SIGN_IN_FAILED,
        email_key=device_event_key(email, device_token) or email_key(email),
        client_ip=_clip(client_ip, MAX_CLIENT_IP_LENGTH),
        at=when(now),
    )
    session.add(event)
    session.flush()
    return event


def check_sign_up_allowed(session: Session, *, client_ip: str, now: datetime | None = None) -> None:
    """``RateLimitedError`` once :data:`SIGN_UP_LIMIT` accounts were created from
    this client within :data:`SIGN_UP_WINDOW`."""
    now = when(now)
    created = session.exec(
        select(AuthEvent.at)
        .where(
            AuthEvent.kind == AuthEventKind.ACCOUNT_CREATED,
            AuthEvent.client_ip == _clip(client_ip, MAX_CLIENT_IP_LENGTH),
            AuthEvent.at > now - SIGN_UP_WINDOW,
            AuthEvent.at <= now,
        )
        .order_by(col(AuthEvent.at))
    ).all()
    if len(created) >= SIGN_UP_LIMIT:
        frees_at = created[len(created) - SIGN_UP_LIMIT] + SIGN_UP_WINDOW
        raise RateLimitedError(math.ceil((frees_at - now).total_seconds()))


# --------------------------------------------------------------------------- sign-in


def do_start_session(
    session: Session,
    *,
    user: User,
    client_ip: str,
    user_agent: str,
    now: datetime | None = None,
) -> str:
    """Open a session for a member whose identity the caller has just proved
    (:func:`do_sign_in`, :func:`do_sign_up`); returns the raw one-time hand-off
    code. Only its SHA-256 is stored; the session token comes with the exchange."""
    now = when(now)
    code = secrets.token_urlsafe(32)
    session.add(
        UserSession(
            user_id=pk(user),
            handoff_hash=_sha256(code),
            handoff_expires_at=now + HANDOFF_TTL,
            user_agent=_clip(user_agent, MAX_USER_AGENT_LENGTH),
            client_ip=_clip(client_ip, MAX_CLIENT_IP_LENGTH),
            created_at=now,
            last_seen_at=now,
            expires_at=now + SESSION_LIFETIME,
        )
    )
    user.last_seen_at = now
    session.add(user)
    session.flush()
    return code


def do_sign_in(
    session: Session,
    *,
    email: str,
    password: str,
    client_ip: str,
    user_agent: str,
    device_token: str = "",
    now: datetime | None = None,
) -> SignInResult:
    """Check the email and password and start a session.

    Returns a :class:`SignInResult`: on success its one-time ``handoff_code``;
    otherwise its ``error`` (never raised, so the failure logged here is
    committed by the caller: see the module's notes). Every wrong email,
    password or deactivated account gives the same :data:`INVALID_CREDENTIALS_MESSAGE`
    after the same argon2 work. ``device_token`` is the browser's device cookie
    ("" without one): a genuine one of this account makes the browser trusted,
    judged by its own failures only (:func:`check_sign_in_allowed`).
    """
    now = when(now)
    client_ip = _clip(client_ip, MAX_CLIENT_IP_LENGTH)
    try:
        check_sign_in_allowed(
            session, email=email, client_ip=client_ip, device_token=device_token, now=now
        )
    except ThrottledError as refused:
        return SignInResult(error=refused)
    address = email.strip().lower()
    user = get_user_by_email(session, email=address) if len(address) <= MAX_EMAIL_LENGTH else None
    stored: str | None = None
    if user is not None and user.is_active and len(password) <= MAX_PASSWORD_LENGTH:
        stored = user.password_hash or None
    # Exactly one argon2 verification either way: the real hash or a dummy one.
    matched = verify_password(stored or _dummy_hash(), password) and stored is not None
    # An address not confirmed yet (with mail delivered) signs in like a wrong
    # password: otherwise signing up with an address, then in, would tell
    # whether it had an account before, and whoever chose the password of an
    # account made with someone else's address could use it once confirmed.
    waiting = (
        user is not None and user.email_confirmed_at is None and mail_settings.current().delivers
    )
    if not matched or user is None or stored is None or waiting:
        do_record_sign_in_failure(
            session, email=address, client_ip=client_ip, device_token=device_token, now=now
        )
        return SignInResult(error=InvalidCredentialsError())
    session.add(
        AuthEvent(
            kind=AuthEventKind.SIGN_IN_SUCCEEDED,
            # A trusted browser's success starts its own count over, not the
            # untrusted clients' count of the account (strangers keep waiting).
            email_key=device_event_key(address, device_token) or email_key(address),
            client_ip=client_ip,
            at=now,
        )
    )
    if needs_rehash(stored):
        user.password_hash = hash_password(password)
    code = do_start_session(session, user=user, client_ip=client_ip, user_agent=user_agent, now=now)
    return SignInResult(handoff_code=code)


@dataclass(frozen=True)
class BrowserSignIn:
    """What a redeemed hand-off gives the browser: the values of its two cookies."""

    session_token: str = field(repr=False)
    device_token: str = field(repr=False)


def _redeem_handoff(session: Session, *, code: str, now: datetime) -> tuple[str, User] | None:
    if not code or len(code) > MAX_TOKEN_LENGTH:
        return None
    digest = _sha256(code)
    row = session.exec(select(UserSession).where(UserSession.handoff_hash == digest)).first()
    if (
        row is None
        or row.handoff_hash is None
        or not hmac.compare_digest(row.handoff_hash, digest)
        or row.handoff_expires_at is None
        or now >= row.handoff_expires_at
        or row.revoked_at is not None
        or now >= row.expires_at
    ):
        return None
    user = session.get(User, row.user_id)
    if user is None or not user.is_active:
        return None
    token = secrets.token_urlsafe(32)
    # One conditional UPDATE, so two concurrent exchanges of a code cannot both win.
    used = session.execute(
        sa.update(UserSession)
        .where(col(UserSession.id) == row.id, col(UserSession.handoff_hash) == digest)
        .values(
            token_hash=_sha256(token), handoff_hash=None, handoff_expires_at=None, last_seen_at=now
        )
        .execution_options(synchronize_session=False)
    )
    session.expire(row)
    if used.rowcount != 1:  # type: ignore[attr-defined]
        return None
    return token, user


def do_exchange_handoff(session: Session, *, code: str, now: datetime | None = None) -> str | None:
    """Trade a fresh hand-off code for the session token (once); ``None`` for an
    unknown, expired or already used code."""
    redeemed = _redeem_handoff(session, code=code, now=when(now))
    return redeemed[0] if redeemed is not None else None


def do_exchange_handoff_for_browser(
    session: Session, *, code: str, now: datetime | None = None
) -> BrowserSignIn | None:
    """:func:`do_exchange_handoff` for the browser that signed in: the session
    token and a new device cookie for the member (:func:`make_device_token`).
    A hand-off code exists only after a proven sign-in (or sign-up), so this
    is the moment the browser earns its own allowance of attempts."""
    redeemed = _redeem_handoff(session, code=code, now=when(now))
    if redeemed is None:
        return None
    token, user = redeemed
    return BrowserSignIn(session_token=token, device_token=make_device_token(user.email))


def _is_live(row: UserSession, now: datetime) -> bool:
    return (
        row.revoked_at is None
        and now < row.expires_at
        and now - row.last_seen_at < SESSION_IDLE_TIMEOUT
    )


def get_session_user(
    session: Session, *, token: str, now: datetime | None = None
) -> tuple[User, UserSession] | None:
    """The signed-in member and their session for this token, or ``None`` when the
    token is unknown, revoked, idle too long, past its lifetime, or the account
    is deactivated. Marks the session used (at most every :data:`TOUCH_INTERVAL`)."""
    now = when(now)
    if not token or len(token) > MAX_TOKEN_LENGTH:
        return None
    digest = _sha256(token)
    row = session.exec(select(UserSession).where(UserSession.token_hash == digest)).first()
    if row is None or row.token_hash is None or not hmac.compare_digest(row.token_hash, digest):
        return None
    if not _is_live(row, now):
        return None
    user = session.get(User, row.user_id)
    if user is None or not user.is_active:
        return None
    if now - row.last_seen_at >= TOUCH_INTERVAL:
        row.last_seen_at = now
        session.add(row)
        if user.last_seen_at is None or now - user.last_seen_at >= TOUCH_INTERVAL:
            user.last_seen_at = now
            session.add(user)
        session.flush()
    return user, row


def live_session_users(
    session: Session, *, session_ids: Sequence[int], now: datetime | None = None
) -> dict[int, int]:
    """Which of these sessions are still live (the rule of :func:`get_session_user`,
    for many at once, without marking them used): session id -> member id."""
    now = when(now)
    ids = {sid for sid in session_ids if isinstance(sid, int)}
    if not ids:
        return {}
    rows = session.exec(
        select(UserSession.id, UserSession.user_id)
        .join(User, col(User.id) == col(UserSession.user_id))
        .where(
            col(UserSession.id).in_(ids),
            col(UserSession.token_hash).is_not(None),
            col(UserSession.revoked_at).is_(None),
            UserSession.expires_at > now,
            UserSession.last_seen_at > now - SESSION_IDLE_TIMEOUT,
            col(User.is_active).is_(True),
        )
    ).all()
    return {sid: uid for sid, uid in rows if sid is not None}


def do_sign_out(session: Session, *, token: str, now: datetime | None = None) -> None:
    """Revoke the session of this token (nothing happens for an unknown one)."""
    now = when(now)
    if not token or len(token) > MAX_TOKEN_LENGTH:
        return
    row = session.exec(select(UserSession).where(UserSession.token_hash == _sha256(token))).first()
    if row is not None and row.revoked_at is None:
        row.revoked_at = now
        session.add(row)
        session.flush()
        live.publish_on_commit(session, live.AUTH_TOPIC)


# --------------------------------------------------------------------------- "your sessions"


def list_active_sessions(
    session: Session, *, user: User, now: datetime | None = None
) -> list[UserSession]:
    """The member's signed-in browsers, most recently used first."""
    now = when(now)
    return list(
        session.exec(
            select(UserSession)
            .where(
                UserSession.user_id == pk(user),
                col(UserSession.token_hash).is_not(None),
                col(UserSession.revoked_at).is_(None),
                UserSession.expires_at > now,
                UserSession.last_seen_at > now - SESSION_IDLE_TIMEOUT,
            )
            .order_by(col(UserSession.last_seen_at).desc(), col(UserSession.id).desc())
        ).all()
    )


def do_revoke_session(
    session: Session, *, user: User, session_id: int, now: datetime | None = None
) -> None:
    """End one of the member's own sessions. Someone else's (or an unknown id)
    raises ``NotAllowedError`` and changes nothing; ending an ended one is a no-op."""
    now = when(now)
    row = session.get(UserSession, session_id) if isinstance(session_id, int) else None
    if row is None or row.user_id != pk(user):
        msg = "That session is not one of yours."
        raise NotAllowedError(msg)
    if row.revoked_at is None:
        row.revoked_at = now
        session.add(row)
        session.flush()
        live.publish_on_commit(session, live.AUTH_TOPIC)


def do_revoke_other_sessions(
    session: Session, *, user: User, keep_token: str, now: datetime | None = None
) -> int:
    """End every session of the member except the one of ``keep_token`` (sign-ins
    still waiting for their hand-off too). Returns how many were ended."""
    now = when(now)
    keep = _sha256(keep_token) if keep_token and len(keep_token) <= MAX_TOKEN_LENGTH else None
    rows = session.exec(
        select(UserSession).where(
            UserSession.user_id == pk(user),
            col(UserSession.revoked_at).is_(None),
            UserSession.expires_at > now,
        )
    ).all()
    ended = 0
    for row in rows:
        if (
            keep is not None
            and row.token_hash is not None
            and hmac.compare_digest(row.token_hash, keep)
        ):
            continue
        row.revoked_at = now
        session.add(row)
        ended += 1
    session.flush()
    if ended:
        live.publish_on_commit(session, live.AUTH_TOPIC)
    return ended


_BROWSERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("Edge", re.compile(r"\bEdg(?:e|A|iOS)?/")),
    ("Opera", re.compile(r"\b(?:OPR|Opera)/")),
    ("Samsung Internet", re.compile(r"\bSamsungBrowser/")),
    ("Firefox", re.compile(r"\b(?:Firefox|FxiOS)/")),
    ("Chrome", re.compile(r"\b(?:HeadlessChrome|Chrome|Chromium|CriOS)/")),
    ("Safari", re.compile(r"\bSafari/")),
)
_SYSTEMS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iPhone", re.compile(r"\biPhone\b")),
    ("iPad", re.compile(r"\biPad\b")),
    ("Android", re.compile(r"\bAndroid\b")),
    ("ChromeOS", re.compile(r"\bCrOS\b")),
    ("Windows", re.compile(r"\bWindows\b")),
    ("macOS", re.compile(r"\bMac OS X\b|\bMacintosh\b")),
    ("Linux", re.compile(r"\bLinux\b|\bX11\b")),
)


def describe_user_agent(user_agent: str) -> str:
    """A short label for a session list: "Chrome on Linux", "Safari on iPhone"."""
    ua = (user_agent or "")[:MAX_USER_AGENT_LENGTH]
    browser = next((name for name, pattern in _BROWSERS if pattern.search(ua)), None)
    system = next((name for name, pattern in _SYSTEMS if pattern.search(ua)), None)
    label = browser or "Unknown browser"
    return f"{label} on {system}" if system else label


# --------------------------------------------------------------------------- sign-up


def _email_error(email: str) -> str | None:
    if not email:
        return "Enter your email address."
    if len(email) > MAX_EMAIL_LENGTH or not _EMAIL_RE.match(email):
        return "Enter an email address like name@example.org."
    return None


def _mail_allowed(session: Session, address: str) -> bool:
    """Whether the address's allowance of account mail has room (drawn if so):
    past it, sign-up still answers the same and sends nothing."""
    try:
        ratelimit.check_and_count(
            session,
            limit=ratelimit.Limit(
                ratelimit.WriteKind.ACCOUNT_MAIL, None, account=email_key(address)
            ),
        )
    except ratelimit.RateLimitedError:
        return False
    return True


@dataclass(frozen=True)
class CheckYourEmail:
    """What sign-up answers when mail is delivered: the same for a new address
    and for one that already has an account."""

    email: str


def do_sign_up(
    session: Session,
    *,
    email: str,
    display_name: str,
    password: str,
    client_ip: str,
    user_agent: str,
    now: datetime | None = None,
) -> str | CheckYourEmail:
    """Create an account (with its profile).

    With a mail server configured, the account waits for its address to be
    confirmed (a link mailed to it) and the answer is :class:`CheckYourEmail`,
    the same, after the same work, whether the address already had an account
    or not: its owner is then mailed a notice instead. Without one (the
    embedded default) the account is confirmed and signed in at once: the
    hand-off code is returned, and an address in use is said to be.

    ``RateLimitedError`` after too many sign-ups from this client;
    ``SignUpError`` with every field's problem at once; nothing written then."""
    now = when(now)
    client_ip = _clip(client_ip, MAX_CLIENT_IP_LENGTH)
    check_sign_up_allowed(session, client_ip=client_ip, now=now)
    delivers = mail_settings.current().delivers
    errors: dict[str, str] = {}
    address = email.strip().lower()
    existing = None
    if message := _email_error(address):
        errors["email"] = message
    else:
        existing = get_user_by_email(session, email=address)
        if existing is not None and not delivers:
            errors["email"] = "An account with this email already exists. Sign in instead."
    name = clean_line_into(errors, "display_name", display_name, field_label=DISPLAY_NAME_LABEL)
    if "display_name" not in errors and (
        message := display_name_error(name)
        or display_name_lookalike_error(
            session,
            name=name,
            user=existing if existing is not None and existing.email_confirmed_at is None else None,
            confirmed_only=delivers,
        )
    ):
        errors["display_name"] = message
    try:
        check_password_policy(password, email=address, display_name=name)
    except WeakPasswordError as weak:
        errors["password"] = str(weak)
    if errors:
        raise SignUpError(errors)
    session.add(
        AuthEvent(
            kind=AuthEventKind.ACCOUNT_CREATED,
            # Counted for the client's sign-up allowance. Not under an address
            # that already has an account: a creation starts its sign-in
            # failures over, and a stranger must not lift a lock that way.
            email_key="" if existing is not None else email_key(address),
            client_ip=client_ip,
            at=now,
        )
    )
    if existing is not None and existing.email_confirmed_at is None:
        # Nobody has proved the address yet: whoever signs up with it again
        # chooses the password, and the (new) link goes to the address. The
        # link asks for that password, so a stranger's choice can only be
        # confirmed by the stranger, who cannot read the mail.
        hashed = hash_password(password)
        if _mail_allowed(session, address):
            existing.password_hash, existing.display_name = hashed, name
            session.add(existing)
            mail_messages.queue_confirmation(session, user=existing, now=now)
        return CheckYourEmail(email=address)
    if existing is not None:
        # The same argon2 work as a new account, then a notice to the owner
        # (a few an hour at most: the owner's mailbox is not a target).
        hash_password(password)
        if _mail_allowed(session, address):
            mail_messages.queue_signup_notice(session, user=existing, now=now)
        return CheckYourEmail(email=address)
    user = do_create_user(
        session,
        email=address,
        display_name=name,
        password=password,
        at=now,
        confirmed=not delivers,
    )
    if delivers:
        mail_messages.queue_confirmation(session, user=user, now=now)
        return CheckYourEmail(email=address)
    return do_start_session(session, user=user, client_ip=client_ip, user_agent=user_agent, now=now)
