"""Handing glibc's freed heap back: a timer where there is glibc, nothing elsewhere."""

from __future__ import annotations

import sys

import pytest

from floorview.app.heap_trim import heap_trimmer


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_on_linux_a_timer_trims_and_the_app_goes_on(qtbot):
    timer = heap_trimmer(interval_ms=10)
    assert timer is not None and timer.isActive() and timer.interval() == 10
    try:
        junk = [bytearray(4096) for _ in range(2000)]  # freed heap for it to hand back
        del junk
        with qtbot.waitSignal(timer.timeout, timeout=2000):
            pass
        with qtbot.waitSignal(timer.timeout, timeout=2000):  # and again: it keeps going
            pass
    finally:
        timer.stop()


def test_elsewhere_there_is_no_timer(monkeypatch):
    monkeypatch.setattr(sys, "platform", "darwin")
    assert heap_trimmer() is None
