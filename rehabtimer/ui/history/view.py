"""The history screen: is the routine being done, how often, and is pain going down?

It renders a HistoryState built by the presenter and forwards the caregiver's choices.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rehabtimer.storage.session_records import SessionRecord
from rehabtimer.ui.history.charts import ChartData, HistoryCharts
from rehabtimer.ui.history.table import SessionPages, SessionTableModel
from rehabtimer.ui.widgets.controls import make_button, make_label
from rehabtimer.ui.widgets.flow_layout import FlowLayout
from rehabtimer.ui.widgets.page import ScrollIfCramped

RANGES = ("4w", "3m", "1y", "all")
TABLE_MIN_LINES = 5


@dataclass(frozen=True)
class HistoryState:
    profiles: tuple[tuple[int, str], ...]
    profile_id: int
    routines: tuple[tuple[str, str], ...]
    """(routine id, title) of every routine with sessions or a plan."""
    routine_id: str | None
    range_key: str
    sentences: tuple[str, ...]
    problems: tuple[str, ...]
    """A sentence for each session that cannot be read and is left out."""
    charts: ChartData | None
    """None when there is nothing to chart yet."""
    sessions: SessionPages


class HistoryView(QWidget):
    profile_chosen = Signal(int)
    routine_chosen = Signal(object)
    range_chosen = Signal(str)
    session_opened = Signal(int)
    session_delete_requested = Signal(int)
    export_csv = Signal()
    export_pdf = Signal()
    print_requested = Signal()
    profiles_requested = Signal()
    mark_day_requested = Signal()
    plan_requested = Signal()
    back = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._updating = False
        title = make_label(self.tr("History"), "title")
        self._profile = QComboBox()
        self._profile.setObjectName("profile")
        self._profile.setAccessibleName(self.tr("Profile"))
        self._routine = QComboBox()
        self._routine.setObjectName("routine")
        self._routine.setAccessibleName(self.tr("Routine"))
        # Their items come after the first show (and change with the language): keep fitting.
        for combo in (self._profile, self._routine):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(6)
        self._profile.currentIndexChanged.connect(self._profile_changed)
        self._routine.currentIndexChanged.connect(self._routine_changed)
        profiles = make_button(self.tr("Profiles…"), name="profiles")
        profiles.clicked.connect(self.profiles_requested.emit)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self._profile)
        header.addWidget(profiles)

        self._ranges = QButtonGroup(self)
        range_row = FlowLayout()
        range_names = (self.tr("4 weeks"), self.tr("3 months"), self.tr("1 year"), self.tr("All"))
        for key, name in zip(RANGES, range_names, strict=True):
            button = QPushButton(name)
            button.setCheckable(True)
            button.setObjectName(f"range-{key}")
            self._ranges.addButton(button)
            button.clicked.connect(lambda _checked, key=key: self.range_chosen.emit(key))
            range_row.addWidget(button)
        range_row.addWidget(self._routine)

        self._sentences = make_label()
        self._sentences.setObjectName("sentences")
        self._problems = make_label(role="notice")
        self._problems.setObjectName("problems")
        self._problems.hide()
        self._charts = HistoryCharts()
        self._empty = make_label(
            self.tr("No sessions yet. When a session is done, its numbers and charts "
                    "appear here."), "heading")
        self._empty.setObjectName("empty")
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._chart_stack = QStackedWidget()
        self._chart_stack.addWidget(self._charts)
        self._chart_stack.addWidget(self._empty)

        self.model = SessionTableModel(lang, self)
        self._table = QTableView()
        self._table.setObjectName("sessions")
        self._table.setModel(self.model)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.verticalHeader().hide()
        self._table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._table.horizontalHeader().setStretchLastSection(True)
        self._table.setAccessibleName(self.tr("Sessions"))
        self._table.activated.connect(lambda index: self.session_opened.emit(
            self.model.session_at(index.row()).id))

        back = make_button(self.tr("← Home"), name="home")
        back.clicked.connect(self.back.emit)
        open_button = make_button(self.tr("Open session"), name="open")
        open_button.clicked.connect(self._open_selected)
        delete = make_button(self.tr("Delete session…"), name="delete")
        delete.clicked.connect(self._delete_selected)
        mark = make_button(self.tr("Mark rest or sick days…"), name="mark")
        mark.clicked.connect(self.mark_day_requested.emit)
        plan = make_button(self.tr("Plan…"), name="plan")
        plan.clicked.connect(self.plan_requested.emit)
        csv_button = make_button(self.tr("Export CSV…"), name="csv")
        csv_button.clicked.connect(self.export_csv.emit)
        pdf_button = make_button(self.tr("Report for the clinician (PDF)…"), "primary", "pdf")
        pdf_button.clicked.connect(self.export_pdf.emit)
        print_button = make_button(self.tr("Print…"), name="print")
        print_button.clicked.connect(self.print_requested.emit)
        # Opening, deleting and the CSV act on the table's sessions: they sit under it, and
        # scroll with it. The rest stays in view: one row of buttons at normal text (the
        # charts get the room of the second), two at 200 % (were three: charts out of view).
        row_actions = FlowLayout()
        for button in (open_button, delete):
            row_actions.addWidget(button)
        row_actions.add_stretch()
        row_actions.addWidget(csv_button)
        table_part = QWidget()
        table_layout = QVBoxLayout(table_part)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self._table, 1)
        table_layout.addLayout(row_actions)
        actions = FlowLayout()
        for button in (back, plan, mark):
            actions.addWidget(button)
        actions.add_stretch()
        for button in (print_button, pdf_button):
            actions.addWidget(button)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._chart_stack)
        splitter.addWidget(table_part)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([440, 320])
        splitter.setChildrenCollapsible(False)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(header)
        layout.addLayout(range_row)
        layout.addWidget(self._sentences)
        layout.addWidget(self._problems)
        layout.addWidget(splitter, 1)
        # With large text the choices alone fill the window: then the screen scrolls, rather
        # than squeezing the charts flat. The way home and the report are never scrolled
        # away.
        actions.setContentsMargins(24, 8, 24, 16)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(ScrollIfCramped(page), 1)
        outer.addLayout(actions)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.back.emit)

    @property
    def charts(self) -> HistoryCharts:
        return self._charts

    def set_state(self, state: HistoryState) -> None:
        self._updating = True
        _fill(self._profile, [(name, profile_id) for profile_id, name in state.profiles])
        self._profile.setCurrentIndex(self._profile.findData(state.profile_id))
        _fill(self._routine, [(self.tr("All routines"), None),
                              *((title, routine_id) for routine_id, title in state.routines)])
        self._routine.setCurrentIndex(max(0, self._routine.findData(state.routine_id)))
        for button in self._ranges.buttons():
            button.setChecked(button.objectName() == f"range-{state.range_key}")
        self._updating = False
        self._sentences.setText("\n".join(state.sentences))
        self._problems.setText("\n".join(state.problems))
        self._problems.setVisible(bool(state.problems))
        if state.charts is None:
            self._chart_stack.setCurrentWidget(self._empty)
        else:
            self._charts.set_data(state.charts)
            self._chart_stack.setCurrentWidget(self._charts)
        self.model.set_pages(state.sessions)
        # The headings and a few sessions, at the text size in use now.
        self._table.setMinimumHeight(self._table.fontMetrics().height() * TABLE_MIN_LINES)
        if state.charts is not None:
            self._charts.lay_out_now()

    def select_row(self, row: int) -> None:
        self._table.selectRow(row)

    def _selected(self) -> SessionRecord | None:
        rows = self._table.selectionModel().selectedRows()
        return self.model.session_at(rows[0].row()) if rows else None

    def _open_selected(self) -> None:
        session = self._selected()
        if session is not None:
            self.session_opened.emit(session.id)

    def _delete_selected(self) -> None:
        session = self._selected()
        if session is not None:
            self.session_delete_requested.emit(session.id)

    def _profile_changed(self, index: int) -> None:
        if not self._updating and index >= 0:
            self.profile_chosen.emit(self._profile.itemData(index))

    def _routine_changed(self, index: int) -> None:
        if not self._updating and index >= 0:
            self.routine_chosen.emit(self._routine.itemData(index))


def _fill(combo: QComboBox, items: list[tuple[str, object]]) -> None:
    """Give `combo` these (text, data) items, unless it has them already: refilled, it
    would be laid out and painted again after the rest of the screen, a frame later."""
    shown = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
    if shown != items:
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
