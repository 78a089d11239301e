"""The floor drawn offscreen to an image: the same scene a window shows, with a title strip.

``render_floor`` needs a QApplication (the scene is a QtWidgets class) but no window;
it creates the application if there is none, so a command-line snapshot can call it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter
from PySide6.QtWidgets import QApplication

from floorview.core.model import FloorPlan
from floorview.core.store import BranchStore
from floorview.ui.floor import palette
from floorview.ui.floor.floor_scene import DisplaySettings, FloorScene
from floorview.ui.floor.legend import count_statuses, legend_width, paint_legend
from floorview.ui.formats import clock, short_day
from floorview.ui.words_hook import install_translators


def ensure_app() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication([])
    install_translators()  # the language a command chose, now that there is an application
    # a QApplication whenever one exists: floorview never makes a bare QCoreApplication
    return app  # type: ignore[return-value]


def strip_height(width: int) -> int:
    return max(44, round(width * 0.045))


def render_floor(store: BranchStore, floor_plan: FloorPlan, *, settings: DisplaySettings,
                 width: int = 1920, height: int | None = None,
                 clock: Callable[[], datetime], stale: bool = False,
                 overlay: Callable[[QPainter, FloorScene], None] | None = None) -> QImage:
    """The floor plan as an image ``width`` wide (``height``: the plan's aspect if None).

    A title strip on top names the branch and the plan, gives the time (in the branch's
    timezone) and a legend with each status's count, so the image explains itself.
    ``overlay`` (e.g. a report's heat map) paints over the drawn scene, in scene units.
    """
    ensure_app()
    theme = settings.theme
    p = palette.paints(theme)
    scene = FloorScene(store, floor_plan, settings=settings, clock=clock)
    try:
        scene.set_stale(stale)
        strip = strip_height(width)
        src = scene.sceneRect()
        for _ in range(3):  # the labels are laid out for the scale the image shows them at
            fit = width / src.width()
            if height is not None:
                fit = min(fit, (height - strip) / src.height())
            scene.set_fit_scale(fit)
            if scene.sceneRect() == src:
                break
            src = scene.sceneRect()
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
        if overlay is not None:
            painter.save()
            painter.translate(target.topLeft())
            painter.scale(scale, scale)
            painter.translate(-src.topLeft())
            overlay(painter, scene)
            painter.restore()
        _title_strip(painter, QRectF(0, 0, width, strip), store, floor_plan, settings,
                     clock(), scene)
        painter.end()
        return image
    finally:
        scene.detach()


def strip_texts(store: BranchStore, now: datetime, *, stale: bool) -> tuple[str, str]:
    """The strip's branch name and its time ("Mon 7 Dec  21:05", on the branch's clock,
    local time when its zone is unknown), as the language in use writes them."""
    branch = store.branch.name if store.branch else store.branch_id
    zone = store.branch.zone if store.branch else None
    when = QCoreApplication.translate("Snapshot", "{0}  {1}", "the strip's day and time").format(
        short_day(now, zone), clock(now, zone))
    if stale:
        when = QCoreApplication.translate("Snapshot", "may be out of date · {0}").format(when)
    return branch, when


def _title_strip(painter: QPainter, rect: QRectF, store: BranchStore, plan: FloorPlan,
                 settings: DisplaySettings, now: datetime, scene: FloorScene) -> None:
    theme = settings.theme
    p = palette.paints(theme)
    painter.fillRect(rect, QColor(theme.title_bg))
    painter.fillRect(QRectF(rect.left(), rect.bottom() - 1, rect.width(), 1), QColor(theme.grid))
    h = rect.height()
    pad = h * 0.45
    title_px, small_px = h * 0.36, h * 0.27
    branch, when = strip_texts(store, now, stale=scene.stale)
    title_font = palette.font("title", title_px)
    plan_font = palette.font("label", title_px)
    label_font = palette.font("label", small_px)
    fm_title, fm_plan, fm_when = (QFontMetricsF(f) for f in (title_font, plan_font, label_font))
    tw = fm_when.horizontalAdvance(when)
    # Branch and plan names get what the time leaves, elided if they must be.
    title_room = max(0.0, rect.width() - 3 * pad - tw)
    branch = fm_title.elidedText(branch, Qt.TextElideMode.ElideRight, title_room)
    bw = fm_title.horizontalAdvance(branch)
    name = fm_plan.elidedText(plan.name, Qt.TextElideMode.ElideRight, max(0.0, title_room - bw - title_px * 0.5))
    cy = rect.center().y()
    x = rect.left() + pad
    painter.setFont(title_font)
    painter.setPen(p.text)
    painter.drawText(QPointF(x, cy + fm_title.capHeight() / 2), branch)
    x += bw + title_px * 0.5
    painter.setFont(plan_font)
    painter.setPen(p.text_muted)
    painter.drawText(QPointF(x, cy + fm_plan.capHeight() / 2), name)
    x += fm_plan.horizontalAdvance(name) + pad
    painter.setFont(label_font)
    painter.setPen(QColor(theme.red if scene.stale else theme.text_muted))
    painter.drawText(QPointF(rect.right() - pad - tw, cy + fm_when.capHeight() / 2), when)
    counts = count_statuses(scene_table.table for scene_table in scene.table_items())
    room = QRectF(x, rect.top(), rect.right() - pad - tw - pad - x, h)
    # The full legend if it fits at a readable size, else swatches and counts only.
    for compact in (False, True):
        px = small_px
        while px > max(9.0, small_px * 0.75) and legend_width(counts, px, compact=compact) > room.width():
            px -= 1
        if legend_width(counts, px, compact=compact) <= room.width():
            paint_legend(painter, room, theme, counts, px=px, compact=compact,
                         align=Qt.AlignmentFlag.AlignRight)
            break
