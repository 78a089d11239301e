"""The drawing mode applied: what each item, the tables layer, the overview and the rings
are made to do at rest, in edit mode, far out and during a zoom gesture, tables added
meanwhile included."""

from __future__ import annotations

from PySide6.QtWidgets import QGraphicsItem

from floorview.ui.floor.layer import TablesLayer
from floorview.ui.floor.overview import OverviewItem, RingsItem
from tests.floorview.ui.floor.test_floor_scene import TABLES

NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
CacheMode = QGraphicsItem.CacheMode


def _one(scene, kind):
    (found,) = [i for i in scene.items() if isinstance(i, kind)]
    return found


def _painting(scene) -> set[bool]:
    """Whether the table items paint themselves: {True}, {False} or both."""
    return {not bool(i.flags() & NO_CONTENTS) for i in scene.table_items()}


def _add(store, tid: str, x: float) -> None:
    store.apply_event("tableCreated", {**TABLES["t-5"], "id": tid, "number": tid[-2:],
                                       "x": x, "y": 760})


def test_at_rest_the_layer_draws_and_the_items_paint_nothing(scene):
    scene.set_scale_hint(1.0)
    assert _painting(scene) == {False}
    assert _one(scene, TablesLayer).isVisible() and _one(scene, RingsItem).isVisible()
    assert not _one(scene, OverviewItem).isVisible()
    scene.set_picture_cache(False)
    assert _painting(scene) == {True}
    assert not _one(scene, TablesLayer).isVisible() and not _one(scene, RingsItem).isVisible()


def test_in_edit_mode_the_items_paint_themselves_and_a_new_one_too(scene, store):
    scene.set_scale_hint(1.0)
    scene.set_edit_mode(True)
    _add(store, "t-e1", 900)
    scene.flush()
    assert _painting(scene) == {True}
    assert not _one(scene, TablesLayer).isVisible()
    scene.set_edit_mode(False)
    assert _painting(scene) == {False}
    assert _one(scene, TablesLayer).isVisible()


def test_far_out_the_overview_draws_and_a_new_item_paints_nothing(scene, store):
    scene.set_scale_hint(0.01)
    _add(store, "t-f1", 900)
    scene.flush()
    assert scene.overview and _one(scene, OverviewItem).isVisible()
    assert _painting(scene) == {False}
    assert not _one(scene, TablesLayer).isVisible() and _one(scene, RingsItem).isVisible()
    scene.set_scale_hint(1.0)
    assert not _one(scene, OverviewItem).isVisible()


def test_a_zoom_step_in_range_caches_every_item_and_a_new_one_then_none(scene, store):
    scene.set_scale_hint(1.0)
    scene.begin_zoom(1.5)
    _add(store, "t-z1", 900)
    scene.flush()
    assert {i.cacheMode() for i in scene.table_items()} == {CacheMode.ItemCoordinateCache}
    assert _painting(scene) == {True} and not _one(scene, TablesLayer).isVisible()
    scene.end_zoom()
    _add(store, "t-z2", 1000)
    scene.flush()
    assert {i.cacheMode() for i in scene.table_items()} == {CacheMode.NoCache}
    assert _painting(scene) == {False}


def test_a_zoom_step_far_out_draws_the_overview_straight_until_it_ends(scene):
    scene.set_scale_hint(1.0)
    overview = _one(scene, OverviewItem)
    assert overview.cacheMode() == CacheMode.DeviceCoordinateCache
    scene.begin_zoom(0.5)
    assert overview.isVisible() and overview.cacheMode() == CacheMode.NoCache
    assert {i.cacheMode() for i in scene.table_items()} == {CacheMode.NoCache}
    scene.end_zoom()
    assert not overview.isVisible() and overview.cacheMode() == CacheMode.DeviceCoordinateCache
