"""One branch's tile on the wall, painted: its floors drawn small, its facts in large type.

The tile reads from two metres: the branch's name and local time across the top; its
floor plans side by side, every table in its place, shape and status colour with the
status's glyph once the table is big enough to show it (the floor's overview level) and a
red ring round a table over its time; beside them, tables occupied, covers of seats, and
the tables over their time or cleaning for long, each a pill with a glyph and a word (never
colour alone); along the bottom the tables free now by size (2 / 4 / 6+) and the
connection ("Live", or "As of 19:42" on a dashed border when not live).

Sizes come from the tile's height, so the same painting serves a wall of 30 tiles on a
head-office screen and a handful in a laptop's window.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QTransform,
)

from floorview.core.model import FloorPlan, Status, Table
from floorview.ui.floor import palette
from floorview.ui.floor.labels import shape_path
from floorview.ui.floor.level_of_detail import LONE_GLYPH
from floorview.ui.floor.palette import Theme
from floorview.ui.floor.stall_mark import hourglass
from floorview.ui.wall.tile_facts import Link, TileFacts, link_text, size_labels

#: A table's glyph is drawn once it is at least this many pixels (the floor's rule).
GLYPH_PX = 8.0


@dataclass(frozen=True, slots=True)
class Floor:
    """One floor plan of the branch and its tables, as the tile draws it."""

    plan: FloorPlan
    tables: tuple[Table, ...]


def floors_of(plans: Sequence[FloorPlan], tables: Iterable[Table]) -> list[Floor]:
    """The tile's floors: each plan with its tables. Before the plans are in (they come
    after the tables, a paced request of their own, seconds later on a large group), each
    plan's tables on a room as large as they reach, so the tile shows them meanwhile."""
    by_plan: dict[str, list[Table]] = {p.id: [] for p in plans}
    if plans:
        for t in tables:
            if t.floor_plan_id in by_plan:
                by_plan[t.floor_plan_id].append(t)
        return [Floor(p, tuple(by_plan[p.id])) for p in plans]
    for t in tables:
        by_plan.setdefault(t.floor_plan_id, []).append(t)
    floors = []
    for plan_id in sorted(by_plan):
        room = by_plan[plan_id]
        # the margin right and below as left and above: the room's walls round its tables
        left, top = min(t.x for t in room), min(t.y for t in room)
        width = max(t.x + t.width for t in room) + max(0.0, left)
        height = max(t.y + t.height for t in room) + max(0.0, top)
        plan = FloorPlan(id=plan_id, branch_id=room[0].branch_id, name="",
                         width=max(1.0, width), height=max(1.0, height), sort_order=0)
        floors.append(Floor(plan, tuple(room)))
    return floors


@dataclass(frozen=True, slots=True)
class TileLook:
    """What the tile needs besides its facts."""

    theme: Theme
    focused: bool = False
    hovered: bool = False


def _font(role: str, px: float):
    return palette.font(role, px)


def _elided(text: str, px: float, role: str, width: float) -> str:
    fm = QFontMetricsF(_font(role, px))
    return fm.elidedText(text, Qt.TextElideMode.ElideRight, width)


def _text(painter: QPainter, x: float, baseline: float, text: str, role: str, px: float,
          color: QColor) -> float:
    """Draw ``text`` with its baseline at ``baseline``; returns its advance."""
    f = _font(role, px)
    painter.setFont(f)
    painter.setPen(color)
    painter.drawText(QPointF(x, baseline), text)
    return QFontMetricsF(f).horizontalAdvance(text)


def _advance(text: str, role: str, px: float) -> float:
    return QFontMetricsF(_font(role, px)).horizontalAdvance(text)


def paint_tile(painter: QPainter, rect: QRectF, f: TileFacts, floors: Sequence[Floor],
               over_ids: frozenset[str], look: TileLook) -> None:
    """The tile of ``f`` in ``rect`` (its floors ``floors``, ``over_ids`` ringed red)."""
    theme = look.theme
    p = palette.paints(theme)
    # The type's unit: the tile's height, or less in a tile taller than its width allows
    # (a narrow window's), so the words still fit across.
    h = min(rect.height(), rect.width() / 1.6)
    pad = max(6.0, h * 0.05)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)

    # The card: a dashed border while the branch is not live, a thick one round the focus.
    card = QPainterPath()
    radius = h * 0.06
    card.addRoundedRect(rect.adjusted(1.5, 1.5, -1.5, -1.5), radius, radius)
    painter.setBrush(QBrush(QColor(theme.title_bg)))
    if f.link == Link.LIVE:
        border = QPen(QColor(theme.text_muted if f.attention == 0 else theme.red), 1.5)
    else:
        border = QPen(QColor(theme.text_muted), 2.0, Qt.PenStyle.DashLine)
    if f.attention and f.link == Link.LIVE:
        border.setWidthF(3.0)
    painter.setPen(border)
    painter.drawPath(card)
    if look.focused:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(theme.flash), max(4.0, h * 0.025)))
        painter.drawRoundedRect(rect.adjusted(3, 3, -3, -3), radius, radius)
    elif look.hovered:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(theme.text), 2.0))
        painter.drawRoundedRect(rect.adjusted(2, 2, -2, -2), radius, radius)

    inner = rect.adjusted(pad, pad * 0.8, -pad, -pad * 0.8)
    # The header: name (elided) and the branch's local time.
    name_px, time_px = h * 0.12, h * 0.105
    head_h = name_px * 1.35
    base = inner.top() + name_px * 1.02
    time_w = _advance(f.local_time, "title", time_px)
    _text(painter, inner.right() - time_w, base, f.local_time, "title", time_px, p.text_muted)
    name = _elided(f.name, name_px, "title", inner.width() - time_w - pad)
    _text(painter, inner.left(), base, name, "title", name_px, p.text)

    foot_h = h * 0.2
    body = QRectF(inner.left(), inner.top() + head_h, inner.width(),
                  inner.height() - head_h - foot_h)
    facts_w = min(body.width() * 0.62, max(facts_width(f, h), body.width() * 0.3))
    plan_area = QRectF(body.left(), body.top() + pad * 0.3, body.width() - facts_w - pad,
                       body.height() - pad * 0.6)
    if f.known and floors:
        paint_floors(painter, plan_area, floors, over_ids, theme)
    else:
        _text(painter, body.left(), body.center().y(),
              _elided(QCoreApplication.translate("WallTile", "Waiting for tables…"), h * 0.085,
                      "label", body.width()),
              "label", h * 0.085, p.text_muted)
    _paint_facts(painter, QRectF(body.right() - facts_w, body.top(), facts_w, body.height()),
                 f, theme, h)
    _paint_footer(painter, QRectF(inner.left(), inner.bottom() - foot_h, inner.width(), foot_h),
                  f, theme, h)
    painter.restore()


# --- the floors -------------------------------------------------------------------------


def paint_floors(painter: QPainter, area: QRectF, floors: Sequence[Floor],
                 over_ids: frozenset[str], theme: Theme) -> None:
    """The branch's floor plans in ``area``, side by side or one above the other,
    whichever draws them larger."""
    if area.width() <= 4 or area.height() <= 4 or not floors:
        return
    for slot, fl in zip(floor_slots(area, [(fl.plan.width, fl.plan.height) for fl in floors]),
                        floors, strict=True):
        _paint_floor(painter, slot, fl, over_ids, theme)


def floor_slots(area: QRectF, sizes: Sequence[tuple[float, float]], gap: float = 4.0
                ) -> list[QRectF]:
    """Where each plan of these sizes goes in ``area``: in a row, or in a column, at one
    scale, whichever is larger."""
    n = len(sizes)
    row_scale = min((area.width() - gap * (n - 1)) / sum(w for w, _ in sizes),
                    area.height() / max(h for _, h in sizes))
    col_scale = min(area.width() / max(w for w, _ in sizes),
                    (area.height() - gap * (n - 1)) / sum(h for _, h in sizes))
    scale = max(row_scale, col_scale)
    slots = []
    if row_scale >= col_scale:
        x = area.left() + (area.width() - sum(w for w, _ in sizes) * scale - gap * (n - 1)) / 2
        for w, _h in sizes:
            slots.append(QRectF(x, area.top(), w * scale, area.height()))
            x += w * scale + gap
    else:
        y = area.top() + (area.height() - sum(h for _, h in sizes) * scale - gap * (n - 1)) / 2
        for _w, h in sizes:
            slots.append(QRectF(area.left(), y, area.width(), h * scale))
            y += h * scale + gap
    return slots


def _paint_floor(painter: QPainter, slot: QRectF, fl: Floor, over_ids: frozenset[str],
                 theme: Theme) -> None:
    p = palette.paints(theme)
    scale = min(slot.width() / fl.plan.width, slot.height() / fl.plan.height)
    w, h = fl.plan.width * scale, fl.plan.height * scale
    room = QRectF(slot.left() + (slot.width() - w) / 2, slot.top() + (slot.height() - h) / 2, w, h)
    painter.setPen(QPen(QColor(theme.wall), 1.0))
    painter.setBrush(p.floor)
    painter.drawRoundedRect(room, 2, 2)
    red = QPen(QColor(theme.red), 2.0)
    for t in fl.tables:
        sp = p.status.get(t.status) or p.status[Status.UNKNOWN]
        tw, th = t.width * scale, t.height * scale
        transform = (QTransform().translate(room.left() + (t.x + t.width / 2) * scale,
                                            room.top() + (t.y + t.height / 2) * scale)
                     .rotate(t.rotation))
        outline = transform.map(shape_path(t.shape, tw, th))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(sp.fill)
        painter.drawPath(outline)
        if t.id in over_ids:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(red)
            painter.drawPath(transform.map(shape_path(t.shape, tw + 4, th + 4)))
        glyph = min(tw, th) * LONE_GLYPH
        if glyph >= GLYPH_PX:
            centre = transform.map(QPointF(0, 0))
            g = QTransform().translate(centre.x(), centre.y()).scale(glyph / 2, glyph / 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(sp.icon)
            painter.drawPath(g.map(palette.glyph_path(t.status)))


# --- the facts --------------------------------------------------------------------------


def _fact_rows(f: TileFacts) -> list[tuple[str, str]]:
    return [(f"{f.occupied}/{f.tables}", QCoreApplication.translate("WallTile", "tables")),
            (f"{f.covers}/{f.seats}", QCoreApplication.translate("WallTile", "covers"))]


def _fact_sizes(h: float) -> tuple[float, float]:
    """The facts' numbers and labels, px."""
    return h * 0.145, h * 0.085


def facts_width(f: TileFacts, h: float) -> float:
    """How wide the facts' column must be for its widest row."""
    big, small = _fact_sizes(h)
    rows = max(_advance(n, "number", big) + small * 0.35 + _advance(label, "label", small)
               for n, label in _fact_rows(f))
    text = _pill_text(f)
    return max(rows, pill_width(text, _pill_height(h), h)) if text else rows


def _pill_text(f: TileFacts) -> str:
    over, cleaning = f.over_time, f.long_cleaning
    if over:
        return QCoreApplication.translate("WallTile", "%n over time", None, over)
    if cleaning:
        return QCoreApplication.translate("WallTile", "%n cleaning long", None, cleaning)
    return ""


def _pill_height(h: float) -> float:
    """The facts' pill: a third of the body's height, less a margin."""
    return h * 0.6 / 3 * 0.84


def _paint_facts(painter: QPainter, box: QRectF, f: TileFacts, theme: Theme, h: float) -> None:
    p = palette.paints(theme)
    big, small = _fact_sizes(h)
    row = box.height() / 3
    if not f.known:
        return
    for i, (number, label) in enumerate(_fact_rows(f)):
        baseline = box.top() + row * i + row * 0.5 + big * 0.36
        adv = _text(painter, box.left(), baseline, number, "number", big, p.text)
        _text(painter, box.left() + adv + small * 0.35, baseline,
              _elided(label, small, "label", box.width() - adv - small * 0.35),
              "label", small, p.text_muted)
    pill = QRectF(box.left(), box.top() + row * 2 + row * 0.08, box.width(), row * 0.84)
    if f.over_time:
        _pill(painter, pill, "clock", _pill_text(f), QColor(theme.red), QColor(theme.red_text), h)
    elif f.long_cleaning:
        _pill(painter, pill, "glass", _pill_text(f), QColor(theme.amber), QColor(theme.amber_text), h)
    else:
        check = palette.glyph_path(Status.AVAILABLE)
        _pill(painter, pill, check, QCoreApplication.translate("WallTile", "on time"),
              QColor(theme.background), QColor(theme.text), h)


def _pill(painter: QPainter, rect: QRectF, glyph: str | QPainterPath, text: str,
          fill: QColor, ink: QColor, h: float) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
    gs = rect.height() * 0.32
    centre = QPointF(rect.left() + rect.height() * 0.5, rect.center().y())
    if isinstance(glyph, QPainterPath):
        path = QTransform().translate(centre.x(), centre.y()).scale(gs, gs).map(glyph)
    elif glyph == "glass":
        path = QTransform().translate(centre.x(), centre.y()).map(hourglass(gs))
    else:
        path = QTransform().translate(centre.x(), centre.y()).scale(gs, gs).map(
            palette.glyph_path(Status.RESERVED))
    painter.setBrush(ink)
    painter.drawPath(path)
    px = h * 0.078
    x = rect.left() + rect.height() * 0.95
    label = _elided(text, px, "title", rect.right() - x - rect.height() * 0.3)
    _text(painter, x, rect.center().y() + px * 0.36, label, "title", px, ink)


def pill_width(text: str, height: float, h: float) -> float:
    return height * 0.95 + _advance(text, "title", h * 0.078) + height * 0.45


def _paint_footer(painter: QPainter, box: QRectF, f: TileFacts, theme: Theme, h: float) -> None:
    """Free now by size on the left; the connection on the right."""
    p = palette.paints(theme)
    px = h * 0.085
    baseline = box.center().y() + px * 0.36
    link = link_text(f)
    link_w = _advance(link, "label", px)
    dot = px * 0.7
    right = box.right()
    _text(painter, right - link_w, baseline, link, "label", px,
          p.text if f.link == Link.LIVE else QColor(theme.red if f.link == Link.DOWN else theme.text_muted))
    cx, cy = right - link_w - dot, box.center().y()
    if f.link == Link.LIVE:  # a filled dot: live; a ring: not
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(p.status[Status.AVAILABLE].fill)
    else:
        painter.setPen(QPen(QColor(theme.text_muted), 2.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(QPointF(cx, cy), dot * 0.45, dot * 0.45)
    if not f.known:
        return
    room = QRectF(box.left(), box.top(), max(0.0, cx - dot - box.left()), box.height())
    painter.save()
    painter.setClipRect(room)
    x = room.left()
    sp = p.status[Status.AVAILABLE]
    chip_h = box.height() * 0.8
    if f.nothing_free:
        text = QCoreApplication.translate("WallTile", "Nothing free")
        _pill(painter, QRectF(x, box.center().y() - chip_h / 2,
                              min(room.width(), pill_width(text, chip_h, h)), chip_h),
              palette.glyph_path(Status.OUT_OF_SERVICE), text,
              QColor(theme.text), QColor(theme.title_bg), h)
        painter.restore()
        return
    small = px * 0.88

    def chip_width(size: str, count: str) -> float:
        return (_advance(size, "label", small) + px * 0.3 + _advance(count, "number", px * 1.05)
                + chip_h * 0.36)

    chips = sum(chip_width(size, str(n)) + px * 0.25
                for size, n in zip(size_labels(), f.free, strict=True))
    label = QCoreApplication.translate("WallTile", "Free")
    if chips + _advance(label, "label", px) + px * 0.3 <= room.width():  # else the chips alone
        x += _text(painter, x, baseline, label, "label", px, p.text_muted) + px * 0.3
    for size, n in zip(size_labels(), f.free, strict=True):
        count = str(n)
        w = chip_width(size, count)
        chip = QRectF(x, box.center().y() - chip_h / 2, w, chip_h)
        painter.setPen(QPen(QColor(sp.fill.color()), 1.5))
        painter.setBrush(sp.fill if n else Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(chip, chip_h * 0.3, chip_h * 0.3)
        ink = sp.text if n else p.text_muted
        tx = x + chip_h * 0.18
        tx += _text(painter, tx, baseline, size, "label", small, ink) + px * 0.3
        _text(painter, tx, baseline, count, "number", px * 1.05, ink)
        x += w + px * 0.25
    painter.restore()
