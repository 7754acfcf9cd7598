"""Signed-in devices (/account/sessions)."""

from __future__ import annotations

import reflex as rx

from cop_app import routes
from cop_app.components.layout import loading, shell
from cop_app.components.titles import page_title
from cop_app.i18n import t
from cop_app.state.auth import AuthState
from cop_app.state.sessions import SessionRow, SessionsState


def _row(row: SessionRow) -> rx.Component:
    return rx.el.li(
        rx.hstack(
            rx.icon("monitor-smartphone", size=20, color=rx.color("gray", 11)),
            rx.vstack(
                rx.hstack(
                    rx.text(row.device, weight="medium"),
                    rx.cond(
                        row.current,
                        rx.badge(
                            t("sessions.this_device"), color_scheme="green", high_contrast=True
                        ),
                    ),
                    spacing="2",
                    align="center",
                ),
                rx.text(
                    t("sessions.signed_in")
                    + " "
                    + row.signed_in
                    + " · "
                    + t("sessions.last_seen")
                    + " "
                    + row.last_seen,
                    size="1",
                    color=rx.color("gray", 11),
                ),
                spacing="1",
                flex="1 1 12rem",  # on a phone the button goes below
                min_width="0",
            ),
            rx.button(
                rx.cond(row.current, t("nav.sign_out"), t("sessions.end")),
                variant="soft",
                color_scheme="red",
                high_contrast=True,
                on_click=SessionsState.end(row.id),
                aria_label=rx.cond(
                    row.current,
                    t("nav.sign_out"),
                    t("sessions.end") + " " + row.device + " " + row.last_seen,
                ),
            ),
            width="100%",
            align="center",
            spacing="3",
            wrap="wrap",
        ),
        padding="0.9rem 1.1rem",
        border_bottom=f"1px solid {rx.color('gray', 4)}",
        list_style="none",
    )


@rx.page(
    route=routes.SESSIONS,
    title=page_title(t("sessions.title")),
    on_load=[AuthState.refresh, SessionsState.load],
)
def sessions() -> rx.Component:
    return shell(
        rx.vstack(
            rx.heading(t("sessions.title"), as_="h1", size="7"),
            rx.text(t("sessions.lead"), size="3", color=rx.color("gray", 11)),
            rx.cond(
                SessionsState.loaded,
                rx.vstack(
                    rx.card(
                        rx.el.ul(rx.foreach(SessionsState.rows, _row), margin="0", padding="0"),
                        padding="0",
                        width="100%",
                    ),
                    rx.button(
                        t("sessions.end_others"),
                        variant="outline",
                        color_scheme="red",
                        high_contrast=True,
                        on_click=SessionsState.end_others,
                    ),
                    spacing="3",
                    width="100%",
                ),
                loading(),
            ),
            spacing="4",
            max_width="44rem",
            width="100%",
        )
    )
