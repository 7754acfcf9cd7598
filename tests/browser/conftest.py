"""The real app, started once per test session, and Debian's Chromium.

The app runs as ``reflex run --env prod --single-port`` on a free port with its
own SQLite file, its own build folder (``.web-test``) and its own state folder,
so it never clashes with a ``make run`` on port 3000. The database is set up
exactly as ``make run`` does it (migrations, catalogue, demo data, smaller).
A failing test saves a screenshot and the page's HTML under test-artifacts/.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from playwright.sync_api import Browser, Page, expect, sync_playwright

from tests import profile
from tests.appserver import app_environment, serve
from tests.dbtools import postgres_database

# Playwright's assertions wait 5 s by default. On CI's two busy cores a sign-in
# (a password hash, a session row, a redirect and a page load over the
# websocket) has taken longer than that twice, in different tests; a passing
# assertion returns as soon as it holds, so only a failure waits the longer time.
expect.set_options(timeout=15_000)

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = os.environ.get("COP_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DEMO_SCALE = "0.3"
DEMO_SEED = "7"
# Two suites at once (parallel work on one machine) need two build folders.
WORKDIR = os.environ.get("COP_TEST_WORKDIR", "test")
# Every refusal by the Content-Security-Policy, reported to the test (page fixture).
CSP_VIOLATION_LISTENER = """
window.addEventListener("securitypolicyviolation", (e) => {
  const report = {
    directive: e.effectiveDirective,
    blocked: e.blockedURI,
    source: e.sourceFile,
    line: e.lineNumber,
    sample: e.sample,
    page: window.location.href,
  };
  console.error("Content-Security-Policy violation: " + JSON.stringify(report));
  window.__copCspViolation?.(report);
});
"""


@pytest.fixture(scope="session")
def app_env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """The app's environment: a SQLite file (embedded default) or, on the
    scale-out profile, a new PostgreSQL database, Redis for Reflex's state and
    the live bridge, and several backend workers."""
    demo = {"COP_DEMO_SCALE": DEMO_SCALE, "COP_DEMO_SEED": DEMO_SEED}
    if not profile.SCALED:
        db = tmp_path_factory.mktemp("browser-db") / "app.db"
        yield {**app_environment(f"sqlite:///{db}", workdir_suffix=WORKDIR), **demo}
        return
    redis.Redis.from_url(profile.REDIS_URL).flushdb()
    with postgres_database() as url:
        yield {
            **app_environment(url, workdir_suffix=WORKDIR),
            **demo,
            "COP_DEMO": "1",  # demo data outside SQLite only when asked
            "REFLEX_REDIS_URL": profile.REDIS_URL,
            "GRANIAN_WORKERS": profile.WORKERS,
        }


@pytest.fixture(scope="session")
def app_url(app_env: dict[str, str]) -> Iterator[str]:
    """Set up the database like `make run`, then serve the production build."""
    ARTIFACTS.mkdir(exist_ok=True)
    with serve(app_env, ARTIFACTS / "app.log") as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator[None]:
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"rep_{report.when}", report)


@pytest.fixture
def page(browser: Browser, app_url: str, request: pytest.FixtureRequest) -> Iterator[Page]:
    """A fresh browser context per test; screenshot and HTML kept when it fails.

    Fails the test when the page threw, or when the Content-Security-Policy
    refused anything (a ``securitypolicyviolation`` in any page of the context).
    """
    context = browser.new_context(base_url=app_url, viewport={"width": 1280, "height": 900})
    violations: list[str] = []
    context.expose_binding(
        "__copCspViolation", lambda _source, report: violations.append(json.dumps(report))
    )
    context.add_init_script(CSP_VIOLATION_LISTENER)
    pg = context.new_page()
    pg.set_default_timeout(15_000)
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    yield pg
    rep = getattr(request.node, "rep_call", None)
    if rep is not None and rep.failed:
        ARTIFACTS.mkdir(exist_ok=True)
        name = request.node.name.replace("/", "_")
        pg.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
        (ARTIFACTS / f"{name}.html").write_text(pg.content())
        if errors or violations:
            (ARTIFACTS / f"{name}.errors.txt").write_text("\n".join(errors + violations))
    context.close()
    assert not errors, f"uncaught errors in the page: {errors}"
    assert not violations, f"Content-Security-Policy violations: {violations}"


@pytest.fixture(scope="module")
def restore_throttle_counters(app_url: str, app_env: dict[str, str]) -> Iterator[None]:
    """Forget the module's sign-ups and sign-in failures once it is done, so the
    per-address limits of later modules start clean."""
    import sqlalchemy as sa

    engine = sa.create_engine(app_env["REFLEX_DB_URL"])
    with engine.connect() as conn:
        first = conn.execute(sa.text("SELECT coalesce(max(id), 0) FROM auth_event")).scalar()
    yield
    with engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM auth_event WHERE id > :first"), {"first": first})
    engine.dispose()
