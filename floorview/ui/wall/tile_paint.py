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
    QFont,
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
#: The least font size (px) of any word or number on a tile: a laptop's wall is read at
#: an arm's length, a kiosk's from two metres (its capitals ~11.5 px, 3.3 mm on a 24-inch
#: full-HD screen). Below it a text is shortened or elided, never made smaller; and the
#: wall keeps its tiles large enough that the smallest text needs no shrinking
#: (:func:`least_unit`), scrolling rather than shrinking them further.
LAPTOP_LEAST_PX = 11.0
KIOSK_LEAST_PX = 16.0
#: The sizes of the tile's texts as shares of its type's unit (the tile's height, or its
#: width over :data:`UNIT_WIDTH` in a narrow tile).
NAME, TIME, NUMBER, LABEL = 0.12, 0.105, 0.145, 0.085
#: A tile's type's unit is at most its width over this: the words must fit across.
UNIT_WIDTH = 1.6


def least_unit(least_px: float) -> float:
    """The least type's unit (px) at which the smallest text is ``least_px``."""
    return least_px / LABEL


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
    #: the smallest a text may be drawn (px)
    least_px: float = LAPTOP_LEAST_PX
    #: the name as the tile shows it ("" for the branch's whole name)
    name: str = ""


def _font(role: str, px: float):
    return palette.font(role, px)


_METRICS: dict[tuple[str, int], QFontMetricsF] = {}


def _metrics(role: str, px: float) -> QFontMetricsF:
    """The metrics of :func:`_font` (kept: a tile asks them a few dozen times)."""
    key = (role, max(1, round(px)))
    fm = _METRICS.get(key)
    if fm is None:
        fm = _METRICS[key] = QFontMetricsF(_font(role, px))
    return fm


_ADVANCES: dict[tuple[str, int, str], float] = {}


def _width(role: str, px: float, text: str) -> float:
    """``text``'s advance at ``px`` (kept: a tile's texts are measured a few dozen times a
    picture, mostly the same ones every time: ~0.2 ms of a 1.9 ms tile)."""
    key = (role, max(1, round(px)), text)
    width = _ADVANCES.get(key)
    if width is None:
        if len(_ADVANCES) > 20_000:
            _ADVANCES.clear()
        width = _ADVANCES[key] = _metrics(role, px).horizontalAdvance(text)
    return width


def _draw(painter: QPainter, box: QRectF, x: float, baseline: float, text: str, font: QFont,
          color: QColor) -> None:
    """Every text of a tile is drawn here: ``text`` in ``font`` from ``x`` on ``baseline``,
    within ``box`` (the room it was given)."""
    painter.setFont(font)
    painter.setPen(color)
    painter.drawText(QPointF(x, baseline), text)


def fitted(forms: Sequence[str], role: str, px: float, least: float, width: float
           ) -> tuple[str, QFont]:
    """The first of ``forms`` (the whole text, then shorter ones that say the same) that
    fits ``width`` at ``px`` or smaller down to ``least``; when none does, the last one at
    ``least``, elided with "…"."""
    least = min(least, px)
    for text in forms:
        size = px
        while True:
            if _width(role, size, text) <= width + 0.01:
                return text, _font(role, size)
            if size <= least:
                break
            size = max(least, size * 0.92)
    return (_metrics(role, least).elidedText(forms[-1], Qt.TextElideMode.ElideRight,
                                             max(0.0, width)),
            _font(role, least))


def _fit(painter: QPainter, box: QRectF, forms: Sequence[str], role: str, px: float,
         least: float, color: QColor, *, right: bool = False,
         baseline: float | None = None) -> float:
    """Draw the form of ``forms`` that fits ``box`` (see :func:`fitted`), at its left or
    right, on ``baseline`` or with its capitals centred; returns its advance."""
    text, font = fitted(forms, role, px, least, box.width())
    fm = _metrics(role, font.pixelSize())
    advance = _width(role, font.pixelSize(), text)
    if baseline is None:
        baseline = box.center().y() + fm.capHeight() / 2
    if text:
        _draw(painter, box, box.right() - advance if right else box.left(), baseline, text,
              font, color)
    return advance


def _advance(text: str, role: str, px: float) -> float:
    return _width(role, px, text)


def paint_tile(painter: QPainter, rect: QRectF, f: TileFacts, floors: Sequence[Floor],
               over_ids: frozenset[str], look: TileLook) -> None:
    """The tile of ``f`` in ``rect`` (its floors ``floors``, ``over_ids`` ringed red)."""
    theme = look.theme
    p = palette.paints(theme)
    # The type's unit: the tile's height, or less in a tile taller than its width allows
    # (a narrow window's), so the words still fit across.
    h = min(rect.height(), rect.width() / UNIT_WIDTH)
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
    least = look.least_px
    # The header: the name (smaller, then elided, when long) and the branch's local time.
    name_px, time_px = h * NAME, h * TIME
    head_h = name_px * 1.35
    base = inner.top() + name_px * 1.02
    time_w = _fit(painter, inner, [f.local_time], "title", time_px, least, p.text_muted,
                  right=True, baseline=base)
    _fit(painter, QRectF(inner.left(), inner.top(), max(0.0, inner.width() - time_w - pad),
                         head_h),
         [look.name or f.name], "title", name_px, max(least, h * NAME * 0.8), p.text,
         baseline=base)

    foot_h = h * 0.2
    body = QRectF(inner.left(), inner.top() + head_h, inner.width(),
                  inner.height() - head_h - foot_h)
    facts_w = min(body.width() * 0.62,
                  max(facts_width(f, h, body.height() / 3 * 0.84), body.width() * 0.3))
    plan_area = QRectF(body.left(), body.top() + pad * 0.3, body.width() - facts_w - pad,
                       body.height() - pad * 0.6)
    if f.known and floors:
        paint_floors(painter, plan_area, floors, over_ids, theme)
    else:
        _fit(painter, QRectF(body.left(), body.top(), body.width(), body.height() / 3),
             [QCoreApplication.translate("WallTile", "Waiting for tables…")], "label",
             h * LABEL, least, p.text_muted)
    _paint_facts(painter, QRectF(body.right() - facts_w, body.top(), facts_w, body.height()),
                 f, theme, h, least)
    _paint_footer(painter, QRectF(inner.left(), inner.bottom() - foot_h, inner.width(), foot_h),
                  f, theme, h, least)
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
    # The tables filled a status at a time, one path each (a path a table was ~35
    # drawPath calls a tile, a quarter of its picture's time); rings and glyphs over them.
    fills: dict[Status, QPainterPath] = {}
    marks: list[tuple[Table, QTransform, float, float]] = []
    for t in fl.tables:
        tw, th = t.width * scale, t.height * scale
        transform = (QTransform().translate(room.left() + (t.x + t.width / 2) * scale,
                                            room.top() + (t.y + t.height / 2) * scale)
                     .rotate(t.rotation))
        path = fills.get(t.status)
        if path is None:
            path = fills[t.status] = QPainterPath()
            path.setFillRule(Qt.FillRule.WindingFill)
        path.addPath(transform.map(shape_path(t.shape, tw, th)))
        if t.id in over_ids or min(tw, th) * LONE_GLYPH >= GLYPH_PX:
            marks.append((t, transform, tw, th))
    painter.setPen(Qt.PenStyle.NoPen)
    for status, path in fills.items():
        painter.setBrush((p.status.get(status) or p.status[Status.UNKNOWN]).fill)
        painter.drawPath(path)
    for t, transform, tw, th in marks:
        sp = p.status.get(t.status) or p.status[Status.UNKNOWN]
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


def facts_width(f: TileFacts, h: float, pill_height: float) -> float:
    """How wide the facts' column would be for its widest row at full size (its pill
    ``pill_height`` high)."""
    big, small = h * NUMBER, h * LABEL
    rows = max(_advance(n, "number", big) + small * 0.35 + _advance(label, "label", small)
               for n, label in _fact_rows(f))
    forms = _pill_forms(f)
    return max(rows, pill_width(forms[0], pill_height, h)) if forms else rows


def _pill_forms(f: TileFacts) -> list[str]:
    """The facts' pill's text, whole, short, and the count alone (its glyph and colour
    say the rest)."""
    over, cleaning = f.over_time, f.long_cleaning
    if over:
        return [QCoreApplication.translate("WallTile", "%n over time", None, over),
                QCoreApplication.translate("WallTile", "%n over", None, over), str(over)]
    if cleaning:
        return [QCoreApplication.translate("WallTile", "%n cleaning long", None, cleaning),
                QCoreApplication.translate("WallTile", "%n long", None, cleaning), str(cleaning)]
    return []


def _paint_facts(painter: QPainter, box: QRectF, f: TileFacts, theme: Theme, h: float,
                 least: float) -> None:
    p = palette.paints(theme)
    big, small = h * NUMBER, h * LABEL
    row = box.height() / 3
    if not f.known:
        return
    # Both rows at one size: smaller together while they must (the number to 0.7 of its
    # size, the word to the least), then the word elided.
    rows = _fact_rows(f)
    scale, least_scale = 1.0, max(least / small, max(least, big * 0.7) / big)
    while scale > least_scale and any(
            _advance(n, "number", big * scale) + small * scale * 0.35
            + _advance(label, "label", small * scale) > box.width() for n, label in rows):
        scale = max(least_scale, scale * 0.93)
    big, small = big * scale, small * scale
    for i, (number, label) in enumerate(rows):
        baseline = box.top() + row * i + row * 0.5 + big * 0.36
        adv = _fit(painter, QRectF(box.left(), box.top() + row * i, box.width(), row), [number],
                   "number", big, big, p.text, baseline=baseline)
        gap = small * 0.35
        _fit(painter, QRectF(box.left() + adv + gap, box.top() + row * i,
                             max(0.0, box.width() - adv - gap), row),
             [label], "label", small, least, p.text_muted, baseline=baseline)
    pill = QRectF(box.left(), box.top() + row * 2 + row * 0.08, box.width(), row * 0.84)
    if f.over_time:
        _pill(painter, pill, "clock", _pill_forms(f), QColor(theme.red), QColor(theme.red_text),
              h, least)
    elif f.long_cleaning:
        _pill(painter, pill, "glass", _pill_forms(f), QColor(theme.amber),
              QColor(theme.amber_text), h, least)
    else:
        check = palette.glyph_path(Status.AVAILABLE)
        _pill(painter, pill, check, [QCoreApplication.translate("WallTile", "on time"), ""],
              QColor(theme.background), QColor(theme.text), h, least)


def _pill(painter: QPainter, rect: QRectF, glyph: str | QPainterPath, forms: Sequence[str],
          fill: QColor, ink: QColor, h: float, least: float) -> None:
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
    x = rect.left() + rect.height() * 0.95
    _fit(painter, QRectF(x, rect.top(), max(0.0, rect.right() - x - rect.height() * 0.3),
                         rect.height()),
         forms, "title", h * LABEL, least, ink)


def pill_width(text: str, height: float, h: float) -> float:
    return height * 0.95 + _advance(text, "title", h * LABEL) + height * 0.45


def _chip_width(size: str, count: str, px: float, chip_h: float) -> float:
    """A free-tables chip: its size, then its count on the chip's filled end."""
    return (_advance(size, "label", px) + _advance(count, "number", px) + chip_h * 0.9)


def _paint_footer(painter: QPainter, box: QRectF, f: TileFacts, theme: Theme, h: float,
                  least: float) -> None:
    """Free now by size on the left; the connection on the right. Short of room the word
    "Free" goes first, then the word "Live" (its green dot stays), then the chips' type
    shrinks to its least, then the connection's words are elided."""
    p = palette.paints(theme)
    px = h * LABEL
    dot = px * 0.7
    chip_h = box.height() * 0.8
    live = f.link == Link.LIVE
    link = link_text(f)
    sizes = size_labels()
    counts = [str(n) for n in f.free]
    nothing = QCoreApplication.translate("WallTile", "Nothing free")
    label = QCoreApplication.translate("WallTile", "Free")

    def chips_w(size_px: float) -> float:
        if not f.known:
            return 0.0
        if f.nothing_free:
            return pill_width(nothing, chip_h, size_px / LABEL)
        return sum(_chip_width(sz, c, size_px, chip_h) + px * 0.25
                   for sz, c in zip(sizes, counts, strict=True))

    def link_w(text: str) -> float:
        return (_advance(text, "label", px) + dot * 1.6) if text else dot * 1.6

    chip_px, with_label, link_forms = px, True, [link]
    need = chips_w(px) + _advance(label, "label", px) + px * 0.3
    if need + link_w(link) > box.width():
        with_label = False
        need = chips_w(px)
        if need + link_w(link) > box.width() and live:
            link_forms = [""]
        # not live, the words are kept: at least at the least size, smaller chips if must
        least_link = (_advance(link, "label", least) + dot * 1.6) if link_forms[0] else link_w("")
        if need + least_link > box.width():
            chip_px = least
            while chip_px < px and chips_w(chip_px * 1.05) + least_link <= box.width():
                chip_px *= 1.05
            need = chips_w(chip_px)
    # the connection: its words right-aligned in what the chips leave, its dot before them
    link_box = QRectF(max(box.left(), box.left() + need + dot * 1.6), box.top(),
                      max(0.0, box.right() - box.left() - need - dot * 1.6), box.height())
    shown = _fit(painter, link_box, link_forms, "label", px, least,
                 p.text if live else QColor(theme.red if f.link == Link.DOWN else theme.text_muted),
                 right=True) if link_forms[0] else 0.0
    cx, cy = box.right() - shown - dot, box.center().y()
    if live:  # a filled dot: live; a ring: not
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(p.status[Status.AVAILABLE].fill)
    else:
        painter.setPen(QPen(QColor(theme.text_muted), 2.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(QPointF(cx, cy), dot * 0.45, dot * 0.45)
    if not f.known:
        return
    room = QRectF(box.left(), box.top(), max(0.0, cx - dot - box.left()), box.height())
    x = room.left()
    sp = p.status[Status.AVAILABLE]
    if f.nothing_free:
        _pill(painter, QRectF(x, box.center().y() - chip_h / 2,
                              min(room.width(), pill_width(nothing, chip_h, chip_px / LABEL)),
                              chip_h),
              palette.glyph_path(Status.OUT_OF_SERVICE), [nothing],
              QColor(theme.text), QColor(theme.title_bg), chip_px / LABEL, least)
        return
    if with_label:
        x += _fit(painter, QRectF(x, box.top(), room.width(), box.height()), [label], "label",
                  px, least, p.text_muted) + px * 0.3
    fill = QColor(sp.fill.color())
    for size, count, n in zip(sizes, counts, f.free, strict=True):
        w = _chip_width(size, count, chip_px, chip_h)
        chip = QRectF(x, box.center().y() - chip_h / 2, w, chip_h)
        size_w = _advance(size, "label", chip_px) + chip_h * 0.4
        # the size on the chip's open end, the count on its filled end: "2 | 4", not "24"
        painter.setPen(QPen(fill, 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(chip, chip_h * 0.3, chip_h * 0.3)
        if n:
            end = QPainterPath()
            end.addRoundedRect(chip, chip_h * 0.3, chip_h * 0.3)
            cut = QPainterPath()
            cut.addRect(QRectF(chip.left() + size_w, chip.top() - 1, w, chip_h + 2))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawPath(end.intersected(cut))
        _fit(painter, QRectF(x + chip_h * 0.2, chip.top(), size_w - chip_h * 0.2, chip_h),
             [size], "label", chip_px, chip_px, fill)
        _fit(painter, QRectF(chip.left() + size_w + chip_h * 0.22, chip.top(),
                             w - size_w - chip_h * 0.4, chip_h),
             [count], "number", chip_px, chip_px, sp.text if n else p.text_muted)
        x += w + px * 0.25
