"""The health dashboard (/c/<slug>/health) for leads, facilitators and site admins, live.

The figures are not in the tab's state. The tab sits in its board's room
(:mod:`cop_app.services.health.boardfeed`): the process builds the board once
per change, from its live report of the community, and sends every open
dashboard the parts that changed; the browser keeps and formats them
(``assets/cop_live.js``). The tab holds the community, the period and the
rating form's errors.
"""

from __future__ import annotations

import reflex as rx

from cop_app import live
from cop_app.i18n import t, viewer_zone_name
from cop_app.models import User
from cop_app.services.accounts.profiles import FormError
from cop_app.services.communities import browse
from cop_app.services.guards.authz import NotAllowedError, ServiceError
from cop_app.services.guards.ratelimit import WriteKind
from cop_app.services.health import boardfeed, dashboard, scorecard
from cop_app.state.auth import Caller, current_caller
from cop_app.state.base import in_session, in_write_session, publish_after, write_limit
from cop_app.state.browser import replace_url


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


def _check(session, *, slug: str, user_id: int | None) -> tuple[int, str]:
    """The community's id and name, once the caller is on its team."""
    community, _ = _community(session, slug=slug, user_id=user_id)
    return community.id or 0, community.name


def _csv(session, *, user_id: int | None, slug: str, period: int) -> tuple[str, str]:
    community, user = _community(session, slug=slug, user_id=user_id)
    period = period if period in dashboard.PERIODS else 30
    board, _ = dashboard.build_live(session, community=community, by=user, period_days=period)
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
    loaded: bool = False
    rating_block: str = ""  # the block whose rating form shows errors
    rating_errors: dict[str, str] = {}

    _community_id: int = 0

    async def _join(self, caller: Caller | None, period: int) -> bool:
        """Seat this tab in the board's room; the room sends it the board."""
        sid = live.sid_of(self.router.session.client_token)
        if sid is None or caller is None:
            return False
        seat = live.Seat(sid=sid, user_id=caller.id, session_id=caller.session_id)
        return await boardfeed.rooms.join(
            seat, community_id=self._community_id, period=period, zone=viewer_zone_name()
        )

    async def _open(self, slug: str, period: int):
        """Check the caller is on the team, then show the board of ``period``."""
        auth_state, caller = await current_caller(self)
        try:
            self._community_id, name = await in_session(
                _check, slug=slug, user_id=caller.id if caller else None
            )
        except NotAllowedError as exc:
            return auth_state._refuse(str(exc), signed_in=caller is not None)
        if name != self.community_name:
            self.community_name = name
        self.community_slug, self.period = slug, period
        await self._join(caller, period)
        self.loaded = True
        return None

    @rx.event
    async def load(self):
        self.loaded = False
        self.rating_block, self.rating_errors = "", {}
        raw = str(self.router.url.query_parameters.get("period", "30"))
        period = int(raw) if raw.isdigit() and int(raw) in dashboard.PERIODS else 30
        return await self._open(_slug(self.router.url.path), period)

    @rx.event
    async def resync(self):
        """The browser missed a change: send it the whole board again (after
        checking again that the caller is still on the team)."""
        if self.loaded and self.community_slug:
            return await self._open(self.community_slug, self.period)
        return None

    @rx.event
    async def set_period(self, value: str):
        if not isinstance(value, str) or not value.isdigit():
            return None
        period = int(value)
        if period not in dashboard.PERIODS or not self.community_slug:
            return None
        refused = await self._open(self.community_slug, period)
        if refused is not None:
            return refused
        return replace_url(f"/c/{self.community_slug}/health?period={period}")

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
            community_id = await in_write_session(
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
        # The board shows the new rating before the toast says it is saved.
        await boardfeed.rooms.refresh(community_id)
        return rx.toast.success(t("scorecard.saved"))
