"""The thread page's shared content over real websockets (socket-level tabs).

A thread's open tabs sit in its room: each gets the whole thread once, then
one small ``live`` message per change with only what changed, identical for
every viewer. Before each message the room's seats are checked again, so a
tab whose viewer lost the right to read the thread (left the community, signed
out elsewhere, the thread hidden) gets nothing more of it.
"""

from __future__ import annotations

import copy
import re
import time
import uuid
from typing import Any

import pytest
import sqlalchemy as sa
from playwright.sync_api import Page, expect

from tests.browser.flows import DEMO_PASSWORD, sign_in
from tests.browser.people import make_people, session_tokens
from tests.browser.socket_client import AppSocket, Message, open_session

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("restore_throttle_counters")]

VIEWERS = 20
#: Issue 21's goal for one new reply, per viewer (a short reply's whole packet).
MAX_REPLY_BYTES = 1536


def _community_and_thread(db_url: str, *, members: int, closed: bool) -> dict[str, Any]:
    """A new community (members-only when ``closed``) with ``members`` members
    and a question by the first, written through the services."""
    from cop_app.db import session_scope
    from cop_app.models import ThreadKind, Visibility
    from cop_app.services.communities import communities
    from cop_app.services.threads import threads

    tag = uuid.uuid4().hex[:8]
    with session_scope(db_url) as session:
        users = make_people(session, count=members, prefix="live", tag=tag)
        community = communities.do_create_community(
            session,
            slug=f"live-{tag}",
            name=f"Live room {tag}",
            tagline="Where the live tests talk.",
            visibility=Visibility.MEMBERS if closed else Visibility.PUBLIC,
            created_by=users[0],
        )
        for user in users[1:]:
            communities.do_join(session, community=community, user=user)
        thread = threads.do_create_thread(
            session,
            community=community,
            author=users[0],
            kind=ThreadKind.QUESTION,
            title=f"Does the room hold? {tag}",
            body="Let us see who hears this.",
        )
        return {
            "address": f"/c/{community.slug}/t/{thread.id}",
            "thread_id": thread.id,
            "community_id": community.id,
            "emails": [u.email for u in users],
            "user_ids": [u.id for u in users],
        }


def _full(sock: AppSocket, thread_id: int) -> Message:
    return sock.wait_live(lambda d: d.get("id") == thread_id and d.get("full") is True)


def _changes(sock: AppSocket, thread_id: int, after: int) -> list[Message]:
    return [
        m for m in sock.live()[after:] if m.data.get("id") == thread_id and not m.data.get("full")
    ]


def _apply(held: dict[str, Any], change: dict[str, Any]) -> dict[str, Any]:
    """What assets/cop_live.js does with a change: the header replaced, posts by id."""
    out = copy.deepcopy(held)
    if "thread" in change:
        out["thread"] = change["thread"]
    posts = {p["id"]: p for p in out["posts"]}
    for post in change.get("posts", []):
        posts[post["id"]] = post
    out["posts"] = sorted(posts.values(), key=lambda p: p["n"])
    out["seq"] = change["seq"]
    return out


def _content(message: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in message.items() if k not in ("from", "seq")}


def _has_post(text: str):
    return lambda data: any(p.get("body") == text for p in data.get("posts", []))


def _reply_handler() -> str:
    from cop_app.state.thread import ThreadState

    return f"{ThreadState.get_full_name()}.reply"


def test_a_reply_reaches_twenty_viewers_as_one_small_message_equal_to_a_fresh_load(
    app_url: str, app_env: dict[str, str]
) -> None:
    db_url = app_env["REFLEX_DB_URL"]
    room = _community_and_thread(db_url, members=4, closed=False)
    address, thread_id = room["address"], room["thread_id"]
    tokens = session_tokens(db_url, room["emails"], 120)
    # Twenty tabs: the three other members (two tabs each), and fourteen signed out.
    sessions = [tokens[1 + n % 3] for n in range(6)] + [None] * (VIEWERS - 6)
    viewers = [AppSocket(app_url, session_token=token) for token in sessions]
    author = AppSocket(app_url, session_token=tokens[0])
    try:
        held = []
        for viewer in [*viewers, author]:
            viewer.connect(address)
        for viewer in viewers:
            full = _full(viewer, thread_id).data
            held.append({"thread": full["thread"], "posts": full["posts"], "seq": full["seq"]})
        _full(author, thread_id)
        marks = [len(v.live()) for v in viewers]

        text = f"Heard by all {uuid.uuid4().hex[:8]}"
        author.call(_reply_handler(), {"form": {"body": text}}, path=address)
        author.settle()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not all(
            _changes(v, thread_id, mark) for v, mark in zip(viewers, marks, strict=True)
        ):
            time.sleep(0.05)
        for viewer in viewers:
            viewer.wait_quiet(0.3, 2)

        for n, (viewer, mark) in enumerate(zip(viewers, marks, strict=True)):
            changes = _changes(viewer, thread_id, mark)
            assert len(changes) == 1, f"viewer {n} got {len(changes)} messages for one reply"
            change = changes[0]
            # Only the new post (and the header: its reply count moved), once, small.
            assert [p["body"] for p in change.data["posts"]] == [text]
            assert change.data["thread"]["replies"] == 1
            assert change.size <= MAX_REPLY_BYTES, f"viewer {n}: {change.size} characters"
            # The same content for everyone (built once per process; the numbering
            # is each process's own, and several serve this room on the scale-out profile).
            first = _changes(viewers[0], thread_id, marks[0])[0].data
            assert _content(change.data) == _content(first)
            held[n] = _apply(held[n], change.data)

        # What every viewer now holds is what a fresh page load gets.
        with AppSocket(app_url) as fresh:
            fresh.connect(address)
            loaded = _full(fresh, thread_id).data
        for n, mine in enumerate(held):
            assert mine["thread"] == loaded["thread"], f"viewer {n}'s header differs"
            assert mine["posts"] == loaded["posts"], f"viewer {n}'s posts differ"
    finally:
        for sock in [*viewers, author]:
            sock.close()


def _revoke(db_url: str, token: str) -> None:
    from cop_app.db import session_scope
    from cop_app.services.accounts import auth

    with session_scope(db_url) as session:
        auth.do_sign_out(session, token=token)


def _leave(db_url: str, community_id: int, user_id: int) -> None:
    from cop_app.db import session_scope
    from cop_app.models import Membership, MembershipStatus

    with session_scope(db_url) as session:
        membership = session.exec(
            sa.select(Membership).where(
                Membership.community_id == community_id, Membership.user_id == user_id
            )
        ).scalar_one()
        membership.status = MembershipStatus.LEFT
        session.add(membership)


def test_viewers_who_lose_the_right_to_read_get_nothing_more(
    app_url: str, app_env: dict[str, str]
) -> None:
    """Left the members-only community, or signed out in another tab: the next
    message of the room is not theirs; a member who kept the right gets it."""
    db_url = app_env["REFLEX_DB_URL"]
    room = _community_and_thread(db_url, members=4, closed=True)
    address, thread_id = room["address"], room["thread_id"]
    tokens = session_tokens(db_url, room["emails"], 140)
    author, stays, leaves, signs_out = (AppSocket(app_url, session_token=t) for t in tokens)
    socks = [author, stays, leaves, signs_out]
    try:
        for sock in socks:
            sock.connect(address)
            _full(sock, thread_id)
        marks = {id(s): len(s.live()) for s in socks}
        _leave(db_url, room["community_id"], room["user_ids"][2])
        _revoke(db_url, tokens[3])

        first = f"After the change {uuid.uuid4().hex[:8]}"
        author.call(_reply_handler(), {"form": {"body": first}}, path=address)
        author.settle()
        stays.wait_live(lambda d: any(p.get("body") == first for p in d.get("posts", [])))
        for sock in (leaves, signs_out):
            told = sock.wait_live(lambda d: d.get("id") == thread_id and d.get("gone") is True)
            assert first not in sock.all_text()
            assert told.data == {"k": "thread", "id": thread_id, "gone": True}

        second = f"And later {uuid.uuid4().hex[:8]}"
        author.call(_reply_handler(), {"form": {"body": second}}, path=address)
        author.settle()
        stays.wait_live(lambda d: any(p.get("body") == second for p in d.get("posts", [])))
        for sock in (leaves, signs_out):
            sock.wait_quiet(0.3, 2)
            assert second not in sock.all_text()
            after = _changes(sock, thread_id, marks[id(sock)])
            assert [m.data for m in after] == [{"k": "thread", "id": thread_id, "gone": True}]
    finally:
        for sock in socks:
            sock.close()


def test_hiding_a_thread_leaves_only_its_moderators_in_the_room(
    app_url: str, app_env: dict[str, str]
) -> None:
    from cop_app.state.thread import ThreadState

    db_url = app_env["REFLEX_DB_URL"]
    room = _community_and_thread(db_url, members=2, closed=False)
    address, thread_id = room["address"], room["thread_id"]
    tokens = session_tokens(db_url, room["emails"], 160)
    with (
        AppSocket(app_url, session_token=tokens[0]) as lead,
        AppSocket(app_url, session_token=tokens[1]) as member,
        AppSocket(app_url) as anonymous,
    ):
        for sock in (lead, member, anonymous):
            sock.connect(address)
            _full(sock, thread_id)
        lead.call(f"{ThreadState.get_full_name()}.moderate", {"action": "hide"}, path=address)
        lead.settle()
        hidden = lead.wait_live(lambda d: d.get("thread", {}).get("hidden") is True)
        assert hidden.data["id"] == thread_id
        for sock in (member, anonymous):
            sock.wait_live(lambda d: d.get("gone") is True)
            sock.wait_quiet(0.3, 2)
            assert not any(m.data.get("thread", {}).get("hidden") for m in sock.live())


#: Records every staged card the page ever shows (they live for milliseconds).
WATCH_STAGED = """() => {
  window.__staged = [];
  new MutationObserver(() => {
    for (const el of document.querySelectorAll(".post-staged")) window.__staged.push(el.innerText);
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
}"""


def test_a_reply_shows_at_once_as_sending_then_as_posted(
    page: Page, app_env: dict[str, str]
) -> None:
    room = _community_and_thread(app_env["REFLEX_DB_URL"], members=2, closed=False)
    sign_in(page, room["emails"][1], next_path=room["address"])
    expect(page.get_by_label("Reply")).to_be_visible()
    page.evaluate(WATCH_STAGED)
    text = f"Staged first {uuid.uuid4().hex[:8]}"
    page.get_by_label("Reply").fill(text)
    page.get_by_role("button", name="Post reply").click()
    posted = page.locator("article").filter(has_text=text)
    expect(posted).to_have_count(1)
    expect(posted.get_by_role("button", name=re.compile("^Edit"))).to_be_visible()
    expect(page.locator(".post-staged")).to_have_count(0)
    staged = page.evaluate("window.__staged")
    assert any(text in shown and "Sending" in shown for shown in staged), staged
    expect(page.get_by_label("Reply")).to_have_value("")


def test_a_refused_staged_reply_is_rolled_back_and_its_text_kept(
    page: Page, app_env: dict[str, str]
) -> None:
    """The member left the community in another tab: this tab still offers the
    reply box; the reply shows as sending, the server refuses it, and the page
    takes it back, says why next to the box, and keeps the text."""
    db_url = app_env["REFLEX_DB_URL"]
    room = _community_and_thread(db_url, members=2, closed=False)
    sign_in(page, room["emails"][1], next_path=room["address"])
    expect(page.get_by_label("Reply")).to_be_visible()
    _leave(db_url, room["community_id"], room["user_ids"][1])
    page.evaluate(WATCH_STAGED)
    text = f"Refused but kept {uuid.uuid4().hex[:8]}"
    page.get_by_label("Reply").fill(text)
    page.get_by_role("button", name="Post reply").click()
    expect(page.locator("#reply-body-error")).to_contain_text("Join")
    expect(page.locator(".post-staged")).to_have_count(0)
    expect(page.locator("article").filter(has_text=text)).to_have_count(0)
    expect(page.get_by_label("Reply")).to_have_value(text)
    staged = page.evaluate("window.__staged")
    assert any(text in shown and "Sending" in shown for shown in staged), staged


def test_a_revoked_sessions_cached_check_stops_at_its_next_event(
    app_url: str, app_env: dict[str, str]
) -> None:
    """A tab's caller is checked once and then cached; ending that session from
    another device (the sessions page) makes the very next event of the tab
    find it ended: its reply is refused and nothing is written."""
    from cop_app.state.sessions import SessionsState

    db_url = app_env["REFLEX_DB_URL"]
    room = _community_and_thread(db_url, members=2, closed=False)
    address, email = room["address"], room["emails"][1]
    victim = open_session(db_url, email, DEMO_PASSWORD, client_ip="198.51.100.181")
    other = open_session(db_url, email, DEMO_PASSWORD, client_ip="198.51.100.182")
    with (
        AppSocket(app_url, session_token=victim.token) as tab,
        AppSocket(app_url, session_token=other.token) as phone,
    ):
        tab.connect(address)
        for n in range(2):  # the second one rides the cached check
            text = f"Still signed in {n} {uuid.uuid4().hex[:8]}"
            tab.call(_reply_handler(), {"form": {"body": text}}, path=address)
            tab.wait_live(
                lambda d, text=text: any(p.get("body") == text for p in d.get("posts", []))
            )
        assert tab.var("auth_state", "signed_in") is True

        phone.connect("/account/sessions")
        phone.call(
            f"{SessionsState.get_full_name()}.end",
            {"session_id": victim.session_id},
            path="/account/sessions",
        )
        assert any("That device is signed out" in m.raw for m in phone.messages), (
            "the other session was not ended"
        )

        late = f"After the end {uuid.uuid4().hex[:8]}"
        answer = tab.call(_reply_handler(), {"form": {"body": late}}, path=address)
        assert any("Sign in" in m.raw for m in answer), [m.raw[:200] for m in answer]
        assert tab.var("auth_state", "signed_in") is False
    engine = sa.create_engine(db_url)
    try:
        with engine.connect() as conn:
            count = conn.execute(
                sa.text("SELECT count(*) FROM post WHERE body = :b"), {"b": late}
            ).scalar_one()
    finally:
        engine.dispose()
    assert count == 0
