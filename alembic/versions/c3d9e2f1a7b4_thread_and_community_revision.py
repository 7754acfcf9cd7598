"""thread and community revision counters (live pages compare them)

Revision ID: c3d9e2f1a7b4
Revises: 8f6815b2b543
Create Date: 2026-11-22 18:10:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

import cop_app.models  # noqa: F401  (custom column types such as UTCDateTime)

# revision identifiers, used by Alembic.
revision: str = 'c3d9e2f1a7b4'
down_revision: Union[str, Sequence[str], None] = '8f6815b2b543'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    for table in ('community', 'thread'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column('revision', sa.Integer(), server_default=sa.text('0'), nullable=False)
            )


def downgrade() -> None:
    """Downgrade schema."""
    for table in ('thread', 'community'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('revision')
