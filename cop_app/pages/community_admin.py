"""Focus-area configuration of a community (/admin/communities/<slug>)."""

from __future__ import annotations

import reflex as rx

from cop_app import routes
from cop_app.components.audit import audit_section
from cop_app.components.cards import community_card
from cop_app.components.forms import checkbox_group, field, field_error, native_select
from cop_app.components.layout import loading, shell
from cop_app.components.titles import page_title
from cop_app.i18n import t
from cop_app.services.accounts.profiles import LANGUAGE_CHOICES
from cop_app.services.communities.community_admin import FocusConfigRow, TeamMember
from cop_app.state.auth import AuthState
from cop_app.state.community_admin import CommunityConfigState, TargetPreview

S = CommunityConfigState


def _radio(row: FocusConfigRow, value: str, label: str) -> rx.Component:
    return rx.el.label(
        rx.el.input(
            type="radio",
            name="emphasis_" + row.code,
            value=value,
            default_checked=row.emphasis == value,
            on_change=lambda v: S.preview_emphasis(row.code, v),
        ),
        " " + label,
        class_name="check-option",
    )


def _area(row: FocusConfigRow) -> rx.Component:
    target_id = "field-target_" + row.code
    note_id = "field-note_" + row.code
    watch_id = "field-watch_" + row.code
    return rx.card(
        rx.el.fieldset(
            rx.el.legend(row.name, class_name="area-legend"),
            rx.hstack(
                _radio(row, "primary", t("config.primary")),
                _radio(row, "secondary", t("config.secondary")),
                _radio(row, "", t("config.not_focus")),
                spacing="5",
                wrap="wrap",
            ),
            rx.vstack(
                rx.el.label(
                    t("config.target") + " (" + row.unit + ")",
                    html_for=target_id,
                    class_name="field-label",
                ),
                rx.input(
                    id=target_id,
                    name="target_" + row.code,
                    default_value=row.target,
                    input_mode="decimal",
                    width="12rem",
                    on_change=lambda v: S.preview_target(row.code, v),
                    aria_describedby=target_id + "-hint " + target_id + "-error",
                ),
                rx.text(
                    t("config.default") + " " + row.default_target,
                    id=target_id + "-hint",
                    size="1",
                    color=rx.color("gray", 11),
                ),
                field_error(target_id, S.errors.get("target:" + row.code, "")),
                spacing="1",
            ),
            rx.vstack(
                rx.el.label(t("config.note"), html_for=note_id, class_name="field-label"),
                rx.text_area(
                    id=note_id,
                    name="note_" + row.code,
                    default_value=row.note,
                    rows="2",
                    width="100%",
                    max_length=500,
                    aria_describedby=note_id + "-error",
                ),
                field_error(note_id, S.errors.get("note:" + row.code, "")),
                spacing="1",
                width="100%",
            ),
            rx.vstack(
                rx.el.label(t("config.watch"), html_for=watch_id, class_name="field-label"),
                rx.el.select(
                    *(
                        rx.el.option(t(f"watch.{level}"), value=level)
                        for level in (
                            "normal",
                            "watching_first_post",
                            "watching",
                            "tracking",
                            "muted",
                        )
                    ),
                    id=watch_id,
                    name="watch_" + row.code,
                    default_value=row.watch,
                    class_name="native-select",
                    aria_describedby=watch_id + "-hint " + watch_id + "-error",
                ),
                rx.text(
                    t("config.watch_hint"),
                    id=watch_id + "-hint",
                    size="1",
                    color=rx.color("gray", 11),
                ),
                field_error(watch_id, S.errors.get("watch:" + row.code, "")),
                spacing="1",
            ),
            class_name="area-fieldset",
        ),
        width="100%",
    )


def _choice(name: str, value: str, label: str, **props) -> rx.Component:
    """One radio button of a settings choice, checked as saved."""
    return rx.el.label(
        rx.el.input(
            type="radio",
            name=name,
            value=value,
            default_checked=getattr(S, name) == value,
            **props,
        ),
        " " + label,
        class_name="check-option",
    )


def _openness(value: str, label: str) -> rx.Component:
    return _choice("openness", value, label, on_change=lambda v: S.preview_text("openness", v))


def _visibility(value: str, label: str) -> rx.Component:
    return _choice("visibility", value, label)


def _settings() -> rx.Component:
    return rx.card(
        rx.form(
            rx.vstack(
                rx.heading(t("config.settings"), as_="h2", size="5"),
                field(
                    t("config.name"),
                    name="name",
                    error=S.errors.get("name", ""),
                    default_value=S.community_name,
                    max_length=120,
                    on_change=lambda v: S.preview_text("name", v),
                ),
                field(
                    t("config.tagline"),
                    name="tagline",
                    error=S.errors.get("tagline", ""),
                    default_value=S.tagline,
                    max_length=200,
                    on_change=lambda v: S.preview_text("tagline", v),
                ),
                field(
                    t("config.description"),
                    name="description",
                    error=S.errors.get("description", ""),
                    hint=t("config.description_hint"),
                    control=rx.text_area(
                        id="field-description",
                        name="description",
                        default_value=S.description,
                        rows="5",
                        width="100%",
                        aria_describedby="field-description-hint field-description-error",
                    ),
                ),
                rx.el.fieldset(
                    rx.el.legend(t("config.joining"), class_name="field-label"),
                    rx.hstack(
                        _openness("open", t("config.open")),
                        _openness("selective", t("config.selective")),
                        spacing="5",
                    ),
                    field_error("field-openness", S.errors.get("openness", "")),
                    class_name="check-group",
                    aria_describedby="field-openness-error",
                ),
                rx.el.fieldset(
                    rx.el.legend(t("config.visibility"), class_name="field-label"),
                    rx.flex(
                        _visibility("public", t("config.visibility_public")),
                        _visibility("site", t("config.visibility_site")),
                        _visibility("members", t("config.visibility_members")),
                        direction="column",
                        spacing="2",
                    ),
                    field_error("field-visibility", S.errors.get("visibility", "")),
                    class_name="check-group",
                    aria_describedby="field-visibility-error",
                ),
                checkbox_group(
                    t("config.languages"),
                    name="languages",
                    prefix="lang_",
                    choices=LANGUAGE_CHOICES,
                    selected=S.languages,
                    error=S.errors.get("languages", ""),
                ),
                rx.button(t("config.save_settings"), type="submit", size="3", high_contrast=True),
                spacing="3",
                width="100%",
            ),
            on_submit=S.save_settings,
            reset_on_submit=False,
            width="100%",
        ),
        width="100%",
        size="3",
    )


def _team_member(member: TeamMember) -> rx.Component:
    return rx.el.li(
        rx.hstack(
            rx.text(member.name, weight="medium"),
            rx.badge(
                rx.cond(member.role == "lead", t("config.role_lead"), t("config.role_facilitator")),
                variant="soft",
                high_contrast=True,
            ),
            rx.spacer(),
            rx.button(
                t("config.remove_from_team"),
                variant="soft",
                color_scheme="red",
                high_contrast=True,
                size="1",
                type="button",
                on_click=S.remove_from_team(member.membership_id),
                aria_label=t("config.remove_from_team") + ": " + member.name,
            ),
            width="100%",
            align="center",
            wrap="wrap",  # on a phone the button goes below the name
        ),
    )


def _team() -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.heading(t("config.team"), as_="h2", size="5"),
            rx.el.ul(rx.foreach(S.team, _team_member), class_name="audit-list"),
            rx.form(
                rx.hstack(
                    rx.box(
                        field(
                            t("config.team_email"),
                            name="team_email",
                            type="email",
                            error=S.errors.get("team_email", ""),
                        ),
                        flex="1",
                    ),
                    field(
                        t("config.team_role"),
                        name="team_role",
                        error=S.errors.get("team_role", ""),
                        control=native_select(
                            name="team_role",
                            choices={
                                "lead": t("config.role_lead"),
                                "facilitator": t("config.role_facilitator"),
                            },
                            default="facilitator",
                        ),
                    ),
                    rx.button(
                        t("config.add_to_team"),
                        type="submit",
                        size="3",
                        high_contrast=True,
                        margin_top="1.6rem",
                    ),
                    align="start",
                    spacing="3",
                    width="100%",
                    wrap="wrap",
                ),
                on_submit=S.add_to_team,
                reset_on_submit=False,
                width="100%",
            ),
            spacing="3",
            width="100%",
        ),
        width="100%",
        size="3",
    )


def _target_line(row: TargetPreview) -> rx.Component:
    return rx.el.li(
        rx.hstack(
            rx.badge(
                row.name,
                variant=rx.cond(row.primary, "solid", "outline"),
                radius="full",
                high_contrast=True,
            ),
            rx.text(
                rx.cond(row.target != "", row.target, t("config.preview_no_target")),
                size="2",
                color=rx.cond(row.target != "", rx.color("gray", 12), rx.color("gray", 11)),
            ),
            align="center",
            spacing="2",
            wrap="wrap",
        )
    )


def _preview() -> rx.Component:
    return rx.el.section(
        rx.vstack(
            rx.heading(t("config.preview"), as_="h2", size="4", id="preview-heading"),
            rx.text(t("config.preview_lead"), size="1", color=rx.color("gray", 11)),
            rx.box(community_card(S.preview_card), width="100%", class_name="preview-card"),
            rx.heading(t("config.preview_targets"), as_="h3", size="3"),
            rx.cond(
                S.preview_targets.length() > 0,
                rx.el.ul(rx.foreach(S.preview_targets, _target_line), class_name="audit-list"),
                rx.text(t("config.preview_no_focus"), size="2"),
            ),
            spacing="3",
            width="100%",
        ),
        aria_labelledby="preview-heading",
        aria_live="polite",
        class_name="config-preview",
    )


def _archive() -> rx.Component:
    """Site admins archive a community (after confirming) or restore it."""
    confirm = rx.alert_dialog.root(
        rx.alert_dialog.trigger(
            rx.button(t("config.archive"), color_scheme="red", variant="soft", high_contrast=True)
        ),
        rx.alert_dialog.content(
            rx.alert_dialog.title(t("config.archive_title") + " " + S.community_name + "?"),
            rx.alert_dialog.description(t("config.archive_explained"), size="2"),
            rx.hstack(
                rx.alert_dialog.cancel(
                    rx.button(t("config.keep_open"), variant="soft", high_contrast=True)
                ),
                rx.alert_dialog.action(
                    rx.button(
                        t("config.archive_confirm"),
                        color_scheme="red",
                        high_contrast=True,
                        on_click=S.set_archived(True),
                    )
                ),
                spacing="3",
                justify="end",
                margin_top="1rem",
            ),
        ),
    )
    return rx.card(
        rx.vstack(
            rx.heading(t("config.archive_heading"), as_="h2", size="5"),
            rx.cond(
                S.archived,
                rx.vstack(
                    rx.text(t("config.archived_now"), size="2"),
                    rx.button(
                        t("config.restore"),
                        high_contrast=True,
                        on_click=S.set_archived(False),
                    ),
                    spacing="3",
                ),
                rx.vstack(rx.text(t("config.archive_lead"), size="2"), confirm, spacing="3"),
            ),
            spacing="3",
            width="100%",
        ),
        width="100%",
        size="3",
    )


def _focus_form() -> rx.Component:
    return rx.form(
        rx.vstack(
            field_error("field-primary", S.errors.get("primary", "")),
            rx.foreach(S.rows, _area),
            rx.el.label(
                rx.el.input(type="checkbox", name="confirm_more"),
                " " + t("config.confirm_more"),
                class_name="check-option",
            ),
            rx.button(t("config.save"), type="submit", size="3", high_contrast=True),
            spacing="3",
            width="100%",
        ),
        on_submit=S.save,
        reset_on_submit=False,
        width="100%",
    )


@rx.page(
    route=routes.COMMUNITY_CONFIG,
    title=page_title(t("config.title"), S.community_name),
    on_load=[AuthState.refresh, S.load],
)
def community_config() -> rx.Component:
    return shell(
        rx.vstack(
            rx.link(
                rx.hstack(rx.icon("arrow-left", size=14), t("admin.title"), align="center"),
                href=routes.ADMIN,
                size="2",
                high_contrast=True,
            ),
            rx.heading(t("config.title") + ": " + S.community_name, as_="h1", size="7"),
            rx.text(t("config.lead"), size="2", color=rx.color("gray", 11)),
            rx.cond(
                S.loaded,
                rx.el.div(
                    rx.vstack(
                        rx.cond(
                            S.archived,
                            rx.callout(
                                t("config.archived_now"),
                                icon="archive",
                                high_contrast=True,
                                width="100%",
                            ),
                            rx.fragment(
                                _settings(),
                                _team(),
                                rx.heading(t("config.focus_heading"), as_="h2", size="5"),
                                _focus_form(),
                            ),
                        ),
                        rx.cond(S.can_archive, _archive()),
                        audit_section(S.audit),
                        spacing="4",
                        width="100%",
                        min_width="0",
                    ),
                    rx.cond(~S.archived, _preview()),
                    class_name="config-layout",
                ),
                loading(),
            ),
            spacing="4",
            max_width="76rem",
            width="100%",
        )
    )
