"""Run a coroutine from a synchronous test."""

from __future__ import annotations

import asyncio
import concurrent.futures
from collections.abc import Coroutine
from typing import Any


def run(coroutine: Coroutine[Any, Any, Any]) -> Any:
    """Run on a fresh event loop in its own thread: in the full suite the
    browser tests' Playwright keeps a loop running in the main thread, where
    ``asyncio.run`` would refuse."""
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()
