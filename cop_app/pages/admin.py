"""Administration (/admin) and join requests (/c/<slug>/requests)."""

from __future__ import annotations

import reflex as rx

from cop_app import routes
from cop_app.components.forms import field, field_error
from cop_app.components.layout import loading, shell
from cop_app.components.titles import page_title
from cop_app.i18n import t
from cop_app.services.communities.admin import AdminCommunityRow
from cop_app.services.communities.catalogue import FocusAreaView
from cop_app.services.communities.join_requests import JoinRequestView
from cop_app.state.admin import AdminState, JoinRequestsState
from cop_app.state.auth import AuthState


def _community_row(row: AdminCommunityRow) -> rx.Component:
    return rx.table.row(
        rx.table.row_header_cell(
            rx.link(row.name, href="/c/" + row.slug, high_contrast=True),
            rx.cond(row.archived, rx.badge(t("admin.archived"), margin_left="0.5rem")),
        ),
        rx.table.cell(
            rx.cond(row.openness == "selective", t("community.selective"), t("community.open"))
        ),
        rx.table.cell(row.members),
        rx.table.cell(row.threads),
        rx.table.cell(
            rx.cond(
                row.pending != "0",
                rx.link(row.pending, href="/c/" + row.slug + "/requests", high_contrast=True),
                row.pending,
            )
        ),
        rx.table.cell(row.created),
        rx.table.cell(
            rx.link(
                t("admin.configure"),
                href="/admin/communities/" + row.slug,
                high_contrast=True,
                aria_label=t("admin.configure") + " " + row.name,
            )
        ),
    )


A = AdminState


def _primary_choice(area: FocusAreaView) -> rx.Component:
    return rx.el.label(
        rx.el.input(type="checkbox", name="primary_" + area.code),
        " " + area.name,
        class_name="check-option",
    )


def _create_form() -> rx.Component:
    """Site admins start a new community: name, address, joining, focus, first lead."""
    return rx.card(
        rx.form(
            rx.vstack(
                rx.heading(t("admin.create"), as_="h2", size="5", id="create-heading"),
                rx.text(t("admin.create_lead"), size="2", color=rx.color("gray", 11)),
                rx.grid(
                    field(t("admin.new_name"), name="new_name", error=A.errors.get("new_name", "")),
                    field(
                        t("admin.new_slug"),
                        name="new_slug",
                        hint=t("admin.new_slug_hint"),
                        error=A.errors.get("new_slug", ""),
                    ),
                    columns=rx.breakpoints(initial="1", sm="2"),
                    spacing="3",
                    width="100%",
                ),
                field(
                    t("config.tagline"),
                    name="new_tagline",
                    error=A.errors.get("new_tagline", ""),
                    max_length=200,
                ),
                rx.el.fieldset(
                    rx.el.legend(t("config.joining"), class_name="field-label"),
                    rx.hstack(
                        *[
                            rx.el.label(
                                rx.el.input(
                                    type="radio",
                                    name="new_openness",
                                    value=value,
                                    default_checked=value == "open",
                                ),
                                " " + t(key),
                                class_name="check-option",
                            )
                            for value, key in (
                                ("open", "config.open"),
                                ("selective", "config.selective"),
                            )
                        ],
                        spacing="5",
                        wrap="wrap",
                    ),
                    field_error("field-new_openness", A.errors.get("new_openness", "")),
                    class_name="check-group",
                    aria_describedby="field-new_openness-error",
                ),
                rx.el.fieldset(
                    rx.el.legend(t("admin.new_primary"), class_name="field-label"),
                    rx.flex(
                        rx.foreach(A.areas, _primary_choice), wrap="wrap", gap="0.5rem 1.25rem"
                    ),
                    field_error("field-new_primary", A.errors.get("new_primary", "")),
                    class_name="check-group",
                    aria_describedby="field-new_primary-error",
                ),
                field(
                    t("admin.new_lead"),
                    name="new_lead",
                    type="email",
                    hint=t("admin.new_lead_hint"),
                    error=A.errors.get("new_lead", ""),
                ),
                rx.button(t("admin.create_button"), type="submit", size="3", high_contrast=True),
                spacing="3",
                width="100%",
            ),
            on_submit=A.create_community,
            reset_on_submit=False,
            width="100%",
            aria_labelledby="create-heading",
        ),
        width="100%",
        size="3",
    )


@rx.page(
    route=routes.ADMIN,
    title=page_title(t("admin.title")),
    on_load=[AuthState.refresh, AdminState.load],
)
def admin_page() -> rx.Component:
    return shell(
        rx.vstack(
            rx.heading(t("admin.title"), as_="h1", size="7"),
            rx.cond(
                AdminState.loaded,
                rx.vstack(
                    rx.hstack(
                        rx.text(t("admin.accounts") + " " + AdminState.accounts, size="3"),
                        rx.spacer(),
                        rx.link(t("overview.link"), href=routes.ADMIN_HEALTH, high_contrast=True),
                        rx.link(t("maillog.title"), href=routes.ADMIN_EMAIL, high_contrast=True),
                        rx.link(
                            t("catalogue.title"),
                            href=routes.FOCUS_CATALOGUE,
                            high_contrast=True,
                            size="3",
                        ),
                        width="100%",
                        align="center",
                        wrap="wrap",
                        spacing="4",
                    ),
                    rx.heading(t("admin.communities"), as_="h2", size="5"),
                    rx.table.root(
                        rx.table.header(
                            rx.table.row(
                                *[
                                    rx.table.column_header_cell(t(key))
                                    for key in (
                                        "admin.col_name",
                                        "admin.col_openness",
                                        "admin.col_members",
                                        "admin.col_threads",
                                        "admin.col_pending",
                                        "admin.col_created",
                                        "admin.col_settings",
                                    )
                                ]
                            )
                        ),
                        rx.table.body(rx.foreach(AdminState.communities, _community_row)),
                        variant="surface",
                        width="100%",
                    ),
                    _create_form(),
                    spacing="3",
                    width="100%",
                ),
                loading(),
            ),
            spacing="4",
            width="100%",
        )
    )


def _request(req: JoinRequestView) -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.hstack(
                rx.heading(req.name, as_="h2", size="4"),
                rx.spacer(),
                rx.text(req.requested, size="1", color=rx.color("gray", 11)),
                width="100%",
                align="center",
            ),
            rx.cond(req.about != "", rx.text(req.about, size="2", color=rx.color("gray", 11))),
            rx.cond(
                req.can_help != "",
                rx.text(t("requests.can_help") + " " + req.can_help, size="2"),
            ),
            rx.blockquote(req.motivation, size="2"),
            rx.hstack(
                rx.button(
                    t("requests.approve"),
                    on_click=JoinRequestsState.decide(req.id, True),
                    aria_label=t("requests.approve") + " " + req.name,
                    high_contrast=True,
                ),
                rx.button(
                    t("requests.decline"),
                    variant="soft",
                    color_scheme="red",
                    high_contrast=True,
                    on_click=JoinRequestsState.decide(req.id, False),
                    aria_label=t("requests.decline") + " " + req.name,
                ),
                spacing="2",
            ),
            spacing="2",
            width="100%",
        ),
        width="100%",
    )


@rx.page(
    route=routes.JOIN_REQUESTS,
    title=page_title(t("requests.title"), JoinRequestsState.community_name),
    on_load=[AuthState.refresh, JoinRequestsState.load],
)
def join_requests_page() -> rx.Component:
    return shell(
        rx.vstack(
            rx.link(
                rx.hstack(
                    rx.icon("arrow-left", size=14), JoinRequestsState.community_name, align="center"
                ),
                href="/c/" + JoinRequestsState.community_slug,
                size="2",
                high_contrast=True,
            ),
            rx.heading(t("requests.title"), as_="h1", size="7"),
            rx.cond(
                JoinRequestsState.loaded,
                rx.cond(
                    JoinRequestsState.requests.length() > 0,
                    rx.vstack(
                        rx.foreach(JoinRequestsState.requests, _request), spacing="3", width="100%"
                    ),
                    rx.callout(t("requests.none"), icon="check", high_contrast=True),
                ),
                loading(),
            ),
            spacing="4",
            max_width="48rem",
            width="100%",
        )
    )
