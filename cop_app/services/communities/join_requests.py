"""Join requests of selective communities, as leads review them."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from datetime import datetime

from sqlmodel import Session, col, select

from cop_app.i18n import DEFAULT_LOCALE, fmt_ago
from cop_app.models import (
    Community,
    ExpertiseDirection,
    MemberExpertise,
    MemberProfile,
    Membership,
    MembershipRole,
    MembershipStatus,
    Openness,
    User,
    utcnow,
)
from cop_app.services.accounts.profiles import ORG_TYPE_LABELS, FormError
from cop_app.services.communities.communities import do_decide_join, do_join
from cop_app.services.communities.onboarding import motivation_error
from cop_app.services.guards import authz
from cop_app.services.guards.text import clean_body


@dataclasses.dataclass(frozen=True)
class JoinRequestView:
    id: int
    name: str
    about: str  # organisation (type) · discipline · region
    motivation: str
    can_help: str
    requested: str


def list_pending(
    session: Session,
    *,
    community: Community,
    by: User | None,
    locale: str = DEFAULT_LOCALE,
    now: datetime | None = None,
) -> list[JoinRequestView]:
    """Pending requests, oldest first, with what the applicant told about themselves."""
    authz.check_can_review_join_requests(session, user=by, community=community)
    now = now or utcnow()
    rows = session.exec(
        select(Membership, User.display_name, MemberProfile)
        .join(User, col(User.id) == col(Membership.user_id))
        .join(MemberProfile, col(MemberProfile.user_id) == col(User.id), isouter=True)
        .where(
            Membership.community_id == community.id,
            Membership.status == MembershipStatus.PENDING,
        )
        .order_by(col(Membership.requested_at))
    ).all()
    user_ids = [m.user_id for m, _, _ in rows]
    tags: dict[int, list[str]] = defaultdict(list)
    if user_ids:
        for user_id, tag in session.exec(
            select(MemberExpertise.user_id, MemberExpertise.tag)
            .where(
                col(MemberExpertise.user_id).in_(user_ids),
                MemberExpertise.direction == ExpertiseDirection.CAN_HELP,
            )
            .order_by(col(MemberExpertise.tag))
        ).all():
            tags[user_id].append(tag)
    views = []
    for membership, name, profile in rows:
        about = []
        if profile is not None:
            org = profile.organisation
            kind = ORG_TYPE_LABELS.get(profile.org_type.value, "")
            about = [
                f"{org} ({kind})" if org and kind else org or kind,
                profile.discipline,
                profile.region,
            ]
        views.append(
            JoinRequestView(
                id=membership.id or 0,
                name=name,
                about=" · ".join(part for part in about if part),
                motivation=membership.motivation,
                can_help=", ".join(tags[membership.user_id]),
                requested=fmt_ago(membership.requested_at, now, locale),
            )
        )
    return views


def do_decide(
    session: Session, *, community: Community, membership_id: int, approve: bool, by: User | None
) -> Membership:
    """Approve or decline one pending request of ``community``."""
    authz.check_can_review_join_requests(session, user=by, community=community)
    reviewer = authz.check_signed_in(by)
    membership = session.get(Membership, membership_id)
    if membership is None or membership.community_id != community.id:
        msg = "That join request does not exist in this community."
        raise authz.NotAllowedError(msg)
    return do_decide_join(session, membership=membership, approve=approve, by=reviewer)


def membership_status(session: Session, *, community: Community, user: User | None) -> str:
    """The viewer's standing: "" (not a member), active, pending, declined or left."""
    return membership_standing(session, community=community, user=user)[0]


def membership_standing(
    session: Session, *, community: Community, user: User | None
) -> tuple[str, str]:
    """The viewer's standing and role: ("", "") for no membership, else the
    status (active, pending, declined, left) and the role (member, facilitator,
    lead)."""
    if user is None:
        return "", ""
    membership = session.exec(
        select(Membership).where(
            Membership.community_id == community.id, Membership.user_id == user.id
        )
    ).first()
    if membership is None:
        return "", ""
    return MembershipStatus(membership.status).value, MembershipRole(membership.role).value


def do_join_from_page(
    session: Session, *, community: Community, user: User | None, motivation: str = ""
) -> str:
    """Join an open community, or ask to join a selective one with a motivation
    (errors keyed ``motivation``). A declined request is not sent again.
    Returns the new standing."""
    member = authz.check_signed_in(user)
    status = membership_status(session, community=community, user=member)
    if status in {"active", "pending"}:
        return status
    if status == "declined":
        msg = f"The leads of {community.name} declined your request."
        raise authz.NotAllowedError(msg)
    motivation = clean_body(motivation)
    if Openness(community.openness) == Openness.SELECTIVE:
        if message := motivation_error(motivation):
            raise FormError({"motivation": message})
    else:
        motivation = ""
    membership = do_join(session, community=community, user=member, motivation=motivation)
    return MembershipStatus(membership.status).value
