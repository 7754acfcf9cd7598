"""Accounts in Chromium: sign up, sign in and out, refused pages, profile, sessions.

Issue 3, acceptance 1: "sign up, sign out, sign in; a wrong password and an
unknown email give the same message; a member who opens an admin or lead URL
is redirected with a message". Plus the join-request review, the profile form,
the signed-in devices page and the session cookie's flags.

The app and its database are shared by every browser test, so these tests
leave the demo accounts as they found them: profile edits and the sessions
page use accounts made here (straight in the database, so they do not count
against the sign-up rate limit), and the join request approved here is one
made here. The sign-in failures and sign-ups logged here are removed at the end
of the module, so the throttles start from where they were for later tests.
"""

from __future__ import annotations

import re
import uuid

import pytest
from playwright.sync_api import Browser, Locator, Page, expect
from sqlmodel import select

from cop_app.db import session_scope
from cop_app.models import Community, Membership, MembershipStatus, User
from cop_app.services.communities.communities import do_create_user, do_join, get_user_by_email

pytestmark = pytest.mark.browser

DEMO_PASSWORD = "practice-makes-perfect"
ADMIN_EMAIL = "admin@example.org"
LEAD_EMAIL = "lead@example.org"
MEMBER_EMAIL = "member@example.org"
LEAD_COMMUNITY = "cdd-practitioners"
SELECTIVE_COMMUNITY = "urban-public-spaces"
PASSPHRASE = "amber kettle walks 9 orbit"
INVALID_CREDENTIALS = "The email or password is not right."


# --------------------------------------------------------------------------- helpers


@pytest.fixture(scope="module", autouse=True)
def _forget_sign_ups(restore_throttle_counters: None) -> None:
    """Forget this module's sign-ups and sign-in failures once it is done."""


def _unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def _new_account(db_url: str, name: str) -> str:
    """An account made straight in the database; returns its email."""
    email = f"{_unique('acct')}@example.org"
    with session_scope(db_url) as session:
        do_create_user(session, email=email, display_name=name, password=PASSPHRASE)
    return email


def _user(db_url: str, email: str) -> User | None:
    with session_scope(db_url) as session:
        return get_user_by_email(session, email=email)


def _at(path: str, query: str = "") -> re.Pattern[str]:
    """The page's URL ends with this path (a trailing slash allowed) and query."""
    return re.compile(
        r"^https?://[^/]+" + re.escape(path.rstrip("/")) + "/?" + re.escape(query) + "$"
    )


def _login_for(path: str) -> re.Pattern[str]:
    """/login?next=<path>: the page the visitor was sent away from, a slash allowed."""
    return re.compile(r"^https?://[^/]+/login/?\?next=" + re.escape(path) + "/?$")


def _account_menu(page: Page) -> Locator:
    return page.get_by_role("button", name="account menu")


def _sign_in(page: Page, email: str, password: str, *, path: str = "/login") -> None:
    """Fill in the sign-in form (at ``path``) and wait for the account menu."""
    if path:
        page.goto(path)
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    expect(_account_menu(page)).to_be_visible()


def _sign_out(page: Page) -> None:
    _account_menu(page).click()
    page.get_by_role("menuitem", name="Sign out").click()
    expect(page.get_by_role("link", name="Sign in")).to_be_visible()


def _notice(page: Page) -> Locator:
    """The banner that says why a page was refused."""
    return page.get_by_role("main").get_by_role("status")


def _expect_field_error(page: Page, label: str, message: str) -> None:
    """The message is shown, tied to the field by aria-describedby, and the field is invalid."""
    control = page.get_by_label(label, exact=True)
    expect(control).to_have_attribute("aria-invalid", "true")
    expect(control).to_have_accessible_description(re.compile(re.escape(message)))
    error_id = page.get_by_text(message, exact=True).get_attribute("id")
    assert error_id, f"the message {message!r} has no id"
    described_by = (control.get_attribute("aria-describedby") or "").split()
    assert error_id in described_by, f"{label}: {described_by} does not reference #{error_id}"


# --------------------------------------------------------------------------- sign up, in, out


def test_sign_up_then_sign_out_then_sign_in_again(page: Page, app_env: dict[str, str]) -> None:
    name = f"Ada {_unique('Tester')}"
    email = f"{_unique('signup')}@example.org"
    page.goto("/")
    page.get_by_role("link", name="Join").click()
    expect(page).to_have_url(_at("/signup"))
    page.get_by_label("Your name").fill(name)
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSPHRASE)
    page.get_by_role("button", name="Create account").click()

    # A new account lands in the onboarding wizard.
    expect(page).to_have_url(_at("/onboarding"))
    expect(_account_menu(page)).to_contain_text(name)
    expect(page.get_by_text("Step 1 of 6")).to_be_visible()
    assert _user(app_env["REFLEX_DB_URL"], email) is not None

    _sign_out(page)
    expect(_account_menu(page)).to_have_count(0)

    _sign_in(page, email, PASSPHRASE)
    expect(_account_menu(page)).to_contain_text(name)


def test_wrong_password_and_unknown_email_give_the_same_message(page: Page) -> None:
    alert = page.get_by_role("main").get_by_role("alert")
    page.goto("/login")
    page.get_by_label("Email").fill(ADMIN_EMAIL)
    page.get_by_label("Password").fill("not the admin password at all")
    page.get_by_role("button", name="Sign in").click()
    expect(alert).to_have_text(INVALID_CREDENTIALS)
    wrong_password = alert.inner_text()

    page.goto("/login")
    expect(alert).to_have_count(0)
    page.get_by_label("Email").fill(f"{_unique('nobody')}@example.org")
    page.get_by_label("Password").fill("not the admin password at all")
    page.get_by_role("button", name="Sign in").click()
    expect(alert).to_be_visible()
    assert alert.inner_text() == wrong_password

    expect(page).to_have_url(_at("/login"))
    expect(page.get_by_role("link", name="Sign in")).to_be_visible()
    expect(_account_menu(page)).to_have_count(0)


def test_sign_up_shows_each_problem_beside_its_field_and_creates_nothing(
    page: Page, app_env: dict[str, str]
) -> None:
    bad_email = f"{_unique('new')}@example"  # the browser accepts it; the server does not
    page.goto("/signup")
    page.get_by_label("Your name").fill("   ")  # passes `required`, empty once trimmed
    page.get_by_label("Email").fill(bad_email)
    page.get_by_label("Password").fill("short")
    page.get_by_role("button", name="Create account").click()
    _expect_field_error(page, "Your name", "Enter the name other members will see.")
    _expect_field_error(page, "Email", "Enter an email address like name@example.org.")
    _expect_field_error(
        page,
        "Password",
        "Use at least 10 characters. "
        "A few unrelated words make a strong password that is easy to remember.",
    )

    page.get_by_label("Your name").fill("Someone New")
    page.get_by_label("Email").fill(MEMBER_EMAIL)
    page.get_by_label("Password").fill(PASSPHRASE)
    page.get_by_role("button", name="Create account").click()
    _expect_field_error(
        page, "Email", "An account with this email already exists. Sign in instead."
    )
    expect(page.get_by_label("Your name", exact=True)).to_have_attribute("aria-invalid", "false")
    expect(page.get_by_label("Password", exact=True)).to_have_attribute("aria-invalid", "false")

    expect(page).to_have_url(_at("/signup"))
    expect(_account_menu(page)).to_have_count(0)
    assert _user(app_env["REFLEX_DB_URL"], bad_email) is None
    with session_scope(app_env["REFLEX_DB_URL"]) as session:
        named = session.exec(select(User).where(User.display_name == "Someone New")).all()
    assert named == []


# --------------------------------------------------------------------------- refused pages


def test_a_member_is_sent_away_from_the_admin_page_with_a_notice(page: Page) -> None:
    _sign_in(page, MEMBER_EMAIL, DEMO_PASSWORD)
    page.goto("/admin")
    expect(page).to_have_url(_at("/"))
    expect(_notice(page)).to_contain_text("Only site admins can do this.")
    expect(page.get_by_role("heading", name="Administration")).to_have_count(0)


def test_a_member_is_sent_away_from_a_lead_page_with_a_notice(page: Page) -> None:
    _sign_in(page, MEMBER_EMAIL, DEMO_PASSWORD)
    page.goto(f"/c/{LEAD_COMMUNITY}/requests")
    expect(page).to_have_url(_at("/"))
    expect(_notice(page)).to_contain_text("Only the leads and facilitators of")
    expect(_notice(page)).to_contain_text("can review join requests.")
    expect(page.get_by_role("heading", name="Join requests")).to_have_count(0)


def test_a_visitor_is_asked_to_sign_in_and_then_sees_the_admin_page(page: Page) -> None:
    page.goto("/admin")
    expect(page).to_have_url(_login_for("/admin"))
    expect(_notice(page)).to_contain_text("Sign in to continue.")
    _sign_in(page, ADMIN_EMAIL, DEMO_PASSWORD, path="")
    expect(page).to_have_url(_at("/admin"))
    expect(page.get_by_role("heading", name="Administration", level=1)).to_be_visible()
    table = page.get_by_role("table")
    expect(table.get_by_role("columnheader", name="Pending requests")).to_be_visible()
    expect(table.get_by_role("link", name="Urban Public Spaces Circle", exact=True)).to_be_visible()
    expect(_notice(page)).to_have_count(0)


# --------------------------------------------------------------------------- join requests


def test_the_lead_opens_their_communitys_join_requests(page: Page) -> None:
    _sign_in(page, LEAD_EMAIL, DEMO_PASSWORD)
    page.goto(f"/c/{LEAD_COMMUNITY}/requests")
    expect(page.get_by_role("heading", name="Join requests", level=1)).to_be_visible()
    expect(page).to_have_url(_at(f"/c/{LEAD_COMMUNITY}/requests"))
    expect(_notice(page)).to_have_count(0)


def test_an_admin_approves_a_join_request(page: Page, app_env: dict[str, str]) -> None:
    db_url = app_env["REFLEX_DB_URL"]
    name = f"Applicant {_unique('J')}"
    motivation = f"I run public space audits in three cities ({_unique('m')})."
    email = _new_account(db_url, name)
    with session_scope(db_url) as session:
        community = session.exec(
            select(Community).where(Community.slug == SELECTIVE_COMMUNITY)
        ).one()
        applicant = get_user_by_email(session, email=email)
        assert applicant is not None
        request_id = do_join(session, community=community, user=applicant, motivation=motivation).id
        pending = session.exec(
            select(Membership.motivation)
            .where(
                Membership.community_id == community.id,
                Membership.status == MembershipStatus.PENDING,
            )
            .order_by(Membership.requested_at)
        ).all()
        admin_id = get_user_by_email(session, email=ADMIN_EMAIL).id  # type: ignore[union-attr]
    assert len(pending) >= 2, "the demo community should have pending requests of its own"

    _sign_in(page, ADMIN_EMAIL, DEMO_PASSWORD)
    page.goto(f"/c/{SELECTIVE_COMMUNITY}/requests")
    expect(page.get_by_role("heading", name="Join requests", level=1)).to_be_visible()
    motivations = page.get_by_role("main").get_by_role("blockquote")
    expect(motivations).to_have_text(list(pending))
    expect(page.get_by_role("button", name=re.compile("^Approve "))).to_have_count(len(pending))
    expect(page.get_by_role("heading", name=name)).to_be_visible()

    page.get_by_role("button", name=f"Approve {name}").click()
    expect(page.get_by_text("Approved: they are now a member.")).to_be_visible()
    expect(page.get_by_role("heading", name=name)).to_have_count(0)
    expect(page.get_by_text(motivation)).to_have_count(0)
    expect(motivations).to_have_count(len(pending) - 1)

    with session_scope(db_url) as session:
        decided = session.get(Membership, request_id)
        assert decided is not None
        assert decided.status == MembershipStatus.ACTIVE
        assert decided.decided_by_id == admin_id
        assert decided.decided_at is not None


# --------------------------------------------------------------------------- profile


def test_profile_edits_are_saved(page: Page, app_env: dict[str, str]) -> None:
    email = _new_account(app_env["REFLEX_DB_URL"], "Profile Editor")
    _sign_in(page, email, PASSPHRASE)
    page.goto("/profile")
    page.get_by_label("Organisation", exact=True).fill("Ministry of Public Works")
    page.get_by_label("I can help with").fill("participatory budgeting")
    page.get_by_role("button", name="Save profile").click()
    expect(page.get_by_text("Profile saved.")).to_be_visible()

    page.reload()
    expect(page.get_by_label("Organisation", exact=True)).to_have_value("Ministry of Public Works")
    expect(page.get_by_label("I can help with")).to_have_value("participatory budgeting")


def test_a_too_long_name_is_refused_beside_the_field_and_nothing_is_lost(
    page: Page, app_env: dict[str, str]
) -> None:
    email = _new_account(app_env["REFLEX_DB_URL"], "Kept Name")
    _sign_in(page, email, PASSPHRASE)
    page.goto("/profile")
    page.get_by_label("Organisation", exact=True).fill("First Organisation")
    page.get_by_role("button", name="Save profile").click()
    expect(page.get_by_text("Profile saved.")).to_be_visible()

    name_field = page.get_by_label("Your name", exact=True)
    # The field's maxlength would cut the name to 80 characters; a crafted
    # client is not held back by it, and the server must refuse on its own.
    name_field.evaluate("el => el.removeAttribute('maxlength')")
    name_field.fill("N" * 200)
    expect(name_field).to_have_value("N" * 200)
    page.get_by_label("Organisation", exact=True).fill("Second Organisation")
    page.get_by_role("button", name="Save profile").click()
    _expect_field_error(page, "Your name", "Use at most 80 characters for your name.")
    expect(page.get_by_text("Some fields need another look.")).to_be_visible()

    page.reload()
    expect(page.get_by_label("Your name", exact=True)).to_have_value("Kept Name")
    expect(page.get_by_label("Organisation", exact=True)).to_have_value("First Organisation")
    expect(_account_menu(page)).to_contain_text("Kept Name")


# --------------------------------------------------------------------------- sessions


def test_signing_out_everywhere_else_ends_the_other_browsers_session(
    page: Page, browser: Browser, app_url: str, app_env: dict[str, str]
) -> None:
    email = _new_account(app_env["REFLEX_DB_URL"], "Two Browsers")
    other = browser.new_context(base_url=app_url)
    try:
        page_b = other.new_page()
        page_b.set_default_timeout(15_000)
        _sign_in(page_b, email, PASSPHRASE)
        page_b.goto("/profile")
        expect(page_b.get_by_role("heading", name="Your profile", level=1)).to_be_visible()

        _sign_in(page, email, PASSPHRASE)
        _account_menu(page).click()
        page.get_by_role("menuitem", name="Signed-in devices").click()
        expect(page).to_have_url(_at("/account/sessions"))
        sessions = page.get_by_role("main").get_by_role("listitem")
        expect(sessions).to_have_count(2)
        expect(sessions.filter(has_text="This browser")).to_have_count(1)

        page.get_by_role("button", name="Sign out everywhere else").click()
        expect(page.get_by_text("Signed out of 1 other session.")).to_be_visible()
        expect(sessions).to_have_count(1)
        expect(sessions.first).to_contain_text("This browser")

        page_b.reload()
        expect(page_b).to_have_url(_login_for("/profile"))
        expect(page_b.get_by_role("link", name="Sign in")).to_be_visible()
        expect(_account_menu(page_b)).to_have_count(0)

        page.reload()
        expect(_account_menu(page)).to_be_visible()
    finally:
        other.close()


def test_the_session_cookie_is_http_only_and_same_site_lax(page: Page) -> None:
    _sign_in(page, MEMBER_EMAIL, DEMO_PASSWORD)
    cookies = {c["name"]: c for c in page.context.cookies()}
    assert "cop_session" in cookies, f"no session cookie among {sorted(cookies)}"
    cookie = cookies["cop_session"]
    assert cookie["httpOnly"] is True
    assert cookie["sameSite"] == "Lax"
    assert len(cookie["value"]) >= 22  # at least 128 bits, URL-safe base64
    assert "cop_session" not in page.evaluate("document.cookie")
