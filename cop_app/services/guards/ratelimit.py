"""One limiter for every write a member makes, shared by every worker.

Each kind of write (posting, editing, reacting, joining, ...) has an allowance
per member and a larger one per client address (several members may share an
office's address). The state is one row per key in the ``rate_limit`` table,
read and updated inside the write's own transaction: a refused or failed write
leaves the allowance as it was, and on PostgreSQL the row lock makes the
workers take turns, so two workers together never allow more than the limit.

The rule is the generic cell rate algorithm (GCRA): an allowance of ``count``
writes per ``window`` refills one write every ``window / count`` seconds, and
a burst of up to ``count`` writes is accepted at once. Unlike a fixed window it
never lets twice the limit through around a window's edge.

Limits are configurable with ``COP_RATE_LIMITS``, e.g. ``post=20/600,reaction=60/600``
(``<kind>=<count>/<seconds>``), and ``COP_RATE_LIMIT_CLIENT_FACTOR`` (default 5).
"""

from __future__ import annotations

import dataclasses
import enum
import math
import os
import time
from collections.abc import Mapping

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session

from cop_app.models import RateLimit
from cop_app.services.guards.authz import ServiceError


class WriteKind(enum.StrEnum):
    POST = "post"  # a new thread or reply
    EDIT = "edit"  # rewriting or deleting one's own post
    REACTION = "reaction"  # "helpful", given or taken back
    JOIN = "join"  # joining, asking to join, leaving, choosing communities
    PROFILE = "profile"  # one's own profile and onboarding answers
    MODERATION = "moderation"  # pin, lock, hide, move, accept, assign, join decisions
    SETTINGS = "settings"  # community and site configuration, ratings, roles
    SESSION = "session"  # ending one's sessions
    PREFERENCE = "preference"  # watching levels, notifications marked read
    ACCOUNT_MAIL = "account_mail"  # reset links, confirmations, address changes asked for
    # Later: MESSAGE (private messages), UPLOAD (files).


#: kind -> (writes, seconds) per member; a client gets CLIENT_FACTOR times as many.
DEFAULT_LIMITS: Mapping[WriteKind, tuple[int, int]] = {
    WriteKind.POST: (20, 600),
    WriteKind.EDIT: (30, 600),
    WriteKind.REACTION: (60, 600),
    WriteKind.JOIN: (20, 3600),
    WriteKind.PROFILE: (60, 600),
    WriteKind.MODERATION: (120, 600),
    WriteKind.SETTINGS: (60, 600),
    WriteKind.SESSION: (30, 600),
    WriteKind.PREFERENCE: (300, 600),
    WriteKind.ACCOUNT_MAIL: (5, 3600),
}
DEFAULT_CLIENT_FACTOR = 5
MAX_KEY_CLIENT = 64


class RateLimitedError(ServiceError):
    """Too many writes of one kind: try again later (nothing was saved)."""

    def __init__(self, kind: WriteKind, retry_after_s: int) -> None:
        self.kind, self.retry_after_s = kind, retry_after_s
        wait = (
            f"{retry_after_s} seconds"
            if retry_after_s < 120
            else f"{math.ceil(retry_after_s / 60)} minutes"
        )
        super().__init__(
            f"You are doing this faster than the site allows. Wait {wait}, then try again; "
            "what you typed is still here."
        )


@dataclasses.dataclass(frozen=True)
class Limit:
    """Which allowance a write draws on: its kind, the member and their client."""

    kind: WriteKind
    user_id: int | None
    client: str = ""
    # An account named by address (keyed hash), signed in or not: a reset asked
    # for an address counts against it whether it has an account or not.
    account: str = ""


def parse_limits(raw: str) -> dict[WriteKind, tuple[int, int]]:
    """``post=20/600,reaction=60/600`` -> limits; unknown or malformed parts raise."""
    limits: dict[WriteKind, tuple[int, int]] = {}
    for part in filter(None, (p.strip() for p in raw.split(","))):
        name, _, rule = part.partition("=")
        count, _, seconds = rule.partition("/")
        try:
            kind, n, s = WriteKind(name.strip()), int(count), int(seconds)
        except ValueError as exc:
            msg = f"COP_RATE_LIMITS: cannot read {part!r} (want kind=count/seconds)"
            raise ValueError(msg) from exc
        if n < 1 or s < 1:
            msg = f"COP_RATE_LIMITS: {part!r} needs a positive count and window"
            raise ValueError(msg)
        limits[kind] = (n, s)
    return limits


def configured_limits() -> dict[WriteKind, tuple[int, int]]:
    return {**DEFAULT_LIMITS, **parse_limits(os.environ.get("COP_RATE_LIMITS", ""))}


def client_factor() -> int:
    return max(1, int(os.environ.get("COP_RATE_LIMIT_CLIENT_FACTOR", DEFAULT_CLIENT_FACTOR)))


def _keys(limit: Limit) -> list[tuple[str, int]]:
    """(key, multiplier) for each allowance the write draws on."""
    keys = []
    if limit.user_id is not None:
        keys.append((f"{limit.kind.value}:user:{int(limit.user_id)}", 1))
    if limit.account:
        keys.append((f"{limit.kind.value}:account:{limit.account[:64]}", 1))
    if limit.client:
        keys.append((f"{limit.kind.value}:client:{limit.client[:MAX_KEY_CLIENT]}", client_factor()))
    return keys


def _lock_row(session: Session, key: str) -> float:
    """The key's stored time, its row created when missing and locked until the
    transaction ends (one statement: an upsert that returns the row)."""
    table = RateLimit.__table__  # type: ignore[attr-defined]
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = insert(table).values(key=key, allowed_at=0.0)
    statement = statement.on_conflict_do_update(
        index_elements=["key"], set_={"allowed_at": table.c.allowed_at}
    ).returning(table.c.allowed_at)
    return float(session.execute(statement).scalar_one())


def check_and_count(session: Session, *, limit: Limit, now: float | None = None) -> None:
    """Draw one write from each allowance, or raise :class:`RateLimitedError`
    (drawing nothing). Call inside the write's transaction, before the write."""
    now = time.time() if now is None else now
    count, window = configured_limits()[limit.kind]
    table = RateLimit.__table__  # type: ignore[attr-defined]
    updates: list[tuple[str, float]] = []
    wait = 0.0
    for key, factor in _keys(limit):
        interval = window / (count * factor)
        tolerance = window - interval  # a full allowance may be used at once
        allowed_at = max(_lock_row(session, key), now)
        if allowed_at - now > tolerance:
            wait = max(wait, allowed_at - now - tolerance)
        updates.append((key, allowed_at + interval))
    if wait > 0:
        raise RateLimitedError(limit.kind, max(1, math.ceil(wait)))
    for key, allowed_at in updates:
        session.execute(sa.update(table).where(table.c.key == key).values(allowed_at=allowed_at))


def do_forget_idle(session: Session, *, now: float | None = None) -> int:
    """Delete keys whose allowance is full again (their row says nothing)."""
    now = time.time() if now is None else now
    table = RateLimit.__table__  # type: ignore[attr-defined]
    return session.execute(sa.delete(table).where(table.c.allowed_at < now)).rowcount or 0
