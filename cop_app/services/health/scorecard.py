"""The building-block scorecard and the life-cycle stage of one community.

Both sit on the health dashboard beside the metric cards and read the same
:class:`~cop_app.services.health.metrics.HealthReport` (this period and the one
before), plus a few extra figures (:func:`load_extras`) and the team's own
ratings (:class:`~cop_app.models.BuildingBlockAssessment`).

Measured and self-assessed blocks
---------------------------------
Six of the ten building blocks leave traces in what members do here, so they
are **measured**: leadership, critical mass, topic focus, problem solving,
knowledge transfer and trust. The other four are **self-assessed**: management
support, resources, technology and passion. Nothing in the app sees whether
managers give staff time for the community, whether there is a budget for
events, whether the tools suit the members (the app cannot judge itself), or
why members give their time; stickiness or reactions hint at passion, but
reading enthusiasm into them would pretend to a precision we do not have. For
those four the leads, facilitators and site admins rate the block from 1 to 5
with a note (:func:`do_set_self_assessment`); unrated, the block says so.

A measured block **may also take the team's rating**, shown beside the
measured score (``self_score``, ``self_note`` and an evidence line) but never
replacing it: the figures see only what happens in the app (trust built in
face-to-face meetings does not show), so the team's view is useful context,
and a rating that could overwrite the figures would let the scorecard say
whatever its readers want. Only when a measured block has no data at all in
the period (say, no thread to judge focus alignment by) does the team's
rating stand in for it, marked ``self-assessed``.

Scores
------
A measured block's score (0-100) is the mean of its signals' scores. Each
signal is placed on a :class:`Scale` by four anchor values: the figure that
scores 0 (poor), 40 (the edge of "worth watching"), 70 (the edge of healthy)
and 100 (as good as it gets), linear in between and capped at both ends.
Status follows the rounded score with the dashboard's words: 70 or more is
``good``, 40 or more ``watch``, below 40 ``poor``. A signal without data (no
replies to judge, no request with a target) is left out rather than counted
as 0; a block whose signals all lack data has no score. A self-assessed
rating of 1-5 maps to 0, 25, 50, 75, 100, so 4-5 is good, 3 watch, 1-2 poor.

Signals behind each measured block (T is the community's first-response
target, or the usual 48 hours when none is set):

================== ===================================== ============================
block              signal                                poor / watch / good / best
================== ===================================== ============================
critical mass      members active in the last 30 days    2 / 5 / 12 / 30
                   contributor absence factor            1 / 3 / 5 / 10
leadership         leads and facilitators (active)       0 / 1 / 2 / 3
                   share of them who contributed         0 / 30 % / 50 % / 100 %
                   90th percentile of first responses    8T / 4T / 2T / T
problem solving    reply coverage (7 days)               30 / 60 / 80 / 100 %
                   median time to first response         4T / 2T / T / T/4
                   help-desk target met                  30 / 60 / 80 / 100 %
                   unanswered queue (items)              15 / 5 / 2 / 0
knowledge transfer knowledge items in the period         0 / K/2 / K / 2K
                   questions with an accepted answer     0 / 15 / 35 / 70 %
                   helpful reactions per post            0 / 0.1 / 0.3 / 0.6
topic focus        focus alignment                       20 / 40 / 60 / 90 %
                   number of primary focus areas         1-2: 100, 3: 40, 4+: 10, 0: 0
trust              boundary crossing                     0 / 0.75G / G / 1.5G
                   regulars lost, net of those back,     30 / 15 / 5 / 0 %
                   as a share of the active base
================== ===================================== ============================

K is the learning target (knowledge items a quarter, usually 6) scaled to the
period; G the coordination target (share of replies crossing boundaries,
usually 40 %). Reply coverage, first response, help-desk target and focus
alignment use the same good/watch edges as the dashboard's cards. Leadership
reads the slow tail of first responses (the 90th percentile, allowed twice the
target) because routing the questions nobody picks up is the team's job; the
oldest item still waiting is shown beside it, unscored (one forgotten thread
from last year should not outweigh the team's work now). The queue is kinder
than its card (one waiting item is not a failing problem-solving culture) and
counts only when some question exists to judge. Evidence lines give each
figure with the period before where the report has it, and link to the
threads behind it (community page filters, the help-desk queue, the
configuration page).

Life-cycle stage
----------------
:func:`estimate_stage` places the community on Wenger's five stages from its
age, members active in the last 30 days now and a period earlier, newcomers,
how concentrated contributions are, and the activity level. In our words:

- **potential**: people who share a practice are finding each other, but
  fewer than 5 take part in a month;
- **coalescing**: it has launched and is forming habits around a small core:
  younger than 6 months, or younger than a year while half of the
  contributions still come from 1-2 people or 40 % or more of the period's
  contributors are new;
- **maturing**: it grows and settles its focus and roles: younger than a
  year, or active members up 20 % or more on the period before;
- **stewardship**: a year or older, steady (neither growing 20 % nor falling
  30 %), broad enough to keep going: keeping the practice fresh is the task;
- **transformation**: activity falls away: active members down 30 % or more
  on the period before (from at least 5), or a year or older with fewer than
  5 active members. Such communities fade, merge or reinvent themselves.

The rules are checked in the order transformation, potential, coalescing,
maturing, stewardship; the first that holds wins.

Functions follow the services' convention: keyword-only, a Session first,
never committing. :func:`score_blocks` and :func:`estimate_stage` are pure.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Sequence
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, col

from cop_app import routes
from cop_app.i18n import DEFAULT_LOCALE, fmt_date, fmt_duration, fmt_number, fmt_percent, t, tn
from cop_app.models import (
    CONTRIBUTION_KINDS,
    AcceptedAnswer,
    ActivityEvent,
    ActivityKind,
    AuditLog,
    BuildingBlock,
    BuildingBlockAssessment,
    Community,
    CommunityFocusArea,
    FocusAreaCode,
    Membership,
    MembershipRole,
    MembershipStatus,
    Thread,
    ThreadKind,
    User,
    utcnow,
)
from cop_app.services.accounts.profiles import FormError
from cop_app.services.communities.catalogue import CATALOGUE, DEFAULT_TARGETS
from cop_app.services.communities.communities import update_counters, when
from cop_app.services.guards import authz
from cop_app.services.health import metrics
from cop_app.services.health.metrics import HealthReport, Ratio
from cop_app.services.health.verdicts import GOOD, NONE, POOR, WATCH

# --------------------------------------------------------------------------- constants

MEASURED, SELF_ASSESSED, NOT_ASSESSED = "measured", "self-assessed", "not assessed"

#: Blocks the figures measure, in the order the scorecard shows them.
MEASURED_BLOCKS: tuple[BuildingBlock, ...] = (
    BuildingBlock.LEADERSHIP,
    BuildingBlock.CRITICAL_MASS,
    BuildingBlock.TOPIC_FOCUS,
    BuildingBlock.PROBLEM_SOLVING,
    BuildingBlock.KNOWLEDGE_TRANSFER,
    BuildingBlock.TRUST,
)
#: Blocks only the team can rate.
SELF_ASSESSED_BLOCKS: tuple[BuildingBlock, ...] = (
    BuildingBlock.MANAGEMENT_SUPPORT,
    BuildingBlock.RESOURCES,
    BuildingBlock.TECHNOLOGY,
    BuildingBlock.PASSION,
)
#: The order of the scorecard: DOMAIN.md's list of building blocks.
BLOCK_ORDER: tuple[BuildingBlock, ...] = tuple(BuildingBlock)
BLOCK_VALUES: frozenset[str] = frozenset(b.value for b in BuildingBlock)

MIN_SCORE, MAX_SCORE = 1, 5
MAX_NOTE = 500
GOOD_FROM, WATCH_FROM = 70, 40  # a block's score: 70+ good, 40+ watch, else poor
STALE_RATING_DAYS = 180  # a rating older than this is worth a fresh look
QUARTER_DAYS = 91
ACTIVE_DAYS = metrics.MONTH_DAYS
AUDIT_ACTION = "scorecard.update"

# Life-cycle thresholds (see the module docstring).
MIN_ACTIVE = 5  # below this many active members in a month: no critical mass yet
YOUNG_DAYS = 180
ESTABLISHED_DAYS = 365
GROWTH = 0.20  # active members up 20 % or more on the period before
DECLINE = 0.30  # active members down 30 % or more
CORE_FEW = 2  # half of the contributions from 1-2 people
NEWCOMER_SHARE = 0.40  # 40 % of the period's contributors are new

_CONTRIBUTION_KINDS = sorted(CONTRIBUTION_KINDS)
_ANSWERABLE = list(metrics.ANSWERABLE_KINDS)
_TEAM_ROLES = [MembershipRole.LEAD, MembershipRole.FACILITATOR]


class Stage(enum.StrEnum):
    POTENTIAL = "potential"
    COALESCING = "coalescing"
    MATURING = "maturing"
    STEWARDSHIP = "stewardship"
    TRANSFORMATION = "transformation"


# --------------------------------------------------------------------------- results


@dataclasses.dataclass(frozen=True)
class Evidence:
    """One figure behind a score, and where to see the threads behind it."""

    text: str
    url: str = ""  # "" when no page lists what the figure counts
    status: str = NONE  # the signal's own judgement ("" for context lines)


@dataclasses.dataclass(frozen=True)
class BlockScore:
    key: str  # a BuildingBlock value
    title: str
    help: str  # what the block means and what it is judged by
    score: int | None  # 0-100; None when nothing measured or rated it
    status: str  # good | watch | poor | "" (not judged)
    source: str  # measured | self-assessed | not assessed
    summary: str  # one line
    evidence: list[Evidence]
    self_score: int | None = None  # the team's 1-5 rating, when given
    self_note: str = ""


@dataclasses.dataclass(frozen=True)
class StageEstimate:
    stage: str  # a Stage value
    title: str
    summary: str  # what the stage means, in one line
    reasons: list[str]  # the figures behind the estimate
    advice: list[str]  # what leads usually do at this stage


@dataclasses.dataclass(frozen=True)
class Scorecard:
    blocks: list[BlockScore]
    stage: StageEstimate


@dataclasses.dataclass(frozen=True, slots=True)
class Extras:
    """Figures the scorecard needs beyond the health report (:func:`load_extras`)."""

    slug: str
    created_at: datetime  # the community's
    member_count: int  # active members now (stored counter)
    team_size: int  # active leads and facilitators
    team_contributors: int  # of them, those with a contribution in the window
    knowledge_items: int  # visible knowledge items created in the window
    questions: int  # visible questions and requests created in the window
    accepted: int  # of those, with an accepted answer before as_of
    helpful_reactions: int  # reactions added in the window
    first_response_target_hours: float | None  # configured (practitioner support)
    knowledge_target_per_quarter: float | None  # configured (learning)
    boundary_target_percent: float | None  # configured (coordination)


@dataclasses.dataclass(frozen=True)
class SelfAssessment:
    """The team's current rating of one block."""

    block: BuildingBlock
    score: int  # 1-5
    note: str
    updated_by: str  # display name ("" when the account is gone)
    updated_at: datetime


# --------------------------------------------------------------------------- scales


@dataclasses.dataclass(frozen=True, slots=True)
class Scale:
    """Where a figure scores 0, 40, 70 and 100; linear in between, capped at both ends.

    The anchors run from poor to best, rising or falling (lower is better
    when ``best < poor``)."""

    poor: float
    watch: float
    good: float
    best: float

    def score(self, value: float) -> float:
        xs = [self.poor, self.watch, self.good, self.best]
        ys = (0.0, 40.0, 70.0, 100.0)
        if self.best < self.poor:  # lower is better: mirror it
            xs, value = [-x for x in xs], -value
        if value >= xs[3]:
            return 100.0
        if value <= xs[0]:
            return 0.0
        for i in range(3):
            if value < xs[i + 1]:
                return ys[i] + (ys[i + 1] - ys[i]) * (value - xs[i]) / (xs[i + 1] - xs[i])
        return 100.0  # pragma: no cover - the first test above caught it


ACTIVE_SCALE = Scale(2, 5, 12, 30)
ABSENCE_SCALE = Scale(1, 3, 5, 10)
TEAM_SIZE_SCALE = Scale(0, 1, 2, 3)
TEAM_ACTIVE_SCALE = Scale(0, 0.30, 0.50, 1.0)
SHARE_SCALE = Scale(0.30, 0.60, 0.80, 1.0)  # reply coverage, help-desk target met
QUEUE_SCALE = Scale(15, 5, 2, 0)
ACCEPTED_SCALE = Scale(0, 0.15, 0.35, 0.70)
HELPFUL_SCALE = Scale(0, 0.10, 0.30, 0.60)
FOCUS_SCALE = Scale(0.20, 0.40, 0.60, 0.90)
REGULARS_SCALE = Scale(0.30, 0.15, 0.05, 0)


def wait_scale(target_seconds: float) -> Scale:
    """A wait against a target T: 4T poor, 2T watch, T good, T/4 best."""
    return Scale(4 * target_seconds, 2 * target_seconds, target_seconds, target_seconds / 4)


def tail_scale(target_seconds: float) -> Scale:
    """The 90th percentile against a target T: 8T poor, 4T watch, 2T good, T best."""
    return Scale(8 * target_seconds, 4 * target_seconds, 2 * target_seconds, target_seconds)


def knowledge_scale(goal: float) -> Scale:
    return Scale(0, goal / 2, goal, 2 * goal)


def boundary_scale(goal: float) -> Scale:
    return Scale(0, 0.75 * goal, goal, min(1.0, 1.5 * goal))


def primary_areas_score(count: int) -> float:
    """One or two primary focus areas keep a community focused (DOMAIN.md)."""
    return {0: 0.0, 1: 100.0, 2: 100.0, 3: 40.0}.get(count, 10.0)


def status_of(score: float | None) -> str:
    if score is None:
        return NONE
    return GOOD if score >= GOOD_FROM else WATCH if score >= WATCH_FROM else POOR


# --------------------------------------------------------------------------- helpers


def _count_if(condition: sa.ColumnElement[bool]) -> sa.ColumnElement[int]:
    return sa.func.sum(sa.case((condition, 1), else_=0))


def _queue_url(slug: str) -> str:
    return routes.HELPDESK_QUEUE.replace("[slug]", slug)


def _filtered_url(slug: str, query: str) -> str:
    return f"{routes.community_url(slug)}?{query}"


# --------------------------------------------------------------------------- loading


def load_extras(
    session: Session, *, community: Community, as_of: datetime, window_days: int
) -> Extras:
    """The scorecard's extra figures for the window of ``window_days`` ending at
    ``as_of``: four statements whatever the data size. The caller authorises
    (see :func:`get_scorecard`)."""
    start = as_of - timedelta(days=window_days)
    if window_days < 1 or as_of.tzinfo is None:
        msg = "as_of must be timezone-aware and the window at least one day long"
        raise ValueError(msg)
    community_id = community.id or 0
    # The team and how many of them contributed: ix_membership_community_status_role,
    # then one seek per team member on ix_activity_community_actor_occurred.
    contributed = (
        sa.exists()
        .where(
            col(ActivityEvent.community_id) == community_id,
            col(ActivityEvent.actor_id) == col(Membership.user_id),
            col(ActivityEvent.occurred_at) >= start,
            col(ActivityEvent.occurred_at) < as_of,
            col(ActivityEvent.kind).in_(_CONTRIBUTION_KINDS),
        )
        .correlate(Membership)
    )
    team = session.exec(
        sa.select(sa.func.count(), _count_if(contributed)).where(
            col(Membership.community_id) == community_id,
            col(Membership.status) == MembershipStatus.ACTIVE,
            col(Membership.role).in_(_TEAM_ROLES),
        )
    ).one()
    # Threads of the window: ix_thread_community_created; accepted answers by primary key.
    answerable = col(Thread.kind).in_(_ANSWERABLE)
    has_answer = (
        sa.exists()
        .where(
            col(AcceptedAnswer.thread_id) == col(Thread.id),
            col(AcceptedAnswer.accepted_at) < as_of,
        )
        .correlate(Thread)
    )
    threads = session.exec(
        sa.select(
            _count_if(col(Thread.kind) == ThreadKind.KNOWLEDGE),
            _count_if(answerable),
            _count_if(sa.and_(answerable, has_answer)),
        ).where(
            col(Thread.community_id) == community_id,
            sa.not_(col(Thread.is_hidden)),
            col(Thread.created_at) >= start,
            col(Thread.created_at) < as_of,
        )
    ).one()
    # Helpful reactions of the window: ix_activity_community_occurred.
    reactions = session.exec(
        sa.select(sa.func.count()).where(
            col(ActivityEvent.community_id) == community_id,
            col(ActivityEvent.occurred_at) >= start,
            col(ActivityEvent.occurred_at) < as_of,
            col(ActivityEvent.kind) == ActivityKind.REACTION_ADDED,
        )
    ).one()[0]
    # Configured targets: uq_community_focus_area.
    targets = {
        FocusAreaCode(code): value
        for code, value in session.exec(
            sa.select(
                col(CommunityFocusArea.focus_area), col(CommunityFocusArea.target_value)
            ).where(col(CommunityFocusArea.community_id) == community_id)
        ).all()
    }
    return Extras(
        slug=community.slug,
        created_at=community.created_at,
        member_count=community.member_count,
        team_size=int(team[0]),
        team_contributors=int(team[1] or 0),
        knowledge_items=int(threads[0] or 0),
        questions=int(threads[1] or 0),
        accepted=int(threads[2] or 0),
        helpful_reactions=int(reactions),
        first_response_target_hours=targets.get(FocusAreaCode.PRACTITIONER_SUPPORT),
        knowledge_target_per_quarter=targets.get(FocusAreaCode.LEARNING),
        boundary_target_percent=targets.get(FocusAreaCode.COORDINATION),
    )


def list_self_assessments(session: Session, *, community: Community) -> list[SelfAssessment]:
    """The team's current ratings, in the scorecard's order (one statement on
    ``uq_building_block_assessment_community_block``). The caller authorises."""
    rows = session.exec(
        sa.select(BuildingBlockAssessment, User.display_name)
        .join(User, col(User.id) == col(BuildingBlockAssessment.updated_by_id), isouter=True)
        .where(col(BuildingBlockAssessment.community_id) == community.id)
    ).all()
    found = [
        SelfAssessment(
            block=BuildingBlock(row.block),
            score=row.score,
            note=row.note,
            updated_by=name or "",
            updated_at=row.updated_at,
        )
        for row, name in rows
    ]
    return sorted(found, key=lambda a: BLOCK_ORDER.index(a.block))


# --------------------------------------------------------------------------- writing


def _snapshot(row: BuildingBlockAssessment | None) -> dict[str, object]:
    if row is None:
        return {}
    return {"block": BuildingBlock(row.block).value, "score": row.score, "note": row.note}


def do_set_self_assessment(
    session: Session,
    *,
    community: Community,
    by: User | None,
    block: BuildingBlock | str,
    score: int | str,
    note: str = "",
    at: datetime | None = None,
    locale: str = DEFAULT_LOCALE,
) -> BuildingBlockAssessment:
    """Rate one building block from 1 to 5, with an optional note; every block
    takes a rating (see the module docstring for how measured ones show it).

    Leads, facilitators and site admins only, and not in an archived
    community. Problems come back together as :class:`FormError` keyed by
    field (``block``, ``score``, ``note``) before anything changes. A change
    is written to the audit log (action ``scorecard.update``, the rating
    before and after) and bumps the community's ``config_version`` so open
    dashboards refresh; saving the same rating again writes nothing.
    """
    user = authz.check_can_moderate(session, user=by, community=community)
    if community.archived_at is not None:
        raise authz.CommunityArchivedError(t("scorecard.error_archived", locale))
    errors: dict[str, str] = {}
    chosen = BuildingBlock(block) if block in BLOCK_VALUES else None
    if chosen is None:
        errors["block"] = t("scorecard.error_block", locale)
    value: int | None = None
    if isinstance(score, bool):
        value = None
    elif isinstance(score, int):
        value = score
    elif isinstance(score, str) and score.strip().isdigit():
        value = int(score.strip())
    if value is None or not MIN_SCORE <= value <= MAX_SCORE:
        errors["score"] = t(
            "scorecard.error_score",
            locale,
            low=fmt_number(MIN_SCORE, locale),
            high=fmt_number(MAX_SCORE, locale),
        )
    text = (note or "").strip()
    if len(text) > MAX_NOTE:
        errors["note"] = t("scorecard.error_note", locale, n=fmt_number(MAX_NOTE, locale))
    if errors or chosen is None or value is None:  # None only alongside an error
        raise FormError(errors)
    moment = when(at)
    row = session.exec(
        sa.select(BuildingBlockAssessment).where(
            col(BuildingBlockAssessment.community_id) == community.id,
            col(BuildingBlockAssessment.block) == chosen,
        )
    ).scalar_one_or_none()
    before = _snapshot(row)
    if row is not None and row.score == value and row.note == text:
        return row
    if row is None:
        row = BuildingBlockAssessment(community_id=community.id or 0, block=chosen, score=value)
    row.score, row.note = value, text
    row.updated_by_id, row.updated_at = user.id, moment
    session.add(row)
    session.flush()
    update_counters(session, community, config_version=Community.config_version + 1)
    session.add(
        AuditLog(
            community_id=community.id,
            actor_id=user.id,
            action=AUDIT_ACTION,
            before=before,
            after=_snapshot(row),
            at=moment,
        )
    )
    session.flush()
    return row


def describe_audit(before: dict, after: dict, locale: str = DEFAULT_LOCALE) -> list[str]:
    """An audit row of :func:`do_set_self_assessment` in words, for the change
    history (``community_admin._DESCRIBE['scorecard.update']``)."""
    try:
        title = t(f"scorecard.block.{BuildingBlock(after.get('block', ''))}", locale)
    except ValueError:
        title = str(after.get("block", "?"))
    old = before.get("score")
    changes = [
        t(
            "scorecard.audit_score",
            locale,
            block=title,
            old=old if old is not None else t("scorecard.audit_none", locale),
            new=after.get("score", "?"),
        )
    ]
    if before.get("note", "") != after.get("note", ""):
        changes.append(t("scorecard.audit_note", locale, block=title, note=after.get("note", "")))
    return changes


# --------------------------------------------------------------------------- scoring


@dataclasses.dataclass(frozen=True, slots=True)
class _Signal:
    name: str
    score: float
    evidence: Evidence


@dataclasses.dataclass
class _Block:
    """What one measured block's rules found: scored signals and context lines."""

    signals: list[_Signal] = dataclasses.field(default_factory=list)
    context: list[Evidence] = dataclasses.field(default_factory=list)

    def add(self, name: str, score: float, text: str, url: str = "") -> None:
        self.signals.append(_Signal(name, score, Evidence(text, url, status_of(round(score)))))

    def note(self, text: str, url: str = "") -> None:
        self.context.append(Evidence(text, url))


def _pct(value: float, locale: str) -> str:
    return fmt_percent(value, locale)


def _trend(text: str, now: float, before: float | None, shown: str, locale: str) -> str:
    """``text`` with the period before appended ("up from 9 the period before")."""
    if before is None:
        return text
    if abs(now - before) < 1e-9:
        trend = t("scorecard.trend_flat", locale)
    else:
        key = "scorecard.trend_up" if now > before else "scorecard.trend_down"
        trend = t(key, locale, before=shown)
    return t("scorecard.with_trend", locale, text=text, trend=trend)


def _ratio_trend(text: str, now: Ratio, before: Ratio | None, locale: str) -> str:
    if now.value is None or before is None or before.value is None:
        return text
    return _trend(text, now.value, before.value, _pct(before.value, locale), locale)


def _target_seconds(extras: Extras) -> tuple[float, bool]:
    """The first-response target in seconds, and whether the community set it."""
    hours = extras.first_response_target_hours
    if hours:
        return hours * 3600, True
    return DEFAULT_TARGETS[FocusAreaCode.PRACTITIONER_SUPPORT].value * 3600, False


def _critical_mass(
    now: HealthReport, before: HealthReport | None, extras: Extras, locale: str
) -> _Block:
    out = _Block()
    active = now.active_members.last_30_days
    if extras.member_count:
        text = t(
            "scorecard.ev_active_share",
            locale,
            n=fmt_number(active, locale),
            share=_pct(active / extras.member_count, locale),
            members=fmt_number(extras.member_count, locale),
        )
    else:
        text = t("scorecard.ev_active", locale, n=fmt_number(active, locale))
    prev = before.active_members.last_30_days if before else None
    text = _trend(text, active, prev, fmt_number(prev or 0, locale), locale)
    out.add("active", ACTIVE_SCALE.score(active), text)
    absence = now.absence_factor
    if absence.members is not None:
        out.add(
            "absence",
            ABSENCE_SCALE.score(absence.members),
            t(
                "scorecard.ev_absence",
                locale,
                n=fmt_number(absence.members, locale),
                contributors=fmt_number(absence.contributors, locale),
                days=fmt_number(now.window_days, locale),
            ),
        )
    return out


def _leadership(now: HealthReport, extras: Extras, locale: str) -> _Block:
    out = _Block()
    config = routes.community_config_url(extras.slug)
    out.add(
        "team_size",
        TEAM_SIZE_SCALE.score(extras.team_size),
        tn("scorecard.ev_team", extras.team_size, locale),
        config,
    )
    if extras.team_size:
        out.add(
            "team_active",
            TEAM_ACTIVE_SCALE.score(extras.team_contributors / extras.team_size),
            t(
                "scorecard.ev_team_active",
                locale,
                active=fmt_number(extras.team_contributors, locale),
                team=fmt_number(extras.team_size, locale),
                days=fmt_number(now.window_days, locale),
            ),
        )
    target, configured = _target_seconds(extras)
    first = now.first_response
    if first.p90_seconds is not None:
        out.add(
            "slow_tail",
            tail_scale(target).score(first.p90_seconds),
            t(
                "scorecard.ev_slow_tail" if configured else "scorecard.ev_slow_tail_usual",
                locale,
                p90=fmt_duration(first.p90_seconds, locale),
                target=fmt_duration(target, locale),
            ),
            _filtered_url(extras.slug, "kind=question"),
        )
    queue = now.unanswered_queue
    if queue.oldest_age_seconds is not None:
        out.note(
            t(
                "scorecard.ev_oldest_wait",
                locale,
                age=fmt_duration(queue.oldest_age_seconds, locale),
            ),
            _queue_url(extras.slug),
        )
    return out


def _problem_solving(
    now: HealthReport, before: HealthReport | None, extras: Extras, locale: str
) -> _Block:
    out = _Block()
    slug = extras.slug
    coverage = now.reply_coverage.ratio
    if coverage.value is not None:
        text = t(
            "scorecard.ev_coverage",
            locale,
            pct=_pct(coverage.value, locale),
            part=fmt_number(coverage.numerator, locale),
            whole=fmt_number(coverage.denominator, locale),
            days=fmt_number(now.reply_coverage.within_days, locale),
        )
        text = _ratio_trend(text, coverage, before.reply_coverage.ratio if before else None, locale)
        out.add(
            "coverage",
            SHARE_SCALE.score(coverage.value),
            text,
            _filtered_url(slug, "unanswered=1"),
        )
    target, configured = _target_seconds(extras)
    first = now.first_response
    if first.median_seconds is not None:
        out.add(
            "first_response",
            wait_scale(target).score(first.median_seconds),
            t(
                "scorecard.ev_first_response"
                if configured
                else "scorecard.ev_first_response_usual",
                locale,
                median=fmt_duration(first.median_seconds, locale),
                target=fmt_duration(target, locale),
                p90=fmt_duration(first.p90_seconds or 0, locale),
                unanswered=fmt_number(first.unanswered, locale),
            ),
            _filtered_url(slug, "kind=question"),
        )
    helpdesk = now.helpdesk_target
    if helpdesk.ratio.value is not None:
        out.add(
            "helpdesk",
            SHARE_SCALE.score(helpdesk.ratio.value),
            t(
                "scorecard.ev_helpdesk",
                locale,
                pct=_pct(helpdesk.ratio.value, locale),
                met=fmt_number(helpdesk.met, locale),
                missed=fmt_number(helpdesk.missed, locale),
            ),
            _queue_url(slug),
        )
    queue = now.unanswered_queue
    if queue.count or out.signals:
        out.add(
            "queue",
            QUEUE_SCALE.score(queue.count),
            tn("scorecard.ev_queue", queue.count, locale)
            if queue.count
            else t("scorecard.ev_nothing_waits", locale),
            _filtered_url(slug, "unanswered=1") if queue.count else "",
        )
    return out


def _knowledge_transfer(now: HealthReport, extras: Extras, locale: str) -> _Block:
    out = _Block()
    per_quarter = (
        extras.knowledge_target_per_quarter or DEFAULT_TARGETS[FocusAreaCode.LEARNING].value
    )
    goal = per_quarter * now.window_days / QUARTER_DAYS
    out.add(
        "knowledge",
        knowledge_scale(goal).score(extras.knowledge_items),
        t(
            "scorecard.ev_knowledge",
            locale,
            n=fmt_number(extras.knowledge_items, locale),
            days=fmt_number(now.window_days, locale),
            goal=fmt_number(round(goal, 1), locale),
        ),
        _filtered_url(extras.slug, "kind=knowledge&sort=newest"),
    )
    if extras.questions:
        share = extras.accepted / extras.questions
        out.add(
            "accepted",
            ACCEPTED_SCALE.score(share),
            t(
                "scorecard.ev_accepted",
                locale,
                part=fmt_number(extras.accepted, locale),
                whole=fmt_number(extras.questions, locale),
                pct=_pct(share, locale),
            ),
            _filtered_url(extras.slug, "kind=question"),
        )
    posts = now.top10_share.ratio.denominator
    if posts:
        out.add(
            "helpful",
            HELPFUL_SCALE.score(extras.helpful_reactions / posts),
            t(
                "scorecard.ev_helpful",
                locale,
                n=fmt_number(extras.helpful_reactions, locale),
                posts=fmt_number(posts, locale),
            ),
        )
    return out


def _topic_focus(
    now: HealthReport, before: HealthReport | None, extras: Extras, locale: str
) -> _Block:
    out = _Block()
    focus = now.focus_alignment
    if focus.ratio.value is not None:
        text = t(
            "scorecard.ev_focus",
            locale,
            pct=_pct(focus.ratio.value, locale),
            part=fmt_number(focus.ratio.numerator, locale),
            whole=fmt_number(focus.ratio.denominator, locale),
            untagged=fmt_number(focus.untagged, locale),
        )
        text = _ratio_trend(
            text, focus.ratio, before.focus_alignment.ratio if before else None, locale
        )
        out.add("focus", FOCUS_SCALE.score(focus.ratio.value), text)
    areas = focus.primary_focus_areas
    out.add(
        "primary_areas",
        primary_areas_score(len(areas)),
        tn("scorecard.ev_primary_areas", len(areas), locale)
        if areas
        else t("scorecard.ev_no_primary", locale),
        routes.community_config_url(extras.slug),
    )
    for code in areas:
        out.note(
            t("scorecard.ev_area_threads", locale, area=CATALOGUE[FocusAreaCode(code)].name),
            _filtered_url(extras.slug, f"focus={FocusAreaCode(code).value}"),
        )
    return out


def _trust(now: HealthReport, before: HealthReport | None, extras: Extras, locale: str) -> _Block:
    out = _Block()
    crossing = now.boundary_crossing.overall
    configured = extras.boundary_target_percent
    goal = (configured or DEFAULT_TARGETS[FocusAreaCode.COORDINATION].value) / 100
    if crossing.value is not None:
        text = t(
            "scorecard.ev_boundary" if configured else "scorecard.ev_boundary_usual",
            locale,
            pct=_pct(crossing.value, locale),
            part=fmt_number(crossing.numerator, locale),
            whole=fmt_number(crossing.denominator, locale),
            target=_pct(goal, locale),
        )
        prev = before.boundary_crossing.overall if before else None
        out.add(
            "boundary",
            boundary_scale(goal).score(crossing.value),
            _ratio_trend(text, crossing, prev, locale),
        )
    lost, back = len(now.lost_regulars), len(now.reactivated)
    base = now.active_members.last_30_days + lost
    if base:
        out.add(
            "regulars",
            REGULARS_SCALE.score(max(lost - back, 0) / base),
            t(
                "scorecard.ev_regulars",
                locale,
                lost=fmt_number(lost, locale),
                back=fmt_number(back, locale),
                active=fmt_number(now.active_members.last_30_days, locale),
            ),
        )
    return out


def _rating_evidence(rating: SelfAssessment, as_of: datetime, locale: str) -> list[Evidence]:
    lines = [
        Evidence(
            t(
                "scorecard.ev_rating",
                locale,
                score=fmt_number(rating.score, locale),
                who=rating.updated_by or t("scorecard.someone", locale),
                date=fmt_date(rating.updated_at, locale),
            ),
            status=status_of(_rating_score(rating.score)),
        )
    ]
    if rating.note:
        lines.append(Evidence(t("scorecard.ev_rating_note", locale, note=rating.note)))
    if as_of - rating.updated_at > timedelta(days=STALE_RATING_DAYS):
        lines.append(Evidence(t("scorecard.ev_rating_stale", locale)))
    return lines


def _rating_score(score: int) -> int:
    return (score - MIN_SCORE) * 100 // (MAX_SCORE - MIN_SCORE)


def _measured_summary(block: _Block, status: str, locale: str) -> str:
    weakest = min(block.signals, key=lambda s: s.score)
    name = t(f"scorecard.signal.{weakest.name}", locale)
    if status == GOOD:
        if status_of(round(weakest.score)) == GOOD:
            return t("scorecard.summary_good", locale)
        return t("scorecard.summary_good_but", locale, weakest=name)
    return t(f"scorecard.summary_{status}", locale, weakest=name)


def score_blocks(
    now: HealthReport,
    before: HealthReport | None,
    extras: Extras,
    assessments: Sequence[SelfAssessment] = (),
    *,
    locale: str = DEFAULT_LOCALE,
) -> list[BlockScore]:
    """The ten building blocks, in DOMAIN.md's order, each with its score,
    judgement, source and evidence (rules in the module docstring)."""
    ratings = {a.block: a for a in assessments}
    measured: dict[BuildingBlock, _Block] = {
        BuildingBlock.LEADERSHIP: _leadership(now, extras, locale),
        BuildingBlock.CRITICAL_MASS: _critical_mass(now, before, extras, locale),
        BuildingBlock.TOPIC_FOCUS: _topic_focus(now, before, extras, locale),
        BuildingBlock.PROBLEM_SOLVING: _problem_solving(now, before, extras, locale),
        BuildingBlock.KNOWLEDGE_TRANSFER: _knowledge_transfer(now, extras, locale),
        BuildingBlock.TRUST: _trust(now, before, extras, locale),
    }
    out: list[BlockScore] = []
    for block in BLOCK_ORDER:
        rating = ratings.get(block)
        found = measured.get(block)
        rating_lines = _rating_evidence(rating, now.as_of, locale) if rating else []
        common = {
            "key": block.value,
            "title": t(f"scorecard.block.{block.value}", locale),
            "help": t(f"scorecard.help.{block.value}", locale),
            "self_score": rating.score if rating else None,
            "self_note": rating.note if rating else "",
        }
        if found is not None and found.signals:
            score = round(sum(s.score for s in found.signals) / len(found.signals))
            status = status_of(score)
            out.append(
                BlockScore(
                    **common,
                    score=score,
                    status=status,
                    source=MEASURED,
                    summary=_measured_summary(found, status, locale),
                    evidence=[s.evidence for s in found.signals] + found.context + rating_lines,
                )
            )
        elif rating is not None:
            score = _rating_score(rating.score)
            key = "scorecard.summary_self" if found is None else "scorecard.summary_self_no_data"
            out.append(
                BlockScore(
                    **common,
                    score=score,
                    status=status_of(score),
                    source=SELF_ASSESSED,
                    summary=t(key, locale, score=fmt_number(rating.score, locale)),
                    evidence=rating_lines + (found.context if found else []),
                )
            )
        else:
            key = "scorecard.summary_not_rated" if found is None else "scorecard.summary_no_data"
            out.append(
                BlockScore(
                    **common,
                    score=None,
                    status=NONE,
                    source=NOT_ASSESSED if found is None else MEASURED,
                    summary=t(key, locale),
                    evidence=found.context if found else [],
                )
            )
    return out


# --------------------------------------------------------------------------- life cycle


def estimate_stage(
    now: HealthReport,
    before: HealthReport | None,
    extras: Extras,
    *,
    locale: str = DEFAULT_LOCALE,
) -> StageEstimate:
    """Where the community stands in its life cycle (rules in the module docstring)."""
    age_days = max((now.as_of - extras.created_at).days, 0)
    active = now.active_members.last_30_days
    prev = before.active_members.last_30_days if before else None
    change = (active - prev) / prev if prev else None
    contributors = now.absence_factor.contributors
    newcomer_share = now.new_contributors / contributors if contributors else 0.0
    core = now.absence_factor.members
    few_at_core = core is not None and core <= CORE_FEW
    falling = prev is not None and prev >= MIN_ACTIVE and change is not None and change <= -DECLINE

    if falling or (age_days >= ESTABLISHED_DAYS and active < MIN_ACTIVE):
        stage = Stage.TRANSFORMATION
    elif active < MIN_ACTIVE:
        stage = Stage.POTENTIAL
    elif age_days < YOUNG_DAYS or (
        age_days < ESTABLISHED_DAYS and (few_at_core or newcomer_share >= NEWCOMER_SHARE)
    ):
        stage = Stage.COALESCING
    elif age_days < ESTABLISHED_DAYS or (change is not None and change >= GROWTH):
        stage = Stage.MATURING
    else:
        stage = Stage.STEWARDSHIP

    reasons = [
        t(
            "scorecard.stage.reason_age",
            locale,
            age=fmt_duration(timedelta(days=age_days).total_seconds(), locale),
            date=fmt_date(extras.created_at, locale),
        )
    ]
    n = fmt_number(active, locale)
    if prev is None:
        reasons.append(t("scorecard.stage.reason_active", locale, n=n))
        reasons.append(t("scorecard.stage.reason_no_before", locale))
    elif change is None or abs(change) < GROWTH / 2:
        reasons.append(
            t("scorecard.stage.reason_steady", locale, n=n, before=fmt_number(prev, locale))
        )
    else:
        key = "scorecard.stage.reason_growth" if change > 0 else "scorecard.stage.reason_decline"
        reasons.append(
            t(
                key,
                locale,
                n=n,
                before=fmt_number(prev, locale),
                pct=fmt_percent(abs(change), locale),
            )
        )
    if active < MIN_ACTIVE:
        reasons.append(
            t("scorecard.stage.reason_below_mass", locale, min=fmt_number(MIN_ACTIVE, locale))
        )
    reasons.append(
        t(
            "scorecard.stage.reason_newcomers",
            locale,
            new=fmt_number(now.new_contributors, locale),
            contributors=fmt_number(contributors, locale),
            joined=fmt_number(now.new_members, locale),
            days=fmt_number(now.window_days, locale),
        )
    )
    if core is not None:
        reasons.append(tn("scorecard.stage.reason_core", core, locale))
    reasons.append(
        t(
            "scorecard.stage.reason_activity",
            locale,
            n=fmt_number(now.absence_factor.total_contributions, locale),
            days=fmt_number(now.window_days, locale),
        )
    )
    if stage == Stage.TRANSFORMATION and (now.lost_regulars or now.reactivated):
        reasons.append(
            t(
                "scorecard.stage.reason_regulars",
                locale,
                lost=fmt_number(len(now.lost_regulars), locale),
                back=fmt_number(len(now.reactivated), locale),
            )
        )
    return StageEstimate(
        stage=stage.value,
        title=t(f"scorecard.stage.{stage.value}", locale),
        summary=t(f"scorecard.stage.{stage.value}_summary", locale),
        reasons=reasons,
        advice=[t(f"scorecard.stage.{stage.value}_advice_{i}", locale) for i in (1, 2, 3)],
    )


# --------------------------------------------------------------------------- together


def check_can_view(session: Session, *, community: Community, by: User | None) -> User:
    """Leads, facilitators and site admins, like the dashboard."""
    return authz.check_can_moderate(session, user=by, community=community)


def get_scorecard(
    session: Session,
    *,
    community: Community,
    by: User | None,
    now: HealthReport | None = None,
    before: HealthReport | None = None,
    as_of: datetime | None = None,
    window_days: int = metrics.DEFAULT_WINDOW_DAYS,
    locale: str = DEFAULT_LOCALE,
) -> Scorecard:
    """The scorecard and stage for the team. Pass the dashboard's reports
    (``now``, ``before``) to reuse them; missing ones are computed for the
    window of ``window_days`` ending at ``as_of`` (default: now)."""
    check_can_view(session, community=community, by=by)
    if now is None:
        now = metrics.community_health(
            session,
            community_id=community.id or 0,
            as_of=as_of or utcnow(),
            window_days=window_days,
        )
    if before is None:
        before = metrics.community_health(
            session,
            community_id=community.id or 0,
            as_of=now.as_of - timedelta(days=now.window_days),
            window_days=now.window_days,
        )
    extras = load_extras(session, community=community, as_of=now.as_of, window_days=now.window_days)
    ratings = list_self_assessments(session, community=community)
    return Scorecard(
        blocks=score_blocks(now, before, extras, ratings, locale=locale),
        stage=estimate_stage(now, before, extras, locale=locale),
    )
