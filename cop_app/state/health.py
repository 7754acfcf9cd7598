"""The health dashboard (/c/<slug>/health) for leads, facilitators and site admins, live.

The watcher waits on the community's live topic; after news it recomputes the
current period at most once a second (the previous period is computed once per
load: it does not move with new activity).
"""

from __future__ import annotations

import asyncio
import time

import reflex as rx

from cop_app import live
from cop_app.i18n import fmt_datetime, t
from cop_app.models import User
from cop_app.services import browse, dashboard
from cop_app.services.authz import NotAllowedError, ServiceError
from cop_app.services.metrics import HealthReport
from cop_app.state.auth import current_caller
from cop_app.state.base import in_session

FALLBACK_CHECK_S = 5.0
MIN_INTERVAL_S = 1.0
WATCH_LIFETIME_S = 3600.0


def _slug(path: str) -> str:
    parts = path.strip("/").split("/")  # c/<slug>/health
    return parts[1] if len(parts) == 3 and parts[0] == "c" and parts[2] == "health" else ""


def _build(session, *, user_id: int | None, slug: str, period: int, before: HealthReport | None):
    community = browse.get_community(session, slug=slug)
    if community is None:
        raise NotAllowedError(t("community.not_found"))
    user = session.get(User, user_id) if user_id else None
    board, before = dashboard.build(
        session, community=community, by=user, period_days=period, before=before
    )
    versions = browse.get_versions(session, community_id=community.id or 0)
    return community.id or 0, board, before, versions


class HealthState(rx.State):
    community_name: str = ""
    community_slug: str = ""
    period: int = 30
    cards: list[dashboard.MetricCard] = []
    attention: list[dashboard.AttentionItem] = []
    updated: str = ""
    loaded: bool = False

    _community_id: int = 0
    _before: HealthReport | None = None
    _versions: tuple[int, int] | None = None
    _user_id: int | None = None
    _watch_generation: int = 0

    def _show(self, result) -> None:
        self._community_id, board, self._before, self._versions = result
        self.community_name, self.cards = board.community_name, board.cards
        self.attention = board.attention
        self.period = board.period_days
        self.updated = fmt_datetime(board.as_of)

    @rx.event
    async def load(self):
        self.loaded = False
        auth_state, caller = await current_caller(self)
        slug = _slug(self.router.url.path)
        raw = str(self.router.url.query_parameters.get("period", "30"))
        period = int(raw) if raw.isdigit() and int(raw) in dashboard.PERIODS else 30
        self._user_id = caller.id if caller else None
        try:
            self._show(
                await in_session(
                    _build, user_id=self._user_id, slug=slug, period=period, before=None
                )
            )
        except NotAllowedError as exc:
            return auth_state._refuse(str(exc), signed_in=caller is not None)
        self.community_slug, self.loaded = slug, True
        self._watch_generation += 1
        return HealthState.watch

    @rx.event
    async def set_period(self, value: str):
        if not isinstance(value, str) or not value.isdigit():
            return None
        period = int(value)
        if period not in dashboard.PERIODS:
            return None
        _, caller = await current_caller(self)
        try:
            self._show(
                await in_session(
                    _build,
                    user_id=caller.id if caller else None,
                    slug=self.community_slug,
                    period=period,
                    before=None,
                )
            )
        except ServiceError as exc:
            return rx.toast.error(str(exc))
        url = f"/c/{self.community_slug}/health?period={period}"
        return rx.call_script(f"window.history.replaceState(null, '', '{url}')")

    @rx.event(background=True)
    async def watch(self):
        """Recompute when the community changes (at most once a second)."""
        async with self:
            generation = self._watch_generation
            community_id, versions = self._community_id, self._versions
            token = self.router.session.client_token
            path, slug, user_id = self.router.url.path, self.community_slug, self._user_id
        topic = live.community_topic(community_id)
        seen = live.hub.version(topic)
        last = 0.0
        deadline = time.monotonic() + WATCH_LIFETIME_S
        while time.monotonic() < deadline:
            version = await live.hub.wait(topic, seen, FALLBACK_CHECK_S)
            if not live.connected(token):
                return
            if version == seen:
                stored = await in_session(browse.get_versions, community_id=community_id)
                if stored == versions:
                    continue
            else:
                wait = max(live.COALESCE_S, MIN_INTERVAL_S - (time.monotonic() - last))
                await asyncio.sleep(wait)
                seen = live.hub.version(topic)
            async with self:
                if self._watch_generation != generation or self.router.url.path != path:
                    return
                period, before = self.period, self._before
            try:
                result = await in_session(
                    _build, user_id=user_id, slug=slug, period=period, before=before
                )
            except ServiceError:
                return  # no longer on the team
            last = time.monotonic()
            async with self:
                if self._watch_generation != generation or self.period != period:
                    continue
                self._show(result)
                versions = self._versions
