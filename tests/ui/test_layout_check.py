"""The tools of the layout test, checked on their own: the pseudo translator, and the checker
(it must catch what it is for, and not cry wolf)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tests.ui.layout_check import find_problems, hidden_part
from tests.ui.pseudo import PseudoTranslator, pseudo_localise

LONG = "Stop at once if an exercise hurts, and ask your care team before you go on."


def test_pseudo_strings_are_longer_bracketed_and_keep_what_the_code_needs():
    text = pseudo_localise("Step {n} of {total}: {title}")
    assert text.startswith("[") and text.endswith("]")
    assert text.format(n=1, total=5, title="Walk").count("1") == 1
    assert "Walk" in text.format(n=1, total=5, title="Walk")
    assert "%n" in pseudo_localise("%n files") and "%1" in pseudo_localise("Open %1")
    assert "<b>" in pseudo_localise("<b>Bold</b> &amp; more") and "&amp;" in pseudo_localise(
        "<b>Bold</b> &amp; more")
    assert pseudo_localise("&Yes").startswith("[&")
    assert pseudo_localise("{{literal}}").format().startswith("[{")
    words = "It hurts — stop (H)"
    assert len(pseudo_localise(words)) >= 1.3 * len(words)
    assert pseudo_localise("") == ""


def test_the_translator_answers_every_context(qapp):
    translator = PseudoTranslator()
    assert qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Phase", "Rest") == pseudo_localise("Rest")
        assert QCoreApplication.translate("QPlatformTheme", "Close").startswith("[")
        assert QCoreApplication.translate("X", "%n files", None, 3) == pseudo_localise(
            "%n files").replace("%n", "3")
    finally:
        qapp.removeTranslator(translator)


def shown(qtbot, widget: QWidget, size: QSize | None = None) -> QWidget:
    qtbot.addWidget(widget)
    if size is not None:
        widget.resize(size)
    widget.show()
    QApplication.processEvents()
    return widget


def test_a_layout_with_room_for_everything_has_no_problems(qtbot):
    root = QWidget()
    layout = QVBoxLayout(root)
    wrapped = QLabel(LONG)
    wrapped.setWordWrap(True)
    layout.addWidget(wrapped)
    layout.addWidget(QLabel("One line"))
    layout.addWidget(QPushButton("A button"))
    edit = QLineEdit()
    edit.setPlaceholderText("Short")
    layout.addWidget(edit)
    shown(qtbot, root, QSize(400, 300))
    assert find_problems(root, "roomy") == []


def test_a_label_narrower_than_its_text_is_caught(qtbot):
    root = QWidget()
    label = QLabel(LONG, root)
    label.setObjectName("caution")
    label.setGeometry(0, 0, 120, 40)
    shown(qtbot, root, QSize(400, 100))
    (problem,) = find_problems(root, "narrow")
    assert (problem.screen, problem.widget, problem.text) == ("narrow", "QLabel#caution", LONG)
    assert "wide" in problem.what


def test_wrapped_text_without_the_height_it_needs_is_caught(qtbot):
    root = QWidget()
    label = QLabel(LONG, root)
    label.setWordWrap(True)
    label.setGeometry(0, 0, 150, label.fontMetrics().height())
    shown(qtbot, root, QSize(400, 100))
    (problem,) = find_problems(root, "short")
    assert "high" in problem.what and problem.widget == "QLabel in QWidget"


def test_a_button_too_narrow_for_its_words_and_a_long_placeholder_are_caught(qtbot):
    root = QWidget()
    button = QPushButton("Report for the clinician (PDF)…", root)
    button.setGeometry(0, 0, 80, 40)
    edit = QLineEdit(root)
    edit.setPlaceholderText(LONG)
    edit.setGeometry(0, 50, 100, 30)
    shown(qtbot, root, QSize(400, 100))
    assert sorted(p.widget for p in find_problems(root, "cramped")) == ["QLineEdit in QWidget",
                                                                        "QPushButton in QWidget"]


def test_text_cut_by_the_edge_of_a_parent_is_caught(qtbot):
    root = QWidget()
    parent = QWidget(root)
    parent.setObjectName("panel")
    parent.setGeometry(0, 0, 60, 40)
    QLabel("Further than the panel", parent).move(10, 10)
    shown(qtbot, root, QSize(400, 100))
    (problem,) = find_problems(root, "panel")
    assert problem.what == "cut off by the edge of QWidget#panel"


def scroll_area_of(lines: list[str], width: int) -> QWidget:
    root = QWidget()
    area = QScrollArea(root)
    area.setGeometry(0, 0, width, 100)
    area.setWidgetResizable(True)
    content = QWidget()
    column = QVBoxLayout(content)
    for line in lines:
        column.addWidget(QLabel(line))
    area.setWidget(content)
    return root


def test_a_scroll_area_may_scroll_down_but_not_sideways(qtbot):
    tall = shown(qtbot, scroll_area_of([f"Line {n}" for n in range(12)], 200), QSize(400, 200))
    assert find_problems(tall, "tall") == []
    # Cut at the side even while scrolled out of view at the bottom.
    wide = shown(qtbot, scroll_area_of([*(f"Line {n}" for n in range(12)), LONG], 200),
                 QSize(400, 200))
    assert [(p.text, p.what) for p in find_problems(wide, "wide")] == [
        (LONG, "cut off by the edge of QWidget#qt_scrollarea_viewport")]


def test_what_is_scrolled_out_of_view_is_told(qtbot):
    root = shown(qtbot, scroll_area_of([f"Line {n}" for n in range(12)], 200), QSize(400, 200))
    labels = root.findChildren(QLabel)
    assert hidden_part(labels[0], root) == ""
    assert "out of view" in hidden_part(labels[-1], root)


def test_overlapping_texts_are_caught(qtbot):
    root = QWidget()
    QLabel("First", root).setGeometry(0, 0, 100, 30)
    QLabel("Second", root).setGeometry(50, 10, 100, 30)
    shown(qtbot, root, QSize(400, 100))
    (problem,) = find_problems(root, "pile")
    assert problem.text == "First" and "overlaps QLabel in QWidget 'Second' by 50x20" in (
        problem.what)
