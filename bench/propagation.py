"""Live propagation (benchmark section 2): from a post by one client to its
appearance on N open viewers, through the running app, at a steady event rate.

Three pages, each with N viewers (:mod:`bench.aclient` sockets in this process)
and a sender posting at a fixed rate (5 and 20 events/s):

* **thread view** (``/c/<slug>/t/<id>``, anonymous viewers): members reply
  through the real handler (``ThreadState.reply``). A reply's body carries a
  unique marker; a viewer's latency for it is the receipt of the first message
  whose text contains the marker, minus the send time.
* **health dashboard** (``/c/<slug>/health``, each viewer its own session of the
  community's lead): the same replies. What we watch is the activity chart's
  summary (the board's ``summaries["activity"]`` part: "in the latest week, <n>
  contributions"), which goes up by one per reply; reply ``k`` of a run has
  reached a viewer when that figure first shows ``base + k + 1``. The board is
  built once per change per process and sent to the room of every open
  dashboard of the community and period (``cop_app/services/health/boardfeed.py``),
  at most every ``MIN_INTERVAL_S`` (0.5 s) by design, so its latency is bounded
  below by that, not by the fan-out. The goal (issue 21): within 1 s at p95, the
  worker below 50 % CPU, at 50 viewers and 20 events/s.
* **SharedState reference** (``/bench/shared``, stock ``rx.SharedState``, see
  ``cop_app/pages/bench_reference.py``): one linked sender calls
  ``BenchSender.post``; post ``k`` has reached a viewer when the board's
  ``count`` shows ``base + k + 1``. Every app figure is reported as a ratio to
  this page's p95 at the same N and rate.

And the claim "disconnected tabs add nothing": after a page's sweep its viewers
are closed and more tabs are opened and closed (in batches of 25) until
:attr:`Plan.stale_tabs` tabs of that page have disconnected; then 50 fresh
viewers are measured at 20 events/s and compared with the sweep's 50-viewer,
20 events/s cell (same page, no disconnected tab yet). Stock SharedState keeps
the links of disconnected clients in 0.10.1 and is expected to degrade; its
check stops at :attr:`Plan.reference_stale_tabs` (its sweep's own closed
viewers), because every join there also pushes to each dead link.

Senders: the app allows 20 posts per member per 10 minutes, so replies rotate
over a pool of the community's members (at most :data:`MEMBER_POSTS` each,
members with no post in the last 11 minutes). Only the three named demo
accounts have a password; the others get a real session through the app's own
services (``auth.do_start_session`` then ``do_exchange_handoff``, what a
sign-in does after its password check), and the socket carries its cookie as a
browser's would. Sender sockets sit on ``/bench/counter`` (no live watcher) and
name the thread in the event's router data, so a sender is not also a viewer.
Each thread-view cell moves its viewers to a fresh thread of typical length
(a client-side navigation), then posts one reply to the previous thread: a
thread watcher that has been navigated away from keeps polling its thread's
revision every 3 s until that thread changes, and this ends it.

Each cell: a warm-up at the cell's rate, then the measured window, then at most
:attr:`Plan.drain_s` for the last deltas; a (viewer, post) pair not seen by
then is *lost* (late or never: the cell does not wait longer). Percentiles are
over every expected pair, a lost one counted as arriving at the deadline, so
with more than 5 % lost the p95 is a lower bound (``p95_is_lower_bound``).
CPU is the app's (the process group of the process listening on the app's
port, summed, in % of one core) over the measured window, next to this load
generator's own and the whole machine's: nothing is pinned, and the load
generator shares the machine's 2 cores with the app.

    python -m bench.propagation [--quick] [--url URL --db-url DB_URL]
        [--viewers 1,10,50] [--rates 5,20] [--stale-tabs 500] [--measure 3]
        [--kinds thread,health,shared]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import math
import os
import re
import resource
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import psutil

from bench.aclient import AsyncAppClient
from bench.report import Figure, p50_p95, table
from bench.targets import plain_members, typical_threads

SECTION = "2. live propagation"
REFERENCE_NAME = "stock SharedState"
#: Posts per member in one run, below the app's 20 per 10 minutes.
MEMBER_POSTS = 18
#: Members who posted within this window are left out of the sender pool.
RATE_WINDOW = timedelta(minutes=11)
CONNECT_BATCH = 20
STALE_BATCH = 25
SENDER_PAGE = "/bench/counter"  # a page with no live watcher
REPLY_TEXT = "Thanks, this matches what we saw in our district last month; noting it here."

THREAD, HEALTH, SHARED = "thread view", "health dashboard", REFERENCE_NAME

_SHARED_COUNT = re.compile(r'bench_board":\{[^{}]*?"count_rx_state_":(\d+)')
_HEALTH_COUNT = re.compile(r"latest week, ([\d,]+) contributions")
_REPLY_ERROR = re.compile(r'"reply_error_rx_state_":"([^"]+)"')


@dataclass(frozen=True)
class Plan:
    """What one run measures."""

    viewers: tuple[int, ...]
    rates: tuple[float, ...]
    health_viewers: tuple[int, ...]  # a dashboard viewer costs far more: see the module's notes
    warmup_s: float
    measure_s: float
    drain_s: float
    stale_tabs: int
    #: Disconnected tabs before the reference's own check. Every SharedState
    #: join pushes to each link, dead ones included, so opening 300 more tabs
    #: there took ~2.5 minutes; the sweep's own closed viewers (up to 200) show
    #: the effect already.
    reference_stale_tabs: int = 200
    stale_viewers: int = 50
    stale_rate: float = 20.0
    kinds: tuple[str, ...] = ("thread", "health", "shared")


FULL = Plan(viewers=(1, 10, 50, 100, 200), rates=(5.0, 20.0), health_viewers=(1, 10, 50),
            warmup_s=1.0, measure_s=3.0, drain_s=3.0, stale_tabs=500)  # fmt: skip
QUICK = Plan(viewers=(10, 50), rates=(20.0,), health_viewers=(10,), warmup_s=1.0,
             measure_s=2.0, drain_s=2.0, stale_tabs=100)  # fmt: skip


# --------------------------------------------------------------------------- the database


@dataclass
class Targets:
    """What the run needs from the app's database."""

    slug: str
    community_id: int
    lead_id: int
    threads: list[int]  # open threads of typical length, best first
    members: list[int]  # active members free to post

    def next_thread(self) -> int:
        if not self.threads:
            msg = "ran out of threads to post in"
            raise RuntimeError(msg)
        return self.threads.pop(0)


def find_targets(db_url: str, *, lead_email: str = "lead@example.org") -> Targets:
    """The open community the demo lead leads (the largest), its typical
    threads, and members who may post now."""
    from sqlmodel import col, func, select

    from cop_app.db import session_scope
    from cop_app.models import (
        Community,
        Membership,
        MembershipRole,
        MembershipStatus,
        Openness,
        Post,
        User,
    )

    with session_scope(db_url) as session:
        lead = session.exec(select(User).where(User.email == lead_email)).one()
        community = session.exec(
            select(Community)
            .join(Membership, col(Membership.community_id) == col(Community.id))
            .where(
                Membership.user_id == lead.id,
                Membership.role == MembershipRole.LEAD,
                Membership.status == MembershipStatus.ACTIVE,
                Community.openness == Openness.OPEN,
            )
            .order_by(col(Community.thread_count).desc())
        ).first()
        if community is None:
            msg = f"{lead_email} leads no open community"
            raise RuntimeError(msg)
        threads = session.exec(typical_threads(community.id, 80)).all()
        members = [user.id for user in session.exec(plain_members(community.id)).all()]
        since = datetime.now(UTC) - RATE_WINDOW
        recent = set(
            session.exec(
                select(Post.author_id)
                .where(col(Post.created_at) > since)
                .group_by(col(Post.author_id))
                .having(func.count() > 0)
            ).all()
        )
        return Targets(
            slug=community.slug,
            community_id=community.id or 0,
            lead_id=lead.id or 0,
            threads=[t for t in threads if t is not None],
            members=[m for m in members if m is not None and m not in recent],
        )


def start_sessions(db_url: str, user_ids: Sequence[int]) -> list[str]:
    """A real session (its cookie token) for each user, through the app's services:
    what a sign-in does once the password matched (the demo's members have none)."""
    from cop_app.db import session_scope
    from cop_app.models import User
    from cop_app.services.accounts import auth

    with session_scope(db_url, write=True) as session:
        codes = []
        for user_id in user_ids:
            user = session.get(User, user_id)
            assert user is not None
            codes.append(
                auth.do_start_session(
                    session, user=user, client_ip="192.0.2.20", user_agent="bench.propagation"
                )
            )
        tokens = [auth.do_exchange_handoff(session, code=code) for code in codes]
    if any(token is None for token in tokens):
        msg = "a benchmark session could not be opened"
        raise RuntimeError(msg)
    return [t for t in tokens if t is not None]


# --------------------------------------------------------------------------- CPU


class Cpu:
    """CPU seconds of the app (its process group), this process and the machine."""

    def __init__(self, url: str) -> None:
        self.pgid = _app_pgid(urlsplit(url).port or 80)
        self.me = psutil.Process()

    def app_seconds(self) -> float:
        if self.pgid is None:
            return math.nan
        total = 0.0
        for proc in psutil.process_iter():
            with contextlib.suppress(psutil.Error, ProcessLookupError):
                if os.getpgid(proc.pid) == self.pgid:
                    times = proc.cpu_times()
                    total += times.user + times.system
        return total

    def sample(self) -> tuple[float, float, float, float]:
        """(wall, app CPU s, load generator CPU s, machine busy CPU s)."""
        mine = self.me.cpu_times()
        machine = psutil.cpu_times()
        busy = machine.user + machine.system + getattr(machine, "nice", 0.0)
        return time.perf_counter(), self.app_seconds(), mine.user + mine.system, busy


def _app_pgid(port: int) -> int | None:
    for conn in psutil.net_connections(kind="tcp"):
        listening = conn.status == psutil.CONN_LISTEN and conn.laddr and conn.laddr.port == port
        if listening and conn.pid:
            with contextlib.suppress(ProcessLookupError):
                return os.getpgid(conn.pid)
    return None


# --------------------------------------------------------------------------- viewers


class Tracker:
    """What one viewer has seen: first receipt of each marker, or a count over time."""

    __slots__ = ("counts", "first")

    def __init__(self) -> None:
        self.first: dict[int, float] = {}
        self.counts: list[tuple[float, int]] = []

    def last_count(self) -> int | None:
        return self.counts[-1][1] if self.counts else None


def marker_hook(tracker: Tracker, prefix: str) -> Callable[[AsyncAppClient, str, float], None]:
    """Record the first receipt of each ``<prefix><seq>q`` in the message text."""
    pattern = re.compile(re.escape(prefix) + r"(\d+)q")
    first = tracker.first

    def hook(_client: AsyncAppClient, raw: str, at: float) -> None:
        if prefix in raw:
            for match in pattern.finditer(raw):
                first.setdefault(int(match[1]), at)

    return hook


def count_hook(tracker: Tracker, pattern: re.Pattern[str]) -> Callable[..., None]:
    """Record each value of a count found in the message text."""
    counts = tracker.counts

    def hook(_client: AsyncAppClient, raw: str, at: float) -> None:
        match = pattern.search(raw)
        if match is not None:
            counts.append((at, int(match[1].replace(",", ""))))

    return hook


@dataclass
class Viewers:
    """The open viewers of one page kind, with what each has seen."""

    kind: str
    clients: list[AsyncAppClient] = field(default_factory=list)
    trackers: list[Tracker] = field(default_factory=list)
    disconnected: int = 0  # tabs of this kind closed so far in the run

    async def add(self, new: list[tuple[AsyncAppClient, Tracker]], path: str) -> None:
        started = time.perf_counter()
        for start in range(0, len(new), CONNECT_BATCH):
            batch = new[start : start + CONNECT_BATCH]
            await asyncio.gather(*(client.connect(path, timeout=120) for client, _ in batch))
            for client, tracker in batch:
                self.clients.append(client)
                self.trackers.append(tracker)
        if len(new) >= CONNECT_BATCH:
            seconds = time.perf_counter() - started
            print(f"  ({self.kind}: {len(new)} more viewers opened in {seconds:.1f} s)", flush=True)

    async def close(self) -> None:
        await asyncio.gather(*(c.close() for c in self.clients), return_exceptions=True)
        self.disconnected += len(self.clients)
        self.clients, self.trackers = [], []


async def quiet(clients: Sequence[AsyncAppClient], quiet_s: float, max_s: float) -> None:
    """Wait until none of ``clients`` got a message for ``quiet_s`` (at most ``max_s``)."""
    end = time.monotonic() + max_s
    while time.monotonic() < end:
        last = max((c.last_message_at for c in clients), default=0.0)
        idle = time.perf_counter() - last
        if idle >= quiet_s:
            return
        await asyncio.sleep(min(quiet_s - idle, max(0.0, end - time.monotonic())) + 0.001)


# --------------------------------------------------------------------------- senders


class MemberSenders:
    """Sockets of members who post replies, each at most :data:`MEMBER_POSTS` times."""

    def __init__(self, url: str, db_url: str, members: list[int], handler: str) -> None:
        self.url, self.db_url, self.handler = url, db_url, handler
        self.members = list(members)
        self.open: list[tuple[AsyncAppClient, list[int]]] = []  # (socket, [posts left])
        self.errors: list[str] = []
        self._turn = 0

    async def ensure(self, posts: int, *, spread: int = 4) -> None:
        """Have sockets open for ``posts`` more posts, over at least ``spread`` members
        (one member's events run one at a time: spreading keeps the sender's own
        queue from adding to the figures)."""
        spent = [c for c, left in self.open if left[0] <= 0 or c.closed]
        await asyncio.gather(*(c.close() for c in spent), return_exceptions=True)
        self.open = [(c, left) for c, left in self.open if c not in spent]
        budget = sum(left[0] for _, left in self.open)
        need = max(math.ceil((posts - budget) / MEMBER_POSTS), spread - len(self.open), 0)
        if need > len(self.members):
            msg = f"not enough members free to post ({len(self.members)} left, {need} needed)"
            raise RuntimeError(msg)
        if need == 0:
            return
        chosen, self.members = self.members[:need], self.members[need:]
        tokens = await asyncio.to_thread(start_sessions, self.db_url, chosen)
        clients = [AsyncAppClient(self.url, session_token=token) for token in tokens]
        for client in clients:
            client.on_raw = self._watch_errors
        await asyncio.gather(*(c.connect(SENDER_PAGE, timeout=120) for c in clients))
        self.open.extend((c, [MEMBER_POSTS]) for c in clients)

    def _watch_errors(self, _client: AsyncAppClient, raw: str, _at: float) -> None:
        match = _REPLY_ERROR.search(raw)
        if match is not None:
            self.errors.append(match[1])

    async def post(self, thread_path: str, marker: str) -> float:
        for _ in range(len(self.open)):
            client, left = self.open[self._turn % len(self.open)]
            self._turn += 1
            if left[0] > 0 and not client.closed:
                left[0] -= 1
                body = {"form": {"body": f"{REPLY_TEXT} {marker}"}}
                return await client.emit(self.handler, body, path=thread_path)
        msg = "no sender has posts left (call ensure first)"
        raise RuntimeError(msg)

    async def close(self) -> None:
        await asyncio.gather(*(c.close() for c, _ in self.open), return_exceptions=True)
        self.open = []


# --------------------------------------------------------------------------- one cell


@dataclass
class Cell:
    """One measured run: a page kind, N viewers, a rate."""

    kind: str
    n: int
    rate: float
    latencies_ms: list[float]  # the updates that arrived within the drain
    censored_ms: list[float]  # the others: drain deadline - send (a lower bound)
    expected: int
    lost: int
    app_cpu_pct: float
    app_cpu_ms_per_event: float
    loadgen_cpu_pct: float
    machine_cpu_pct: float
    msgs_per_viewer_event: float
    kb_per_viewer_event: float
    send_errors: int
    events: int
    stale_tabs: int = 0

    @property
    def p50_p95(self) -> tuple[float, float]:
        """Over every expected update; a lost one counts as arriving at the drain
        deadline, so with more than 5 % lost the p95 is a lower bound."""
        return p50_p95(self.latencies_ms + self.censored_ms)

    @property
    def lower_bound(self) -> bool:
        return self.lost > 0.05 * self.expected

    def extra(self) -> dict[str, Any]:
        p50, p95 = self.p50_p95
        return {
            "viewers": self.n,
            "events_per_s": self.rate,
            "p50_ms": _round(p50),
            "p95_ms": _round(p95),
            "max_ms": _round(max(self.latencies_ms)) if self.latencies_ms else None,
            "lost_updates": self.lost,
            "p95_is_lower_bound": self.lower_bound,
            "expected_updates": self.expected,
            "app_cpu_pct": _round(self.app_cpu_pct),
            "app_cpu_ms_per_event": _round(self.app_cpu_ms_per_event),
            "loadgen_cpu_pct": _round(self.loadgen_cpu_pct),
            "machine_cpu_pct": _round(self.machine_cpu_pct),
            "msgs_per_viewer_per_event": _round(self.msgs_per_viewer_event, 2),
            "kb_per_viewer_per_event": _round(self.kb_per_viewer_event, 2),
            "send_errors": self.send_errors,
            "events_measured": self.events,
            "disconnected_tabs": self.stale_tabs,
        }


def _round(x: float, digits: int = 1) -> float | None:
    return None if x is None or math.isnan(x) else round(x, digits)


async def run_cell(
    *,
    kind: str,
    viewers: Viewers,
    rate: float,
    plan: Plan,
    cpu: Cpu,
    send: Callable[[int], Awaitable[float]],
    errors: Callable[[], int],
    by_marker: bool,
    base: int = 0,
) -> Cell:
    """Post at ``rate`` for the warm-up and the measured window, then work out
    when each measured post reached each viewer."""
    clients, trackers = viewers.clients, viewers.trackers
    warm = round(plan.warmup_s * rate)
    total = warm + round(plan.measure_s * rate)
    errors_before = errors()
    sent: list[float] = []
    started = time.perf_counter()
    msgs0 = bytes0 = 0
    before = cpu.sample()
    for k in range(total):
        delay = started + k / rate - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        if k == warm:
            msgs0 = sum(c.messages for c in clients)
            bytes0 = sum(c.bytes_received for c in clients)
            before = cpu.sample()
        sent.append(await send(k))
    after = cpu.sample()
    measured = range(warm, total)

    def complete() -> bool:
        if by_marker:
            return all(all(k in t.first for k in measured) for t in trackers)
        need = base + total
        return all((t.last_count() or 0) >= need for t in trackers)

    deadline = time.perf_counter() + plan.drain_s
    while time.perf_counter() < deadline and not complete():
        await asyncio.sleep(0.05)
    msgs = sum(c.messages for c in clients) - msgs0
    got = sum(c.bytes_received for c in clients) - bytes0

    latencies: list[float] = []
    censored: list[float] = []
    for tracker in trackers:
        if by_marker:
            for k in measured:
                at = tracker.first.get(k)
                if at is None or at > deadline:
                    censored.append((deadline - sent[k]) * 1000)
                else:
                    latencies.append((at - sent[k]) * 1000)
        else:
            _count_latencies(tracker.counts, sent, base, measured, deadline, latencies, censored)
    wall = after[0] - before[0]
    events = len(measured)
    n = max(1, len(clients))
    return Cell(
        kind=kind,
        n=len(clients),
        rate=rate,
        latencies_ms=latencies,
        censored_ms=censored,
        expected=events * len(clients),
        lost=len(censored),
        app_cpu_pct=(after[1] - before[1]) / wall * 100,
        app_cpu_ms_per_event=(after[1] - before[1]) / events * 1000,
        loadgen_cpu_pct=(after[2] - before[2]) / wall * 100,
        machine_cpu_pct=(after[3] - before[3]) / wall * 100,
        msgs_per_viewer_event=msgs / n / events,
        kb_per_viewer_event=got / n / events / 1024,
        send_errors=errors() - errors_before,
        events=events,
        stale_tabs=viewers.disconnected,
    )


def _count_latencies(
    counts: list[tuple[float, int]],
    sent: list[float],
    base: int,
    measured: range,
    deadline: float,
    out: list[float],
    censored: list[float],
) -> None:
    """Post ``k`` reached the viewer at the first count >= base + k + 1 received
    after it was sent (into ``out``); the posts that did not by ``deadline`` go
    into ``censored`` as ``deadline - sent``."""
    i = 0
    best = -1
    peaks: list[tuple[float, int]] = []  # the running maximum: counts may repeat
    for at, value in counts:
        best = max(best, value)
        peaks.append((at, best))
    for k in measured:
        need = base + k + 1
        while i < len(peaks) and (peaks[i][1] < need or peaks[i][0] < sent[k]):
            i += 1
        if i == len(peaks) or peaks[i][0] > deadline:
            censored.append((deadline - sent[k]) * 1000)
        else:
            out.append((peaks[i][0] - sent[k]) * 1000)


# --------------------------------------------------------------------------- the run


class Run:
    """One benchmark run against one app."""

    def __init__(self, url: str, db_url: str, plan: Plan) -> None:
        from cop_app.pages.bench_reference import BenchSender
        from cop_app.state.thread import ThreadState

        self.url, self.db_url, self.plan = url, db_url, plan
        self.reply_handler = f"{ThreadState.get_full_name()}.reply"
        self.post_handler = f"{BenchSender.get_full_name()}.post"
        self.run_id = uuid.uuid4().hex[:6]
        self.cpu = Cpu(url)
        self.targets = find_targets(db_url)
        self.senders = MemberSenders(url, db_url, self.targets.members, self.reply_handler)
        self.cells: dict[tuple[str, int, float, bool], Cell] = {}
        self.started = time.perf_counter()
        self._seq = 0

    def thread_path(self, thread_id: int) -> str:
        return f"/c/{self.targets.slug}/t/{thread_id}"

    def marker(self, cell_seq: int, k: int) -> str:
        return f"bz{self.run_id}c{cell_seq}x{k}q"

    def cell_posts(self, rate: float) -> int:
        return round(self.plan.warmup_s * rate) + round(self.plan.measure_s * rate)

    def log(self, cell: Cell) -> None:
        p50, p95 = cell.p50_p95
        stale = f", {cell.stale_tabs} disconnected" if cell.stale_tabs else ""
        bound = ">=" if cell.lower_bound else ""
        elapsed = time.perf_counter() - self.started
        print(
            f"  [{elapsed:4.0f} s] {cell.kind:<17} N={cell.n:<4} {cell.rate:>4g}/s{stale}: "
            f"p50 {p50:7.1f} ms  "
            f"p95 {bound}{p95:.1f} ms  lost {cell.lost}/{cell.expected}  app CPU "
            f"{cell.app_cpu_pct:5.1f} %  {cell.kb_per_viewer_event:6.1f} KB/viewer/event",
            flush=True,
        )

    # ------------------------------------------------------------ thread views

    async def thread_cell(self, viewers: Viewers, n: int, rate: float, *, stale: bool) -> Cell:
        """Move the viewers (and ``n - len`` new ones) to a fresh thread, then post to it."""
        self._seq += 1
        seq = self._seq
        thread_id = self.targets.next_thread()
        path = self.thread_path(thread_id)
        old = {urlsplit(c.path).path for c in viewers.clients}
        # A client-side navigation per viewer (the page's on_load), a batch at a time.
        sem = asyncio.Semaphore(CONNECT_BATCH)

        async def move(client: AsyncAppClient) -> None:
            async with sem:
                await client.navigate(path, timeout=120)

        await asyncio.gather(*(move(c) for c in viewers.clients))
        new = []
        for _ in range(n - len(viewers.clients)):
            tracker = Tracker()
            client = AsyncAppClient(self.url)
            client.on_raw = marker_hook(tracker, f"bz{self.run_id}c")
            new.append((client, tracker))
        await viewers.add(new, path)
        for client, tracker in zip(viewers.clients, viewers.trackers, strict=True):
            tracker.first.clear()  # this cell's markers only
            client.on_raw = marker_hook(tracker, f"bz{self.run_id}c{seq}x")
        await self.senders.ensure(self.cell_posts(rate) + len(old))
        # The viewers' watchers of the previous thread end only when it next
        # changes (or the tab closes): one more reply there ends them.
        for previous in old - {path}:
            await self.senders.post(previous, "(end of the previous cell)")
        await quiet(viewers.clients, 0.3, 6)
        cell = await run_cell(
            kind=THREAD,
            viewers=viewers,
            rate=rate,
            plan=self.plan,
            cpu=self.cpu,
            send=lambda k: self.senders.post(path, self.marker(seq, k)),
            errors=lambda: len(self.senders.errors),
            by_marker=True,
        )
        self.cells[(THREAD, n, rate, stale)] = cell
        self.log(cell)
        return cell

    async def thread_sweep(self) -> None:
        viewers = Viewers(THREAD)
        try:
            for n in self.plan.viewers:
                for rate in self.plan.rates:
                    await self.thread_cell(viewers, n, rate, stale=False)
            await viewers.close()
            if self.plan.stale_tabs:
                await self.open_stale(
                    viewers, self.thread_path(self.targets.threads[0]), self.plan.stale_tabs
                )
                await self.thread_cell(
                    viewers, self.plan.stale_viewers, self.plan.stale_rate, stale=True
                )
        finally:
            await viewers.close()

    async def open_stale(self, viewers: Viewers, path: str, target: int) -> None:
        """Open and close tabs of ``path`` until ``target`` have disconnected."""
        started, opened = time.perf_counter(), 0
        while viewers.disconnected < target:
            count = min(STALE_BATCH, target - viewers.disconnected)
            batch = [AsyncAppClient(self.url) for _ in range(count)]
            await asyncio.gather(*(c.connect(path, timeout=120) for c in batch))
            await asyncio.gather(*(c.close() for c in batch), return_exceptions=True)
            viewers.disconnected += count
            opened += count
        print(
            f"  ({viewers.kind}: opened and closed {opened} more tabs in "
            f"{time.perf_counter() - started:.0f} s; {viewers.disconnected} disconnected)",
            flush=True,
        )
        await asyncio.sleep(1.0)

    # ------------------------------------------------------------ health dashboards

    async def health_sweep(self) -> None:
        path = f"/c/{self.targets.slug}/health"
        viewers = Viewers(HEALTH)
        most = max(self.plan.health_viewers, default=0)
        tokens = await asyncio.to_thread(start_sessions, self.db_url, [self.targets.lead_id] * most)
        try:
            for n in self.plan.health_viewers:
                new = []
                for token in tokens[len(viewers.clients) : n]:
                    tracker = Tracker()
                    client = AsyncAppClient(self.url, session_token=token)
                    client.on_raw = count_hook(tracker, _HEALTH_COUNT)
                    new.append((client, tracker))
                await viewers.add(new, path)
                for rate in self.plan.rates:
                    thread = self.thread_path(self.targets.next_thread())
                    self._seq += 1
                    seq = self._seq
                    await self.senders.ensure(self.cell_posts(rate))
                    # The board is built at most every 0.5 s: wait for the last push.
                    await quiet(viewers.clients, 1.5, 8)
                    cell = await run_cell(
                        kind=HEALTH,
                        viewers=viewers,
                        rate=rate,
                        plan=self.plan,
                        cpu=self.cpu,
                        send=lambda k, t=thread, s=seq: self.senders.post(t, self.marker(s, k)),
                        errors=lambda: len(self.senders.errors),
                        by_marker=False,
                        base=self._base(viewers),
                    )
                    self.cells[(HEALTH, n, rate, False)] = cell
                    self.log(cell)
        finally:
            await viewers.close()

    @staticmethod
    def _base(viewers: Viewers) -> int:
        counts = [t.last_count() for t in viewers.trackers]
        known = [c for c in counts if c is not None]
        if len(known) != len(counts):
            msg = "a viewer has not shown the count yet"
            raise RuntimeError(msg)
        if len(set(known)) > 1:
            print(f"  (viewers disagree on the count before the cell: {sorted(set(known))})")
        return max(known)

    # ------------------------------------------------------------ SharedState reference

    async def shared_sweep(self) -> None:
        path = "/bench/shared"
        viewers = Viewers(SHARED)
        sender = AsyncAppClient(self.url)

        def new_viewers(count: int) -> list[tuple[AsyncAppClient, Tracker]]:
            out = []
            for _ in range(count):
                tracker = Tracker()
                client = AsyncAppClient(self.url)
                client.on_raw = count_hook(tracker, _SHARED_COUNT)
                out.append((client, tracker))
            return out

        async def cells(rates: Sequence[float], *, stale: bool) -> None:
            for rate in rates:
                # Joining is itself a fan-out (each link pushes the board to every
                # linked client): let it drain first.
                await quiet([*viewers.clients, sender], 0.5, 30)
                cell = await run_cell(
                    kind=SHARED,
                    viewers=viewers,
                    rate=rate,
                    plan=self.plan,
                    cpu=self.cpu,
                    send=lambda k: sender.emit(self.post_handler, {"tag": f"{self.run_id}-{k}"}),
                    errors=lambda: 0,
                    by_marker=False,
                    base=self._base(viewers),
                )
                self.cells[(SHARED, len(viewers.clients), rate, stale)] = cell
                self.log(cell)

        try:
            board = Tracker()
            sender.on_raw = count_hook(board, _SHARED_COUNT)
            await sender.connect(path, timeout=120)
            if board.last_count():
                # Stock SharedState never drops a link: whoever opened this page
                # before the run still costs on every post.
                print(
                    f"  (warning: the reference board was used before this run, count "
                    f"{board.last_count()}: its old links slow the reference down)",
                    flush=True,
                )
            for n in self.plan.viewers:
                await viewers.add(new_viewers(n - len(viewers.clients)), path)
                await cells(self.plan.rates, stale=False)
            await viewers.close()
            await sender.close()
            viewers.disconnected += 1
            if not self.plan.stale_tabs:
                return
            await self.open_stale(
                viewers, path, min(self.plan.stale_tabs, self.plan.reference_stale_tabs)
            )
            sender = AsyncAppClient(self.url)
            await sender.connect(path, timeout=120)
            await viewers.add(new_viewers(self.plan.stale_viewers), path)
            await cells([self.plan.stale_rate], stale=True)
        finally:
            await viewers.close()
            await sender.close()

    # ------------------------------------------------------------ figures

    def figures(self) -> list[Figure]:
        out: list[Figure] = []
        plan = self.plan
        for kind in (THREAD, HEALTH):
            for n in plan.viewers if kind == THREAD else plan.health_viewers:
                for rate in plan.rates:
                    cell = self.cells.get((kind, n, rate, False))
                    if cell is None:
                        continue
                    ref = self.cells.get((SHARED, n, rate, False))
                    p95 = cell.p50_p95[1]
                    goal, met = self._goal(kind, n, rate, p95, cell.app_cpu_pct)
                    extra = cell.extra()
                    if ref is not None:
                        extra["reference_p50_ms"] = _round(ref.p50_p95[0])
                        extra["reference_lost_updates"] = ref.lost
                        extra["reference_app_cpu_pct"] = _round(ref.app_cpu_pct)
                    if kind == HEALTH:
                        extra["note"] = "the board is built at most every 0.5 s"
                    out.append(
                        Figure(
                            section=SECTION,
                            name=f"{kind}, {n} viewers, {rate:g} events/s: p95",
                            value=p95,
                            reference=ref.p50_p95[1] if ref is not None else None,
                            reference_name=REFERENCE_NAME,
                            goal=goal,
                            met=met,
                            extra=extra,
                        )
                    )
        n, rate = plan.stale_viewers, plan.stale_rate
        for kind in (THREAD, SHARED):
            with_stale = self.cells.get((kind, n, rate, True))
            without = self.cells.get((kind, n, rate, False))
            if with_stale is None or without is None:
                continue
            p95, base = with_stale.p50_p95[1], without.p50_p95[1]
            extra = with_stale.extra()
            extra["without_p50_ms"] = _round(without.p50_p95[0])
            extra["without_app_cpu_pct"] = _round(without.app_cpu_pct)
            extra["without_app_cpu_ms_per_event"] = _round(without.app_cpu_ms_per_event)
            is_app = kind == THREAD
            out.append(
                Figure(
                    section=SECTION,
                    name=(
                        f"{kind}, {n} viewers, {rate:g} events/s, after "
                        f"{with_stale.stale_tabs} disconnected tabs: p95"
                    ),
                    value=p95,
                    reference=base,
                    reference_name="the same without them",
                    goal="adds nothing (p95 within 25 % + 10 ms)" if is_app else "",
                    # Not judged when the cell without them is itself overloaded.
                    met=(p95 <= base * 1.25 + 10 and with_stale.lost <= without.lost)
                    if is_app and not without.lower_bound
                    else None,
                    extra=extra,
                )
            )
        return out

    @staticmethod
    def _goal(
        kind: str, n: int, rate: float, p95: float, cpu_pct: float
    ) -> tuple[str, bool | None]:
        if rate != 20:
            return "", None
        if kind == HEALTH:
            if n != 50:
                return "", None
            met = not math.isnan(p95) and p95 <= 1000.0 and cpu_pct < 50.0
            return "p95 <= 1000 ms with the worker below 50 % CPU", met
        if kind != THREAD:
            return "", None
        limit = {50: 100.0, 200: 250.0}.get(n)
        if limit is None:
            return "", None
        return f"p95 < {limit:g} ms", (not math.isnan(p95)) and p95 < limit


async def run_async(
    url: str, db_url: str, *, quick: bool = False, plan: Plan | None = None
) -> list[Figure]:
    plan = plan or (QUICK if quick else FULL)
    _raise_file_limit()
    bench = Run(url, db_url, plan)
    print(
        f"live propagation: community {bench.targets.slug}, {len(bench.targets.members)} "
        f"members free to post, viewers {plan.viewers}, rates {plan.rates}/s",
        flush=True,
    )
    started = time.perf_counter()
    try:
        if "thread" in plan.kinds:
            await bench.thread_sweep()
        if "health" in plan.kinds:
            await bench.health_sweep()
        if "shared" in plan.kinds:
            await bench.shared_sweep()
    finally:
        await bench.senders.close()
    print(f"  ({time.perf_counter() - started:.0f} s)", flush=True)
    return bench.figures()


def run(url: str, db_url: str, *, quick: bool = False, plan: Plan | None = None) -> list[Figure]:
    """Measure live propagation against the app at ``url`` (its database ``db_url``):
    the full plan, the quick one, or ``plan``. Overloaded cells take longest (each
    waits out its drain and the backlog after it); the stock SharedState cells
    at 100-200 viewers and after the disconnected tabs are the slowest part."""
    return asyncio.run(run_async(url, db_url, quick=quick, plan=plan))


def _raise_file_limit() -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


def summary(figures: list[Figure]) -> str:
    """The figures' extras that the table leaves out, one line each."""
    lines = []
    for f in figures:
        e = f.extra
        lines.append(
            f"- {f.name}{' (lower bound)' if e.get('p95_is_lower_bound') else ''}: "
            f"p50 {e.get('p50_ms')} ms, lost {e.get('lost_updates')}/"
            f"{e.get('expected_updates')}, app CPU {e.get('app_cpu_pct')} % "
            f"({e.get('app_cpu_ms_per_event')} ms/event), "
            f"{e.get('kb_per_viewer_per_event')} KB and "
            f"{e.get('msgs_per_viewer_per_event')} messages per viewer per event, "
            f"load generator {e.get('loadgen_cpu_pct')} %, machine {e.get('machine_cpu_pct')} %"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.propagation")
    parser.add_argument("--quick", action="store_true", help="fewer, shorter cells")
    parser.add_argument("--url", help="measure this running app instead of serving one")
    parser.add_argument("--db-url", help="the database of the app at --url")
    parser.add_argument("--viewers", help="viewer counts, e.g. 1,10,50 (overrides the plan)")
    parser.add_argument("--rates", help="events per second, e.g. 5,20 (overrides the plan)")
    parser.add_argument("--stale-tabs", type=int, help="disconnected tabs before the last cells")
    parser.add_argument("--measure", type=float, help="seconds of measured events per cell")
    parser.add_argument("--kinds", help="pages to measure: thread,health,shared (default all)")
    args = parser.parse_args()
    plan = QUICK if args.quick else FULL
    if args.viewers:
        counts = tuple(int(x) for x in args.viewers.split(","))
        plan = dataclasses.replace(
            plan, viewers=counts, health_viewers=tuple(n for n in counts if n <= 50)
        )
    if args.rates:
        plan = dataclasses.replace(plan, rates=tuple(float(x) for x in args.rates.split(",")))
    if args.stale_tabs is not None:
        plan = dataclasses.replace(plan, stale_tabs=args.stale_tabs)
    if args.kinds:
        plan = dataclasses.replace(plan, kinds=tuple(args.kinds.split(",")))
    if args.measure:
        plan = dataclasses.replace(plan, measure_s=args.measure)
    if plan.stale_viewers not in plan.viewers or plan.stale_rate not in plan.rates:
        # The disconnected-tabs cells compare with the sweep's cell of that size.
        plan = dataclasses.replace(plan, stale_viewers=plan.viewers[-1], stale_rate=plan.rates[-1])
    if args.url:
        if not args.db_url:
            parser.error("--url needs --db-url")
        figures = run(args.url, args.db_url, plan=plan)
    else:
        from bench import UNLIMITED_WRITES
        from tests.appserver import app_environment, serve

        folder = Path(tempfile.mkdtemp(prefix="cop-bench-propagation-"))
        db_url = f"sqlite:///{folder / 'app.db'}"
        env = {
            **app_environment(db_url, workdir_suffix="bench"),
            **UNLIMITED_WRITES,
            "COP_BENCH_PAGES": "1",
        }
        log = folder / "app.log"
        print(f"serving the app (demo data, scale 1) on {db_url}; log in {log}", flush=True)
        with serve(env, log) as url:
            figures = run(url, db_url, plan=plan)
    print()
    print(table(figures))
    print()
    print(summary(figures))


if __name__ == "__main__":
    main()
