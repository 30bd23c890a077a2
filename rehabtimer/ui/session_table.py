"""The list of sessions under the history charts, as a Qt table model."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from rehabtimer.core.texts import pick
from rehabtimer.storage.repositories import SessionRecord
from rehabtimer.ui.words import clock_text

Index = QModelIndex | QPersistentModelIndex


def status_word(status: str, stop_reason: str | None) -> str:
    if status == "completed":
        return QCoreApplication.translate("SessionStatus", "completed")
    if status == "interrupted":
        return QCoreApplication.translate("SessionStatus", "interrupted")
    if status == "in_progress":
        return QCoreApplication.translate("SessionStatus", "in progress")
    if stop_reason == "pain":
        return QCoreApplication.translate("SessionStatus", "stopped: pain")
    if stop_reason and stop_reason.startswith("gate:"):
        return QCoreApplication.translate("SessionStatus", "not started: safety answer")
    return QCoreApplication.translate("SessionStatus", "stopped")


def pain_text(before: int | None, after: int | None) -> str:
    if before is None and after is None:
        return ""
    return f"{'-' if before is None else before} → {'-' if after is None else after}"


class SessionTableModel(QAbstractTableModel):
    COLUMNS = ("date", "routine", "status", "time", "pain", "effort", "note")

    def __init__(self, lang: str, parent=None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._rows: list[SessionRecord] = []

    def set_sessions(self, sessions: Sequence[SessionRecord]) -> None:
        self.beginResetModel()
        self._rows = sorted(sessions, key=lambda s: s.started_at, reverse=True)
        self.endResetModel()

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
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                                Qt.ItemDataRole.ToolTipRole):
            return None
        s = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if column == "date":
            return s.started_at.strftime("%Y-%m-%d %H:%M")
        if column == "routine":
            return pick(s.routine_title, self._lang)
        if column == "status":
            return status_word(s.status, s.stop_reason)
        if column == "time":
            return clock_text(s.active_s)
        if column == "pain":
            return pain_text(s.pain_before, s.pain_after)
        if column == "effort":
            return "" if s.effort is None else str(s.effort)
        return s.note or ""
