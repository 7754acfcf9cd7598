"""From the story to rows: the demo accounts through the services, the rest inserted in bulk
with counters and activity log computed as the services do; and the printed summary."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, SQLModel, select

from cop_app.demo.activity import _Generator, _onboarding_funnel
from cop_app.demo.common import DAY, DEMO_PASSWORD, HD, PS
from cop_app.demo.story import _Person, _Post
from cop_app.models import (
    AcceptedAnswer,
    ActivityEvent,
    ActivityKind,
    ExpertiseDirection,
    MemberExpertise,
    MemberProfile,
    Membership,
    MembershipRole,
    MembershipStatus,
    Openness,
    Post,
    Reaction,
    ReactionKind,
    Thread,
    ThreadStatus,
    User,
)
from cop_app.services.communities.communities import (
    do_create_user,
    do_set_expertise,
    get_required,
    pk,
)

_BATCH = 5_000


@dataclass(frozen=True)
class CommunitySummary:
    slug: str
    name: str
    primary: str
    members: int  # active
    pending: int
    left: int
    threads: int
    posts: int
    reactions: int
    accepted: int


@dataclass(frozen=True)
class DemoSummary:
    seed: int
    scale: float
    end: date
    users: int
    events: int
    communities: tuple[CommunitySummary, ...]

    @property
    def threads(self) -> int:
        return sum(c.threads for c in self.communities)

    @property
    def posts(self) -> int:
        return sum(c.posts for c in self.communities)

    @property
    def reactions(self) -> int:
        return sum(c.reactions for c in self.communities)

    def __str__(self) -> str:
        return "\n".join(self.lines())

    def lines(self) -> list[str]:
        head = (
            f"Demo data (seed {self.seed}, scale {self.scale:g}, history up to {self.end}): "
            f"{self.users} users, {self.threads} threads, {self.posts} posts, "
            f"{self.reactions} reactions, {self.events} activity events."
        )
        return [
            head,
            *(
                f"  {c.slug:<22} {c.primary:<21} members {c.members:>5} "
                f"(pending {c.pending}, left {c.left})  threads {c.threads:>5}  "
                f"posts {c.posts:>6}  helpful {c.reactions:>6}  accepted {c.accepted:>4}"
                for c in self.communities
            ),
        ]


def _max_id(session: Session, model: type[SQLModel], column: Any = None) -> int:
    column = column if column is not None else model.id  # type: ignore[attr-defined]
    return session.exec(select(sa.func.coalesce(sa.func.max(column), 0))).one()


def _insert(session: Session, model: type[SQLModel], rows: list[dict[str, Any]]) -> None:
    table = model.__table__  # type: ignore[attr-defined]
    for i in range(0, len(rows), _BATCH):
        session.execute(sa.insert(table), rows[i : i + _BATCH])


def _write(gen: _Generator, admin: _Person, lead: _Person, member: _Person) -> DemoSummary:
    session, rng = gen.session, gen.rng
    # ---- activity per person (last seen, account creation)
    first_seen: dict[int, int] = {}
    for comm in gen.comms:
        for m in comm.members:
            key = id(m.person)
            first_seen[key] = min(first_seen.get(key, m.requested), m.requested)
    # ---- the three demo accounts, through the services (argon2id hashes)
    for p in (admin, lead, member):
        created = first_seen.get(id(p), 30 * DAY) - (DAY if p is not admin else 20 * DAY)
        p.created = max(0, created)
        user = do_create_user(
            session,
            email=p.email,
            display_name=p.name,
            password=DEMO_PASSWORD,
            is_site_admin=p is admin,
            organisation=p.org,
            org_type=p.org_type,
            discipline=p.discipline,
            region=p.region,
            languages=p.languages,
            focus_interests=p.focus,
            bio=p.bio,
            at=gen.dt(p.created),
        )
        do_set_expertise(session, user=user, can_help=p.can_help, looking_for=p.looking_for)
        p.uid = pk(user)
    gen._assign_uids(_max_id(session, User) + 1)
    for p in gen.people:
        p.created = max(0, first_seen.get(id(p), 0) - rng.randrange(0, 3 * DAY))

    # ---- threads and posts: ids in time order, positions within each thread
    threads = sorted(
        (t for comm in gen.comms for t in comm.threads), key=lambda t: (t.t, t.comm.start_day)
    )
    thread_base = _max_id(session, Thread) + 1
    for i, t in enumerate(threads):
        t.id = thread_base + i
    posts: list[_Post] = []
    for t in threads:
        for pos, p in enumerate(t.posts):
            p.position = pos
            posts.append(p)
    posts.sort(key=lambda p: (p.t, p.thread.id, p.position))
    post_base = _max_id(session, Post) + 1
    for i, p in enumerate(posts):
        p.id = post_base + i

    # ---- events (kind order breaks ties so a thread precedes its replies)
    ev: list[tuple[int, int, int, int, int, int | None, int | None, int | None, Any]] = []
    seq = 0

    def event(
        t: int,
        kind: ActivityKind,
        cid: int,
        actor: int,
        thread=None,
        post=None,
        counterpart=None,
        focus=None,
    ) -> None:
        nonlocal seq
        seq += 1
        ev.append((t, seq, cid, actor, kind, thread, post, counterpart, focus))

    membership_rows: list[dict[str, Any]] = []
    summaries: list[CommunitySummary] = []
    last_seen: dict[int, int] = {}
    for comm in gen.comms:
        cid = pk(comm.community)
        lead_uid = comm.lead.person.uid
        for m in comm.members:
            uid = m.person.uid
            if comm.spec.openness == Openness.SELECTIVE and m.role == MembershipRole.MEMBER:
                event(m.requested, ActivityKind.JOIN_REQUESTED, cid, uid)
            if m.joined is not None:
                event(m.joined, ActivityKind.MEMBER_JOINED, cid, uid)
            if m.left is not None:
                event(m.left, ActivityKind.MEMBER_LEFT, cid, uid)
            membership_rows.append(
                {
                    "community_id": cid,
                    "user_id": uid,
                    "role": m.role,
                    "status": m.status,
                    "motivation": m.motivation,
                    "requested_at": gen.dt(m.requested),
                    "joined_at": gen.dt(m.joined) if m.joined is not None else None,
                    "left_at": gen.dt(m.left) if m.left is not None else None,
                    "decided_by_id": lead_uid if m.decided is not None else None,
                    "decided_at": (
                        gen.dt(m.joined if m.joined is not None else m.requested + DAY)
                        if m.decided is not None
                        else None
                    ),
                }
            )
        n_posts = n_reactions = n_accepted = 0
        last_activity = -1
        for t in comm.threads:
            focus = t.focus
            for p in t.posts:
                if p.position == 0:
                    event(
                        p.t,
                        ActivityKind.THREAD_CREATED,
                        cid,
                        p.author.person.uid,
                        t.id,
                        p.id,
                        None,
                        focus,
                    )
                else:
                    event(
                        p.t,
                        ActivityKind.REPLY_CREATED,
                        cid,
                        p.author.person.uid,
                        t.id,
                        p.id,
                        t.author.person.uid,
                        focus,
                    )
                last_activity = max(last_activity, p.t)
            for when_, who, p in t.reactions:
                event(
                    when_,
                    ActivityKind.REACTION_ADDED,
                    cid,
                    who.person.uid,
                    t.id,
                    p.id,
                    p.author.person.uid,
                    focus,
                )
            if t.accepted is not None:
                when_, who, p = t.accepted
                event(
                    when_,
                    ActivityKind.ANSWER_ACCEPTED,
                    cid,
                    who.person.uid,
                    t.id,
                    p.id,
                    p.author.person.uid,
                    focus,
                )
                n_accepted += 1
            n_posts += len(t.posts)
            n_reactions += len(t.reactions)
        active = sum(1 for m in comm.members if m.status == MembershipStatus.ACTIVE)
        community = comm.community
        community.member_count = active
        community.thread_count = len(comm.threads)
        community.last_activity_at = gen.dt(last_activity) if last_activity >= 0 else None
        summaries.append(
            CommunitySummary(
                slug=comm.spec.slug,
                name=comm.spec.name,
                primary=comm.spec.primary[0].value,
                members=active,
                pending=sum(1 for m in comm.members if m.status == MembershipStatus.PENDING),
                left=sum(1 for m in comm.members if m.status == MembershipStatus.LEFT),
                threads=len(comm.threads),
                posts=n_posts,
                reactions=n_reactions,
                accepted=n_accepted,
            )
        )
    _onboarding_funnel(gen, ev, event)
    ev.sort(key=lambda e: (e[0], e[1]))
    for e in ev:
        last_seen[e[3]] = e[0]

    # ---- users, profiles, expertise
    user_rows, profile_rows, expertise_rows = [], [], []
    for p in gen.people:
        seen = last_seen.get(p.uid)
        user_rows.append(
            {
                "id": p.uid,
                "email": p.email,
                "display_name": p.name,
                "password_hash": None,
                "is_site_admin": False,
                "is_active": True,
                "created_at": gen.dt(p.created),
                "last_seen_at": gen.dt(seen) if seen is not None else None,
                "email_confirmed_at": gen.dt(p.created),
            }
        )
        profile_rows.append(
            {
                "user_id": p.uid,
                "organisation": p.org,
                "org_type": p.org_type,
                "discipline": p.discipline,
                "region": p.region,
                "languages": p.languages,
                "focus_interests": p.focus,
                "bio": p.bio,
                "updated_at": gen.dt(p.created),
            }
        )
        for direction, tags in (
            (ExpertiseDirection.CAN_HELP, p.can_help),
            (ExpertiseDirection.LOOKING_FOR, p.looking_for),
        ):
            expertise_rows.extend(
                {"user_id": p.uid, "direction": direction, "tag": tag} for tag in tags
            )
    for p in (admin, lead, member):
        user = get_required(session, User, p.uid)
        seen = last_seen.get(p.uid)
        user.last_seen_at = gen.dt(seen) if seen is not None else None
    _insert(session, User, user_rows)
    _insert(session, MemberProfile, profile_rows)
    _insert(session, MemberExpertise, expertise_rows)
    _insert(session, Membership, membership_rows)

    # ---- threads, posts, reactions, accepted answers
    thread_rows = []
    for t in threads:
        others = [p.t for p in t.posts[1:] if p.author is not t.author]
        first = min(others) if others else None
        thread_rows.append(
            {
                "id": t.id,
                "community_id": t.comm.community.id,
                "author_id": t.author.person.uid,
                "kind": t.kind,
                "knowledge_subtype": t.subtype,
                "focus_area": t.focus,
                "title": t.title,
                "status": ThreadStatus.ANSWERED if t.accepted else ThreadStatus.OPEN,
                "tags": t.tags,
                "urgency": t.urgency,
                "context_country": t.country,
                "context_project": t.project,
                "response_target_hours": t.comm.spec.targets[PS][0]
                if t.kind == HD and PS in t.comm.spec.targets
                else None,
                "assigned_to_id": t.assigned.person.uid if t.assigned is not None else None,
                "is_pinned": t.pinned,
                "is_locked": t.locked,
                "is_hidden": False,
                "created_at": gen.dt(t.t),
                "reply_count": len(t.posts) - 1,
                "participant_count": len({id(p.author) for p in t.posts}),
                "last_activity_at": gen.dt(max(p.t for p in t.posts)),
                "changed_at": gen.dt(max(p.t for p in t.posts)),
                "first_response_at": gen.dt(first) if first is not None else None,
                "first_response_seconds": first - t.t if first is not None else None,
            }
        )
    _insert(session, Thread, thread_rows)
    del thread_rows
    _insert(
        session,
        Post,
        [
            {
                "id": p.id,
                "thread_id": p.thread.id,
                "author_id": p.author.person.uid,
                "position": p.position,
                "body": p.body,
                "quoted_post_id": p.quoted.id if p.quoted is not None else None,
                "created_at": gen.dt(p.t),
                "helpful_count": p.helpful,
            }
            for p in posts
        ],
    )
    reactions = sorted(
        ((when_, who, p) for t in threads for when_, who, p in t.reactions),
        key=lambda r: (r[0], r[2].id),
    )
    _insert(
        session,
        Reaction,
        [
            {
                "post_id": p.id,
                "user_id": who.person.uid,
                "kind": ReactionKind.HELPFUL,
                "created_at": gen.dt(when_),
            }
            for when_, who, p in reactions
        ],
    )
    _insert(
        session,
        AcceptedAnswer,
        [
            {
                "thread_id": t.id,
                "post_id": t.accepted[2].id,
                "accepted_by_id": t.accepted[1].person.uid,
                "accepted_at": gen.dt(t.accepted[0]),
            }
            for t in threads
            if t.accepted is not None
        ],
    )
    _insert(
        session,
        ActivityEvent,
        [
            {
                "community_id": e[2],
                "actor_id": e[3],
                "kind": e[4],
                "occurred_at": gen.dt(e[0]),
                "thread_id": e[5],
                "post_id": e[6],
                "counterpart_id": e[7],
                "focus_area": e[8],
            }
            for e in ev
        ],
    )
    _sync_sequences(session)
    session.flush()
    return DemoSummary(
        seed=gen.seed,
        scale=gen.scale,
        end=gen.end,
        users=len(gen.people) + 3,
        events=len(ev),
        communities=tuple(summaries),
    )


def _sync_sequences(session: Session) -> None:
    """PostgreSQL: move id sequences past the ids inserted explicitly."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for model in (User, Thread, Post):
        table = model.__tablename__
        session.execute(
            sa.text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "  # noqa: S608
                f"(SELECT COALESCE(MAX(id), 1) FROM {table}))"
            )
        )
