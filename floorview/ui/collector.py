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
"""

from __future__ import annotations

import gc
import logging

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
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self._was_enabled:
            gc.enable()

    def check(self) -> None:
        """Collect the generations whose counts passed Python's thresholds."""
        thresholds, counts = gc.get_threshold(), gc.get_count()
        generation = -1
        for g in range(3):
            if counts[g] > thresholds[g]:
                generation = g
        if generation >= 0:
            gc.collect(generation)
            self.collections += 1
