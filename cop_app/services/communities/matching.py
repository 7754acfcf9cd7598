"""Expertise matching for the onboarding wizard: communities, people, a first question.

Everything here reads; nothing writes. Results are deterministic (ties broken
by name, then id) and explained: every community or person suggested carries
the reasons it matched, in sentences a member can read.

How a community's fit is scored (:func:`rank_communities`), per answer given:

========================================  ======  =====================================
what matched                              weight  saturates at
========================================  ======  =====================================
a focus area picked, the community's       3.0    (each area)
primary focus
a focus area picked, a secondary focus     1.0    (each area)
"looking for" tag: active members who      3.0    3 members (fewer count pro rata)
can help with it
"looking for" tag: threads tagged or       3.0    5 threads
titled with it
"can help with" tag: active members        1.5    3 members
looking for it
"can help with" tag: unanswered            1.5    3 questions
questions/requests tagged or titled with it
a language the member and the community    0.5    2 languages
both work in
========================================  ======  =====================================

Seeking expertise is the main reason to join, so "looking for" weighs most;
saturation keeps a very large community from winning on size alone.

Tags match exactly (after normalising: lower case, single spaces); in titles a
tag matches as a whole word or phrase. Counting uses a fixed handful of
GROUP BY queries whatever the number of communities.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from cop_app.models import (
    CONTRIBUTION_KINDS,
    ActivityEvent,
    Community,
    CommunityFocusArea,
    ExpertiseDirection,
    FocusAreaCode,
    FocusEmphasis,
    MemberExpertise,
    MemberProfile,
    Membership,
    MembershipStatus,
    Openness,
    Thread,
    ThreadKind,
    ThreadStatus,
    User,
)
from cop_app.routes import thread_url
from cop_app.services.accounts.profiles import LANGUAGE_CHOICES, MIN_TAG_LENGTH
from cop_app.services.communities.catalogue import CATALOGUE
from cop_app.services.communities.communities import InvalidTagError, normalise_tags, when
from cop_app.services.guards.authz import readable_communities

# --------------------------------------------------------------------------- weights

W_FOCUS_PRIMARY = 3.0
W_FOCUS_SECONDARY = 1.0
W_HELPERS = 3.0  # per "looking for" tag: members here who can help with it
W_THREADS = 3.0  # per "looking for" tag: threads here about it
W_SEEKERS = 1.5  # per "can help with" tag: members here looking for it
W_OPEN_QUESTIONS = 1.5  # per "can help with" tag: unanswered questions here about it
W_LANGUAGE = 0.5  # per shared language
HELPERS_FULL = 3
THREADS_FULL = 5
SEEKERS_FULL = 3
OPEN_QUESTIONS_FULL = 3
LANGUAGES_COUNTED = 2

# People: a member who can help with what I look for, one who looks for what I
# can help with, shared communities (at most 2 counted) and recent activity.
W_PERSON_HELPS = 3.0
W_PERSON_SEEKS = 1.5
W_PERSON_SHARED = 1.0
PERSON_SHARED_COUNTED = 2
W_PERSON_ACTIVE_30 = 1.0
W_PERSON_ACTIVE_90 = 0.5

MAX_TAGS = 20
_ANSWERABLE = (ThreadKind.QUESTION, ThreadKind.HELPDESK)
# Punctuation that separates words in titles (hyphens and ampersands stay:
# "third-party monitoring", "m&e").
_TITLE_SEPARATORS = ",.:;?!()[]{}\"'’‘“”/|"
_SPACES_RE = re.compile(r"\s+")


# --------------------------------------------------------------------------- results


@dataclass
class CommunityMatch:
    slug: str
    name: str
    tagline: str
    selective: bool
    score: float
    reasons: list[str] = field(default_factory=list)
    membership: str = ""  # "" | "active" | "pending" | "declined"


@dataclass
class PersonMatch:
    user_id: int  # server-side only; never shown
    display_name: str
    about: str  # organisation · region
    reasons: list[str] = field(default_factory=list)
    shared_communities: int = 0


@dataclass
class QuestionSuggestion:
    title: str
    url: str
    community_name: str
    reason: str


# --------------------------------------------------------------------------- helpers


def _tags(values: Iterable[str] | None) -> list[str]:
    """Normalised tags (invalid ones dropped), at most :data:`MAX_TAGS`."""
    tags: list[str] = []
    for value in values or ():
        try:
            normalised = normalise_tags([value])
        except InvalidTagError:
            continue
        if normalised and len(normalised[0]) >= MIN_TAG_LENGTH and normalised[0] not in tags:
            tags.append(normalised[0])
    return tags[:MAX_TAGS]


def _and_list(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


def _like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _title_words(text: str) -> str:
    """A title (or tag) as the title matching sees it: lower case, separators as spaces."""
    for ch in _TITLE_SEPARATORS:
        text = text.replace(ch, " ")
    return _SPACES_RE.sub(" ", text.lower()).strip()


def _title_sql(column: Any) -> sa.ColumnElement[str]:
    """SQL for ``" " + _title_words(title) + " "`` (bar the collapsing of spaces)."""
    expr: sa.ColumnElement[str] = sa.func.lower(column)
    for ch in _TITLE_SEPARATORS:
        expr = sa.func.replace(expr, ch, " ")
    return sa.literal(" ") + expr + sa.literal(" ")


def _matches_sql(tag: str, *, tags_text: Any, title_words: Any) -> sa.ColumnElement[bool]:
    """The thread carries ``tag`` (its JSON list holds it) or its title names it."""
    in_tags = tags_text.like(f"%{_like_escape(json.dumps(tag))}%", escape="\\")
    in_title = title_words.like(f"% {_like_escape(_title_words(tag))} %", escape="\\")
    return sa.or_(in_tags, in_title)


def _thread_matches(tag: str, *, tags: Sequence[str], title: str) -> bool:
    return tag in tags or f" {_title_words(tag)} " in f" {_title_words(title)} "


def _saturated(count: int, full: int) -> float:
    return min(count, full) / full


def _focus_name(code: str) -> str:
    return CATALOGUE[FocusAreaCode(code)].name


# --------------------------------------------------------------------------- communities


@dataclass
class _Fit:
    community: Community
    score: float = 0.0
    reasons: list[tuple[float, int, str]] = field(default_factory=list)

    def add(self, points: float, order: int, sentence: str) -> None:
        if points > 0:
            self.score += points
            self.reasons.append((points, order, sentence))


def rank_communities(
    session: Session,
    *,
    user_id: int | None,
    focus: list[str],
    can_help: list[str],
    looking_for: list[str],
    languages: list[str],
    limit: int = 5,
) -> list[CommunityMatch]:
    """Communities that are not archived, best fit first (see the module's table
    of weights), each with the reasons it matched and the member's membership
    status. Communities that match nothing come last with score 0 and no
    reasons, so the list is never empty while communities exist.

    At most five queries, whatever the number of communities.
    """
    focus_codes = [c for c in dict.fromkeys(focus) if c in {f.value for f in FocusAreaCode}]
    wanted = _tags(looking_for)
    offered = _tags(can_help)
    langs = list(dict.fromkeys(code.strip().lower() for code in languages if code.strip()))

    communities = session.exec(select(Community).where(col(Community.archived_at).is_(None))).all()
    if not communities:
        return []
    fits = {c.id: _Fit(c) for c in communities}
    ids = list(fits)

    # Focus areas.
    primary: dict[int, list[str]] = defaultdict(list)
    secondary: dict[int, list[str]] = defaultdict(list)
    if focus_codes:
        rows = session.exec(
            select(
                CommunityFocusArea.community_id,
                CommunityFocusArea.focus_area,
                CommunityFocusArea.emphasis,
            ).where(
                col(CommunityFocusArea.community_id).in_(ids),
                col(CommunityFocusArea.focus_area).in_(focus_codes),
            )
        ).all()
        for community_id, code, emphasis in rows:
            target = primary if FocusEmphasis(emphasis) == FocusEmphasis.PRIMARY else secondary
            target[community_id].append(FocusAreaCode(code).value)

    # Members' expertise: who here can help with what I look for, who looks for
    # what I can help with (distinct active members per community and tag).
    helpers: dict[int, dict[str, int]] = defaultdict(dict)
    seekers: dict[int, dict[str, int]] = defaultdict(dict)
    if wanted or offered:
        conditions = []
        if wanted:
            conditions.append(
                sa.and_(
                    col(MemberExpertise.direction) == ExpertiseDirection.CAN_HELP,
                    col(MemberExpertise.tag).in_(wanted),
                )
            )
        if offered:
            conditions.append(
                sa.and_(
                    col(MemberExpertise.direction) == ExpertiseDirection.LOOKING_FOR,
                    col(MemberExpertise.tag).in_(offered),
                )
            )
        stmt = (
            select(
                Membership.community_id,
                MemberExpertise.direction,
                MemberExpertise.tag,
                sa.func.count(sa.distinct(MemberExpertise.user_id)),
            )
            .join(MemberExpertise, col(MemberExpertise.user_id) == col(Membership.user_id))
            .join(User, col(User.id) == col(Membership.user_id))
            .where(
                col(Membership.community_id).in_(ids),
                Membership.status == MembershipStatus.ACTIVE,
                col(User.is_active).is_(True),
                sa.or_(*conditions),
            )
            .group_by(
                col(Membership.community_id),
                col(MemberExpertise.direction),
                col(MemberExpertise.tag),
            )
        )
        if user_id is not None:
            stmt = stmt.where(Membership.user_id != user_id)
        for community_id, direction, tag, count in session.exec(stmt).all():
            if ExpertiseDirection(direction) == ExpertiseDirection.CAN_HELP:
                helpers[community_id][tag] = count
            else:
                seekers[community_id][tag] = count

    # Threads: about what I look for (any visible thread), and unanswered
    # questions about what I can help with; one GROUP BY with a column per tag.
    discussed: dict[int, dict[str, int]] = defaultdict(dict)
    open_questions: dict[int, dict[str, int]] = defaultdict(dict)
    if wanted or offered:
        unanswered = sa.and_(
            col(Thread.kind).in_(_ANSWERABLE),
            Thread.status == ThreadStatus.OPEN,
            col(Thread.first_response_at).is_(None),
        )
        inner = (
            select(
                col(Thread.community_id).label("community_id"),
                sa.cast(col(Thread.tags), sa.Text).label("tags_text"),
                _title_sql(col(Thread.title)).label("title_words"),
                sa.case((unanswered, 1), else_=0).label("unanswered"),
            )
            .where(col(Thread.community_id).in_(ids), col(Thread.is_hidden).is_(False))
            .subquery()
        )
        columns: list[Any] = [inner.c.community_id]
        for tag in wanted:
            match = _matches_sql(tag, tags_text=inner.c.tags_text, title_words=inner.c.title_words)
            columns.append(sa.func.sum(sa.case((match, 1), else_=0)))
        for tag in offered:
            match = _matches_sql(tag, tags_text=inner.c.tags_text, title_words=inner.c.title_words)
            columns.append(
                sa.func.sum(sa.case((sa.and_(inner.c.unanswered == 1, match), 1), else_=0))
            )
        for row in session.execute(sa.select(*columns).group_by(inner.c.community_id)).all():
            community_id, counts = row[0], [int(n or 0) for n in row[1:]]
            for tag, n in zip(wanted, counts[: len(wanted)], strict=True):
                if n:
                    discussed[community_id][tag] = n
            for tag, n in zip(offered, counts[len(wanted) :], strict=True):
                if n:
                    open_questions[community_id][tag] = n

    # The member's own memberships.
    membership: dict[int, str] = {}
    if user_id is not None:
        for community_id, status in session.exec(
            select(Membership.community_id, Membership.status).where(
                Membership.user_id == user_id, col(Membership.community_id).in_(ids)
            )
        ).all():
            value = MembershipStatus(status)
            if value != MembershipStatus.LEFT:
                membership[community_id] = value.value

    for community_id, fit in fits.items():
        _score_focus(fit, primary[community_id], secondary[community_id])
        _score_tags(
            fit,
            wanted=wanted,
            offered=offered,
            helpers=helpers[community_id],
            discussed=discussed[community_id],
            seekers=seekers[community_id],
            open_questions=open_questions[community_id],
        )
        shared = [code for code in fit.community.languages if code in langs]
        if shared:
            names = [LANGUAGE_CHOICES.get(code, code) for code in shared]
            fit.add(
                W_LANGUAGE * min(len(shared), LANGUAGES_COUNTED), 9, f"Works in {_and_list(names)}"
            )

    ranked = sorted(
        fits.values(),
        key=lambda f: (-round(f.score, 6), f.community.name.lower(), f.community.slug),
    )
    return [
        CommunityMatch(
            slug=f.community.slug,
            name=f.community.name,
            tagline=f.community.tagline,
            selective=Openness(f.community.openness) == Openness.SELECTIVE,
            score=round(f.score, 2),
            reasons=[s for _, _, s in sorted(f.reasons, key=lambda r: (-r[0], r[1]))],
            membership=membership.get(f.community.id or 0, ""),
        )
        for f in ranked[: max(limit, 0)]
    ]


def _score_focus(fit: _Fit, primary: list[str], secondary: list[str]) -> None:
    order = [code.value for code in FocusAreaCode]
    primary = sorted(primary, key=order.index)
    secondary = sorted(secondary, key=order.index)
    if primary:
        names = _and_list([_focus_name(c) for c in primary])
        what = "primary focus is" if len(primary) == 1 else "primary focus areas are"
        fit.add(W_FOCUS_PRIMARY * len(primary), 1, f"Its {what} {names}, which you picked")
    if secondary:
        names = _and_list([_focus_name(c) for c in secondary])
        fit.add(
            W_FOCUS_SECONDARY * len(secondary), 5, f"It also works on {names}, which you picked"
        )


def _score_tags(
    fit: _Fit,
    *,
    wanted: list[str],
    offered: list[str],
    helpers: dict[str, int],
    discussed: dict[str, int],
    seekers: dict[str, int],
    open_questions: dict[str, int],
) -> None:
    def part(
        tags: list[str], counts: dict[str, int], weight: float, full: int
    ) -> tuple[float, list[str]]:
        matched = [t for t in tags if counts.get(t)]
        return sum(weight * _saturated(counts[t], full) for t in matched), matched

    points, tags = part(wanted, helpers, W_HELPERS, HELPERS_FULL)
    fit.add(points, 2, f"Members here can help with {_and_list(tags)}")
    points, tags = part(wanted, discussed, W_THREADS, THREADS_FULL)
    fit.add(points, 3, f"Threads discuss {_and_list(tags)}")
    points, tags = part(offered, seekers, W_SEEKERS, SEEKERS_FULL)
    fit.add(points, 4, f"Members here are looking for {_and_list(tags)}, which you can help with")
    points, tags = part(offered, open_questions, W_OPEN_QUESTIONS, OPEN_QUESTIONS_FULL)
    fit.add(points, 6, f"Unanswered questions here ask about {_and_list(tags)}")


# --------------------------------------------------------------------------- people


def suggest_people(
    session: Session,
    *,
    user_id: int | None,
    can_help: list[str],
    looking_for: list[str],
    community_slugs: list[str],
    limit: int = 3,
    now: datetime | None = None,
) -> list[PersonMatch]:
    """Members to know: those who can help with what the member looks for
    (strong), or look for what the member can help with (medium); among them,
    members of the chosen communities and recent contributors come first. When
    fewer match, the list is filled with the most active contributors of the
    chosen communities. Never the member themself; inactive accounts never."""
    now = when(now)
    wanted = _tags(looking_for)
    offered = _tags(can_help)
    slugs = list(dict.fromkeys(s.strip().lower() for s in community_slugs if s.strip()))
    not_me = [col(User.id) != user_id] if user_id is not None else []

    # Tag matches.
    helps: dict[int, list[str]] = defaultdict(list)
    seeks: dict[int, list[str]] = defaultdict(list)
    conditions = []
    if wanted:
        conditions.append(
            sa.and_(
                col(MemberExpertise.direction) == ExpertiseDirection.CAN_HELP,
                col(MemberExpertise.tag).in_(wanted),
            )
        )
    if offered:
        conditions.append(
            sa.and_(
                col(MemberExpertise.direction) == ExpertiseDirection.LOOKING_FOR,
                col(MemberExpertise.tag).in_(offered),
            )
        )
    if conditions:
        rows = session.exec(
            select(User.id, MemberExpertise.direction, MemberExpertise.tag)
            .join(MemberExpertise, col(MemberExpertise.user_id) == col(User.id))
            .where(col(User.is_active).is_(True), sa.or_(*conditions), *not_me)
        ).all()
        for uid, direction, tag in rows:
            if ExpertiseDirection(direction) == ExpertiseDirection.CAN_HELP:
                helps[uid].append(tag)
            else:
                seeks[uid].append(tag)

    # The chosen communities, and their most active contributors (the fill-in).
    communities = (
        session.exec(
            select(Community.id, Community.name).where(
                col(Community.slug).in_(slugs), col(Community.archived_at).is_(None)
            )
        ).all()
        if slugs
        else []
    )
    community_names = dict(communities)
    active_in: dict[int, tuple[int, str]] = {}  # user -> (contributions, community name)
    if community_names:
        rows = session.exec(
            select(ActivityEvent.actor_id, ActivityEvent.community_id, sa.func.count())
            .join(User, col(User.id) == col(ActivityEvent.actor_id))
            .where(
                col(ActivityEvent.community_id).in_(list(community_names)),
                col(ActivityEvent.kind).in_(CONTRIBUTION_KINDS),
                col(ActivityEvent.occurred_at) >= now - timedelta(days=90),
                col(User.is_active).is_(True),
                *not_me,
            )
            .group_by(col(ActivityEvent.actor_id), col(ActivityEvent.community_id))
        ).all()
        for actor, community_id, count in rows:
            best = active_in.get(actor)
            name = community_names[community_id]
            if best is None or (count, best[1]) > (best[0], name):
                active_in[actor] = (count, name)

    matched = set(helps) | set(seeks)
    fill = sorted(
        (uid for uid in active_in if uid not in matched),
        key=lambda uid: (-active_in[uid][0], uid),
    )[: max(limit, 0)]
    candidates = [*matched, *fill]
    if not candidates:
        return []

    shared: dict[int, int] = {}
    if community_names:
        shared = dict(
            session.exec(
                select(Membership.user_id, sa.func.count())
                .where(
                    col(Membership.community_id).in_(list(community_names)),
                    Membership.status == MembershipStatus.ACTIVE,
                    col(Membership.user_id).in_(candidates),
                )
                .group_by(col(Membership.user_id))
            ).all()
        )
    last_active = dict(
        session.exec(
            select(ActivityEvent.actor_id, sa.func.max(ActivityEvent.occurred_at))
            .where(
                col(ActivityEvent.actor_id).in_(candidates),
                col(ActivityEvent.kind).in_(CONTRIBUTION_KINDS),
            )
            .group_by(col(ActivityEvent.actor_id))
        ).all()
    )

    def score(uid: int) -> float:
        points = W_PERSON_HELPS * len(helps.get(uid, ())) + W_PERSON_SEEKS * len(seeks.get(uid, ()))
        points += W_PERSON_SHARED * min(shared.get(uid, 0), PERSON_SHARED_COUNTED)
        seen = last_active.get(uid)
        if seen is not None:
            seen = when(seen)
            if seen >= now - timedelta(days=30):
                points += W_PERSON_ACTIVE_30
            elif seen >= now - timedelta(days=90):
                points += W_PERSON_ACTIVE_90
        return points

    profiles = {
        uid: (name, organisation, region)
        for uid, name, organisation, region in session.exec(
            select(User.id, User.display_name, MemberProfile.organisation, MemberProfile.region)
            .join(MemberProfile, col(MemberProfile.user_id) == col(User.id), isouter=True)
            .where(col(User.id).in_(candidates))
        ).all()
    }
    ranked = sorted(
        matched,
        key=lambda uid: (-round(score(uid), 6), profiles[uid][0].lower(), uid),
    )
    ranked += [uid for uid in fill if uid not in matched]
    people = []
    for uid in ranked[: max(limit, 0)]:
        name, organisation, region = profiles[uid]
        reasons = []
        if helps.get(uid):
            order = [t for t in wanted if t in helps[uid]]
            reasons.append(f"Can help with {_and_list(order)}")
        if seeks.get(uid):
            order = [t for t in offered if t in seeks[uid]]
            reasons.append(f"Is looking for {_and_list(order)}, which you can help with")
        if not reasons and uid in active_in:
            reasons.append(f"Active in {active_in[uid][1]}")
        people.append(
            PersonMatch(
                user_id=uid,
                display_name=name,
                about=" · ".join(part for part in (organisation, region) if part),
                reasons=reasons,
                shared_communities=shared.get(uid, 0),
            )
        )
    return people


# --------------------------------------------------------------------------- a first question


def suggest_question(
    session: Session,
    *,
    user_id: int | None,
    can_help: list[str],
    community_slugs: list[str],
    limit_age_days: int = 90,
    now: datetime | None = None,
) -> QuestionSuggestion | None:
    """One open question or help-desk request nobody has answered yet, not the
    member's own, in the chosen communities and at most ``limit_age_days`` old:
    preferably one whose tags or title match what the member can help with,
    otherwise the newest. ``None`` when there is none."""
    now = when(now)
    slugs = list(dict.fromkeys(s.strip().lower() for s in community_slugs if s.strip()))
    if not slugs:
        return None
    offered = _tags(can_help)
    stmt = (
        select(
            Thread.id, Thread.title, Thread.tags, Thread.created_at, Community.slug, Community.name
        )
        .join(Community, col(Community.id) == col(Thread.community_id))
        .where(
            col(Community.slug).in_(slugs),
            col(Community.archived_at).is_(None),
            col(Thread.kind).in_(_ANSWERABLE),
            Thread.status == ThreadStatus.OPEN,
            col(Thread.first_response_at).is_(None),
            col(Thread.is_hidden).is_(False),
            col(Thread.is_locked).is_(False),
            col(Thread.created_at) >= now - timedelta(days=limit_age_days),
        )
        .order_by(col(Thread.created_at).desc(), col(Thread.id).desc())
        .limit(200)
    )
    if user_id is not None:
        stmt = stmt.where(Thread.author_id != user_id)
    # Only what this member may read (a members-only community they asked to join is not yet).
    stmt = stmt.where(readable_communities(session.get(User, user_id) if user_id else None))
    rows = session.exec(stmt).all()
    if not rows:
        return None

    def matched(row: Any) -> list[str]:
        tags = list(row[2] or [])
        return [t for t in offered if _thread_matches(t, tags=tags, title=row[1])]

    # Newest first already; max() keeps the first of equal scores.
    best = max(rows, key=lambda row: len(matched(row)))
    hits = matched(best)
    reason = (
        f"It asks about {_and_list(hits)}, which you can help with"
        if hits
        else "No one has answered it yet"
    )
    thread_id, title, _, _, slug, community_name = best
    return QuestionSuggestion(
        title=title,
        url=thread_url(slug, int(thread_id)),
        community_name=community_name,
        reason=reason,
    )


# --------------------------------------------------------------------------- type-ahead


def tag_suggestions(session: Session, *, prefix: str = "", limit: int = 12) -> list[str]:
    """Tags already in use (members' expertise and thread tags), for the
    type-ahead: those containing ``prefix`` (any case), tags that start with it
    first, then the most used, then alphabetically. One query."""
    needle = _SPACES_RE.sub(" ", prefix).strip().lower()
    pattern = f"%{_like_escape(needle)}%"
    if session.get_bind().dialect.name == "postgresql":
        element = sa.func.json_array_elements_text(col(Thread.tags)).table_valued("value")
        element = element.lateral()
    else:
        element = sa.func.json_each(col(Thread.tags)).table_valued("value")
    expertise = select(
        col(MemberExpertise.tag).label("tag"), sa.func.count().label("uses")
    ).group_by(col(MemberExpertise.tag))
    thread_tags = (
        select(sa.cast(element.c.value, sa.String).label("tag"), sa.func.count().label("uses"))
        .select_from(Thread)
        .join(element, sa.true())
        .where(col(Thread.is_hidden).is_(False))
        .group_by(element.c.value)
    )
    both = sa.union_all(expertise, thread_tags).subquery()
    total = sa.func.sum(both.c.uses)
    starts = sa.case((both.c.tag.like(f"{_like_escape(needle)}%", escape="\\"), 0), else_=1)
    stmt = (
        sa.select(both.c.tag)
        .where(both.c.tag.like(pattern, escape="\\"))
        .group_by(both.c.tag)
        .order_by(sa.func.min(starts), total.desc(), both.c.tag)
        .limit(max(limit, 0))
    )
    return [tag for (tag,) in session.execute(stmt).all() if tag]
