"""Sign-in page (placeholder until member accounts land)."""

from __future__ import annotations

import reflex as rx

from cop_app import routes
from cop_app.components.layout import shell
from cop_app.i18n import t


@rx.page(route=routes.LOGIN, title=t("login.title"))
def login() -> rx.Component:
    return shell(
        rx.card(
            rx.vstack(
                rx.heading(t("login.title"), as_="h1", size="6"),
                rx.text(t("login.soon"), size="3"),
                rx.link(t("community.back_home"), href=routes.HOME, high_contrast=True),
                spacing="3",
            ),
            max_width="28rem",
            margin_x="auto",
            size="4",
        )
    )
