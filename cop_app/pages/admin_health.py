"""The health of all communities, side by side (/admin/health), for site admins."""

from __future__ import annotations

import reflex as rx

from cop_app import routes
from cop_app.components.layout import loading, page
from cop_app.components.period import period_select
from cop_app.components.titles import page_title
from cop_app.i18n import t
from cop_app.services.health.overview import OverviewRow
from cop_app.state.auth import AuthState
from cop_app.state.overview import OverviewState

S = OverviewState

_STATUS = {  # status -> (colour, icon, label): the dashboard's badges
    "good": ("green", "circle-check", "health.status_good"),
    "watch": ("amber", "eye", "health.status_watch"),
    "poor": ("red", "triangle-alert", "health.status_poor"),
}
_NUMERIC = {"justify": "end", "white_space": "nowrap", "font_variant_numeric": "tabular-nums"}


def _badge(status: str, label: rx.Var[str] | str) -> rx.Component:
    colour, icon, _ = _STATUS[status]
    return rx.badge(
        rx.icon(icon, size=12), label, color_scheme=colour, high_contrast=True, size="1"
    )


def _judgement(status: rx.Var[str]) -> rx.Component:
    """A figure's judgement as on its dashboard card, as a compact badge: the icon
    (the "Dashboard cards" column says what each means), its words on hover and
    for screen readers. Nothing when the figure is not judged."""
    return rx.match(
        status,
        *[
            (
                key,
                rx.badge(
                    rx.icon(icon, size=12, aria_hidden="true"),
                    rx.el.span(t(label), class_name="sr-only"),
                    color_scheme=colour,
                    high_contrast=True,
                    size="1",
                    title=t(label),
                ),
            )
            for key, (colour, icon, label) in _STATUS.items()
        ],
        rx.fragment(),
    )


def _figure(
    value: rx.Var[str], status: rx.Var[str] | None = None, note: rx.Component | None = None
) -> rx.Component:
    """A number, right-aligned, with its judgement before it and a note under it."""
    return rx.table.cell(
        rx.vstack(
            rx.hstack(
                _judgement(status) if status is not None else rx.fragment(),
                rx.text(value, size="3", weight="medium"),
                spacing="2",
                align="center",
            ),
            note if note is not None else rx.fragment(),
            spacing="1",
            align="end",
        ),
        **_NUMERIC,
    )


def _note(text: rx.Var[str]) -> rx.Component:
    return rx.text(text, size="1", color=rx.color("gray", 11), white_space="nowrap")


def _cards(row: OverviewRow) -> rx.Component:
    """How many of the community's dashboard cards are poor, watch, good."""
    return rx.table.cell(
        rx.vstack(
            rx.cond(row.poor > 0, _badge("poor", row.poor_label)),
            rx.cond(row.watch > 0, _badge("watch", row.watch_label)),
            rx.cond(row.good > 0, _badge("good", row.good_label)),
            rx.cond(
                row.poor + row.watch + row.good == 0,
                rx.text(t("overview.not_judged"), size="1", color=rx.color("gray", 11)),
            ),
            spacing="1",
            align="start",
        ),
        white_space="nowrap",
    )


def _row(row: OverviewRow) -> rx.Component:
    worst = rx.cond(
        row.poor > 0,
        rx.color("red", 9),
        rx.cond(row.watch > 0, rx.color("amber", 9), rx.color("green", 9)),
    )
    return rx.table.row(
        rx.table.row_header_cell(
            rx.vstack(
                rx.link(row.name, href=row.url, high_contrast=True, weight="medium"),
                rx.text(
                    t("overview.stage") + " " + row.stage,
                    size="1",
                    color=rx.color("gray", 11),
                    title=row.stage_summary,
                    class_name="overview-stage",
                ),
                spacing="1",
            ),
            border_left=rx.Var.create("4px solid ") + worst,
            min_width="10rem",
        ),
        _cards(row),
        _figure(row.members),
        _figure(row.active_30),
        _figure(row.active_7),
        _figure(row.new_members),
        _figure(row.first_response, row.first_response_status, _note(row.first_response_target)),
        _figure(row.unanswered, row.unanswered_status),
        _figure(row.coverage, row.coverage_status),
        _figure(
            row.top10,
            row.top10_status,
            rx.cond(row.top10_band_label != "", _note(row.top10_band_label)),
        ),
        align="center",
        data_community=row.slug,
    )


_COLUMNS = (  # (key, numeric)
    ("overview.col_community", False),
    ("overview.col_status", False),
    ("overview.col_members", True),
    ("overview.col_active_30", True),
    ("overview.col_active_7", True),
    ("overview.col_new", True),
    ("overview.col_first_response", True),
    ("overview.col_unanswered", True),
    ("overview.col_coverage", True),
    ("overview.col_top10", True),
)


def _table() -> rx.Component:
    return rx.table.root(
        rx.el.caption(
            S.caption,
            text_align="left",
            padding="0.75rem",
            font_size="var(--font-size-1)",
            color=rx.color("gray", 11),
        ),
        rx.table.header(
            rx.table.row(
                *[
                    rx.table.column_header_cell(
                        t(key),
                        scope="col",
                        justify="end" if numeric else "start",
                        vertical_align="bottom",
                    )
                    for key, numeric in _COLUMNS
                ]
            )
        ),
        rx.table.body(rx.foreach(S.rows, _row)),
        variant="surface",
        size="1",
        width="100%",
    )


def _period() -> rx.Component:
    return period_select(S.period, S.set_period)


@rx.page(
    route=routes.ADMIN_HEALTH,
    title=page_title(t("overview.title")),
    on_load=[AuthState.refresh, OverviewState.load],
)
def admin_health_page() -> rx.Component:
    return page(
        rx.cond(
            S.loaded,
            rx.vstack(
                rx.hstack(
                    _period(),
                    rx.spacer(),
                    rx.text(
                        t("health.updated") + " " + S.updated,
                        size="1",
                        color=rx.color("gray", 11),
                        role="status",
                    ),
                    width="100%",
                    align="end",
                ),
                rx.cond(
                    S.rows.length() > 0,
                    _table(),
                    rx.callout(t("overview.empty"), icon="info", high_contrast=True),
                ),
                spacing="4",
                width="100%",
            ),
            loading(),
        ),
        title=t("overview.title"),
        back=(t("admin.title"), routes.ADMIN),
        lead=t("overview.lead"),
        max_width="72rem",
    )
