"""Health metrics of one community, as the live dashboard shows them.

Every definition follows ``shared/DOMAIN.md`` ("Health metrics with precise
definitions"); each function's docstring states it in plain words so the UI
help can quote it.

Conventions shared by every metric:

- **Windows** are half-open and end at ``as_of``: ``as_of - N days <= t < as_of``.
  Something that happens exactly at ``as_of`` (or later) is not seen yet.
- **Contributions** are activity-log rows whose kind is in
  :data:`~cop_app.models.CONTRIBUTION_KINDS`: starting a thread, replying,
  reacting, accepting an answer. Member activity is read from the append-only
  activity log only (indexes ``ix_activity_community_occurred`` and
  ``ix_activity_community_actor_occurred``).
- **Posts** (top-10 share) are the written subset of contributions: opening a
  thread (``thread_created``) and replying (``reply_created``). Reactions and
  accepting an answer are contributions but not posts. A post deleted later
  still counts: the log records that it was written.
- **Thread metrics** (first response, reply coverage, help-desk target, queue,
  focus alignment) read the thread row and its stored counters
  (``first_response_at`` / ``first_response_seconds``, kept by the write
  services and counting only replies by someone other than the author).
  Hidden (moderated) threads are left out of all of them.
- **Ratios** carry their numerator and denominator (:class:`Ratio`), and their
  value is ``None`` (not 0) when the denominator is 0.
- **Percentiles** use the nearest-rank method: the P-th percentile is the
  smallest observed value such that at least P % of the values are at or below
  it (rank ``ceil(P/100 * n)`` in the sorted list). It is always a time some
  item actually waited, and "90 % were answered within X" is then literally
  true. The median is the 50th percentile by the same rule (the lower middle
  value when the count is even).

Functions are plain, keyword-only and read-only: they take the caller's
session, never write and never commit. Each runs a fixed number of statements
whatever the data size; :func:`community_health` runs eight in all.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from cop_app.models import (
    CONTRIBUTION_KINDS,
    ActivityEvent,
    ActivityKind,
    CommunityFocusArea,
    FocusAreaCode,
    FocusEmphasis,
    MemberProfile,
    Membership,
    MembershipStatus,
    Thread,
    ThreadKind,
    ThreadStatus,
)

# --------------------------------------------------------------------------- constants

#: Activity kinds that are posts (written text): an opening post or a reply.
POST_KINDS: frozenset[ActivityKind] = frozenset(
    {ActivityKind.THREAD_CREATED, ActivityKind.REPLY_CREATED}
)
#: Thread kinds that wait for an answer (first response, queue).
ANSWERABLE_KINDS: tuple[ThreadKind, ...] = (ThreadKind.QUESTION, ThreadKind.HELPDESK)

DEFAULT_WINDOW_DAYS = 30
WEEK_DAYS = 7  # active members, short window
MONTH_DAYS = 30  # active members, long window; stickiness's "monthly" active
STICKINESS_TARGET_PERCENT = 20  # a common target: above 20 %
REPLY_COVERAGE_DAYS = 7
TOP_AUTHORS = 10
REGULAR_LOOKBACK_DAYS = 90  # lost regulars: the 90 days before the window
REGULAR_MIN_CONTRIBUTIONS = 4
SILENCE_DAYS = 90  # reactivated: back after at least 90 days without contributing

_DAY = timedelta(days=1)
_CONTRIBUTION_KINDS = sorted(CONTRIBUTION_KINDS)
_POST_KINDS = sorted(POST_KINDS)


# --------------------------------------------------------------------------- results


@dataclass(frozen=True, slots=True)
class Ratio:
    """A share with its parts, so the UI can say "12 of 40".

    ``value`` is ``numerator / denominator``, or ``None`` when nothing was
    counted (an empty denominator is "no data", not 0 %).
    """

    numerator: int
    denominator: int
    value: float | None = field(init=False)

    def __post_init__(self) -> None:
        value = self.numerator / self.denominator if self.denominator else None
        object.__setattr__(self, "value", value)


class ConcentrationBand(enum.StrEnum):
    """How concentrated posting is (top-10 share)."""

    BROAD = "broad"  # below 30 %: spread over many authors
    HEALTHY = "healthy"  # 30 % to 55 %
    CONCENTRATED = "concentrated"  # above 55 %, up to 70 %: worth watching
    FRAGILE = "fragile"  # above 70 %: the community hangs on a few people


@dataclass(frozen=True, slots=True)
class ActiveMembers:
    last_7_days: int
    last_30_days: int


@dataclass(frozen=True, slots=True)
class Stickiness:
    """Daily active over monthly active members.

    ``daily_active`` lists distinct contributors per 24-hour slice, oldest
    first. ``ratio`` is active member-days over ``days * monthly_active``,
    which equals ``average_daily_active / monthly_active``.
    """

    daily_active: tuple[int, ...]
    average_daily_active: float
    monthly_active: int
    ratio: Ratio
    meets_target: bool | None  # above 20 %; None when nobody was active


@dataclass(frozen=True, slots=True)
class FirstResponseTimes:
    """First-response times of questions and help-desk requests, in seconds."""

    answered: int
    unanswered: int  # counted apart, never dropped
    median_seconds: int | None  # nearest-rank 50th percentile of answered ones
    p90_seconds: int | None  # nearest-rank 90th percentile of answered ones


@dataclass(frozen=True, slots=True)
class ReplyCoverage:
    ratio: Ratio  # threads answered by someone else within 7 days, of settled threads
    within_days: int
    recent_excluded: int  # created in the window's last 7 days: not judged yet


@dataclass(frozen=True, slots=True)
class HelpdeskTarget:
    ratio: Ratio  # met of (met + missed)
    met: int
    missed: int
    pending: int  # unanswered, target not yet passed: excluded from the ratio
    without_target: int  # no response target configured: excluded


@dataclass(frozen=True, slots=True)
class UnansweredQueue:
    count: int
    questions: int
    requests: int
    oldest_created_at: datetime | None
    oldest_age_seconds: int | None


@dataclass(frozen=True, slots=True)
class TopShare:
    ratio: Ratio  # posts by the 10 most active authors, of all posts
    authors: int  # distinct authors of posts in the window
    band: ConcentrationBand | None


@dataclass(frozen=True, slots=True)
class AbsenceFactor:
    members: int | None  # smallest number of members with >= 50 % of contributions
    contributions_covered: int  # what those members contributed together
    total_contributions: int
    contributors: int


@dataclass(frozen=True, slots=True)
class FocusAlignment:
    ratio: Ratio  # threads tagged with a primary focus area, of all threads
    primary_focus_areas: tuple[FocusAreaCode, ...]
    untagged: int  # threads with no focus area (in the denominator)


@dataclass(frozen=True, slots=True)
class BoundaryCrossing:
    overall: Ratio  # replies crossing organisation, region or discipline
    organisation: Ratio
    region: Ratio
    discipline: Ratio


@dataclass(frozen=True, slots=True)
class HealthReport:
    """Every health metric of one community at one moment."""

    community_id: int
    as_of: datetime
    window_days: int
    window_start: datetime
    active_members: ActiveMembers
    stickiness: Stickiness
    new_members: int
    new_contributors: int
    first_response: FirstResponseTimes
    reply_coverage: ReplyCoverage
    helpdesk_target: HelpdeskTarget
    unanswered_queue: UnansweredQueue
    top10_share: TopShare
    absence_factor: AbsenceFactor
    lost_regulars: tuple[int, ...]  # user ids
    reactivated: tuple[int, ...]  # user ids
    focus_alignment: FocusAlignment
    boundary_crossing: BoundaryCrossing


# --------------------------------------------------------------------------- helpers


def _check_as_of(as_of: datetime) -> None:
    if as_of.tzinfo is None or as_of.utcoffset() is None:
        msg = "as_of must be timezone-aware (UTC)"
        raise ValueError(msg)


def _window(as_of: datetime, days: int) -> datetime:
    """The start of the ``days``-long window ending at ``as_of`` (validated)."""
    _check_as_of(as_of)
    if days < 1:
        msg = f"a window is at least one day long, not {days}"
        raise ValueError(msg)
    return as_of - days * _DAY


def percentile(values: Sequence[int], pct: int) -> int | None:
    """Nearest-rank percentile: the smallest value with at least ``pct`` % at or below it.

    ``None`` for no values. ``percentile([1, 5, 30], 50) == 5``,
    ``percentile([1, 5, 30], 90) == 30``.
    """
    if not values:
        return None
    if not 0 < pct <= 100:
        msg = f"percentile must be in (0, 100], not {pct}"
        raise ValueError(msg)
    ordered = sorted(values)
    rank = -(-pct * len(ordered) // 100)  # ceil(pct/100 * n), exact in integers
    return ordered[rank - 1]


def _in_range(column: Any, start: datetime, end: datetime) -> sa.ColumnElement[bool]:
    return sa.and_(column >= start, column < end)


def _count_if(condition: sa.ColumnElement[bool]) -> sa.ColumnElement[int]:
    return sa.func.sum(sa.case((condition, 1), else_=0))


# --------------------------------------------------------------------------- activity


@dataclass(frozen=True, slots=True)
class _Activity:
    active_7: int
    active_30: int
    daily: tuple[int, ...]  # oldest first


def _load_activity(session: Session, *, community_id: int, as_of: datetime) -> _Activity:
    """Distinct contributors over 7 and 30 days and per day of the last 30 (one statement)."""
    start = _window(as_of, MONTH_DAYS)
    occurred = col(ActivityEvent.occurred_at)
    actor = col(ActivityEvent.actor_id)

    def distinct_actors(lo: datetime, hi: datetime) -> sa.ColumnElement[int]:
        return sa.func.count(sa.distinct(sa.case((_in_range(occurred, lo, hi), actor))))

    days = [as_of - (k + 1) * _DAY for k in reversed(range(MONTH_DAYS))]
    row = session.exec(
        sa.select(
            distinct_actors(as_of - WEEK_DAYS * _DAY, as_of),
            distinct_actors(start, as_of),
            *(distinct_actors(day, day + _DAY) for day in days),
        ).where(
            col(ActivityEvent.community_id) == community_id,
            _in_range(occurred, start, as_of),
            col(ActivityEvent.kind).in_(_CONTRIBUTION_KINDS),
        )
    ).one()
    return _Activity(active_7=row[0], active_30=row[1], daily=tuple(row[2:]))


def active_members(session: Session, *, community_id: int, as_of: datetime) -> ActiveMembers:
    """Active members: distinct members with at least one contribution (a thread,
    a reply, a reaction or an accepted answer) in the last 7 days and in the
    last 30 days before ``as_of``."""
    activity = _load_activity(session, community_id=community_id, as_of=as_of)
    return ActiveMembers(last_7_days=activity.active_7, last_30_days=activity.active_30)


def _stickiness_from(activity: _Activity) -> Stickiness:
    member_days = sum(activity.daily)
    possible = MONTH_DAYS * activity.active_30
    return Stickiness(
        daily_active=activity.daily,
        average_daily_active=member_days / MONTH_DAYS,
        monthly_active=activity.active_30,
        ratio=Ratio(member_days, possible),
        meets_target=(member_days * 100 > STICKINESS_TARGET_PERCENT * possible)
        if possible
        else None,
    )


def stickiness(session: Session, *, community_id: int, as_of: datetime) -> Stickiness:
    """Stickiness: average daily active members over the last 30 days, divided
    by the members active in those 30 days. A "day" is a 24-hour slice ending
    at ``as_of`` (not a calendar day), so the 30 slices tile the window
    exactly; daily active = distinct contributors in that slice. A common
    target is above 20 %."""
    return _stickiness_from(_load_activity(session, community_id=community_id, as_of=as_of))


# --------------------------------------------------------------------------- per member


@dataclass(frozen=True, slots=True)
class _Member:
    actor_id: int
    posts: int  # in the window
    contributions: int  # in the window
    prior: int  # contributions in the 90 days before the window
    first_in_window: datetime | None
    last_before: datetime | None  # last contribution in the 90 days before the window
    contributed_earlier: bool  # any contribution more than 90 days before the window
    last_in_window: datetime | None = None


def _load_members(
    session: Session,
    *,
    community_id: int,
    as_of: datetime,
    window_days: int,
    history: bool,
    actor_id: int | None = None,
) -> list[_Member]:
    """Per-member contribution counts of the window, grouped in SQL (one statement).

    With ``history`` the range reaches 90 days further back, and each member's
    row says whether they contributed even before that (an index seek on
    ``ix_activity_community_actor_occurred`` per member, inside the statement).
    With ``actor_id``, only that member's row (the live dashboard's newcomer).
    """
    start = _window(as_of, window_days)
    lookback = start - REGULAR_LOOKBACK_DAYS * _DAY if history else start
    occurred = col(ActivityEvent.occurred_at)
    in_window = occurred >= start
    before = occurred < start
    columns: list[Any] = [
        col(ActivityEvent.actor_id),
        _count_if(sa.and_(in_window, col(ActivityEvent.kind).in_(_POST_KINDS))),
        _count_if(in_window),
        _count_if(before),
        sa.func.min(sa.case((in_window, occurred))),
        sa.func.max(sa.case((before, occurred))),
        sa.func.max(sa.case((in_window, occurred))),
    ]
    if history:
        older = aliased(ActivityEvent)
        columns.append(
            sa.exists().where(
                older.community_id == community_id,
                older.actor_id == ActivityEvent.actor_id,
                older.occurred_at < lookback,
                col(older.kind).in_(_CONTRIBUTION_KINDS),
            )
        )
    conditions = [
        col(ActivityEvent.community_id) == community_id,
        _in_range(occurred, lookback, as_of),
        col(ActivityEvent.kind).in_(_CONTRIBUTION_KINDS),
    ]
    if actor_id is not None:
        conditions.append(col(ActivityEvent.actor_id) == actor_id)
    rows = session.exec(
        sa.select(*columns).where(*conditions).group_by(col(ActivityEvent.actor_id))
    ).all()
    return [
        _Member(
            actor_id=row[0],
            posts=row[1] or 0,
            contributions=row[2] or 0,
            prior=row[3] or 0,
            first_in_window=row[4],
            last_before=row[5],
            contributed_earlier=bool(row[7]) if history else False,
            last_in_window=row[6],
        )
        for row in rows
    ]


def concentration_band(share: Ratio) -> ConcentrationBand | None:
    """The health band of a top-10 share: healthy from 30 % to 55 % inclusive,
    concentrated above 55 % up to 70 %, fragile above 70 %, broad below 30 %.
    None when there were no posts. Compared in integers, so 30 %, 55 % and
    70 % fall exactly where stated."""
    top, total = share.numerator * 100, share.denominator
    if not total:
        return None
    if top > 70 * total:
        return ConcentrationBand.FRAGILE
    if top > 55 * total:
        return ConcentrationBand.CONCENTRATED
    if top >= 30 * total:
        return ConcentrationBand.HEALTHY
    return ConcentrationBand.BROAD


def _top10_from(members: list[_Member]) -> TopShare:
    posts = sorted((m.posts for m in members if m.posts), reverse=True)
    share = Ratio(sum(posts[:TOP_AUTHORS]), sum(posts))
    return TopShare(ratio=share, authors=len(posts), band=concentration_band(share))


def top10_share(
    session: Session,
    *,
    community_id: int,
    as_of: datetime,
    window_days: int = DEFAULT_WINDOW_DAYS,
) -> TopShare:
    """Top-10 share: posts written in the window by the 10 members who wrote the
    most, out of all posts written in the window. A post is an opening post or
    a reply (reactions and accepted answers are not posts). About 30-55 % is
    healthy; above 70 % (sustained) is fragile; 55-70 % is concentrated; under
    30 % is broad. With 10 authors or fewer the share is 100 %."""
    members = _load_members(
        session, community_id=community_id, as_of=as_of, window_days=window_days, history=False
    )
    return _top10_from(members)


def _absence_from(members: list[_Member]) -> AbsenceFactor:
    counts = sorted((m.contributions for m in members if m.contributions), reverse=True)
    total = sum(counts)
    covered = 0
    needed: int | None = None
    for index, count in enumerate(counts, start=1):
        covered += count
        if 2 * covered >= total:  # at least half, compared in integers
            needed = index
            break
    return AbsenceFactor(
        members=needed,
        contributions_covered=covered if needed else 0,
        total_contributions=total,
        contributors=len(counts),
    )


def absence_factor(
    session: Session,
    *,
    community_id: int,
    as_of: datetime,
    window_days: int = DEFAULT_WINDOW_DAYS,
) -> AbsenceFactor:
    """Contributor absence factor: the smallest number of members who together
    made at least half of the contributions (threads, replies, reactions,
    accepted answers) in the window. 1-2 means the community hangs on a few
    people. None when nobody contributed."""
    members = _load_members(
        session, community_id=community_id, as_of=as_of, window_days=window_days, history=False
    )
    return _absence_from(members)


def _new_contributors_from(members: list[_Member]) -> int:
    return sum(1 for m in members if m.contributions and not m.prior and not m.contributed_earlier)


def new_contributors(
    session: Session,
    *,
    community_id: int,
    as_of: datetime,
    window_days: int = DEFAULT_WINDOW_DAYS,
) -> int:
    """New contributors: members whose first-ever contribution in this community
    falls in the window."""
    members = _load_members(
        session, community_id=community_id, as_of=as_of, window_days=window_days, history=True
    )
    return _new_contributors_from(members)


def _lost_from(members: list[_Member]) -> tuple[int, ...]:
    lost = [m for m in members if m.prior >= REGULAR_MIN_CONTRIBUTIONS and not m.contributions]
    lost.sort(key=lambda m: (-m.prior, m.actor_id))
    return tuple(m.actor_id for m in lost)


def lost_regulars(
    session: Session,
    *,
    community_id: int,
    as_of: datetime,
    window_days: int = DEFAULT_WINDOW_DAYS,
) -> tuple[int, ...]:
    """Lost regulars: members with 4 or more contributions in the 90 days before
    the window started and none in the window. User ids, the most active
    before first."""
    members = _load_members(
        session, community_id=community_id, as_of=as_of, window_days=window_days, history=True
    )
    return _lost_from(members)


def _reactivated_from(members: list[_Member]) -> tuple[int, ...]:
    back: list[_Member] = []
    for m in members:
        if m.first_in_window is None:
            continue
        if m.last_before is not None:
            silent = m.first_in_window - m.last_before >= SILENCE_DAYS * _DAY
        else:  # nothing in the 90 days before the window: silent at least 90 days
            silent = m.contributed_earlier
        if silent:
            back.append(m)
    back.sort(key=lambda m: (m.first_in_window, m.actor_id))
    return tuple(m.actor_id for m in back)


def reactivated_members(
    session: Session,
    *,
    community_id: int,
    as_of: datetime,
    window_days: int = DEFAULT_WINDOW_DAYS,
) -> tuple[int, ...]:
    """Reactivated members: contributed in the window after at least 90 days
    without contributing, having contributed before. The silence is measured
    from their last contribution before the window to their first one in it.
    User ids, earliest return first."""
    members = _load_members(
        session, community_id=community_id, as_of=as_of, window_days=window_days, history=True
    )
    return _reactivated_from(members)


# --------------------------------------------------------------------------- joins


def new_members(
    session: Session,
    *,
    community_id: int,
    as_of: datetime,
    window_days: int = DEFAULT_WINDOW_DAYS,
) -> int:
    """New members: memberships that started (``joined_at``) in the window and
    are active or have since been left. Pending and declined requests are not
    members."""
    start = _window(as_of, window_days)
    count = session.exec(
        sa.select(sa.func.count()).where(
            col(Membership.community_id) == community_id,
            col(Membership.status).in_([MembershipStatus.ACTIVE, MembershipStatus.LEFT]),
            _in_range(col(Membership.joined_at), start, as_of),
        )
    ).one()[0]
    return int(count)


# --------------------------------------------------------------------------- threads


@dataclass(frozen=True, slots=True)
class _Support:
    kind: ThreadKind
    created_at: datetime
    first_response_at: datetime | None
    first_response_seconds: int | None
    response_target_hours: float | None


def _load_support(
    session: Session, *, community_id: int, as_of: datetime, window_days: int
) -> list[_Support]:
    """Questions and help-desk requests created in the window, one row each."""
    start = _window(as_of, window_days)
    rows = session.exec(
        sa.select(
            col(Thread.kind),
            col(Thread.created_at),
            col(Thread.first_response_at),
            col(Thread.first_response_seconds),
            col(Thread.response_target_hours),
        ).where(
            col(Thread.community_id) == community_id,
            col(Thread.kind).in_(ANSWERABLE_KINDS),
            sa.not_(col(Thread.is_hidden)),
            _in_range(col(Thread.created_at), start, as_of),
        )
    ).all()
    return [_Support(*row) for row in rows]


def _answered_by(item: _Support, as_of: datetime) -> bool:
    """Whether someone else had replied before ``as_of`` (later replies are not seen yet)."""
    return (
        item.first_response_at is not None
        and item.first_response_seconds is not None
        and item.first_response_at < as_of
    )


def _first_response_from(items: list[_Support], as_of: datetime) -> FirstResponseTimes:
    waits = [item.first_response_seconds for item in items if _answered_by(item, as_of)]
    answered = [w for w in waits if w is not None]
    return FirstResponseTimes(
        answered=len(answered),
        unanswered=len(items) - len(answered),
        median_seconds=percentile(answered, 50),
        p90_seconds=percentile(answered, 90),
    )


def first_response_times(
    session: Session,
    *,
    community_id: int,
    as_of: datetime,
    window_days: int = DEFAULT_WINDOW_DAYS,
) -> FirstResponseTimes:
    """Time to first response: for each question and help-desk request created
    in the window, the time from its creation to the first reply by someone
    other than its author. Reports the median and the 90th percentile of the
    answered ones (nearest rank: "90 % were answered within X"), and counts
    the still unanswered ones separately so they cannot flatter the numbers."""
    items = _load_support(session, community_id=community_id, as_of=as_of, window_days=window_days)
    return _first_response_from(items, as_of)


def _helpdesk_from(items: list[_Support], as_of: datetime) -> HelpdeskTarget:
    met = missed = pending = without_target = 0
    for item in items:
        if item.kind != ThreadKind.HELPDESK:
            continue
        if item.response_target_hours is None:
            without_target += 1
            continue
        target_seconds = item.response_target_hours * 3600
        if _answered_by(item, as_of):
            if (item.first_response_seconds or 0) <= target_seconds:
                met += 1
            else:
                missed += 1
        elif (as_of - item.created_at).total_seconds() > target_seconds:
            missed += 1
        else:
            pending += 1
    return HelpdeskTarget(
        ratio=Ratio(met, met + missed),
        met=met,
        missed=missed,
        pending=pending,
        without_target=without_target,
    )


def helpdesk_target(
    session: Session,
    *,
    community_id: int,
    as_of: datetime,
    window_days: int = DEFAULT_WINDOW_DAYS,
) -> HelpdeskTarget:
    """Help-desk target met: of the help-desk requests created in the window,
    the share first answered (by someone other than the requester) within the
    response target the request was given (e.g. 48 h). An unanswered request
    already past its target counts as missed; one still inside its target is
    pending and left out. Requests without a target are left out too."""
    items = _load_support(session, community_id=community_id, as_of=as_of, window_days=window_days)
    return _helpdesk_from(items, as_of)


def unanswered_queue(session: Session, *, community_id: int, as_of: datetime) -> UnansweredQueue:
    """Unanswered queue: open, visible questions and help-desk requests that
    nobody but their author has replied to, with how long the oldest has
    waited. It is the live queue (thread statuses are not versioned), limited
    to threads created before ``as_of``."""
    _check_as_of(as_of)
    rows = session.exec(
        sa.select(col(Thread.kind), sa.func.count(), sa.func.min(col(Thread.created_at)))
        .where(
            col(Thread.community_id) == community_id,
            col(Thread.kind).in_(ANSWERABLE_KINDS),
            col(Thread.status) == ThreadStatus.OPEN,
            sa.not_(col(Thread.is_hidden)),
            col(Thread.first_response_at).is_(None),
            col(Thread.created_at) < as_of,
        )
        .group_by(col(Thread.kind))
    ).all()
    counts = {kind: int(count) for kind, count, _ in rows}
    oldest = min((created for _, _, created in rows), default=None)
    return UnansweredQueue(
        count=sum(counts.values()),
        questions=counts.get(ThreadKind.QUESTION, 0),
        requests=counts.get(ThreadKind.HELPDESK, 0),
        oldest_created_at=oldest,
        oldest_age_seconds=int((as_of - oldest).total_seconds()) if oldest else None,
    )


@dataclass(frozen=True, slots=True)
class _ThreadCounts:
    focus_area: FocusAreaCode | None
    created: int  # in the window
    settled: int  # created at least 7 days before as_of
    covered: int  # settled and answered by someone else within 7 days


def _load_thread_counts(
    session: Session, *, community_id: int, as_of: datetime, window_days: int
) -> list[_ThreadCounts]:
    """Visible threads created in the window, counted per focus area (one statement)."""
    start = _window(as_of, window_days)
    settled = col(Thread.created_at) < as_of - REPLY_COVERAGE_DAYS * _DAY
    rows = session.exec(
        sa.select(
            col(Thread.focus_area),
            sa.func.count(),
            _count_if(settled),
            _count_if(
                sa.and_(
                    settled,
                    col(Thread.first_response_seconds) <= REPLY_COVERAGE_DAYS * 86400,
                )
            ),
        )
        .where(
            col(Thread.community_id) == community_id,
            sa.not_(col(Thread.is_hidden)),
            _in_range(col(Thread.created_at), start, as_of),
        )
        .group_by(col(Thread.focus_area))
    ).all()
    return [_ThreadCounts(row[0], int(row[1]), int(row[2] or 0), int(row[3] or 0)) for row in rows]


def _coverage_from(counts: list[_ThreadCounts]) -> ReplyCoverage:
    created = sum(c.created for c in counts)
    settled = sum(c.settled for c in counts)
    return ReplyCoverage(
        ratio=Ratio(sum(c.covered for c in counts), settled),
        within_days=REPLY_COVERAGE_DAYS,
        recent_excluded=created - settled,
    )


def reply_coverage(
    session: Session,
    *,
    community_id: int,
    as_of: datetime,
    window_days: int = DEFAULT_WINDOW_DAYS,
) -> ReplyCoverage:
    """Reply coverage: of the threads (every kind) created in the window, the
    share that someone other than the author replied to within 7 days. Threads
    created in the last 7 days before ``as_of`` have not had their 7 days yet:
    they are left out (and counted as ``recent_excluded``) rather than counted
    as misses, so a window of 7 days or less has no coverage (None)."""
    counts = _load_thread_counts(
        session, community_id=community_id, as_of=as_of, window_days=window_days
    )
    return _coverage_from(counts)


def _load_primary_focus(session: Session, *, community_id: int) -> tuple[FocusAreaCode, ...]:
    rows = session.exec(
        sa.select(col(CommunityFocusArea.focus_area))
        .where(
            col(CommunityFocusArea.community_id) == community_id,
            col(CommunityFocusArea.emphasis) == FocusEmphasis.PRIMARY,
        )
        .order_by(col(CommunityFocusArea.focus_area))
    ).all()
    return tuple(row[0] for row in rows)


def _focus_from(counts: list[_ThreadCounts], primary: tuple[FocusAreaCode, ...]) -> FocusAlignment:
    return FocusAlignment(
        ratio=Ratio(
            sum(c.created for c in counts if c.focus_area in primary),
            sum(c.created for c in counts),
        ),
        primary_focus_areas=primary,
        untagged=sum(c.created for c in counts if c.focus_area is None),
    )


def focus_alignment(
    session: Session,
    *,
    community_id: int,
    as_of: datetime,
    window_days: int = DEFAULT_WINDOW_DAYS,
) -> FocusAlignment:
    """Focus alignment: of the threads created in the window, the share tagged
    with one of the community's primary focus areas. Untagged threads count
    as not aligned."""
    counts = _load_thread_counts(
        session, community_id=community_id, as_of=as_of, window_days=window_days
    )
    return _focus_from(counts, _load_primary_focus(session, community_id=community_id))


# --------------------------------------------------------------------------- replies


def boundary_crossing(
    session: Session,
    *,
    community_id: int,
    as_of: datetime,
    window_days: int = DEFAULT_WINDOW_DAYS,
) -> BoundaryCrossing:
    """Boundary crossing: of the replies written in the window to someone
    else's thread, the share where the replier and the thread's author differ
    in organisation, region or discipline (from their profiles; also given per
    dimension). Values are compared ignoring case and surrounding spaces; a
    blank value proves nothing, so it never counts as crossing (the shares are
    lower bounds). Replies to one's own thread connect nobody and are left
    out."""
    start = _window(as_of, window_days)
    replier = aliased(MemberProfile)
    author = aliased(MemberProfile)

    def differs(attribute: str) -> sa.ColumnElement[bool]:
        mine = sa.func.lower(sa.func.trim(sa.func.coalesce(getattr(replier, attribute), "")))
        theirs = sa.func.lower(sa.func.trim(sa.func.coalesce(getattr(author, attribute), "")))
        return sa.and_(mine != "", theirs != "", mine != theirs)

    dimensions = [differs("organisation"), differs("region"), differs("discipline")]
    row = session.exec(
        sa.select(
            sa.func.count(),
            _count_if(sa.or_(*dimensions)),
            *(_count_if(d) for d in dimensions),
        )
        .select_from(ActivityEvent)
        .outerjoin(replier, replier.user_id == ActivityEvent.actor_id)
        .outerjoin(author, author.user_id == ActivityEvent.counterpart_id)
        .where(
            col(ActivityEvent.community_id) == community_id,
            _in_range(col(ActivityEvent.occurred_at), start, as_of),
            col(ActivityEvent.kind) == ActivityKind.REPLY_CREATED,
            col(ActivityEvent.counterpart_id).is_not(None),
            col(ActivityEvent.counterpart_id) != col(ActivityEvent.actor_id),
        )
    ).one()
    total = int(row[0])
    overall, organisation, region, discipline = (int(n or 0) for n in row[1:])
    return BoundaryCrossing(
        overall=Ratio(overall, total),
        organisation=Ratio(organisation, total),
        region=Ratio(region, total),
        discipline=Ratio(discipline, total),
    )


# --------------------------------------------------------------------------- all


def community_health(
    session: Session,
    *,
    community_id: int,
    as_of: datetime,
    window_days: int = DEFAULT_WINDOW_DAYS,
) -> HealthReport:
    """Every health metric of one community, for the window of ``window_days``
    ending at ``as_of`` (active members and stickiness always use their own
    7- and 30-day windows). Eight statements, whatever the data size."""
    start = _window(as_of, window_days)
    activity = _load_activity(session, community_id=community_id, as_of=as_of)
    members = _load_members(
        session, community_id=community_id, as_of=as_of, window_days=window_days, history=True
    )
    support = _load_support(
        session, community_id=community_id, as_of=as_of, window_days=window_days
    )
    thread_counts = _load_thread_counts(
        session, community_id=community_id, as_of=as_of, window_days=window_days
    )
    return HealthReport(
        community_id=community_id,
        as_of=as_of,
        window_days=window_days,
        window_start=start,
        active_members=ActiveMembers(
            last_7_days=activity.active_7, last_30_days=activity.active_30
        ),
        stickiness=_stickiness_from(activity),
        new_members=new_members(
            session, community_id=community_id, as_of=as_of, window_days=window_days
        ),
        new_contributors=_new_contributors_from(members),
        first_response=_first_response_from(support, as_of),
        reply_coverage=_coverage_from(thread_counts),
        helpdesk_target=_helpdesk_from(support, as_of),
        unanswered_queue=unanswered_queue(session, community_id=community_id, as_of=as_of),
        top10_share=_top10_from(members),
        absence_factor=_absence_from(members),
        lost_regulars=_lost_from(members),
        reactivated=_reactivated_from(members),
        focus_alignment=_focus_from(
            thread_counts, _load_primary_focus(session, community_id=community_id)
        ),
        boundary_crossing=boundary_crossing(
            session, community_id=community_id, as_of=as_of, window_days=window_days
        ),
    )
