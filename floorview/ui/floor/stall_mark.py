"""A stalled table's mark: a ring of dots round the table and an hourglass at its corner.

A table stalls when its status has lasted well past what it usually lasts
(:mod:`floorview.core.stalls`); the window says which (``FloorScene.set_stall``) and
the table's painting adds this mark. It tells itself apart without colour: the
over-time mark is a solid ring, the selection a thin solid one, an unknown shape's
border dashed; this is a ring of round dots, outside all of them, under the table, and
an hourglass (two triangles tip to tip) over the table's top left corner (the server's
badge has the right), upright whatever the table's rotation. Both in the theme's amber,
on the floor's colour as a halo.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from floorview.ui.floor.palette import Paints, cosmetic_pen

#: How far out the ring of dots is, in rings' margins (the over-time ring is at 0.75).
GROW = 0.98
#: The hourglass's half-height, in rings' margins (within the item's bounds, turned).
GLASS = 0.62

_PENS: dict[int, tuple[QPen, QPen]] = {}  # per theme's (cached, never freed) Paints


def _pens(p: Paints) -> tuple[QPen, QPen]:
    pens = _PENS.get(id(p))
    if pens is None:
        amber = p.time["amber"][0].color()
        dots = cosmetic_pen(QColor(amber), 4.0)
        dots.setDashPattern([0.01, 2.2])  # round caps: a dot every 2.2 pen widths
        halo = cosmetic_pen(QColor(p.floor.color()), 7.0)
        halo.setDashPattern([0.01, 2.2 * 4 / 7])  # the same dots, under, a size up
        pens = _PENS[id(p)] = (dots, halo)
    return pens


def hourglass(half: float) -> QPainterPath:
    """An hourglass ``2 * half`` tall around (0, 0): two triangles tip to tip."""
    path = QPainterPath()
    path.moveTo(-half * 0.8, -half)
    path.lineTo(half * 0.8, -half)
    path.lineTo(0, 0)
    path.closeSubpath()
    path.moveTo(-half * 0.8, half)
    path.lineTo(half * 0.8, half)
    path.lineTo(0, 0)
    path.closeSubpath()
    return path


def paint_stall_ring(painter: QPainter, outline: QPainterPath, width: float, height: float,
                     ring: float, p: Paints) -> None:
    """The ring of dots, in the table item's coordinates (its unrotated shape ``width`` ×
    ``height`` round (0, 0); ``ring``: the rings' margin): drawn before the table."""
    dots, halo = _pens(p)
    m = ring * GROW
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.scale(1 + 2 * m / width, 1 + 2 * m / height)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(halo)
    painter.drawPath(outline)
    painter.setPen(dots)
    painter.drawPath(outline)
    painter.restore()


def paint_stall_glass(painter: QPainter, width: float, height: float, rotation: float,
                      ring: float, p: Paints) -> None:
    """The hourglass over the top left corner, upright (``rotation``: the table's):
    drawn after the table, over it."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.translate(QPointF(-width / 2, -height / 2))
    painter.rotate(-rotation)
    painter.setPen(p.halo)
    painter.setBrush(p.time["amber"][0])
    painter.drawPath(hourglass(ring * GLASS))
    painter.restore()
