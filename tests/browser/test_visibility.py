"""A members-only community keeps its discussions to its members, in Chromium:
its page, a thread's address and its search say nothing to a visitor or to a
signed-in non-member, while a site admin reads them."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from playwright.sync_api import Page, expect

from tests.browser.flows import sign_in, sign_up

pytestmark = pytest.mark.browser

SLUG = "urban-public-spaces"  # the demo's selective community: members only
ADMIN_EMAIL = "admin@example.org"


@pytest.fixture(scope="module")
def secret(app_env: dict[str, str]) -> Iterator[tuple[int, str, str]]:
    """(id, title, a word of the title) of a visible thread of the community."""
    engine = sa.create_engine(app_env["REFLEX_DB_URL"])
    with engine.connect() as conn:
        visibility = conn.execute(
            sa.text("SELECT visibility FROM community WHERE slug = :s"), {"s": SLUG}
        ).scalar_one()
        thread_id, title = conn.execute(
            sa.text(
                "SELECT t.id, t.title FROM thread t JOIN community c ON c.id = t.community_id"
                " WHERE c.slug = :s AND NOT t.is_hidden ORDER BY t.last_activity_at DESC"
                " LIMIT 1"
            ),
            {"s": SLUG},
        ).one()
    engine.dispose()
    assert visibility == "members"
    word = max(re.findall(r"[A-Za-z]{5,}", title), key=len)
    yield thread_id, title, word


def _says_nothing(page: Page, secret: tuple[int, str, str], closed_text: str) -> None:
    thread_id, title, word = secret
    page.goto(f"/c/{SLUG}")
    expect(page.get_by_role("heading", name="Urban Public Spaces Circle", level=1)).to_be_visible()
    expect(page.get_by_text("Members only", exact=True)).to_be_visible()
    expect(page.get_by_text(closed_text)).to_be_visible()
    expect(page.locator("a.thread-link")).to_have_count(0)
    assert title not in page.content()
    page.goto(f"/c/{SLUG}/t/{thread_id}")
    expect(page.get_by_text("This thread does not exist")).to_be_visible()
    assert title not in page.content()
    page.goto(f"/c/{SLUG}/search?q={word}")
    expect(page.get_by_text("There is no community at this address.")).to_be_visible()
    assert title not in page.content()


def test_a_visitor_is_told_to_sign_in_and_sees_no_discussion(
    page: Page, secret: tuple[int, str, str]
) -> None:
    _says_nothing(page, secret, "Sign in to read this community's discussions.")


def test_a_signed_in_non_member_sees_no_discussion(
    page: Page, secret: tuple[int, str, str], restore_throttle_counters: None
) -> None:
    sign_up(page, "Nadia Outsider", "nadia.outsider@example.org")
    _says_nothing(page, secret, "Only members of this community can read its discussions.")


def test_a_site_admin_reads_the_discussions(page: Page, secret: tuple[int, str, str]) -> None:
    thread_id, title, word = secret
    sign_in(page, ADMIN_EMAIL)
    page.goto(f"/c/{SLUG}")
    expect(page.locator("a.thread-link").first).to_be_visible()
    page.goto(f"/c/{SLUG}/t/{thread_id}")
    expect(page.get_by_role("heading", name=title, level=1)).to_be_visible()
    page.goto(f"/c/{SLUG}/search?q={word}")
    hit = page.get_by_role("link", name=re.compile(re.escape(word), re.IGNORECASE)).first
    expect(hit).to_be_visible()
