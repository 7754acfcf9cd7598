"""A thread as every viewer sees it, sent once per change to every open tab.

The thread page keeps no copy of the thread in a tab's state. What is the same
for every viewer (the title, the posts, their authors and counts) is read once
per change per process as neutral data: ids, numbers and timestamps, never text
formatted for one language, zone or moment; the browser formats it
(``assets/cop_live.js``) and derives what differs per viewer from the few flags
its tab holds (who am I, may I post, am I a moderator).

Each open thread has a room (:data:`cop_app.live.rooms`). When the thread's
topic moves (a write here, or in another worker through the Redis bridge),
:class:`ThreadRooms` reads the thread once, compares it with what the room was
last sent, and sends every tab one message with only what changed: a new
reply is that reply, a few hundred bytes, encoded once for the whole room. A
tab that enters the room gets the whole thread, once.

Before every message the room's seats are checked again, in three queries
whatever their number: the session still live, the community still readable,
a hidden thread still theirs to see (moderators). A tab that lost the right
is told the thread is gone and leaves the room, so it receives nothing more.

Messages are numbered per process (``seq``): a tab applies a change made from
what it holds (``from`` at most its number), skips one it has already, and
asks for the whole thread again after a gap.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import logging
from collections.abc import Iterable
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from cop_app import background, live
from cop_app.db import session_scope
from cop_app.models import (
    AcceptedAnswer,
    Community,
    FocusArea,
    MemberProfile,
    Post,
    Thread,
    User,
    Visibility,
)
from cop_app.services.accounts import auth
from cop_app.services.guards import authz
from cop_app.services.threads import threads

#: The replies a thread page shows at first (a long thread opens at its end).
REPLY_WINDOW = 100
MAX_REPLY_WINDOW = 5000
#: How often the open threads' stored revisions are compared with what their
#: rooms were sent (writes made by a process without the Redis bridge).
CHECK_S = 3.0
EXCERPT_CHARS = 160

_log = logging.getLogger(__name__)
_seq = itertools.count(1)


def _iso(value: datetime | None) -> str:
    return value.isoformat() if value is not None else ""


@dataclasses.dataclass(frozen=True)
class ThreadData:
    """One read of a thread: what is sent (``thread``, ``posts``) and what the
    access check needs (never sent)."""

    community_id: int
    visibility: str
    revision: int
    hidden: bool
    thread: dict[str, Any]
    posts: tuple[dict[str, Any], ...]


def read_thread(
    session: Session, *, thread_id: int, replies: int = REPLY_WINDOW
) -> ThreadData | None:
    """The thread with its opening post and last ``replies`` replies, as neutral
    data; None when there is no such thread. Four statements."""
    found = session.exec(
        select(Thread, User.display_name, Community)
        .join(User, col(User.id) == col(Thread.author_id))
        .join(Community, col(Community.id) == col(Thread.community_id))
        .where(Thread.id == thread_id)
    ).first()
    if found is None:
        return None
    thread, author, community = found
    accepted = session.exec(
        select(AcceptedAnswer.post_id).where(AcceptedAnswer.thread_id == thread_id)
    ).first()
    last = (
        select(sa.func.coalesce(sa.func.max(Post.position), 0))
        .where(Post.thread_id == thread_id)
        .scalar_subquery()
    )
    rows = session.exec(
        select(Post, User.display_name, MemberProfile.organisation, MemberProfile.region)
        .join(User, col(User.id) == col(Post.author_id))
        .join(MemberProfile, col(MemberProfile.user_id) == col(Post.author_id), isouter=True)
        .where(
            Post.thread_id == thread_id,
            sa.or_(Post.position == 0, col(Post.position) > last - max(1, replies)),
        )
        .order_by(col(Post.position))
    ).all()
    focus = ""
    if thread.focus_area is not None:
        focus = (
            session.exec(select(FocusArea.name).where(FocusArea.code == thread.focus_area)).first()
            or ""
        )
    by_id = {post.id: (post, name) for post, name, _org, _region in rows}
    # A quoted post outside the window: its author and words, read with it.
    missing = {
        post.quoted_post_id
        for post, *_ in rows
        if post.quoted_post_id and post.quoted_post_id not in by_id
    }
    if missing:
        for post, name in session.exec(
            select(Post, User.display_name)
            .join(User, col(User.id) == col(Post.author_id))
            .where(col(Post.id).in_(missing))
        ).all():
            by_id[post.id] = (post, name)
    posts = tuple(_post(post, name, org, region, by_id) for post, name, org, region in rows)
    return ThreadData(
        community_id=community.id or 0,
        visibility=Visibility(community.visibility).value,
        revision=thread.revision,
        hidden=thread.is_hidden,
        thread={
            "id": thread_id,
            "title": thread.title,
            "kind": thread.kind.value,
            "subtype": thread.knowledge_subtype.value if thread.knowledge_subtype else "",
            "status": thread.status.value,
            "focus": focus,
            "tags": list(thread.tags),
            "pinned": thread.is_pinned,
            "locked": thread.is_locked,
            "hidden": thread.is_hidden,
            "author_id": thread.author_id,
            "author": author,
            "at": _iso(thread.created_at),
            "replies": thread.reply_count,
            "first_response_s": thread.first_response_seconds,
            "urgency": thread.urgency.value if thread.urgency else "",
            "country": thread.context_country or "",
            "project": thread.context_project or "",
            "target_h": thread.response_target_hours or 0,
            "accepted": accepted or 0,
            "answerable": thread.kind in threads.ANSWERABLE_KINDS,
            "community_id": community.id or 0,
            "slug": community.slug,
            "community": community.name,
            "archived": community.archived_at is not None,
        },
        posts=posts,
    )


def _post(post: Post, name: str, org: str | None, region: str | None, by_id: dict) -> dict:
    deleted = post.deleted_at is not None
    quoted = by_id.get(post.quoted_post_id) if post.quoted_post_id else None
    return {
        "id": post.id or 0,
        "n": post.position,
        "author_id": post.author_id,
        "author": name,
        "meta": " · ".join(part for part in (org, region) if part),
        "at": _iso(post.created_at),
        "body": "" if deleted else post.body,
        "edited": post.edited_at is not None and not deleted,
        "helpful": post.helpful_count,
        "deleted": deleted,
        "quote_author": quoted[1] if quoted else "",
        "quote_excerpt": _excerpt(quoted[0]) if quoted else "",
    }


def _excerpt(post: Post) -> str:
    if post.deleted_at is not None:
        return ""
    text = " ".join(post.body.split())
    return text if len(text) <= EXCERPT_CHARS else text[: EXCERPT_CHARS - 1].rstrip() + "…"


def full_message(data: ThreadData, seq: int, **extra: Any) -> dict[str, Any]:
    """The whole thread, for a tab that enters the room (or asks again)."""
    return {
        "k": "thread",
        "id": data.thread["id"],
        "full": True,
        "seq": seq,
        "thread": data.thread,
        "posts": list(data.posts),
        **extra,
    }


def change_message(old: ThreadData, new: ThreadData, *, from_seq: int, seq: int) -> dict | None:
    """Only what changed between two reads (None: nothing did)."""
    before = {post["id"]: post for post in old.posts}
    posts = [post for post in new.posts if before.get(post["id"]) != post]
    thread = new.thread if new.thread != old.thread else None
    if not posts and thread is None:
        return None
    message: dict[str, Any] = {"k": "thread", "id": new.thread["id"], "from": from_seq, "seq": seq}
    if thread is not None:
        message["thread"] = thread
    if posts:
        message["posts"] = posts
    return message


def gone_message(thread_id: int) -> dict[str, Any]:
    return {"k": "thread", "id": thread_id, "gone": True}


def staged_message(thread_id: int, outcome: str) -> dict[str, Any]:
    """To the author's tab alone: what became of the reply it showed as sending
    (``posted``: it came in the room's message just before; ``held`` or
    ``refused``: the reply box still holds the text, with the reason)."""
    return {"k": "thread", "id": thread_id, "staged": outcome}


# --------------------------------------------------------------------------- who may watch


def allowed_seats(session: Session, *, data: ThreadData, seats: Iterable[live.Seat]) -> set[str]:
    """The seats (by socket id) that may still see this thread: a live session
    of an active member who may read its community, and a moderator if it is
    hidden; a signed-out tab only a public, visible thread. Three statements."""
    seats = list(seats)
    public = data.visibility == Visibility.PUBLIC.value
    allowed = {s.sid for s in seats if s.session_id is None and public and not data.hidden}
    signed_in = [s for s in seats if s.session_id is not None]
    if not signed_in:
        return allowed
    live_users = auth.live_session_users(
        session, session_ids=[s.session_id or 0 for s in signed_in]
    )
    community = session.get(Community, data.community_id)
    if community is None:
        return allowed
    user_ids = {uid for uid in live_users.values()}
    readers = authz.readers_among(session, community=community, user_ids=user_ids)
    if data.hidden:
        readers &= authz.moderators_among(session, community=community, user_ids=readers)
    for seat in signed_in:
        uid = live_users.get(seat.session_id or 0)
        if uid is not None and uid == seat.user_id and uid in readers:
            allowed.add(seat.sid)
    return allowed


def check_seat(session: Session, *, data: ThreadData, seat: live.Seat) -> bool:
    return seat.sid in allowed_seats(session, data=data, seats=[seat])


# --------------------------------------------------------------------------- rooms


@dataclasses.dataclass
class _Room:
    thread_id: int
    data: ThreadData | None = None
    seq: int = 0
    rounds: live.Rounds = dataclasses.field(init=False)


def room_name(thread_id: int) -> str:
    return live.thread_topic(thread_id)


class ThreadRooms:
    """The open threads of this process and what their rooms were last sent.

    A round reads the thread and checks the seats in one database session off
    the event loop, then sends one change message to the room. Rounds of one
    thread run one at a time; requests that arrive during a round are all
    covered by the next one, so a burst of writes costs at most one round more."""

    def __init__(self) -> None:
        self._rooms: dict[int, _Room] = {}
        self.reads = 0  # thread reads (tests and benchmarks)
        self.sent = 0  # room messages sent

    def on_topic(self, topic: str) -> None:
        """Hub listener: a watched thread's topic moved."""
        prefix, _, rest = topic.partition(":")
        if prefix == "thread" and rest.isdigit() and int(rest) in self._rooms:
            self.request(int(rest))

    def request(self, thread_id: int) -> _Room:
        room = self._rooms.get(thread_id)
        if room is None:
            room = _Room(thread_id)
            room.rounds = live.Rounds(
                functools.partial(self._round, room),
                what=f"thread {thread_id}",
                when_idle=functools.partial(self._forget_if_empty, room),
            )
            self._rooms[thread_id] = room
        room.rounds.request()
        return room

    async def refresh(self, thread_id: int) -> ThreadData | None:
        """Send the room every change made until now; the thread as it then is."""
        room = self.request(thread_id)
        await room.rounds.until_done()
        return room.data

    def _forget_if_empty(self, room: _Room) -> None:
        if not live.rooms.seats(room_name(room.thread_id)):
            self._rooms.pop(room.thread_id, None)

    async def _round(self, room: _Room) -> None:
        name = room_name(room.thread_id)
        seats = live.rooms.seats(name)
        if not seats and room.data is not None:
            return
        self.reads += 1

        def work() -> tuple[ThreadData | None, set[str]]:
            with session_scope() as session:
                data = read_thread(session, thread_id=room.thread_id)
                if data is None:
                    return None, set()
                return data, allowed_seats(session, data=data, seats=seats)

        data, allowed = await live.read_off_loop(work)
        for seat in seats:
            if seat.sid not in allowed:
                await live.rooms.leave(seat.sid)
                await live.rooms.send_to(seat.sid, gone_message(room.thread_id))
        if data is None:
            room.data = None
            return
        if room.data is None:
            room.data, room.seq = data, next(_seq)
            return
        seq = next(_seq)
        message = change_message(room.data, data, from_seq=room.seq, seq=seq)
        room.data = data
        if message is None:
            return
        room.seq = seq
        self.sent += 1
        await live.rooms.send(name, message)

    async def join(
        self,
        seat: live.Seat,
        *,
        thread_id: int,
        replies: int = REPLY_WINDOW,
        zone: str = "",
        me: dict[str, Any] | None = None,
    ) -> bool:
        """Seat a tab in the thread's room and send it the whole thread (the
        caller checked it may read it). False when the thread is gone or the
        seat may not see it."""
        await live.rooms.enter(room_name(thread_id), seat)
        data = await self.refresh(thread_id)
        room = self._rooms.get(thread_id)
        if data is None or room is None or live.rooms.room_of(seat.sid) != room_name(thread_id):
            await live.rooms.leave(seat.sid)
            return False
        await live.rooms.send_to(seat.sid, full_message(data, room.seq, zone=zone, me=me))
        if replies > REPLY_WINDOW:
            return await self.send_window(seat, thread_id=thread_id, replies=replies)
        return True

    async def send_window(self, seat: live.Seat, *, thread_id: int, replies: int) -> bool:
        """A wider window of replies for one tab ("show earlier"), read for it
        alone and merged by the browser into what it holds."""
        replies = min(max(replies, REPLY_WINDOW), MAX_REPLY_WINDOW)

        def work() -> ThreadData | None:
            with session_scope() as session:
                data = read_thread(session, thread_id=thread_id, replies=replies)
                if data is None or not check_seat(session, data=data, seat=seat):
                    return None
                return data

        data = await live.read_off_loop(work)
        room = self._rooms.get(thread_id)
        if data is None or room is None:
            return False
        await live.rooms.send_to(seat.sid, full_message(data, room.seq, merge=True))
        return True

    async def check_revisions(self) -> None:
        """Publish the open threads whose stored revision moved unseen, and
        forget the threads nobody has open any more (closed tabs leave here)."""
        for thread_id, room in list(self._rooms.items()):
            if room.rounds.idle and not live.rooms.seats(room_name(thread_id)):
                del self._rooms[thread_id]
        watched = {tid: room.data.revision for tid, room in self._rooms.items() if room.data}
        if not watched:
            return

        def work() -> dict[int, int]:
            with session_scope() as session:
                return dict(
                    session.exec(
                        select(Thread.id, Thread.revision).where(col(Thread.id).in_(watched))
                    ).all()
                )

        stored = await live.read_off_loop(work)
        for thread_id, revision in watched.items():
            if stored.get(thread_id) != revision:
                self.request(thread_id)

    def watched(self) -> int:
        return len(self._rooms)


rooms = ThreadRooms()
live.hub.listeners.append(rooms.on_topic)


async def keep_rooms_current() -> None:
    """Lifespan task: catch writes no topic announced (other processes)."""
    await background.every(CHECK_S, rooms.check_revisions, "live: checking the open threads")
