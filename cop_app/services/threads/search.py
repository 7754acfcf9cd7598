"""Full-text search across one community's threads and posts.

SQLite (the default) uses the FTS5 table ``post_search``; PostgreSQL uses the
generated ``search_vector`` columns (both made by migration d4e8a1b2c3f5 and
kept current by the database itself). A title match ranks above a body
match. Snippets come back as segments, the matched words marked, so pages
render them as text (never as HTML).
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from cop_app import routes
from cop_app.i18n import DEFAULT_LOCALE, fmt_ago, t
from cop_app.models import Community, Thread, User, utcnow

MAX_RESULTS = 30
_START, _STOP = "\x02", "\x03"
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclasses.dataclass(frozen=True)
class Segment:
    text: str
    hit: bool


@dataclasses.dataclass(frozen=True)
class SearchHit:
    thread_id: int
    url: str
    title: list[Segment]
    kind_label: str
    snippet: list[Segment]
    author: str
    when: str


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Alembic filter: the search structures live outside the SQLModel metadata."""
    del obj, reflected, compare_to
    if type_ == "table" and name and name.startswith("post_search"):
        return False
    return not (type_ in {"column", "index"} and name and "search_vector" in name)


_AUTOGENERATE_HOOKED = False


def hide_search_structures_from_autogenerate() -> None:
    """Make every alembic autogenerate in this process skip the search structures.

    Reflex's own schema check (``reflex run`` prints "Detected database schema
    changes" when it finds a difference) and ``reflex db makemigrations`` run
    alembic's autogenerate with the models' metadata but without our
    ``alembic/env.py``, so :func:`include_object` is not consulted: they saw the
    FTS5 tables (SQLite) and the ``search_vector`` columns and indexes
    (PostgreSQL) as things to drop. This prunes those operations from the
    result, for every autogenerate, at the last step; a real difference in the
    models is still reported (and ``manage check-migrations`` still fails on it).
    """
    global _AUTOGENERATE_HOOKED
    if _AUTOGENERATE_HOOKED:
        return
    from alembic.autogenerate import comparators
    from alembic.operations import ops
    from alembic.util import DispatchPriority, PriorityDispatchResult

    def kept(op: Any) -> bool:
        if isinstance(op, ops.ModifyTableOps):
            op.ops = [o for o in op.ops if kept(o)]
            return bool(op.ops)
        if isinstance(op, ops.CreateTableOp | ops.DropTableOp):
            return include_object(None, op.table_name, "table", True, None)
        if isinstance(op, ops.AddColumnOp):
            return include_object(None, op.column.name, "column", True, None)
        if isinstance(op, ops.DropColumnOp | ops.AlterColumnOp):
            return include_object(None, op.column_name, "column", True, None)
        if isinstance(op, ops.CreateIndexOp | ops.DropIndexOp):
            return include_object(None, op.index_name, "index", True, None)
        return True

    @comparators.dispatch_for("autogenerate", priority=DispatchPriority.LAST)
    def _drop_search_ops(autogen_context: Any, upgrade_ops: Any) -> Any:
        upgrade_ops.ops = [op for op in upgrade_ops.ops if kept(op)]
        return PriorityDispatchResult.CONTINUE

    _AUTOGENERATE_HOOKED = True


def terms(query: str) -> list[str]:
    """The words of a query (at most 8), lower-cased; punctuation and operators dropped."""
    return [word.lower() for word in _WORD.findall(query)][:8]


_MARKUP = re.compile(r"\*\*|__|`|(?:^|\s)#{1,6}\s|(?:^|\s)>\s")


def _segments(text: str) -> list[Segment]:
    """The snippet as plain text (Markdown marks dropped), the hits marked."""
    out: list[Segment] = []
    text = re.sub(r"\s+", " ", _MARKUP.sub(" ", text)).strip()
    for part in re.split(f"({_START}.*?{_STOP})", text):
        if not part:
            continue
        hit = part.startswith(_START)
        out.append(Segment(text=part.strip(_START + _STOP), hit=hit))
    return out


def _mark_title(title: str, words: list[str]) -> list[Segment]:
    """The title with every word that starts like a search term marked."""
    pattern = re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\w*", re.I)
    return _segments(pattern.sub(lambda m: _START + m.group(0) + _STOP, title))


def search(
    session: Session,
    *,
    community: Community,
    query: str,
    limit: int = MAX_RESULTS,
    locale: str = DEFAULT_LOCALE,
) -> list[SearchHit]:
    """The best-matching threads (one hit each, its best post), best first."""
    words = terms(query)
    if not words:
        return []
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        found = _postgres(session, community_id=community.id or 0, words=words, limit=limit * 3)
    else:
        found = _sqlite(session, community_id=community.id or 0, words=words, limit=limit * 3)
    best: dict[int, str] = {}
    for thread_id, snippet in found:  # best first: keep each thread's best post
        best.setdefault(thread_id, snippet)
    ids = list(best)[:limit]
    if not ids:
        return []
    rows = {
        th.id: (th, name)
        for th, name in session.exec(
            select(Thread, User.display_name)
            .join(User, col(User.id) == col(Thread.author_id))
            .where(col(Thread.id).in_(ids))
        ).all()
    }
    now = utcnow()
    hits = []
    for thread_id in ids:
        thread, author = rows[thread_id]
        hits.append(
            SearchHit(
                thread_id=thread_id,
                url=routes.thread_url(community.slug, thread_id),
                title=_mark_title(thread.title, words),
                kind_label=t(f"kind.{thread.kind.value}", locale),
                snippet=_segments(best[thread_id]),
                author=author,
                when=fmt_ago(thread.last_activity_at, now, locale),
            )
        )
    return hits


def _sqlite(
    session: Session, *, community_id: int, words: list[str], limit: int
) -> list[tuple[int, str]]:
    # Each word quoted (no FTS syntax from users); the last one also as a prefix.
    match = " ".join(f'"{w}"' for w in words[:-1]) + f' "{words[-1]}"*'
    rows = session.execute(
        sa.text(
            "SELECT s.thread_id, snippet(post_search, 1, :start, :stop, '…', 16)"
            " FROM post_search s JOIN thread t ON t.id = s.thread_id"
            " WHERE post_search MATCH :match AND s.community_id = :community"
            " AND t.is_hidden = 0"
            " ORDER BY bm25(post_search, 10.0, 1.0) LIMIT :limit"
        ),
        {
            "start": _START,
            "stop": _STOP,
            "match": match.strip(),
            "community": community_id,
            "limit": limit,
        },
    ).all()
    return [(int(thread_id), snippet or "") for thread_id, snippet in rows]


def _postgres(
    session: Session, *, community_id: int, words: list[str], limit: int
) -> list[tuple[int, str]]:
    query = " & ".join([*words[:-1], f"{words[-1]}:*"])
    rows = session.execute(
        sa.text(
            "SELECT p.thread_id, ts_headline('simple', p.body, q.q, :options)"
            " FROM post p JOIN thread t ON t.id = p.thread_id,"
            " (SELECT to_tsquery('simple', :query) AS q) q"
            " WHERE t.community_id = :community AND NOT t.is_hidden"
            " AND p.deleted_at IS NULL"
            " AND (p.search_vector @@ q.q OR (p.position = 0 AND t.search_vector @@ q.q))"
            " ORDER BY (CASE WHEN p.position = 0 AND t.search_vector @@ q.q THEN 10 ELSE 0 END)"
            " + ts_rank(p.search_vector, q.q) DESC, p.id LIMIT :limit"
        ),
        {
            "options": f"StartSel={_START}, StopSel={_STOP}, MaxWords=24, MinWords=8",
            "query": query,
            "community": community_id,
            "limit": limit,
        },
    ).all()
    return [(int(thread_id), snippet or "") for thread_id, snippet in rows]
