"""Handing glibc's freed heap back to the system now and then (a timer on the GUI thread)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer


def heap_trimmer(interval_ms: int = 60_000) -> QTimer | None:
    """WORKAROUND: hand glibc's freed heap back to the system once a minute.

    Measured on 2,000 tables: RSS climbed ~1.3 MiB per 10,000 changes while the Python
    heap (tracemalloc) stayed flat at 12.3 MiB; after ``malloc_trim(0)`` RSS went back
    to the same ~178 MiB after 10k, 20k and 30k changes: memory freed (Qt's paths,
    pixmaps, JSON) but kept by malloc, not a leak. A trim costs about a millisecond.
    None where there is no glibc (the timer is not needed there).
    """
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library("c") if sys.platform.startswith("linux") else None
    try:
        trim = ctypes.CDLL(name).malloc_trim if name else None
    except (OSError, AttributeError):
        trim = None
    if trim is None:
        return None
    timer = QTimer()
    timer.timeout.connect(lambda: trim(0))
    timer.start(interval_ms)
    return timer
