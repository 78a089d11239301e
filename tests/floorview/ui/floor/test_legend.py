"""The legend: a swatch, name and count per status."""

from __future__ import annotations

from PySide6.QtGui import QColor

from floorview.core.model import Status
from floorview.ui.floor.legend import LegendWidget, count_statuses
from floorview.ui.floor.palette import DARK, LIGHT


def test_counts_per_status(store):
    counts = count_statuses(store.tables_on("fp-main"))
    assert counts[Status.OCCUPIED] == 11 and counts[Status.UNKNOWN] == 1
    assert sum(counts.values()) == len(store.tables_on("fp-main"))


def test_the_widget_paints_each_status_colour(qtbot, store):
    w = LegendWidget(LIGHT)
    qtbot.addWidget(w)
    w.set_tables(store.tables_on("fp-main"))
    w.resize(w.sizeHint())
    image = w.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())}
    for s in (Status.AVAILABLE, Status.RESERVED, Status.OCCUPIED, Status.CLEANING, Status.UNKNOWN):
        assert QColor(LIGHT.status(s).fill).name().lower() in colours, s
    w.set_theme(DARK)
    w.set_counts({Status.AVAILABLE: 3})
    assert w.counts()[Status.AVAILABLE] == 3 and w.counts()[Status.OCCUPIED] == 0
