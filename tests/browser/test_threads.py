"""Discussion threads in Chromium: ask, answer live, accept; join; edit, delete, moderate."""

from __future__ import annotations

import re
import uuid

import pytest
import sqlalchemy as sa
from playwright.sync_api import Browser, Page, expect

from tests.browser.flows import sign_in, sign_up

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("restore_throttle_counters")]

SLUG = "cdd-practitioners"


def _row(db_url: str, sql: str, **params: object):
    engine = sa.create_engine(db_url)
    try:
        with engine.connect() as conn:
            return conn.execute(sa.text(sql), params).first()
    finally:
        engine.dispose()


def _ask(page: Page, title: str, body: str) -> str:
    """Start a question in the community; return the thread's address."""
    page.goto(f"/c/{SLUG}")
    page.get_by_role("link", name="New thread").click()
    expect(page.get_by_role("heading", name="Start a thread", level=1)).to_be_visible()
    page.get_by_label("Title").fill(title)
    page.get_by_label("Details").fill(body)
    page.get_by_role("button", name="Post", exact=True).click()
    expect(page).to_have_url(re.compile(rf"/c/{SLUG}/t/\d+/?$"))
    expect(page.get_by_role("heading", name=title, level=1)).to_be_visible()
    return page.url


def _new_member(browser: Browser, app_url: str) -> tuple[Page, str]:
    """A new account, signed up in its own browser context, that joins the community."""
    context = browser.new_context(base_url=app_url)
    page = context.new_page()
    name = f"Helper {uuid.uuid4().hex[:6]}"
    sign_up(page, name, f"helper-{uuid.uuid4().hex[:10]}@example.org")
    page.goto(f"/c/{SLUG}")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    page.get_by_role("button", name="Join this community").click()
    expect(page.get_by_text("You are a member")).to_be_visible()
    return page, name


def test_ask_answer_live_accept_and_the_list_shows_it_answered(
    page: Page, browser: Browser, app_url: str, app_env: dict[str, str]
) -> None:
    db_url = app_env["REFLEX_DB_URL"]
    title = f"Who has a grievance redress manual? {uuid.uuid4().hex[:6]}"
    sign_in(page, "member@example.org")
    address = _ask(page, title, "We need one for **village committees**.")
    thread_id = int(re.findall(r"/t/(\d+)", address)[0])
    expect(page.get_by_text("No response from others yet")).to_be_visible()

    helper, helper_name = _new_member(browser, app_url)
    try:
        helper.goto(address)
        helper.get_by_label("Reply").fill("Try the *2019 operations manual*, chapter 4.")
        helper.get_by_role("button", name="Post reply").click()
        expect(helper.get_by_role("article", name=helper_name)).to_contain_text(
            "2019 operations manual"
        )
        # The reply box is empty again, ready for the next one.
        expect(helper.get_by_label("Reply")).to_have_value("")

        # The asker sees the answer appear without reloading.
        reply = page.get_by_role("article", name=helper_name)
        expect(reply).to_contain_text("2019 operations manual", timeout=2000)
        expect(page.get_by_text("First response from another member after")).to_be_visible()

        page.get_by_role("button", name=f"Accept as answer: {helper_name}").click()
        expect(page.locator("#accepted-answer")).to_contain_text(helper_name)
        # ... and the helper sees it accepted, live too.
        expect(helper.locator("#accepted-answer")).to_contain_text(helper_name, timeout=2000)
    finally:
        helper.context.close()

    stored = _row(
        db_url,
        "SELECT status, first_response_at, first_response_seconds FROM thread WHERE id = :id",
        id=thread_id,
    )
    assert stored[0] == "answered"
    assert stored[1] is not None and stored[2] is not None and stored[2] >= 0
    page.goto(f"/c/{SLUG}")
    row = page.get_by_role("listitem").filter(has_text=title)
    expect(row).to_contain_text("Answered")


def test_a_new_thread_appears_live_in_an_open_community_list(
    page: Page, browser: Browser, app_url: str
) -> None:
    viewer_context = browser.new_context(base_url=app_url)
    viewer = viewer_context.new_page()
    try:
        viewer.goto(f"/c/{SLUG}")
        expect(viewer.get_by_role("heading", name="Threads")).to_be_visible()
        title = f"Live list check {uuid.uuid4().hex[:6]}"
        sign_in(page, "lead@example.org")
        _ask(page, title, "Does this show up by itself?")
        expect(viewer.get_by_role("link", name=title)).to_be_visible(timeout=2000)
    finally:
        viewer_context.close()


def test_bad_new_thread_input_is_shown_beside_each_field_and_nothing_is_posted(
    page: Page, app_env: dict[str, str]
) -> None:
    db_url = app_env["REFLEX_DB_URL"]
    before = _row(db_url, "SELECT count(*) FROM thread")[0]
    sign_in(page, "member@example.org")
    page.goto(f"/c/{SLUG}/new")
    page.get_by_text("Knowledge item", exact=True).click()
    page.get_by_label("Details").fill("x" * 20_001)
    page.get_by_label("Tags (optional)").fill(", ".join(f"t{n}" for n in range(9)))
    page.get_by_role("button", name="Post", exact=True).click()
    expect(page.locator("#field-title-error")).to_contain_text("Give the thread a title")
    expect(page.locator("#field-body-error")).to_contain_text("20,000")
    expect(page.locator("#field-knowledge_subtype-error")).to_contain_text("type of knowledge")
    expect(page.locator("#field-tags-error")).to_contain_text("at most 8")
    expect(page.get_by_label("Details")).to_have_attribute("aria-invalid", "true")
    assert _row(db_url, "SELECT count(*) FROM thread")[0] == before


def test_help_desk_request_suggests_the_primary_focus_and_states_the_target(
    page: Page, app_env: dict[str, str]
) -> None:
    sign_in(page, "member@example.org")
    page.goto(f"/c/{SLUG}/new")
    expect(page.get_by_label("Focus area")).to_have_value("practitioner_support")
    page.get_by_text("Help-desk request", exact=True).click()
    expect(page.get_by_text("First response within 48 hours")).to_be_visible()
    title = f"Need sample ToR {uuid.uuid4().hex[:6]}"
    page.get_by_label("Title").fill(title)
    page.get_by_label("Details").fill("For a **social audit**.")
    page.get_by_label("Urgency").select_option("high")
    page.get_by_label("Country (optional)").fill("Nepal")
    page.get_by_label("Tags (optional)").fill("Social Audit, ToR")
    page.get_by_role("tab", name="Preview").click()
    expect(page.locator(".post-body strong")).to_have_text("social audit")
    page.get_by_role("button", name="Post", exact=True).click()
    expect(page.get_by_role("heading", name=title, level=1)).to_be_visible()
    expect(page.get_by_text("High urgency · Nepal")).to_be_visible()
    stored = _row(
        app_env["REFLEX_DB_URL"],
        "SELECT kind, focus_area, urgency, response_target_hours, tags FROM thread"
        " WHERE title = :t",
        t=title,
    )
    assert stored[:4] == ("helpdesk", "practitioner_support", "high", 48.0)
    assert "social audit" in stored[4]


def test_edit_quote_helpful_and_delete_own_reply(
    page: Page, browser: Browser, app_url: str
) -> None:
    sign_in(page, "member@example.org")
    address = _ask(page, f"Edit and delete {uuid.uuid4().hex[:6]}", "Opening post")
    helper, helper_name = _new_member(browser, app_url)
    try:
        helper.goto(address)
        helper.get_by_label("Reply").fill("First version")
        helper.get_by_role("button", name="Post reply").click()
        mine = helper.get_by_role("article", name=helper_name)
        expect(mine).to_contain_text("First version")

        mine.get_by_role("button", name=re.compile("^Edit")).click()
        helper.get_by_label("Edit your post").fill("Second version")
        helper.get_by_role("button", name="Save changes").click()
        expect(mine).to_contain_text("Second version")
        expect(mine).to_contain_text("edited")

        # The asker quotes it and marks it helpful; the helper sees the count live.
        theirs = page.get_by_role("article", name=helper_name)
        expect(theirs).to_contain_text("Second version", timeout=2000)
        helpful = page.get_by_role(
            "button", name=re.compile(rf"^Helpful · \d+, {re.escape(helper_name)}$")
        )
        helpful.click()
        expect(helpful).to_have_attribute("aria-pressed", "true")
        expect(mine).to_contain_text("1 found this helpful", timeout=2000)
        page.get_by_role("button", name=f"Quote: {helper_name}").click()
        expect(page.get_by_text(f"Quoting {helper_name}")).to_be_visible()
        page.get_by_label("Reply").fill("Agreed")
        page.get_by_role("button", name="Post reply").click()
        quoting = page.get_by_role("article").filter(has_text="Agreed")
        expect(quoting.locator("blockquote")).to_contain_text("Second version")

        mine.get_by_role("button", name=re.compile("^Delete")).click()
        helper.get_by_role("alertdialog").get_by_role("button", name="Delete the post").click()
        expect(mine).to_contain_text("This post was deleted")
        expect(theirs).to_contain_text("This post was deleted", timeout=2000)
    finally:
        helper.context.close()


def test_a_lead_locks_a_thread_and_members_can_no_longer_reply(
    page: Page, browser: Browser, app_url: str
) -> None:
    sign_in(page, "member@example.org")
    address = _ask(page, f"Lock me {uuid.uuid4().hex[:6]}", "Opening post")
    lead_context = browser.new_context(base_url=app_url)
    lead = lead_context.new_page()
    try:
        sign_in(lead, "lead@example.org")
        lead.goto(address)
        lead.get_by_role("button", name="Lock").click()
        expect(lead.get_by_text("Thread locked: no new replies.")).to_be_visible()
        expect(page.get_by_text("This thread is locked; no new replies.")).to_be_visible(
            timeout=2000
        )
        expect(page.get_by_role("button", name="Post reply")).to_have_count(0)
        lead.get_by_role("button", name="Unlock").click()
        expect(page.get_by_role("button", name="Post reply")).to_be_visible(timeout=2000)
    finally:
        lead_context.close()


def test_filters_narrow_the_list_and_stay_in_the_address(page: Page) -> None:
    page.goto(f"/c/{SLUG}")
    page.get_by_label("Kind").select_option("helpdesk")
    page.get_by_label("Unanswered only").check()
    expect(page).to_have_url(re.compile(r"kind=helpdesk"))
    expect(page).to_have_url(re.compile(r"unanswered=1"))
    rows = page.locator("main ul li")
    expect(rows.first).to_contain_text("Help-desk request")
    for text in rows.all_inner_texts():
        assert "Help-desk request" in text and "Answered" not in text
    page.reload()
    expect(page.get_by_label("Kind")).to_have_value("helpdesk")
    expect(page.get_by_label("Unanswered only")).to_be_checked()
    page.get_by_role("button", name="Clear filters").click()
    expect(page).to_have_url(re.compile(rf"/c/{SLUG}/?$"))


def test_the_queue_shows_an_overdue_request_first_and_an_answer_takes_it_off_live(
    page: Page, browser: Browser, app_url: str
) -> None:
    sign_in(page, "lead@example.org")
    page.goto(f"/c/{SLUG}")
    page.get_by_role("link", name="Help-desk queue").click()
    expect(page.get_by_role("heading", name="Help-desk queue", level=1)).to_be_visible()
    queue = page.get_by_role("list", name="Help-desk queue")
    first = queue.get_by_role("listitem").first
    expect(first).to_contain_text("Overdue by")
    title = first.get_by_role("link").inner_text()
    expect(queue.get_by_role("link", name=title, exact=True)).to_have_count(1)

    href = first.get_by_role("link").get_attribute("href")
    member, _name = _new_member(browser, app_url)  # surely not the request's author
    try:
        member.goto(href)
        member.get_by_label("Reply").fill("Here is what worked for us.")
        member.get_by_role("button", name="Post reply").click()
        expect(member.get_by_text("Here is what worked for us.")).to_be_visible()
        # The lead's queue drops it without a reload.
        expect(queue.get_by_role("link", name=title, exact=True)).to_have_count(0, timeout=2000)
    finally:
        member.context.close()


def test_search_finds_a_reply_by_a_word_in_its_body_and_marks_it(
    page: Page, browser: Browser, app_url: str
) -> None:
    word = f"zq{uuid.uuid4().hex[:8]}"
    sign_in(page, "member@example.org")
    address = _ask(page, f"Body search {word[:4]}", "Opening post")
    helper, _name = _new_member(browser, app_url)
    try:
        helper.goto(address)
        helper.get_by_label("Reply").fill(f"The committee used a {word} tariff.")
        helper.get_by_role("button", name="Post reply").click()
        expect(helper.get_by_text(f"The committee used a {word} tariff.")).to_be_visible()
    finally:
        helper.context.close()
    page.goto(f"/c/{SLUG}")
    page.get_by_role("searchbox", name="Search this community").fill(word)
    page.get_by_role("button", name="Search", exact=True).click()
    expect(page).to_have_url(re.compile(rf"/c/{SLUG}/search/?\?q={word}"))
    results = page.get_by_role("list", name="Search results")
    expect(results.get_by_role("listitem")).to_have_count(1)
    expect(results.locator("mark")).to_have_text(word)
    results.get_by_role("link").click()
    expect(page).to_have_url(re.compile(r"/t/\d+/?$"))


def test_a_lead_turns_an_accepted_answer_into_a_knowledge_item(
    page: Page, app_env: dict[str, str]
) -> None:
    found = _row(
        app_env["REFLEX_DB_URL"],
        "SELECT t.id, t.title FROM thread t JOIN community c ON c.id = t.community_id"
        " JOIN accepted_answer a ON a.thread_id = t.id"
        " WHERE c.slug = :s AND NOT t.is_hidden ORDER BY t.id LIMIT 1",
        s=SLUG,
    )
    assert found is not None, "the demo has no answered question"
    sign_in(page, "lead@example.org")
    page.goto(f"/c/{SLUG}/t/{found[0]}")
    page.get_by_label("Accepted answer as a").select_option("lesson_learned")
    page.get_by_role("button", name="Create knowledge item").click()
    expect(page.get_by_role("heading", name=found[1], level=1)).to_be_visible()
    expect(page).not_to_have_url(re.compile(rf"/t/{found[0]}/?$"))
    expect(page.get_by_text("Lesson learned", exact=True)).to_be_visible()
    expect(page.get_by_text(re.compile("From the accepted answer by"))).to_be_visible()


def test_a_site_admin_moves_a_thread_to_another_community(page: Page) -> None:
    sign_in(page, "admin@example.org")
    title = f"Belongs elsewhere {uuid.uuid4().hex[:6]}"
    _ask(page, title, "Posted in the wrong place")
    page.get_by_label("Move to").select_option(label="HR Analytics Learning Community")
    page.get_by_role("button", name="Move", exact=True).click()
    expect(page).to_have_url(re.compile(r"/c/hr-analytics/t/\d+/?$"))
    expect(page.get_by_role("link", name=re.compile("Back to HR Analytics"))).to_be_visible()
    page.goto(f"/c/{SLUG}")
    expect(page.get_by_role("link", name=title)).to_have_count(0)


HOSTILE = (
    "A **bold** reply with [a reference](https://example.org/manual).\n\n"
    '<img src="x" onerror="window.__xss = 1">\n\n'
    "<script>window.__xss = 2</script>\n\n"
    '<iframe srcdoc="<script>parent.__xss = 3</script>"></iframe>\n\n'
    '<svg onload="window.__xss = 5"><circle r="4"/></svg>\n\n'
    "[click me](javascript:window.__xss=4)"
)


def test_hostile_markup_in_a_reply_is_stored_as_written_and_rendered_inert(
    page: Page, app_env: dict[str, str]
) -> None:
    sign_in(page, "member@example.org")
    address = _ask(page, f"Markup check {uuid.uuid4().hex[:6]}", "Opening post")
    thread_id = int(re.findall(r"/t/(\d+)", address)[0])
    page.get_by_label("Reply").fill(HOSTILE)
    page.get_by_role("tab", name="Preview").click()  # the preview is inert too
    expect(page.get_by_role("tabpanel").locator("strong")).to_have_text("bold")
    page.get_by_role("tab", name="Write").click()
    page.get_by_role("button", name="Post reply").click()
    reply = page.locator("article").filter(has_text="A bold reply")
    expect(reply.locator("strong")).to_have_text("bold")
    stored = _row(
        app_env["REFLEX_DB_URL"],
        "SELECT body FROM post WHERE thread_id = :t AND position = 1",
        t=thread_id,
    )
    assert stored[0] == HOSTILE.strip()
    body = reply.locator(".post-body")
    assert body.locator("img, script, iframe, svg").count() == 0
    link = body.get_by_role("link", name="a reference")
    expect(link).to_have_attribute("rel", re.compile(r"\bnofollow\b.*\bnoopener\b"))
    click_me = body.get_by_text("click me")
    href = click_me.get_attribute("href") or ""
    assert not href.startswith("javascript:")
    click_me.click(no_wait_after=True)
    page.wait_for_timeout(300)
    page.reload()
    expect(page.locator("article").filter(has_text="A bold reply")).to_be_visible()
    page.wait_for_timeout(300)
    assert page.evaluate("window.__xss") is None
