"""Thread page: the reply box, the viewer's rights, and the thread kept live.

The thread itself is not in this state: the tab sits in the thread's room
(:mod:`cop_app.services.threads.threadfeed`), which sends it the whole thread
once and then only what changes, shared with every other viewer; the browser
keeps and formats it (``assets/cop_live.js``). This state holds what is the
viewer's own: may they post, moderate, which posts they found helpful, and
their reply box. Every write commits, publishes the thread's and the
community's topics, and waits until the room has been sent the change, so the
author sees it when their handler returns.
"""

from __future__ import annotations

import reflex as rx

from cop_app import live, routes
from cop_app.i18n import t, viewer_zone_name
from cop_app.models import KnowledgeSubtype, Post, Thread, User
from cop_app.services.communities import browse
from cop_app.services.guards import authz
from cop_app.services.guards.authz import NotAllowedError, ServiceError
from cop_app.services.guards.ratelimit import WriteKind
from cop_app.services.reach import watching
from cop_app.services.threads import threadfeed, threads
from cop_app.state.auth import Caller, current_caller
from cop_app.state.base import clean_id, in_session, in_write_session, publish_after, write_limit
from cop_app.state.browser import scroll_to_hash
from cop_app.state.mentions import MentionPicker
from cop_app.state.notifications import mark_thread_read

REPLY_WINDOW, MAX_REPLY_WINDOW = threadfeed.REPLY_WINDOW, threadfeed.MAX_REPLY_WINDOW


def _address(path: str) -> tuple[str, int] | None:
    parts = path.strip("/").split("/")  # c/<slug>/t/<thread_id>
    if len(parts) == 4 and parts[0] == "c" and parts[2] == "t" and clean_id(parts[3]):
        return parts[1], int(parts[3])
    return None


def _facts(session, *, user_id: int | None, slug: str, thread_id: int):
    """The viewer's rights in the thread at this address, with the thread's
    title and community for the page's title; None when they may not see it
    (shown as not found: a members-only thread's existence is theirs)."""
    community = browse.get_community(session, slug=slug)
    thread = session.get(Thread, thread_id)
    if community is None or thread is None or thread.community_id != community.id:
        return None
    user = session.get(User, user_id) if user_id else None
    if not authz.can_read_community(session, user=user, community=community):
        return None
    facts = browse.get_viewer_facts(session, community=community, thread_id=thread_id, viewer=user)
    if thread.is_hidden and not facts.moderator:
        return None
    return facts, thread.title, community.name


def _context(session, *, caller: Caller, slug: str, thread_id: int):
    """The caller, the thread at this address, and one of its posts when asked."""
    user = session.get(User, caller.id)
    community = browse.get_community(session, slug=slug)
    thread = session.get(Thread, thread_id)
    if user is None or community is None or thread is None or thread.community_id != community.id:
        raise NotAllowedError(t("thread.not_found"))
    return user, thread


def _post_of(session, thread: Thread, post_id: int) -> Post:
    post = session.get(Post, post_id)
    if post is None or post.thread_id != thread.id:
        raise NotAllowedError(t("thread.no_such_post"))
    return post


def _reply(session, *, caller: Caller, slug: str, thread_id: int, body: str, quote_id: int):
    user, thread = _context(session, caller=caller, slug=slug, thread_id=thread_id)
    quoted = _post_of(session, thread, quote_id) if quote_id else None
    threads.do_reply(session, thread=thread, author=user, body=body, quoted_post=quoted)
    return thread.community_id


def _watch_control(session, *, caller: Caller, thread_id: int) -> watching.Control | None:
    user, thread = session.get(User, caller.id), session.get(Thread, thread_id)
    if user is None or thread is None:
        return None
    return watching.control_for_thread(session, user=user, thread=thread)


def _set_watch(session, *, caller: Caller, thread_id: int, level: object) -> watching.Control:
    user, thread = session.get(User, caller.id), session.get(Thread, thread_id)
    if thread is None:
        raise NotAllowedError(t("thread.not_found"))
    watching.do_set_thread_level(session, user=user, thread=thread, level=level)
    return watching.control_for_thread(session, user=user, thread=thread)


def _accept(session, *, caller: Caller, slug: str, thread_id: int, post_id: int):
    user, thread = _context(session, caller=caller, slug=slug, thread_id=thread_id)
    threads.do_accept_answer(
        session, thread=thread, post=_post_of(session, thread, post_id), by=user
    )
    return thread.community_id


def _helpful(session, *, caller: Caller, slug: str, thread_id: int, post_id: int, on: bool):
    user, thread = _context(session, caller=caller, slug=slug, thread_id=thread_id)
    post = _post_of(session, thread, post_id)
    if on:
        threads.do_react(session, post=post, user=user)
    else:
        threads.do_unreact(session, post=post, user=user)
    return thread.community_id


def _edit(session, *, caller: Caller, slug: str, thread_id: int, post_id: int, body: str):
    user, thread = _context(session, caller=caller, slug=slug, thread_id=thread_id)
    threads.do_edit_post(session, post=_post_of(session, thread, post_id), by=user, body=body)
    return thread.community_id


def _delete(session, *, caller: Caller, slug: str, thread_id: int, post_id: int):
    user, thread = _context(session, caller=caller, slug=slug, thread_id=thread_id)
    threads.do_delete_post(session, post=_post_of(session, thread, post_id), by=user)
    return thread.community_id


def _move(session, *, caller: Caller, slug: str, thread_id: int, to_slug: str):
    user, thread = _context(session, caller=caller, slug=slug, thread_id=thread_id)
    source = thread.community_id
    target = browse.get_community(session, slug=to_slug)
    if target is None:
        raise NotAllowedError(t("community.not_found"))
    threads.do_move_thread(session, thread=thread, to=target, by=user)
    return source, target.id or 0, routes.thread_url(target.slug, thread_id)


def _make_knowledge(session, *, caller: Caller, slug: str, thread_id: int, subtype: str):
    user, thread = _context(session, caller=caller, slug=slug, thread_id=thread_id)
    item = threads.do_make_knowledge_item(
        session,
        thread=thread,
        by=user,
        subtype=KnowledgeSubtype(subtype),
        thread_url=routes.thread_url(slug, thread_id),
    )
    return thread.community_id, routes.thread_url(slug, item.id or 0)


_MODERATION = {
    "pin": {"pinned": True},
    "unpin": {"pinned": False},
    "lock": {"locked": True},
    "unlock": {"locked": False},
    "hide": {"hidden": True},
    "unhide": {"hidden": False},
}


def _moderate(session, *, caller: Caller, slug: str, thread_id: int, action: str):
    user, thread = _context(session, caller=caller, slug=slug, thread_id=thread_id)
    threads.do_moderate_thread(session, thread=thread, by=user, **_MODERATION[action])
    return thread.community_id


#: The allowance each of this page's writes draws on.
_KINDS = {
    _reply: WriteKind.POST,
    _accept: WriteKind.MODERATION,
    _helpful: WriteKind.REACTION,
    _edit: WriteKind.EDIT,
    _delete: WriteKind.EDIT,
    _moderate: WriteKind.MODERATION,
}


def _clean_id(value: object) -> int | None:
    """A post id sent by the browser, or None (see :func:`clean_id`)."""
    return clean_id(value)


def _post_facts(session, *, caller: Caller, slug: str, thread_id: int, post_id: int):
    """A post the caller may see, for the reply box and the edit form: its
    author's name, its body, whether it is theirs and still there."""
    user, thread = _context(session, caller=caller, slug=slug, thread_id=thread_id)
    post = _post_of(session, thread, post_id)
    author = session.get(User, post.author_id)
    return (
        author.display_name if author else "",
        post.author_id == user.id,
        post.deleted_at is not None,
    )


class ThreadState(MentionPicker, rx.State):
    found: bool = False
    loaded: bool = False
    # For the page's title (the thread itself is in the browser's live store).
    title: str = ""
    community_name: str = ""
    # The viewer's own rights and marks; the browser derives each post's
    # buttons from them (every write checks again on the server).
    viewer_id: int = 0
    moderator: bool = False
    can_post: bool = False
    post_block: str = ""  # why this viewer may not post here, in words
    move_targets: dict[str, str] = {}
    my_helpful: list[int] = []
    # The reply box: its text (synced on blur, for the preview) and the post it quotes.
    quote_id: int = 0
    quote_label: str = ""
    reply_error: str = ""
    # The post being edited in place, and the edit's error.
    editing_id: int = 0
    edit_error: str = ""

    _mention_control: str = "reply-body"
    # How closely the viewer follows this thread ("" when signed out).
    watch_level: str = ""
    watch_inherited: str = ""

    _window: int = REPLY_WINDOW  # how many of the latest replies are shown

    def _show_facts(self, found) -> None:
        """Show the viewer's rights (None: the thread is not theirs to see).
        Only what changed is assigned: an unchanged var is not resent."""
        facts, title, community_name = found if found is not None else (None, "", "")
        values = {
            "found": found is not None,
            "title": title,
            "community_name": community_name,
            "viewer_id": (facts.user_id or 0) if facts else 0,
            "moderator": bool(facts and facts.moderator),
            "can_post": bool(facts and facts.can_post),
            "post_block": facts.post_block if facts else "",
            "move_targets": dict(facts.move_targets) if facts else {},
            "my_helpful": sorted(facts.helpful) if facts else [],
        }
        for name, value in values.items():
            if getattr(self, name) != value:
                setattr(self, name, value)

    async def _read_facts(self, caller: Caller | None):
        address = _address(self.router.url.path)
        if address is None:
            return None
        return await in_session(
            _facts, user_id=caller.id if caller else None, slug=address[0], thread_id=address[1]
        )

    def _seat(self, caller: Caller | None) -> live.Seat | None:
        sid = live.sid_of(self.router.session.client_token)
        if sid is None:
            return None
        if caller is None:
            return live.Seat(sid=sid)
        return live.Seat(sid=sid, user_id=caller.id, session_id=caller.session_id)

    async def _send_thread(self, caller: Caller | None) -> bool:
        """Seat this tab in the thread's room; the room sends it the thread."""
        address, seat = _address(self.router.url.path), self._seat(caller)
        if address is None or seat is None:
            return False
        # Who the viewer is, for the replies they stage (shown before the server answers).
        me = {"id": caller.id, "name": caller.display_name} if caller is not None else None
        return await threadfeed.rooms.join(
            seat, thread_id=address[1], replies=self._window, zone=viewer_zone_name(), me=me
        )

    async def _answer_staged(self, outcome: str) -> None:
        """Tell this tab's browser what became of the reply it staged."""
        address = _address(self.router.url.path)
        sid = live.sid_of(self.router.session.client_token)
        if address is not None and sid is not None:
            await live.rooms.send_to(sid, threadfeed.staged_message(address[1], outcome))

    @rx.event
    async def load(self):
        self.loaded, self._window = False, REPLY_WINDOW
        _, caller = await current_caller(self)
        self._show_facts(await self._read_facts(caller))
        self.draft, self.quote_id, self.quote_label, self.reply_error = "", 0, "", ""
        self.editing_id, self.edit_error = 0, ""
        self.watch_level = self.watch_inherited = ""
        if self.found and not await self._send_thread(caller):
            self._show_facts(None)
        self.loaded = True
        if not self.found:
            return None
        address = _address(self.router.url.path)
        if caller is not None and address is not None:
            await mark_thread_read(self, caller.id, address[1])
            self._show_watch(await in_session(_watch_control, caller=caller, thread_id=address[1]))
        # A notification's link names a post (#post-<id>): go there once it is shown.
        return scroll_to_hash()

    @rx.event
    async def resync(self):
        """The browser missed a change: send it the whole thread again."""
        _, caller = await current_caller(self)
        self._show_facts(await self._read_facts(caller))
        if self.found and not await self._send_thread(caller):
            self._show_facts(None)

    @rx.event
    async def show_earlier(self):
        """Load the replies before the ones shown (a long thread opens at its end)."""
        self._window = min(self._window + 200, MAX_REPLY_WINDOW)
        _, caller = await current_caller(self)
        address, seat = _address(self.router.url.path), self._seat(caller)
        if address is None or seat is None:
            return
        await threadfeed.rooms.send_window(seat, thread_id=address[1], replies=self._window)

    def _show_watch(self, control: watching.Control | None) -> None:
        self.watch_level = control.level if control else ""
        self.watch_inherited = control.inherited_from if control else ""

    @rx.event
    async def set_watch(self, level: object):
        """Follow this thread more or less closely."""
        _, caller = await current_caller(self)
        address = _address(self.router.url.path)
        if caller is None or address is None:
            return rx.toast.error(t("auth.sign_in_first"))
        try:
            control = await in_write_session(
                _set_watch,
                limit=write_limit(self, WriteKind.PREFERENCE, caller.id),
                caller=caller,
                thread_id=address[1],
                level=level,
            )
        except ServiceError as exc:
            return rx.toast.error(str(exc))
        self._show_watch(control)
        return rx.toast.success(t("watch.saved", level=t(f"watch.{control.level}")))

    async def _write(self, fn, **kwargs):
        """(See _KINDS: each write names the allowance it draws on.)"""
        return await self._write_as(_KINDS[fn], fn, **kwargs)

    async def _write_as(self, kind: WriteKind, fn, **kwargs):
        """Run a write for the signed-in caller, publish it, and wait until the
        thread's room was sent the change. Returns an error message ("" on success)."""
        _, caller = await current_caller(self)
        if caller is None:
            return t("auth.sign_in_first")
        address = _address(self.router.url.path)
        if address is None:
            return t("thread.not_found")
        try:
            await in_write_session(
                publish_after(
                    fn,
                    lambda community_id: [
                        live.thread_topic(address[1]),
                        live.community_topic(community_id),
                    ],
                ),
                limit=write_limit(self, kind, caller.id),
                caller=caller,
                slug=address[0],
                thread_id=address[1],
                **kwargs,
            )
        except ServiceError as exc:
            return browse.as_sentence(str(exc))
        await threadfeed.rooms.refresh(address[1])
        return ""

    async def _post(self, post_id: object):
        """(author, mine, deleted) of a post of this thread the caller may see, or None."""
        _, caller = await current_caller(self)
        address, clean = _address(self.router.url.path), _clean_id(post_id)
        if caller is None or address is None or clean is None:
            return None
        try:
            return await in_session(
                _post_facts, caller=caller, slug=address[0], thread_id=address[1], post_id=clean
            )
        except ServiceError:
            return None

    @rx.event
    def set_draft(self, value: str):
        if isinstance(value, str):
            self.draft = value[: threads.MAX_BODY_LENGTH + 1]

    def _mention_slug(self) -> str:
        address = _address(self.router.url.path)
        return address[0] if address is not None else ""

    @rx.event
    async def reply(self, form: dict):
        body = form.get("body") if isinstance(form, dict) else None
        if not isinstance(body, str):
            return rx.toast.error(t("profile.fix_errors"))
        if await self._held_for_mentions(body):
            await self._answer_staged("held")
            return None
        error = await self._write(
            _reply, body=body[: threads.MAX_BODY_LENGTH + 1], quote_id=self.quote_id
        )
        await self._answer_staged("refused" if error else "posted")
        if error:
            self.reply_error = error
            return None
        self.reply_error, self.draft, self.quote_id, self.quote_label = "", "", 0, ""
        return rx.set_value("reply-body", "")

    @rx.event
    async def quote(self, post_id: int):
        """Quote a post in the reply (the reply box says which)."""
        post = await self._post(post_id)
        if post is None or post[2]:
            return None
        self.quote_id = _clean_id(post_id) or 0
        self.quote_label = t("thread.quoting", author=post[0])
        return rx.set_focus("reply-body")

    @rx.event
    def unquote(self):
        self.quote_id, self.quote_label = 0, ""

    @rx.event
    async def accept(self, post_id: int):
        if _clean_id(post_id) is None:
            return rx.toast.error(t("thread.no_such_post"))
        error = await self._write(_accept, post_id=post_id)
        return rx.toast.error(error) if error else rx.toast.success(t("thread.accepted_toast"))

    @rx.event
    async def toggle_helpful(self, post_id: int):
        post_id = _clean_id(post_id)
        if post_id is None:
            return rx.toast.error(t("thread.no_such_post"))
        on = post_id not in self.my_helpful
        error = await self._write(_helpful, post_id=post_id, on=on)
        if error:
            return rx.toast.error(error)
        mine = set(self.my_helpful) | {post_id} if on else set(self.my_helpful) - {post_id}
        self.my_helpful = sorted(mine)
        return None

    @rx.event
    async def start_edit(self, post_id: int):
        post = await self._post(post_id)
        if post is not None and post[1] and not post[2]:
            self.editing_id, self.edit_error = _clean_id(post_id) or 0, ""

    @rx.event
    def cancel_edit(self):
        self.editing_id, self.edit_error = 0, ""

    @rx.event
    async def save_edit(self, form: dict):
        body = form.get("body") if isinstance(form, dict) else None
        if not isinstance(body, str) or not self.editing_id:
            return rx.toast.error(t("profile.fix_errors"))
        error = await self._write(
            _edit, post_id=self.editing_id, body=body[: threads.MAX_BODY_LENGTH + 1]
        )
        if error:
            self.edit_error = error
            return None
        self.editing_id, self.edit_error = 0, ""
        return rx.toast.success(t("thread.edit_saved"))

    @rx.event
    async def delete_post(self, post_id: int):
        if _clean_id(post_id) is None:
            return rx.toast.error(t("thread.no_such_post"))
        error = await self._write(_delete, post_id=post_id)
        return rx.toast.error(error) if error else rx.toast.success(t("thread.deleted_toast"))

    @rx.event
    async def moderate(self, action: str):
        if action not in _MODERATION:
            return rx.toast.error(t("profile.fix_errors"))
        error = await self._write(_moderate, action=action)
        return rx.toast.error(error) if error else rx.toast.success(t(f"thread.{action}_done"))

    async def _lead_action(self, fn, **kwargs):
        """A lead's action that ends on another page: run, publish, go there."""
        _, caller = await current_caller(self)
        address = _address(self.router.url.path)
        if caller is None or address is None:
            return rx.toast.error(t("auth.sign_in_first"))
        try:
            *_, url = await in_write_session(
                publish_after(
                    fn,
                    lambda result: [
                        live.thread_topic(address[1]),
                        *[live.community_topic(c) for c in result[:-1]],
                    ],
                ),
                limit=write_limit(self, WriteKind.MODERATION, caller.id),
                caller=caller,
                slug=address[0],
                thread_id=address[1],
                **kwargs,
            )
        except ServiceError as exc:
            return rx.toast.error(browse.as_sentence(str(exc)))
        return rx.redirect(url)

    @rx.event
    async def move(self, form: dict):
        """Move the thread to another community the lead moderates."""
        to = form.get("to", "") if isinstance(form, dict) else ""
        if not isinstance(to, str) or not to:
            return rx.toast.error(t("thread.choose_community"))
        return await self._lead_action(_move, to_slug=to[:60])

    @rx.event
    async def make_knowledge(self, form: dict):
        """Turn the accepted answer into a knowledge item."""
        subtype = form.get("subtype", "") if isinstance(form, dict) else ""
        if subtype not in {k.value for k in KnowledgeSubtype}:
            return rx.toast.error(t("new_thread.choose"))
        return await self._lead_action(_make_knowledge, subtype=subtype)
