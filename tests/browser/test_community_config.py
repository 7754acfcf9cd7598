"""An admin configures a community's focus areas in Chromium; the history shows it."""

from __future__ import annotations

import re
import uuid

import pytest
import sqlalchemy as sa
from playwright.sync_api import Page, expect

from tests.browser.flows import sign_in

pytestmark = pytest.mark.browser

SLUG = "hr-analytics"


def _config(db_url: str) -> dict[str, tuple[str, float | None]]:
    engine = sa.create_engine(db_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                sa.text(
                    "SELECT cfa.focus_area, cfa.emphasis, cfa.target_value"
                    " FROM community_focus_area cfa JOIN community c ON c.id = cfa.community_id"
                    " WHERE c.slug = :slug"
                ),
                {"slug": SLUG},
            ).all()
    finally:
        engine.dispose()
    return {code: (emphasis, target) for code, emphasis, target in rows}


def _area(page: Page, name: str):
    return page.get_by_role("group", name=name, exact=True)


def test_admin_sets_primary_areas_and_targets_which_persist_and_are_audited(
    page: Page, app_env: dict[str, str]
) -> None:
    db_url = app_env["REFLEX_DB_URL"]
    before = _config(db_url)
    sign_in(page, "admin@example.org")
    page.goto("/admin")
    page.get_by_role("link", name="Configure HR Analytics Learning Community").click()
    expect(
        page.get_by_role("heading", name=re.compile("Configure: HR Analytics"), level=1)
    ).to_be_visible()

    _area(page, "Learning").get_by_label("Primary").check()
    _area(page, "Coordination").get_by_label("Primary").check()
    _area(page, "Innovation").get_by_label("Not a focus").check()
    target = _area(page, "Coordination").get_by_label(re.compile("^Target"))
    target.fill("35")
    _area(page, "Learning").get_by_label(re.compile("^Target")).fill("9")
    page.get_by_role("button", name="Save focus areas").click()
    expect(page.get_by_text("Focus areas saved.")).to_be_visible()

    page.reload()
    expect(_area(page, "Coordination").get_by_label("Primary")).to_be_checked()
    expect(_area(page, "Learning").get_by_label("Primary")).to_be_checked()
    expect(_area(page, "Coordination").get_by_label(re.compile("^Target"))).to_have_value("35")
    after = _config(db_url)
    assert after["coordination"] == ("primary", 35.0)
    assert after["learning"] == ("primary", 9.0)
    assert "innovation" not in after
    assert after != before

    history = page.locator(".audit-entry").first
    expect(history).to_contain_text("Ada Admin")
    was = before.get("coordination", ("not a focus", None))[0]
    expect(history).to_contain_text(f"Coordination: {was} → primary")
    expect(history).to_contain_text("Coordination target:")
    expect(history).to_contain_text("→ 35")


def test_bad_target_is_refused_beside_the_field_and_nothing_is_saved(
    page: Page, app_env: dict[str, str]
) -> None:
    before = _config(app_env["REFLEX_DB_URL"])
    sign_in(page, "admin@example.org")
    page.goto(f"/admin/communities/{SLUG}")
    learning = _area(page, "Learning")
    learning.get_by_label("Primary").check()
    field = learning.get_by_label(re.compile("^Target"))
    field.fill("<script>alert(1)</script>")
    page.get_by_role("button", name="Save focus areas").click()
    error = page.locator("#field-target_learning-error")
    expect(error).to_have_text("Enter a number, e.g. 48.")
    expect(field).to_have_attribute("aria-describedby", re.compile("field-target_learning-error"))
    assert _config(app_env["REFLEX_DB_URL"]) == before


def test_a_plain_member_cannot_open_the_configuration(page: Page) -> None:
    sign_in(page, "member@example.org")
    page.goto(f"/admin/communities/{SLUG}")
    expect(page).to_have_url(re.compile(r"/$"))
    expect(page.get_by_role("status")).to_contain_text("leads")


def test_a_change_shows_in_another_open_community_page_within_two_seconds(
    page: Page,
    browser,
    app_url: str,
) -> None:
    viewer_context = browser.new_context(base_url=app_url)
    viewer = viewer_context.new_page()
    try:
        viewer.goto(f"/c/{SLUG}")
        header = viewer.locator("main")
        expect(viewer.get_by_role("heading", level=1)).to_be_visible()
        sign_in(page, "admin@example.org")
        page.goto(f"/admin/communities/{SLUG}")
        # Toggle Innovation: whatever it is now, make it the opposite.
        innovation = _area(page, "Innovation")
        expect(innovation.get_by_label("Primary")).to_be_visible()
        showing = viewer.locator("main .rt-Badge", has_text="Innovation")
        shown_before = showing.count() > 0
        choice = "Not a focus" if shown_before else "Secondary"
        innovation.get_by_label(choice).check()
        page.get_by_role("button", name="Save focus areas").click()
        expect(page.get_by_text("Focus areas saved.")).to_be_visible()
        # No reload in the viewer: the change arrives by itself.
        expect(showing).to_have_count(0 if shown_before else 1, timeout=2000)
        expect(header).to_be_visible()
    finally:
        viewer_context.close()


def test_settings_change_is_saved_audited_and_shown_live(
    page: Page,
    browser,
    app_url: str,
) -> None:
    viewer_context = browser.new_context(base_url=app_url)
    viewer = viewer_context.new_page()
    try:
        viewer.goto(f"/c/{SLUG}")
        expect(viewer.get_by_role("heading", level=1)).to_be_visible()
        sign_in(page, "admin@example.org")
        page.goto(f"/admin/communities/{SLUG}")
        name = page.get_by_label("Name", exact=True)
        name.fill("")
        page.get_by_role("button", name="Save settings").click()
        expect(page.locator("#field-name-error")).to_have_text("Give the community a name.")
        page.reload()
        name = page.get_by_label("Name", exact=True)
        expect(name).to_have_value("HR Analytics Learning Community")  # nothing was lost

        tagline = f"People analytics, learned together ({uuid.uuid4().hex[:6]})"
        page.get_by_label("Tagline").fill(tagline)
        page.get_by_role("button", name="Save settings").click()
        expect(page.get_by_text("Settings saved.")).to_be_visible()
        expect(viewer.get_by_text(tagline)).to_be_visible(timeout=2000)  # no reload there
        expect(page.locator(".audit-entry").first).to_contain_text("Tagline:")
    finally:
        viewer_context.close()


def test_admin_adds_a_facilitator_and_makes_them_a_member_again(
    page: Page, app_env: dict[str, str]
) -> None:
    from cop_app.db import session_scope
    from cop_app.models import Community
    from cop_app.services.communities.communities import do_create_user, do_join

    email = f"team-{uuid.uuid4().hex[:8]}@example.org"
    with session_scope(app_env["REFLEX_DB_URL"]) as session:
        user = do_create_user(session, email=email, display_name="Tessa Team")
        community = session.exec(sa.select(Community).where(Community.slug == SLUG)).scalar_one()
        do_join(session, community=community, user=user)
    sign_in(page, "admin@example.org")
    page.goto(f"/admin/communities/{SLUG}")
    page.get_by_label("Member's email").fill("nobody@example.org")
    page.get_by_role("button", name="Add to the team").click()
    expect(page.locator("#field-team_email-error")).to_contain_text("No active member")
    page.get_by_label("Member's email").fill(email)
    page.get_by_label("Role").select_option("facilitator")
    page.get_by_role("button", name="Add to the team").click()
    expect(page.get_by_text("Team updated.")).to_be_visible()
    expect(page.locator(".audit-entry").first).to_contain_text("Tessa Team: member → facilitator")
    page.get_by_role("button", name="Make a plain member: Tessa Team").click()
    expect(page.get_by_role("button", name="Make a plain member: Tessa Team")).to_have_count(0)
    expect(page.locator(".audit-entry").first).to_contain_text("Tessa Team: facilitator → member")
