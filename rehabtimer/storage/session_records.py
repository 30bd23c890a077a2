"""Sessions and their step results as they are read, imported, or found unreadable."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from rehabtimer.storage.errors import StorageError
from rehabtimer.storage.models import SessionStatus, Side, StepStatus


@dataclass(frozen=True)
class SessionRecord:
    id: int
    profile_id: int
    snapshot_id: int
    routine_id: str
    routine_title: Mapping[str, str]
    started_at: datetime
    ended_at: datetime | None
    utc_offset_min: int
    status: SessionStatus
    planned_s: float
    active_s: float
    paused_s: float
    steps_total: int
    steps_done: int
    current_step: int
    pain_before: int | None
    pain_after: int | None
    effort: int | None
    stop_reason: str | None
    note: str | None
    answers: tuple[SafetyAnswer, ...] = ()
    """Safety answers that decided what happened, in the order they were given."""

    @property
    def complete(self) -> bool:
        """Run to its end with every step done. A step skipped, or ended early, is not
        done: such a session is only done in part, and counts in part."""
        return self.status == "completed" and self.steps_done >= self.steps_total

    @property
    def shown_status(self) -> str:
        """The status a caregiver reads: "partial" for a session run to its end with steps
        skipped or cut short; otherwise the stored status."""
        return "partial" if self.status == "completed" and not self.complete else self.status


@dataclass(frozen=True)
class SafetyAnswer:
    kind: str
    """"gate", "high_pain" or "next_day" (models.AnswerKind)."""
    question: Mapping[str, str] | None
    """A gate question as the routine worded it; None for the app's own questions."""
    answer: str


@dataclass(frozen=True)
class StepResultRecord:
    session_id: int
    step_index: int
    step_id: str
    side: Side
    planned_s: float
    done_s: float
    planned_reps: int | None
    done_reps: int | None
    status: StepStatus


# The longest stretch of a stored value quoted in a problem: enough to recognise it.
_SHOWN_CHARS = 40


def shown(value: Any) -> str:
    """A stored value as a problem quotes it: printable text as it is, anything else as
    Python writes it, shortened."""
    text = value if isinstance(value, str) and value.isprintable() else repr(value)
    return text if len(text) <= _SHOWN_CHARS else text[: _SHOWN_CHARS - 1] + "…"


@dataclass(frozen=True)
class SessionProblem:
    """A session that cannot be read (a row edited by hand, a damaged value): it is left
    out of what is read, and nothing in the file is changed."""

    session_id: int
    day: date | None
    """Its local start date, where that much can be read."""
    column: str
    """The column that cannot be read, as the file names it."""
    value: str
    """What that column holds, as text, shortened."""

    def __str__(self) -> str:
        session = f"Session {self.session_id}"
        if self.day is not None:
            session += f" ({self.day.isoformat()})"
        return (
            f"{session} cannot be read: its {self.column} is “{self.value}”, which is not "
            "valid. It is left out; the history file has not been changed."
        )


class SessionList(list[SessionRecord]):
    """Sessions as read; `problems` names each one left out because it cannot be read."""

    def __init__(
        self, records: Iterable[SessionRecord] = (), problems: Iterable[SessionProblem] = ()
    ) -> None:
        super().__init__(records)
        self.problems = tuple(problems)


class UnreadableSession(StorageError):
    def __init__(self, problem: SessionProblem) -> None:
        super().__init__(str(problem))
        self.problem = problem


@dataclass(frozen=True)
class StepResultImport:
    step_index: int
    step_id: str
    side: Side
    planned_s: float
    done_s: float
    planned_reps: int | None
    done_reps: int | None
    status: StepStatus


@dataclass(frozen=True)
class SessionImport:
    """A finished session recorded elsewhere, with its step results."""

    profile_id: int
    snapshot_id: int
    routine_id: str
    started_at: datetime
    ended_at: datetime | None
    status: SessionStatus
    planned_s: float
    active_s: float
    paused_s: float
    steps_total: int
    steps_done: int
    pain_before: int | None
    pain_after: int | None
    effort: int | None
    stop_reason: str | None
    note: str | None
    step_results: tuple[StepResultImport, ...]
