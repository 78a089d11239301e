"""The section zones of a floor: each section's tables as one tinted area, with a name tag.

A zone is worked out from its tables' outlines (:meth:`SectionZones.build`) and kept
until one of its tables moves, comes or goes (:meth:`SectionZones.invalidate`), so a
status change never redoes a zone and a move redoes only its own section's. The scene
draws the zones in its background (cached by the view) and the tags over the walls.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPolygonF,
)

from floorview.core.model import Shape, TableSection
from floorview.ui.floor import palette
from floorview.ui.floor.table_item import TableItem

#: A zone's name tag tries at most this many places along each of its edges.
_TAG_SLIDES = 40


class Zone(NamedTuple):
    """One section's zone: its outline (scene), colour, upper-case name and tag rect."""

    path: QPainterPath
    color: QColor
    name: str
    tag: QRectF


def tag_font_px(unit: float) -> float:
    """The zones' name tags' font size for a floor whose typical table is ``unit``."""
    return max(6.0, unit * 0.17)


class SectionZones:
    """The zones of one floor by section id, redone only for the sections invalidated."""

    def __init__(self) -> None:
        self._zones: dict[str, Zone] = {}
        self._dirty: set[str] | None = None  # the sections to redo; None: all of them

    def invalidate(self, sections: Iterable[str | None] | None = None) -> None:
        """Redo the zones of ``sections`` (None: of every section) when next built."""
        if sections is None:
            self._dirty = None
        elif self._dirty is not None:
            self._dirty.update(s for s in sections if s)

    def by_section(self) -> dict[str, Zone]:
        """The zones as last built, by section id."""
        return dict(self._zones)

    def build(self, items: Iterable[TableItem], sections: Mapping[str, TableSection], *,
              unit: float, room: QRectF,
              labels_in: Callable[[QRectF], Iterable[QRectF]]) -> list[Zone]:
        """Each section's zone: its tables, bridged to their near neighbours, grown a margin.

        Two tables of a section closer than about one and a half tables (``unit`` is the
        typical table's smaller side) are joined by their convex hull; the holes such
        bridges enclose are filled; the result grows by a margin with round corners.
        L-shapes stay L-shaped, rows become one band. ``labels_in(rect)`` gives the
        label rects of the tables near ``rect`` (where a tag must not go).
        """
        pad, reach = unit * 0.3, unit * 1.6
        dirty = self._dirty
        if dirty is not None and not dirty:
            return list(self._zones.values())
        if dirty is None:
            self._zones.clear()
        else:
            for sid in dirty:
                self._zones.pop(sid, None)
        self._dirty = set()
        tables: dict[str, list[tuple[QRectF, list[tuple[float, float]]]]] = {}
        for item in items:
            section_id = item.table.section_id
            if section_id and (dirty is None or section_id in dirty):
                tables.setdefault(section_id, []).append((item.geometry.scene_box(), _outline(item)))
        stroker = QPainterPathStroker()
        stroker.setWidth(2 * pad)
        stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        px = tag_font_px(unit)
        for sid, members in tables.items():
            path = QPainterPath()
            path.setFillRule(Qt.FillRule.WindingFill)
            # Near neighbours through a grid of cells one reach wide: not every pair.
            cells: dict[tuple[int, int], list[int]] = {}
            for i, (box, _) in enumerate(members):
                c = box.center()
                cells.setdefault((int(c.x() // reach), int(c.y() // reach)), []).append(i)
            span = 1 + int(max(max(b.width(), b.height()) for b, _ in members) // reach)
            for i, (box, pts) in enumerate(members):
                path.addPolygon(_hull(pts))
                c = box.center()
                cx, cy = int(c.x() // reach), int(c.y() // reach)
                for gx in range(cx - span, cx + span + 1):
                    for gy in range(cy - span, cy + span + 1):
                        for j in cells.get((gx, gy), ()):
                            if j > i and _gap(box, members[j][0]) < reach:
                                path.addPolygon(_hull(pts + members[j][1]))
            outline = QPainterPath()
            subs = path.simplified().toSubpathPolygons()
            for sub in subs:  # keep the outer rings: drop the holes bridges enclosed
                if not any(o is not sub and o.containsPoint(sub.at(0), Qt.FillRule.OddEvenFill)
                           for o in subs):
                    outline.addPolygon(sub)
                    outline.closeSubpath()
            zone = stroker.createStroke(outline).united(outline).simplified()
            section = sections.get(sid)
            name = (section.name if section else "").upper()
            color = palette.server_color(sid, section.color if section else None)
            self._zones[sid] = Zone(zone, color, name,
                                    _tag_rect(zone, name, pad, px, room, labels_in))
        return list(self._zones.values())


def draw_zones(painter: QPainter, zones: Iterable[Zone], *, room: QRectF) -> None:
    """The zones' tinted areas and dashed edges, clipped to the room."""
    painter.save()
    painter.setClipRect(room, Qt.ClipOperation.IntersectClip)  # zones stay in the room
    for path, color, _name, _tag in zones:
        c = QColor(color)  # offline keeps the colours: the tables' dashed borders say stale
        fill = QColor(c)
        fill.setAlphaF(0.10)
        edge = QColor(c)
        edge.setAlphaF(0.55)
        painter.setPen(palette.cosmetic_pen(edge, 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(QBrush(fill))
        painter.drawPath(path)
    painter.restore()


def draw_tags(painter: QPainter, zones: Iterable[Zone], *, px: float) -> None:
    """Each zone's name on a tag in its colour, on the zone's top edge, over the walls."""
    f = palette.font("title", px)
    fm = QFontMetricsF(f)
    painter.setFont(f)
    for _path, color, name, tag in zones:
        if not name:
            continue
        c = QColor(color)  # offline keeps the colours: the tables' dashed borders say stale
        h = tag.height()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(c))
        painter.drawRoundedRect(tag, h / 2, h / 2)
        painter.setPen(palette.contrasting_text(c))
        painter.drawText(QPointF(tag.left() + px * 0.55, tag.center().y() + fm.capHeight() / 2),
                         name)


def _tag_rect(zone: QPainterPath, name: str, pad: float, px: float, plan: QRectF,
              labels_in: Callable[[QRectF], Iterable[QRectF]]) -> QRectF:
    """Where a zone's name tag goes: on the zone's edge, inside the room, over no table.

    Tried in turn: the top edge at its left, then right; the bottom edge at its left,
    then right; then places along the top edge, then along the bottom edge, left to
    right. The first that covers no table's labels (shape, badge, time pill: in the
    current type size) wins; when every place covers some, the one covering least.
    """
    fm = QFontMetricsF(palette.font("title", px))
    w, h = fm.horizontalAdvance(name) + px * 1.1, px * 1.55
    box = zone.boundingRect()
    inset = max(3.0, max(plan.width(), plan.height()) * 0.004) / 2 + 2
    room = plan.adjusted(inset, inset, -inset, -inset)
    edge = [e for e in zone.toFillPolygon().toList() if e.y() - box.top() < pad * 0.5]
    left = min((e.x() for e in edge), default=box.left()) + pad * 0.5
    places = [(left, box.top()), (box.right() - pad * 0.5 - w, box.top()),
              (box.left() + pad * 0.5, box.bottom()), (box.right() - pad * 0.5 - w, box.bottom())]
    x0, x1 = box.left() + pad * 0.5, box.right() - pad * 0.5 - w
    if x1 > x0:
        step = max(h / 2, (x1 - x0) / _TAG_SLIDES)
        xs = [x0 + k * step for k in range(int((x1 - x0) // step) + 1)]
        places += [(x, box.top()) for x in xs] + [(x, box.bottom()) for x in xs]
    best: tuple[float, QRectF] | None = None
    for x, y in places:
        r = QRectF(x, y - h / 2, w, h)
        r.moveLeft(min(max(r.left(), room.left()), room.right() - w))
        r.moveTop(min(max(r.top(), room.top()), room.bottom() - h))
        covered = 0.0
        for labels in labels_in(r):
            o = labels.intersected(r)
            covered += max(0.0, o.width()) * max(0.0, o.height())
        if covered <= 0.0:
            return r
        if best is None or covered < best[0]:
            best = (covered, r)
    return best[1] if best is not None else QRectF(left, box.top() - h / 2, w, h)


def _outline(item: TableItem) -> list[tuple[float, float]]:
    """A few points around the table, in the scene: its corners, or 12 for a round one."""
    g = item.geometry
    hw, hh = g.width / 2, g.height / 2
    if item.table.shape is Shape.ROUND:
        local = [(hw * math.cos(a), hh * math.sin(a)) for a in (math.pi * k / 6 for k in range(12))]
    else:
        local = [(-hw, -hh), (hw, -hh), (hw, hh), (-hw, hh)]
    a = math.radians(g.rotation)
    ca, sa = math.cos(a), math.sin(a)
    cx, cy = g.x + hw, g.y + hh
    return [(cx + x * ca - y * sa, cy + x * sa + y * ca) for x, y in local]


def _gap(a: QRectF, b: QRectF) -> float:
    dx = max(a.left() - b.right(), b.left() - a.right(), 0.0)
    dy = max(a.top() - b.bottom(), b.top() - a.bottom(), 0.0)
    return math.hypot(dx, dy)


def _hull(points: list[tuple[float, float]]) -> QPolygonF:
    """The convex hull, counter-clockwise (Andrew's monotone chain)."""
    pts = sorted(set(points))
    if len(pts) <= 2:
        return QPolygonF([QPointF(x, y) for x, y in pts])

    def cross(o, a, b):
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper: list = []
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return QPolygonF([QPointF(x, y) for x, y in lower[:-1] + upper[:-1]])
