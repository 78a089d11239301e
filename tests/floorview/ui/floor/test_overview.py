"""The overview item and its rings overlay: what a far-out view shows, kept exact."""

from __future__ import annotations

from PySide6.QtGui import QColor

from floorview.core.model import Status
from floorview.core.samples import big_store
from floorview.ui.floor import pulses
from floorview.ui.floor.palette import LIGHT
from tests.floorview.pixels import close

STATUSES = ["available", "reserved", "occupied", "cleaning", "out_of_service"]


def _change(store, tid: str) -> str:
    t = store.tables[tid]
    status = STATUSES[(STATUSES.index(t.status.value) + 1) % 4] if t.status.value in STATUSES[:4] \
        else "available"
    store.apply_event("tableStatusUpdate", {**dict(t.raw), "status": status, "version": t.version + 1})
    return status


def test_changes_here_and_there_at_overview_zoom_paint_what_a_fresh_view_paints(qapp, make_view):
    store, plan = big_store(600)
    scene, view = make_view(store, plan, size=(800, 500), fit=True)
    assert scene.overview
    view.viewport().grab()  # the overview's cached picture exists
    ids = [i.table_id for i in scene.table_items()]
    changed = {tid: _change(store, tid) for tid in (ids[3], ids[len(ids) // 2], ids[-4])}
    scene.flush()
    scene.clear_pulses()  # the rings are compared elsewhere
    qapp.processEvents()
    image = view.viewport().grab().toImage()
    _, fresh = make_view(store, plan, size=(800, 500), fit=True)
    expected = fresh.viewport().grab().toImage()
    assert image == expected
    for tid, status in changed.items():
        item = scene.table_item(tid)
        point = view.mapFromScene(item.geometry.center)
        assert close(image.pixelColor(point), QColor(LIGHT.status(Status(status)).fill))


def test_rings_at_overview_zoom_are_drawn_over_the_floor_and_leave_no_trace(qapp, make_view):
    store, plan = big_store(600)
    scene, view = make_view(store, plan, size=(800, 500), fit=True)
    before = view.viewport().grab().toImage()
    tid = scene.table_items()[10].table_id
    scene.flash(tid)
    qapp.processEvents()
    assert view.viewport().grab().toImage() != before
    scene.clear_pulses()
    qapp.processEvents()
    assert view.viewport().grab().toImage() == before


def test_a_steady_stream_of_changes_rings_no_table(scene, store, monkeypatch):
    monkeypatch.setattr(pulses, "MAX_RINGS_PER_WINDOW", 3)
    monkeypatch.setattr(pulses, "RING_WINDOW_MS", 60_000)
    ids = [i.table_id for i in scene.table_items()][:5]
    for tid in ids:  # one change a frame: each frame alone would ring
        _change(store, tid)
        scene.flush()
    assert scene.pulsing() == set(ids[:3])
