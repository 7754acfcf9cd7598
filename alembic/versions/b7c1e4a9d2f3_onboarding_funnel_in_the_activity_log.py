"""onboarding funnel in the activity log

Revision ID: b7c1e4a9d2f3
Revises: 5f8699e39c36
Create Date: 2026-11-23 10:00:00.000000

Written by hand: alembic autogenerate does not see new enum values in a
non-native enum's CHECK constraint. The activity log gains the onboarding
funnel's kinds (started, step completed, finished, first contribution),
``community_id`` becomes nullable (funnel events belong to no community) and a
short ``detail`` column (the step's name). Batch mode recreates the table on
SQLite and alters it in place on PostgreSQL.
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

import cop_app.models  # noqa: F401  (custom column types such as UTCDateTime)
import sqlmodel

# revision identifiers, used by Alembic.
revision: str = 'b7c1e4a9d2f3'
down_revision: Union[str, Sequence[str], None] = '5f8699e39c36'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

OLD_KINDS = (
    'member_joined',
    'member_left',
    'join_requested',
    'thread_created',
    'reply_created',
    'reaction_added',
    'answer_accepted',
)
NEW_KINDS = OLD_KINDS + (
    'onboarding_started',
    'onboarding_step_completed',
    'onboarding_finished',
    'first_contribution',
)
FUNNEL_KINDS = NEW_KINDS[len(OLD_KINDS):]


def _kind_check(kinds: Sequence[str]) -> str:
    # The column stays VARCHAR(32); only the named CHECK that lists the values changes
    # (the same SQL SQLAlchemy emits for the model's non-native Enum).
    return 'kind IN (' + ', '.join(f"'{k}'" for k in kinds) + ')'


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table('activity_event', schema=None) as batch_op:
        batch_op.drop_constraint('ck_activity_kind', type_='check')
        batch_op.create_check_constraint('ck_activity_kind', _kind_check(NEW_KINDS))
        batch_op.alter_column('community_id',
               existing_type=sa.Integer(),
               nullable=True)
        batch_op.add_column(sa.Column('detail', sqlmodel.sql.sqltypes.AutoString(length=40), server_default=sa.text("('')"), nullable=False))
        batch_op.create_index('ix_activity_actor_kind', ['actor_id', 'kind'], unique=False)


def downgrade() -> None:
    """Downgrade schema (the funnel's events are deleted: the old schema cannot hold them)."""
    activity = sa.table('activity_event', sa.column('kind', sa.String()), sa.column('community_id', sa.Integer()))
    op.execute(activity.delete().where(sa.or_(activity.c.kind.in_(FUNNEL_KINDS), activity.c.community_id.is_(None))))
    with op.batch_alter_table('activity_event', schema=None) as batch_op:
        batch_op.drop_index('ix_activity_actor_kind')
        batch_op.drop_column('detail')
        batch_op.alter_column('community_id',
               existing_type=sa.Integer(),
               nullable=False)
        batch_op.drop_constraint('ck_activity_kind', type_='check')
        batch_op.create_check_constraint('ck_activity_kind', _kind_check(OLD_KINDS))
