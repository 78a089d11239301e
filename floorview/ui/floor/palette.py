"""Colours, glyphs, pens, brushes and fonts of the floor view, built once per theme.

The status colours come from the Okabe–Ito palette, chosen so the five statuses stay
apart under deuteranopia, protanopia and tritanopia (``tests/floorview/ui/test_palette``
simulates them). Colour is never the only cue: every status also has a glyph, drawn
from a :class:`QPainterPath` (not a font, so a machine without fonts still shows it),
and out-of-service tables are hatched.

A :class:`Theme` holds colours as ``#RRGGBB``/``#AARRGGBB`` strings, so it is a plain
hashable value; :func:`paints` turns it into the QPen/QBrush/QFont objects items paint
with, once per theme.
"""

from __future__ import annotations

import math
import zlib
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
    QTransform,
)

from floorview.core.model import Status

# --- the theme ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StatusStyle:
    """How one status is drawn: table fill and border, text and glyph on the fill."""

    fill: str
    border: str
    text: str
    icon: str
    hatch: str | None = None  # diagonal hatch over the table (out of service)


@dataclass(frozen=True, slots=True)
class Theme:
    name: str
    background: str  # around the room
    floor: str  # the room's floor
    grid: str  # faint grid on the floor
    wall: str  # the room's outline
    text: str
    text_muted: str
    shadow: str  # soft shadow under tables
    selection: str  # outline of the selected table
    flash: str  # search flash rings
    time_bg: str  # time-in-status pill, under the amber threshold
    time_text: str
    amber: str  # time-in-status past DisplaySettings.amber_minutes
    amber_text: str
    red: str  # ... past DisplaySettings.red_minutes
    red_text: str
    title_bg: str  # render_floor's title strip
    title_text: str
    statuses: tuple[tuple[Status, StatusStyle], ...]

    def status(self, status: Status) -> StatusStyle:
        for s, style in self.statuses:
            if s is status:
                return style
        return self.status(Status.UNKNOWN)


LIGHT = Theme(
    name="light",
    background="#E4E1DB",
    floor="#FAF8F4",
    grid="#0F3C3428",
    wall="#59606B",
    text="#1E2329",
    text_muted="#5D6570",
    shadow="#33202830",
    selection="#14181D",
    flash="#6D28D9",
    time_bg="#1E2329",
    time_text="#FFFFFF",
    amber="#E69F00",
    amber_text="#1E1400",
    red="#B0102B",
    red_text="#FFFFFF",
    title_bg="#FFFFFF",
    title_text="#1E2329",
    statuses=(
        (Status.AVAILABLE, StatusStyle("#009E73", "#007556", "#FFFFFF", "#FFFFFF")),
        (Status.RESERVED, StatusStyle("#0072B2", "#00558A", "#FFFFFF", "#FFFFFF")),
        (Status.OCCUPIED, StatusStyle("#D55E00", "#A44800", "#FFFFFF", "#FFFFFF")),
        (Status.CLEANING, StatusStyle("#F0E442", "#B5A91A", "#2A2600", "#2A2600")),
        (
            Status.OUT_OF_SERVICE,
            StatusStyle("#C9C9C9", "#7A7A7A", "#1E2329", "#1E2329", hatch="#73000000"),
        ),
        (Status.UNKNOWN, StatusStyle("#CC79A7", "#9C5680", "#FFFFFF", "#FFFFFF")),
    ),
)

DARK = Theme(
    name="dark",
    background="#101317",
    floor="#1B1F25",
    grid="#12FFFFFF",
    wall="#6B7480",
    text="#E8EAED",
    text_muted="#9AA3AE",
    shadow="#90000000",
    selection="#FFFFFF",
    flash="#C4B5FD",
    time_bg="#E8EAED",
    time_text="#15181C",
    amber="#F2B33D",
    amber_text="#1E1400",
    red="#E0344F",
    red_text="#FFFFFF",
    title_bg="#15191E",
    title_text="#E8EAED",
    statuses=(
        (Status.AVAILABLE, StatusStyle("#00A078", "#4FD1A8", "#FFFFFF", "#FFFFFF")),
        (Status.RESERVED, StatusStyle("#1C7CC0", "#6DB5EA", "#FFFFFF", "#FFFFFF")),
        (Status.OCCUPIED, StatusStyle("#DC6410", "#FF9A52", "#FFFFFF", "#FFFFFF")),
        (Status.CLEANING, StatusStyle("#E8DB48", "#FFF59A", "#262200", "#262200")),
        (
            Status.OUT_OF_SERVICE,
            StatusStyle("#5B616A", "#8E96A1", "#E8EAED", "#E8EAED", hatch="#66000000"),
        ),
        (Status.UNKNOWN, StatusStyle("#C277A2", "#E7A9CC", "#FFFFFF", "#FFFFFF")),
    ),
)

THEMES = {"light": LIGHT, "dark": DARK}


def theme_by_name(name: str) -> Theme:
    """``"light"`` or ``"dark"``; raises KeyError naming the choices otherwise."""
    try:
        return THEMES[name.lower()]
    except KeyError:
        raise KeyError(f"unknown theme {name!r}: choose {' or '.join(THEMES)}") from None


def status_color(theme: Theme, status: Status) -> QColor:
    """The fill colour of a table with that status."""
    return QColor(theme.status(status).fill)


def status_text_color(theme: Theme, status: Status) -> QColor:
    return QColor(theme.status(status).text)


# --- server colours -------------------------------------------------------------------

#: Stable colours for servers without their own (distinct from the status fills).
SERVER_COLORS = (
    "#4E79A7", "#A0CBE8", "#F28E2B", "#8CD17D", "#B6992D", "#499894",
    "#E15759", "#FF9D9A", "#79706E", "#D37295", "#B07AA1", "#9D7660",
)  # fmt: skip


def server_color(server_id: str, color: str | None = None) -> QColor:
    """The user's own colour, or a stable one picked from their id."""
    if color:
        c = QColor(color)
        if c.isValid():
            return c
    return QColor(SERVER_COLORS[zlib.crc32(server_id.encode()) % len(SERVER_COLORS)])


def relative_luminance(c: QColor) -> float:
    def lin(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF())


def contrasting_text(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background`` (WCAG contrast)."""
    lum = relative_luminance(background)
    on_white = 1.05 / (lum + 0.05)
    on_black = (lum + 0.05) / 0.05
    return QColor("#FFFFFF") if on_white >= on_black else QColor("#111111")


def desaturated(color: QColor, keep: float = 0.12) -> QColor:
    """``color`` with most of its saturation gone (stale data)."""
    h, s, lightness = color.hslHueF(), color.hslSaturationF(), color.lightnessF()
    return QColor.fromHslF(max(h, 0.0), s * keep, lightness, color.alphaF())


# --- glyphs ---------------------------------------------------------------------------


# Glyphs are drawn in unit coordinates but built 100 times larger: strokes and boolean
# operations flatten curves to a tolerance in path units, and at ±1 the clock's ring came
# out a heptagon.
_BUILD = 100.0


def _big(path: QPainterPath) -> QPainterPath:
    return QTransform.fromScale(_BUILD, _BUILD).map(path)


def _stroked(path: QPainterPath, width: float) -> QPainterPath:
    stroker = QPainterPathStroker()
    stroker.setWidth(width * _BUILD)
    stroker.setCapStyle(Qt.PenCapStyle.RoundCap)
    stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return stroker.createStroke(_big(path)).simplified()


def _check() -> QPainterPath:
    p = QPainterPath(QPointF(-0.62, 0.02))
    p.lineTo(-0.2, 0.46)
    p.lineTo(0.66, -0.5)
    return _stroked(p, 0.3)


def _clock() -> QPainterPath:
    ring = QPainterPath()
    ring.addEllipse(QPointF(0, 0), 0.8, 0.8)
    hands = QPainterPath(QPointF(0, -0.48))
    hands.lineTo(0, 0)
    hands.lineTo(0.36, 0.2)
    return _stroked(ring, 0.2).united(_stroked(hands, 0.2))


def _person() -> QPainterPath:
    p = QPainterPath()
    p.addEllipse(QPointF(0, -0.46), 0.34, 0.34)
    body = QPainterPath(QPointF(-0.74, 0.9))
    body.cubicTo(-0.74, 0.02, 0.74, 0.02, 0.74, 0.9)
    body.closeSubpath()
    return _big(p).united(_big(body))


def _star(cx: float, cy: float, r: float, waist: float) -> QPainterPath:
    pts = []
    for i in range(8):
        a = math.pi / 4 * i - math.pi / 2
        rr = r if i % 2 == 0 else r * waist
        pts.append(QPointF(cx + rr * math.cos(a), cy + rr * math.sin(a)))
    p = QPainterPath()
    p.addPolygon(QPolygonF(pts))
    p.closeSubpath()
    return _big(p)


def _sparkle() -> QPainterPath:
    return _star(-0.14, 0.14, 0.86, 0.26).united(_star(0.6, -0.6, 0.38, 0.3))


def _cross() -> QPainterPath:
    p = QPainterPath(QPointF(-0.6, -0.6))
    p.lineTo(0.6, 0.6)
    p.moveTo(0.6, -0.6)
    p.lineTo(-0.6, 0.6)
    return _stroked(p, 0.3)


def _question() -> QPainterPath:
    hook = QPainterPath(QPointF(-0.42, -0.4))
    hook.arcTo(QRectF(-0.42, -0.86, 0.84, 0.84), 180, -230)
    hook.quadTo(0.0, -0.05, 0.0, 0.28)
    dot = QPainterPath()
    dot.addEllipse(QPointF(0, 0.72), 0.17, 0.17)
    return _stroked(hook, 0.26).united(_big(dot))


_GLYPHS = {
    Status.AVAILABLE: _check,
    Status.RESERVED: _clock,
    Status.OCCUPIED: _person,
    Status.CLEANING: _sparkle,
    Status.OUT_OF_SERVICE: _cross,
    Status.UNKNOWN: _question,
}


@cache
def glyph_path(status: Status) -> QPainterPath:
    """The status's glyph, filled, in the box (-1, -1)–(1, 1)."""
    built = _GLYPHS.get(status, _question)()
    return QTransform.fromScale(1 / _BUILD, 1 / _BUILD).map(built)


# --- fonts ----------------------------------------------------------------------------

#: Bold, narrow faces first: table numbers must be large yet fit small tables.
NUMBER_FAMILIES = ["Inter Tight", "Roboto Condensed", "DejaVu Sans Condensed", "Segoe UI",
                   "Helvetica Neue", "Arial Narrow", "Arial", "DejaVu Sans"]
TEXT_FAMILIES = ["Inter", "Segoe UI", "Helvetica Neue", "Roboto", "Noto Sans", "DejaVu Sans",
                 "Arial"]


def make_font(role: str, pixel_size: int) -> QFont:
    """A font for ``role`` ("number", "label", "badge", "title") at ``pixel_size`` px."""
    f = QFont()
    f.setFamilies(NUMBER_FAMILIES if role in ("number", "badge") else TEXT_FAMILIES)
    f.setPixelSize(max(1, pixel_size))
    f.setWeight(QFont.Weight.Bold if role in ("number", "badge", "title") else QFont.Weight.DemiBold)
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)  # scales smoothly
    return f


_FONTS: dict[tuple[str, int], QFont] = {}


def font(role: str, pixel_size: float) -> QFont:
    """A cached font (sizes are rounded to whole pixels of the coordinates they paint in)."""
    key = (role, max(1, round(pixel_size)))
    f = _FONTS.get(key)
    if f is None:
        f = _FONTS[key] = make_font(role, key[1])
    return f


# --- pens and brushes, per theme ---------------------------------------------------------


class StatusPaint:
    """The ready-made brushes and pens of one status in one theme (normal and stale)."""

    __slots__ = ("fill", "border", "text", "icon", "hatch", "fill_stale", "border_stale",
                 "text_stale", "icon_stale", "ripple", "fill_dim", "fill_stale_dim")

    def __init__(self, style: StatusStyle, border_width: float,
                 stale_border: QColor | None = None) -> None:
        fill, border = QColor(style.fill), QColor(style.border)
        stale_border = QColor(stale_border if stale_border is not None else border)
        self.fill = QBrush(fill)
        self.border = cosmetic_pen(border, border_width)
        self.text = QColor(style.text)
        self.icon = QBrush(QColor(style.icon))
        self.hatch = cosmetic_pen(QColor(style.hatch), 1.6) if style.hatch else None
        # Stale (offline): the last known colours stay readable, the border is dashed:
        # greying them out hid the very facts a host needs while the link is down.
        self.fill_stale = self.fill
        self.border_stale = cosmetic_pen(stale_border, border_width, Qt.PenStyle.DashLine)
        self.text_stale = self.text
        self.icon_stale = self.icon
        self.ripple = QColor(style.fill)
        self.fill_dim = QBrush(_alpha(fill, DIM_OPACITY))  # the overview's dimmed tables
        self.fill_stale_dim = self.fill_dim


#: How visible a table stays while another server's tables are highlighted.
DIM_OPACITY = 0.22


def _alpha(color: QColor, alpha: float) -> QColor:
    c = QColor(color)
    c.setAlphaF(alpha)
    return c


def cosmetic_pen(color: QColor, width: float, style=Qt.PenStyle.SolidLine) -> QPen:
    """A pen of ``width`` device pixels whatever the zoom, with round caps and joins."""
    pen = QPen(color, width, style, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    pen.setCosmetic(True)
    return pen


class Paints:
    """Every QPen/QBrush/QColor one theme needs, built once (see :func:`paints`)."""

    def __init__(self, theme: Theme) -> None:
        self.theme = theme
        self.status = {s: StatusPaint(theme.status(s), 2.0, QColor(theme.text_muted)) for s in Status}
        self.background = QBrush(QColor(theme.background))
        self.floor = QBrush(QColor(theme.floor))
        self.grid = cosmetic_pen(QColor(theme.grid), 1.0)
        self.wall = QPen(QColor(theme.wall), 6.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.SquareCap,
                         Qt.PenJoinStyle.MiterJoin)
        self.text = QColor(theme.text)
        self.text_muted = QColor(theme.text_muted)
        self.shadow = QBrush(QColor(theme.shadow))
        self.selection = cosmetic_pen(QColor(theme.selection), 3.0)
        self.selection_halo = cosmetic_pen(QColor(theme.floor), 7.0)
        self.flash = QColor(theme.flash)
        self.unknown_border = cosmetic_pen(QColor(theme.text), 2.0, Qt.PenStyle.DashLine)
        self.halo = cosmetic_pen(QColor(theme.floor), 2.0)
        self.time = {
            "normal": (QBrush(QColor(theme.time_bg)), QColor(theme.time_text)),
            "amber": (QBrush(QColor(theme.amber)), QColor(theme.amber_text)),
            "red": (QBrush(QColor(theme.red)), QColor(theme.red_text)),
        }
        self.time_stale = self.time  # frozen at the last true minute, in its own colours
        self.no_pen = QPen(Qt.PenStyle.NoPen)


@cache
def paints(theme: Theme) -> Paints:
    """The cached :class:`Paints` of ``theme`` (needs a QGuiApplication)."""
    return Paints(theme)
