"""People, communities and memberships: the write side (and a few reads).

Plain keyword-only functions taking the caller's :class:`Session` first
(``check_*`` validate and authorise, ``do_*`` change data, ``get_*``/``list_*``
read). None of them commits: the caller owns the transaction, so a membership
and the community's ``member_count`` succeed or fail together. Stored counters
are changed with SQL increments (``member_count = member_count + 1``), so two
concurrent writers never lose an update.

Every membership change appends to the activity log; every write takes an
optional ``at`` (timezone-aware) so demo data and imports can be back-dated.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlmodel import Session, SQLModel, col, select

from cop_app.models import (
    ActivityEvent,
    ActivityKind,
    AuditLog,
    Community,
    CommunityFocusArea,
    ExpertiseDirection,
    FocusAreaCode,
    FocusEmphasis,
    MemberExpertise,
    MemberProfile,
    Membership,
    MembershipRole,
    MembershipStatus,
    Openness,
    OrgType,
    TargetUnit,
    User,
    UTCDateTime,
    Visibility,
    utcnow,
)
from cop_app.services.accounts.passwords import check_password_strength, hash_password
from cop_app.services.communities.catalogue import DEFAULT_TARGETS, ensure_focus_areas

# The refusals authorization raises live in authz (the bottom of the services
# layer); re-exported here, where callers have always found them.
from cop_app.services.guards.authz import CommunityArchivedError as CommunityArchivedError
from cop_app.services.guards.authz import InactiveUserError as InactiveUserError
from cop_app.services.guards.authz import NotAllowedError as NotAllowedError
from cop_app.services.guards.authz import NotAMemberError as NotAMemberError
from cop_app.services.guards.authz import ServiceError as ServiceError
from cop_app.services.guards.authz import check_can_review_join_requests
from cop_app.services.guards.text import TextError, clean_body, clean_line
from cop_app.services.reach import outbox, watching

MAX_PRIMARY_FOCUS_AREAS = 2
MAX_TAG_LENGTH = 60
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
M = TypeVar("M", bound=SQLModel)


# --------------------------------------------------------------------------- errors


class InvalidEmailError(ServiceError):
    pass


class EmailTakenError(ServiceError):
    pass


class InvalidNameError(ServiceError):
    """An empty or over-long display name, community name or similar."""


class InvalidSlugError(ServiceError):
    pass


class SlugTakenError(ServiceError):
    pass


class InvalidTagError(ServiceError):
    pass


class FocusAreaConfigError(ServiceError):
    """Primary/secondary focus areas, targets or notes that do not fit together."""


class JoinRequestNotPendingError(ServiceError):
    pass


class LastLeadError(ServiceError):
    """The only lead cannot leave; appoint another lead first."""


class InvalidTimestampError(ServiceError):
    pass


# --------------------------------------------------------------------------- helpers


def when(at: datetime | None) -> datetime:
    """The moment of a write: ``at`` in UTC, or now. Naive datetimes are refused."""
    if at is None:
        return utcnow()
    if at.tzinfo is None:
        msg = "a naive datetime was given; pass a timezone-aware one (UTC)"
        raise InvalidTimestampError(msg)
    return at.astimezone(UTC)


def pk(obj: Any) -> int:
    """The id of a flushed row; a missing id is a programming error."""
    value = obj.id
    if value is None:
        msg = f"{type(obj).__name__} has no id yet; flush it first"
        raise RuntimeError(msg)
    return int(value)


def get_required(session: Session, model: type[M], ident: Any) -> M:
    """``session.get`` for a row that must exist (a foreign key points at it)."""
    row = session.get(model, ident)
    if row is None:
        msg = f"{model.__name__} {ident!r} does not exist"
        raise LookupError(msg)
    return row


def ts_literal(at: datetime) -> sa.ColumnElement[datetime]:
    """A timestamp as an SQL value of the UTC column type (for CASE expressions)."""
    return sa.literal(at, UTCDateTime())


def later_of(column: Any, at: datetime) -> sa.ColumnElement[datetime]:
    """SQL for "the later of the stored value and ``at``" (NULL counts as earliest)."""
    value = ts_literal(at)
    return sa.case((sa.or_(column.is_(None), column < value), value), else_=column)


def update_counters(session: Session, obj: SQLModel, **values: Any) -> None:
    """Update columns of one row with SQL expressions, then expire them on ``obj``
    so the next read sees the stored result (one UPDATE, no read-modify-write)."""
    model = type(obj)
    pk = model.id  # type: ignore[attr-defined]
    stmt = (
        sa.update(model)
        .where(pk == obj.id)  # type: ignore[attr-defined]
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    session.execute(stmt)
    session.expire(obj, list(values))


def log_event(
    session: Session,
    *,
    community_id: int,
    actor_id: int,
    kind: ActivityKind,
    at: datetime,
    thread_id: int | None = None,
    post_id: int | None = None,
    counterpart_id: int | None = None,
    focus_area: FocusAreaCode | None = None,
) -> ActivityEvent:
    """Append one row to the activity log (never updated afterwards)."""
    event = ActivityEvent(
        community_id=community_id,
        actor_id=actor_id,
        kind=kind,
        occurred_at=at,
        thread_id=thread_id,
        post_id=post_id,
        counterpart_id=counterpart_id,
        focus_area=focus_area,
    )
    session.add(event)
    return event


def normalise_email(email: str) -> str:
    """Trimmed and lower-cased; ``InvalidEmailError`` unless it looks like an address."""
    value = email.strip().lower()
    if len(value) > 254 or not _EMAIL_RE.match(value):
        msg = f"{email!r} is not an email address"
        raise InvalidEmailError(msg)
    return value


def normalise_tags(tags: Iterable[str]) -> list[str]:
    """Lower-case, single-spaced, trimmed, without empties or duplicates (first
    occurrence keeps its place). ``InvalidTagError`` for a tag over 60 characters,
    or with a character :func:`~cop_app.services.guards.text.clean_line` refuses."""
    seen: dict[str, None] = {}
    for raw in tags:
        try:
            tag = clean_line(raw, field_label="tag").lower()
        except TextError as exc:
            raise InvalidTagError(exc.message) from exc
        if not tag:
            continue
        if len(tag) > MAX_TAG_LENGTH:
            msg = f"a tag may have at most {MAX_TAG_LENGTH} characters: {tag[:20]}…"
            raise InvalidTagError(msg)
        seen.setdefault(tag, None)
    return list(seen)


def _clean_name(value: str, *, what: str, max_length: int) -> str:
    name = clean_line(value, field_label=what)
    if not name:
        msg = f"the {what} cannot be empty"
        raise InvalidNameError(msg)
    if len(name) > max_length:
        msg = f"the {what} may have at most {max_length} characters"
        raise InvalidNameError(msg)
    return name


# --------------------------------------------------------------------------- people


def get_user_by_email(session: Session, *, email: str) -> User | None:
    """The account with this address (case and surrounding spaces ignored)."""
    value = email.strip().lower()
    return session.exec(select(User).where(User.email == value)).first()


def do_create_user(
    session: Session,
    *,
    email: str,
    display_name: str,
    password: str | None = None,
    is_site_admin: bool = False,
    organisation: str = "",
    org_type: OrgType = OrgType.OTHER,
    discipline: str = "",
    region: str = "",
    languages: Iterable[str] = (),
    focus_interests: Iterable[FocusAreaCode | str] = (),
    bio: str = "",
    at: datetime | None = None,
    confirmed: bool = True,
) -> User:
    """Create an account and its profile. Without a password the account cannot
    sign in until one is set. ``EmailTakenError`` if the address is in use.
    ``confirmed=False``: the address waits for its confirmation link."""
    at = when(at)
    address = normalise_email(email)
    name = _clean_name(display_name, what="display name", max_length=80)
    if password is not None:
        check_password_strength(password)
    if get_user_by_email(session, email=address) is not None:
        msg = f"an account with {address} already exists"
        raise EmailTakenError(msg)
    user = User(
        email=address,
        display_name=name,
        password_hash=hash_password(password) if password is not None else None,
        is_site_admin=is_site_admin,
        created_at=at,
        email_confirmed_at=at if confirmed else None,
    )
    session.add(user)
    session.flush()
    session.add(
        MemberProfile(
            user_id=pk(user),
            organisation=clean_line(organisation, field_label="organisation")[:120],
            org_type=OrgType(org_type),
            discipline=clean_line(discipline, field_label="discipline")[:80],
            region=clean_line(region, field_label="region")[:80],
            languages=normalise_tags(languages),
            focus_interests=[FocusAreaCode(code).value for code in focus_interests],
            bio=clean_body(bio)[:1000],
            updated_at=at,
        )
    )
    session.flush()
    return user


def do_set_expertise(
    session: Session, *, user: User, can_help: Iterable[str], looking_for: Iterable[str]
) -> dict[ExpertiseDirection, list[str]]:
    """Replace a member's expertise tags in both directions (normalised)."""
    wanted = {
        ExpertiseDirection.CAN_HELP: normalise_tags(can_help),
        ExpertiseDirection.LOOKING_FOR: normalise_tags(looking_for),
    }
    rows = session.exec(select(MemberExpertise).where(MemberExpertise.user_id == user.id)).all()
    have = {(row.direction, row.tag): row for row in rows}
    keep = {(direction, tag) for direction, tags in wanted.items() for tag in tags}
    for key, row in have.items():
        if key not in keep:
            session.delete(row)
    session.flush()  # deletions first: a tag may move between directions
    for direction, tags in wanted.items():
        for tag in tags:
            if (direction, tag) not in have:
                session.add(MemberExpertise(user_id=pk(user), direction=direction, tag=tag))
    session.flush()
    return wanted


def list_expertise(session: Session, *, user: User) -> dict[ExpertiseDirection, list[str]]:
    """A member's tags per direction, alphabetically."""
    result: dict[ExpertiseDirection, list[str]] = {d: [] for d in ExpertiseDirection}
    rows = session.exec(
        select(MemberExpertise)
        .where(MemberExpertise.user_id == user.id)
        .order_by(col(MemberExpertise.tag))
    ).all()
    for row in rows:
        result[ExpertiseDirection(row.direction)].append(row.tag)
    return result


# --------------------------------------------------------------------------- communities


def get_community_by_slug(session: Session, *, slug: str) -> Community | None:
    return session.exec(select(Community).where(Community.slug == slug)).first()


def do_create_community(
    session: Session,
    *,
    slug: str,
    name: str,
    tagline: str = "",
    description: str = "",
    openness: Openness = Openness.OPEN,
    visibility: Visibility | None = None,
    languages: Iterable[str] = (),
    created_by: User | None = None,
    at: datetime | None = None,
) -> Community:
    """Create a community; ``created_by`` (if given) becomes its first lead.
    Unless told, a selective community keeps its discussions to its members and
    an open one is public."""
    at = when(at)
    slug = slug.strip().lower()
    if not slug or len(slug) > 60 or not SLUG_RE.match(slug):
        msg = "a slug has lower-case letters, digits and single hyphens (at most 60)"
        raise InvalidSlugError(msg)
    if get_community_by_slug(session, slug=slug) is not None:
        msg = f"the address /c/{slug} is taken"
        raise SlugTakenError(msg)
    community = Community(
        slug=slug,
        name=_clean_name(name, what="community name", max_length=120),
        tagline=clean_line(tagline, field_label="tagline")[:200],
        description=clean_body(description)[:4000],
        openness=Openness(openness),
        visibility=Visibility(visibility)
        if visibility is not None
        else (Visibility.MEMBERS if openness == Openness.SELECTIVE else Visibility.PUBLIC),
        languages=normalise_tags(languages),
        created_at=at,
    )
    session.add(community)
    session.flush()
    if created_by is not None:
        do_join(session, community=community, user=created_by, role=MembershipRole.LEAD, at=at)
    return community


def list_community_focus_areas(
    session: Session, *, community: Community
) -> list[CommunityFocusArea]:
    """The community's focus areas, primary first, then in catalogue order."""
    rows = session.exec(
        select(CommunityFocusArea).where(CommunityFocusArea.community_id == community.id)
    ).all()
    order = list(FocusAreaCode)
    return sorted(
        rows,
        key=lambda r: (
            r.emphasis != FocusEmphasis.PRIMARY,
            order.index(FocusAreaCode(r.focus_area)),
        ),
    )


def _focus_snapshot(rows: Iterable[CommunityFocusArea]) -> dict[str, Any]:
    return {
        FocusAreaCode(r.focus_area).value: {
            "emphasis": FocusEmphasis(r.emphasis).value,
            "target_value": r.target_value,
            "target_unit": TargetUnit(r.target_unit).value if r.target_unit else None,
            "note": r.note,
        }
        for r in rows
    }


def do_set_focus_areas(
    session: Session,
    *,
    community: Community,
    primary: Iterable[FocusAreaCode | str],
    secondary: Iterable[FocusAreaCode | str] = (),
    targets: Mapping[FocusAreaCode | str, float | tuple[float, TargetUnit] | None] | None = None,
    notes: Mapping[FocusAreaCode | str, str] | None = None,
    by: User | None = None,
    at: datetime | None = None,
    more_primary_confirmed: bool = False,
) -> list[CommunityFocusArea]:
    """Replace which focus areas the community emphasises, with targets and notes.

    One or two primary areas (more only when ``more_primary_confirmed``: the
    admin was told that a community trying to do everything drifts); secondary
    areas must differ from them. A target is
    ``(value, unit)``, or a bare value in the area's default unit, or ``None``.
    Writes an audit-log row with the configuration before and after.
    """
    at = when(at)
    primary_codes = list(dict.fromkeys(FocusAreaCode(c) for c in primary))
    secondary_codes = list(dict.fromkeys(FocusAreaCode(c) for c in secondary))
    if not primary_codes:
        msg = "choose at least one primary focus area"
        raise FocusAreaConfigError(msg)
    if len(primary_codes) > MAX_PRIMARY_FOCUS_AREAS and not more_primary_confirmed:
        msg = f"a community emphasises at most {MAX_PRIMARY_FOCUS_AREAS} primary focus areas"
        raise FocusAreaConfigError(msg)
    if overlap := set(primary_codes) & set(secondary_codes):
        msg = f"{', '.join(sorted(overlap))} cannot be both primary and secondary"
        raise FocusAreaConfigError(msg)
    chosen = {c: FocusEmphasis.PRIMARY for c in primary_codes}
    chosen.update({c: FocusEmphasis.SECONDARY for c in secondary_codes})

    target_of: dict[FocusAreaCode, tuple[float | None, TargetUnit | None]] = {}
    for raw_code, raw_target in (targets or {}).items():
        code = FocusAreaCode(raw_code)
        if code not in chosen:
            msg = f"a target was given for {code.value}, which is not one of the focus areas"
            raise FocusAreaConfigError(msg)
        if raw_target is None:
            target_of[code] = (None, None)
            continue
        if isinstance(raw_target, tuple):
            value, unit = float(raw_target[0]), TargetUnit(raw_target[1])
        else:
            value, unit = float(raw_target), DEFAULT_TARGETS[code].unit
        if value < 0 or (unit == TargetUnit.PERCENT and value > 100):
            msg = f"the target of {code.value} is out of range: {value:g}"
            raise FocusAreaConfigError(msg)
        target_of[code] = (value, unit)
    note_of: dict[FocusAreaCode, str] = {}
    for raw_code, note in (notes or {}).items():
        code = FocusAreaCode(raw_code)
        if code not in chosen:
            msg = f"a note was given for {code.value}, which is not one of the focus areas"
            raise FocusAreaConfigError(msg)
        note = clean_body(note)
        if len(note) > 500:
            msg = "a focus-area note may have at most 500 characters"
            raise FocusAreaConfigError(msg)
        note_of[code] = note

    ensure_focus_areas(session)
    existing = {
        FocusAreaCode(r.focus_area): r
        for r in session.exec(
            select(CommunityFocusArea).where(CommunityFocusArea.community_id == community.id)
        ).all()
    }
    before = _focus_snapshot(existing.values())
    for code, row in existing.items():
        if code not in chosen:
            session.delete(row)
    rows: list[CommunityFocusArea] = []
    for code, emphasis in chosen.items():
        row = existing.get(code)
        if row is None:
            row = CommunityFocusArea(community_id=pk(community), focus_area=code, emphasis=emphasis)
            session.add(row)
        row.emphasis = emphasis
        row.target_value, row.target_unit = target_of.get(code, (None, None))
        row.note = note_of.get(code, "")
        rows.append(row)
    update_counters(session, community, config_version=Community.config_version + 1)
    session.add(
        AuditLog(
            community_id=community.id,
            actor_id=by.id if by is not None else None,
            action="focus_areas.update",
            before=before,
            after=_focus_snapshot(rows),
            at=at,
        )
    )
    session.flush()
    return rows


# --------------------------------------------------------------------------- membership


def get_membership(session: Session, *, community: Community, user: User) -> Membership | None:
    return session.exec(
        select(Membership).where(
            Membership.community_id == community.id, Membership.user_id == user.id
        )
    ).first()


def _activate(
    session: Session, *, community: Community, membership: Membership, at: datetime
) -> None:
    membership.status = MembershipStatus.ACTIVE
    membership.joined_at = at
    membership.left_at = None
    update_counters(
        session,
        community,
        member_count=Community.member_count + 1,
    )
    log_event(
        session,
        community_id=membership.community_id,
        actor_id=membership.user_id,
        kind=ActivityKind.MEMBER_JOINED,
        at=at,
    )
    watching.do_watch_chosen_focus_areas(session, membership=membership)


def do_join(
    session: Session,
    *,
    community: Community,
    user: User,
    role: MembershipRole = MembershipRole.MEMBER,
    motivation: str = "",
    at: datetime | None = None,
) -> Membership:
    """Join an open community at once, or ask to join a selective one.

    A lead or facilitator being appointed joins at once even in a selective
    community (authorise the appointment before calling). Joining again while
    active or pending changes nothing; after leaving or being declined, the
    same membership row is reused.
    """
    at = when(at)
    if not user.is_active:
        msg = "this account is deactivated"
        raise InactiveUserError(msg)
    if community.archived_at is not None:
        msg = f"{community.name} is archived and takes no new members"
        raise CommunityArchivedError(msg)
    motivation = clean_body(motivation)
    if len(motivation) > 1000:
        msg = "the motivation may have at most 1000 characters"
        raise InvalidNameError(msg)
    membership = get_membership(session, community=community, user=user)
    if membership is not None and membership.status in (
        MembershipStatus.ACTIVE,
        MembershipStatus.PENDING,
    ):
        return membership
    if membership is None:
        membership = Membership(community_id=pk(community), user_id=pk(user))
        session.add(membership)
    membership.role = MembershipRole(role)
    membership.motivation = motivation
    membership.requested_at = at
    membership.joined_at = None
    membership.left_at = None
    membership.decided_by_id = None
    membership.decided_at = None
    immediate = community.openness == Openness.OPEN or role != MembershipRole.MEMBER
    if immediate:
        membership.status = MembershipStatus.ACTIVE
        session.flush()
        _activate(session, community=community, membership=membership, at=at)
    else:
        membership.status = MembershipStatus.PENDING
        session.flush()
        log_event(
            session,
            community_id=membership.community_id,
            actor_id=membership.user_id,
            kind=ActivityKind.JOIN_REQUESTED,
            at=at,
        )
        outbox.record_join_request(session, membership=membership, at=at)
    session.flush()
    return membership


def do_decide_join(
    session: Session,
    *,
    membership: Membership,
    approve: bool,
    by: User,
    at: datetime | None = None,
) -> Membership:
    """Approve or decline a pending request (leads, facilitators, site admins:
    :func:`cop_app.services.guards.authz.check_can_review_join_requests`)."""
    at = when(at)
    community = get_required(session, Community, membership.community_id)
    check_can_review_join_requests(session, community=community, user=by)
    if membership.status != MembershipStatus.PENDING:
        msg = "this join request has already been decided"
        raise JoinRequestNotPendingError(msg)
    if at < membership.requested_at:
        msg = "a join request cannot be decided before it was made"
        raise InvalidTimestampError(msg)
    membership.decided_by_id = by.id
    membership.decided_at = at
    if approve:
        _activate(session, community=community, membership=membership, at=at)
    else:
        membership.status = MembershipStatus.DECLINED
    outbox.record_join_decided(session, membership=membership, by_id=by.id, approved=approve, at=at)
    session.flush()
    return membership


def do_leave(
    session: Session, *, community: Community, user: User, at: datetime | None = None
) -> Membership:
    """Leave a community (or withdraw a pending request). Leaving twice is a no-op."""
    at = when(at)
    membership = get_membership(session, community=community, user=user)
    if membership is None:
        msg = f"you are not a member of {community.name}"
        raise NotAMemberError(msg)
    if membership.status in (MembershipStatus.LEFT, MembershipStatus.DECLINED):
        return membership
    if membership.status == MembershipStatus.PENDING:
        membership.status = MembershipStatus.LEFT
        membership.left_at = at
        session.flush()
        return membership
    if membership.role == MembershipRole.LEAD:
        other_leads = session.exec(
            select(sa.func.count())
            .select_from(Membership)
            .where(
                Membership.community_id == community.id,
                Membership.role == MembershipRole.LEAD,
                Membership.status == MembershipStatus.ACTIVE,
                Membership.user_id != user.id,
            )
        ).one()
        if not other_leads:
            msg = f"you are the only lead of {community.name}; appoint another lead first"
            raise LastLeadError(msg)
    membership.status = MembershipStatus.LEFT
    membership.left_at = at
    update_counters(session, community, member_count=Community.member_count - 1)
    log_event(
        session,
        community_id=membership.community_id,
        actor_id=membership.user_id,
        kind=ActivityKind.MEMBER_LEFT,
        at=at,
    )
    session.flush()
    return membership


def do_set_role(session: Session, *, membership: Membership, role: MembershipRole) -> Membership:
    """Change an active member's role (authorise first with
    :func:`cop_app.services.guards.authz.check_can_manage_community`)."""
    if membership.status != MembershipStatus.ACTIVE:
        msg = "only an active member can be given a role"
        raise NotAMemberError(msg)
    membership.role = MembershipRole(role)
    session.flush()
    return membership
