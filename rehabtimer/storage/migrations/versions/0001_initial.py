"""Initial schema: profiles, routine snapshots, sessions, step results and plans.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "profiles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("disclaimer_accepted_at", sa.DateTime(), nullable=True),
        sa.Column("is_default", sa.Boolean(), nullable=False),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_profiles_name_not_blank")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_profiles")),
        sa.UniqueConstraint("name", name=op.f("uq_profiles_name")),
    )
    op.create_index(
        "uq_profiles_one_default",
        "profiles",
        ["is_default"],
        unique=True,
        sqlite_where=sa.text("is_default = 1"),
    )
    op.create_table(
        "routine_snapshots",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("routine_id", sa.String(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("title_json", sa.Text(), nullable=False),
        sa.Column("definition_json", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "length(content_hash) = 64", name=op.f("ck_routine_snapshots_sha256_hex")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_routine_snapshots")),
        sa.UniqueConstraint("content_hash", name=op.f("uq_routine_snapshots_content_hash")),
    )
    op.create_table(
        "sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("snapshot_id", sa.Integer(), nullable=False),
        sa.Column("routine_id", sa.String(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("utc_offset_min", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("planned_s", sa.Float(), nullable=False),
        sa.Column("active_s", sa.Float(), nullable=False),
        sa.Column("paused_s", sa.Float(), nullable=False),
        sa.Column("steps_total", sa.Integer(), nullable=False),
        sa.Column("steps_done", sa.Integer(), nullable=False),
        sa.Column("current_step", sa.Integer(), nullable=False),
        sa.Column("pain_before", sa.Integer(), nullable=True),
        sa.Column("pain_after", sa.Integer(), nullable=True),
        sa.Column("effort", sa.Integer(), nullable=True),
        sa.Column("stop_reason", sa.String(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "status IN ('in_progress', 'completed', 'stopped', 'interrupted')",
            name=op.f("ck_sessions_status"),
        ),
        sa.CheckConstraint("pain_before BETWEEN 0 AND 10", name=op.f("ck_sessions_pain_before")),
        sa.CheckConstraint("pain_after BETWEEN 0 AND 10", name=op.f("ck_sessions_pain_after")),
        sa.CheckConstraint("effort BETWEEN 0 AND 10", name=op.f("ck_sessions_effort")),
        sa.CheckConstraint(
            "planned_s >= 0 AND active_s >= 0 AND paused_s >= 0", name=op.f("ck_sessions_seconds")
        ),
        sa.CheckConstraint(
            "steps_done BETWEEN 0 AND steps_total AND current_step >= 0",
            name=op.f("ck_sessions_steps"),
        ),
        sa.CheckConstraint(
            "utc_offset_min BETWEEN -1440 AND 1440", name=op.f("ck_sessions_utc_offset")
        ),
        sa.ForeignKeyConstraint(
            ["profile_id"], ["profiles.id"], name=op.f("fk_sessions_profile_id_profiles")
        ),
        sa.ForeignKeyConstraint(
            ["snapshot_id"],
            ["routine_snapshots.id"],
            name=op.f("fk_sessions_snapshot_id_routine_snapshots"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sessions")),
    )
    op.create_index(
        op.f("ix_sessions_profile_id_started_at"), "sessions", ["profile_id", "started_at"]
    )
    op.create_table(
        "step_results",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("step_index", sa.Integer(), nullable=False),
        sa.Column("step_id", sa.String(), nullable=False),
        sa.Column("side", sa.String(), nullable=False),
        sa.Column("planned_s", sa.Float(), nullable=False),
        sa.Column("done_s", sa.Float(), nullable=False),
        sa.Column("planned_reps", sa.Integer(), nullable=True),
        sa.Column("done_reps", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.UniqueConstraint(
            "session_id",
            "step_index",
            "side",
            name=op.f("uq_step_results_session_id_step_index_side"),
        ),
        sa.CheckConstraint(
            "status IN ('completed', 'partial', 'skipped')", name=op.f("ck_step_results_status")
        ),
        sa.CheckConstraint("side IN ('', 'right', 'left')", name=op.f("ck_step_results_side")),
        sa.CheckConstraint(
            "step_index >= 0 AND planned_s >= 0 AND done_s >= 0"
            " AND (planned_reps IS NULL OR planned_reps >= 0)"
            " AND (done_reps IS NULL OR done_reps >= 0)",
            name=op.f("ck_step_results_amounts"),
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_step_results_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_step_results")),
    )
    op.create_table(
        "plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("routine_id", sa.String(), nullable=False),
        sa.Column("per_day", sa.Integer(), nullable=True),
        sa.Column("per_week", sa.Integer(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.UniqueConstraint(
            "profile_id",
            "routine_id",
            "start_date",
            name=op.f("uq_plans_profile_id_routine_id_start_date"),
        ),
        sa.CheckConstraint(
            "(per_day IS NULL) <> (per_week IS NULL)", name=op.f("ck_plans_one_frequency")
        ),
        sa.CheckConstraint(
            "coalesce(per_day, per_week) > 0", name=op.f("ck_plans_positive_frequency")
        ),
        sa.ForeignKeyConstraint(
            ["profile_id"], ["profiles.id"], name=op.f("fk_plans_profile_id_profiles")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plans")),
    )
