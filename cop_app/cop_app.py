"""The app: build it and register the pages. Nothing else lives here."""

import os

import reflex as rx
from reflex_base.registry import RegistrationContext

from cop_app import live
from cop_app.auth_api import api
from cop_app.components.browser_actions import browser_actions
from cop_app.pages import (  # noqa: F401  (@rx.page registers)
    admin,
    admin_email,
    admin_health,
    catalogue,
    community,
    community_admin,
    health,
    helpdesk,
    home,
    login,
    mail,
    new_thread,
    not_found,
    notifications,
    onboarding,
    profile,
    search,
    sessions,
    thread,
)
from cop_app.previews import preview_middleware
from cop_app.services.health import boardfeed
from cop_app.services.mail import sender
from cop_app.services.reach import fanout
from cop_app.services.threads import threadfeed
from cop_app.services.threads.search import hide_search_structures_from_autogenerate
from cop_app.state import bell
from cop_app.state import community as community_state
from cop_app.web_security import security_headers_middleware

# The Radix theme is configured in rxconfig.py (RadixThemesPlugin). The session
# cookie's two HTTP routes are mounted in front of Reflex's own (auth_api.py);
# the security headers wrap everything, the compiled pages included (in
# single-port mode Reflex mounts them before the transformers run); outermost,
# thread and community pages get their title and link preview in the HTML
# (previews.py). Every page carries the eval-free browser actions and toasts
# (components/browser_actions.py).
app = rx.App(
    stylesheets=["/styles.css"],
    api_transformer=[api, security_headers_middleware, preview_middleware],
    extra_app_wraps={(3, "BrowserActions"): lambda _stateful: browser_actions()},
)
# @rx.page only queues a page, and Reflex 0.10 adds the queue on every compile:
# `reflex run --env prod` compiles in the supervisor and again in each forked
# backend worker, which printed "Page … is being redefined" for every page. Add
# them once, here; a real second registration of a page still warns.
_queued = RegistrationContext.ensure_context().decorated_pages
for _render, _kwargs in _queued:
    app.add_page(_render, **_kwargs)
_queued.clear()
# Reflex's start-up schema check knows nothing of the search structures.
hide_search_structures_from_autogenerate()
# The live hub gets the app (to know which tabs are connected) and, once serving,
# its event loop; with several workers (REFLEX_REDIS_URL) topics cross between them.
live.attach(app)
app.register_lifespan_task(live.bridge_workers)
# Open threads whose revision moved without a topic (another process's write).
app.register_lifespan_task(threadfeed.keep_rooms_current)
# Open dashboards whose community moved without a topic.
app.register_lifespan_task(boardfeed.keep_boards_current)
# Seated members' bells counted again now and then (and their sessions checked).
app.register_lifespan_task(bell.keep_bells_current)
# Open community pages whose stored versions moved without a topic.
app.register_lifespan_task(community_state.keep_communities_current)
# Every process expands the fan-out jobs writes record (notifications), exactly
# once between them.
app.register_lifespan_task(fanout.run_worker)
# Every process sends the outbox's mail (each message claimed by one of them).
app.register_lifespan_task(sender.run_sender)

# Benchmarks only (`make bench` sets it): the reference pages their figures are
# compared with, compiled into the same build.
if os.environ.get("COP_BENCH_PAGES") == "1":
    from cop_app.pages import bench_reference

    bench_reference.register(app)
    api.router.routes.insert(0, bench_reference.HEAP_ROUTE)
