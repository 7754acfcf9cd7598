"""Who may do what: the one authorization module.

Every page load and every mutating handler calls these; the write services call
them too, so a crafted websocket message that skips the page still meets the
same rule. ``user`` is ``None`` for an anonymous visitor everywhere.

- ``check_*`` return the acting :class:`User` (signed in, active) or raise a
  :class:`NotAllowedError` whose message a member can read.
- ``can_*`` / ``is_*`` answer the same questions with a bool, for UI decisions
  (show a button or not). They never replace the check in the handler.

The rules (roles are per community; only *active* memberships count):

==========================  ==========================================
read a community            by its visibility: public (everyone, anonymous
                            too), site (anyone signed in), members (its
                            active members and site admins); archived too
post, reply, react          active members and site admins; not when archived
moderate (pin, lock, hide)  leads, facilitators, site admins
review join requests        leads, facilitators, site admins
manage (settings, roles)    leads, site admins
accept an answer            the thread's author, and whoever may moderate
edit a profile              only its owner
==========================  ==========================================

The base :class:`ServiceError` lives here, at the bottom of the services layer,
so every service module can import it (and :class:`NotAllowedError`) without an
import cycle; :mod:`cop_app.services.communities.communities` re-exports both.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from cop_app import mail_settings
from cop_app.models import (
    Community,
    Membership,
    MembershipRole,
    MembershipStatus,
    Thread,
    User,
    Visibility,
)

SIGN_IN_MESSAGE = "Sign in to continue."
_MODERATOR_ROLES = frozenset({MembershipRole.LEAD, MembershipRole.FACILITATOR})


# --------------------------------------------------------------------------- errors


class ServiceError(ValueError):
    """A write was refused; the message says why, in words a member can read."""


class NotAllowedError(ServiceError):
    """The acting member may not do this (signed out, role or membership missing)."""


class NotSignedInError(NotAllowedError):
    """Anonymous: sign in first."""


class InactiveUserError(NotAllowedError):
    """The account is deactivated."""


class NotAMemberError(NotAllowedError):
    """Only (active) members of the community may do this."""


class CommunityArchivedError(ServiceError):
    """The community is archived: readable, but nothing new can be written."""


# --------------------------------------------------------------------------- roles


def is_site_admin(user: User | None) -> bool:
    return user is not None and user.is_active and user.is_site_admin


def get_role(session: Session, *, user: User | None, community: Community) -> MembershipRole | None:
    """The member's role in the community; ``None`` unless the membership is active
    (pending, declined and left memberships have no role)."""
    if user is None or user.id is None or community.id is None:
        return None
    role = session.exec(
        select(Membership.role).where(
            Membership.community_id == community.id,
            Membership.user_id == user.id,
            Membership.status == MembershipStatus.ACTIVE,
        )
    ).first()
    return MembershipRole(role) if role is not None else None


# --------------------------------------------------------------------------- checks


def check_signed_in(user: User | None) -> User:
    """The user, when signed in with an active account."""
    if user is None:
        raise NotSignedInError(SIGN_IN_MESSAGE)
    if not user.is_active:
        msg = "This account is deactivated."
        raise InactiveUserError(msg)
    return user


def check_site_admin(user: User | None) -> User:
    user = check_signed_in(user)
    if not user.is_site_admin:
        msg = "Only site admins can do this."
        raise NotAllowedError(msg)
    return user


def can_read_community(session: Session, *, user: User | None, community: Community) -> bool:
    """May this viewer read this community's discussions? The one question every
    surface asks (pages, lists, search, live feeds, exports, reports, and later
    notifications, mail, files, digests, directories)."""
    visibility = Visibility(community.visibility)
    if visibility == Visibility.PUBLIC:
        return True
    if user is None or not user.is_active:
        return False
    if visibility == Visibility.SITE or user.is_site_admin:
        return True
    return get_role(session, user=user, community=community) is not None


def readers_among(session: Session, *, community: Community, user_ids: Iterable[int]) -> set[int]:
    """Which of these members may read the community now: :func:`can_read_community`
    for many at once (notifications ask it at delivery, for a whole batch)."""
    ids = set(user_ids)
    if not ids:
        return set()
    users = session.exec(
        select(User.id, User.is_site_admin).where(
            col(User.id).in_(ids), col(User.is_active).is_(True)
        )
    ).all()
    active = {uid for uid, _ in users}
    if Visibility(community.visibility) in (Visibility.PUBLIC, Visibility.SITE):
        return active
    admins = {uid for uid, admin in users if admin}
    members = session.exec(
        select(Membership.user_id).where(
            Membership.community_id == community.id,
            Membership.status == MembershipStatus.ACTIVE,
            col(Membership.user_id).in_(active),
        )
    ).all()
    return admins | set(members)


def moderators_among(
    session: Session, *, community: Community, user_ids: Iterable[int]
) -> set[int]:
    """Which of these members moderate the community now (leads, facilitators,
    site admins): :func:`can_moderate` for many at once."""
    ids = set(user_ids)
    if not ids:
        return set()
    admins = session.exec(
        select(User.id).where(
            col(User.id).in_(ids), col(User.is_active).is_(True), col(User.is_site_admin).is_(True)
        )
    ).all()
    roles = session.exec(
        select(Membership.user_id)
        .join(User, col(User.id) == col(Membership.user_id))
        .where(
            Membership.community_id == community.id,
            Membership.status == MembershipStatus.ACTIVE,
            col(Membership.role).in_(_MODERATOR_ROLES),
            col(Membership.user_id).in_(ids),
            col(User.is_active).is_(True),
        )
    ).all()
    return {uid for uid in admins if uid is not None} | set(roles)


def check_can_view_community(session: Session, *, user: User | None, community: Community) -> None:
    """Raise unless the viewer may read the community (see :func:`can_read_community`)."""
    if can_read_community(session, user=user, community=community):
        return
    if user is None:
        raise NotSignedInError(SIGN_IN_MESSAGE)
    msg = f"Only members of {community.name} can read its discussions."
    raise NotAMemberError(msg)


def readable_communities(user: User | None) -> sa.ColumnElement[bool]:
    """The same rule as :func:`can_read_community`, as a SQL condition on
    :class:`Community`, for queries that list across communities."""
    public = col(Community.visibility) == Visibility.PUBLIC
    if user is None or not user.is_active or user.id is None:
        return public
    if user.is_site_admin:
        return sa.true()
    member_of = (
        select(Membership.community_id)
        .where(Membership.user_id == user.id, Membership.status == MembershipStatus.ACTIVE)
        .scalar_subquery()
    )
    return sa.or_(
        col(Community.visibility).in_([Visibility.PUBLIC, Visibility.SITE]),
        col(Community.id).in_(member_of),
    )


def readable_by(reader_id: Any) -> sa.ColumnElement[bool]:
    """:func:`can_read_community` as a SQL condition on each row, for rows that
    belong to different readers (a batch of members' notifications):
    ``Community`` and the reader's ``User`` row (``User.id == reader_id``)
    must be joined."""
    member = (
        select(Membership.id)
        .where(
            Membership.community_id == Community.id,
            Membership.user_id == reader_id,
            Membership.status == MembershipStatus.ACTIVE,
        )
        .exists()
    )
    return sa.or_(
        col(Community.visibility) == Visibility.PUBLIC,
        sa.and_(
            col(User.is_active).is_(True),
            sa.or_(
                col(Community.visibility) == Visibility.SITE,
                col(User.is_site_admin).is_(True),
                member,
            ),
        ),
    )


def check_can_post(session: Session, *, user: User | None, community: Community) -> User:
    """Active members (and site admins) may write in a community that is not archived."""
    user = check_signed_in(user)
    if community.archived_at is not None:
        msg = f"{community.name} is archived; nothing new can be posted."
        raise CommunityArchivedError(msg)
    if user.email_confirmed_at is None and mail_settings.current().delivers:
        msg = "Confirm your email address to post: open the link we mailed you."
        raise NotAllowedError(msg)
    if user.is_site_admin:
        return user
    if get_role(session, user=user, community=community) is None:
        msg = f"Join {community.name} to take part."
        raise NotAMemberError(msg)
    return user


def check_can_moderate(session: Session, *, user: User | None, community: Community) -> User:
    """Leads, facilitators and site admins pin, lock and hide threads."""
    user = check_signed_in(user)
    if user.is_site_admin or get_role(session, user=user, community=community) in _MODERATOR_ROLES:
        return user
    msg = f"Only the leads and facilitators of {community.name} can do this."
    raise NotAllowedError(msg)


def check_can_review_join_requests(
    session: Session, *, user: User | None, community: Community
) -> User:
    """Leads, facilitators and site admins approve or decline join requests."""
    user = check_signed_in(user)
    if user.is_site_admin or get_role(session, user=user, community=community) in _MODERATOR_ROLES:
        return user
    msg = f"Only the leads and facilitators of {community.name} can review join requests."
    raise NotAllowedError(msg)


def check_can_manage_community(
    session: Session, *, user: User | None, community: Community
) -> User:
    """Leads and site admins change a community's settings and members' roles."""
    user = check_signed_in(user)
    if user.is_site_admin or get_role(session, user=user, community=community) == (
        MembershipRole.LEAD
    ):
        return user
    msg = f"Only the leads of {community.name} can change its settings and roles."
    raise NotAllowedError(msg)


def check_can_accept(session: Session, *, user: User | None, thread: Thread) -> User:
    """The thread's author, and whoever may moderate its community, mark an
    accepted answer."""
    user = check_signed_in(user)
    if thread.author_id == user.id:
        return user
    community = session.get(Community, thread.community_id)
    if community is not None and (
        user.is_site_admin or get_role(session, user=user, community=community) in _MODERATOR_ROLES
    ):
        return user
    msg = "Only the person who asked, or a lead or facilitator, can accept an answer."
    raise NotAllowedError(msg)


def check_can_edit_profile(*, user: User | None, target_user_id: int | None) -> User:
    """Only the owner edits a profile (a site admin too must sign in as themselves)."""
    user = check_signed_in(user)
    if target_user_id is None or user.id != target_user_id:
        msg = "You can only edit your own profile."
        raise NotAllowedError(msg)
    return user


# --------------------------------------------------------------------------- for the UI


def _passes(check: Callable[..., Any], /, **kwargs: Any) -> bool:
    try:
        check(**kwargs)
    except ServiceError:
        return False
    return True


def can_post(session: Session, *, user: User | None, community: Community) -> bool:
    return _passes(check_can_post, session=session, user=user, community=community)


def can_moderate(session: Session, *, user: User | None, community: Community) -> bool:
    return _passes(check_can_moderate, session=session, user=user, community=community)


def can_review_join_requests(session: Session, *, user: User | None, community: Community) -> bool:
    return _passes(check_can_review_join_requests, session=session, user=user, community=community)


def can_manage_community(session: Session, *, user: User | None, community: Community) -> bool:
    return _passes(check_can_manage_community, session=session, user=user, community=community)
