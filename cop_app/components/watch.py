"""The watching control: one button that shows how closely the member follows
a thread, a community or a focus area, and a menu to change it. Its name says
what it is for and contains the level it shows."""

from __future__ import annotations

from collections.abc import Callable

import reflex as rx

from cop_app.i18n import t

THREAD_LEVELS = ("watching", "tracking", "normal", "muted")
AREA_LEVELS = ("watching", "watching_first_post", "tracking", "normal", "muted")


def level_name(level: rx.Var[str], levels: tuple[str, ...] = AREA_LEVELS) -> rx.Var[str]:
    return rx.match(level, *((name, t(f"watch.{name}")) for name in levels), t("watch.normal"))


def watch_menu(
    level: rx.Var[str],
    *,
    what: rx.Var[str] | str,
    on_pick: Callable[[str], rx.event.EventSpec],
    levels: tuple[str, ...] = AREA_LEVELS,
    inherited: rx.Var[str] | str = "",
) -> rx.Component:
    """``what``: the words after "Notifications for" ("this thread", or a
    focus area's name); ``inherited``: where an inherited level comes from."""
    shown = level_name(level, levels).to(str)
    return rx.menu.root(
        rx.menu.trigger(
            rx.button(
                rx.match(
                    level,
                    ("muted", rx.icon("bell-off", size=14, aria_hidden="true")),
                    ("watching", rx.icon("eye", size=14, aria_hidden="true")),
                    ("watching_first_post", rx.icon("eye", size=14, aria_hidden="true")),
                    rx.icon("bell", size=14, aria_hidden="true"),
                ),
                shown,
                rx.icon("chevron-down", size=12, aria_hidden="true"),
                variant="soft",
                size="2",
                high_contrast=True,
                aria_label=what + ": " + shown,
                title=inherited,
            ),
        ),
        rx.menu.content(
            *(
                rx.menu.item(
                    rx.vstack(
                        rx.text(t(f"watch.{name}"), weight="medium"),
                        rx.text(t(f"watch.{name}_help"), size="1", color=rx.color("gray", 11)),
                        spacing="0",
                    ),
                    on_click=on_pick(name),
                    height="auto",
                    padding_y="0.4rem",
                )
                for name in levels
            ),
        ),
    )
