"""Thread page: the opening post and the replies, in order."""

from __future__ import annotations

from types import SimpleNamespace

import reflex as rx

from cop_app import routes
from cop_app.components.editor import markdown_editor
from cop_app.components.forms import field_error
from cop_app.components.layout import loading, shell
from cop_app.components.live import live_thread
from cop_app.components.markdown import user_markdown
from cop_app.components.titles import page_title
from cop_app.components.watch import THREAD_LEVELS, watch_menu
from cop_app.i18n import t
from cop_app.models import KnowledgeSubtype
from cop_app.schemas import LivePost
from cop_app.state.auth import AuthState
from cop_app.state.thread import ThreadState

S = ThreadState
#: The thread as the browser holds it (the tab's state holds only the viewer's flags).
L = live_thread(f"{ThreadState.get_full_name()}.resync")
H = L.thread
#: What the viewer may do, derived in the browser (every write checks again on the server).
CAN_REPLY = S.can_post & ~H.locked & ~H.hidden
REPLY_BLOCK = rx.cond(
    H.locked, t("thread.block_locked"), rx.cond(H.hidden, t("thread.block_hidden"), S.post_block)
)


def _action(label: rx.Var | str, icon: str, on_click, **props) -> rx.Component:
    return rx.button(
        rx.icon(icon, size=14),
        label,
        variant="ghost",
        size="1",
        high_contrast=True,
        on_click=on_click,
        type="button",
        **props,
    )


def _delete_button(post: LivePost) -> rx.Component:
    return rx.alert_dialog.root(
        rx.alert_dialog.trigger(
            rx.button(
                rx.icon("trash-2", size=14),
                t("thread.delete"),
                variant="ghost",
                size="1",
                color_scheme="red",
                high_contrast=True,
                type="button",
                aria_label=t("thread.delete") + ": " + post.author + ", " + post.created,
            )
        ),
        rx.alert_dialog.content(
            rx.alert_dialog.title(t("thread.delete_title")),
            rx.alert_dialog.description(t("thread.delete_explained"), size="2"),
            rx.hstack(
                rx.alert_dialog.cancel(
                    rx.button(t("thread.keep"), variant="soft", high_contrast=True)
                ),
                rx.alert_dialog.action(
                    rx.button(
                        t("thread.delete_confirm"),
                        color_scheme="red",
                        high_contrast=True,
                        on_click=S.delete_post(post.id),
                    )
                ),
                spacing="3",
                justify="end",
                margin_top="1rem",
            ),
        ),
    )


def _post_actions(post, can_reply: rx.Var[bool]) -> rx.Component:
    return rx.hstack(
        rx.cond(
            post.can_react,
            rx.button(
                rx.icon("thumbs-up", size=14),
                t("thread.helpful") + " · " + post.helpful,
                variant=rx.cond(post.i_found_helpful, "solid", "soft"),
                size="1",
                high_contrast=True,
                type="button",
                aria_pressed=rx.cond(post.i_found_helpful, "true", "false"),
                # The name holds the visible text (WCAG 2.5.3), then whose post it is.
                aria_label=t("thread.helpful") + " · " + post.helpful + ", " + post.author,
                on_click=S.toggle_helpful(post.id),
            ),
            rx.cond(
                post.helpful != "0",
                rx.text(
                    rx.icon("thumbs-up", size=12),
                    " " + post.helpful + " " + t("thread.helpful_word"),
                    size="1",
                    color=rx.color("gray", 11),
                ),
            ),
        ),
        rx.cond(
            can_reply & ~post.deleted,
            _action(
                t("thread.quote"),
                "quote",
                S.quote(post.id),
                aria_label=t("thread.quote") + ": " + post.author,
            ),
        ),
        rx.cond(
            post.can_accept,
            _action(
                t("thread.accept"),
                "circle-check",
                S.accept(post.id),
                aria_label=t("thread.accept") + ": " + post.author,
            ),
        ),
        rx.cond(
            post.mine & can_reply,
            _action(
                t("thread.edit"),
                "pencil",
                S.start_edit(post.id),
                aria_label=t("thread.edit") + ": " + post.author + ", " + post.created,
            ),
        ),
        rx.cond(post.can_delete, _delete_button(post)),
        spacing="3",
        align="center",
        wrap="wrap",
    )


def _edit_form(post: LivePost) -> rx.Component:
    return rx.form(
        rx.vstack(
            rx.el.label(t("thread.edit_label"), html_for="edit-body", class_name="field-label"),
            rx.text_area(
                id="edit-body",
                name="body",
                default_value=post.body,
                rows="6",
                width="100%",
                aria_describedby="edit-body-error",
                aria_invalid=rx.cond(S.edit_error != "", "true", "false"),
            ),
            field_error("edit-body", S.edit_error),
            rx.hstack(
                rx.button(t("thread.save_edit"), type="submit", high_contrast=True),
                rx.button(
                    t("thread.cancel"),
                    type="button",
                    variant="soft",
                    high_contrast=True,
                    on_click=S.cancel_edit,
                ),
                spacing="2",
            ),
            spacing="2",
            width="100%",
        ),
        on_submit=S.save_edit,
        reset_on_submit=False,
        width="100%",
    )


def _post_body(post) -> rx.Component:
    # User content: Markdown without raw HTML (see REFLEX_NOTES, XSS).
    # The opening post sits under the page's h1; replies under an h2.
    return rx.box(
        rx.cond(post.opening, user_markdown(post.body, top=2), user_markdown(post.body, top=3)),
        class_name=rx.cond(post.deleted, "post-body post-deleted", "post-body"),
        width="100%",
    )


def _card(post, body: rx.Component, can_reply: rx.Var[bool]) -> rx.Component:
    """A post's card around ``body`` (its text, or the form editing it)."""
    return rx.el.article(
        rx.card(
            rx.vstack(
                rx.hstack(
                    rx.avatar(
                        fallback=post.author[:2], size="2", radius="full", high_contrast=True
                    ),
                    rx.vstack(
                        rx.text(post.author, weight="bold", size="2"),
                        rx.text(post.author_meta, size="1", color=rx.color("gray", 11)),
                        spacing="0",
                        flex="1 1 8rem",  # beside the avatar even on a phone
                        min_width="0",
                    ),
                    rx.cond(
                        post.accepted,
                        rx.badge(
                            rx.icon("circle-check", size=12),
                            t("thread.accepted"),
                            color_scheme="green",
                            size="2",
                            high_contrast=True,
                        ),
                    ),
                    rx.el.time(
                        rx.text(post.created, size="1", color=rx.color("gray", 11)),
                        date_time=post.created_iso,
                    ),
                    rx.cond(
                        post.edited,
                        rx.text("· " + t("thread.edited"), size="1", color=rx.color("gray", 11)),
                    ),
                    width="100%",
                    align="center",
                    spacing="2",
                    wrap="wrap",  # on a phone the badge and the date go below the name
                ),
                rx.cond(
                    post.quote_author != "",
                    rx.blockquote(
                        rx.text(post.quote_author + " " + t("thread.wrote"), weight="medium"),
                        rx.text(post.quote_excerpt),
                        size="2",
                        color=rx.color("gray", 11),
                    ),
                ),
                body,
                _post_actions(post, can_reply),
                spacing="2",
                width="100%",
            ),
            width="100%",
            border=rx.cond(post.accepted, f"2px solid {rx.color('green', 8)}", "none"),
        ),
        id="post-" + post.id.to_string(),
        width="100%",
        aria_label=post.author,
    )


@rx.memo
def post_card_shown(
    id: rx.Var[int],
    author: rx.Var[str],
    author_meta: rx.Var[str],
    created: rx.Var[str],
    created_iso: rx.Var[str],
    body: rx.Var[str],
    edited: rx.Var[bool],
    helpful: rx.Var[str],
    accepted: rx.Var[bool],
    deleted: rx.Var[bool],
    quote_author: rx.Var[str],
    quote_excerpt: rx.Var[str],
    mine: rx.Var[bool],
    can_accept: rx.Var[bool],
    can_delete: rx.Var[bool],
    can_react: rx.Var[bool],
    i_found_helpful: rx.Var[bool],
    opening: rx.Var[bool],
    can_reply: rx.Var[bool],
) -> rx.Component:
    """A post's card, not being edited. Memoised with plain props only, so a
    delta that appends a post (or changes one) leaves the other cards, and
    their Markdown, alone: React compares the props and skips them."""
    shown = {name: value for name, value in locals().items() if name != "can_reply"}
    post = SimpleNamespace(**shown)
    return _card(post, _post_body(post), can_reply)


def _shown(post: LivePost) -> dict[str, rx.Var]:
    """A live post's fields as the card shows them, with this viewer's rights."""
    mine = (post.author_id == S.viewer_id) & (S.viewer_id != 0)
    may_accept = H.answerable & (S.viewer_id != 0) & ((S.viewer_id == H.author_id) | S.moderator)
    return {
        "id": post.id,
        "author": post.author,
        "author_meta": post.meta,
        "created": post.created,
        "created_iso": post.at,
        "body": rx.cond(post.deleted, t("post.deleted"), post.body),
        "edited": post.edited,
        "helpful": post.helpful_text,
        "accepted": post.accepted,
        "deleted": post.deleted,
        "quote_author": post.quote_author,
        "quote_excerpt": post.quote_excerpt,
        "mine": mine & ~post.deleted,
        "can_accept": may_accept & ~post.deleted & ~post.opening & ~post.accepted,
        "can_delete": ((mine & S.can_post) | S.moderator) & ~post.opening & ~post.deleted,
        "can_react": S.can_post & ~mine & ~post.deleted & ~H.hidden,
        "i_found_helpful": S.my_helpful.contains(post.id),
        "opening": post.opening,
    }


@rx.memo
def staged_card(author: rx.Var[str], body: rx.Var[str], sending: rx.Var[str]) -> rx.Component:
    """The viewer's own reply, shown the moment they send it, until the server
    answers: then it is the posted reply, or gone (and the box still holds it).
    Not an article yet: it is not a post until the server has it."""
    return rx.el.div(
        rx.card(
            rx.vstack(
                rx.hstack(
                    rx.avatar(fallback=author[:2], size="2", radius="full", high_contrast=True),
                    rx.text(author, weight="bold", size="2", flex="1 1 8rem", min_width="0"),
                    rx.text(sending, size="1", color=rx.color("gray", 11), role="status"),
                    width="100%",
                    align="center",
                    spacing="2",
                    wrap="wrap",
                ),
                rx.box(user_markdown(body, top=3), class_name="post-body", width="100%"),
                spacing="2",
                width="100%",
            ),
            width="100%",
        ),
        class_name="post-staged",
        aria_busy="true",
        width="100%",
    )


def post_card(post: LivePost) -> rx.Component:
    shown = _shown(post)
    return rx.cond(
        post.pending,
        staged_card(author=post.author, body=post.body, sending=post.created),
        rx.cond(
            S.editing_id == post.id,
            _card(SimpleNamespace(**shown), _edit_form(post), CAN_REPLY),
            post_card_shown(**shown, can_reply=CAN_REPLY),
        ),
    )


@rx.memo
def accepted_summary(id: rx.Var[int], author: rx.Var[str], body: rx.Var[str]) -> rx.Component:
    """The accepted answer, shown right under the question (memoised like a card)."""
    return rx.callout(
        rx.vstack(
            rx.text(t("thread.accepted") + " · " + author, weight="bold"),
            rx.box(user_markdown(body, top=2), class_name="post-body"),
            rx.link(
                t("thread.jump_to_answer"),
                href="#post-" + id.to_string(),
                size="2",
                high_contrast=True,
            ),
            spacing="1",
            width="100%",
        ),
        icon="circle-check",
        color_scheme="green",
        high_contrast=True,
        width="100%",
        id="accepted-answer",
    )


def _accepted_summary(post: LivePost) -> rx.Component:
    return accepted_summary(id=post.id, author=post.author, body=post.body)


def _reply_box() -> rx.Component:
    return rx.cond(
        CAN_REPLY,
        rx.card(
            rx.form(
                rx.vstack(
                    rx.heading(t("thread.your_reply"), as_="h2", size="4"),
                    rx.cond(
                        S.quote_id != 0,
                        rx.hstack(
                            rx.icon("quote", size=14),
                            rx.text(S.quote_label, size="2"),
                            rx.button(
                                t("thread.unquote"),
                                variant="ghost",
                                size="1",
                                type="button",
                                high_contrast=True,
                                on_click=S.unquote,
                            ),
                            align="center",
                            spacing="2",
                        ),
                    ),
                    markdown_editor(
                        control_id="reply-body",
                        name="body",
                        label=t("thread.reply_label"),
                        draft=S.draft,
                        on_blur=S.set_draft,
                        error=S.reply_error,
                        rows="5",
                        placeholder=t("thread.reply_placeholder"),
                        mentions=S,
                    ),
                    rx.button(t("thread.post_reply"), type="submit", size="3", high_contrast=True),
                    spacing="3",
                    width="100%",
                ),
                on_submit=S.reply,
                reset_on_submit=False,
                width="100%",
            ),
            width="100%",
            size="3",
        ),
        rx.callout(
            rx.hstack(
                rx.text(REPLY_BLOCK),
                rx.cond(
                    ~AuthState.signed_in,
                    rx.link(
                        t("auth.sign_in"),
                        href="/login?next=" + S.router.page.raw_path,
                        high_contrast=True,
                    ),
                ),
                spacing="2",
                wrap="wrap",
            ),
            icon="info",
            high_contrast=True,
            width="100%",
        ),
    )


def _move_form() -> rx.Component:
    return rx.cond(
        S.move_targets.length() > 0,
        rx.form(
            rx.hstack(
                rx.el.label(t("thread.move_to"), html_for="move-to", class_name="field-label"),
                rx.el.select(
                    rx.el.option(t("new_thread.choose"), value=""),
                    rx.foreach(S.move_targets, lambda kv: rx.el.option(kv[1], value=kv[0])),
                    id="move-to",
                    name="to",
                    class_name="native-select",
                ),
                rx.button(
                    t("thread.move"), type="submit", size="1", variant="soft", high_contrast=True
                ),
                spacing="2",
                align="center",
            ),
            on_submit=S.move,
            reset_on_submit=False,
        ),
    )


def _knowledge_form() -> rx.Component:
    return rx.cond(
        S.moderator & (H.accepted != 0),
        rx.form(
            rx.hstack(
                rx.el.label(
                    t("thread.make_knowledge"), html_for="knowledge-type", class_name="field-label"
                ),
                rx.el.select(
                    *[
                        rx.el.option(t(f"subtype.{k.value}"), value=k.value)
                        for k in KnowledgeSubtype
                    ],
                    id="knowledge-type",
                    name="subtype",
                    class_name="native-select",
                ),
                rx.button(
                    t("thread.make_knowledge_button"),
                    type="submit",
                    size="1",
                    variant="soft",
                    high_contrast=True,
                ),
                spacing="2",
                align="center",
                wrap="wrap",
            ),
            on_submit=S.make_knowledge,
            reset_on_submit=False,
        ),
    )


def _moderation() -> rx.Component:
    h = H
    return rx.cond(
        S.moderator,
        rx.hstack(
            rx.text(t("thread.moderation"), size="1", weight="medium"),
            _action(
                rx.cond(h.pinned, t("thread.unpin"), t("thread.pin")),
                "pin",
                S.moderate(rx.cond(h.pinned, "unpin", "pin")),
            ),
            _action(
                rx.cond(h.locked, t("thread.unlock"), t("thread.lock")),
                "lock",
                S.moderate(rx.cond(h.locked, "unlock", "lock")),
            ),
            _action(
                rx.cond(h.hidden, t("thread.unhide"), t("thread.hide")),
                "eye-off",
                S.moderate(rx.cond(h.hidden, "unhide", "hide")),
            ),
            _move_form(),
            _knowledge_form(),
            spacing="3",
            align="center",
            wrap="wrap",
            padding="0.5rem 0.75rem",
            border_radius="var(--radius-3)",
            background=rx.color("gray", 3),
        ),
    )


def _header() -> rx.Component:
    h = H
    return rx.vstack(
        rx.link(
            rx.hstack(
                rx.icon("arrow-left", size=14),
                t("thread.back_to") + " " + h.community,
                align="center",
            ),
            href="/c/" + h.slug,
            size="2",
            high_contrast=True,
        ),
        rx.hstack(
            rx.badge(h.kind_label, variant="soft", color_scheme="gray"),
            rx.cond(h.focus != "", rx.badge(h.focus, variant="outline", high_contrast=True)),
            rx.cond(
                h.answered,
                rx.badge(
                    rx.icon("circle-check", size=12),
                    h.status_label,
                    color_scheme="green",
                    high_contrast=True,
                ),
                rx.badge(h.status_label, color_scheme="gray", variant="outline"),
            ),
            rx.cond(
                h.pinned,
                rx.badge(rx.icon("pin", size=12), t("threads.pinned"), high_contrast=True),
            ),
            rx.cond(
                h.locked,
                rx.badge(rx.icon("lock", size=12), t("thread.locked"), color_scheme="orange"),
            ),
            rx.cond(
                h.hidden,
                rx.badge(rx.icon("eye-off", size=12), t("thread.hidden"), color_scheme="red"),
            ),
            rx.foreach(
                h.tags, lambda tag: rx.badge("#" + tag, variant="surface", high_contrast=True)
            ),
            spacing="2",
            wrap="wrap",
        ),
        rx.heading(h.title, as_="h1", size="6"),
        rx.text(
            h.author
            + " · "
            + h.created
            + " · "
            + h.replies_text
            + " "
            + t("community.replies_word"),
            size="2",
            color=rx.color("gray", 11),
        ),
        rx.cond(h.context != "", rx.text(h.context, size="2", weight="medium")),
        rx.cond(
            h.first_response != "",
            rx.text(t("thread.first_response_after") + " " + h.first_response, size="2"),
            rx.text(t("thread.no_response"), size="2", color=rx.color("orange", 12)),
        ),
        rx.cond(h.target != "", rx.text(t("thread.target_label") + " " + h.target, size="2")),
        rx.cond(
            ThreadState.watch_level != "",
            rx.hstack(
                watch_menu(
                    ThreadState.watch_level,
                    what=t("watch.for") + " " + t("watch.this_thread"),
                    on_pick=ThreadState.set_watch,
                    levels=THREAD_LEVELS,
                    inherited=ThreadState.watch_inherited,
                ),
                rx.cond(
                    ThreadState.watch_inherited != "",
                    rx.text(ThreadState.watch_inherited, size="1", color=rx.color("gray", 11)),
                ),
                align="center",
                spacing="2",
                wrap="wrap",
            ),
        ),
        _moderation(),
        spacing="2",
        margin_bottom="1.25rem",
        width="100%",
    )


@rx.page(
    route=routes.THREAD,
    title=page_title(ThreadState.title, ThreadState.community_name),
    on_load=[AuthState.refresh, ThreadState.load],
)
def thread() -> rx.Component:
    not_found = rx.callout(
        t("thread.not_found"), icon="triangle-alert", color_scheme="red", high_contrast=True
    )
    return shell(
        rx.cond(
            ThreadState.loaded,
            rx.cond(
                ThreadState.found & ~L.gone,
                rx.cond(
                    L.ready,
                    rx.vstack(
                        _header(),
                        rx.foreach(L.opening, post_card),
                        rx.foreach(L.accepted, _accepted_summary),
                        rx.cond(
                            L.replies.length() > 0,
                            rx.heading(
                                H.replies_text + " " + t("community.replies_word"),
                                as_="h2",
                                size="4",
                                margin_top="0.5rem",
                            ),
                        ),
                        rx.cond(
                            L.earlier > 0,
                            rx.button(
                                t("thread.show_earlier") + " (" + L.earlier.to_string() + ")",
                                variant="soft",
                                high_contrast=True,
                                on_click=S.show_earlier,
                                width="100%",
                            ),
                        ),
                        rx.foreach(L.replies, post_card),
                        _reply_box(),
                        spacing="3",
                        width="100%",
                        max_width="52rem",
                    ),
                    loading(),
                ),
                not_found,
            ),
            loading(),
        )
    )
