"""The history screen built from a known database: bars, sentences, exports, profiles."""

from __future__ import annotations

import csv
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from rehabtimer.core.clock import FakeClock
from rehabtimer.core.plans import Excuse
from rehabtimer.core.timeline import build_timeline
from rehabtimer.storage.audit import AuditRepository
from rehabtimer.storage.day_marks import DayMarkRepository
from tests.ui.conftest import open_window

JST = timezone(timedelta(hours=9))
TODAY = date(2026, 11, 23)  # a Monday


def at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, 0, tzinfo=JST)


def add_session(ctx, routine_id: str, when: datetime, share: float = 1.0, pain=(5, 3)) -> int:
    routine = ctx.library.get(routine_id).routine
    timeline = build_timeline(routine)
    snapshot = ctx.snapshots.ensure(routine.id, dict(routine.title), routine.to_data())
    session_id = ctx.sessions.start(
        profile_id=ctx.profile.id, snapshot_id=snapshot, routine_id=routine.id,
        started_at=when, planned_s=timeline.active_seconds, steps_total=len(timeline.steps),
        pain_before=pain[0])
    ctx.sessions.finish(
        session_id, status="completed" if share == 1.0 else "stopped",
        ended_at=when + timedelta(minutes=10), active_s=timeline.active_seconds * share,
        paused_s=0.0, steps_done=len(timeline.steps) if share == 1.0 else 0,
        stop_reason=None if share == 1.0 else "user")
    ctx.sessions.set_feedback(session_id, pain_after=pain[1], effort=4, note="メモ, with comma")
    return session_id


@pytest.fixture
def history(qtbot, data_dir):
    clock = FakeClock(start=datetime(2026, 11, 23, 20, 0, tzinfo=JST))
    window, _ = open_window(qtbot, data_dir, clock=clock)
    return window


def visible(window: QWidget, kind, name: str):
    found = [w for w in window.findChildren(kind, name) if w.isVisible()]
    return found[0] if found else None


def bars(window) -> dict[date, float]:
    import pyqtgraph as pg

    from rehabtimer.ui.history.charts import DAY_S

    plot = window.history.view.charts.adherence
    (item,) = [i for i in plot.getPlotItem().items if isinstance(i, pg.BarGraphItem)]
    xs, heights = item.opts["x"], item.opts["height"]
    return {
        datetime.fromtimestamp(x - DAY_S / 2, UTC).date(): h
        for x, h in zip(xs, heights, strict=True)
    }


def test_an_empty_history_says_so_instead_of_a_blank_plot(history):
    history.show_history()
    assert visible(history, QWidget, "empty") is not None
    assert "No sessions yet" in visible(history, QWidget, "empty").text()


def test_bars_follow_the_plan_cap_rest_days_and_partial_sessions(history):
    ctx = history.ctx
    day = TODAY - timedelta(days=3)
    add_session(ctx, "postpartum-back", at(day, 8))               # plan: 2 a day
    add_session(ctx, "postpartum-back", at(day, 14))
    add_session(ctx, "postpartum-back", at(day, 20))              # a third does not count extra
    add_session(ctx, "postpartum-back", at(day + timedelta(days=1), 8))
    add_session(ctx, "postpartum-back", at(day + timedelta(days=2), 8), share=0.5)
    DayMarkRepository(ctx.database).set(ctx.profile.id, TODAY, Excuse.SICK)
    history.show_history()
    history.history._change(routine_id="postpartum-back")
    heights = bars(history)
    assert heights[day] == pytest.approx(100)
    assert heights[day + timedelta(days=1)] == pytest.approx(50)
    assert heights[day + timedelta(days=2)] == pytest.approx(25)
    assert TODAY not in heights  # a sick day is left out, not counted as missed
    text = visible(history, QWidget, "sentences").text()
    assert "Active on 3 of the last 30 days." in text


def test_the_session_list_and_detail(history, qtbot):
    add_session(history.ctx, "knee-oa", at(TODAY, 9), pain=(6, 2))
    history.show_history()
    model = history.history.view.model
    assert model.rowCount() == 1
    assert model.data(model.index(0, 4)) == "6 → 2"
    assert model.data(model.index(0, 2)) == "completed"


def test_deleting_a_session_asks_and_is_recorded(history, monkeypatch):
    add_session(history.ctx, "knee-oa", at(TODAY, 9))
    history.show_history()
    history.history.view.select_row(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    visible(history, QPushButton, "delete").click()
    assert history.history.view.model.rowCount() == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    visible(history, QPushButton, "delete").click()
    assert history.history.view.model.rowCount() == 0
    assert [entry.action for entry in AuditRepository(history.ctx.database).list()] == [
        "session_deleted"]


def test_csv_export_from_the_app_round_trips(history, monkeypatch, tmp_path):
    ids = [add_session(history.ctx, "low-back", at(TODAY - timedelta(days=d), 9))
           for d in range(3)]
    target = tmp_path / "export.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    history.show_history()
    visible(history, QPushButton, "csv").click()
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert sorted(int(r["session_id"]) for r in rows) == sorted(ids)
    assert {r["note"] for r in rows} == {"メモ, with comma"}
    assert {r["started_at"][-6:] for r in rows} == {"+09:00"}


def test_the_pdf_report_is_written_and_readable(history, monkeypatch, tmp_path):
    from PySide6.QtPdf import QPdfDocument

    for d in range(28):
        for hour in (8, 12, 18):
            add_session(history.ctx, "postpartum-back", at(TODAY - timedelta(days=d), hour))
    target = tmp_path / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    history.show_history()
    visible(history, QPushButton, "pdf").click()
    assert target.read_bytes()[:5] == b"%PDF-"
    document = QPdfDocument()
    assert document.load(str(target)) == QPdfDocument.Error.None_
    assert document.pageCount() >= 2
    first_page = document.getAllText(0).text()
    assert "RehabTimer report" in first_page and "Profile: Me" in first_page
    document.close()


def test_profiles_each_have_their_own_history(history, monkeypatch):
    from rehabtimer.ui.history.dialogs import ProfilesDialog

    add_session(history.ctx, "knee-oa", at(TODAY, 9))
    second = history.ctx.profiles.add("おばあちゃん")
    history.show_history()
    screen = history.history
    monkeypatch.setattr(ProfilesDialog, "exec", lambda self: setattr(self, "chosen", second.id))
    visible(history, QPushButton, "profiles").click()
    assert screen.profile_id == second.id
    assert screen.view.model.rowCount() == 0
    assert history.ctx.profile.name == "おばあちゃん"


def test_hovering_a_bar_shows_its_numbers(history, qtbot):
    from PySide6.QtCore import QPointF

    from rehabtimer.ui.history.charts import DAY_S, day_x

    add_session(history.ctx, "knee-oa", at(TODAY, 9))
    history.show_history()
    charts = history.history.view.charts
    vb = charts.adherence.getPlotItem().vb
    scene_pos = vb.mapViewToScene(QPointF(day_x(TODAY) + DAY_S / 2, 50))
    charts._hovered(charts.adherence, scene_pos)
    assert charts.hover_text().startswith("2026-11-23")
    assert "of" in charts.hover_text() and "active minutes" in charts.hover_text()


def test_pyqtgraph_is_not_loaded_until_the_history_opens(tmp_path):
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from rehabtimer.core.clock import FakeClock\n"
        "from tests.driving import build_window\n"
        "app = QApplication([])\n"
        f"w = build_window(__import__('pathlib').Path({str(tmp_path)!r}), 'en', FakeClock())\n"
        "w.show(); app.processEvents()\n"
        "print('pyqtgraph' in sys.modules, 'numpy' in sys.modules)\n"
        "w.show_history(); app.processEvents()\n"
        # The report's PDF library only when a report is made.
        "print('pyqtgraph' in sys.modules, 'pikepdf' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env={**__import__("os").environ,
                                          "QT_QPA_PLATFORM": "offscreen"})
    assert out.stdout.split() == ["False", "False", "True", "False"]


def test_a_new_plan_applies_from_its_day_on_and_earlier_days_keep_theirs(history, monkeypatch):
    from rehabtimer.ui.history.dialogs import PlanDialog

    ctx = history.ctx
    for back in (2, 1):  # one session a day; the advice is two a day
        add_session(ctx, "postpartum-back", at(TODAY - timedelta(days=back), 9))
    history.show_history()
    history.history._change(routine_id="postpartum-back")
    assert bars(history)[TODAY - timedelta(days=2)] == pytest.approx(50)

    def choose(dialog):
        dialog.routine.setCurrentIndex(dialog.routine.findData("postpartum-back"))
        assert dialog.times.value() == 2  # shows the plan in force: the routine's advice
        dialog.times.setValue(1)
        dialog.start.setDate(dialog.start.date().addDays(-1))
        return True

    monkeypatch.setattr(PlanDialog, "exec", choose)
    visible(history, QPushButton, "plan").click()
    heights = bars(history)
    assert heights[TODAY - timedelta(days=2)] == pytest.approx(50)
    assert heights[TODAY - timedelta(days=1)] == pytest.approx(100)
    assert visible(history, QWidget, "progress-postpartum-back") is None  # history is shown
    history.show_home()
    assert visible(history, QWidget, "progress-postpartum-back").text() == "Today: 0 of 1"


def test_profile_names_are_checked_in_the_user_language(history, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from rehabtimer.ui.history.dialogs import ProfilesDialog

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    dialog = ProfilesDialog(history.ctx.profiles, history.ctx.profile.id)
    for typed in ("   ", "default"):
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, typed=typed, **k: (typed, True))
        dialog._add()
    assert warnings == ["A profile needs a name.", "There is already a profile called “default”."]
    assert [p.name for p in history.ctx.profiles.list()] == ["default"]


def import_days(ctx, first: date, days: int) -> int:
    """One completed knee-oa session at 23:30 local time each day (14:30 UTC), in bulk."""
    from rehabtimer.storage.session_records import SessionImport

    routine = ctx.library.get("knee-oa").routine
    planned_s = build_timeline(routine).active_seconds
    snapshot = ctx.snapshots.ensure(routine.id, dict(routine.title), routine.to_data())
    ctx.sessions.import_many([
        SessionImport(
            profile_id=ctx.profile.id, snapshot_id=snapshot, routine_id=routine.id,
            started_at=at(first + timedelta(days=n), 23) + timedelta(minutes=30),
            ended_at=at(first + timedelta(days=n), 23) + timedelta(minutes=40),
            status="completed", planned_s=planned_s, active_s=600.0, paused_s=0.0,
            steps_total=1, steps_done=1, pain_before=n % 7, pain_after=n % 5, effort=3,
            stop_reason=None, note=None, step_results=(),
        )
        for n in range(days)
    ])
    return days


def test_years_of_history_chart_by_month_and_the_table_fills_as_it_scrolls(history):
    from rehabtimer.ui.history.table import PAGE_ROWS

    first = date(2024, 1, 15)
    total = import_days(history.ctx, first, (TODAY - first).days + 1)
    history.show_history()
    history.history._change(range_key="all")
    charts = history.history.view.charts
    data = charts._data
    assert data.grain == "month"
    assert data.bar_starts[0] == first and data.bar_ends[-1] == TODAY
    assert all(start.day == 1 for start in data.bar_starts[1:])
    assert len(data.bar_starts) == 12 * 2 + 11  # January 2024 to November 2026
    assert "per month" in charts.adherence.getPlotItem().titleLabel.text
    assert "monthly average" in charts.minutes.getPlotItem().titleLabel.text
    # Ten minutes every day: every month's average is ten minutes a day.
    assert data.minutes == pytest.approx([10.0] * len(data.bar_starts))
    # The knee routine asks for more than once a day: no month is met, none is empty.
    assert all(0 < percent < 100 for percent in data.adherence)
    from PySide6.QtCore import QPointF

    from rehabtimer.ui.history.charts import day_x

    vb = charts.adherence.getPlotItem().vb
    charts._hovered(charts.adherence, vb.mapViewToScene(QPointF(day_x(date(2025, 2, 10)), 50)))
    assert charts.hover_text().startswith("2025-02-01 - 2025-02-28")
    assert "280 active minutes, 10 a day" in charts.hover_text()

    model = history.history.view.model
    assert model.total == total > PAGE_ROWS
    assert model.rowCount() == PAGE_ROWS
    assert model.session_at(0).started_at.date() == TODAY
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == total
    days = [model.session_at(row).started_at.date() for row in range(total)]
    assert days == [TODAY - timedelta(days=n) for n in range(total)]


def test_a_year_charts_weeks_of_adherence_and_each_day_of_minutes(history):
    first = TODAY - timedelta(days=400)
    import_days(history.ctx, first, 401)
    history.show_history()
    history.history._change(range_key="1y")
    data = history.history.view.charts._data
    assert data.grain == "week"
    assert all((end - start).days <= 6 for start, end in zip(data.bar_starts, data.bar_ends,
                                                             strict=True))
    assert data.point_starts == tuple(TODAY - timedelta(days=n) for n in range(364, -1, -1))
    assert len(data.pain_before_trend) == 365


def edit_file(ctx, sql: str, *params) -> None:
    """Change the history as a person with the sqlite3 tool would, behind the app's back."""
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(ctx.database.path)) as conn:
        conn.execute(sql, params)
        conn.commit()


def test_sessions_edited_by_hand_are_named_and_the_rest_of_the_history_shows(
        history, monkeypatch, tmp_path):
    from PySide6.QtPdf import QPdfDocument

    from rehabtimer.ui.history.dialogs import SessionDialog

    ctx = history.ctx
    ids = [add_session(ctx, "knee-oa", at(TODAY - timedelta(days=d), 9)) for d in range(4)]
    edit_file(ctx, "UPDATE sessions SET started_at = 'garbage' WHERE id = ?", ids[1])
    edit_file(ctx, "UPDATE sessions SET active_s = 'a lot' WHERE id = ?", ids[2])
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text: warnings.append(text))
    history.show_history()
    model = history.history.view.model
    assert sorted(model.session_at(row).id for row in range(model.rowCount())) == [
        ids[0], ids[3]]
    notice = visible(history, QWidget, "problems").text()
    assert f"Session {ids[1]} cannot be read: its started_at is “garbage”" in notice
    day = (TODAY - timedelta(days=2)).isoformat()
    assert f"Session {ids[2]} ({day}) cannot be read: its active_s is “a lot”" in notice
    history.history._change(range_key="all")
    assert model.rowCount() == 2 and visible(history, QWidget, "problems") is not None

    csv_target, pdf_target = tmp_path / "export.csv", tmp_path / "report.pdf"
    for button, target in (("csv", csv_target), ("pdf", pdf_target)):
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            lambda *a, target=target, **k: (str(target), ""))
        visible(history, QPushButton, button).click()
    with csv_target.open(encoding="utf-8-sig", newline="") as handle:
        assert sorted(int(r["session_id"]) for r in csv.DictReader(handle)) == [ids[0], ids[3]]
    document = QPdfDocument()
    assert document.load(str(pdf_target)) == QPdfDocument.Error.None_
    document.close()

    edit_file(ctx, "UPDATE routine_snapshots SET definition_json = '[oops'")
    history.history._open_session(ids[0])
    (dialog,) = [d for d in history.findChildren(SessionDialog) if d.isVisible()]
    assert "cannot be read" in dialog.findChild(QWidget, "problem").text()
    dialog.close()
    edit_file(ctx, "UPDATE sessions SET note = ? WHERE id = ?", b"\x00", ids[3])
    history.history._open_session(ids[3])
    day = (TODAY - timedelta(days=3)).isoformat()
    assert warnings == [f"Session {ids[3]} ({day}) cannot be read: its note is "
                        "“b'\\x00'”, which is not valid. It is left out; the history file "
                        "has not been changed."]


def test_the_notice_of_unreadable_sessions_is_translated(qtbot, data_dir):
    from PySide6.QtWidgets import QApplication

    from rehabtimer.ui.i18n import install_translators

    app = QApplication.instance()
    assert install_translators(app, "ja")
    try:
        clock = FakeClock(start=datetime(2026, 11, 23, 20, 0, tzinfo=JST))
        window, _ = open_window(qtbot, data_dir, lang="ja", clock=clock)
        session_id = add_session(window.ctx, "knee-oa", at(TODAY, 9))
        edit_file(window.ctx, "UPDATE sessions SET ended_at = 'soon' WHERE id = ?", session_id)
        window.show_history()
        notice = visible(window, QWidget, "problems").text()
    finally:
        install_translators(app, "en")
    assert notice.startswith(f"運動の記録 {session_id}")
    assert "2026-11-23" in notice and "ended_at" in notice and "読み込めません" in notice


def test_chart_dates_speak_the_app_language_and_the_calendar_starts_the_patients_week(
        qtbot, data_dir):
    from dataclasses import replace

    from rehabtimer.ui.history.charts import DAY_S, day_x

    clock = FakeClock(start=datetime(2026, 11, 23, 20, 0, tzinfo=JST))
    window, _ = open_window(qtbot, data_dir, lang="ja", clock=clock)
    window.ctx.settings = replace(window.ctx.settings, week_start=6)  # Sunday first
    add_session(window.ctx, "low-back", at(TODAY, 9))
    window.show_history()
    charts = window.history.view.charts

    axis = charts.adherence.getAxis("bottom")
    assert axis.tickStrings([day_x(date(2026, 12, 1))], 1.0, 30 * DAY_S) == ["12月"]
    assert axis.tickStrings([day_x(date(2026, 12, 3))], 1.0, 7 * DAY_S) == ["12/3"]
    # Top row first, whichever level of labels (always shown, or where there is room).
    rows = [name for _y, name in sorted(
        (tick for level in charts.calendar.getAxis("left")._tickLevels for tick in level),
        reverse=True)]
    assert rows == ["日", "月", "火", "水", "木", "金", "土"]
    months = [name for level in charts.calendar.getAxis("bottom")._tickLevels
              for _x, name in level]
    assert "11月" in months and "Nov" not in months
    assert not charts.minutes.getAxis("left").autoSIPrefix, "no (x0.001) on minutes"


def test_the_first_profile_is_shown_as_the_patients_own(history):
    """Made at first start and never renamed: "Me" (わたし), never a technical "default"."""
    from PySide6.QtWidgets import QComboBox

    history.show_history()
    names = [w for w in history.findChildren(QComboBox) if w.isVisible()
             and w.findData(history.ctx.profile.id) >= 0]
    (combo,) = names
    assert combo.itemText(combo.findData(history.ctx.profile.id)) == "Me"
