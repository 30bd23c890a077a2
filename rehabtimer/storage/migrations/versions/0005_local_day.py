"""Each session's local start day, kept in its row by SQLite, and an index that covers the
history's daily sums: a decade of them is read from the index alone.

Triggers write `local_day` whenever a session row is written (NULL where a column cannot be
read); the UPDATE below fills it for the sessions already there. The column is added with a
rebuild of the table so that its definition reads exactly as a new file's.

The SQL is written out here, not imported, so that this step stays what it was when later
versions change the code.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

LOCAL_DAY = (
    "CASE WHEN (typeof(sessions.started_at) = 'text' AND length(sessions.started_at) IN "
    "(19, 26) AND substr(sessions.started_at, 20, 1) IN ('', '.') AND "
    "(length(sessions.started_at) = 19 OR substr(sessions.started_at, 26) BETWEEN '0' "
    "AND '9') AND sessions.started_at >= '0001-01-02' AND sessions.started_at < "
    "'9999-12-30' AND coalesce(datetime(sessions.started_at), '') = "
    "substr(sessions.started_at, 1, 19) AND substr(sessions.started_at, 12, 2) < '24' "
    "AND CASE WHEN (substr(sessions.started_at, 9, 2) <= '28') THEN 1 ELSE "
    "coalesce(date(substr(sessions.started_at, 1, 10), '+0 days'), '') = "
    'substr(sessions.started_at, 1, 10) END = 1 AND typeof(sessions.utc_offset_min) IN '
    "('integer') AND sessions.utc_offset_min BETWEEN -1439 AND 1439 AND "
    "(sessions.ended_at IS NULL OR typeof(sessions.ended_at) = 'text' AND "
    "length(sessions.ended_at) IN (19, 26) AND substr(sessions.ended_at, 20, 1) IN ('', "
    "'.') AND (length(sessions.ended_at) = 19 OR substr(sessions.ended_at, 26) BETWEEN "
    "'0' AND '9') AND sessions.ended_at >= '0001-01-02' AND sessions.ended_at < "
    "'9999-12-30' AND coalesce(datetime(sessions.ended_at), '') = "
    "substr(sessions.ended_at, 1, 19) AND substr(sessions.ended_at, 12, 2) < '24' AND "
    "CASE WHEN (substr(sessions.ended_at, 9, 2) <= '28') THEN 1 ELSE "
    "coalesce(date(substr(sessions.ended_at, 1, 10), '+0 days'), '') = "
    'substr(sessions.ended_at, 1, 10) END = 1) AND typeof(sessions.profile_id) IN '
    "('integer') AND typeof(sessions.snapshot_id) IN ('integer') AND "
    "typeof(sessions.routine_id) IN ('text') AND typeof(sessions.status) IN ('text') AND "
    "sessions.status IN ('in_progress', 'completed', 'stopped', 'interrupted') AND "
    "typeof(sessions.planned_s) IN ('integer', 'real') AND sessions.planned_s BETWEEN 0 "
    "AND 1000000000000.0 AND typeof(sessions.active_s) IN ('integer', 'real') AND "
    'sessions.active_s BETWEEN 0 AND 1000000000000.0 AND typeof(sessions.paused_s) IN '
    "('integer', 'real') AND sessions.paused_s BETWEEN 0 AND 1000000000000.0 AND "
    "typeof(sessions.steps_total) IN ('integer') AND typeof(sessions.steps_done) IN "
    "('integer') AND typeof(sessions.current_step) IN ('integer') AND "
    "(sessions.pain_before IS NULL OR typeof(sessions.pain_before) IN ('integer') AND "
    'sessions.pain_before BETWEEN 0 AND 10) AND (sessions.pain_after IS NULL OR '
    "typeof(sessions.pain_after) IN ('integer') AND sessions.pain_after BETWEEN 0 AND "
    "10) AND (sessions.effort IS NULL OR typeof(sessions.effort) IN ('integer') AND "
    "sessions.effort BETWEEN 0 AND 10) AND typeof(sessions.stop_reason) IN ('text', "
    "'null') AND typeof(sessions.note) IN ('text', 'null')) THEN "
    '(unixepoch(substr(sessions.started_at, 1, 19)) + sessions.utc_offset_min * 60 + '
    '62135596800) / 86400 + 1 END'
)
WATCHED = (
    'id, profile_id, snapshot_id, routine_id, started_at, ended_at, utc_offset_min, '
    'status, planned_s, active_s, paused_s, steps_total, steps_done, current_step, '
    'pain_before, pain_after, effort, stop_reason, note'
)
SET_LOCAL_DAY = f"UPDATE sessions SET local_day = {LOCAL_DAY} WHERE id = NEW.id;"


def upgrade() -> None:
    with op.batch_alter_table("sessions", recreate="always") as batch:
        batch.add_column(sa.Column("local_day", sa.Integer(), nullable=True))
    op.execute(f"UPDATE sessions SET local_day = {LOCAL_DAY}")
    op.create_index(
        "ix_sessions_daily_sums",
        "sessions",
        ["profile_id", "local_day", "routine_id", "status", "steps_done", "steps_total",
         "planned_s", "active_s", "pain_before", "pain_after", "effort"],
        unique=False,
    )
    op.execute(
        "CREATE TRIGGER sessions_local_day_on_insert AFTER INSERT ON sessions "
        f"BEGIN {SET_LOCAL_DAY} END"
    )
    op.execute(
        f"CREATE TRIGGER sessions_local_day_on_update AFTER UPDATE OF {WATCHED} ON sessions "
        f"BEGIN {SET_LOCAL_DAY} END"
    )
