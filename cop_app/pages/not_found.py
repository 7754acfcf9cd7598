"""Not-found page: any address no other page matches."""

from __future__ import annotations

import reflex as rx

from cop_app import routes
from cop_app.components.layout import shell
from cop_app.components.titles import page_title
from cop_app.i18n import t


@rx.page(route="404", title=page_title(t("not_found.title")))
def not_found() -> rx.Component:
    return shell(
        rx.vstack(
            rx.heading(t("not_found.title"), as_="h1", size="6"),
            rx.text(t("not_found.text"), size="3"),
            rx.link(t("community.back_home"), href=routes.HOME, high_contrast=True),
            spacing="3",
        )
    )
