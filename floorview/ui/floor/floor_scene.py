"""The floor of one floor plan: a room, its section zones and one item per table, live.

The scene subscribes to the :class:`~floorview.core.store.BranchStore` it is given and keeps
its items equal to the store's tables of its floor plan. Each change touches only its
own item, in place; changes are gathered and applied at most once a frame (a 16 ms
single-shot timer), so a burst of a thousand events costs one pass, not a thousand.
Static things — the room, its grid, the section zones — are drawn in
:meth:`FloorScene.drawBackground`, which a view caches (``CacheBackground``).

At overview zoom, where a table is a few pixels wide, one :class:`OverviewItem` draws
every table in one pass per status and the table items paint nothing (they still take
clicks): thousands of Python ``paint()`` calls cost far more than a few filled paths.
"""

from __future__ import annotations

import logging
import math
import statistics
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from PySide6.QtCore import QElapsedTimer, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
    QTransform,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
    QStyleOptionGraphicsItem,
)

from floorview.core.model import FloorPlan, Shape, Status, Table, TableSection
from floorview.core.store import Aspect, BranchStore, Update
from floorview.ui.floor import palette
from floorview.ui.floor.palette import LIGHT, Theme
from floorview.ui.floor.table_item import GRID, Geometry, ItemState, TableItem, shape_path

log = logging.getLogger(__name__)

#: How long the ring of a live change lasts, and a search flash.
PULSE_MS = 1500
FLASH_MS = 2400
_FRAME_MS = 16
_PULSE_TICK_MS = 33
#: More changed tables than this in one frame ring none: a mass change (a resync, a
#: burst) is not news about any one table, and 2,000 rings would redraw the whole floor.
MAX_PULSES_PER_FRAME = 40
#: A change of one of these makes the table pulse.
_PULSING = frozenset({Aspect.STATUS, Aspect.GUESTS, Aspect.SERVER, Aspect.DETAILS})


@dataclass(frozen=True, slots=True)
class DisplaySettings:
    theme: Theme = LIGHT
    amber_minutes: int = 60
    red_minutes: int = 90
    show_sections: bool = True
    large_type: bool = False


@dataclass
class _Pending:
    aspects: dict[str, set[Aspect]] = field(default_factory=dict)
    full: bool = False
    reference: bool = False


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
        editModeChanged(bool): :meth:`set_edit_mode` switched (views follow it).
    """

    tableActivated = Signal(str)
    contextMenuRequested = Signal(str, QPoint)
    tableEdited = Signal(str, dict)
    selectedTableChanged = Signal(str)
    editModeChanged = Signal(bool)

    def __init__(self, store: BranchStore, floor_plan: FloorPlan, *,
                 settings: DisplaySettings, clock: Callable[[], datetime], parent=None) -> None:
        super().__init__(parent)
        self._store = store
        self._plan = floor_plan
        self._settings = settings
        self._clock = clock
        self._items: dict[str, TableItem] = {}
        self._pending = _Pending()
        self._selected = ""
        self._stale_since: datetime | None = None  # when the data was last known true
        self._highlight: str | None = None
        self._overview_on = False
        self._item_cache = False
        self._zoom_cache: float | None = None  # the scale a cached zoom began at
        self._zoom_overview = False  # a gesture below ZOOM_CACHE_SCALES: overview draws
        self._rest_overview = False  # what the scale asks for once the gesture settles
        # Section zones by section id, and the ids to redo (None: all of them).
        self._zones: dict[str, tuple[QPainterPath, QColor, str, QRectF]] = {}
        self._zones_dirty: set[str] | None = None
        self._sections_cache: list[tuple[QPainterPath, QColor, str, QRectF]] = []
        self._state = ItemState(paints=palette.paints(settings.theme), now=clock(),
                                users=store.users, plan_rect=self._plan_rect())
        self._state.unit = _typical_size(store.tables_on(floor_plan.id))
        self._apply_settings_to_state(settings)
        # Weak: a scene must be freed by reference counting, on the GUI thread, the
        # moment its last user lets go. In a reference cycle the garbage collector
        # would free it whenever it runs, on whatever thread (a crash in a QObject's
        # destructor off the GUI thread).
        pulse_of, edited = weakref.WeakMethod(self._pulse_of), weakref.WeakMethod(self._on_item_edited)
        self._state.pulse = lambda item: (m := pulse_of()) and m(item)
        self._state.edited = lambda item, change: (m := edited()) and m(item, change)

        self._flush_timer = QTimer(self, singleShot=True, interval=_FRAME_MS)
        self._flush_timer.timeout.connect(self.flush)
        self._pulses: dict[str, tuple[str, int, int]] = {}  # id → (kind, start, duration)
        self._pulse_clock = QElapsedTimer()
        self._pulse_clock.start()
        self._pulse_timer = QTimer(self, interval=_PULSE_TICK_MS)
        self._pulse_timer.timeout.connect(self._on_pulse_tick)
        self._minute_timer = QTimer(self, singleShot=True)
        self._minute_timer.timeout.connect(self._on_minute)
        self._schedule_minute()

        self.setSceneRect(self._scene_rect())  # never itemsBoundingRect(): it walks every item
        self._overview = OverviewItem(self)
        self.addItem(self._overview)
        self._overview.setVisible(False)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        for table in store.tables_on(floor_plan.id):
            self._add(table)
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
    def overview(self) -> bool:
        """True when the one overview item draws the tables (zoomed far out)."""
        return self._overview_on

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
        return set(self._pulses)

    def section_tags(self) -> list[tuple[str, QRectF]]:
        """Each named section zone's name and where its tag is drawn (scene)."""
        self._sections_cache = self._build_sections()
        return [(name, tag) for _path, _color, name, tag in self._sections_cache if name]

    def typical_table_size(self) -> float:
        """The median table's smaller side (sizes badges, pills and zone margins)."""
        return self._state.unit

    # --- settings and modes -------------------------------------------------------------

    def set_settings(self, settings: DisplaySettings) -> None:
        old, self._settings = self._settings, settings
        if settings == old:
            return
        self._apply_settings_to_state(settings)
        self._state.now = self._stale_since if self._stale_since is not None else self._clock()
        for item in self._items.values():
            item.refresh()
        self._overview.dirty()
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
        self._refresh_times()
        self._overview.dirty()
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
            self._start_pulse(table_id, "flash", FLASH_MS)
            for view in self.views():  # zoomed in elsewhere: bring it into sight
                view.ensureVisible(item, 40, 40)

    def revert_table(self, table_id: str) -> None:
        """Put the table back where the store has it (its save was refused)."""
        item = self._items.get(table_id)
        if item is not None:
            item.revert()
            self._overview.table_changed(item, table_id)
            self._invalidate_background({item.table.section_id})

    def detach(self) -> None:
        """Stop listening to the store and stop the timers (the scene stays drawable)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        for t in (self._flush_timer, self._pulse_timer, self._minute_timer):
            t.stop()

    def set_overview(self, on: bool) -> None:
        """Draw all tables with the one overview item (True) or each item itself."""
        if on == self._overview_on:
            return
        self._overview_on = on
        for item in self._items.values():
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, on)
        self._overview.setVisible(on)
        self._overview.dirty()

    def set_scale_hint(self, device_px_per_unit: float) -> None:
        """A view shows the scene at this scale: choose overview or detailed items.

        From a typical table of CACHE_FROM_PX on screen each item would also cache its
        picture (see that constant: measured, it costs more than it saves).
        """
        table_px = device_px_per_unit * self.typical_table_size()
        self._rest_overview = table_px < OVERVIEW_BELOW_PX
        self.set_overview(self._rest_overview or self._zoom_overview)
        self.set_item_cache(table_px >= CACHE_FROM_PX)

    def set_fit_scale(self, device_px_per_unit: float) -> None:
        """A view shows the whole floor at this scale: lay the labels out to be legible
        there (each at least its least size on screen), and again when it changes."""
        if device_px_per_unit <= 0:
            return
        if device_px_per_unit * self.typical_table_size() < OVERVIEW_BELOW_PX:
            scale = 0.0  # at fit the overview draws this floor: no label is on screen
        else:
            # In steps of 9 %, rounded down (labels a little over their least size): a
            # relayout of 2,000 tables took 0.5-0.8 s, and a window dragged wider would
            # ask for one at every pixel.
            scale = 2.0 ** (math.floor(math.log2(device_px_per_unit) * FIT_STEPS) / FIT_STEPS)
        if scale == self._state.fit_scale:
            return
        self._state.fit_scale = scale
        for item in self._items.values():
            item.refresh()
        self._update_scene_rect()
        self._invalidate_background(None)  # the section tags keep clear of the labels

    def set_item_cache(self, on: bool) -> None:
        if on == self._item_cache:
            return
        self._item_cache = on
        if self._zoom_cache is None:
            for item in self._items.values():
                item.setCacheMode(_CACHE[on])

    @property
    def zooming(self) -> bool:
        """True while a zoom gesture's items draw cached pictures (:meth:`begin_zoom`)."""
        return self._zoom_cache is not None or self._zoom_overview

    def begin_zoom(self, device_px_per_unit: float) -> None:
        """A zoom step of a gesture at this scale: items may draw cached pictures.

        Between ZOOM_CACHE_SCALES each item paints once into a pixmap in its own
        coordinates (ItemCoordinateCache, one pixel a plan unit) and every further zoom
        step only draws the pixmaps, scaled: no Python ``paint()`` per table per step.
        Outside that range the pictures would be far too big (thousands of them
        scaled down cost more than painting) or too coarse, and items paint as at
        rest. :meth:`end_zoom` makes them paint exactly again.
        (A smaller or bigger picture with a fixed logical cache size is drawn at the
        wrong size by Qt 6.11: measured, so not used.)
        """
        lo, hi = ZOOM_CACHE_SCALES
        # Below that range the one overview item draws the floor while the gesture
        # lasts (a filled shape a table, in the status colour: ~2 ms for 2,000 tables,
        # against ~50-65 ms for every item painting itself); the items paint exactly
        # again when it settles.
        self._set_zoom_overview(device_px_per_unit < lo)
        on = lo <= device_px_per_unit <= hi
        if on == (self._zoom_cache is not None):
            return
        self._zoom_cache = device_px_per_unit if on else None
        for item in self._items.values():
            self._apply_cache(item)

    def _set_zoom_overview(self, on: bool) -> None:
        if on == self._zoom_overview:
            return
        self._zoom_overview = on
        self._overview.fast = on
        # A pixmap of the floor at every step's scale would be re-rendered each step
        # (and huge close in): the overview paints directly while the gesture lasts.
        self._overview.setCacheMode(
            QGraphicsItem.CacheMode.NoCache if on else QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.set_overview(on or self._rest_overview)

    def end_zoom(self) -> None:
        """The gesture is over: items paint themselves exactly again."""
        self._set_zoom_overview(False)
        if self._zoom_cache is None:
            return
        self._zoom_cache = None
        for item in self._items.values():
            self._apply_cache(item)

    def _apply_cache(self, item: TableItem) -> None:
        s = self._zoom_cache
        if s is None:
            item.setCacheMode(_CACHE[self._item_cache])
            return
        item.setCacheMode(QGraphicsItem.CacheMode.ItemCoordinateCache)

    # --- adding a table -------------------------------------------------------------------

    def free_spot(self, width: float, height: float, gap: float = 2 * GRID
                  ) -> tuple[float, float] | None:
        """A top-left (x, y) on this plan where a width×height table overlaps no table.

        Reading order (top rows first), snapped to the edit grid, ``gap`` away from every
        table; None when the plan has no such place.
        """
        pw, ph = self._plan.width, self._plan.height
        if width > pw or height > ph:
            return None
        cell = GRID
        while (pw / cell) * (ph / cell) > 250_000:
            cell *= 2
        cols, rows = int(pw // cell), int(ph // cell)
        taken = [bytearray(cols) for _ in range(rows)]
        for item in self._items.values():
            # the labels too (a server badge, a time pill): a new table never covers them
            box = item.labels_rect().adjusted(-gap, -gap, gap, gap)
            c0, c1 = max(0, int(box.left() // cell)), min(cols, math.ceil(box.right() / cell))
            r0, r1 = max(0, int(box.top() // cell)), min(rows, math.ceil(box.bottom() / cell))
            for r in range(r0, r1):
                taken[r][c0:c1] = b"\x01" * max(0, c1 - c0)
        need_c, need_r = math.ceil(width / cell), math.ceil(height / cell)
        # Summed-area table: any cell of a candidate block taken?
        sat = [[0] * (cols + 1) for _ in range(rows + 1)]
        for r in range(rows):
            row, above, here = taken[r], sat[r], sat[r + 1]
            run = 0
            for c in range(cols):
                run += row[c]
                here[c + 1] = above[c + 1] + run
        for r in range(0, rows - need_r + 1):
            for c in range(0, cols - need_c + 1):
                s = sat[r + need_r][c + need_c] - sat[r][c + need_c] - sat[r + need_r][c] + sat[r][c]
                if s == 0:
                    return float(c * cell), float(r * cell)
        return None

    # --- the store ------------------------------------------------------------------------

    def _on_store_update(self, update: Update) -> None:
        p = self._pending
        if update.resynced or update.reference:
            p.full = True
        p.reference = p.reference or update.reference
        for change in update.changes:
            p.aspects.setdefault(change.table_id, set()).update(change.aspects)
            if update.resynced:
                p.aspects[change.table_id].add(_RESYNCED)
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def flush(self) -> None:
        """Apply the store's pending changes now (normally done once a frame)."""
        self._flush_timer.stop()
        pending, self._pending = self._pending, _Pending()
        if not (pending.aspects or pending.full):
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
        pulses = len(pending.aspects) <= MAX_PULSES_PER_FRAME
        if pending.full:
            unit = _typical_size(t for t in tables.values() if t.floor_plan_id == self._plan.id)
            if abs(unit - self._state.unit) > 1e-6:
                self._state.unit = unit
                background, sections = True, None
                for item in self._items.values():
                    item.refresh()
        for tid in ids:
            aspects = pending.aspects.get(tid, set())
            table = tables.get(tid)
            item = self._items.get(tid)
            if table is None or table.floor_plan_id != self._plan.id:
                if item is not None:
                    self._remove(item)
                    self._overview.table_changed(None, tid)
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
                if pulses and (aspects & _PULSING
                               or (Aspect.CREATED in aspects and _RESYNCED not in aspects)):
                    self._start_pulse(tid, "live", PULSE_MS)
                continue
            before = item.table
            if pending.reference:
                item.set_table(table)
                item.refresh()
            elif table is before:
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
            if pulses and aspects & _PULSING:
                self._start_pulse(tid, "live", PULSE_MS)
            self._overview.table_changed(item, tid)
        if background:
            self._update_scene_rect()
            self._invalidate_background(sections)

    def _apply_reference(self) -> None:
        for plan in self._store.floor_plans:
            if plan.id == self._plan.id and plan != self._plan:
                self._plan = plan
                self._state.plan_rect = self._plan_rect()
                self._update_scene_rect()
        self._state.users = self._store.users

    def _add(self, table) -> TableItem:
        item = TableItem(table, self._state)
        item.set_editable(self._state.edit_mode)
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, self._overview_on)
        self._apply_cache(item)
        self._items[table.id] = item
        self.addItem(item)
        self._apply_highlight(item)
        return item

    def _remove(self, item: TableItem) -> None:
        self._items.pop(item.table_id, None)
        self._pulses.pop(item.table_id, None)
        item.show_handles(False)
        self.removeItem(item)

    # --- pulses and the minute ----------------------------------------------------------

    def _start_pulse(self, table_id: str, kind: str, duration: int) -> None:
        self._pulses[table_id] = (kind, self._pulse_clock.elapsed(), duration)
        if not self._pulse_timer.isActive():
            self._pulse_timer.start()

    def _pulse_of(self, item: TableItem) -> tuple[str, float] | None:
        p = self._pulses.get(item.table_id)
        if p is None:
            return None
        kind, start, duration = p
        return kind, min(1.0, (self._pulse_clock.elapsed() - start) / duration)

    def _on_pulse_tick(self) -> None:
        now = self._pulse_clock.elapsed()
        for tid, (_kind, start, duration) in list(self._pulses.items()):
            item = self._items.get(tid)
            if item is not None:
                item.update()
                if self._overview_on:
                    self._overview.update_around(item)
            if now - start >= duration:
                del self._pulses[tid]
        if not self._pulses:
            self._pulse_timer.stop()

    def _schedule_minute(self) -> None:
        now = self._clock()
        ms = int((60 - now.second - now.microsecond / 1e6) * 1000) + 50
        self._minute_timer.start(max(1000, min(ms, 60_050)))

    def _on_minute(self) -> None:
        self.tick()
        self._schedule_minute()

    def tick(self) -> None:
        """Read the clock and refresh the time labels (done by a timer once a minute);
        while stale, the timers stay frozen where the data was last true."""
        self._refresh_times()

    def _refresh_times(self) -> None:
        self._state.now = self._stale_since if self._stale_since is not None else self._clock()
        for item in self._items.values():
            if item.table.status in (Status.OCCUPIED, Status.RESERVED) or item.shows_time:
                item.tick()

    # --- selection and editing --------------------------------------------------------

    def _on_selection_changed(self) -> None:
        selected = [i for i in self.selectedItems() if isinstance(i, TableItem)]
        tid = selected[0].table_id if len(selected) == 1 else ""
        if tid == self._selected:
            return
        old = self._items.get(self._selected)
        if old is not None:
            old.show_handles(False)
            old.setZValue(0)
            if self._overview_on:
                self._overview.update_around(old)
        self._selected = tid
        if tid:
            self._items[tid].setZValue(1)  # drawn over a neighbour it is dragged across
            if self._overview_on:
                self._overview.update_around(self._items[tid])
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
            if tid is not None:
                self.tableActivated.emit(tid)

    # --- drawing the room -----------------------------------------------------------------

    def _plan_rect(self) -> QRectF:
        return QRectF(0, 0, self._plan.width, self._plan.height)

    def _scene_rect(self) -> QRectF:
        """The plan with a margin, grown to hold any table the data puts outside it, and
        everything an item draws (its labels, its selection ring): nothing is clipped at
        the view's edge at fit."""
        m = max(40.0, max(self._plan.width, self._plan.height) * 0.035)
        r = self._plan_rect()
        for item in self._items.values():
            box = item.geometry.scene_box()
            if not r.contains(box):
                r = r.united(box)
        r = r.adjusted(-m, -m, m, m)
        for item in self._items.values():
            drawn = item.sceneBoundingRect()
            if not r.contains(drawn):
                r = r.united(drawn)
        return r

    def _update_scene_rect(self) -> None:
        r = self._scene_rect()
        if r != self.sceneRect():
            self._overview.scene_rect_changing()
            self.setSceneRect(r)

    def _invalidate_background(self, sections: Iterable[str | None] | None = None) -> None:
        """Redraw the room; redo the zones of ``sections`` (None: of every section)."""
        if sections is None:
            self._zones_dirty = None
        elif self._zones_dirty is not None:
            self._zones_dirty.update(s for s in sections if s)
        self.invalidate(self.sceneRect(), QGraphicsScene.SceneLayer.BackgroundLayer)

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        p = self._state.paints
        painter.fillRect(rect, p.background)
        plan = self._plan_rect()
        size = max(plan.width(), plan.height())
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        radius = size * 0.006
        # The room: a soft drop shadow, the floor, a faint grid, the zones, the walls.
        painter.setPen(p.no_pen)
        painter.setBrush(p.shadow)
        painter.drawRoundedRect(plan.translated(0, size * 0.004), radius, radius)
        painter.setBrush(p.floor)
        painter.drawRoundedRect(plan, radius, radius)
        step = _grid_step(size)
        if lod * step >= 10:
            painter.setPen(p.grid)
            area = rect.intersected(plan)
            x = math.ceil(area.left() / step) * step
            lines = []
            while x < area.right():
                lines.append(QPointF(x, area.top()))
                lines.append(QPointF(x, area.bottom()))
                x += step
            y = math.ceil(area.top() / step) * step
            while y < area.bottom():
                lines.append(QPointF(area.left(), y))
                lines.append(QPointF(area.right(), y))
                y += step
            if lines:
                painter.drawLines(lines)
        if self._settings.show_sections:
            try:
                self._draw_sections(painter, lod)
            except Exception:  # a zone never costs the floor its walls and tables
                log.exception("drawing the section zones failed")
        wall = QPen(p.wall)  # a copy: the cached pen is shared by every scene
        wall.setWidthF(max(3.0, size * 0.004))
        painter.setPen(wall)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(plan, radius, radius)
        if self._settings.show_sections:
            try:
                self._draw_section_tags(painter, lod)
            except Exception:
                log.exception("drawing the section names failed")

    def _draw_sections(self, painter: QPainter, lod: float) -> None:
        self._sections_cache = self._build_sections()
        painter.save()
        painter.setClipRect(self._plan_rect(), Qt.ClipOperation.IntersectClip)  # zones stay in the room
        for path, color, _name, _corner in self._sections_cache:
            c = QColor(color)
            fill = QColor(c)
            fill.setAlphaF(0.10)
            edge = QColor(c)
            edge.setAlphaF(0.55)
            painter.setPen(palette._cosmetic(edge, 1.5, Qt.PenStyle.DashLine))
            painter.setBrush(QBrush(fill))
            painter.drawPath(path)
        painter.restore()

    def _draw_section_tags(self, painter: QPainter, lod: float) -> None:
        """Each zone's name on a tag in its colour, on the zone's top edge, over the walls."""
        px = self._section_font_px()
        if lod * px < 7 or not self._sections_cache:
            return
        f = palette.font("title", px)
        fm = QFontMetricsF(f)
        painter.setFont(f)
        for _path, color, name, tag in self._sections_cache:
            if not name:
                continue
            c = QColor(color)
            h = tag.height()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(c))
            painter.drawRoundedRect(tag, h / 2, h / 2)
            painter.setPen(palette.contrasting_text(c))
            painter.drawText(QPointF(tag.left() + px * 0.55, tag.center().y() + fm.capHeight() / 2),
                             name)

    def _section_font_px(self) -> float:
        return max(6.0, self.typical_table_size() * 0.17)

    def _build_sections(self) -> list[tuple[QPainterPath, QColor, str, QRectF]]:
        """Each section's zone: its tables, bridged to their near neighbours, grown a margin.

        Two tables of a section closer than about one and a half tables are joined by
        their convex hull; the holes such bridges enclose are filled; the result grows by
        a margin with round corners. L-shapes stay L-shaped, rows become one band.
        """
        unit = self.typical_table_size()
        pad, reach = unit * 0.3, unit * 1.6
        dirty = self._zones_dirty
        if dirty is not None and not dirty:
            return list(self._zones.values())
        if dirty is None:
            self._zones.clear()
        else:
            for sid in dirty:
                self._zones.pop(sid, None)
        self._zones_dirty = set()
        tables: dict[str, list[tuple[QRectF, list[tuple[float, float]]]]] = {}
        for item in self._items.values():
            sid = item.table.section_id
            if sid and (dirty is None or sid in dirty):
                tables.setdefault(sid, []).append((item.geometry.scene_box(), _outline(item)))
        stroker = QPainterPathStroker()
        stroker.setWidth(2 * pad)
        stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        for sid, members in tables.items():
            path = QPainterPath()
            path.setFillRule(Qt.FillRule.WindingFill)
            # Near neighbours through a grid of cells one reach wide: not every pair.
            cells: dict[tuple[int, int], list[int]] = {}
            for i, (box, _) in enumerate(members):
                c = box.center()
                cells.setdefault((int(c.x() // reach), int(c.y() // reach)), []).append(i)
            span = 1 + int(max(max(b.width(), b.height()) for b, _ in members) // reach)
            for i, (box, pts) in enumerate(members):
                path.addPolygon(_hull(pts))
                c = box.center()
                cx, cy = int(c.x() // reach), int(c.y() // reach)
                for gx in range(cx - span, cx + span + 1):
                    for gy in range(cy - span, cy + span + 1):
                        for j in cells.get((gx, gy), ()):
                            if j > i and _gap(box, members[j][0]) < reach:
                                path.addPolygon(_hull(pts + members[j][1]))
            outline = QPainterPath()
            subs = path.simplified().toSubpathPolygons()
            for sub in subs:  # keep the outer rings: drop the holes bridges enclosed
                if not any(o is not sub and o.containsPoint(sub.at(0), Qt.FillRule.OddEvenFill)
                           for o in subs):
                    outline.addPolygon(sub)
                    outline.closeSubpath()
            zone = stroker.createStroke(outline).united(outline).simplified()
            section: TableSection | None = self._store.sections.get(sid)
            name = (section.name if section else "").upper()
            color = palette.server_color(sid, section.color if section else None)
            self._zones[sid] = (zone, color, name, self._tag_rect(zone, name, pad))
        return list(self._zones.values())

    def _tag_rect(self, zone: QPainterPath, name: str, pad: float) -> QRectF:
        """Where a zone's name tag goes: on the zone's edge, inside the room, over no table.

        Tried in turn: the top edge at its left, then right; the bottom edge at its left,
        then right; then places along the top edge, then along the bottom edge, left to
        right. The first that covers no table's labels (shape, badge, time pill: in the
        current type size) wins; when every place covers some, the one covering least.
        """
        px = self._section_font_px()
        fm = QFontMetricsF(palette.font("title", px))
        w, h = fm.horizontalAdvance(name) + px * 1.1, px * 1.55
        box = zone.boundingRect()
        inset = max(3.0, max(self._plan.width, self._plan.height) * 0.004) / 2 + 2
        room = self._plan_rect().adjusted(inset, inset, -inset, -inset)
        edge = [e for e in zone.toFillPolygon() if e.y() - box.top() < pad * 0.5]
        left = min((e.x() for e in edge), default=box.left()) + pad * 0.5
        places = [(left, box.top()), (box.right() - pad * 0.5 - w, box.top()),
                  (box.left() + pad * 0.5, box.bottom()), (box.right() - pad * 0.5 - w, box.bottom())]
        x0, x1 = box.left() + pad * 0.5, box.right() - pad * 0.5 - w
        if x1 > x0:
            step = max(h / 2, (x1 - x0) / _TAG_SLIDES)
            xs = [x0 + k * step for k in range(int((x1 - x0) // step) + 1)]
            places += [(x, box.top()) for x in xs] + [(x, box.bottom()) for x in xs]
        best: tuple[float, QRectF] | None = None
        for x, y in places:
            r = QRectF(x, y - h / 2, w, h)
            r.moveLeft(min(max(r.left(), room.left()), room.right() - w))
            r.moveTop(min(max(r.top(), room.top()), room.bottom() - h))
            near = self.items(r, Qt.ItemSelectionMode.IntersectsItemBoundingRect)
            covered = 0.0
            for i in near:
                if isinstance(i, TableItem):
                    o = i.labels_rect().intersected(r)
                    covered += max(0.0, o.width()) * max(0.0, o.height())
            if covered <= 0.0:
                return r
            if best is None or covered < best[0]:
                best = (covered, r)
        return best[1] if best is not None else QRectF(left, box.top() - h / 2, w, h)

    def stale_stamp(self) -> tuple[str, QRectF] | None:
        """While stale: the stamp's text ("Not live · as of 19:42") and where it is drawn
        (scene: centred above the room's top wall, in the margin); None when live."""
        if not self._state.stale or self._stale_since is None:
            return None
        zone = self._store.branch.zone if self._store.branch else None
        text = f"Not live · as of {self._stale_since.astimezone(zone):%H:%M}"
        px = max(8.0, self.typical_table_size() * 0.2)
        if self._state.fit_scale > 0:  # legible at fit
            px = max(px, 13.0 / self._state.fit_scale)
        fm = QFontMetricsF(palette.font("title", px))
        w, h = fm.horizontalAdvance(text) + px * 1.4, px * 1.6
        plan = self._plan_rect()
        margin = plan.top() - self.sceneRect().top()
        box = QRectF(plan.center().x() - w / 2, plan.top() - min(margin * 0.5 + h / 2, h + 2), w, h)
        return text, box

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        stamp = self.stale_stamp()
        if stamp is None:
            return
        text, box = stamp
        p = self._state.paints
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(p.no_pen)
        painter.setBrush(QBrush(p.text))
        painter.drawRoundedRect(box, box.height() / 2, box.height() / 2)
        f = palette.font("title", box.height() / 1.6)
        painter.setFont(f)
        painter.setPen(QColor(p.theme.floor))
        fm = QFontMetricsF(f)
        painter.drawText(QPointF(box.center().x() - fm.horizontalAdvance(text) / 2,
                                 box.center().y() + fm.capHeight() / 2), text)
        painter.restore()


#: A zone's name tag tries at most this many places along each of its edges.
_TAG_SLIDES = 40
_RESYNCED = "resynced"  # marks a change that came with a snapshot (no "new table" ring)
#: The scale labels are laid out for moves in steps of 2 ** (1 / FIT_STEPS) (9 %).
FIT_STEPS = 8
#: Below this many device pixels for a typical table, the overview item draws the floor.
OVERVIEW_BELOW_PX = 16.0
#: From this many device pixels for a typical table, items would cache their pictures
#: (DeviceCoordinateCache). Measured in bench/bench_floor.py at 2,000 tables, the cache
#: cuts a full repaint 45 → 18 ms at 29 px tables and 32 → 22 ms at 86 px, and a pan
#: 10 → 7 ms, but every zoom step re-renders every pixmap: 53 → 60 ms and 36 → 64 ms.
#: Zooming is what a manager does; full repaints are rare: table items do not cache.
#: Zoom gestures now use ItemCoordinateCache (begin_zoom), so the device cache at rest
#: was measured again (CACHE_FROM_PX = 20): full repaints 50 → 18 ms at ×2 and ×6 of fit;
#: but the view's pixels then differ from the items' own painting (demo floor, tables of
#: 110-180 px: ~1-3k pixels; an unknown shape's dashed border starts its dashes
#: elsewhere, up to 126/255 on a channel; AA edges and small text 1-18), so not at rest.
CACHE_FROM_PX = math.inf
#: Zoom steps at these scales (device px per plan unit) draw the items' cached
#: pictures (one px a unit): at most 1.1× too fine, 3× too coarse (soft while the
#: gesture lasts; up to 1.6 the bench's ×6 zoom steps left the range and were
#: p50 31-33 ms, up to 3.0 they are 19 ms). Below, the pictures in view outgrow
#: QPixmapCache's 10 MB and thrash (bench/bench_floor.py at ×2 of fit, 0.41 px/unit:
#: 44-240 ms a step against 50 ms painting).
ZOOM_CACHE_SCALES = (0.9, 3.0)
_CACHE = {False: QGraphicsItem.CacheMode.NoCache, True: QGraphicsItem.CacheMode.DeviceCoordinateCache}


def _typical_size(tables: Iterable[Table]) -> float:
    sizes = [min(t.width, t.height) for t in tables]
    return float(statistics.median(sizes)) if sizes else 60.0


def _outline(item: TableItem) -> list[tuple[float, float]]:
    """A few points around the table, in the scene: its corners, or 12 for a round one."""
    g = item.geometry
    hw, hh = g.width / 2, g.height / 2
    if item.table.shape is Shape.ROUND:
        local = [(hw * math.cos(a), hh * math.sin(a)) for a in (math.pi * k / 6 for k in range(12))]
    else:
        local = [(-hw, -hh), (hw, -hh), (hw, hh), (-hw, hh)]
    a = math.radians(g.rotation)
    ca, sa = math.cos(a), math.sin(a)
    cx, cy = g.x + hw, g.y + hh
    return [(cx + x * ca - y * sa, cy + x * sa + y * ca) for x, y in local]


def _gap(a: QRectF, b: QRectF) -> float:
    dx = max(a.left() - b.right(), b.left() - a.right(), 0.0)
    dy = max(a.top() - b.bottom(), b.top() - a.bottom(), 0.0)
    return math.hypot(dx, dy)


def _hull(points: list[tuple[float, float]]) -> QPolygonF:
    """The convex hull, counter-clockwise (Andrew's monotone chain)."""
    pts = sorted(set(points))
    if len(pts) <= 2:
        return QPolygonF([QPointF(x, y) for x, y in pts])

    def cross(o, a, b):
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper: list = []
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return QPolygonF([QPointF(x, y) for x, y in lower[:-1] + upper[:-1]])


def _grid_step(size: float) -> float:
    step = 10.0
    while size / step > 40:
        step *= 2.5 if str(int(step))[0] == "2" else 2
    return step


class OverviewItem(QGraphicsItem):
    """Every table of the scene in one item (overview zoom).

    A full repaint fills one path per status; a repaint of a small area (a table
    changed) draws only the tables in it, so a status change at overview zoom costs
    one table, not the floor.
    """

    def __init__(self, scene: FloorScene) -> None:
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

    def update_around(self, item: TableItem) -> None:
        """Redraw the table's place and a ring's width around it (pulse, selection)."""
        box = item.geometry.scene_box()
        m = max(box.width(), box.height())
        self.update(box.adjusted(-m, -m, m, m))

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
        p = scene._state.paints
        stale = scene.stale
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(p.no_pen)

        def brush(status: Status, dim: bool) -> QBrush:
            sp = p.status.get(status) or p.status[Status.UNKNOWN]
            if dim:
                return sp.fill_stale_dim if stale else sp.fill_dim
            return sp.fill_stale if stale else sp.fill

        exposed = option.exposedRect
        whole = self.boundingRect()
        if exposed.width() * exposed.height() < 0.25 * whole.width() * whole.height():
            for box, status, dim, path in self._entries.values():
                if box.intersects(exposed):
                    painter.setBrush(brush(status, dim))
                    painter.drawPath(path)
        else:
            self._paint_batches(painter, brush)
        self._paint_rings(painter, scene)

    def _paint_rings(self, painter: QPainter, scene: FloorScene) -> None:
        """The selection and the pulses, which the table items draw when close in."""
        p = scene._state.paints
        painter.setBrush(Qt.BrushStyle.NoBrush)
        selected = scene._selected
        if selected and selected in self._entries:
            painter.setPen(p.selection)
            painter.drawPath(self._entries[selected][3])
        for tid in list(scene._pulses):
            entry, item = self._entries.get(tid), scene.table_item(tid)
            pulse = scene._pulse_of(item) if item is not None else None
            if entry is None or pulse is None:
                continue
            kind, progress = pulse
            phase = (progress * 3) % 1.0 if kind == "flash" else progress
            color = QColor(p.flash) if kind == "flash" else QColor(p.status[entry[1]].ripple)
            color.setAlphaF(max(0.0, 1.0 - phase))
            pen = QPen(color, 2 + 10 * phase)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.drawPath(entry[3])

    def _paint_batches(self, painter: QPainter, brush) -> None:
        if self._batches is None:
            paths: dict[tuple[Status, bool], QPainterPath] = {}
            for _box, status, dim, path in self._entries.values():
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
