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
    replies: int  # formatted in the browser (its language)
    last_at: str  # ISO timestamp of the last activity ("3 minutes ago" in the browser)
    answered: bool
    unanswered: bool  # a question or request nobody else has replied to
    pinned: bool
    locked: bool = False
    new_replies: int = 0  # replies since the viewer last read it (tracked or watched)


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


# --------------------------------------------------------------------------- live pages
# What ``assets/cop_live.js`` hands a page: the shared payload, formatted in
# the browser. These describe its shape to Reflex (nothing on the server
# builds them).


@dataclasses.dataclass(frozen=True)
class LivePost:
    id: int
    n: int  # position: 0 is the opening post
    author_id: int
    author: str
    meta: str  # organisation · region
    at: str  # ISO timestamp
    created: str  # "3 hours ago", in the browser's language
    body: str  # Markdown source ("" once deleted)
    edited: bool
    helpful: int
    helpful_text: str
    deleted: bool
    accepted: bool
    opening: bool
    quote_author: str
    quote_excerpt: str
    pending: bool  # the author's own reply, shown before the server answered


@dataclasses.dataclass(frozen=True)
class LiveThreadHeader:
    id: int
    title: str
    kind: str
    kind_label: str
    subtype: str
    status: str
    status_label: str
    answered: bool
    answerable: bool
    focus: str
    tags: list[str]
    pinned: bool
    locked: bool
    hidden: bool
    author_id: int
    author: str
    created: str
    replies: int
    replies_text: str
    first_response: str
    context: str
    target: str
    accepted: int
    slug: str
    community: str
    archived: bool


@dataclasses.dataclass(frozen=True)
class LiveThread:
    ready: bool
    gone: bool
    id: int
    thread: LiveThreadHeader
    opening: list[LivePost]
    replies: list[LivePost]
    accepted: list[LivePost]
    earlier: int


@dataclasses.dataclass(frozen=True)
class LiveBell:
    n: int  # unread notifications
    known: bool  # False until the member's room has said
    badge: str  # "3", "99+"; "" when nothing is unread
    label: str  # the bell's name: "Notifications, 3 unread"
