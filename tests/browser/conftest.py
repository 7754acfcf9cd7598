"""The real app, started once per test session, and Debian's Chromium.

The app runs as ``reflex run --env prod --single-port`` on a free port with its
own SQLite file, its own build folder (``.web-test``) and its own state folder,
so it never clashes with a ``make run`` on port 3000. The database is set up
exactly as ``make run`` does it (migrations, catalogue, demo data, smaller).
A failing test saves a screenshot and the page's HTML under test-artifacts/.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

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
START_TIMEOUT_S = 900  # the first run installs the frontend packages
DEMO_SCALE = "0.3"
DEMO_SEED = "7"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for(url: str, proc: subprocess.Popen, log: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the app exited early:\n{log.read_text()[-4000:]}")
        try:
            with urllib.request.urlopen(url, timeout=5) as resp:  # noqa: S310 (local URL)
                if resp.status == 200:
                    return
        except OSError:
            pass
        time.sleep(1)
    raise RuntimeError(f"the app did not answer {url} in {timeout}s:\n{log.read_text()[-4000:]}")


@pytest.fixture(scope="session")
def app_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    db = tmp_path_factory.mktemp("browser-db") / "app.db"
    venv_bin = str(Path(sys.executable).parent)
    return {
        **os.environ,
        "PATH": f"{venv_bin}:{os.environ.get('PATH', '')}",
        "REFLEX_USE_NPM": "1",
        "REFLEX_DB_URL": f"sqlite:///{db}",
        "REFLEX_WEB_WORKDIR": ".web-test",
        "REFLEX_STATES_WORKDIR": ".states-test",
        "COP_DEMO_SCALE": DEMO_SCALE,
        "COP_DEMO_SEED": DEMO_SEED,
        "PYTHONUNBUFFERED": "1",
    }


@pytest.fixture(scope="session")
def app_url(app_env: dict[str, str]) -> Iterator[str]:
    """Set up the database like `make run`, then serve the production build."""
    ARTIFACTS.mkdir(exist_ok=True)
    setup = subprocess.run(
        [sys.executable, "-m", "cop_app.manage", "setup"],
        cwd=ROOT,
        env=app_env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert setup.returncode == 0, setup.stdout + setup.stderr
    port = _free_port()
    log = ARTIFACTS / "app.log"
    with log.open("w") as out:
        proc = subprocess.Popen(
            [
                str(Path(sys.executable).parent / "reflex"),
                "run",
                "--env",
                "prod",
                "--single-port",
                "--frontend-port",
                str(port),
            ],
            cwd=ROOT,
            env=app_env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_for(f"{url}/ping", proc, log, START_TIMEOUT_S)
        _wait_for(f"{url}/", proc, log, 120)
        yield url
    finally:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=20)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(proc.pid, signal.SIGKILL)


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
    """A fresh browser context per test; screenshot and HTML kept when it fails."""
    context = browser.new_context(base_url=app_url, viewport={"width": 1280, "height": 900})
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
        if errors:
            (ARTIFACTS / f"{name}.errors.txt").write_text("\n".join(errors))
    context.close()
    assert not errors, f"uncaught errors in the page: {errors}"


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
