"""A table item: where it sits, what it says, how it reads the clock and the users."""

from __future__ import annotations

import dataclasses
import math

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor

from floorview.core.samples import main_tables
from floorview.ui.floor.floor_scene import DisplaySettings
from floorview.ui.floor.palette import LIGHT


def test_each_item_sits_at_its_table_centre_with_its_rotation(scene, store):
    tables = store.tables_on("fp-main")
    assert {i.table_id for i in scene.table_items()} == {t.id for t in tables}
    for t in tables:
        item = scene.table_item(t.id)
        c = item.mapToScene(QPointF(0, 0))
        assert (c.x(), c.y()) == pytest.approx((t.x + t.width / 2, t.y + t.height / 2))
        assert item.rotation() == pytest.approx(t.rotation)
        # The table's own top-left corner, turned about the centre, is where Qt puts it.
        corner = item.mapToScene(QPointF(-t.width / 2, -t.height / 2))
        a = math.radians(t.rotation)
        dx, dy = -t.width / 2, -t.height / 2
        expect = (c.x() + dx * math.cos(a) - dy * math.sin(a), c.y() + dx * math.sin(a) + dy * math.cos(a))
        assert (corner.x(), corner.y()) == pytest.approx(expect, abs=1e-6)


def test_the_bounding_rect_holds_the_shape_badge_and_pill(scene):
    for item in scene.table_items():
        g = item.geometry
        r = item.boundingRect()
        assert r.contains(item.shape().boundingRect())
        assert r.width() >= g.width and r.height() >= g.height


def test_time_in_status_is_amber_and_red_past_the_thresholds(scene):
    levels = {tid: (scene.table_item(tid).time_text, scene.table_item(tid).time_level)
              for tid in ("t-1", "t-3", "t-6", "t-20", "t-2", "t-5")}
    assert levels == {
        "t-1": ("42m", "normal"),
        "t-3": ("1h 07m", "amber"),
        "t-6": ("1h 36m", "red"),
        "t-20": ("2h 01m", "red"),
        "t-2": ("15m", "normal"),  # reserved: shown, never alarmed
        "t-5": ("", "normal"),  # available: no time
    }


def test_the_badge_shows_the_servers_initials_in_their_colour(scene):
    initials, fill, text = scene.table_item("t-1").badge
    assert (initials, fill) == ("AS", QColor("#4E79A7"))
    assert text in (QColor("#FFFFFF"), QColor("#111111"))
    kai = scene.table_item("t-b1").badge
    assert kai[0] == "KA" and kai[1].isValid()  # no colour of his own: a stable one
    assert scene.table_item("t-31").badge[0] == "?"  # a server the store does not know
    assert scene.table_item("t-5").badge is None


def test_unknown_status_and_shape_are_kept_and_drawn(scene, shot):
    item = scene.table_item("t-30")
    assert item.table.status.value == "unknown" and item.table.shape.value == "unknown"
    shot(scene)  # renders without an exception


def test_a_long_number_and_a_tiny_table_still_lay_out(scene, store):
    t = next(t for t in main_tables() if t["id"] == "t-b1")
    store.apply_event("tableUpdated", {**t, "number": "Bar 12345", "width": 20, "height": 20,
                                       "version": 9})
    scene.flush()
    item = scene.table_item("t-b1")
    assert item.table.number == "Bar 12345"
    assert item.boundingRect().width() > 20


@pytest.mark.parametrize("large_type", [False, True])
def test_no_server_badge_covers_a_table_number(make_scene, store, large_type):
    # small two-tops (the bar row, a 50-unit square) carry the same badge as big tables
    for t in main_tables():
        store.apply_event("tableAssignmentUpdate", {**t, "serverId": "u-ana",
                                                    "version": t["version"] + 5})
    scene = make_scene(settings=DisplaySettings(theme=LIGHT, large_type=large_type))
    items = list(scene.table_items())
    assert len(items) == len(main_tables()) and all(i.badge for i in items)
    covered = [i.table.number for i in items if i.number_rect().intersects(i.badge_rect())]
    assert covered == []


def _shown(qtbot, scene, size):
    from floorview.ui.floor.floor_view import FloorView

    view = FloorView(scene)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    return view


def _settled(qtbot, view):
    qtbot.wait(30)
    return view.viewport().grab().toImage()


@pytest.mark.parametrize("size", [(360, 240), (220, 150)], ids=["items", "overview"])
@pytest.mark.parametrize("change", ["smaller", "moved"])
def test_after_a_resync_the_selection_frame_is_drawn_where_the_table_now_is(
        qtbot, make_scene, store, change, size):
    # Small on screen (tables of 12-25 px): the frame's pens are wider than its margin.
    view = _shown(qtbot, make_scene(), size)
    view.scene().select_table("t-1")
    _settled(qtbot, view)
    t = store.tables["t-1"]
    new = {"smaller": {"width": t.width * 0.6, "height": t.height * 0.6},
           "moved": {"x": t.x + 30, "y": t.y + 20}}[change]
    tables = [dataclasses.replace(x, **new, version=x.version + 1) if x.id == "t-1" else x
              for x in store.tables.values()]
    store.apply_snapshot(tables)
    view.scene().flush()
    after = _settled(qtbot, view)
    assert view.scene().overview == (size == (220, 150))
    fresh = _shown(qtbot, make_scene(), size)
    fresh.scene().select_table("t-1")
    assert after == _settled(qtbot, fresh)


@pytest.mark.parametrize("fit_scale", [0.0, 0.4, 1.2])
def test_a_table_at_the_rooms_edge_is_drawn_whole(make_scene, store, fit_scale):
    # a diamond in the top left corner, timed (its pill hangs below), with a badge
    t = next(t for t in main_tables() if t["id"] == "t-1")
    store.apply_event("tableUpdated", {**t, "x": -20, "y": -20, "width": 90, "height": 90,
                                       "shape": "square", "rotation": 45,
                                       "version": t["version"] + 5})
    scene = make_scene()
    scene.set_fit_scale(fit_scale)
    item = scene.table_item("t-1")
    assert item.shows_time and item.badge is not None
    rect = scene.sceneRect()
    for i in scene.table_items():
        assert rect.contains(i.sceneBoundingRect()), i.table.number
        assert i.boundingRect().contains(i.shape().boundingRect())


def test_in_another_language_the_tooltip_is_its_words_around_the_tables_data(make_scene, tmp_path):
    """Every word of the tooltip (and the time's units) goes through the translation; the
    number, the counts and the server's name are the table's. Plurals count the seats."""
    from floorview.ui import words_hook
    from tests.floorview.pseudo import small_qm

    small_qm(tmp_path, "de", {("TableItem", "Table {0}"): "Tisch {0}", ("Status", "Occupied"): "Besetzt",
                              ("TableItem", "{0} of %n guests"): "{0} von %n Gästen",
                              ("TableItem", "for {0}", "time in status"): "seit {0}",
                              ("TableItem", "server {0}"): "Bedienung {0}",
                              ("Formats", "{0}m", "minutes, short"): "{0} Min."})
    words_hook.use_language("de", folders=[tmp_path])
    scene = make_scene()
    item = scene.table_item("t-1")
    assert item.time_text == "42 Min."
    tip = item.toolTip().split(" · ")
    assert tip[0] == f"Tisch {item.table.number}" and tip[1] == "Besetzt"
    assert tip[2] == f"{item.table.guest_count} von {item.table.capacity} Gästen"
    assert tip[3] == "seit 42 Min." and tip[4].startswith("Bedienung ")
