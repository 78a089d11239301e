"""The floor scene: pixels per status, live changes in place, modes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF
from PySide6.QtGui import QColor

from floorview.core.model import Status
from floorview.core.samples import NOW, demo_store, main_tables
from floorview.ui.floor.floor_scene import DisplaySettings, FloorScene
from floorview.ui.floor.palette import DARK, LIGHT
from floorview.ui.floor.table_item import TableItem
from tests.floorview.pixels import close, inner_point

TABLES = {t["id"]: t for t in main_tables()}


def event(store, tid, name="tableStatusUpdate", **fields):
    t = {**dict(store.tables[tid].raw), **fields, "version": store.tables[tid].version + 1}
    store.apply_event(name, t)


def test_one_item_per_table_of_this_plan_only(scene, store):
    assert len(scene.table_items()) == len(store.tables_on("fp-main"))
    assert scene.table_item("p-1") is None  # a patio table
    assert scene.sceneRect().contains(0, 0) and scene.sceneRect().contains(1400, 900)


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
def test_each_table_shows_its_status_colour(make_scene, shot, theme):
    scene = make_scene(settings=DisplaySettings(theme=theme))
    img = shot(scene)
    for item in scene.table_items():
        expect = QColor(theme.status(item.table.status).fill)
        if item.table.status is Status.OUT_OF_SERVICE:
            continue  # hatched: see below
        got = img.pixel(inner_point(item))
        assert close(got, expect), f"{item.table_id}: {got.name()} is not {expect.name()}"


def test_out_of_service_is_hatched(scene, shot):
    img = shot(scene, scale=2.0)
    item = scene.table_item("t-7")
    fill = QColor(LIGHT.status(Status.OUT_OF_SERVICE).fill)
    colours = []
    g = item.geometry
    for i in range(40):  # along the table's long side, away from the labels
        colours.append(img.pixel(item.mapToScene(QPointF(-0.3 * g.width, (-0.45 + i * 0.0225) * g.height))))
    plain = sum(close(c, fill, 10) for c in colours)
    darker = sum(c.lightness() < fill.lightness() - 40 for c in colours)
    assert plain >= 10 and darker >= 4, (plain, darker)


def test_stale_keeps_the_last_known_colours_and_stamps_the_floor(scene, shot):
    live = shot(scene)
    scene.set_stale(True)
    assert scene.stale_stamp()[0].startswith("Not live · as of ")
    img = shot(scene)
    for tid in ("t-1", "t-5", "t-2", "t-4"):
        item = scene.table_item(tid)
        want = QColor(LIGHT.status(item.table.status).fill)
        assert close(img.pixel(inner_point(item)), want), tid  # the truth stays readable
    text, box = scene.stale_stamp()
    assert scene.sceneRect().contains(box) and box.bottom() <= 0  # above the room's wall
    assert img.image != live.image  # dashed borders and the stamp mark it
    scene.set_stale(False)
    assert scene.stale_stamp() is None
    assert shot(scene).image == live.image


def test_a_status_event_recolours_exactly_that_table(scene, store, shot):
    before = shot(scene)
    points = {i.table_id: inner_point(i) for i in scene.table_items()}
    event(store, "t-5", status="occupied", guestCount=2, statusChangedAt="2026-11-25T19:29:00.000Z")
    assert scene.table_item("t-5").table.status is Status.AVAILABLE  # not before the frame
    scene.flush()
    after = shot(scene)
    changed = {tid for tid, p in points.items() if before.pixel(p) != after.pixel(p)}
    assert changed == {"t-5"}
    assert close(after.pixel(points["t-5"]), QColor(LIGHT.status(Status.OCCUPIED).fill))
    assert "t-5" in scene.pulsing()


def test_changes_apply_by_themselves_within_a_frame(qtbot, scene, store):
    event(store, "t-5", status="cleaning")

    def applied():
        assert scene.table_item("t-5").table.status is Status.CLEANING

    qtbot.waitUntil(applied, timeout=1000)


def test_a_burst_costs_one_pass_per_table(scene, store, monkeypatch):
    calls = []
    original = TableItem.set_table
    monkeypatch.setattr(TableItem, "set_table", lambda self, t: (calls.append(t.id), original(self, t)))
    statuses = ["occupied", "cleaning", "available", "reserved"]
    for i in range(1000):
        event(store, "t-5", status=statuses[i % 4])
    for i in range(50):
        event(store, "t-11", guestCount=i % 4 + 1, status="occupied")
    scene.flush()
    assert sorted(calls) == ["t-11", "t-5"]
    assert scene.table_item("t-5").table.status is Status.RESERVED


def test_an_assignment_changes_the_badge(scene, store):
    event(store, "t-5", name="tableAssignmentUpdate", serverId="u-ben")
    scene.flush()
    initials, fill, _ = scene.table_item("t-5").badge
    assert (initials, fill) == ("BO", QColor("#E15759"))
    event(store, "t-5", name="tableAssignmentUpdate", serverId=None)
    scene.flush()
    assert scene.table_item("t-5").badge is None


def test_created_deleted_and_moved_away_tables(scene, store):
    store.apply_event("tableCreated", {**TABLES["t-5"], "id": "t-new", "number": "99", "x": 900,
                                       "y": 760, "rotation": 0})
    store.apply_event("tableDeleted", {"id": "t-4"})
    event(store, "t-13", name="tableUpdated", floorPlanId="fp-patio")
    scene.flush()
    assert scene.table_item("t-new") is not None
    assert scene.table_item("t-new").table.number == "99"
    assert scene.table_item("t-4") is None and scene.table_item("t-13") is None
    assert {i.table_id for i in scene.table_items()} == {t.id for t in store.tables_on("fp-main")}
    assert all(isinstance(i, TableItem) for i in scene.table_items())


def test_a_layout_change_moves_the_item_in_place(scene, store):
    item = scene.table_item("t-11")
    event(store, "t-11", name="tableUpdated", x=500, y=300, rotation=30)
    scene.flush()
    assert scene.table_item("t-11") is item
    assert item.pos() == QPointF(550, 350) and item.rotation() == 30


def test_a_resync_reconciles_everything(scene, store):
    snapshot = [t for t in store.tables.values() if t.id != "t-1"]
    store.begin_sync()
    store.apply_snapshot(snapshot)
    scene.flush()
    assert scene.table_item("t-1") is None
    assert len(scene.table_items()) == len(store.tables_on("fp-main"))


def test_unknown_status_renders_in_its_own_colour(scene, shot):
    c = shot(scene).pixel(inner_point(scene.table_item("t-30"), -0.3, 0.3))
    assert close(c, QColor(LIGHT.status(Status.UNKNOWN).fill))


def test_highlighting_a_server_dims_the_others(scene):
    scene.set_highlight_server("u-ana")
    assert not scene.is_dimmed("t-1") and scene.is_dimmed("t-10") and scene.is_dimmed("t-5")
    scene.set_highlight_server(None)
    assert not any(scene.is_dimmed(i.table_id) for i in scene.table_items())


def test_select_flash_and_context_menu(qtbot, scene):
    with qtbot.waitSignal(scene.selectedTableChanged) as sel:
        scene.select_table("t-3")
    assert sel.args == ["t-3"]
    with qtbot.waitSignal(scene.selectedTableChanged) as sel:
        scene.select_table(None)
    assert sel.args == [""]
    scene.flash("t-12")
    assert "t-12" in scene.pulsing()
    centre = scene.table_item("t-12").pos()
    with qtbot.waitSignal(scene.contextMenuRequested) as menu:
        scene.request_context_menu(centre, QPoint(10, 20))
    assert menu.args == ["t-12", QPoint(10, 20)]
    with qtbot.waitSignal(scene.tableActivated) as act:
        assert scene.activate_at(centre) == "t-12"
    assert act.args == ["t-12"]


def test_a_dropped_table_stays_until_the_store_confirms_or_it_is_reverted(scene, store):
    scene.set_edit_mode(True)
    item = scene.table_item("t-11")
    item.setPos(QPointF(700.0, 500.0))  # what a drag does, snapped and kept inside
    assert item.geometry.x == 650 and item.geometry.y == 450
    event(store, "t-11", status="occupied")  # another change: the drop stays
    scene.flush()
    assert item.pos() == QPointF(700, 500)
    scene.revert_table("t-11")
    assert item.pos() == QPointF(470, 300)
    item.setPos(QPointF(700.0, 500.0))
    event(store, "t-11", name="tableUpdated", x=650, y=450)  # the save, confirmed
    scene.flush()
    assert item.pos() == QPointF(700, 500) and not item._local_edit


def test_edit_mode_snaps_to_the_grid_and_keeps_tables_inside(scene):
    scene.set_edit_mode(True)
    item = scene.table_item("t-11")
    item.setPos(QPointF(613.0, 402.0))
    assert (item.geometry.x, item.geometry.y) == (565, 350)
    item.setPos(QPointF(-300.0, 5000.0))
    assert (item.geometry.x, item.geometry.y) == (0, 800)
    scene.set_edit_mode(False)
    assert not item.flags() & item.GraphicsItemFlag.ItemIsMovable


def test_detach_stops_listening(scene, store):
    scene.detach()
    event(store, "t-5", status="occupied")
    scene.flush()
    assert scene.table_item("t-5").table.status is Status.AVAILABLE


def test_a_deleted_scene_is_forgotten_by_the_store(qapp, store, main_plan):
    scene = FloorScene(store, main_plan, settings=DisplaySettings(), clock=lambda: NOW)
    listeners = len(store._listeners)
    del scene
    import gc

    gc.collect()
    assert len(store._listeners) == listeners - 1


def test_overview_draws_every_table_in_one_item(make_scene, shot):
    scene = make_scene()
    scene.set_scale_hint(0.05)
    assert scene.overview
    img = shot(scene)
    for item in scene.table_items():
        if item.table.status is not Status.OUT_OF_SERVICE:
            assert close(img.pixel(inner_point(item)), QColor(LIGHT.status(item.table.status).fill))
    scene.set_scale_hint(1.0)
    assert not scene.overview


def test_settings_change_theme_and_type_size(scene, shot):
    n = scene.table_item("t-10")._n
    scene.set_settings(DisplaySettings(theme=DARK, large_type=True, amber_minutes=20, red_minutes=30))
    assert scene.table_item("t-10").time_level == "amber"  # 24m
    assert scene.table_item("t-1").time_level == "red"  # 42m
    assert scene.table_item("t-10")._n >= n
    c = shot(scene).pixel(inner_point(scene.table_item("t-5")))
    assert close(c, QColor(DARK.status(Status.AVAILABLE).fill))


def test_tooltips_say_it_in_words(scene, store):
    assert scene.table_item("t-1").toolTip() == (
        "Table 1 · Occupied · 3 of 4 guests · for 42m · server Ana Souza")
    assert scene.table_item("t-30").toolTip().startswith("Table 30 · Unknown status (on_fire)")


def test_overview_still_shows_the_selection_and_a_flash(make_scene, shot):
    scene = make_scene()
    scene.set_scale_hint(0.05)
    item = scene.table_item("t-13")
    edge = item.mapToScene(QPointF(item.geometry.width / 2, 0))
    before = shot(scene, 0.5).pixel(edge)
    scene.select_table("t-13")
    assert shot(scene, 0.5).pixel(edge) != before
    scene.select_table(None)
    scene.flash("t-13")
    assert "t-13" in scene.pulsing()
    assert shot(scene, 0.5).pixel(edge) != before


def test_only_edit_mode_sends_geometry_changes_and_moves(scene):
    flags = scene.table_item("t-1").GraphicsItemFlag
    assert not scene.table_item("t-1").flags() & flags.ItemSendsGeometryChanges
    scene.set_edit_mode(True)
    assert all(i.flags() & flags.ItemSendsGeometryChanges and i.flags() & flags.ItemIsMovable
               for i in scene.table_items())


def test_edit_mode_does_not_snap_the_stores_own_places(scene, store):
    scene.set_edit_mode(True)
    event(store, "t-11", name="tableUpdated", x=123.4, y=301.7, rotation=12)
    scene.flush()
    item = scene.table_item("t-11")
    assert (item.geometry.x, item.geometry.y) == (123.4, 301.7)
    assert item.pos() == QPointF(173.4, 351.7) and not item._local_edit


def test_numbers_are_drawn_as_real_glyphs(scene, store, shot):
    """A machine without fonts draws every digit as the same empty box."""
    item = scene.table_item("t-13")

    def number_area(number):
        event(store, "t-13", name="tableUpdated", number=number)
        scene.flush()
        img = shot(scene, 2.0)
        g = item.geometry
        return [img.pixel(item.mapToScene(QPointF(dx * g.width / 40, dy * g.height / 40))).name()
                for dx in range(-8, 9) for dy in range(-6, 7)]

    eight, zero, one = number_area("8"), number_area("0"), number_area("1")
    assert eight != zero and zero != one and eight != one


def test_a_scene_and_its_view_are_freed_without_the_garbage_collector(qapp, store, main_plan):
    """No reference cycles: else the collector frees Qt objects on whatever thread it runs."""
    import gc
    import weakref

    from floorview.ui.floor.floor_view import FloorView

    gc.disable()
    try:
        scene = FloorScene(store, main_plan, settings=DisplaySettings(), clock=lambda: NOW)
        scene.set_edit_mode(True)
        scene.select_table("t-1")
        scene.flash("t-2")
        view = FloorView(scene)
        refs = weakref.ref(scene), weakref.ref(view)
        del scene, view
        assert [r() for r in refs] == [None, None]
        assert store._listeners == []
    finally:
        gc.enable()


def test_status_changes_draw_what_a_fresh_scene_draws(scene, make_scene, store, shot):
    """A status change skips the relayout when nothing the layout reads changed."""
    statuses = ["reserved", "occupied", "cleaning", "out_of_service", "available", "occupied"]
    ids = [t.id for t in store.tables_on("fp-main")][:12]
    for i in range(len(statuses)):
        for k, tid in enumerate(ids):
            event(store, tid, status=statuses[(i + k) % len(statuses)])
        scene.flush()
        scene.clear_pulses()  # the live rings are not what is compared
        fresh = make_scene()
        for tid in ids:
            assert scene.table_item(tid).boundingRect() == fresh.table_item(tid).boundingRect()
        assert shot(scene, 0.5).image == shot(fresh, 0.5).image


def _crop(img, box: QRectF):
    r = QRectF((box.left() - img.src.left()) * img.scale, (box.top() - img.src.top()) * img.scale,
               box.width() * img.scale, box.height() * img.scale).toAlignedRect()
    return img.image.copy(r)


def test_a_table_not_confirmed_by_the_server_is_drawn_as_stale_data_is(scene, store, shot):
    # A reconciliation whose item for t-5 did not parse: t-5's last known copy stays,
    # drawn as the whole floor is when stale (dashed border, its colours kept).
    live = shot(scene)
    scene.set_stale(True)
    stale = shot(scene)
    scene.set_stale(False)
    item = scene.table_item("t-5")
    box = item.sceneBoundingRect()
    store.begin_sync(shown=True)
    store.apply_snapshot([t for t in store.tables.values() if t.id != "t-5"], periodic=True,
                         unreadable={"t-5"})
    scene.flush()
    assert scene.table_item("t-5") is item and item.unconfirmed
    assert "not confirmed by the server" in item.toolTip()
    marked = shot(scene)
    assert _crop(marked, box) == _crop(stale, box) and _crop(marked, box) != _crop(live, box)
    assert close(marked.pixel(inner_point(item)), QColor(LIGHT.status(item.table.status).fill))
    for other in scene.table_items():
        if other is not item and not other.sceneBoundingRect().intersects(box):
            assert _crop(marked, other.sceneBoundingRect()) == _crop(live, other.sceneBoundingRect()), \
                other.table_id
    # a readable copy, the same as the one kept: the mark goes, the floor is as before
    store.begin_sync(shown=True)
    store.apply_snapshot(list(store.tables.values()), periodic=True)
    scene.flush()
    assert not item.unconfirmed and "not confirmed" not in item.toolTip()
    assert shot(scene).image == live.image


def _far(a, b, rect) -> int:
    """Pixels of ``rect`` that differ by more than antialiasing's rounding."""
    return sum(not close(a.pixelColor(x, y), b.pixelColor(x, y))
               for y in range(rect.top(), rect.bottom() + 1) for x in range(rect.left(), rect.right() + 1))


def test_the_mark_reaches_the_floors_cached_picture(qapp, make_view):
    # At rest a shown floor draws the tables from one cached picture: marking a table
    # whose copy did not change must redraw it there too.
    store = demo_store()
    plan = next(p for p in store.floor_plans if p.id == "fp-main")
    scene, view = make_view(store, plan)
    assert scene.drawing == "layer"
    before = view.viewport().grab().toImage()
    store.begin_sync(shown=True)
    store.apply_snapshot([t for t in store.tables.values() if t.id != "t-5"], periodic=True,
                         unreadable={"t-5"})
    scene.flush()
    qapp.processEvents()
    marked = view.viewport().grab().toImage()
    _, fresh = make_view(store, plan, cache=False, like=view)
    painted = fresh.viewport().grab().toImage()  # every item painting itself
    rect = view.mapFromScene(scene.table_item("t-5").sceneBoundingRect()).boundingRect()
    rect = rect.adjusted(-2, -2, 2, 2).intersected(view.viewport().rect())
    assert _far(marked, before, rect) > 0 and _far(marked, painted, rect) == 0


def test_a_resync_that_changes_nothing_applies_no_change(scene, store):
    """The store gives a resync's tables as new copies, equal to the old ones: the scene
    compares them, so none is applied (none redrawn, none in the paint log)."""
    import io
    import json

    from floorview.core.model import Table
    from floorview.ui.floor import paint_log

    event(store, "t-5", status="occupied")  # a change: the store's copy is the item's
    scene.flush()
    stream = io.StringIO()
    paint_log.install(stream)
    try:
        store.apply_snapshot([Table.from_json(dict(t.raw)) for t in store.tables.values()])
        event(store, "t-5", status="cleaning")
        scene.flush()
    finally:
        paint_log.uninstall()
    logged = {json.loads(line)["id"] for line in stream.getvalue().splitlines()}
    assert logged == {"t-5"}
    assert scene.table_item("t-5").table.status is Status.CLEANING
