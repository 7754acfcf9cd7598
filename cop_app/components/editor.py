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
    mentions: Any = None,
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
                        # With @mentions, what is typed reaches the state a
                        # quarter second after typing stops (the picker).
                        **(
                            {"on_change": mentions.look_for_mention.debounce(250)}
                            if mentions is not None
                            else {}
                        ),
                        placeholder=placeholder,
                        aria_describedby=f"{control_id}-hint {control_id}-error",
                        aria_invalid=rx.cond(error != "", "true", "false"),
                    ),
                    mention_picker(mentions) if mentions is not None else rx.fragment(),
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
        mention_warning(mentions) if mentions is not None else rx.fragment(),
        spacing="1",
        width="100%",
    )


def mention_picker(state: Any) -> rx.Component:
    """Names that complete the "@..." being typed (members who can read it):
    buttons under the text, announced politely (``state/mentions.MentionPicker``)."""
    return rx.box(
        rx.cond(
            state.mention_options.length() > 0,
            rx.hstack(
                rx.text(t("mention.pick"), size="1", color=rx.color("gray", 11)),
                rx.foreach(
                    state.mention_options,
                    lambda name: rx.button(
                        "@" + name,
                        type="button",
                        size="1",
                        variant="soft",
                        high_contrast=True,
                        on_click=state.insert_mention(name),
                    ),
                ),
                spacing="2",
                wrap="wrap",
                align="center",
                role="group",
                aria_label=t("mention.pick"),
            ),
        ),
        aria_live="polite",
        width="100%",
    )


def mention_warning(state: Any) -> rx.Component:
    """Held before posting: someone named cannot read it."""
    return rx.cond(
        state.mention_warning != "",
        rx.callout(
            state.mention_warning,
            icon="triangle-alert",
            color_scheme="amber",
            high_contrast=True,
            role="alert",
            width="100%",
        ),
    )
