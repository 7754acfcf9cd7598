"""The health of every community side by side, for site admins (/admin/health).

One row per community that is not archived (archived ones are left out: nobody
can post there, so there is nothing to act on). Each row's figures come from
:func:`cop_app.services.health.metrics.community_health` for the chosen period, and
its judgements are the community's own dashboard cards
(:func:`cop_app.services.health.dashboard.cards`, against the targets from
:func:`cop_app.services.health.dashboard.get_targets`), so a row and the dashboard it
links to agree. The status summary counts the cards judged from the period's
report; the dashboard's onboarding card (from its live report's funnel) is not
among them. Rows needing most attention come first: the most cards judged
poor, then the most judged worth watching, then by name.

Cost: two statements, plus nine per community (its eight metric statements
and its targets).
"""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta

from sqlmodel import Session, col, func, select

from cop_app.i18n import DEFAULT_LOCALE, fmt_number, t, tn
from cop_app.models import Community, Membership, MembershipStatus, User, utcnow
from cop_app.services.guards import authz
from cop_app.services.health import dashboard, metrics, scorecard
from cop_app.services.health.verdicts import GOOD, POOR, WATCH

PERIODS = dashboard.PERIODS


@dataclasses.dataclass(frozen=True)
class OverviewRow:
    """One community's line, formatted for ``locale``; statuses are good | watch | poor | ""."""

    name: str
    slug: str
    url: str  # its health dashboard
    members: str  # active memberships
    active_30: str  # distinct contributors, last 30 days
    active_7: str  # distinct contributors, last 7 days
    new_members: str  # joined in the period
    first_response: str  # median time to first response ("–" when nothing was answered)
    first_response_status: str  # against the community's configured target
    first_response_target: str  # "Target: 48 h", or that none is set
    unanswered: str  # the live unanswered queue
    unanswered_status: str
    coverage: str  # reply coverage ("–" when nothing settled)
    coverage_status: str
    top10: str  # top-10 share ("–" when nobody posted)
    top10_band: str  # broad | healthy | concentrated | fragile | ""
    top10_band_label: str
    top10_status: str
    poor: int  # dashboard cards judged poor
    watch: int  # ... worth watching
    good: int  # ... healthy
    poor_label: str  # "2 need attention"
    watch_label: str
    good_label: str
    stage: str = ""  # the life-cycle stage estimate's title ("Maturing")
    stage_summary: str = ""  # what that stage means, in one line


def _active_members(session: Session) -> dict[int, int]:
    """Active memberships per community (one statement)."""
    rows = session.exec(
        select(Membership.community_id, func.count())
        .where(Membership.status == MembershipStatus.ACTIVE)
        .group_by(col(Membership.community_id))
    ).all()
    return {community_id: int(count) for community_id, count in rows}


def _row(
    session: Session,
    *,
    community: Community,
    members: int,
    period_days: int,
    as_of: datetime,
    locale: str,
) -> OverviewRow:
    report = metrics.community_health(
        session, community_id=community.id or 0, as_of=as_of, window_days=period_days
    )
    # The stage reads the trend: the period before, and a few fixed figures.
    before = metrics.community_health(
        session,
        community_id=community.id or 0,
        as_of=as_of - timedelta(days=period_days),
        window_days=period_days,
    )
    extras = scorecard.load_extras(
        session, community=community, as_of=as_of, window_days=period_days
    )
    stage = scorecard.estimate_stage(report, before, extras, locale=locale)
    targets = dashboard.get_targets(session, community=community)
    cards = {card.key: card for card in dashboard.cards(report, None, targets, locale=locale)}
    statuses = [card.status for card in cards.values()]
    poor, watch, good = (statuses.count(status) for status in (POOR, WATCH, GOOD))
    band = report.top10_share.band
    return OverviewRow(
        name=community.name,
        slug=community.slug,
        url=f"/c/{community.slug}/health",
        members=fmt_number(members, locale),
        active_30=fmt_number(report.active_members.last_30_days, locale),
        active_7=fmt_number(report.active_members.last_7_days, locale),
        new_members=fmt_number(report.new_members, locale),
        first_response=cards["first_response"].value,
        first_response_status=cards["first_response"].status,
        first_response_target=t(
            "overview.target_hours", locale, hours=f"{targets.first_response_hours:g}"
        )
        if targets.first_response_hours
        else t("overview.no_target", locale),
        unanswered=cards["unanswered"].value,
        unanswered_status=cards["unanswered"].status,
        coverage=cards["coverage"].value,
        coverage_status=cards["coverage"].status,
        top10=cards["top10"].value,
        top10_band=band.value if band else "",
        top10_band_label=t(f"overview.band_{band.value}", locale) if band else "",
        top10_status=cards["top10"].status,
        poor=poor,
        watch=watch,
        good=good,
        poor_label=tn("overview.cards_poor", poor, locale),
        watch_label=tn("overview.cards_watch", watch, locale),
        good_label=tn("overview.cards_good", good, locale),
        stage=stage.title,
        stage_summary=stage.summary,
    )


def community_overview(
    session: Session,
    *,
    by: User | None,
    period_days: int = 30,
    as_of: datetime | None = None,
    locale: str = DEFAULT_LOCALE,
) -> list[OverviewRow]:
    """Every community that is not archived, those needing most attention first.

    Site admins only (:class:`~cop_app.services.guards.authz.NotAllowedError` for
    anyone else, community leads included). ``period_days`` is one of
    :data:`PERIODS`; ``as_of`` (timezone-aware) defaults to now.
    """
    authz.check_site_admin(by)
    if period_days not in PERIODS:
        msg = f"period_days must be one of {PERIODS}, not {period_days!r}"
        raise ValueError(msg)
    as_of = as_of or utcnow()
    communities = session.exec(
        select(Community).where(col(Community.archived_at).is_(None)).order_by(col(Community.name))
    ).all()
    members = _active_members(session)
    rows = [
        _row(
            session,
            community=community,
            members=members.get(community.id or 0, 0),
            period_days=period_days,
            as_of=as_of,
            locale=locale,
        )
        for community in communities
    ]
    # Most poor cards first, then most worth watching; ties by name, then address.
    rows.sort(key=lambda row: (-row.poor, -row.watch, row.name.casefold(), row.slug))
    return rows
