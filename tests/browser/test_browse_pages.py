"""A visitor browses the demo deployment in Chromium: home, a community, a thread."""

from __future__ import annotations

import re

import pytest
import sqlalchemy as sa
from playwright.sync_api import Page, expect
from sqlmodel import select

from cop_app.db import session_scope
from cop_app.models import Community, FocusArea, FocusEmphasis, ThreadKind, User
from cop_app.services.threads.threads import do_create_thread

pytestmark = pytest.mark.browser


def _communities(db_url: str) -> list[tuple[str, str, list[str]]]:
    """(name, slug, primary focus names) of every live community, read from the app's db."""
    engine = sa.create_engine(db_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                sa.text(
                    "SELECT c.name, c.slug, f.name FROM community c"
                    " JOIN community_focus_area cfa ON cfa.community_id = c.id"
                    " JOIN focus_area f ON f.code = cfa.focus_area"
                    " WHERE c.archived_at IS NULL AND cfa.emphasis = :primary"
                ),
                {"primary": FocusEmphasis.PRIMARY.value},
            ).all()
    finally:
        engine.dispose()
    found: dict[tuple[str, str], list[str]] = {}
    for name, slug, focus in rows:
        found.setdefault((name, slug), []).append(focus)
    return [(name, slug, focus) for (name, slug), focus in sorted(found.items())]


def test_home_lists_the_five_demo_communities_with_their_primary_focus(
    page: Page, app_env: dict[str, str]
) -> None:
    communities = _communities(app_env["REFLEX_DB_URL"])
    assert len(communities) == 5
    page.goto("/")
    expect(page.get_by_role("heading", name="Communities of practice", level=1)).to_be_visible()
    for name, slug, focus in communities:
        # The name is the card's link (named by the name alone); the focus
        # areas are text in the card (read as text by a screen reader).
        link = page.get_by_role("link", name=name, exact=True)
        expect(link).to_have_attribute("href", f"/c/{slug}")
        card = page.locator(".community-card").filter(has=link)
        for area in focus:
            expect(card.get_by_text(area, exact=True)).to_be_visible()


def test_a_visitor_follows_a_community_link_and_opens_a_thread(
    page: Page, app_env: dict[str, str]
) -> None:
    name, slug, _ = _communities(app_env["REFLEX_DB_URL"])[0]
    page.goto("/")
    page.get_by_role("link", name=name, exact=True).click()
    expect(page).to_have_url(re.compile(f"/c/{slug}$"))
    expect(page.get_by_role("heading", name=name, level=1)).to_be_visible()
    expect(page.get_by_role("heading", name="Threads", exact=True)).to_be_visible()
    threads = page.locator("a.thread-link")
    expect(threads.first).to_be_visible()
    assert threads.count() >= 5
    title = threads.first.inner_text()
    threads.first.click()
    expect(page).to_have_url(re.compile(f"/c/{slug}/t/\\d+$"))
    expect(page.get_by_role("heading", name=title, level=1)).to_be_visible()
    expect(page.locator("article").first).to_be_visible()
    page.get_by_role("link", name=re.compile(f"Back to {re.escape(name)}")).click()
    expect(page.get_by_role("heading", name=name, level=1)).to_be_visible()


def test_unknown_addresses_say_so(page: Page) -> None:
    page.goto("/c/no-such-community")
    expect(page.get_by_text("There is no community at this address.")).to_be_visible()
    page.goto("/c/no-such-community/t/1")
    expect(page.get_by_text("This thread does not exist")).to_be_visible()


def test_hostile_markdown_is_shown_not_run(page: Page, app_env: dict[str, str]) -> None:
    body = (
        "Here is a **bold** claim.\n\n"
        '<img src="x" onerror="window.__xss = 1">\n\n'
        "<script>window.__xss = 2</script>\n\n"
        '<iframe srcdoc="<script>parent.__xss = 3</script>"></iframe>\n\n'
        "[a link](javascript:window.__xss=4)"
    )
    with session_scope(app_env["REFLEX_DB_URL"]) as session:
        community = session.exec(select(Community).order_by(Community.id)).first()
        author = session.exec(select(User).order_by(User.id)).first()
        assert community is not None and author is not None
        thread = do_create_thread(
            session,
            community=community,
            author=author,
            kind=ThreadKind.DISCUSSION,
            title="Markdown safety check",
            body=body,
        )
        url = f"/c/{community.slug}/t/{thread.id}"
    page.goto(url)
    post = page.locator("article .post-body").first
    expect(post.locator("strong")).to_have_text("bold")
    page.get_by_role("link", name="a link").click(no_wait_after=True, trial=False)
    page.wait_for_timeout(300)
    assert page.evaluate("window.__xss") is None
    assert post.locator("img, script, iframe").count() == 0


def test_focus_area_catalogue_is_loaded(app_env: dict[str, str]) -> None:
    with session_scope(app_env["REFLEX_DB_URL"]) as session:
        assert len(session.exec(select(FocusArea)).all()) == 5


def test_a_lead_sees_their_role_not_member(page: Page) -> None:
    """A lead's home page and community page say "Lead", not "Member" (issue 18)."""
    from tests.browser.flows import sign_in

    sign_in(page, "lead@example.org")
    page.goto("/")
    mine = page.locator(".mine-list li").filter(
        has=page.get_by_role("link", name="Community-Driven Development Practitioners", exact=True)
    )
    expect(mine.get_by_text("Lead", exact=True)).to_be_visible()
    page.goto("/c/cdd-practitioners")
    expect(page.get_by_text("You lead this community", exact=True)).to_be_visible()
    expect(page.get_by_text("You are a member", exact=True)).to_have_count(0)
