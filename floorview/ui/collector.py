"""Python's cyclic garbage collector, run on the GUI thread only.

# WORKAROUND: PySide6 (6.11.3 here) can crash the process when the cyclic collector runs
# on another thread while the GUI thread is inside Qt: a loop that builds and closes
# main windows with ``gc.collect()`` running back to back on a worker thread died with
# "Fatal Python error: Segmentation fault ... Garbage-collecting" (tests/floorview/ui/
# test_collector.py reproduces it when FLOORVIEW_GC_ON_WORKER=1), even with no QObject
# left in a reference cycle. Automatic collection runs on whichever thread happens to
# allocate, and the app's REST calls and keyring run on executor threads: so automatic
# collection is off, and this timer collects on the GUI thread instead, by the same
# generation thresholds Python would use (a young collection costs well under 1 ms).

Python's own rule for the oldest generation is kept too: a full collection only once the
objects moved into it since the last one reach a quarter of those it held then. Without
that rule (collecting generation 2 whenever its count passed 10) the app on a 2,000-table
floor ran a full collection about every second under 100 changes a second: 1.4 s of the
GUI thread in 15 s, frames up to 1 s (a full collection of a million objects here: ~150 ms).
"""

from __future__ import annotations

import gc
import logging
import time

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)


class GuiThreadCollector(QObject):
    """Turns automatic collection off and collects from a timer on this thread.

    Args:
        interval_ms: how often the counts are looked at.
    """

    def __init__(self, parent: QObject | None = None, *, interval_ms: int = 500) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        self.collections = 0
        self.full_collections = 0
        self._long_lived = 0  # objects in the oldest generation after its last collection
        self._pending = 0  # objects moved into it since (Python's long_lived_pending)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        gc.disable()
        self._long_lived, self._pending = len(gc.get_objects(2)), 0
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self._was_enabled:
            gc.enable()

    def check(self) -> None:
        """Collect the oldest generation whose count passed Python's threshold (the
        oldest one only when a quarter of it is new since its last collection)."""
        thresholds, counts = gc.get_threshold(), gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] <= thresholds[generation]:
                continue
            if generation == 2 and self._pending < self._long_lived // 4:
                continue  # as CPython: the younger generations are collected instead
            self._collect(generation)
            return

    def _collect(self, generation: int) -> None:
        if generation == 2:
            started = time.perf_counter()
            found = gc.collect(2)
            self.full_collections += 1
            pending, self._long_lived, self._pending = self._pending, len(gc.get_objects(2)), 0
            log.debug("full collection: %d unreachable, %d objects kept (%d new), %.0f ms",
                      found, self._long_lived, pending, (time.perf_counter() - started) * 1000)
        elif generation == 1:
            # what survives a collection of generations 0 and 1 moves into generation 2
            young = len(gc.get_objects(0)) + len(gc.get_objects(1))
            self._pending += max(0, young - gc.collect(1))
        else:
            gc.collect(0)
        self.collections += 1
