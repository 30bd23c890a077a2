"""The sound cues box on the first frame never shows what the full window then takes back
(issue 16: one truth), and asking costs the first frame nothing."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QCheckBox

from rehabtimer.core.clock import FakeClock
from rehabtimer.core.library import load_library
from rehabtimer.paths import builtin_routines_dir
from rehabtimer.ui.home.first_frame import FirstFrame
from rehabtimer.ui.home.presenter import first_home_state
from tests.driving import build_window


class _AtEachPaint(QObject):
    """The sound box as the patient sees it at each paint of the home."""

    def __init__(self, box: QCheckBox) -> None:
        super().__init__()
        self.box = box
        self.seen: list[tuple[bool, bool] | None] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            box = self.box
            self.seen.append((box.isChecked(), box.isEnabled()) if box.isVisible() else None)
        return False


def test_the_first_frame_shows_sound_cues_only_as_the_full_window_will(qtbot, data_dir):
    window = build_window(data_dir, "en", FakeClock())
    qtbot.addWidget(window)
    ctx = window.ctx
    library = load_library(builtin_routines_dir(), ctx.routines_dir)
    frame = FirstFrame(first_home_state(library.summaries(ctx.settings.get_ready_s), ctx.lang,
                                        ctx.settings), 2)
    qtbot.addWidget(frame)
    box = frame.home.findChild(QCheckBox, "sound")
    spy = _AtEachPaint(box)
    frame.home.installEventFilter(spy)
    frame.show_painted()
    qtbot.wait(20)
    window.show_home()
    full = window.home.findChild(QCheckBox, "sound")
    truth = (full.isChecked(), full.isEnabled())
    assert spy.seen, "the first frame was not painted"
    assert all(seen in (None, truth) for seen in spy.seen), (spy.seen, truth)
    assert box.isVisible() and (box.isChecked(), box.isEnabled()) == truth
