"""Past the write limit, in Chromium: the member is told how long to wait,
beside what they typed, and nothing is posted; once the allowance is back the
same text goes through."""

from __future__ import annotations

import re
import time
import uuid

import pytest
import sqlalchemy as sa
from playwright.sync_api import Page, expect

from cop_app.services.guards.ratelimit import DEFAULT_LIMITS, WriteKind
from tests.browser.flows import sign_up

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("restore_throttle_counters")]

SLUG = "cdd-practitioners"


def _run(db_url: str, sql: str, **params: object):
    engine = sa.create_engine(db_url)
    try:
        with engine.begin() as conn:
            result = conn.execute(sa.text(sql), params)
            return result.first() if result.returns_rows else None
    finally:
        engine.dispose()


def test_a_member_past_the_post_limit_is_told_to_wait_and_keeps_the_reply(
    page: Page, app_env: dict[str, str]
) -> None:
    db_url = app_env["REFLEX_DB_URL"]
    email = f"limited-{uuid.uuid4().hex[:10]}@example.org"
    sign_up(page, f"Lim {uuid.uuid4().hex[:4]}", email)
    page.goto(f"/c/{SLUG}")
    page.get_by_role("button", name="Join this community").click()
    expect(page.get_by_text("You are a member")).to_be_visible()
    page.locator("a.thread-link").first.click()
    expect(page).to_have_url(re.compile(rf"/c/{SLUG}/t/\d+$"))
    thread_id = int(page.url.rstrip("/").rsplit("/", 1)[1])
    user_id = _run(db_url, "SELECT id FROM user_account WHERE email = :e", e=email)[0]
    # The member has just used their whole allowance of posts.
    _, window = DEFAULT_LIMITS[WriteKind.POST]
    _run(
        db_url,
        "INSERT INTO rate_limit (key, allowed_at) VALUES (:k, :t)",
        k=f"post:user:{user_id}",
        t=time.time() + window,
    )
    text = "Our district used a free phone line and a monthly open meeting."
    box = page.get_by_label("Reply")
    box.fill(text)
    page.get_by_role("button", name="Post reply").click()
    expect(
        page.get_by_text(re.compile(r"faster than the site allows\. Wait \d+ (seconds|minutes)"))
    ).to_be_visible()
    expect(box).to_have_value(text)
    posts = "SELECT count(*) FROM post WHERE author_id = :u AND thread_id = :t"
    assert _run(db_url, posts, u=user_id, t=thread_id)[0] == 0
    # The allowance refills: the same reply, as typed, now goes through.
    _run(db_url, "DELETE FROM rate_limit WHERE key = :k", k=f"post:user:{user_id}")
    page.get_by_role("button", name="Post reply").click()
    expect(box).to_have_value("")
    assert _run(db_url, posts, u=user_id, t=thread_id)[0] == 1
