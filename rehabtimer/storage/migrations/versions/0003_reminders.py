"""Reminder times per profile and routine, and when reminders were last checked.

Only new tables: nothing existing is rebuilt, so no batch operation is needed.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reminder_times",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("routine_id", sa.String(), nullable=False),
        sa.Column("minute_of_day", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminder_times")),
        sa.UniqueConstraint(
            "profile_id",
            "routine_id",
            "minute_of_day",
            name=op.f("uq_reminder_times_profile_id_routine_id_minute_of_day"),
        ),
        sa.CheckConstraint(
            "minute_of_day BETWEEN 0 AND 1439", name=op.f("ck_reminder_times_minute_of_day")
        ),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profiles.id"],
            name=op.f("fk_reminder_times_profile_id_profiles"),
            ondelete="CASCADE",
        ),
    )
    op.create_table(
        "reminder_checks",
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("checked_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profiles.id"],
            name=op.f("fk_reminder_checks_profile_id_profiles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("profile_id", name=op.f("pk_reminder_checks")),
    )
