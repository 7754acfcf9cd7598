"""The health dashboard of one community: metric cards judged against targets.

Each card carries its figure, the parts behind it ("12 of 40"), how it is
computed (the DOMAIN.md definition in our words, saying whether a figure is a
median or a percentile), a judgement (good, watch, poor, or none when nothing
says what good is) and the change against the previous period of the same
length. Figures come from :func:`cop_app.services.health.metrics.community_health`.

Judgements use the community's configured target where the metric has one
(first response and help-desk target: the practitioner-support target in
hours; boundary crossing: the coordination target in percent), and otherwise
the thresholds written next to each card's rule below.
"""

from __future__ import annotations

import csv
import dataclasses
import io
from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from cop_app import routes
from cop_app.i18n import DEFAULT_LOCALE, fmt_datetime, fmt_duration, fmt_number, fmt_percent, t
from cop_app.models import Community, CommunityFocusArea, FocusAreaCode, User, utcnow
from cop_app.services.communities import catalogue, join_requests
from cop_app.services.guards import authz
from cop_app.services.health import charts, livehealth, metrics
from cop_app.services.health.livehealth import Funnel, Snapshot
from cop_app.services.health.metrics import ConcentrationBand, HealthReport, Ratio
from cop_app.services.health.scorecard import Scorecard
from cop_app.services.health.verdicts import GOOD, NONE, POOR, WATCH
from cop_app.services.threads import helpdesk

PERIODS = (30, 90, 365)


@dataclasses.dataclass(frozen=True)
class MetricCard:
    key: str
    title: str
    value: str  # the headline figure, formatted
    detail: str  # the parts behind it
    help: str  # how it is computed
    status: str  # good | watch | poor | "" (not judged)
    verdict: str  # the judgement in words ("Target: within 48 hours")
    change: str  # against the previous period, in words ("" when not comparable)
    trend: str  # up | down | flat | ""


@dataclasses.dataclass(frozen=True)
class Targets:
    first_response_hours: float | None
    boundary_percent: float | None


def get_targets(session: Session, *, community: Community) -> Targets:
    rows = {
        FocusAreaCode(code): value
        for code, value in session.exec(
            select(CommunityFocusArea.focus_area, CommunityFocusArea.target_value).where(
                CommunityFocusArea.community_id == community.id
            )
        ).all()
    }
    return Targets(
        first_response_hours=rows.get(FocusAreaCode.PRACTITIONER_SUPPORT),
        boundary_percent=rows.get(FocusAreaCode.COORDINATION),
    )


def _pct(ratio: Ratio, locale: str) -> str:
    return fmt_percent(ratio.value, locale) if ratio.value is not None else "–"


def _of(ratio: Ratio, locale: str) -> str:
    return t(
        "health.of",
        locale,
        part=fmt_number(ratio.numerator, locale),
        whole=fmt_number(ratio.denominator, locale),
    )


def _change(now: float | None, before: float | None, *, percent: bool, locale: str):
    """The change in words and its direction; points for shares."""
    if now is None or before is None:
        return "", ""
    delta = now - before
    if abs(delta) < (0.005 if percent else 0.5):
        return t("health.unchanged", locale), "flat"
    amount = (
        t("health.points", locale, n=fmt_number(round(abs(delta) * 100), locale))
        if percent
        else fmt_number(round(abs(delta), 1), locale)
    )
    word = "health.up" if delta > 0 else "health.down"
    return t(word, locale, amount=amount), "up" if delta > 0 else "down"


def _judge(value: float | None, good: float, watch: float, *, higher_is_better: bool) -> str:
    if value is None:
        return NONE
    if higher_is_better:
        return GOOD if value >= good else WATCH if value >= watch else POOR
    return GOOD if value <= good else WATCH if value <= watch else POOR


def cards(
    now: HealthReport,
    before: HealthReport | None,
    targets: Targets,
    *,
    funnel: Funnel | None = None,
    locale: str = DEFAULT_LOCALE,
) -> list[MetricCard]:
    """The dashboard's cards from the current and the previous period's reports."""
    out: list[MetricCard] = []

    def card(key, value, detail, status, verdict, now_v, before_v, *, percent=False):
        change, trend = _change(now_v, before_v, percent=percent, locale=locale)
        out.append(
            MetricCard(
                key=key,
                title=t(f"health.{key}", locale),
                value=value,
                detail=detail,
                help=t(f"health.{key}_help", locale),
                status=status,
                verdict=verdict,
                change=change,
                trend=trend,
            )
        )

    prev = before
    # Active members: no target; the trend says it.
    card(
        "active",
        fmt_number(now.active_members.last_30_days, locale),
        t("health.active_detail", locale, n=fmt_number(now.active_members.last_7_days, locale)),
        NONE,
        "",
        now.active_members.last_30_days,
        prev.active_members.last_30_days if prev else None,
    )
    # Stickiness: a common target is above 20 %; below 10 % is poor.
    ratio = now.stickiness.ratio
    card(
        "stickiness",
        _pct(ratio, locale),
        t(
            "health.stickiness_detail",
            locale,
            daily=fmt_number(round(now.stickiness.average_daily_active, 1), locale),
            monthly=fmt_number(now.stickiness.monthly_active, locale),
        ),
        _judge(ratio.value, 0.20, 0.10, higher_is_better=True),
        t("health.stickiness_target", locale),
        ratio.value,
        prev.stickiness.ratio.value if prev else None,
        percent=True,
    )
    card(
        "newcomers",
        fmt_number(now.new_members, locale),
        t("health.newcomers_detail", locale, n=fmt_number(now.new_contributors, locale)),
        NONE,
        "",
        now.new_members,
        prev.new_members if prev else None,
    )
    # First response: the median against the configured target (hours).
    fr = now.first_response
    target_s = targets.first_response_hours * 3600 if targets.first_response_hours else None
    median = fr.median_seconds
    card(
        "first_response",
        fmt_duration(median, locale) if median is not None else "–",
        t(
            "health.first_response_detail",
            locale,
            p90=fmt_duration(fr.p90_seconds, locale) if fr.p90_seconds is not None else "–",
            answered=fmt_number(fr.answered, locale),
            unanswered=fmt_number(fr.unanswered, locale),
        ),
        _judge(median, target_s, target_s * 2, higher_is_better=False) if target_s else NONE,
        t("health.target_hours", locale, hours=f"{targets.first_response_hours:g}")
        if targets.first_response_hours
        else t("health.no_target", locale),
        median / 3600 if median is not None else None,
        (prev.first_response.median_seconds or 0) / 3600
        if prev and prev.first_response.median_seconds is not None
        else None,
    )
    # Reply coverage: our rule of thumb, 80 % good, under 60 % poor.
    ratio = now.reply_coverage.ratio
    card(
        "coverage",
        _pct(ratio, locale),
        _of(ratio, locale),
        _judge(ratio.value, 0.80, 0.60, higher_is_better=True),
        t("health.coverage_target", locale),
        ratio.value,
        prev.reply_coverage.ratio.value if prev else None,
        percent=True,
    )
    ratio = now.helpdesk_target.ratio
    card(
        "helpdesk",
        _pct(ratio, locale),
        t(
            "health.helpdesk_detail",
            locale,
            met=fmt_number(now.helpdesk_target.met, locale),
            missed=fmt_number(now.helpdesk_target.missed, locale),
            pending=fmt_number(now.helpdesk_target.pending, locale),
        ),
        _judge(ratio.value, 0.80, 0.60, higher_is_better=True),
        t("health.helpdesk_target", locale),
        ratio.value,
        prev.helpdesk_target.ratio.value if prev else None,
        percent=True,
    )
    queue = now.unanswered_queue
    card(
        "unanswered",
        fmt_number(queue.count, locale),
        t(
            "health.unanswered_detail",
            locale,
            questions=fmt_number(queue.questions, locale),
            requests=fmt_number(queue.requests, locale),
            oldest=fmt_duration(queue.oldest_age_seconds, locale)
            if queue.oldest_age_seconds is not None
            else "–",
        ),
        _judge(queue.count, 0, 5, higher_is_better=False),
        t("health.unanswered_target", locale),
        queue.count,
        prev.unanswered_queue.count if prev else None,
    )
    top = now.top10_share
    band_status = {
        ConcentrationBand.BROAD: GOOD,
        ConcentrationBand.HEALTHY: GOOD,
        ConcentrationBand.CONCENTRATED: WATCH,
        ConcentrationBand.FRAGILE: POOR,
    }
    card(
        "top10",
        _pct(top.ratio, locale),
        t("health.top10_detail", locale, authors=fmt_number(top.authors, locale)),
        band_status.get(top.band, NONE) if top.band else NONE,
        t(f"health.band_{top.band.value}", locale) if top.band else "",
        top.ratio.value,
        prev.top10_share.ratio.value if prev else None,
        percent=True,
    )
    absence = now.absence_factor
    card(
        "absence",
        fmt_number(absence.members, locale) if absence.members is not None else "–",
        t(
            "health.absence_detail",
            locale,
            contributors=fmt_number(absence.contributors, locale),
        ),
        _judge(absence.members, 5, 3, higher_is_better=True) if absence.members else NONE,
        t("health.absence_target", locale),
        absence.members,
        prev.absence_factor.members if prev else None,
    )
    card(
        "regulars",
        fmt_number(len(now.lost_regulars), locale),
        t("health.regulars_detail", locale, n=fmt_number(len(now.reactivated), locale)),
        WATCH if len(now.lost_regulars) > len(now.reactivated) else GOOD,
        t("health.regulars_target", locale),
        len(now.lost_regulars),
        len(prev.lost_regulars) if prev else None,
    )
    ratio = now.focus_alignment.ratio
    card(
        "focus",
        _pct(ratio, locale),
        _of(ratio, locale),
        _judge(ratio.value, 0.60, 0.40, higher_is_better=True),
        t("health.focus_target", locale),
        ratio.value,
        prev.focus_alignment.ratio.value if prev else None,
        percent=True,
    )
    ratio = now.boundary_crossing.overall
    goal = targets.boundary_percent / 100 if targets.boundary_percent else None
    card(
        "boundary",
        _pct(ratio, locale),
        _of(ratio, locale),
        _judge(ratio.value, goal, goal * 0.75, higher_is_better=True) if goal else NONE,
        t("health.target_percent", locale, pct=f"{targets.boundary_percent:g}")
        if goal
        else t("health.no_target", locale),
        ratio.value,
        prev.boundary_crossing.overall.value if prev else None,
        percent=True,
    )
    if funnel is not None:
        ratio = Ratio(funnel.finished, funnel.joined)
        card(
            "onboarding",
            t(
                "health.onboarding_value",
                locale,
                finished=fmt_number(funnel.finished, locale),
                joined=fmt_number(funnel.joined, locale),
            ),
            t(
                "health.onboarding_detail",
                locale,
                started=fmt_number(funnel.started, locale),
                contributed=fmt_number(funnel.contributed, locale),
            ),
            _judge(ratio.value, 0.60, 0.30, higher_is_better=True),
            t("health.onboarding_target", locale),
            None,
            None,
        )
    return out


@dataclasses.dataclass(frozen=True)
class Dashboard:
    community_name: str
    period_days: int
    cards: list[MetricCard]
    as_of: datetime
    attention: list[AttentionItem] = dataclasses.field(default_factory=list)
    charts: list[charts.Chart] = dataclasses.field(default_factory=list)
    report: HealthReport | None = None
    scorecard: Scorecard | None = None


def check_can_view(session: Session, *, community: Community, by: User | None) -> User:
    """Leads, facilitators and site admins; everyone else is refused."""
    return authz.check_can_moderate(session, user=by, community=community)


def previous_report(
    session: Session, *, community: Community, period_days: int, as_of: datetime
) -> HealthReport:
    """The period before: it barely moves, so a live page computes it once."""
    return metrics.community_health(
        session,
        community_id=community.id or 0,
        as_of=as_of - timedelta(days=period_days),
        window_days=period_days,
    )


def build(
    session: Session,
    *,
    community: Community,
    by: User | None,
    period_days: int = 30,
    before: HealthReport | None = None,
    snapshot: Snapshot | None = None,
    as_of: datetime | None = None,
    locale: str = DEFAULT_LOCALE,
) -> tuple[Dashboard, HealthReport]:
    """The dashboard, and the previous period's report (given or computed).

    ``snapshot`` is the community's live report (kept current by
    :mod:`cop_app.services.health.livehealth`); without one, the figures are computed
    afresh at ``as_of`` (default now).
    """
    check_can_view(session, community=community, by=by)
    period_days = period_days if period_days in PERIODS else 30
    if snapshot is None:
        snapshot = livehealth.LiveReport.build(
            session, community_id=community.id or 0, window_days=period_days, as_of=as_of
        ).snapshot()
    now = snapshot.report
    before = before or previous_report(
        session, community=community, period_days=period_days, as_of=snapshot.anchor
    )
    shown_at = as_of or utcnow()

    def shared(key, make):
        """Derived once per snapshot, for every viewer allowed to see it."""
        if key not in snapshot.derived:
            snapshot.derived[key] = make()
        return snapshot.derived[key]

    targets = shared(("targets",), lambda: get_targets(session, community=community))
    names = shared(("names",), lambda: catalogue.focus_area_names(session))
    return (
        Dashboard(
            community_name=community.name,
            period_days=period_days,
            cards=cards(now, before, targets, funnel=snapshot.funnel, locale=locale),
            as_of=shown_at,
            attention=shared(
                ("attention", locale),
                lambda: attention(
                    session, community=community, by=by, report=now, now=shown_at, locale=locale
                ),
            ),
            charts=charts.for_snapshot(snapshot, names, locale),
            report=now,
            scorecard=shared(
                ("scorecard", locale),
                lambda: _scorecard(session, community, by, now, before, period_days, locale),
            ),
        ),
        before,
    )


def build_live(
    session: Session,
    *,
    community: Community,
    by: User | None,
    period_days: int,
    before: HealthReport | None = None,
    topic_version: int | None = None,
    locale: str = DEFAULT_LOCALE,
) -> tuple[Dashboard, HealthReport]:
    """:func:`build` on the process's live report of the community, brought up
    to date (not a second full recompute: at 1M posts that takes seconds); the
    previous period's report is computed when not given."""
    community_id = community.id or 0
    snapshot = livehealth.current(
        session, community_id=community_id, window_days=period_days, topic_version=topic_version
    )
    if before is None:
        before = livehealth.previous(session, community_id=community_id, window_days=period_days)
    return build(
        session,
        community=community,
        by=by,
        period_days=period_days,
        before=before,
        snapshot=snapshot,
        locale=locale,
    )


def _scorecard(session, community, by, now, before, period_days, locale):
    from cop_app.services.health import scorecard  # it imports this module's judgement words

    return scorecard.get_scorecard(
        session,
        community=community,
        by=by,
        now=now,
        before=before,
        as_of=now.as_of,  # the extra figures for the report's own window
        window_days=period_days,
        locale=locale,
    )


def to_csv(board: Dashboard, *, locale: str = DEFAULT_LOCALE) -> str:
    """The cards as a CSV file (one row per metric, with how each is computed)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        [
            t(
                "health.report_for",
                locale,
                name=board.community_name,
                period=t(f"health.period_{board.period_days}", locale),
                when=fmt_datetime(board.as_of, locale),
            )
        ]
    )
    writer.writerow(
        [
            t(f"health.csv_{column}", locale)
            for column in ("metric", "value", "detail", "status", "judged", "change", "definition")
        ]
    )
    status_words = {
        GOOD: t("health.status_good", locale),
        WATCH: t("health.status_watch", locale),
        POOR: t("health.status_poor", locale),
        NONE: "",
    }
    for card in board.cards:
        writer.writerow(
            [
                card.title,
                card.value,
                card.detail,
                status_words[card.status],
                card.verdict,
                card.change,
                card.help,
            ]
        )
    return out.getvalue()


# --------------------------------------------------------------------------- attention


@dataclasses.dataclass(frozen=True)
class AttentionItem:
    kind: str  # overdue | unanswered | regular | requests
    text: str
    url: str  # where to act ("" when there is no single place)


def attention(
    session: Session,
    *,
    community: Community,
    by: User | None,
    report: HealthReport,
    now: datetime | None = None,
    locale: str = DEFAULT_LOCALE,
) -> list[AttentionItem]:
    """The few things to act on now: the most overdue requests, the size of the
    unanswered queue, lost regulars worth a nudge, pending join requests."""
    check_can_view(session, community=community, by=by)
    items: list[AttentionItem] = []
    queue = helpdesk.list_queue(session, community=community, by=by, now=now, locale=locale)
    items += [
        AttentionItem(
            kind="overdue",
            text=t("health.attention_overdue", locale, title=item.title, due=item.due),
            url=item.url,
        )
        for item in queue
        if item.overdue
    ][:3]
    if queue:
        items.append(
            AttentionItem(
                kind="unanswered",
                text=t("health.attention_queue", locale, n=fmt_number(len(queue), locale)),
                url=f"/c/{community.slug}/queue",
            )
        )
    if report.lost_regulars:
        names = session.exec(
            select(User.display_name)
            .where(col(User.id).in_(report.lost_regulars[:5]))
            .order_by(col(User.display_name))
        ).all()
        items.append(
            AttentionItem(
                kind="regular",
                text=t(
                    "health.attention_regulars",
                    locale,
                    n=fmt_number(len(report.lost_regulars), locale),
                    names=", ".join(names),
                ),
                url="",
            )
        )
    pending = join_requests.list_pending(session, community=community, by=by)
    if pending:
        items.append(
            AttentionItem(
                kind="requests",
                text=t("health.attention_requests", locale, n=fmt_number(len(pending), locale)),
                url=routes.join_requests_url(community.slug),
            )
        )
    return items
