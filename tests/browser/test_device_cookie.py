"""Device cookies in Chromium: a stranger cannot lock a member out of their own browser.

Acceptance: "A member's own browser can still sign in after a stranger's ten
failed attempts on that account." The member's browser got a device cookie when
it signed in before; the stranger (another browser context, no cookie) is
throttled after five wrong passwords, the member's browser is not.

The failures logged here are removed at the end of the module, so the demo
member's account is not locked for later tests.
"""

from __future__ import annotations

import re
import time

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.flows import DEMO_PASSWORD, sign_in

pytestmark = pytest.mark.browser

MEMBER_EMAIL = "member@example.org"
INVALID_CREDENTIALS = "The email or password is not right."
TOO_MANY = re.compile(r"^Too many attempts\. Try again in \d+ minutes?\.$")


@pytest.fixture(scope="module", autouse=True)
def _forget_failures(restore_throttle_counters: None) -> None:
    """Forget this module's sign-in failures once it is done."""


def _attempt(browser_page: Page, password: str) -> str:
    """One sign-in as member@example.org on a fresh /login; returns the message shown."""
    browser_page.goto("/login")
    browser_page.get_by_label("Email").fill(MEMBER_EMAIL)
    browser_page.get_by_label("Password").fill(password)
    browser_page.get_by_role("button", name="Sign in").click()
    alert = browser_page.get_by_role("main").get_by_role("alert")
    # A sign-in checks a password hash and may wait out a back-off: on a busy
    # 2-core machine the answer has taken more than expect's default 5 s.
    expect(alert).to_be_visible(timeout=15_000)
    return alert.inner_text()


def test_a_strangers_ten_failures_do_not_lock_the_members_own_browser(
    page: Page, browser: Browser, app_url: str
) -> None:
    # The member signs in once: the browser keeps its device cookie after signing out.
    sign_in(page, MEMBER_EMAIL)
    device = {c["name"]: c for c in page.context.cookies()}.get("cop_device")
    assert device is not None, "no device cookie after signing in"
    assert device["httpOnly"] is True and device["sameSite"] == "Lax"
    assert device["expires"] > time.time() + 300 * 86400  # about a year
    assert "cop_device" not in page.evaluate("document.cookie")
    page.get_by_role("button", name="account menu").click()
    page.get_by_role("menuitem", name="Sign out").click()
    expect(page.get_by_role("link", name="Sign in")).to_be_visible()
    # The header changes at once; the cookie goes when the sign-out post
    # returns (the browser's own form post, a moment later).
    deadline = time.monotonic() + 15
    kept = {c["name"] for c in page.context.cookies()}
    while "cop_session" in kept and time.monotonic() < deadline:
        time.sleep(0.1)
        kept = {c["name"] for c in page.context.cookies()}
    assert "cop_device" in kept and "cop_session" not in kept

    stranger = browser.new_context(base_url=app_url, viewport={"width": 1280, "height": 900})
    try:
        # Ten wrong passwords, each on a new tab (a new Reflex client, so every
        # message read is the answer to that attempt).
        messages = []
        for n in range(10):
            tab = stranger.new_page()
            tab.set_default_timeout(15_000)
            messages.append(_attempt(tab, f"wrong-guess-{n}"))
            tab.close()
        assert messages[:5] == [INVALID_CREDENTIALS] * 5
        assert all(TOO_MANY.match(m) for m in messages[5:]), messages

        # The member's own browser signs in with the right password ...
        sign_in(page, MEMBER_EMAIL)
        expect(page.get_by_role("button", name="account menu")).to_be_visible()

        # ... while the stranger is told to wait, even with the right password.
        tab = stranger.new_page()
        tab.set_default_timeout(15_000)
        assert TOO_MANY.match(_attempt(tab, DEMO_PASSWORD))
        expect(tab.get_by_role("button", name="account menu")).to_have_count(0)
    finally:
        stranger.close()
