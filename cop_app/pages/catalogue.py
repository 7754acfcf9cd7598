"""The focus-area catalogue, reworded by site admins (/admin/focus-areas)."""

from __future__ import annotations

import reflex as rx

from cop_app import routes
from cop_app.components.audit import audit_section
from cop_app.components.forms import field_error
from cop_app.components.layout import loading, shell
from cop_app.components.titles import page_title
from cop_app.i18n import t
from cop_app.services.communities.catalogue import FocusAreaView
from cop_app.state.auth import AuthState
from cop_app.state.catalogue import CatalogueState

S = CatalogueState


def _control(area: FocusAreaView, key: str, label: str, value, *, hint: str = "", rows: str = ""):
    """A labelled input (or text area when ``rows``) for one field of one area."""
    control_id = "field-" + key + "-" + area.code
    error = S.errors.get(key + ":" + area.code, "")
    props = {
        "id": control_id,
        "name": key,
        "default_value": value,
        "width": "100%",
        "aria_describedby": control_id + "-hint " + control_id + "-error",
        "aria_invalid": rx.cond(error != "", "true", "false"),
    }
    return rx.vstack(
        rx.el.label(label, html_for=control_id, class_name="field-label"),
        rx.text_area(rows=rows, **props) if rows else rx.input(size="3", **props),
        rx.text(hint, id=control_id + "-hint", size="1", color=rx.color("gray", 11))
        if hint
        else rx.fragment(),
        field_error(control_id, error),
        spacing="1",
        width="100%",
    )


def _area(area: FocusAreaView) -> rx.Component:
    return rx.card(
        rx.form(
            rx.vstack(
                rx.heading(area.name, as_="h2", size="5"),
                rx.el.input(type="hidden", name="code", value=area.code),
                _control(area, "name", t("catalogue.name"), area.name),
                _control(
                    area, "description", t("catalogue.description"), area.description, rows="3"
                ),
                _control(
                    area,
                    "examples",
                    t("catalogue.examples"),
                    area.examples.join("\n"),
                    hint=t("catalogue.one_per_line"),
                    rows="4",
                ),
                _control(
                    area,
                    "signals",
                    t("catalogue.signals"),
                    area.signals.join("\n"),
                    hint=t("catalogue.one_per_line"),
                    rows="4",
                ),
                rx.button(
                    t("catalogue.save"),
                    type="submit",
                    high_contrast=True,
                    aria_label=t("catalogue.save") + ": " + area.name,
                ),
                spacing="3",
                width="100%",
            ),
            on_submit=S.save,
            reset_on_submit=False,
            width="100%",
        ),
        width="100%",
        size="3",
    )


@rx.page(
    route=routes.FOCUS_CATALOGUE,
    title=page_title(t("catalogue.title")),
    on_load=[AuthState.refresh, S.load],
)
def catalogue_page() -> rx.Component:
    return shell(
        rx.vstack(
            rx.link(
                rx.hstack(rx.icon("arrow-left", size=14), t("admin.title"), align="center"),
                href=routes.ADMIN,
                size="2",
                high_contrast=True,
            ),
            rx.heading(t("catalogue.title"), as_="h1", size="7"),
            rx.text(t("catalogue.lead"), size="2", color=rx.color("gray", 11)),
            rx.cond(
                S.loaded,
                rx.vstack(
                    rx.foreach(S.areas, _area),
                    audit_section(S.audit),
                    spacing="4",
                    width="100%",
                ),
                loading(),
            ),
            spacing="4",
            max_width="48rem",
            width="100%",
        )
    )
