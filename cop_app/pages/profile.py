"""Profile page (/profile): what a member tells the communities about themselves."""

from __future__ import annotations

import reflex as rx

from cop_app import routes
from cop_app.components.forms import checkbox_group, field, native_select
from cop_app.components.layout import loading, shell
from cop_app.components.titles import page_title
from cop_app.i18n import t, time_zones
from cop_app.models import FocusAreaCode
from cop_app.services.accounts.profiles import LANGUAGE_CHOICES, ORG_TYPE_LABELS
from cop_app.state.auth import AuthState
from cop_app.state.profile import ProfileState

S = ProfileState


def _section(title: str, *children: rx.Component) -> rx.Component:
    return rx.card(
        rx.vstack(rx.heading(title, as_="h2", size="4"), *children, spacing="4", width="100%"),
        width="100%",
        size="3",
    )


def _form() -> rx.Component:
    focus_choices = {code.value: S.focus_names[code.value] for code in FocusAreaCode}
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
                    control=native_select(
                        name="org_type", choices=ORG_TYPE_LABELS, default=S.org_type
                    ),
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
                checkbox_group(
                    t("profile.languages"),
                    name="languages",
                    prefix="lang_",
                    choices=LANGUAGE_CHOICES,
                    selected=S.languages,
                    error=S.errors.get("languages", ""),
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
                checkbox_group(
                    t("profile.focus"),
                    name="focus_interests",
                    prefix="focus_",
                    choices=focus_choices,
                    selected=S.focus_interests,
                    error=S.errors.get("focus_interests", ""),
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
            _section(
                t("profile.reach"),
                field(
                    t("profile.time_zone"),
                    name="time_zone",
                    error=S.errors.get("time_zone", ""),
                    hint=t("profile.time_zone_hint"),
                    control=rx.el.select(
                        *(
                            rx.el.option(zone.replace("_", " "), value=zone)
                            for zone in time_zones()
                        ),
                        id="field-time_zone",
                        name="time_zone",
                        default_value=S.time_zone,
                        class_name="native-select",
                        aria_describedby="field-time_zone-hint field-time_zone-error",
                    ),
                ),
                field(
                    t("profile.away_until"),
                    name="away_until",
                    error=S.errors.get("away_until", ""),
                    hint=t("profile.away_hint"),
                    type="date",
                    default_value=S.away_until,
                    max_width="12rem",
                ),
                rx.cond(
                    S.away_until != "",
                    rx.callout(
                        t("profile.away_now") + " " + S.away_until_label,
                        icon="bell-off",
                        high_contrast=True,
                        width="100%",
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


@rx.page(
    route=routes.PROFILE, title=page_title(t("profile.title")), on_load=[AuthState.refresh, S.load]
)
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
