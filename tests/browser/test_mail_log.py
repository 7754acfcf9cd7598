"""The email log (/admin/email) never shows the body of account mail.

Acceptance: "The site admin cannot open the body of a reset or confirmation
mail in the email log (test over every handler of the log)."

The module puts mail into the running app's database through the mail
services, in this process: account mail (``private``: a password reset queued
by the real ``messages.queue_password_reset`` for member@example.org, plus a
reset, two confirmations, a sign-up notice and an address-change notice
queued with ``outbox.enqueue``) whose bodies carry secret markers, and one
ordinary mail with a marker of its own. Queued rows are due a day from now,
so the app's background sender leaves them (and their bodies) alone; one
confirmation is already ``sent`` with its body still stored, one notice
``failed``: the log must hold back a body that is there, whatever its status.

Then:

- as the site admin over the real websocket, every public handler of
  ``MailLogState`` (found in the app's state classes, as the handler sweep
  finds them, so a handler added later is covered) is called with every
  planted id and many other payloads: no reply carries a private marker,
  while opening the ordinary mail does carry its marker (the channel can
  carry a body: the negative means something);
- the same in Chromium: the private rows are listed as "Account mail" with
  "This is account mail: only its recipient may read it." and no Open
  button, and the ordinary mail opens to its body;
- a plain member and an anonymous visitor get no marker at all from any
  handler, and /admin/email sends them away.

The planted rows (and the reset link the real service issued) are removed at
the end.
"""

from __future__ import annotations

import dataclasses
import inspect
import re
import secrets
from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import Any

import pytest
import reflex as rx
from playwright.sync_api import Page, expect

from tests.browser.flows import DEMO_PASSWORD, sign_in
from tests.browser.socket_client import (
    NO_PAYLOAD,
    AppSocket,
    Message,
    SocketClosedError,
    Ticket,
    open_session,
)

pytestmark = pytest.mark.browser

ADMIN_EMAIL = "admin@example.org"
MEMBER_EMAIL = "member@example.org"
PAGE = "/admin/email"
ACCOUNT_KIND = "Account mail"
PRIVATE_SENTENCE = "This is account mail: only its recipient may read it."
#: Handlers the log must have (more are swept when they appear).
EXPECTED = {"load", "filter", "show_more", "open_message", "close_message"}
#: A client address of its own (TEST-NET-2), so sign-in throttling is separate.
CLIENT_IP = "198.51.100.71"

XSS = "<script>alert(1)</script>"
STRINGS = [XSS, "' OR 1=1 --", "%", "_", "", "x" * 5000, ADMIN_EMAIL]
PLAIN_INTS = [0, -1, 2**31, 2**62, 10**30]


# --------------------------------------------------------------------------- planted mail


@dataclasses.dataclass
class PlantedMail:
    id: int
    kind: str
    status: str
    to_address: str
    subject: str
    marker: str  # only in the body (text and HTML)


@dataclasses.dataclass
class Planted:
    tag: str  # in every synthetic recipient address
    private: list[PlantedMail]
    public: PlantedMail
    reset: PlantedMail  # the one queued by messages.queue_password_reset

    @property
    def private_markers(self) -> dict[str, PlantedMail]:
        return {m.marker: m for m in self.private}

    @property
    def ids(self) -> list[int]:
        return [m.id for m in self.private] + [self.public.id]

    def leaks(self, text: str, *, public_too: bool = False) -> list[str]:
        found = [
            f"the body of private mail {m.id} ({m.kind}, {m.status}, to {m.to_address})"
            for m in self.private
            if m.marker in text
        ]
        if public_too and self.public.marker in text:
            found.append(f"the body of the ordinary mail {self.public.id}")
        return found


def _marker(label: str) -> str:
    return f"SECRET{label}{secrets.token_hex(10)}"


@pytest.fixture(scope="module")
def planted(
    app_url: str, app_env: dict[str, str], restore_throttle_counters: None
) -> Iterator[Planted]:
    import sqlalchemy as sa
    from sqlmodel import col, select

    from cop_app.db import session_scope
    from cop_app.models import (
        AccountToken,
        AccountTokenPurpose,
        MailKind,
        MailMessage,
        MailStatus,
        User,
        utcnow,
    )
    from cop_app.services.mail import compose, messages, outbox

    db_url = app_env["REFLEX_DB_URL"]
    tag = f"maillog-{secrets.token_hex(4)}"
    later = utcnow() + timedelta(days=1)
    specs = [
        # kind, status, recipient, subject
        (MailKind.PASSWORD_RESET, MailStatus.QUEUED, f"{tag}-reset@example.net", "Reset"),
        (MailKind.CONFIRM_ADDRESS, MailStatus.QUEUED, f"{tag}-confirm@example.net", "Confirm"),
        # Sent before bodies were emptied on delivery: the body is still stored.
        (MailKind.CONFIRM_ADDRESS, MailStatus.SENT, f"{tag}-confirm-sent@example.net", "Sent"),
        (MailKind.SIGNUP_NOTICE, MailStatus.FAILED, f"{tag}-signup@example.net", "Signup"),
        (MailKind.ADDRESS_CHANGED, MailStatus.QUEUED, f"{tag}-changed@example.net", "Changed"),
    ]
    private: list[PlantedMail] = []
    created_token: int | None = None
    earlier_tokens: list[int] = []
    with session_scope(db_url, write=True) as s:
        member = s.exec(select(User).where(User.email == MEMBER_EMAIL)).one()
        for n, (kind, status, address, label) in enumerate(specs):
            marker = _marker(f"P{n}")
            composed = compose.Composed(
                subject=f"{label} ({tag})",
                text=f"Hello,\n\nYour link: https://example.org/reset-password?t={marker}\n",
                html=f'<p><a href="https://example.org/reset-password?t={marker}">{marker}</a></p>',
            )
            row = outbox.enqueue(
                s,
                key=f"{tag}:{n}",
                kind=kind,
                to_address=address,
                composed=composed,
                headers={"To": address},
            )
            assert row.private, f"{kind} should be account mail"
            row.status = status
            row.run_after = later
            if status == MailStatus.SENT:
                row.sent_at = utcnow()
            if status == MailStatus.FAILED:
                row.detail = "550 mailbox unavailable"
            s.add(row)
            private.append(
                PlantedMail(row.id or 0, kind.value, status.value, address, row.subject, marker)
            )

        # The real service: a reset link for the member, its secret in the body.
        earlier_tokens = list(
            s.exec(
                select(AccountToken.id).where(
                    AccountToken.user_id == member.id,
                    AccountToken.purpose == AccountTokenPurpose.RESET,
                    col(AccountToken.used_at).is_(None),
                )
            ).all()
        )
        messages.queue_password_reset(s, user=member)
        row = s.exec(
            select(MailMessage)
            .where(
                MailMessage.user_id == member.id,
                MailMessage.kind == MailKind.PASSWORD_RESET,
            )
            .order_by(col(MailMessage.id).desc())
        ).first()
        assert row is not None and row.private and row.status == MailStatus.QUEUED
        found = re.search(r"[?&]t=([A-Za-z0-9_\-]{30,})", row.body_text)
        assert found, f"no reset link in the reset mail: {row.body_text!r}"
        assert found.group(1) in row.body_html
        row.run_after = later  # out of the sender's reach: the body stays
        s.add(row)
        reset = PlantedMail(
            row.id or 0, row.kind.value, "queued", row.to_address, row.subject, found.group(1)
        )
        private.append(reset)
        created_token = s.exec(
            select(AccountToken.id)
            .where(
                AccountToken.user_id == member.id,
                AccountToken.purpose == AccountTokenPurpose.RESET,
            )
            .order_by(col(AccountToken.id).desc())
        ).first()

        public_marker = _marker("PUB")
        row = outbox.enqueue(
            s,
            key=f"{tag}:public",
            kind=MailKind.REPLY,
            to_address=f"{tag}-news@example.net",
            composed=compose.Composed(
                subject=f"A reply for you ({tag})",
                text=f"Someone replied to your question.\n\n{public_marker}\n",
                html=f"<p>{public_marker}</p>",
            ),
            headers={"To": f"{tag}-news@example.net"},
        )
        assert not row.private
        row.run_after = later
        s.add(row)
        public = PlantedMail(
            row.id or 0, "reply", "queued", row.to_address, row.subject, public_marker
        )

    result = Planted(tag=tag, private=private, public=public, reset=reset)
    yield result

    with session_scope(db_url, write=True) as s:
        s.execute(sa.delete(MailMessage).where(col(MailMessage.id).in_(result.ids)))
        if created_token is not None:
            s.execute(sa.delete(AccountToken).where(col(AccountToken.id) == created_token))
        if earlier_tokens:  # the new link had retired the member's earlier ones
            s.execute(
                sa.update(AccountToken)
                .where(col(AccountToken.id).in_(earlier_tokens))
                .values(used_at=None)
            )


def _bodies(db_url: str, ids: list[int]) -> dict[int, str]:
    """The stored bodies now (text and HTML together)."""
    import sqlalchemy as sa

    engine = sa.create_engine(db_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                sa.text(
                    "SELECT id, body_text, body_html FROM mail_message WHERE id IN :ids"
                ).bindparams(sa.bindparam("ids", expanding=True)),
                {"ids": ids},
            ).all()
    finally:
        engine.dispose()
    return {int(r[0]): f"{r[1]}\n{r[2]}" for r in rows}


# --------------------------------------------------------------------------- the handlers


@dataclasses.dataclass(frozen=True)
class LogHandler:
    short: str  # "MailLogState.open_message"
    name: str  # the full event name the browser sends
    fn: Callable[..., Any]

    @property
    def params(self) -> list[str]:
        return [
            p.name
            for p in list(inspect.signature(self.fn).parameters.values())[1:]
            if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
        ]


def _walk(cls: type) -> Iterator[type]:
    yield cls
    for sub in cls.__subclasses__():
        yield from _walk(sub)


def log_handlers() -> list[LogHandler]:
    """Every public handler of the log's state (and of any state under it), as
    the app's state tree holds them: Reflex's built-in ``setvar`` included."""
    import cop_app.cop_app  # noqa: F401  (registers every page and state)
    from cop_app.state.mail import MailLogState

    states = [
        cls
        for cls in _walk(rx.State)
        if cls.__name__ == "MailLogState" and cls.__module__.startswith("cop_app")
    ]
    assert states == [MailLogState], f"the email log's state class: {states}"
    found: dict[str, LogHandler] = {}
    for cls in _walk(MailLogState):
        if getattr(cls, "_mixin", False):
            continue
        for name, handler in sorted(cls.event_handlers.items()):
            if not name.startswith("_"):
                full = f"{cls.get_full_name()}.{name}"
                found[full] = LogHandler(f"{cls.__name__}.{name}", full, handler.fn)
    return list(found.values())


def _own_vars() -> list[str]:
    from cop_app.state.mail import MailLogState

    backend = getattr(MailLogState, "_backend_vars", None) or {}
    return sorted({*MailLogState.base_vars, *backend, "is_hydrated", "_user_id"})


def _values(p: Planted) -> list[Any]:
    """Anything a crafted message can carry as one argument."""
    ids = p.ids
    forms: list[Any] = [
        {"recipient": p.tag, "status": ""},
        *({"recipient": m.to_address, "status": m.status} for m in p.private),
        {"recipient": MEMBER_EMAIL, "status": "queued"},
        {"recipient": "", "status": "sent"},
        {"recipient": "%", "status": "failed"},
        {"recipient": [p.tag], "status": {"queued": True}},
        {"id": p.reset.id, "mail_id": p.reset.id, "private": False},
        {"id": p.public.id, "subject": XSS, "body": XSS},
        {"__proto__": {"private": False}, "": None},
    ]
    lists: list[Any] = [[], ids, [p.reset.id], [{"id": p.reset.id, "private": False}]]
    return [
        *ids,
        *(str(i) for i in ids),
        *(float(i) for i in ids[:2]),
        *STRINGS,
        *PLAIN_INTS,
        None,
        True,
        False,
        *forms,
        *lists,
    ]


def payloads(handler: LogHandler, p: Planted) -> list[Any]:
    """Every argument set to call ``handler`` with (NO_PAYLOAD: no payload key at all)."""
    params = handler.params
    values = _values(p)
    sets: list[Any] = [NO_PAYLOAD, {}]
    if handler.short.endswith(".setvar"):
        # Set any var of the log to anything, including a row or an opened
        # message that claims to be another.
        fake_opened = {
            "id": p.reset.id,
            "recipient": p.reset.to_address,
            "subject": "x",
            "headers": "",
            "body": "",
        }
        fake_row = {"id": p.reset.id, "private": False, "recipient": p.reset.to_address}
        sets += [
            {"var_name": var, "value": value}
            for var in _own_vars()
            for value in (fake_opened, [fake_row], p.reset.id, p.tag, True, None)
        ]
    elif params:
        sets += [dict.fromkeys(params, value) for value in values]
        sets.append({params[0]: p.reset.id, "unexpected": XSS})
    else:
        sets += [{"mail_id": i} for i in p.ids]
        sets += [{"form": {"recipient": p.tag, "status": ""}}, {"unexpected": XSS}]
    # Not a dict at all.
    sets += [[p.reset.id], p.reset.id, XSS]
    unique: dict[str, Any] = {}
    for s in sets:
        unique.setdefault("NO_PAYLOAD" if s is NO_PAYLOAD else repr(s), s)
    return list(unique.values())


# --------------------------------------------------------------------------- a caller


class Caller:
    """One websocket, reopened when the server closes it; keeps every reply."""

    def __init__(self, app_url: str, ticket: Ticket | None) -> None:
        self.app_url, self.ticket = app_url, ticket
        self.sock: AppSocket | None = None
        self.messages: list[Message] = []
        self.reconnects = -1
        self.calls = 0

    def open(self) -> AppSocket:
        self.close()
        self.reconnects += 1
        self.sock = AppSocket(
            self.app_url, session_token=self.ticket.token if self.ticket else None
        )
        self.sock.connect(PAGE)  # the page's own on_load runs: AuthState.refresh, load
        return self.sock

    def close(self) -> None:
        if self.sock is not None:
            self.sock.close()
            self.messages += self.sock.messages
            self.sock = None

    def ensure(self) -> AppSocket:
        if self.sock is None or self.sock.closed:
            return self.open()
        return self.sock

    def call(self, name: str, payload: Any = None) -> list[Message]:
        self.calls += 1
        return self.ensure().call(name, payload, path=PAGE, timeout=20)

    def batch(self, name: str, sets: list[Any], size: int = 25) -> None:
        """Send many calls, waiting for them a batch at a time (they run in order)."""
        for start in range(0, len(sets), size):
            chunk = sets[start : start + size]
            try:
                sock = self.ensure()
                for payload in chunk:
                    sock.emit(name, payload, path=PAGE)
                sock.settle(timeout=30)
                self.calls += len(chunk)
            except (SocketClosedError, TimeoutError):
                # Find the one that ends the socket, and go on past it.
                for payload in chunk:
                    try:
                        self.call(name, payload)
                    except (SocketClosedError, TimeoutError):
                        self.close()

    def text(self) -> str:
        live = self.sock.messages if self.sock is not None else []
        return "\n".join(m.raw for m in [*self.messages, *live])


def _redirects(messages: list[Message]) -> list[str]:
    return [
        str(ev.get("payload", {}).get("path", ""))
        for m in messages
        for ev in m.events
        if ev.get("name") == "_redirect"
    ]


def _rows(messages: list[Message]) -> list[dict[str, Any]]:
    """Every ``rows`` the log's state sent, flattened."""
    found: list[dict[str, Any]] = []
    for m in messages:
        for state, values in m.delta.items():
            if state.endswith("mail_log_state"):
                rows = values.get("rows_rx_state_")
                if isinstance(rows, list):
                    found += [r for r in rows if isinstance(r, dict)]
    return found


@pytest.fixture(scope="module")
def handlers() -> list[LogHandler]:
    found = log_handlers()
    names = {h.short.split(".", 1)[1] for h in found}
    assert found, "no handler found on MailLogState"
    assert names >= EXPECTED, f"missing from the sweep: {EXPECTED - names}"
    return found


@pytest.fixture(scope="module")
def tickets(app_url: str, app_env: dict[str, str]) -> Iterator[dict[str, Ticket]]:
    from cop_app.db import session_scope
    from cop_app.services.accounts import auth

    db_url = app_env["REFLEX_DB_URL"]
    issued = {
        email: open_session(db_url, email, DEMO_PASSWORD, client_ip=CLIENT_IP)
        for email in (ADMIN_EMAIL, MEMBER_EMAIL)
    }
    yield issued
    with session_scope(db_url, write=True) as s:
        for ticket in issued.values():
            auth.do_sign_out(s, token=ticket.token)


# --------------------------------------------------------------------------- the tests


def test_the_admin_gets_no_account_mail_body_from_any_handler(
    app_url: str,
    app_env: dict[str, str],
    planted: Planted,
    handlers: list[LogHandler],
    tickets: dict[str, Ticket],
) -> None:
    by_name = {h.short.split(".", 1)[1]: h for h in handlers}
    admin = Caller(app_url, tickets[ADMIN_EMAIL])
    try:
        admin.open()
        assert admin.sock is not None
        assert admin.sock.var("auth_state", "signed_in") is True
        assert admin.sock.var("mail_log_state", "loaded") is True, "the log did not load"

        # The channel can carry a body: the ordinary mail opens, with its marker.
        opened = admin.call(by_name["open_message"].name, {"mail_id": planted.public.id})
        opened_text = "\n".join(m.raw for m in opened)
        assert planted.public.marker in opened_text, "the ordinary mail did not open"
        assert not planted.leaks(opened_text)

        # Its rows list the account mail (envelope only), marked private.
        for mail in planted.private:
            search = planted.tag if planted.tag in mail.to_address else mail.to_address
            listed = admin.call(by_name["filter"].name, {"form": {"recipient": search}})
            rows = {r.get("id"): r for r in _rows(listed)}
            row = rows.get(mail.id)
            assert row is not None, f"private mail {mail.id} is not listed: {sorted(rows)}"
            assert row.get("private") is True and row.get("kind") == ACCOUNT_KIND, row

        # Every handler, every payload, twice: once with the log filtered to
        # the planted rows, once showing all mail (so "show older" pages for
        # real); each time the ordinary mail is open first.
        for recipient in (planted.tag, ""):
            for handler in handlers:
                admin.call(by_name["filter"].name, {"form": {"recipient": recipient}})
                admin.call(by_name["open_message"].name, {"mail_id": planted.public.id})
                admin.batch(handler.name, payloads(handler, planted))
        older = admin.call(by_name["show_more"].name, {})
        assert _rows(older), "no older page of the log: show_more was not exercised"
        # And each private id alone, right after the ordinary one was open.
        for mail in planted.private:
            admin.call(by_name["open_message"].name, {"mail_id": planted.public.id})
            reply = admin.call(by_name["open_message"].name, {"mail_id": mail.id})
            assert admin.sock is not None
            assert admin.sock.var("mail_log_state", "opened") is None, (
                f"private mail {mail.id} left something open"
            )
            assert PRIVATE_SENTENCE in "\n".join(m.raw for m in reply), (
                f"opening private mail {mail.id} said nothing"
            )
    finally:
        admin.close()

    replies = admin.text()
    leaks = planted.leaks(replies)
    print(
        f"\nadmin: {len(handlers)} handlers ({', '.join(h.short for h in handlers)}),"
        f" {admin.calls} calls, {admin.reconnects} reconnects, {len(admin.messages)} replies"
    )
    assert not leaks, "the admin received:\n" + "\n".join(leaks)
    # The bodies were there all along (the sender did not empty them first).
    bodies = _bodies(app_env["REFLEX_DB_URL"], planted.ids)
    for mail in [*planted.private, planted.public]:
        assert mail.marker in bodies.get(mail.id, ""), f"mail {mail.id} lost its body"


@pytest.mark.parametrize("who", ["member", "anonymous"])
def test_a_member_and_a_visitor_get_nothing_from_the_log(
    who: str,
    app_url: str,
    planted: Planted,
    handlers: list[LogHandler],
    tickets: dict[str, Ticket],
) -> None:
    caller = Caller(app_url, tickets[MEMBER_EMAIL] if who == "member" else None)
    try:
        caller.open()
        assert caller.sock is not None
        assert caller.sock.var("auth_state", "signed_in") is (who == "member")
        expected = "/" if who == "member" else f"/login?next={PAGE}"
        assert expected in _redirects(caller.sock.messages), f"{who} was not sent away"
        assert caller.sock.var("mail_log_state", "loaded") is not True
        for handler in handlers:
            caller.batch(handler.name, payloads(handler, planted))
    finally:
        caller.close()
    replies = caller.text()
    leaks = planted.leaks(replies, public_too=True)
    # The rows' subjects are only in the database (a payload never carries
    # them), so one in a reply means the log listed its rows.
    subjects = [m.subject for m in [*planted.private, planted.public] if planted.tag in m.subject]
    listed = [subject for subject in subjects if subject in replies]
    print(f"\n{who}: {caller.calls} calls, {caller.reconnects} reconnects")
    assert not leaks, f"{who} received:\n" + "\n".join(leaks)
    assert not listed, f"{who} received rows of the log: {listed}"


def test_the_page_lists_account_mail_without_its_body(page: Page, planted: Planted) -> None:
    sign_in(page, ADMIN_EMAIL)
    page.goto(PAGE)
    expect(page.get_by_role("heading", name="Email log")).to_be_visible()
    page.get_by_label("Recipient contains").fill(planted.tag)
    page.get_by_role("button", name="Search").click()
    items = page.locator("li")
    for mail in planted.private:
        if planted.tag not in mail.to_address:
            continue
        item = items.filter(has_text=mail.to_address)
        expect(item).to_have_count(1)
        expect(item).to_contain_text(ACCOUNT_KIND)
        expect(item).to_contain_text(PRIVATE_SENTENCE)
        expect(item.get_by_role("button", name=re.compile(r"^Open\b"))).to_have_count(0)

    public = items.filter(has_text=planted.public.to_address)
    expect(public).to_have_count(1)
    expect(public).not_to_contain_text(PRIVATE_SENTENCE)
    public.get_by_role("button", name=f"Open {planted.public.subject}").click()
    body = page.locator("pre.mail-source").filter(has_text=planted.public.marker)
    expect(body).to_be_visible()
    expect(page.locator("pre.mail-source").first).to_contain_text("Message-ID:")
    page.get_by_role("button", name="Close").click()
    expect(body).to_have_count(0)

    # The member's real reset mail: listed, kind and sentence, no Open button.
    page.get_by_label("Recipient contains").fill(MEMBER_EMAIL)
    page.get_by_role("button", name="Search").click()
    resets = items.filter(has_text=planted.reset.subject).filter(has_text=MEMBER_EMAIL)
    expect(resets.first).to_be_visible()
    for i in range(resets.count()):
        expect(resets.nth(i)).to_contain_text(ACCOUNT_KIND)
        expect(resets.nth(i)).to_contain_text(PRIVATE_SENTENCE)
        expect(resets.nth(i).get_by_role("button", name=re.compile(r"^Open\b"))).to_have_count(0)
    # Every private row on the page, whatever it is, has no Open button.
    private_items = items.filter(has_text=PRIVATE_SENTENCE)
    for i in range(private_items.count()):
        expect(
            private_items.nth(i).get_by_role("button", name=re.compile(r"^Open\b"))
        ).to_have_count(0)
    leaks = planted.leaks(page.content())
    assert not leaks, "the page shows:\n" + "\n".join(leaks)


def test_the_page_sends_a_member_and_a_visitor_away(page: Page, planted: Planted) -> None:
    page.goto(PAGE)
    expect(page).to_have_url(re.compile(r"/login\?next=/admin/email/?$"))
    assert not planted.leaks(page.content(), public_too=True)
    assert planted.tag not in page.content()

    sign_in(page, MEMBER_EMAIL)
    page.goto(PAGE)
    expect(page).to_have_url(re.compile(r"/$"))
    assert not planted.leaks(page.content(), public_too=True)
    assert planted.tag not in page.content()
