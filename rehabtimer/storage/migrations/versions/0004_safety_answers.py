"""Safety answers that decided a session: the gate question that stopped it, starting with
high pain anyway, and how the pain was the day after it rose; and answers a routine asks only
once per profile (a birth date, a clearance to exercise).

Only new tables: nothing existing is rebuilt, so no batch operation is needed.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "safety_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("question_json", sa.Text(), nullable=True),
        sa.Column("answer", sa.String(), nullable=False),
        sa.Column("answered_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('gate', 'high_pain', 'next_day')", name=op.f("ck_safety_answers_kind")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_safety_answers_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_safety_answers")),
    )
    op.create_index(
        op.f("ix_safety_answers_session_id"), "safety_answers", ["session_id"], unique=False
    )
    op.create_table(
        "kept_answers",
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("question_key", sa.String(), nullable=False),
        sa.Column("answer", sa.String(), nullable=False),
        sa.Column("answered_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profiles.id"],
            name=op.f("fk_kept_answers_profile_id_profiles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("profile_id", "question_key", name=op.f("pk_kept_answers")),
    )
