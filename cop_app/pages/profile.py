"""Profile page (/profile): what a member tells the communities about themselves."""

from __future__ import annotations

import reflex as rx

from cop_app import routes
from cop_app.components.forms import field, field_error
from cop_app.components.layout import loading, shell
from cop_app.i18n import t
from cop_app.models import FocusAreaCode
from cop_app.services.catalogue import CATALOGUE
from cop_app.services.profiles import LANGUAGE_CHOICES, ORG_TYPE_LABELS
from cop_app.state.auth import AuthState
from cop_app.state.profile import ProfileState

S = ProfileState


def _section(title: str, *children: rx.Component) -> rx.Component:
    return rx.card(
        rx.vstack(rx.heading(title, as_="h2", size="4"), *children, spacing="4", width="100%"),
        width="100%",
        size="3",
    )


def _org_type() -> rx.Component:
    return rx.el.select(
        *[rx.el.option(label, value=value) for value, label in ORG_TYPE_LABELS.items()],
        id="field-org_type",
        name="org_type",
        default_value=S.org_type,
        class_name="native-select",
        aria_describedby="field-org_type-error",
    )


def _checkbox_group(
    legend: str, name: str, prefix: str, choices: dict[str, str], selected: rx.Var[list[str]]
) -> rx.Component:
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
        field_error(f"field-{name}", S.errors.get(name, "")),
        class_name="check-group",
    )


def _form() -> rx.Component:
    focus_choices = {code.value: CATALOGUE[code].name for code in FocusAreaCode}
    return rx.form(
        rx.vstack(
            _section(
                t("profile.about"),
                field(
                    t("field.display_name"),
                    name="display_name",
                    error=S.errors.get("display_name", ""),
                    default_value=S.display_name,
                    max_length=80,
                ),
                field(
                    t("profile.organisation"),
                    name="organisation",
                    error=S.errors.get("organisation", ""),
                    default_value=S.organisation,
                ),
                field(
                    t("profile.org_type"),
                    name="org_type",
                    error=S.errors.get("org_type", ""),
                    control=_org_type(),
                ),
                field(
                    t("profile.discipline"),
                    name="discipline",
                    error=S.errors.get("discipline", ""),
                    default_value=S.discipline,
                    hint=t("profile.discipline_hint"),
                ),
                field(
                    t("profile.region"),
                    name="region",
                    error=S.errors.get("region", ""),
                    default_value=S.region,
                    hint=t("profile.region_hint"),
                ),
                _checkbox_group(
                    t("profile.languages"), "languages", "lang_", LANGUAGE_CHOICES, S.languages
                ),
            ),
            _section(
                t("profile.expertise"),
                field(
                    t("profile.can_help"),
                    name="can_help",
                    error=S.errors.get("can_help", ""),
                    default_value=S.can_help,
                    hint=t("profile.tags_hint"),
                ),
                field(
                    t("profile.looking_for"),
                    name="looking_for",
                    error=S.errors.get("looking_for", ""),
                    default_value=S.looking_for,
                    hint=t("profile.tags_hint"),
                ),
                _checkbox_group(
                    t("profile.focus"),
                    "focus_interests",
                    "focus_",
                    focus_choices,
                    S.focus_interests,
                ),
                field(
                    t("profile.bio"),
                    name="bio",
                    error=S.errors.get("bio", ""),
                    control=rx.text_area(
                        id="field-bio",
                        name="bio",
                        default_value=S.bio,
                        rows="4",
                        width="100%",
                        aria_describedby="field-bio-error",
                    ),
                ),
            ),
            rx.button(t("profile.save"), type="submit", size="3", high_contrast=True),
            spacing="4",
            width="100%",
        ),
        on_submit=S.save,
        reset_on_submit=False,
        width="100%",
    )


@rx.page(route=routes.PROFILE, title=t("profile.title"), on_load=[AuthState.refresh, S.load])
def profile() -> rx.Component:
    return shell(
        rx.vstack(
            rx.heading(t("profile.title"), as_="h1", size="7"),
            rx.text(t("profile.lead"), size="3", color=rx.color("gray", 11)),
            rx.cond(S.loaded, _form(), loading()),
            spacing="4",
            max_width="44rem",
            width="100%",
        )
    )
