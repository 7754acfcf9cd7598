"""The story in memory, as the simulation builds it: people, their memberships, threads,
posts, and the communities that hold them."""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field

from cop_app.demo.specs import _Spec
from cop_app.models import (
    Community,
    FocusAreaCode,
    KnowledgeSubtype,
    MembershipRole,
    MembershipStatus,
    ThreadKind,
    Urgency,
)


class _Person:
    __slots__ = (
        "bio",
        "can_help",
        "created",
        "discipline",
        "email",
        "first",
        "focus",
        "home",
        "languages",
        "last_seen",
        "looking_for",
        "name",
        "org",
        "org_type",
        "region",
        "uid",
    )

    def __init__(self, uid: int) -> None:
        self.uid = uid
        self.created = 0
        self.last_seen = -1


class _Member:
    __slots__ = (
        "decided",
        "join_day",
        "joined",
        "leave_day",
        "left",
        "motivation",
        "person",
        "requested",
        "role",
        "silent",
        "status",
        "weight",
    )

    def __init__(self, person: _Person, role: MembershipRole) -> None:
        self.person = person
        self.role = role
        self.weight = 0.0
        self.status = MembershipStatus.ACTIVE
        self.requested = 0
        self.joined: int | None = None
        self.left: int | None = None
        self.join_day = 0
        self.leave_day: int | None = None
        self.silent: list[tuple[int, int]] = []
        self.decided: int | None = None
        self.motivation = ""

    def can_act(self, day: int) -> bool:
        """Whether the member may contribute on ``day`` (from the day after joining)."""
        if self.joined is None or day <= self.join_day:
            return False
        if self.leave_day is not None and day >= self.leave_day:
            return False
        return all(not (a <= day < b) for a, b in self.silent)

    def intervals(self, horizon: int) -> list[tuple[int, int]]:
        if self.joined is None or self.weight <= 0:
            return []
        spans = [(self.join_day + 1, self.leave_day if self.leave_day is not None else horizon)]
        for a, b in sorted(self.silent):
            nxt = []
            for lo, hi in spans:
                if b <= lo or a >= hi:
                    nxt.append((lo, hi))
                    continue
                if lo < a:
                    nxt.append((lo, a))
                if b < hi:
                    nxt.append((b, hi))
            spans = nxt
        return [(lo, hi) for lo, hi in spans if lo < hi]


class _Post:
    __slots__ = ("author", "body", "helpful", "id", "position", "quoted", "t", "thread")

    def __init__(self, thread: _Thread, t: int, author: _Member, body: str) -> None:
        self.thread = thread
        self.t = t
        self.author = author
        self.body = body
        self.quoted: _Post | None = None
        self.helpful = 0
        self.id = 0
        self.position = 0


class _Thread:
    __slots__ = (
        "accepted",
        "assigned",
        "author",
        "comm",
        "country",
        "ctx",
        "focus",
        "id",
        "kind",
        "locked",
        "pinned",
        "posts",
        "project",
        "reactions",
        "subtype",
        "t",
        "tags",
        "title",
        "urgency",
        "used",
    )

    def __init__(self, comm: _Comm, t: int, author: _Member, kind: ThreadKind) -> None:
        self.comm = comm
        self.t = t
        self.author = author
        self.kind = kind
        self.subtype: KnowledgeSubtype | None = None
        self.focus: FocusAreaCode | None = None
        self.title = ""
        self.tags: list[str] = []
        self.urgency: Urgency | None = None
        self.country = ""
        self.project = ""
        self.posts: list[_Post] = []
        self.reactions: list[tuple[int, _Member, _Post]] = []
        self.accepted: tuple[int, _Member, _Post] | None = None
        self.assigned: _Member | None = None
        self.pinned = False
        self.locked = False
        self.ctx: dict[str, str] = {}
        self.used: set[str] = set()  # reply templates already used in this thread
        self.id = 0


@dataclass
class _Comm:
    spec: _Spec
    community: Community
    start_day: int
    members: list[_Member] = field(default_factory=list)
    threads: list[_Thread] = field(default_factory=list)
    lead: _Member = field(init=False)  # set when the members are built
    facilitator: _Member = field(init=False)
    buckets: list[tuple[list[_Member], array]] = field(default_factory=list)
    experts: dict[str, list[_Member]] = field(default_factory=dict)
    teams: dict[tuple[str, str, str], list[_Member]] = field(default_factory=dict)
    subtype_cycle: list[KnowledgeSubtype] = field(default_factory=list)
    knowledge_made: int = 0
    openings: dict[str, int] = field(default_factory=dict)  # title opening -> threads
    welcome: _Thread = field(init=False)  # set when the history is simulated


def _team_key(person: _Person) -> tuple[str, str, str]:
    return (person.org, person.region, person.discipline)


def _first_other(thread: _Thread) -> _Post | None:
    for p in thread.posts[1:]:
        if p.author is not thread.author:
            return p
    return None
