"""A Markdown text area with Write and Preview tabs, labelled, with its error."""

from __future__ import annotations

from typing import Any

import reflex as rx

from cop_app.components.forms import field_error
from cop_app.components.markdown import user_markdown
from cop_app.i18n import t


def markdown_editor(
    *,
    control_id: str,
    name: str,
    label: str,
    draft: rx.Var[str],
    on_blur: Any,
    error: rx.Var[str] | str,
    rows: str = "6",
    placeholder: str = "",
    heading_top: int = 3,
    on_type: Any = None,
    below: rx.Component | None = None,
) -> rx.Component:
    """The text area stays uncontrolled (typing costs no round trip); its text
    reaches the state when it loses focus, which is when Preview is clicked."""
    return rx.vstack(
        rx.tabs.root(
            rx.tabs.list(
                rx.tabs.trigger(t("thread.write"), value="write"),
                rx.tabs.trigger(t("thread.preview"), value="preview"),
            ),
            rx.tabs.content(
                rx.vstack(
                    rx.el.label(label, html_for=control_id, class_name="field-label"),
                    rx.text_area(
                        id=control_id,
                        name=name,
                        rows=rows,
                        width="100%",
                        on_blur=on_blur,
                        # What is typed reaches the state only when asked (the
                        # @mention picker: a quarter second after typing stops).
                        **({"on_change": on_type.debounce(250)} if on_type is not None else {}),
                        placeholder=placeholder,
                        aria_describedby=f"{control_id}-hint {control_id}-error",
                        aria_invalid=rx.cond(error != "", "true", "false"),
                    ),
                    below if below is not None else rx.fragment(),
                    rx.text(
                        t("thread.markdown_hint"),
                        id=f"{control_id}-hint",
                        size="1",
                        color=rx.color("gray", 11),
                    ),
                    spacing="1",
                    width="100%",
                    padding_top="0.75rem",
                ),
                value="write",
                force_mount=True,
                class_name="write-tab",
            ),
            rx.tabs.content(
                rx.box(
                    # User content: Markdown without raw HTML (see REFLEX_NOTES, XSS).
                    rx.cond(
                        draft != "",
                        user_markdown(draft, top=heading_top),
                        rx.text(t("thread.nothing_to_preview"), size="2"),
                    ),
                    class_name="post-body",
                    padding_top="0.75rem",
                    min_height="6rem",
                ),
                value="preview",
            ),
            default_value="write",
            width="100%",
        ),
        field_error(control_id, error),
        spacing="1",
        width="100%",
    )
