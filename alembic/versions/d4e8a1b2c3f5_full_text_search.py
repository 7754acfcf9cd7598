"""full-text search over thread titles and posts

SQLite: an FTS5 table ``post_search`` (one row per visible post, the opening
post carrying its thread's title), kept by triggers on ``post`` and ``thread``.
PostgreSQL: generated ``tsvector`` columns with GIN indexes. Neither is in the
SQLModel metadata: ``cop_app.search`` queries them, and the schema check skips
them (see ``cop_app.search.include_object``).

Revision ID: d4e8a1b2c3f5
Revises: c3d9e2f1a7b4
Create Date: 2026-11-22 18:30:00

"""
from typing import Sequence, Union

from alembic import op

import cop_app.models  # noqa: F401  (custom column types such as UTCDateTime)

# revision identifiers, used by Alembic.
revision: str = 'd4e8a1b2c3f5'
down_revision: Union[str, Sequence[str], None] = 'c3d9e2f1a7b4'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

_SQLITE_UP = [
    """CREATE VIRTUAL TABLE post_search USING fts5(
        title, body, thread_id UNINDEXED, community_id UNINDEXED,
        tokenize = 'unicode61 remove_diacritics 2'
    )""",
    # A visible post is indexed; a deleted one is not.
    """CREATE TRIGGER post_search_insert AFTER INSERT ON post WHEN new.deleted_at IS NULL
    BEGIN
        INSERT INTO post_search (rowid, title, body, thread_id, community_id)
        SELECT new.id, CASE WHEN new.position = 0 THEN t.title ELSE '' END, new.body,
               new.thread_id, t.community_id
        FROM thread t WHERE t.id = new.thread_id;
    END""",
    """CREATE TRIGGER post_search_update AFTER UPDATE OF body, deleted_at, thread_id ON post
    BEGIN
        DELETE FROM post_search WHERE rowid = old.id;
        INSERT INTO post_search (rowid, title, body, thread_id, community_id)
        SELECT new.id, CASE WHEN new.position = 0 THEN t.title ELSE '' END, new.body,
               new.thread_id, t.community_id
        FROM thread t WHERE t.id = new.thread_id AND new.deleted_at IS NULL;
    END""",
    """CREATE TRIGGER post_search_delete AFTER DELETE ON post
    BEGIN
        DELETE FROM post_search WHERE rowid = old.id;
    END""",
    # A thread's new title, or its move to another community.
    """CREATE TRIGGER post_search_thread AFTER UPDATE OF title, community_id ON thread
    BEGIN
        UPDATE post_search SET community_id = new.community_id WHERE thread_id = new.id;
        UPDATE post_search SET title = new.title
        WHERE rowid = (SELECT id FROM post WHERE thread_id = new.id AND position = 0);
    END""",
    # Index what is already there.
    """INSERT INTO post_search (rowid, title, body, thread_id, community_id)
    SELECT p.id, CASE WHEN p.position = 0 THEN t.title ELSE '' END, p.body, p.thread_id,
           t.community_id
    FROM post p JOIN thread t ON t.id = p.thread_id WHERE p.deleted_at IS NULL""",
]

_SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS post_search_thread",
    "DROP TRIGGER IF EXISTS post_search_delete",
    "DROP TRIGGER IF EXISTS post_search_update",
    "DROP TRIGGER IF EXISTS post_search_insert",
    "DROP TABLE IF EXISTS post_search",
]

_POSTGRES_UP = [
    """ALTER TABLE post ADD COLUMN search_vector tsvector
       GENERATED ALWAYS AS (to_tsvector('simple', coalesce(body, ''))) STORED""",
    "CREATE INDEX ix_post_search_vector ON post USING gin (search_vector)",
    """ALTER TABLE thread ADD COLUMN search_vector tsvector
       GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, ''))) STORED""",
    "CREATE INDEX ix_thread_search_vector ON thread USING gin (search_vector)",
]

_POSTGRES_DOWN = [
    "DROP INDEX IF EXISTS ix_thread_search_vector",
    "ALTER TABLE thread DROP COLUMN IF EXISTS search_vector",
    "DROP INDEX IF EXISTS ix_post_search_vector",
    "ALTER TABLE post DROP COLUMN IF EXISTS search_vector",
]


def _run(statements: list[str]) -> None:
    for statement in statements:
        op.execute(statement)


def upgrade() -> None:
    """Upgrade schema."""
    dialect = op.get_context().dialect.name
    if dialect == "sqlite":
        _run(_SQLITE_UP)
    elif dialect == "postgresql":
        _run(_POSTGRES_UP)


def downgrade() -> None:
    """Downgrade schema."""
    dialect = op.get_context().dialect.name
    if dialect == "sqlite":
        _run(_SQLITE_DOWN)
    elif dialect == "postgresql":
        _run(_POSTGRES_DOWN)
