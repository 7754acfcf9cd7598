"""The search form of a community: a labelled box and a named button."""

from __future__ import annotations

from typing import Any

import reflex as rx

from cop_app.i18n import t


def search_box(*, on_submit: Any, value: rx.Var[str] | str = "") -> rx.Component:
    return rx.form(
        rx.hstack(
            rx.box(
                rx.el.label(t("search.label"), html_for="search-q", class_name="sr-only"),
                rx.input(
                    rx.input.slot(rx.icon("search", size=16)),
                    id="search-q",
                    name="q",
                    type="search",
                    default_value=value,
                    placeholder=t("search.placeholder"),
                    max_length=200,
                    size="3",
                    width="100%",
                ),
                flex="1",
            ),
            rx.button(t("search.button"), type="submit", size="3", high_contrast=True),
            width="100%",
            spacing="2",
        ),
        role="search",
        aria_label=t("search.label"),
        on_submit=on_submit,
        reset_on_submit=False,
        width="100%",
    )
