"""The health of all communities in Chromium: site admins only, one row per community."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.flows import sign_in

STAGE = re.compile(r"Life-cycle stage: (Potential|Coalescing|Maturing|Stewardship|Transformation)")

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("restore_throttle_counters")]

DEMO = {
    "cdd-practitioners": "Community-Driven Development Practitioners",
    "urban-public-spaces": "Urban Public Spaces Circle",
    "hr-analytics": "HR Analytics Learning Community",
    "behaviour-change-lab": "Behaviour Change Innovation Lab",
    "results-measurement": "Results Measurement & Evidence Stream",
}
COLUMNS = [
    "Community",
    "Dashboard cards",
    "Members",
    "Active, 30 days",
    "Active, 7 days",
    "New members",
    "First response (median)",
    "Unanswered",
    "Reply coverage",
    "Top-10 share",
]
NUMBER = re.compile(r"^\d[\d,]*$")


def _table(page: Page):
    return page.get_by_role("table", name=re.compile("communities that are not archived"))


def test_an_admin_compares_every_community_and_opens_a_dashboard(page: Page) -> None:
    sign_in(page, "admin@example.org")
    page.goto("/admin")
    page.get_by_role("link", name="Health of all communities").click()
    expect(page).to_have_url(re.compile(r"/admin/health$"))
    expect(page.get_by_role("heading", name="Health of all communities", level=1)).to_be_visible()
    table = _table(page)
    expect(table).to_contain_text("Last 30 days")
    expect(table.get_by_role("columnheader")).to_have_text(COLUMNS)
    for slug, name in DEMO.items():
        row = table.locator(f'tr[data-community="{slug}"]')
        expect(row.get_by_role("rowheader").get_by_role("link")).to_have_text(name)
        expect(row.get_by_role("rowheader")).to_contain_text(STAGE)
        cells = row.get_by_role("cell")
        expect(cells).to_have_count(len(COLUMNS) - 1)
        for column in (2, 3, 4, 5, 7):  # members, active 30 / 7 days, new, unanswered
            expect(cells.nth(column - 1).get_by_text(NUMBER)).to_be_visible()
        expect(cells.nth(0).locator(".rt-Badge").first).to_be_visible()  # its cards, judged
        expect(cells.nth(8)).to_contain_text("%")
    page.screenshot(path="test-artifacts/admin-health.png", full_page=True)

    page.get_by_label("Period").select_option("90")
    expect(page).to_have_url(re.compile(r"/admin/health\?period=90$"))
    expect(table).to_contain_text("Last 90 days")
    page.reload()
    expect(_table(page)).to_contain_text("Last 90 days")
    expect(page.get_by_label("Period")).to_have_value("90")

    _table(page).get_by_role("link", name=DEMO["cdd-practitioners"], exact=True).click()
    expect(page).to_have_url(re.compile(r"/c/cdd-practitioners/health$"))
    expect(
        page.get_by_role("heading", name=f"Community health: {DEMO['cdd-practitioners']}", level=1)
    ).to_be_visible()


@pytest.mark.parametrize("email", ["member@example.org", "lead@example.org"])
def test_anyone_but_a_site_admin_is_refused(page: Page, email: str) -> None:
    sign_in(page, email)
    page.goto("/admin/health")
    expect(page).to_have_url(re.compile(r"/$"))
    expect(page.get_by_role("status")).to_contain_text("Only site admins")
    expect(page.get_by_role("table")).to_have_count(0)


def test_a_visitor_is_sent_to_sign_in(page: Page) -> None:
    page.goto("/admin/health")
    expect(page).to_have_url(re.compile(r"/login\?next=/admin/health/?$"))
