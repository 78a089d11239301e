"""A table's painting: its shape, rings, hatch, glyph, number, seats, time pill and server
badge, drawn from a :class:`TableLook`, the frozen "what to draw" its item builds.

Everything is drawn in the item's own coordinates (the table's unrotated shape around
(0, 0)); the labels upright, in a counter-rotated frame. Nothing is worked out here that
the item could work out once when the table changes: the look holds the layout, the
texts and the badge colours; the painter only draws, less when zoomed out (the
:class:`~floorview.ui.floor.level_of_detail.Detail` it is given).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen

from floorview.core.model import Shape, Status
from floorview.ui.floor import palette
from floorview.ui.floor.geometry import Geometry
from floorview.ui.floor.labels import LabelBoxes, stem_length
from floorview.ui.floor.labels import advance as _advance
from floorview.ui.floor.labels import metrics as _metrics
from floorview.ui.floor.level_of_detail import LONE_GLYPH, Detail
from floorview.ui.floor.palette import Paints
from floorview.ui.floor.stall_mark import paint_stall_glass, paint_stall_ring


@dataclass(frozen=True, slots=True)
class TableLook:
    """What a table's painting draws of the table itself (the scene's theme, stale, edit
    mode, selection and running ring are given apart, at each paint)."""

    status: Status
    shape: Shape
    #: where the item is drawn (its rotation and size are read here)
    geometry: Geometry
    #: the table's outline, in the item's coordinates
    outline: QPainterPath
    labels: LabelBoxes
    #: an out-of-service table's hatch lines and their pen (none otherwise)
    hatch: list[QLineF]
    hatch_pen: QPen | None
    #: the time pill's text ("" when none) and its level ("normal", "amber", "red")
    time_text: str
    time_level: str
    #: the server badge (initials, fill, text colour), and the last known one for stale
    badge: tuple[str, QColor, QColor] | None
    badge_stale: tuple[str, QColor, QColor] | None
    #: the over-time mark shows (occupied and marked)
    alert: bool
    #: the stall mark shows (its status has lasted well past what it usually lasts)
    stall: bool
    #: its last known copy, drawn as stale data is
    unconfirmed: bool


def paint_table(painter: QPainter, look: TableLook, d: Detail, p: Paints, *, stale: bool,
                selected: bool, edit_mode: bool, ring: tuple[str, float] | None) -> None:
    """The table's painting at ``painter``'s transform, in its item's coordinates.
    ``stale``: the scene's data is; ``ring``: the running ring (kind, progress) or None."""
    g = look.geometry
    sp = p.status.get(look.status) or p.status[Status.UNKNOWN]
    drawn_stale = stale or look.unconfirmed
    fill = sp.fill_stale if drawn_stale else sp.fill
    if not d.body:
        painter.setPen(p.selection if selected else p.no_pen)
        painter.setBrush(fill)
        painter.drawPath(look.outline)
        return

    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if d.shadow:
        # A soft shadow, straight down on the floor whatever the table's rotation.
        painter.save()
        painter.rotate(-g.rotation)
        painter.translate(0, max(1.5, min(g.width, g.height) * 0.05))
        painter.rotate(g.rotation)
        painter.setPen(p.no_pen)
        painter.setBrush(p.shadow)
        painter.drawPath(look.outline)
        painter.restore()

    if look.alert:
        # over time, until handled: a wide red ring on a halo, outside the selection's
        _ring_at(painter, look, 0.75, p.selection_halo)
        _ring_at(painter, look, 0.75, _alert_pen(p))
    if look.stall:
        paint_stall_ring(painter, look.outline, g.width, g.height, look.labels.ring, p)
    if selected:
        _ring_at(painter, look, 0.35, p.selection_halo)
        _ring_at(painter, look, 0.35, p.selection)
        if edit_mode:  # the stem of the rotate handle
            painter.setPen(p.selection)
            painter.drawLine(QPointF(0, -g.height / 2),
                             QPointF(0, -g.height / 2 - stem_length(g.width, g.height)))

    painter.setBrush(fill)
    painter.setPen(sp.border_stale if drawn_stale else sp.border)
    painter.drawPath(look.outline)
    if look.shape is Shape.UNKNOWN:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(p.unknown_border)
        painter.drawPath(look.outline)
    if look.hatch and look.hatch_pen is not None:
        painter.setPen(look.hatch_pen)
        painter.drawLines(look.hatch)
    if ring is not None:
        _draw_ring(painter, look, p, ring, sp.ripple)
    if look.stall:
        paint_stall_glass(painter, g.width, g.height, g.rotation, look.labels.ring, p)

    b = look.labels
    painter.save()
    painter.rotate(-g.rotation)
    icon = sp.icon_stale if drawn_stale else sp.icon
    if not d.number:
        # Too small for text: the glyph alone, centred, if it can still be made out.
        if d.lone_glyph:
            gs = min(g.width, g.height) * LONE_GLYPH
            _draw_glyph(painter, QRectF(-gs / 2, -gs / 2, gs, gs), look.status, icon)
        painter.restore()
        return
    if not b.plate.isEmpty():  # a callout: the facts on a plate over the table
        painter.setBrush(fill)
        painter.setPen(sp.border_stale if drawn_stale else sp.border)
        painter.drawPath(b.plate_path)
    if d.glyph:
        _draw_glyph(painter, b.glyph, look.status, icon)
    painter.setPen(sp.text_stale if drawn_stale else sp.text)
    shown = (b.number, b.seats) if d.seats else (b.number,)
    for text in shown:
        painter.setFont(text.font)
        painter.drawText(text.origin, text.text)
    if d.small:
        if look.time_text:
            _draw_pill(painter, look, p, stale)
        if look.badge is not None:
            _draw_badge(painter, look, p, stale)
    painter.restore()


def paint_ring(painter: QPainter, look: TableLook, d: Detail, p: Paints,
               ring: tuple[str, float]) -> None:
    """Only the table's running ring, in its item's coordinates (drawn over the tables
    layer's picture, which then holds the table without it)."""
    if not d.body:
        return  # as paint_table(): too small for a ring
    sp = p.status.get(look.status) or p.status[Status.UNKNOWN]
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    holes = _label_shapes(look, d)
    if not holes.isEmpty():
        # under the labels, as paint_table() paints them over its ring
        g = look.geometry
        painter.rotate(-g.rotation)
        reach = 4 * max(g.width, g.height)
        around = QPainterPath()
        around.addRect(QRectF(-reach, -reach, 2 * reach, 2 * reach))
        painter.setClipPath(around.subtracted(holes), Qt.ClipOperation.IntersectClip)
        painter.rotate(g.rotation)
    _draw_ring(painter, look, p, ring, sp.ripple)
    painter.restore()


_ALERT_PENS: dict[int, QPen] = {}  # per theme's (cached, never freed) Paints


def _alert_pen(p: Paints) -> QPen:
    pen = _ALERT_PENS.get(id(p))
    if pen is None:
        pen = _ALERT_PENS[id(p)] = QPen(p.time["red"][0].color(), 5.0)
        pen.setCosmetic(True)
    return pen


def _ring_at(painter: QPainter, look: TableLook, grow: float, pen: QPen) -> None:
    """Stroke the outline ``grow`` × the ring margin outside the shape."""
    g = look.geometry
    m = look.labels.ring * grow
    painter.save()
    painter.scale(1 + 2 * m / g.width, 1 + 2 * m / g.height)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(pen)
    painter.drawPath(look.outline)
    painter.restore()


def _label_shapes(look: TableLook, d: Detail) -> QPainterPath:
    """The plate, pill and badge as paint_table() paints them at this level of detail,
    in the labels' upright frame."""
    shapes = QPainterPath()
    b = look.labels
    if d.number and not b.plate.isEmpty():
        shapes.addPath(b.plate_path)
    if d.small:
        for r, shown in ((b.pill, bool(look.time_text)),
                         (b.badge, look.badge is not None)):
            if shown and not r.isEmpty():
                shapes.addRoundedRect(r, r.height() / 2, r.height() / 2)
    return shapes


def _draw_ring(painter: QPainter, look: TableLook, p: Paints, ring: tuple[str, float],
               ripple: QColor) -> None:
    kind, progress = ring
    if kind == "flash":
        color = QColor(p.flash)
        phase = (progress * 3) % 1.0
        width = 5.0
    else:
        color = QColor(ripple)
        phase = progress
        width = 4.0
    color.setAlphaF(max(0.0, 1.0 - phase) * 0.9)
    pen = QPen(color, width * (1 - 0.5 * phase))
    pen.setCosmetic(True)
    _ring_at(painter, look, 0.15 + 0.85 * phase, pen)


def _draw_glyph(painter: QPainter, rect: QRectF, status: Status, brush: QBrush) -> None:
    path = palette.glyph_path(status)
    painter.save()
    painter.translate(rect.center())
    painter.scale(rect.width() / 2, rect.height() / 2)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(brush)
    painter.drawPath(path)
    painter.restore()


def _draw_pill(painter: QPainter, look: TableLook, p: Paints, stale: bool) -> None:
    brush, color = (p.time_stale if stale else p.time)[look.time_level]
    r = look.labels.pill
    painter.setPen(p.halo)
    painter.setBrush(brush)
    painter.drawRoundedRect(r, r.height() / 2, r.height() / 2)
    painter.setPen(color)
    _centered_text(painter, "label", look.labels.time_font, r.center(), look.time_text)


def _draw_badge(painter: QPainter, look: TableLook, p: Paints, stale: bool) -> None:
    badge = look.badge_stale if stale else look.badge
    if badge is None:  # never: drawn only when there is a server, so one was known
        return
    initials, fill, text = badge
    r = look.labels.badge
    painter.setPen(p.halo)
    painter.setBrush(fill)
    if r.width() > r.height() + 0.01:  # initials at their least size: a pill
        painter.drawRoundedRect(r, r.height() / 2, r.height() / 2)
    else:
        painter.drawEllipse(r)
    painter.setPen(text)
    _centered_text(painter, "badge", look.labels.badge_font, r.center(), initials)


def _centered_text(painter: QPainter, role: str, font: QFont, center: QPointF, text: str) -> None:
    px = font.pixelSize()
    painter.setFont(font)
    painter.drawText(QPointF(center.x() - _advance(role, text) * px / 2,
                             center.y() + _metrics(role)[2] * px / 2), text)
