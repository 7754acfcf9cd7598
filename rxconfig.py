"""Reflex configuration.

Embedded default: a SQLite file and Reflex's single-process state manager.
Scale-out profile: set REFLEX_DB_URL to PostgreSQL and REFLEX_REDIS_URL to Redis.
State: Reflex keeps each tab's state in this process's memory (the embedded
default, one worker) or in Redis (scale-out). Not Reflex's default "disk" mode:
its write queue stats every pickled state of the last hour on each pass, which
measurably stretched the latency tail under steady events (BENCHMARKS.md).
`make dev` sets REFLEX_STATE_MANAGER_MODE=disk, so hot reloads keep the tabs.
Ports can be moved with REFLEX_FRONTEND_PORT / REFLEX_BACKEND_PORT (tests do).
Origins: the websocket handshake and CORS answer only the app's own pages,
COP_PUBLIC_URL (default http://localhost:3000) and COP_ALLOWED_ORIGINS
(cop_app/web_security.py). Reflex's default, "*", lets any site open a socket
that carries the visitor's session cookie.
"""

import os

import reflex as rx

from cop_app.db import db_url
from cop_app.web_security import web_origins

config = rx.Config(
    app_name="cop_app",
    db_url=db_url(),
    state_manager_mode="redis" if os.environ.get("REFLEX_REDIS_URL") else "memory",
    # python-socketio checks the handshake's Origin against this list; Reflex
    # also gives it to Starlette's CORS middleware. In `make dev` the page is
    # on :3000 and the backend on :8000: the page's origin is the one allowed.
    cors_allowed_origins=web_origins().allowed,
    telemetry_enabled=False,
    show_built_with_reflex=False,
    plugins=[
        rx.plugins.RadixThemesPlugin(
            theme=rx.theme(accent_color="teal", gray_color="slate", radius="medium")
        ),
    ],
    disable_plugins=[rx.plugins.sitemap.SitemapPlugin],
)
