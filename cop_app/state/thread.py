"""Thread page: the posts in order, the reply box and what a viewer may do, kept live.

Every write here commits, then publishes the thread's and the community's
topics (:mod:`cop_app.live`); every open view of the thread wakes, re-reads the
thread for its own viewer and gets its delta, within well under a second. The
watcher also checks the thread's stored revision every few seconds, which
covers writes made by another process.
"""

from __future__ import annotations

import asyncio
import time

import reflex as rx

from cop_app import live, routes
from cop_app.i18n import t
from cop_app.models import KnowledgeSubtype, Post, Thread, User
from cop_app.schemas import PostView, ThreadHeader
from cop_app.services.communities import browse
from cop_app.services.guards import authz
from cop_app.services.guards.authz import NotAllowedError, ServiceError
from cop_app.services.guards.ratelimit import WriteKind
from cop_app.services.reach import watching
from cop_app.services.threads import threadfeed, threads
from cop_app.state.auth import AuthState, Caller, current_caller
from cop_app.state.base import clean_id, in_session, in_write_session, publish_after, write_limit
from cop_app.state.bell import Bell
from cop_app.state.browser import scroll_to_hash
from cop_app.state.mentions import MentionPicker
from cop_app.state.notifications import mark_thread_read

#: A watcher with no news re-checks the database this often (other processes' writes).
FALLBACK_CHECK_S = 3.0
REPLY_WINDOW, MAX_REPLY_WINDOW = 100, 5000
WATCH_LIFETIME_S = 3600.0
#: A watcher pushes to its tab at most this often (news in between waits for the next).
PUSH_INTERVAL_S = 0.1
#: A viewer's rights (role, permissions) are re-read at least this often.
FACTS_MAX_AGE_S = 30.0

_EMPTY = ThreadHeader(
    id=0,
    title="",
    kind_label="",
    focus_label="",
    status_label="",
    answered=False,
    created="",
    author="",
    community_slug="",
    community_name="",
    reply_count="0",
    first_response="",
)


def _address(path: str) -> tuple[str, int] | None:
    parts = path.strip("/").split("/")  # c/<slug>/t/<thread_id>
    if len(parts) == 4 and parts[0] == "c" and parts[2] == "t" and clean_id(parts[3]):
        return parts[1], int(parts[3])
    return None


def _view(session, *, user_id: int | None, slug: str, thread_id: int, replies: int = 100):
    community = browse.get_community(session, slug=slug)
    if community is None:
        return None
    user = session.get(User, user_id) if user_id else None
    if not authz.can_read_community(session, user=user, community=community):
        return None  # shown as not found: a members-only thread's existence is theirs
    found = browse.get_thread_view(
        session, community=community, thread_id=thread_id, viewer=user, replies=replies
    )
    return None if found is None else (*found, community.id or 0)


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


class ThreadState(MentionPicker, rx.State):
    header: ThreadHeader = _EMPTY
    posts: list[PostView] = []
    found: bool = False
    loaded: bool = False
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

    _revision: int = -1
    _community_id: int = 0
    _window: int = REPLY_WINDOW  # how many of the latest replies are shown
    _watch_generation: int = 0

    def _show(self, result) -> None:
        """Show a read of the thread (None: not found). Only the parts that changed
        are assigned: an unchanged var is neither resent nor re-rendered."""
        header, posts, self._revision, self._community_id = (
            (_EMPTY, [], -1, 0) if result is None else result
        )
        if self.found != (result is not None):
            self.found = result is not None
        if self.header != header:
            self.header = header
        if self.posts != posts:
            self.posts = posts

    async def _refresh(self, caller: Caller | None) -> None:
        address = _address(self.router.url.path)
        if address is None:
            self._show(None)
            return
        self._show(
            await in_session(
                _view,
                user_id=caller.id if caller else None,
                slug=address[0],
                thread_id=address[1],
                replies=self._window,
            )
        )

    @rx.event
    async def show_earlier(self):
        """Load the replies before the ones shown (a long thread opens at its end)."""
        self._window = min(self._window + 200, MAX_REPLY_WINDOW)
        _, caller = await current_caller(self)
        await self._refresh(caller)

    @rx.event
    async def load(self):
        self.loaded, self._window = False, REPLY_WINDOW
        _, caller = await current_caller(self)
        await self._refresh(caller)
        self.draft, self.quote_id, self.quote_label, self.reply_error = "", 0, "", ""
        self.editing_id, self.edit_error = 0, ""
        self.loaded = True
        self._watch_generation += 1
        if not self.found:
            return None
        address = _address(self.router.url.path)
        self.watch_level = self.watch_inherited = ""
        if caller is not None and address is not None:
            await mark_thread_read(self, caller.id, address[1])
            self._show_watch(await in_session(_watch_control, caller=caller, thread_id=address[1]))
        # A notification's link names a post (#post-<id>): go there once it is shown.
        return [ThreadState.watch, scroll_to_hash()]

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
        """Run a write for the signed-in caller, publish it, and show the result.
        Returns an error message ("" on success)."""
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
        await self._refresh(caller)
        return ""

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
            return None
        error = await self._write(
            _reply, body=body[: threads.MAX_BODY_LENGTH + 1], quote_id=self.quote_id
        )
        if error:
            self.reply_error = error
            return None
        self.reply_error, self.draft, self.quote_id, self.quote_label = "", "", 0, ""
        return rx.set_value("reply-body", "")

    @rx.event
    def quote(self, post_id: int):
        """Quote a post in the reply (the reply box says which)."""
        post = next((p for p in self.posts if p.id == _clean_id(post_id)), None)
        if post is None or post.deleted:
            return None
        self.quote_id = post.id
        self.quote_label = t("thread.quoting", author=post.author)
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
        post = next((p for p in self.posts if p.id == _clean_id(post_id)), None)
        if post is None:
            return rx.toast.error(t("thread.no_such_post"))
        error = await self._write(_helpful, post_id=post.id, on=not post.i_found_helpful)
        return rx.toast.error(error) if error else None

    @rx.event
    def start_edit(self, post_id: int):
        post = next((p for p in self.posts if p.id == _clean_id(post_id)), None)
        if post is not None and post.mine:
            self.editing_id, self.edit_error = post.id, ""

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

    @rx.event(background=True)
    async def watch(self):
        """Show the thread's changes while this tab shows it.

        The thread itself comes from the process's shared feed (one read per
        revision for all its viewers); this viewer's rights are kept here and
        re-read only when they may have changed (see :func:`_facts_of`) and at
        least every :data:`FACTS_MAX_AGE_S`.
        Pushes are at most one per :data:`PUSH_INTERVAL_S`, whatever the
        write rate: news arriving in between is shown by the next one."""
        async with self:
            generation = self._watch_generation
            token = self.router.session.client_token
            path = self.router.url.path
            address = _address(path)
            revision = self._revision
            window = self._window
            user_id = (await self.get_state(AuthState))._user_id
        if address is None:
            return
        slug, thread_id = address
        topic = live.thread_topic(thread_id)
        seen = live.hub.version(topic)
        key = (slug, thread_id, window)
        threadfeed.feed.join(key)
        facts: browse.ViewerFacts | None = None
        facts_at = 0.0
        facts_of: tuple = ()  # what they depend on, when read (see _facts_of)
        bell = Bell(self, user_id)  # the member's bell rides this watcher
        deadline = time.monotonic() + WATCH_LIFETIME_S
        try:
            while time.monotonic() < deadline:
                version = (await bell.wait({topic: seen}, FALLBACK_CHECK_S))[topic]
                if not live.connected(token):
                    return
                if version != seen:
                    # Coalesce on the process's tick: every watcher pushes at the same
                    # instants (so they share one read), at most once per tick.
                    await asyncio.sleep(_until_next_tick())
                    seen = live.hub.version(topic)
                    snapshot = await threadfeed.feed.snapshot(key, hub_version=seen)
                else:
                    async with self:  # the tab may have moved on to another page
                        if self._watch_generation != generation or self.router.url.path != path:
                            return
                    # No news here: one indexed lookup catches other processes' writes.
                    stored = await in_session(browse.get_thread_revision, thread_id=thread_id)
                    if stored is None:  # the thread is gone
                        snapshot = None
                    elif stored == revision and not _facts_expired(facts_at):
                        continue
                    else:
                        snapshot = await threadfeed.feed.snapshot(key, revision=stored)
                # This tab may show that revision already (its own write, shown by
                # its handler), and its rights may still hold: nothing to do.
                if snapshot is not None and (
                    snapshot.revision < revision
                    or (snapshot.revision == revision and not _facts_expired(facts_at))
                ):
                    continue
                for _ in range(3):  # usually once; again after re-reading facts
                    async with self:
                        if self._watch_generation != generation or self.router.url.path != path:
                            return
                        revision = self._revision
                        if snapshot is not None and snapshot.revision < revision:
                            break  # the tab shows newer already (its own write)
                        # The caller as last checked (no session lookup per wake;
                        # every write handler checks the session again).
                        user_id = (await self.get_state(AuthState))._user_id
                        shown_window = self._window
                        ready = (
                            shown_window == window
                            and facts is not None
                            and not _facts_expired(facts_at)
                            and (snapshot is None or facts_of == _facts_of(snapshot, user_id))
                        )
                        if snapshot is None or ready:
                            result = None
                            if snapshot is not None and facts is not None:
                                view = browse.overlay_thread_view(snapshot, facts)
                                if view is not None:
                                    result = (*view, snapshot.community_id)
                            self._show(result)
                            revision = self._revision
                            if result is None:
                                return
                            break
                    # Outside the lock: the database work this push needs first.
                    if shown_window != window:  # "show earlier": another key
                        threadfeed.feed.leave(key)
                        window = shown_window
                        key = (slug, thread_id, window)
                        threadfeed.feed.join(key)
                        snapshot = await threadfeed.feed.snapshot(key, hub_version=seen)
                        if snapshot is None:
                            continue  # shown as not found on the next turn
                    facts = await in_session(
                        threadfeed.read_viewer_facts,
                        user_id=user_id,
                        slug=slug,
                        thread_id=thread_id,
                    )
                    if facts is None:  # the community is gone
                        snapshot = None
                        continue
                    facts_at, facts_of = time.monotonic(), _facts_of(snapshot, user_id)
        finally:
            threadfeed.feed.leave(key)


def _facts_of(snapshot: browse.ThreadSnapshot, user_id: int | None) -> tuple:
    """What a viewer's facts depend on, as a snapshot shows it: a change means
    re-read them (the community's settings, the thread's lock and visibility,
    and for a signed-in viewer the helpful counts their own reactions move)."""
    return (
        user_id,
        snapshot.config_version,
        snapshot.locked,
        snapshot.hidden,
        snapshot.helpful_counts if user_id else (),
    )


def _until_next_tick() -> float:
    """Seconds to the next multiple of :data:`PUSH_INTERVAL_S` on the monotonic clock."""
    tick = PUSH_INTERVAL_S
    return tick - (time.monotonic() % tick)


def _facts_expired(facts_at: float) -> bool:
    return time.monotonic() - facts_at > FACTS_MAX_AGE_S
