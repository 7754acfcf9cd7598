"""Issue 17: pages say which page they are (WCAG 2.4.2), and headings written
in a post sit below the page's own (heading order)."""

from __future__ import annotations

import re
import uuid

import pytest
import sqlalchemy as sa
from playwright.sync_api import Page, expect

from tests.browser.flows import sign_in

pytestmark = pytest.mark.browser

SLUG = "cdd-practitioners"
APP = "Practice Commons"


def _community_and_thread(db_url: str) -> tuple[str, int, str]:
    engine = sa.create_engine(db_url)
    try:
        with engine.connect() as conn:
            name, thread_id, title = conn.execute(
                sa.text(
                    "SELECT c.name, t.id, t.title FROM thread t"
                    " JOIN community c ON c.id = t.community_id"
                    " WHERE c.slug = :s AND NOT t.is_hidden ORDER BY t.id LIMIT 1"
                ),
                {"s": SLUG},
            ).one()
    finally:
        engine.dispose()
    return name, thread_id, title


def test_every_page_has_a_title_of_its_own(page: Page, app_env: dict[str, str]) -> None:
    name, thread_id, title = _community_and_thread(app_env["REFLEX_DB_URL"])
    expected = {
        "/login": f"Sign in · {APP}",
        "/signup": f"Create your account · {APP}",
        f"/c/{SLUG}": f"{name} · {APP}",
        f"/c/{SLUG}/t/{thread_id}": f"{title} · {name} · {APP}",
        f"/c/{SLUG}/search?q=water": f"Search · {name} · {APP}",
        "/no/such/page": f"Page not found · {APP}",
    }
    for path, wanted in expected.items():
        page.goto(path)
        expect(page).to_have_title(wanted)
    sign_in(page, "lead@example.org")
    lead_pages = {
        f"/c/{SLUG}/health": f"Community health · {name} · {APP}",
        f"/c/{SLUG}/queue": f"Help-desk queue · {name} · {APP}",
        f"/c/{SLUG}/new": f"Start a thread · {name} · {APP}",
        f"/admin/communities/{SLUG}": f"Configure · {name} · {APP}",
        "/account/sessions": f"Signed-in devices · {APP}",
    }
    for path, wanted in lead_pages.items():
        page.goto(path)
        expect(page).to_have_title(wanted)


def test_headings_in_posts_start_below_the_pages_own(page: Page, app_env: dict[str, str]) -> None:
    from cop_app.db import session_scope
    from cop_app.models import Community, ThreadKind, User
    from cop_app.services.threads import threads

    marker = uuid.uuid4().hex[:6]
    with session_scope(app_env["REFLEX_DB_URL"]) as session:
        community = session.exec(sa.select(Community).where(Community.slug == SLUG)).scalar_one()
        lead = session.exec(sa.select(User).where(User.email == "lead@example.org")).scalar_one()
        member = session.exec(
            sa.select(User).where(User.email == "member@example.org")
        ).scalar_one()
        thread = threads.do_create_thread(
            session,
            community=community,
            author=lead,
            kind=ThreadKind.DISCUSSION,
            title=f"Headings {marker}",
            body=f"# Opening idea {marker}\n\nText.\n\n## Opening detail {marker}",
        )
        threads.do_reply(
            session, thread=thread, author=member, body=f"# Reply idea {marker}\n\nMore."
        )
        thread_id = thread.id
    page.goto(f"/c/{SLUG}/t/{thread_id}")
    expect(page.get_by_role("heading", name=f"Headings {marker}", level=1)).to_be_visible()
    expect(page.get_by_role("heading", name=f"Opening idea {marker}", level=2)).to_be_visible()
    expect(page.get_by_role("heading", name=f"Opening detail {marker}", level=3)).to_be_visible()
    expect(page.get_by_role("heading", name=re.compile(r"\d+ repl"), level=2)).to_be_visible()
    expect(page.get_by_role("heading", name=f"Reply idea {marker}", level=3)).to_be_visible()
    assert page.locator("article h1").count() == 0
