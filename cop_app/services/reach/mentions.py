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

from cop_app.models import User

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


def candidates(body: str) -> list[list[str]]:
    """For each ``@`` in the body, the names it could stand for, longest first."""
    found = []
    for match in _AT.finditer(body):
        words = match.group(1).split()[:_MAX_WORDS]
        names = []
        for size in range(len(words), 0, -1):
            name = " ".join(words[:size]).rstrip(_TRAILING)
            if name and name not in names:
                names.append(name)
        found.append(names)
    return found


def resolve(session: Session, *, body: str) -> list[int]:
    """The ids a post mentions, in order, at most :data:`MAX_MENTIONED` (``LEADS``
    for ``@leads``); unknown names are left out."""
    groups = candidates(body)
    if not groups:
        return []
    written = {name for names in groups for name in names}
    folded = {name.casefold() for name in written}
    rows = session.exec(
        select(User.id, User.display_name).where(
            col(User.is_active).is_(True),
            # As written (what the picker inserts), or in another case; SQLite's
            # lower() folds ASCII only, so both are asked.
            sa.or_(
                col(User.display_name).in_(written),
                sa.func.lower(User.display_name).in_(folded),
            ),
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
