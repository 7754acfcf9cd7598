"""The health dashboard's Plotly figures, built on the server from aggregates.

Each figure is built from :class:`cop_app.services.health.livehealth.Charts` (a few
dozen numbers), carries no template (Plotly's default one is larger than the
data) and a transparent background, so it is cheap to resend on every live
update and readable in light and dark themes. Each comes with a one-line
summary in words for people who cannot see the chart.
"""

from __future__ import annotations

import dataclasses
import functools
from datetime import date, datetime

import plotly.graph_objects as go

from cop_app.i18n import DEFAULT_LOCALE, fmt_date, fmt_number, t
from cop_app.services.health.livehealth import LEVELS, WAIT_BUCKETS_H, Charts, Funnel, Snapshot

# Colour-blind safe (Okabe-Ito), readable on white and on near-black.
BLUE, ORANGE, GREEN, PURPLE, GREY, RED = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#8C8C8C",
    "#D55E00",
)
TEXT = "#7F7F7F"  # mid grey: legible on both backgrounds


@dataclasses.dataclass(frozen=True)
class Chart:
    key: str
    title: str
    summary: str  # the figure in words
    figure: go.Figure = dataclasses.field(compare=False)

    @functools.cached_property
    def signature(self) -> int:
        """Changes when the figure's numbers change (once per chart, shared by viewers)."""
        return hash(str(self.figure.data))


def _layout(figure: go.Figure, *, barmode: str | None = None, legend: bool = True) -> go.Figure:
    figure.update_layout(
        template=None,
        height=280,
        margin={"l": 48, "r": 16, "t": 8, "b": 40},
        paper_bgcolor="rgba(0,0,0,0)",
        plot_bgcolor="rgba(0,0,0,0)",
        font={"color": TEXT, "size": 12},
        showlegend=legend,
        # Above the plot: below it, the legend ran into the slanted dates on a phone.
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.02, "xanchor": "left", "x": 0},
        barmode=barmode,
        xaxis={"gridcolor": "rgba(127,127,127,0.2)"},
        yaxis={"gridcolor": "rgba(127,127,127,0.2)", "rangemode": "tozero"},
    )
    return figure


def activity(charts: Charts, locale: str = DEFAULT_LOCALE) -> Chart:
    # Weeks are periods of the dashboard (UTC days), not moments: their own dates.
    weeks = [fmt_date(_day(start), locale) for start in charts.week_starts]
    figure = go.Figure(
        [
            go.Bar(
                x=weeks,
                y=list(charts.contributions),
                name=t("charts.contributions", locale),
                marker_color=BLUE,
            ),
            go.Scatter(
                x=weeks,
                y=list(charts.active),
                name=t("charts.active_members", locale),
                mode="lines+markers",
                line={"color": ORANGE, "width": 3},
                yaxis="y2",
            ),
        ]
    )
    _layout(figure)
    figure.update_layout(
        yaxis2={"overlaying": "y", "side": "right", "rangemode": "tozero", "showgrid": False},
        margin={"l": 48, "r": 40, "t": 8, "b": 40},
    )
    return Chart(
        key="activity",
        title=t("charts.activity", locale),
        summary=t(
            "charts.activity_summary",
            locale,
            contributions=fmt_number(charts.contributions[-1] if charts.contributions else 0),
            active=fmt_number(charts.active[-1] if charts.active else 0),
            weeks=fmt_number(len(weeks), locale),
        ),
        figure=figure,
    )


def first_response(charts: Charts, locale: str = DEFAULT_LOCALE) -> Chart:
    labels = [t(f"charts.wait_{h}", locale) for h in WAIT_BUCKETS_H]
    labels += [t("charts.wait_longer", locale), t("charts.wait_unanswered", locale)]
    values = [*charts.waits, charts.unanswered]
    figure = go.Figure(
        go.Bar(
            x=labels,
            y=values,
            marker_color=[BLUE] * len(charts.waits) + [RED],
            name=t("charts.items", locale),
        )
    )
    answered = sum(charts.waits)
    fast = sum(charts.waits[:3])  # within a day
    return Chart(
        key="first_response",
        title=t("charts.first_response", locale),
        summary=t(
            "charts.first_response_summary",
            locale,
            fast=fmt_number(fast, locale),
            answered=fmt_number(answered, locale),
            unanswered=fmt_number(charts.unanswered, locale),
        ),
        figure=_layout(figure, legend=False),
    )


def focus_mix(charts: Charts, names: dict[str, str], locale: str = DEFAULT_LOCALE) -> Chart:
    labels = [
        names.get(code, code) if code else t("charts.untagged", locale) for code, _ in charts.focus
    ]
    counts = [n for _, n in charts.focus]
    primary = [code in charts.primary for code, _ in charts.focus]
    figure = go.Figure(
        go.Bar(
            y=labels,
            x=counts,
            orientation="h",
            marker_color=[GREEN if p else GREY for p in primary],
            name=t("charts.threads", locale),
            customdata=[t("charts.primary" if p else "charts.other", locale) for p in primary],
            hovertemplate="%{y}: %{x} (%{customdata})<extra></extra>",
        )
    )
    _layout(figure, legend=False)
    figure.update_layout(
        margin={"l": 160, "r": 16, "t": 8, "b": 40}, yaxis={"autorange": "reversed"}
    )
    aligned = sum(n for (code, n) in charts.focus if code in charts.primary)
    return Chart(
        key="focus",
        title=t("charts.focus", locale),
        summary=t(
            "charts.focus_summary",
            locale,
            aligned=fmt_number(aligned, locale),
            total=fmt_number(sum(counts), locale),
            primary=", ".join(names.get(code, code) for code in charts.primary) or "–",
        ),
        figure=figure,
    )


def funnel(data: Funnel, locale: str = DEFAULT_LOCALE) -> Chart:
    stages = ["joined", "started", "finished", "contributed"]
    values = [getattr(data, stage) for stage in stages]
    figure = go.Figure(
        go.Funnel(
            y=[t(f"charts.funnel_{stage}", locale) for stage in stages],
            x=values,
            marker={"color": [BLUE, BLUE, GREEN, ORANGE]},
            textinfo="value+percent initial",
            textposition="inside",  # outside, it was cut off on a phone
        )
    )
    _layout(figure, legend=False)
    # The stage names take the room they need (not a fixed 200 px a phone lacks).
    figure.update_layout(margin={"l": 8, "r": 8, "t": 8, "b": 24}, yaxis={"automargin": True})
    return Chart(
        key="funnel",
        title=t("charts.funnel", locale),
        summary=t(
            "charts.funnel_summary",
            locale,
            joined=fmt_number(data.joined, locale),
            finished=fmt_number(data.finished, locale),
            contributed=fmt_number(data.contributed, locale),
        ),
        figure=figure,
    )


def levels(charts: Charts, locale: str = DEFAULT_LOCALE) -> Chart:
    # Weeks are periods of the dashboard (UTC days), not moments: their own dates.
    weeks = [fmt_date(_day(start), locale) for start in charts.week_starts]
    colours = (GREY, PURPLE, BLUE, GREEN)
    figure = go.Figure(
        [
            go.Bar(
                x=weeks,
                y=[week[index] for week in charts.levels],
                name=t(f"charts.level_{level}", locale),
                marker_color=colours[index],
                # Explorers outnumber the rest; a click on the legend shows them.
                visible="legendonly" if level == "explorers" else True,
            )
            for index, level in enumerate(LEVELS)
        ]
    )
    last = charts.levels[-1] if charts.levels else (0, 0, 0, 0)
    return Chart(
        key="levels",
        title=t("charts.levels", locale),
        summary=t(
            "charts.levels_summary",
            locale,
            explorers=fmt_number(last[0], locale),
            participants=fmt_number(last[1], locale),
            contributors=fmt_number(last[2], locale),
            core=fmt_number(last[3], locale),
        ),
        figure=_layout(figure, barmode="stack"),
    )


def all_charts(
    charts: Charts, data: Funnel, names: dict[str, str], locale: str = DEFAULT_LOCALE
) -> list[Chart]:
    return [
        activity(charts, locale),
        first_response(charts, locale),
        focus_mix(charts, names, locale),
        levels(charts, locale),
        funnel(data, locale),
    ]


def for_snapshot(snapshot: Snapshot, names: dict[str, str], locale: str) -> list[Chart]:
    """The figures of a live snapshot, built once and shared by every viewer
    (Plotly's figure objects validate every property: tens of milliseconds)."""
    key = ("charts", locale, tuple(sorted(names.items())))
    built = snapshot.derived.get(key)
    if built is None:
        built = snapshot.derived[key] = all_charts(snapshot.charts, snapshot.funnel, names, locale)
    return built


def _day(start: datetime | date) -> date:
    return start.date() if isinstance(start, datetime) else start
