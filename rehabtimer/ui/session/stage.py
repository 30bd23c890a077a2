"""Where the countdown, the figure, the side and the step's words go on the session screen,
for the room that the window and the text size leave.

Roomy: the figure left of the countdown and all the words, as tall as both. When the words
do not fit so (large text on a laptop screen), compact: the figure, the side and the time
left beside the countdown, the words the whole width below it, a page at a time. What comes
first depends on the phase: getting ready, resting or paused, the patient reads what to do,
and the countdown gives way to its smallest; in a hold, reps or breathing the countdown keeps
a quarter of the window and the step's stop rule and what comes next come first, the how-to
one key (↓) away.
"""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QLayout, QVBoxLayout, QWidget

from rehabtimer.ui.session.figure import ExerciseFigure
from rehabtimer.ui.session.timer_face import TimerFace
from rehabtimer.ui.session.words_area import WordsArea, WordsPager

# Narrower than this, the figure gives its room to the countdown.
FIGURE_MIN_PX = 180
FIGURE_SHARE = 0.36
FIGURE_STEP_PX = 40  # narrower by this much at a time, for the words beside it to fit
WORDS_EM = 28
NO_LIMIT_PX = 16777215  # Qt's QWIDGETSIZE_MAX, which PySide6 does not export
# While the patient moves or holds, the countdown keeps at least this share of the height.
DOING_FACE_SHARE = 4


class Stage:
    """The middle of the session screen: figure, countdown, rep count and side, words."""

    def __init__(self, view: QWidget, face: TimerFace, figure: ExerciseFigure,
                 badges: tuple[QLabel, QLabel], details: WordsArea, pager: WordsPager,
                 more: QWidget, header: tuple[QHBoxLayout, QLabel], rep_done: QWidget) -> None:
        """`header`: the row of the step's title and the time left, and the time left,
        which the compact layout moves beside the countdown: the title keeps to one line.
        `rep_done`: the button for a rep done at the patient's own pace."""
        self._view = view
        self._header, self._time_left = header
        self._face = face
        self._figure = figure
        self._badge_labels = badges
        self._details = details
        self._pager = pager
        self._more = more
        self._compact = False
        self._face_row = QHBoxLayout()
        self._face_row.addWidget(face, 1)
        # In the compact layout the rep count and the side stand beside the countdown.
        self._beside = QVBoxLayout()
        self._beside.addStretch(1)
        # The rep-done button beside the count it adds to, not in the row of buttons: there,
        # with large text, it took a third row, and the words were paged a line at a time.
        self._beside.addWidget(rep_done)
        self._beside.addStretch(1)
        self._face_row.addLayout(self._beside)
        self._below = QHBoxLayout()
        self._below.setSpacing(24)
        self._below.addStretch(1)
        for label in badges:
            self._below.addWidget(label)
        self._below.addStretch(1)
        self._column = QVBoxLayout()
        self._column.addLayout(self._face_row, 1)
        self._column.addLayout(self._below)
        self._column.addWidget(details)
        self.layout = QHBoxLayout()
        self.layout.addWidget(figure)
        self.layout.addLayout(self._column, 1)

    def _arrange(self, compact: bool) -> None:
        if compact == self._compact:
            return
        self._compact = compact
        self._move(self._figure, self._face_row if compact else self.layout, 0)
        for index, label in enumerate(self._badge_labels, start=1):
            self._move(label, self._beside if compact else self._below, index)
        if compact:
            self._move(self._time_left, self._beside, 1)
        else:
            self._move(self._time_left, self._header, 1, stretch=1)

    @staticmethod
    def _move(widget: QWidget, to: QBoxLayout, index: int, stretch: int = 0) -> None:
        parent = widget.parentWidget()
        layout = parent.layout() if parent is not None else None
        if layout is not None:
            for each in (layout, *layout.findChildren(QLayout)):
                each.removeWidget(widget)
        to.insertWidget(index, widget, stretch)

    def _rest(self) -> int:
        """The height of all but the countdown's row and the words, at their smallest."""
        layout = self._view.layout()
        assert layout is not None  # made by the view before the first fit
        # The layouts keep the heights they found for the minimums set last time.
        for stale in (layout, *layout.findChildren(QLayout)):
            stale.invalidate()
        # The row's, not the countdown's: what stands beside it may be the taller, and
        # counted twice it left a page of one line over an empty band (issue 16).
        return (layout.minimumHeightForWidth(self._view.width())
                - self._face_row.minimumSize().height() - self._details.minimumHeight())

    def _least(self) -> int:
        """The countdown's row at its smallest: the countdown, or what stands beside it."""
        return max(TimerFace.MIN_SIZE.height(), self._beside.minimumSize().height())

    def fit(self, reading: bool, first: list[QLabel]) -> None:
        """`reading`: a phase for reading what to do (the countdown may be small); `first`:
        the pieces of the words the patient needs most now, most needed first."""
        view, layout = self._view, self._view.layout()
        assert layout is not None
        # One line of the words at least, whatever a scroll area would ask for by default.
        self._details.setMinimumHeight(self._details.fontMetrics().height())
        edges = layout.contentsMargins()
        full = view.width() - edges.left() - edges.right()
        if not self._fit_roomy(full):
            self._fit_compact(full, reading, first)

    def _fit_roomy(self, full: int) -> bool:
        """The figure left of everything, all the words on one page; False if they do not
        fit so with the figure shown (or, with none, under the smallest countdown)."""
        self._arrange(compact=False)
        self._more.hide()
        height, width = self._view.height(), self._view.width()
        spacing = self.layout.spacing()
        rest = self._rest()

        def face_over(words_width: int) -> int:
            # The words in full come before a larger countdown: a sliced line cannot be read.
            words = self._pager.height_of_all(words_width)
            return min(height // 3, height - rest - words)

        # The figure takes only the width that the countdown's digits and lines of the words
        # (WORDS_EM wide) do not need, and narrower still until all the words fit beside it.
        words_em = WORDS_EM * self._details.fontInfo().pixelSize()
        room = full - spacing
        figure = min(round(width * FIGURE_SHARE),
                     room - max(2 * face_over(full), words_em))
        while figure >= FIGURE_MIN_PX and face_over(room - figure) < TimerFace.MIN_SIZE.height():
            figure -= FIGURE_STEP_PX
        shown = self._figure.shows_something and figure >= FIGURE_MIN_PX
        words_width = room - figure if shown else full
        face = face_over(words_width)
        if not shown and (self._figure.shows_something or face < TimerFace.MIN_SIZE.height()):
            return False
        self._set_face(face)
        self._figure.setVisible(shown)
        self._figure.set_width(max(0, figure))
        self._details.will_be(words_width, fits=True)
        return True

    def _fit_compact(self, full: int, reading: bool, first: list[QLabel]) -> None:
        self._arrange(compact=True)
        # Counted as shown while the pages are made: it can only leave more room.
        self._more.show()
        height = self._view.height()
        rest = self._rest()
        least = self._least()
        doing = max(least, height // DOING_FACE_SHARE)
        # All the words on one page if the smallest countdown leaves room for them; else, if
        # paged anyway, a larger countdown while the patient moves, unless the most needed
        # words alone are taller than it leaves.
        tallest = self._pager.paginate(full, height - rest - least, first)
        if self._pager.pages > 1 and not reading:
            larger = self._pager.paginate(full, height - rest - doing, first)
            if larger > height - rest - doing:
                self._pager.paginate(full, height - rest - least, first)
            else:
                tallest = larger
        self._more.setVisible(self._pager.pages > 1)
        face = self._set_face(height - rest - tallest)
        fits = tallest <= height - rest - face
        badges = self._beside.sizeHint().width() + 2 * self._face_row.spacing()
        figure = min(round(self._view.width() * FIGURE_SHARE), full - badges - 2 * face)
        shown = self._figure.shows_something and figure >= FIGURE_MIN_PX
        self._figure.setVisible(shown)
        self._figure.set_width(max(0, figure))
        self._details.will_be(full, fits)

    def _set_face(self, wanted: int) -> int:
        """The countdown stays the largest thing on screen: a third of the height, less only
        when the words need the room; never so much that the buttons fall off the screen."""
        third = self._view.height() // 3
        face = max(self._least(), min(third, wanted))
        self._face.setMinimumHeight(face)
        # No taller where the words need the rest: growing, it would squeeze them; any height
        # left over is the words' (a page taller than this one may come).
        capped = face < third
        self._face.setMaximumHeight(face if capped else NO_LIMIT_PX)
        self._column.setStretchFactor(self._face_row, 0 if capped else 1)
        self._column.setStretchFactor(self._details, 1 if capped else 0)
        return face
