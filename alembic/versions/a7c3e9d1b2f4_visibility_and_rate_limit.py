"""community.visibility and the rate_limit table

Who may read a community's discussions (public, signed-in members of the site,
or its members only), separate from how people join: communities that review
join requests become members-only, open ones stay public. And the one write
limiter's state, shared by every worker.

Revision ID: a7c3e9d1b2f4
Revises: f6a2b3c4d5e7
Create Date: 2026-12-07 07:00:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import sqlmodel

# revision identifiers, used by Alembic.
revision: str = 'a7c3e9d1b2f4'
down_revision: Union[str, Sequence[str], None] = 'f6a2b3c4d5e7'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

_VISIBILITY = sa.Enum(
    'public',
    'site',
    'members',
    name='ck_community_visibility',
    native_enum=False,
    create_constraint=True,
    length=32,
)


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        'rate_limit',
        sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column('allowed_at', sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint('key'),
    )
    with op.batch_alter_table('community', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('visibility', _VISIBILITY, nullable=False, server_default='public')
        )
    op.execute("UPDATE community SET visibility = 'members' WHERE openness = 'selective'")


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('community', schema=None) as batch_op:
        batch_op.drop_column('visibility')
    op.drop_table('rate_limit')
