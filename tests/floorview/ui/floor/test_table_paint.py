"""A table's painting, from the look its item builds: an item changed in place paints
what a fresh item of the same table paints, and a ring alone leaves the labels be."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPainter

from floorview.ui.floor.geometry import Geometry
from floorview.ui.floor.level_of_detail import level_of_detail
from floorview.ui.floor.table_paint import paint_ring
from tests.floorview.ui.floor.test_floor_scene import event

SCALE = 2.0


def picture(item, draw=None) -> QImage:
    """The item's own painting without its ring (or ``draw(painter)``) at SCALE, on black."""
    r = item.boundingRect()
    image = QImage(int(r.width() * SCALE) + 2, int(r.height() * SCALE) + 2,
                   QImage.Format.Format_ARGB32)
    image.fill(QColor("#000000"))
    painter = QPainter(image)
    painter.scale(SCALE, SCALE)
    painter.translate(-r.topLeft())
    if draw is None:
        item.draw(painter, pulse=False)  # a live change's ring: not in a fresh scene
    else:
        draw(painter)
    painter.end()
    return image


CHANGES = {
    "out of service": lambda scene, store, tid: (
        event(store, tid, status="out_of_service"), scene.flush()),
    "a server assigned": lambda scene, store, tid: (
        event(store, tid, name="tableAssignmentUpdate", serverId="u-ben"), scene.flush()),
    "marked over time": lambda scene, store, tid: scene.set_marks(tid, "free ~19:55", True),
    "stalled": lambda scene, store, tid: scene.set_stall(
        tid, store.tables[tid].status, "seated 2h 00m — usually 1h 10m"),
    "not confirmed": lambda scene, store, tid: scene.table_item(tid).set_unconfirmed(True),
    "resized": lambda scene, store, tid: scene.table_item(tid).set_geometry(
        Geometry(100, 100, 120, 90, 30)),
    "stale": lambda scene, store, tid: scene.set_stale(True),
    "selected": lambda scene, store, tid: scene.select_table(tid),
}


@pytest.mark.parametrize("change", CHANGES)
def test_a_table_changed_in_place_paints_as_a_fresh_one(make_scene, store, change):
    scene = make_scene()
    item = scene.table_item("t-1")  # occupied, served: a pill and a badge
    before = picture(item)
    CHANGES[change](scene, store, "t-1")
    changed = picture(item)
    assert changed != before
    fresh_scene = make_scene()
    if change not in ("out of service", "a server assigned"):  # those are in the store
        CHANGES[change](fresh_scene, store, "t-1")
    assert changed == picture(fresh_scene.table_item("t-1"))


def test_a_ring_alone_is_drawn_round_the_table_and_under_its_labels(scene):
    item = scene.table_item("t-1")
    boxes = item.look.labels
    close = level_of_detail(SCALE, item.geometry, boxes)
    assert close.body and close.small

    def ring(d):
        return lambda painter: paint_ring(painter, item.look, d, scene.paints, ("live", 0.5))

    blank = picture(item, lambda painter: None)
    drawn = picture(item, ring(close))
    assert drawn != blank
    r = item.boundingRect()
    pill = boxes.pill.center()  # labels are upright; t-1 is not turned
    assert item.geometry.rotation == 0
    at = QPointF((pill.x() - r.left()) * SCALE, (pill.y() - r.top()) * SCALE).toPoint()
    assert drawn.pixel(at) == blank.pixel(at)  # the ring passes under the pill
    far = level_of_detail(13.0 / min(item.geometry.width, item.geometry.height),
                          item.geometry, boxes)
    assert picture(item, ring(far)) == blank  # too small for a ring
