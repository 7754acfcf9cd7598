"""What site admins see on /admin: every community, archived ones included."""

from __future__ import annotations

import dataclasses

from sqlmodel import Session, col, func, select

from cop_app.i18n import DEFAULT_LOCALE, fmt_date, fmt_number
from cop_app.models import Community, Membership, MembershipStatus, Openness, User
from cop_app.services import authz


@dataclasses.dataclass(frozen=True)
class AdminCommunityRow:
    slug: str
    name: str
    openness: str
    members: str
    threads: str
    pending: str
    created: str
    archived: bool


@dataclasses.dataclass(frozen=True)
class AdminOverview:
    communities: list[AdminCommunityRow]
    accounts: str


def get_overview(
    session: Session, *, by: User | None, locale: str = DEFAULT_LOCALE
) -> AdminOverview:
    authz.check_site_admin(by)
    pending = dict(
        session.exec(
            select(Membership.community_id, func.count())
            .where(Membership.status == MembershipStatus.PENDING)
            .group_by(col(Membership.community_id))
        ).all()
    )
    communities = session.exec(select(Community).order_by(col(Community.name))).all()
    accounts = session.exec(select(func.count()).select_from(User)).one()
    return AdminOverview(
        communities=[
            AdminCommunityRow(
                slug=c.slug,
                name=c.name,
                openness="selective" if c.openness == Openness.SELECTIVE else "open",
                members=fmt_number(c.member_count, locale),
                threads=fmt_number(c.thread_count, locale),
                pending=fmt_number(pending.get(c.id, 0), locale),
                created=fmt_date(c.created_at, locale),
                archived=c.archived_at is not None,
            )
            for c in communities
        ],
        accounts=fmt_number(accounts, locale),
    )
