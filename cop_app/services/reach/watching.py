"""How closely each member follows a community, a focus area in it, or a thread.

Five levels (Discourse's notification levels): *muted*, *normal*, *tracking*,
*watching* and *watching first post*. A member's own choice is a
:class:`~cop_app.models.Watch` row; where they made none, the default applies.
The most specific choice wins, and a member's own choice beats a lead's
default:

    thread (own) > focus area (own) > community (own) > focus area (lead's default) > normal

Tracking and watching also count the replies a member has not seen in the
threads they opened before (``ThreadRead``, written when they open one).

Starting or replying to a thread makes the author watch it (unless they chose
a level for it before); the focus areas a member picked at onboarding make
them watch first posts there in each community they join.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

import sqlalchemy as sa
from sqlmodel import Session, col, select

from cop_app.models import (
    AuditLog,
    Community,
    CommunityFocusArea,
    FocusAreaCode,
    MemberProfile,
    Membership,
    MembershipStatus,
    Thread,
    ThreadRead,
    User,
    Watch,
    WatchLevel,
    utcnow,
)
from cop_app.services.guards import authz
from cop_app.services.guards.authz import ServiceError

#: The levels a thread can have (a thread has no "first post" to watch for).
THREAD_LEVELS = (WatchLevel.MUTED, WatchLevel.NORMAL, WatchLevel.TRACKING, WatchLevel.WATCHING)
#: The levels a community or a focus area can have.
AREA_LEVELS = (
    WatchLevel.MUTED,
    WatchLevel.NORMAL,
    WatchLevel.TRACKING,
    WatchLevel.WATCHING_FIRST_POST,
    WatchLevel.WATCHING,
)


class WatchLevelError(ServiceError):
    """A level that does not exist (or does not apply to what is watched)."""


def community_scope(community_id: int) -> str:
    return f"c:{community_id}"


def focus_scope(community_id: int, focus_area: FocusAreaCode | str) -> str:
    return f"f:{community_id}:{FocusAreaCode(focus_area).value}"


def thread_scope(thread_id: int) -> str:
    return f"t:{thread_id}"


def parse_level(value: object, *, allowed: Iterable[WatchLevel] = AREA_LEVELS) -> WatchLevel:
    """A level named by the browser, or :class:`WatchLevelError`."""
    allowed = tuple(allowed)
    try:
        level = WatchLevel(str(value))
    except ValueError:
        level = None
    if level is None or level not in allowed:
        names = ", ".join(level_label(choice) for choice in allowed)
        msg = f"That watching level does not exist here. Choose one of: {names}."
        raise WatchLevelError(msg)
    return level


_LABELS = {
    WatchLevel.MUTED: "Muted",
    WatchLevel.NORMAL: "Normal",
    WatchLevel.TRACKING: "Tracking",
    WatchLevel.WATCHING: "Watching",
    WatchLevel.WATCHING_FIRST_POST: "Watching first post",
}


def level_label(level: WatchLevel | str) -> str:
    return _LABELS[WatchLevel(level)]


# --------------------------------------------------------------------------- reading


@dataclasses.dataclass(frozen=True)
class Effective:
    """A member's level on something, and where it comes from."""

    level: WatchLevel
    #: "thread", "focus", "community", "focus_default" or "" (nothing set).
    source: str


def resolve(
    *,
    thread_level: WatchLevel | None,
    focus_level: WatchLevel | None,
    community_level: WatchLevel | None,
    focus_default: WatchLevel | None,
) -> Effective:
    """The precedence rule, in one place (fan-out and pages both use it)."""
    for level, source in (
        (thread_level, "thread"),
        (focus_level, "focus"),
        (community_level, "community"),
        (focus_default, "focus_default"),
    ):
        if level is not None:
            return Effective(WatchLevel(level), source)
    return Effective(WatchLevel.NORMAL, "")


def focus_defaults(session: Session, *, community_id: int) -> dict[FocusAreaCode, WatchLevel]:
    rows = session.exec(
        select(CommunityFocusArea.focus_area, CommunityFocusArea.default_watch_level).where(
            CommunityFocusArea.community_id == community_id
        )
    ).all()
    return {FocusAreaCode(code): WatchLevel(level) for code, level in rows}


def own_levels(
    session: Session, *, user_ids: Iterable[int], scopes: Iterable[str]
) -> dict[tuple[int, str], WatchLevel]:
    """The members' own choices on these scopes, keyed by (user, scope)."""
    ids, scopes = list(user_ids), list(scopes)
    if not ids or not scopes:
        return {}
    rows = session.exec(
        select(Watch.user_id, Watch.scope, Watch.level).where(
            col(Watch.user_id).in_(ids), col(Watch.scope).in_(scopes)
        )
    ).all()
    return {(uid, scope): WatchLevel(level) for uid, scope, level in rows}


def effective_for(
    session: Session,
    *,
    user_ids: Iterable[int],
    community_id: int,
    focus_area: FocusAreaCode | str | None = None,
    thread_id: int | None = None,
) -> dict[int, Effective]:
    """Each member's effective level on a thread (or a focus area, or a
    community), in two queries whatever their number."""
    ids = list(user_ids)
    scopes = [community_scope(community_id)]
    if focus_area:
        scopes.append(focus_scope(community_id, focus_area))
    if thread_id:
        scopes.append(thread_scope(thread_id))
    own = own_levels(session, user_ids=ids, scopes=scopes)
    default = (
        focus_defaults(session, community_id=community_id).get(FocusAreaCode(focus_area))
        if focus_area
        else None
    )
    if default == WatchLevel.NORMAL:
        default = None
    result = {}
    for uid in ids:
        result[uid] = resolve(
            thread_level=own.get((uid, scopes[-1])) if thread_id else None,
            focus_level=own.get((uid, scopes[1])) if focus_area else None,
            community_level=own.get((uid, scopes[0])),
            focus_default=default,
        )
    return result


@dataclasses.dataclass(frozen=True)
class Control:
    """What a watch control shows: the level in force and whether it is the
    member's own choice or inherited (and from where)."""

    level: str
    own: bool
    inherited_from: str  # a sentence ("as you set for Learning"), or ""


def control_for_thread(session: Session, *, user: User, thread: Thread) -> Control:
    eff = effective_for(
        session,
        user_ids=[user.id or 0],
        community_id=thread.community_id,
        focus_area=thread.focus_area,
        thread_id=thread.id,
    )[user.id or 0]
    return _control(eff, own_source="thread")


def controls_for_community(
    session: Session, *, user: User, community: Community
) -> dict[str, Control]:
    """The member's control for the community ("") and for each of its focus
    areas (by code), in two queries whatever their number: the community page
    reads this on every load and live refresh."""
    community_id, uid = community.id or 0, user.id or 0
    defaults = focus_defaults(session, community_id=community_id)
    whole = community_scope(community_id)
    own = own_levels(
        session,
        user_ids=[uid],
        scopes=[whole, *(focus_scope(community_id, code) for code in defaults)],
    )
    controls = {
        "": _control(
            resolve(
                thread_level=None,
                focus_level=None,
                community_level=own.get((uid, whole)),
                focus_default=None,
            ),
            own_source="community",
        )
    }
    for code, default in defaults.items():
        effective = resolve(
            thread_level=None,
            focus_level=own.get((uid, focus_scope(community_id, code))),
            community_level=own.get((uid, whole)),
            focus_default=None if default == WatchLevel.NORMAL else default,
        )
        controls[code.value] = _control(effective, own_source="focus")
    return controls


_INHERITED = {
    "focus": "as you chose for this focus area",
    "community": "as you chose for the whole community",
    "focus_default": "as the leads set for this focus area",
    "": "",  # the plain default: nothing to explain
}


def _control(eff: Effective, *, own_source: str) -> Control:
    own = eff.source == own_source
    return Control(
        level=eff.level.value, own=own, inherited_from="" if own else _INHERITED[eff.source]
    )


# --------------------------------------------------------------------------- writing


def _upsert(
    session: Session,
    *,
    user_id: int,
    scope: str,
    community_id: int,
    level: WatchLevel,
    thread_id: int | None = None,
    focus_area: FocusAreaCode | None = None,
    only_if_unset: bool = False,
) -> Watch:
    row = session.exec(select(Watch).where(Watch.user_id == user_id, Watch.scope == scope)).first()
    if row is not None:
        if not only_if_unset and row.level != level:
            row.level = level
            row.updated_at = utcnow()
        return row
    row = Watch(
        user_id=user_id,
        scope=scope,
        community_id=community_id,
        thread_id=thread_id,
        focus_area=focus_area,
        level=level,
    )
    session.add(row)
    session.flush()
    return row


def do_set_thread_level(session: Session, *, user: User, thread: Thread, level: object) -> Watch:
    """A member sets their level on a thread they may read."""
    parsed = parse_level(level, allowed=THREAD_LEVELS)
    user = authz.check_signed_in(user)
    community = session.get(Community, thread.community_id)
    if community is None or thread.is_hidden:
        raise authz.NotAllowedError("This thread is not available.")
    authz.check_can_view_community(session, user=user, community=community)
    return _upsert(
        session,
        user_id=user.id or 0,
        scope=thread_scope(thread.id or 0),
        community_id=thread.community_id,
        thread_id=thread.id,
        level=parsed,
    )


def do_set_community_level(
    session: Session,
    *,
    user: User,
    community: Community,
    level: object,
    focus_area: object = None,
) -> Watch:
    """A member sets their level on a community, or on one of its focus areas."""
    parsed = parse_level(level, allowed=AREA_LEVELS)
    user = authz.check_signed_in(user)
    authz.check_can_view_community(session, user=user, community=community)
    if focus_area:
        code = _focus_of(session, community=community, focus_area=focus_area)
        return _upsert(
            session,
            user_id=user.id or 0,
            scope=focus_scope(community.id or 0, code),
            community_id=community.id or 0,
            focus_area=code,
            level=parsed,
        )
    return _upsert(
        session,
        user_id=user.id or 0,
        scope=community_scope(community.id or 0),
        community_id=community.id or 0,
        level=parsed,
    )


def _focus_of(session: Session, *, community: Community, focus_area: object) -> FocusAreaCode:
    try:
        code = FocusAreaCode(str(focus_area))
    except ValueError:
        code = None
    if code is None or code not in focus_defaults(session, community_id=community.id or 0):
        msg = f"That is not a focus area of {community.name}."
        raise WatchLevelError(msg)
    return code


def do_set_focus_default(
    session: Session, *, community: Community, focus_area: object, level: object, by: User
) -> CommunityFocusArea:
    """A lead sets the level members have on a focus area until they choose
    their own; the change goes into the community's audit log."""
    authz.check_can_manage_community(session, user=by, community=community)
    parsed = parse_level(level, allowed=AREA_LEVELS)
    code = _focus_of(session, community=community, focus_area=focus_area)
    row = session.exec(
        select(CommunityFocusArea).where(
            CommunityFocusArea.community_id == community.id,
            CommunityFocusArea.focus_area == code,
        )
    ).one()
    before = WatchLevel(row.default_watch_level)
    if before == parsed:
        return row
    row.default_watch_level = parsed
    session.add(
        AuditLog(
            community_id=community.id,
            actor_id=by.id,
            action="watching.default",
            before={"focus_area": code.value, "level": before.value},
            after={"focus_area": code.value, "level": parsed.value},
        )
    )
    session.flush()
    return row


def do_watch_as_author(session: Session, *, user_id: int, thread: Thread) -> None:
    """Starting or replying to a thread makes its author watch it, unless they
    already chose a level for it (they can lower it; a reply does not undo that)."""
    _upsert(
        session,
        user_id=user_id,
        scope=thread_scope(thread.id or 0),
        community_id=thread.community_id,
        thread_id=thread.id,
        level=WatchLevel.WATCHING,
        only_if_unset=True,
    )


def do_watch_chosen_focus_areas(session: Session, *, membership: Membership) -> None:
    """A member who joins a community watches first posts in the focus areas
    they chose at onboarding, where the community has them (their own choices
    made earlier stay)."""
    if membership.status != MembershipStatus.ACTIVE:
        return
    profile = session.get(MemberProfile, membership.user_id)
    chosen = set(profile.focus_interests) if profile else set()
    for code in focus_defaults(session, community_id=membership.community_id):
        if code.value in chosen:
            _upsert(
                session,
                user_id=membership.user_id,
                scope=focus_scope(membership.community_id, code),
                community_id=membership.community_id,
                focus_area=code,
                level=WatchLevel.WATCHING_FIRST_POST,
                only_if_unset=True,
            )


# --------------------------------------------------------------------------- reading


def has_unseen(session: Session, *, user_id: int, thread: Thread) -> bool:
    seen = session.get(ThreadRead, (user_id, thread.id))
    return seen is None or seen.seen_replies < thread.reply_count


def do_mark_seen(session: Session, *, user_id: int, thread: Thread) -> None:
    """The member has read the thread as far as it goes now."""
    seen = session.get(ThreadRead, (user_id, thread.id))
    if seen is None:
        session.add(
            ThreadRead(user_id=user_id, thread_id=thread.id or 0, seen_replies=thread.reply_count)
        )
    elif seen.seen_replies < thread.reply_count:
        seen.seen_replies = thread.reply_count
        seen.read_at = utcnow()
    session.flush()


def new_replies(
    session: Session,
    *,
    user: User | None,
    community: Community,
    thread_ids: Iterable[int] | None = None,
) -> dict[int, int]:
    """For threads the member tracks or watches and has opened before, how many
    replies came since (threads with none are left out): among ``thread_ids``,
    or in the whole community when None. Three queries."""
    ids = None if thread_ids is None else list(thread_ids)
    if user is None or user.id is None or ids == []:
        return {}
    which = col(Thread.id).in_(ids) if ids is not None else Thread.community_id == community.id
    rows = session.exec(
        select(Thread.id, Thread.focus_area, Thread.reply_count, ThreadRead.seen_replies)
        .join(
            ThreadRead,
            sa.and_(ThreadRead.thread_id == Thread.id, ThreadRead.user_id == user.id),
        )
        .where(which, Thread.reply_count > ThreadRead.seen_replies)
    ).all()
    if not rows:
        return {}
    community_id = community.id or 0
    scopes = {community_scope(community_id)}
    scopes |= {thread_scope(tid) for tid, *_ in rows}
    scopes |= {focus_scope(community_id, focus) for _, focus, *_ in rows if focus}
    own = own_levels(session, user_ids=[user.id], scopes=scopes)
    defaults = focus_defaults(session, community_id=community_id)
    counts = {}
    for tid, focus, replies, seen in rows:
        default = defaults.get(FocusAreaCode(focus)) if focus else None
        level = resolve(
            thread_level=own.get((user.id, thread_scope(tid))),
            focus_level=own.get((user.id, focus_scope(community_id, focus))) if focus else None,
            community_level=own.get((user.id, community_scope(community_id))),
            focus_default=None if default == WatchLevel.NORMAL else default,
        ).level
        if level in (WatchLevel.TRACKING, WatchLevel.WATCHING):
            counts[tid] = replies - seen
    return counts
