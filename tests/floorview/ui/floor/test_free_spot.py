"""A free place for a new table: never over a table or its labels; in the middle of the
largest clear area in view, its rotate handle inside the room."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QRectF

from floorview.core.model import FloorPlan
from floorview.core.samples import BRANCH, NOW, main_tables
from floorview.core.store import BranchStore
from floorview.ui.floor.floor_scene import DisplaySettings, FloorScene
from floorview.ui.floor.free_spot import free_spot
from floorview.ui.floor.table_item import Geometry

TABLES = {t["id"]: t for t in main_tables()}


def _box(x, y, w, h, r):
    return Geometry(x, y, w, h, r).scene_box()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 560), st.integers(0, 360), st.integers(20, 120),
                          st.integers(20, 120), st.sampled_from([0, 30, 45, 90])),
                max_size=25),
       st.integers(20, 150), st.integers(20, 150))
def test_free_spot_never_overlaps(qapp, tables, w, h):
    store = BranchStore(BRANCH)
    plan = FloorPlan(id="fp-x", branch_id=BRANCH, name="X", width=600, height=400, sort_order=0)
    store.set_reference(floor_plans=[plan])
    from floorview.core.model import Table

    store.apply_snapshot([Table.from_json({**TABLES["t-5"], "id": f"x{i}", "floorPlanId": "fp-x",
                                           "x": x, "y": y, "width": tw, "height": th, "rotation": r})
                          for i, (x, y, tw, th, r) in enumerate(tables)])
    scene = FloorScene(store, plan, settings=DisplaySettings(), clock=lambda: NOW)
    try:
        spot = scene.free_spot(w, h)
        if spot is None:
            return
        x, y = spot
        assert 0 <= x and 0 <= y and x + w <= 600 and y + h <= 400
        new = _box(x, y, w, h, 0)
        for tx, ty, tw, th, r in tables:
            assert not new.intersects(_box(tx, ty, tw, th, r))
    finally:
        scene.detach()


def test_free_spot_on_the_demo_floor(scene):
    x, y = scene.free_spot(80, 80)
    new = _box(x, y, 80, 80, 0)
    assert not any(new.intersects(i.geometry.scene_box()) for i in scene.table_items())


def test_a_new_table_goes_in_the_middle_of_the_empty_right_half():
    # the left half full: the free part is x 310-600 (10 clear of it), y 0-400; an 80-unit
    # table in its middle: x 310 + (290 - 80) / 2 = 415, y (400 - 80) / 2 = 160
    left_half = [QRectF(0, 0, 300, 400)]
    assert free_spot(600, 400, left_half, 80, 80) == (415.0, 160.0)


def test_in_the_part_of_the_room_in_view():
    # an empty room, the view on its left half: the middle of that half (150 - 40, 200 - 40)
    assert free_spot(600, 400, [], 80, 80, within=QRectF(0, 0, 300, 400)) == (110.0, 160.0)
    assert free_spot(600, 400, [], 80, 80) == (260.0, 160.0)  # the whole room's middle
    # the view on the right half, which holds a table at its middle: beside it, not over it
    table = [QRectF(410, 160, 80, 80)]  # gap 10: x 400-500, y 150-250 taken
    # clear above it: y 0-150, x 300-600 (the view's edge counts as a wall) -> middle of
    # that band: x 300 + (300 - 80) / 2 = 410, y (150 - 80) / 2 = 35
    assert free_spot(600, 400, table, 80, 80, within=QRectF(300, 0, 300, 400)) == (410.0, 35.0)
    # a view with no room for it: the whole room then (the middle of its empty left part:
    # x 0-400 -> 160, y 160)
    assert free_spot(600, 400, table, 80, 80, within=QRectF(400, 150, 100, 100)) == (160.0, 160.0)


def test_four_adds_in_a_row_spread_over_the_room():
    # 600 x 400, empty: the middle (260, 160); then the clear parts left and right of it
    # (x 0-250 and 350-600, 10 clear of it: middles x 85 and 435); then above the row
    # of three (y 0-150: middle y 35; below, y 250-400, is as far from the centre: the
    # first in reading order)
    placed: list[QRectF] = []
    spots = []
    for _ in range(4):
        x, y = free_spot(600, 400, placed, 80, 80)
        spots.append((x, y))
        placed.append(QRectF(x, y, 80, 80))
    assert spots == [(260.0, 160.0), (85.0, 160.0), (435.0, 160.0), (260.0, 35.0)]
    assert sum(1 for _, y in spots if y < 80) == 1  # not piled up near the top


def test_room_for_the_rotate_handle_inside_the_room():
    # everything below y 140 taken (the clear band: y 0-130); a table 80 deep with 30 of
    # handle above it: 110 in 130, centred: the handle's room from y 10, the table at 40
    band = [QRectF(0, 140, 600, 260)]
    assert free_spot(600, 400, band, 80, 80, head=30) == (260.0, 40.0)
    assert free_spot(600, 400, band, 80, 80) == (260.0, 25.0)  # without it: (130 - 80) / 2
    # no room for table and handle in a 100-unit band: none (not flush against the wall)
    assert free_spot(600, 400, [QRectF(0, 110, 600, 290)], 80, 80, head=30) is None


def test_a_tight_gap_between_labels_is_passed_over_for_a_wide_clear_part():
    # two tables' labels (x 0-100 and 200-300; 10 clear of each: 0-110, 190-310): the
    # 80 units between them just hold the table, with no room around it; the clear part
    # to the right (x 310-600) does: its middle, 310 + (290 - 80) / 2 = 415
    labels = [QRectF(0, 0, 100, 400), QRectF(200, 0, 100, 400)]
    assert free_spot(600, 400, labels, 80, 80) == (415.0, 160.0)
    assert free_spot(600, 400, labels + [QRectF(300, 0, 300, 400)], 80, 80) == (110.0, 160.0)


def test_no_place_on_a_full_or_too_small_plan():
    assert free_spot(600, 400, [QRectF(0, 0, 600, 400)], 20, 20) is None
    assert free_spot(600, 400, [], 601, 20) is None
