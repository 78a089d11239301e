"""The floor scene's room: its scene rect, its walls, its section zones and tags."""

from __future__ import annotations

import dataclasses
from types import SimpleNamespace

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor

from floorview.ui.floor.floor_scene import DisplaySettings
from floorview.ui.floor.palette import LIGHT
from floorview.ui.floor.room import typical_size
from tests.floorview.pixels import close


def event(store, tid, name="tableStatusUpdate", **fields):
    t = {**dict(store.tables[tid].raw), **fields, "version": store.tables[tid].version + 1}
    store.apply_event(name, t)


def test_the_typical_size_is_the_median_tables_smaller_side():
    tables = [SimpleNamespace(width=w, height=h) for w, h in [(80, 40), (50, 200), (300, 90), (30, 30)]]
    # smaller sides 40, 50, 90, 30: the median 45 (neither the mean 52.5 nor a longer side)
    assert typical_size(tables) == 45.0
    assert typical_size([]) == 60.0


def test_a_new_floor_plan_size_moves_the_walls(scene, store):
    plans = [dataclasses.replace(p, width=2000) if p.id == "fp-main" else p for p in store.floor_plans]
    store.set_reference(floor_plans=plans, sections=store.sections.values(), users=store.users.values())
    scene.flush()
    assert scene.floor_plan.width == 2000 and scene.sceneRect().right() > 2000


def test_section_zones_can_be_switched_off(make_scene, shot):
    on = make_scene()
    off = make_scene(settings=DisplaySettings(show_sections=False))
    # Between two booths of the Window section: tinted with zones, bare floor without.
    p = QPointF(230, 80)
    floor = QColor(LIGHT.floor)
    assert not close(shot(on).pixel(p), floor, 3)
    assert close(shot(off).pixel(p), floor, 12)


def test_a_table_outside_the_plan_still_fits_in_the_scene(scene, store):
    event(store, "t-30", name="tableUpdated", x=1500, y=950)
    scene.flush()
    assert scene.sceneRect().contains(scene.table_item("t-30").geometry.scene_box())


def test_section_name_tags_cover_no_table_and_stay_in_the_room(scene):
    zones = list(scene.section_zones().values())
    assert {name for _, _, name, _ in zones} == {"WINDOW", "CENTRE", "BAR"}
    room = QRectF(0, 0, scene.floor_plan.width, scene.floor_plan.height)
    for _, _, name, tag in zones:
        assert room.contains(tag), name
        for item in scene.table_items():
            assert not item.labels_rect().intersects(tag), (name, item.table_id)


def test_a_move_redoes_only_its_own_sections_zone(scene, store):
    before = scene.section_zones()
    event(store, "t-b3", name="tableUpdated", x=1235)
    scene.flush()
    after = scene.section_zones()
    assert after["sec-window"] is before["sec-window"]
    assert after["sec-centre"] is before["sec-centre"]
    assert after["sec-bar"] is not before["sec-bar"]
