"""The period selector of the health pages (last 30 / 90 / 365 days), labelled."""

from __future__ import annotations

import reflex as rx

from cop_app.i18n import t
from cop_app.services.health.dashboard import PERIODS


def period_select(period: rx.Var[int], on_change) -> rx.Component:
    """A native select (keyboard and screen-reader friendly) keyed on the
    period, so a change made on the server shows without a stale choice."""
    return rx.vstack(
        rx.el.label(t("health.period"), html_for="period", class_name="field-label"),
        rx.el.select(
            *[rx.el.option(t(f"health.period_{days}"), value=str(days)) for days in PERIODS],
            id="period",
            default_value=period.to_string(),
            key=period.to_string(),
            on_change=on_change,
            class_name="native-select",
        ),
        spacing="1",
        min_width="12rem",
    )
