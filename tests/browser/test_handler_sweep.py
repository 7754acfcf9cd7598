"""Every public event handler, called over the real websocket with arbitrary arguments.

Issue 3, acceptance 2: "A test enumerates every public event handler of every
state class and calls each as an anonymous user and as a plain member with
arbitrary arguments; every privileged one refuses and changes nothing in the
database. New handlers added later are covered automatically."

How it works
------------
* Enumeration (:func:`sweep_handlers`), at test time: import the app (every
  page and state registers), walk every subclass of ``rx.State`` recursively,
  Reflex's own internal states included, and take every entry of
  ``cls.event_handlers`` whose name does not start with ``_`` (Reflex's
  built-in ``setvar`` too: the browser can send it). The event name is what
  the browser sends: ``<cls.get_full_name()>.<handler>``. A meta-test checks
  the list against the app's own dispatch table.
* Calls: one websocket per identity (anonymous; member@example.org with its
  session cookie), kept for the whole sweep. Each handler is called with no
  payload and with argument sets built from its signature: hostile strings,
  ints (including ids of other members' sessions, join requests, memberships,
  threads and users read from the database), None, booleans, dicts (form
  dicts with the form fields' keys) and lists. Each call runs in the router
  context of the page that loads the handler's state (``/c/<selective
  community>/requests`` for ``JoinRequestsState``), so path-dependent checks
  run for real.
* Checking: the database (every table, one SELECT each, sorted by primary
  key) is compared before and after each call; the call is finished when the
  socket client's sentinel comes back (see ``socket_client.py``), and what is
  written after that, until the next call is sent, is checked against the same
  call's rule (a call that wrote also waits out the socket's quiet period). Only
  :data:`IGNORED_CHANGES` may change for anyone. Handlers in :data:`RULES`
  marked ``OWN_ROWS`` may change the caller's own rows (or a brand-new
  account's); ``MEMBER_ACTS`` ones may also join a community as a plain member
  (only pending when selective) and post where the caller is an active member;
  every other handler, including any handler added later, must change nothing
  at all. No reply (error toasts included) may carry a password hash, a
  session token, a hand-off code or a stored session hash.
* Afterwards the sweep puts back what it legitimately changed for the member
  (profile, onboarding draft and funnel events) and deletes the auth_event rows
  it caused, so the brute-force counters of later browser tests start clean.
"""

from __future__ import annotations

import dataclasses
import inspect
import itertools
import json
import re
import secrets
import time
import types
import typing
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import reflex as rx

from tests.browser.dbread import ReadOnlyDb
from tests.browser.socket_client import (
    NO_PAYLOAD,
    AppSocket,
    Message,
    SocketClosedError,
    Ticket,
    open_session,
)

pytestmark = pytest.mark.browser

DEMO_PASSWORD = "practice-makes-perfect"
ADMIN_EMAIL = "admin@example.org"
LEAD_EMAIL = "lead@example.org"
MEMBER_EMAIL = "member@example.org"

# --------------------------------------------------------------------------- the rules

STRICT = "strict: changes nothing in the database, whoever calls it"
OWN_ROWS = "own rows: may change the caller's own rows (or a new account's), nobody else's"
MEMBER_ACTS = (
    "member acts: own rows, plus joining a community as a plain member (pending if it is"
    " selective) and posting where the caller is an active member"
)

ACCOUNT_MAIL = (
    "account mail: may queue account mail (a reset link) for any address, with its"
    " single-use link; the same answer is given whether the address has an account"
)

#: The one classification of handlers, by ``StateClass.handler``. Anything not
#: listed (every handler added later included) is STRICT. A handler that
#: legitimately writes for an anonymous visitor or a plain member must be added
#: here on purpose, with the reason.
RULES: dict[str, str] = {
    # The caller ends their own session (and the browser drops its cookie).
    "AuthState.sign_out": OWN_ROWS,
    # The caller ends one of their own sessions, or all of them but this one.
    "SessionsState.end": OWN_ROWS,
    "SessionsState.end_others": OWN_ROWS,
    # A member edits their own profile (display name, profile, expertise tags).
    "ProfileState.save": OWN_ROWS,
    # Creating an account writes the new account's rows (user, profile, session).
    "SignupState.submit": OWN_ROWS,
    # The onboarding wizard keeps the member's own draft, profile and expertise,
    # and logs the member's own funnel events (activity rows without a community).
    "OnboardingState.load": OWN_ROWS,
    "OnboardingState.back": OWN_ROWS,
    "OnboardingState.start": OWN_ROWS,
    "OnboardingState.save_about": OWN_ROWS,
    "OnboardingState.save_expertise": OWN_ROWS,
    "OnboardingState.save_focus": OWN_ROWS,
    "OnboardingState.finish": OWN_ROWS,
    # ... joins the communities the member picked (requests for selective ones)
    # and posts a first question or introduction.
    "OnboardingState.choose": MEMBER_ACTS,
    "OnboardingState.post_first": MEMBER_ACTS,
    # Joining a community from its page (a request when it is selective).
    "CommunityState.join": MEMBER_ACTS,
    # A member marks their own notifications read (opening a thread does too,
    # and records how far they read it), and chooses how closely they follow a
    # thread, a community or a focus area: their own rows only.
    "NotificationsState.mark_read": OWN_ROWS,
    "NotificationsState.mark_all_read": OWN_ROWS,
    "ThreadState.load": OWN_ROWS,
    "ThreadState.set_watch": OWN_ROWS,
    "CommunityState.set_watch": OWN_ROWS,
    # A member's own mail choices, and an address change asked
    # (which needs their current password: never sent here).
    "MailPrefsState.save": OWN_ROWS,
    "MailPrefsState.change_address": OWN_ROWS,
    # "Forgot your password?": anyone may ask for any address (rate-limited).
    "ForgotState.submit": ACCOUNT_MAIL,
    # Mailed links need their token, which this sweep never has.
    "ResetState.submit": STRICT,
    "ConfirmState.open": STRICT,
    "ConfirmState.confirm": STRICT,
    "UnsubscribeState.confirm": STRICT,
    "MailLogState.open_message": STRICT,
    # Privileged: listed for the record, the default rule is the same.
    "AdminState.load": STRICT,
    "JoinRequestsState.load": STRICT,
    "JoinRequestsState.decide": STRICT,
    # A failed sign-in writes only auth_event rows (ignored below); a
    # successful one needs the right password, which this sweep never sends.
    "LoginState.submit": STRICT,
}

#: What may change in the database for any caller. Keep this tiny.
IGNORED_CHANGES: dict[str, set[str] | None] = {
    # Every sign-in attempt and account creation is logged by design: the
    # brute-force protection and the sign-up rate limit count these rows.
    # (None: the whole table.)
    "auth_event": None,
    # The write limiter's own bookkeeping: a write that goes through draws on
    # the caller's allowance (a refused one rolls back and draws nothing).
    "rate_limit": None,
    # A session in use is marked seen (at most once a minute), and so is its user.
    "user_session": {"last_seen_at"},
    "user_account": {"last_seen_at"},
    # The sender works through queued mail in the background (composes a
    # thread's gathered mail when its window closes, marks mail sent): what it
    # does lands whenever it does. Which mail is queued at all is checked.
    "mail_message": {
        "status",
        "detail",
        "attempts",
        "run_after",
        "claimed_until",
        "sent_at",
        "local",
        "body_text",
        "body_html",
        "subject",
        "headers",
        "gather_key",
        "kind",
        "to_address",
    },
}

#: OWN_ROWS: the tables a caller owns rows of, and the column that says whose
#: row it is. Rows of any other table may not change.
OWNER_COLUMN: dict[str, str] = {
    "user_account": "id",
    "member_profile": "user_id",
    "member_expertise": "user_id",
    "user_session": "user_id",
    "onboarding_draft": "user_id",
    "activity_event": "actor_id",  # only the funnel's, without a community (see below)
    "notification": "user_id",  # marked read
    "watch": "user_id",  # a watching level
    "thread_read": "user_id",  # how far a thread was read
    "mail_preference": "user_id",  # what reaches them by email
    "account_token": "user_id",  # a confirmation link sent again
    "mail_message": "user_id",  # ... and its mail
}

#: MEMBER_ACTS, on top of OWN_ROWS: rows the caller makes by acting in a
#: community, each checked further in :func:`forbidden`, and the counters
#: kept on the community row.
ACTED_COLUMN: dict[str, str] = {
    "membership": "user_id",  # joined as a plain member; pending when selective
    "thread": "author_id",  # only where the caller is an active member
    "post": "author_id",  # idem
    "activity_event": "actor_id",  # any community
}
COMMUNITY_COUNTERS = {"member_count", "thread_count", "last_activity_at"}

#: States left out of the sweep, by full name, with the reason. Mixins
#: (``_mixin = True``: ComponentState, SharedState) are skipped because they
#: are not in the app's state tree and the server cannot dispatch to them.
EXCLUDED_STATES: dict[str, str] = {}

#: Modules whose states the app can contain. Test modules that define their
#: own states (other test files in the same run) are not part of the app.
APP_MODULE_PREFIXES = ("cop_app", "reflex")

# --------------------------------------------------------------------------- hostile values

XSS = "<script>alert(1)</script>"
STRINGS = [XSS, "' OR 1=1 --", "../../etc/passwd", "x" * 10_240, "", ADMIN_EMAIL]
PLAIN_INTS = [0, -1, 2**62, 10**30]
LISTS: list[Any] = [[], [1, 2, 3], [XSS], [{"id": 1, "approve": True}]]
MAX_COMBINATIONS = 40  # per handler, of the values chosen by annotation


@dataclasses.dataclass(frozen=True)
class Handler:
    short: str  # "JoinRequestsState.decide"
    name: str  # the full event name the browser sends
    cls: type[rx.State]
    fn: Callable[..., Any]
    path: str  # router context for the call

    @property
    def rule(self) -> str:
        return RULES.get(self.short, RULES.get(self.name, STRICT))


# --------------------------------------------------------------------------- enumeration


def _walk(cls: type) -> Iterator[type]:
    yield cls
    for sub in cls.__subclasses__():
        yield from _walk(sub)


def app_states() -> list[type[rx.State]]:
    """Every state class of the app, Reflex's internal ones included."""
    import cop_app.cop_app  # noqa: F401  (registers every page and state)

    seen: dict[str, type[rx.State]] = {}
    for cls in _walk(rx.State):
        if getattr(cls, "_mixin", False):
            continue
        if not cls.__module__.startswith(APP_MODULE_PREFIXES):
            continue
        name = cls.get_full_name()
        if name in EXCLUDED_STATES:
            continue
        seen.setdefault(name, cls)
    return list(seen.values())


def _page_routes() -> dict[str, str]:
    """State full name -> the first route (sorted) whose on_load uses that state."""
    from cop_app.cop_app import app  # it adds every page (cop_app.py)

    routes: dict[str, list[str]] = {}
    for page in app._unevaluated_pages.values():
        on_load = page.on_load or []
        for ev in on_load if isinstance(on_load, list | tuple) else [on_load]:
            handler = getattr(ev, "handler", ev)
            state_name = getattr(handler, "state_full_name", "")
            if state_name:
                routes.setdefault(state_name, []).append(str(page.route or "/"))
    return {name: sorted(found)[0] for name, found in routes.items()}


def concrete_path(route: str, params: dict[str, str]) -> str:
    """'/c/[slug]/t/[thread_id]' -> '/c/urban/t/12' with values read from the database."""
    path = "/" + route.strip("/") if route not in ("", "index") else "/"
    return re.sub(r"\[(\w+)\]", lambda m: params[m.group(1)], path)


def sweep_handlers(route_params: dict[str, str] | None = None) -> list[Handler]:
    """Every public event handler of every state, with the page context to call it in."""
    routes = _page_routes()
    params = route_params or {}
    found: list[Handler] = []
    for cls in app_states():
        state_name = cls.get_full_name()
        route = routes.get(state_name, "/")
        try:
            path = concrete_path(route, params)
        except KeyError:
            path = "/"
        for name, handler in sorted(cls.event_handlers.items()):
            if name.startswith("_"):
                continue
            found.append(
                Handler(
                    short=f"{cls.__name__}.{name}",
                    name=f"{state_name}.{name}",
                    cls=cls,
                    fn=handler.fn,
                    path=path,
                )
            )
    return found


# --------------------------------------------------------------------------- the database


#: Every watched table's rows by primary key: ``{table: {key: row}}``.
Snapshot = dict[str, dict[tuple, tuple]]


class DbWatch:
    """Snapshots of every table of the app's database, one SELECT per table.

    The database is SQLite (embedded profile) or PostgreSQL (scale-out profile),
    read through :class:`~tests.browser.dbread.ReadOnlyDb`. On SQLite its
    change counter (``PRAGMA data_version``) moves whenever anything may have
    been committed, so an unchanged version reuses the last snapshot. On
    PostgreSQL (whose WAL position moves for any activity) a per-table
    fingerprint of the row versions then says which tables moved; only those
    are read again.
    """

    def __init__(self, db_url: str) -> None:
        self.conn = ReadOnlyDb(db_url)
        self.columns: dict[str, list[str]] = {}
        self.keys: dict[str, list[int]] = {}
        self.queries: dict[str, str] = {}
        for table in self.conn.tables():
            ignored = IGNORED_CHANGES.get(table, set())
            if ignored is None:
                continue
            cols = [c for c in self.conn.columns(table) if c not in ignored]
            pk = self.conn.primary_key(table)
            self.columns[table] = cols
            self.keys[table] = [cols.index(name) for name in pk] or list(range(len(cols)))
            col_list = ", ".join(f'"{c}"' for c in cols)
            # Names from the database's own catalog, not from input.
            self.queries[table] = f'SELECT {col_list} FROM "{table}"'  # noqa: S608
        assert self.queries, f"no table found in {db_url}"
        self._version: Any = None
        self._snap: Snapshot | None = None
        # PostgreSQL: its change counter (the WAL insert position) moves with
        # any activity in the cluster. When it moved, one query gives every
        # table's fingerprint (its row count and the sum of a 64-bit hash of
        # each row version's (xmin, ctid): any insert, update or delete makes a
        # row version that was not there) and only the tables whose fingerprint
        # moved are read again, row by row.
        self._prints: dict[str, tuple] = {}
        self.fingerprint_query = ""
        if self.conn.is_postgres:
            self.fingerprint_query = " UNION ALL ".join(
                f"SELECT '{table}', count(*),"  # noqa: S608 (names from the catalog)
                f" coalesce(sum(hashtextextended(xmin::text || ctid::text, 0)), 0)"
                f' FROM "{table}"'
                for table in self.columns
            )

    def version(self) -> Any:
        return self.conn.version()

    def _read(self, table: str) -> dict[tuple, tuple]:
        key_idx = self.keys[table]
        rows: dict[tuple, tuple] = {}
        for row in self.conn.execute(self.queries[table]):
            key = tuple(row[i] for i in key_idx)
            if key in rows:  # no primary key and a duplicate row
                key = (*key, len(rows))
            rows[key] = tuple(row)
        return rows

    def _fingerprints(self) -> dict[str, tuple]:
        return {str(t): (n, h) for t, n, h in self.conn.execute(self.fingerprint_query)}

    def snapshot(self) -> Snapshot:
        """Every watched table's rows, as they are now (a new dict when anything moved)."""
        if self.fingerprint_query:
            return self._snapshot_by_fingerprint()
        version = self.version()
        if self._snap is None or version != self._version:
            self._snap = {table: self._read(table) for table in self.queries}
            self._version = version
        return self._snap

    def _snapshot_by_fingerprint(self) -> Snapshot:
        version = self.version()
        if self._snap is not None and version == self._version:
            return self._snap
        if self._snap is not None and self._fingerprints() == self._prints:
            self._version = version
            return self._snap
        # Something moved: the fingerprints and the re-read tables come from
        # one consistent view, so each cached table matches its fingerprint.
        self.conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        try:
            prints = self._fingerprints()
            snap = dict(self._snap or {})
            for table in self.queries:
                if table not in snap or prints.get(table) != self._prints.get(table):
                    snap[table] = self._read(table)
        finally:
            self.conn.execute("COMMIT")
        self._snap, self._prints, self._version = snap, prints, version
        return snap

    def scalar(self, sql: str, *args: Any) -> Any:
        return self.conn.scalar(sql, *args)

    def column(self, sql: str, *args: Any) -> list[Any]:
        return self.conn.column(sql, *args)


@dataclasses.dataclass(frozen=True)
class Change:
    table: str
    key: tuple
    before: tuple | None
    after: tuple | None

    def describe(self, columns: list[str]) -> str:
        def show(row: tuple | None) -> str:
            if row is None:
                return "-"
            return (
                "{"
                + ", ".join(f"{c}={_short(v, 60)}" for c, v in zip(columns, row, strict=True))
                + "}"
            )

        if self.before is None:
            return f"{self.table} INSERT {show(self.after)}"
        if self.after is None:
            return f"{self.table} DELETE {show(self.before)}"
        diffs = [
            f"{c}: {_short(b, 60)} -> {_short(a, 60)}"
            for c, b, a in zip(columns, self.before, self.after, strict=True)
            if a != b
        ]
        return f"{self.table} UPDATE key={self.key} " + "; ".join(diffs)


def diff(
    before: dict[str, dict[tuple, tuple]], after: dict[str, dict[tuple, tuple]]
) -> list[Change]:
    changes: list[Change] = []
    if after is before:  # the same snapshot (the database did not move)
        return changes
    for table, rows_after in after.items():
        rows_before = before.get(table, {})
        if rows_after is rows_before or rows_after == rows_before:
            continue
        for key in rows_before.keys() | rows_after.keys():
            b, a = rows_before.get(key), rows_after.get(key)
            if a != b:
                changes.append(Change(table, key, b, a))
    return changes


def forbidden(
    changes: list[Change],
    rule: str,
    caller_id: int | None,
    db: DbWatch,
    after: dict[str, dict[tuple, tuple]],
) -> list[Change]:
    """The changes the rule does not allow (``after``: the database after the call)."""

    def val(table: str, row: tuple, column: str) -> Any:
        return row[db.columns[table].index(column)]

    if rule == ACCOUNT_MAIL:
        return [
            c
            for c in changes
            if not (
                c.table == "account_token"
                or (
                    c.table == "mail_message"
                    and c.before is None
                    and c.after is not None
                    and val("mail_message", c.after, "private") in (True, 1)
                )
            )
        ]
    if rule not in (OWN_ROWS, MEMBER_ACTS):
        return changes

    new_accounts = {
        val("user_account", c.after, "id")
        for c in changes
        if c.table == "user_account" and c.before is None and c.after is not None
    }
    callers = new_accounts | ({caller_id} if caller_id is not None else set())

    def community(community_id: Any) -> tuple | None:
        return after.get("community", {}).get((community_id,))

    def active_member(user_id: Any, community_id: Any) -> bool:
        return any(
            val("membership", m, "user_id") == user_id
            and val("membership", m, "community_id") == community_id
            and val("membership", m, "status") == "active"
            for m in after.get("membership", {}).values()
        )

    def acted_ok(c: Change) -> bool:
        """MEMBER_ACTS: a row the caller made by acting in a community, as a plain member."""
        row = c.after
        if row is None:  # deleting memberships, threads or posts is not a member's act here
            return False
        if c.table == "membership":
            place = community(val("membership", row, "community_id"))
            selective = place is not None and val("community", place, "openness") == "selective"
            was_active = c.before is not None and val("membership", c.before, "status") == "active"
            status = val("membership", row, "status")
            return val("membership", row, "role") == "member" and (
                not selective
                or status in ("pending", "left")
                or (was_active and status == "active")
            )
        if c.table == "thread":
            return active_member(
                val("thread", row, "author_id"), val("thread", row, "community_id")
            )
        if c.table == "post":
            thread = after.get("thread", {}).get((val("post", row, "thread_id"),))
            return thread is not None and active_member(
                val("post", row, "author_id"), val("thread", thread, "community_id")
            )
        return c.table == "activity_event"

    bad = []
    for c in changes:
        rows = [r for r in (c.before, c.after) if r is not None]
        if rule == MEMBER_ACTS and c.table == "community" and c.before and c.after:
            changed = {
                col
                for col, b, a in zip(db.columns["community"], c.before, c.after, strict=True)
                if a != b
            }
            if changed <= COMMUNITY_COUNTERS:
                continue
        if rule == MEMBER_ACTS and c.table in ACTED_COLUMN:
            owner = ACTED_COLUMN[c.table]
            if {val(c.table, r, owner) for r in rows} <= callers and acted_ok(c):
                continue
        owner = OWNER_COLUMN.get(c.table)
        own = owner is not None and {val(c.table, r, owner) for r in rows} <= callers
        # A community's activity is a member's act (MEMBER_ACTS), not an own row.
        funnel_only = c.table != "activity_event" or all(
            val("activity_event", r, "community_id") is None for r in rows
        )
        if not (own and funnel_only):
            bad.append(c)
    return bad


# --------------------------------------------------------------------------- the world


@dataclasses.dataclass
class World:
    """What the sweep knows about the demo database, and the sessions it opened."""

    db_url: str
    member_id: int
    lead_id: int
    admin_id: int
    selective_slug: str
    thread_id: int
    pending_ids: list[int]  # pending join requests, the selective community's first
    other_membership_ids: list[int]  # other members' active memberships
    other_thread_ids: list[int]
    other_sessions: list[Ticket]  # live sessions of the lead and the admin
    member_profile_form: Any  # the member's profile before the sweep (ProfileForm)
    member: Ticket | None = None  # the member's current session
    member_spare: Ticket | None = None  # another session of the member's, to end
    issued: list[Ticket] = dataclasses.field(default_factory=list)  # every session opened

    def sign_in(self, email: str) -> Ticket:
        ticket = open_session(self.db_url, email, DEMO_PASSWORD)
        self.issued.append(ticket)
        return ticket

    @property
    def route_params(self) -> dict[str, str]:
        return {"slug": self.selective_slug, "thread_id": str(self.thread_id)}

    def ints(self) -> list[int]:
        ids = [
            *self.pending_ids[:3],
            *self.other_membership_ids[:2],
            *self.other_thread_ids[:2],
            *(t.session_id for t in self.other_sessions),
            self.admin_id,
            self.lead_id,
        ]
        return list(dict.fromkeys([*PLAIN_INTS, *ids]))

    def dicts(self) -> list[dict[str, Any]]:
        pending = self.pending_ids[0] if self.pending_ids else 1
        hostile_form = {
            "email": ADMIN_EMAIL,
            "password": "x",
            "display_name": "<b>x</b>",
            "org_type": "bogus",
            "organisation": XSS,
            "discipline": "' OR 1=1 --",
            "region": "../../etc/passwd",
            "bio": "x" * 10_240,
            "can_help": "a, b",
            "looking_for": XSS,
            "lang_en": "on",
            "focus_learning": "on",
            "membership_id": pending,
            "approve": True,
            "session_id": self.other_sessions[0].session_id,
            "user_id": self.admin_id,
            "id": self.admin_id,
            "slug": self.selective_slug,
            "is_site_admin": True,
            "role": "lead",
        }
        # A well-formed profile that names another user: for the member it is a
        # valid save of their OWN profile; nobody else's row may change.
        hijack = {
            "user_id": self.admin_id,
            "id": self.admin_id,
            "display_name": "Taken Over",
            "organisation": "Elsewhere",
            "org_type": "ngo",
            "discipline": "security",
            "region": "Nowhere",
            "can_help": "auditing",
            "looking_for": "access",
            "bio": "hijack attempt",
            "lang_en": "on",
        }
        # Well-formed, but for a selective community the member is not in:
        # posting there and joining it without review must be refused.
        slug = self.selective_slug
        intrusion = {
            "community": slug,
            "kind": "question",
            "title": "How do other cities run participatory budgeting?",
            "body": "We are starting a pilot and would value examples from your work.",
            f"pick_{slug}": "on",
            f"motivation_{slug}": "I work on public spaces.",
            "tag": "public spaces",
        }
        junk = {"__proto__": {"is_site_admin": True}, "constructor": {"x": [1, None]}, "": None}
        return [hostile_form, hijack, intrusion, junk]

    def valid_payloads(self, handler: Handler) -> list[dict[str, Any]]:
        """Well-formed arguments for the OWN_ROWS handlers (a real edit, a real sign-up)."""
        params = _params(handler.fn)
        if handler.short == "ProfileState.save" and params:
            form = profile_payload(self.member_profile_form, bio="Edited by the handler sweep.")
            return [{params[0]: form}]
        if handler.short == "SignupState.submit" and params:
            form = {
                "email": f"sweep-{secrets.token_hex(4)}@example.net",
                "display_name": "Sweep Tester",
                "password": f"sweep {secrets.token_urlsafe(18)}",
            }
            return [{params[0]: form}]
        if handler.short == "SessionsState.end" and params:
            own = [t.session_id for t in (self.member_spare, self.member) if t is not None]
            return [{params[0]: sid} for sid in own]
        return []


def profile_payload(form: Any, **changes: Any) -> dict[str, Any]:
    """The profile form as the browser submits it (checkboxes as lang_xx / focus_xx)."""
    data: dict[str, Any] = {
        "display_name": form.display_name,
        "organisation": form.organisation,
        "org_type": form.org_type,
        "discipline": form.discipline,
        "region": form.region,
        "can_help": ", ".join(form.can_help),
        "looking_for": ", ".join(form.looking_for),
        "bio": form.bio,
    }
    data.update({f"lang_{code}": "on" for code in form.languages})
    data.update({f"focus_{code}": "on" for code in form.focus_interests})
    data.update(changes)
    return data


def _hints(fn: Callable[..., Any]) -> dict[str, Any]:
    try:
        return typing.get_type_hints(fn)
    except Exception:
        return {}


def _params(fn: Callable[..., Any]) -> list[str]:
    return [
        p.name
        for p in list(inspect.signature(fn).parameters.values())[1:]  # drop self
        if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
    ]


def _base_type(hint: Any) -> Any:
    """``int | None`` -> int, ``list[str]`` -> list, ``Any`` -> Any."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return _base_type(args[0]) if args else Any
    return origin or hint


def _own_fields(cls: type[rx.State]) -> list[str]:
    """The vars a state declares itself (backend ``_`` ones included)."""
    fields = getattr(cls, "__fields__", {}) or {}
    own = [name for name, f in fields.items() if getattr(f, "_owner", cls) is cls]
    return sorted({*own, "is_hydrated", "router_data", "_user_id"})


def _candidates(name: str, hint: Any, handler: Handler, world: World) -> list[Any]:
    """Arbitrary values for one parameter, chosen from its annotation."""
    if name == "var_name":  # Reflex's setvar: try every var of the state, private ones too
        return _own_fields(handler.cls)
    base = _base_type(hint)
    if base is bool:
        return [True, False]
    if base is int:
        return world.ints()
    if base is str:
        return STRINGS
    if base is dict:
        return world.dicts()
    if base is list:
        return LISTS
    return [XSS, 2**62, True, None]


def payloads(handler: Handler, world: World) -> list[Any]:
    """Every argument set to call ``handler`` with (NO_PAYLOAD: no payload at all)."""
    params = _params(handler.fn)
    hints = _hints(handler.fn)
    everything: list[Any] = [*STRINGS, *world.ints(), None, True, False, *world.dicts(), *LISTS]
    sets: list[Any] = [NO_PAYLOAD, {}]
    if params:
        # Every arbitrary value in every parameter at once.
        sets += [dict.fromkeys(params, value) for value in everything]
        # Values by annotation, combined across parameters (capped).
        pools = [_candidates(p, hints.get(p, Any), handler, world) for p in params]
        combos = itertools.islice(itertools.product(*pools), MAX_COMBINATIONS)
        sets += [dict(zip(params, combo, strict=True)) for combo in combos]
        # An argument the handler does not take.
        sets.append({params[0]: pools[0][0], "unexpected": XSS})
    else:
        sets.append({"unexpected": XSS})
    # Not a dict at all: what a crafted message can carry.
    sets += [[1, 2], XSS]
    sets += world.valid_payloads(handler)
    # Drop exact duplicates, keep the order.
    unique: dict[str, Any] = {}
    for s in sets:
        key = "NO_PAYLOAD" if s is NO_PAYLOAD else json.dumps(s, sort_keys=True)
        unique.setdefault(key, s)
    return list(unique.values())


def _short(value: Any, limit: int = 120) -> str:
    text = "NO_PAYLOAD" if value is NO_PAYLOAD else json.dumps(value, default=str)
    if len(text) > limit:
        text = text[: limit - 20] + f"...({len(text)} chars)"
    return text


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def db(app_url: str, app_env: dict[str, str]) -> Iterator[DbWatch]:
    watch = DbWatch(app_env["REFLEX_DB_URL"])
    first_event = watch.scalar("SELECT coalesce(max(id), 0) FROM auth_event")
    yield watch
    watch.conn.close()
    # Leave the brute-force counters as they were: the sweep's failed sign-ins
    # (5 lock an account) and sign-ups (5 per client per hour) must not lock
    # out the browser tests that run after it.
    import sqlalchemy as sa

    from cop_app.db import session_scope

    with session_scope(app_env["REFLEX_DB_URL"]) as session:
        session.execute(sa.text("DELETE FROM auth_event WHERE id > :first"), {"first": first_event})


@pytest.fixture(scope="module")
def world(db: DbWatch, app_env: dict[str, str]) -> Iterator[World]:
    from cop_app.db import session_scope
    from cop_app.models import User
    from cop_app.services.accounts import profiles

    db_url = app_env["REFLEX_DB_URL"]

    def user_id(email: str) -> int:
        found = db.scalar("SELECT id FROM user_account WHERE email = ?", email)
        assert found, f"demo account {email} missing"
        return int(found)

    member_id, lead_id, admin_id = user_id(MEMBER_EMAIL), user_id(LEAD_EMAIL), user_id(ADMIN_EMAIL)
    # The sweep needs a *plain* member: not a site admin, no lead/facilitator role.
    assert not db.scalar("SELECT is_site_admin FROM user_account WHERE id = ?", member_id)
    roles = db.column(
        "SELECT role FROM membership WHERE user_id = ? AND status = 'active'", member_id
    )
    assert not set(roles) & {"lead", "facilitator"}, f"{MEMBER_EMAIL} has roles {roles}"
    # A selective community, preferably one with pending join requests.
    selective = db.conn.execute(
        "SELECT c.slug, c.id FROM community c LEFT JOIN membership m"
        " ON m.community_id = c.id AND m.status = 'pending'"
        " WHERE c.openness = 'selective' GROUP BY c.id ORDER BY count(m.id) DESC, c.id"
    ).fetchone()
    assert selective, "the demo data has no selective community"
    slug, community_id = selective
    # The selective community's rows first (a CASE: sorting by a comparison
    # orders NULLs differently on SQLite and PostgreSQL).
    pending = db.column(
        "SELECT id FROM membership WHERE status = 'pending'"
        " ORDER BY CASE WHEN community_id = ? THEN 0 ELSE 1 END, id",
        community_id,
    )
    others = db.column(
        "SELECT id FROM membership WHERE status = 'active' AND user_id NOT IN (?)"
        " ORDER BY CASE WHEN community_id = ? THEN 0 ELSE 1 END, id LIMIT 4",
        member_id,
        community_id,
    )
    threads = db.column(
        "SELECT id FROM thread ORDER BY CASE WHEN community_id = ? THEN 0 ELSE 1 END, id LIMIT 4",
        community_id,
    )
    assert threads, "the demo data has no thread"
    with session_scope(db_url) as session:
        member = session.get(User, member_id)
        assert member is not None
        original_form = profiles.get_profile_form(session, user=member)
    w = World(
        db_url=db_url,
        member_id=member_id,
        lead_id=lead_id,
        admin_id=admin_id,
        selective_slug=str(slug),
        thread_id=int(threads[0]),
        pending_ids=[int(x) for x in pending],
        other_membership_ids=[int(x) for x in others],
        other_thread_ids=[int(x) for x in threads],
        other_sessions=[],
        member_profile_form=original_form,
    )
    w.other_sessions = [w.sign_in(LEAD_EMAIL), w.sign_in(ADMIN_EMAIL)]
    last_activity = db.scalar("SELECT coalesce(max(id), 0) FROM activity_event")
    last_membership = db.scalar("SELECT coalesce(max(id), 0) FROM membership")
    draft = db.conn.execute(
        "SELECT step, answers, updated_at, completed_at FROM onboarding_draft WHERE user_id = ?",
        (member_id,),
    ).fetchone()
    yield w
    # Put back what the sweep legitimately changed for the member: the profile,
    # the onboarding draft and the onboarding funnel's events.
    import sqlalchemy as sa

    with session_scope(db_url) as session:
        member = session.get(User, member_id)
        assert member is not None
        profiles.do_update_profile(session, user=member, form=original_form)
        session.execute(
            sa.text(
                "DELETE FROM activity_event WHERE id > :last AND actor_id = :member"
                " AND community_id IS NULL"
            ),
            {"last": last_activity, "member": member_id},
        )
        session.execute(
            sa.text("DELETE FROM onboarding_draft WHERE user_id = :member"), {"member": member_id}
        )
        # ... and the join requests it sent (and their events).
        session.execute(
            sa.text(
                "DELETE FROM activity_event WHERE id > :last AND actor_id = :member"
                " AND kind = 'join_requested'"
            ),
            {"last": last_activity, "member": member_id},
        )
        session.execute(
            sa.text(
                "DELETE FROM membership WHERE id > :last AND user_id = :member"
                " AND status = 'pending'"
            ),
            {"last": last_membership, "member": member_id},
        )
        if draft is not None:
            # ``answers`` is a JSON column: its text on SQLite, already decoded by
            # psycopg on PostgreSQL; written back through SQLAlchemy's JSON type.
            step, answers, updated, completed = draft
            if isinstance(answers, str):
                answers = json.loads(answers)
            session.execute(
                sa.text(
                    "INSERT INTO onboarding_draft (user_id, step, answers, updated_at,"
                    " completed_at) VALUES (:member, :step, :answers, :updated, :completed)"
                ).bindparams(sa.bindparam("answers", type_=sa.JSON)),
                {
                    "member": member_id,
                    "step": step,
                    "answers": answers,
                    "updated": updated,
                    "completed": completed,
                },
            )


@pytest.fixture(scope="module")
def handlers(world: World) -> list[Handler]:
    found = sweep_handlers(world.route_params)
    print(f"\n{len(found)} public event handlers swept:")
    for h in found:
        print(f"  {h.short:45} {h.rule.split(':')[0]:9} {h.path:28} {h.name}")
    return found


# --------------------------------------------------------------------------- identities


class Identity:
    """A caller: one socket for the whole sweep, re-signed-in when a handler signs it out."""

    def __init__(self, kind: str, app_url: str, world: World, db: DbWatch) -> None:
        self.kind, self.app_url, self.world, self.db = kind, app_url, world, db
        self.sock: AppSocket | None = None
        self.reconnects = 0
        self.messages: list[Message] = []  # everything every socket of this caller received

    @property
    def user_id(self) -> int | None:
        return self.world.member_id if self.kind == "member" else None

    def open(self) -> AppSocket:
        if self.sock is not None:
            self.sock.close()
            self.messages += self.sock.messages
        token = None
        if self.kind == "member":
            w = self.world
            w.member = w.sign_in(MEMBER_EMAIL)
            if w.member_spare is None or self._revoked(w.member_spare.session_id):
                w.member_spare = w.sign_in(MEMBER_EMAIL)
            token = w.member.token
        self.sock = AppSocket(self.app_url, session_token=token)
        self.sock.connect("/")
        signed_in = self.sock.var("auth_state", "signed_in")
        if self.kind == "member":
            assert signed_in is True, "the member's cookie did not sign the socket in"
        else:
            assert not signed_in
        return self.sock

    def _revoked(self, session_id: int) -> bool:
        return (
            self.db.scalar("SELECT revoked_at FROM user_session WHERE id = ?", session_id)
            is not None
        )

    def ensure(self) -> AppSocket:
        """The socket, reopened when it closed or the member's session was ended."""
        if self.sock is None or self.sock.closed:
            self.reconnects += 1
            return self.open()
        if (
            self.kind == "member"
            and self.world.member
            and self._revoked(self.world.member.session_id)
        ):
            self.reconnects += 1
            return self.open()
        return self.sock

    def close(self) -> None:
        if self.sock is not None:
            self.sock.close()
            self.messages += self.sock.messages
            self.sock = None


@pytest.fixture(params=["anonymous", "member"])
def identity(
    request: pytest.FixtureRequest, app_url: str, world: World, db: DbWatch
) -> Iterator[Identity]:
    who = Identity(request.param, app_url, world, db)
    who.open()
    yield who
    who.close()


# --------------------------------------------------------------------------- reading replies


def _functions(messages: list[Message]) -> list[str]:
    return [
        str(ev.get("payload", {}).get("function", ""))
        for m in messages
        for ev in m.events
        if ev.get("name") == "_call_function"
    ]


def error_toasts(messages: list[Message]) -> list[str]:
    return [f for f in _functions(messages) if "toast" in f and '"error"' in f]


def redirects(messages: list[Message]) -> list[str]:
    return [
        str(ev.get("payload", {}).get("path", ""))
        for m in messages
        for ev in m.events
        if ev.get("name") == "_redirect"
    ]


def backend_errors(messages: list[Message]) -> list[str]:
    """Reflex's own "An error occurred." toast: the handler raised."""
    return [f for f in error_toasts(messages) if "backend_error" in f]


def secrets_in(text: str, db: DbWatch, issued: list[Ticket]) -> list[str]:
    """Which secrets appear in ``text``: password hashes, session tokens and their hashes."""
    found = []
    for ticket in issued:
        if ticket.token in text:
            found.append(f"the session token of {ticket.email} (session {ticket.session_id})")
        if ticket.handoff_code in text:
            found.append(f"the hand-off code of {ticket.email} (session {ticket.session_id})")
    if "$argon2" in text:
        found.append("an argon2 password hash")
    hashes = db.column(
        "SELECT token_hash FROM user_session WHERE token_hash IS NOT NULL"
        " UNION SELECT handoff_hash FROM user_session WHERE handoff_hash IS NOT NULL"
    )
    found += [f"the stored session hash {h[:8]}..." for h in hashes if h in text]
    return found


# --------------------------------------------------------------------------- the tests

#: The socket's quiet period (``AppSocket.settle``'s default), waited after a
#: call that wrote and after the sweep's last call.
QUIET = 0.02
#: Said of changes that landed after a call's reply, before the next call.
LATE = " (written after its reply)"


def test_the_sweep_finds_every_handler(handlers: list[Handler]) -> None:
    """The enumeration cannot silently find nothing, and misses nothing the server dispatches."""
    from reflex_base.registry import RegistrationContext

    shorts = {h.short for h in handlers}
    assert len(handlers) > 10, shorts
    for name in (
        "AuthState.sign_out",
        "ProfileState.save",
        "JoinRequestsState.decide",
        "AdminState.load",
        "SessionsState.end",
        "LoginState.submit",
        "SignupState.submit",
    ):
        assert name in shorts, f"{name} was not enumerated"
    # Everything the app's own dispatch table holds is swept (mixins excepted).
    dispatch = {
        name
        for name in RegistrationContext.ensure_context().event_handlers
        if not name.rsplit(".", 1)[-1].startswith("_")
    }
    missing = dispatch - {h.name for h in handlers}
    assert not missing, f"handlers the server dispatches but the sweep skipped: {sorted(missing)}"
    # Every RULES entry names a real handler (a renamed handler must be re-classified).
    stale = {
        name for name in RULES if name not in shorts and name not in {h.name for h in handlers}
    }
    assert not stale, f"RULES names handlers that no longer exist: {sorted(stale)}"
    paths = {h.short: h.path for h in handlers}
    assert paths["JoinRequestsState.decide"].endswith("/requests")
    assert paths["AdminState.load"] == "/admin"


def test_every_handler_refuses_arbitrary_calls(
    identity: Identity, handlers: list[Handler], world: World, db: DbWatch
) -> None:
    """Each handler, many argument sets: nothing changes beyond what its rule allows."""
    violations: list[str] = []
    stats: Counter[str] = Counter()
    changed_by: Counter[str] = Counter()  # handler -> calls that changed (allowed) rows
    # App handlers that raised (Reflex's "An error occurred." toast) on arguments
    # they do take: not a security failure by itself, but worth a look.
    crashed: dict[str, list[str]] = {}
    started = time.monotonic()

    def check(call: str, handler: Handler, before: Snapshot, after: Snapshot, note: str) -> None:
        changes = diff(before, after)
        if not changes:
            return
        stats[f"calls that changed the db{note}"] += 1
        changed_by[handler.short] += 1
        violations.extend(
            f"{call}{note}: {change.describe(db.columns[change.table])}"
            for change in forbidden(changes, handler.rule, identity.user_id, db, after)
        )

    # The last call and the database as it was last checked after it. A call
    # waits for its sentinel (settle without its 20 ms quiet period, which was
    # most of the sweep's time; a call that wrote still gets it, below); the
    # database is checked again right before the next call is sent (and once
    # more at the end), so anything written after a call's reply, until the
    # next call, is checked against that call's rule: no write falls between
    # two checks.
    last: tuple[str, Handler, Snapshot] | None = None
    for handler in handlers:
        for payload in payloads(handler, world):
            if last is not None:
                check(*last, db.snapshot(), LATE)
                last = None
            sock = identity.ensure()
            before = db.snapshot()
            call = f"{identity.kind} -> {handler.name}({_short(payload)}) at {handler.path}"
            try:
                messages = sock.call(
                    handler.name, payload, path=handler.path, quiet=0.0, timeout=20
                )
            except (TimeoutError, SocketClosedError) as exc:
                violations.append(f"{call}: no answer ({exc})")
                identity.close()
                last = (call, handler, before)
                continue
            stats["calls"] += 1
            stats["refusals"] += bool(error_toasts(messages) or redirects(messages))
            if backend_errors(messages):
                stats["backend errors"] += 1
                if (
                    handler.cls.__module__.startswith("cop_app")
                    and not handler.short.endswith(".setvar")
                    and isinstance(payload, dict)
                    and set(payload) <= set(_params(handler.fn))
                ):
                    crashed.setdefault(handler.short, []).append(_short(payload, 70))
            after = db.snapshot()
            if diff(before, after):
                # It wrote: its stragglers get the quiet period that settle
                # would give them, and count as its own changes.
                sock.wait_quiet(QUIET, QUIET * 4)
                after = db.snapshot()
            check(call, handler, before, after, "")
            last = (call, handler, after)
    # The last call's stragglers: wait for the socket to go quiet (what
    # settle's quiet period did after every call), then check once more.
    if identity.sock is not None and not identity.sock.closed:
        identity.sock.wait_quiet(QUIET, QUIET * 4)
    if last is not None:
        check(*last, db.snapshot(), LATE)
    elapsed = time.monotonic() - started
    # Error paths say things too (Reflex sends the exception text to the
    # browser): none of the replies may carry a secret.
    identity.close()
    replies = "\n".join(m.raw for m in identity.messages)
    violations.extend(
        f"{identity.kind}: a reply carries {what}" for what in secrets_in(replies, db, world.issued)
    )
    # Neither caller may read the members-only community the sweep runs in:
    # no reply may carry one of its threads' titles.
    closed = db.column(
        "SELECT t.title FROM thread t JOIN community c ON c.id = t.community_id"
        " WHERE c.slug = ? AND c.visibility = 'members'",
        world.selective_slug,
    )
    assert closed, "the sweep's community should be members-only"
    violations.extend(
        f"{identity.kind}: a reply carries the members-only thread {title!r}"
        for title in closed
        if title in replies or json.dumps(title)[1:-1] in replies
    )
    print(
        f"\n{identity.kind}: {len(handlers)} handlers, {dict(stats)}, "
        f"{identity.reconnects} reconnects, {elapsed:.1f}s\n"
        f"  changed the db (within their rule): {dict(changed_by)}\n"
        + "".join(
            f"  {name} raised on {len(calls)} calls, e.g. {calls[:3]}\n"
            for name, calls in crashed.items()
        )
    )
    assert not violations, f"{len(violations)} forbidden changes:\n" + "\n".join(violations[:60])


def test_other_members_sessions_survive_the_sweep(world: World, db: DbWatch) -> None:
    """The lead's and admin's sessions, offered to every handler, are still live."""
    for ticket in world.other_sessions:
        revoked = db.scalar("SELECT revoked_at FROM user_session WHERE id = ?", ticket.session_id)
        assert revoked is None, f"{ticket.email}'s session was ended by the sweep"


# ---- privileged refusals say something


def test_a_member_deciding_a_join_request_is_refused_with_an_error(
    app_url: str, world: World, db: DbWatch
) -> None:
    assert world.pending_ids, "no pending join request in the demo data"
    still_pending = [
        i
        for i in world.pending_ids
        if db.scalar("SELECT status FROM membership WHERE id = ?", i) == "pending"
    ]
    assert still_pending, "no join request is pending any more (did the sweep decide them?)"
    target = still_pending[0]
    path = f"/c/{world.selective_slug}/requests"
    name = next(h.name for h in sweep_handlers() if h.short == "JoinRequestsState.decide")
    for who in ("anonymous", "member"):
        ident = Identity(who, app_url, world, db)
        sock = ident.open()
        try:
            messages = sock.call(name, {"membership_id": target, "approve": True}, path=path)
        finally:
            ident.close()
        assert error_toasts(messages), f"{who}: no error shown: {[m.raw[:300] for m in messages]}"
        assert not backend_errors(messages), f"{who}: the handler crashed instead of refusing"
        status = db.scalar("SELECT status FROM membership WHERE id = ?", target)
        assert status == "pending", f"{who} changed join request {target} to {status}"


def test_admin_page_load_redirects_a_member_and_a_visitor(
    app_url: str, world: World, db: DbWatch
) -> None:
    name = next(h.name for h in sweep_handlers() if h.short == "AdminState.load")
    expected = {"member": "/", "anonymous": "/login?next=/admin"}
    for who, target in expected.items():
        ident = Identity(who, app_url, world, db)
        sock = ident.open()
        try:
            messages = sock.call(name, {}, path="/admin")
        finally:
            ident.close()
        assert target in redirects(messages), f"{who}: {redirects(messages)}"
        notice = sock.var("auth_state", "notice")
        assert notice, f"{who}: redirected without saying why"
        assert sock.var("admin_state", "loaded") is not True


def test_ending_another_members_session_is_refused(app_url: str, world: World, db: DbWatch) -> None:
    name = next(h.name for h in sweep_handlers() if h.short == "SessionsState.end")
    lead_session = world.other_sessions[0].session_id
    for who in ("anonymous", "member"):
        ident = Identity(who, app_url, world, db)
        sock = ident.open()
        try:
            messages = sock.call(name, {"session_id": lead_session}, path="/account/sessions")
        finally:
            ident.close()
        assert error_toasts(messages), f"{who}: no error shown"
        assert db.scalar("SELECT revoked_at FROM user_session WHERE id = ?", lead_session) is None


def test_the_rules_catch_what_they_must() -> None:
    """The OWN_ROWS and MEMBER_ACTS checks themselves, on made-up changes (no app needed)."""

    class FakeDb:
        columns = {
            "member_profile": ["user_id", "bio"],
            "membership": ["id", "community_id", "user_id", "role", "status"],
            "community": ["id", "name", "openness", "member_count"],
            "thread": ["id", "community_id", "author_id"],
            "activity_event": ["id", "community_id", "actor_id"],
            "user_account": ["id", "email"],
        }

    db = typing.cast(DbWatch, FakeDb())
    me, other, open_c, selective_c = 3, 1, 10, 20
    after = {
        "community": {
            (open_c,): (open_c, "Open", "open", 5),
            (selective_c,): (selective_c, "Closed", "selective", 5),
        },
        "membership": {(100,): (100, open_c, me, "member", "active")},
    }

    def ok(rule: str, *changes: Change) -> bool:
        return not forbidden(list(changes), rule, me, db, after)

    def ins(table: str, row: tuple) -> Change:
        return Change(table, (row[0],), None, row)

    def upd(table: str, before: tuple, row: tuple) -> Change:
        return Change(table, (row[0],), before, row)

    own_bio = upd("member_profile", (me, "a"), (me, "b"))
    assert not ok(STRICT, own_bio)
    assert ok(OWN_ROWS, own_bio)
    assert not ok(OWN_ROWS, upd("member_profile", (other, "a"), (other, "b")))
    assert ok(
        OWN_ROWS, ins("user_account", (99, "new@example.net")), ins("member_profile", (99, ""))
    )
    assert ok(OWN_ROWS, ins("activity_event", (1, None, me)))  # the onboarding funnel
    assert not ok(OWN_ROWS, ins("activity_event", (1, open_c, me)))  # community activity
    assert not ok(OWN_ROWS, ins("membership", (101, open_c, me, "member", "active")))
    # MEMBER_ACTS: join an open community; ask to join a selective one.
    assert ok(MEMBER_ACTS, ins("membership", (101, open_c, me, "member", "active")))
    assert ok(MEMBER_ACTS, ins("membership", (101, selective_c, me, "member", "pending")))
    assert not ok(MEMBER_ACTS, ins("membership", (101, selective_c, me, "member", "active")))
    assert not ok(MEMBER_ACTS, ins("membership", (101, open_c, me, "lead", "active")))
    assert not ok(MEMBER_ACTS, ins("membership", (101, open_c, other, "member", "active")))
    # Post only where the caller is an active member; counters may move, nothing else.
    assert ok(MEMBER_ACTS, ins("thread", (7, open_c, me)))
    assert not ok(MEMBER_ACTS, ins("thread", (7, selective_c, me)))
    counters = upd("community", (open_c, "Open", "open", 5), (open_c, "Open", "open", 6))
    renamed = upd("community", (open_c, "Open", "open", 5), (open_c, "Mine", "open", 5))
    assert ok(MEMBER_ACTS, counters)
    assert not ok(MEMBER_ACTS, renamed)
    assert not ok(OWN_ROWS, counters)


def test_a_lead_of_another_community_cannot_configure_this_one(
    app_url: str, world: World, db: DbWatch
) -> None:
    """Issue 5: the lead of one community calls the configuration handlers of a
    community they do not lead, over the socket: each is refused with a message
    and nothing about that community changes."""
    lead = world.other_sessions[0]
    assert lead.email == LEAD_EMAIL
    path = f"/admin/communities/{world.selective_slug}"
    watched = (
        "SELECT name, tagline, openness, languages, archived_at, config_version FROM community"
        " WHERE slug = ?"
    )
    focus = (
        "SELECT focus_area, emphasis, target_value, note FROM community_focus_area"
        " WHERE community_id = (SELECT id FROM community WHERE slug = ?) ORDER BY focus_area"
    )
    before = (
        db.conn.execute(watched, (world.selective_slug,)).fetchall(),
        db.conn.execute(focus, (world.selective_slug,)).fetchall(),
        db.scalar("SELECT count(*) FROM audit_log"),
    )
    handlers = {h.short: h.name for h in sweep_handlers()}
    calls = {
        "CommunityConfigState.save": {
            "form": {"emphasis_learning": "primary", "target_learning": "3"}
        },
        "CommunityConfigState.save_settings": {
            "form": {"name": "Taken over", "openness": "open", "lang_en": True}
        },
        "CommunityConfigState.add_to_team": {
            "form": {"team_email": LEAD_EMAIL, "team_role": "lead"}
        },
        "CommunityConfigState.set_archived": {"archived": True},
    }
    sock = AppSocket(app_url, session_token=lead.token)
    try:
        sock.connect(path)
        for short, payload in calls.items():
            messages = sock.call(handlers[short], payload, path=path)
            assert error_toasts(messages), f"{short}: no error shown"
            assert not backend_errors(messages), f"{short}: crashed instead of refusing"
    finally:
        sock.close()
    after = (
        db.conn.execute(watched, (world.selective_slug,)).fetchall(),
        db.conn.execute(focus, (world.selective_slug,)).fetchall(),
        db.scalar("SELECT count(*) FROM audit_log"),
    )
    assert after == before


def test_ids_past_any_row_are_refused_cleanly(app_url: str, world: World) -> None:
    """Issue 16: an id no row can have (10**30, 2**40) gets a plain refusal, not
    Reflex's "An error occurred" from a database overflow, for every handler
    that takes an id, as a signed-in member."""
    handlers = {h.short: h for h in sweep_handlers(world.route_params)}
    calls = {
        "ThreadState.accept": {"post_id": 10**30},
        "ThreadState.delete_post": {"post_id": 2**40},
        "ThreadState.toggle_helpful": {"post_id": 10**30},
        "SessionsState.end": {"session_id": 10**30},
        "JoinRequestsState.decide": {"membership_id": 10**30, "approve": True},
        "CommunityConfigState.remove_from_team": {"membership_id": 10**30},
        "HelpdeskState.assign": {"thread_id": 10**30, "assignee": "9" * 30},
    }
    missing = set(calls) - set(handlers)
    assert not missing, f"handlers renamed? {missing}"
    sock = AppSocket(app_url, session_token=world.sign_in(MEMBER_EMAIL).token)
    try:
        sock.connect("/")
        for short, payload in calls.items():
            handler = handlers[short]
            messages = sock.call(handler.name, payload, path=handler.path)
            assert not backend_errors(messages), f"{short}: crashed on {payload}"
            assert error_toasts(messages) or redirects(messages), f"{short}: said nothing"
        # The same through an address: /c/<slug>/t/<huge> is simply not found.
        thread = handlers["ThreadState.load"]
        messages = sock.call(thread.name, {}, path=f"/c/{world.selective_slug}/t/{10**30}")
        assert not backend_errors(messages)
    finally:
        sock.close()
