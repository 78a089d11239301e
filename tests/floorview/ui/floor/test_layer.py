"""The tables layer: the floor at rest drawn from one cached picture, kept exact.

Each case grabs a shown view after one change (rings off) and compares every pixel
with a fresh view of the same state whose tables paint themselves.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage

from floorview.core.model import Status
from floorview.core.samples import big_store, demo_store
from floorview.ui.floor import pulses
from floorview.ui.floor.palette import LIGHT
from tests.floorview.pixels import close, inner_point


def _main():
    store = demo_store()
    return store, next(p for p in store.floor_plans if p.id == "fp-main")


def _next_status(store, tid: str) -> Status:
    t = store.tables[tid]
    status = "occupied" if t.status.value != "occupied" else "cleaning"
    store.apply_event("tableStatusUpdate", {**dict(t.raw), "status": status,
                                            "version": t.version + 1})
    return Status(status)


def _in_view(view, scene) -> list[str]:
    """The tables wholly in sight."""
    rect = view.viewport().rect()
    return [i.table_id for i in scene.table_items()
            if rect.contains(view.mapFromScene(i.geometry.scene_box()).boundingRect())]


def _far_apart(a: QImage, b: QImage, *, stop_at: int | None = None) -> int:
    """How many pixels differ by more than antialiasing's rounding (12 of 255), counting
    no further than ``stop_at``. Equal images are known at once (Qt compares them); the
    pixel by pixel count in Python took 14 s a test, 40-60 s under load."""
    assert a.size() == b.size()
    if a.convertToFormat(QImage.Format.Format_RGB32) == b.convertToFormat(QImage.Format.Format_RGB32):
        return 0
    far = 0
    for y in range(a.height()):
        for x in range(a.width()):
            if not close(a.pixelColor(x, y), b.pixelColor(x, y)):
                far += 1
                if far == stop_at:
                    return far
    return far


@pytest.mark.parametrize("where", ["fit", "close", "overview"])
def test_after_a_change_the_cached_floor_is_what_the_tables_paint(qapp, make_view, where,
                                                                  monkeypatch):
    monkeypatch.setattr(pulses, "MAX_RINGS_PER_WINDOW", 0)  # no ring: the change alone redraws
    store, plan = big_store(600) if where == "overview" else _main()
    scene, view = make_view(store, plan)
    if where == "close":
        view.zoom_by(3.0)
        view.settle_zoom()
        qapp.processEvents()
    assert scene.drawing == ("overview" if where == "overview" else "layer")
    view.viewport().grab()  # the cached picture exists
    shown = _in_view(view, scene)
    tid = shown[len(shown) // 2]
    status = _next_status(store, tid)
    scene.flush()
    assert not scene.pulsing()
    qapp.processEvents()
    image = view.viewport().grab().toImage()

    fresh_scene, fresh = make_view(store, plan, cache=False, like=view)
    assert fresh_scene.drawing == ("overview" if where == "overview" else "items")
    assert _far_apart(image, fresh.viewport().grab().toImage()) == 0
    want = QColor(LIGHT.status(status).fill)
    item = scene.table_item(tid)
    point = view.mapFromScene(item.geometry.center if where == "overview" else inner_point(item))
    assert close(image.pixelColor(point), want)


def test_a_selection_ring_and_a_live_ring_come_and_go_in_the_picture(qapp, make_view):
    store, plan = _main()
    scene, view = make_view(store, plan)
    before = view.viewport().grab().toImage()
    tid = _in_view(view, scene)[0]
    scene.select_table(tid)
    qapp.processEvents()
    selected = view.viewport().grab().toImage()
    assert selected != before
    scene.select_table(None)
    qapp.processEvents()
    assert view.viewport().grab().toImage() == before
    scene.flash(tid)
    qapp.processEvents()
    assert view.viewport().grab().toImage() != before
    scene.clear_pulses()
    qapp.processEvents()
    assert view.viewport().grab().toImage() == before



def test_a_live_ring_is_drawn_over_the_picture_without_redrawing_the_tables(
        qapp, qtbot, make_view, monkeypatch):
    """At close zoom a ring's every tick redraws the ring, not the tables under it (each
    tick redrew them into the picture: 62 % CPU at 10 changes a second on 2,000 tables),
    and when it ends the floor is as before."""
    from floorview.ui.floor.table_item import TableItem

    store, plan = _main()
    scene, view = make_view(store, plan)
    view.zoom_by(2.0)
    view.settle_zoom()
    qapp.processEvents()
    assert scene.drawing == "layer"
    before = view.viewport().grab().toImage()
    drawn, rings = [], []
    real_draw, real_ring = TableItem.draw, TableItem.draw_pulse
    monkeypatch.setattr(TableItem, "draw", lambda self, *a, **k: (
        drawn.append(self.table_id), real_draw(self, *a, **k))[1])
    monkeypatch.setattr(TableItem, "draw_pulse", lambda self, painter: (
        rings.append(self.table_id), real_ring(self, painter))[1])
    tid = _in_view(view, scene)[0]
    _next_status(store, tid)
    scene.flush()
    assert scene.pulsing() == {tid}
    qapp.processEvents()
    first = view.viewport().grab().toImage()
    drawn.clear()
    qtbot.waitUntil(lambda: len(set(rings)) == 1 and rings.count(tid) >= 5, timeout=5000)
    assert drawn == [], "the ticks redrew no table"
    assert first != before  # the ring is on screen
    qtbot.waitUntil(lambda: not scene.pulsing(), timeout=5000)
    qapp.processEvents()
    after = view.viewport().grab().toImage()
    fresh_scene, fresh = make_view(store, plan, cache=False, like=view)
    assert _far_apart(after, fresh.viewport().grab().toImage()) == 0, "no ring left behind"



@pytest.mark.parametrize("how", ["scrolled to", "zoomed out to"])
def test_a_table_changed_out_of_sight_shows_its_change_when_brought_into_sight(
        qapp, make_view, monkeypatch, how):
    """Changes out of sight are not drawn into the picture (it holds what the view
    shows): panned or zoomed to, the table shows its new state, pixel for pixel."""
    monkeypatch.setattr(pulses, "MAX_RINGS_PER_WINDOW", 0)
    store, plan = big_store(600)
    scene, view = make_view(store, plan, size=(900, 600))
    view.zoom_by(8.0)
    view.settle_zoom()
    qapp.processEvents()
    assert scene.drawing == "layer"
    view.viewport().grab()
    shown = set(_in_view(view, scene))
    away = [t for t in store.tables if t not in shown]
    for tid in away[::7]:  # tables all over the floor, none in sight
        _next_status(store, tid)
    scene.flush()
    qapp.processEvents()
    view.viewport().grab()
    target = away[::7][len(away[::7]) // 2]
    if how == "scrolled to":
        view.centerOn(scene.table_item(target))
    else:
        view.zoom_by(1 / 2.5)
        view.settle_zoom()
    qapp.processEvents()
    assert scene.drawing == "layer"
    assert set(_in_view(view, scene)) & set(away[::7]), "changed tables now in sight"
    image = view.viewport().grab().toImage()
    fresh_scene, fresh = make_view(store, plan, cache=False, like=view, size=(900, 600))
    assert _far_apart(image, fresh.viewport().grab().toImage()) == 0


def test_edit_mode_and_a_zoom_gesture_let_the_tables_paint_themselves(qapp, make_view):
    store, plan = _main()
    scene, view = make_view(store, plan)
    assert scene.drawing == "layer"
    scene.set_edit_mode(True)
    assert scene.drawing == "items"
    scene.set_edit_mode(False)
    assert scene.drawing == "layer"
    view.zoom_by(1.1 / view.scale_factor)  # a gesture drawing the items' own cached pictures
    assert scene.drawing == "items"
    view.settle_zoom()
    assert scene.drawing == "layer"


def test_a_table_moved_by_the_store_leaves_no_trace_where_it_was(qapp, make_view, monkeypatch):
    monkeypatch.setattr(pulses, "MAX_RINGS_PER_WINDOW", 0)
    store, plan = _main()
    scene, view = make_view(store, plan)
    view.viewport().grab()
    tid = _in_view(view, scene)[0]
    t = store.tables[tid]
    old = inner_point(scene.table_item(tid))
    store.apply_event("tableUpdated", {**dict(t.raw), "x": t.x + 3 * t.width,
                                       "version": t.version + 1})
    scene.flush()
    qapp.processEvents()
    image = view.viewport().grab().toImage()
    _, fresh = make_view(store, plan, cache=False, like=view)
    assert _far_apart(image, fresh.viewport().grab().toImage()) == 0
    assert scene.table_at(QPointF(old)) != tid


def test_the_window_s_marks_show_in_the_picture_and_go_again(qapp, make_view, monkeypatch):
    # F8's "free ~19:55" and the over-time ring come from the window (set_marks), not
    # from the store: the picture at rest must be redrawn for them too.
    monkeypatch.setattr(pulses, "MAX_RINGS_PER_WINDOW", 0)
    store, plan = _main()
    scene, view = make_view(store, plan)
    occupied = [i.table_id for i in scene.table_items() if i.table.status is Status.OCCUPIED]
    tid = next(t for t in _in_view(view, scene) if t in occupied)
    before = view.viewport().grab().toImage()
    for _ in range(2):  # on, off, and on again
        scene.set_marks(tid, "free ~19:55", True)
        qapp.processEvents()
        marked = view.viewport().grab().toImage()
        assert _far_apart(marked, before, stop_at=1) > 0
        _fresh_scene, fresh = make_view(store, plan, cache=False, like=view)
        _fresh_scene.set_marks(tid, "free ~19:55", True)
        qapp.processEvents()
        assert _far_apart(marked, fresh.viewport().grab().toImage()) == 0
        scene.set_marks(tid)
        qapp.processEvents()
        assert _far_apart(view.viewport().grab().toImage(), before) == 0
