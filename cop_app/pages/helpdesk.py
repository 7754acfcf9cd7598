"""The help-desk queue (/c/<slug>/queue): what waits for a first response."""

from __future__ import annotations

import reflex as rx

from cop_app import routes
from cop_app.components.layout import loading, page
from cop_app.components.titles import page_title
from cop_app.i18n import t
from cop_app.services.threads.helpdesk import QueueItem
from cop_app.state.auth import AuthState
from cop_app.state.helpdesk import HelpdeskState

S = HelpdeskState


def _item(item: QueueItem) -> rx.Component:
    select_id = "assign-" + item.id.to_string()
    return rx.el.li(
        rx.hstack(
            rx.vstack(
                rx.hstack(
                    rx.cond(
                        item.overdue,
                        rx.badge(
                            rx.icon("alarm-clock", size=12),
                            t("queue.overdue"),
                            color_scheme="red",
                            variant="solid",
                            high_contrast=True,
                        ),
                    ),
                    rx.badge(item.kind_label, variant="soft", color_scheme="gray"),
                    rx.cond(
                        item.urgency == "high",
                        rx.badge(t("urgency.high"), color_scheme="orange", high_contrast=True),
                    ),
                    spacing="2",
                    wrap="wrap",
                ),
                rx.link(item.title, href=item.url, weight="medium", high_contrast=True),
                rx.text(
                    item.author + " · " + t("queue.asked") + " " + item.asked,
                    size="1",
                    color=rx.color("gray", 11),
                ),
                spacing="1",
                align="start",
                min_width="0",
                flex="1",
            ),
            rx.vstack(
                rx.text(
                    item.due,
                    size="2",
                    weight="bold",
                    color=rx.cond(item.overdue, rx.color("red", 11), rx.color("gray", 12)),
                ),
                rx.el.label(t("queue.assign"), html_for=select_id, class_name="field-label"),
                rx.el.select(
                    rx.el.option(t("queue.nobody"), value=""),
                    rx.foreach(
                        S.helpers,
                        lambda h: rx.el.option(h.name, value=h.id.to_string()),
                    ),
                    id=select_id,
                    value=rx.cond(item.assignee_id != 0, item.assignee_id.to_string(), ""),
                    on_change=lambda v: S.assign(item.id, v),
                    class_name="native-select",
                ),
                align="end",
                spacing="1",
                flex_shrink="0",
            ),
            width="100%",
            align="center",
            spacing="4",
        ),
        class_name=rx.cond(item.overdue, "queue-item queue-overdue", "queue-item"),
    )


@rx.page(
    route=routes.HELPDESK_QUEUE,
    title=page_title(t("queue.title"), S.community_name),
    on_load=[AuthState.refresh, S.load],
)
def helpdesk_queue() -> rx.Component:
    return page(
        rx.cond(
            S.loaded,
            rx.cond(
                S.items.length() > 0,
                rx.fragment(
                    rx.hstack(
                        rx.badge(
                            S.overdue_count.to_string() + " " + t("queue.overdue_count"),
                            color_scheme="red",
                            size="2",
                            high_contrast=True,
                        ),
                        rx.badge(
                            S.items.length().to_string() + " " + t("queue.waiting_count"),
                            color_scheme="gray",
                            size="2",
                            high_contrast=True,
                        ),
                        spacing="2",
                        role="status",
                    ),
                    rx.el.ul(
                        rx.foreach(S.items, _item),
                        class_name="queue-list",
                        aria_label=t("queue.title"),
                    ),
                ),
                rx.callout(t("queue.empty"), icon="check", high_contrast=True),
            ),
            loading(),
        ),
        title=t("queue.title"),
        back=(S.community_name, "/c/" + S.community_slug),
        lead=t("queue.lead"),
        max_width="60rem",
    )
