"""No frontend var carries a secret: checked in the real state deltas over the websocket.

Issue 3, acceptance 3: "Password hashes are argon2id; no frontend var
(checked from a real state delta) carries a password hash, a session id or
token, or another member's email address."

A socket client signed in with a real session cookie (see ``socket_client.py``)
opens every page of the app (every community, a thread of each, every
community's join requests, the account pages, the admin page), runs a couple
of handlers, and finally rehydrates (the full state of every state class). All
of it is one string, searched for: any argon2 hash, the session token, its
SHA-256, the one-time hand-off code, the stored token and hand-off hashes of
every session, and the email address of every other account. The caller's own
email may appear only where :data:`OWN_EMAIL_SHOWN_IN` says a page shows it on
purpose.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator

import pytest

from tests.browser.dbread import ReadOnlyDb
from tests.browser.socket_client import AppSocket, Message, Ticket, open_session

pytestmark = pytest.mark.browser

DEMO_PASSWORD = "practice-makes-perfect"
IDENTITIES = {
    "anonymous": None,
    "member": "member@example.org",
    "lead": "lead@example.org",
    "admin": "admin@example.org",
}
#: "<state suffix>.<var>" where a page deliberately shows the caller their own
#: email address: the email page ("Mail goes to …").
OWN_EMAIL_SHOWN_IN: set[str] = {
    "cop_app___state___mail____mail_prefs_state.email",
    "cop_app___state___mail____mail_prefs_state.address_line",
}
#: Where the site admin, and nobody else, sees other members' addresses: the
#: email log lists each mail's recipient and is searched by it (issue 20).
ADMIN_SEES_ADDRESSES_IN: set[str] = {
    "cop_app___state___mail____mail_log_state.rows",
    "cop_app___state___mail____mail_log_state.opened",
}
#: OWASP's minimum for argon2id: 19 MiB of memory and 2 passes.
MIN_ARGON2_MEMORY_KIB = 19_456
MIN_ARGON2_PASSES = 2


def _sha256(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


@pytest.fixture(scope="module")
def db(app_url: str, app_env: dict[str, str]) -> Iterator[ReadOnlyDb]:
    """The app's database (SQLite file or PostgreSQL), read-only."""
    conn = ReadOnlyDb(app_env["REFLEX_DB_URL"])
    yield conn
    conn.close()


def page_paths(conn: ReadOnlyDb) -> list[str]:
    """Every page of the app, its route parameters filled in from the database."""
    from cop_app.cop_app import app  # it adds every page (cop_app.py)

    slugs = [r[0] for r in conn.execute("SELECT slug FROM community ORDER BY id")]
    first_thread = dict(
        conn.execute(
            "SELECT c.slug, min(t.id) FROM thread t JOIN community c"
            " ON c.id = t.community_id GROUP BY c.id"
        )
    )
    paths: list[str] = []
    for page in app._unevaluated_pages.values():
        route = str(page.route or "/")
        if route == "404":
            continue
        route = "/" + route.strip("/") if route not in ("", "index") else "/"
        if "[slug]" not in route:
            paths.append(route)
            continue
        for slug in slugs:
            if "[thread_id]" in route:
                if slug not in first_thread:
                    continue
                paths.append(
                    route.replace("[slug]", slug).replace("[thread_id]", str(first_thread[slug]))
                )
            else:
                paths.append(route.replace("[slug]", slug))
    return paths


def _handler(short: str) -> str:
    """The full event name of ``StateClass.handler``."""
    import reflex as rx

    import cop_app.cop_app  # noqa: F401

    def walk(cls: type) -> Iterator[type]:
        yield cls
        for sub in cls.__subclasses__():
            yield from walk(sub)

    cls_name, name = short.split(".")
    for cls in walk(rx.State):
        if cls.__name__ == cls_name and name in cls.event_handlers:
            return f"{cls.get_full_name()}.{name}"
    msg = f"no handler {short}"
    raise LookupError(msg)


def _locations(messages: list[Message], needle: str) -> list[str]:
    """Where a string appears: "<state>.<var>" of deltas, or "events" of frontend events."""
    found: set[str] = set()
    low = needle.lower()
    for m in messages:
        for state, values in m.delta.items():
            for var, value in values.items():
                if low in json.dumps(value).lower():
                    found.add(f"{state.rsplit('.', 1)[-1]}.{var.removesuffix('_rx_state_')}")
        if low in json.dumps(m.events).lower():
            found.add("events")
    return sorted(found)


def _browse_everything(sock: AppSocket, conn: ReadOnlyDb, db_url: str, own: Ticket | None) -> None:
    for path in page_paths(conn):
        sock.navigate(path)
    # A couple of handlers beyond the page loads.
    sock.call(_handler("AuthState.refresh"), {}, path="/")
    sock.call(_handler("SessionsState.load"), {}, path="/account/sessions")
    if own is not None:
        # Save the profile unchanged (its form as the page would submit it).
        from cop_app.db import session_scope
        from cop_app.models import User
        from cop_app.services.accounts import profiles

        with session_scope(db_url) as session:
            user = session.get(User, own.user_id)
            assert user is not None
            form = profiles.get_profile_form(session, user=user)
        sock.navigate("/profile")
        data = {
            "display_name": form.display_name,
            "organisation": form.organisation,
            "org_type": form.org_type,
            "discipline": form.discipline,
            "region": form.region,
            "can_help": ", ".join(form.can_help),
            "looking_for": ", ".join(form.looking_for),
            "bio": form.bio,
            **{f"lang_{code}": "on" for code in form.languages},
            **{f"focus_{code}": "on" for code in form.focus_interests},
        }
        sock.call(_handler("ProfileState.save"), {"data": data}, path="/profile")
    # Finally the full state of every state class, as a reconnect gets it.
    sock.hydrate("/")


@pytest.mark.parametrize("who", list(IDENTITIES))
def test_no_state_delta_carries_a_secret_or_another_members_email(
    who: str, app_url: str, app_env: dict[str, str], db: ReadOnlyDb
) -> None:
    email = IDENTITIES[who]
    ticket = open_session(app_env["REFLEX_DB_URL"], email, DEMO_PASSWORD) if email else None
    with AppSocket(app_url, session_token=ticket.token if ticket else None) as sock:
        sock.connect("/")
        assert sock.var("auth_state", "signed_in") is (ticket is not None)
        _browse_everything(sock, db, app_env["REFLEX_DB_URL"], ticket)
        messages = list(sock.messages)
    text = "\n".join(m.raw for m in messages)
    lowered = text.lower()
    assert len(messages) > 20, "suspiciously little came back"

    problems: list[str] = []

    # Password hashes: none at all, in any form.
    if "$argon2" in text:
        problems.append(f"an argon2 hash appears in {_locations(messages, '$argon2')}")
    for (stored,) in db.execute(
        "SELECT password_hash FROM user_account WHERE password_hash IS NOT NULL"
    ):
        tail = stored.rsplit("$", 1)[-1]
        if tail and tail in text:
            problems.append(f"a password hash appears in {_locations(messages, tail)}")

    # Session secrets: this session's token, its hash and hand-off code; every stored hash.
    if ticket is not None:
        secrets_ = {
            "the session token": ticket.token,
            "the token's SHA-256": _sha256(ticket.token),
            "the hand-off code": ticket.handoff_code,
            "the hand-off code's SHA-256": _sha256(ticket.handoff_code),
        }
        for what, value in secrets_.items():
            if value in text:
                problems.append(f"{what} appears in {_locations(messages, value)}")
    stored_hashes = [
        value
        for row in db.execute("SELECT token_hash, handoff_hash FROM user_session")
        for value in row
        if value
    ]
    problems.extend(
        f"a stored session hash appears in {_locations(messages, value)}"
        for value in stored_hashes
        if value in text
    )

    # Email addresses: nobody else's; the caller's own only where shown on purpose.
    own_email = (email or "").lower()
    for (address,) in db.execute("SELECT email FROM user_account"):
        address = address.lower()
        if address == own_email or address not in lowered:
            continue
        where = set(_locations(messages, address))
        if who == "admin":
            where -= ADMIN_SEES_ADDRESSES_IN
        if where:
            problems.append(f"{address} appears in {sorted(where)}")
    if own_email and own_email in lowered:
        where = set(_locations(messages, own_email)) - OWN_EMAIL_SHOWN_IN
        if who == "admin":  # the log lists mail to the admin too
            where -= ADMIN_SEES_ADDRESSES_IN
        if where:
            problems.append(f"the caller's own email {own_email} appears in {sorted(where)}")
    # Anything shaped like an email that is not a known address is worth a look too.
    known = {a.lower() for (a,) in db.execute("SELECT email FROM user_account")}
    stray = {
        e.lower()
        for e in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text)
        if e.lower() not in known
    }
    print(
        f"\n{who}: {len(messages)} messages, {len(text)} characters; "
        f"other email-like strings: {sorted(stray)[:10]}"
    )

    assert not problems, f"{who}: " + "\n".join(problems)


def test_every_stored_password_hash_is_argon2id(db: ReadOnlyDb) -> None:
    hashes = [
        (email, h)
        for email, h in db.execute(
            "SELECT email, password_hash FROM user_account WHERE password_hash IS NOT NULL"
        )
    ]
    assert len(hashes) >= 3, "the demo accounts have no password hash"
    wrong = [email for email, h in hashes if not h.startswith("$argon2id$")]
    assert not wrong, f"not argon2id: {wrong}"
    for email, h in hashes:
        params = dict(
            part.split("=", 1) for part in h.split("$")[3].split(",")
        )  # $argon2id$v=19$m=65536,t=3,p=4$salt$hash
        assert int(params["m"]) >= MIN_ARGON2_MEMORY_KIB, (email, params)
        assert int(params["t"]) >= MIN_ARGON2_PASSES, (email, params)
