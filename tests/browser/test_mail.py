"""Mail through a real SMTP server, end to end, with the app really serving.

The module serves its own app (its own build folders and database; the
suite's shared app runs without a mail server), started like ``make run``
with ``COP_SMTP_URL`` pointing at an ``aiosmtpd`` server in this process, a
batching window of three seconds, and a short sending lease. It checks:

- a reply's mail reaches the server once, after the window, with both parts
  and the headers mail clients need, and POSTing its ``List-Unsubscribe`` URL
  (RFC 8058 one-click, no cookie) turns that kind off, as the member's email
  page then shows;
- a password reset through the mail: the old password stops working and the
  account's other sessions end; the link cannot be used twice;
- sign-up answers the same page for an address that has an account and for a
  new one, and the owner of the existing one is told;
- with every backend worker sending, 200 queued messages each arrive once;
- kill -9 of the whole app while it sends 100 messages: after a restart all
  100 have arrived, and a message that arrived twice has the same Message-ID
  both times and was in flight (leased, not yet marked sent) at the kill.
"""

from __future__ import annotations

import re
import time
import urllib.request
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlalchemy as sa
from playwright.sync_api import Browser, Page, expect

from tests import profile
from tests.appserver import app_environment
from tests.browser.conftest import ARTIFACTS, WORKDIR
from tests.browser.test_fanout_crash import _kill9, _launch, _ready, _setup, _stop
from tests.dbtools import postgres_database
from tests.mail.smtp_server import SmtpServer, smtp_server

pytestmark = pytest.mark.browser

PASSWORD = "mail tests share this long passphrase"
NEW_PASSWORD = "a brand new passphrase for the reset test"
SIGNUP_PASSWORD = "a sign-up passphrase nobody guesses"
FROM = "Practice Commons <cop@example.org>"
LOG = "mail-app.log"


@dataclass
class MailApp:
    url: str
    env: dict[str, str]
    smtp: SmtpServer
    proc: object

    @property
    def db_url(self) -> str:
        return self.env["REFLEX_DB_URL"]


@contextmanager
def _database(folder: Path) -> Iterator[dict[str, str]]:
    workdir = f"{WORKDIR}-mail"
    if not profile.SCALED:
        yield {
            **app_environment(f"sqlite:///{folder / 'mail.db'}", workdir_suffix=workdir),
            "COP_DEMO": "0",
        }
        return
    with postgres_database() as url:
        yield {
            **app_environment(url, workdir_suffix=workdir),
            "COP_DEMO": "0",
            "REFLEX_REDIS_URL": profile.REDIS_URL,
            "GRANIAN_WORKERS": profile.WORKERS,
        }


@pytest.fixture(scope="module")
def mail_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MailApp]:
    ARTIFACTS.mkdir(exist_ok=True)
    folder = tmp_path_factory.mktemp("mail-app")
    with smtp_server() as smtp, _database(folder) as env:
        env.update(
            {
                "COP_SMTP_URL": smtp.url,
                "COP_MAIL_FROM": FROM,
                "COP_MAIL_BATCH_MINUTES": "0.05",  # three seconds
                "COP_SMTP_TIMEOUT_S": "3",
                "COP_MAIL_LEASE_S": "6",
            }
        )
        _setup(env)
        proc, url = _launch(env, LOG)
        app = MailApp(url=url, env=env, smtp=smtp, proc=proc)
        try:
            _ready(proc, url, LOG)
            yield app
        finally:
            _stop(app.proc)  # type: ignore[arg-type]


@pytest.fixture
def tab(browser: Browser, mail_app: MailApp) -> Iterator[Page]:
    context = browser.new_context(base_url=mail_app.url, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


# --------------------------------------------------------------------------- helpers


def _person(db_url: str, name: str) -> tuple[int, str]:
    from cop_app.db import session_scope
    from cop_app.services.communities import communities

    email = f"{name.lower().replace(' ', '.')}.{uuid.uuid4().hex[:6]}@example.org"
    with session_scope(db_url) as session:
        user = communities.do_create_user(
            session, email=email, display_name=f"{name} {email[-18:-12]}", password=PASSWORD
        )
        return user.id or 0, email


def _wait_for_mail(smtp: SmtpServer, address: str, count: int = 1, timeout: float = 40) -> list:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        got = smtp.recorder.to(address)
        if len(got) >= count:
            return got
        time.sleep(0.1)
    raise AssertionError(
        f"{count} mail(s) to {address} never arrived; got {smtp.recorder.to(address)}"
    )


def _link(received, path: str) -> str:
    match = re.search(rf"https?://\S+{re.escape(path)}\S*", received.part("plain"))
    assert match, f"no {path} link in:\n{received.part('plain')}"
    return match.group(0)


def _sign_in(page: Page, email: str, password: str) -> None:
    page.goto("/login")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()


# --------------------------------------------------------------------------- a reply's mail


def test_a_reply_is_mailed_once_after_the_window_and_one_click_unsubscribes(
    mail_app: MailApp, tab: Page
) -> None:
    from cop_app.db import session_scope
    from cop_app.models import FocusAreaCode, Thread, ThreadKind, User
    from cop_app.services.communities import communities
    from cop_app.services.threads import threads

    author_id, author_email = _person(mail_app.db_url, "Asker")
    replier_id, _ = _person(mail_app.db_url, "Helper")
    tag = uuid.uuid4().hex[:6]
    with session_scope(mail_app.db_url) as session:
        community = communities.do_create_community(
            session, slug=f"mail-{tag}", name=f"Mail test {tag}"
        )
        communities.do_set_focus_areas(
            session, community=community, primary=[FocusAreaCode.PRACTITIONER_SUPPORT]
        )
        author, replier = session.get(User, author_id), session.get(User, replier_id)
        for user in (author, replier):
            communities.do_join(session, user=user, community=community)
        thread = threads.do_create_thread(
            session,
            author=author,
            community=community,
            kind=ThreadKind.QUESTION,
            title="Which grievance forms work on paper?",
            body="We run out of forms in the field.",
        )
        thread_id = thread.id
    started = time.monotonic()
    with session_scope(mail_app.db_url) as session:
        threads.do_reply(
            session,
            author=session.get(User, replier_id),
            thread=session.get(Thread, thread_id),
            body="Print them **double-sided**, and <b>keep</b> a stack at the office.",
        )
    (mail,) = _wait_for_mail(mail_app.smtp, author_email)
    waited = time.monotonic() - started
    assert waited >= 2.5, f"the mail did not wait for the batching window ({waited:.1f} s)"
    message = mail.message
    domain = "example.org"
    assert message["In-Reply-To"] == f"<thread-{thread_id}@{domain}>"
    assert message["References"] == f"<thread-{thread_id}@{domain}>"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert re.fullmatch(r"<[^@>]+@example\.org>", message["Message-ID"])
    assert "Which grievance forms work on paper?" in message["Subject"]
    html = mail.part("html")
    assert "<strong>double-sided</strong>" in html
    assert "<b>keep</b>" not in html and "&lt;b&gt;keep&lt;/b&gt;" in html
    assert "double-sided" in mail.part("plain")
    with sa.create_engine(mail_app.db_url).connect() as conn:
        stored = (
            conn.execute(
                sa.text(
                    "SELECT message_id FROM mail_message WHERE user_id = :u AND status = 'sent'"
                ),
                {"u": author_id},
            )
            .scalars()
            .all()
        )
    assert stored == [message["Message-ID"]]
    time.sleep(4)  # nothing more comes (once)
    assert len(mail_app.smtp.recorder.to(author_email)) == 1

    # One click, as a mail client does it: a POST with no cookie, no page of ours.
    one_click = message["List-Unsubscribe"].strip("<>")
    assert "/_mail/unsubscribe/" in one_click
    request = urllib.request.Request(  # noqa: S310 (our own test server)
        one_click, data=b"List-Unsubscribe=One-Click", method="POST"
    )
    with urllib.request.urlopen(request, timeout=10) as answer:  # noqa: S310
        assert answer.status == 200
    forged = urllib.request.Request(  # noqa: S310
        one_click[:-3] + "xyz", data=b"List-Unsubscribe=One-Click", method="POST"
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(forged, timeout=10)  # noqa: S310
    assert refused.value.code == 400

    _sign_in(tab, author_email, PASSWORD)
    expect(tab.get_by_role("button", name="account menu")).to_be_visible()
    tab.goto("/account/email")
    replies = tab.get_by_role("group", name="Replies to your threads")
    expect(replies.get_by_label("In the app", exact=True)).to_be_checked()
    mentions = tab.get_by_role("group", name="Mentions of you")
    expect(mentions.get_by_label("In the app and by email")).to_be_checked()


# --------------------------------------------------------------------------- password reset


def test_a_password_reset_through_the_mail(mail_app: MailApp, browser: Browser, tab: Page) -> None:
    _, email = _person(mail_app.db_url, "Forgetful")
    # Another browser signed in to the account before the reset.
    other = browser.new_context(base_url=mail_app.url)
    elsewhere = other.new_page()
    _sign_in(elsewhere, email, PASSWORD)
    expect(elsewhere.get_by_role("button", name="account menu")).to_be_visible()

    tab.goto("/login")
    tab.get_by_role("link", name="Forgot your password?").click()
    expect(tab.get_by_role("heading", name="Reset your password")).to_be_visible()
    tab.get_by_label("Email address").fill(email)
    tab.get_by_role("button", name="Send the link").click()
    expect(tab.get_by_role("status")).to_contain_text("a link is on its way")
    (mail,) = _wait_for_mail(mail_app.smtp, email)
    assert mail.part("html") and mail.part("plain")
    link = _link(mail, "/password/reset?t=")

    tab.goto(link)
    tab.get_by_label("New password").fill(NEW_PASSWORD)
    tab.get_by_role("button", name="Set the new password").click()
    expect(tab.get_by_role("button", name="account menu")).to_be_visible()

    # The other browser's session has ended.
    elsewhere.goto("/account/sessions")
    expect(elsewhere.get_by_role("heading", name="Sign in")).to_be_visible()
    other.close()
    # The old password no longer signs in; the new one does.
    fresh = browser.new_context(base_url=mail_app.url)
    again = fresh.new_page()
    _sign_in(again, email, PASSWORD)
    expect(again.get_by_role("alert")).to_contain_text("The email or password is not right")
    _sign_in(again, email, NEW_PASSWORD)
    expect(again.get_by_role("button", name="account menu")).to_be_visible()
    # The link is spent.
    again.goto(link)
    expect(again.get_by_role("alert")).to_contain_text("already been used")
    fresh.close()


# --------------------------------------------------------------------------- sign-up


def _signup_page_text(page: Page, email: str) -> str:
    page.goto("/signup")
    page.get_by_label("Your name").fill("Someone New")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(SIGNUP_PASSWORD)
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_role("heading", name="Check your email")).to_be_visible()
    expect(page.get_by_role("status")).to_contain_text("We sent a message to")
    return page.locator("main").inner_text().replace(email, "<address>")


def test_sign_up_gives_the_same_page_for_a_taken_address_and_tells_its_owner(
    mail_app: MailApp, browser: Browser
) -> None:
    _, taken = _person(mail_app.db_url, "Owner")
    fresh = f"newcomer.{uuid.uuid4().hex[:6]}@example.org"
    pages = []
    for address in (taken, fresh):
        context = browser.new_context(base_url=mail_app.url)
        pages.append(_signup_page_text(context.new_page(), address))
        context.close()
    assert pages[0] == pages[1]
    (notice,) = _wait_for_mail(mail_app.smtp, taken)
    assert "tried to create an account" in notice.message["Subject"]
    (confirm,) = _wait_for_mail(mail_app.smtp, fresh)
    context = browser.new_context(base_url=mail_app.url)
    page = context.new_page()
    # Not before the address is confirmed: the same answer as a wrong password.
    _sign_in(page, fresh, SIGNUP_PASSWORD)
    expect(page.get_by_role("alert")).to_contain_text("Open the link we mailed you first")
    page.goto(_link(confirm, "/account/confirm?t="))  # opening it uses nothing
    # The link asks for the password chosen at sign-up: a wrong one is refused
    # beside the field, and the link stays usable.
    page.get_by_label("Your password").fill("not the password chosen")
    page.get_by_role("button", name="Confirm my address").click()
    expect(page.locator("#field-password-error")).to_contain_text("not the password")
    page.get_by_label("Your password").fill(SIGNUP_PASSWORD)
    page.get_by_role("button", name="Confirm my address").click()
    expect(page).to_have_url(re.compile(r"/onboarding"), timeout=20_000)
    expect(page.get_by_role("button", name="account menu")).to_be_visible()
    context.close()


# --------------------------------------------------------------------------- many messages


def _queue(db_url: str, count: int, tag: str) -> list[str]:
    """``count`` composed messages queued as account mail would be; their Message-IDs."""
    from cop_app.db import session_scope
    from cop_app.models import MailKind
    from cop_app.services.mail import compose, outbox

    ids = []
    with session_scope(db_url) as session:
        for n in range(count):
            row = outbox.enqueue(
                session,
                key=f"{tag}:{n}",
                kind=MailKind.SIGNUP_NOTICE,
                to_address=f"{tag}-{n}@example.net",
                composed=compose.Composed(subject=f"{tag} {n}", text=f"Message {n}\n", html=""),
            )
            ids.append(row.message_id)
    return ids


def _statuses(db_url: str, tag: str) -> dict[str, tuple[str, object]]:
    with sa.create_engine(db_url).connect() as conn:
        rows = conn.execute(
            sa.text("SELECT message_id, status, claimed_until FROM mail_message WHERE key LIKE :k"),
            {"k": f"{tag}:%"},
        ).all()
    return {mid: (status, claimed) for mid, status, claimed in rows}


def _wait_all_sent(db_url: str, tag: str, count: int, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        states = _statuses(db_url, tag)
        if sum(1 for s, _ in states.values() if s == "sent") == count:
            return
        time.sleep(0.2)
    raise AssertionError(f"not all sent: {Counter(s for s, _ in _statuses(db_url, tag).values())}")


def test_every_worker_sends_and_each_message_arrives_once(mail_app: MailApp) -> None:
    tag = f"many{uuid.uuid4().hex[:6]}"
    ids = _queue(mail_app.db_url, 200, tag)
    _wait_all_sent(mail_app.db_url, tag, 200)
    received = Counter(m for m in mail_app.smtp.recorder.message_ids() if m in set(ids))
    assert set(received) == set(ids)
    assert max(received.values()) == 1, "a message was sent twice without any crash"


def test_kill_9_while_sending_100_messages(mail_app: MailApp) -> None:
    tag = f"crash{uuid.uuid4().hex[:6]}"
    mail_app.smtp.recorder.delay_s = 0.05  # the server takes its time: the kill lands mid-way
    try:
        ids = _queue(mail_app.db_url, 100, tag)
        wanted = set(ids)
        deadline = time.monotonic() + 60
        while sum(m in wanted for m in mail_app.smtp.recorder.message_ids()) < 20:
            assert time.monotonic() < deadline, "sending never started"
            time.sleep(0.02)
        _kill9(mail_app.proc)  # type: ignore[arg-type]
        at_kill = _statuses(mail_app.db_url, tag)
        in_flight = {
            m for m, (status, claimed) in at_kill.items() if status == "queued" and claimed
        }
        sent_before = sum(1 for status, _ in at_kill.values() if status == "sent")
        assert 0 < sent_before < 100, f"the kill did not land mid-way ({sent_before} sent)"
        mail_app.proc, mail_app.url = _launch(mail_app.env, "mail-app-restarted.log")
        _ready(mail_app.proc, mail_app.url, "mail-app-restarted.log")  # type: ignore[arg-type]
        _wait_all_sent(mail_app.db_url, tag, 100)
    finally:
        mail_app.smtp.recorder.delay_s = 0.0
    received = Counter(m for m in mail_app.smtp.recorder.message_ids() if m in wanted)
    assert set(received) == wanted, f"{len(wanted - set(received))} messages never arrived"
    twice = {m for m, n in received.items() if n > 1}
    assert twice <= in_flight, f"sent twice but not in flight at the kill: {twice - in_flight}"
    assert max(received.values()) <= 2
    print(f"kill -9: {sent_before} sent before, {len(in_flight)} in flight, {len(twice)} twice")
