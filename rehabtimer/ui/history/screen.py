"""The history screen's behaviour: what to show, and the caregiver's actions on it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QVBoxLayout, QWidget

from rehabtimer.context import AppContext
from rehabtimer.core.plans import Excuse
from rehabtimer.core.texts import pick
from rehabtimer.export import save_sessions_csv
from rehabtimer.safe_output import output_target
from rehabtimer.storage.kept_answers import KeptAnswerRepository
from rehabtimer.storage.snapshots import UnreadableSnapshot
from rehabtimer.ui.errors import reported
from rehabtimer.ui.history.dialogs import (
    DayMarkDialog,
    PlanDialog,
    ProfilesDialog,
    SessionDialog,
)
from rehabtimer.ui.history.presenter import build_history
from rehabtimer.ui.history.report import Report, draw_report, write_pdf
from rehabtimer.ui.history.report_builder import build_report
from rehabtimer.ui.history.view import HistoryView
from rehabtimer.ui.home.progress import plan_in_force
from rehabtimer.ui.widgets.plain import plain_message_box


class HistoryScreen(QWidget):
    back = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.profile_id = ctx.profile.id
        self.routine_id: str | None = None
        self.range_key = "4w"
        self.view = HistoryView(ctx.lang)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        view = self.view
        view.back.connect(self.back.emit)
        view.profile_chosen.connect(lambda pid: self._change(profile_id=pid))
        view.routine_chosen.connect(lambda rid: self._change(routine_id=rid))
        view.range_chosen.connect(lambda key: self._change(range_key=key))
        view.session_opened.connect(self._open_session)
        view.session_delete_requested.connect(self._delete_session)
        view.profiles_requested.connect(self._profiles)
        view.mark_day_requested.connect(self._mark_day)
        view.plan_requested.connect(self._plan)
        view.export_csv.connect(self._export_csv)
        view.export_pdf.connect(self._export_pdf)
        view.print_requested.connect(self._print)

    def today(self) -> date:
        return self.ctx.clock.now().date()

    @reported
    def refresh(self) -> None:
        state, _ = build_history(self.ctx, self.profile_id, self.routine_id,
                                 self.range_key, self.today())
        self.view.set_state(state)

    def _change(self, **choice: object) -> None:
        for name, value in choice.items():
            setattr(self, name, value)
        self.refresh()

    @reported
    def _open_session(self, session_id: int) -> None:
        session = self.ctx.sessions.get(session_id)
        try:
            definition = self.ctx.snapshots.definition(session.snapshot_id)
        except UnreadableSnapshot:
            # What was done can still be shown, by the steps' ids.
            definition = None
        dialog = SessionDialog(session, self.ctx.sessions.step_results(session_id),
                               definition, self.ctx.lang, self)
        dialog.open()

    @reported
    def _delete_session(self, session_id: int) -> None:
        answer = QMessageBox.question(
            self, self.tr("Delete session?"),
            self.tr("Delete this session from the history? This cannot be undone."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.ctx.sessions.delete(session_id, reason="deleted from the history screen")
        self.refresh()

    @reported
    def _profiles(self) -> None:
        dialog = ProfilesDialog(self.ctx.profiles, self.profile_id, self,
                                KeptAnswerRepository(self.ctx.database))
        dialog.exec()
        self.profile_id = dialog.chosen
        # Choosing a profile here also makes it the one whose sessions are recorded.
        self.ctx.profile = next(p for p in self.ctx.profiles.list() if p.id == dialog.chosen)
        self.refresh()

    @reported
    def _mark_day(self) -> None:
        dialog = DayMarkDialog(self.today(), self)
        if dialog.exec():
            day, kind = dialog.choice()
            self.ctx.day_marks.set(
                self.profile_id, day, Excuse(kind) if kind else None
            )
            self.refresh()

    @reported
    def _plan(self) -> None:
        today = self.today()
        routines, current = [], {}
        for entry in self.ctx.library.entries:
            routine = entry.routine
            routines.append((routine.id, pick(routine.title, self.ctx.lang)))
            current[routine.id] = plan_in_force(self.ctx, self.profile_id, routine, today)
        dialog = PlanDialog(routines, current, today, self)
        if not dialog.exec():
            return
        routine_id, times, per_week, start = dialog.choice()
        self.ctx.plans.set(self.profile_id, routine_id, start_date=start,
                           **({"per_week": times} if per_week else {"per_day": times}))
        self.refresh()

    def _save_path(self, title: str, name: str, pattern: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(Path(folder) / name), pattern)
        return output_target(Path(chosen), self.ctx.data_dir) if chosen else None

    @reported
    def _export_csv(self) -> None:
        path = self._save_path(self.tr("Export sessions as CSV"),
                               f"rehabtimer-{self.today()}.csv", self.tr("CSV files (*.csv)"))
        if path is None:
            return
        sessions = self.ctx.sessions.list(self.profile_id)
        names = {p.id: p.name for p in self.ctx.profiles.list()}
        count = save_sessions_csv(path, sessions, names, self.ctx.lang)
        self._saved(self.tr("Saved {count} sessions as {path}.").format(count=count, path=path))

    def _saved(self, text: str) -> None:
        """Says where the file went, without waiting for an answer."""
        plain_message_box(QMessageBox.Icon.Information, "RehabTimer", text, "", self).open()

    def _report(self) -> Report:
        return build_report(self.ctx, self.profile_id, self.routine_id, self.range_key,
                            self.today())

    @reported
    def _export_pdf(self) -> None:
        path = self._save_path(self.tr("Save the report as PDF"),
                               f"rehabtimer-report-{self.today()}.pdf",
                               self.tr("PDF files (*.pdf)"))
        if path is None:
            return
        pages = write_pdf(path, self._report())
        self._saved(self.tr("Saved the report ({pages} pages) as {path}.")
                    .format(pages=pages, path=path))

    @reported
    def _print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec():
            draw_report(printer, self._report())
