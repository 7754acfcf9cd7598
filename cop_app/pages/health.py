"""The health dashboard of a community (/c/<slug>/health)."""

from __future__ import annotations

import reflex as rx

from cop_app import routes
from cop_app.components.layout import loading, page
from cop_app.components.live import live_board
from cop_app.components.period import period_select
from cop_app.components.titles import page_title
from cop_app.i18n import t
from cop_app.services.health.dashboard import AttentionItem, MetricCard
from cop_app.services.health.scorecard import BlockScore, Evidence
from cop_app.state.auth import AuthState
from cop_app.state.health import HealthState

S = HealthState
# The board itself lives in the browser (the room of its community and period).
B = live_board(f"{HealthState.get_full_name()}.resync")


def _status(card: MetricCard) -> rx.Component:
    return rx.match(
        card.status,
        (
            "good",
            rx.badge(
                rx.icon("circle-check", size=12),
                t("health.status_good"),
                color_scheme="green",
                high_contrast=True,
            ),
        ),
        (
            "watch",
            rx.badge(
                rx.icon("eye", size=12),
                t("health.status_watch"),
                color_scheme="amber",
                high_contrast=True,
            ),
        ),
        (
            "poor",
            rx.badge(
                rx.icon("triangle-alert", size=12),
                t("health.status_poor"),
                color_scheme="red",
                high_contrast=True,
            ),
        ),
        rx.fragment(),
    )


def _card(card: MetricCard) -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.hstack(
                rx.heading(card.title, as_="h2", size="3"),
                rx.spacer(),
                _status(card),
                width="100%",
                align="start",
                wrap="wrap",
            ),
            rx.text(card.value, size="7", weight="bold", class_name="metric-value"),
            rx.text(card.detail, size="2", color=rx.color("gray", 11)),
            rx.cond(card.verdict != "", rx.text(card.verdict, size="1")),
            rx.cond(
                card.change != "",
                rx.hstack(
                    rx.match(
                        card.trend,
                        ("up", rx.icon("trending-up", size=14)),
                        ("down", rx.icon("trending-down", size=14)),
                        rx.icon("minus", size=14),
                    ),
                    rx.text(card.change, size="1"),
                    spacing="1",
                    align="center",
                    color=rx.color("gray", 11),
                ),
            ),
            rx.el.details(
                rx.el.summary(t("health.how"), class_name="metric-how"),
                rx.text(card.help, size="1", class_name="metric-help"),
            ),
            spacing="2",
            width="100%",
        ),
        class_name=rx.cond(card.status != "", "metric-card metric-" + card.status, "metric-card"),
        data_metric=card.key,
    )


def _evidence(item: Evidence) -> rx.Component:
    return rx.el.li(
        rx.cond(
            item.url != "",
            rx.link(item.text, href=item.url, high_contrast=True, size="1"),
            rx.text(item.text, size="1"),
        )
    )


def _field_error(field: str, block: BlockScore) -> rx.Component:
    """The error beside a rating field, tied to it (``<field>-<block>-error``)."""
    return rx.cond(
        (S.rating_block == block.key) & S.rating_errors.contains(field),
        rx.text(
            S.rating_errors.get(field, ""),
            id=field + "-" + block.key + "-error",
            size="1",
            color=rx.color("red", 11),
            role="alert",
        ),
    )


def _rating_form(block: BlockScore) -> rx.Component:
    score_id, note_id = "score-" + block.key, "note-" + block.key
    return rx.el.details(
        rx.el.summary(t("scorecard.rate"), class_name="metric-how"),
        rx.form(
            rx.vstack(
                rx.el.input(type="hidden", name="block", value=block.key),
                rx.el.label(
                    t("scorecard.score_label"), html_for=score_id, class_name="field-label"
                ),
                rx.el.select(
                    rx.el.option("–", value=""),
                    *[rx.el.option(str(n), value=str(n)) for n in range(1, 6)],
                    id=score_id,
                    name="score",
                    aria_describedby="score-" + block.key + "-error block-" + block.key + "-error",
                    default_value=rx.cond(block.self_score, block.self_score.to_string(), ""),
                    class_name="native-select",
                ),
                _field_error("score", block),
                rx.el.label(t("scorecard.note_label"), html_for=note_id, class_name="field-label"),
                rx.text_area(
                    id=note_id,
                    name="note",
                    default_value=block.self_note,
                    rows="2",
                    aria_describedby="note-" + block.key + "-error",
                ),
                _field_error("note", block),
                _field_error("block", block),
                rx.button(t("scorecard.save"), type="submit", size="1"),
                spacing="1",
                width="100%",
            ),
            on_submit=S.save_rating,
            reset_on_submit=False,
        ),
    )


def _block(block: BlockScore) -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.hstack(
                rx.heading(block.title, as_="h3", size="3"),
                rx.spacer(),
                _status(block),
                width="100%",
                align="start",
                wrap="wrap",
            ),
            rx.hstack(
                rx.text(
                    rx.cond(block.score.is_not_none(), block.score.to_string() + " / 100", "–"),
                    size="5",
                    weight="bold",
                ),
                rx.badge(
                    rx.match(
                        block.source,
                        ("measured", t("scorecard.source.measured")),
                        ("self-assessed", t("scorecard.source.self-assessed")),
                        t("scorecard.source.not assessed"),
                    ),
                    variant="outline",
                    color_scheme="gray",
                ),
                align="center",
                spacing="2",
            ),
            rx.text(block.summary, size="2"),
            rx.el.details(
                rx.el.summary(t("scorecard.evidence"), class_name="metric-how"),
                rx.text(block.help, size="1", color=rx.color("gray", 11)),
                rx.el.ul(rx.foreach(block.evidence, _evidence), class_name="reasons"),
            ),
            _rating_form(block),
            spacing="2",
            width="100%",
        ),
        data_block=block.key,
        class_name="metric-card",
    )


def _stage() -> rx.Component:
    def bullets(items, label: str) -> rx.Component:
        return rx.vstack(
            rx.heading(label, as_="h3", size="2"),
            rx.el.ul(
                rx.foreach(items, lambda item: rx.el.li(rx.text(item, size="2"))),
                class_name="reasons",
            ),
            spacing="1",
            width="100%",
        )

    return rx.card(
        rx.vstack(
            rx.hstack(
                rx.icon("sprout", size=18),
                rx.heading(t("scorecard.stage.title") + ": " + B.stage_title, as_="h2", size="4"),
                align="center",
            ),
            rx.text(B.stage_summary, size="2"),
            rx.grid(
                bullets(B.stage_reasons, t("scorecard.stage_why")),
                bullets(B.stage_advice, t("scorecard.stage_do")),
                columns=rx.breakpoints(initial="1", md="2"),
                spacing="3",
                width="100%",
            ),
            spacing="2",
            width="100%",
        ),
        width="100%",
        data_stage=B.stage_title,
    )


def _blocks() -> rx.Component:
    return rx.vstack(
        rx.heading(t("scorecard.heading"), as_="h2", size="5"),
        rx.text(t("scorecard.lead"), size="2", color=rx.color("gray", 11)),
        rx.grid(
            rx.foreach(B.blocks, _block),
            columns=rx.breakpoints(initial="1", sm="2", lg="3"),
            spacing="3",
            width="100%",
        ),
        spacing="3",
        width="100%",
    )


CHARTS = (
    ("activity", B.fig_activity),
    ("first_response", B.fig_first_response),
    ("focus", B.fig_focus),
    ("levels", B.fig_levels),
    ("funnel", B.fig_funnel),
)


def _chart(key: str, figure) -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.heading(t(f"charts.{key}"), as_="h3", size="3"),
            rx.box(
                rx.plotly(
                    data=figure,
                    config={"displayModeBar": False, "responsive": True},
                    use_resize_handler=True,
                    width="100%",
                ),
                width="100%",
                role="img",
                aria_label=B.summaries.get(key, ""),
                class_name="chart",
                data_chart=key,
            ),
            rx.text(B.summaries.get(key, ""), size="1", color=rx.color("gray", 11)),
            spacing="2",
            width="100%",
        ),
        width="100%",
        class_name="chart-card",
    )


def _charts() -> rx.Component:
    return rx.vstack(
        rx.heading(t("charts.heading"), as_="h2", size="5"),
        rx.grid(
            *[_chart(key, figure) for key, figure in CHARTS],
            columns=rx.breakpoints(initial="1", lg="2"),
            spacing="3",
            width="100%",
        ),
        spacing="3",
        width="100%",
    )


def _attention_item(item: AttentionItem) -> rx.Component:
    return rx.el.li(
        rx.cond(
            item.url != "",
            rx.link(item.text, href=item.url, high_contrast=True, size="2"),
            rx.text(item.text, size="2"),
        ),
    )


def _attention() -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.heading(t("health.attention"), as_="h2", size="4"),
            rx.cond(
                B.attention.length() > 0,
                rx.el.ul(
                    rx.foreach(B.attention, _attention_item),
                    class_name="reasons",
                    aria_label=t("health.attention"),
                ),
                rx.text(t("health.attention_none"), size="2"),
            ),
            spacing="2",
            width="100%",
        ),
        width="100%",
    )


@rx.page(
    route=routes.HEALTH,
    title=page_title(t("health.title"), S.community_name),
    on_load=[AuthState.refresh, S.load],
)
def health_page() -> rx.Component:
    gone = rx.callout(
        t("health.gone"), icon="triangle-alert", color_scheme="red", high_contrast=True
    )
    return page(
        rx.cond(
            S.loaded & B.ready & ~B.gone,
            rx.vstack(
                rx.hstack(
                    period_select(S.period, S.set_period),
                    rx.spacer(),
                    rx.text(
                        t("health.updated") + " " + B.updated,
                        size="1",
                        color=rx.color("gray", 11),
                        role="status",
                    ),
                    rx.button(
                        rx.icon("download", size=16),
                        t("health.export_csv"),
                        on_click=S.export_csv,
                        variant="soft",
                        high_contrast=True,
                    ),
                    rx.button(
                        rx.icon("printer", size=16),
                        t("health.print"),
                        # A function, not script text: state.js calls it (no eval).
                        on_click=rx.call_function(rx.Var("() => window.print()")),
                        variant="soft",
                        high_contrast=True,
                    ),
                    width="100%",
                    align="end",
                    wrap="wrap",
                    class_name="no-print",
                ),
                rx.heading(
                    S.community_name + " · " + B.report_date,
                    as_="h2",
                    size="4",
                    class_name="print-only",
                ),
                _attention(),
                _stage(),
                rx.grid(
                    rx.foreach(B.cards, _card),
                    columns=rx.breakpoints(initial="1", sm="2", lg="3"),
                    spacing="3",
                    width="100%",
                ),
                _charts(),
                _blocks(),
                spacing="4",
                width="100%",
            ),
            rx.cond(B.gone, gone, loading()),
        ),
        title=t("health.title") + ": " + S.community_name,
        back=(S.community_name, "/c/" + S.community_slug),
        lead=t("health.lead"),
        max_width="72rem",
    )
