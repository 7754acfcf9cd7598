"""The thread feed: one neutral read of a thread shared by every open tab, the
change messages sent to its room, and who may still sit in it."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import sqlalchemy as sa
from sqlmodel import Session, col, select

from cop_app import live
from cop_app.models import (
    Membership,
    MembershipRole,
    MembershipStatus,
    Thread,
    User,
    UserSession,
    Visibility,
)
from cop_app.services.accounts import auth
from cop_app.services.threads import threadfeed, threads
from tests.aio import run
from tests.dbtools import count_statements
from tests.factories import (
    make_accept,
    make_community,
    make_membership,
    make_reaction,
    make_reply,
    make_thread,
    make_user,
)

NOW = datetime(2026, 11, 22, 12, tzinfo=UTC)


def _thread_with_people(session: Session, visibility: Visibility = Visibility.MEMBERS):
    """A members-only community's thread: the opening post, an accepted reply,
    a thank-you, a reply quoting the first one and a deleted reply; with its
    asker, a member, a lead, an outsider and a site admin."""
    community = make_community(session, visibility=visibility)
    asker = make_user(session, display_name="Asha", organisation="Ministry", region="South Asia")
    member = make_user(session, display_name="Bo", organisation="NGO")
    lead = make_user(session, display_name="Lee", region="Andes")
    outsider = make_user(session, display_name="Out")
    admin = make_user(session, display_name="Root", is_site_admin=True)
    for user in (asker, member):
        make_membership(session, community=community, user=user)
    make_membership(session, community=community, user=lead, role=MembershipRole.LEAD)
    thread = make_thread(
        session,
        community=community,
        author=asker,
        created_at=NOW - timedelta(hours=6),
        title="How do we run grievance redress?",
        tags=["grievance"],
    )
    first = make_reply(
        session, thread=thread, author=member, at=NOW - timedelta(hours=2), body="Try   X\nfirst"
    )
    second = make_reply(
        session, thread=thread, author=asker, at=NOW - timedelta(hours=1), body="Thanks"
    )
    quoting = make_reply(
        session,
        thread=thread,
        author=lead,
        at=NOW - timedelta(minutes=5),
        body="**Quoting** Bo",
        quoted_post_id=first.id,
    )
    gone = make_reply(session, thread=thread, author=member, at=NOW, body="secret", deleted_at=NOW)
    make_reaction(session, post=first, user=asker)
    make_reaction(session, post=first, user=lead)
    make_reaction(session, post=second, user=member)
    make_accept(session, post=first)
    session.commit()
    people = {"asker": asker, "member": member, "lead": lead, "outsider": outsider, "admin": admin}
    posts = {"first": first, "second": second, "quoting": quoting, "gone": gone}
    return community, thread, people, posts


def _session_id(session: Session, user: User) -> tuple[int, str]:
    """A live signed-in session of ``user`` (now): its id and its token."""
    code = auth.do_start_session(session, user=user, client_ip="192.0.2.1", user_agent="test")
    token = auth.do_exchange_handoff(session, code=code)
    assert token is not None
    row = session.exec(
        select(UserSession).where(UserSession.user_id == user.id).order_by(col(UserSession.id))
    ).all()[-1]
    session.commit()
    assert row.id is not None
    return row.id, token


def _seat(session: Session, user: User | None, sid: str) -> live.Seat:
    if user is None:
        return live.Seat(sid=sid)
    session_id, _token = _session_id(session, user)
    return live.Seat(sid=sid, user_id=user.id, session_id=session_id)


def _read(session: Session, thread: Thread, replies: int = 100) -> threadfeed.ThreadData:
    session.expire_all()  # what another process would read now
    data = threadfeed.read_thread(session, thread_id=thread.id or 0, replies=replies)
    assert data is not None
    return data


# --------------------------------------------------------------------------- read_thread


def test_read_thread_is_the_opening_post_and_the_replies_in_order_as_neutral_data(
    session: Session,
) -> None:
    community, thread, people, posts = _thread_with_people(session)
    data = _read(session, thread)

    assert (data.community_id, data.visibility, data.hidden) == (community.id, "members", False)
    assert data.revision == thread.revision
    header = data.thread
    assert header["id"] == thread.id and header["title"] == "How do we run grievance redress?"
    assert header["kind"] == "question" and header["status"] == "answered"
    assert header["accepted"] == posts["first"].id and header["answerable"] is True
    assert header["replies"] == 4 and header["first_response_s"] == 4 * 3600
    assert header["author"] == "Asha" and header["author_id"] == people["asker"].id
    assert datetime.fromisoformat(header["at"]) == NOW - timedelta(hours=6)
    assert header["tags"] == ["grievance"]
    assert (header["slug"], header["community"]) == (community.slug, community.name)
    assert header["community_id"] == community.id
    assert not header["pinned"] and not header["locked"] and not header["hidden"]
    assert not header["archived"]

    assert [p["n"] for p in data.posts] == [0, 1, 2, 3, 4]
    assert [p["author"] for p in data.posts] == ["Asha", "Bo", "Asha", "Lee", "Bo"]
    assert [p["meta"] for p in data.posts] == [
        "Ministry · South Asia",
        "NGO",
        "Ministry · South Asia",
        "Andes",
        "NGO",
    ]
    assert [p["helpful"] for p in data.posts] == [0, 2, 1, 0, 0]
    by_n = {p["n"]: p for p in data.posts}
    assert by_n[1]["id"] == posts["first"].id and by_n[1]["author_id"] == people["member"].id
    assert by_n[1]["body"] == "Try   X\nfirst"  # raw Markdown, untouched
    assert datetime.fromisoformat(by_n[1]["at"]) == NOW - timedelta(hours=2)
    assert by_n[3]["body"] == "**Quoting** Bo"
    assert (by_n[3]["quote_author"], by_n[3]["quote_excerpt"]) == ("Bo", "Try X first")
    # A deleted post keeps its place and author, never its words.
    assert by_n[4]["deleted"] is True and by_n[4]["body"] == "" and not by_n[4]["edited"]
    assert not any(p["deleted"] for p in data.posts[:4])
    assert "secret" not in repr(data)
    # Nothing formatted for one language, zone or moment: the browser does that.
    text = repr((data.thread, data.posts))
    assert " ago" not in text and "hours" not in text and "5 hours" not in text
    assert all(isinstance(p["helpful"], int) and isinstance(p["at"], str) for p in data.posts)


def test_read_thread_opens_a_long_thread_at_its_end_and_keeps_quotes_from_before(
    session: Session,
) -> None:
    _community, thread, _people, posts = _thread_with_people(session)
    data = _read(session, thread, replies=2)
    assert [p["n"] for p in data.posts] == [0, 3, 4]  # the opening post, the last two
    quoting = data.posts[1]
    assert quoting["id"] == posts["quoting"].id
    # The quoted reply is outside the window: its author and words come with the quote.
    assert posts["first"].id not in {p["id"] for p in data.posts}
    assert (quoting["quote_author"], quoting["quote_excerpt"]) == ("Bo", "Try X first")
    assert data.thread["replies"] == 4  # the whole thread's count, not the window's
    assert [p["n"] for p in _read(session, thread, replies=0).posts] == [0, 4]  # at least one


def test_a_long_quoted_post_is_cut_and_a_deleted_one_quotes_nothing(session: Session) -> None:
    _community, thread, people, posts = _thread_with_people(session)
    long = make_reply(session, thread=thread, author=people["member"], body="word " * 100)
    make_reply(session, thread=thread, author=people["asker"], body="re", quoted_post_id=long.id)
    make_reply(
        session, thread=thread, author=people["asker"], body="re", quoted_post_id=posts["gone"].id
    )
    session.commit()
    data = _read(session, thread)
    cut, of_deleted = data.posts[-2], data.posts[-1]
    assert cut["quote_author"] == "Bo" and cut["quote_excerpt"].endswith("…")
    assert len(cut["quote_excerpt"]) == threadfeed.EXCERPT_CHARS
    assert of_deleted["quote_author"] == "Bo" and of_deleted["quote_excerpt"] == ""


def test_read_thread_of_no_thread_is_none_and_takes_few_statements(
    session: Session, engine: sa.Engine
) -> None:
    _community, thread, _people, _posts = _thread_with_people(session)
    assert threadfeed.read_thread(session, thread_id=(thread.id or 0) + 1000) is None
    session.expire_all()
    with count_statements(engine) as seen:
        threadfeed.read_thread(session, thread_id=thread.id or 0, replies=2)
    assert len(seen) <= 5  # thread, accepted answer, posts, one for quotes outside the window


# --------------------------------------------------------------------------- messages


def test_a_reply_sends_only_itself_and_the_header(session: Session) -> None:
    _community, thread, people, _posts = _thread_with_people(session)
    old = _read(session, thread)
    reply = threads.do_reply(session, thread=thread, author=people["member"], body="New one")
    session.commit()
    new = _read(session, thread)

    message = threadfeed.change_message(old, new, from_seq=7, seq=9)
    assert message is not None
    assert set(message) == {"k", "id", "from", "seq", "thread", "posts"}
    assert (message["k"], message["id"], message["from"], message["seq"]) == (
        "thread",
        thread.id,
        7,
        9,
    )
    assert message["thread"] == new.thread and message["thread"]["replies"] == 5
    assert [p["id"] for p in message["posts"]] == [reply.id]
    assert message["posts"][0] == new.posts[-1]
    assert message["posts"][0]["body"] == "New one" and message["posts"][0]["n"] == 5


def test_an_edit_sends_only_the_edited_post_and_nothing_changed_sends_nothing(
    session: Session,
) -> None:
    _community, thread, people, posts = _thread_with_people(session)
    old = _read(session, thread)
    assert threadfeed.change_message(old, _read(session, thread), from_seq=1, seq=2) is None
    threads.do_edit_post(session, post=posts["second"], by=people["asker"], body="Thanks a lot")
    session.commit()
    new = _read(session, thread)

    message = threadfeed.change_message(old, new, from_seq=1, seq=2)
    assert message is not None and "thread" not in message
    assert [p["id"] for p in message["posts"]] == [posts["second"].id]
    assert message["posts"][0]["body"] == "Thanks a lot" and message["posts"][0]["edited"]
    # A helpful mark changes that post's count only.
    threads.do_react(session, post=posts["quoting"], user=people["member"])
    session.commit()
    again = threadfeed.change_message(new, _read(session, thread), from_seq=2, seq=3)
    assert again is not None and "thread" not in again
    assert [(p["id"], p["helpful"]) for p in again["posts"]] == [(posts["quoting"].id, 1)]
    # Locking changes the header only.
    threads.do_moderate_thread(session, thread=thread, by=people["lead"], locked=True)
    session.commit()
    locked = _read(session, thread)
    header = threadfeed.change_message(new, locked, from_seq=3, seq=4)
    assert header is not None and header["thread"]["locked"] is True
    assert [p["id"] for p in header["posts"]] == [posts["quoting"].id]  # the mark since `new`


def test_full_and_gone_messages(session: Session) -> None:
    _community, thread, _people, _posts = _thread_with_people(session)
    data = _read(session, thread)
    full = threadfeed.full_message(data, 5, zone="Europe/Paris")
    assert full["full"] is True and full["seq"] == 5 and full["zone"] == "Europe/Paris"
    assert full["thread"] == data.thread and full["posts"] == list(data.posts)
    assert threadfeed.gone_message(thread.id or 0) == {"k": "thread", "id": thread.id, "gone": True}


# --------------------------------------------------------------------------- who may watch


def _allowed(session: Session, thread: Thread, *seats: live.Seat) -> set[str]:
    session.expire_all()
    return threadfeed.allowed_seats(session, data=_read(session, thread), seats=seats)


def test_live_members_may_watch_a_members_only_thread_and_nobody_else(session: Session) -> None:
    _community, thread, people, _posts = _thread_with_people(session)
    seats = {name: _seat(session, user, name) for name, user in people.items()}
    seats["anonymous"] = live.Seat(sid="anonymous")
    assert _allowed(session, thread, *seats.values()) == {"asker", "member", "lead", "admin"}
    assert threadfeed.check_seat(session, data=_read(session, thread), seat=seats["member"])
    assert not threadfeed.check_seat(session, data=_read(session, thread), seat=seats["outsider"])
    assert _allowed(session, thread) == set()


def test_a_signed_out_or_expired_session_is_refused(session: Session) -> None:
    _community, thread, people, _posts = _thread_with_people(session)
    session_id, token = _session_id(session, people["member"])
    member = live.Seat(sid="tab", user_id=people["member"].id, session_id=session_id)
    other_id, _ = _session_id(session, people["asker"])
    asker = live.Seat(sid="other", user_id=people["asker"].id, session_id=other_id)
    assert _allowed(session, thread, member, asker) == {"tab", "other"}

    # Signed out in one browser, still signed in in another: that tab alone goes.
    elsewhere = _seat(session, people["member"], "elsewhere")
    auth.do_sign_out(session, token=token)
    session.commit()
    assert _allowed(session, thread, member, asker, elsewhere) == {"other", "elsewhere"}

    row = session.get(UserSession, other_id)
    assert row is not None
    row.last_seen_at -= auth.SESSION_IDLE_TIMEOUT + timedelta(minutes=1)
    session.add(row)
    session.commit()
    assert _allowed(session, thread, asker) == set()


def test_a_deactivated_member_is_refused(session: Session) -> None:
    _community, thread, people, _posts = _thread_with_people(session)
    seat = _seat(session, people["member"], "tab")
    assert _allowed(session, thread, seat) == {"tab"}
    people["member"].is_active = False
    session.add(people["member"])
    session.commit()
    assert _allowed(session, thread, seat) == set()


def test_a_member_who_left_is_refused(session: Session) -> None:
    _community, thread, people, _posts = _thread_with_people(session)
    seat = _seat(session, people["member"], "tab")
    assert _allowed(session, thread, seat) == {"tab"}
    membership = session.exec(
        select(Membership).where(Membership.user_id == people["member"].id)
    ).one()
    membership.status = MembershipStatus.LEFT
    session.add(membership)
    session.commit()
    assert _allowed(session, thread, seat) == set()


def test_a_seat_must_be_the_sessions_own_member(session: Session) -> None:
    _community, thread, people, _posts = _thread_with_people(session)
    session_id, _ = _session_id(session, people["outsider"])
    # A tab claiming a member with someone else's (live) session sees nothing.
    borrowed = live.Seat(sid="borrowed", user_id=people["member"].id, session_id=session_id)
    member_id, _ = _session_id(session, people["member"])
    wrong_user = live.Seat(sid="wrong", user_id=people["asker"].id, session_id=member_id)
    no_user = live.Seat(sid="none", user_id=None, session_id=member_id)
    unknown = live.Seat(sid="unknown", user_id=people["member"].id, session_id=member_id + 1000)
    assert _allowed(session, thread, borrowed, wrong_user, no_user, unknown) == set()


def test_a_hidden_thread_is_watched_by_its_moderators_only(session: Session) -> None:
    _community, thread, people, _posts = _thread_with_people(session)
    seats = [_seat(session, user, name) for name, user in people.items()]
    threads.do_moderate_thread(session, thread=thread, by=people["lead"], hidden=True)
    session.commit()
    assert _read(session, thread).hidden
    assert _allowed(session, thread, *seats) == {"lead", "admin"}
    # A lead who stepped down is a member again: no longer theirs to see.
    membership = session.exec(
        select(Membership).where(Membership.user_id == people["lead"].id)
    ).one()
    membership.role = MembershipRole.MEMBER
    session.add(membership)
    session.commit()
    assert _allowed(session, thread, *seats) == {"admin"}


def test_signed_out_tabs_watch_public_visible_threads_only(session: Session) -> None:
    _community, thread, people, _posts = _thread_with_people(session, Visibility.PUBLIC)
    anonymous = live.Seat(sid="anonymous")
    outsider = _seat(session, people["outsider"], "outsider")
    assert _allowed(session, thread, anonymous, outsider) == {"anonymous", "outsider"}
    threads.do_moderate_thread(session, thread=thread, by=people["lead"], hidden=True)
    session.commit()
    assert _allowed(session, thread, anonymous, outsider) == set()

    _community, site_thread, _people, _posts = _thread_with_people(session, Visibility.SITE)
    assert _allowed(session, site_thread, anonymous, outsider) == {"outsider"}


# --------------------------------------------------------------------------- rooms


class _Namespace:
    """A stand-in for the app's socket.io namespace: records what is sent."""

    def __init__(self, *sids: str) -> None:
        self.sid_to_token = {sid: f"token-{sid}" for sid in sids}
        self.sent: list[tuple[dict, dict]] = []

    async def enter_room(self, sid: str, room: str) -> None:
        pass

    async def leave_room(self, sid: str, room: str) -> None:
        pass

    async def emit(self, event: str, payload: dict, **where: Any) -> None:
        assert event == live.LIVE_EVENT
        self.sent.append((payload, where))


class _App:
    def __init__(self, namespace: _Namespace) -> None:
        self.event_namespace = namespace


@pytest.fixture
def feed_db(engine: sa.Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """The rooms read through ``session_scope``: point it at the test's database."""

    @contextmanager
    def scope() -> Iterator[Session]:
        with Session(engine, expire_on_commit=False) as s:
            yield s

    monkeypatch.setattr(threadfeed, "session_scope", scope)
    # No app serving here: the rooms keep their seats and send nothing (a test
    # earlier in the run may have imported the app module, which attaches it).
    monkeypatch.setattr(live.hub, "app", None)


async def _leave_all(*seats: live.Seat) -> None:
    for seat in seats:
        await live.rooms.leave(seat.sid)


@pytest.mark.usefixtures("feed_db")
def test_requests_during_a_round_cost_one_more_read_and_refresh_sees_the_last_write(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    _community, thread, people, _posts = _thread_with_people(session)
    tid = thread.id or 0
    name = threadfeed.room_name(tid)
    seats = [_seat(session, people["member"], "r-1"), _seat(session, people["asker"], "r-2")]
    reading, release = threading.Event(), threading.Event()
    plain_read = threadfeed.read_thread

    def slow_read(*args, **kwargs):
        reading.set()
        assert release.wait(10)
        return plain_read(*args, **kwargs)

    async def scenario() -> None:
        feed = threadfeed.ThreadRooms()
        try:
            for seat in seats:
                await live.rooms.enter(name, seat)
            first = await feed.refresh(tid)
            assert first is not None and feed.reads == 1 and feed.sent == 0
            assert {s.sid for s in live.rooms.seats(name)} == {"r-1", "r-2"}

            # A reply, committed before the refresh is asked for.
            make_reply(session, thread=thread, author=people["member"], body="Fresh")
            session.commit()
            second = await feed.refresh(tid)
            assert second is not None and feed.reads == 2 and feed.sent == 1
            assert second.posts[-1]["body"] == "Fresh"
            assert len(second.posts) == len(first.posts) + 1

            # A burst: a round is reading when five more requests come in.
            monkeypatch.setattr(threadfeed, "read_thread", slow_read)
            feed.request(tid)
            assert await asyncio.to_thread(reading.wait, 10)  # the round is under way
            make_reply(session, thread=thread, author=people["asker"], body="Burst")
            session.commit()
            for _ in range(4):
                feed.request(tid)
            waiting = asyncio.ensure_future(feed.refresh(tid))
            await asyncio.sleep(0)
            release.set()
            third = await waiting
            assert feed.reads == 4  # the round under way and one more, not one each
            assert third is not None and third.posts[-1]["body"] == "Burst"
            # Nothing changed: a read, but nothing sent.
            monkeypatch.setattr(threadfeed, "read_thread", plain_read)
            sent = feed.sent
            assert await feed.refresh(tid) is not None
            assert feed.sent == sent
            # Still seated: with no app attached nothing is sent, and nobody leaves.
            assert {s.sid for s in live.rooms.seats(name)} == {"r-1", "r-2"}
        finally:
            await _leave_all(*seats)

    run(scenario())


@pytest.mark.usefixtures("feed_db")
def test_the_room_gets_only_the_change_and_a_tab_that_lost_its_right_is_told_and_leaves(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    _community, thread, people, _posts = _thread_with_people(session)
    tid = thread.id or 0
    name = threadfeed.room_name(tid)
    member = _seat(session, people["member"], "m")
    session_id, token = _session_id(session, people["asker"])
    asker = live.Seat(sid="a", user_id=people["asker"].id, session_id=session_id)
    namespace = _Namespace("m", "a", "anon")
    monkeypatch.setattr(live.hub, "app", _App(namespace))

    async def scenario() -> None:
        feed = threadfeed.ThreadRooms()
        try:
            assert await feed.join(member, thread_id=tid, zone="UTC")
            assert await feed.join(asker, thread_id=tid)
            (full, to), *_ = namespace.sent
            assert to == {"to": "m"} and full["full"] and full["zone"] == "UTC"
            assert len(full["posts"]) == 5 and full["thread"]["id"] == tid
            namespace.sent.clear()

            reply = threads.do_reply(session, thread=thread, author=people["lead"], body="Hi")
            session.commit()
            await feed.refresh(tid)
            ((message, where),) = namespace.sent  # one message for the whole room
            assert where == {"room": name} and "full" not in message
            assert [p["id"] for p in message["posts"]] == [reply.id]
            assert message["from"] == full["seq"] and message["seq"] > full["seq"]
            namespace.sent.clear()

            # The asker signs out: their tab is told the thread is gone and leaves.
            auth.do_sign_out(session, token=token)
            session.commit()
            await feed.refresh(tid)
            assert namespace.sent == [(threadfeed.gone_message(tid), {"to": "a"})]
            assert [s.sid for s in live.rooms.seats(name)] == ["m"]
            assert live.rooms.room_of("a") is None
            namespace.sent.clear()

            # A signed-out tab cannot join a members-only thread, and is sent nothing.
            assert not await feed.join(live.Seat(sid="anon"), thread_id=tid)
            assert live.rooms.room_of("anon") is None
            assert all(where != {"to": "anon"} or p.get("gone") for p, where in namespace.sent)
            assert not any(p.get("full") for p, _ in namespace.sent)

            # A wider window for one tab only.
            namespace.sent.clear()
            assert await feed.send_window(member, thread_id=tid, replies=1)
            ((window, where),) = namespace.sent
            assert where == {"to": "m"} and window["merge"] is True
            assert len(window["posts"]) == 6  # the minimum window covers the whole thread
            assert not await feed.send_window(asker, thread_id=tid, replies=200)
        finally:
            await _leave_all(member, asker)

    run(scenario())


@pytest.mark.usefixtures("feed_db")
def test_a_revision_moved_by_another_process_is_caught_by_the_check(session: Session) -> None:
    _community, thread, people, _posts = _thread_with_people(session)
    tid = thread.id or 0
    seat = _seat(session, people["member"], "c")

    async def scenario() -> None:
        feed = threadfeed.ThreadRooms()
        try:
            await live.rooms.enter(threadfeed.room_name(tid), seat)
            await feed.refresh(tid)
            assert feed.reads == 1 and feed.watched() == 1
            await feed.check_revisions()
            await asyncio.sleep(0.2)
            assert feed.reads == 1  # nothing was due
            # Another process replies (nothing announced here): its revision moved.
            make_reply(session, thread=thread, author=people["asker"], body="Elsewhere")
            thread.revision += 1
            session.add(thread)
            session.commit()
            await feed.check_revisions()
            for _ in range(250):
                if feed.sent:
                    break
                await asyncio.sleep(0.02)
            assert feed.reads == 2 and feed.sent == 1  # the check's own round
            data = await feed.refresh(tid)
            assert data is not None and data.posts[-1]["body"] == "Elsewhere"
        finally:
            await _leave_all(seat)
        # Once nobody sits in the room, the next round forgets it.
        await feed.refresh(tid)
        assert feed.watched() == 0

    run(scenario())
