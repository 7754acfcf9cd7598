"""Reference pages for the benchmarks (``make bench``), compiled into the same
build as the app only when ``COP_BENCH_PAGES=1``: the app's own figures are
reported as ratios to these, measured in the same run.

- ``/bench/counter``: a bare Reflex counter (one per-client var, one button),
  the framework's floor for a click to its DOM change.
- ``/bench/shared``: stock ``rx.SharedState`` fan-out: every viewer links to one
  board in on_load; ``BenchSender.post`` changes it, and Reflex pushes the
  change to every linked client. The live-propagation benchmark loads it the
  same way it loads the app's thread and dashboard pages.

Neither page reads or writes the database, and neither is registered in a
normal build, so their handlers do not exist there.
"""

from __future__ import annotations

import reflex as rx

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


def register(app: rx.App) -> None:
    app.add_page(counter_page, route="/bench/counter", title="Counter")
    app.add_page(shared_page, route="/bench/shared", title="Shared board", on_load=BenchBoard.link)
