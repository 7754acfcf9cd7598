"""The onboarding wizard (/onboarding): from stranger to first contribution."""

from __future__ import annotations

import reflex as rx

from cop_app import routes
from cop_app.components.forms import (
    checkbox_group,
    field,
    field_error,
    form_error,
    native_select,
)
from cop_app.components.layout import loading, shell
from cop_app.components.titles import page_title
from cop_app.i18n import t
from cop_app.models import FocusAreaCode
from cop_app.services.accounts.profiles import LANGUAGE_CHOICES, ORG_TYPE_LABELS
from cop_app.services.communities.catalogue import FocusAreaView
from cop_app.services.communities.onboarding import STEPS
from cop_app.state.auth import AuthState
from cop_app.state.onboarding import MatchView, OnboardingState, PersonView

S = OnboardingState


def _progress() -> rx.Component:
    items = []
    for number, (_key, _name) in enumerate(STEPS, start=1):
        label = t(f"onboarding.step.{_key}")
        items.append(
            rx.el.li(
                rx.text(
                    f"{number}. {label}",
                    size="1",
                    weight=rx.cond(S.step == number, "bold", "regular"),
                    color=rx.cond(S.step >= number, rx.color("gray", 12), rx.color("gray", 11)),
                ),
                aria_current=rx.cond(S.step == number, "step", "false"),
                class_name=rx.cond(S.step == number, "wizard-step current", "wizard-step"),
            )
        )
    return rx.el.nav(
        rx.text(
            t("onboarding.step_of_prefix")
            + " "
            + S.step.to_string()
            + " "
            + t("onboarding.step_of_middle")
            + f" {len(STEPS)}",
            size="2",
            weight="medium",
        ),
        rx.el.ol(*items, class_name="wizard-steps"),
        rx.progress(
            value=S.step * 100 // len(STEPS),
            max=100,
            width="100%",
            aria_label=t("onboarding.progress"),
        ),
        aria_label=t("onboarding.progress"),
        width="100%",
    )


def _heading(text: str) -> rx.Component:
    return rx.heading(text, as_="h2", size="5", id="wizard-step-heading", tab_index=-1)


def _nav_buttons(next_label: str, *, submit: bool = True, on_next=None) -> rx.Component:
    next_button = (
        rx.button(next_label, type="submit", size="3", high_contrast=True)
        if submit
        else rx.button(next_label, type="button", size="3", high_contrast=True, on_click=on_next)
    )
    return rx.hstack(
        rx.button(
            t("onboarding.back"),
            type="button",
            variant="soft",
            size="3",
            high_contrast=True,
            on_click=S.back,
        ),
        next_button,
        spacing="3",
        wrap="wrap",
    )


def _welcome() -> rx.Component:
    return rx.vstack(
        _heading(t("onboarding.welcome_title")),
        rx.text(t("onboarding.welcome_1")),
        rx.text(t("onboarding.welcome_2")),
        rx.el.ol(
            *[rx.el.li(t(f"onboarding.step.{key}")) for key, _ in STEPS[1:]],
            class_name="plain-list",
        ),
        rx.button(t("onboarding.start"), size="3", high_contrast=True, on_click=S.start),
        spacing="3",
        align="start",
    )


def _about() -> rx.Component:
    return rx.form(
        rx.vstack(
            _heading(t("onboarding.step.about")),
            field(
                t("profile.organisation"),
                name="organisation",
                error=S.errors.get("organisation", ""),
                default_value=S.organisation,
                required=True,
            ),
            field(
                t("profile.org_type"),
                name="org_type",
                error=S.errors.get("org_type", ""),
                control=native_select(
                    name="org_type",
                    choices=ORG_TYPE_LABELS,
                    default=S.org_type,
                    placeholder=t("onboarding.choose"),
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
            _nav_buttons(t("onboarding.next")),
            spacing="4",
            width="100%",
        ),
        on_submit=S.save_about,
        reset_on_submit=False,
        width="100%",
    )


def _tag_editor(direction: str, label: str, tags: rx.Var[list[str]]) -> rx.Component:
    field_id = f"field-{direction}"
    return rx.vstack(
        rx.form(
            rx.vstack(
                rx.el.label(label, html_for=field_id, class_name="field-label"),
                rx.hstack(
                    rx.input(
                        id=field_id,
                        name="tag",
                        list="tag-suggestions",
                        size="3",
                        max_length=60,
                        flex="1",
                        aria_describedby=f"{field_id}-hint {field_id}-error",
                    ),
                    rx.button(
                        t("onboarding.add_tag"),
                        type="submit",
                        variant="soft",
                        size="3",
                        high_contrast=True,
                        aria_label=t("onboarding.add_tag") + ": " + label,
                    ),
                    width="100%",
                ),
                rx.text(
                    t("onboarding.tag_hint"),
                    id=f"{field_id}-hint",
                    size="1",
                    color=rx.color("gray", 11),
                ),
                field_error(field_id, S.errors.get(direction, "")),
                spacing="1",
                width="100%",
            ),
            on_submit=lambda form: S.add_tag(direction, form),
            reset_on_submit=True,
            width="100%",
        ),
        rx.flex(
            rx.foreach(
                tags,
                lambda tag: rx.badge(
                    tag,
                    rx.icon_button(
                        rx.icon("x", size=12),
                        size="1",
                        variant="ghost",
                        type="button",
                        on_click=S.remove_tag(direction, tag),
                        aria_label=t("onboarding.remove_tag") + " " + tag,
                    ),
                    size="2",
                    variant="soft",
                    high_contrast=True,
                    role="listitem",
                ),
            ),
            wrap="wrap",
            gap="0.4rem",
            aria_label=t("onboarding.chosen_topics") + " " + label.lower(),
            role="list",
        ),
        spacing="2",
        width="100%",
    )


def _expertise() -> rx.Component:
    return rx.vstack(
        _heading(t("onboarding.step.expertise")),
        rx.text(t("onboarding.expertise_lead"), size="2", color=rx.color("gray", 11)),
        rx.el.datalist(
            rx.foreach(S.suggestions, lambda tag: rx.el.option(value=tag)), id="tag-suggestions"
        ),
        _tag_editor("looking_for", t("profile.looking_for"), S.looking_for),
        _tag_editor("can_help", t("profile.can_help"), S.can_help),
        _nav_buttons(t("onboarding.next"), submit=False, on_next=S.save_expertise),
        spacing="4",
        width="100%",
    )


_WANTS = {code.value: t(f"onboarding.focus_want.{code.value}") for code in FocusAreaCode}


def _focus_option(area: FocusAreaView) -> rx.Component:
    return rx.el.label(
        rx.hstack(
            rx.el.input(
                type="checkbox",
                name="focus_" + area.code,
                default_checked=S.focus.contains(area.code),
                class_name="big-check",
            ),
            rx.vstack(
                rx.text(area.name, weight="bold"),
                rx.text(rx.Var.create(_WANTS)[area.code], size="2"),
                rx.text(area.description, size="1", color=rx.color("gray", 11)),
                spacing="1",
            ),
            align="start",
            spacing="3",
        ),
        class_name="focus-option",
    )


def _focus() -> rx.Component:
    options = [rx.foreach(S.areas, _focus_option)]
    return rx.form(
        rx.vstack(
            _heading(t("onboarding.step.focus")),
            rx.el.fieldset(
                rx.el.legend(t("onboarding.focus_question"), class_name="field-label"),
                rx.vstack(*options, spacing="2", width="100%"),
                field_error("field-focus", S.errors.get("focus", "")),
                class_name="check-group",
                aria_describedby="field-focus-error",
            ),
            _nav_buttons(t("onboarding.next")),
            spacing="4",
            width="100%",
        ),
        on_submit=S.save_focus,
        reset_on_submit=False,
        width="100%",
    )


def _match(match: MatchView) -> rx.Component:
    pick_id = "pick-" + match.slug
    motivation_id = "field-motivation_" + match.slug
    return rx.card(
        rx.vstack(
            rx.hstack(
                rx.el.input(
                    type="checkbox",
                    id=pick_id,
                    name="pick_" + match.slug,
                    default_checked=S.joined.contains(match.slug),
                    disabled=match.membership == "active",
                    class_name="big-check",
                ),
                rx.el.label(
                    rx.cond(match.selective, t("onboarding.ask_to_join"), t("onboarding.join"))
                    + " "
                    + match.name,
                    html_for=pick_id,
                    class_name="field-label",
                ),
                rx.cond(
                    match.membership != "",
                    rx.badge(match.membership, variant="soft", high_contrast=True),
                ),
                align="center",
                spacing="2",
            ),
            rx.text(match.tagline, size="2", color=rx.color("gray", 11)),
            rx.el.ul(
                rx.foreach(match.reasons, lambda r: rx.el.li(rx.text(r, size="2"))),
                class_name="reasons",
            ),
            rx.cond(
                match.selective,
                rx.vstack(
                    rx.el.label(
                        t("onboarding.motivation") + " (" + match.name + ")",
                        html_for=motivation_id,
                        class_name="field-label",
                    ),
                    rx.text_area(
                        id=motivation_id,
                        name="motivation_" + match.slug,
                        rows="3",
                        width="100%",
                        max_length=500,
                        default_value=match.motivation,
                        aria_describedby=motivation_id + "-error",
                    ),
                    field_error(motivation_id, S.errors.get("motivation:" + match.slug, "")),
                    spacing="1",
                    width="100%",
                ),
            ),
            spacing="2",
            width="100%",
        ),
        width="100%",
    )


def _communities() -> rx.Component:
    return rx.form(
        rx.vstack(
            _heading(t("onboarding.step.communities")),
            rx.text(t("onboarding.communities_lead"), size="2", color=rx.color("gray", 11)),
            rx.foreach(S.matches, _match),
            field_error("field-communities", S.errors.get("communities", "")),
            _nav_buttons(t("onboarding.join_and_continue")),
            spacing="4",
            width="100%",
        ),
        on_submit=S.choose,
        reset_on_submit=False,
        width="100%",
    )


def _person(person: PersonView) -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.text(person.name, weight="bold"),
            rx.text(person.about, size="1", color=rx.color("gray", 11)),
            rx.el.ul(
                rx.foreach(person.reasons, lambda r: rx.el.li(rx.text(r, size="2"))),
                class_name="reasons",
            ),
            spacing="1",
        ),
        width="100%",
    )


def _first_step() -> rx.Component:
    return rx.vstack(
        _heading(t("onboarding.step.first_step")),
        rx.cond(
            S.outcomes.length() > 0,
            rx.vstack(
                rx.heading(t("onboarding.your_communities"), as_="h3", size="3"),
                rx.el.ul(
                    rx.foreach(
                        S.outcomes,
                        lambda o: rx.el.li(
                            rx.link(o.name, href="/c/" + o.slug, high_contrast=True),
                            " — ",
                            rx.match(
                                o.status,
                                ("active", t("onboarding.status_active")),
                                ("pending", t("onboarding.status_pending")),
                                t("onboarding.status_declined"),
                            ),
                        ),
                    ),
                    class_name="plain-list",
                ),
                spacing="2",
            ),
        ),
        rx.heading(t("onboarding.people_title"), as_="h3", size="3"),
        rx.cond(
            S.people.length() > 0,
            rx.grid(
                rx.foreach(S.people, _person),
                columns=rx.breakpoints(initial="1", md="3"),
                spacing="3",
                width="100%",
            ),
            rx.text(t("onboarding.no_people"), size="2"),
        ),
        rx.heading(t("onboarding.question_title"), as_="h3", size="3"),
        rx.cond(
            S.question.url != "",
            rx.card(
                rx.vstack(
                    rx.link(
                        S.question.title, href=S.question.url, weight="bold", high_contrast=True
                    ),
                    rx.text(
                        S.question.community + " · " + S.question.reason,
                        size="1",
                        color=rx.color("gray", 11),
                    ),
                    spacing="1",
                ),
                width="100%",
            ),
            rx.text(t("onboarding.no_question"), size="2"),
        ),
        rx.heading(t("onboarding.post_title"), as_="h3", size="3"),
        rx.cond(
            S.outcomes.length() > 0,
            rx.form(
                rx.vstack(
                    field(
                        t("onboarding.post_community"),
                        name="community",
                        control=rx.el.select(
                            rx.foreach(
                                S.outcomes,
                                lambda o: rx.cond(
                                    o.status == "active", rx.el.option(o.name, value=o.slug)
                                ),
                            ),
                            id="field-community",
                            name="community",
                            class_name="native-select",
                        ),
                    ),
                    field(
                        t("onboarding.post_kind"),
                        name="kind",
                        control=rx.el.select(
                            rx.el.option(t("onboarding.kind_intro"), value="discussion"),
                            rx.el.option(t("onboarding.kind_question"), value="question"),
                            id="field-kind",
                            name="kind",
                            class_name="native-select",
                        ),
                    ),
                    field(
                        t("onboarding.post_subject"),
                        name="title",
                        max_length=200,
                        default_value=t("onboarding.intro_default_title"),
                    ),
                    field(
                        t("onboarding.post_body"),
                        name="body",
                        control=rx.text_area(
                            id="field-body", name="body", rows="4", width="100%", max_length=10000
                        ),
                    ),
                    form_error(S.post_error),
                    rx.button(
                        t("onboarding.post_submit"), type="submit", size="3", high_contrast=True
                    ),
                    spacing="3",
                    width="100%",
                ),
                on_submit=S.post_first,
                width="100%",
            ),
        ),
        rx.hstack(
            rx.button(
                t("onboarding.back"),
                type="button",
                variant="soft",
                size="3",
                high_contrast=True,
                on_click=S.back,
            ),
            rx.button(
                t("onboarding.finish"),
                type="button",
                size="3",
                variant="outline",
                high_contrast=True,
                on_click=S.finish,
            ),
            spacing="3",
        ),
        spacing="4",
        width="100%",
    )


@rx.page(
    route=routes.ONBOARDING,
    title=page_title(t("onboarding.title")),
    on_load=[AuthState.refresh, S.load],
)
def onboarding_page() -> rx.Component:
    return shell(
        rx.vstack(
            rx.heading(t("onboarding.title"), as_="h1", size="7"),
            rx.cond(
                S.loaded,
                rx.vstack(
                    _progress(),
                    rx.card(
                        rx.match(
                            S.step,
                            (1, _welcome()),
                            (2, _about()),
                            (3, _expertise()),
                            (4, _focus()),
                            (5, _communities()),
                            _first_step(),
                        ),
                        size="3",
                        width="100%",
                    ),
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
