"""Accessibility: axe-core on every page, in light and dark mode, and the skip link.

Each audit waits until the page's content has loaded (the state's on_load has
answered) so axe sees what a visitor sees, then fails on any violation of
impact "serious" or "critical" (see tests/browser/axe.py).
"""

from __future__ import annotations

import re

import pytest
import sqlalchemy as sa
from playwright.sync_api import Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from tests.browser.axe import assert_no_serious_violations
from tests.browser.flows import sign_in

pytestmark = pytest.mark.browser

SCHEMES = ["light", "dark"]


def _rich_thread(db_url: str) -> tuple[str, int]:
    """(community slug, thread id) of a visible thread, preferring an answered, busy one."""
    engine = sa.create_engine(db_url)
    try:
        with engine.connect() as conn:
            row = conn.execute(
                sa.text(
                    "SELECT c.slug, t.id FROM thread t"
                    " JOIN community c ON c.id = t.community_id"
                    " LEFT JOIN accepted_answer a ON a.thread_id = t.id"
                    " WHERE c.archived_at IS NULL AND NOT t.is_hidden"
                    " ORDER BY (a.thread_id IS NOT NULL) DESC, t.reply_count DESC, t.id"
                    " LIMIT 1"
                )
            ).first()
    finally:
        engine.dispose()
    assert row is not None, "the demo database has no visible thread"
    return row[0], row[1]


@pytest.fixture(scope="module")
def thread_address(app_env: dict[str, str]) -> tuple[str, int]:
    return _rich_thread(app_env["REFLEX_DB_URL"])


def _open(page: Page, scheme: str, url: str) -> None:
    page.emulate_media(color_scheme=scheme)
    page.goto(url)


def _settled(page: Page) -> None:
    """No loading spinner left, then give CSS transitions time to finish."""
    expect(page.locator(".rt-Spinner")).to_have_count(0)
    page.wait_for_timeout(300)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_home_page(page: Page, scheme: str) -> None:
    _open(page, scheme, "/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.locator("a.rt-Link[href^='/c/']").first).to_be_visible()
    _settled(page)
    assert_no_serious_violations(page)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_community_page(page: Page, scheme: str, thread_address: tuple[str, int]) -> None:
    slug, _ = thread_address
    _open(page, scheme, f"/c/{slug}")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.locator("a.thread-link").first).to_be_visible()
    _settled(page)
    assert_no_serious_violations(page)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_thread_page(page: Page, scheme: str, thread_address: tuple[str, int]) -> None:
    slug, thread_id = thread_address
    _open(page, scheme, f"/c/{slug}/t/{thread_id}")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.locator("article").first).to_be_visible()
    _settled(page)
    assert_no_serious_violations(page)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_thread_page_with_reply_box_and_moderation(
    page: Page, scheme: str, thread_address: tuple[str, int]
) -> None:
    slug, thread_id = thread_address
    page.emulate_media(color_scheme=scheme)
    sign_in(page, "admin@example.org")
    page.goto(f"/c/{slug}/t/{thread_id}")
    expect(page.get_by_role("button", name="Post reply")).to_be_visible()
    expect(page.get_by_text("Moderation:")).to_be_visible()
    _settled(page)
    assert_no_serious_violations(page)
    page.get_by_role("tab", name="Preview").click()
    _settled(page)
    assert_no_serious_violations(page)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_login_page(page: Page, scheme: str) -> None:
    _open(page, scheme, "/login")
    expect(page.get_by_role("heading", name="Sign in", level=1)).to_be_visible()
    _settled(page)
    assert_no_serious_violations(page)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_not_found_page(page: Page, scheme: str) -> None:
    _open(page, scheme, "/no/such/page")
    # Reflex's default text, or a custom 404 page's heading.
    expect(page.get_by_text(re.compile("page not found", re.IGNORECASE)).first).to_be_visible()
    _settled(page)
    assert_no_serious_violations(page)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("/c/no-such-community", "There is no community at this address."),
        ("/c/no-such-community/t/1", "This thread does not exist"),
    ],
)
def test_unknown_community_and_thread_messages(page: Page, url: str, message: str) -> None:
    page.goto(url)
    expect(page.get_by_text(message)).to_be_visible()
    _settled(page)
    assert_no_serious_violations(page)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_tab_reaches_the_skip_link_first_and_enter_moves_focus_into_main(
    page: Page, scheme: str
) -> None:
    _open(page, scheme, "/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.locator("a.rt-Link[href^='/c/']").first).to_be_visible()
    _settled(page)

    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to content")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    # Shown only while focused: check its contrast and the rest while it is on screen.
    assert_no_serious_violations(page, context="a.skip-link")

    page.keyboard.press("Enter")
    try:
        page.wait_for_function(
            "() => document.activeElement?.closest('main#main') != null", timeout=5_000
        )
    except PlaywrightTimeoutError:
        focused = page.evaluate(
            "() => (document.activeElement?.outerHTML ?? 'nothing').slice(0, 200)"
        )
        pytest.fail(
            f"after Enter on the skip link, focus is not in <main id=main> but on {focused}"
        )


@pytest.mark.parametrize("scheme", SCHEMES)
def test_signup_page_with_its_field_errors(page: Page, scheme: str) -> None:
    _open(page, scheme, "/signup")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    page.get_by_role("button", name="Create account").click()  # empty: errors appear
    _settled(page)
    assert_no_serious_violations(page)


MEMBER_PAGES = [
    ("/profile", "Your profile"),
    ("/account/sessions", "Signed-in devices"),
    ("/admin", "Administration"),
    ("/admin/health", "Health of all communities"),
    ("/c/urban-public-spaces/requests", "Join requests"),
    ("/admin/communities/urban-public-spaces", "Configure: Urban Public Spaces Circle"),
    ("/admin/focus-areas", "Focus-area catalogue"),
    ("/c/cdd-practitioners/new", "Start a thread"),
    ("/c/cdd-practitioners/queue", "Help-desk queue"),
    ("/c/cdd-practitioners/health", "Community health: Community-Driven Development Practitioners"),
    ("/c/cdd-practitioners/search?q=village", "Search: Community-Driven Development Practitioners"),
]


@pytest.mark.parametrize("scheme", SCHEMES)
def test_signed_in_pages(page: Page, scheme: str) -> None:
    page.emulate_media(color_scheme=scheme)
    sign_in(page, "admin@example.org")
    for url, heading in MEMBER_PAGES:
        page.goto(url)
        expect(page.get_by_role("heading", name=heading, level=1)).to_be_visible()
        _settled(page)
        assert_no_serious_violations(page)
