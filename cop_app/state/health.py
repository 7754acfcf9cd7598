"""The health dashboard (/c/<slug>/health) for leads, facilitators and site admins, live.

The figures come from the process's live report of the community
(:mod:`cop_app.services.health.livehealth`): built once, then brought up to date by
applying what changed, and shared by every open dashboard of the community.
The watcher waits on the community's live topic; after news it takes the
updated report at most once a second. Charts are resent only when their
numbers changed. The previous period is computed once per load: it does not
move with new activity.
"""

from __future__ import annotations

import asyncio
import time

import plotly.graph_objects as go
import reflex as rx

from cop_app import live
from cop_app.i18n import fmt_date, fmt_datetime, t
from cop_app.models import User
from cop_app.services.accounts.profiles import FormError
from cop_app.services.communities import browse
from cop_app.services.guards.authz import NotAllowedError, ServiceError
from cop_app.services.guards.ratelimit import WriteKind
from cop_app.services.health import dashboard, livehealth, scorecard
from cop_app.services.health.metrics import HealthReport
from cop_app.state.auth import current_caller
from cop_app.state.base import in_session, in_write_session, publish_after, write_limit
from cop_app.state.browser import replace_url

FALLBACK_CHECK_S = 5.0
MIN_INTERVAL_S = 1.0
WATCH_LIFETIME_S = 3600.0


_EMPTY_FIGURE = go.Figure(layout={"template": "none"})


def _slug(path: str) -> str:
    parts = path.strip("/").split("/")  # c/<slug>/health
    return parts[1] if len(parts) == 3 and parts[0] == "c" and parts[2] == "health" else ""


def _community(session, *, slug: str, user_id: int | None):
    community = browse.get_community(session, slug=slug)
    if community is None:
        raise NotAllowedError(t("community.not_found"))
    user = session.get(User, user_id) if user_id else None
    dashboard.check_can_view(session, community=community, by=user)
    return community, user


def _build(
    session,
    *,
    user_id: int | None,
    slug: str,
    period: int,
    before: HealthReport | None,
    topic_version: int | None,
):
    community, user = _community(session, slug=slug, user_id=user_id)
    period = period if period in dashboard.PERIODS else 30
    snapshot = livehealth.current(
        session, community_id=community.id or 0, window_days=period, topic_version=topic_version
    )
    before = before or livehealth.previous(
        session, community_id=community.id or 0, window_days=period
    )
    board, before = dashboard.build(
        session, community=community, by=user, period_days=period, before=before, snapshot=snapshot
    )
    versions = browse.get_versions(session, community_id=community.id or 0)
    return community.id or 0, board, before, versions


def _csv(session, *, user_id: int | None, slug: str, period: int) -> tuple[str, str]:
    community, user = _community(session, slug=slug, user_id=user_id)
    period = period if period in dashboard.PERIODS else 30
    # The live report the page shows (brought up to date), not a second full
    # recompute: at 1M posts that would take seconds.
    snapshot = livehealth.current(session, community_id=community.id or 0, window_days=period)
    before = livehealth.previous(session, community_id=community.id or 0, window_days=period)
    board, _ = dashboard.build(
        session,
        community=community,
        by=user,
        period_days=period,
        before=before,
        snapshot=snapshot,
    )
    name = f"{community.slug}-health-{period}d-{board.as_of:%Y-%m-%d}.csv"
    return name, dashboard.to_csv(board)


def _rate(session, *, user_id: int | None, slug: str, block: str, score: str, note: str) -> int:
    community, user = _community(session, slug=slug, user_id=user_id)
    scorecard.do_set_self_assessment(
        session, community=community, by=user, block=block, score=score, note=note
    )
    return community.id or 0


class HealthState(rx.State):
    community_name: str = ""
    community_slug: str = ""
    period: int = 30
    cards: list[dashboard.MetricCard] = []
    attention: list[dashboard.AttentionItem] = []
    updated: str = ""
    report_date: str = ""
    loaded: bool = False
    summaries: dict[str, str] = {}
    blocks: list[scorecard.BlockScore] = []
    stage_title: str = ""
    stage_summary: str = ""
    stage_reasons: list[str] = []
    stage_advice: list[str] = []
    rating_block: str = ""  # the block whose rating form shows errors
    rating_errors: dict[str, str] = {}
    # Empty until loaded, without Plotly's default template: a bare go.Figure()
    # carries ~100 KB of template that every tab of every page would copy,
    # keep and receive at boot (measured by bench.capacity).
    fig_activity: go.Figure = _EMPTY_FIGURE
    fig_first_response: go.Figure = _EMPTY_FIGURE
    fig_focus: go.Figure = _EMPTY_FIGURE
    fig_levels: go.Figure = _EMPTY_FIGURE
    fig_funnel: go.Figure = _EMPTY_FIGURE

    _community_id: int = 0
    _before: HealthReport | None = None
    _versions: tuple[int, int] | None = None
    _user_id: int | None = None
    _watch_generation: int = 0
    _figures: dict[str, int] = {}

    def _show(self, result) -> None:
        self._community_id, board, self._before, self._versions = result
        self.community_name, self.cards = board.community_name, board.cards
        self.attention = board.attention
        self.period = board.period_days
        self.updated = fmt_datetime(board.as_of)
        self.report_date = fmt_date(board.as_of)
        card = board.scorecard
        if card is not None:
            self.blocks = card.blocks
            self.stage_title, self.stage_summary = card.stage.title, card.stage.summary
            self.stage_reasons, self.stage_advice = card.stage.reasons, card.stage.advice
        summaries = {chart.key: chart.summary for chart in board.charts}
        if summaries != self.summaries:
            self.summaries = summaries
        for chart in board.charts:
            # Resend a figure only when its numbers changed.
            signature = chart.signature
            if self._figures.get(chart.key) != signature:
                self._figures[chart.key] = signature
                setattr(self, f"fig_{chart.key}", chart.figure)

    @rx.event
    async def load(self):
        self.loaded = False
        auth_state, caller = await current_caller(self)
        slug = _slug(self.router.url.path)
        raw = str(self.router.url.query_parameters.get("period", "30"))
        period = int(raw) if raw.isdigit() and int(raw) in dashboard.PERIODS else 30
        self._user_id = caller.id if caller else None
        self._figures = {}
        try:
            self._show(
                await in_session(
                    _build,
                    user_id=self._user_id,
                    slug=slug,
                    period=period,
                    before=None,
                    topic_version=None,
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
                    topic_version=None,
                )
            )
        except ServiceError as exc:
            return rx.toast.error(str(exc))
        url = f"/c/{self.community_slug}/health?period={period}"
        return replace_url(url)

    @rx.event
    async def export_csv(self):
        """The cards as a CSV download (the team only: checked again here)."""
        _, caller = await current_caller(self)
        try:
            name, data = await in_session(
                _csv,
                user_id=caller.id if caller else None,
                slug=self.community_slug,
                period=self.period,
            )
        except ServiceError as exc:
            return rx.toast.error(str(exc))
        return rx.download(data=data, filename=name, mime_type="text/csv")

    @rx.event
    async def save_rating(self, form: dict):
        """The team's 1-5 rating of a building block (checked again on the server)."""
        block = str(form.get("block", ""))
        self.rating_block, self.rating_errors = block, {}
        _, caller = await current_caller(self)
        try:
            await in_write_session(
                publish_after(_rate, lambda community_id: [live.community_topic(community_id)]),
                limit=write_limit(self, WriteKind.SETTINGS, caller.id if caller else None),
                user_id=caller.id if caller else None,
                slug=self.community_slug,
                block=block,
                score=str(form.get("score", "")),
                note=str(form.get("note", "")),
            )
        except FormError as exc:
            self.rating_errors = exc.errors
            return None
        except ServiceError as exc:
            return rx.toast.error(str(exc))
        return rx.toast.success(t("scorecard.saved"))

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
            version = (await live.hub.wait_any({topic: seen}, FALLBACK_CHECK_S))[topic]
            if not live.connected(token):
                return
            topic_version: int | None = version
            if version == seen:
                async with self:  # the tab may have moved on (another page or period)
                    if self._watch_generation != generation or self.router.url.path != path:
                        return
                stored = await in_session(browse.get_versions, community_id=community_id)
                if stored == versions:
                    continue
                topic_version = None  # a write in another process: look at the database
            else:
                wait = max(live.COALESCE_S, MIN_INTERVAL_S - (time.monotonic() - last))
                await asyncio.sleep(wait)
                seen = topic_version = live.hub.version(topic)
            async with self:
                if self._watch_generation != generation or self.router.url.path != path:
                    return
                period, before = self.period, self._before
            try:
                result = await in_session(
                    _build,
                    user_id=user_id,
                    slug=slug,
                    period=period,
                    before=before,
                    topic_version=topic_version,
                )
            except ServiceError:
                return  # no longer on the team
            last = time.monotonic()
            async with self:
                if self._watch_generation != generation or self.period != period:
                    continue
                self._show(result)
                versions = self._versions
