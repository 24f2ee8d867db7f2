"""messages: the mute check's index covers withheld messages only

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28 20:45:00

The repeat-offender check (app/chat/messages.py, _STRIKES) counts a sender's withheld,
unmuted messages of the last minutes on every post. Over (sender_id, sent_at) for all
messages it read every recent message of the sender; a partial index over withheld ones
reads only those, and ordinary messages no longer pay for the index on insert.
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

# as app/chat/models.py's WITHHELD_UNMUTED (a migration does not import the models)
_WHERE = {"sqlite": "withheld IS 1 AND muted IS 0",
          "postgresql": "withheld IS true AND muted IS false"}


def upgrade() -> None:
    op.drop_index('ix_messages_sender_time', table_name='messages')
    op.create_index('ix_messages_withheld_sender', 'messages', ['sender_id', 'sent_at'],
                    sqlite_where=sa.text(_WHERE["sqlite"]),
                    postgresql_where=sa.text(_WHERE["postgresql"]))


def downgrade() -> None:
    op.drop_index('ix_messages_withheld_sender', table_name='messages')
    op.create_index('ix_messages_sender_time', 'messages', ['sender_id', 'sent_at'])
