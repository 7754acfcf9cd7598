"""Community page: what the community is about and its recent threads."""

from __future__ import annotations

import reflex as rx

from cop_app import routes
from cop_app.components.badges import answer_badge, focus_badge, openness_badge, visibility_badge
from cop_app.components.forms import field_error
from cop_app.components.layout import loading, shell
from cop_app.components.live import ago_text, number_text
from cop_app.components.markdown import user_markdown
from cop_app.components.search_box import search_box
from cop_app.components.titles import page_title
from cop_app.components.watch import watch_menu
from cop_app.i18n import t
from cop_app.schemas import FollowRow, ThreadRow
from cop_app.state.auth import AuthState
from cop_app.state.community import CommunityState


def thread_row(row: ThreadRow) -> rx.Component:
    return rx.el.li(
        rx.hstack(
            rx.vstack(
                rx.hstack(
                    rx.cond(
                        row.pinned,
                        rx.badge(
                            rx.icon("pin", size=12),
                            t("threads.pinned"),
                            color_scheme="iris",
                            high_contrast=True,
                        ),
                    ),
                    rx.badge(row.kind_label, variant="soft", color_scheme="gray"),
                    rx.cond(
                        row.focus_label != "",
                        rx.text(row.focus_label, size="1", color=rx.color("gray", 11)),
                    ),
                    align="center",
                    spacing="2",
                    wrap="wrap",
                ),
                rx.link(
                    row.title,
                    href=row.url,
                    size="3",
                    weight="medium",
                    high_contrast=True,
                    class_name="thread-link",
                ),
                rx.text(
                    row.author + " · " + ago_text(row.last_at),
                    size="1",
                    color=rx.color("gray", 11),
                ),
                spacing="1",
                align="start",
                min_width="0",
            ),
            rx.spacer(),
            rx.vstack(
                answer_badge(row.answered, row.unanswered),
                rx.cond(
                    row.new_replies > 0,
                    rx.badge(
                        row.new_replies.to_string() + " " + t("community.new_replies"),
                        color_scheme="teal",
                        high_contrast=True,
                    ),
                ),
                rx.hstack(
                    rx.icon("message-circle", size=14, color=rx.color("gray", 10)),
                    rx.text(
                        number_text(row.replies),
                        rx.el.span(" " + t("community.replies_word"), class_name="sr-only"),
                        size="2",
                        color=rx.color("gray", 11),
                    ),
                    spacing="1",
                    align="center",
                ),
                align="end",
                spacing="2",
                flex_shrink="0",
            ),
            width="100%",
            align="center",
            spacing="4",
        ),
        padding="0.9rem 1.1rem",
        border_bottom=f"1px solid {rx.color('gray', 4)}",
        list_style="none",
    )


def _join() -> rx.Component:
    """Joining, as the visitor's standing allows."""
    h = CommunityState.header
    m = CommunityState.membership
    return rx.cond(
        h.archived,
        rx.fragment(),
        rx.cond(
            ~AuthState.signed_in,
            rx.link(
                t("community.sign_in_to_join"),
                href="/login?next=/c/" + h.slug,
                high_contrast=True,
                size="2",
            ),
            rx.match(
                m,
                (
                    "active",
                    rx.badge(
                        rx.icon("check", size=12),
                        rx.match(
                            CommunityState.role,
                            ("lead", t("community.you_lead")),
                            ("facilitator", t("community.you_facilitate")),
                            t("community.you_are_member"),
                        ),
                        color_scheme="green",
                        high_contrast=True,
                        size="2",
                    ),
                ),
                (
                    "pending",
                    rx.badge(
                        t("community.request_waiting"),
                        color_scheme="amber",
                        high_contrast=True,
                        size="2",
                    ),
                ),
                ("declined", rx.text(t("community.request_declined"), size="2")),
                rx.cond(
                    h.selective,
                    rx.form(
                        rx.vstack(
                            rx.el.label(
                                t("community.motivation"),
                                html_for="join-motivation",
                                class_name="field-label",
                            ),
                            rx.text_area(
                                id="join-motivation",
                                name="motivation",
                                rows="2",
                                width="100%",
                                max_length=500,
                                aria_describedby="join-motivation-error",
                            ),
                            field_error("join-motivation", CommunityState.join_error),
                            rx.button(
                                t("community.ask_to_join"), type="submit", high_contrast=True
                            ),
                            spacing="2",
                            width="100%",
                        ),
                        on_submit=CommunityState.join,
                        reset_on_submit=False,
                        max_width="32rem",
                        width="100%",
                    ),
                    rx.button(
                        rx.icon("user-plus", size=16),
                        t("community.join"),
                        high_contrast=True,
                        on_click=CommunityState.join({}),
                    ),
                ),
            ),
        ),
    )


def _follow_control(row: FollowRow) -> rx.Component:
    return rx.hstack(
        rx.text(row.name, size="2", weight="medium"),
        watch_menu(
            row.level,
            what=t("watch.for") + " " + row.name,
            on_pick=lambda level: CommunityState.set_watch(row.code, level),
            inherited=row.inherited,
        ),
        rx.cond(row.inherited != "", rx.text(row.inherited, size="1", color=rx.color("gray", 11))),
        align="center",
        spacing="2",
        wrap="wrap",
    )


def _follow() -> rx.Component:
    """How closely the member follows the community and each of its focus areas."""
    return rx.cond(
        CommunityState.follow.length() > 0,
        rx.el.section(
            rx.heading(t("watch.follow_heading"), as_="h2", size="3"),
            rx.flex(
                rx.foreach(CommunityState.follow, _follow_control),
                gap="0.5rem 1.25rem",
                wrap="wrap",
                align="center",
            ),
            class_name="follow-controls",
        ),
    )


def _header() -> rx.Component:
    h = CommunityState.header
    return rx.vstack(
        rx.link(
            rx.hstack(rx.icon("arrow-left", size=14), t("community.back_home"), align="center"),
            href=routes.HOME,
            size="2",
            high_contrast=True,
        ),
        rx.hstack(
            rx.heading(h.name, as_="h1", size="7"),
            openness_badge(h.selective),
            visibility_badge(h.visibility),
            align="center",
            spacing="3",
            wrap="wrap",
        ),
        rx.text(h.tagline, size="3", color=rx.color("gray", 11)),
        rx.cond(
            h.archived,
            rx.callout(t("community.archived"), icon="archive", high_contrast=True, width="100%"),
        ),
        rx.hstack(rx.foreach(h.focus, focus_badge), spacing="1", wrap="wrap"),
        _join(),
        _follow(),
        # Written by admins, still user content: Markdown without raw HTML.
        rx.box(
            user_markdown(h.description, top=2),
            class_name="post-body",
            max_width="48rem",
            font_size="var(--font-size-2)",
        ),
        rx.hstack(
            rx.text(h.member_count + " " + t("home.members_word"), size="2", weight="medium"),
            rx.text(h.thread_count + " " + t("home.threads_word"), size="2", weight="medium"),
            rx.cond(
                h.languages != "",
                rx.text(t("community.languages_label") + " " + h.languages, size="2"),
            ),
            spacing="4",
            color=rx.color("gray", 11),
        ),
        spacing="3",
        margin_bottom="1.5rem",
    )


S = CommunityState

KIND_CHOICES = {
    "": "community.all_kinds",
    "question": "kind.question",
    "helpdesk": "kind.helpdesk",
    "discussion": "kind.discussion",
    "knowledge": "kind.knowledge",
}
SORT_CHOICES = {
    "activity": "community.sort_activity",
    "newest": "community.sort_newest",
    "replies": "community.sort_replies",
}


def _select(label: str, name: str, value, options: list[rx.Component]) -> rx.Component:
    control_id = "filter-" + name
    return rx.vstack(
        rx.el.label(label, html_for=control_id, class_name="field-label"),
        # Uncontrolled (no round trip before it shows the choice); the key
        # remounts it when the state changes it (clearing the filters).
        rx.el.select(
            *options,
            id=control_id,
            default_value=value,
            key=value,
            on_change=lambda v: S.set_filter(name, v),
            class_name="native-select",
        ),
        spacing="1",
    )


def _toggle(label: str, name: str, checked) -> rx.Component:
    return rx.el.label(
        rx.el.input(
            type="checkbox",
            default_checked=checked,
            key=checked.to_string(),
            on_change=lambda _v: S.set_filter(name, ~checked),
        ),
        " " + label,
        class_name="check-option",
    )


def _filters() -> rx.Component:
    return rx.el.form(
        rx.hstack(
            _select(
                t("community.filter_kind"),
                "kind",
                S.kind,
                [rx.el.option(t(key), value=value) for value, key in KIND_CHOICES.items()],
            ),
            _select(
                t("community.filter_focus"),
                "focus",
                S.focus,
                [
                    rx.el.option(t("community.all_focus"), value=""),
                    rx.foreach(
                        S.focus_choices,
                        lambda item: rx.el.option(item[1], value=item[0]),
                    ),
                ],
            ),
            _select(
                t("community.sort"),
                "sort",
                S.sort,
                [rx.el.option(t(key), value=value) for value, key in SORT_CHOICES.items()],
            ),
            rx.vstack(
                _toggle(t("community.only_unanswered"), "unanswered", S.unanswered),
                rx.cond(
                    AuthState.signed_in,
                    _toggle(t("community.only_mine"), "mine", S.mine),
                ),
                spacing="1",
            ),
            rx.cond(
                (S.kind != "") | (S.focus != "") | S.unanswered | S.mine | (S.sort != "activity"),
                rx.button(
                    t("community.clear_filters"),
                    variant="ghost",
                    size="2",
                    type="button",
                    high_contrast=True,
                    on_click=S.clear_filters,
                ),
            ),
            spacing="4",
            align="end",
            wrap="wrap",
        ),
        aria_label=t("community.filters"),
        role="search",
        on_submit=rx.prevent_default,
        width="100%",
    )


def _threads() -> rx.Component:
    return rx.vstack(
        rx.hstack(
            rx.heading(t("community.threads"), as_="h2", size="5"),
            rx.spacer(),
            rx.cond(
                S.can_moderate,
                rx.link(
                    t("health.link"),
                    href="/c/" + S.header.slug + "/health",
                    high_contrast=True,
                    size="2",
                ),
            ),
            rx.cond(
                S.can_moderate,
                rx.link(
                    t("queue.link"),
                    href="/c/" + S.header.slug + "/queue",
                    high_contrast=True,
                    size="2",
                ),
            ),
            rx.cond(
                S.can_post,
                rx.button(
                    rx.link(
                        rx.icon("plus", size=16),
                        t("community.new_thread"),
                        href="/c/" + S.header.slug + "/new",
                        underline="none",
                    ),
                    as_child=True,
                    size="2",
                    high_contrast=True,
                ),
            ),
            width="100%",
            align="center",
            spacing="4",
            wrap="wrap",
        ),
        search_box(on_submit=S.search),
        _filters(),
        rx.cond(
            S.threads.length() > 0,
            rx.card(
                rx.el.ul(rx.foreach(S.threads, thread_row), margin="0", padding="0"),
                padding="0",
                width="100%",
            ),
            rx.callout(t("community.no_threads"), icon="info", high_contrast=True),
        ),
        rx.cond(
            S.next_cursor != "",
            rx.button(
                t("community.show_more"),
                variant="soft",
                high_contrast=True,
                on_click=S.show_more,
                width="100%",
            ),
        ),
        spacing="3",
        width="100%",
    )


def _closed() -> rx.Component:
    """What a visitor who may not read the discussions is told instead."""
    return rx.callout(
        rx.cond(
            AuthState.signed_in,
            t("community.members_only_note"),
            t("community.sign_in_to_read"),
        ),
        icon="lock",
        high_contrast=True,
        width="100%",
    )


@rx.page(
    route=routes.COMMUNITY,
    title=page_title(CommunityState.header.name),
    on_load=[AuthState.refresh, CommunityState.load],
)
def community() -> rx.Component:
    return shell(
        rx.cond(
            CommunityState.loaded,
            rx.cond(
                CommunityState.found,
                rx.fragment(_header(), rx.cond(S.can_read, _threads(), _closed())),
                rx.callout(
                    t("community.not_found"),
                    icon="triangle-alert",
                    color_scheme="red",
                    high_contrast=True,
                ),
            ),
            loading(),
        )
    )
