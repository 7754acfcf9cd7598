"""Interaction latency in a real browser: a click to the DOM change it causes.

Each sample is timed inside the page, as ``../shared/tools/latency.py`` does:
the click is dispatched in the page, stamped with ``performance.now()``, and a
MutationObserver on the document stops the clock at the first DOM change that
shows the interaction's result, so Playwright's own overhead (tens of ms) is
left out. Measured in one Chromium, against one running app (production
build), in one run:

a. **reference**: the bare Reflex counter ``/bench/counter``
   (``cop_app/pages/bench_reference.py``), the framework's floor, open in its
   own tab all along and measured in equal blocks before, between and after
   the others, so it sees the same (shared, noisy) machine they do;
b. **onboarding "Save and continue"**: a fresh account on the wizard's step 3
   (Expertise, its tags saved), a click on Next until step 4's heading (Focus
   areas) shows; Back (untimed) returns to step 3 for the next sample;
c. **posting a reply**: a member of the busiest open community puts a unique
   text into the reply box of a thread of typical length (about 8 replies) and
   clicks "Post reply", until the text shows on the author's own page: staged
   (shown as sending the moment it is sent) or, failing that, in the list.
   The posting rate limit (``DEFAULT_LIMITS[POST]`` per member per window) is
   respected by spreading the replies over several members and threads (a few
   replies per thread, so each stays typical). The demo data
   gives a password only to its three named accounts, so the plain members
   chosen get the demo password here (in the benchmark's own database);
d. **focus-area toggle**: the lead of the busiest community turns an area it
   does not emphasise into a primary area and back on ``/admin/communities/<slug>``,
   until the live preview shows the change.

Every interaction gets N samples (a few warm-up ones are dropped), and its p50
and p95 are reported with their ratios to the counter's, measured in the same
run and the same browser: on this shared 2-core machine a ratio means more than
an absolute time. The goals: p95 within 1.5x of the bare floor, and a reply
visible to its author within 30 ms at p95.

Each figure's ``extra`` also says where the time goes: from the click to the
first websocket message back (the event's trip and the server's handler), and
from the last message to the DOM change (the browser applying the delta and
rendering), both noted in the page; and the bytes the page received per click
(follow-up deltas within the pause after it included).

    python -m bench.interactions [--quick] [--counter 200] [--samples 50]

Run alone, it serves the app itself (production build in ``.web-bench``, a
temporary SQLite demo database at scale 1, the benchmark's reference pages
compiled in); ``python -m bench`` calls :func:`run` with its own running app.
"""

from __future__ import annotations

import argparse
import math
import statistics
import tempfile
import uuid
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from playwright.sync_api import (
    Browser,
    BrowserContext,
    Locator,
    Page,
    WebSocket,
    expect,
    sync_playwright,
)
from sqlmodel import col, func, select

from bench import UNLIMITED_WRITES
from bench.report import Figure, p50_p95, table
from bench.targets import plain_members, typical_threads
from cop_app.db import session_scope
from cop_app.models import (
    Community,
    CommunityFocusArea,
    FocusAreaCode,
    Membership,
    MembershipRole,
    Openness,
    Post,
    User,
    utcnow,
)
from cop_app.services.accounts.passwords import hash_password
from cop_app.services.communities import onboarding
from cop_app.services.communities.communities import do_create_user, ts_literal
from cop_app.services.guards.ratelimit import DEFAULT_LIMITS, WriteKind
from tests.appserver import app_environment, serve
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS
from tests.browser.flows import DEMO_PASSWORD, sign_in

RATE_LIMIT_POSTS, RATE_LIMIT_WINDOW_S = DEFAULT_LIMITS[WriteKind.POST]
SECTION = "1. interactions"
RATIO_GOAL = 1.5  # p95 (and p50) within this factor of the bare counter's
REPLY_P95_GOAL_MS = 30.0  # a reply visible to its author
REPLIES_PER_THREAD = 5  # replies posted into one thread before moving to the next
SAMPLE_TIMEOUT_MS = 10_000  # one interaction that shows nothing by then fails the run
LEAD_EMAIL = "lead@example.org"

Mode = Literal["changed", "equals", "contains"]

# Before any page script: note when each websocket message reaches the page, so
# a sample splits into the click to the first message back (the event's trip
# and the server's handler) and the last message to the DOM change (the browser
# applying the delta and rendering).
WS_PROBE_JS = """
(() => {
  const Native = window.WebSocket;
  window.__benchMessages = [];
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", () => window.__benchMessages.push(performance.now()));
    }
  };
})();
"""

# One sample, in the page: optionally fill a field, note the watched text, then
# click and stop the clock at the first mutation after which the watched
# condition holds. Resolves to [total, click to first message, last message to
# the change] in milliseconds, or null after the timeout.
TIME_CLICK_JS = """
async ([button, spec]) => {
  const holds = (before) => {
    const els = document.querySelectorAll(spec.target);
    if (spec.mode === "changed") return els.length > 0 && els[0].textContent !== before;
    for (const el of els) {
      const text = el.textContent;
      if (spec.mode === "equals" ? text === spec.text : text.includes(spec.text)) return true;
    }
    return false;
  };
  if (spec.fill) document.getElementById(spec.fill[0]).value = spec.fill[1];
  const first = document.querySelector(spec.target);
  const before = first ? first.textContent : null;
  if (spec.mode !== "changed" && holds(before)) throw new Error("shown before the click");
  return await new Promise((resolve) => {
    let started = 0;
    const observer = new MutationObserver(() => {
      if (!holds(before)) return;
      const done = performance.now();
      observer.disconnect();
      clearTimeout(timer);
      const got = window.__benchMessages.filter((t) => t >= started && t <= done);
      const split = got.length
        ? [got[0] - started, done - got[got.length - 1]] : [done - started, 0];
      resolve([done - started, ...split]);
    });
    const timer = setTimeout(() => { observer.disconnect(); resolve(null); }, spec.timeout);
    observer.observe(document.body,
      {childList: true, subtree: true, characterData: true, attributes: true});
    started = performance.now();
    button.click();
  });
}
"""


@dataclass(frozen=True)
class Until:
    """When an interaction has shown its result: the text of the first element
    matching ``target`` ``changed``, or some matching element ``equals`` or
    ``contains`` ``text``."""

    target: str
    mode: Mode = "changed"
    text: str = ""


@dataclass
class Series:
    """The samples of one interaction: milliseconds (in all, to the first websocket
    message back, after the last one) and the websocket bytes received."""

    label: str
    p95_goal_ms: float | None = None  # an absolute goal besides the ratio, if any
    times_ms: list[float] = field(default_factory=list)
    to_first_message_ms: list[float] = field(default_factory=list)
    after_last_message_ms: list[float] = field(default_factory=list)
    received: list[int] = field(default_factory=list)

    def stats(self) -> tuple[float, float]:
        return p50_p95(self.times_ms)


@dataclass(frozen=True)
class Counts:
    """Samples per interaction (warm-up samples not included)."""

    counter: int = 200
    others: int = 50
    warmup: int = 3

    @classmethod
    def quick(cls) -> Counts:
        return cls(counter=60, others=15, warmup=2)


class FrameMeter:
    """Counts the bytes a page receives over its websockets (Reflex's deltas)."""

    def __init__(self, page: Page) -> None:
        self.received = 0
        self.urls: list[str] = []
        page.on("websocket", self._attach)

    def _attach(self, ws: WebSocket) -> None:
        self.urls.append(ws.url)
        ws.on("framereceived", self._count)

    def _count(self, payload: str | bytes) -> None:
        self.received += len(payload.encode() if isinstance(payload, str) else payload)


@dataclass
class Tab:
    """A browser context with one page (its own cookies: one signed-in person)."""

    context: BrowserContext
    page: Page
    meter: FrameMeter

    def sample(
        self,
        series: Series,
        button: Locator,
        until: Until,
        *,
        fill: tuple[str, str] | None = None,
        pause_ms: int = 100,
        keep: bool = True,
    ) -> None:
        """Time one click on ``button`` until ``until`` holds; then wait ``pause_ms``
        (follow-up deltas land, counted with this sample) and record it if ``keep``."""
        handle = button.element_handle()
        self.meter.received = 0
        spec = {
            "target": until.target,
            "mode": until.mode,
            "text": until.text,
            "fill": list(fill) if fill else None,
            "timeout": SAMPLE_TIMEOUT_MS,
        }
        timed = self.page.evaluate(TIME_CLICK_JS, [handle, spec])
        if timed is None:
            msg = f"{series.label}: nothing shown {SAMPLE_TIMEOUT_MS} ms after the click"
            raise RuntimeError(msg)
        self.page.wait_for_timeout(pause_ms)
        if keep:
            total, to_first, after_last = (float(x) for x in timed)
            series.times_ms.append(total)
            series.to_first_message_ms.append(to_first)
            series.after_last_message_ms.append(after_last)
            series.received.append(self.meter.received)


@contextmanager
def open_tab(browser: Browser, url: str) -> Iterator[Tab]:
    context = browser.new_context(base_url=url, viewport={"width": 1280, "height": 900})
    context.add_init_script(WS_PROBE_JS)
    try:
        page = context.new_page()
        page.set_default_timeout(30_000)
        meter = FrameMeter(page)
        yield Tab(context, page, meter)
    finally:
        context.close()


# --------------------------------------------------------------------------- a. the reference


class Reference:
    """The bare counter, open in its own tab for the whole run and measured in
    blocks between the interactions, so it sees the same machine they do."""

    def __init__(self, tab: Tab, url: str) -> None:
        self.tab = tab
        self.series = Series("bare Reflex counter (reference)")
        tab.page.goto("/bench/counter")
        expect(tab.page.locator("#count")).to_have_text("0")
        _check_backend(tab, url)

    def measure(self, samples: int, warmup: int) -> None:
        button, until = self.tab.page.locator("#increment"), Until("#count")
        for n in range(warmup + samples):
            self.tab.sample(self.series, button, until, pause_ms=20, keep=n >= warmup)


def _check_backend(tab: Tab, url: str) -> None:
    """Fail unless the page's websocket goes to the app under test. The compiled
    frontend names its backend's port: a build folder shared with another
    running app (``.web-bench``) may send every event to that app instead."""
    port = urlsplit(url).port
    for _ in range(100):  # the websocket opens once the page has hydrated
        if tab.meter.urls:
            break
        tab.page.wait_for_timeout(50)
    ports = {urlsplit(ws).port for ws in tab.meter.urls}
    if ports != {port}:
        msg = (
            f"the page at {url} talks to the backend on port(s) {sorted(ports)}, not {port}: "
            "another app rebuilt the shared build folder; run one benchmark app at a time"
        )
        raise RuntimeError(msg)


# --------------------------------------------------------------------------- b. onboarding


def _onboarding_account(db_url: str) -> str:
    """A new account whose wizard stands at step 3 with its tags saved; its email."""
    email = f"bench-{uuid.uuid4().hex[:10]}@example.org"
    answers: dict[int, dict[str, Any]] = {
        1: {},
        2: {
            "organisation": "Municipal Works Agency",
            "org_type": "government",
            "discipline": "Urban planning",
            "region": "West Africa",
            "languages": ["en"],
        },
        3: {"can_help": ["public space design"], "looking_for": ["results measurement"]},
    }
    with session_scope(db_url) as session:
        user = do_create_user(
            session, email=email, display_name="Benchmark Newcomer", password=DEMO_PASSWORD
        )
        for step, step_answers in answers.items():
            onboarding.do_save_step(session, user=user, step=step, answers=step_answers)
        onboarding.do_go_to(session, user=user, step=3)
    return email


def measure_onboarding(browser: Browser, url: str, db_url: str, counts: Counts) -> Series:
    series = Series('onboarding "Save and continue" (step 3 to 4)')
    email = _onboarding_account(db_url)
    with open_tab(browser, url) as tab:
        page = tab.page
        sign_in(page, email)
        page.goto("/onboarding")
        heading = page.locator("#wizard-step-heading")
        expect(heading).to_have_text("Expertise")
        next_button = page.get_by_role("button", name="Save and continue", exact=True)
        back_button = page.get_by_role("button", name="Back", exact=True)
        until = Until("#wizard-step-heading", "equals", "Focus areas")
        for n in range(counts.warmup + counts.others):
            tab.sample(series, next_button, until, pause_ms=50, keep=n >= counts.warmup)
            back_button.click()
            expect(heading).to_have_text("Expertise")
            page.wait_for_timeout(50)
    return series


# --------------------------------------------------------------------------- c. replies


@dataclass(frozen=True)
class ReplyPlan:
    slug: str
    thread_ids: list[int]
    budgets: dict[str, int]  # member email -> replies they may still post now


def _reply_plan(db_url: str, total: int) -> ReplyPlan:
    """The busiest open community, its threads closest to typical length, and
    enough of its plain members to post ``total`` replies within the rate limit.

    The demo data gives a password only to its three named accounts, so the
    members chosen here get the demo password (in this benchmark's database).
    """
    threads_needed = math.ceil(total / REPLIES_PER_THREAD)
    since = utcnow() - timedelta(seconds=RATE_LIMIT_WINDOW_S)
    with session_scope(db_url) as session:
        community = session.exec(
            select(Community)
            .where(Community.openness == Openness.OPEN, col(Community.archived_at).is_(None))
            .order_by(col(Community.thread_count).desc())
        ).first()
        assert community is not None, "no open community in the database"
        thread_ids = session.exec(typical_threads(community.id, threads_needed)).all()
        members = session.exec(plain_members(community.id)).all()
        budgets: dict[str, int] = {}
        for user in members:
            recent = session.exec(
                select(func.count())
                .select_from(Post)
                .where(Post.author_id == user.id, col(Post.created_at) > ts_literal(since))
            ).one()
            # Whole threads' worth only, so no member is ever asked past the limit.
            budget = (RATE_LIMIT_POSTS - recent) // REPLIES_PER_THREAD * REPLIES_PER_THREAD
            if budget <= 0:
                continue
            if user.password_hash is None:
                user.password_hash = hash_password(DEMO_PASSWORD)
                session.add(user)
            budgets[user.email] = budget
            if sum(budgets.values()) >= total:
                break
        slug = community.slug
    if len(thread_ids) < threads_needed or sum(budgets.values()) < total:
        msg = f"not enough threads or members in {slug} for {total} replies"
        raise RuntimeError(msg)
    return ReplyPlan(slug, [t for t in thread_ids if t is not None], budgets)


def measure_replies(browser: Browser, url: str, db_url: str, counts: Counts) -> Series:
    series = Series("posting a reply, visible to its author", p95_goal_ms=REPLY_P95_GOAL_MS)
    plan = _reply_plan(db_url, counts.others)
    budgets = dict(plan.budgets)
    tabs: dict[str, Tab] = {}
    run_id = uuid.uuid4().hex[:6]
    # The post cards of the thread's list, or the reply staged on the author's
    # page the moment it is sent (assets/cop_live.js), whichever shows it first.
    until_shown = 'article[id^="post-"], .post-staged'
    with ExitStack() as stack:
        for number, thread_id in enumerate(plan.thread_ids):
            left = counts.others - len(series.times_ms)
            replies = min(REPLIES_PER_THREAD, left)
            # The member with the most replies left, so no one reaches the limit.
            email = max(budgets, key=lambda e: budgets[e])
            budgets[email] -= replies
            if email not in tabs:
                tabs[email] = stack.enter_context(open_tab(browser, url))
                sign_in(tabs[email].page, email)
            tab = tabs[email]
            page = tab.page
            page.goto(f"/c/{plan.slug}/t/{thread_id}")
            expect(page.locator("#reply-body")).to_be_visible()
            button = page.get_by_role("button", name="Post reply", exact=True)
            for n in range(replies):
                text = f"Benchmark reply {run_id}-{number}-{n}: thanks, this helps."
                until = Until(until_shown, "contains", text)
                tab.sample(series, button, until, fill=("reply-body", text), pause_ms=300)
    return series


# --------------------------------------------------------------------------- d. focus areas


def _config_target(db_url: str) -> tuple[str, str]:
    """The community the demo lead leads, and a focus area it does not emphasise."""
    with session_scope(db_url) as session:
        slug, community_id = session.exec(
            select(Community.slug, Community.id)
            .join(Membership, col(Membership.community_id) == col(Community.id))
            .join(User, col(User.id) == col(Membership.user_id))
            .where(User.email == LEAD_EMAIL, Membership.role == MembershipRole.LEAD)
            .order_by(col(Community.thread_count).desc())
        ).first() or (None, None)
        assert slug is not None, f"{LEAD_EMAIL} leads no community"
        emphasised = set(
            session.exec(
                select(CommunityFocusArea.focus_area).where(
                    CommunityFocusArea.community_id == community_id
                )
            ).all()
        )
    free = [code.value for code in FocusAreaCode if code.value not in emphasised]
    assert free, f"{slug} emphasises every focus area"
    return slug, free[0]


def measure_focus_toggle(browser: Browser, url: str, db_url: str, counts: Counts) -> Series:
    series = Series("focus-area toggle on the configuration page")
    slug, code = _config_target(db_url)
    with open_tab(browser, url) as tab:
        page = tab.page
        sign_in(page, LEAD_EMAIL)
        page.goto(f"/admin/communities/{slug}")

        def radio(value: str) -> Locator:
            return page.locator(f'input[type="radio"][name="emphasis_{code}"][value="{value}"]')

        expect(radio("")).to_be_checked()
        until = Until(".config-preview")
        for n in range(counts.warmup + counts.others):
            value = "primary" if n % 2 == 0 else ""
            tab.sample(series, radio(value), until, pause_ms=50, keep=n >= counts.warmup)
    return series


# --------------------------------------------------------------------------- figures


def figures(reference: Series, measured: list[Series]) -> list[Figure]:
    """p95 and p50 of every interaction, each beside the counter's in this run."""
    ref_p50, ref_p95 = reference.stats()
    out = [
        Figure(SECTION, f"{reference.label}, p95", ref_p95, extra=_extra(reference)),
        Figure(SECTION, f"{reference.label}, p50", ref_p50, extra=_extra(reference)),
    ]
    for series in measured:
        p50, p95 = series.stats()
        goal, met = f"ratio <= {RATIO_GOAL:g}", p95 <= RATIO_GOAL * ref_p95
        if series.p95_goal_ms is not None:
            goal += f", p95 <= {series.p95_goal_ms:g} ms"
            met = met and p95 <= series.p95_goal_ms
        extra = {**_extra(series), "p50_ratio": p50 / ref_p50 if ref_p50 else None}
        out += [
            Figure(
                SECTION,
                f"{series.label}, p95",
                p95,
                reference=ref_p95,
                reference_name="counter p95",
                goal=goal,
                met=met,
                extra=extra,
            ),
            Figure(
                SECTION,
                f"{series.label}, p50",
                p50,
                reference=ref_p50,
                reference_name="counter p50",
                extra=extra,
            ),
        ]
    return out


def _extra(series: Series) -> dict[str, Any]:
    p50, p95 = series.stats()
    first_p50, first_p95 = p50_p95(series.to_first_message_ms)
    last_p50, last_p95 = p50_p95(series.after_last_message_ms)
    return {
        "n": len(series.times_ms),
        "p50": p50,
        "p95": p95,
        "min": min(series.times_ms),
        "max": max(series.times_ms),
        # The click to the first websocket message back: the event's trip and the handler.
        "to_first_message_p50": first_p50,
        "to_first_message_p95": first_p95,
        # The last message before the change to the change: applying the delta, rendering.
        "after_last_message_p50": last_p50,
        "after_last_message_p95": last_p95,
        "ws_bytes_received_median": statistics.median(series.received),
    }


def run(
    url: str,
    db_url: str,
    *,
    quick: bool = False,
    counts: Counts | None = None,
) -> list[Figure]:
    """Measure the interactions against the app at ``url`` (its database
    ``db_url``) in one headless Chromium; the counter is measured in equal
    blocks before, between and after them."""
    counts = counts or (Counts.quick() if quick else Counts())
    expect.set_options(timeout=15_000)  # sign-ins and page loads on a busy machine
    steps: list[Callable[[Browser], Series]] = [
        lambda b: measure_onboarding(b, url, db_url, counts),
        lambda b: measure_replies(b, url, db_url, counts),
        lambda b: measure_focus_toggle(b, url, db_url, counts),
    ]
    blocks = len(steps) + 1
    block_sizes = [counts.counter // blocks + (i < counts.counter % blocks) for i in range(blocks)]
    measured: list[Series] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            with open_tab(browser, url) as counter_tab:
                reference = Reference(counter_tab, url)
                reference.measure(block_sizes[0], counts.warmup)
                for step, block in zip(steps, block_sizes[1:], strict=True):
                    measured.append(step(browser))
                    reference.measure(block, counts.warmup)
        finally:
            browser.close()
    return figures(reference.series, measured)


def details(results: list[Figure]) -> str:
    """A Markdown table of where each interaction's time goes (from ``extra``)."""
    lines = [
        "| interaction | n | min ms | max ms | click to first message p50 / p95 ms "
        "| last message to change p50 / p95 ms | websocket bytes per click (median) |",
        "|---|---|---|---|---|---|---|",
    ]
    for f in results[::2]:  # each interaction's p95 figure carries the details
        x = f.extra
        lines.append(
            f"| {f.name.removesuffix(', p95')} | {x['n']} | {x['min']:.1f} | {x['max']:.1f} "
            f"| {x['to_first_message_p50']:.1f} / {x['to_first_message_p95']:.1f} "
            f"| {x['after_last_message_p50']:.1f} / {x['after_last_message_p95']:.1f} "
            f"| {x['ws_bytes_received_median']:,.0f} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.interactions")
    parser.add_argument("--quick", action="store_true", help="fewer samples (a smoke run)")
    parser.add_argument("--counter", type=int, help="samples of the bare counter (default 200)")
    parser.add_argument("--samples", type=int, help="samples per app interaction (default 50)")
    args = parser.parse_args()
    counts = Counts.quick() if args.quick else Counts()
    counts = Counts(
        counter=args.counter or counts.counter,
        others=args.samples or counts.others,
        warmup=counts.warmup,
    )
    folder = Path(tempfile.mkdtemp(prefix="cop-bench-interactions-"))
    db_url = f"sqlite:///{folder / 'app.db'}"
    env = {
        **app_environment(db_url, workdir_suffix="bench"),
        **UNLIMITED_WRITES,
        "COP_BENCH_PAGES": "1",
    }
    log = folder / "app.log"
    print(f"serving the app (production build in .web-bench; log in {log}) ...", flush=True)
    with serve(env, log) as url:
        results = run(url, db_url, counts=counts)
    print(table(results))
    print()
    print(details(results))


if __name__ == "__main__":
    main()
