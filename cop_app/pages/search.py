"""Search results in one community (/c/<slug>/search?q=...)."""

from __future__ import annotations

import reflex as rx

from cop_app import routes
from cop_app.components.layout import loading, page
from cop_app.components.search_box import search_box
from cop_app.components.titles import page_title
from cop_app.i18n import t
from cop_app.services.threads.search import SearchHit, Segment
from cop_app.state.auth import AuthState
from cop_app.state.search import SearchState

S = SearchState


def _segment(segment: Segment) -> rx.Component:
    # Text, never HTML: matched words are wrapped in <mark> by the page itself.
    return rx.cond(segment.hit, rx.el.mark(segment.text), rx.el.span(segment.text))


def _hit(hit: SearchHit) -> rx.Component:
    return rx.el.li(
        rx.vstack(
            rx.hstack(
                rx.badge(hit.kind_label, variant="soft", color_scheme="gray"),
                rx.text(hit.author + " · " + hit.when, size="1", color=rx.color("gray", 11)),
                spacing="2",
                align="center",
            ),
            rx.link(
                rx.foreach(hit.title, _segment),
                href=hit.url,
                size="3",
                weight="medium",
                high_contrast=True,
            ),
            rx.text(rx.foreach(hit.snippet, _segment), size="2", color=rx.color("gray", 11)),
            spacing="1",
            align="start",
        ),
        class_name="queue-item",
    )


@rx.page(
    route=routes.SEARCH,
    title=page_title(t("search.title"), S.community_name),
    on_load=[AuthState.refresh, S.load],
)
def search_page() -> rx.Component:
    return page(
        rx.cond(
            S.loaded & ~S.found,
            rx.callout(
                t("community.not_found"),
                icon="triangle-alert",
                color_scheme="red",
                high_contrast=True,
            ),
        ),
        rx.cond(
            S.loaded & S.found,
            rx.vstack(
                search_box(on_submit=S.submit, value=S.query),
                rx.cond(
                    S.hits.length() > 0,
                    rx.vstack(
                        rx.text(
                            S.hits.length().to_string()
                            + " "
                            + t("search.results_for")
                            + " “"
                            + S.query
                            + "”",
                            size="2",
                            role="status",
                        ),
                        rx.el.ul(
                            rx.foreach(S.hits, _hit),
                            class_name="queue-list",
                            aria_label=t("search.results"),
                        ),
                        spacing="2",
                        width="100%",
                    ),
                    rx.cond(
                        S.searched,
                        rx.callout(
                            t("search.nothing") + " “" + S.query + "”.",
                            icon="search-x",
                            high_contrast=True,
                            role="status",
                        ),
                    ),
                ),
                spacing="4",
                width="100%",
            ),
            rx.cond(S.loaded, rx.fragment(), loading()),
        ),
        title=t("search.title") + ": " + S.community_name,
        back=(S.community_name, "/c/" + S.community_slug),
    )
