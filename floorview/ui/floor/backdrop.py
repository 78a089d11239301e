"""What a floor scene draws itself, under and over its tables: the room and the stale stamp.

Under the tables (the scene's background, which a view caches): a soft drop shadow, the
floor, a faint grid, the section zones, the walls and the sections' names. Over them
(the foreground), while the data may be out of date: a stamp above the room's top wall
that says since when ("Not live · as of 19:42").
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from floorview.ui.floor import palette
from floorview.ui.floor.palette import Paints
from floorview.ui.floor.zones import Zone, draw_tags, draw_zones, tag_font_px
from floorview.ui.formats import clock

log = logging.getLogger(__name__)


def draw_room(painter: QPainter, rect: QRectF, p: Paints, plan: QRectF, *,
              build_zones: Callable[[], list[Zone]] | None, last_zones: list[Zone],
              unit: float) -> list[Zone]:
    """Draw the part ``rect`` (scene) of the room ``plan``, in ``p``'s paints.

    ``build_zones`` brings the section zones up to date (None: sections not shown);
    ``unit`` is the typical table's size (the names' type size). Returns the zones
    drawn: ``last_zones`` when building them failed.
    """
    zones = last_zones
    painter.fillRect(rect, p.background)
    size = max(plan.width(), plan.height())
    lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    radius = size * 0.006
    # The room: a soft drop shadow, the floor, a faint grid, the zones, the walls.
    painter.setPen(p.no_pen)
    painter.setBrush(p.shadow)
    painter.drawRoundedRect(plan.translated(0, size * 0.004), radius, radius)
    painter.setBrush(p.floor)
    painter.drawRoundedRect(plan, radius, radius)
    step = grid_step(size)
    if lod * step >= 10:
        painter.setPen(p.grid)
        area = rect.intersected(plan)
        x = math.ceil(area.left() / step) * step
        lines = []
        while x < area.right():
            lines.append(QPointF(x, area.top()))
            lines.append(QPointF(x, area.bottom()))
            x += step
        y = math.ceil(area.top() / step) * step
        while y < area.bottom():
            lines.append(QPointF(area.left(), y))
            lines.append(QPointF(area.right(), y))
            y += step
        if lines:
            painter.drawLines(lines)
    if build_zones is not None:
        try:
            zones = build_zones()
            draw_zones(painter, zones, room=plan)
        except Exception:  # a zone never costs the floor its walls and tables
            log.exception("drawing the section zones failed")
    wall = QPen(p.wall)  # a copy: the cached pen is shared by every scene
    wall.setWidthF(max(3.0, size * 0.004))
    painter.setPen(wall)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(plan, radius, radius)
    if build_zones is not None:
        try:
            px = tag_font_px(unit)
            if lod * px >= 7 and zones:
                draw_tags(painter, zones, px=px)
        except Exception:
            log.exception("drawing the section names failed")
    return zones


def grid_step(size: float) -> float:
    """The grid's spacing in a room whose longer side is ``size``: 10, 25, 50, 100, 250…,
    about 40 squares across at most."""
    step = 10.0
    while size / step > 40:
        step *= 2.5 if str(int(step))[0] == "2" else 2
    return step


def stale_stamp(since: datetime, zone: tzinfo | None, *, unit: float, fit_scale: float,
                plan: QRectF, scene_rect: QRectF) -> tuple[str, QRectF]:
    """The stamp's text ("Not live · as of 19:42", at ``zone``'s clock) and where it is
    drawn (scene: centred above the room's top wall, in the margin)."""
    text = QCoreApplication.translate("Backdrop", "Not live · as of {0}").format(clock(since, zone))
    px = max(8.0, unit * 0.2)
    if fit_scale > 0:  # legible at fit
        px = max(px, 13.0 / fit_scale)
    fm = QFontMetricsF(palette.font("title", px))
    w, h = fm.horizontalAdvance(text) + px * 1.4, px * 1.6
    margin = plan.top() - scene_rect.top()
    box = QRectF(plan.center().x() - w / 2, plan.top() - min(margin * 0.5 + h / 2, h + 2), w, h)
    return text, box


def draw_stale_stamp(painter: QPainter, p: Paints, text: str, box: QRectF) -> None:
    """The stamp: ``text`` on a pill filling ``box``, in the floor's colour on the text's."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(p.no_pen)
    painter.setBrush(QBrush(p.text))
    painter.drawRoundedRect(box, box.height() / 2, box.height() / 2)
    f = palette.font("title", box.height() / 1.6)
    painter.setFont(f)
    painter.setPen(QColor(p.theme.floor))
    fm = QFontMetricsF(f)
    painter.drawText(QPointF(box.center().x() - fm.horizontalAdvance(text) / 2,
                             box.center().y() + fm.capHeight() / 2), text)
    painter.restore()
