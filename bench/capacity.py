"""Capacity and memory of the running app, through its websocket (benchmark items 4 and 5).

**4. Capacity.** Simulated browser tabs (:class:`bench.aclient.AsyncAppClient`,
socket level, no browser) each open a real page of the app and send one event
per second (open loop: a slow answer does not slow the sender down), each tab
at its own random phase. The client count is ramped (25, 50, 100, 200, ... for
the app's event; 100, 250, 500, 750, 1000, ... for the bare counter; the tabs
of one step stay connected for the next). At each step the round trips of the
events sent in a 5 s window (after 1 s of warm-up) are timed, from the send to
the first message carrying the delta the event caused (events of one tab run
in order, so answers are matched first in, first out). The ramp stops at the
first step whose p95 reaches 100 ms, or whose tabs could not all connect or
all be answered, or when its time is up (:data:`RUN_BUDGET_S` is shared out so
that the whole run stays under 5 minutes; the figure's ``stopped_by`` says
so); "clients held" is the largest step below the bound. Beside the latencies,
each step records the backend CPU per event and per newly opened tab, the
load generator's CPU and everything else's (a busy machine inflates the
latencies, not the CPU per event). Two events:

* the app's: a sort change on the community page (``CommunityState.set_filter``,
  toggling "most replies" / "latest activity", as the filter bar sends it), by a
  signed-in member (the demo lead, on the help-desk community); it checks the
  session, re-reads the first page of threads and sends it (about 11 KB). It
  reads the database and never writes it, so no rate limit applies. Each tab
  also runs the page's live watcher and sits in its member's bell room (it
  sends the bell's start as the page would when the bell mounts);
* the reference: the bare counter ``/bench/counter`` (``BenchCounter.increment``,
  ``cop_app/pages/bench_reference.py``), the framework's own cost per event.

Both are measured (a) on one worker, the embedded default (SQLite, Reflex's
in-process state): the app the caller started, and (b) on 4 workers with
Redis state and PostgreSQL, started here (a throw-away PostgreSQL database with
the demo data, Redis database 3 flushed first). The load generator runs in
:data:`LOADGEN_PROCESSES` separate processes (it shares the machine's 2 cores
with the app: its CPU is reported beside the backend's, in % of one core).

**5. Memory.** (a) Backend memory per connected tab: the resident memory summed
over the app's process group before and after :data:`MEMORY_CLIENTS` tabs
connected to a page (the bare counter as the reference, a thread page, the
health dashboard; the tabs of one page stay connected while the next is
measured, so freed memory is not reused), divided by the tab count; on the
one-worker app, where Reflex keeps every tab's state in the process.
(b) The state Reflex keeps per tab, for each main page: on the Redis app, one
tab (signed in as the demo lead) opens the page, then every Redis key of its
token (one per state class Reflex stored) is sized (``STRLEN``, the pickled
bytes, and ``MEMORY USAGE``); the largest state class is named. Beside it the
size of the initial delta: the websocket messages of the boot event and the
page's on_load (the text of the socket.io packets, uncompressed).

    python -m bench.capacity [--quick]

Run alone, it serves the one-worker app itself (production build in
``.web-bench``, a temporary SQLite demo database at scale 1, the reference
pages compiled in); ``python -m bench`` calls :func:`run` with its own app.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import json
import math
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import partial
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import psutil
import sqlalchemy as sa

from bench.report import Figure, p50_p95, table

ROOT = Path(__file__).resolve().parents[1]

DEMO_PASSWORD = "practice-makes-perfect"  # noqa: S105 (the documented demo account)
LEAD_EMAIL = "lead@example.org"
SEARCH_WORDS = "village"

BOUND_MS = 100.0  # p95 round trip a step must stay under to count as held
GOAL_PER_WORKER = 500
GOAL = f">= {GOAL_PER_WORKER} per worker with p95 < {BOUND_MS:.0f} ms"
PERIOD_S = 1.0  # one event per tab per second
WARMUP_S = 1.0
DRAIN_S = 3.0  # after the window: how long answers are awaited
# The app's event costs about ten times the bare counter's: its ladder starts lower.
APP_STEPS = (25, 50, 100, 200, 350, 500, 750, 1000)
COUNTER_STEPS = (100, 250, 500, 750, 1000, 1500, 2000)
QUICK_STEPS = (25, 50)
# Time: run() stays within RUN_BUDGET_S. A ramp starts no step that would end
# after its own budget: at most its cap, less what the phases after it need
# (the estimates below). Opening tabs is slow (each boots the whole state).
RUN_BUDGET_S, QUICK_RUN_BUDGET_S = 270.0, 150.0
COUNTER_RAMP_CAP_S, APP_RAMP_CAP_S, QUICK_RAMP_CAP_S = 75.0, 45.0, 20.0
APP_RAMP_S, MEMORY_S, SCALED_START_S = 20.0, 40.0, 40.0  # typical durations
MEASURE_S, QUICK_MEASURE_S = 5.0, 2.0
MEMORY_CLIENTS, QUICK_MEMORY_CLIENTS = 100, 40
WARM_TABS = 5  # opened before each page's memory is measured
LOADGEN_PROCESSES = 2
CONNECT_CONCURRENCY = 16  # per load-generator process
CONNECT_TIMEOUT_S = 60.0

SCALED_WORKERS = 4
REDIS_URL = "redis://127.0.0.1:6379/3"
# Where the one-worker app keeps its tabs' states (Reflex's disk state manager,
# one file per state class per tab, kept for an hour): ``app_environment(...,
# workdir_suffix="bench")``. Its size is reported: Reflex scans it continually.
STATES_DIR = ROOT / ".states-bench"

CAPACITY = "4. capacity"
MEMORY = "5. memory"


_STARTED = time.monotonic()


def log(message: str) -> None:
    """Progress on stderr (the table goes to stdout), with the seconds since start."""
    print(f"[capacity {time.monotonic() - _STARTED:5.0f} s] {message}", file=sys.stderr, flush=True)


def busy_cpu_seconds() -> float:
    """CPU seconds the whole machine spent busy (every core, every process)."""
    times = psutil.cpu_times()
    return sum(times) - times.idle - getattr(times, "iowait", 0.0)


# --------------------------------------------------------------------------- what a tab does


@dataclass(frozen=True)
class Load:
    """What every simulated tab of one kind does. Plain strings only: it is sent
    to the load-generator processes, which never import the app."""

    label: str
    path: str  # the page the tab opens
    handler: str = ""  # the event it sends, by full name ("" for none)
    payloads: tuple[dict[str, Any], ...] = ({},)  # sent in turn
    marker: str = ""  # text of the answer: the full name of the state it changes
    session_token: str | None = field(default=None, repr=False)
    on_open: str = ""  # an event sent once the page is open (the bell mounting), by full name


@dataclass(frozen=True)
class Targets:
    """Where the benchmark points in one demo database."""

    slug: str  # the demo lead's community (help desk, dashboard, configuration)
    thread_id: int  # a thread of typical length in it
    thread_replies: int
    long_thread_id: int  # its longest thread
    long_thread_replies: int
    session_token: str = field(repr=False)  # the demo lead, signed in


def find_targets(db_url: str) -> Targets:
    """The lead's busiest community and two of its threads, and a session for the lead."""
    from tests.browser.socket_client import open_session

    engine = sa.create_engine(db_url)
    try:
        with engine.connect() as conn:
            slug, community_id = conn.execute(
                sa.text(
                    "SELECT c.slug, c.id FROM community c"
                    " JOIN membership m ON m.community_id = c.id"
                    " JOIN user_account u ON u.id = m.user_id"
                    " WHERE u.email = :email AND m.role = 'lead' AND m.status = 'active'"
                    " ORDER BY c.thread_count DESC, c.id LIMIT 1"
                ),
                {"email": LEAD_EMAIL},
            ).one()
            visible = "FROM thread WHERE community_id = :c AND NOT is_hidden"
            typical = conn.execute(
                sa.text(f"SELECT id, reply_count {visible} ORDER BY abs(reply_count - 8), id"),
                {"c": community_id},
            ).first()
            longest = conn.execute(
                sa.text(f"SELECT id, reply_count {visible} ORDER BY reply_count DESC, id"),
                {"c": community_id},
            ).first()
    finally:
        engine.dispose()
    assert typical is not None and longest is not None, "the demo community has no threads"
    ticket = open_session(db_url, LEAD_EMAIL, DEMO_PASSWORD)
    return Targets(
        slug=slug,
        thread_id=typical[0],
        thread_replies=typical[1],
        long_thread_id=longest[0],
        long_thread_replies=longest[1],
        session_token=ticket.token,
    )


def counter_load() -> Load:
    from cop_app.pages.bench_reference import BenchCounter

    name = BenchCounter.get_full_name()
    return Load("bare counter", "/bench/counter", f"{name}.increment", ({},), name)


def sort_change_load(targets: Targets) -> Load:
    from cop_app.state.bell import BellState
    from cop_app.state.community import CommunityState

    name = CommunityState.get_full_name()
    return Load(
        "community page, sort change",
        f"/c/{targets.slug}",
        f"{name}.set_filter",
        ({"name": "sort", "value": "replies"}, {"name": "sort", "value": "activity"}),
        name,
        targets.session_token,
        on_open=f"{BellState.get_full_name()}.start",  # a signed-in page's bell, as it mounts
    )


def main_pages(targets: Targets) -> list[tuple[str, str]]:
    """(label, path) of every main page whose state is sized."""
    c = f"/c/{targets.slug}"
    return [
        ("home", "/"),
        ("community", c),
        (f"thread ({targets.thread_replies} replies)", f"{c}/t/{targets.thread_id}"),
        (
            f"thread, longest ({targets.long_thread_replies} replies)",
            f"{c}/t/{targets.long_thread_id}",
        ),
        ("health dashboard", f"{c}/health"),
        ("onboarding", "/onboarding"),
        ("community configuration", f"/admin/communities/{targets.slug}"),
        ("help-desk queue", f"{c}/queue"),
        ("search", f"{c}/search?q={SEARCH_WORDS}"),
    ]


# --------------------------------------------------------------------------- load generator


def _loadgen_main(fd: int, url: str) -> None:
    """Entry point of one load-generator process (``--loadgen FD URL``): obeys
    the commands that come over the socket ``fd``."""
    asyncio.run(_LoadGenerator(Connection(fd), url).serve())


@dataclass(eq=False)
class _Tab:
    client: Any  # bench.aclient.AsyncAppClient (imported in the process only)
    load: Load
    pending: deque[float] = field(default_factory=deque)  # send times, oldest first
    seq: int = 0


class _LoadGenerator:
    """Runs in its own process: holds tabs and obeys the parent's commands
    (``add``, ``run``, ``close``, ``exit``), each answered with one dict."""

    def __init__(self, conn: Connection, url: str) -> None:
        self.conn, self.url = conn, url
        self.tabs: list[_Tab] = []
        self.window = (math.inf, -math.inf)
        self.latencies: list[float] = []
        self.sent = 0
        self.send_errors = 0

    async def serve(self) -> None:
        while True:
            try:
                command, *args = await asyncio.to_thread(self.conn.recv)
            except EOFError:  # the parent is gone
                await self.close()
                return
            try:
                if command == "exit":
                    await self.close()
                    self.conn.send({})
                    return
                result = await getattr(self, command)(*args)
            except Exception as exc:  # reported to the parent, which raises it
                result = {"error": f"{type(exc).__name__}: {exc}"}
            self.conn.send(result)

    async def add(self, load: Load, count: int) -> dict[str, Any]:
        """Open ``count`` more tabs on ``load.path``."""
        from bench.aclient import AsyncAppClient
        from tests.browser.socket_client import SENTINEL_PARAM

        started = time.perf_counter()
        gate = asyncio.Semaphore(CONNECT_CONCURRENCY)
        errors: list[str] = []
        initial: list[int] = []

        async def one() -> None:
            sizes: list[int] = []  # the boot's messages (the sentinels' echoes left out)

            def measure(_client: Any, text: str, _at: float) -> None:
                if SENTINEL_PARAM not in text:
                    sizes.append(len(text.encode()))

            client = AsyncAppClient(self.url, session_token=load.session_token)
            client.on_raw = measure
            async with gate:
                try:
                    await client.connect(load.path, timeout=CONNECT_TIMEOUT_S)
                except (RuntimeError, TimeoutError, OSError) as exc:
                    errors.append(f"{type(exc).__name__}: {exc}")
                    return
            if load.on_open:
                await client.emit(load.on_open, {})
            tab = _Tab(client, load)
            client.on_raw = partial(self._on_raw, tab)
            self.tabs.append(tab)
            initial.append(sum(sizes))

        await asyncio.gather(*(one() for _ in range(count)))
        return {
            "connected": count - len(errors),
            "failed": len(errors),
            "errors": errors[:3],
            "seconds": time.perf_counter() - started,
            "initial_bytes": initial,
        }

    def _on_raw(self, tab: _Tab, _client: Any, text: str, at: float) -> None:
        if tab.pending and tab.load.marker and tab.load.marker in text:
            sent = tab.pending.popleft()
            if self.window[0] <= sent <= self.window[1]:
                self.latencies.append(at - sent)

    async def run(self, warmup: float, seconds: float, period: float) -> dict[str, Any]:
        """Every tab sends its event every ``period`` s; time the answers to the
        events sent in the window after ``warmup``."""
        now = time.perf_counter()
        t0, t1 = now + warmup, now + warmup + seconds
        self.window, self.latencies, self.sent, self.send_errors = (t0, t1), [], 0, 0
        for tab in self.tabs:
            tab.pending.clear()
        cpu = asyncio.create_task(_cpu_between(t0, t1))
        await asyncio.gather(
            *(
                self._send_loop(tab, now + random.uniform(0, period), t1, period)
                for tab in self.tabs
                if tab.load.handler
            )
        )
        deadline = time.perf_counter() + DRAIN_S
        while time.perf_counter() < deadline and any(
            sent <= t1 for tab in self.tabs for sent in tab.pending
        ):
            await asyncio.sleep(0.05)
        unanswered = sum(1 for tab in self.tabs for sent in tab.pending if t0 <= sent <= t1)
        self.window = (math.inf, -math.inf)
        return {
            "latencies": self.latencies,
            "sent": self.sent,
            "unanswered": unanswered,
            "send_errors": self.send_errors,
            "closed": sum(tab.client.closed for tab in self.tabs),
            "cpu_s": await cpu,
        }

    async def _send_loop(self, tab: _Tab, at: float, end: float, period: float) -> None:
        load = tab.load
        while at < end:
            await asyncio.sleep(max(0.0, at - time.perf_counter()))
            payload = load.payloads[tab.seq % len(load.payloads)]
            tab.seq += 1
            sent = time.perf_counter()
            tab.pending.append(sent)  # before the send: the answer may come during it
            try:
                await tab.client.emit(load.handler, payload)
            except (RuntimeError, OSError):
                tab.pending.pop()
                self.send_errors += 1
                return
            if self.window[0] <= sent <= self.window[1]:
                self.sent += 1
            at += period

    async def close(self) -> dict[str, Any]:
        gate = asyncio.Semaphore(64)

        async def one(tab: _Tab) -> None:
            async with gate:
                await tab.client.close()

        count = len(self.tabs)
        await asyncio.gather(*(one(tab) for tab in self.tabs), return_exceptions=True)
        self.tabs.clear()
        return {"closed": count}


async def _cpu_between(t0: float, t1: float) -> float:
    """CPU seconds this process used between perf_counter times t0 and t1."""
    await asyncio.sleep(max(0.0, t0 - time.perf_counter()))
    start = time.process_time()
    await asyncio.sleep(max(0.0, t1 - time.perf_counter()))
    return time.process_time() - start


class LoadGenerators:
    """The load-generator processes, driven from this process; tabs are spread
    evenly over them."""

    def __init__(self, url: str, processes: int = LOADGEN_PROCESSES) -> None:
        self._pipes: list[Connection] = []
        self._procs: list[subprocess.Popen[bytes]] = []
        self._tabs = [0] * processes
        for _ in range(processes):
            ours, theirs = socket.socketpair()
            fd = theirs.fileno()
            self._procs.append(
                subprocess.Popen(  # noqa: S603 (this module, this interpreter)
                    [sys.executable, "-m", "bench.capacity", "--loadgen", str(fd), url],
                    cwd=ROOT,
                    pass_fds=(fd,),
                )
            )
            theirs.close()
            self._pipes.append(Connection(ours.detach()))

    @property
    def tabs(self) -> int:
        return sum(self._tabs)

    def _send(self, commands: list[tuple[Any, ...] | None]) -> None:
        for pipe, command in zip(self._pipes, commands, strict=True):
            if command is not None:
                pipe.send(command)

    def _receive(self, commands: list[tuple[Any, ...] | None]) -> list[dict[str, Any]]:
        results = []
        for pipe, command in zip(self._pipes, commands, strict=True):
            if command is None:
                continue
            result = pipe.recv()
            if "error" in result:
                msg = f"load generator failed on {command[0]}: {result['error']}"
                raise RuntimeError(msg)
            results.append(result)
        return results

    def add(self, load: Load, count: int) -> dict[str, Any]:
        """Open ``count`` more tabs on ``load``'s page (fewest-first over the processes)."""
        shares = [0] * len(self._pipes)
        for _ in range(count):
            i = min(range(len(shares)), key=lambda j: self._tabs[j] + shares[j])
            shares[i] += 1
        commands = [("add", load, n) if n else None for n in shares]
        self._send(commands)
        results = self._receive(commands)
        for i, n in enumerate(shares):
            self._tabs[i] += n
        connected = sum(r["connected"] for r in results)
        for i, result in zip([i for i, n in enumerate(shares) if n], results, strict=True):
            self._tabs[i] -= result["failed"]
        return {
            "connected": connected,
            "failed": sum(r["failed"] for r in results),
            "errors": [e for r in results for e in r["errors"]][:3],
            "seconds": max((r["seconds"] for r in results), default=0.0),
            "initial_bytes": [b for r in results for b in r["initial_bytes"]],
        }

    def start_run(self, warmup: float, seconds: float, period: float) -> None:
        self._send([("run", warmup, seconds, period)] * len(self._pipes))

    def finish_run(self) -> dict[str, Any]:
        results = self._receive([("run",)] * len(self._pipes))
        return {
            "latencies": [x for r in results for x in r["latencies"]],
            "sent": sum(r["sent"] for r in results),
            "unanswered": sum(r["unanswered"] for r in results),
            "send_errors": sum(r["send_errors"] for r in results),
            "closed": sum(r["closed"] for r in results),
            "cpu_s": sum(r["cpu_s"] for r in results),
        }

    def close_tabs(self) -> None:
        commands: list[tuple[Any, ...] | None] = [("close",)] * len(self._pipes)
        self._send(commands)
        self._receive(commands)
        self._tabs = [0] * len(self._pipes)

    def shutdown(self) -> None:
        for pipe, proc in zip(self._pipes, self._procs, strict=True):
            with contextlib.suppress(OSError, EOFError):
                pipe.send(("exit",))
                if pipe.poll(30):
                    pipe.recv()
            pipe.close()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


@contextlib.contextmanager
def load_generators(url: str) -> Iterator[LoadGenerators]:
    gens = LoadGenerators(url)
    try:
        yield gens
    finally:
        gens.shutdown()


# --------------------------------------------------------------------------- the backend


class Backend:
    """The app's processes: the process group of whatever listens on its port
    (``tests.appserver.serve`` starts the app in its own session)."""

    def __init__(self, url: str) -> None:
        port = urlsplit(url).port
        pids = {
            c.pid
            for c in psutil.net_connections(kind="tcp")
            if c.status == psutil.CONN_LISTEN and c.laddr and c.laddr.port == port and c.pid
        }
        if not pids:
            msg = f"no process listens on port {port}"
            raise RuntimeError(msg)
        self.pgid = os.getpgid(min(pids))

        self.url = url.rstrip("/")

    def heap(self, *, start: bool = False) -> int:
        """The backend's retained Python heap in bytes (``/_bench/heap``; one
        worker), after a full garbage collection; -1 before tracing started."""
        query = "?start=1" if start else ""
        with urllib.request.urlopen(f"{self.url}/_bench/heap{query}", timeout=60) as answer:  # noqa: S310
            return int(json.loads(answer.read())["traced"])

    def processes(self) -> list[psutil.Process]:
        found = []
        for proc in psutil.process_iter():
            with contextlib.suppress(ProcessLookupError, psutil.Error):
                if os.getpgid(proc.pid) == self.pgid:
                    found.append(proc)
        return found

    def rss(self) -> int:
        total = 0
        for proc in self.processes():
            with contextlib.suppress(psutil.Error):
                total += proc.memory_info().rss
        return total

    def cpu_seconds(self) -> float:
        total = 0.0
        for proc in self.processes():
            with contextlib.suppress(psutil.Error):
                times = proc.cpu_times()
                total += times.user + times.system
        return total

    def wait_quiet(self, *, below: float = 0.15, timeout: float = 15.0) -> None:
        """Wait until the app uses less than ``below`` of a core over half a second."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            before = self.cpu_seconds()
            time.sleep(0.5)
            if (self.cpu_seconds() - before) / 0.5 < below:
                return


# --------------------------------------------------------------------------- 4. capacity


@dataclass
class Step:
    """One step of a ramp: ``clients`` tabs sending one event per second each."""

    clients: int
    connected: int
    connect_s: float  # opening this step's new tabs (boot event and on_load each)
    backend_cpu_ms_per_connect: float | None  # backend CPU per new tab
    sent: int
    unanswered: int
    p50_ms: float | None
    p95_ms: float | None
    max_ms: float | None
    backend_cpu_pct: float  # of one core
    # Backend CPU over the window per event sent in it (the pages' watchers
    # included): less sensitive to a busy machine than the latencies.
    backend_cpu_ms_per_event: float | None
    loadgen_cpu_pct: float  # of one core, all load-generator processes together
    # Everything else on the machine (other benchmarks, tests), of one core: a
    # step measured while this was high waited for a core, not for the app.
    other_cpu_pct: float
    errors: list[str] = field(default_factory=list)

    @property
    def held(self) -> bool:
        return (
            self.connected == self.clients
            and self.unanswered == 0
            and self.sent > 0
            and self.p95_ms is not None
            and self.p95_ms < BOUND_MS
        )


@dataclass
class Ramp:
    """The steps of one ramp and why it stopped."""

    load: Load
    steps: list[Step]
    stopped: str  # "bound" (a step missed it), "time" (out of its time) or "top step"
    state_files: int = 0  # files in the disk state manager's folder at the start

    @property
    def held(self) -> int:
        """The largest client count held (0 when even the first step missed the bound)."""
        return max((s.clients for s in self.steps if s.held), default=0)


def ramp(
    gens: LoadGenerators,
    backend: Backend,
    load: Load,
    steps: tuple[int, ...],
    *,
    measure_s: float,
    budget_s: float,
    states_dir: Path | None = None,
) -> Ramp:
    """Ramp the tab count until the bound breaks, the steps end or ``budget_s``
    has passed (checked before each step); then close the tabs. ``states_dir``:
    the disk state manager's folder, whose file count is recorded."""
    state_files = count_state_files(states_dir) if states_dir else 0
    if state_files:
        log(f"{load.label}: {state_files} state files in {states_dir}")
    done: list[Step] = []
    stopped = "top step"
    deadline = time.monotonic() + budget_s
    connect_s, connected = 0.0, 0  # so far: to predict the next step's connects
    try:
        for clients in steps:
            to_add = clients - gens.tabs
            expected = connect_s / max(1, connected) * to_add + WARMUP_S + measure_s + 1.5
            if done and time.monotonic() + expected > deadline:
                stopped = "time"
                log(f"{load.label}: no time left for {clients} clients")
                break
            cpu_before_add = backend.cpu_seconds()
            added = gens.add(load, to_add)
            cpu_add = backend.cpu_seconds() - cpu_before_add
            connect_s, connected = connect_s + added["seconds"], connected + added["connected"]
            time.sleep(0.5)  # the last connects' chained events
            gens.start_run(WARMUP_S, measure_s, PERIOD_S)
            time.sleep(WARMUP_S)
            cpu0, busy0, wall0 = backend.cpu_seconds(), busy_cpu_seconds(), time.perf_counter()
            time.sleep(measure_s)
            cpu1, busy1, wall1 = backend.cpu_seconds(), busy_cpu_seconds(), time.perf_counter()
            result = gens.finish_run()
            latencies = [x * 1000 for x in result["latencies"]]
            p50, p95 = p50_p95(latencies)
            late = result["unanswered"] + result["send_errors"]
            step = Step(
                clients=clients,
                connected=gens.tabs,
                connect_s=round(added["seconds"], 2),
                backend_cpu_ms_per_connect=(
                    round(cpu_add * 1000 / added["connected"], 1) if added["connected"] else None
                ),
                sent=result["sent"],
                unanswered=late,
                p50_ms=None if math.isnan(p50) else round(p50, 1),
                p95_ms=None if math.isnan(p95) or late else round(p95, 1),
                max_ms=round(max(latencies), 1) if latencies else None,
                backend_cpu_pct=round((cpu1 - cpu0) / (wall1 - wall0) * 100, 1),
                backend_cpu_ms_per_event=(
                    round((cpu1 - cpu0) * 1000 / result["sent"], 2) if result["sent"] else None
                ),
                loadgen_cpu_pct=round(result["cpu_s"] / measure_s * 100, 1),
                other_cpu_pct=round(
                    max(0.0, busy1 - busy0 - (cpu1 - cpu0) - result["cpu_s"])
                    / (wall1 - wall0)
                    * 100,
                    1,
                ),
                errors=added["errors"],
            )
            done.append(step)
            log(
                f"{load.label}: {clients} clients ({step.connected} connected in "
                f"{step.connect_s:.1f} s, {step.backend_cpu_ms_per_connect} ms backend CPU "
                f"per new tab): p50 {step.p50_ms} ms, p95 {step.p95_ms} ms, "
                f"{step.sent} sent, {late} late; CPU: backend {step.backend_cpu_pct:.0f} % "
                f"({step.backend_cpu_ms_per_event} ms per event), "
                f"load generator {step.loadgen_cpu_pct:.0f} %, other {step.other_cpu_pct:.0f} %"
            )
            if not step.held:
                stopped = "bound"
                break
    finally:
        gens.close_tabs()
        time.sleep(1.0)
    return Ramp(load, done, stopped, state_files)


def count_state_files(folder: Path) -> int:
    """The states Reflex's disk state manager keeps in ``folder`` (0 if none)."""
    return sum(1 for _ in folder.glob("*.pkl")) if folder.is_dir() else 0


def capacity_figures(setup: str, workers: int, app: Ramp, counter: Ramp) -> list[Figure]:
    """The app's event (the counter's capacity as its reference) and the bare
    counter, on one set-up."""

    def figure(result: Ramp, reference: int | None) -> Figure:
        value = result.held
        more = {"states_dir_files_before": result.state_files} if result.state_files else {}
        return Figure(
            section=CAPACITY,
            name=f"clients held: {result.load.label} (1 event/s each), {setup}",
            value=value,
            unit="clients",
            reference=reference,
            reference_name="bare counter" if reference is not None else "",
            goal=GOAL,
            met=value >= GOAL_PER_WORKER * workers,
            extra={
                "workers": workers,
                "per_worker": value / workers,
                "event": result.load.handler,
                "page": result.load.path,
                "event_period_s": PERIOD_S,
                "bound_p95_ms": BOUND_MS,
                # "time" or "top step": the app may hold more than the value.
                "stopped_by": result.stopped,
                "backend_cpu_ms_per_event": _median(
                    [s.backend_cpu_ms_per_event for s in result.steps if s.backend_cpu_ms_per_event]
                ),
                "p95_ms_per_step": {s.clients: s.p95_ms for s in result.steps},
                "steps": [{**dataclasses.asdict(s), "held": s.held} for s in result.steps],
                **more,
            },
        )

    return [figure(app, counter.held), figure(counter, None)]


# --------------------------------------------------------------------------- 5. memory


def memory_figures(
    gens: LoadGenerators, backend: Backend, loads: list[Load], clients: int
) -> list[Figure]:
    """Backend memory per connected tab, page by page (the first load is the
    reference): the resident size, and the retained Python heap (traced from
    here on, measured after a full collection), which leaves out what the
    allocator kept from the connects' transient peaks."""
    figures: list[Figure] = []
    reference: float | None = None
    heap_reference: float | None = None
    backend.heap(start=True)
    try:
        for load in loads:
            # A few tabs first: what the process builds once per page (the
            # community's live report, a room's content) is not a tab's cost.
            gens.add(load, WARM_TABS)
            time.sleep(1.0)  # the previous page's connects and watchers settle
            before, heap_before = backend.rss(), backend.heap()
            added = gens.add(load, clients)
            time.sleep(2.0)  # the pages' watchers start, the last writes settle
            after, heap_after = backend.rss(), backend.heap()
            per_client_kb = (after - before) / max(1, added["connected"]) / 1024
            heap_kb = (heap_after - heap_before) / max(1, added["connected"]) / 1024
            figures.append(
                Figure(
                    section=MEMORY,
                    name=f"retained Python heap per connected tab: {load.label}, 1 worker",
                    value=round(heap_kb, 1),
                    unit="KB",
                    reference=heap_reference,
                    reference_name="" if heap_reference is None else "bare counter",
                    extra={"tabs": added["connected"], "page": load.path},
                )
            )
            if heap_reference is None:
                heap_reference = round(heap_kb, 1)
            log(
                f"memory, {load.label}: {added['connected']} tabs, RSS {before / 2**20:.0f} -> "
                f"{after / 2**20:.0f} MB: {per_client_kb:.0f} KB per tab"
            )
            is_reference = reference is None
            figures.append(
                Figure(
                    section=MEMORY,
                    name=f"backend memory per connected tab: {load.label}, 1 worker",
                    value=round(per_client_kb, 1),
                    unit="KB",
                    reference=None if is_reference else reference,
                    reference_name="" if is_reference else "bare counter",
                    extra={
                        "tabs": added["connected"],
                        "failed": added["failed"],
                        "page": load.path,
                        "rss_before_mb": round(before / 2**20, 1),
                        "rss_after_mb": round(after / 2**20, 1),
                        "initial_delta_bytes": _median(added["initial_bytes"]),
                    },
                )
            )
            if is_reference:
                reference = round(per_client_kb, 1)
    finally:
        gens.close_tabs()
    # Reflex keeps a closed tab's state until it expires: what closing gave back.
    time.sleep(3.0)
    closed = round(backend.rss() / 2**20, 1)
    for figure in figures:
        figure.extra["rss_all_tabs_closed_mb"] = closed
    return figures


@dataclass
class PageState:
    label: str
    path: str
    state_bytes: int  # pickled bytes in Redis (STRLEN), all state classes of the tab
    redis_memory: int  # MEMORY USAGE, keys included
    keys: int
    largest: str  # the largest state class
    largest_bytes: int
    initial_delta_bytes: int
    redirected: bool


async def _page_state(url: str, label: str, path: str, token: str | None, redis: Any) -> PageState:
    from bench.aclient import AsyncAppClient
    from tests.browser.socket_client import SENTINEL_PARAM

    sizes: list[int] = []
    texts: list[str] = []

    def record(_client: Any, text: str, _at: float) -> None:
        if SENTINEL_PARAM not in text:
            sizes.append(len(text.encode()))
            texts.append(text)

    client = AsyncAppClient(url, session_token=token)
    client.on_raw = record
    await client.connect(path)
    await asyncio.sleep(0.5)  # the state is written when the event's lock is released
    try:
        keys = [k async for k in redis.scan_iter(match=f"{client.token}_*", count=1000)]
        states = [k for k in keys if k.decode().startswith(f"{client.token}_reflex___state")]
        lengths = {k.decode().split("_", 1)[1]: await redis.strlen(k) for k in states}
        usage = [await redis.memory_usage(k) or 0 for k in states]
    finally:
        await client.close()
    largest = max(lengths, key=lambda k: lengths[k]) if lengths else ""
    return PageState(
        label=label,
        path=path,
        state_bytes=sum(lengths.values()),
        redis_memory=sum(usage),
        keys=len(states),
        largest=largest.rsplit(".", 1)[-1],
        largest_bytes=lengths.get(largest, 0),
        initial_delta_bytes=sum(sizes),
        redirected=any('"_redirect"' in t for t in texts),
    )


async def _page_states(url: str, pages: list[tuple[str, str, str | None]]) -> list[PageState]:
    import redis.asyncio

    client = redis.asyncio.Redis.from_url(REDIS_URL)
    try:
        return [await _page_state(url, *page, client) for page in pages]
    finally:
        await client.aclose()


def state_figures(url: str, targets: Targets) -> list[Figure]:
    """Per main page: the state Reflex keeps for a tab (Redis), and its initial delta."""
    pages: list[tuple[str, str, str | None]] = [("bare counter", "/bench/counter", None)]
    pages += [(label, path, targets.session_token) for label, path in main_pages(targets)]
    measured = asyncio.run(_page_states(url, pages))
    reference, *rest = measured
    figures = []
    for page in measured:
        ref = None if page is reference else reference
        if page.redirected:
            log(f"state sizes: {page.label} ({page.path}) redirected the tab")
        extra = {k: v for k, v in dataclasses.asdict(page).items() if k != "label"}
        figures.append(
            Figure(
                section=MEMORY,
                name=f"state kept per tab (Redis): {page.label}",
                value=page.state_bytes,
                unit="bytes",
                reference=ref.state_bytes if ref else None,
                reference_name="bare counter" if ref else "",
                extra=extra,
            )
        )
        figures.append(
            Figure(
                section=MEMORY,
                name=f"initial delta (boot + on_load): {page.label}",
                value=page.initial_delta_bytes,
                unit="bytes",
                reference=ref.initial_delta_bytes if ref else None,
                reference_name="bare counter" if ref else "",
                extra={"path": page.path},
            )
        )
    for page in rest:
        log(
            f"state, {page.label}: {page.state_bytes:,} bytes in {page.keys} keys (largest "
            f"{page.largest} {page.largest_bytes:,}); initial delta {page.initial_delta_bytes:,}"
        )
    return figures


def _median(values: list[int] | list[float]) -> float | None:
    return statistics.median(values) if values else None


# --------------------------------------------------------------------------- the runs


@contextlib.contextmanager
def scaled_app(log_path: Path) -> Iterator[tuple[str, str]]:
    """The scale-out profile: 4 workers, Redis state, a throw-away PostgreSQL
    database with the demo data. Yields (url, db_url)."""
    import redis

    from bench import UNLIMITED_WRITES
    from tests.appserver import app_environment, serve
    from tests.dbtools import postgres_database

    with postgres_database() as pg_url:
        env = {
            **app_environment(pg_url, workdir_suffix="bench"),
            **UNLIMITED_WRITES,
            "COP_BENCH_PAGES": "1",
            "REFLEX_REDIS_URL": REDIS_URL,
            "GRANIAN_WORKERS": str(SCALED_WORKERS),
            "COP_DEMO": "1",
        }
        client = redis.Redis.from_url(REDIS_URL)
        client.flushdb()
        client.close()
        with serve(env, log_path) as url:
            yield url, pg_url


def run(url: str, db_url: str, *, quick: bool = False) -> list[Figure]:
    """Capacity (item 4) and memory (item 5), on the one-worker app at ``url``
    (database ``db_url``) and on a 4-worker Redis + PostgreSQL app started here."""
    app_steps, counter_steps = (QUICK_STEPS, QUICK_STEPS) if quick else (APP_STEPS, COUNTER_STEPS)
    measure_s = QUICK_MEASURE_S if quick else MEASURE_S
    memory_clients = QUICK_MEMORY_CLIENTS if quick else MEMORY_CLIENTS
    counter_cap, app_cap = (
        (QUICK_RAMP_CAP_S, QUICK_RAMP_CAP_S) if quick else (COUNTER_RAMP_CAP_S, APP_RAMP_CAP_S)
    )
    run_deadline = time.monotonic() + (QUICK_RUN_BUDGET_S if quick else RUN_BUDGET_S)

    def budget(cap: float, then: float) -> float:
        """A ramp's time: at most ``cap``, leaving ``then`` seconds for what follows."""
        return max(0.0, min(cap, run_deadline - time.monotonic() - then))

    started = time.monotonic()
    figures: list[Figure] = []

    targets = find_targets(db_url)
    backend = Backend(url)
    counter, app = counter_load(), sort_change_load(targets)
    pages = dict(main_pages(targets))
    scaled_phases = SCALED_START_S + 2 * APP_RAMP_S
    with load_generators(url) as gens:
        backend.wait_quiet()
        counter_ramp = ramp(
            gens,
            backend,
            counter,
            counter_steps,
            measure_s=measure_s,
            budget_s=budget(counter_cap, APP_RAMP_S + MEMORY_S + scaled_phases),
            states_dir=STATES_DIR,
        )
        app_ramp = ramp(
            gens,
            backend,
            app,
            app_steps,
            measure_s=measure_s,
            budget_s=budget(app_cap, MEMORY_S + scaled_phases),
            states_dir=STATES_DIR,
        )
        figures += capacity_figures(
            "1 worker (SQLite, in-process state)", 1, app_ramp, counter_ramp
        )
        token = targets.session_token
        memory_loads = [
            Load("bare counter", "/bench/counter"),
            Load(
                "thread page",
                pages[f"thread ({targets.thread_replies} replies)"],
                session_token=token,
            ),
            Load("health dashboard", pages["health dashboard"], session_token=token),
        ]
        figures += memory_figures(gens, backend, memory_loads, memory_clients)

    scaled = f"{SCALED_WORKERS} workers (PostgreSQL, Redis state)"
    log_path = Path(tempfile.gettempdir()) / "cop-bench-capacity-scaled.log"
    log(f"starting the {scaled} app (log in {log_path}) ...")
    with scaled_app(log_path) as (scaled_url, pg_url):
        scaled_backend = Backend(scaled_url)
        scaled_backend.wait_quiet()  # every worker has started
        scaled_targets = find_targets(pg_url)
        figures += state_figures(scaled_url, scaled_targets)
        scaled_app_load = sort_change_load(scaled_targets)
        with load_generators(scaled_url) as gens:
            counter_ramp = ramp(
                gens,
                scaled_backend,
                counter,
                counter_steps,
                measure_s=measure_s,
                budget_s=budget(counter_cap, APP_RAMP_S),
            )
            app_ramp = ramp(
                gens,
                scaled_backend,
                scaled_app_load,
                app_steps,
                measure_s=measure_s,
                budget_s=budget(app_cap, 0.0),
            )
        figures += capacity_figures(scaled, SCALED_WORKERS, app_ramp, counter_ramp)
    log(f"done in {time.monotonic() - started:.0f} s")
    order = {CAPACITY: 0, MEMORY: 1}
    return sorted(figures, key=lambda f: order[f.section])


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.capacity")
    parser.add_argument("--quick", action="store_true", help="small steps (a smoke run)")
    parser.add_argument("--loadgen", nargs=2, metavar=("FD", "URL"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.loadgen:  # one of this benchmark's load-generator processes
        _loadgen_main(int(args.loadgen[0]), args.loadgen[1])
        return
    from bench import UNLIMITED_WRITES
    from tests.appserver import app_environment, serve

    folder = Path(tempfile.mkdtemp(prefix="cop-bench-capacity-"))
    db_url = f"sqlite:///{folder / 'app.db'}"
    env = {
        **app_environment(db_url, workdir_suffix="bench"),
        **UNLIMITED_WRITES,
        "COP_BENCH_PAGES": "1",
    }
    log_path = folder / "app.log"
    log(f"serving the app (production build in .web-bench; log in {log_path}) ...")
    with serve(env, log_path) as url:
        figures = run(url, db_url, quick=args.quick)
    print(table(figures))


if __name__ == "__main__":
    main()
