"""The report's heat maps: each floor plan of the evening, its tables filled by the share
of the service they were occupied, drawn with the floor's own scene offscreen."""

from __future__ import annotations

import base64
import html
import os
import sys
from typing import Any

from floorview.core.evening import Evening
from floorview.core.words import translate

#: Occupied share 0 → 1, light to dark (a sequential scale that reads in grey too).
_HEAT = ((0.0, (247, 251, 255)), (0.25, (198, 219, 239)), (0.5, (107, 174, 214)),
         (0.75, (33, 113, 181)), (1.0, (8, 48, 107)))


def ensure_qt() -> None:
    """A QApplication for drawing, offscreen where there is no display (a cron job, SSH)."""
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                 or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from floorview.ui.floor.render import ensure_app

    ensure_app()


def heat_colour(share: float) -> tuple[int, int, int]:
    share = max(0.0, min(1.0, share))
    for (a, ca), (b, cb) in zip(_HEAT, _HEAT[1:], strict=False):
        if share <= b:
            f = (share - a) / (b - a)
            red, green, blue = (round(x + (y - x) * f) for x, y in zip(ca, cb, strict=True))
            return red, green, blue
    return _HEAT[-1][1]


def heat_maps_html(e: Evening) -> str:
    """The page's section of heat maps: a scale, then each plan as an embedded PNG."""
    ensure_qt()
    images = []
    for plan, png in heat_map_pngs(e):
        data = base64.b64encode(png).decode("ascii")
        alt = translate("HeatMap", "{0}: occupied share per table").format(plan)
        images.append(f"<figure><figcaption>{html.escape(plan)}</figcaption>"
                      f"<img alt='{html.escape(alt, quote=True)}' "
                      f"src='data:image/png;base64,{data}'></figure>")
    stops = "".join(f"<span style='background:rgb{heat_colour(v)}'></span>" for v in
                    (0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0))
    legend = (f"<div class=scale><span class=dim>{html.escape(_percent(0))}</span><div class=ramp>{stops}</div>"
              "<span class=dim>" + html.escape(translate("HeatMap", "{0} of the service occupied")
                                               .format(_percent(1))) + "</span></div>")
    return legend + "<div class=plans>" + "".join(images) + "</div>"


def heat_map_pngs(e: Evening, width: int = 1180) -> list[tuple[str, bytes]]:
    """Each floor plan, its tables filled by their occupied share: (plan name, PNG)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

    from floorview.core.journal import apply_reference
    from floorview.core.model import Table
    from floorview.core.store import BranchStore
    from floorview.ui.floor.floor_scene import DisplaySettings
    from floorview.ui.floor.palette import LIGHT
    from floorview.ui.floor.render import render_floor, strip_height

    bid = e.branch.id if e.branch else next(iter(e.tables.values()), {}).get("branchId", "")
    store = BranchStore(bid)
    apply_reference(store, e.reference)
    # The plan as it stood, every table free and unassigned: the overlay gives the colour.
    store.apply_snapshot([Table.from_json({**t, "status": "available", "guestCount": None,
                                           "serverId": None}) for t in e.tables.values()])
    share = e.occupied_share()

    def overlay(painter: QPainter, scene: Any) -> None:
        for item in scene.table_items():
            t = item.table
            value = share.get(t.id, 0.0)
            r, g, b = heat_colour(value)
            painter.save()
            painter.setTransform(item.sceneTransform(), combine=True)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(QPen(QColor(60, 70, 90), max(1.0, min(t.width, t.height) * 0.03)))
            painter.setBrush(QColor(r, g, b))
            painter.drawPath(item.shape())
            painter.rotate(-t.rotation)
            # white on the darker fills, by the fill's luminance (readable either way)
            dark = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 < 0.55
            painter.setPen(QColor("white") if dark else QColor(20, 30, 45))
            box = QRectF(-t.width / 2, -t.height / 2, t.width, t.height)
            if abs(t.rotation % 180 - 90) < 1:
                box = QRectF(-t.height / 2, -t.width / 2, t.height, t.width)
            side = min(box.width(), box.height())
            big = QFont()
            big.setBold(True)
            big.setPixelSize(max(4, round(side * 0.30)))
            small = QFont()
            small.setPixelSize(max(4, round(side * 0.24)))
            fm_big, fm_small = QFontMetricsF(big), QFontMetricsF(small)
            total = fm_big.height() + fm_small.height()
            top = -total / 2
            painter.setFont(big)
            painter.drawText(QRectF(box.left(), top, box.width(), fm_big.height()),
                             Qt.AlignmentFlag.AlignCenter, t.number)
            painter.setFont(small)
            painter.drawText(QRectF(box.left(), top + fm_big.height(), box.width(), fm_small.height()),
                             Qt.AlignmentFlag.AlignCenter, _percent(value))
            painter.restore()

    out = []
    for plan in store.floor_plans:
        if not store.tables_on(plan.id):
            continue
        image = render_floor(store, plan, settings=DisplaySettings(theme=LIGHT, show_sections=True),
                             width=width, clock=lambda: e.end, overlay=overlay)
        strip = strip_height(width)
        image = image.copy(0, strip, image.width(), image.height() - strip)
        buffer = QByteArray()
        device = QBuffer(buffer)
        device.open(QIODevice.OpenModeFlag.WriteOnly)
        # PySide6's stubs say bytes for the format; PySide6 6.11 refuses b"PNG" (ValueError)
        image.save(device, "PNG")  # type: ignore[call-overload]
        device.close()
        out.append((plan.name, bytes(buffer.data())))
    return out


def _percent(share: float) -> str:
    from floorview.ui.formats import percent

    return percent(share)
