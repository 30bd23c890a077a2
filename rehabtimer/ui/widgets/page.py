"""The shape shared by the full-window screens: a big title, a body, buttons at the bottom."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rehabtimer.ui.widgets.controls import make_label
from rehabtimer.ui.widgets.flow_layout import FlowLayout


def _scrolling(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setAccessibleName(QCoreApplication.translate("Page", "Page content"))
    return area


class ScrollIfCramped(QScrollArea):
    """Gives its content the whole view, or more height when even the content's minimum
    does not fit, and scrolls then.

    A widgetResizable QScrollArea gives wrapped text the height it would like at its width,
    which also gives charts the large size they would like: the screen would scroll even
    where the charts could simply be smaller.
    """

    def __init__(self, content: QWidget) -> None:
        super().__init__()
        self._content = content
        self.setWidget(content)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content.installEventFilter(self)
        # The view, not the area: a scroll bar that comes or goes narrows or widens the view.
        self.viewport().installEventFilter(self)

    def sizeHint(self) -> QSize:
        # What the content would like, as if there were no scroll area: a window opens at
        # that size where the screen allows, and only scrolls where it does not.
        content = self._content.sizeHint()
        return QSize(content.width() + self.verticalScrollBar().sizeHint().width(),
                     content.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.viewport() and event.type() == QEvent.Type.Resize) or (
                watched is self._content and event.type() == QEvent.Type.LayoutRequest):
            self._fit()
        return False

    def _fit(self) -> None:
        content, view = self._content, self.viewport()
        layout = content.layout()
        needed = layout.minimumHeightForWidth(view.width()) if layout is not None else 0
        content.resize(view.width(), max(view.height(), needed))


class _FitsWrappedText(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            layout = watched.layout()
            if layout is not None and layout.hasHeightForWidth():
                watched.setMinimumHeight(layout.totalHeightForWidth(watched.width()))
        return False


def grow_for_wrapped_text(window: QWidget) -> None:
    """Keep `window` tall enough for its wrapped text at whatever width it has.

    Qt sizes a window by its layout's minimum, which counts one line for wrapped text, so a
    dialog with long or large text opens with the text cut off.
    """
    window.installEventFilter(_FitsWrappedText(window))


class ButtonRow(FlowLayout):
    """A page's buttons: they wrap onto a second line when long words or large text make
    them wider than the window, and pages build the row as they would a QHBoxLayout."""

    def addStretch(self, stretch: int = 0) -> None:
        """What follows goes to the right; one stretch, so its factor does not matter."""
        self.add_stretch()


class Page(QWidget):
    """A screen with a big title, a body and a row of buttons at the bottom."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = make_label(role="title")
        self.body = QVBoxLayout()
        self.body.setSpacing(14)
        self.buttons = ButtonRow()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 28, 40, 28)
        layout.setSpacing(18)
        layout.addWidget(self.title)
        holder = QWidget()
        holder.setLayout(self.body)
        layout.addWidget(_scrolling(holder), 1)
        layout.addLayout(self.buttons)
        self.default_button: QPushButton | None = None
        """Pressed by Enter where the focus is on no button (a field, a scale)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        default = self.default_button
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and default is not None
                and default.isVisible() and default.isEnabled()):
            default.click()
            return
        super().keyPressEvent(event)
