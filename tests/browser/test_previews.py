"""Titles and link previews in the served HTML (no JavaScript), by visibility.

A chat tool or a crawler reads the HTML a thread or community address is
served as: a public thread's title and opening words are there with Open Graph
tags; nothing of a members-only community or a hidden thread is.
"""

from __future__ import annotations

import gzip
import html
import re
import urllib.request
import uuid
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from tests.browser.people import make_people

pytestmark = pytest.mark.browser


def _fetch(url: str, *, gzipped: bool = False) -> str:
    """The page as a link previewer gets it: plain HTTP, no scripts run."""
    headers = {"Accept": "text/html", "User-Agent": "Slackbot-LinkExpanding 1.0"}
    if gzipped:
        headers["Accept-Encoding"] = "gzip, br"
    request = urllib.request.Request(url, headers=headers)  # noqa: S310 (the test's own app)
    with urllib.request.urlopen(request, timeout=30) as answer:  # noqa: S310
        assert answer.status == 200
        assert answer.headers.get("Cache-Control") == "no-cache"
        assert answer.headers.get("ETag") is None
        body = answer.read()
        if gzipped:
            assert answer.headers.get("Content-Encoding") == "gzip"
            body = gzip.decompress(body)
        return body.decode()


def _meta(page: str, key: str) -> str | None:
    found = re.search(rf'<meta (?:property|name)="{re.escape(key)}" content="([^"]*)"', page)
    return html.unescape(found[1]) if found else None


def _title(page: str) -> str | None:
    found = re.search(r"<title[^>]*>([^<]*)</title>", page)
    return html.unescape(found[1]) if found else None


def _places(db_url: str) -> dict[str, Any]:
    """A public community and a members-only one, each with a question; the
    public one also has a hidden thread."""
    from cop_app.db import session_scope
    from cop_app.models import ThreadKind, Visibility
    from cop_app.services.communities import communities
    from cop_app.services.threads import threads

    tag = uuid.uuid4().hex[:8]
    made: dict[str, Any] = {"tag": tag}
    with session_scope(db_url) as session:
        (lead,) = make_people(session, count=1, prefix="preview", tag=tag)
        for key, visibility in (("open", Visibility.PUBLIC), ("closed", Visibility.MEMBERS)):
            community = communities.do_create_community(
                session,
                slug=f"preview-{key}-{tag}",
                name=f"Preview {key} {tag}",
                tagline=f"The {key} room's tagline {tag}",
                visibility=visibility,
                created_by=lead,
            )
            thread = threads.do_create_thread(
                session,
                community=community,
                author=lead,
                kind=ThreadKind.QUESTION,
                title=f'How do "{key}" rooms & <previews> work? {tag}',
                body=f"**Asked** in the {key} room, with a [link](https://example.org) {tag}.",
            )
            made[key] = {"slug": community.slug, "thread": thread.id, "name": community.name}
            if key == "open":
                hidden = threads.do_create_thread(
                    session,
                    community=community,
                    author=lead,
                    kind=ThreadKind.QUESTION,
                    title=f"A thread the moderators hid {tag}",
                    body=f"Hidden words {tag}",
                )
                hidden.is_hidden = True
                session.add(hidden)
                made["hidden"] = hidden.id
    return made


def test_a_public_thread_and_community_carry_their_title_and_preview_in_the_html(
    app_url: str, app_env: dict[str, str]
) -> None:
    places = _places(app_env["REFLEX_DB_URL"])
    room, tag = places["open"], places["tag"]
    address = f"/c/{room['slug']}/t/{room['thread']}"
    page = _fetch(app_url + address)
    title = f'How do "open" rooms & <previews> work? {tag}'
    assert _title(page) == f"{title} · {room['name']} · Practice Commons"
    assert _meta(page, "og:title") == title
    assert _meta(page, "og:type") == "article"
    assert _meta(page, "og:url") == app_env["COP_PUBLIC_URL"] + address
    # The opening post's words, without its Markdown.
    assert _meta(page, "description") == f"Asked in the open room, with a link {tag}."
    assert _meta(page, "og:description") == _meta(page, "description")
    assert _meta(page, "twitter:card") == "summary"
    # Escaped, not markup: the title's quotes and brackets stay text.
    assert "<previews>" not in page
    # A browser asking for gzip gets the same page compressed.
    assert _fetch(app_url + address, gzipped=True) == page

    community = _fetch(f"{app_url}/c/{room['slug']}")
    assert _title(community) == f"{room['name']} · Practice Commons"
    assert _meta(community, "og:title") == room["name"]
    assert _meta(community, "description") == f"The open room's tagline {tag}"


def test_nothing_of_a_members_only_community_or_a_hidden_thread_goes_into_a_preview(
    app_url: str, app_env: dict[str, str]
) -> None:
    places = _places(app_env["REFLEX_DB_URL"])
    closed, tag = places["closed"], places["tag"]
    generic = _fetch(f"{app_url}/c/no-such-community-{tag}")
    for address in (
        f"/c/{closed['slug']}",
        f"/c/{closed['slug']}/t/{closed['thread']}",
        f"/c/{places['open']['slug']}/t/{places['hidden']}",
        f"/c/{closed['slug']}/t/{places['open']['thread']}",  # a public thread under another slug
    ):
        page = _fetch(app_url + address)
        assert tag not in page.replace(address, ""), address
        assert _title(page) == "Practice Commons"
        assert _meta(page, "og:title") == "Practice Commons"
        assert _meta(page, "description") == _meta(generic, "description")


def test_the_page_s_own_title_takes_over_once_it_runs_and_follows_navigation(
    page: Page, app_env: dict[str, str]
) -> None:
    places = _places(app_env["REFLEX_DB_URL"])
    room = places["open"]
    page.goto(f"/c/{room['slug']}/t/{room['thread']}")
    expect(page.get_by_role("heading", level=1)).to_contain_text("rooms &")
    expect(page.locator("title")).to_have_count(1)
    expect(page).to_have_title(re.compile(r"rooms & <previews> work\?.* · Practice Commons$"))
    # A client-side navigation: the written title must not stay behind.
    page.get_by_role("link", name=room["name"]).first.click()
    expect(page).to_have_title(f"{room['name']} · Practice Commons")
    expect(page.locator("title")).to_have_count(1)
