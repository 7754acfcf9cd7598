"""A community's health dashboard, built once per change per process and sent
to every open one.

A dashboard tab keeps no figures in its Reflex state. Each (community, period,
language) open in this process has a room (:data:`cop_app.live.rooms`). When the
community's topic moves (a write here, or in another worker through the Redis
bridge) or its stored versions move unseen, :class:`BoardRooms` builds the board
once (:func:`cop_app.services.health.dashboard.build` on the process's live
report), compares each part with what the room was last sent, and sends the
room one message with only the parts that changed. A chart's figure is
serialised once, when its numbers changed; a card that did not move is not
sent again. A tab that enters the room gets every part, once.

Dates go as ISO timestamps and are formatted in each viewer's zone by the
browser (``assets/cop_live.js``). The cards' and charts' words are in the
room's language (one room per language), not per viewer.

Rounds of one room run one at a time and at most every
:data:`MIN_INTERVAL_S`: a burst of twenty writes a second becomes a couple of
builds a second, whatever the number of viewers. Before each message the seats
are checked again (live session, still on the community's team, in three
statements); a tab that lost the right is told the board is gone and leaves.
"""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import itertools
import json
import logging
from collections.abc import Iterable
from typing import Any

from plotly.io import to_json
from sqlmodel import Session

from cop_app import background, live
from cop_app.db import session_scope
from cop_app.i18n import DEFAULT_LOCALE
from cop_app.models import Community, User
from cop_app.services.accounts import auth
from cop_app.services.communities import browse
from cop_app.services.guards import authz
from cop_app.services.health import dashboard
from cop_app.services.health.metrics import HealthReport

#: The least time between two builds of one room (a burst is one build).
MIN_INTERVAL_S = 0.5
#: How often the open boards' stored versions are compared with what their
#: rooms were built from (writes made by a process without the Redis bridge).
CHECK_S = 3.0
PREFIX = "health:"
CHART_KEYS = ("activity", "first_response", "focus", "levels", "funnel")

_log = logging.getLogger(__name__)
_seq = itertools.count(1)


def room_name(community_id: int, period: int, locale: str = DEFAULT_LOCALE) -> str:
    return f"{PREFIX}{community_id}:{period}:{locale}"


@dataclasses.dataclass(frozen=True)
class Built:
    """One build of a room's board: its parts (what is sent) and what the next
    build reuses (never sent)."""

    parts: dict[str, Any]
    signatures: dict[str, int]
    before: HealthReport
    versions: tuple[int, int] | None


def board_parts(
    board: dashboard.Dashboard,
    *,
    slug: str,
    earlier: Built | None,
) -> tuple[dict[str, Any], dict[str, int]]:
    """The board as the browser's parts: plain data, a figure serialised only
    when its numbers changed since ``earlier``."""
    card = board.scorecard
    parts: dict[str, Any] = {
        "slug": slug,
        "period": board.period_days,
        "name": board.community_name,
        "as_of": board.as_of.isoformat(),
        "cards": [dataclasses.asdict(c) for c in board.cards],
        "attention": [dataclasses.asdict(item) for item in board.attention],
        "blocks": [dataclasses.asdict(block) for block in card.blocks] if card else [],
        "stage": dataclasses.asdict(card.stage) if card else None,
        "summaries": {chart.key: chart.summary for chart in board.charts},
    }
    signatures: dict[str, int] = {}
    for chart in board.charts:
        key = f"fig_{chart.key}"
        signatures[key] = chart.signature
        if earlier is not None and earlier.signatures.get(key) == chart.signature:
            parts[key] = earlier.parts[key]
        else:
            parts[key] = json.loads(str(to_json(chart.figure)))
    return parts, signatures


def full_message(built: Built, *, room: str, seq: int, **extra: Any) -> dict[str, Any]:
    return {"k": "board", "room": room, "full": True, "seq": seq, "parts": built.parts, **extra}


def change_message(
    old: Built, new: Built, *, room: str, from_seq: int, seq: int
) -> dict[str, Any] | None:
    """The parts that changed (None: nothing but the time did)."""
    parts = {
        key: value
        for key, value in new.parts.items()
        if key != "as_of" and old.parts.get(key) is not value and old.parts.get(key) != value
    }
    if not parts:
        return None
    parts["as_of"] = new.parts["as_of"]
    return {"k": "board", "room": room, "from": from_seq, "seq": seq, "parts": parts}


def gone_message(room: str) -> dict[str, Any]:
    return {"k": "board", "room": room, "gone": True}


def allowed_seats(
    session: Session, *, community: Community, seats: Iterable[live.Seat]
) -> set[str]:
    """The seats (by socket id) still on the community's team with a live
    session (leads, facilitators, site admins). Three statements."""
    signed_in = [s for s in seats if s.session_id is not None]
    if not signed_in:
        return set()
    live_users = auth.live_session_users(
        session, session_ids=[s.session_id or 0 for s in signed_in]
    )
    team = authz.moderators_among(session, community=community, user_ids=set(live_users.values()))
    return {
        seat.sid
        for seat in signed_in
        if live_users.get(seat.session_id or 0) == seat.user_id and seat.user_id in team
    }


# --------------------------------------------------------------------------- rooms


@dataclasses.dataclass
class _Room:
    community_id: int
    period: int
    locale: str
    built: Built | None = None
    seq: int = 0
    from_database: bool = False  # the next build reads the database, not the hub's word
    rounds: live.Rounds = dataclasses.field(init=False)

    @property
    def name(self) -> str:
        return room_name(self.community_id, self.period, self.locale)


class BoardRooms:
    """The dashboards open in this process and what their rooms were last sent."""

    def __init__(self) -> None:
        self._rooms: dict[str, _Room] = {}
        self.builds = 0  # boards built (tests and benchmarks)
        self.sent = 0  # room messages sent

    def on_topic(self, topic: str) -> None:
        """Hub listener: a community with open dashboards changed."""
        prefix, _, rest = topic.partition(":")
        if prefix != "community" or not rest.isdigit():
            return
        for room in list(self._rooms.values()):
            if room.community_id == int(rest):
                room.rounds.request()

    def _room(self, community_id: int, period: int, locale: str) -> _Room:
        name = room_name(community_id, period, locale)
        room = self._rooms.get(name)
        if room is None:
            room = self._rooms[name] = _Room(community_id, period, locale)
            room.rounds = live.Rounds(
                functools.partial(self._round, room),
                what=f"board {name}",
                min_interval=MIN_INTERVAL_S,
                pause_if=lambda: room.built is not None,
                when_idle=functools.partial(self._forget_if_empty, room),
            )
        return room

    async def refresh(self, community_id: int) -> None:
        """Send every open board of the community what changed until now (read
        from the database: the write's topic may not have reached the hub yet)."""
        rooms = [room for room in self._rooms.values() if room.community_id == community_id]
        for room in rooms:
            room.from_database = True
        await asyncio.gather(*(room.rounds.until_done() for room in rooms))

    def _forget_if_empty(self, room: _Room) -> None:
        if not live.rooms.seats(room.name):
            self._rooms.pop(room.name, None)

    async def _round(self, room: _Room) -> None:
        seats = live.rooms.seats(room.name)
        if not seats:
            return
        topic = live.community_topic(room.community_id)
        topic_version = None if room.from_database else live.hub.version(topic)
        room.from_database = False
        earlier = room.built
        self.builds += 1

        def work() -> tuple[Built | None, set[str]]:
            with session_scope() as session:
                community = session.get(Community, room.community_id)
                if community is None:
                    return None, set()
                allowed = allowed_seats(session, community=community, seats=seats)
                viewer = next((s.user_id for s in seats if s.sid in allowed), None)
                user = session.get(User, viewer) if viewer is not None else None
                if user is None:
                    return None, allowed
                return _build(
                    session,
                    community=community,
                    user=user,
                    period=room.period,
                    locale=room.locale,
                    topic_version=topic_version,
                    earlier=earlier,
                ), allowed

        built, allowed = await live.read_off_loop(work)
        for seat in seats:
            if seat.sid not in allowed:
                await live.rooms.leave(seat.sid)
                await live.rooms.send_to(seat.sid, gone_message(room.name))
        if built is None:
            return
        seq = next(_seq)
        message = None
        if earlier is not None:
            message = change_message(earlier, built, room=room.name, from_seq=room.seq, seq=seq)
        room.built = built
        if earlier is None:
            room.seq = seq
            return
        if message is None:
            return
        room.seq = seq
        self.sent += 1
        await live.rooms.send(room.name, message)

    async def join(
        self,
        seat: live.Seat,
        *,
        community_id: int,
        period: int,
        locale: str = DEFAULT_LOCALE,
        zone: str = "",
    ) -> bool:
        """Seat a tab in the board's room and send it the whole board (the
        caller checked it may see it). False when the seat may not."""
        room = self._room(community_id, period, locale)
        await live.rooms.enter(room.name, seat)
        if room.built is None:
            await room.rounds.until_done()
        room = self._rooms.get(room.name) or room
        if room.built is None or live.rooms.room_of(seat.sid) != room.name:
            await live.rooms.leave(seat.sid)
            return False
        message = full_message(room.built, room=room.name, seq=room.seq, zone=zone)
        await live.rooms.send_to(seat.sid, message)
        return True

    async def check_versions(self) -> None:
        """Build again the boards whose community moved unseen (another process
        wrote without the bridge), and forget the boards nobody has open."""
        for name, room in list(self._rooms.items()):
            if room.rounds.idle and not live.rooms.seats(name):
                del self._rooms[name]
        watched = {room.community_id for room in self._rooms.values() if room.built}
        if not watched:
            return

        def work() -> dict[int, tuple[int, int]]:
            with session_scope() as session:
                return browse.get_versions_of(session, community_ids=sorted(watched))

        stored = await live.read_off_loop(work)
        for room in list(self._rooms.values()):
            if room.built is not None and stored.get(room.community_id) != room.built.versions:
                room.from_database = True
                room.rounds.request()

    def watched(self) -> int:
        return len(self._rooms)


def _build(
    session: Session,
    *,
    community: Community,
    user: User,
    period: int,
    locale: str,
    topic_version: int | None,
    earlier: Built | None,
) -> Built:
    # The versions first: a write between them and the build is seen again.
    versions = browse.get_versions(session, community_id=community.id or 0)
    board, before = dashboard.build_live(
        session,
        community=community,
        by=user,
        period_days=period,
        before=earlier.before if earlier is not None else None,
        topic_version=topic_version,
        locale=locale,
    )
    parts, signatures = board_parts(board, slug=community.slug, earlier=earlier)
    return Built(parts=parts, signatures=signatures, before=before, versions=versions)


rooms = BoardRooms()
live.hub.listeners.append(rooms.on_topic)


async def keep_boards_current() -> None:
    """Lifespan task: catch writes no topic announced (other processes)."""
    await background.every(CHECK_S, rooms.check_versions, "live: checking the open dashboards")
