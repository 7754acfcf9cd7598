"""Two clients on two different backend processes see each other's posts live.

Scale-out profile only (``COP_TEST_PROFILE=scaled``, which ``make test`` runs
when PostgreSQL and Redis answer). Beside the test app (itself several workers
behind one port), a second backend process is started on its own port with the
same PostgreSQL database and Redis. A member in Chromium talks to the first; a
second member's socket client, speaking what the compiled frontend speaks,
talks to the second. Each posts a reply on the same thread, and each must see
the other's reply arrive without reloading: only the Redis bridge
(``cop_app/live.py``) connects the two processes' live topics, and both
processes keep Reflex's state in Redis.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from playwright.sync_api import Page, expect

from tests import profile
from tests.appserver import free_port, start_reflex, stop, wait_for
from tests.browser.conftest import ARTIFACTS
from tests.browser.flows import DEMO_PASSWORD, sign_in
from tests.browser.socket_client import AppSocket, open_session

pytestmark = [
    pytest.mark.browser,
    pytest.mark.postgres,
    pytest.mark.skipif(
        not profile.SCALED,
        reason="needs the scale-out profile (two processes on PostgreSQL + Redis)",
    ),
]

SLUG = "cdd-practitioners"
#: The live watchers wake on the bridge's message; 2 s leaves room for a busy CI.
LIVE_WITHIN_MS = 2000


@pytest.fixture(scope="module")
def second_backend(app_url: str, app_env: dict[str, str]) -> Iterator[str]:
    """Another backend process of the same deployment, on its own port."""
    port = free_port()
    log = ARTIFACTS / "app-second-backend.log"
    proc = start_reflex(
        ["run", "--env", "prod", "--backend-only", "--backend-port", str(port)],
        {**app_env, "GRANIAN_WORKERS": "1"},
        log,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for(f"{url}/ping", proc, log, 300)
        yield url
    finally:
        stop(proc)


def _open_thread(db_url: str) -> tuple[int, str]:
    """The community's most recently active open thread: its id and title."""
    engine = sa.create_engine(db_url)
    try:
        with engine.connect() as conn:
            thread_id, title = conn.execute(
                sa.text(
                    "SELECT t.id, t.title FROM thread t"
                    " JOIN community c ON c.id = t.community_id"
                    " WHERE c.slug = :slug AND NOT t.is_hidden AND NOT t.is_locked"
                    " ORDER BY t.last_activity_at DESC, t.id LIMIT 1"
                ),
                {"slug": SLUG},
            ).one()
    finally:
        engine.dispose()
    return thread_id, title


def test_members_on_two_backend_processes_see_each_others_replies_live(
    page: Page, app_env: dict[str, str], second_backend: str
) -> None:
    from cop_app.state.thread import ThreadState

    db_url = app_env["REFLEX_DB_URL"]
    thread_id, title = _open_thread(db_url)
    path = f"/c/{SLUG}/t/{thread_id}"

    # Member A in Chromium, on the test app's own backend.
    sign_in(page, "member@example.org")
    page.goto(path)
    expect(page.get_by_label("Reply")).to_be_visible()

    # Member B over a socket, on the second backend process.
    ticket = open_session(db_url, "lead@example.org", DEMO_PASSWORD, client_ip="192.0.2.77")
    with AppSocket(second_backend, session_token=ticket.token) as sock:
        sock.connect(path)
        assert title in sock.all_text(), "the second backend did not load the thread page"

        # B posts; A sees it without reloading.
        from_b = f"Posted on the second backend {uuid.uuid4().hex[:8]}"
        sock.call(f"{ThreadState.get_full_name()}.reply", {"form": {"body": from_b}})
        expect(page.get_by_text(from_b)).to_be_visible(timeout=LIVE_WITHIN_MS)

        # A posts; B's socket receives it as a delta, without asking.
        from_a = f"Posted on the first backend {uuid.uuid4().hex[:8]}"
        seen = len(sock.messages)
        page.get_by_label("Reply").fill(from_a)
        page.get_by_role("button", name="Post reply").click()
        expect(page.get_by_text(from_a)).to_be_visible()
        deadline = time.monotonic() + LIVE_WITHIN_MS / 1000
        while time.monotonic() < deadline and not any(
            from_a in m.raw for m in sock.messages[seen:]
        ):
            time.sleep(0.02)
        assert any(from_a in m.raw for m in sock.messages[seen:]), (
            f"the second backend's client did not receive the reply within {LIVE_WITHIN_MS} ms"
        )


def test_the_write_limit_holds_across_two_backend_processes(
    app_url: str, app_env: dict[str, str], second_backend: str
) -> None:
    """One member replies as fast as they can through both processes at once:
    together the two allow the limit (20 posts), not twice it."""
    from concurrent.futures import ThreadPoolExecutor

    from cop_app.db import session_scope
    from cop_app.models import Community
    from cop_app.services.accounts.passwords import hash_password
    from cop_app.services.communities import communities
    from cop_app.services.guards.ratelimit import DEFAULT_LIMITS, WriteKind
    from cop_app.state.thread import ThreadState

    db_url = app_env["REFLEX_DB_URL"]
    thread_id, _ = _open_thread(db_url)
    path = f"/c/{SLUG}/t/{thread_id}"
    email = f"eager-{uuid.uuid4().hex[:10]}@example.org"
    password = "two processes, one allowance"
    with session_scope(db_url) as session:
        user = communities.do_create_user(
            session, email=email, display_name=f"Eager {uuid.uuid4().hex[:6]}"
        )
        user.password_hash = hash_password(password)
        community = session.exec(sa.select(Community).where(Community.slug == SLUG)).scalar_one()
        communities.do_join(session, community=community, user=user)
        user_id = user.id
    limit, _ = DEFAULT_LIMITS[WriteKind.POST]
    attempts = limit  # per process: twice the limit in all
    reply = f"{ThreadState.get_full_name()}.reply"

    def hammer(base_url: str, n: int) -> int:
        ticket = open_session(db_url, email, password, client_ip=f"192.0.2.{90 + n}")
        refused = 0
        with AppSocket(base_url, session_token=ticket.token) as sock:
            sock.connect(path)
            for k in range(attempts):
                messages = sock.call(reply, {"form": {"body": f"Eager {n}.{k}"}}, path=path)
                refused += any("faster than the site allows" in m.raw for m in messages)
        return refused

    with ThreadPoolExecutor(max_workers=2) as pool:
        refused = list(pool.map(hammer, [app_url, second_backend], [0, 1]))
    engine = sa.create_engine(db_url)
    try:
        with engine.connect() as conn:
            posted = conn.execute(
                sa.text("SELECT count(*) FROM post WHERE author_id = :u AND thread_id = :t"),
                {"u": user_id, "t": thread_id},
            ).scalar_one()
    finally:
        engine.dispose()
    assert posted == limit, (posted, refused)
    assert sum(refused) == 2 * attempts - limit
