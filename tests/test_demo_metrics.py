"""The demo data gives every health metric of DOMAIN.md something true to show.

Computed with the real metrics service on the data `make run` loads (scale 1),
as of the demo's last day: every metric has a non-trivial value somewhere,
and the communities differ the way the demo promises (a busy one with a help
desk, a quiet one that hangs on a few people).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
import sqlalchemy as sa
from sqlmodel import Session, SQLModel, select

from cop_app import demo
from cop_app.models import Community
from cop_app.services.health import metrics
from cop_app.services.health.metrics import HealthReport

END = date(2026, 11, 1)
AS_OF = datetime(2026, 11, 1, tzinfo=UTC)


@pytest.fixture(scope="module")
def reports() -> Iterator[dict[str, HealthReport]]:
    engine = sa.create_engine("sqlite://")
    SQLModel.metadata.create_all(engine)
    with Session(engine) as session:
        demo.generate(session, seed=7, scale=1.0, end=END)
        session.commit()
        yield {
            c.slug: metrics.community_health(session, community_id=c.id or 0, as_of=AS_OF)
            for c in session.exec(select(Community)).all()
        }
    engine.dispose()


def _strictly_between_0_and_1(ratio: metrics.Ratio) -> bool:
    return ratio.value is not None and 0 < ratio.value < 1


def test_activity_metrics(reports: dict[str, HealthReport]) -> None:
    for slug, r in reports.items():
        assert 0 < r.active_members.last_7_days < r.active_members.last_30_days, slug
        assert _strictly_between_0_and_1(r.stickiness.ratio), slug
    assert any(r.new_members > 0 and r.new_contributors > 0 for r in reports.values())


def test_response_metrics(reports: dict[str, HealthReport]) -> None:
    busy = reports["cdd-practitioners"]
    ttfr = busy.first_response
    assert ttfr.answered > 0 and ttfr.unanswered > 0  # unanswered ones are reported, not dropped
    assert ttfr.median_seconds is not None and ttfr.p90_seconds is not None
    assert ttfr.median_seconds < ttfr.p90_seconds
    assert _strictly_between_0_and_1(busy.reply_coverage.ratio)
    assert _strictly_between_0_and_1(busy.helpdesk_target.ratio)
    assert all(r.unanswered_queue.count > 0 for r in reports.values())


def test_concentration_metrics(reports: dict[str, HealthReport]) -> None:
    busy, quiet = reports["cdd-practitioners"], reports["behaviour-change-lab"]
    assert busy.top10_share.band == "healthy"
    assert quiet.top10_share.band == "fragile"
    assert quiet.absence_factor.members <= 2 < busy.absence_factor.members


def test_membership_churn_metrics(reports: dict[str, HealthReport]) -> None:
    assert all(len(r.lost_regulars) > 0 for r in reports.values())
    assert sum(len(r.reactivated) > 0 for r in reports.values()) >= 3


def test_focus_and_boundary_metrics(reports: dict[str, HealthReport]) -> None:
    for slug, r in reports.items():
        assert _strictly_between_0_and_1(r.focus_alignment.ratio), slug
        assert _strictly_between_0_and_1(r.boundary_crossing.overall), slug
        dims = (
            r.boundary_crossing.organisation,
            r.boundary_crossing.region,
            r.boundary_crossing.discipline,
        )
        assert all(d.value is not None for d in dims), slug
