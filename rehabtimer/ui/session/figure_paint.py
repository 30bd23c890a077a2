"""Drawing a figure with QPainter as vectors: sharp at any size, in either theme.

Limbs are thick strokes with round ends over a slightly wider outline; the far arm and leg
are paler, so the near side (the working side of a sided exercise) reads in front.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF

from rehabtimer.core.figures.figure import Arrow, Figure, Prop
from rehabtimer.core.figures.pose import HEAD_R, Point, Pose, Skeleton, skeleton
from rehabtimer.ui.widgets.style import HIGH_CONTRAST, NORMAL

# Stroke widths in body units (a standing body is 100 high).
WIDTHS = {
    "torso": 12.0, "upper_arm": 6.0, "forearm": 5.0, "thigh": 8.5, "shin": 7.0, "foot": 4.5,
}
OUTLINE = 1.6
PAD = 9.0


@dataclass(frozen=True)
class Colours:
    body: QColor
    far: QColor
    outline: QColor
    moving: QColor
    moving_outline: QColor
    prop: QColor
    prop_fill: QColor
    mat: QColor
    floor: QColor


def colours(high_contrast: bool) -> Colours:
    if high_contrast:
        white = QColor("#FFFFFF")
        return Colours(
            body=QColor("#000000"), far=QColor("#3A3A3A"), outline=white,
            moving=QColor(HIGH_CONTRAST.accent), moving_outline=white, prop=white,
            prop_fill=QColor("#000000"), mat=QColor("#2A2A2A"), floor=white,
        )
    return Colours(
        body=QColor("#6F8291"), far=QColor("#B7C3CC"), outline=QColor("#3C4A55"),
        moving=QColor(NORMAL.accent), moving_outline=QColor("#004A75"),
        prop=QColor("#8C7A62"), prop_fill=QColor("#EFE7DA"), mat=QColor("#B9D6CB"),
        floor=QColor("#9A9A9A"),
    )


def _prop_extent(prop: Prop) -> list[Point]:
    if prop.kind == "chair":
        return [(prop.x0 - 3, 0.0), (prop.x1, prop.y + 36)]
    if prop.kind in ("stool", "table", "wall"):
        return [(prop.x0, 0.0), (prop.x1, prop.y + 3)]
    if prop.kind == "mat":
        return [(prop.x0, -2.0), (prop.x1, 1.0)]
    return []


@lru_cache(maxsize=64)
def bounds(figure: Figure) -> QRectF:
    """The area every pose and prop of the figure fits in, in body units (y up): drawn at
    one scale for the whole movement, so the figure does not grow and shrink as it moves."""
    xs: list[float] = []
    ys: list[float] = [0.0]
    for pose in figure.poses():
        bones = skeleton(pose)
        for x, y in bones.points():
            xs.append(x)
            ys.append(y)
        head = bones.point("head")
        xs += [head[0] - HEAD_R, head[0] + HEAD_R]
        ys.append(head[1] + HEAD_R)
        for arrow in (move.arrow for move in figure.moves if move.arrow is not None):
            base = bones.point(arrow.joint)
            for dx, dy in (arrow.offset, (arrow.offset[0] + arrow.vector[0],
                                          arrow.offset[1] + arrow.vector[1])):
                xs.append(base[0] + dx * bones.facing)
                ys.append(base[1] + dy)
    facing = figure.start.facing
    for prop in figure.props:
        for x, y in _prop_extent(prop):
            xs.append(x * facing)
            ys.append(y)
    left, bottom = min(xs) - PAD, min(ys) - 3
    return QRectF(left, bottom, max(xs) + PAD - left, max(ys) + PAD - bottom)


def _pt(p: Point) -> QPointF:
    return QPointF(p[0], p[1])


def _stroke(painter: QPainter, path: QPainterPath | QLineF, width: float, fill: QColor,
            outline: QColor) -> None:
    for colour, w in ((outline, width + 2 * OUTLINE), (fill, width)):
        pen = QPen(colour, w, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                   Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if isinstance(path, QLineF):
            painter.drawLine(path)
        else:
            painter.drawPath(path)


class _Painter:
    def __init__(self, painter: QPainter, figure: Figure, bones: Skeleton,
                 c: Colours) -> None:
        self.p, self.figure, self.bones, self.c = painter, figure, bones, c
        self.facing = bones.facing

    def fill_of(self, segment: str, far: bool = False) -> tuple[QColor, QColor]:
        if segment in self.figure.moving:
            return self.c.moving, self.c.moving_outline
        return (self.c.far if far else self.c.body), self.c.outline

    def limb(self, side: str, chain: tuple[tuple[str, str, str], ...]) -> None:
        for part, start, end in chain:
            name = f"{side}_{part}"
            fill, outline = self.fill_of(name, far=side == "far")
            a = self.bones.point(start if start in ("hip", "shoulder") else f"{side}_{start}")
            b = self.bones.point(f"{side}_{end}")
            _stroke(self.p, QLineF(_pt(a), _pt(b)), WIDTHS[part], fill, outline)

    def leg(self, side: str) -> None:
        self.limb(side, (("thigh", "hip", "knee"), ("shin", "knee", "ankle"),
                         ("foot", "heel", "toe")))

    def arm(self, side: str) -> None:
        self.limb(side, (("upper_arm", "shoulder", "elbow"), ("forearm", "elbow", "hand")))
        self.hand(side)

    def hand(self, side: str) -> None:
        name = f"{side}_hand"
        fill, outline = self.fill_of(name, far=side == "far")
        centre = self.bones.point(name)
        if name not in self.figure.moving:
            self._disc(centre, 2.7, fill, outline)
            return
        # A hand that is the exercise is drawn larger, its fingers curling with the grip.
        elbow = self.bones.point(f"{side}_elbow")
        along = math.atan2(centre[1] - elbow[1], centre[0] - elbow[0])
        grip = self.grip
        for spread in (-0.45, -0.15, 0.15, 0.45):
            angle = along + spread * (1.0 - 0.6 * grip)
            length = 6.5 * (1.0 - grip) + 2.0
            tip = (centre[0] + math.cos(angle) * length, centre[1] + math.sin(angle) * length)
            _stroke(self.p, QLineF(_pt(centre), _pt(tip)), 1.8, fill, outline)
        self._disc(centre, 3.6 + grip, fill, outline)

    grip = 0.0

    def _disc(self, centre: Point, radius: float, fill: QColor, outline: QColor) -> None:
        self.p.setPen(QPen(outline, OUTLINE * 1.4))
        self.p.setBrush(QBrush(fill))
        self.p.drawEllipse(_pt(centre), radius, radius)

    def trunk(self) -> None:
        hip, shoulder = self.bones.point("hip"), self.bones.point("shoulder")
        spine = QPainterPath(_pt(hip))
        spine.quadTo(_pt(self.bones.spine_bow), _pt(shoulder))
        fill, outline = self.fill_of("torso")
        _stroke(self.p, spine, WIDTHS["torso"], fill, outline)
        head = self.bones.point("head")
        _stroke(self.p, QLineF(_pt(shoulder), _pt(head)), 4.5, *self.fill_of("head"))
        self._disc(head, HEAD_R, *self.fill_of("head"))
        if "belly" in self.figure.moving:  # otherwise the trunk's outline is enough
            self.belly(hip, shoulder)

    def belly(self, hip: Point, shoulder: Point) -> None:
        length = math.dist(hip, shoulder) or 1.0
        up = ((shoulder[0] - hip[0]) / length, (shoulder[1] - hip[1]) / length)
        front = (up[1] * self.facing, -up[0] * self.facing)

        def at(u: float, f: float) -> QPointF:
            return QPointF(hip[0] + up[0] * u + front[0] * f, hip[1] + up[1] * u + front[1] * f)

        shape = QPainterPath(at(2.0, 3.0))
        shape.quadTo(_pt(self.bones.belly), at(19.0, 3.0))
        shape.closeSubpath()
        fill, outline = self.fill_of("belly")
        self.p.setPen(QPen(outline, OUTLINE))
        self.p.setBrush(QBrush(fill))
        self.p.drawPath(shape)

    def prop_behind(self, prop: Prop) -> None:
        f, c = self.facing, self.c
        pen = QPen(c.prop, 2.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                   Qt.PenJoinStyle.RoundJoin)
        self.p.setPen(pen)
        self.p.setBrush(QBrush(c.prop_fill))
        x0, x1 = sorted((prop.x0 * f, prop.x1 * f))
        if prop.kind == "mat":
            self.p.setBrush(QBrush(c.mat))
            self.p.setPen(Qt.PenStyle.NoPen if c.mat != c.prop_fill else pen)
            self.p.drawRoundedRect(QRectF(x0, -1.8, x1 - x0, 2.6), 1.2, 1.2)
        elif prop.kind == "wall":
            self.p.drawRect(QRectF(x0, 0.0, x1 - x0, prop.y))
        elif prop.kind in ("chair", "stool", "table"):
            top = 3.0 if prop.kind == "table" else 2.5
            inset = 2.0
            for x in (x0 + inset, x1 - inset):
                self.p.drawLine(QLineF(x, 0.0, x, prop.y - top))
            if prop.kind == "chair":
                back = prop.x0 * f
                self.p.drawLine(QLineF(back, prop.y, back - 2.5 * f, prop.y + 34))
                self.p.drawRoundedRect(
                    QRectF(min(back, back - 5 * f), prop.y + 14, 5.0, 18.0), 2.0, 2.0)
            self.p.drawRoundedRect(QRectF(x0, prop.y - top, x1 - x0, top), 1.0, 1.0)

    def prop_on_body(self, prop: Prop) -> None:
        c = self.c
        points = [self.bones.point(name) for name in prop.joints]
        if prop.kind == "strap":
            pen = QPen(c.prop, 1.8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
            self.p.setPen(pen)
            self.p.drawLine(QLineF(_pt(points[0]), _pt(points[1])))
        elif prop.kind == "towel":
            knee = points[0]
            self._disc((knee[0], 3.6), 3.6, c.prop_fill, c.prop)
        elif prop.kind == "cast":
            a, b = points
            start = (a[0] + (b[0] - a[0]) * 0.3, a[1] + (b[1] - a[1]) * 0.3)
            end = (a[0] + (b[0] - a[0]) * 0.85, a[1] + (b[1] - a[1]) * 0.85)
            _stroke(self.p, QLineF(_pt(start), _pt(end)), 8.0, c.prop_fill, c.prop)
        elif prop.kind == "weight":
            hand = points[0]
            _stroke(self.p, QLineF(hand[0] - 4, hand[1], hand[0] + 4, hand[1]), 2.0,
                    c.prop, c.prop)
            for dx in (-4.5, 4.5):
                self._disc((hand[0] + dx, hand[1]), 2.6, c.prop, c.prop)

    def arrow(self, arrow: Arrow) -> None:
        f = self.facing
        base = self.bones.point(arrow.joint)
        tail = QPointF(base[0] + arrow.offset[0] * f, base[1] + arrow.offset[1])
        vector = QPointF(arrow.vector[0] * f, arrow.vector[1])
        head = tail + vector
        colour = self.c.moving
        self.p.setPen(QPen(colour, 2.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        length = math.hypot(vector.x(), vector.y()) or 1.0
        ux, uy = vector.x() / length, vector.y() / length
        self.p.drawLine(QLineF(tail, head - QPointF(ux * 2.5, uy * 2.5)))
        size = 4.2
        left = head - QPointF(ux * size - uy * size * 0.7, uy * size + ux * size * 0.7)
        right = head - QPointF(ux * size + uy * size * 0.7, uy * size - ux * size * 0.7)
        self.p.setPen(Qt.PenStyle.NoPen)
        self.p.setBrush(QBrush(colour))
        self.p.drawPolygon(QPolygonF([head, left, right]))


def paint_figure(painter: QPainter, area: QRectF, figure: Figure, pose: Pose,
                 arrow: Arrow | None, high_contrast: bool) -> None:
    """Draw `figure` in `area` in the given pose (and arrow), scaled to fit, centred."""
    box = bounds(figure)
    scale = min(area.width() / box.width(), area.height() / box.height())
    if scale <= 0:
        return
    c = colours(high_contrast)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(area.center())
    painter.scale(scale, -scale)
    painter.translate(-box.center())
    bones = skeleton(pose)
    p = _Painter(painter, figure, bones, c)
    p.grip = pose.grip
    painter.setPen(QPen(c.floor, 1.0))
    painter.drawLine(QLineF(box.left() + PAD / 2, 0.0, box.right() - PAD / 2, 0.0))
    body_props = [prop for prop in figure.props if prop.joints]
    for prop in figure.props:
        if not prop.joints:
            p.prop_behind(prop)
    for prop in body_props:
        if prop.kind == "towel":
            p.prop_on_body(prop)
    p.arm("far")
    p.leg("far")
    p.trunk()
    p.leg("near")
    p.arm("near")
    for prop in body_props:
        if prop.kind != "towel":
            p.prop_on_body(prop)
    if arrow is not None:
        p.arrow(arrow)
    painter.restore()
