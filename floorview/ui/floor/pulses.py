"""The rings a table shows for a while: a live change's ring and a search's flash.

Each running ring is a kind, a start and a length on one clock; a timer redraws the
tables that ring, 30 times a second, until the last one is over. Which changes ring is
decided here too: a status, guests, server or details change, a table added live (not by
a snapshot), and only while few tables change at once (see :data:`MAX_PULSES_PER_FRAME`
and :data:`MAX_RINGS_PER_WINDOW`).
"""

from __future__ import annotations

import weakref
from collections.abc import Collection
from typing import Protocol, cast

from PySide6.QtCore import QElapsedTimer, QObject, QTimer

from floorview.core.store import Aspect
from floorview.ui.floor.frame_batch import RESYNCED, RingThrottle
from floorview.ui.floor.overview import RingsItem
from floorview.ui.floor.table_item import TableItem

#: How long the ring of a live change lasts, and a search flash.
PULSE_MS = 1500
FLASH_MS = 2400
_PULSE_TICK_MS = 33
#: More changed tables than this in one frame ring none: a mass change (a resync, a
#: burst) is not news about any one table, and 2,000 rings would redraw the whole floor.
MAX_PULSES_PER_FRAME = 40
#: More changes than this within the last RING_WINDOW_MS ring none either: a steady
#: stream is not news about any one table. Measured at 2,000 tables, 1,000 changes/s
#: with rings kept ~1,500 rings running, each redrawn 30 times a second, and the app
#: fell seconds behind the socket; at 100/s every frame redrew rings all over the floor.
MAX_RINGS_PER_WINDOW = 25
RING_WINDOW_MS = 1000
#: A change of one of these makes the table pulse.
_PULSING = frozenset({Aspect.STATUS, Aspect.GUESTS, Aspect.SERVER, Aspect.DETAILS})


def is_news(aspects: Collection[Aspect | str], *, added: bool = False) -> bool:
    """Whether a table's changed ``aspects`` ring it: a status, guests, server or details
    change; or, for a table just ``added``, its creation live (not by a snapshot)."""
    return bool(_PULSING.intersection(aspects)) or (
        added and Aspect.CREATED in aspects and RESYNCED not in aspects)


class RingedScene(Protocol):
    """What the rings read from their scene."""

    def table_item(self, table_id: str) -> TableItem | None: ...


class Pulses:
    """The running rings of one scene's tables (see the module's text). Create it with
    the scene and its rings item (where the rings are drawn over the tables layer's
    picture); :meth:`stop` it when the scene stops."""

    def __init__(self, scene: RingedScene, rings: RingsItem) -> None:
        # Weak: the scene owns this, and must be freed by reference counting.
        self._scene = weakref.ref(scene)
        self._rings = rings
        self._throttle = RingThrottle()
        self._pulses: dict[str, tuple[str, int, int]] = {}  # id → (kind, start, duration)
        self._pulse_clock = QElapsedTimer()
        self._pulse_clock.start()
        # The timer goes when the scene does (a QGraphicsScene: the Protocol names what is read).
        self._pulse_timer = QTimer(cast(QObject, scene), interval=_PULSE_TICK_MS)
        self._pulse_timer.timeout.connect(self._on_pulse_tick)

    def pulsing(self) -> set[str]:
        """Ids of the tables showing a live-change ring or a search flash now."""
        return set(self._pulses)

    def pulse_of(self, table_id: str) -> tuple[str, float] | None:
        """The table's running ring: ("live" or "flash", progress 0..1), or None."""
        p = self._pulses.get(table_id)
        if p is None:
            return None
        kind, start, duration = p
        return kind, min(1.0, (self._pulse_clock.elapsed() - start) / duration)

    def may_ring(self, changes: int) -> bool:
        """Whether this flush's changes ring: few in it, and few in the last window."""
        return self._throttle.may_ring(self._pulse_clock.elapsed(), changes,
                                       most_per_frame=MAX_PULSES_PER_FRAME,
                                       most_in_window=MAX_RINGS_PER_WINDOW,
                                       window_ms=RING_WINDOW_MS)

    def ring(self, table_id: str) -> None:
        """Ring the table once (a live change), for PULSE_MS."""
        self._start_pulse(table_id, "live", PULSE_MS)

    def flash(self, table_id: str) -> None:
        """Ring the table a few times (it was searched for), for FLASH_MS."""
        self._start_pulse(table_id, "flash", FLASH_MS)

    def forget(self, table_id: str) -> None:
        """The table left the scene: its ring ends without a redraw."""
        self._pulses.pop(table_id, None)

    def clear(self) -> None:
        """End every ring and flash now (their tables redraw without them)."""
        scene = self._scene()
        for tid in list(self._pulses):
            item = scene.table_item(tid) if scene is not None else None
            if item is not None:
                self._redraw_ring(item)
        self._pulses.clear()
        self._pulse_timer.stop()

    def stop(self) -> None:
        """No more ticks (the scene stopped)."""
        self._pulse_timer.stop()

    def _start_pulse(self, table_id: str, kind: str, duration: int) -> None:
        self._pulses[table_id] = (kind, self._pulse_clock.elapsed(), duration)
        scene = self._scene()
        item = scene.table_item(table_id) if scene is not None else None
        if item is not None:  # drawn from this frame on, not from the first tick
            self._redraw_ring(item)
        if not self._pulse_timer.isActive():
            self._pulse_timer.start()

    def _on_pulse_tick(self) -> None:
        now = self._pulse_clock.elapsed()
        scene = self._scene()
        for tid, (_kind, start, duration) in list(self._pulses.items()):
            item = scene.table_item(tid) if scene is not None else None
            if item is not None:
                self._redraw_ring(item)
            if now - start >= duration:
                del self._pulses[tid]
        if not self._pulses:
            self._pulse_timer.stop()

    def _redraw_ring(self, item: TableItem) -> None:
        """The table's ring changed: redraw it where it is drawn (over the picture, or
        the item itself)."""
        if self._rings.isVisible():
            self._rings.update_around(item)
        else:
            item.update()
