"""What the benchmarks pick from the demo database: threads of typical length
and the plain members who may post in them."""

from __future__ import annotations

import sqlalchemy as sa
from sqlmodel import col, select
from sqlmodel.sql.expression import SelectOfScalar

from cop_app.models import Membership, MembershipRole, MembershipStatus, Thread, User

#: A typical thread: this many replies (the demo's median is about 8).
TYPICAL_REPLIES = 8


def typical_threads(community_id: int | None, limit: int) -> SelectOfScalar[int | None]:
    """Open, visible threads of the community, closest to a typical length first."""
    return (
        select(Thread.id)
        .where(
            Thread.community_id == community_id,
            Thread.is_hidden == False,  # noqa: E712
            Thread.is_locked == False,  # noqa: E712
        )
        .order_by(sa.func.abs(Thread.reply_count - TYPICAL_REPLIES), col(Thread.id))
        .limit(limit)
    )


def plain_members(community_id: int | None) -> SelectOfScalar[User]:
    """The community's active plain members (no lead, no site admin), by id."""
    return (
        select(User)
        .join(Membership, col(Membership.user_id) == col(User.id))
        .where(
            Membership.community_id == community_id,
            Membership.status == MembershipStatus.ACTIVE,
            Membership.role == MembershipRole.MEMBER,
            User.is_active == True,  # noqa: E712
            User.is_site_admin == False,  # noqa: E712
        )
        .order_by(col(User.id))
    )
