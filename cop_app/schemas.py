"""What the browser sees: small, flat view records built from the tables.

A view never carries a password hash, a session token or an email address;
dates are pre-formatted for the viewer's locale. State classes hold lists of
these in frontend vars; the table rows themselves stay on the server.
"""

from __future__ import annotations

import dataclasses


@dataclasses.dataclass(frozen=True)
class FocusBadge:
    code: str
    name: str
    primary: bool


@dataclasses.dataclass(frozen=True)
class CommunityCard:
    slug: str
    name: str
    tagline: str
    selective: bool
    member_count: str
    thread_count: str
    last_activity: str
    focus: list[FocusBadge]


@dataclasses.dataclass(frozen=True)
class CommunityHeader:
    slug: str
    name: str
    tagline: str
    description: str
    selective: bool
    member_count: str
    thread_count: str
    languages: str
    focus: list[FocusBadge]
    archived: bool = False
    visibility: str = "public"  # public | site | members


@dataclasses.dataclass(frozen=True)
class ThreadRow:
    id: int
    url: str
    title: str
    kind: str
    kind_label: str
    focus_label: str
    author: str
    replies: str
    last_activity: str
    answered: bool
    unanswered: bool  # a question or request nobody else has replied to
    pinned: bool
    locked: bool = False
    new_replies: int = 0  # replies since the viewer last read it (tracked or watched)


@dataclasses.dataclass(frozen=True)
class PostView:
    id: int
    author: str
    author_meta: str  # organisation · region
    created: str
    created_iso: str
    body: str  # Markdown source; rendered without raw HTML
    edited: bool
    helpful: str
    accepted: bool
    opening: bool
    deleted: bool = False
    quote_author: str = ""  # the quoted post's author ("" when not quoting)
    quote_excerpt: str = ""
    # What the viewer may do with this post.
    mine: bool = False
    can_accept: bool = False
    can_delete: bool = False
    can_react: bool = False
    i_found_helpful: bool = False


@dataclasses.dataclass(frozen=True)
class ThreadHeader:
    id: int
    title: str
    kind_label: str
    focus_label: str
    status_label: str
    answered: bool
    created: str
    author: str
    community_slug: str
    community_name: str
    reply_count: str
    first_response: str  # "" when nobody else has replied yet
    kind: str = ""
    answerable: bool = False
    pinned: bool = False
    locked: bool = False
    hidden: bool = False
    tags: list[str] = dataclasses.field(default_factory=list)
    context: str = ""  # help desk: urgency, country, project
    target: str = ""  # help desk: "First response within 48 hours"
    # What the viewer may do here.
    can_reply: bool = False
    reply_block: str = ""  # why not, in words ("" when they can)
    can_moderate: bool = False
    earlier: int = 0  # earlier posts (deleted ones included) not shown yet
    move_targets: dict[str, str] = dataclasses.field(default_factory=dict)  # slug -> name
    can_make_knowledge: bool = False  # a moderator, and an answer is accepted


@dataclasses.dataclass(frozen=True)
class MyCommunity:
    name: str
    slug: str
    status: str  # active | pending | declined
    role: str = "member"  # member | facilitator | lead (what an active membership is)


@dataclasses.dataclass(frozen=True)
class FollowRow:
    """How closely the viewer follows a community (``code`` "") or one of its
    focus areas, for the watching controls."""

    code: str
    name: str
    level: str
    inherited: str
