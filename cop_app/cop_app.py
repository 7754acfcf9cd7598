"""The app: build it and register the pages. Nothing else lives here."""

import reflex as rx

from cop_app.pages import community, home, login, thread  # noqa: F401  (@rx.page registers)

app = rx.App(
    theme=rx.theme(accent_color="teal", gray_color="slate", radius="medium", scaling="100%"),
    stylesheets=["/styles.css"],
)
