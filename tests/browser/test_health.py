"""The health dashboard in Chromium: cards with their help, live, refused to members."""

from __future__ import annotations

import csv
import io
import re
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from playwright.sync_api import Browser, Page, expect

from tests.browser.flows import sign_in, sign_up

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("restore_throttle_counters")]

SLUG = "cdd-practitioners"
CARDS = 13
CHARTS = ("activity", "first_response", "focus", "levels", "funnel")


def _card(page: Page, key: str):
    return page.locator(f'[data-metric="{key}"]')


def test_every_card_says_how_it_is_computed(page: Page) -> None:
    sign_in(page, "lead@example.org")
    page.goto(f"/c/{SLUG}")
    page.get_by_role("link", name="Health dashboard").click()
    expect(
        page.get_by_role("heading", name=re.compile("^Community health"), level=1)
    ).to_be_visible()
    act = page.get_by_role("list", name="Act on now")
    expect(act.get_by_role("link", name=re.compile("^Overdue:")).first).to_be_visible()
    expect(act.get_by_role("link", name=re.compile("wait for a first response"))).to_be_visible()
    cards = page.locator("[data-metric]")
    expect(cards).to_have_count(CARDS)
    for n in range(CARDS):
        card = cards.nth(n)
        card.get_by_text("How is this computed?").click()
        expect(card.locator(".metric-help")).to_be_visible()
        assert len(card.locator(".metric-help").inner_text()) > 40
    expect(_card(page, "first_response")).to_contain_text("90th percentile")
    # Every chart is drawn by Plotly, with data, and said in words too.
    for key in CHARTS:
        plot = page.locator(f'[data-chart="{key}"] .js-plotly-plot')
        expect(plot).to_have_count(1)
        traces = plot.evaluate("el => el.data.map(t => (t.y || t.x || []).length)")
        assert traces and max(traces) > 0, (key, traces)
        label = page.locator(f'[data-chart="{key}"]').get_attribute("aria-label") or ""
        assert len(label) > 20, key
    weeks_30 = page.locator('[data-chart="activity"] .js-plotly-plot').evaluate(
        "el => el.data[0].x.length"
    )
    page.get_by_label("Period").select_option("90")
    expect(page).to_have_url(re.compile(r"period=90"))
    # The charts follow the period: 12 whole weeks instead of 4.
    page.wait_for_function(
        """() => document.querySelector('[data-chart="activity"] .js-plotly-plot')
                 ?.data?.[0]?.x?.length === 12"""
    )
    assert weeks_30 == 4
    page.screenshot(path="test-artifacts/health-dashboard.png", full_page=True)


def test_the_lead_downloads_the_figures_as_csv_and_prints_a_clean_report(page: Page) -> None:
    sign_in(page, "lead@example.org")
    page.goto(f"/c/{SLUG}/health")
    median = _card(page, "first_response").locator(".metric-value")
    expect(median).not_to_be_empty()
    with page.expect_download() as download:
        page.get_by_role("button", name="Download CSV").click()
    assert download.value.suggested_filename.startswith(f"{SLUG}-health-30d-")
    rows = list(csv.reader(io.StringIO(Path(download.value.path()).read_text())))
    assert rows[0][0].startswith("Health report: ")
    assert rows[1][:2] == ["Metric", "Value"]
    by_title = {row[0]: row for row in rows[2:]}
    assert len(by_title) == CARDS
    assert by_title["Time to first response (median)"][1] == median.inner_text()
    assert "90th percentile" in by_title["Time to first response (median)"][6]
    # The printed page drops the site's chrome and the controls, and names the report.
    page.emulate_media(media="print")
    expect(page.get_by_role("button", name="Download CSV")).to_be_hidden()
    expect(page.locator("header").first).to_be_hidden()
    expect(page.locator(".print-only")).to_be_visible()
    expect(page.locator(".print-only")).to_contain_text("Community-Driven Development")
    page.pdf(path="test-artifacts/health-report.pdf")


def test_a_plain_member_is_refused(page: Page) -> None:
    sign_in(page, "member@example.org")
    page.goto(f"/c/{SLUG}/health")
    expect(page).to_have_url(re.compile(r"/$"))
    expect(page.get_by_role("status")).to_contain_text("leads and facilitators")


def test_an_answer_elsewhere_moves_the_lead_s_figures_within_two_seconds(
    page: Page, browser: Browser, app_url: str, app_env: dict[str, str]
) -> None:
    engine = sa.create_engine(app_env["REFLEX_DB_URL"])
    since = datetime.now(UTC) - timedelta(days=25)
    with engine.connect() as conn:
        found = conn.execute(
            sa.text(
                "SELECT t.id FROM thread t JOIN community c ON c.id = t.community_id"
                " WHERE c.slug = :s AND t.kind = 'question' AND t.first_response_at IS NULL"
                " AND t.status = 'open' AND NOT t.is_hidden AND NOT t.is_locked"
                " AND t.created_at >= :since ORDER BY t.created_at DESC LIMIT 1"
            ),
            {"s": SLUG, "since": since.strftime("%Y-%m-%d %H:%M:%S.%f")},
        ).first()
    engine.dispose()
    assert found is not None, "the demo has no recent unanswered question"
    sign_in(page, "lead@example.org")
    page.goto(f"/c/{SLUG}/health")
    unanswered = _card(page, "unanswered").locator(".metric-value")
    expect(unanswered).not_to_be_empty()
    before = int(unanswered.inner_text().replace(",", ""))
    response = _card(page, "first_response")
    detail_before = response.inner_text()

    context = browser.new_context(base_url=app_url)
    helper = context.new_page()
    try:
        sign_up(helper, "Dashboard Helper", f"dash-{uuid.uuid4().hex[:10]}@example.org")
        helper.goto(f"/c/{SLUG}")
        helper.get_by_role("button", name="Join this community").click()
        expect(helper.get_by_text("You are a member")).to_be_visible()
        helper.goto(f"/c/{SLUG}/t/{found[0]}")
        helper.get_by_label("Reply").fill("Here is how we did it.")
        helper.get_by_role("button", name="Post reply").click()
        expect(helper.get_by_text("Here is how we did it.")).to_be_visible()
        # No reload on the dashboard: the figures move by themselves.
        expect(unanswered).to_have_text(str(before - 1), timeout=2000)
        expect(response).not_to_have_text(detail_before, timeout=2000)
    finally:
        context.close()
