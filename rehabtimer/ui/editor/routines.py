"""Routines of one's own: the list of routines, and the editor for one of them.

Built-in routines are never changed: they are copied, and the copy is saved in the user's
routines folder as <id>.json in the format of the built-ins. After every save, import or
delete the app's library is loaded again, so home shows what is on disk. Sessions keep their
own copy of the routine they ran, so nothing here changes the history.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from rehabtimer.context import AppContext
from rehabtimer.core.library import (
    RoutineEntry,
    delete_user_routine,
    import_routine,
    load_library,
    save_user_routine,
    write_routine,
)
from rehabtimer.core.routine import Routine
from rehabtimer.core.routine_draft import RoutineDraft
from rehabtimer.core.routine_loading import load_routine
from rehabtimer.core.routine_problems import RoutineError
from rehabtimer.core.texts import pick
from rehabtimer.paths import builtin_routines_dir
from rehabtimer.safe_output import output_target
from rehabtimer.ui.editor.editor import RoutineEditor
from rehabtimer.ui.editor.routine_list import RoutineListPage, RoutineRow
from rehabtimer.ui.errors import reported
from rehabtimer.ui.widgets.plain import plain, plain_message_box

# A file with more problems than this is shown with the first ones and a count of the rest.
_PROBLEMS_SHOWN = 12


class RoutinesScreen(QWidget):
    done = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editor: RoutineEditor | None = None
        self._replaces: Path | None = None
        self.list = RoutineListPage()
        self.list.back.connect(self.done.emit)
        self.list.new_requested.connect(self._new)
        self.list.import_requested.connect(self._import)
        self.list.edit_requested.connect(self._edit)
        self.list.copy_requested.connect(self._copy)
        self.list.export_requested.connect(self._export)
        self.list.delete_requested.connect(self._delete)
        self._stack = QStackedWidget()
        self._stack.addWidget(self.list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)
        self._refresh()

    def may_leave(self) -> bool:
        """True unless a routine being edited has changes the patient wants to keep."""
        return self.editor is None or self.editor.may_leave()

    def _refresh(self, notice: str = "", focus: str = "") -> None:
        rows = [
            RoutineRow(e.routine.id, self._title(e.routine), e.builtin, len(e.routine.steps),
                       e.as_written.timeline(self.ctx.settings.get_ready_s).planned_seconds)
            for e in self.ctx.library.entries
        ]
        self.list.set_rows(rows, notice, focus)

    def _reload(self) -> None:
        self.ctx.library = load_library(builtin_routines_dir(), self.ctx.routines_dir)

    def _title(self, routine: Routine) -> str:
        return pick(routine.title, self.ctx.lang)

    def _entry(self, routine_id: str) -> RoutineEntry:
        entry = self.ctx.library.get(routine_id)
        if entry is None:
            raise LookupError(routine_id)
        return entry

    def _others(self, leaving_out: RoutineEntry | None = None) -> dict[str, bool]:
        """The ids a routine being edited may not take (id -> built in?). A file in the user's
        folder that could not be read still holds its name there."""
        files = [p for p in self.ctx.routines_dir.glob("*.json")
                 if leaving_out is None or p != leaving_out.path]
        taken = {p.stem: False for p in files}
        taken.update((e.routine.id, e.builtin) for e in self.ctx.library.entries
                     if e is not leaving_out)
        return taken

    def _ask(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(
            self, title, plain(question),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- the editor ----------------------------------------------------------------------------

    def _new(self) -> None:
        draft = RoutineDraft.new(self._others(), self.ctx.settings.get_ready_s)
        self._open(draft, self.tr("New routine"), None)

    @reported
    def _copy(self, routine_id: str) -> None:
        entry = self._entry(routine_id)
        draft = RoutineDraft.copy_of(entry.routine, self._others(), self.ctx.settings.get_ready_s)
        self._open(draft, self.tr("New routine, copied from “{title}”")
                   .format(title=self._title(entry.routine)), None)

    @reported
    def _edit(self, routine_id: str) -> None:
        entry = self._entry(routine_id)
        if entry.builtin:
            return
        draft = RoutineDraft(entry.routine.to_data(), self._others(entry),
                             self.ctx.settings.get_ready_s)
        self._open(draft, self.tr("Change “{title}”").format(title=self._title(entry.routine)),
                   entry.path)

    def _open(self, draft: RoutineDraft, heading: str, replaces: Path | None) -> None:
        editor = RoutineEditor(draft, heading, self.ctx.lang)
        editor.save_requested.connect(self._save)
        editor.closed.connect(lambda: self._close_editor())
        self.editor, self._replaces = editor, replaces
        self._stack.addWidget(editor)
        self._stack.setCurrentWidget(editor)
        editor.parts.setFocus()

    @reported
    def _save(self, routine: Routine) -> None:
        assert self.editor is not None
        save_user_routine(routine, self.ctx.routines_dir, self._replaces)
        self.editor.draft.mark_saved()
        self._reload()
        self._close_editor(self.tr("Saved “{title}”. You can start it from the home screen.")
                           .format(title=self._title(routine)), routine.id)

    def _close_editor(self, notice: str = "", focus: str = "") -> None:
        editor, self.editor = self.editor, None
        self._stack.setCurrentWidget(self.list)
        if editor is not None:
            self._stack.removeWidget(editor)
            editor.deleteLater()
        self._refresh(notice, focus)

    # -- files ---------------------------------------------------------------------------------

    def _documents(self) -> Path:
        return Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation))

    @reported
    def _import(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Add a routine from a file"),
                                                str(self._documents()),
                                                self.tr("Routine files (*.json)"))
        if not chosen:
            return
        path = Path(chosen)
        try:
            routine = load_routine(path)
            existing = self.ctx.library.get(routine.id)
            replace = existing is not None and not existing.builtin
            if existing is not None and replace and not self._ask(
                    self.tr("Replace routine?"),
                    self.tr("You already have a routine with the ID “{id}”: “{title}”. Replace "
                            "it with the one in this file?").format(
                        id=routine.id, title=self._title(existing.routine))):
                return
            # A built-in's id is refused by import_routine, with the reason.
            import_routine(path, self.ctx.library, self.ctx.routines_dir, replace)
        except RoutineError as error:
            self._cannot_use(path, error)
            return
        self._reload()
        self._refresh(self.tr("Added “{title}”. You can start it from the home screen.")
                      .format(title=self._title(routine)), routine.id)

    def _cannot_use(self, path: Path, error: RoutineError) -> None:
        lines = [str(problem) for problem in error.problems]
        if len(lines) > _PROBLEMS_SHOWN:
            more = len(lines) - _PROBLEMS_SHOWN
            lines = [*lines[:_PROBLEMS_SHOWN],
                     self.tr("… and {count} more problems.").format(count=more)]
        box = plain_message_box(QMessageBox.Icon.Warning, self.tr("Routine not added"),
                                self.tr("“{name}” cannot be used as a routine. What is wrong:")
                                .format(name=path.name), "\n".join(lines), self)
        box.setObjectName("routine-problems")
        box.open()

    @reported
    def _export(self, routine_id: str) -> None:
        entry = self._entry(routine_id)
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the routine as a file"),
                                                str(self._documents() / f"{routine_id}.json"),
                                                self.tr("Routine files (*.json)"))
        if not chosen:
            return
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(".json")
        # Into the app's own folders it would replace a built-in routine, or skip the checks
        # that adding a routine makes (the data folder, the user's routines in it included,
        # output_target refuses).
        path = output_target(path, self.ctx.data_dir)
        if path.parent == builtin_routines_dir().resolve():
            QMessageBox.warning(self, self.tr("Save the routine as a file"), self.tr(
                "That is RehabTimer's own routines folder. Choose another folder, for example "
                "Documents."))
            return
        write_routine(entry.routine, path)
        self._refresh(self.tr("Saved “{title}” as {path}.")
                      .format(title=self._title(entry.routine), path=path), routine_id)

    @reported
    def _delete(self, routine_id: str) -> None:
        entry = self._entry(routine_id)
        title = self._title(entry.routine)
        if not self._ask(self.tr("Delete routine?"), self.tr(
                "Delete your routine “{title}”? Sessions already done with it stay in the "
                "history. This cannot be undone.").format(title=title)):
            return
        delete_user_routine(entry, self.ctx.routines_dir)
        self._reload()
        self._refresh(self.tr("Deleted “{title}”.").format(title=title))
