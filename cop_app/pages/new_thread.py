"""Starting a thread (/c/<slug>/new)."""

from __future__ import annotations

import reflex as rx

from cop_app import routes
from cop_app.components.editor import markdown_editor
from cop_app.components.forms import field, field_error, form_error, native_select
from cop_app.components.layout import loading, page
from cop_app.components.titles import page_title
from cop_app.i18n import t
from cop_app.models import KnowledgeSubtype, Urgency
from cop_app.state.auth import AuthState
from cop_app.state.new_thread import NewThreadState

S = NewThreadState

KINDS = (
    ("question", "kind.question", "new_thread.kind_question"),
    ("helpdesk", "kind.helpdesk", "new_thread.kind_helpdesk"),
    ("discussion", "kind.discussion", "new_thread.kind_discussion"),
    ("knowledge", "kind.knowledge", "new_thread.kind_knowledge"),
)


def _kind(value: str, label_key: str, help_key: str) -> rx.Component:
    return rx.el.label(
        rx.hstack(
            rx.el.input(
                type="radio",
                name="kind",
                value=value,
                checked=S.kind == value,
                on_change=lambda _v: S.set_kind(value),
            ),
            rx.vstack(
                rx.text(t(label_key), weight="bold", size="2"),
                rx.text(t(help_key), size="1", color=rx.color("gray", 11)),
                spacing="0",
            ),
            align="start",
            spacing="2",
        ),
        class_name="focus-option",
    )


def _helpdesk_fields() -> rx.Component:
    return rx.cond(
        S.kind == "helpdesk",
        rx.card(
            rx.vstack(
                rx.cond(
                    S.target != "",
                    rx.callout(
                        t("new_thread.target_intro") + " " + S.target + ".",
                        icon="clock",
                        high_contrast=True,
                        width="100%",
                    ),
                ),
                field(
                    t("new_thread.urgency"),
                    name="urgency",
                    error=S.errors.get("urgency", ""),
                    control=native_select(
                        name="urgency",
                        choices={u.value: t(f"urgency.{u.value}") for u in Urgency},
                        default="normal",
                    ),
                ),
                rx.grid(
                    field(
                        t("new_thread.country"),
                        name="context_country",
                        error=S.errors.get("context_country", ""),
                        max_length=80,
                    ),
                    field(
                        t("new_thread.project"),
                        name="context_project",
                        error=S.errors.get("context_project", ""),
                        max_length=120,
                    ),
                    columns=rx.breakpoints(initial="1", sm="2"),
                    spacing="3",
                    width="100%",
                ),
                spacing="3",
                width="100%",
            ),
            width="100%",
        ),
    )


def _form() -> rx.Component:
    return rx.form(
        rx.vstack(
            form_error(S.errors.get("form", "")),
            rx.el.fieldset(
                rx.el.legend(t("new_thread.kind"), class_name="field-label"),
                rx.grid(
                    *[_kind(*kind) for kind in KINDS],
                    columns=rx.breakpoints(initial="1", sm="2"),
                    spacing="2",
                    width="100%",
                ),
                field_error("field-kind", S.errors.get("kind", "")),
                class_name="check-group",
                aria_describedby="field-kind-error",
            ),
            rx.cond(
                S.kind == "knowledge",
                field(
                    t("new_thread.subtype"),
                    name="knowledge_subtype",
                    error=S.errors.get("knowledge_subtype", ""),
                    control=native_select(
                        name="knowledge_subtype",
                        choices={k.value: t(f"subtype.{k.value}") for k in KnowledgeSubtype},
                        default="",
                        placeholder=t("new_thread.choose"),
                    ),
                ),
            ),
            field(
                t("new_thread.title"),
                name="title",
                error=S.errors.get("title", ""),
                hint=t("new_thread.title_hint"),
                max_length=200,
            ),
            markdown_editor(
                heading_top=2,  # the preview sits right under the page's h1
                control_id="field-body",
                name="body",
                label=t("new_thread.body"),
                draft=S.draft,
                on_blur=S.set_draft,
                error=S.errors.get("body", ""),
                rows="10",
                mentions=S,
            ),
            _helpdesk_fields(),
            rx.grid(
                field(
                    t("new_thread.focus"),
                    name="focus_area",
                    error=S.errors.get("focus_area", ""),
                    hint=t("new_thread.focus_hint"),
                    control=rx.el.select(
                        rx.el.option(t("new_thread.no_focus"), value=""),
                        rx.foreach(
                            S.focus_choices,
                            lambda item: rx.el.option(item[1], value=item[0]),
                        ),
                        id="field-focus_area",
                        name="focus_area",
                        default_value=S.focus_area,
                        key=S.focus_area,
                        class_name="native-select",
                        aria_describedby="field-focus_area-hint field-focus_area-error",
                    ),
                ),
                field(
                    t("new_thread.tags"),
                    name="tags",
                    error=S.errors.get("tags", ""),
                    hint=t("new_thread.tags_hint"),
                ),
                columns=rx.breakpoints(initial="1", sm="2"),
                spacing="3",
                width="100%",
            ),
            rx.hstack(
                rx.button(t("new_thread.post"), type="submit", size="3", high_contrast=True),
                rx.link(
                    t("thread.cancel"),
                    href="/c/" + S.community_slug,
                    high_contrast=True,
                    size="2",
                ),
                spacing="4",
                align="center",
            ),
            spacing="4",
            width="100%",
        ),
        on_submit=S.submit,
        reset_on_submit=False,
        width="100%",
    )


@rx.page(
    route=routes.NEW_THREAD,
    title=page_title(t("new_thread.title_page"), S.community_name),
    on_load=[AuthState.refresh, S.load],
)
def new_thread() -> rx.Component:
    return page(
        rx.cond(S.loaded, _form(), loading()),
        title=t("new_thread.title_page"),
        back=(S.community_name, "/c/" + S.community_slug),
    )
