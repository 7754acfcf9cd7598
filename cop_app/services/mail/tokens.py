"""The two kinds of link a mail carries.

- **Unsubscribe**: ``<user id>.<kind>.<signature>``, an HMAC-SHA256 of both with
  the site's secret. It turns off mail of that one kind for that one member,
  with no sign-in (RFC 8058 one-click), and cannot be altered to reach another
  member or kind.
- **Account links** (reset a password, confirm an address): 256 random bits,
  only their SHA-256 stored (:class:`~cop_app.models.AccountToken`), each used
  once, each valid for a while.
"""

from __future__ import annotations

import base64
import dataclasses
import enum
import hashlib
import hmac
import secrets
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, col, select

from cop_app.models import AccountToken, AccountTokenPurpose, NotificationKind, User, utcnow
from cop_app.services.guards.keys import secret_key

MAX_TOKEN_LENGTH = 200  # ours are 43 (account) or under 80 (unsubscribe) characters

LIFETIMES = {
    AccountTokenPurpose.RESET: timedelta(hours=1),
    AccountTokenPurpose.CONFIRM: timedelta(days=3),
    AccountTokenPurpose.CHANGE: timedelta(days=1),
}


# --------------------------------------------------------------------------- unsubscribe


def _signature(user_id: int, kind: str) -> str:
    digest = hmac.new(secret_key(), f"unsubscribe:{user_id}:{kind}".encode(), hashlib.sha256)
    return base64.urlsafe_b64encode(digest.digest()[:24]).decode().rstrip("=")


def unsubscribe_token(user_id: int, kind: NotificationKind) -> str:
    return f"{int(user_id)}.{kind.value}.{_signature(int(user_id), kind.value)}"


def read_unsubscribe_token(token: str) -> tuple[int, NotificationKind] | None:
    """(member, kind) of a genuine token; None for anything else."""
    if not isinstance(token, str) or len(token) > MAX_TOKEN_LENGTH:
        return None
    user_part, _, rest = token.partition(".")
    kind_part, _, signature = rest.partition(".")
    if not user_part.isdigit() or not signature:
        return None
    try:
        kind = NotificationKind(kind_part)
    except ValueError:
        return None
    expected = _signature(int(user_part), kind.value)
    if not hmac.compare_digest(expected, signature):
        return None
    return int(user_part), kind


# --------------------------------------------------------------------------- account links


class TokenProblem(enum.StrEnum):
    INVALID = "invalid"  # never issued, or altered
    USED = "used"
    EXPIRED = "expired"


@dataclasses.dataclass(frozen=True)
class Redeemed:
    token: AccountToken
    user: User


def _hash(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


def issue(
    session: Session,
    *,
    user: User,
    purpose: AccountTokenPurpose,
    new_email: str = "",
    now: datetime | None = None,
) -> str:
    """A new link's secret (only its hash is stored). A confirmation or
    address-change link ends the member's earlier ones of the same purpose;
    reset links live side by side until their hour is up, so someone asking
    again and again for the owner's address cannot spoil the link the owner is
    about to use (each mail goes to the owner anyway)."""
    now = now or utcnow()
    if purpose != AccountTokenPurpose.RESET:
        session.execute(
            sa.update(AccountToken)
            .where(
                col(AccountToken.user_id) == user.id,
                col(AccountToken.purpose) == purpose,
                col(AccountToken.used_at).is_(None),
            )
            .values(used_at=now)
        )
    raw = secrets.token_urlsafe(32)
    session.add(
        AccountToken(
            user_id=user.id or 0,
            purpose=purpose,
            token_hash=_hash(raw),
            new_email=new_email,
            created_at=now,
            expires_at=now + LIFETIMES[purpose],
        )
    )
    session.flush()
    return raw


def spend_all(session: Session, *, user_id: int, now: datetime) -> None:
    """Every unused link of the member stops working."""
    session.execute(
        sa.update(AccountToken)
        .where(col(AccountToken.user_id) == user_id, col(AccountToken.used_at).is_(None))
        .values(used_at=now)
    )


def check(
    session: Session, *, raw: str, purpose: AccountTokenPurpose, now: datetime | None = None
) -> Redeemed | TokenProblem:
    """What a link's secret is worth now, without using it."""
    now = now or utcnow()
    if not isinstance(raw, str) or not raw or len(raw) > MAX_TOKEN_LENGTH:
        return TokenProblem.INVALID
    row = session.exec(
        select(AccountToken).where(
            AccountToken.token_hash == _hash(raw), AccountToken.purpose == purpose
        )
    ).first()
    if row is None:
        return TokenProblem.INVALID
    user = session.get(User, row.user_id)
    if user is None or not user.is_active:
        return TokenProblem.INVALID
    if row.used_at is not None:
        return TokenProblem.USED
    if now >= row.expires_at:
        return TokenProblem.EXPIRED
    return Redeemed(token=row, user=user)


def redeem(
    session: Session, *, raw: str, purpose: AccountTokenPurpose, now: datetime | None = None
) -> Redeemed | TokenProblem:
    """Use a link: once. On PostgreSQL the row is locked, so two clicks at the
    same moment cannot both pass."""
    now = now or utcnow()
    found = check(session, raw=raw, purpose=purpose, now=now)
    if isinstance(found, TokenProblem):
        return found
    claimed = session.execute(
        sa.update(AccountToken)
        .where(col(AccountToken.id) == found.token.id, col(AccountToken.used_at).is_(None))
        .values(used_at=now)
    )
    if claimed.rowcount != 1:  # type: ignore[attr-defined]
        return TokenProblem.USED
    session.refresh(found.token)
    return found
