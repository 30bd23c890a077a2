"""The list of sessions under the history charts, as a Qt table model."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from rehabtimer.core.pain import rose
from rehabtimer.core.texts import pick
from rehabtimer.storage.session_records import SafetyAnswer, SessionRecord
from rehabtimer.ui.widgets.plain import plain
from rehabtimer.ui.widgets.words import clock_text

Index = QModelIndex | QPersistentModelIndex
# Rows read at a time: a screenful or two, so ten years of sessions cost one page to open.
PAGE_ROWS = 200


@dataclass(frozen=True)
class SessionPages:
    """Sessions newest first, read from the history a page at a time as the table scrolls."""

    total: int
    read: Callable[[int, int], Sequence[SessionRecord]]
    """(offset, limit) -> that page of sessions, newest first."""


def status_word(status: str, stop_reason: str | None) -> str:
    if status == "completed":
        return QCoreApplication.translate("SessionStatus", "completed")
    if status == "partial":
        return QCoreApplication.translate("SessionStatus", "done in part")
    if status == "interrupted":
        return QCoreApplication.translate("SessionStatus", "interrupted")
    if status == "in_progress":
        return QCoreApplication.translate("SessionStatus", "in progress")
    if stop_reason == "pain":
        return QCoreApplication.translate("SessionStatus", "stopped: pain")
    if stop_reason and stop_reason.startswith("gate:"):
        return QCoreApplication.translate("SessionStatus", "not started: safety answer")
    if stop_reason == "pain:high":
        return QCoreApplication.translate("SessionStatus", "not started: pain")
    return QCoreApplication.translate("SessionStatus", "stopped")


def answer_text(answer: SafetyAnswer, lang: str) -> str:
    """A safety answer as the care team reads it: the question and what was answered."""
    if answer.kind == "gate":
        replies = {"yes": QCoreApplication.translate("SessionStatus", "Yes"),
                   "no": QCoreApplication.translate("SessionStatus", "No")}
        reply = replies.get(answer.answer, answer.answer)  # else a date, as given
        question = pick(answer.question, lang) if answer.question else "?"
        return f"“{question}” {reply}"
    words = {
        "not_today": QCoreApplication.translate("SessionStatus", "rest advised, not started"),
        "start_anyway": QCoreApplication.translate(
            "SessionStatus", "rest advised for high pain, started anyway"),
        "settled": QCoreApplication.translate("SessionStatus", "day after: pain back to usual"),
        "worse": QCoreApplication.translate("SessionStatus", "day after: pain still worse"),
        "skipped": QCoreApplication.translate("SessionStatus", "day after: not answered"),
    }
    return words.get(answer.answer, answer.answer)


def pain_flags(session: SessionRecord) -> list[str]:
    """What the pain scores asked for that the status does not say (core/pain.py)."""
    if rose(session.pain_before, session.pain_after):
        return [QCoreApplication.translate("SessionStatus", "pain rose {before} → {after}").format(
            before=session.pain_before, after=session.pain_after)]
    return []


def status_text(session: SessionRecord, lang: str) -> str:
    """The status with the pain flags and the safety answers that decided it."""
    status = status_word(session.shown_status, session.stop_reason)
    if session.stop_reason == "pain:high" and session.pain_before is not None:
        status = f"{status} {session.pain_before}"
    return " · ".join([status, *pain_flags(session),
                       *(answer_text(a, lang) for a in session.answers)])


def pain_text(before: int | None, after: int | None) -> str:
    if before is None and after is None:
        return ""
    return f"{'-' if before is None else before} → {'-' if after is None else after}"


class SessionTableModel(QAbstractTableModel):
    COLUMNS = ("date", "routine", "status", "time", "pain", "effort", "note")

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._rows: list[SessionRecord] = []
        self._total = 0
        self._read: Callable[[int, int], Sequence[SessionRecord]] | None = None

    def set_sessions(self, sessions: Sequence[SessionRecord]) -> None:
        """Every session at once, for the report, which prints them all."""
        self.beginResetModel()
        self._rows = sorted(sessions, key=lambda s: s.started_at, reverse=True)
        self._total = len(self._rows)
        self._read = None
        self.endResetModel()

    def set_pages(self, pages: SessionPages) -> None:
        self.beginResetModel()
        self._rows = list(pages.read(0, PAGE_ROWS)) if pages.total else []
        self._total = max(pages.total, len(self._rows))
        self._read = pages.read
        self.endResetModel()

    @property
    def total(self) -> int:
        """Sessions in the list, read or not yet."""
        return self._total

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 (Qt's signature)
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008 (Qt's signature)
        if parent.isValid() or self._read is None:
            return
        page = self._read(len(self._rows), PAGE_ROWS)
        if not page:
            # Sessions deleted elsewhere since the count: the list ends here.
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self._total = max(self._total, len(self._rows))
        self.endInsertRows()

    def session_at(self, row: int) -> SessionRecord:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (
            self.tr("Date"), self.tr("Routine"), self.tr("Status"), self.tr("Active time"),
            self.tr("Pain before → after"), self.tr("Effort"), self.tr("Note"),
        )
        return headers[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            # A tooltip takes what looks like HTML for HTML: a note is shown as written.
            text = self.data(index)
            return None if text is None else plain(text)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        s = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if column == "date":
            return s.started_at.strftime("%Y-%m-%d %H:%M")
        if column == "routine":
            return pick(s.routine_title, self._lang)
        if column == "status":
            return status_text(s, self._lang)
        if column == "time":
            return clock_text(s.active_s)
        if column == "pain":
            return pain_text(s.pain_before, s.pain_after)
        if column == "effort":
            return "" if s.effort is None else str(s.effort)
        return s.note or ""
