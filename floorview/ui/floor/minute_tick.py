"""The minute's tick: the tables' time labels moved on as the clock's minute changes.

A single-shot timer wakes 50 ms past each minute of the clock. The tables in sight are
ticked at once, the others :data:`TICK_SLICE` a loop turn: on 2,000 tables every
occupied one's label changes at the minute, and refreshing them all at once held the
GUI thread 370 ms (frames and the socket's reading waited). While the data is stale
the labels count to when it was last known true, not to the clock.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from datetime import datetime
from typing import Protocol, cast

from PySide6.QtCore import QObject, QRectF, QTimer
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsView

from floorview.core.model import Status
from floorview.ui.floor.layer import TablesLayer, shown_rects
from floorview.ui.floor.table_item import ItemState, TableItem

#: Tables whose minute labels are refreshed per loop turn (a relayout is ~0.2-0.5 ms here).
TICK_SLICE = 100


class TickedScene(Protocol):
    """What the minute's tick reads from its scene."""

    @property
    def overview(self) -> bool: ...

    @property
    def drawing(self) -> str: ...

    @property
    def stale_since(self) -> datetime | None: ...

    def table_items(self) -> list[TableItem]: ...

    def table_item(self, table_id: str) -> TableItem | None: ...

    def views(self) -> list[QGraphicsView]: ...

    def items(self, rect: QRectF) -> list[QGraphicsItem]: ...


class MinuteTick:
    """The time labels of one scene's tables, moved on at each minute (see the module's
    text). Create it with the scene, the state its items share, its tables layer and
    the clock; :meth:`stop` it when the scene stops."""

    def __init__(self, scene: TickedScene, state: ItemState, layer: TablesLayer,
                 clock: Callable[[], datetime]) -> None:
        # Weak: the scene owns this, and must be freed by reference counting.
        self._scene = weakref.ref(scene)
        self._state = state
        self._layer = layer
        self._clock = clock
        # The timers go when the scene does (a QGraphicsScene: the Protocol names what is read).
        parent = cast(QObject, scene)
        self._minute_timer = QTimer(parent, singleShot=True)
        self._minute_timer.timeout.connect(self._on_minute)
        self._ticking: list[str] = []  # the tables of this minute's round still to tick
        self._tick_timer = QTimer(parent, singleShot=True, interval=0)
        self._tick_timer.timeout.connect(self._tick_slice)
        self._schedule_minute()

    def set_now(self) -> None:
        """The time the labels count to: the clock, or when the data went stale."""
        scene = self._scene()
        stale_since = scene.stale_since if scene is not None else None
        self._state.now = stale_since if stale_since is not None else self._clock()

    def tick_all(self) -> None:
        """Read the clock and refresh every table's time label now."""
        self._ticking = []  # every table now, at this clock
        self._tick_timer.stop()
        self.set_now()
        scene = self._scene()
        for item in scene.table_items() if scene is not None else ():
            self._tick_item(item)

    def stop(self) -> None:
        """No more ticks (the scene stopped)."""
        self._minute_timer.stop()
        self._tick_timer.stop()

    def _schedule_minute(self) -> None:
        now = self._clock()
        ms = int((60 - now.second - now.microsecond / 1e6) * 1000) + 50
        self._minute_timer.start(max(1000, min(ms, 60_050)))

    def _on_minute(self) -> None:
        self._schedule_minute()
        self.set_now()
        scene = self._scene()
        if scene is None:
            return
        # The tables in sight first, all at once: each slice with some of them in it
        # redrew the picture where they are (at close zoom on 2,000 tables, four slices
        # redrew the ~190 tables in sight four times: 315 ms). Far out the overview
        # shows no times: nothing is in sight that needs them.
        shown: set[str] = set()
        if not scene.overview:
            for seen in shown_rects(cast(QGraphicsScene, scene)) or ():
                shown.update(i.table_id for i in scene.items(seen) if isinstance(i, TableItem))
        self._ticking = [i.table_id for i in scene.table_items() if i.table_id not in shown]
        for tid in shown:
            item = scene.table_item(tid)
            if item is not None:
                self._tick_item(item)
        self._tick_slice()

    def _tick_slice(self) -> None:
        """Tick the next TICK_SLICE tables of the minute's round; the rest at the next turn."""
        scene = self._scene()
        if scene is None:
            return
        ids, self._ticking = self._ticking[:TICK_SLICE], self._ticking[TICK_SLICE:]
        for tid in ids:
            item = scene.table_item(tid)
            if item is not None:
                self._tick_item(item)
        if self._ticking:
            self._tick_timer.start()

    def _tick_item(self, item: TableItem) -> None:
        if item.table.status in (Status.OCCUPIED, Status.RESERVED) or item.shows_time:
            scene = self._scene()
            if scene is not None and scene.drawing == "layer":
                shown = (item.time_text, item.time_level)
                drawn = item.sceneBoundingRect()
                item.tick()
                if (item.time_text, item.time_level) != shown:
                    self._layer.table_changed(drawn, item.sceneBoundingRect())
            else:
                item.tick()

