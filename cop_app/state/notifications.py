"""The notifications page (/notifications), and marking notifications read
from anywhere (opening a thread reads its notifications)."""

from __future__ import annotations

import reflex as rx

from cop_app import live
from cop_app.i18n import t
from cop_app.models import Thread, User
from cop_app.services.guards.authz import ServiceError
from cop_app.services.guards.ratelimit import WriteKind
from cop_app.services.reach import notifications, watching
from cop_app.services.reach.notifications import NotificationView
from cop_app.state.auth import current_caller
from cop_app.state.base import clean_id, in_session, in_write_session, publish_after, write_limit
from cop_app.state.bell import bells, watch_member

MAX_PAGES = 20


def _list(session, *, user_id: int, pages: int):
    user = session.get(User, user_id)
    if user is None:
        return [], False
    return notifications.list_for(session, user=user, limit=notifications.PAGE_SIZE * pages)


def _as_member(fn):
    """A notifications write for the member ``user_id`` (checked in the service),
    which wakes the member's other tabs' bells once committed."""

    def run(session, /, *, user_id: int, **kwargs):
        fn(session, user=session.get(User, user_id), **kwargs)
        return user_id

    return publish_after(run, lambda user_id: [live.user_topic(user_id)])


_mark_one = _as_member(notifications.do_mark_read)
_mark_all = _as_member(notifications.do_mark_all_read)


def _open_thread(session, /, *, user_id: int, thread_id: int):
    """Opening a thread: its notifications are read, and so are its replies."""
    thread = session.get(Thread, thread_id)
    if thread is not None:
        notifications.do_mark_thread_read(
            session, user=session.get(User, user_id), thread_id=thread_id
        )
        watching.do_mark_seen(session, user_id=user_id, thread=thread)
    return user_id


_open = publish_after(_open_thread, lambda user_id: [live.user_topic(user_id)])


def _anything_unread(session, *, user_id: int, thread_id: int) -> bool:
    thread = session.get(Thread, thread_id)
    return thread is not None and (
        notifications.has_unread_for_thread(session, user_id=user_id, thread_id=thread_id)
        or watching.has_unseen(session, user_id=user_id, thread=thread)
    )


async def mark_thread_read(state: rx.State, user_id: int, thread_id: int) -> None:
    """Opening a thread marks the member's notifications about it read and
    its replies seen (a write only when there is something unread; a refused
    write changes nothing and is not the reader's problem)."""
    if not await in_session(_anything_unread, user_id=user_id, thread_id=thread_id):
        return
    try:
        await in_write_session(
            _open,
            limit=write_limit(state, WriteKind.PREFERENCE, user_id),
            user_id=user_id,
            thread_id=thread_id,
        )
    except ServiceError:
        return
    await bells.send(user_id)  # this tab's bell (and the member's others) at once


class NotificationsState(rx.State):
    rows: list[NotificationView] = []
    has_more: bool = False
    loaded: bool = False

    _pages: int = 1
    _user_id: int | None = None
    _watch_generation: int = 0

    async def _reread(self) -> None:
        if not self._user_id:
            return
        rows, more = await in_session(_list, user_id=self._user_id, pages=self._pages)
        if rows != self.rows:
            self.rows = rows
        self.has_more = more

    @rx.event
    async def load(self):
        self.loaded, self._pages = False, 1
        auth, caller = await current_caller(self)
        if caller is None:
            return auth._refuse(t("auth.sign_in_first"), signed_in=False)
        self._user_id = caller.id
        await self._reread()
        self.loaded = True
        self._watch_generation += 1
        return NotificationsState.watch

    @rx.event
    async def show_more(self):
        if self.has_more and self._pages < MAX_PAGES:
            self._pages += 1
            await self._reread()

    async def _mark(self, fn, **kwargs) -> None:
        _, caller = await current_caller(self)
        if caller is None:
            return
        try:
            await in_write_session(
                fn,
                limit=write_limit(self, WriteKind.PREFERENCE, caller.id),
                user_id=caller.id,
                **kwargs,
            )
        except ServiceError as exc:
            return rx.toast.error(str(exc))
        await self._reread()
        await bells.send(caller.id)  # this tab's bell (and the member's others) at once
        return None

    @rx.event
    async def mark_read(self, notification_id: object):
        """Following a notification's link marks it read."""
        ident = clean_id(notification_id)
        if ident is not None:
            return await self._mark(_mark_one, notification_id=ident)
        return None

    @rx.event
    async def mark_all_read(self):
        return await self._mark(_mark_all)

    @rx.event(background=True)
    async def watch(self):
        """New notifications appear at the top while the page is open."""
        async with self:
            generation, user_id = self._watch_generation, self._user_id
        if not user_id:
            return

        async def reread() -> None:
            async with self:
                if self._watch_generation == generation:
                    await self._reread()

        await watch_member(
            self, user_id, lambda: self._watch_generation == generation, on_news=reread
        )
