"""thread.changed_at: live dashboards re-read only the threads changed since their last look

Revision ID: e5f1a2b3c4d6
Revises: d4e8a1b2c3f5
Create Date: 2026-11-22 21:00:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

import cop_app.models  # noqa: F401  (custom column types such as UTCDateTime)

# revision identifiers, used by Alembic.
revision: str = 'e5f1a2b3c4d6'
down_revision: Union[str, Sequence[str], None] = 'd4e8a1b2c3f5'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema.

    A plain ADD COLUMN (not a batch rebuild: on SQLite that would drop the
    full-text triggers on ``thread``). Existing rows take their last activity.
    """
    if op.get_bind().dialect.name == 'postgresql':
        op.add_column('thread', sa.Column('changed_at', cop_app.models.UTCDateTime(), nullable=True))
        op.execute('UPDATE thread SET changed_at = last_activity_at')
        op.alter_column('thread', 'changed_at', nullable=False)
    else:
        # SQLite adds a NOT NULL column only with a default; every row is set next.
        op.add_column(
            'thread',
            sa.Column(
                'changed_at',
                cop_app.models.UTCDateTime(),
                nullable=False,
                server_default=sa.text("'1970-01-01 00:00:00.000000'"),
            ),
        )
        op.execute('UPDATE thread SET changed_at = last_activity_at')
    op.create_index(
        'ix_thread_community_changed', 'thread', ['community_id', 'changed_at'], unique=False
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index('ix_thread_community_changed', table_name='thread')
    with op.batch_alter_table('thread', schema=None) as batch_op:
        batch_op.drop_column('changed_at')
