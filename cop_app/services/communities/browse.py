"""Read-only queries behind the home, community and thread pages.

Each function runs a fixed, small number of statements whatever the data size
(no query per row) and returns view records from :mod:`cop_app.schemas`.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from cop_app import routes
from cop_app.i18n import (
    DEFAULT_LOCALE,
    fmt_ago,
    fmt_number,
    t,
)
from cop_app.models import (
    Community,
    CommunityFocusArea,
    FocusArea,
    FocusAreaCode,
    FocusEmphasis,
    Membership,
    MembershipRole,
    MembershipStatus,
    OnboardingDraft,
    Openness,
    Post,
    Reaction,
    Thread,
    ThreadKind,
    ThreadStatus,
    User,
    utcnow,
)
from cop_app.schemas import (
    CommunityCard,
    CommunityHeader,
    FocusBadge,
    MyCommunity,
    ThreadRow,
)
from cop_app.services.communities.communities import ts_literal
from cop_app.services.guards import authz
from cop_app.services.guards.authz import ServiceError

#: Kinds whose threads wait for an answer (unanswered queue, first response).
ANSWERABLE_KINDS = (ThreadKind.QUESTION, ThreadKind.HELPDESK)
RECENT_THREADS_LIMIT = 30


def _focus_badges(session: Session, community_ids: list[int]) -> dict[int, list[FocusBadge]]:
    """Focus badges per community, primary first, in catalogue order (one query)."""
    if not community_ids:
        return {}
    rows = session.exec(
        select(CommunityFocusArea.community_id, CommunityFocusArea.emphasis, FocusArea)
        .join(FocusArea, col(FocusArea.code) == col(CommunityFocusArea.focus_area))
        .where(col(CommunityFocusArea.community_id).in_(community_ids))
        .order_by(
            col(CommunityFocusArea.community_id),
            sa.case((col(CommunityFocusArea.emphasis) == FocusEmphasis.PRIMARY, 0), else_=1),
            col(FocusArea.sort_order),
        )
    ).all()
    badges: dict[int, list[FocusBadge]] = defaultdict(list)
    for community_id, emphasis, area in rows:
        badges[community_id].append(
            FocusBadge(
                code=area.code.value, name=area.name, primary=emphasis == FocusEmphasis.PRIMARY
            )
        )
    return badges


def _focus_names(session: Session) -> dict[str, str]:
    return {area.code.value: area.name for area in session.exec(select(FocusArea)).all()}


def _card(
    community: Community, focus: list[FocusBadge], *, now: datetime, locale: str
) -> CommunityCard:
    last = community.last_activity_at
    return CommunityCard(
        slug=community.slug,
        name=community.name,
        tagline=community.tagline,
        selective=community.openness == Openness.SELECTIVE,
        member_count=fmt_number(community.member_count, locale),
        thread_count=fmt_number(community.thread_count, locale),
        last_activity=fmt_ago(last, now, locale) if last else "",
        focus=[b for b in focus if b.primary],
    )


def list_community_cards(
    session: Session, *, locale: str = DEFAULT_LOCALE, now: datetime | None = None
) -> list[CommunityCard]:
    """Every community that is not archived, by name, with its primary focus areas."""
    now = now or utcnow()
    communities = session.exec(
        select(Community).where(col(Community.archived_at).is_(None)).order_by(Community.name)
    ).all()
    badges = _focus_badges(session, [c.id for c in communities if c.id is not None])
    return [_card(c, badges.get(c.id or 0, []), now=now, locale=locale) for c in communities]


def get_community_card(
    session: Session,
    *,
    community: Community,
    locale: str = DEFAULT_LOCALE,
    now: datetime | None = None,
) -> CommunityCard:
    """One community's card as the home page shows it."""
    focus = _focus_badges(session, [community.id or 0]).get(community.id or 0, [])
    return _card(community, focus, now=now or utcnow(), locale=locale)


def get_community(session: Session, *, slug: str) -> Community | None:
    """The community at ``/c/<slug>``, archived ones included (their data stays readable)."""
    return session.exec(select(Community).where(Community.slug == slug)).first()


def get_community_header(
    session: Session, *, community: Community, locale: str = DEFAULT_LOCALE
) -> CommunityHeader:
    return CommunityHeader(
        slug=community.slug,
        name=community.name,
        tagline=community.tagline,
        description=community.description,
        selective=community.openness == Openness.SELECTIVE,
        member_count=fmt_number(community.member_count, locale),
        thread_count=fmt_number(community.thread_count, locale),
        languages=", ".join(lang.upper() for lang in community.languages),
        focus=_focus_badges(session, [community.id or 0]).get(community.id or 0, []),
        archived=community.archived_at is not None,
        visibility=str(community.visibility),
    )


SORTS = ("activity", "newest", "replies")
PAGE_SIZE = 25


@dataclasses.dataclass(frozen=True)
class ThreadFilters:
    kind: str = ""  # a ThreadKind value, or "" for all
    focus: str = ""  # a FocusAreaCode value, or "" for all
    unanswered: bool = False  # questions and requests nobody else has answered yet
    mine: bool = False  # threads the viewer started or replied to
    sort: str = "activity"  # activity (pinned first) | newest | replies

    @classmethod
    def parse(cls, raw: dict[str, object]) -> ThreadFilters:
        """Filters from untrusted input (URL query or form): unknown values are dropped."""
        kind = str(raw.get("kind") or "")
        focus = str(raw.get("focus") or "")
        sort = str(raw.get("sort") or "activity")
        return cls(
            kind=kind if kind in {k.value for k in ThreadKind} else "",
            focus=focus if focus in {c.value for c in FocusAreaCode} else "",
            unanswered=str(raw.get("unanswered") or "") in {"1", "true", "on", "True"},
            mine=str(raw.get("mine") or "") in {"1", "true", "on", "True"},
            sort=sort if sort in SORTS else "activity",
        )


def _sort_key(sort: str) -> list[Any]:
    if sort == "newest":
        return [col(Thread.created_at), col(Thread.id)]
    if sort == "replies":
        return [col(Thread.reply_count), col(Thread.id)]
    return [col(Thread.is_pinned), col(Thread.last_activity_at), col(Thread.id)]


def _cursor_of(thread: Thread, sort: str) -> str:
    if sort == "newest":
        return f"{thread.created_at.isoformat()}|{thread.id}"
    if sort == "replies":
        return f"{thread.reply_count}|{thread.id}"
    return f"{int(thread.is_pinned)}|{thread.last_activity_at.isoformat()}|{thread.id}"


def _parse_cursor(cursor: str, sort: str) -> list[Any] | None:
    """The cursor's values in sort-key order, or None when it is not valid."""
    parts = cursor.split("|")
    try:
        if sort == "newest" and len(parts) == 2:
            return [ts_literal(datetime.fromisoformat(parts[0])), int(parts[1])]
        if sort == "replies" and len(parts) == 2:
            return [int(parts[0]), int(parts[1])]
        if sort == "activity" and len(parts) == 3:
            pinned = sa.literal(parts[0] == "1", sa.Boolean)
            return [pinned, ts_literal(datetime.fromisoformat(parts[1])), int(parts[2])]
    except ValueError:
        return None
    return None


def list_threads(
    session: Session,
    *,
    community: Community,
    viewer: User | None = None,
    filters: ThreadFilters = ThreadFilters(),
    cursor: str = "",
    limit: int = PAGE_SIZE,
    locale: str = DEFAULT_LOCALE,
) -> tuple[list[ThreadRow], str]:
    """One page of the community's visible threads and the cursor of the next
    page ("" at the end). Keyset pagination: every page costs the same, however
    deep. Two statements."""
    key = _sort_key(filters.sort)
    query = (
        select(Thread, User.display_name)
        .join(User, col(User.id) == col(Thread.author_id))
        .where(Thread.community_id == community.id, col(Thread.is_hidden).is_(False))
    )
    if filters.kind:
        query = query.where(Thread.kind == ThreadKind(filters.kind))
    if filters.focus:
        query = query.where(Thread.focus_area == FocusAreaCode(filters.focus))
    if filters.unanswered:
        query = query.where(
            col(Thread.kind).in_(ANSWERABLE_KINDS),
            col(Thread.first_response_at).is_(None),
            Thread.status != ThreadStatus.ANSWERED,
        )
    if filters.mine:
        if viewer is None:
            return [], ""
        # The member's own posts (their index) give the threads, once: not a
        # probe of every thread's posts (that grew with the community).
        mine = select(Post.thread_id).where(Post.author_id == viewer.id)
        query = query.where(col(Thread.id).in_(mine))
    after = _parse_cursor(cursor, filters.sort) if cursor else None
    if after is not None:
        query = query.where(sa.tuple_(*key) < sa.tuple_(*after))
    rows = session.exec(query.order_by(*[k.desc() for k in key]).limit(limit + 1)).all()
    more = len(rows) > limit
    rows = rows[:limit]
    focus_names = _focus_names(session)
    out = [
        ThreadRow(
            id=th.id or 0,
            url=routes.thread_url(community.slug, th.id or 0),
            title=th.title,
            kind=th.kind.value,
            kind_label=_kind_label(th, locale),
            focus_label=focus_names.get(th.focus_area.value, "") if th.focus_area else "",
            author=author,
            replies=th.reply_count,
            last_at=th.last_activity_at.isoformat(),
            answered=th.status == ThreadStatus.ANSWERED,
            unanswered=th.kind in ANSWERABLE_KINDS
            and th.first_response_at is None
            and th.status != ThreadStatus.ANSWERED,
            pinned=th.is_pinned,
            locked=th.is_locked,
        )
        for th, author in rows
    ]
    return out, (_cursor_of(rows[-1][0], filters.sort) if more and rows else "")


class _ListCache:
    """The community lists this process read lately, shared by every viewer
    who asks the same question: keyed by the community's revision and
    configuration version (any change to its threads moves them), the filter,
    the page and the viewer for "mine" (:func:`list_key`). A sort change on the
    community page then costs no list query."""

    SIZE = 2048

    def __init__(self) -> None:
        self._rows: dict[tuple, tuple[list[ThreadRow], str]] = {}
        self.misses = 0

    def get(self, key: tuple) -> tuple[list[ThreadRow], str] | None:
        return self._rows.get(key)

    def put(self, key: tuple, value: tuple[list[ThreadRow], str]) -> None:
        if len(self._rows) >= self.SIZE:
            self._rows.pop(next(iter(self._rows)))  # the oldest entry
        self._rows[key] = value

    def clear(self) -> None:
        self._rows.clear()


list_cache = _ListCache()


def list_key(
    *,
    community_id: int,
    versions: tuple[int, int],
    filters: ThreadFilters,
    viewer_id: int | None,
    cursor: str = "",
    limit: int = PAGE_SIZE,
    locale: str = DEFAULT_LOCALE,
) -> tuple:
    """The :data:`list_cache` key of a list: the community at its
    ``(config_version, revision)``, the filter, the viewer only for "mine", the
    page and the language of the labels. Rows carry timestamps and counts, not
    "3 minutes ago": the browser formats them, so a list stays right for as
    long as the community does not change."""
    return (
        community_id,
        versions[1],
        versions[0],
        filters,
        (viewer_id or 0) if filters.mine else 0,
        cursor,
        limit,
        locale,
    )


def peek_list(key: tuple) -> tuple[list[ThreadRow], str] | None:
    """A list this process already read (:func:`list_key`), without the database."""
    found = list_cache.get(key)
    return None if found is None else (list(found[0]), found[1])


def cached_list_threads(
    session: Session,
    *,
    community: Community,
    viewer: User | None = None,
    filters: ThreadFilters = ThreadFilters(),
    cursor: str = "",
    limit: int = PAGE_SIZE,
) -> tuple[list[ThreadRow], str]:
    """:func:`list_threads` through this process's :data:`list_cache`."""
    key = list_key(
        community_id=community.id or 0,
        versions=(community.config_version, community.revision),
        filters=filters,
        viewer_id=viewer.id if viewer is not None else None,
        cursor=cursor,
        limit=limit,
    )
    found = list_cache.get(key)
    if found is None:
        list_cache.misses += 1
        found = list_threads(
            session, community=community, viewer=viewer, filters=filters, cursor=cursor, limit=limit
        )
        list_cache.put(key, found)
    rows, next_cursor = found
    return list(rows), next_cursor


def list_recent_threads(
    session: Session,
    *,
    community: Community,
    limit: int = RECENT_THREADS_LIMIT,
    locale: str = DEFAULT_LOCALE,
) -> list[ThreadRow]:
    """The community's visible threads, pinned first, then by last activity."""
    rows, _ = list_threads(session, community=community, limit=limit, locale=locale)
    return rows


def _kind_label(thread: Thread, locale: str) -> str:
    if thread.kind == ThreadKind.KNOWLEDGE and thread.knowledge_subtype is not None:
        return t(f"subtype.{thread.knowledge_subtype.value}", locale)
    return t(f"kind.{thread.kind.value}", locale)


@dataclasses.dataclass(frozen=True)
class ViewerFacts:
    """What one viewer may do in a thread's community, and their reactions in it
    (the thread page's tab holds these; the thread itself is shared)."""

    user_id: int | None
    moderator: bool
    can_post: bool
    post_block: str  # why this viewer may not post here, in words; "" when they may
    move_targets: dict[str, str]
    helpful: frozenset[int]


def get_viewer_facts(
    session: Session, *, community: Community, thread_id: int, viewer: User | None
) -> ViewerFacts:
    """What ``viewer`` may do in ``community`` and which posts of the thread
    they found helpful."""
    moderator = authz.can_moderate(session, user=viewer, community=community)
    post_block = ""
    try:
        authz.check_can_post(session, user=viewer, community=community)
    except ServiceError as exc:
        post_block = as_sentence(str(exc))
    helpful: frozenset[int] = frozenset()
    if viewer is not None:
        helpful = frozenset(
            session.exec(
                select(Reaction.post_id)
                .join(Post, col(Post.id) == col(Reaction.post_id))
                .where(Post.thread_id == thread_id, Reaction.user_id == viewer.id)
            ).all()
        )
    return ViewerFacts(
        user_id=viewer.id if viewer is not None else None,
        moderator=moderator,
        can_post=not post_block,
        post_block=post_block,
        move_targets=_move_targets(session, viewer, community) if moderator else {},
        helpful=helpful,
    )


def _move_targets(session: Session, viewer: User | None, community: Community) -> dict[str, str]:
    """Where a moderator may move a thread: the other open communities they moderate."""
    query = select(Community.slug, Community.name).where(
        Community.id != community.id, col(Community.archived_at).is_(None)
    )
    if viewer is not None and not viewer.is_site_admin:
        query = query.join(Membership, col(Membership.community_id) == col(Community.id)).where(
            Membership.user_id == viewer.id,
            Membership.status == MembershipStatus.ACTIVE,
            col(Membership.role).in_((MembershipRole.LEAD, MembershipRole.FACILITATOR)),
        )
    return dict(session.exec(query.order_by(col(Community.name))).all())


def as_sentence(message: str) -> str:
    message = message.strip()
    if not message:
        return message
    message = message[0].upper() + message[1:]
    return message if message.endswith((".", "!", "?")) else message + "."


def get_thread_revision(session: Session, *, thread_id: int) -> int | None:
    """The thread's revision (one primary-key lookup), for live pages."""
    return session.exec(select(Thread.revision).where(Thread.id == thread_id)).first()


def list_my_communities(session: Session, *, user_id: int) -> list[MyCommunity]:
    """The member's communities and open requests (and declined ones, so they learn the
    outcome), by name; plus whether onboarding is still unfinished."""
    shown = (MembershipStatus.ACTIVE, MembershipStatus.PENDING, MembershipStatus.DECLINED)
    rows = session.exec(
        select(Community.name, Community.slug, Membership.status, Membership.role)
        .join(Membership, col(Membership.community_id) == col(Community.id))
        .where(Membership.user_id == user_id, col(Membership.status).in_(shown))
        .order_by(col(Community.name))
    ).all()
    return [
        MyCommunity(
            name=name,
            slug=slug,
            status=MembershipStatus(status).value,
            role=MembershipRole(role).value,
        )
        for name, slug, status, role in rows
    ]


def onboarding_unfinished(session: Session, *, user_id: int) -> bool:
    draft = session.get(OnboardingDraft, user_id)
    return draft is None or draft.completed_at is None


def get_versions(session: Session, *, community_id: int) -> tuple[int, int] | None:
    """The community's (config_version, revision), one indexed lookup, for live pages."""
    row = session.exec(
        select(Community.config_version, Community.revision).where(Community.id == community_id)
    ).first()
    return None if row is None else (row[0], row[1])


def get_versions_of(session: Session, *, community_ids: list[int]) -> dict[int, tuple[int, int]]:
    """:func:`get_versions` for many communities at once (one statement)."""
    if not community_ids:
        return {}
    rows = session.exec(
        select(Community.id, Community.config_version, Community.revision).where(
            col(Community.id).in_(community_ids)
        )
    ).all()
    return {cid: (config, revision) for cid, config, revision in rows if cid is not None}
