"""Python's cyclic garbage collector, run on the GUI thread only.

# WORKAROUND: PySide6 (6.11.3 here) can crash the process when the cyclic collector runs
# on another thread while the GUI thread is inside Qt: a loop that builds and closes
# main windows with ``gc.collect()`` running back to back on a worker thread died with
# "Fatal Python error: Segmentation fault ... Garbage-collecting", even with no QObject
# left in a reference cycle. (With a pause of 5 ms after each worker collection, 200
# window builds and 12 branch switches have not crashed, and the suite runs 40 builds so
# in tests/floorview/ui/test_collector.py; back to back, the crash was not seen again
# either, in 600 s.) Automatic collection runs on whichever thread happens to allocate,
# and the app's REST calls and keyring run on executor threads: so automatic collection
# is off, and this timer collects on the GUI thread instead, by the same generation
# thresholds Python would use (a young collection costs well under 1 ms).

What survives a full collection is then frozen (``gc.freeze``: never traversed again)
until a sweep every ``sweep_s`` (10 min) thaws, collects and freezes it all once more: a
full collection traverses only what is newer than the last one, and cyclic garbage among
the frozen (a closed dialog's, a closed branch's window) lives at most one sweep. Measured
here on a 2,000-table floor: the scene's Qt wrappers (QRectF, QPointF, QPainterPath kept
by the table items, ~42,000 objects) cost ~50 ms of every full collection, ~25 µs a table,
while 100,000 plain dicts cost ~1 ms; unfrozen, the app's full collections took 380 ms and
its young ones, every 500 ms, up to 190 ms under 100 changes a second (79,000 young
objects): frames seconds late. Every 100 ms the young generations stay small.
"""

from __future__ import annotations

import gc
import logging
import time

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)


#: A collection at least this long is logged (at DEBUG), whatever its generation.
SLOW_MS = 20.0


class GuiThreadCollector(QObject):
    """Turns automatic collection off and collects from a timer on this thread.

    Args:
        interval_ms: how often the counts are looked at.
        sweep_s: how often everything frozen is thawed and collected once more.
    """

    def __init__(self, parent: QObject | None = None, *, interval_ms: int = 100,
                 sweep_s: float = 600.0) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        self.collections = 0
        self.full_collections = 0
        self.sweep_s = sweep_s
        self._swept = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        gc.disable()
        self._swept = time.monotonic()
        self._timer.start()

    def stop(self) -> None:
        """Back to Python's own collection, nothing left frozen."""
        self._timer.stop()
        gc.unfreeze()
        if self._was_enabled:
            gc.enable()

    def check(self) -> None:
        """Collect the oldest generation whose count passed Python's threshold; sweep
        when one is due."""
        if time.monotonic() - self._swept >= self.sweep_s:
            self.sweep()
            return
        thresholds, counts = gc.get_threshold(), gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation]:
                self._collect(generation)
                return

    def sweep(self) -> None:
        """Thaw everything, collect it all, freeze the survivors."""
        self._swept = time.monotonic()
        gc.unfreeze()
        self._collect(2)

    def _collect(self, generation: int) -> None:
        started = time.perf_counter()
        found = gc.collect(generation)
        if generation == 2:
            gc.freeze()  # survivors of a full collection: long-lived
            self.full_collections += 1
        self.collections += 1
        took = (time.perf_counter() - started) * 1000
        if took >= SLOW_MS or generation == 2:
            log.debug("collection of generation %d: %d unreachable, %d frozen, %.0f ms",
                      generation, found, gc.get_freeze_count(), took)
