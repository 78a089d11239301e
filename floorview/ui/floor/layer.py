"""The tables' layer: every table item's own painting, cached as one device picture.

At rest (outside edit mode, no zoom gesture under way), the scene hides its table
items' contents and this one item draws them: each table exactly as its own
:meth:`~floorview.ui.floor.table_item.TableItem.draw` paints it, in stacking order, at
its own transform and opacity, into Qt's device-coordinate cache of this item. A
repaint of the floor is then one blit of the view's picture, not a Python ``paint()``
a table (measured on 2,000 tables at close zoom ×2, 880 in view, about 80 µs each: a
full repaint 137 ms with every item painting, 4.5 ms from the picture; pan steps
about as before: the strips are drawn, and Qt copies the picture over). A change
redraws only its table's rectangle of the picture: Qt clears the rectangle and this
item paints every table that meets it, so the picture holds what the items' own
painting would.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from floorview.ui.floor.table_item import TableItem


class TablesLayer(QGraphicsItem):
    """The table items' pictures in one cached item (see the module's text)."""

    def __init__(self, scene: QGraphicsScene) -> None:
        super().__init__()
        self._scene_ref = weakref.ref(scene)
        self.setZValue(-0.25)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def boundingRect(self) -> QRectF:
        scene = self._scene_ref()
        return scene.sceneRect() if scene is not None else QRectF()

    def scene_rect_changing(self) -> None:
        self.prepareGeometryChange()

    def dirty(self) -> None:
        """Every table may look different: redraw the whole picture when next shown."""
        if self.isVisible():
            self.update()

    def table_changed(self, *rects: QRectF) -> None:
        """A table changed: redraw the picture where it was and where it is (scene), if
        a view shows it there.

        Only where a view shows: the picture holds no more than a view's size, but Qt
        (6.11) renders every exposed rect's bounding rect into it, also the part past the
        view. The minute's labels changing all over a 2,000-table floor made it draw 502
        tables into a 5,784 × 2,955 px scratch picture for a view showing 107 (268 ms),
        once per slice of the minute's tick. What scrolls into sight is drawn as it comes.
        """
        scene = self._scene_ref()
        if not self.isVisible() or scene is None:
            return
        shown = shown_rects(scene)  # None: rendered to an image (render_floor), all of it
        for r in rects:
            if not r.isEmpty():
                # A pen's half width and the antialiasing past the bounds.
                m = max(2.0, 0.02 * max(r.width(), r.height()))
                r = r.adjusted(-m, -m, m, m)
                if shown is None or any(r.intersects(s) for s in shown):
                    self.update(r)

    def update_around(self, item: TableItem) -> None:
        """Redraw the table's part of the picture (its ring, its selection)."""
        self.table_changed(item.sceneBoundingRect())

    def paint(self, painter: QPainter, option, widget=None) -> None:
        scene = self._scene_ref()
        if scene is None:
            return
        # Qt hands a partial redraw (a pan's two strips, changes here and there) the
        # bounding rect of its parts, which for an L-shaped pan strip is the whole
        # picture, but clips to the parts themselves: draw only the tables under those.
        # Measured at 2,000 tables, close zoom ×2: drawing every table meeting the
        # bounding rect made each pan step 190 ms.
        exposed = option.exposedRect
        # PySide6's stubs lack QRegion.__iter__ (its rects), which it has
        parts = [QRectF(r) for r in painter.clipRegion()] if painter.hasClipping() else []  # type: ignore[attr-defined]
        if not parts:
            parts = [exposed]
        found: dict[int, TableItem] = {}
        for part in parts:
            part = part.intersected(exposed)
            if part.isEmpty():
                continue
            for item in scene.items(part.adjusted(-1, -1, 1, 1),
                                    Qt.ItemSelectionMode.IntersectsItemBoundingRect):
                if isinstance(item, TableItem) and item.isVisible():
                    found[id(item)] = item
        base = painter.worldTransform()
        opacity = painter.opacity()
        # Bottom first, as the scene would stack the items themselves.
        for item in sorted(found.values(), key=lambda i: (i.zValue(), i.stack_order)):
            painter.setWorldTransform(item.sceneTransform() * base)
            painter.setOpacity(opacity * item.opacity())
            item.draw(painter, pulse=False)  # the rings item draws the rings over it
        painter.setWorldTransform(base)
        painter.setOpacity(opacity)


def shown_rects(scene: QGraphicsScene) -> list[QRectF] | None:
    """What each of the scene's views shows (scene coordinates); None without a view."""
    views = scene.views()
    if not views:
        return None
    return [v.mapToScene(v.viewport().rect()).boundingRect() for v in views]
