"""building_block_assessment: the team's own 1-5 rating of each building block

The health dashboard's scorecard measures six building blocks from activity;
the other four (and, optionally, the measured ones) are rated by the
community's leads and facilitators. One row per community and block.

Revision ID: f6a2b3c4d5e7
Revises: e5f1a2b3c4d6
Create Date: 2026-11-22 21:30:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import sqlmodel

import cop_app.models  # noqa: F401  (custom column types such as UTCDateTime)

# revision identifiers, used by Alembic.
revision: str = 'f6a2b3c4d5e7'
down_revision: Union[str, Sequence[str], None] = 'e5f1a2b3c4d6'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema: a new table, nothing else touched."""
    op.create_table(
        'building_block_assessment',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('community_id', sa.Integer(), nullable=False),
        sa.Column(
            'block',
            sa.Enum(
                'leadership',
                'critical_mass',
                'management_support',
                'resources',
                'topic_focus',
                'problem_solving',
                'technology',
                'knowledge_transfer',
                'trust',
                'passion',
                name='ck_building_block_assessment_block',
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column('score', sa.Integer(), nullable=False),
        sa.Column('note', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column('updated_by_id', sa.Integer(), nullable=True),
        sa.Column('updated_at', cop_app.models.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint('score BETWEEN 1 AND 5', name='ck_building_block_assessment_score'),
        sa.ForeignKeyConstraint(
            ['community_id'],
            ['community.id'],
            name=op.f('fk_building_block_assessment_community_id_community'),
            ondelete='CASCADE',
        ),
        sa.ForeignKeyConstraint(
            ['updated_by_id'],
            ['user_account.id'],
            name=op.f('fk_building_block_assessment_updated_by_id_user_account'),
            ondelete='SET NULL',
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_building_block_assessment')),
        sa.UniqueConstraint(
            'community_id', 'block', name='uq_building_block_assessment_community_block'
        ),
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table('building_block_assessment')
