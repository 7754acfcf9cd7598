"""The data model of cop_app: every table, speaking the domain of communities of practice.

Conventions (see ../shared/STYLE.md):
- plain ``SQLModel, table=True`` classes (``rx.Model`` is deprecated);
- every timestamp is timezone-aware UTC (:class:`UTCDateTime` also on SQLite);
- roles, kinds and statuses are enums stored as their string values;
- every index and constraint is named, with the query it serves beside it;
- counters that lists and the dashboard need live on the row they describe and
  are updated in the same transaction as the write (Discourse ``posts_count``).
"""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from typing import Any, ClassVar

import sqlalchemy as sa
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel

# Name the constraints we do not name by hand (primary and foreign keys), so
# migrations can drop or alter them on every backend (SQLite batch mode needs it).
SQLModel.metadata.naming_convention = {
    "pk": "pk_%(table_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
}


def utcnow() -> datetime:
    """The current time, timezone-aware, in UTC."""
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware timestamp on every backend.

    PostgreSQL keeps the zone (``timestamptz``); SQLite keeps none, so values are
    normalised to UTC on the way in and marked UTC on the way out. Naive values
    are refused: a naive datetime is a bug waiting to compare wrongly.
    """

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            msg = "naive datetime given to a UTCDateTime column; use datetime.now(UTC)"
            raise ValueError(msg)
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _ts(*, nullable: bool = False) -> Any:
    """A UTC timestamp column (callers give ``default_factory`` when they want one)."""
    return sa.Column(UTCDateTime(), nullable=nullable)


def _enum(enum_cls: type[enum.Enum], *, name: str) -> sa.Enum:
    """Store an enum as its value (readable in SQL), checked by a named constraint."""
    return sa.Enum(
        enum_cls,
        name=name,
        values_callable=lambda e: [m.value for m in e],
        native_enum=False,
        create_constraint=True,
        length=32,
        validate_strings=True,
    )


# --------------------------------------------------------------------------- enums


class OrgType(enum.StrEnum):
    STAFF = "staff"
    CLIENT = "client"
    DONOR = "donor"
    ACADEMIC = "academic"
    NGO = "ngo"
    GOVERNMENT = "government"
    PRIVATE = "private"
    OTHER = "other"


class FocusAreaCode(enum.StrEnum):
    """The five canonical focus areas a community can emphasise."""

    PRACTITIONER_SUPPORT = "practitioner_support"
    BUSINESS_SUPPORT = "business_support"
    LEARNING = "learning"
    INNOVATION = "innovation"
    COORDINATION = "coordination"


class FocusEmphasis(enum.StrEnum):
    PRIMARY = "primary"
    SECONDARY = "secondary"


class TargetUnit(enum.StrEnum):
    """What a focus area's target counts (e.g. first response within 48 hours)."""

    HOURS_TO_FIRST_RESPONSE = "hours_to_first_response"
    ITEMS_PER_QUARTER = "items_per_quarter"
    PERCENT = "percent"
    COUNT_PER_MONTH = "count_per_month"


class Openness(enum.StrEnum):
    OPEN = "open"  # anyone may join at once
    SELECTIVE = "selective"  # join requests are reviewed by leads


class Visibility(enum.StrEnum):
    """Who may read a community's discussions; separate from how people join."""

    PUBLIC = "public"  # anyone, signed in or not
    SITE = "site"  # anyone signed in to the site
    MEMBERS = "members"  # its active members (and site admins) only


class WatchLevel(enum.StrEnum):
    """How closely a member follows a community, a focus area or a thread
    (Discourse's notification levels)."""

    MUTED = "muted"  # nothing at all, not even mentions
    NORMAL = "normal"  # only what is addressed to them: replies, quotes, mentions
    TRACKING = "tracking"  # unread counts, no more notifications than normal
    WATCHING = "watching"  # every new post
    WATCHING_FIRST_POST = "watching_first_post"  # each new thread, not its replies


class MembershipRole(enum.StrEnum):
    MEMBER = "member"
    FACILITATOR = "facilitator"
    LEAD = "lead"


class MembershipStatus(enum.StrEnum):
    PENDING = "pending"  # asked to join a selective community
    ACTIVE = "active"
    DECLINED = "declined"
    LEFT = "left"


class ThreadKind(enum.StrEnum):
    QUESTION = "question"
    HELPDESK = "helpdesk"  # a help-desk request with a response target
    DISCUSSION = "discussion"
    KNOWLEDGE = "knowledge"  # a knowledge item, with a KnowledgeSubtype


class KnowledgeSubtype(enum.StrEnum):
    GOOD_PRACTICE = "good_practice"
    LESSON_LEARNED = "lesson_learned"
    TERMS_OF_REFERENCE = "terms_of_reference"
    BRIEFING_NOTE = "briefing_note"


class ThreadStatus(enum.StrEnum):
    OPEN = "open"
    ANSWERED = "answered"  # a question or request with an accepted answer
    CLOSED = "closed"


class Urgency(enum.StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"


class ReactionKind(enum.StrEnum):
    HELPFUL = "helpful"


class ActivityKind(enum.StrEnum):
    """What the append-only activity log records; the dashboard reads it."""

    MEMBER_JOINED = "member_joined"
    MEMBER_LEFT = "member_left"
    JOIN_REQUESTED = "join_requested"
    THREAD_CREATED = "thread_created"
    REPLY_CREATED = "reply_created"
    REACTION_ADDED = "reaction_added"
    ANSWER_ACCEPTED = "answer_accepted"
    # The onboarding funnel (not about one community: ``community_id`` is NULL,
    # except for the first contribution, which names where it happened).
    ONBOARDING_STARTED = "onboarding_started"
    ONBOARDING_STEP_COMPLETED = "onboarding_step_completed"  # detail: the step name
    ONBOARDING_FINISHED = "onboarding_finished"
    FIRST_CONTRIBUTION = "first_contribution"  # within 14 days of finishing onboarding


#: Activity kinds that count as a member's contribution (DOMAIN.md, "Active members").
CONTRIBUTION_KINDS: frozenset[ActivityKind] = frozenset(
    {
        ActivityKind.THREAD_CREATED,
        ActivityKind.REPLY_CREATED,
        ActivityKind.REACTION_ADDED,
        ActivityKind.ANSWER_ACCEPTED,
    }
)


# --------------------------------------------------------------------------- people


class User(SQLModel, table=True):
    """An account. The password hash never leaves the server."""

    __tablename__: ClassVar[str] = "user_account"
    __table_args__ = (
        sa.UniqueConstraint("email", name="uq_user_email"),
        # Stored lower-cased, so the unique constraint is case-insensitive even for
        # rows written outside the services (bulk loads, manual SQL).
        sa.CheckConstraint("email = lower(email)", name="ck_user_email_lowercase"),
    )

    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(max_length=254)  # stored lower-cased; sign-in looks it up
    display_name: str = Field(max_length=80)
    password_hash: str | None = Field(default=None, max_length=255)  # argon2id
    is_site_admin: bool = Field(default=False)
    is_active: bool = Field(default=True)
    created_at: datetime = Field(default_factory=utcnow, sa_column=_ts())
    last_seen_at: datetime | None = Field(default=None, sa_column=_ts(nullable=True))
    # An IANA zone name ("Africa/Nairobi"); "" until the member or their browser
    # sets it, and then every date shown to them (and sent later) uses it.
    time_zone: str = Field(default="", max_length=64)
    # Notifications (and later routing and nudges) pause until then.
    away_until: datetime | None = Field(default=None, sa_column=_ts(nullable=True))
    # When the member proved the address is theirs (a link mailed to it). Without
    # an SMTP server (the embedded default) accounts are confirmed at once.
    email_confirmed_at: datetime | None = Field(default=None, sa_column=_ts(nullable=True))


class MemberProfile(SQLModel, table=True):
    """What a member tells about themselves; drives matching and boundary crossing."""

    __tablename__: ClassVar[str] = "member_profile"
    __table_args__ = (
        # Boundary-crossing and matching group members by these.
        sa.Index("ix_member_profile_org_type", "org_type"),
        sa.Index("ix_member_profile_region", "region"),
    )

    user_id: int = Field(foreign_key="user_account.id", primary_key=True, ondelete="CASCADE")
    organisation: str = Field(default="", max_length=120)
    org_type: OrgType = Field(default=OrgType.OTHER, sa_type=_enum(OrgType, name="ck_org_type"))
    discipline: str = Field(default="", max_length=80)
    region: str = Field(default="", max_length=80)
    languages: list[str] = Field(default_factory=list, sa_type=sa.JSON)  # ISO 639-1 codes
    focus_interests: list[str] = Field(
        default_factory=list, sa_type=sa.JSON
    )  # FocusAreaCode values
    bio: str = Field(default="", max_length=1000)
    updated_at: datetime = Field(default_factory=utcnow, sa_column=_ts())


class ExpertiseDirection(enum.StrEnum):
    CAN_HELP = "can_help"  # "I can help with"
    LOOKING_FOR = "looking_for"  # "I am looking for"


class MemberExpertise(SQLModel, table=True):
    """One expertise tag of a member, in one direction. Tags are lower-case."""

    __tablename__: ClassVar[str] = "member_expertise"
    __table_args__ = (
        sa.UniqueConstraint("user_id", "direction", "tag", name="uq_member_expertise"),
        # Matching: who can help with tag X.
        sa.Index("ix_member_expertise_tag_direction", "tag", "direction"),
    )

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user_account.id", ondelete="CASCADE")
    direction: ExpertiseDirection = Field(
        sa_type=_enum(ExpertiseDirection, name="ck_expertise_direction")
    )
    tag: str = Field(max_length=60)


class UserSession(SQLModel, table=True):
    """A signed-in browser.

    The browser holds an opaque random token in an HttpOnly cookie; only its
    SHA-256 is stored here. A sign-in first creates the row with a one-time
    hand-off code (also stored hashed, valid for a minute); the browser trades
    the code for the cookie over HTTP, so the token never passes through a
    state var. ``token_hash`` is NULL until that exchange.
    """

    __tablename__: ClassVar[str] = "user_session"
    __table_args__ = (
        sa.UniqueConstraint("token_hash", name="uq_user_session_token_hash"),
        sa.UniqueConstraint("handoff_hash", name="uq_user_session_handoff_hash"),
        # "Your active sessions" page.
        sa.Index("ix_user_session_user_last_seen", "user_id", "last_seen_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user_account.id", ondelete="CASCADE")
    token_hash: str | None = Field(default=None, max_length=64)
    handoff_hash: str | None = Field(default=None, max_length=64)
    handoff_expires_at: datetime | None = Field(default=None, sa_column=_ts(nullable=True))
    user_agent: str = Field(default="", max_length=300)
    client_ip: str = Field(default="", max_length=64)
    created_at: datetime = Field(default_factory=utcnow, sa_column=_ts())
    last_seen_at: datetime = Field(default_factory=utcnow, sa_column=_ts())
    expires_at: datetime = Field(sa_column=_ts())  # absolute lifetime
    revoked_at: datetime | None = Field(default=None, sa_column=_ts(nullable=True))


class AuthEventKind(enum.StrEnum):
    SIGN_IN_FAILED = "sign_in_failed"
    SIGN_IN_SUCCEEDED = "sign_in_succeeded"
    ACCOUNT_CREATED = "account_created"


class AuthEvent(SQLModel, table=True):
    """Sign-in attempts and account creations, for brute-force protection and rate limits.

    ``email_key`` is a keyed hash of the lower-cased email (unknown addresses
    are throttled too, without storing them); ``client_ip`` is the socket's peer.
    """

    __tablename__: ClassVar[str] = "auth_event"
    __table_args__ = (
        # Failures for one account in the recent window.
        sa.Index("ix_auth_event_email_kind_at", "email_key", "kind", "at"),
        # Failures and sign-ups from one client in the recent window.
        sa.Index("ix_auth_event_ip_kind_at", "client_ip", "kind", "at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    kind: AuthEventKind = Field(sa_type=_enum(AuthEventKind, name="ck_auth_event_kind"))
    email_key: str = Field(default="", max_length=64)
    client_ip: str = Field(default="", max_length=64)
    at: datetime = Field(default_factory=utcnow, sa_column=_ts())


class RateLimit(SQLModel, table=True):
    """One write limiter's state per key (``<kind>:user:<id>`` or ``<kind>:client:<ip>``).

    A generic cell rate algorithm: ``allowed_at`` is the key's theoretical
    arrival time. One row per key, updated under its row lock (PostgreSQL) or
    the write lock (SQLite), so every worker shares the same allowance.
    """

    __tablename__: ClassVar[str] = "rate_limit"

    key: str = Field(primary_key=True, max_length=120)
    allowed_at: float = Field(default=0.0)  # seconds since the epoch


# --------------------------------------------------------------------------- communities


class FocusArea(SQLModel, table=True):
    """The canonical catalogue of focus areas; the wording is editable by site admins."""

    __tablename__: ClassVar[str] = "focus_area"

    code: FocusAreaCode = Field(
        primary_key=True, sa_type=_enum(FocusAreaCode, name="ck_focus_area_code")
    )
    name: str = Field(max_length=60)
    description: str = Field(max_length=600)
    examples: list[str] = Field(default_factory=list, sa_type=sa.JSON)
    signals: list[str] = Field(default_factory=list, sa_type=sa.JSON)
    sort_order: int = Field(default=0)


class Community(SQLModel, table=True):
    __tablename__: ClassVar[str] = "community"
    __table_args__ = (sa.UniqueConstraint("slug", name="uq_community_slug"),)

    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(max_length=60)  # /c/<slug>
    name: str = Field(max_length=120)
    tagline: str = Field(default="", max_length=200)
    description: str = Field(default="", max_length=4000)
    openness: Openness = Field(
        default=Openness.OPEN, sa_type=_enum(Openness, name="ck_community_openness")
    )
    visibility: Visibility = Field(
        default=Visibility.PUBLIC, sa_type=_enum(Visibility, name="ck_community_visibility")
    )
    languages: list[str] = Field(default_factory=list, sa_type=sa.JSON)
    created_at: datetime = Field(default_factory=utcnow, sa_column=_ts())
    archived_at: datetime | None = Field(default=None, sa_column=_ts(nullable=True))
    # Stored counter: active members, kept by membership writes (home page cards).
    member_count: int = Field(default=0)
    thread_count: int = Field(default=0)
    last_activity_at: datetime | None = Field(default=None, sa_column=_ts(nullable=True))
    # Bumped by every configuration change (focus areas, settings); open pages
    # compare it to know when to refresh what they show.
    config_version: int = Field(default=0)
    # Bumped by every change to its threads (new thread, reply, answer, moderation).
    revision: int = Field(default=0)


class CommunityFocusArea(SQLModel, table=True):
    """How one community emphasises one focus area, with its target and a note."""

    __tablename__: ClassVar[str] = "community_focus_area"
    __table_args__ = (
        sa.UniqueConstraint("community_id", "focus_area", name="uq_community_focus_area"),
    )

    id: int | None = Field(default=None, primary_key=True)
    community_id: int = Field(foreign_key="community.id", ondelete="CASCADE")
    focus_area: FocusAreaCode = Field(
        foreign_key="focus_area.code",
        sa_type=_enum(FocusAreaCode, name="ck_cfa_focus_area"),
    )
    emphasis: FocusEmphasis = Field(sa_type=_enum(FocusEmphasis, name="ck_cfa_emphasis"))
    target_value: float | None = Field(default=None)
    target_unit: TargetUnit | None = Field(
        default=None, sa_type=_enum(TargetUnit, name="ck_cfa_target_unit")
    )
    note: str = Field(default="", max_length=500)
    # The level a member has on this focus area until they choose their own
    # (set by the community's leads, audited).
    default_watch_level: WatchLevel = Field(
        default=WatchLevel.NORMAL, sa_type=_enum(WatchLevel, name="ck_cfa_default_watch_level")
    )


class Membership(SQLModel, table=True):
    __tablename__: ClassVar[str] = "membership"
    __table_args__ = (
        sa.UniqueConstraint("community_id", "user_id", name="uq_membership_community_user"),
        # "My communities" for a member.
        sa.Index("ix_membership_user_status", "user_id", "status"),
        # Member lists, leads and pending requests of one community.
        sa.Index("ix_membership_community_status_role", "community_id", "status", "role"),
    )

    id: int | None = Field(default=None, primary_key=True)
    community_id: int = Field(foreign_key="community.id", ondelete="CASCADE")
    user_id: int = Field(foreign_key="user_account.id", ondelete="CASCADE")
    role: MembershipRole = Field(
        default=MembershipRole.MEMBER, sa_type=_enum(MembershipRole, name="ck_membership_role")
    )
    status: MembershipStatus = Field(
        default=MembershipStatus.ACTIVE,
        sa_type=_enum(MembershipStatus, name="ck_membership_status"),
    )
    motivation: str = Field(default="", max_length=1000)  # a selective join request's reason
    requested_at: datetime = Field(default_factory=utcnow, sa_column=_ts())
    joined_at: datetime | None = Field(default=None, sa_column=_ts(nullable=True))
    left_at: datetime | None = Field(default=None, sa_column=_ts(nullable=True))
    decided_by_id: int | None = Field(
        default=None, foreign_key="user_account.id", ondelete="SET NULL"
    )
    decided_at: datetime | None = Field(default=None, sa_column=_ts(nullable=True))


# --------------------------------------------------------------------------- threads


class Thread(SQLModel, table=True):
    __tablename__: ClassVar[str] = "thread"
    __table_args__ = (
        # Community page: pinned first, then newest activity (an index walk, no sort).
        sa.Index(
            "ix_thread_community_pinned_last_activity",
            "community_id",
            "is_pinned",
            "last_activity_at",
        ),
        # Filters by kind and the unanswered queue.
        sa.Index("ix_thread_community_kind_status", "community_id", "kind", "status"),
        # Help-desk queue: requests with no first response yet.
        sa.Index("ix_thread_community_first_response", "community_id", "first_response_at"),
        sa.Index("ix_thread_author", "author_id"),
        # Dashboard windows over threads created in a period (coverage, alignment).
        sa.Index("ix_thread_community_created", "community_id", "created_at"),
        # Live dashboards: the threads of one community changed since a moment.
        sa.Index("ix_thread_community_changed", "community_id", "changed_at"),
        sa.CheckConstraint(
            "(kind = 'knowledge') = (knowledge_subtype IS NOT NULL)",
            name="ck_thread_knowledge_subtype",
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    community_id: int = Field(foreign_key="community.id", ondelete="CASCADE")
    author_id: int = Field(foreign_key="user_account.id")
    kind: ThreadKind = Field(sa_type=_enum(ThreadKind, name="ck_thread_kind"))
    knowledge_subtype: KnowledgeSubtype | None = Field(
        default=None, sa_type=_enum(KnowledgeSubtype, name="ck_thread_knowledge_subtype_value")
    )
    focus_area: FocusAreaCode | None = Field(
        default=None, sa_type=_enum(FocusAreaCode, name="ck_thread_focus_area")
    )
    title: str = Field(max_length=200)
    status: ThreadStatus = Field(
        default=ThreadStatus.OPEN, sa_type=_enum(ThreadStatus, name="ck_thread_status")
    )
    tags: list[str] = Field(default_factory=list, sa_type=sa.JSON)
    # Help-desk requests.
    urgency: Urgency | None = Field(default=None, sa_type=_enum(Urgency, name="ck_thread_urgency"))
    context_country: str = Field(default="", max_length=80)
    context_project: str = Field(default="", max_length=120)
    response_target_hours: float | None = Field(default=None)  # copied at creation
    assigned_to_id: int | None = Field(
        default=None, foreign_key="user_account.id", ondelete="SET NULL"
    )
    # Moderation.
    is_pinned: bool = Field(default=False)
    is_locked: bool = Field(default=False)
    is_hidden: bool = Field(default=False)
    created_at: datetime = Field(default_factory=utcnow, sa_column=_ts())
    # Stored counters, updated with each reply in the same transaction.
    reply_count: int = Field(default=0)
    participant_count: int = Field(default=1)
    last_activity_at: datetime = Field(default_factory=utcnow, sa_column=_ts())
    first_response_at: datetime | None = Field(default=None, sa_column=_ts(nullable=True))
    first_response_seconds: int | None = Field(default=None)  # by someone other than the author
    closed_at: datetime | None = Field(default=None, sa_column=_ts(nullable=True))
    # Bumped by every change a viewer of the thread would see (reply, edit,
    # delete, reaction, accepted answer, moderation); open pages compare it.
    revision: int = Field(default=0)
    # When ``revision`` last moved: live dashboards re-read only the threads
    # changed since their last look (``ix_thread_community_changed``).
    changed_at: datetime = Field(default_factory=utcnow, sa_column=_ts())


class Post(SQLModel, table=True):
    """A post in a thread; position 0 is the opening post."""

    __tablename__: ClassVar[str] = "post"
    __table_args__ = (
        # Thread page: posts in order.
        sa.UniqueConstraint("thread_id", "position", name="uq_post_thread_position"),
        # Per-author history (top-10 share, profiles).
        sa.Index("ix_post_author_created", "author_id", "created_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    thread_id: int = Field(foreign_key="thread.id", ondelete="CASCADE")
    author_id: int = Field(foreign_key="user_account.id")
    position: int = Field(default=0)
    body: str = Field(sa_type=sa.Text)  # Markdown, rendered safely
    quoted_post_id: int | None = Field(default=None, foreign_key="post.id", ondelete="SET NULL")
    created_at: datetime = Field(default_factory=utcnow, sa_column=_ts())
    edited_at: datetime | None = Field(default=None, sa_column=_ts(nullable=True))
    deleted_at: datetime | None = Field(default=None, sa_column=_ts(nullable=True))
    helpful_count: int = Field(default=0)


class Reaction(SQLModel, table=True):
    __tablename__: ClassVar[str] = "reaction"
    __table_args__ = (
        sa.UniqueConstraint("post_id", "user_id", "kind", name="uq_reaction_post_user_kind"),
    )

    id: int | None = Field(default=None, primary_key=True)
    post_id: int = Field(foreign_key="post.id", ondelete="CASCADE")
    user_id: int = Field(foreign_key="user_account.id", ondelete="CASCADE")
    kind: ReactionKind = Field(
        default=ReactionKind.HELPFUL, sa_type=_enum(ReactionKind, name="ck_reaction_kind")
    )
    created_at: datetime = Field(default_factory=utcnow, sa_column=_ts())


class AcceptedAnswer(SQLModel, table=True):
    """The accepted answer of a question or request: one per thread."""

    __tablename__: ClassVar[str] = "accepted_answer"

    thread_id: int = Field(foreign_key="thread.id", primary_key=True, ondelete="CASCADE")
    post_id: int = Field(foreign_key="post.id", ondelete="CASCADE")
    accepted_by_id: int = Field(foreign_key="user_account.id")
    accepted_at: datetime = Field(default_factory=utcnow, sa_column=_ts())


# --------------------------------------------------------------------------- logs


class ActivityEvent(SQLModel, table=True):
    """Append-only log of what members do; the health dashboard reads only this.

    ``counterpart_id`` is the member acted towards (the thread's author for a
    reply, the post's author for a reaction or an accepted answer), so boundary
    crossing and first responses can be computed from the log alone.

    ``community_id`` is NULL only for the onboarding funnel's events (started,
    step completed, finished), which belong to no community; every dashboard
    query filters by community and so never sees them. ``detail`` is a short
    qualifier (the onboarding step's name).
    """

    __tablename__: ClassVar[str] = "activity_event"
    __table_args__ = (
        # Dashboard windows: one community's events in a time range.
        sa.Index("ix_activity_community_occurred", "community_id", "occurred_at"),
        # Per-member history: lost regulars, reactivated, new contributors.
        sa.Index("ix_activity_community_actor_occurred", "community_id", "actor_id", "occurred_at"),
        # Onboarding funnel: has this member already logged kind X (started, a
        # step, finished, first contribution)? Also the funnel's per-kind counts.
        sa.Index("ix_activity_actor_kind", "actor_id", "kind"),
    )

    id: int | None = Field(default=None, primary_key=True)
    community_id: int | None = Field(default=None, foreign_key="community.id", ondelete="CASCADE")
    actor_id: int = Field(foreign_key="user_account.id")
    kind: ActivityKind = Field(sa_type=_enum(ActivityKind, name="ck_activity_kind"))
    occurred_at: datetime = Field(default_factory=utcnow, sa_column=_ts())
    thread_id: int | None = Field(default=None, foreign_key="thread.id", ondelete="SET NULL")
    post_id: int | None = Field(default=None, foreign_key="post.id", ondelete="SET NULL")
    counterpart_id: int | None = Field(
        default=None, foreign_key="user_account.id", ondelete="SET NULL"
    )
    focus_area: FocusAreaCode | None = Field(
        default=None, sa_type=_enum(FocusAreaCode, name="ck_activity_focus_area")
    )
    detail: str = Field(default="", max_length=40)


class AuditLog(SQLModel, table=True):
    """Who changed which configuration, when, from what to what."""

    __tablename__: ClassVar[str] = "audit_log"
    __table_args__ = (
        # Audit panel of one community, newest first.
        sa.Index("ix_audit_log_community_at", "community_id", "at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    community_id: int | None = Field(default=None, foreign_key="community.id", ondelete="CASCADE")
    actor_id: int | None = Field(default=None, foreign_key="user_account.id", ondelete="SET NULL")
    action: str = Field(max_length=60)  # e.g. "focus_areas.update"
    before: dict[str, Any] = Field(default_factory=dict, sa_type=sa.JSON)
    after: dict[str, Any] = Field(default_factory=dict, sa_type=sa.JSON)
    at: datetime = Field(default_factory=utcnow, sa_column=_ts())


class OnboardingDraft(SQLModel, table=True):
    """A member's answers in the onboarding wizard, saved at every step."""

    __tablename__: ClassVar[str] = "onboarding_draft"

    user_id: int = Field(foreign_key="user_account.id", primary_key=True, ondelete="CASCADE")
    step: int = Field(default=1)
    answers: dict[str, Any] = Field(default_factory=dict, sa_type=sa.JSON)
    updated_at: datetime = Field(default_factory=utcnow, sa_column=_ts())
    completed_at: datetime | None = Field(default=None, sa_column=_ts(nullable=True))


# --------------------------------------------------------------------------- scorecard


class BuildingBlock(enum.StrEnum):
    """The ten building blocks of a healthy community (DOMAIN.md)."""

    LEADERSHIP = "leadership"  # leaders and facilitators
    CRITICAL_MASS = "critical_mass"  # a critical mass of active members
    MANAGEMENT_SUPPORT = "management_support"
    RESOURCES = "resources"
    TOPIC_FOCUS = "topic_focus"
    PROBLEM_SOLVING = "problem_solving"  # a practical, problem-solving emphasis
    TECHNOLOGY = "technology"
    KNOWLEDGE_TRANSFER = "knowledge_transfer"  # transfer and dissemination
    TRUST = "trust"
    PASSION = "passion"


class BuildingBlockAssessment(SQLModel, table=True):
    """The team's own 1-5 rating of one building block of their community, with a
    note; one current row per block (``cop_app.services.health.scorecard``)."""

    __tablename__: ClassVar[str] = "building_block_assessment"
    __table_args__ = (
        # One rating per block; also serves the scorecard's read of a community's rows.
        sa.UniqueConstraint(
            "community_id", "block", name="uq_building_block_assessment_community_block"
        ),
        sa.CheckConstraint("score BETWEEN 1 AND 5", name="ck_building_block_assessment_score"),
    )

    id: int | None = Field(default=None, primary_key=True)
    community_id: int = Field(foreign_key="community.id", ondelete="CASCADE")
    block: BuildingBlock = Field(
        sa_type=_enum(BuildingBlock, name="ck_building_block_assessment_block")
    )
    score: int
    note: str = Field(default="", max_length=500)
    updated_by_id: int | None = Field(
        default=None, foreign_key="user_account.id", ondelete="SET NULL"
    )
    updated_at: datetime = Field(default_factory=utcnow, sa_column=_ts())


# --------------------------------------------------------------------------- reach


class Watch(SQLModel, table=True):
    """A member's own level on one community, focus area (within a community)
    or thread. ``scope`` names the target: ``c:<community>``,
    ``f:<community>:<focus area>`` or ``t:<thread>``; no row means "as the
    defaults say" (cop_app.services.reach.watching)."""

    __tablename__: ClassVar[str] = "watch"
    __table_args__ = (
        sa.UniqueConstraint("user_id", "scope", name="uq_watch_user_scope"),
        # Fan-out: who watches this thread / focus area / community at level L.
        sa.Index("ix_watch_scope_level", "scope", "level"),
    )

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user_account.id", ondelete="CASCADE")
    scope: str = Field(max_length=60)
    community_id: int = Field(foreign_key="community.id", ondelete="CASCADE")
    thread_id: int | None = Field(default=None, foreign_key="thread.id", ondelete="CASCADE")
    focus_area: FocusAreaCode | None = Field(
        default=None, sa_type=_enum(FocusAreaCode, name="ck_watch_focus_area")
    )
    level: WatchLevel = Field(sa_type=_enum(WatchLevel, name="ck_watch_level"))
    updated_at: datetime = Field(default_factory=utcnow, sa_column=_ts())


class FanoutKind(enum.StrEnum):
    """What happened, as the fan-out worker expands it into notifications."""

    POST = "post"  # a new thread (position 0) or a reply
    ANSWER = "answer"  # an accepted answer
    JOIN_REQUEST = "join_request"  # asked to join a selective community
    JOIN_DECIDED = "join_decided"  # the request was approved or declined
    TARGET_CHECK = "target_check"  # a help-desk request's response target is due


class FanoutJob(SQLModel, table=True):
    """One thing that happened, to be told to whoever it concerns: written in
    the same transaction as its cause (never one row per reader: a focus area
    may have thousands of watchers), expanded into notifications after the
    commit by a worker, exactly once (cop_app.services.reach.fanout).

    ``cursor`` is the last recipient's user id already notified: a job expands
    in batches, each batch and its cursor committed together, so a crash
    resumes where it stopped. ``run_after`` defers a job (a response target)."""

    __tablename__: ClassVar[str] = "fanout_job"
    __table_args__ = (
        # The worker's queue: jobs not done whose time has come, oldest first.
        sa.Index("ix_fanout_job_pending", "done_at", "run_after", "id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    kind: FanoutKind = Field(sa_type=_enum(FanoutKind, name="ck_fanout_job_kind"))
    community_id: int = Field(foreign_key="community.id", ondelete="CASCADE")
    thread_id: int | None = Field(default=None, foreign_key="thread.id", ondelete="CASCADE")
    post_id: int | None = Field(default=None, foreign_key="post.id", ondelete="CASCADE")
    actor_id: int | None = Field(default=None, foreign_key="user_account.id", ondelete="SET NULL")
    # The member a join request is about.
    subject_id: int | None = Field(default=None, foreign_key="user_account.id", ondelete="CASCADE")
    # Members named in the post (@name), resolved when it was written; -1 stands
    # for @leads.
    mentions: list[int] = Field(default_factory=list, sa_type=sa.JSON)
    detail: str = Field(default="", max_length=40)
    created_at: datetime = Field(default_factory=utcnow, sa_column=_ts())
    run_after: datetime = Field(default_factory=utcnow, sa_column=_ts())
    cursor: int = Field(default=0)
    attempts: int = Field(default=0)
    done_at: datetime | None = Field(default=None, sa_column=_ts(nullable=True))


class NotificationKind(enum.StrEnum):
    REPLY = "reply"  # a reply to your thread
    QUOTE = "quote"  # your post was quoted
    MENTION = "mention"  # @you or @leads
    WATCHED_POST = "watched_post"  # a new post in something you watch
    NEW_THREAD = "new_thread"  # a new thread in something you watch
    ANSWER_ACCEPTED = "answer_accepted"  # your answer, or one in a thread you watch
    HELPDESK_REQUEST = "helpdesk_request"  # to the community's help-desk team
    JOIN_REQUEST = "join_request"  # to those who review them
    JOIN_DECIDED = "join_decided"  # to the member who asked
    TARGET_PASSED = "target_passed"  # a request has had no answer within its target


class Notification(SQLModel, table=True):
    """One thing told to one member. What it is about is read from its rows
    when shown (titles change); ``reason`` says why this member was told."""

    __tablename__: ClassVar[str] = "notification"
    __table_args__ = (
        # Exactly once: a job tells each member at most one thing.
        sa.UniqueConstraint("job_id", "user_id", name="uq_notification_job_user"),
        # The notifications page (newest first) and the bell's unread count.
        sa.Index("ix_notification_user_id", "user_id", "id"),
        sa.Index("ix_notification_user_read", "user_id", "read_at"),
        # Opening a thread marks its notifications read.
        sa.Index("ix_notification_user_thread", "user_id", "thread_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user_account.id", ondelete="CASCADE")
    job_id: int | None = Field(default=None, foreign_key="fanout_job.id", ondelete="SET NULL")
    kind: NotificationKind = Field(sa_type=_enum(NotificationKind, name="ck_notification_kind"))
    reason: str = Field(default="", max_length=40)
    community_id: int = Field(foreign_key="community.id", ondelete="CASCADE")
    thread_id: int | None = Field(default=None, foreign_key="thread.id", ondelete="CASCADE")
    post_id: int | None = Field(default=None, foreign_key="post.id", ondelete="CASCADE")
    actor_id: int | None = Field(default=None, foreign_key="user_account.id", ondelete="SET NULL")
    focus_area: FocusAreaCode | None = Field(
        default=None, sa_type=_enum(FocusAreaCode, name="ck_notification_focus_area")
    )
    detail: str = Field(default="", max_length=40)
    created_at: datetime = Field(default_factory=utcnow, sa_column=_ts())
    read_at: datetime | None = Field(default=None, sa_column=_ts(nullable=True))
    # The mail that gathers it (the member takes this kind by email), if any.
    mail_id: int | None = Field(default=None, foreign_key="mail_message.id", ondelete="SET NULL")


class ThreadRead(SQLModel, table=True):
    """How far a member has read a thread (its reply count when they last
    opened it): threads they track or watch show how many replies are new."""

    __tablename__: ClassVar[str] = "thread_read"

    user_id: int = Field(foreign_key="user_account.id", primary_key=True, ondelete="CASCADE")
    thread_id: int = Field(foreign_key="thread.id", primary_key=True, ondelete="CASCADE")
    seen_replies: int = Field(default=0)
    read_at: datetime = Field(default_factory=utcnow, sa_column=_ts())


# --------------------------------------------------------------------------- mail


class MailKind(enum.StrEnum):
    """What a mail is about: a notification kind (the mail's most important
    one), or account mail, whose body only its recipient may ever read."""

    REPLY = "reply"
    QUOTE = "quote"
    MENTION = "mention"
    WATCHED_POST = "watched_post"
    NEW_THREAD = "new_thread"
    ANSWER_ACCEPTED = "answer_accepted"
    HELPDESK_REQUEST = "helpdesk_request"
    JOIN_REQUEST = "join_request"
    JOIN_DECIDED = "join_decided"
    TARGET_PASSED = "target_passed"
    PASSWORD_RESET = "password_reset"  # noqa: S105 (a kind of mail)
    CONFIRM_ADDRESS = "confirm_address"
    SIGNUP_NOTICE = "signup_notice"  # someone tried to sign up with your address
    ADDRESS_CHANGED = "address_changed"  # notice to the old address


class MailStatus(enum.StrEnum):
    GATHERING = "gathering"  # a thread's notifications, waiting out the batching window
    QUEUED = "queued"  # composed, to be sent
    SENT = "sent"
    SKIPPED = "skipped"  # not sent, and ``detail`` says why
    FAILED = "failed"  # given up after the last retry, ``detail`` says why


class MailMessage(SQLModel, table=True):
    """One mail, from the moment its cause is written (same transaction) until
    the SMTP server took it (cop_app.services.mail).

    ``key`` makes enqueueing idempotent; ``message_id`` is fixed when the row is
    written, so a resend after a crash is the same message. A thread's mail
    starts ``gathering`` with ``gather_key`` set (one open batch per member and
    thread); when the window closes the sender composes it, clears the key and
    queues or skips it. ``claimed_until`` is the sending worker's lease."""

    __tablename__: ClassVar[str] = "mail_message"
    __table_args__ = (
        sa.UniqueConstraint("key", name="uq_mail_message_key"),
        sa.UniqueConstraint("gather_key", name="uq_mail_message_gather_key"),
        # The sender's queue: what is due, oldest first.
        sa.Index("ix_mail_message_due", "status", "run_after", "id"),
        # The email log, newest first, and searched by recipient.
        sa.Index("ix_mail_message_created", "created_at", "id"),
        sa.Index("ix_mail_message_to", "to_address", "id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(max_length=120)
    gather_key: str | None = Field(default=None, max_length=120)
    kind: MailKind = Field(sa_type=_enum(MailKind, name="ck_mail_message_kind"))
    status: MailStatus = Field(sa_type=_enum(MailStatus, name="ck_mail_message_status"))
    user_id: int | None = Field(default=None, foreign_key="user_account.id", ondelete="SET NULL")
    to_address: str = Field(max_length=254)
    community_id: int | None = Field(default=None, foreign_key="community.id", ondelete="SET NULL")
    thread_id: int | None = Field(default=None, foreign_key="thread.id", ondelete="SET NULL")
    # Only the recipient may read the body (account mail): the log shows its
    # envelope, never its content.
    private: bool = Field(default=False)
    message_id: str = Field(max_length=200)
    subject: str = Field(default="", max_length=300)
    body_text: str = Field(default="", sa_type=sa.Text)
    body_html: str = Field(default="", sa_type=sa.Text)
    headers: dict[str, str] = Field(default_factory=dict, sa_type=sa.JSON)
    detail: str = Field(default="", max_length=300)
    attempts: int = Field(default=0)
    created_at: datetime = Field(default_factory=utcnow, sa_column=_ts())
    run_after: datetime = Field(default_factory=utcnow, sa_column=_ts())
    claimed_until: datetime | None = Field(default=None, sa_column=_ts(nullable=True))
    sent_at: datetime | None = Field(default=None, sa_column=_ts(nullable=True))
    # Kept in the local mailbox (no SMTP server configured), not sent out.
    local: bool = Field(default=False)


class MailChannel(enum.StrEnum):
    OFF = "off"
    APP = "app"  # in the app only
    EMAIL = "email"  # in the app and by email


class MailPreference(SQLModel, table=True):
    """A member's own choice for one notification kind; no row means the default
    (cop_app.services.mail.preferences)."""

    __tablename__: ClassVar[str] = "mail_preference"

    user_id: int = Field(foreign_key="user_account.id", primary_key=True, ondelete="CASCADE")
    kind: NotificationKind = Field(
        sa_type=_enum(NotificationKind, name="ck_mail_preference_kind"), primary_key=True
    )
    channel: MailChannel = Field(sa_type=_enum(MailChannel, name="ck_mail_preference_channel"))
    updated_at: datetime = Field(default_factory=utcnow, sa_column=_ts())


class AccountTokenPurpose(enum.StrEnum):
    RESET = "reset"  # set a new password
    CONFIRM = "confirm"  # confirm the account's address
    CHANGE = "change"  # confirm a new address (``new_email``)


class AccountToken(SQLModel, table=True):
    """A single-use link mailed to a member. The link carries 256 random bits;
    only their SHA-256 is stored."""

    __tablename__: ClassVar[str] = "account_token"
    __table_args__ = (
        sa.UniqueConstraint("token_hash", name="uq_account_token_hash"),
        # A new reset link ends the member's earlier ones.
        sa.Index("ix_account_token_user", "user_id", "purpose"),
    )

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user_account.id", ondelete="CASCADE")
    purpose: AccountTokenPurpose = Field(
        sa_type=_enum(AccountTokenPurpose, name="ck_account_token_purpose")
    )
    token_hash: str = Field(max_length=64)
    new_email: str = Field(default="", max_length=254)
    created_at: datetime = Field(default_factory=utcnow, sa_column=_ts())
    expires_at: datetime = Field(sa_column=_ts())
    used_at: datetime | None = Field(default=None, sa_column=_ts(nullable=True))
