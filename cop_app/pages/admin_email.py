"""The email log (/admin/email), for site admins: every mail, searchable by
recipient; a message opens as sent, except account mail."""

from __future__ import annotations

import reflex as rx

from cop_app import routes
from cop_app.components.forms import field, native_select
from cop_app.components.layout import loading, page
from cop_app.components.titles import page_title
from cop_app.i18n import t
from cop_app.services.mail.maillog import STATUSES, LogRow
from cop_app.state.auth import AuthState
from cop_app.state.mail import MailLogState as S

_COLOURS = {
    "sent": "green",
    "queued": "blue",
    "gathering": "gray",
    "skipped": "amber",
    "failed": "red",
}


def _status(row: LogRow) -> rx.Component:
    return rx.match(
        row.status,
        *[
            (status, rx.badge(row.status_label, color_scheme=colour, high_contrast=True))
            for status, colour in _COLOURS.items()
        ],
        rx.badge(row.status_label, high_contrast=True),
    )


def _row(row: LogRow) -> rx.Component:
    return rx.el.li(
        rx.vstack(
            rx.hstack(
                _status(row),
                rx.text(row.subject, weight="medium", min_width="0", class_name="break-anywhere"),
                spacing="2",
                align="center",
                wrap="wrap",
            ),
            rx.text(
                t("maillog.to") + " " + row.recipient + " · " + row.kind + " · " + row.when,
                size="1",
                color=rx.color("gray", 11),
                class_name="break-anywhere",
            ),
            rx.cond(
                row.detail != "",
                rx.text(row.detail, size="1", color=rx.color("gray", 11)),
            ),
            rx.cond(
                row.private,
                rx.text(t("maillog.private"), size="1", color=rx.color("gray", 11)),
                rx.button(
                    t("maillog.open"),
                    size="1",
                    variant="soft",
                    high_contrast=True,
                    aria_label=t("maillog.open") + " " + row.subject,
                    on_click=S.open_message(row.id),
                ),
            ),
            spacing="1",
            width="100%",
        ),
        padding="0.75rem 1rem",
        border_bottom=f"1px solid {rx.color('gray', 4)}",
        list_style="none",
    )


def _opened() -> rx.Component:
    return rx.cond(
        S.opened,
        rx.card(
            rx.vstack(
                rx.hstack(
                    rx.heading(S.opened.subject, as_="h2", size="4", class_name="break-anywhere"),
                    rx.spacer(),
                    rx.button(
                        t("maillog.close"),
                        size="1",
                        variant="soft",
                        high_contrast=True,
                        on_click=S.close_message,
                    ),
                    width="100%",
                    align="start",
                    wrap="wrap",
                ),
                rx.el.pre(S.opened.headers, class_name="mail-source"),
                rx.el.pre(S.opened.body, class_name="mail-source"),
                spacing="2",
                width="100%",
            ),
            width="100%",
        ),
    )


def _filters() -> rx.Component:
    statuses = {"": t("maillog.all"), **{s: t(f"maillog.status.{s}") for s in STATUSES}}
    return rx.form(
        rx.flex(
            rx.box(
                field(t("maillog.search"), name="recipient", type="search"),
                flex="1 1 14rem",
            ),
            rx.box(
                field(
                    t("maillog.status"),
                    name="status",
                    control=native_select(name="status", choices=statuses, default=""),
                ),
                flex="0 1 10rem",
            ),
            rx.button(t("maillog.search_button"), type="submit", high_contrast=True),
            gap="0.75rem",
            wrap="wrap",
            align="end",
            width="100%",
        ),
        on_submit=S.filter,
        width="100%",
    )


@rx.page(
    route=routes.ADMIN_EMAIL,
    title=page_title(t("maillog.title")),
    on_load=[AuthState.refresh, S.load],
)
def admin_email() -> rx.Component:
    return page(
        rx.cond(
            S.loaded,
            rx.vstack(
                rx.text(S.mode, size="2"),
                _filters(),
                _opened(),
                rx.cond(
                    S.rows.length() > 0,
                    rx.card(
                        rx.el.ul(rx.foreach(S.rows, _row), margin="0", padding="0"),
                        padding="0",
                        width="100%",
                    ),
                    rx.text(t("maillog.none")),
                ),
                rx.cond(
                    S.more,
                    rx.button(
                        t("maillog.more"),
                        variant="outline",
                        high_contrast=True,
                        on_click=S.show_more,
                    ),
                ),
                spacing="4",
                width="100%",
            ),
            loading(),
        ),
        title=t("maillog.title"),
        back=(t("admin.title"), routes.ADMIN),
        lead=t("maillog.intro"),
    )
