"""Reference pages for the benchmarks (``make bench``), compiled into the same
build as the app only when ``COP_BENCH_PAGES=1``: the app's own figures are
reported as ratios to these, measured in the same run.

- ``/bench/counter``: a bare Reflex counter (one per-client var, one button),
  the framework's floor for a click to its DOM change.
- ``/bench/shared``: stock ``rx.SharedState`` fan-out: every viewer links to one
  board in on_load; ``BenchSender.post`` changes it, and Reflex pushes the
  change to every linked client. The live-propagation benchmark loads it the
  same way it loads the app's thread and dashboard pages.

- ``GET /_bench/heap``: the backend's retained Python heap after a full
  garbage collection (``tracemalloc``, started by ``?start=1``), for the memory
  section's per-tab figure: the resident size also counts what the allocator
  kept from the connects' transient peaks.

Neither page reads or writes the database, and none of this is registered in a
normal build, so its handlers do not exist there.
"""

from __future__ import annotations

import gc
import os
import tracemalloc

import reflex as rx
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

BOARD_TOKEN = "benchboard"  # noqa: S105 (a SharedState link name; no "_" allowed)


class BenchCounter(rx.State):
    count: int = 0

    @rx.event
    def increment(self) -> None:
        self.count += 1


class BenchBoard(rx.SharedState):
    count: int = 0
    items: list[str] = []

    @rx.event
    async def link(self) -> None:
        await self._link_to(BOARD_TOKEN)


class BenchSender(rx.State):
    """Per-client state holding the sender's handler (as an app would)."""

    @rx.event
    async def post(self, tag: str = "") -> None:
        board = await self.get_state(BenchBoard)
        board.count += 1
        board.items = [f"{board.count}|{tag}", *board.items[:19]]


def counter_page() -> rx.Component:
    return rx.vstack(
        rx.heading("Counter", size="5"),
        rx.text(BenchCounter.count, id="count"),
        rx.button("Increment", on_click=BenchCounter.increment, id="increment"),
        padding="2em",
    )


def shared_page() -> rx.Component:
    return rx.vstack(
        rx.heading("Shared board", size="5"),
        rx.text(BenchBoard.count, id="count"),
        rx.button("Post", on_click=BenchSender.post(""), id="post"),
        rx.foreach(BenchBoard.items, rx.text),
        padding="2em",
    )


async def heap(request: Request) -> JSONResponse:
    """The traced heap after a full collection (-1 until tracing has started)."""
    if request.query_params.get("start") == "1" and not tracemalloc.is_tracing():
        tracemalloc.start()
    gc.collect()
    traced = tracemalloc.get_traced_memory()[0] if tracemalloc.is_tracing() else -1
    return JSONResponse({"traced": traced, "pid": os.getpid()})


#: Mounted by ``cop_app.py`` in front of Reflex's own routes.
HEAP_ROUTE = Route("/_bench/heap", heap, methods=["GET"])


def register(app: rx.App) -> None:
    app.add_page(counter_page, route="/bench/counter", title="Counter")
    app.add_page(shared_page, route="/bench/shared", title="Shared board", on_load=BenchBoard.link)
