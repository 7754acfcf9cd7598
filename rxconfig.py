"""Reflex configuration.

Embedded default: a SQLite file and Reflex's single-process state manager.
Scale-out profile: set REFLEX_DB_URL to PostgreSQL and REFLEX_REDIS_URL to Redis.
Ports can be moved with REFLEX_FRONTEND_PORT / REFLEX_BACKEND_PORT (tests do).
"""

import reflex as rx

from cop_app.db import db_url

config = rx.Config(
    app_name="cop_app",
    db_url=db_url(),
    telemetry_enabled=False,
    show_built_with_reflex=False,
    plugins=[
        rx.plugins.RadixThemesPlugin(
            theme=rx.theme(accent_color="teal", gray_color="slate", radius="medium")
        ),
    ],
    disable_plugins=[rx.plugins.sitemap.SitemapPlugin],
)
