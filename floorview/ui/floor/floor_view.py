"""The widget that shows a :class:`~floorview.ui.floor.floor_scene.FloorScene`.

Fit to the window by default (and again on every resize, until the user zooms); zoom by
wheel about the cursor, by pinch, or by keys (+, −, 0 to fit again); pan by dragging
(outside edit mode), with the arrow keys, or a page at a time by the buttons on an edge
with more floor past it (:mod:`~floorview.ui.floor.page_buttons`). A click on a table
activates it (Enter activates the selected one, Escape clears the selection); a long
press opens its context menu, as a right-click does.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import (
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGestureEvent,
    QGraphicsView,
    QPinchGesture,
    QWidget,
)

from floorview.ui.floor import floor_accessible, paint_log
from floorview.ui.floor.floor_scene import FloorScene
from floorview.ui.floor.page_buttons import PageButtons

LONG_PRESS_MS = 600
#: How far in (device pixels per plan unit) the user may zoom, at most.
MAX_SCALE = 10.0
#: A zoom gesture is over when no zoom step came for this long: items paint exactly again.
ZOOM_SETTLE_MS = 180


class FloorView(QGraphicsView):
    """Shows one floor scene (:meth:`set_floor_scene`); fits it to the window."""

    def __init__(self, scene: FloorScene | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._user_zoomed = False
        self._fitting = False  # fit_to_window is setting the page buttons' gutters
        self._press: QPoint | None = None
        self._moved = False
        self._long_fired = False
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        # bench/bench_floor.py, 2,000 tables at close zoom: Minimal, Smart and BoundingRect
        # pan in 5-8 ms a frame, Full in 20 ms; a few live events cost under 1 ms in all.
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlags(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        # A zoom gesture (wheel, pinch, keys) ends this long after its last step.
        self._zoom_settle = QTimer(self, singleShot=True, interval=ZOOM_SETTLE_MS)
        self._zoom_settle.timeout.connect(self.settle_zoom)
        self._long_press = QTimer(self, singleShot=True, interval=LONG_PRESS_MS)
        self._long_press.timeout.connect(self._on_long_press)
        # A change of what the labels hold (F8's notes): the fit again, once for a batch.
        self._refit = QTimer(self, singleShot=True, interval=0)
        self._refit.timeout.connect(self._follow_legible_scale)
        self._access = floor_accessible.attach(self)  # its tables, to a screen reader
        self.pages = PageButtons(self)  # ◀ ▶ ▲ ▼ where more floor lies past an edge
        if scene is not None:
            self.set_floor_scene(scene)

    # --- the scene ------------------------------------------------------------------------

    def floor_scene(self) -> FloorScene | None:
        s = self.scene()
        return s if isinstance(s, FloorScene) else None

    def set_floor_scene(self, scene: FloorScene | None) -> None:
        old = self.floor_scene()
        if old is not None:
            old.editModeChanged.disconnect(self._on_edit_mode_changed)
            old.legibilityChanged.disconnect(self._refit.start)
            old.end_zoom()
        self.setScene(scene)
        self._access.set_scene(scene)
        if scene is not None:
            scene.editModeChanged.connect(self._on_edit_mode_changed)
            scene.legibilityChanged.connect(self._refit.start)
            self._on_edit_mode_changed(scene.edit_mode)
        self._user_zoomed = False
        self.fit_to_window()

    def _on_edit_mode_changed(self, on: bool) -> None:
        self.setDragMode(QGraphicsView.DragMode.NoDrag if on
                         else QGraphicsView.DragMode.ScrollHandDrag)

    # --- zoom -----------------------------------------------------------------------------

    @property
    def scale_factor(self) -> float:
        """Device pixels per plan unit now."""
        return self.transform().m11()

    def whole_floor_scale(self) -> float:
        """The scale at which the whole floor fills the viewport's limiting side."""
        scene = self.scene()
        if scene is None:
            return 1.0
        r = scene.sceneRect()
        vp = self.viewport().rect()
        if r.isEmpty() or vp.isEmpty():
            return 1.0
        return min(vp.width() / r.width(), vp.height() / r.height())

    def fit_scale(self) -> float:
        """The fit's scale: the whole floor's, or, where the whole floor cannot be legible
        at it, the least scale at which it is (:meth:`FloorScene.legible_scale`)."""
        whole = self.whole_floor_scale()
        scene = self.floor_scene()
        return scene.legible_scale(whole) if scene is not None else whole

    def shows_part(self) -> bool:
        """Whether the view's fit shows only a part of the floor (the rest a pan away)."""
        return self.fit_scale() > self.whole_floor_scale() * 1.001

    def fit_to_window(self) -> None:
        """Show the whole floor plan, or where it cannot be legible whole, its top left
        part at the least legible scale; done again on every resize until the user zooms."""
        scene = self.scene()
        if scene is None:
            return
        self.settle_zoom()  # a jump, not a gesture
        self._user_zoomed = False
        self._tell_fit_scale()
        if self._gutters(self._needs_part()):  # the viewport changed: the whole scale too
            self._tell_fit_scale()
        s = self.fit_scale()
        if self.viewportMargins() != QMargins():
            if s <= self.whole_floor_scale() * 1.001 and self._gutters(False):
                # Narrower, the floor went far out (the overview draws it: no labels to
                # keep legible): no gutters after all, and its scale without them.
                self._tell_fit_scale()
                s = self.fit_scale()
        self.resetTransform()
        self.scale(s, s)
        rect = scene.sceneRect()
        if s > self.whole_floor_scale() * 1.001:
            # A part: the room's top left, where a floor plan is read from.
            vp = self.viewport().rect()
            half_w, half_h = vp.width() / s / 2, vp.height() / s / 2
            self.centerOn(QPointF(min(rect.left() + half_w, rect.center().x()),
                                  min(rect.top() + half_h, rect.center().y())))
        else:
            self.centerOn(rect.center())
        self._scale_changed()

    reset_view = fit_to_window

    def _needs_part(self) -> bool:
        """Whether the whole floor, in the whole view (no gutters), is not legible: the
        fit is to show a part. (Decided without the gutters, which would make it so.)"""
        scene = self.floor_scene()
        room = self.contentsRect()
        if scene is None or scene.sceneRect().isEmpty() or room.isEmpty():
            return False
        r = scene.sceneRect()
        whole = min(room.width() / r.width(), room.height() / r.height())
        return scene.legible_scale(whole) > whole * 1.001

    def _gutters(self, part: bool) -> bool:
        """Where the fit shows a part, a gutter beside the floor on each axis with more
        floor past it, for the page buttons (over the floor they covered its facts);
        none at the whole floor. True when the viewport changed."""
        scene = self.scene()
        room = self.contentsRect()
        gutter = self.pages.gutter()
        left = top = 0
        if scene is not None and part \
                and room.width() >= 10 * gutter and room.height() >= 6 * gutter:
            r = scene.sceneRect()
            scale = self.fit_scale()
            wide = r.width() * scale > room.width() - 2 * gutter
            tall = r.height() * scale > room.height() - 2 * (gutter if wide else 0)
            left, top = (gutter if wide else 0), (gutter if tall else 0)
        margins = QMargins(left, top, left, top)
        if self.viewportMargins() == margins:
            return False
        self._fitting = True  # (the viewport's resize comes back here: not again)
        try:
            self.setViewportMargins(margins)
        finally:
            self._fitting = False
        return True

    def _follow_legible_scale(self) -> None:
        """The fit's scale changed under a view at its fit (F8's notes are wider than
        times): fit again, keeping the part in view where it shows a part."""
        if self._user_zoomed or self.floor_scene() is None:
            return
        if abs(self.fit_scale() / self.scale_factor - 1) <= 0.001 \
                and self._needs_part() == (self.viewportMargins() != QMargins()):
            return
        centre = self.mapToScene(self.viewport().rect().center())
        self.fit_to_window()
        if self.shows_part():
            self.centerOn(centre)

    def _tell_fit_scale(self) -> None:
        """The scene lays its labels out for the scale that fits it (FloorScene.set_fit_scale);
        labels reaching past the room grow the scene, so ask again until it holds."""
        scene = self.floor_scene()
        if scene is None:
            return
        for _ in range(3):
            s = self.fit_scale()
            scene.set_fit_scale(s)
            if abs(self.fit_scale() - s) <= 0.01 * s:
                break

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom by ``factor`` keeping the scene point under ``anchor`` (viewport px) put."""
        cur = self.scale_factor
        fit = self.fit_scale()
        # (out to half the whole floor's scale, even where the fit shows a part)
        target = min(max(cur * factor, min(fit, self.whole_floor_scale()) * 0.5),
                     max(MAX_SCALE, fit * 2))
        if abs(target / cur - 1) < 1e-6:
            return
        if anchor is None:
            anchor = QPointF(self.viewport().rect().center())
        before = self.mapToScene(anchor.toPoint())
        self.scale(target / cur, target / cur)
        after = self.mapToScene(anchor.toPoint())
        delta = (after - before) * target
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        h.setValue(round(h.value() - delta.x()))
        v.setValue(round(v.value() - delta.y()))
        self._user_zoomed = True
        scene = self.floor_scene()
        if scene is not None:
            # Every step of a gesture would repaint every table in Python: they draw
            # cached pictures until the gesture settles (FloorScene.begin_zoom).
            scene.begin_zoom(self.scale_factor)
            self._zoom_settle.start()
        self._scale_changed()

    def settle_zoom(self) -> None:
        """End a zoom gesture now: the tables paint exactly at the new scale."""
        self._zoom_settle.stop()
        scene = self.floor_scene()
        if scene is not None and scene.zooming:
            scene.end_zoom()

    def _scale_changed(self) -> None:
        scene = self.floor_scene()
        if scene is not None:
            scene.set_scale_hint(self.scale_factor)
        self._refresh_pages()

    def _refresh_pages(self) -> None:
        scene = self.floor_scene()
        if scene is not None:
            self.pages.set_large(scene.settings.large_type)
        self.pages.refresh()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 - Qt's name
        super().scrollContentsBy(dx, dy)
        self._refresh_pages()

    def center_on_table(self, table_id: str) -> None:
        scene = self.floor_scene()
        item = scene.table_item(table_id) if scene else None
        if item is not None:
            self.centerOn(item)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fitting:
            return
        if not self._user_zoomed:
            self.fit_to_window()
        else:
            self._tell_fit_scale()
        self._refresh_pages()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._user_zoomed:
            self.fit_to_window()
        self._refresh_pages()

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta().y() or event.pixelDelta().y()
        if delta:
            self.zoom_by(1.0015 ** delta, event.position())
        event.accept()

    def viewportEvent(self, event: QEvent) -> bool:
        if isinstance(event, QGestureEvent):
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                center = self.viewport().mapFromGlobal(pinch.centerPoint().toPoint())
                self.zoom_by(pinch.scaleFactor(), QPointF(center))
                event.accept()
                return True
        if isinstance(event, QNativeGestureEvent):
            if event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
                self.zoom_by(1.0 + event.value(), event.position())
                return True
        handled = super().viewportEvent(event)
        if isinstance(event, QPaintEvent) and (log := paint_log.active()) is not None:
            log.painted(self, event.region())
        return handled

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        step_x, step_y = self.viewport().width() // 8, self.viewport().height() // 8
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1.25)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_by(0.8)
        elif key == Qt.Key.Key_0:
            self.fit_to_window()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (scene := self.floor_scene()) is not None:
            selected = [i for i in scene.table_items() if i.isSelected()]
            if len(selected) == 1:
                scene.activate(selected[0].table_id)
        elif key == Qt.Key.Key_Escape and self.scene() is not None:
            self.scene().clearSelection()
        elif key == Qt.Key.Key_Left:
            h.setValue(h.value() - step_x)
        elif key == Qt.Key.Key_Right:
            h.setValue(h.value() + step_x)
        elif key == Qt.Key.Key_Up:
            v.setValue(v.value() - step_y)
        elif key == Qt.Key.Key_Down:
            v.setValue(v.value() + step_y)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # --- click, long press ----------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        self._moved = False
        self._long_fired = False
        scene = self.floor_scene()
        if event.button() == Qt.MouseButton.LeftButton and scene is not None:
            self._long_press.start()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and not self._moved:
            d = event.position().toPoint() - self._press
            if d.manhattanLength() >= QApplication.startDragDistance():
                self._moved = True
                self._long_press.stop()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._long_press.stop()
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        scene = self.floor_scene()
        if (scene is not None and press is not None and not self._moved and not self._long_fired
                and event.button() == Qt.MouseButton.LeftButton and not scene.edit_mode):
            scene.activate_at(self.mapToScene(press))
            event.accept()

    def _on_long_press(self) -> None:
        scene = self.floor_scene()
        if scene is None or self._press is None or self._moved:
            return
        if scene.request_context_menu(self.mapToScene(self._press),
                                      self.viewport().mapToGlobal(self._press)) is not None:
            self._long_fired = True

