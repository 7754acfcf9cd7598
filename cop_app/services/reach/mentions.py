"""@mentions: who a post names.

Members have display names, not handles, so a mention is ``@`` followed by a
member's display name as it is written ("@Amina Diallo"); the longest name that
matches wins ("@Ana Lopez Garcia" over "@Ana Lopez"). ``@leads`` names the
community's leads as a group. A name that matches nobody stays plain text. The
names are resolved when the post is written (what the author meant then); who
may read the thread is asked again when the notification is delivered.
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from sqlmodel import Session, col, select

from cop_app.db import casefold
from cop_app.models import Community, Membership, MembershipStatus, User
from cop_app.services.guards import authz

#: At most this many people are told by one post's mentions.
MAX_MENTIONED = 20
#: ``FanoutJob.mentions`` holds this for ``@leads``.
LEADS = -1
LEADS_WORD = "leads"
_MAX_WORDS = 6  # display names longer than this are not looked for
_AT = re.compile(
    r"(?:(?<=\s)|(?<=^)|(?<=[(\[\"'«]))@(\w[\w.'’-]*(?:[ \t]+[\w.'’-]+){0,5})", re.UNICODE
)
_TRAILING = ".,;:!?'’\")]"


_CODE_BLOCK = re.compile(r"^(```|~~~).*?^\1", re.MULTILINE | re.DOTALL)
_CODE_SPAN = re.compile(r"`[^`\n]*`")
_QUOTE_LINE = re.compile(r"^\s{0,3}>.*$", re.MULTILINE)


def _spoken(body: str) -> str:
    """The text the author writes in their own voice: quoted lines and code
    (where "@" is often an address or a decorator) name nobody."""
    return _QUOTE_LINE.sub("", _CODE_SPAN.sub("", _CODE_BLOCK.sub("", body)))


def candidates(body: str) -> list[list[str]]:
    """For each ``@`` in the body, the names it could stand for, longest first."""
    found = []
    for match in _AT.finditer(_spoken(body)):
        words = match.group(1).split()[:_MAX_WORDS]
        names = []
        for size in range(len(words), 0, -1):
            name = " ".join(words[:size]).rstrip(_TRAILING)
            for variant in (name, name.removesuffix("'s").removesuffix("’s")):  # @Ana's
                if variant and variant not in names:
                    names.append(variant)
        found.append(names)
    return found


def resolve(session: Session, *, body: str) -> list[int]:
    """The ids a post mentions, in order, at most :data:`MAX_MENTIONED` (``LEADS``
    for ``@leads``); unknown names are left out."""
    groups = candidates(body)
    if not groups:
        return []
    folded = {name.casefold() for names in groups for name in names}
    rows = session.exec(
        select(User.id, User.display_name).where(
            col(User.is_active).is_(True),
            casefold(session.get_bind().dialect.name, User.display_name).in_(folded),
        )
    ).all()
    # Compare on casefold() for what came back.
    by_name: dict[str, int] = {}
    for uid, name in sorted(rows, key=lambda row: row[0]):
        by_name.setdefault(name.casefold(), uid or 0)
    mentioned: list[int] = []
    for names in groups:
        for name in names:
            key = name.casefold()
            uid = LEADS if key == LEADS_WORD else by_name.get(key)
            if uid is not None:
                if uid not in mentioned:
                    mentioned.append(uid)
                break
        if len([m for m in mentioned if m != LEADS]) >= MAX_MENTIONED:
            break
    return mentioned


# --------------------------------------------------------------------------- while typing

#: The "@" being typed: at the end of the text, after a space or the start.
_TYPING = re.compile(r"(?:^|[\s(\[\"'«])@([^\s@]{0,30}(?: [^\s@]{1,30}){0,2})$", re.UNICODE)
SUGGESTIONS = 6


def typed_prefix(text: str) -> str | None:
    """The name being typed after an "@" at the end of ``text`` (possibly ""),
    or None when the text does not end in a mention."""
    found = _TYPING.search(text[-80:])
    return found.group(1) if found else None


def suggest(
    session: Session, *, community: Community, prefix: str, limit: int = SUGGESTIONS
) -> list[str]:
    """Display names to complete ``@prefix`` with: members who can read the
    community's discussions, its members first; ``leads`` when it fits."""
    folded = prefix.casefold()
    names: list[str] = []
    if LEADS_WORD.startswith(folded):
        names.append(LEADS_WORD)
    pattern = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    starts = sa.or_(
        col(User.display_name).ilike(f"{pattern}%", escape="\\"),
        col(User.display_name).ilike(f"% {pattern}%", escape="\\"),
    )
    member = (
        select(Membership.id)
        .where(
            Membership.community_id == community.id,
            Membership.user_id == User.id,
            Membership.status == MembershipStatus.ACTIVE,
        )
        .exists()
    )
    query = (
        select(User.id, User.display_name)
        .join(Community, col(Community.id) == community.id)
        .where(col(User.is_active).is_(True), starts, authz.readable_by(User.id))
        .order_by(sa.case((member, 0), else_=1), sa.func.lower(User.display_name))
        .limit(limit)
    )
    names += [name for _, name in session.exec(query).all()]
    return names[:limit]


def unable_to_read(session: Session, *, community: Community, body: str) -> list[str]:
    """The members a text names who cannot read the community's discussions
    (told nothing if it is posted): the author is warned first."""
    named = [uid for uid in resolve(session, body=body) if uid != LEADS]
    if not named:
        return []
    readers = authz.readers_among(session, community=community, user_ids=named)
    rows = session.exec(select(User.id, User.display_name).where(col(User.id).in_(named))).all()
    names = dict(rows)
    return [names[uid] for uid in named if uid not in readers and uid in names]
