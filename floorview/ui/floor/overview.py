"""The overview item: every table of a floor drawn by one item, for far-out zoom.

At overview zoom a table is a few pixels wide; thousands of Python ``paint()`` calls
cost far more than a few filled paths, so the scene hides its table items' contents
and this one item draws the floor: one path per status on a full repaint, only the
tables in the exposed area on a small one. It reads what it draws through the small
:class:`OverviewSource` surface its scene offers.
"""

from __future__ import annotations

import weakref
from typing import Protocol

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QTransform
from PySide6.QtWidgets import QGraphicsItem

from floorview.core.model import Shape, Status
from floorview.ui.floor.palette import Paints
from floorview.ui.floor.table_item import Geometry, TableItem, shape_path


class OverviewSource(Protocol):
    """What the overview reads from its scene."""

    @property
    def paints(self) -> Paints: ...

    @property
    def stale(self) -> bool: ...

    @property
    def selected_table_id(self) -> str: ...

    def sceneRect(self) -> QRectF: ...  # noqa: N802 - Qt's name

    def table_items(self) -> list[TableItem]: ...

    def table_item(self, table_id: str) -> TableItem | None: ...

    def pulsing(self) -> set[str]: ...

    def pulse_of(self, table_id: str) -> tuple[str, float] | None: ...

    def table_ids_in(self, rect: QRectF) -> list[str]: ...


class OverviewItem(QGraphicsItem):
    """Every table of the scene in one item (overview zoom).

    A full repaint fills one path per status; a repaint of a small area (a table
    changed) draws only the tables in it, so a status change at overview zoom costs
    one table, not the floor.
    """

    def __init__(self, scene: OverviewSource) -> None:
        super().__init__()
        self._scene_ref = weakref.ref(scene)
        self._entries: dict[str, tuple[QRectF, Status, bool, QPainterPath]] | None = None
        self._batches: list[tuple[Status, bool, QPainterPath]] | None = None
        # Each table's outline in the scene, kept while its geometry and shape hold.
        self._outlines: dict[str, tuple[Geometry, Shape, QPainterPath, QRectF]] = {}
        #: While a zoom gesture lasts: fill without antialiasing (the floor's five
        #: batched paths, antialiased, cost ~17 ms each at 2,000 tables; without, the
        #: whole floor ~3 ms). Exact again when the gesture settles.
        self.fast = False
        self.setZValue(-1)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        # One pixmap of the whole floor: a repaint at overview zoom is a blit, and a
        # table's change redraws only its own part of it (bench/bench_floor.py).
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def dirty(self) -> None:
        """Everything may have changed: rebuild when next drawn."""
        self._entries = None
        self._batches = None
        if self.isVisible():
            self.update()

    def table_changed(self, item: TableItem | None, table_id: str) -> None:
        """One table changed, came or went (``item`` None): redraw only where it is."""
        if self._entries is None:
            return  # rebuilt in full when next drawn
        old = self._entries.pop(table_id, None)
        self._batches = None
        if item is not None:
            new = self._entry(item)
            self._entries[table_id] = new
            if old is None or new[:3] != old[:3] or new[0] != old[0]:
                # The selection ring and the pulses stroke cosmetic pens of 3-12 device px
                # around the outline: at overview zoom a table is a few px, so its box
                # alone would leave the old ring in the cached pixmap.
                box = new[0] if old is None else new[0].united(old[0])
                m = max(box.width(), box.height())
                self.update(box.adjusted(-m, -m, m, m))
        elif old is not None:
            self._outlines.pop(table_id, None)
            m = max(old[0].width(), old[0].height())
            self.update(old[0].adjusted(-m, -m, m, m))

    def outline(self, item: TableItem) -> tuple[QRectF, QPainterPath]:
        """The table's outline in the scene and its box (kept while its geometry holds)."""
        box, _status, _dim, path = self._entry(item)
        return box, path

    def _entry(self, item: TableItem) -> tuple[QRectF, Status, bool, QPainterPath]:
        g, shape = item.geometry, item.table.shape
        known = self._outlines.get(item.table_id)
        if known is None or known[0] != g or known[1] is not shape:
            t = QTransform().translate(g.center.x(), g.center.y()).rotate(g.rotation)
            path = t.map(shape_path(shape, g.width, g.height))
            known = self._outlines[item.table_id] = (g, shape, path, path.boundingRect().adjusted(-1, -1, 1, 1))
        return known[3], item.table.status, item.opacity() < 1.0, known[2]

    def boundingRect(self) -> QRectF:
        scene = self._scene_ref()
        return scene.sceneRect() if scene is not None else QRectF()

    def scene_rect_changing(self) -> None:
        self.prepareGeometryChange()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        scene = self._scene_ref()
        if scene is None:
            return
        if self._entries is None:
            self._entries = {i.table_id: self._entry(i) for i in scene.table_items()}
            if len(self._outlines) > len(self._entries):  # tables gone meanwhile
                self._outlines = {k: v for k, v in self._outlines.items() if k in self._entries}
        entries = self._entries
        p = scene.paints
        stale = scene.stale
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(p.no_pen)

        def brush(status: Status, dim: bool) -> QBrush:
            sp = p.status.get(status) or p.status[Status.UNKNOWN]
            if dim:
                return sp.fill_stale_dim if stale else sp.fill_dim
            return sp.fill_stale if stale else sp.fill

        # Qt hands a partial repaint (changed tables here and there) the bounding rect of
        # all its dirty rects, but clips to the rects themselves: draw only the tables
        # under those, found through the scene's index, not the whole floor. Measured at
        # 2,000 tables and 100 changes/s, the bounding rect of a frame's changes was
        # most of the floor: every frame refilled every batched path (~35 ms).
        # PySide6's stubs lack QRegion.__iter__ (its rects), which it has
        rects = list(painter.clipRegion()) if painter.hasClipping() else []  # type: ignore[call-overload]
        whole = self.boundingRect()
        area = sum(r.width() * r.height() for r in rects)
        if rects and area < 0.25 * whole.width() * whole.height():
            ids: set[str] = set()
            for r in rects:
                ids.update(scene.table_ids_in(QRectF(r)))
            for tid in ids:
                entry = entries.get(tid)
                if entry is not None:
                    painter.setBrush(brush(entry[1], entry[2]))
                    painter.drawPath(entry[3])
        else:
            self._paint_batches(painter, brush, entries)

    def _paint_batches(self, painter: QPainter, brush,
                       entries: dict[str, tuple[QRectF, Status, bool, QPainterPath]]) -> None:
        if self._batches is None:
            paths: dict[tuple[Status, bool], QPainterPath] = {}
            for _box, status, dim, path in entries.values():
                batch = paths.get((status, dim))
                if batch is None:
                    batch = paths[(status, dim)] = QPainterPath()
                    batch.setFillRule(Qt.FillRule.WindingFill)
                batch.addPath(path)
            self._batches = [(s, d, b) for (s, d), b in paths.items()]
        painter.setPen(Qt.PenStyle.NoPen)
        if self.fast:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for status, dim, path in self._batches:
            painter.setBrush(brush(status, dim))
            painter.drawPath(path)


class RingsItem(QGraphicsItem):
    """The live-change rings over the floor's cached picture: the overview's (far out,
    with the selection ring) or the tables layer's (at rest, closer in).

    Not cached and drawn apart from the picture, so an animated ring redraws only the
    few pixels around it, over the picture as it is: drawn into the overview's picture,
    every tick of rings spread over the floor re-rendered the whole floor; drawn into the
    layer's, each tick looked up and redrew every table under each ring (at close zoom
    on 2,000 tables, 10 changes a second kept the app at 62 % CPU).
    """

    def __init__(self, scene: OverviewSource, overview: OverviewItem) -> None:
        super().__init__()
        self._scene_ref = weakref.ref(scene)
        self._overview = overview
        self.setZValue(-0.2)  # over the overview (-1) and the tables layer (-0.25)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)

    def boundingRect(self) -> QRectF:
        scene = self._scene_ref()
        return scene.sceneRect() if scene is not None else QRectF()

    def scene_rect_changing(self) -> None:
        self.prepareGeometryChange()

    def update_around(self, item: TableItem) -> None:
        """Redraw the table's place and a ring's width around it (pulse, selection)."""
        if not self.isVisible():
            return
        self.update(self.ring_box(item))

    def paint(self, painter: QPainter, option, widget=None) -> None:
        scene = self._scene_ref()
        if scene is None:
            return
        exposed = option.exposedRect
        if not self._overview.isVisible():
            self._paint_over_layer(scene, painter, exposed)
            return
        p = scene.paints
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        selected = scene.table_item(scene.selected_table_id) if scene.selected_table_id else None
        if selected is not None:
            box, path = self._overview.outline(selected)
            if box.intersects(exposed):
                painter.setPen(p.selection)
                painter.drawPath(path)
        for tid in scene.pulsing():
            item, pulse = scene.table_item(tid), scene.pulse_of(tid)
            if item is None or pulse is None:
                continue
            box, path = self._overview.outline(item)
            m = max(box.width(), box.height())
            if not box.adjusted(-m, -m, m, m).intersects(exposed):
                continue
            kind, progress = pulse
            phase = (progress * 3) % 1.0 if kind == "flash" else progress
            status = p.status.get(item.table.status) or p.status[Status.UNKNOWN]
            color = QColor(p.flash) if kind == "flash" else QColor(status.ripple)
            color.setAlphaF(max(0.0, 1.0 - phase))
            pen = QPen(color, 2 + 10 * phase)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.drawPath(path)

    @staticmethod
    def _paint_over_layer(scene: OverviewSource, painter: QPainter, exposed: QRectF) -> None:
        """Each running ring as its table draws it, over the layer's picture; only the
        rings in the parts being redrawn (the exposed rect of a redraw here and there is
        their bounding rect: every ring in it was stroked, clipped away, at each)."""
        base = painter.worldTransform()
        # PySide6's stubs lack QRegion.__iter__ (its rects), which it has
        parts = [QRectF(r) for r in painter.clipRegion()] if painter.hasClipping() else []  # type: ignore[attr-defined]
        parts = [p.intersected(exposed) for p in parts] or [exposed]
        for tid in scene.pulsing():
            item = scene.table_item(tid)
            if item is None or not item.isVisible():
                continue
            box = RingsItem.ring_box(item)
            if not any(box.intersects(p) for p in parts):
                continue
            painter.setWorldTransform(item.sceneTransform() * base)
            item.draw_pulse(painter)
        painter.setWorldTransform(base)

    @staticmethod
    def ring_box(item: TableItem) -> QRectF:
        """Where the table's ring may reach (scene): a table's size around it."""
        box = item.geometry.scene_box()
        m = max(box.width(), box.height())
        return box.adjusted(-m, -m, m, m)

