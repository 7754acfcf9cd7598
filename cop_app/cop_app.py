"""The app: build it and register the pages. Nothing else lives here."""

import reflex as rx

from cop_app.pages import community, home, login, not_found, thread  # noqa: F401  (@rx.page registers)

# The Radix theme is configured in rxconfig.py (RadixThemesPlugin).
app = rx.App(stylesheets=["/styles.css"])
