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
from dataclasses import dataclass, field
from typing import Protocol

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QPainterPath, QTransform

from floorview.core.model import Shape, Table
from floorview.ui.floor import palette

#: Cap height per px of font size (DejaVu, Inter, Segoe and Arial: 0.70-0.73).
CAP = 0.73
#: Between the status glyph and the number (stacked), per px of the number.
GLYPH_GAP = 0.22
#: The widest time the pill keeps room for (the bounding rect does not grow every minute).
WIDEST_TIME = "00h 00m"


class Frame(Protocol):
    """The table as drawn: its size and angle (a ``geometry.Geometry`` is one)."""

    # read-only: a frozen dataclass's fields (Geometry) are
    @property
    def width(self) -> float: ...
    @property
    def height(self) -> float: ...
    @property
    def rotation(self) -> float: ...


@dataclass(frozen=True, slots=True)
class LabelFloor:
    """The least size of each fact on screen at fit (device px): cap heights, and the
    status glyph's height."""

    number: float
    status: float
    guests: float
    server: float
    time: float


#: The least sizes are capped at this much of the floor's typical table size (plan units);
#: large type: a little more, so its two-metre sizes hold down to 0.6 px a plan unit (a
#: floor twice as wide as the demo's Main Dining on the kiosk's 1920 px).
MOST_PER_UNIT = 0.45
MOST_PER_UNIT_LARGE = 0.55
#: A laptop window is read from an arm's length; a kiosk from two metres across the host
#: stand (large type). There a letter normal vision just resolves is ~3 mm, and a 24-inch
#: 1920x1080 screen's pixel 0.28 mm: 20 px of cap height (5.5 mm) reads at a glance for
#: the number, the timer and the status glyph, 14 px for the guests and the initials.
LAPTOP_FLOOR = LabelFloor(number=10.0, status=10.0, guests=8.5, server=9.5, time=9.5)
KIOSK_FLOOR = LabelFloor(number=20.0, status=20.0, guests=14.0, server=14.5, time=20.0)


@dataclass(frozen=True, slots=True)
class LabelStyle:
    """What the floor decides for all its tables' labels."""

    #: the floor's typical table size (plan units): badges and time pills scale with it
    unit: float = 0.0
    large_type: bool = False
    #: device pixels per plan unit when the whole floor is shown (the view's fit);
    #: 0: unknown, no floor on the label sizes
    fit_scale: float = 0.0

    @property
    def floor(self) -> LabelFloor:
        return KIOSK_FLOOR if self.large_type else LAPTOP_FLOOR

    def least_font(self, cap_px: float) -> float:
        """The font size (plan units, whole) whose capitals are ``cap_px`` tall at fit."""
        if self.fit_scale <= 0:
            return 0.0
        return min(float(math.ceil(cap_px / CAP / self.fit_scale)), self._most())

    def least_size(self, px: float) -> float:
        """``px`` device pixels at fit, in plan units."""
        return min(px / self.fit_scale, self._most()) if self.fit_scale > 0 else 0.0

    def _most(self) -> float:
        # A floor shown as a stamp (a window a few hundred px wide, or not laid out yet)
        # cannot be legible: labels of half a typical table at most, not a sea of type.
        most = MOST_PER_UNIT_LARGE if self.large_type else MOST_PER_UNIT
        return self.unit * most if self.unit > 0 else math.inf


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
    #: the callout's plate (empty: the labels fit on the table)
    plate: QRectF
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
    #: the callout plate's outline (upright frame; empty: no callout): the table's own
    #: shape stretched to hold the facts (round: a disc or a stadium; a square turned
    #: 45°: pointed where the diamond's corners are; else rounded as the table)
    plate_path: QPainterPath = field(default_factory=QPainterPath)


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


def shape_path(shape: Shape, width: float, height: float) -> QPainterPath:
    """The table's outline around (0, 0), unrotated."""
    p = QPainterPath()
    r = QRectF(-width / 2, -height / 2, width, height)
    if shape is Shape.ROUND:
        p.addEllipse(r)
    elif shape in (Shape.SQUARE, Shape.RECTANGLE):
        radius = min(width, height) * 0.16
        p.addRoundedRect(r, radius, radius)
    else:
        p.addRect(r)
    return p


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


@dataclass(slots=True)
class _Block:
    """The status glyph, the number and the seats, laid out together."""

    glyph: QRectF
    number: TextLine
    seats: TextLine
    _rect: QRectF | None = None

    def rect(self) -> QRectF:
        """The box of all three (measured once: the badge's placing asks many times)."""
        if self._rect is None:
            self._rect = self.glyph.united(self.number.cap_rect()).united(self.seats.cap_rect())
        return self._rect


def _text_block(number_px: float, seats_px: float, glyph_side: float, stacked: bool,
                number: str, seats: str, center_y: float) -> _Block:
    """The glyph's square and the number and seats lines, centred on (0, center_y).

    Stacked: the glyph over the number over the seats. In a row: the glyph left of a
    column of the number over the seats.
    """
    number_w = advance("number", number) * round(number_px)
    seats_w = advance("label", seats) * round(seats_px)
    column_h = (CAP + 0.2) * number_px + CAP * seats_px  # number over seats
    if stacked:
        top = center_y - (glyph_side + GLYPH_GAP * number_px + column_h) / 2
        glyph = QRectF(-glyph_side / 2, top, glyph_side, glyph_side)
        number_baseline = top + glyph_side + (GLYPH_GAP + CAP) * number_px
        column_x = 0.0
    else:
        text_w = max(number_w, seats_w)
        left = -(glyph_side + 0.18 * number_px + text_w) / 2
        glyph = QRectF(left, center_y - glyph_side / 2, glyph_side, glyph_side)
        column_x = left + glyph_side + 0.18 * number_px + text_w / 2
        number_baseline = center_y - column_h / 2 + CAP * number_px
    return _Block(glyph, TextLine("number", number_px, number, column_x, number_baseline),
                  TextLine("label", seats_px, seats, column_x,
                           number_baseline + 0.2 * number_px + CAP * seats_px))


def _inside(outer: QRectF, inner: QRectF, slack: float = 1e-6) -> bool:
    return outer.adjusted(-slack, -slack, slack, slack).contains(inner)


def same_boxes_for_times(a: str, b: str) -> bool:
    """Whether :func:`layout_labels` gives the same boxes for the time texts ``a`` and
    ``b``: it reads the time only as whether one shows and how wide it is, and a minute
    later a time is mostly as wide ("12m", "13m": the digits are tabular). The minute's
    tick relays out only the tables whose boxes change (relaying out all 800 occupied
    tables of a 2,000-table floor took 250 ms)."""
    return bool(a) == bool(b) and advance("label", a or "0h 00m") == advance("label", b or "0h 00m")


def layout_labels(table: Table, frame: Frame, style: LabelStyle, time_text: str) -> LabelBoxes:
    """Every label box of ``table`` drawn at ``frame``'s size and angle.

    ``time_text`` is the time in status shown ("" when none): the pill's width follows
    it, and the number keeps clear of the pill when one shows.

    Sizes follow the table and the floor's typical table, but never fall below
    ``style.floor`` on screen at the floor's fit. A table too small to hold its glyph,
    number and seats at those sizes shows them on a *callout*: a plate in its status
    colour, centred on it and larger than it, shaped after it (one outline with it),
    with the time pill hanging below and the badge on its upper right rim. No fact is
    ever left out. (The plan's fit stays the room's: on the demo plans the room
    already fills the view's limiting side, so a tighter fit would gain nothing but
    cut the walls off; callouts keep every fact at its least size instead.)
    """
    shape = table.shape
    large = style.large_type
    floor = style.floor
    type_scale = 1.15 if large else 1.0
    seats_ratio = 0.5 if large else 0.42  # the seats' size per px of the number
    area_w, area_h = _upright_area(shape, frame, type_scale)
    axis_aligned = (frame.rotation % 90.0) < 1 or (frame.rotation % 90.0) > 89

    # The time pill straddles the table's rim below the number (or sits inside a roomy
    # rectangle's bottom edge: booths stand back to back); the server badge its upper
    # right. Both upright, so their place follows the rotation; both the same size on
    # every table of the floor (from the floor's typical table size).
    unit = style.unit or min(frame.width, frame.height)
    pill_font_px = max(unit * 0.19 * (1.2 if large else 1.0), style.least_font(floor.time))
    time_font = palette.font("label", pill_font_px)
    time_px = time_font.pixelSize()
    pill_h = pill_font_px * 1.5
    # Its ends: half an em each; large type: 0.375 em (at 20 px cap height the full
    # half em made two "1h 17m" pills of tables 170 cm apart meet).
    pill_pad = pill_font_px * (0.75 if large else 1.0)
    pill_w = advance("label", time_text or "0h 00m") * time_px + pill_pad
    # (a note in the time's place, "free ~19:55", may be wider than it: kept too)
    reserve_w = max(advance("label", WIDEST_TIME) * time_px + pill_pad, pill_w)
    bottom = exit_distance(shape, frame, 0.0, 1.0)
    pill = QRectF(-pill_w / 2, bottom - pill_h * 0.42, pill_w, pill_h)

    # The badge: a circle, or a pill when the initials' least size asks for more room.
    badge_d = unit * 0.34 * (1.2 if large else 1.0)
    badge_font_px = max(badge_d * 0.44, style.least_font(floor.server))
    badge_font = palette.font("badge", badge_font_px)
    badge_h = max(badge_d, badge_font_px * 1.45)
    badge_w = max(badge_h, advance("badge", "MW") * badge_font.pixelSize() + badge_font_px * 0.7)
    corner = exit_distance(shape, frame, math.sqrt(0.5), -math.sqrt(0.5))
    badge = QRectF(0, 0, badge_w, badge_h)
    badge.moveCenter(QPointF(corner * math.sqrt(0.5), -corner * math.sqrt(0.5)))
    small_px = min(pill_font_px, badge_font_px)

    number = table.number or "?"
    seats = table.seats_text
    number_em, seats_em = advance("number", number), advance("label", seats)
    stack_em = 0.48 + GLYPH_GAP + CAP + 0.2 + CAP * seats_ratio  # glyph, number, seats
    column_em = CAP + 0.2 + CAP * seats_ratio  # in a row: number over seats, glyph left
    row_em = 0.56 + 0.18 + max(number_em, seats_ratio * seats_em)
    limit = min(frame.width, frame.height) * 0.46 * type_scale

    def fitted(top: float, bottom: float) -> tuple[float, bool, float]:
        """The number's size filling the box from top to bottom; stacked?; its centre."""
        height = max(bottom - top, area_h * 0.55)  # a tiny table: the pill may overlap
        n_stacked = min(height * 0.94 / stack_em,
                        area_w * 0.9 / max(number_em, seats_ratio * seats_em, 0.5))
        n_row = min(height * 0.9 / column_em, area_w * 0.92 / row_em)
        stacked = n_stacked >= 0.8 * n_row
        return min(n_stacked if stacked else n_row, limit), stacked, top + height / 2

    # Below the text, room for the time pill when it shows: the text block sits
    # between the box's top and the pill, not over it.
    box_top, box_bottom = -area_h / 2, area_h / 2
    number_px, stacked, center_y = fitted(box_top, min(box_bottom, pill.top() - 0.04 * unit)
                                          if time_text else box_bottom)
    if time_text and axis_aligned and shape is not Shape.ROUND:
        inner_pill = QRectF(pill)
        inner_pill.moveBottom(bottom - 0.06 * unit)
        upright_w = frame.width if (frame.rotation % 180.0) < 1 or (frame.rotation % 180.0) > 179 \
            else frame.height
        # (It may overhang the sides a little: a booth's neighbours are above and below.)
        # (Large type: a timer as wide as "1h 31m" is wider than a booth's end; kept
        # inside it all the same, or it hung over the next booth's number.)
        if inner_pill.width() <= upright_w * (1.4 if large else 1.15):
            n_in, stacked_in, center_in = fitted(box_top, inner_pill.top() - 0.04 * unit)
            # A roomy table loses nothing by it. In large type a timer wider than the
            # booth's end stays inside too, whenever the number still reads from two
            # metres above it: hung below, it covered the next booth's (back to back).
            wide_timer = large and inner_pill.width() > upright_w
            if n_in >= 0.9 * number_px or (wide_timer and n_in >= style.least_font(floor.number)):
                pill, number_px, stacked, center_y = inner_pill, n_in, stacked_in, center_in

    least_number = style.least_font(floor.number)
    least_seats = style.least_font(floor.guests)
    least_glyph = style.least_size(floor.status)

    def block_at(n: float, cy: float) -> _Block:
        glyph_side = max((0.48 if stacked else 0.56) * n, least_glyph)
        return _text_block(n, max(n * seats_ratio, least_seats), glyph_side, stacked,
                           number, seats, cy)

    number_px = max(number_px, least_number)
    block = block_at(number_px, center_y)
    text_room = QRectF(-area_w / 2, box_top, area_w, area_h)
    if time_text:
        text_room.setBottom(max(text_room.top(), min(text_room.bottom(), pill.top())))
    plate = QRectF()
    plate_path = QPainterPath()
    if not _inside(text_room, block.rect()):
        if style.fit_scale > 0:
            # Too small for its facts at their least size: centred on the table, and on
            # a callout where they reach past its edge.
            block = block_at(number_px, 0.0)
            upright_shape = QTransform().rotate(frame.rotation).map(
                shape_path(shape, frame.width * 0.96, frame.height * 0.96))
            # Each fact on its own: a stool's or a diamond's narrow top and bottom hold
            # the glyph and the seats, its wide middle the number.
            if not all(upright_shape.contains(r) for r in (
                    block.glyph, block.number.cap_rect(), block.seats.cap_rect())):
                pad = 0.3 * block.seats.px
                plate = block.rect().adjusted(-pad, -pad, pad, pad)
                plate_path, plate, badge_at = _plate_outline(shape, frame, plate)
                # One outline with the table under it: no border where they meet.
                plate_path = plate_path.united(QTransform().rotate(frame.rotation).map(
                    shape_path(shape, frame.width, frame.height))).simplified()
        if time_text:  # the pill hangs below the text, never over it
            pill.moveTop(max(pill.top(), block.rect().bottom() + 0.1 * block.seats.px))
    if not plate.isEmpty():
        badge.moveCenter(badge_at)
        if large:
            # Large type: plates of stools 110 cm apart nearly meet, and a badge on the
            # rim's upper right reached over the next stool's plate: it straddles the
            # plate's top edge, inside its width (moved clear of the glyph below).
            badge.moveCenter(QPointF(plate.right() - badge_w / 2, plate.top()))

    # The badge keeps clear of the glyph, the number and the seats: it first moves out
    # along the diagonal (up to half its size); the number shrinks only if that is not
    # enough and it may (never below its least size, never on a callout).
    # Sideways first: booths stand back to back, so up would be over the next one. But
    # never past a booth's end: booths also stand end to end, touching (a row of twelve
    # at 1024 px: each badge was pushed over the next booth's end); there it goes up
    # instead (or, a booth turned 90°, whose ends are above and below, sideways).
    end_x = end_y = math.inf  # the badge's right edge at most, its top at least (negated)
    if axis_aligned and shape is Shape.RECTANGLE and plate.isEmpty():
        upright = QTransform().rotate(frame.rotation).mapRect(
            QRectF(-frame.width / 2, -frame.height / 2, frame.width, frame.height))
        turned = round(frame.rotation / 90.0) % 2 == 1
        if (frame.width >= frame.height) != turned:  # its ends left and right
            end_x = upright.right()
            if badge.right() > end_x:  # a wide badge (large initials) on its rim: pulled in
                badge.moveRight(end_x)
        else:
            end_y = -upright.top()
            if -badge.top() > end_y:
                badge.moveTop(-end_y)
    for _ in range(5):
        if not badge.intersects(block.rect()) or badge.right() + badge_w * 0.1 > end_x + 1e-6:
            break
        badge.translate(badge_w * 0.1, 0.0)

    def step() -> QPointF:
        d = badge_h * 0.1
        if badge.right() + d > end_x + 1e-6:
            return QPointF(0.0, -d)
        if -(badge.top() - d) > end_y + 1e-6:
            return QPointF(d, 0.0)
        return QPointF(d, -d)

    for _ in range(6):
        for _ in range(5):
            if not badge.intersects(block.rect()):
                break
            badge.translate(step())
        if not badge.intersects(block.rect()):
            break
        if not plate.isEmpty() or number_px * 0.9 < least_number:
            while badge.intersects(block.rect()):
                badge.translate(step())
            break
        badge.translate(-badge_h * 0.5, badge_h * 0.5)
        number_px *= 0.9
        block = block_at(number_px, center_y)

    pill_reserve = QRectF(-reserve_w / 2, pill.top(), reserve_w, pill_h)
    # Bounding rect: the shape, the rings drawn around it, the upright labels.
    ring = max(6.0, min(frame.width, frame.height) * 0.22)
    bounds = QRectF(-frame.width / 2, -frame.height / 2, frame.width, frame.height)
    bounds = bounds.adjusted(-ring, -ring, ring, ring)
    back = QTransform().rotate(-frame.rotation)
    for r in (pill_reserve, badge, block.glyph, block.number.line_rect(),
              block.seats.line_rect(), plate):
        if not r.isEmpty():  # a long number may spill over a small table
            bounds = bounds.united(back.mapRect(r))
    stem = stem_length(frame.width, frame.height)
    bounds = bounds.united(QRectF(-1, -frame.height / 2 - stem, 2, stem))
    return LabelBoxes(
        number=block.number, seats=block.seats, glyph=block.glyph, pill=pill,
        pill_reserve=pill_reserve, time_font=time_font, badge=badge, badge_font=badge_font,
        plate=plate, number_px=number_px, seats_px=block.seats.px, small_px=small_px,
        ring=ring, bounds=bounds.adjusted(-2, -2, 2, 2), plate_path=plate_path)


def _plate_outline(shape: Shape, frame: Frame, body: QRectF
                   ) -> tuple[QPainterPath, QRectF, QPointF]:
    """A callout plate holding ``body`` (the facts, padded), shaped after the table
    under it so the two read as one: its outline, its box and where the server badge
    sits on its upper right rim (upright frame)."""
    path = QPainterPath()
    w, h = body.width(), body.height()
    turn = frame.rotation % 90.0
    if shape is Shape.ROUND:
        # A disc when the facts are about as wide as tall (a bar stool), else a
        # stadium; wide enough that the number's ends clear the curve.
        if w <= h * 1.25:
            d = max(h, w) * 1.06
            box = QRectF(body.center().x() - d / 2, body.center().y() - d / 2, d, d)
            path.addEllipse(box)
            return path, box, box.center() + QPointF(d / 2, -d / 2) * math.sqrt(0.5)
        box = body.adjusted(-0.12 * h, 0, 0.12 * h, 0)
        path.addRoundedRect(box, h / 2, h / 2)
        return path, box, QPointF(box.right() - h * 0.5 * (1 - math.sqrt(0.5)),
                                  box.top() + h * 0.5 * (1 - math.sqrt(0.5)))
    if shape is Shape.SQUARE and 40 <= turn <= 50:
        # A diamond: the plate is a diamond too, with the table's own top and bottom
        # corners (taller only when the facts need it) and as wide as the facts need,
        # so one diamond shows. (A six-sided plate with the table's top corner peeking
        # over its flat top read as a house.) Centred on the table, as the table is.
        table = QTransform().rotate(frame.rotation).map(
            shape_path(shape, frame.width, frame.height)).boundingRect()
        x = max(abs(body.left()), abs(body.right()))
        y = max(abs(body.top()), abs(body.bottom()))
        b = max(table.height() / 2, y / 0.55)  # the facts' half-height: at most 55 %
        a = max(table.width() / 2, x / (1 - y / b))  # every corner of the facts inside
        path.moveTo(-a, 0)
        path.lineTo(0, -b)
        path.lineTo(a, 0)
        path.lineTo(0, b)
        path.closeSubpath()
        return path, QRectF(-a, -b, 2 * a, 2 * b), QPointF(a / 2, -b / 2)
    if shape in (Shape.SQUARE, Shape.RECTANGLE) and 30 <= turn <= 60:
        # Turned about 45°: the plate's ends point where the table's side corners are.
        # Its ends slant as the diamond's sides do (45°): with the diamond's corners
        # above and below, the two read as one shape.
        cx, cy, hh = body.center().x(), body.center().y(), h / 2
        side = w / 2
        tip = side + hh
        path.moveTo(cx - tip, cy)
        path.lineTo(cx - side, cy - hh)
        path.lineTo(cx + side, cy - hh)
        path.lineTo(cx + tip, cy)
        path.lineTo(cx + side, cy + hh)
        path.lineTo(cx - side, cy + hh)
        path.closeSubpath()
        return path, QRectF(cx - tip, body.top(), 2 * tip, h), QPointF(cx + side, cy - hh)
    radius = min(w, h) * 0.3
    path.addRoundedRect(body, radius, radius)
    return path, QRectF(body), body.topRight()
