"""Where a table is drawn (its place, size and angle), and edit mode's grid: snap, keep inside.

A :class:`Geometry` is the contract's x/y (the top-left before rotation), width, height and
rotation; the floor's items sit at its centre and turn about it. Edit mode snaps places
and sizes to :data:`GRID` plan units and keeps a dragged table inside the room.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF

from floorview.core.model import Table

#: Edit mode snaps places and sizes to this many plan units.
GRID = 5.0
#: The least width and height a resize leaves a table.
MIN_SIZE = 20.0


@dataclass(frozen=True, slots=True)
class Geometry:
    """Where a table is drawn: the contract's x/y (top-left before rotation), size, angle."""

    x: float
    y: float
    width: float
    height: float
    rotation: float

    @classmethod
    def of(cls, t: Table) -> Geometry:
        return cls(t.x, t.y, t.width, t.height, t.rotation)

    @property
    def center(self) -> QPointF:
        return QPointF(self.x + self.width / 2, self.y + self.height / 2)

    def extents(self) -> tuple[float, float]:
        """Half width and half height of the rotated table's axis-aligned box."""
        a = math.radians(self.rotation)
        c, s = abs(math.cos(a)), abs(math.sin(a))
        hw, hh = self.width / 2, self.height / 2
        return hw * c + hh * s, hw * s + hh * c

    def scene_box(self) -> QRectF:
        ex, ey = self.extents()
        c = self.center
        return QRectF(c.x() - ex, c.y() - ey, 2 * ex, 2 * ey)


def snap(v: float, grid: float = GRID) -> float:
    return round(v / grid) * grid


def clamp_into(g: Geometry, plan: QRectF, x: float, y: float) -> tuple[float, float]:
    """Top-left (x, y) moved the least so the rotated table stays inside ``plan``."""
    if plan.isEmpty():
        return x, y
    ex, ey = g.extents()
    hw, hh = g.width / 2, g.height / 2
    lo_x, hi_x = plan.left() + ex - hw, plan.right() - ex - hw
    lo_y, hi_y = plan.top() + ey - hh, plan.bottom() - ey - hh
    if lo_x <= hi_x:
        x = min(max(x, math.ceil(lo_x / GRID) * GRID), math.floor(hi_x / GRID) * GRID)
    if lo_y <= hi_y:
        y = min(max(y, math.ceil(lo_y / GRID) * GRID), math.floor(hi_y / GRID) * GRID)
    return x, y


def edited_number(v: float) -> float | int:
    """A place or size as an edit sends it: two decimals, a whole number as an int."""
    v = round(v, 2)
    return int(v) if float(v).is_integer() else v
