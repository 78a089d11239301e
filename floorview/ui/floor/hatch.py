"""An out-of-service table's hatch: diagonal lines cut to the table's shape, once a size.

The lines are cut here, in the table's own coordinates, so a paint draws them without a
clip path (setting the clip every paint was a quarter of a close-zoom table's paint;
filling the lines' stroke intersected with the shape measured 2-3x slower still).
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF
from PySide6.QtGui import QPolygonF

from floorview.core.model import Shape
from floorview.ui.floor.labels import shape_path


def hatch_step(width: float, height: float) -> float:
    """How far apart a width x height table's hatch lines are (a line is a fifth of it wide)."""
    return max(4.0, min(width, height) / 6)


def hatch_lines(shape: Shape, width: float, height: float) -> list[QLineF]:
    """The hatch of a table of this shape and size, in its own coordinates (kept for the
    next table of the same shape and size: the same list, not to be changed)."""
    key = (shape, width, height)
    lines = _HATCHES.get(key)
    if lines is None:
        lines = _HATCHES[key] = _hatch_lines(shape, width, height, hatch_step(width, height))
        if len(_HATCHES) > 512:  # sizes come and go in edit mode
            del _HATCHES[next(iter(_HATCHES))]
    return lines


#: The hatch lines of a (shape, width, height): cutting them took ~0.6 ms a table, a
#: third of a frame's work when out-of-service changes stream in.
_HATCHES: dict[tuple[Shape, float, float], list[QLineF]] = {}


def _hatch_lines(shape: Shape, width: float, height: float, step: float) -> list[QLineF]:
    """Diagonal lines ``step`` apart, cut to the shape inset by half a line's width (a
    flat end on a curved edge stays inside)."""
    outline = shape_path(shape, max(1.0, width - step * 0.2),
                         max(1.0, height - step * 0.2)).toFillPolygon()
    hw, hh = width / 2, height / 2
    lines = []
    c = -hw - hh
    while c < hw + hh:
        cut = clip_segment(QPointF(c, hh), QPointF(c + 2 * hh, -hh), outline)
        if cut is not None:
            lines.append(cut)
        c += step
    return lines


def clip_segment(a: QPointF, b: QPointF, convex: QPolygonF) -> QLineF | None:
    """The part of segment a→b inside a convex polygon (Cyrus-Beck), or None."""
    n = convex.size()
    if n < 3:
        return None
    pts = [convex.at(i) for i in range(n)]
    if pts[0] == pts[-1]:
        pts.pop()
        n -= 1
    # orientation: the sign of the polygon's area
    area = sum(pts[i].x() * pts[(i + 1) % n].y() - pts[(i + 1) % n].x() * pts[i].y() for i in range(n))
    sign = 1.0 if area > 0 else -1.0
    dx, dy = b.x() - a.x(), b.y() - a.y()
    t0, t1 = 0.0, 1.0
    for i in range(n):
        p, q = pts[i], pts[(i + 1) % n]
        ex, ey = q.x() - p.x(), q.y() - p.y()
        # inside when cross(edge, point - p) has the polygon's orientation
        num = sign * (ex * (a.y() - p.y()) - ey * (a.x() - p.x()))
        den = sign * (ex * dy - ey * dx)
        if abs(den) < 1e-12:
            if num < 0:
                return None
            continue
        t = -num / den
        if den > 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 >= t1:
            return None
    return QLineF(a.x() + t0 * dx, a.y() + t0 * dy, a.x() + t1 * dx, a.y() + t1 * dy)
