"""A free place for a new table: never over a table or its labels, first in reading order."""

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


def test_the_first_free_place_in_reading_order_a_gap_away():
    taken = [QRectF(0, 0, 100, 50)]
    assert free_spot(600, 400, taken, 80, 40) == (110.0, 0.0)  # right of it, 10 away
    assert free_spot(600, 400, taken, 80, 40, gap=0) == (100.0, 0.0)
    wall = [QRectF(0, 0, 600, 100)]
    assert free_spot(600, 400, wall, 80, 40) == (0.0, 110.0)  # the next row down


def test_no_place_on_a_full_or_too_small_plan():
    assert free_spot(600, 400, [QRectF(0, 0, 600, 400)], 20, 20) is None
    assert free_spot(600, 400, [], 601, 20) is None
