"""Sentences for history rows that cannot be read (edited by hand, damaged)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from rehabtimer.storage.repositories import SessionProblem


def session_problem_text(problem: SessionProblem) -> str:
    """The sentence for a session that cannot be read, in the patient's language."""
    if problem.day is None:
        text = QCoreApplication.translate(
            "Errors", "Session {id} cannot be read: its {column} is “{value}”, which is not "
                      "valid. It is left out; the history file has not been changed.")
    else:
        text = QCoreApplication.translate(
            "Errors", "Session {id} ({day}) cannot be read: its {column} is “{value}”, which "
                      "is not valid. It is left out; the history file has not been changed.")
    return text.format(id=problem.session_id, day=problem.day, column=problem.column,
                       value=problem.value)
