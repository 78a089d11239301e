"""The drawing mode applied: the table items, the tables layer, the overview and the rings
made to draw as a :class:`~floorview.ui.floor.drawing_mode.DrawingMode` says.

The scene holds one :class:`DrawingSwitch` and tells it what changed (edit mode, the
scale at rest, a zoom gesture's step, the picture cache wanted); the switch works out the
new mode and changes only what that changes: the items' flags and cache modes, which of
the layer, the overview and the rings item show, and what of them is redrawn.
"""

from __future__ import annotations

import weakref
from typing import Any, Protocol

from PySide6.QtWidgets import QGraphicsItem

from floorview.ui.floor.drawing_mode import DrawingMode, Gesture, far_out, gesture_at
from floorview.ui.floor.layer import TablesLayer
from floorview.ui.floor.overview import OverviewItem, RingsItem
from floorview.ui.floor.table_item import TableItem


class SwitchedScene(Protocol):
    """What the switch reads from its scene."""

    def table_items(self) -> list[TableItem]: ...


class DrawingSwitch:
    """Who draws one scene's tables, applied (see the module's text). Create it with the
    scene and its overview, rings and tables layer items, then :meth:`set` the first
    mode with ``force`` once the tables are in."""

    def __init__(self, scene: SwitchedScene, overview: OverviewItem, rings: RingsItem,
                 layer: TablesLayer) -> None:
        # Weak: the scene owns this, and must be freed by reference counting.
        self._scene = weakref.ref(scene)
        self._overview = overview
        self._rings = rings
        self._layer = layer
        self._mode = DrawingMode()

    @property
    def mode(self) -> DrawingMode:
        """The mode applied now."""
        return self._mode

    def change(self, **inputs: Any) -> None:
        """Apply the mode with some of its inputs changed (:meth:`DrawingMode.with_`)."""
        self.set(self._mode.with_(**inputs))

    def scale_hint(self, device_px_per_unit: float, typical_table_size: float) -> None:
        """A view shows the scene at this scale at rest: the overview far out, else the
        detailed items.

        At rest the table items cache nothing themselves (the tables layer draws them
        into one picture). Measured at 2,000 tables, a device cache on every item
        (DeviceCoordinateCache) cut a full repaint 45 → 18 ms, but every zoom step
        re-rendered every pixmap (53 → 60 ms), and a turned table's is re-rendered at
        every paint.
        """
        self.change(far_out=far_out(device_px_per_unit, typical_table_size))

    def begin_zoom(self, device_px_per_unit: float) -> None:
        """A zoom step of a gesture at this scale: items may draw cached pictures.

        Between ZOOM_CACHE_SCALES each item paints once into a pixmap in its own
        coordinates (ItemCoordinateCache, one pixel a plan unit) and every further zoom
        step only draws the pixmaps, scaled: no Python ``paint()`` per table per step.
        Outside that range the pictures would be far too big (thousands of them
        scaled down cost more than painting) or too coarse, and items paint as at
        rest. Below that range the one overview item draws the floor while the gesture
        lasts (a filled shape a table, in the status colour: ~2 ms for 2,000 tables,
        against ~50-65 ms for every item painting itself). :meth:`end_zoom` makes them
        paint exactly again.
        (A smaller or bigger picture with a fixed logical cache size is drawn at the
        wrong size by Qt 6.11: measured, so not used.)
        """
        self.change(gesture=gesture_at(device_px_per_unit))

    def end_zoom(self) -> None:
        """The gesture is over: items paint themselves exactly again."""
        self.change(gesture=Gesture.EXACT)

    def add(self, item: TableItem) -> None:
        """A new table item drawn as the mode says (painting itself or not, cached or not)."""
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents,
                     not self._mode.items_paint)
        self._apply_cache(item)

    def set(self, mode: DrawingMode, *, force: bool = False) -> None:
        """Make the items, the layer, the overview and the rings draw as ``mode`` says
        (``force``: all of it, not only what changed)."""
        old, self._mode = self._mode, mode
        if mode.overview_straight != old.overview_straight or force:
            self._overview.fast = mode.overview_straight
            # A pixmap of the floor at every step's scale would be re-rendered each step
            # (and huge close in): the overview paints directly while the gesture lasts.
            self._overview.setCacheMode(QGraphicsItem.CacheMode.NoCache if mode.overview_straight
                                        else QGraphicsItem.CacheMode.DeviceCoordinateCache)
        if mode.item_pictures != old.item_pictures or force:
            for item in self._items():
                self._apply_cache(item)
        overview = mode.overview != old.overview or force
        if overview:
            self._overview.setVisible(mode.overview)
        if force or overview or (mode.layer, mode.item_pictures, mode.edit_mode, mode.picture_cache) != (
                old.layer, old.item_pictures, old.edit_mode, old.picture_cache):
            hidden = not mode.items_paint
            for item in self._items():
                item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, hidden)
            self._layer.setVisible(mode.layer)
            self._rings.setVisible(mode.rings_apart)
            self._layer.dirty()
        if overview:
            self._overview.dirty()

    def _items(self) -> list[TableItem]:
        scene = self._scene()
        return scene.table_items() if scene is not None else []

    def _apply_cache(self, item: TableItem) -> None:
        item.setCacheMode(QGraphicsItem.CacheMode.ItemCoordinateCache if self._mode.item_pictures
                          else QGraphicsItem.CacheMode.NoCache)
