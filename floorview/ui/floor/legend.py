"""The status legend: each status's colour and glyph, its name and how many tables have it.

:func:`paint_legend` draws it with a QPainter (``render_floor``'s title strip);
:class:`LegendWidget` shows the same for a window.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPainterPath
from PySide6.QtWidgets import QSizePolicy, QWidget

from floorview.core.model import Status, Table
from floorview.ui.floor import palette
from floorview.ui.floor.palette import LIGHT, Theme
from floorview.ui.formats import number

ORDER = (Status.AVAILABLE, Status.RESERVED, Status.OCCUPIED, Status.CLEANING,
         Status.OUT_OF_SERVICE, Status.UNKNOWN)


def count_statuses(tables: Iterable[Table]) -> dict[Status, int]:
    c = Counter(t.status for t in tables)
    return {s: c.get(s, 0) for s in ORDER}


def _entries(counts: Mapping[Status, int]) -> list[tuple[Status, str]]:
    return [(s, number(counts.get(s, 0))) for s in ORDER
            if s is not Status.UNKNOWN or counts.get(s, 0)]


def legend_texts(counts: Mapping[Status, int], *, compact: bool = False) -> list[str]:
    """The words and numbers :func:`paint_legend` writes, in its order."""
    out = []
    for status, n in _entries(counts):
        out += [n] if compact else [status.label, n]
    return out


def paint_swatch(painter: QPainter, rect: QRectF, theme: Theme, status: Status) -> None:
    """A small table of that status: fill, border, hatch if any, and its glyph."""
    sp = palette.paints(theme).status[status]
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    radius = rect.height() * 0.22
    path = QPainterPath()
    path.addRoundedRect(rect, radius, radius)
    painter.setPen(sp.border)
    painter.setBrush(sp.fill)
    painter.drawPath(path)
    if sp.hatch is not None:
        painter.setClipPath(path)
        painter.setPen(sp.hatch)
        step = rect.height() / 4
        x = rect.left() - rect.height()
        lines = []
        while x < rect.right():
            lines.append(QLineF(x, rect.bottom(), x + rect.height(), rect.top()))
            x += step
        painter.drawLines(lines)
        painter.setClipping(False)
    g = rect.adjusted(rect.width() * 0.22, rect.height() * 0.22,
                      -rect.width() * 0.22, -rect.height() * 0.22)
    painter.translate(g.center())
    painter.scale(g.width() / 2, g.height() / 2)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(sp.icon)
    painter.drawPath(palette.glyph_path(status))
    painter.restore()


def legend_width(counts: Mapping[Status, int], px: float, *, compact: bool = False) -> float:
    return sum(_widths(counts, px, compact)) - px * 1.1


def _widths(counts: Mapping[Status, int], px: float, compact: bool = False) -> list[float]:
    label_fm = QFontMetricsF(palette.font("label", px))
    count_fm = QFontMetricsF(palette.font("title", px))
    out = []
    for status, n in _entries(counts):
        label = 0.0 if compact else label_fm.horizontalAdvance(status.label) + px * 0.35
        out.append(px * 1.5 + px * 0.45 + label + count_fm.horizontalAdvance(n) + px * 1.1)
    return out


def paint_legend(painter: QPainter, rect: QRectF, theme: Theme, counts: Mapping[Status, int],
                 *, px: float, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
                 compact: bool = False) -> None:
    """One row of swatch, name and count per status, vertically centred in ``rect``.

    ``compact`` leaves the names out (the swatch's glyph still tells the status).
    """
    widths = _widths(counts, px, compact)
    total = sum(widths) - px * 1.1
    x = rect.left()
    if align & Qt.AlignmentFlag.AlignRight:
        x = rect.right() - total
    elif align & Qt.AlignmentFlag.AlignHCenter:
        x = rect.center().x() - total / 2
    cy = rect.center().y()
    label_font, count_font = palette.font("label", px), palette.font("title", px)
    cap = QFontMetricsF(label_font).capHeight()
    p = palette.paints(theme)
    for (status, n), w in zip(_entries(counts), widths, strict=True):
        sw = px * 1.5
        paint_swatch(painter, QRectF(x, cy - sw / 2, sw, sw), theme, status)
        tx = x + sw + px * 0.45
        if not compact:
            painter.setFont(label_font)
            painter.setPen(p.text_muted)
            painter.drawText(QPointF(tx, cy + cap / 2), status.label)
            tx += QFontMetricsF(label_font).horizontalAdvance(status.label) + px * 0.35
        painter.setFont(count_font)
        painter.setPen(p.text)
        painter.drawText(QPointF(tx, cy + cap / 2), n)
        x += w


class LegendWidget(QWidget):
    """The legend as a widget: :meth:`set_counts` (or :meth:`set_tables`), :meth:`set_theme`."""

    def __init__(self, theme: Theme = LIGHT, parent: QWidget | None = None,
                 *, font_px: float = 15) -> None:
        super().__init__(parent)
        self._theme = theme
        self._counts: dict[Status, int] = {s: 0 for s in ORDER}
        self._px = font_px
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(QCoreApplication.translate("Legend", "Status legend"))
        self._describe()

    def _describe(self) -> None:
        # what a screen reader says of it: each status and its count
        self.setAccessibleDescription(", ".join(
            QCoreApplication.translate("Legend", "{0} {1}", "a status and its count").format(s.label, n)
            for s, n in _entries(self._counts)))

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    def set_counts(self, counts: Mapping[Status, int]) -> None:
        new = {s: counts.get(s, 0) for s in ORDER}
        if new != self._counts:
            self._counts = new
            self._describe()
            self.updateGeometry()
            self.update()

    def set_tables(self, tables: Iterable[Table]) -> None:
        self.set_counts(count_statuses(tables))

    def counts(self) -> dict[Status, int]:
        return dict(self._counts)

    def sizeHint(self) -> QSize:
        return QSize(round(legend_width(self._counts, self._px) + 8), round(self._px * 2.4))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        paint_legend(painter, QRectF(self.rect()).adjusted(4, 0, -4, 0), self._theme,
                     self._counts, px=self._px)
        painter.end()
