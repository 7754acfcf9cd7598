"""The health of all communities (/admin/health), for site admins.

Not live: the figures are computed once per load or change of period (every
community's metrics; a few dozen statements), and the page says when.
"""

from __future__ import annotations

import reflex as rx

from cop_app import routes
from cop_app.i18n import fmt_datetime, t
from cop_app.models import User, utcnow
from cop_app.services.guards.authz import NotAllowedError
from cop_app.services.health import overview
from cop_app.state.auth import Caller, current_caller
from cop_app.state.base import in_session
from cop_app.state.browser import replace_url

DEFAULT_PERIOD = 30


def _period(raw: object) -> int | None:
    """A period the page offers, from what the browser sent; None for anything else."""
    if not isinstance(raw, str) or not raw.isdigit() or len(raw) > 3:
        return None
    period = int(raw)
    return period if period in overview.PERIODS else None


def _rows(session, *, caller: Caller | None, period: int):
    user = session.get(User, caller.id) if caller is not None else None
    return overview.community_overview(session, by=user, period_days=period)


class OverviewState(rx.State):
    rows: list[overview.OverviewRow] = []
    period: int = DEFAULT_PERIOD
    caption: str = ""
    updated: str = ""
    loaded: bool = False

    async def _show(self, period: int) -> rx.event.EventSpec | None:
        """Check the caller now, then compute the rows; refuse anyone but a site admin."""
        auth_state, caller = await current_caller(self)
        try:
            rows = await in_session(_rows, caller=caller, period=period)
        except NotAllowedError as exc:
            self.rows, self.loaded = [], False
            return auth_state._refuse(str(exc), signed_in=caller is not None)
        self.rows, self.period = rows, period
        self.caption = t("overview.caption", period=t(f"health.period_{period}"))
        self.updated = fmt_datetime(utcnow())
        self.loaded = True
        return None

    @rx.event
    async def load(self):
        self.loaded = False
        raw = self.router.url.query_parameters.get("period", "")
        return await self._show(_period(str(raw)) or DEFAULT_PERIOD)

    @rx.event
    async def set_period(self, value: str):
        period = _period(value)
        if period is None:
            return None
        refused = await self._show(period)
        if refused is not None:
            return refused
        url = f"{routes.ADMIN_HEALTH}?period={period}"
        return replace_url(url)
