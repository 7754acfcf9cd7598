"""Steps several browser tests share, done as a person would."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

DEMO_PASSWORD = "practice-makes-perfect"


def sign_in(page: Page, email: str, password: str = DEMO_PASSWORD, *, next_path: str = "") -> None:
    """Sign in through /login and wait until the header shows the account menu."""
    page.goto(f"/login?next={next_path}" if next_path else "/login")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("button", name="account menu")).to_be_visible()
    if next_path:
        expect(page).to_have_url(re.compile(re.escape(next_path) + "$"))


def sign_up(page: Page, name: str, email: str, password: str = DEMO_PASSWORD) -> None:
    """Create an account through /signup; it lands in the onboarding wizard."""
    page.goto("/signup")
    page.get_by_label("Your name").fill(name)
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Create account").click()
    expect(page).to_have_url(re.compile(r"/onboarding/?$"))
