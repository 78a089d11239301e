"""The knobs on the selected table in edit mode: turn it (above it) and resize it (its corner).

Each :class:`EditHandle` is a child item of its table that keeps its size on screen
(``ItemIgnoresTransformations``) and works on its parent, any :class:`HandleOwner`:
while dragged it shows the new geometry (:meth:`HandleOwner.set_geometry`), and when let
go it reports the changed fields (:meth:`HandleOwner.report_edit`).
"""

from __future__ import annotations

import math
from typing import Any, Protocol, cast

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from floorview.core.model import Shape, Table
from floorview.ui.floor.geometry import MIN_SIZE, Geometry, edited_number, snap
from floorview.ui.floor.labels import stem_length
from floorview.ui.floor.palette import Paints

ROTATE = "rotate"
RESIZE = "resize"


class HandleOwner(Protocol):
    """What a handle reads of and tells its table item (its parent)."""

    @property
    def geometry(self) -> Geometry: ...
    @property
    def table(self) -> Table: ...
    @property
    def paints(self) -> Paints: ...
    @property
    def plan_rect(self) -> QRectF: ...
    @property
    def large_type(self) -> bool: ...
    def set_geometry(self, geom: Geometry) -> None: ...
    def report_edit(self, change: dict[str, Any]) -> None: ...
    def pos(self) -> QPointF: ...
    def mapToScene(self, point: QPointF, /) -> QPointF: ...  # noqa: N802 - Qt's name


def show_handles(item: QGraphicsItem, on: bool) -> None:
    """Give ``item`` its two handles (``on``), or take them away."""
    handles = [c for c in item.childItems() if isinstance(c, EditHandle)]
    if on and not handles:
        EditHandle(item, ROTATE)
        EditHandle(item, RESIZE)
        place_handles(item, cast(HandleOwner, item).geometry)
    elif not on:
        for h in handles:
            h.setParentItem(None)  # type: ignore[arg-type]  # Qt takes None; the stubs omit it
            scene = h.scene()
            if scene is not None:
                scene.removeItem(h)


def place_handles(item: QGraphicsItem, g: Geometry) -> None:
    """Put ``item``'s handles where a table drawn at ``g`` has them (its own coordinates)."""
    hw, hh = g.width / 2, g.height / 2
    for h in item.childItems():
        if isinstance(h, EditHandle):
            if h.kind == ROTATE:
                h.setPos(0, -hh - stem_length(g.width, g.height))
            else:
                h.setPos(hw, hh)


class EditHandle(QGraphicsItem):
    """A knob on the selected table in edit mode: "rotate" (above it) or "resize" (corner).

    It keeps its size on screen (ItemIgnoresTransformations) and works on its parent.
    """

    RADIUS = 9.0  # the knob as drawn on a laptop (px)
    KIOSK_RADIUS = 22.0  # in kiosk (large type): a finger's 44 px, drawn as big as it is
    #: the least reach of a press (px, a radius): a laptop's touch target is 32 px
    HIT_RADIUS = 16.0

    def __init__(self, parent: QGraphicsItem, kind: str) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setZValue(10)
        self.setCursor(Qt.CursorShape.SizeFDiagCursor if kind == RESIZE
                       else Qt.CursorShape.CrossCursor)
        self._start: Geometry | None = None
        self._anchor = QPointF()

    def _owner(self) -> HandleOwner:
        return cast(HandleOwner, self.parentItem())

    @property
    def radius(self) -> float:
        """The knob's radius as drawn (px): a finger's size in kiosk."""
        return self.KIOSK_RADIUS if self._owner().large_type else self.RADIUS

    def boundingRect(self) -> QRectF:
        r = max(self.radius + 3, self.HIT_RADIUS)
        return QRectF(-r, -r, 2 * r, 2 * r)

    def shape(self) -> QPainterPath:
        """Where a press takes the knob: at least a laptop's 32 px target, a finger's 44
        in kiosk."""
        path = QPainterPath()
        r = max(self.radius, self.HIT_RADIUS)
        path.addEllipse(QPointF(0, 0), r, r)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        p = self._owner().paints
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(p.selection)
        painter.setBrush(p.floor)
        r = self.radius
        if r > self.RADIUS:  # a finger's knob: a line as heavy as its size
            pen = QPen(p.selection)
            pen.setWidthF(max(pen.widthF(), 3.0))
            painter.setPen(pen)
        if self.kind == ROTATE:
            painter.drawEllipse(QPointF(0, 0), r, r)
            painter.drawArc(QRectF(-r / 2, -r / 2, r, r), 90 * 16, -270 * 16)
        else:
            painter.drawRoundedRect(QRectF(-r, -r, 2 * r, 2 * r), r / 3, r / 3)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        item = self._owner()
        self._start = item.geometry
        # The corner that stays put while resizing: the table's own top-left.
        self._anchor = item.mapToScene(QPointF(-item.geometry.width / 2, -item.geometry.height / 2))
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        item = self._owner()
        g = item.geometry
        if self.kind == ROTATE:
            v = event.scenePos() - item.pos()
            angle = math.degrees(math.atan2(v.x(), -v.y()))
            step = 1.0 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 15.0
            angle = (round(angle / step) * step) % 360.0
            new = Geometry(g.x, g.y, g.width, g.height, angle)
        else:
            a = math.radians(g.rotation)
            m = event.scenePos() - self._anchor
            ux = m.x() * math.cos(a) + m.y() * math.sin(a)
            uy = -m.x() * math.sin(a) + m.y() * math.cos(a)
            w, h = max(MIN_SIZE, snap(ux)), max(MIN_SIZE, snap(uy))
            if item.table.shape is Shape.SQUARE:
                w = h = max(w, h)
            cx = self._anchor.x() + (w / 2) * math.cos(a) - (h / 2) * math.sin(a)
            cy = self._anchor.y() + (w / 2) * math.sin(a) + (h / 2) * math.cos(a)
            new = Geometry(cx - w / 2, cy - h / 2, w, h, g.rotation)
        plan = item.plan_rect
        if plan.isEmpty() or plan.contains(new.scene_box()):
            item.set_geometry(new)
        event.accept()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        item = self._owner()
        start, self._start = self._start, None
        g = item.geometry
        if start is None or g == start:
            return
        if self.kind == ROTATE:
            item.report_edit({"rotation": edited_number(g.rotation)})
        else:
            change: dict[str, Any] = {"width": edited_number(g.width), "height": edited_number(g.height)}
            if (round(g.x, 2), round(g.y, 2)) != (round(start.x, 2), round(start.y, 2)):
                change.update(x=edited_number(g.x), y=edited_number(g.y))
            item.report_edit(change)
        event.accept()
