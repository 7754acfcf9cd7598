"""The health dashboard's shared content over real websockets (socket-level tabs).

A community's open dashboards sit in one room per period: each tab gets the
whole board once, then one ``live`` message per change with only the parts
that changed (a chart whose numbers did not move is not sent again), the same
for every viewer. The tab's own state holds no figures. Before each message
the seats are checked again: a viewer who left the community's team gets
"gone" and nothing more.
"""

from __future__ import annotations

import time
import uuid
from typing import Any

import pytest
import sqlalchemy as sa

from tests.browser.people import make_people, session_tokens
from tests.browser.socket_client import AppSocket, Message

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("restore_throttle_counters")]

#: The parts of a board (cop_app/services/health/boardfeed.py).
FIGURES = ("fig_activity", "fig_first_response", "fig_focus", "fig_levels", "fig_funnel")


def _community(db_url: str) -> dict[str, Any]:
    """A new community: a lead, two facilitators, a member with an open question."""
    from cop_app.db import session_scope
    from cop_app.models import MembershipRole, ThreadKind, Visibility
    from cop_app.services.communities import communities
    from cop_app.services.threads import threads

    tag = uuid.uuid4().hex[:8]
    with session_scope(db_url) as session:
        users = make_people(session, count=4, prefix="board", tag=tag)
        community = communities.do_create_community(
            session,
            slug=f"board-{tag}",
            name=f"Board room {tag}",
            tagline="Where the dashboard tests count.",
            visibility=Visibility.PUBLIC,
            created_by=users[0],
        )
        for user in users[1:3]:
            communities.do_join(
                session, community=community, user=user, role=MembershipRole.FACILITATOR
            )
        communities.do_join(session, community=community, user=users[3])
        thread = threads.do_create_thread(
            session,
            community=community,
            author=users[3],
            kind=ThreadKind.QUESTION,
            title=f"Who counts the answers? {tag}",
            body="A question for the team.",
        )
        return {
            "health": f"/c/{community.slug}/health",
            "thread": f"/c/{community.slug}/t/{thread.id}",
            "community_id": community.id,
            "emails": [u.email for u in users],
            "user_ids": [u.id for u in users],
        }


def _full(sock: AppSocket) -> Message:
    return sock.wait_live(lambda d: d.get("k") == "board" and d.get("full") is True)


def _changes(sock: AppSocket, after: int) -> list[Message]:
    return [
        m
        for m in sock.live()[after:]
        if m.data.get("k") == "board" and not m.data.get("full") and not m.data.get("gone")
    ]


def _reply(sock: AppSocket, path: str, text: str) -> None:
    from cop_app.state.thread import ThreadState

    sock.call(f"{ThreadState.get_full_name()}.reply", {"form": {"body": text}}, path=path)
    sock.settle()


def _set_role(db_url: str, community_id: int, user_id: int, role: str) -> None:
    from cop_app.db import session_scope
    from cop_app.models import Membership

    with session_scope(db_url) as session:
        membership = session.exec(
            sa.select(Membership).where(
                Membership.community_id == community_id, Membership.user_id == user_id
            )
        ).scalar_one()
        membership.role = role
        session.add(membership)


def _wait_all(socks: list[AppSocket], marks: list[int], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if all(_changes(s, m) for s, m in zip(socks, marks, strict=True)):
            return
        time.sleep(0.05)
    raise AssertionError("a dashboard did not receive the change")


def test_an_answer_reaches_every_dashboard_as_the_changed_parts_equal_to_a_fresh_load(
    app_url: str, app_env: dict[str, str]
) -> None:
    from cop_app.state.health import HealthState

    db_url = app_env["REFLEX_DB_URL"]
    room = _community(db_url)
    tokens = session_tokens(db_url, room["emails"], 180)
    # The lead in two tabs, both facilitators in one each.
    viewers = [AppSocket(app_url, session_token=t) for t in (tokens[0], tokens[0], *tokens[1:3])]
    member = AppSocket(app_url, session_token=tokens[3])
    try:
        held = []
        for viewer in viewers:
            boot = viewer.connect(room["health"])
            full = _full(viewer).data
            assert full["parts"]["slug"] == room["health"].split("/")[2]
            assert set(FIGURES) <= set(full["parts"])
            # The tab's own state holds no figures: they are not in its deltas.
            state = HealthState.get_full_name()
            own = {k for m in boot for name, v in m.delta.items() if name == state for k in v}
            assert own, "the dashboard's state sent nothing on load"
            assert not any(k.startswith(("fig_", "cards", "blocks")) for k in own), own
            held.append(dict(full["parts"]))
        member.connect(room["thread"])
        marks = [len(v.live()) for v in viewers]

        _reply(member, room["thread"], "Asked and answered by the asker, for the count.")
        _reply(viewers[1], room["thread"], "The team answers too.")
        _wait_all(viewers, marks)
        for viewer in viewers:
            viewer.wait_quiet(0.8, 5)

        for n, (viewer, mark) in enumerate(zip(viewers, marks, strict=True)):
            changes = [m.data for m in _changes(viewer, mark)]
            # A burst of two writes is at most two builds, not one per write per tab.
            assert 1 <= len(changes) <= 2, f"viewer {n} got {len(changes)} messages"
            # Only what changed: the onboarding funnel did not move.
            assert all("fig_funnel" not in c["parts"] for c in changes)
            assert any("cards" in c["parts"] for c in changes)
            # Every viewer ends with what a fresh load shows (below). Each process
            # builds its own board, so on the scale-out profile the messages may
            # be cut differently between workers.
            for change in changes:
                held[n].update(change["parts"])

        with AppSocket(app_url, session_token=tokens[1]) as fresh:
            fresh.connect(room["health"])
            loaded = dict(_full(fresh).data["parts"])
        for n, mine in enumerate(held):
            mine.pop("as_of")
            assert mine == {k: v for k, v in loaded.items() if k != "as_of"}, f"viewer {n}"
    finally:
        for sock in [*viewers, member]:
            sock.close()


def test_a_viewer_taken_off_the_team_gets_gone_and_nothing_more(
    app_url: str, app_env: dict[str, str]
) -> None:
    db_url = app_env["REFLEX_DB_URL"]
    room = _community(db_url)
    tokens = session_tokens(db_url, room["emails"], 200)
    lead, stays, demoted = (AppSocket(app_url, session_token=t) for t in tokens[:3])
    member = AppSocket(app_url, session_token=tokens[3])
    socks = [lead, stays, demoted, member]
    try:
        for sock in (lead, stays, demoted):
            sock.connect(room["health"])
            _full(sock)
        member.connect(room["thread"])
        mark = len(demoted.live())
        _set_role(db_url, room["community_id"], room["user_ids"][2], "member")

        first = f"A first answer {uuid.uuid4().hex[:8]}"
        _reply(lead, room["thread"], first)
        told = demoted.wait_live(lambda d: d.get("gone") is True)
        assert told.data == {"k": "board", "room": told.data["room"], "gone": True}
        stays_mark = len(stays.live())
        _reply(member, room["thread"], f"A second one {uuid.uuid4().hex[:8]}")
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not _changes(stays, stays_mark):
            time.sleep(0.05)
        assert _changes(stays, stays_mark), "the facilitator who stays got nothing"
        demoted.wait_quiet(0.8, 3)
        after = [m.data for m in demoted.live()[mark:]]
        assert after == [told.data], after
        # Asking for the whole board again is checked on the server too.
        from cop_app.state.health import HealthState

        demoted.call(f"{HealthState.get_full_name()}.resync", {}, path=room["health"])
        demoted.wait_quiet(0.5, 3)
        assert [m.data for m in demoted.live()[mark:]] == [told.data]
        # And opening the page again is refused.
        reopened = AppSocket(app_url, session_token=tokens[2])
        try:
            reopened.connect(room["health"])
            reopened.wait_quiet(0.5, 3)
            assert not [m for m in reopened.live() if m.data.get("k") == "board"]
        finally:
            reopened.close()
    finally:
        for sock in socks:
            sock.close()


def test_a_write_by_another_process_reaches_the_open_dashboards(
    app_url: str, app_env: dict[str, str]
) -> None:
    """Written through the services from this test process: no topic reaches
    the app's hub, so the rooms' check of the stored versions finds it."""
    from cop_app.db import session_scope
    from cop_app.models import Thread, User
    from cop_app.services.threads import threads

    db_url = app_env["REFLEX_DB_URL"]
    room = _community(db_url)
    tokens = session_tokens(db_url, room["emails"][:2], 220)
    thread_id = int(room["thread"].rsplit("/", 1)[1])
    viewers = [AppSocket(app_url, session_token=t) for t in tokens]
    try:
        for viewer in viewers:
            viewer.connect(room["health"])
            _full(viewer)
        marks = [len(v.live()) for v in viewers]
        with session_scope(db_url) as session:
            threads.do_reply(
                session,
                thread=session.get(Thread, thread_id),
                author=session.get(User, room["user_ids"][1]),
                body="Answered from elsewhere.",
            )
        _wait_all(viewers, marks, timeout=15)
        for viewer, mark in zip(viewers, marks, strict=True):
            assert any("cards" in m.data["parts"] for m in _changes(viewer, mark))
    finally:
        for viewer in viewers:
            viewer.close()
