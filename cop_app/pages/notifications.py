"""Notifications (/notifications): what happened that concerns the member, newest first."""

from __future__ import annotations

import reflex as rx

from cop_app import routes
from cop_app.components.layout import BELL, loading, shell
from cop_app.components.titles import page_title
from cop_app.i18n import t
from cop_app.services.reach.notifications import NotificationView
from cop_app.state.auth import AuthState
from cop_app.state.notifications import NotificationsState as S


def _row(row: NotificationView) -> rx.Component:
    return rx.el.li(
        rx.hstack(
            rx.box(
                rx.icon(row.icon, size=18, aria_hidden="true"),
                color=rx.color("teal", 11),
                padding_top="0.15rem",
                flex_shrink="0",
            ),
            rx.vstack(
                rx.hstack(
                    rx.text(row.headline, weight=rx.cond(row.unread, "bold", "regular")),
                    rx.cond(
                        row.unread,
                        rx.badge(t("notify.unread"), color_scheme="teal", high_contrast=True),
                    ),
                    spacing="2",
                    align="center",
                    wrap="wrap",
                ),
                rx.link(
                    row.where,
                    href=row.href,
                    on_click=S.mark_read(row.id),
                    weight="medium",
                    high_contrast=True,
                    class_name="notification-link",
                ),
                rx.text(
                    row.why + " · ",
                    rx.el.time(row.when, title=row.when_full),
                    size="1",
                    color=rx.color("gray", 11),
                ),
                spacing="1",
                min_width="0",
                flex="1",
            ),
            spacing="3",
            align="start",
            width="100%",
        ),
        padding="0.9rem 1rem",
        border_bottom=f"1px solid {rx.color('gray', 4)}",
        list_style="none",
        class_name=rx.cond(row.unread, "notification-row unread", "notification-row"),
    )


@rx.page(
    route=routes.NOTIFICATIONS,
    title=page_title(t("notify.title")),
    on_load=[AuthState.refresh, S.load],
)
def notifications_page() -> rx.Component:
    return shell(
        rx.vstack(
            rx.hstack(
                rx.heading(t("notify.title"), as_="h1", size="7"),
                rx.spacer(),
                rx.cond(
                    BELL.n > 0,
                    rx.button(
                        rx.icon("check-check", size=16, aria_hidden="true"),
                        t("notify.mark_all"),
                        variant="soft",
                        high_contrast=True,
                        on_click=S.mark_all_read,
                    ),
                ),
                width="100%",
                align="center",
                wrap="wrap",
                spacing="3",
            ),
            rx.text(t("notify.intro"), size="2", color=rx.color("gray", 11)),
            rx.cond(
                S.loaded,
                rx.cond(
                    S.rows.length() > 0,
                    rx.vstack(
                        rx.el.ul(
                            rx.foreach(S.rows, _row),
                            padding="0",
                            margin="0",
                            width="100%",
                            background=rx.color("gray", 1),
                            border=f"1px solid {rx.color('gray', 4)}",
                            border_radius="var(--radius-3)",
                            overflow="hidden",
                        ),
                        rx.cond(
                            S.has_more,
                            rx.button(
                                t("notify.more"),
                                variant="soft",
                                high_contrast=True,
                                on_click=S.show_more,
                            ),
                        ),
                        width="100%",
                        spacing="3",
                    ),
                    rx.text(t("notify.none"), color=rx.color("gray", 11)),
                ),
                loading(),
            ),
            spacing="4",
            max_width="48rem",
            width="100%",
        )
    )
