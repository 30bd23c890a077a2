"""The history's index also holds the reason a session stopped: the month sums count the
sessions stopped for pain, and with the column in the index they read the sessions from it
alone again, not each session's row as well.

SQLite cannot add a column to an index: it is dropped and made again, in the upgrade's
transaction, so a failed upgrade leaves the old index in place. The columns are written out
here, not taken from the models, so that this step stays what it was.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_sessions_daily_sums", table_name="sessions")
    op.create_index(
        "ix_sessions_daily_sums",
        "sessions",
        ["profile_id", "local_day", "routine_id", "status", "steps_done", "steps_total",
         "planned_s", "active_s", "pain_before", "pain_after", "effort", "stop_reason"],
        unique=False,
    )
