"""Where a table's labels go: a pure function from a table and its size to the label boxes.

A table shows its status glyph, its number, its seats (or guests of seats), the time in
status on a pill that straddles its rim below, and its server's initials on a badge at
its upper right. :func:`layout_labels` works out every one of those boxes for one table,
in the table's *upright frame*: the item's own coordinates turned back by the table's
rotation, so labels read upright whatever the table's angle. Nothing here needs a scene
or an item; only font metrics (measured once per role and text).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QTransform

from floorview.core.model import Shape, Table
from floorview.ui.floor import palette

#: Cap height per px of font size (DejaVu, Inter, Segoe and Arial: 0.70-0.73).
CAP = 0.73
#: Between the status glyph and the number (stacked), per px of the number.
GLYPH_GAP = 0.22
#: The widest time the pill keeps room for (the bounding rect does not grow every minute).
WIDEST_TIME = "00h 00m"


class Frame(Protocol):
    """The table as drawn: its size and angle (a ``table_item.Geometry`` is one)."""

    width: float
    height: float
    rotation: float


@dataclass(frozen=True, slots=True)
class LabelStyle:
    """What the floor decides for all its tables' labels."""

    #: the floor's typical table size (plan units): badges and time pills scale with it
    unit: float = 0.0
    large_type: bool = False


class TextLine:
    """A line of text in the upright frame: its font, left end of its baseline, width."""

    __slots__ = ("font", "origin", "text", "width", "role")

    def __init__(self, role: str, px: float, text: str, center_x: float, baseline: float):
        self.role = role
        self.font: QFont = palette.font(role, px)
        self.width = advance(role, text) * self.font.pixelSize()
        self.origin = QPointF(center_x - self.width / 2, baseline)
        self.text = text

    @property
    def px(self) -> int:
        return self.font.pixelSize()

    def cap_rect(self) -> QRectF:
        """The box of its capitals: from the baseline up one cap height."""
        h = CAP * self.px
        return QRectF(self.origin.x(), self.origin.y() - h, self.width, h)

    def line_rect(self) -> QRectF:
        """The box of the whole line: ascent above the baseline, one line height tall."""
        ascent, height, _ = metrics(self.role)
        return QRectF(self.origin.x(), self.origin.y() - ascent * self.px, self.width,
                      height * self.px)


@dataclass(slots=True)
class LabelBoxes:
    """Every label box of one table, in its upright frame (centre at (0, 0))."""

    number: TextLine
    seats: TextLine
    #: the status glyph's square
    glyph: QRectF
    #: the time pill (sized for the time shown; empty text: sized for "0h 00m")
    pill: QRectF
    #: the widest pill the table may need (kept in the bounding rect)
    pill_reserve: QRectF
    time_font: QFont
    #: the server badge (placed whether or not a server is assigned: an assignment
    #: never moves the number)
    badge: QRectF
    badge_font: QFont
    #: the number's and the seats' font size (plan units)
    number_px: float
    seats_px: float
    #: the smaller of the time's and the initials' font size (level of detail)
    small_px: float
    #: how far the selection and pulse rings reach outside the shape
    ring: float
    #: the table, its rings, every label and the rotate handle's stem, in the item's
    #: own (rotated) coordinates: the item's bounding rect
    bounds: QRectF


_ADVANCES: dict[tuple[str, str], float] = {}
_METRICS: dict[str, tuple[float, float, float]] = {}


def advance(role: str, text: str) -> float:
    """Width of ``text`` per pixel of font size (measured once per role and text)."""
    key = (role, text)
    w = _ADVANCES.get(key)
    if w is None:
        if len(_ADVANCES) > 20_000:
            _ADVANCES.clear()
        w = _ADVANCES[key] = QFontMetricsF(palette.font(role, 100)).horizontalAdvance(text) / 100
    return w


def metrics(role: str) -> tuple[float, float, float]:
    """Ascent, line height and cap height per pixel of font size."""
    m = _METRICS.get(role)
    if m is None:
        fm = QFontMetricsF(palette.font(role, 100))
        m = _METRICS[role] = (fm.ascent() / 100, fm.height() / 100, fm.capHeight() / 100)
    return m


def stem_length(width: float, height: float) -> float:
    """How far above the table its rotate handle sits (edit mode)."""
    return max(12.0, min(width, height) * 0.35)


def exit_distance(shape: Shape, frame: Frame, ux: float, uy: float) -> float:
    """How far from the centre the upright direction (ux, uy) leaves the table's shape."""
    a = math.radians(-frame.rotation)
    dx = ux * math.cos(a) - uy * math.sin(a)
    dy = ux * math.sin(a) + uy * math.cos(a)
    half_w, half_h = frame.width / 2, frame.height / 2
    if shape is Shape.ROUND:
        return 1.0 / math.hypot(dx / half_w, dy / half_h)
    return min(half_w / abs(dx) if abs(dx) > 1e-9 else math.inf,
               half_h / abs(dy) if abs(dy) > 1e-9 else math.inf)


def _upright_area(shape: Shape, frame: Frame, type_scale: float) -> tuple[float, float]:
    """Width and height of the upright box the glyph, number and seats may fill."""
    inset = 0.72 if shape is Shape.ROUND else 0.88
    inner_w = frame.width * min(1.0, inset * type_scale)
    inner_h = frame.height * min(1.0, inset * type_scale)
    angle = frame.rotation % 180.0
    if angle < 1 or angle > 179:
        return inner_w, inner_h
    if abs(angle - 90) < 1:
        return inner_h, inner_w
    # Turned by some other angle: an upright box well inside the turned one.
    side = min(inner_w, inner_h) * 0.85
    return side, side


def _text_block(number_px: float, seats_px: float, stacked: bool, number: str, seats: str,
                number_em: float, seats_em: float, center_y: float, stack_em: float,
                column_em: float) -> tuple[QRectF, TextLine, TextLine]:
    """The glyph's square and the number and seats lines for a number of size number_px.

    Stacked: the glyph over the number over the seats, centred. In a row: the glyph left
    of a column of the number over the seats. ``*_em`` are sizes per px of the number.
    """
    if stacked:
        top = center_y - (stack_em * number_px) / 2
        glyph = QRectF(-0.24 * number_px, top, 0.48 * number_px, 0.48 * number_px)
        number_baseline = top + (0.48 + GLYPH_GAP + CAP) * number_px
        return (glyph, TextLine("number", number_px, number, 0.0, number_baseline),
                TextLine("label", seats_px, seats, 0.0,
                         number_baseline + 0.2 * number_px + CAP * seats_px))
    text_w = max(number_em * number_px, seats_em * seats_px)
    left = -(0.74 * number_px + text_w) / 2
    glyph_side = 0.56 * number_px
    glyph = QRectF(left, center_y - glyph_side / 2, glyph_side, glyph_side)
    column_x = left + 0.74 * number_px + text_w / 2
    number_baseline = center_y - (column_em * number_px) / 2 + CAP * number_px
    return (glyph, TextLine("number", number_px, number, column_x, number_baseline),
            TextLine("label", seats_px, seats, column_x,
                     number_baseline + 0.2 * number_px + CAP * seats_px))


def layout_labels(table: Table, frame: Frame, style: LabelStyle, time_text: str) -> LabelBoxes:
    """Every label box of ``table`` drawn at ``frame``'s size and angle.

    ``time_text`` is the time in status shown ("" when none): the pill's width follows
    it, and the number keeps clear of the pill when one shows.
    """
    shape = table.shape
    type_scale = 1.15 if style.large_type else 1.0
    seats_ratio = 0.5 if style.large_type else 0.42  # the seats' size per px of the number
    area_w, area_h = _upright_area(shape, frame, type_scale)

    # The time pill straddles the table's rim below the number; the server badge
    # its upper right. Both upright, so their place follows the rotation; both the
    # same size on every table of the floor (from the floor's typical table size).
    unit = style.unit or min(frame.width, frame.height)
    pill_font_px = unit * 0.19 * (1.2 if style.large_type else 1.0)
    time_font = palette.font("label", pill_font_px)
    time_px = time_font.pixelSize()
    pill_h = pill_font_px * 1.5
    pill_w = advance("label", time_text or "0h 00m") * time_px + pill_font_px * 1.0
    bottom = exit_distance(shape, frame, 0.0, 1.0)
    pill = QRectF(-pill_w / 2, bottom - pill_h * 0.42, pill_w, pill_h)
    reserve_w = advance("label", WIDEST_TIME) * time_px + pill_font_px
    pill_reserve = QRectF(-reserve_w / 2, pill.top(), reserve_w, pill_h)

    badge_d = unit * 0.34 * (1.2 if style.large_type else 1.0)
    corner = exit_distance(shape, frame, math.sqrt(0.5), -math.sqrt(0.5))
    badge_c = QPointF(corner * math.sqrt(0.5), -corner * math.sqrt(0.5))
    badge = QRectF(badge_c.x() - badge_d / 2, badge_c.y() - badge_d / 2, badge_d, badge_d)
    badge_font = palette.font("badge", badge_d * 0.44)
    small_px = min(pill_font_px, badge_d * 0.44)

    number = table.number or "?"
    seats = table.seats_text
    number_em, seats_em = advance("number", number), advance("label", seats)
    stack_em = 0.48 + GLYPH_GAP + CAP + 0.2 + CAP * seats_ratio  # glyph, number, seats
    # Below the text, room for the time pill when it shows: the text block sits
    # between the box's top and the pill, not over it.
    box_top, box_bottom = -area_h / 2, area_h / 2
    if time_text:
        box_bottom = min(box_bottom, pill.top() - 0.04 * unit)
    area_h = max(box_bottom - box_top, area_h * 0.55)  # a tiny table: the pill may overlap
    center_y = box_top + area_h / 2
    n_stacked = min(area_h * 0.94 / stack_em,
                    area_w * 0.9 / max(number_em, seats_ratio * seats_em, 0.5))
    column_em = CAP + 0.2 + CAP * seats_ratio  # in a row: number over seats, glyph left
    row_em = 0.56 + 0.18 + max(number_em, seats_ratio * seats_em)
    n_row = min(area_h * 0.9 / column_em, area_w * 0.92 / row_em)
    limit = min(frame.width, frame.height) * 0.46 * type_scale
    stacked = n_stacked >= 0.8 * n_row
    number_px = min(n_stacked if stacked else n_row, limit)
    # On a small table the corner badge can reach into the number. The badge first
    # moves out along the diagonal (up to half its size); the number shrinks only if
    # that is not enough: the number matters most.
    for _ in range(6):
        glyph, number_line, seats_line = _text_block(
            number_px, number_px * seats_ratio, stacked, number, seats, number_em, seats_em,
            center_y, stack_em, column_em)
        box = QRectF(number_line.origin.x(), number_line.origin.y() - CAP * number_px,
                     number_line.width, CAP * number_px)
        for _ in range(5):
            if not box.intersects(badge):
                break
            badge.translate(badge_d * 0.1, -badge_d * 0.1)
        if not box.intersects(badge):
            break
        badge.translate(-badge_d * 0.5, badge_d * 0.5)
        number_px *= 0.9

    # Bounding rect: the shape, the rings drawn around it, the upright labels.
    ring = max(6.0, min(frame.width, frame.height) * 0.22)
    bounds = QRectF(-frame.width / 2, -frame.height / 2, frame.width, frame.height)
    bounds = bounds.adjusted(-ring, -ring, ring, ring)
    back = QTransform().rotate(-frame.rotation)
    bounds = bounds.united(back.mapRect(pill_reserve)).united(back.mapRect(badge))
    stem = stem_length(frame.width, frame.height)
    bounds = bounds.united(QRectF(-1, -frame.height / 2 - stem, 2, stem))
    for line in (number_line, seats_line):  # a long number may spill over a small table
        bounds = bounds.united(back.mapRect(line.line_rect()))
    return LabelBoxes(
        number=number_line, seats=seats_line, glyph=glyph, pill=pill,
        pill_reserve=pill_reserve, time_font=time_font, badge=badge, badge_font=badge_font,
        number_px=number_px, seats_px=number_px * seats_ratio, small_px=small_px, ring=ring,
        bounds=bounds.adjusted(-2, -2, 2, 2))
