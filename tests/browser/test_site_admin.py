"""Site admins in Chromium: preview a configuration, create and archive a community,
reword the focus-area catalogue."""

from __future__ import annotations

import re
import uuid

import pytest
import sqlalchemy as sa
from playwright.sync_api import Page, expect

from tests.browser.flows import sign_in

pytestmark = pytest.mark.browser


def _one(db_url: str, sql: str, **params: object):
    engine = sa.create_engine(db_url)
    try:
        with engine.connect() as conn:
            return conn.execute(sa.text(sql), params).first()
    finally:
        engine.dispose()


def _area(page: Page, name: str):
    return page.get_by_role("group", name=name, exact=True)


def test_the_preview_follows_unsaved_edits_and_saves_nothing(
    page: Page, app_env: dict[str, str]
) -> None:
    db_url = app_env["REFLEX_DB_URL"]
    version = _one(
        db_url, "SELECT config_version FROM community WHERE slug = 'results-measurement'"
    )
    sign_in(page, "admin@example.org")
    page.goto("/admin/communities/results-measurement")
    preview = page.get_by_role("region", name="Preview")
    expect(preview).to_be_visible()

    page.get_by_label("Tagline").fill("Evidence that changes decisions")
    _area(page, "Innovation").get_by_label("Primary").check()
    _area(page, "Innovation").get_by_label(re.compile("^Target")).fill("7")
    page.get_by_text("Selective: leads review each request").click()

    card = preview.locator(".community-card")
    expect(card).to_contain_text("Evidence that changes decisions")
    expect(card.get_by_text("Innovation", exact=True)).to_be_visible()
    expect(card.get_by_text("Selective")).to_be_visible()
    expect(preview).to_contain_text("7 new ideas discussed a month")
    # Nothing reached the database.
    assert (
        _one(db_url, "SELECT config_version FROM community WHERE slug = 'results-measurement'")
        == version
    )

    _area(page, "Innovation").get_by_label("Not a focus").check()
    expect(card.get_by_text("Innovation", exact=True)).to_have_count(0)


def test_an_admin_creates_a_community_then_archives_and_restores_it(
    page: Page, app_env: dict[str, str]
) -> None:
    db_url = app_env["REFLEX_DB_URL"]
    name = f"Water Security {uuid.uuid4().hex[:6]}"
    slug = name.lower().replace(" ", "-")
    sign_in(page, "admin@example.org")
    page.goto("/admin")
    create = page.get_by_role("form", name="Start a new community")

    # Bad input first: no focus area, unknown lead.
    create.get_by_label("Community name").fill(name)
    create.get_by_label("First lead's email").fill("nobody@example.org")
    create.get_by_role("button", name="Create the community").click()
    expect(page.locator("#field-new_primary-error")).to_contain_text("one or two primary")
    expect(page.locator("#field-new_lead-error")).to_contain_text("No active account")
    assert _one(db_url, "SELECT id FROM community WHERE slug = :s", s=slug) is None

    create.get_by_label("Practitioner support").check()
    create.get_by_label("First lead's email").fill("lead@example.org")
    create.get_by_role("button", name="Create the community").click()
    expect(page).to_have_url(re.compile(f"/admin/communities/{slug}$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text(name)
    expect(page.get_by_role("list", name="Change history")).to_contain_text(f"Created at /c/{slug}")
    lead = _one(
        db_url,
        "SELECT u.email FROM membership m JOIN user_account u ON u.id = m.user_id"
        " JOIN community c ON c.id = m.community_id WHERE c.slug = :s AND m.role = 'lead'",
        s=slug,
    )
    assert lead == ("lead@example.org",)

    # Archive, after confirming in a dialog.
    page.get_by_role("button", name="Archive this community…").click()
    dialog = page.get_by_role("alertdialog")
    expect(dialog).to_contain_text("nobody can post")
    dialog.get_by_role("button", name="Archive", exact=True).click()
    expect(page.get_by_text("Community archived.")).to_be_visible()
    expect(page.get_by_role("button", name="Save focus areas")).to_have_count(0)
    assert _one(db_url, "SELECT archived_at FROM community WHERE slug = :s", s=slug)[0]
    page.goto(f"/c/{slug}")
    expect(page.get_by_text("This community is archived.")).to_be_visible()
    page.goto("/")
    expect(page.get_by_role("link", name=name)).to_have_count(0)
    page.goto("/admin")
    expect(page.get_by_role("row", name=re.compile(name))).to_contain_text("Archived")

    page.goto(f"/admin/communities/{slug}")
    page.get_by_role("button", name="Restore the community").click()
    expect(page.get_by_text("Community restored.")).to_be_visible()
    expect(page.get_by_role("button", name="Save focus areas")).to_be_visible()
    assert _one(db_url, "SELECT archived_at FROM community WHERE slug = :s", s=slug)[0] is None


def test_a_catalogue_rewording_is_saved_audited_and_shown_on_community_pages(
    page: Page, app_env: dict[str, str]
) -> None:
    db_url = app_env["REFLEX_DB_URL"]
    original = _one(db_url, "SELECT name FROM focus_area WHERE code = 'coordination'")[0]
    new_name = "Coordination across teams"
    sign_in(page, "admin@example.org")
    page.goto("/admin")
    page.get_by_role("link", name="Focus-area catalogue").click()
    card = page.locator("form").filter(has=page.locator("#field-name-coordination"))
    try:
        card.get_by_label("Signals that show it is working").fill("\n\n")
        card.get_by_role("button", name=re.compile("^Save wording")).click()
        expect(page.locator("#field-signals-coordination-error")).to_contain_text("1 to 8 lines")
        assert _one(db_url, "SELECT name FROM focus_area WHERE code = 'coordination'")[0] == (
            original
        )

        page.reload()
        card.get_by_label("Name").fill(new_name)
        card.get_by_role("button", name=re.compile("^Save wording")).click()
        expect(page.get_by_text("Wording saved.")).to_be_visible()
        expect(page.locator(".audit-entry").first).to_contain_text(
            f"Renamed: {original} → {new_name}"
        )
        page.goto("/c/results-measurement")  # coordination is one of its focus areas
        expect(page.locator("main").get_by_text(new_name, exact=True).first).to_be_visible()
    finally:
        engine = sa.create_engine(db_url)
        with engine.begin() as conn:
            conn.execute(
                sa.text("UPDATE focus_area SET name = :n WHERE code = 'coordination'"),
                {"n": original},
            )
        engine.dispose()
