"""A routine's own picture for a step (its optional `image`, an SVG or PNG next to the
routine file), for exercises the figure library lacks."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QImageReader, QPainter
from PySide6.QtSvg import QSvgRenderer

_log = logging.getLogger(__name__)


class Picture:
    """A picture loaded once and drawn to fit any box, keeping its shape."""

    def __init__(self, source: QSvgRenderer | QImage) -> None:
        self._source = source

    def size(self) -> QSizeF:
        if isinstance(self._source, QSvgRenderer):
            return QSizeF(self._source.defaultSize())
        return QSizeF(self._source.size())

    def paint(self, painter: QPainter, box: QRectF) -> None:
        size = self.size()
        if size.isEmpty():
            return
        fitted = size.scaled(box.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRectF(box.center().x() - fitted.width() / 2,
                        box.center().y() - fitted.height() / 2,
                        fitted.width(), fitted.height())
        if isinstance(self._source, QSvgRenderer):
            self._source.render(painter, target)
        else:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(target, self._source)


def load_picture(path: Path) -> Picture | None:
    """The picture, or None when it cannot be read: the step's words still say everything,
    so a bad file costs the picture, never the session. (`routine check` names the problem.)"""
    if path.suffix.lower() == ".svg":
        renderer = QSvgRenderer(str(path))
        if renderer.isValid():
            return Picture(renderer)
    else:
        # QImageReader keeps Qt's allocation limit: a hostile, huge PNG is refused, not loaded.
        image = QImageReader(str(path)).read()
        if not image.isNull():
            return Picture(image)
    _log.warning("The step's picture %s cannot be shown", path)
    return None
