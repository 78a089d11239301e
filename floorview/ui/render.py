"""The floor drawn offscreen to an image: the same scene a window shows, with a title strip.

``render_floor`` needs a QApplication (the scene is a QtWidgets class) but no window;
it creates the application if there is none, so a command-line snapshot can call it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter
from PySide6.QtWidgets import QApplication

from floorview.model import FloorPlan
from floorview.store import BranchStore
from floorview.ui import palette
from floorview.ui.floor_scene import DisplaySettings, FloorScene
from floorview.ui.legend import count_statuses, legend_width, paint_legend


def ensure_app() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication([])
    return app  # type: ignore[return-value]


def strip_height(width: int) -> int:
    return max(44, round(width * 0.045))


def render_floor(store: BranchStore, floor_plan: FloorPlan, *, settings: DisplaySettings,
                 width: int = 1920, height: int | None = None,
                 clock: Callable[[], datetime], stale: bool = False) -> QImage:
    """The floor plan as an image ``width`` wide (``height``: the plan's aspect if None).

    A title strip on top names the branch and the plan, gives the time (in the branch's
    timezone) and a legend with each status's count, so the image explains itself.
    """
    ensure_app()
    theme = settings.theme
    p = palette.paints(theme)
    scene = FloorScene(store, floor_plan, settings=settings, clock=clock)
    try:
        scene.set_stale(stale)
        src = scene.sceneRect()
        strip = strip_height(width)
        if height is None:
            height = strip + round(width * src.height() / src.width())
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(p.background.color())
        area = QRectF(0, strip, width, height - strip)
        scale = min(area.width() / src.width(), area.height() / src.height())
        target = QRectF(0, 0, src.width() * scale, src.height() * scale)
        target.moveCenter(area.center())
        scene.set_scale_hint(scale)
        painter = QPainter(image)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing
                               | QPainter.RenderHint.TextAntialiasing
                               | QPainter.RenderHint.SmoothPixmapTransform)
        scene.render(painter, target, src, Qt.AspectRatioMode.KeepAspectRatio)
        _title_strip(painter, QRectF(0, 0, width, strip), store, floor_plan, settings,
                     clock(), scene)
        painter.end()
        return image
    finally:
        scene.detach()


def _title_strip(painter: QPainter, rect: QRectF, store: BranchStore, plan: FloorPlan,
                 settings: DisplaySettings, now: datetime, scene: FloorScene) -> None:
    theme = settings.theme
    p = palette.paints(theme)
    painter.fillRect(rect, QColor(theme.title_bg))
    painter.fillRect(QRectF(rect.left(), rect.bottom() - 1, rect.width(), 1), QColor(theme.grid))
    h = rect.height()
    pad = h * 0.45
    title_px, small_px = h * 0.36, h * 0.27
    branch = store.branch.name if store.branch else store.branch_id
    tz = store.branch.timezone if store.branch else "UTC"
    try:
        local = now.astimezone(ZoneInfo(tz))
    except (ZoneInfoNotFoundError, ValueError):
        local = now
    title_font = palette.font("title", title_px)
    label_font = palette.font("label", small_px)
    cy = rect.center().y()
    x = rect.left() + pad
    painter.setFont(title_font)
    painter.setPen(p.text)
    fm = QFontMetricsF(title_font)
    painter.drawText(QPointF(x, cy + fm.capHeight() / 2), branch)
    x += fm.horizontalAdvance(branch) + title_px * 0.5
    painter.setFont(palette.font("label", title_px))
    painter.setPen(p.text_muted)
    fm2 = QFontMetricsF(palette.font("label", title_px))
    painter.drawText(QPointF(x, cy + fm2.capHeight() / 2), plan.name)
    x += fm2.horizontalAdvance(plan.name) + pad
    when = local.strftime("%a %d %b  %H:%M")
    if scene.stale:
        when = "may be out of date · " + when
    fm3 = QFontMetricsF(label_font)
    tw = fm3.horizontalAdvance(when)
    painter.setFont(label_font)
    painter.setPen(QColor(theme.red if scene.stale else theme.text_muted))
    painter.drawText(QPointF(rect.right() - pad - tw, cy + fm3.capHeight() / 2), when)
    counts = count_statuses(scene_table.table for scene_table in scene.table_items())
    room = QRectF(x, rect.top(), rect.right() - pad - tw - pad - x, h)
    px = small_px
    while px > 8 and legend_width(counts, px) > room.width():
        px -= 1
    if px > 8:
        paint_legend(painter, room, theme, counts, px=px, align=Qt.AlignmentFlag.AlignRight)
