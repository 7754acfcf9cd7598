"""Live health: one community's report, kept current by applying what changed.

:func:`cop_app.services.health.metrics.community_health` recomputes a whole period
from the activity log and the thread rows; its cost grows with the period's
history (34 ms at 7k posts, 321 ms at 100k). An open dashboard must move
within a second of every post, so it cannot pay that per event. A
:class:`LiveReport` is built once with the same queries, keeps the
intermediate figures (per-member counts, per-thread parts, histograms, the
unanswered queue, the weekly buckets of the charts), and then *applies* what
happened since its last look:

- new activity-log rows of the community (``ix_activity_community_occurred``,
  from a cursor a few seconds behind the newest row seen, deduplicated by id,
  so a transaction that commits late is not missed nor counted twice);
- the community's threads changed since the cursor (``thread.changed_at``,
  ``ix_thread_community_changed``), re-read and swapped in (idempotent);
- on a join, the new-member count and the onboarding funnel (bounded by the
  period's joins).

Each step costs what changed, not what is stored: a member's counts move in
a histogram of counts, so the top-10 share and the absence factor are read
off the histogram without sorting the members; answered waits sit in a
sorted list, so a percentile is an index.

**The clock.** Events move the figures at once. What moves only because time
passes (the window's start, a request passing its target, a thread becoming
"settled" for reply coverage, the 24-hour slices of stickiness) is judged at
the report's *anchor*: the moment it was built. Reports are rebuilt from
scratch every :data:`REANCHOR_S` seconds, so the window is at most that much
longer than the period. Without events, the figures equal
``community_health(as_of=anchor)``, which the tests check.

A process keeps one :class:`LiveReport` per community and period
(:func:`current`), shared by every open dashboard in the process, and guarded
by a lock: the first viewer to look after an event applies it, the others get
the same result without touching the database.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import threading
import time
from collections import Counter
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, col

from cop_app.models import (
    CONTRIBUTION_KINDS,
    ActivityEvent,
    ActivityKind,
    Community,
    FocusAreaCode,
    MemberProfile,
    Membership,
    MembershipStatus,
    Thread,
    ThreadKind,
    ThreadStatus,
    utcnow,
)
from cop_app.services.health import metrics
from cop_app.services.health.metrics import (
    ANSWERABLE_KINDS,
    MONTH_DAYS,
    POST_KINDS,
    REGULAR_LOOKBACK_DAYS,
    REPLY_COVERAGE_DAYS,
    SILENCE_DAYS,
    TOP_AUTHORS,
    WEEK_DAYS,
    HealthReport,
    Ratio,
)

#: Rebuild a report from scratch this often (the clock-driven figures move then).
REANCHOR_S = 300.0
#: How far behind the newest row seen the next look starts (late commits).
SLACK = timedelta(seconds=10)
ONBOARDING_DAYS = 14

_DAY = timedelta(days=1)
_WEEK = timedelta(days=7)
_TAIL_KINDS = sorted(
    CONTRIBUTION_KINDS
    | {
        ActivityKind.MEMBER_JOINED,
        ActivityKind.MEMBER_LEFT,
        ActivityKind.FIRST_CONTRIBUTION,
        ActivityKind.JOIN_REQUESTED,  # moves nothing here, but the attention list
    }
)
_MEMBER_STATUSES = [MembershipStatus.ACTIVE, MembershipStatus.LEFT]

#: Time-to-first-response chart: upper bounds of the buckets, in hours.
WAIT_BUCKETS_H = (1, 4, 24, 48, 168)
LEVELS = ("explorers", "participants", "contributors", "core")
CORE_POSTS = 3  # posts in a week that make a member "core" that week


# --------------------------------------------------------------------------- results


@dataclasses.dataclass(frozen=True, slots=True)
class Funnel:
    """Members who joined in the period, and how far they went."""

    joined: int
    started: int  # started the onboarding wizard
    finished: int  # finished it
    contributed: int  # first contribution here within 14 days of finishing


@dataclasses.dataclass(frozen=True, slots=True)
class Charts:
    """The aggregates behind the dashboard's charts (small: resent often)."""

    week_starts: tuple[datetime, ...]  # whole weeks ending at the anchor, oldest first
    contributions: tuple[int, ...]
    active: tuple[int, ...]
    levels: tuple[tuple[int, int, int, int], ...]  # per week, in LEVELS order
    waits: tuple[int, ...]  # answered per WAIT_BUCKETS_H bucket, then "longer"
    unanswered: int
    focus: tuple[tuple[FocusAreaCode | None, int], ...]  # threads per focus area
    primary: tuple[FocusAreaCode, ...]


@dataclasses.dataclass(frozen=True, slots=True)
class Snapshot:
    report: HealthReport
    charts: Charts
    funnel: Funnel
    anchor: datetime
    events_applied: int  # since the anchor
    # What readers derive from this snapshot once for every viewer (the
    # dashboard's figures, per locale); not part of the value.
    derived: dict = dataclasses.field(default_factory=dict, compare=False, repr=False)


# --------------------------------------------------------------------------- internals


@dataclasses.dataclass(slots=True)
class _Member:
    posts: int = 0
    contributions: int = 0
    prior: int = 0
    first_in_window: datetime | None = None
    last: datetime | None = None  # last contribution in the window
    last_before: datetime | None = None
    contributed_earlier: bool = False


@dataclasses.dataclass(frozen=True, slots=True)
class _ThreadRow:
    id: int
    kind: ThreadKind
    focus: FocusAreaCode | None
    status: ThreadStatus
    hidden: bool
    created_at: datetime
    first_response_at: datetime | None
    first_response_seconds: int | None
    target_hours: float | None
    community_id: int


@dataclasses.dataclass(frozen=True, slots=True)
class _Parts:
    """What one visible thread of the window adds to the thread figures."""

    focus: FocusAreaCode | None
    settled: bool
    covered: bool
    answerable: bool
    wait: int | None  # answered by someone else: seconds to that
    helpdesk: str  # met | missed | pending | without | ""


_THREAD_COLUMNS = (
    col(Thread.id),
    col(Thread.kind),
    col(Thread.focus_area),
    col(Thread.status),
    col(Thread.is_hidden),
    col(Thread.created_at),
    col(Thread.first_response_at),
    col(Thread.first_response_seconds),
    col(Thread.response_target_hours),
    col(Thread.community_id),
)


def _level(count: int, posts: int) -> int:
    """Index into LEVELS of a member with ``count`` contributions, ``posts`` posts in a week."""
    if not count:
        return 0
    if not posts:
        return 1
    return 3 if posts >= CORE_POSTS else 2


class _Histogram:
    """How many members have each count: top-N sums without sorting members."""

    def __init__(self) -> None:
        self.counts: Counter[int] = Counter()
        self.total = 0

    def move(self, old: int, new: int) -> None:
        if old:
            self.counts[old] -= 1
            if not self.counts[old]:
                del self.counts[old]
        if new:
            self.counts[new] += 1
        self.total += new - old

    def members(self) -> int:
        return sum(self.counts.values())

    def top(self, n: int) -> int:
        """The sum of the ``n`` largest counts."""
        covered = 0
        for value in sorted(self.counts, reverse=True):
            take = min(n, self.counts[value])
            covered += take * value
            n -= take
            if not n:
                break
        return covered

    def half(self) -> tuple[int | None, int]:
        """Fewest members holding at least half the total, and what they hold."""
        if not self.total:
            return None, 0
        covered = needed = 0
        for value in sorted(self.counts, reverse=True):
            for _ in range(self.counts[value]):
                covered += value
                needed += 1
                if 2 * covered >= self.total:
                    return needed, covered
        return needed, covered  # pragma: no cover  (the loop always returns)


class LiveReport:
    """One community's health for one period; see the module docstring."""

    def __init__(self, *, community_id: int, window_days: int, anchor: datetime) -> None:
        if window_days < MONTH_DAYS:
            msg = f"a live report covers at least {MONTH_DAYS} days, not {window_days}"
            raise ValueError(msg)
        self.community_id = community_id
        self.window_days = window_days
        self.anchor = anchor
        self.start = anchor - window_days * _DAY
        self.built_monotonic = time.monotonic()
        self.lock = threading.Lock()
        self.events_applied = 0
        self.topic_version: int | None = None
        self._snapshot: Snapshot | None = None
        self.before: HealthReport | None = None  # the period before, computed once
        # members
        self.members: dict[int, _Member] = {}
        self.posts = _Histogram()
        self.contributions = _Histogram()
        self.new_contributors = 0
        self.lost: set[int] = set()
        self.reactivated: list[tuple[datetime, int]] = []
        self.active_7: set[int] = set()
        self.active_30: set[int] = set()
        self.last_day: set[int] = set()
        self.daily: list[int] = []
        # threads
        self.parts: dict[int, _Parts] = {}
        self.focus_counts: dict[FocusAreaCode | None, list[int]] = {}
        self.waits: list[int] = []
        self.answerable = 0
        self.helpdesk: Counter[str] = Counter()
        self.queue: dict[int, tuple[ThreadKind, datetime]] = {}
        self.primary: tuple[FocusAreaCode, ...] = ()
        self.config_version = -1
        # joins, replies across boundaries
        self.new_members = 0
        self.funnel = Funnel(0, 0, 0, 0)
        self.boundary = [0, 0, 0, 0, 0]  # total, any, organisation, region, discipline
        self.profiles: dict[int, tuple[str, str, str]] = {}
        # weekly buckets (charts)
        self.edges: list[datetime] = []
        self.week_contributions: list[int] = []
        self.week_active: list[int] = []
        self.week_levels: list[list[int]] = []
        self.week_members: list[int] = []
        self.this_week: dict[int, list[int]] = {}  # actor -> [contributions, posts]
        # cursors
        self.activity_cursor = anchor - SLACK
        self.thread_cursor = anchor - SLACK
        self.seen: dict[int, datetime] = {}

    # ----------------------------------------------------------------- building

    @classmethod
    def build(
        cls, session: Session, *, community_id: int, window_days: int, as_of: datetime | None = None
    ) -> LiveReport:
        """Everything at ``as_of`` (now), with the same queries as the full report."""
        self = cls(community_id=community_id, window_days=window_days, anchor=as_of or utcnow())
        anchor, start = self.anchor, self.start
        activity = metrics._load_activity(session, community_id=community_id, as_of=anchor)
        self.daily = list(activity.daily)
        rows = metrics._load_members(
            session, community_id=community_id, as_of=anchor, window_days=window_days, history=True
        )
        for row in rows:
            member = _Member(
                posts=row.posts,
                contributions=row.contributions,
                prior=row.prior,
                first_in_window=row.first_in_window,
                last=row.last_in_window,
                last_before=row.last_before,
                contributed_earlier=row.contributed_earlier,
            )
            self.members[row.actor_id] = member
            self.posts.move(0, member.posts)
            self.contributions.move(0, member.contributions)
            self._mark_active(row.actor_id, member.last)
        self.new_contributors = metrics._new_contributors_from(rows)
        self.lost = set(metrics._lost_from(rows))
        self.reactivated = [
            (self.members[a].first_in_window or anchor, a) for a in metrics._reactivated_from(rows)
        ]
        self.new_members = metrics.new_members(
            session, community_id=community_id, as_of=anchor, window_days=window_days
        )
        crossing = metrics.boundary_crossing(
            session, community_id=community_id, as_of=anchor, window_days=window_days
        )
        self.boundary = [
            crossing.overall.denominator,
            crossing.overall.numerator,
            crossing.organisation.numerator,
            crossing.region.numerator,
            crossing.discipline.numerator,
        ]
        self._load_config(session)
        rows = session.exec(
            sa.select(*_THREAD_COLUMNS).where(
                col(Thread.community_id) == community_id,
                col(Thread.created_at) >= start,
                col(Thread.created_at) < anchor,
            )
        ).all()
        for row in rows:
            self._apply_thread(_ThreadRow(*row))
        queue = session.exec(
            sa.select(*_THREAD_COLUMNS).where(
                col(Thread.community_id) == community_id,
                col(Thread.kind).in_(ANSWERABLE_KINDS),
                col(Thread.status) == ThreadStatus.OPEN,
                sa.not_(col(Thread.is_hidden)),
                col(Thread.first_response_at).is_(None),
                col(Thread.created_at) < start,
            )
        ).all()
        for row in queue:
            self._apply_thread(_ThreadRow(*row))
        self._load_weeks(session)
        self._load_funnel(session)
        # Rows just before the anchor may commit after this read: remember the
        # ones already counted, so the first look does not count them again.
        for event_id, occurred in session.exec(
            sa.select(col(ActivityEvent.id), col(ActivityEvent.occurred_at)).where(
                col(ActivityEvent.community_id) == community_id,
                col(ActivityEvent.occurred_at) >= self.activity_cursor,
                col(ActivityEvent.occurred_at) < anchor,
            )
        ).all():
            self.seen[event_id] = occurred
        return self

    def _mark_active(self, actor: int, last: datetime | None) -> None:
        if last is None:
            return
        if last >= self.anchor - MONTH_DAYS * _DAY:
            self.active_30.add(actor)
        if last >= self.anchor - WEEK_DAYS * _DAY:
            self.active_7.add(actor)
        if last >= self.anchor - _DAY:
            self.last_day.add(actor)

    def _load_config(self, session: Session) -> bool:
        """Re-read the primary focus areas when the configuration moved."""
        version = session.exec(
            sa.select(col(Community.config_version)).where(col(Community.id) == self.community_id)
        ).first()
        version = version[0] if version else 0
        if version == self.config_version:
            return False
        self.config_version = version
        self.primary = metrics._load_primary_focus(session, community_id=self.community_id)
        return True

    def _load_weeks(self, session: Session) -> None:
        """Contributions, active members and activity levels per week of the period."""
        weeks = self.window_days // 7  # whole weeks only, so the bars compare
        ends = [self.anchor - k * _WEEK for k in reversed(range(weeks))]  # oldest first
        self.edges = [end - _WEEK for end in ends]
        occurred = col(ActivityEvent.occurred_at)
        bucket = sa.case(
            *((occurred >= edge, index) for index, edge in reversed(list(enumerate(self.edges)))),
            else_=0,
        ).label("bucket")
        rows = session.exec(
            sa.select(
                col(ActivityEvent.actor_id),
                bucket,
                sa.func.count(),
                metrics._count_if(col(ActivityEvent.kind).in_(sorted(POST_KINDS))),
            )
            .where(
                col(ActivityEvent.community_id) == self.community_id,
                metrics._in_range(occurred, self.edges[0], self.anchor),
                col(ActivityEvent.kind).in_(sorted(CONTRIBUTION_KINDS)),
            )
            .group_by(col(ActivityEvent.actor_id), bucket)
        ).all()
        self.week_contributions = [0] * weeks
        self.week_active = [0] * weeks
        self.week_levels = [[0, 0, 0, 0] for _ in range(weeks)]
        for actor, index, count, posts in rows:
            self.week_contributions[index] += count
            self.week_active[index] += 1
            self.week_levels[index][_level(count, posts or 0)] += 1
            if index == weeks - 1:
                self.this_week[actor] = [count, posts or 0]
        joined, left = col(Membership.joined_at), col(Membership.left_at)
        members = session.exec(
            sa.select(
                *(
                    metrics._count_if(sa.and_(joined < end, sa.or_(left.is_(None), left >= end)))
                    for end in ends
                )
            ).where(
                col(Membership.community_id) == self.community_id,
                col(Membership.status).in_(_MEMBER_STATUSES),
            )
        ).one()
        self.week_members = [int(n or 0) for n in members]

    def _load_funnel(self, session: Session) -> None:
        """Of the members who joined in the period: started, finished, first contribution."""
        user = col(Membership.user_id)

        def logged(kind: ActivityKind, *, here: bool = False) -> sa.ColumnElement[int]:
            conditions = [ActivityEvent.actor_id == user, ActivityEvent.kind == kind]
            if here:
                conditions.append(ActivityEvent.community_id == self.community_id)
            return metrics._count_if(sa.exists().where(*conditions))

        row = session.exec(
            sa.select(
                sa.func.count(),
                logged(ActivityKind.ONBOARDING_STARTED),
                logged(ActivityKind.ONBOARDING_FINISHED),
                logged(ActivityKind.FIRST_CONTRIBUTION, here=True),
            ).where(
                col(Membership.community_id) == self.community_id,
                col(Membership.status).in_(_MEMBER_STATUSES),
                col(Membership.joined_at) >= self.start,
            )
        ).one()
        self.funnel = Funnel(*(int(n or 0) for n in row))

    # ----------------------------------------------------------------- threads

    def _parts_of(self, row: _ThreadRow) -> _Parts | None:
        if row.hidden or row.created_at < self.start or row.community_id != self.community_id:
            return None
        answered = row.first_response_at is not None and row.first_response_seconds is not None
        settled = row.created_at < self.anchor - REPLY_COVERAGE_DAYS * _DAY
        answerable = row.kind in ANSWERABLE_KINDS
        helpdesk = ""
        if row.kind == ThreadKind.HELPDESK:
            if row.target_hours is None:
                helpdesk = "without"
            elif answered:
                met = (row.first_response_seconds or 0) <= row.target_hours * 3600
                helpdesk = "met" if met else "missed"
            elif (self.anchor - row.created_at).total_seconds() > row.target_hours * 3600:
                helpdesk = "missed"
            else:
                helpdesk = "pending"
        return _Parts(
            focus=row.focus,
            settled=settled,
            covered=settled
            and answered
            and (row.first_response_seconds or 0) <= REPLY_COVERAGE_DAYS * 86400,
            answerable=answerable,
            wait=row.first_response_seconds if answerable and answered else None,
            helpdesk=helpdesk,
        )

    def _count_parts(self, parts: _Parts, sign: int) -> None:
        counts = self.focus_counts.setdefault(parts.focus, [0, 0, 0])
        counts[0] += sign
        counts[1] += sign * parts.settled
        counts[2] += sign * parts.covered
        if parts.answerable:
            self.answerable += sign
            if parts.wait is not None:
                if sign > 0:
                    bisect.insort(self.waits, parts.wait)
                else:
                    del self.waits[bisect.bisect_left(self.waits, parts.wait)]
        if parts.helpdesk:
            self.helpdesk[parts.helpdesk] += sign

    def _apply_thread(self, row: _ThreadRow) -> None:
        old = self.parts.pop(row.id, None)
        if old is not None:
            self._count_parts(old, -1)
        new = self._parts_of(row)
        if new is not None:
            self.parts[row.id] = new
            self._count_parts(new, +1)
        waiting = (
            row.community_id == self.community_id
            and row.kind in ANSWERABLE_KINDS
            and row.status == ThreadStatus.OPEN
            and not row.hidden
            and row.first_response_at is None
        )
        if waiting:
            self.queue[row.id] = (row.kind, row.created_at)
        else:
            self.queue.pop(row.id, None)

    # ----------------------------------------------------------------- events

    def _newcomer(self, session: Session, actor: int) -> _Member:
        """A member with nothing in the window or the 90 days before it."""
        lookback = self.start - REGULAR_LOOKBACK_DAYS * _DAY
        earlier = session.exec(
            sa.select(col(ActivityEvent.id))
            .where(
                col(ActivityEvent.community_id) == self.community_id,
                col(ActivityEvent.actor_id) == actor,
                col(ActivityEvent.occurred_at) < lookback,
                col(ActivityEvent.kind).in_(sorted(CONTRIBUTION_KINDS)),
            )
            .limit(1)
        ).first()
        return _Member(contributed_earlier=earlier is not None)

    def _contribution(self, session: Session, actor: int, kind: ActivityKind, at: datetime) -> None:
        member = self.members.get(actor)
        if member is None:
            member = self.members[actor] = self._newcomer(session, actor)
        post = kind in POST_KINDS
        if not member.contributions:
            if not member.prior and not member.contributed_earlier:
                self.new_contributors += 1
            self.lost.discard(actor)
            silent = (
                at - member.last_before >= SILENCE_DAYS * _DAY
                if member.last_before is not None
                else member.contributed_earlier
            )
            if silent:
                bisect.insort(self.reactivated, (at, actor))
        self.posts.move(member.posts, member.posts + post)
        self.contributions.move(member.contributions, member.contributions + 1)
        member.posts += post
        member.contributions += 1
        member.first_in_window = member.first_in_window or at
        member.last = at
        if actor not in self.last_day:
            self.daily[-1] += 1
        for group in (self.active_7, self.active_30, self.last_day):
            group.add(actor)
        # this week's bucket
        week = self.this_week.setdefault(actor, [0, 0])
        levels = self.week_levels[-1]
        levels[_level(*week)] -= bool(week[0])
        if not week[0]:
            self.week_active[-1] += 1
        week[0] += 1
        week[1] += post
        levels[_level(*week)] += 1
        self.week_contributions[-1] += 1

    def _reply_crossing(self, actor: int, counterpart: int) -> None:
        mine, theirs = self.profiles.get(actor), self.profiles.get(counterpart)
        self.boundary[0] += 1
        if mine is None or theirs is None:
            return
        differs = [a != "" and b != "" and a != b for a, b in zip(mine, theirs, strict=True)]
        self.boundary[1] += any(differs)
        for index, flag in enumerate(differs, start=2):
            self.boundary[index] += flag

    def _load_profiles(self, session: Session, users: set[int]) -> None:
        missing = users - self.profiles.keys()
        if not missing:
            return
        for user_id, *values in session.exec(
            sa.select(
                col(MemberProfile.user_id),
                col(MemberProfile.organisation),
                col(MemberProfile.region),
                col(MemberProfile.discipline),
            ).where(col(MemberProfile.user_id).in_(sorted(missing)))
        ).all():
            self.profiles[user_id] = tuple((v or "").strip().lower() for v in values)  # type: ignore[assignment]

    def catch_up(self, session: Session) -> int:
        """Apply what changed since the last look; the number of changes applied."""
        configured = self._load_config(session)
        rows = session.exec(
            sa.select(
                col(ActivityEvent.id),
                col(ActivityEvent.actor_id),
                col(ActivityEvent.kind),
                col(ActivityEvent.occurred_at),
                col(ActivityEvent.counterpart_id),
            )
            .where(
                col(ActivityEvent.community_id) == self.community_id,
                col(ActivityEvent.occurred_at) >= self.activity_cursor,
                col(ActivityEvent.kind).in_(_TAIL_KINDS),
            )
            .order_by(col(ActivityEvent.occurred_at), col(ActivityEvent.id))
        ).all()
        fresh = [row for row in rows if row[0] not in self.seen]
        replies = [
            r for r in fresh if r[2] == ActivityKind.REPLY_CREATED and r[4] not in (None, r[1])
        ]
        self._load_profiles(session, {r[1] for r in replies} | {r[4] for r in replies})
        joins = False
        for event_id, actor, kind, occurred, counterpart in fresh:
            self.seen[event_id] = occurred
            if kind in CONTRIBUTION_KINDS:
                self._contribution(session, actor, kind, occurred)
                if kind == ActivityKind.REPLY_CREATED and counterpart not in (None, actor):
                    self._reply_crossing(actor, counterpart)
            elif kind == ActivityKind.MEMBER_JOINED:
                self.week_members[-1] += 1
                joins = True
            elif kind == ActivityKind.MEMBER_LEFT:
                self.week_members[-1] -= 1
            elif kind == ActivityKind.FIRST_CONTRIBUTION:  # after onboarding
                joins = True
        if joins:
            self.new_members = self._count_new_members(session)
            self._load_funnel(session)
        if rows:
            newest = max(row[3] for row in rows)
            self.activity_cursor = max(self.activity_cursor, newest - SLACK)
            self.seen = {k: v for k, v in self.seen.items() if v >= self.activity_cursor}
        threads = session.exec(
            sa.select(*_THREAD_COLUMNS, col(Thread.changed_at)).where(
                col(Thread.community_id) == self.community_id,
                col(Thread.changed_at) >= self.thread_cursor,
            )
        ).all()
        for row in threads:
            self._apply_thread(_ThreadRow(*row[:-1]))
        if threads:
            newest = max(row[-1] for row in threads)
            self.thread_cursor = max(self.thread_cursor, newest - SLACK)
        changed = len(fresh) + len(threads) + configured
        self.events_applied += len(fresh)
        if changed:
            self._snapshot = None
        return changed

    def _count_new_members(self, session: Session) -> int:
        count = session.exec(
            sa.select(sa.func.count()).where(
                col(Membership.community_id) == self.community_id,
                col(Membership.status).in_(_MEMBER_STATUSES),
                col(Membership.joined_at) >= self.start,
            )
        ).one()[0]
        return int(count)

    # ----------------------------------------------------------------- reading

    def snapshot(self) -> Snapshot:
        """The report and the charts as they stand (computed once per change)."""
        if self._snapshot is None:
            self._snapshot = Snapshot(
                report=self._report(),
                charts=self._charts(),
                funnel=self.funnel,
                anchor=self.anchor,
                events_applied=self.events_applied,
            )
        return self._snapshot

    def _report(self) -> HealthReport:
        anchor = self.anchor
        activity = metrics._Activity(
            active_7=len(self.active_7), active_30=len(self.active_30), daily=tuple(self.daily)
        )
        waits = self.waits
        top = Ratio(self.posts.top(TOP_AUTHORS), self.posts.total)
        needed, covered = self.contributions.half()
        created = sum(c[0] for c in self.focus_counts.values())
        settled = sum(c[1] for c in self.focus_counts.values())
        oldest = min((created_at for _, created_at in self.queue.values()), default=None)
        kinds = Counter(kind for kind, _ in self.queue.values())
        total, any_, org, region, discipline = self.boundary
        met, missed = self.helpdesk["met"], self.helpdesk["missed"]
        return HealthReport(
            community_id=self.community_id,
            as_of=anchor,
            window_days=self.window_days,
            window_start=self.start,
            active_members=metrics.ActiveMembers(
                last_7_days=activity.active_7, last_30_days=activity.active_30
            ),
            stickiness=metrics._stickiness_from(activity),
            new_members=self.new_members,
            new_contributors=self.new_contributors,
            first_response=metrics.FirstResponseTimes(
                answered=len(waits),
                unanswered=self.answerable - len(waits),
                median_seconds=_rank(waits, 50),
                p90_seconds=_rank(waits, 90),
            ),
            reply_coverage=metrics.ReplyCoverage(
                ratio=Ratio(sum(c[2] for c in self.focus_counts.values()), settled),
                within_days=REPLY_COVERAGE_DAYS,
                recent_excluded=created - settled,
            ),
            helpdesk_target=metrics.HelpdeskTarget(
                ratio=Ratio(met, met + missed),
                met=met,
                missed=missed,
                pending=self.helpdesk["pending"],
                without_target=self.helpdesk["without"],
            ),
            unanswered_queue=metrics.UnansweredQueue(
                count=len(self.queue),
                questions=kinds[ThreadKind.QUESTION],
                requests=kinds[ThreadKind.HELPDESK],
                oldest_created_at=oldest,
                oldest_age_seconds=int((utcnow() - oldest).total_seconds()) if oldest else None,
            ),
            top10_share=metrics.TopShare(
                ratio=top, authors=self.posts.members(), band=metrics.concentration_band(top)
            ),
            absence_factor=metrics.AbsenceFactor(
                members=needed,
                contributions_covered=covered if needed else 0,
                total_contributions=self.contributions.total,
                contributors=self.contributions.members(),
            ),
            lost_regulars=tuple(sorted(self.lost, key=lambda a: (-self.members[a].prior, a))),
            reactivated=tuple(actor for _, actor in self.reactivated),
            focus_alignment=metrics.FocusAlignment(
                ratio=Ratio(
                    sum(c[0] for f, c in self.focus_counts.items() if f in self.primary), created
                ),
                primary_focus_areas=self.primary,
                untagged=self.focus_counts.get(None, [0])[0],
            ),
            boundary_crossing=metrics.BoundaryCrossing(
                overall=Ratio(any_, total),
                organisation=Ratio(org, total),
                region=Ratio(region, total),
                discipline=Ratio(discipline, total),
            ),
        )

    def _charts(self) -> Charts:
        bounds = [0, *(h * 3600 for h in WAIT_BUCKETS_H)]
        cuts = [bisect.bisect_right(self.waits, b) for b in bounds[1:]]
        waits = [cuts[0], *(b - a for a, b in itertools.pairwise(cuts))]
        waits.append(len(self.waits) - cuts[-1])
        levels = []
        for members, active, week in zip(
            self.week_members, self.week_active, self.week_levels, strict=True
        ):
            levels.append((max(members - active, 0), week[1], week[2], week[3]))
        focus = sorted(
            ((f, c[0]) for f, c in self.focus_counts.items() if c[0]),
            key=lambda item: (item[0] is None, str(item[0] or "")),
        )
        return Charts(
            week_starts=tuple(self.edges),
            contributions=tuple(self.week_contributions),
            active=tuple(self.week_active),
            levels=tuple(levels),
            waits=tuple(waits),
            unanswered=self.answerable - len(self.waits),
            focus=tuple(focus),
            primary=self.primary,
        )


def _rank(ordered: list[int], pct: int) -> int | None:
    """Nearest-rank percentile of an already sorted list (see metrics.percentile)."""
    if not ordered:
        return None
    return ordered[-(-pct * len(ordered) // 100) - 1]


# --------------------------------------------------------------------------- the registry

_reports: dict[tuple[int, int], LiveReport] = {}
_registry_lock = threading.Lock()
_build_locks: dict[tuple[int, int], threading.Lock] = {}


def current(
    session: Session, *, community_id: int, window_days: int, topic_version: int | None = None
) -> Snapshot:
    """The community's live report for the period, built or brought up to date.

    ``topic_version`` is the live hub's version of the community topic as the
    caller saw it: when the report has already looked at that version, the
    database is not read again (every open dashboard after the first).

    Only the first look builds while the caller waits. When a report is due
    for its rebuild (:data:`REANCHOR_S`), a background thread builds the new
    one while the old one keeps serving, caught up event by event; the new
    one replaces it when ready (at 1M posts a 365-day build takes seconds).
    """
    key = (community_id, window_days)
    with _registry_lock:
        build_lock = _build_locks.setdefault(key, threading.Lock())
    with build_lock:
        report = _reports.get(key)
        if report is None:
            report = LiveReport.build(session, community_id=community_id, window_days=window_days)
            report.topic_version = topic_version
            _reports[key] = report
            return report.snapshot()
        if time.monotonic() - report.built_monotonic > REANCHOR_S and key not in _rebuilding:
            _rebuilding.add(key)
            threading.Thread(
                target=_rebuild,
                args=(session.get_bind(), key, report.before is not None),
                name=f"livehealth-rebuild-{community_id}-{window_days}",
                daemon=True,
            ).start()
    with report.lock:
        if topic_version is None or report.topic_version != topic_version:
            report.catch_up(session)
            report.topic_version = topic_version
        return report.snapshot()


_rebuilding: set[tuple[int, int]] = set()


def _rebuild(bind: sa.Engine | sa.Connection, key: tuple[int, int], with_before: bool) -> None:
    """Build a report afresh (its own session) and put it in the old one's place."""
    community_id, window_days = key
    try:
        with Session(bind) as session:
            fresh = LiveReport.build(session, community_id=community_id, window_days=window_days)
            if with_before:
                fresh.before = metrics.community_health(
                    session,
                    community_id=community_id,
                    as_of=fresh.anchor - window_days * _DAY,
                    window_days=window_days,
                )
            fresh.catch_up(session)  # rows committed while it was building
            fresh.snapshot()
        with _registry_lock:
            if key in _reports:  # not forgotten meanwhile
                _reports[key] = fresh
    finally:
        _rebuilding.discard(key)


def previous(session: Session, *, community_id: int, window_days: int) -> HealthReport:
    """The period before the live report's: it does not move with new activity,
    so it is computed once per report (every viewer and every load share it)."""
    report = _reports.get((community_id, window_days))
    if report is None:
        return metrics.community_health(
            session,
            community_id=community_id,
            as_of=utcnow() - window_days * _DAY,
            window_days=window_days,
        )
    with report.lock:
        if report.before is None:
            report.before = metrics.community_health(
                session,
                community_id=community_id,
                as_of=report.anchor - window_days * _DAY,
                window_days=window_days,
            )
        return report.before


def forget(community_id: int | None = None) -> None:
    """Drop kept reports (all, or one community's): the next look rebuilds."""
    with _registry_lock:
        for key in [k for k in _reports if community_id is None or k[0] == community_id]:
            _reports.pop(key, None)
