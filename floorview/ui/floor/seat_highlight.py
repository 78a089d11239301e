"""A party's seating options on the floor: each outlined and numbered, best first.

Seat a party ranks where a party could sit; this item draws those options over the
tables of one floor plan: every option's tables inside one outline (a group of
neighbouring tables joined is one shape around all of them, the convex hull of their
corners with a margin, so the host sees one table made of several), and a numbered badge
at the outline's top-left corner, the number the panel lists it by. The best option is
drawn solid and thicker, the others dashed; an option that is not free yet (a quote) is
dotted, with its likely time under the number ("~19:55").

Painted in floor-plan units over the tables (above their labels), it takes no clicks: a
tap on a table still reaches the table.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from floorview.core.model import Table

#: Above every table, label and ring of the scene.
Z_VALUE = 1_000.0
#: The outline's colour: a magenta none of the statuses uses, on light and dark floors.
OUTLINE = QColor("#D81B9C")
#: The badge's text colour on it.
BADGE_TEXT = QColor("#FFFFFF")


@dataclass(frozen=True, slots=True)
class Mark:
    """One option on this floor: its number in the list, its tables, and "~19:55" when
    it is not free now ("" when it is)."""

    number: int
    tables: tuple[Table, ...]
    when: str = ""


def _corners(t: Table, margin: float) -> list[QPointF]:
    cx, cy = t.x + t.width / 2, t.y + t.height / 2
    a = math.radians(t.rotation)
    c, s = math.cos(a), math.sin(a)
    hw, hh = t.width / 2 + margin, t.height / 2 + margin
    return [QPointF(cx + dx * hw * c - dy * hh * s, cy + dx * hw * s + dy * hh * c)
            for dx, dy in ((-1, -1), (1, -1), (1, 1), (-1, 1))]


def _hull(points: Sequence[QPointF]) -> list[QPointF]:
    """The convex hull (Andrew's monotone chain), counter-clockwise."""
    pts = sorted({(p.x(), p.y()) for p in points})
    if len(pts) < 3:
        return [QPointF(x, y) for x, y in pts]

    def cross(o: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[tuple[float, float]] = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper: list[tuple[float, float]] = []
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return [QPointF(x, y) for x, y in lower[:-1] + upper[:-1]]


def outline(tables: Sequence[Table], margin: float) -> QPainterPath:
    """One shape around ``tables``: the hull of their corners pushed out by ``margin``,
    its corners rounded."""
    points = [p for t in tables for p in _corners(t, margin)]
    path = QPainterPath()
    hull = _hull(points)
    if hull:
        path.addPolygon(QPolygonF([*hull, hull[0]]))
    return path


class SeatHighlight(QGraphicsItem):
    """The options of one floor plan (see the module). ``unit``: a typical table's size
    in plan units, which the outline's margin, pen and badge follow."""

    def __init__(self, marks: Sequence[Mark], *, unit: float = 90.0) -> None:
        super().__init__()
        self.marks = list(marks)
        self._unit = max(30.0, unit)
        self.margin = self._unit * 0.16
        self.radius = self._unit * 0.26
        self.setZValue(Z_VALUE)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self._paths = [outline(m.tables, self.margin) for m in self.marks]
        box = QRectF()
        for path in self._paths:
            box = box.united(path.boundingRect())
        pad = self.radius * 2 + self._unit * 0.1
        self._box = box.adjusted(-pad, -pad, pad, pad)

    def badge_center(self, index: int) -> QPointF:
        """Where option ``index``'s number is drawn (on its outline's top-left corner)."""
        box = self._paths[index].boundingRect()
        return QPointF(box.left() + self.radius * 0.4, box.top() + self.radius * 0.4)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt)
        return self._box

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = self._unit * 0.07
        # the best last, over the others where outlines cross
        for i in reversed(range(len(self.marks))):
            mark, path = self.marks[i], self._paths[i]
            pen = QPen(OUTLINE, width * (1.6 if i == 0 else 1.0))
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            if mark.when:
                pen.setStyle(Qt.PenStyle.DotLine)
            elif i > 0:
                pen.setStyle(Qt.PenStyle.DashLine)
            fill = QColor(OUTLINE)
            fill.setAlpha(46 if i == 0 else 22)
            painter.setPen(pen)
            painter.setBrush(QBrush(fill))
            painter.drawPath(path)
            self._badge(painter, i, mark)

    def _badge(self, painter: QPainter, index: int, mark: Mark) -> None:
        c, r = self.badge_center(index), self.radius
        painter.setPen(QPen(BADGE_TEXT, self._unit * 0.03))
        painter.setBrush(QBrush(OUTLINE))
        painter.drawEllipse(c, r, r)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(1, round(r * 1.25)))
        painter.setFont(font)
        painter.setPen(BADGE_TEXT)
        painter.drawText(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r),
                         Qt.AlignmentFlag.AlignCenter, str(mark.number))
        if mark.when:
            font.setPixelSize(max(1, round(r * 0.8)))
            painter.setFont(font)
            text = QRectF(c.x() - 2 * r, c.y() + r, 4 * r, r * 1.1)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(OUTLINE))
            painter.drawRoundedRect(text, r * 0.3, r * 0.3)
            painter.setPen(BADGE_TEXT)
            painter.drawText(text, Qt.AlignmentFlag.AlignCenter, mark.when)
