"""Day marks (rest, sick, away) and an audit log of deletions.

Only new tables: nothing existing is rebuilt, so no batch operation is needed.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "day_marks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_day_marks")),
        sa.UniqueConstraint("profile_id", "day", name=op.f("uq_day_marks_profile_id_day")),
        sa.CheckConstraint("kind IN ('rest', 'sick', 'away')", name=op.f("ck_day_marks_kind")),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profiles.id"],
            name=op.f("fk_day_marks_profile_id_profiles"),
            ondelete="CASCADE",
        ),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("utc_offset_min", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "utc_offset_min BETWEEN -1440 AND 1440", name=op.f("ck_audit_log_utc_offset")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
