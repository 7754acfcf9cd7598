"""Serve the production build of the app on a free port, on its own database and
build folders (so it never clashes with `make run`). Used by the browser tests'
fixtures and by the benchmarks."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
START_TIMEOUT_S = 900  # the first run installs the frontend packages


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, proc: subprocess.Popen, log: Path, timeout: float) -> None:
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


def app_environment(db_url: str, *, workdir_suffix: str = "test") -> dict[str, str]:
    venv_bin = str(Path(sys.executable).parent)
    return {
        **os.environ,
        "PATH": f"{venv_bin}:{os.environ.get('PATH', '')}",
        "REFLEX_USE_NPM": "1",
        "REFLEX_DB_URL": db_url,
        "REFLEX_WEB_WORKDIR": f".web-{workdir_suffix}",
        "REFLEX_STATES_WORKDIR": f".states-{workdir_suffix}",
        "PYTHONUNBUFFERED": "1",
        # Every test and benchmark client comes from 127.0.0.1, one address for
        # hundreds of members' writes: the per-client allowance is lifted here.
        # The limiter itself is tested on the services (tests/guards/test_security.py).
        "COP_RATE_LIMIT_CLIENT_FACTOR": "1000",
    }


@contextmanager
def serve(env: dict[str, str], log: Path) -> Iterator[str]:
    """Set up the database like `make run`, serve the app, yield its URL, stop it.

    The app answers only its own origin (``COP_PUBLIC_URL``: the websocket
    handshake, the sign-in form posts, the security policy). That is the served
    URL, ``http://127.0.0.1:<port>``, and it is written into ``env`` itself, so
    a further process of the same deployment started with ``env`` (a second
    backend) accepts the same pages.
    """
    setup = subprocess.run(
        [sys.executable, "-m", "cop_app.manage", "setup"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if setup.returncode != 0:
        raise RuntimeError(setup.stdout + setup.stderr)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env["COP_PUBLIC_URL"] = url
    proc = start_reflex(
        ["run", "--env", "prod", "--single-port", "--frontend-port", str(port)], env, log
    )
    try:
        wait_for(f"{url}/ping", proc, log, START_TIMEOUT_S)
        wait_for(f"{url}/", proc, log, 120)
        yield url
    finally:
        stop(proc)


def start_reflex(args: list[str], env: dict[str, str], log: Path) -> subprocess.Popen:
    """``reflex <args>`` in the project folder, in its own process group, output to ``log``."""
    with log.open("w") as out:
        return subprocess.Popen(
            [str(Path(sys.executable).parent / "reflex"), *args],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def stop(proc: subprocess.Popen) -> None:
    """Stop a process started by :func:`start_reflex`, with everything it started."""
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=20)
    except ProcessLookupError:
        return  # already gone (a failed start): its own error says why
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
