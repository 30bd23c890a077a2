"""The tables of the history file.

Datetimes are stored as naive UTC: SQLite has no time zone type and SQLAlchemy's
`DateTime(timezone=True)` silently drops the offset there. A session keeps the patient's
local offset at its start in `utc_offset_min`, so its local date and wall-clock time can be
rebuilt (repositories hand out timezone-aware datetimes only).

Any change here needs a new migration in migrations/versions/ and a new SCHEMA_REVISION.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal, get_args

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# The Alembic revision that create_all() produces; a test keeps it equal to the scripts' head.
SCHEMA_REVISION = "0006"

SessionStatus = Literal["in_progress", "completed", "stopped", "interrupted"]
StepStatus = Literal["completed", "partial", "skipped"]
# "" stands for a step without sides, so that UNIQUE(session, step, side) also holds for it
# (NULLs never collide in a UNIQUE constraint).
Side = Literal["", "right", "left"]
# The values of rehabtimer.core.plans.Excuse.
DayMarkKind = Literal["rest", "sick", "away"]
AuditAction = Literal["session_deleted", "profile_deleted"]
# A routine's gate question; pain before too high to start; how the pain was the day after
# a session it rose in.
AnswerKind = Literal["gate", "high_pain", "next_day"]


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def _score(column: str) -> str:
    return f"{column} BETWEEN 0 AND 10"


class Base(DeclarativeBase):
    # Named constraints let a later batch migration drop or alter them by name.
    metadata = MetaData(
        naming_convention={
            "ix": "ix_%(table_name)s_%(column_0_N_name)s",
            "uq": "uq_%(table_name)s_%(column_0_N_name)s",
            "ck": "ck_%(table_name)s_%(constraint_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
        }
    )


class ProfileRow(Base):
    __tablename__ = "profiles"
    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        # At most one default profile.
        Index(
            "uq_profiles_one_default",
            "is_default",
            unique=True,
            sqlite_where=text("is_default = 1"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String, unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    disclaimer_accepted_at: Mapped[datetime | None] = mapped_column(DateTime)
    is_default: Mapped[bool] = mapped_column(Boolean)


class SnapshotRow(Base):
    """The exact routine a session followed, kept even if the routine file changes later."""

    __tablename__ = "routine_snapshots"
    __table_args__ = (CheckConstraint("length(content_hash) = 64", name="sha256_hex"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    routine_id: Mapped[str] = mapped_column(String)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    title_json: Mapped[str] = mapped_column(Text)
    definition_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class SessionRow(Base):
    __tablename__ = "sessions"
    __table_args__ = (
        CheckConstraint(_one_of("status", get_args(SessionStatus)), name="status"),
        CheckConstraint(_score("pain_before"), name="pain_before"),
        CheckConstraint(_score("pain_after"), name="pain_after"),
        CheckConstraint(_score("effort"), name="effort"),
        CheckConstraint("planned_s >= 0 AND active_s >= 0 AND paused_s >= 0", name="seconds"),
        CheckConstraint("steps_done BETWEEN 0 AND steps_total AND current_step >= 0", name="steps"),
        # Real offsets lie between -12:00 and +14:00; anything beyond a day is a bug.
        CheckConstraint("utc_offset_min BETWEEN -1440 AND 1440", name="utc_offset"),
        Index(None, "profile_id", "started_at"),
        # Covers the history's daily and month sums (the latter count the sessions stopped
        # for pain): a decade of them is read from the index alone, in the order they are
        # grouped in.
        Index(
            "ix_sessions_daily_sums", "profile_id", "local_day", "routine_id", "status",
            "steps_done", "steps_total", "planned_s", "active_s", "pain_before", "pain_after",
            "effort", "stop_reason",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id"))
    snapshot_id: Mapped[int] = mapped_column(ForeignKey("routine_snapshots.id"))
    routine_id: Mapped[str] = mapped_column(String)
    started_at: Mapped[datetime] = mapped_column(DateTime)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime)
    utc_offset_min: Mapped[int] = mapped_column(Integer)
    status: Mapped[SessionStatus] = mapped_column(String)
    planned_s: Mapped[float] = mapped_column(Float)
    active_s: Mapped[float] = mapped_column(Float)
    paused_s: Mapped[float] = mapped_column(Float)
    steps_total: Mapped[int] = mapped_column(Integer)
    steps_done: Mapped[int] = mapped_column(Integer)
    current_step: Mapped[int] = mapped_column(Integer)
    pain_before: Mapped[int | None] = mapped_column(Integer)
    pain_after: Mapped[int | None] = mapped_column(Integer)
    effort: Mapped[int | None] = mapped_column(Integer)
    stop_reason: Mapped[str | None] = mapped_column(String)
    note: Mapped[str | None] = mapped_column(Text)
    # The local start date as date.toordinal() counts it, NULL if any column cannot be read.
    # Written by SQLite's triggers (storage/local_day.py) whenever the row changes, a hand
    # edit included, so that reads neither compute it nor check the row again.
    local_day: Mapped[int | None] = mapped_column(Integer)


class StepResultRow(Base):
    __tablename__ = "step_results"
    __table_args__ = (
        UniqueConstraint("session_id", "step_index", "side"),
        CheckConstraint(_one_of("status", get_args(StepStatus)), name="status"),
        CheckConstraint(_one_of("side", get_args(Side)), name="side"),
        CheckConstraint(
            "step_index >= 0 AND planned_s >= 0 AND done_s >= 0"
            " AND (planned_reps IS NULL OR planned_reps >= 0)"
            " AND (done_reps IS NULL OR done_reps >= 0)",
            name="amounts",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    step_index: Mapped[int] = mapped_column(Integer)
    step_id: Mapped[str] = mapped_column(String)
    side: Mapped[Side] = mapped_column(String)
    planned_s: Mapped[float] = mapped_column(Float)
    done_s: Mapped[float] = mapped_column(Float)
    planned_reps: Mapped[int | None] = mapped_column(Integer)
    done_reps: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[StepStatus] = mapped_column(String)


class PlanRow(Base):
    """How often a routine is recommended, in force from start_date until a later plan."""

    __tablename__ = "plans"
    __table_args__ = (
        UniqueConstraint("profile_id", "routine_id", "start_date"),
        CheckConstraint("(per_day IS NULL) <> (per_week IS NULL)", name="one_frequency"),
        CheckConstraint("coalesce(per_day, per_week) > 0", name="positive_frequency"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id"))
    routine_id: Mapped[str] = mapped_column(String)
    per_day: Mapped[int | None] = mapped_column(Integer)
    per_week: Mapped[int | None] = mapped_column(Integer)
    start_date: Mapped[date] = mapped_column(Date)


class DayMarkRow(Base):
    """A day the patient was resting, sick or away: left out of adherence, not missed."""

    __tablename__ = "day_marks"
    __table_args__ = (
        UniqueConstraint("profile_id", "day"),
        CheckConstraint(_one_of("kind", get_args(DayMarkKind)), name="kind"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"))
    day: Mapped[date] = mapped_column(Date)
    kind: Mapped[DayMarkKind] = mapped_column(String)
    note: Mapped[str | None] = mapped_column(Text)


class AuditRow(Base):
    """A deletion, kept after the deleted rows are gone so the gap can be explained."""

    __tablename__ = "audit_log"
    __table_args__ = (CheckConstraint("utc_offset_min BETWEEN -1440 AND 1440", name="utc_offset"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    utc_offset_min: Mapped[int] = mapped_column(Integer)
    action: Mapped[AuditAction] = mapped_column(String)
    # JSON: what was deleted, in enough detail to say so to the patient.
    detail: Mapped[str] = mapped_column(Text)


class ReminderTimeRow(Base):
    """A time of day to remind this patient of a routine, on the local wall clock."""

    __tablename__ = "reminder_times"
    __table_args__ = (
        UniqueConstraint("profile_id", "routine_id", "minute_of_day"),
        CheckConstraint("minute_of_day BETWEEN 0 AND 1439", name="minute_of_day"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"))
    routine_id: Mapped[str] = mapped_column(String)
    minute_of_day: Mapped[int] = mapped_column(Integer)


class ReminderCheckRow(Base):
    """When reminders were last looked at; what fell due after it, unseen, is shown once."""

    __tablename__ = "reminder_checks"

    profile_id: Mapped[int] = mapped_column(
        ForeignKey("profiles.id", ondelete="CASCADE"), primary_key=True
    )
    checked_at: Mapped[datetime] = mapped_column(DateTime)


class SafetyAnswerRow(Base):
    """An answer to a safety question that decided what happened, kept for the care team."""

    __tablename__ = "safety_answers"
    __table_args__ = (
        CheckConstraint(_one_of("kind", get_args(AnswerKind)), name="kind"),
        Index(None, "session_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    kind: Mapped[AnswerKind] = mapped_column(String)
    # A gate question as the routine worded it ({"ja": ..., "en": ...}); the app words the others.
    question_json: Mapped[str | None] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(String)
    answered_at: Mapped[datetime] = mapped_column(DateTime)


class KeptAnswerRow(Base):
    """A safety answer a routine asks only once per profile (a birth date, a clearance)."""

    __tablename__ = "kept_answers"

    profile_id: Mapped[int] = mapped_column(
        ForeignKey("profiles.id", ondelete="CASCADE"), primary_key=True
    )
    # "<routine id>/<gate question id>"
    question_key: Mapped[str] = mapped_column(String, primary_key=True)
    answer: Mapped[str] = mapped_column(String)
    answered_at: Mapped[datetime] = mapped_column(DateTime)
