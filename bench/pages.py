"""Page loads and a reply, timed through the running app on a large database.

The app is served in production mode on the benchmark's large database (its
own build folder, ``.web-bench``). Each page load is a fresh tab as the
browser opens it over the websocket: the boot event, then the page's on_load
handlers, until the last delta arrived (``socket_client`` knows when). The
static JavaScript is cached by a browser after the first visit and is left
out. A reply is timed from sending the event to its settled delta, for a
signed-in member.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

import sqlalchemy as sa

from bench import UNLIMITED_WRITES
from tests.appserver import app_environment, serve
from tests.browser.socket_client import AppSocket, open_session

DEMO_PASSWORD = "practice-makes-perfect"  # noqa: S105 (the documented demo account)


def _targets(db: Path) -> tuple[str, int]:
    engine = sa.create_engine(f"sqlite:///{db}")
    try:
        with engine.connect() as conn:
            slug, community_id = conn.execute(
                sa.text("SELECT slug, id FROM community ORDER BY thread_count DESC LIMIT 1")
            ).one()
            thread_id = conn.execute(
                sa.text(
                    "SELECT id FROM thread WHERE community_id = :c AND NOT is_hidden"
                    " AND NOT is_locked ORDER BY abs(reply_count - 8), id LIMIT 1"
                ),
                {"c": community_id},
            ).scalar_one()
    finally:
        engine.dispose()
    return slug, thread_id


def _median_ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:8.1f}"


def report(db: Path, *, repeat: int = 7) -> None:
    slug, thread_id = _targets(db)
    env = {
        **app_environment(f"sqlite:///{db}", workdir_suffix="bench"),
        **UNLIMITED_WRITES,
        "COP_DEMO": "0",
    }
    log = Path(".states-bench-app.log")
    with serve(env, log) as url:
        pages = {
            "community page": f"/c/{slug}",
            "community page, unanswered only": f"/c/{slug}?unanswered=1",
            "thread page (about 8 replies)": f"/c/{slug}/t/{thread_id}",
            "search results": f"/c/{slug}/search?q=village",
        }
        rows = []
        for label, path in pages.items():
            AppSocket(url).connect(path)  # warm-up
            samples = []
            for _ in range(repeat):
                sock = AppSocket(url)
                started = time.perf_counter()
                sock.connect(path)
                samples.append(time.perf_counter() - started)
                sock.close()
            rows.append((label, samples))
        from cop_app.state.thread import ThreadState

        ticket = open_session(f"sqlite:///{db}", "member@example.org", DEMO_PASSWORD)
        sock = AppSocket(url, session_token=ticket.token)
        path = f"/c/{slug}/t/{thread_id}"
        sock.connect(path)
        samples = []
        for n in range(min(repeat, 8)):  # within the posting rate limit
            started = time.perf_counter()
            sock.call(f"{ThreadState.get_full_name()}.reply", {"form": {"body": f"b{n}"}})
            samples.append(time.perf_counter() - started)
        sock.close()
        rows.append(("post a reply, until its delta arrived", samples))
    width = max(len(label) for label, _ in rows)
    print(f"{'page':<{width}}  {'median ms':>8}  {'max ms':>8}")
    for label, samples in rows:
        print(f"{label:<{width}}  {_median_ms(samples)}  {max(samples) * 1000:8.1f}")
    print(f"({repeat} fresh tabs per page over the websocket; app log in {log})")
