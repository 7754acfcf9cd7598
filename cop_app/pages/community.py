"""Community page: what the community is about and its recent threads."""

from __future__ import annotations

import reflex as rx

from cop_app import routes
from cop_app.components.badges import answer_badge, focus_badge, openness_badge
from cop_app.components.layout import loading, shell
from cop_app.i18n import t
from cop_app.schemas import ThreadRow
from cop_app.state.auth import AuthState
from cop_app.state.community import CommunityState


def thread_row(row: ThreadRow) -> rx.Component:
    return rx.el.li(
        rx.hstack(
            rx.vstack(
                rx.hstack(
                    rx.cond(
                        row.pinned,
                        rx.badge(rx.icon("pin", size=12), t("threads.pinned"), color_scheme="iris"),
                    ),
                    rx.badge(row.kind_label, variant="soft", color_scheme="gray"),
                    rx.cond(
                        row.focus_label != "",
                        rx.text(row.focus_label, size="1", color=rx.color("gray", 11)),
                    ),
                    align="center",
                    spacing="2",
                    wrap="wrap",
                ),
                rx.link(
                    row.title,
                    href=row.url,
                    size="3",
                    weight="medium",
                    high_contrast=True,
                    class_name="thread-link",
                ),
                rx.text(
                    row.author + " · " + row.last_activity,
                    size="1",
                    color=rx.color("gray", 11),
                ),
                spacing="1",
                align="start",
                min_width="0",
            ),
            rx.spacer(),
            rx.vstack(
                answer_badge(row.answered, row.unanswered),
                rx.hstack(
                    rx.icon("message-circle", size=14, color=rx.color("gray", 10)),
                    rx.text(
                        row.replies,
                        rx.el.span(" " + t("community.replies_word"), class_name="sr-only"),
                        size="2",
                        color=rx.color("gray", 11),
                    ),
                    spacing="1",
                    align="center",
                ),
                align="end",
                spacing="2",
                flex_shrink="0",
            ),
            width="100%",
            align="center",
            spacing="4",
        ),
        padding="0.9rem 1.1rem",
        border_bottom=f"1px solid {rx.color('gray', 4)}",
        list_style="none",
    )


def _header() -> rx.Component:
    h = CommunityState.header
    return rx.vstack(
        rx.link(
            rx.hstack(rx.icon("arrow-left", size=14), t("community.back_home"), align="center"),
            href=routes.HOME,
            size="2",
            high_contrast=True,
        ),
        rx.hstack(
            rx.heading(h.name, as_="h1", size="7"),
            openness_badge(h.selective),
            align="center",
            spacing="3",
            wrap="wrap",
        ),
        rx.text(h.tagline, size="3", color=rx.color("gray", 11)),
        rx.cond(
            h.archived,
            rx.callout(t("community.archived"), icon="archive", high_contrast=True, width="100%"),
        ),
        rx.hstack(rx.foreach(h.focus, focus_badge), spacing="1", wrap="wrap"),
        # Written by admins, still user content: Markdown without raw HTML.
        rx.box(
            rx.markdown(h.description, use_raw=False),
            class_name="post-body",
            max_width="48rem",
            font_size="var(--font-size-2)",
        ),
        rx.hstack(
            rx.text(h.member_count + " " + t("home.members_word"), size="2", weight="medium"),
            rx.text(h.thread_count + " " + t("home.threads_word"), size="2", weight="medium"),
            rx.cond(
                h.languages != "",
                rx.text(t("community.languages_label") + " " + h.languages, size="2"),
            ),
            spacing="4",
            color=rx.color("gray", 11),
        ),
        spacing="3",
        margin_bottom="1.5rem",
    )


def _threads() -> rx.Component:
    return rx.vstack(
        rx.heading(t("community.recent"), as_="h2", size="5"),
        rx.cond(
            CommunityState.threads.length() > 0,
            rx.card(
                rx.el.ul(rx.foreach(CommunityState.threads, thread_row), margin="0", padding="0"),
                padding="0",
                width="100%",
            ),
            rx.callout(t("community.no_threads"), icon="info", high_contrast=True),
        ),
        spacing="3",
        width="100%",
    )


@rx.page(
    route=routes.COMMUNITY, title=t("app.name"), on_load=[AuthState.refresh, CommunityState.load]
)
def community() -> rx.Component:
    return shell(
        rx.cond(
            CommunityState.loaded,
            rx.cond(
                CommunityState.found,
                rx.fragment(_header(), _threads()),
                rx.callout(
                    t("community.not_found"),
                    icon="triangle-alert",
                    color_scheme="red",
                    high_contrast=True,
                ),
            ),
            loading(),
        )
    )
