"""A real main window on a real database in a temp folder, driven by a fake clock."""

from __future__ import annotations

import pytest

from rehabtimer.core.clock import FakeClock
from rehabtimer.ui.widgets.fonts import app_font
from rehabtimer.ui.widgets.style import stylesheet
from tests.driving import FakeTimeDriver, build_window


def open_window(qtbot, data_dir, lang="en", clock=None):
    clock = clock or FakeClock()
    window = build_window(data_dir, lang, clock)
    window.setStyleSheet(stylesheet())
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    return window, FakeTimeDriver(window, clock)


@pytest.fixture
def real_fonts(qapp):
    """The fonts the app runs with: the Japanese font's taller lines are what patients see."""
    old = qapp.font()
    qapp.setFont(app_font(old))
    yield
    qapp.setFont(old)


@pytest.fixture
def app_window(qtbot, data_dir):
    return open_window(qtbot, data_dir)


# No built-in routine paces its reps by the patient: tests and screenshots of that screen
# use this one, written into the data folder before the window opens.
SELF_PACED_ROUTINE = {
    "format": 1, "id": "self-paced", "title": {"ja": "自分のペースで", "en": "At your own pace"},
    "recommended": {"per_day": 1},
    "steps": [{
        "id": "sit-to-stand", "kind": "reps", "title": {"ja": "いすからの立ち座り",
                                                        "en": "Sit to stand"},
        "instructions": {"ja": "いすから立ち上がり、ゆっくり座ります。",
                         "en": "Stand up from the chair, then sit down slowly."},
        "reps": 5, "pace": "self", "estimate_s": 6,
    }],
}


def write_self_paced_routine(data_dir) -> None:
    import json

    folder = data_dir / "routines"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "self-paced.json").write_text(
        json.dumps(SELF_PACED_ROUTINE, ensure_ascii=False), encoding="utf-8")


def answer_postpartum_gate(window) -> None:
    """Birth more than a month ago, cleared, no warning signs; kept answers are not asked."""
    from PySide6.QtWidgets import QPushButton

    from rehabtimer.ui.session.date_page import DatePage
    from rehabtimer.ui.session.prestart import GatePage

    def shown(kind, name=None):
        return next((w for w in window.findChildren(kind, name) if w.isVisible()), None)

    while True:
        if shown(DatePage) is not None:
            answer = "long-ago"
        elif (page := shown(GatePage)) is not None:
            answer = "yes" if page.question.id == "cleared" else "no"
        else:
            return
        shown(QPushButton, answer).click()
