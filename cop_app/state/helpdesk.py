"""The help-desk queue (/c/<slug>/queue) for leads and facilitators, kept live."""

from __future__ import annotations

import asyncio
import time

import reflex as rx

from cop_app import live
from cop_app.i18n import t
from cop_app.models import User
from cop_app.services.communities import browse
from cop_app.services.guards.authz import NotAllowedError, ServiceError
from cop_app.services.guards.ratelimit import WriteKind
from cop_app.services.threads import helpdesk
from cop_app.state.auth import Caller, current_caller
from cop_app.state.base import clean_id, in_session, in_write_session, publish_after, write_limit
from cop_app.state.community import stored_versions

FALLBACK_CHECK_S = 3.0
WATCH_LIFETIME_S = 3600.0


def _slug(path: str) -> str:
    parts = path.strip("/").split("/")  # c/<slug>/queue
    return parts[1] if len(parts) == 3 and parts[0] == "c" and parts[2] == "queue" else ""


def _queue(session, *, user_id: int | None, slug: str):
    community = browse.get_community(session, slug=slug)
    if community is None:
        raise NotAllowedError(t("community.not_found"))
    user = session.get(User, user_id) if user_id else None
    return (
        community.id or 0,
        community.name,
        helpdesk.list_queue(session, community=community, by=user),
        helpdesk.list_helpers(session, community=community, by=user),
        browse.get_versions(session, community_id=community.id or 0),
    )


def _assign(session, *, caller: Caller, slug: str, thread_id: int, assignee_id: int):
    community = browse.get_community(session, slug=slug)
    if community is None:
        raise NotAllowedError(t("community.not_found"))
    helpdesk.do_assign(
        session,
        community=community,
        by=session.get(User, caller.id),
        thread_id=thread_id,
        assignee_id=assignee_id,
    )
    return community.id or 0


class HelpdeskState(rx.State):
    community_name: str = ""
    community_slug: str = ""
    items: list[helpdesk.QueueItem] = []
    helpers: list[helpdesk.Helper] = []
    loaded: bool = False

    @rx.var
    def overdue_count(self) -> int:
        return sum(1 for item in self.items if item.overdue)

    _community_id: int = 0
    _versions: tuple[int, int] | None = None
    _watch_generation: int = 0

    def _show(self, result) -> None:
        self._community_id, self.community_name, self.items, self.helpers, self._versions = result

    @rx.event
    async def load(self):
        self.loaded = False
        auth_state, caller = await current_caller(self)
        slug = _slug(self.router.url.path)
        try:
            self._show(await in_session(_queue, user_id=caller.id if caller else None, slug=slug))
        except NotAllowedError as exc:
            return auth_state._refuse(str(exc), signed_in=caller is not None)
        self.community_slug, self.loaded = slug, True
        self._watch_generation += 1
        return HelpdeskState.watch

    @rx.event
    async def assign(self, thread_id: int, assignee: str):
        """Assign a request to a member ("" clears the assignment)."""
        _, caller = await current_caller(self)
        if caller is None:
            return rx.toast.error(t("auth.sign_in_first"))
        if clean_id(thread_id) is None:
            return rx.toast.error(t("thread.no_such_post"))
        if not isinstance(assignee, str) or not (assignee == "" or clean_id(assignee)):
            return rx.toast.error(t("profile.fix_errors"))
        slug = _slug(self.router.url.path)
        try:
            await in_write_session(
                publish_after(
                    _assign,
                    lambda community_id: [
                        live.community_topic(community_id),
                        live.thread_topic(thread_id),
                    ],
                ),
                limit=write_limit(self, WriteKind.MODERATION, caller.id),
                caller=caller,
                slug=slug,
                thread_id=thread_id,
                assignee_id=int(assignee or 0),
            )
            self._show(await in_session(_queue, user_id=caller.id, slug=slug))
        except ServiceError as exc:
            return rx.toast.error(str(exc))
        return rx.toast.success(t("queue.assigned"))

    @rx.event(background=True)
    async def watch(self):
        """Re-read the queue whenever the community changes, while this tab shows it."""
        async with self:
            generation = self._watch_generation
            community_id, versions = self._community_id, self._versions
            path, slug = self.router.url.path, self.community_slug
            token = self.router.session.client_token
            _, caller = await current_caller(self)
        if caller is None:
            return
        topic = live.community_topic(community_id)
        seen = live.hub.version(topic)
        deadline = time.monotonic() + WATCH_LIFETIME_S
        # Writes by other processes without the bridge: one query per process
        # checks every open community and moves its topic (not one per tab).
        stored_versions.join(community_id, versions)
        try:
            while time.monotonic() < deadline:
                version = (await live.hub.wait_any({topic: seen}, FALLBACK_CHECK_S))[topic]
                if not live.connected(token):
                    return
                if version == seen:  # no news
                    continue
                await asyncio.sleep(live.COALESCE_S)
                seen = live.hub.version(topic)
                try:
                    result = await in_session(_queue, user_id=caller.id, slug=slug)
                except ServiceError:
                    return  # no longer on the team
                async with self:
                    if self._watch_generation != generation or self.router.url.path != path:
                        return
                    self._show(result)
        finally:
            stored_versions.leave(community_id)
