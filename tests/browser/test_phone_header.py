"""The site header on a 320 px wide phone (WCAG 1.4.10 Reflow): no sideways
scrolling, every control inside the screen or in the "Menu", the menu works by
keyboard, and the account button's accessible name contains its visible name
(WCAG 2.5.3)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser import flows

pytestmark = pytest.mark.browser

PHONE = {"width": 320, "height": 720}
LONG_NAME = "Maximiliana Bartholomew-Featherstonehaugh"

# Every visible link and button in the header, with its box and accessible text.
HEADER_CONTROLS = """() => [...document.querySelectorAll('header a, header button')]
  .filter((el) => el.getClientRects().length > 0)
  .map((el) => {
    const r = el.getBoundingClientRect();
    return {
      text: (el.getAttribute('aria-label') || el.textContent || '').trim(),
      left: r.left, right: r.right, top: r.top, bottom: r.bottom,
      width: r.width, height: r.height,
    };
  })"""


def _assert_fits(page: Page) -> list[dict]:
    """No sideways scrolling; every visible header control inside 0..320, 24 px or more."""
    page.wait_for_load_state("networkidle")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    controls = page.evaluate(HEADER_CONTROLS)
    assert controls, "no links or buttons found in the header"
    for c in controls:
        assert c["left"] >= 0 and c["right"] <= PHONE["width"], c
        assert c["height"] >= 24 and c["width"] >= 24, c
    return controls


def _menu_button(page: Page):
    return page.get_by_role("banner").get_by_role("button", name="Menu", exact=True)


def _open_menu_by_keyboard(page: Page) -> None:
    _menu_button(page).focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("menu")).to_be_visible()


def test_signed_out_header_fits_and_menu_works_by_keyboard(page: Page) -> None:
    page.set_viewport_size(PHONE)
    page.goto("/")
    expect(_menu_button(page)).to_be_visible()
    _assert_fits(page)
    # The wide links are not shown; they are in the menu.
    header = page.get_by_role("banner")
    expect(header.get_by_role("link", name="Sign in")).to_be_hidden()
    expect(header.get_by_role("link", name="Communities")).to_be_hidden()

    _open_menu_by_keyboard(page)
    menu = page.get_by_role("menu")
    for name in ("Communities", "Sign in", "Join"):
        expect(menu.get_by_role("menuitem", name=name)).to_be_visible()
    # Arrow to "Sign in" and press Enter: the sign-in page opens.
    page.keyboard.press("ArrowDown")
    expect(menu.get_by_role("menuitem", name="Sign in")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/login/?$"))
    _assert_fits(page)

    # "Join" from the menu opens the sign-up page.
    _open_menu_by_keyboard(page)
    page.get_by_role("menuitem", name="Join").click()
    expect(page).to_have_url(re.compile(r"/signup/?$"))

    # Escape closes the menu and gives focus back to its button.
    _open_menu_by_keyboard(page)
    page.keyboard.press("Escape")
    expect(page.get_by_role("menu")).to_have_count(0)
    expect(_menu_button(page)).to_be_focused()


def test_signed_in_header_fits_and_names_the_member(page: Page) -> None:
    flows.sign_in(page, "member@example.org")
    page.set_viewport_size(PHONE)
    page.goto("/")
    account = page.get_by_role("button", name="account menu")
    expect(account).to_be_visible()
    _assert_fits(page)
    shown = account.inner_text().strip()
    assert shown
    name = account.get_attribute("aria-label") or ""
    assert shown in name and name.endswith("account menu"), (shown, name)

    # Communities is in the menu; the account menu opens by keyboard too.
    _open_menu_by_keyboard(page)
    expect(page.get_by_role("menuitem", name="Communities")).to_be_visible()
    expect(page.get_by_role("menuitem", name="Sign in")).to_have_count(0)
    page.keyboard.press("Escape")
    account.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("menuitem", name="Your profile")).to_be_visible()
    page.keyboard.press("Escape")


def test_long_name_is_cut_inside_its_button(page: Page, restore_throttle_counters: None) -> None:
    flows.sign_up(page, LONG_NAME, "phone-header-long-name@example.org")
    page.set_viewport_size(PHONE)
    page.goto("/")
    account = page.get_by_role("button", name=f"{LONG_NAME} account menu", exact=True)
    expect(account).to_be_visible()
    _assert_fits(page)
    cut = account.locator(".account-name").evaluate(
        "(el) => el.scrollWidth > el.clientWidth && getComputedStyle(el).textOverflow"
    )
    assert cut == "ellipsis"
    # The header stays one row, the button inside the screen.
    box = account.bounding_box()
    assert box is not None and box["x"] + box["width"] <= PHONE["width"]
