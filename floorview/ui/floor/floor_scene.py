"""The floor of one floor plan: a room, its section zones and one item per table, live.

The scene subscribes to the :class:`~floorview.core.store.BranchStore` it is given and keeps
its items equal to the store's tables of its floor plan. Each change touches only its
own item, in place; changes are gathered and applied at most once a frame (a 16 ms
single-shot timer), so a burst of a thousand events costs one pass, not a thousand.
Static things — the room, its grid, the section zones — are drawn in
:meth:`FloorScene.drawBackground`, which a view caches (``CacheBackground``).

At rest (outside edit mode and zoom gestures) the table items paint nothing either:
one :class:`~floorview.ui.floor.layer.TablesLayer` draws each table's own painting into
one cached picture, so a repaint is a blit and a change redraws only its table's part.
At overview zoom, where a table is a few pixels wide, one
:class:`~floorview.ui.floor.overview.OverviewItem` draws every table in one pass per status
and the table items paint nothing (they still take clicks). The room — the scene rect,
the section zones and their tags — is :mod:`floorview.ui.floor.room`'s.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPixmapCache
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
)

from floorview.core.model import FloorPlan, Status, Table
from floorview.core.store import Aspect, BranchStore, Update
from floorview.ui.floor import paint_log, palette
from floorview.ui.floor.drawing_mode import far_out
from floorview.ui.floor.drawing_switch import DrawingSwitch
from floorview.ui.floor.frame_batch import FrameBatch
from floorview.ui.floor.free_spot import free_spot
from floorview.ui.floor.geometry import GRID, Geometry
from floorview.ui.floor.layer import TablesLayer
from floorview.ui.floor.legible_fit import MOST_TABLES, Seat, least_legible_step, scale_for, step_of
from floorview.ui.floor.minute_tick import MinuteTick
from floorview.ui.floor.overview import OverviewItem, RingsItem
from floorview.ui.floor.palette import LIGHT, Paints, Theme
from floorview.ui.floor.pulses import Pulses, is_news
from floorview.ui.floor.room import Room, plan_rect, typical_size
from floorview.ui.floor.table_item import ItemState, TableItem
from floorview.ui.floor.zones import Zone


@dataclass(frozen=True, slots=True)
class DisplaySettings:
    theme: Theme = LIGHT
    amber_minutes: int = 60
    red_minutes: int = 90
    show_sections: bool = True
    large_type: bool = False


class FloorScene(QGraphicsScene):
    """One floor plan of a branch, drawn live from the store.

    Signals:
        tableActivated(str): a table was clicked (tapped) outside edit mode, or
            double-clicked in it: its id.
        contextMenuRequested(str, QPoint): right-click or long-press on a table: its id
            and the global position for the menu.
        tableEdited(str, dict): edit mode, a drag / rotation / resize ended: the table's
            id and the new fields (``{"x", "y"}``, ``{"rotation"}`` or ``{"width",
            "height"}`` plus ``x``/``y`` when the fixed corner moved them). The item stays
            where it was dropped until the store confirms or :meth:`revert_table`.
        selectedTableChanged(str): the selected table's id, "" when none.
        tablesChanged(list): the store's changes were applied to these tables' items (ids;
            a table gone from the floor among them).
        editModeChanged(bool): :meth:`set_edit_mode` switched (views follow it).
        legibilityChanged(): a pill took a note in its time's place, or gave it back: the
            least legible scale may have changed (a view's fit follows it).
    """

    tableActivated = Signal(str)
    contextMenuRequested = Signal(str, QPoint)
    tableEdited = Signal(str, dict)
    selectedTableChanged = Signal(str)
    tablesChanged = Signal(list)
    editModeChanged = Signal(bool)
    legibilityChanged = Signal()

    def __init__(self, store: BranchStore, floor_plan: FloorPlan, *,
                 settings: DisplaySettings, clock: Callable[[], datetime], parent=None) -> None:
        super().__init__(parent)
        self._store = store
        self._plan = floor_plan
        self._settings = settings
        self._clock = clock
        self._items: dict[str, TableItem] = {}
        self._legible: tuple[Any, float | None] | None = None  # legible_scale's last answer
        self._double: tuple[str, QPoint] | None = None  # a double-click's table, till let go
        self._selected = ""
        self._stale_since: datetime | None = None  # when the data was last known true
        self._highlight: str | None = None
        self._drawn_selected: set[str] = set()  # tables drawn with a selection ring
        self._state = ItemState(paints=palette.paints(settings.theme), now=clock(),
                                users=store.users, plan_rect=plan_rect(floor_plan))
        self._state.unit = typical_size(store.tables_on(floor_plan.id))
        #: the room: its scene rect, its section zones, what it draws under and over tables
        self._room = Room(self, store, self._state)
        self._apply_settings_to_state(settings)
        # Weak: a scene must be freed by reference counting, on the GUI thread, the
        # moment its last user lets go. In a reference cycle the garbage collector
        # would free it whenever it runs, on whatever thread (a crash in a QObject's
        # destructor off the GUI thread).
        pulse_of, edited = weakref.WeakMethod(self.pulse_of), weakref.WeakMethod(self._on_item_edited)
        self._state.pulse = lambda item: (m := pulse_of()) and m(item.table_id)
        self._state.edited = lambda item, change: (m := edited()) and m(item, change)

        # Changes are applied at the next frame (FrameBatch).
        self._batch = FrameBatch(self, self.flush)

        self.setSceneRect(self._room.scene_rect())  # never itemsBoundingRect(): it walks every item
        self._overview = OverviewItem(self)
        self.addItem(self._overview)
        self._overview.setVisible(False)
        self._rings = RingsItem(self, self._overview)
        self.addItem(self._rings)
        self._rings.setVisible(False)
        self._pulses = Pulses(self, self._rings)
        self._layer = TablesLayer(self)
        self.addItem(self._layer)
        self._layer.setVisible(False)
        #: who draws the tables, and what decides it, applied to the items
        self._drawing = DrawingSwitch(self, self._overview, self._rings, self._layer)
        self._minute = MinuteTick(self, self._state, self._layer, clock)
        # The layer's picture is the view's size (1920×1080: 8 MB; ×4 on a HiDPI
        # screen), the overview's the same: QPixmapCache's default 10 MB would evict
        # them from each other and re-render the floor every frame.
        if QPixmapCache.cacheLimit() < PIXMAP_CACHE_KB:
            QPixmapCache.setCacheLimit(PIXMAP_CACHE_KB)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        for table in store.tables_on(floor_plan.id):
            self._add(table)
        self._drawing.set(self._drawing.mode, force=True)
        self._update_scene_rect()
        self.selectionChanged.connect(self._on_selection_changed)

        # The store holds a weak reference only: a scene that is gone cannot be called.
        ref = weakref.ref(self)

        def listener(update: Update) -> None:
            scene = ref()
            if scene is not None:
                scene._on_store_update(update)

        self._unsubscribe: Callable[[], None] | None = store.subscribe(listener)
        unsubscribe = self._unsubscribe
        self.destroyed.connect(lambda *_: unsubscribe())

    # --- reading ------------------------------------------------------------------------

    @property
    def floor_plan(self) -> FloorPlan:
        return self._plan

    @property
    def settings(self) -> DisplaySettings:
        return self._settings

    @property
    def edit_mode(self) -> bool:
        return self._state.edit_mode

    @property
    def stale(self) -> bool:
        return self._state.stale

    @property
    def stale_since(self) -> datetime | None:
        """While stale: when the data was last known true (the labels count to it)."""
        return self._stale_since

    @property
    def overview(self) -> bool:
        """True when the one overview item draws the tables (zoomed far out)."""
        return self._drawing.mode.overview

    def table_item(self, table_id: str) -> TableItem | None:
        return self._items.get(table_id)

    def table_items(self) -> list[TableItem]:
        return list(self._items.values())

    def table_at(self, scene_pos: QPointF) -> str | None:
        """The id of the table under ``scene_pos`` (its shape, not its labels), or None."""
        for item in self.items(scene_pos, Qt.ItemSelectionMode.IntersectsItemShape,
                               Qt.SortOrder.DescendingOrder):
            if isinstance(item, TableItem):
                return item.table_id
        return None

    def pulsing(self) -> set[str]:
        """Ids of the tables showing a live-change ring or a search flash now."""
        return self._pulses.pulsing()

    def pulse_of(self, table_id: str) -> tuple[str, float] | None:
        """The table's running ring: ("live" or "flash", progress 0..1), or None."""
        return self._pulses.pulse_of(table_id)

    def table_ids_in(self, rect: QRectF) -> list[str]:
        """Ids of the tables whose bounds meet ``rect`` (through the scene's index)."""
        return [i.table_id for i in self.items(rect, Qt.ItemSelectionMode.IntersectsItemBoundingRect)
                if isinstance(i, TableItem)]

    def clear_pulses(self) -> None:
        """End every ring and flash now (their tables redraw without them)."""
        self._pulses.clear()

    @property
    def selected_table_id(self) -> str:
        """The one selected table's id, "" when none (or more than one)."""
        return self._selected

    @property
    def paints(self) -> Paints:
        """The current theme's pens and brushes."""
        return self._state.paints

    def section_zones(self) -> dict[str, Zone]:
        """Each section's zone by section id, brought up to date."""
        return self._room.section_zones()

    def section_tags(self) -> list[tuple[str, QRectF]]:
        """Each named section zone's name and where its tag is drawn (scene)."""
        return self._room.section_tags()

    def typical_table_size(self) -> float:
        """The median table's smaller side (sizes badges, pills and zone margins)."""
        return self._state.unit

    # --- settings and modes -------------------------------------------------------------

    def set_settings(self, settings: DisplaySettings) -> None:
        old, self._settings = self._settings, settings
        if settings == old:
            return
        self._apply_settings_to_state(settings)
        self._minute.set_now()
        for item in self._items.values():
            item.refresh()
        self._overview.dirty()
        self._layer.dirty()
        self._invalidate_background()
        self.update()

    def _apply_settings_to_state(self, s: DisplaySettings) -> None:
        self._state.paints = palette.paints(s.theme)
        self._state.amber_minutes = s.amber_minutes
        self._state.red_minutes = s.red_minutes
        self._state.large_type = s.large_type
        self.setBackgroundBrush(self._state.paints.background)

    def set_edit_mode(self, on: bool) -> None:
        if on == self._state.edit_mode:
            return
        self._state.edit_mode = on
        for item in self._items.values():
            item.set_editable(on)
        # Edit mode moves, turns and resizes items: they paint themselves meanwhile.
        self._drawing.change(edit_mode=on)
        sel = self._items.get(self._selected)
        if sel is not None:
            sel.show_handles(on)
        self.editModeChanged.emit(on)

    def set_highlight_server(self, server_id: str | None) -> None:
        """Dim every table not served by ``server_id`` (None: nobody dimmed)."""
        self._highlight = server_id or None
        for item in self._items.values():
            self._apply_highlight(item)
        self._overview.dirty()
        self._layer.dirty()

    def _apply_highlight(self, item: TableItem) -> None:
        dim = self._highlight is not None and item.table.server_id != self._highlight
        item.setOpacity(palette.DIM_OPACITY if dim else 1.0)

    def is_dimmed(self, table_id: str) -> bool:
        item = self._items.get(table_id)
        return item is not None and item.opacity() < 1.0

    def set_stale(self, stale: bool, as_of: datetime | None = None) -> None:
        """Mark the floor stale (True) while the data may be out of date.

        The last known colours stay; the tables' borders turn dashed, a stamp says
        "as of" when, and the timers freeze at ``as_of`` (when the data was last known
        true; None: now, the moment it went stale) until the floor is live again.
        """
        if stale == self._state.stale and (not stale or as_of is None
                                           or as_of == self._stale_since):
            return
        if stale:
            if not self._state.stale or as_of is not None:
                self._stale_since = as_of or self._clock()
        else:
            self._stale_since = None
        self._state.stale = stale
        self._minute.tick_all()
        self._overview.dirty()
        self._layer.dirty()
        self._invalidate_background()
        self.update()

    def select_table(self, table_id: str | None) -> None:
        item = self._items.get(table_id or "")
        if item is not None and item.isSelected() and len(self.selectedItems()) == 1:
            return
        self.clearSelection()
        if item is not None:
            item.setSelected(True)

    def activate(self, table_id: str) -> None:
        """Select the table and emit tableActivated (what a click on it does)."""
        if table_id in self._items:
            self.select_table(table_id)
            self.tableActivated.emit(table_id)

    def activate_at(self, scene_pos: QPointF) -> str | None:
        tid = self.table_at(scene_pos)
        if tid is None:
            self.clearSelection()
        else:
            self.activate(tid)
        return tid

    def request_context_menu(self, scene_pos: QPointF, global_pos: QPoint) -> str | None:
        tid = self.table_at(scene_pos)
        if tid is not None:
            self.select_table(tid)
            self.contextMenuRequested.emit(tid, global_pos)
        return tid

    def flash(self, table_id: str) -> None:
        """Ring the table a few times (it was searched for) and scroll views to it."""
        item = self._items.get(table_id)
        if item is not None:
            self._pulses.flash(table_id)
            for view in self.views():  # zoomed in elsewhere: bring it into sight
                view.ensureVisible(item, 40, 40)

    def revert_table(self, table_id: str) -> None:
        """Put the table back where the store has it (its save was refused)."""
        item = self._items.get(table_id)
        if item is not None:
            before = item.sceneBoundingRect()
            item.revert()
            self._overview.table_changed(item, table_id)
            self._layer.table_changed(before, item.sceneBoundingRect())
            self._invalidate_background({item.table.section_id})

    def detach(self) -> None:
        """Stop listening to the store and stop the timers (the scene stays drawable)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self._batch.stop()
        self._pulses.stop()
        self._minute.stop()

    @property
    def picture_cache(self) -> bool:
        """True when, at rest, the tables are drawn from one cached picture (the
        tables layer) rather than each item painting itself at every repaint."""
        return self._drawing.mode.picture_cache

    @property
    def drawing(self) -> str:
        """Who draws the tables now: "overview", "layer" (the cached picture) or "items"."""
        return self._drawing.mode.drawing

    def set_picture_cache(self, on: bool) -> None:
        """Draw the tables at rest from the layer's cached picture (True, the default)
        or let every item paint itself at every repaint (False)."""
        self._drawing.change(picture_cache=on)

    def set_overview(self, on: bool) -> None:
        """Draw all tables with the one overview item (True) or each item itself, until
        the next :meth:`set_scale_hint`."""
        self._drawing.change(far_out=on)

    def set_scale_hint(self, device_px_per_unit: float) -> None:
        """A view shows the scene at this scale: choose overview or detailed items
        (:meth:`DrawingSwitch.scale_hint`)."""
        self._drawing.scale_hint(device_px_per_unit, self.typical_table_size())

    def set_fit_scale(self, device_px_per_unit: float) -> None:
        """A view shows the whole floor at this scale: lay the labels out to be legible
        there (each at least its least size on screen), and again when it changes."""
        if device_px_per_unit <= 0:
            return
        if far_out(device_px_per_unit, self.typical_table_size()):
            scale = 0.0  # at fit the overview draws this floor: no label is on screen
        else:
            # In steps of 9 %, rounded down (labels a little over their least size): a
            # relayout of 2,000 tables took 0.5-0.8 s, and a window dragged wider would
            # ask for one at every pixel.
            scale = step_of(device_px_per_unit)
        if scale == self._state.fit_scale:
            return
        self._state.fit_scale = scale
        for item in self._items.values():
            item.refresh()
        self._update_scene_rect()
        self._layer.dirty()
        self._invalidate_background(None)  # the section tags keep clear of the labels

    def legible_scale(self, whole: float) -> float:
        """The least view scale, at least ``whole`` (the whole floor's), at which every
        table's facts are at least their least size and clear of the other tables'
        (:func:`~floorview.ui.floor.legible_fit.least_legible_scale`): what the view's fit
        shows, the rest of the floor a pan away."""
        if whole <= 0 or far_out(whole, self.typical_table_size()):
            return whole  # the overview draws this floor: no label to read
        items = self._items.values()
        if len(items) > MOST_TABLES:
            return whole
        seats = tuple(Seat(i.table, i.geometry, bool(i.time_text), i.badge is not None,
                           i.shows_note) for i in items)
        # By the step the whole floor's scale is in: a window dragged wider asks again
        # only every 9 % (a check of 200 tables in kiosk type took up to 0.7 s).
        key = (step_of(whole), self._state.large_type, self._state.unit, seats)
        if self._legible is None or self._legible[0] != key:
            self._legible = (key, least_legible_step(seats, key[0], self._state.unit,
                                                     self._state.large_type))
        return scale_for(whole, self._legible[1])

    @property
    def zooming(self) -> bool:
        """True while a zoom gesture's items draw cached pictures (:meth:`begin_zoom`)."""
        return self._drawing.mode.zooming

    def begin_zoom(self, device_px_per_unit: float) -> None:
        """A zoom step of a gesture at this scale: items may draw cached pictures
        (:meth:`DrawingSwitch.begin_zoom`); :meth:`end_zoom` makes them paint exactly again."""
        self._drawing.begin_zoom(device_px_per_unit)

    def end_zoom(self) -> None:
        """The gesture is over: items paint themselves exactly again."""
        self._drawing.end_zoom()

    # --- adding a table -------------------------------------------------------------------

    def free_spot(self, width: float, height: float, gap: float = 2 * GRID
                  ) -> tuple[float, float] | None:
        """A top-left (x, y) on this plan where a width×height table overlaps no table.

        Reading order (top rows first), snapped to the edit grid, ``gap`` away from every
        table; None when the plan has no such place.
        """
        # the labels too (a server badge, a time pill): a new table never covers them
        return free_spot(self._plan.width, self._plan.height,
                         (item.labels_rect() for item in self._items.values()), width, height, gap)

    # --- the store ------------------------------------------------------------------------

    def _on_store_update(self, update: Update) -> None:
        self._batch.add(update)

    def flush(self) -> None:
        """Apply the store's pending changes now (normally done once a frame)."""
        pending = self._batch.take()
        if not pending:
            return
        tables = self._store.tables
        ids: Iterable[str] = pending.aspects.keys()
        if pending.reference:
            self._apply_reference()
        if pending.full:
            on_plan = {t.id for t in tables.values() if t.floor_plan_id == self._plan.id}
            ids = set(ids) | on_plan | set(self._items)
        background = pending.reference
        sections: set[str | None] | None = None if pending.reference else set()
        pulses = self._pulses.may_ring(len(pending.aspects))
        painted = paint_log.active()
        applied: list[tuple[str, int, QRectF]] | None = [] if painted is not None else None
        if pending.full:
            unit = typical_size(t for t in tables.values() if t.floor_plan_id == self._plan.id)
            if abs(unit - self._state.unit) > 1e-6:
                self._state.unit = unit
                background, sections = True, None
                for shown in self._items.values():
                    shown.refresh()
                self._layer.dirty()
        for tid in ids:
            aspects = pending.aspects.get(tid, set())
            table = tables.get(tid)
            item = self._items.get(tid)
            if table is None or table.floor_plan_id != self._plan.id:
                if item is not None:
                    self._remove(item)
                    self._overview.table_changed(None, tid)
                    if applied is not None:
                        applied.append((tid, item.table.version, item.geometry.scene_box()))
                    background = True
                    if sections is not None:
                        sections.add(item.table.section_id)
                continue
            if item is None:
                item = self._add(table)
                self._overview.table_changed(item, tid)
                background = True
                if sections is not None:
                    sections.add(table.section_id)
                if pulses and is_news(aspects, added=True):
                    self._pulses.ring(tid)
                if applied is not None:
                    applied.append((tid, table.version, item.geometry.scene_box()))
                continue
            before = item.table
            drawn = item.sceneBoundingRect()
            unchanged = _same_table(table, before)
            if item.set_unconfirmed(self._store.is_unconfirmed(tid)) and unchanged:
                self._layer.table_changed(drawn)  # drawn as stale data, or no longer
            if pending.reference:
                item.set_table(table)
                item.refresh()
            elif unchanged:
                continue  # a resync that left this table as it was
            else:
                item.set_table(table)
            if table.server_id != before.server_id:
                self._apply_highlight(item)
            if (table.section_id != before.section_id or item.geometry != Geometry.of(before)
                    or Aspect.LAYOUT in aspects):
                background = True
                if sections is not None:
                    sections.update((before.section_id, table.section_id))
            if pulses and is_news(aspects):
                self._pulses.ring(tid)
            self._overview.table_changed(item, tid)
            self._layer.table_changed(drawn, item.sceneBoundingRect())
            if applied is not None:
                applied.append((tid, table.version, item.geometry.scene_box()))
        if painted is not None and applied:
            painted.applied(self, applied)
        if background:
            self._update_scene_rect()
            self._invalidate_background(sections)
        self.tablesChanged.emit(list(ids))

    def _apply_reference(self) -> None:
        for plan in self._store.floor_plans:
            if plan.id == self._plan.id and plan != self._plan:
                self._plan = plan
                self._state.plan_rect = plan_rect(plan)
                self._update_scene_rect()
        self._state.users = self._store.users

    def _add(self, table) -> TableItem:
        item = TableItem(table, self._state)
        item.set_unconfirmed(self._store.is_unconfirmed(table.id))
        item.set_editable(self._state.edit_mode)
        self._drawing.add(item)
        self._items[table.id] = item
        self.addItem(item)
        self._apply_highlight(item)
        self._layer.table_changed(item.sceneBoundingRect())
        return item

    def _remove(self, item: TableItem) -> None:
        self._items.pop(item.table_id, None)
        self._pulses.forget(item.table_id)
        item.show_handles(False)
        self._layer.table_changed(item.sceneBoundingRect())
        self.removeItem(item)

    def set_marks(self, table_id: str, note: str = "", alert: bool = False) -> None:
        """The window's marks on a table (:meth:`TableItem.set_marks`), redrawn where the
        table is, also in the tables layer's picture at rest."""
        item = self._items.get(table_id)
        # (the window tells every table its marks each pass: the unchanged cost nothing,
        # not two bounding rectangles each: 2,000 of them were ~10 ms a pass)
        if item is None or item.has_marks(note, alert):
            return
        drawn = item.sceneBoundingRect()
        noted = item.shows_note
        if item.set_marks(note, alert) and self._drawing.mode.layer:
            self._layer.table_changed(drawn, item.sceneBoundingRect())
        if item.shows_note != noted:
            self.legibilityChanged.emit()

    def set_stall(self, table_id: str, status: Status | None, words: str = "") -> None:
        """A table's stall mark (:meth:`TableItem.set_stall`), redrawn where it is."""
        item = self._items.get(table_id)
        if item is None or item.has_stall(status, words):
            return
        drawn = item.sceneBoundingRect()
        if item.set_stall(status, words) and self._drawing.mode.layer:
            self._layer.table_changed(drawn, item.sceneBoundingRect())

    def tick(self) -> None:
        """Read the clock and refresh the time labels (done by a timer once a minute);
        while stale, the timers stay frozen where the data was last true."""
        self._minute.tick_all()

    # --- selection and editing --------------------------------------------------------

    def _on_selection_changed(self) -> None:
        selected = [i for i in self.selectedItems() if isinstance(i, TableItem)]
        ids = {i.table_id for i in selected}
        for changed in ids ^ self._drawn_selected:  # their rings came or went
            item = self._items.get(changed)
            if item is not None:
                self._layer.update_around(item)
        self._drawn_selected = ids
        tid = selected[0].table_id if len(selected) == 1 else ""
        if tid == self._selected:
            return
        old = self._items.get(self._selected)
        if old is not None:
            old.show_handles(False)
            old.setZValue(0)
            if self._drawing.mode.overview:
                self._rings.update_around(old)
        self._selected = tid
        if tid:
            self._items[tid].setZValue(1)  # drawn over a neighbour it is dragged across
            if self._drawing.mode.overview:
                self._rings.update_around(self._items[tid])
        if tid and self._state.edit_mode:
            self._items[tid].show_handles(True)
        self.selectedTableChanged.emit(tid)

    def _on_item_edited(self, item: TableItem, change: dict[str, Any]) -> None:
        self._overview.table_changed(item, item.table_id)
        self._invalidate_background({item.table.section_id})
        self.tableEdited.emit(item.table_id, change)

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        if self.request_context_menu(event.scenePos(), event.screenPos()) is not None:
            event.accept()
        else:
            event.ignore()

    def mouseDoubleClickEvent(self, event) -> None:
        super().mouseDoubleClickEvent(event)
        if self._state.edit_mode and event.button() == Qt.MouseButton.LeftButton:
            tid = self.table_at(event.scenePos())
            # Opened when the second press lets go where it came down: a finger's tap
            # and then, at once, a drag is a double tap to Qt, and it opened the table's
            # form under the finger instead of moving the table.
            self._double = (tid, event.screenPos()) if tid is not None else None

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        double, self._double = self._double, None
        if double is not None and event.button() == Qt.MouseButton.LeftButton:
            tid, at = double
            if (event.screenPos() - at).manhattanLength() < QApplication.startDragDistance():
                self.tableActivated.emit(tid)

    # --- the room (room.py) ----------------------------------------------------------------

    def _update_scene_rect(self) -> None:
        self._room.update_scene_rect((self._overview, self._rings, self._layer))

    def _invalidate_background(self, sections: Iterable[str | None] | None = None) -> None:
        """Redraw the room; redo the zones of ``sections`` (None: of every section)."""
        self._room.invalidate(sections)

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        self._room.draw_background(painter, rect)

    def stale_stamp(self) -> tuple[str, QRectF] | None:
        """While stale: the stamp's text and where it is drawn (scene); None when live."""
        return self._room.stale_stamp()

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        self._room.draw_foreground(painter)


#: QPixmapCache's least size (KB): the layer's and the overview's pictures of a view.
#: Every picture put there by a key nothing asks for again stays until the cache is
#: full: a new icon per paint of the table list's status cells took RSS 142 -> 240 MB
#: in the demo's first 16 minutes (bench/rss.py --app). Icons are made once a colour.
PIXMAP_CACHE_KB = 64 * 1024


def _same_table(a: Table, b: Table) -> bool:
    """Whether ``a`` shows as ``b`` does: the same fields and the same JSON (an unknown
    status's text is read from it), whether or not the store kept the same object."""
    return a is b or (a == b and a.raw == b.raw)

