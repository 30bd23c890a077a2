"""The words under a session's countdown: the step's instructions, its caution, what comes
next, in a scroll area that asks for their height at the width they will have, and in pages
when large text leaves too little room for all of them."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QWidget

from rehabtimer.ui.widgets.line_breaks import no_orphans


class WordsArea(QScrollArea):
    """The words under the countdown, all of them when there is room. With large text on a
    small screen they scroll instead of pushing the buttons off the bottom of the screen."""

    def __init__(self, content: QWidget) -> None:
        super().__init__()
        self._content = content
        self._width = 0
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def height_at(self, width: int) -> int:
        """The height the words take `width` wide."""
        return max(self._content.heightForWidth(width), 0)

    def will_be(self, width: int, fits: bool) -> None:
        """The width the session's layout is about to give the words (the figure beside
        them may grow or go): the height asked for is theirs at that width. `fits`: whether
        that height is left for them; if not, they scroll."""
        self._width = width
        # Where they fit, no scroll bar: one left from a narrower moment would take width,
        # wrap the words onto one more line, and so keep itself (Qt measures the words at
        # the width beside the bar to decide).
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff if fits
                                        else Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        # QScrollArea asks its content for a size at no particular width; wrapped text needs
        # the height at the width it really has.
        width = self._width or self.viewport().width()
        return QSize(super().sizeHint().width(), self.height_at(width))


class WordsPager:
    """The step's words a page at a time, when large text leaves room for only part of them
    under the countdown: each page whole sentences, nothing cut and nothing scrolled.

    The pieces, in reading order: each label with words to show, the instructions a piece
    for each of their lines. The first page holds what the patient needs most in the phase;
    the rest follow in reading order, as many to a page as fit.
    """

    def __init__(self, area: WordsArea, labels: list[QLabel], instructions: QLabel) -> None:
        """`labels`: all the labels of the words, in reading order, `instructions` among
        them; the others show their own text, on a page or not."""
        self._area = area
        self._labels = labels
        self._instructions = instructions
        self._sentences: list[str] = []
        self._pieces: list[tuple[QLabel, str]] = []
        self._topic: object = None
        self._pages: list[tuple[int, ...]] = [()]
        self._turned = 0  # by the patient
        self._passed = 0  # by the time spent reading

    @property
    def page(self) -> int:
        return (self._turned + self._passed) % len(self._pages)

    @property
    def pages(self) -> int:
        return len(self._pages)

    @property
    def sentences(self) -> tuple[str, ...]:
        return tuple(self._sentences)

    def words(self) -> str:
        """The words of the page shown, as a screen reader is to read them out."""
        return "\n".join(sentence or label.text() for label, sentence in
                         (self._pieces[i] for i in self._pages[self.page]))

    def show_page(self) -> None:
        self._apply(self._pages[self.page])

    def set_words(self, instructions: str, topic: object) -> None:
        """The instructions to show; `topic` (the step and the kind of phase) changing starts
        again at the first page."""
        self._sentences = [line for line in instructions.split("\n") if line.strip()]
        if topic != self._topic:
            self._topic = topic
            self._turned = self._passed = 0

    def _gather(self) -> None:
        self._pieces = []
        for label in self._labels:
            if label is self._instructions:
                self._pieces += [(label, sentence) for sentence in self._sentences]
            elif label.text():
                self._pieces.append((label, ""))

    def show_all(self) -> None:
        self._gather()
        # The page the patient turned to stays wanted, for when the words are paged again.
        self._pages = [tuple(range(len(self._pieces)))]
        self._apply(self._pages[0])

    def height_of_all(self, width: int) -> int:
        self.show_all()
        return self._area.height_at(width)

    def paginate(self, width: int, room: int, first: list[QLabel]) -> int:
        """Pages each at most `room` high at `width`, the first with the pieces of `first`
        (the most needed first) that fit together; the height of the tallest page."""
        self._gather()

        def fits(page: tuple[int, ...]) -> bool:
            self._apply(page)
            return self._area.height_at(width) <= room

        opening: tuple[int, ...] = ()
        for label in first:
            for piece in (i for i, (each, _) in enumerate(self._pieces) if each is label):
                # A label's sentences as written: none skipped for a shorter one that fits.
                if not fits(tuple(sorted((*opening, piece)))):
                    break
                opening = tuple(sorted((*opening, piece)))
        # Room left on it: what follows in reading order, rather than an empty band.
        for piece in (p for p in range(len(self._pieces)) if p not in opening):
            if not opening or not fits(tuple(sorted((*opening, piece)))):
                break
            opening = tuple(sorted((*opening, piece)))
        pages = [opening] if opening else []
        page: tuple[int, ...] = ()
        for piece in (p for p in range(len(self._pieces)) if p not in opening):
            if page and not fits((*page, piece)):
                pages.append(page)
                page = ()
            page = (*page, piece)  # a piece taller than the room alone: a page of its own
        if page or not pages:
            pages.append(page)
        self._pages = pages
        tallest = 0
        for each in pages:
            self._apply(each)
            tallest = max(tallest, self._area.height_at(width))
        self._apply(pages[self.page])
        return tallest

    def follow(self, passed: int) -> bool:
        """Pages turned by themselves since the topic began (as the engine's time goes on);
        whether that turned one now."""
        turned = passed != self._passed and len(self._pages) > 1
        self._passed = passed
        return turned

    def turn(self, step: int) -> None:
        self._turned += step
        self._apply(self._pages[self.page])
        self._area.updateGeometry()

    def _apply(self, page: tuple[int, ...]) -> None:
        shown = [self._pieces[i] for i in page]
        text = no_orphans("\n".join(sentence for label, sentence in shown
                                    if label is self._instructions))
        if self._instructions.text() != text:
            self._instructions.setText(text)
        for label in self._labels:
            label.setVisible(any(each is label for each, _ in shown))
