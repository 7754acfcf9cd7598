"""Labelled form fields with their error message beside them.

Every control has a visible <label for=...>; an error is tied to its control
with aria-describedby and aria-invalid, so screen readers (and our browser
tests, which find fields by label) get the same message sighted users see.
"""

from __future__ import annotations

from typing import Any

import reflex as rx


def field_error(field_id: str, error: rx.Var[str] | str) -> rx.Component:
    return rx.cond(
        error != "",
        rx.text(
            error,
            id=f"{field_id}-error",
            size="2",
            color=rx.color("red", 11),
            role="alert",
        ),
    )


def field(
    label: str,
    *,
    name: str,
    error: rx.Var[str] | str = "",
    hint: str = "",
    control: rx.Component | None = None,
    **input_props: Any,
) -> rx.Component:
    """A label, a control (an input unless given), an optional hint and the error."""
    field_id = f"field-{name}"
    described = " ".join(
        part for part in (f"{field_id}-hint" if hint else "", f"{field_id}-error") if part
    )
    if control is None:
        control = rx.input(
            id=field_id,
            name=name,
            aria_describedby=described,
            aria_invalid=rx.cond(error != "", "true", "false"),
            size="3",
            width="100%",
            **input_props,
        )
    return rx.vstack(
        rx.el.label(label, html_for=field_id, class_name="field-label"),
        control,
        rx.cond(
            hint != "",
            rx.text(hint, id=f"{field_id}-hint", size="1", color=rx.color("gray", 11)),
        )
        if hint
        else rx.fragment(),
        field_error(field_id, error),
        spacing="1",
        width="100%",
        align="stretch",
    )


def form_error(message: rx.Var[str]) -> rx.Component:
    """A form-level error (e.g. wrong credentials), announced when it appears."""
    return rx.cond(
        message != "",
        rx.callout(message, icon="circle-alert", color_scheme="red", role="alert", width="100%"),
    )


def checkbox_group(
    legend: str,
    *,
    name: str,
    prefix: str,
    choices: dict[str, str],
    selected: rx.Var[list[str]],
    error: rx.Var[str] | str = "",
) -> rx.Component:
    """A fieldset of checkboxes named ``<prefix><code>``, its error tied to the group."""
    error_id = f"field-{name}-error"
    return rx.el.fieldset(
        rx.el.legend(legend, class_name="field-label"),
        rx.flex(
            *[
                rx.el.label(
                    rx.el.input(
                        type="checkbox",
                        name=f"{prefix}{code}",
                        default_checked=selected.contains(code),
                    ),
                    " " + label,
                    class_name="check-option",
                )
                for code, label in choices.items()
            ],
            wrap="wrap",
            gap="0.5rem 1.25rem",
        ),
        field_error(f"field-{name}", error),
        class_name="check-group",
        aria_describedby=error_id,
    )


def native_select(
    *,
    name: str,
    choices: dict[str, str],
    default: rx.Var[str] | str,
    placeholder: str = "",
) -> rx.Component:
    """A native <select> (labelled by ``field``), optionally with an empty first choice."""
    options = [rx.el.option(placeholder, value="")] if placeholder else []
    options += [rx.el.option(label, value=value) for value, label in choices.items()]
    return rx.el.select(
        *options,
        id=f"field-{name}",
        name=name,
        default_value=default,
        class_name="native-select",
        aria_describedby=f"field-{name}-error",
    )
