"""Community page: its header and its threads (filtered, paged), kept live.

While a visitor has the page open, a background task per browser tab waits on
the community's live topic (:mod:`cop_app.live`): a new thread, reply, answer,
moderation or configuration change wakes it at once, and it re-reads the
header or the threads it shows. Every few seconds without news it also checks
the stored versions (one indexed lookup), which covers writes by another
process. The watcher stops when the tab leaves the page, disconnects, or after
an hour; nothing is linked between clients, so closed tabs cost nothing.
"""

from __future__ import annotations

import asyncio
import dataclasses
import time
from urllib.parse import quote, urlencode

import reflex as rx

from cop_app import background, live
from cop_app.i18n import t
from cop_app.models import User
from cop_app.schemas import CommunityHeader, FollowRow, ThreadRow
from cop_app.services.accounts.profiles import FormError
from cop_app.services.communities import browse, catalogue, join_requests
from cop_app.services.guards import authz
from cop_app.services.guards.authz import NotAllowedError, ServiceError
from cop_app.services.guards.ratelimit import WriteKind
from cop_app.services.reach import watching
from cop_app.state.auth import Caller, current_caller
from cop_app.state.base import in_session, in_write_session, publish_after, write_limit
from cop_app.state.browser import replace_url

FALLBACK_CHECK_S = 3.0
#: A sort or filter change serves the list from the process's cache, trusting
#: the read permission the server found at most this long ago (the watcher
#: checks it again whenever the community changes); older, it asks again.
RECHECK_S = 30.0
WATCH_LIFETIME_S = 3600.0

_EMPTY = CommunityHeader(
    slug="",
    name="",
    tagline="",
    description="",
    selective=False,
    member_count="0",
    thread_count="0",
    languages="",
    focus=[],
)


@dataclasses.dataclass(frozen=True)
class _Page:
    community_id: int
    versions: tuple[int, int]  # (config_version, revision)
    header: CommunityHeader
    threads: list[ThreadRow]
    next_cursor: str
    can_read: bool
    can_post: bool
    can_moderate: bool
    focus_choices: dict[str, str]
    membership: str  # "", active, pending, declined, left
    role: str  # "", member, facilitator, lead
    follow: list[FollowRow]
    news: dict[int, int]  # thread id -> replies new to the viewer (tracked threads)


def _community_page(
    session, *, user_id: int | None, slug: str, filters: browse.ThreadFilters, pages: int = 1
) -> _Page | None:
    community = browse.get_community(session, slug=slug)
    if community is None:
        return None
    user = session.get(User, user_id) if user_id else None
    # Who may not read it still sees what it is about and how to get in.
    can_read = authz.can_read_community(session, user=user, community=community)
    rows, cursor = [], ""
    if can_read:  # re-read as many pages as the visitor had opened (live refresh keeps them)
        rows, cursor = browse.cached_list_threads(
            session,
            community=community,
            viewer=user,
            filters=filters,
            limit=browse.PAGE_SIZE * max(1, min(pages, 20)),
        )
    news = watching.new_replies(session, user=user, community=community) if can_read else {}
    rows = _with_news(rows, news)
    membership, role = join_requests.membership_standing(session, community=community, user=user)
    return _Page(
        community_id=community.id or 0,
        versions=(community.config_version, community.revision),
        header=browse.get_community_header(session, community=community),
        threads=rows,
        next_cursor=cursor,
        can_read=can_read,
        can_post=authz.can_post(session, user=user, community=community),
        can_moderate=authz.can_moderate(session, user=user, community=community),
        focus_choices=catalogue.focus_area_names(session),
        membership=membership,
        role=role,
        follow=_follow_rows(session, user=user, community=community) if can_read else [],
        news=news,
    )


def _follow_rows(session, *, user: User | None, community) -> list[FollowRow]:
    """The viewer's level on the community and on each of its focus areas."""
    if user is None:
        return []
    names = catalogue.focus_area_names(session)
    return [
        FollowRow(
            code=code,
            name=names.get(code, code) if code else community.name,
            level=control.level,
            inherited=control.inherited_from,
        )
        for code, control in watching.controls_for_community(
            session, user=user, community=community
        ).items()
    ]


def _set_watch(session, *, caller: Caller, slug: str, code: str, level: object) -> None:
    community = browse.get_community(session, slug=slug)
    if community is None:
        raise NotAllowedError(t("community.not_found"))
    watching.do_set_community_level(
        session,
        user=session.get(User, caller.id),
        community=community,
        level=level,
        focus_area=code or None,
    )


def _join(session, *, caller: Caller, slug: str, motivation: str) -> tuple[int, str]:
    community = browse.get_community(session, slug=slug)
    if community is None:
        raise NotAllowedError(t("community.not_found"))
    user = session.get(User, caller.id)
    status = join_requests.do_join_from_page(
        session, community=community, user=user, motivation=motivation
    )
    return community.id or 0, status


def _more(session, *, user_id: int | None, slug: str, filters: browse.ThreadFilters, cursor: str):
    """The next page of the list (empty when the community is gone), without
    the viewer's news (the tab holds it). The header, permissions and focus
    names stay as the page shows them: the watcher re-reads them when the
    community changes."""
    community = browse.get_community(session, slug=slug)
    if community is None:
        return [], ""
    user = session.get(User, user_id) if user_id else None
    if not authz.can_read_community(session, user=user, community=community):
        return [], ""
    return browse.cached_list_threads(
        session, community=community, viewer=user, filters=filters, cursor=cursor
    )


def _with_news(rows: list[ThreadRow], news: dict[int, int]) -> list[ThreadRow]:
    """Rows of threads the viewer tracks or watches say how many replies are new."""
    if not news:
        return rows
    return [dataclasses.replace(row, new_replies=news.get(row.id, 0)) for row in rows]


def _cached_rows(
    *,
    community_id: int,
    versions: tuple[int, int],
    filters: browse.ThreadFilters,
    viewer_id: int | None,
    news: dict[int, int],
) -> tuple[list[ThreadRow], str] | None:
    """The list's first page from this process's cache, when it holds it for
    the community as the tab last saw it: no database, no thread hop."""
    found = browse.peek_list(
        browse.list_key(
            community_id=community_id, versions=versions, filters=filters, viewer_id=viewer_id
        )
    )
    if found is None:
        return None
    rows, cursor = found
    return _with_news(rows, news), cursor


async def _read_page(
    user_id: int | None, slug: str, filters: browse.ThreadFilters, pages: int
) -> _Page | None:
    if not slug:
        return None
    return await in_session(
        _community_page, user_id=user_id, slug=slug, filters=filters, pages=pages
    )


class CommunityState(rx.State):
    header: CommunityHeader = _EMPTY
    threads: list[ThreadRow] = []
    next_cursor: str = ""
    found: bool = False
    loaded: bool = False
    can_read: bool = False
    can_post: bool = False
    can_moderate: bool = False
    focus_choices: dict[str, str] = {}
    membership: str = ""
    role: str = ""  # the viewer's role when a member: member, facilitator or lead
    follow: list[FollowRow] = []  # the viewer's watching levels (signed in, may read)
    join_error: str = ""
    # Filters (also in the address, so a filtered list can be shared).
    kind: str = ""
    focus: str = ""
    unanswered: bool = False
    mine: bool = False
    sort: str = "activity"

    _community_id: int = 0
    _versions: tuple[int, int] = (-1, -1)
    _pages: int = 1
    _watch_generation: int = 0
    _news: dict[int, int] = {}
    _can_read: bool = False  # as the server last checked it (the browser cannot set it)
    _checked_at: float = 0.0  # when (epoch seconds)

    def _filters(self) -> browse.ThreadFilters:
        return browse.ThreadFilters(
            kind=self.kind,
            focus=self.focus,
            unanswered=self.unanswered,
            mine=self.mine,
            sort=self.sort,
        )

    def _slug(self) -> str:
        parts = self.router.url.path.strip("/").split("/")
        return parts[1] if len(parts) == 2 and parts[0] == "c" else ""

    def _apply(self, page: _Page | None) -> None:
        self.found = page is not None
        if page is None:
            self.header, self.threads, self.next_cursor = _EMPTY, [], ""
            self._community_id, self._versions = 0, (-1, -1)
            return
        self._community_id, self._versions = page.community_id, page.versions
        self._news, self._can_read, self._checked_at = page.news, page.can_read, time.time()
        # Assign only what changed: an assigned var is resent and re-rendered.
        for name in ("header", "threads", "next_cursor", "can_read", "can_post", "can_moderate"):
            if getattr(self, name) != getattr(page, name):
                setattr(self, name, getattr(page, name))
        if self.focus_choices != page.focus_choices:
            self.focus_choices = page.focus_choices
        if self.membership != page.membership:
            self.membership = page.membership
        if self.role != page.role:
            self.role = page.role
        if self.follow != page.follow:
            self.follow = page.follow

    async def _read(self) -> _Page | None:
        _, caller = await current_caller(self)
        return await _read_page(
            caller.id if caller else None, self._slug(), self._filters(), self._pages
        )

    @rx.event
    async def load(self):
        self.loaded = False
        filters = browse.ThreadFilters.parse(dict(self.router.url.query_parameters))
        self.kind, self.focus, self.sort = filters.kind, filters.focus, filters.sort
        self.unanswered, self.mine, self._pages = filters.unanswered, filters.mine, 1
        self._apply(await self._read())
        self.loaded = True
        self._watch_generation += 1
        return CommunityState.watch if self.found else None

    @rx.event
    async def set_filter(self, name: str, value: str | bool):
        """Change one filter (from the filter bar); the list and the address follow."""
        raw = {**dataclasses.asdict(self._filters()), name: value}
        if name not in raw:
            return None
        filters = browse.ThreadFilters.parse(raw)
        self.kind, self.focus, self.sort = filters.kind, filters.focus, filters.sort
        self.unanswered, self.mine, self._pages = filters.unanswered, filters.mine, 1
        if self.found:  # only the list changes: read just its first page
            _, caller = await current_caller(self)
            user_id = caller.id if caller else None
            found = None
            if self._can_read and time.time() - self._checked_at < RECHECK_S:
                found = _cached_rows(
                    community_id=self._community_id,
                    versions=self._versions,
                    filters=filters,
                    viewer_id=user_id,
                    news=self._news,
                )
            if found is None:
                found = await in_session(
                    _more, user_id=user_id, slug=self._slug(), filters=filters, cursor=""
                )
                found = (_with_news(found[0], self._news), found[1])
            rows, cursor = found
            if rows != self.threads:
                self.threads = rows
            if cursor != self.next_cursor:
                self.next_cursor = cursor
        else:
            self._apply(await self._read())
        query = urlencode(
            {
                key: ("1" if value is True else value)
                for key, value in dataclasses.asdict(filters).items()
                if value and not (key == "sort" and value == "activity")
            }
        )
        address = "/c/" + self.header.slug + ("?" + query if query else "")
        return replace_url(address)

    @rx.event
    async def clear_filters(self):
        self.kind, self.focus, self.sort, self.unanswered, self.mine = (
            "",
            "",
            "activity",
            False,
            False,
        )
        self._pages = 1
        self._apply(await self._read())
        return replace_url("/c/" + self.header.slug)

    @rx.event
    async def join(self, form: dict):
        """Join an open community, or ask to join a selective one."""
        _, caller = await current_caller(self)
        if caller is None:
            return rx.redirect("/login?next=/c/" + self.header.slug)
        motivation = form.get("motivation", "") if isinstance(form, dict) else ""
        try:
            _, status = await in_write_session(
                publish_after(_join, lambda result: [live.community_topic(result[0])]),
                limit=write_limit(self, WriteKind.JOIN, caller.id),
                caller=caller,
                slug=self._slug(),
                motivation=str(motivation)[:2000],
            )
        except FormError as exc:
            self.join_error = exc.errors.get("motivation", "")
            return None
        except ServiceError as exc:
            return rx.toast.error(str(exc))
        self.join_error = ""
        self._apply(await self._read())
        return rx.toast.success(t("community.joined" if status == "active" else "community.asked"))

    @rx.event
    def search(self, form: dict):
        """Open the search page for what was typed."""
        query = str(form.get("q", ""))[:200] if isinstance(form, dict) else ""
        return rx.redirect(f"/c/{self.header.slug}/search?q={quote(query)}")

    @rx.event
    async def show_more(self):
        if not self.next_cursor or self._pages >= 20:
            return
        _, caller = await current_caller(self)
        rows, cursor = await in_session(
            _more,
            user_id=caller.id if caller else None,
            slug=self._slug(),
            filters=self._filters(),
            cursor=self.next_cursor,
        )
        self.threads = self.threads + _with_news(rows, self._news)
        self.next_cursor = cursor
        self._pages += 1

    @rx.event
    async def set_watch(self, code: object, level: object):
        """Follow the community (``code`` "") or one of its focus areas more or
        less closely."""
        _, caller = await current_caller(self)
        if caller is None:
            return rx.toast.error(t("auth.sign_in_first"))
        try:
            await in_write_session(
                _set_watch,
                limit=write_limit(self, WriteKind.PREFERENCE, caller.id),
                caller=caller,
                slug=self._slug(),
                code=code if isinstance(code, str) else "",
                level=level,
            )
        except ServiceError as exc:
            return rx.toast.error(str(exc))
        self._apply(await self._read())
        return rx.toast.success(t("watch.saved", level=t(f"watch.{level}")))

    @rx.event(background=True)
    async def watch(self):
        """Re-read the page whenever the community changes, while this tab shows it."""
        async with self:
            generation = self._watch_generation
            community_id, versions = self._community_id, self._versions
            token = self.router.session.client_token
            path = self.router.url.path
            _, caller = await current_caller(self)
        user_id = caller.id if caller else None
        topic = live.community_topic(community_id)
        seen = live.hub.version(topic)
        deadline = time.monotonic() + WATCH_LIFETIME_S
        stored_versions.join(community_id, versions)
        try:
            while time.monotonic() < deadline and community_id:
                version = (await live.hub.wait_any({topic: seen}, FALLBACK_CHECK_S))[topic]
                if not live.connected(token):
                    return
                if version == seen:  # no news (other processes' writes move the topic too)
                    continue
                await asyncio.sleep(live.COALESCE_S)  # let a burst settle: one read
                seen = live.hub.version(topic)
                async with self:
                    # The tab went to another page, or loaded this one again (a newer
                    # watcher runs then).
                    if self._watch_generation != generation or self.router.url.path != path:
                        return
                    slug, filters, pages = self._slug(), self._filters(), self._pages
                page = await _read_page(user_id, slug, filters, pages)  # outside the lock
                if page is None:
                    return
                async with self:
                    if self._watch_generation != generation:
                        return
                    if (slug, filters, pages) == (self._slug(), self._filters(), self._pages):
                        self._apply(page)
        finally:
            stored_versions.leave(community_id)


class _StoredVersions:
    """The communities open in this process and their stored versions. Every
    :data:`FALLBACK_CHECK_S` one query reads them all, and the topic of any
    that moved unannounced (a write by another process without the Redis
    bridge) is bumped here, so an open page's watcher never asks the database
    while nothing happens. Use from the event loop only."""

    def __init__(self) -> None:
        self._watchers: dict[int, int] = {}
        self._seen: dict[int, tuple[int, int]] = {}

    def join(self, community_id: int, versions: tuple[int, int]) -> None:
        self._watchers[community_id] = self._watchers.get(community_id, 0) + 1
        self._seen.setdefault(community_id, versions)

    def leave(self, community_id: int) -> None:
        left = self._watchers.get(community_id, 0) - 1
        if left > 0:
            self._watchers[community_id] = left
        else:
            self._watchers.pop(community_id, None)
            self._seen.pop(community_id, None)

    async def check(self) -> None:
        if not self._watchers:
            return
        stored = await in_session(browse.get_versions_of, community_ids=list(self._watchers))
        for community_id, versions in stored.items():
            if community_id in self._seen and self._seen[community_id] != versions:
                self._seen[community_id] = versions
                live.hub.bump(live.community_topic(community_id))


stored_versions = _StoredVersions()


async def keep_communities_current() -> None:
    """Lifespan task: see :class:`_StoredVersions`."""
    await background.every(
        FALLBACK_CHECK_S, stored_versions.check, "live: checking the open communities"
    )
