"""The summary panel: counts, covers, occupancy, the per-server rows, on a hand-made store."""

from __future__ import annotations

from PySide6.QtCore import Qt

from floorview.core.model import Status
from floorview.ui.window.summary_panel import SummaryPanel, summarize
from tests.floorview.qtapp import PixmapCacheWatch, status_color


def test_summary_counts_covers_and_occupancy(store):
    s = summarize(tuple(store.tables.values()))
    assert s.by_status[Status.OCCUPIED] == 2
    assert s.by_status[Status.AVAILABLE] == 1
    assert s.covers == 6  # two occupied tables of 3; the reservation's 2 are not seated
    assert s.seats == 20  # 6 tables of 4, less the one out of service
    assert s.occupancy == 30
    assert s.servers["u-ana"].tables == 3 and s.servers["u-ana"].covers == 3


def test_summary_panel_follows_the_store_and_highlights_a_server(qtbot, store):
    panel = SummaryPanel(store, status_color=status_color)
    qtbot.addWidget(panel)
    assert panel.counts()[Status.OCCUPIED] == 2
    t = store.tables["t-1"]
    store.apply_event("tableStatusUpdate", {**t.to_json(), "status": "occupied",
                                            "guestCount": 4, "version": t.version + 1})
    qtbot.waitUntil(lambda: panel.counts()[Status.OCCUPIED] == 3)
    assert "Covers 10 of 20 seats" in panel.covers_label.text()

    with qtbot.waitSignal(panel.serverHighlighted) as blocker:
        row = panel.server_row("u-ben")
        rect = panel.servers.visualItemRect(panel.servers.item(row))
        qtbot.mouseClick(panel.servers.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["u-ben"]
    with qtbot.waitSignal(panel.serverHighlighted) as blocker:
        qtbot.mouseClick(panel.servers.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [""]  # a second click clears
    panel.close()
    assert panel._unsubscribe is None


def test_following_changes_leaves_no_pictures_behind_in_qpixmapcache(qtbot, store):
    """A server's colour swatch is one picture per colour: the list is rebuilt at every
    change, and a swatch built anew each time left a picture in QPixmapCache at each paint
    that nothing would ask for again, until the cache was full."""
    panel = SummaryPanel(store, status_color=status_color)
    qtbot.addWidget(panel)
    panel.resize(400, 600)
    panel.show()
    qtbot.waitExposed(panel)
    statuses = ["occupied", "cleaning", "available", "reserved"]
    with PixmapCacheWatch(limit_kb=512, sentinel_kb=256) as watch:
        for i in range(400):  # a few servers' swatches a redraw, 14x14 px: ~0.8 MB if new
            t = store.tables[f"t-{i % 6 + 1}"]
            store.apply_event("tableStatusUpdate", {**t.to_json(), "status": statuses[i % 4],
                                                    "guestCount": 2, "version": t.version + 1})
            panel.refresh()  # what the panel's timer does after a burst
            panel.grab()  # paints every row in sight, as the screen would
        assert watch.sentinel_kept()
    panel.close()
