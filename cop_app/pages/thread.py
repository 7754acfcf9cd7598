"""Thread page: the opening post and the replies, in order."""

from __future__ import annotations

import reflex as rx

from cop_app import routes
from cop_app.components.layout import loading, shell
from cop_app.i18n import t
from cop_app.schemas import PostView
from cop_app.state.auth import AuthState
from cop_app.state.thread import ThreadState


def post_card(post: PostView) -> rx.Component:
    return rx.el.article(
        rx.card(
            rx.vstack(
                rx.hstack(
                    rx.avatar(fallback=post.author[:2], size="2", radius="full"),
                    rx.vstack(
                        rx.text(post.author, weight="bold", size="2"),
                        rx.text(post.author_meta, size="1", color=rx.color("gray", 11)),
                        spacing="0",
                    ),
                    rx.spacer(),
                    rx.cond(
                        post.accepted,
                        rx.badge(
                            rx.icon("circle-check", size=12),
                            t("thread.accepted"),
                            color_scheme="green",
                            size="2",
                            high_contrast=True,
                        ),
                    ),
                    rx.el.time(
                        rx.text(post.created, size="1", color=rx.color("gray", 11)),
                        date_time=post.created_iso,
                    ),
                    rx.cond(
                        post.edited,
                        rx.text("· " + t("thread.edited"), size="1", color=rx.color("gray", 11)),
                    ),
                    width="100%",
                    align="center",
                    spacing="2",
                ),
                # User content: Markdown without raw HTML (see REFLEX_NOTES, XSS).
                rx.box(rx.markdown(post.body, use_raw=False), class_name="post-body", width="100%"),
                rx.cond(
                    post.helpful != "0",
                    rx.hstack(
                        rx.icon("thumbs-up", size=14, color=rx.color("gray", 10)),
                        rx.text(
                            post.helpful + " " + t("thread.helpful_word"),
                            size="1",
                            color=rx.color("gray", 11),
                        ),
                        spacing="1",
                        align="center",
                    ),
                ),
                spacing="2",
                width="100%",
            ),
            width="100%",
            border=rx.cond(post.accepted, f"2px solid {rx.color('green', 8)}", "none"),
        ),
        width="100%",
        aria_label=post.author,
    )


def _header() -> rx.Component:
    h = ThreadState.header
    return rx.vstack(
        rx.link(
            rx.hstack(
                rx.icon("arrow-left", size=14),
                t("thread.back_to") + " " + h.community_name,
                align="center",
            ),
            href="/c/" + h.community_slug,
            size="2",
            high_contrast=True,
        ),
        rx.hstack(
            rx.badge(h.kind_label, variant="soft", color_scheme="gray"),
            rx.cond(
                h.focus_label != "", rx.badge(h.focus_label, variant="outline", high_contrast=True)
            ),
            rx.cond(
                h.answered,
                rx.badge(
                    rx.icon("circle-check", size=12),
                    h.status_label,
                    color_scheme="green",
                    high_contrast=True,
                ),
                rx.badge(h.status_label, color_scheme="gray", variant="outline"),
            ),
            spacing="2",
            wrap="wrap",
        ),
        rx.heading(h.title, as_="h1", size="6"),
        rx.text(
            h.author
            + " · "
            + h.created
            + " · "
            + h.reply_count
            + " "
            + t("community.replies_word"),
            size="2",
            color=rx.color("gray", 11),
        ),
        rx.cond(
            h.first_response != "",
            rx.text(t("thread.first_response_after") + " " + h.first_response, size="2"),
            rx.text(t("thread.no_response"), size="2", color=rx.color("orange", 12)),
        ),
        spacing="2",
        margin_bottom="1.25rem",
        width="100%",
    )


@rx.page(route=routes.THREAD, title=t("app.name"), on_load=[AuthState.refresh, ThreadState.load])
def thread() -> rx.Component:
    return shell(
        rx.cond(
            ThreadState.loaded,
            rx.cond(
                ThreadState.found,
                rx.vstack(
                    _header(),
                    rx.foreach(ThreadState.posts, post_card),
                    spacing="3",
                    width="100%",
                    max_width="52rem",
                ),
                rx.callout(
                    t("thread.not_found"),
                    icon="triangle-alert",
                    color_scheme="red",
                    high_contrast=True,
                ),
            ),
            loading(),
        )
    )
