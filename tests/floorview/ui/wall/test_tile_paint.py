"""One tile painted: its floors' tables in their status colours, a red ring round a table
over its time, the over-time pill; the floors laid out as large as they fit."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from floorview.core.samples import NOW
from floorview.ui.floor.palette import DARK
from floorview.ui.wall.tile_facts import facts, over_time_ids
from floorview.ui.wall.tile_paint import Floor, TileLook, floor_slots, paint_tile


def colours(image):
    return {image.pixelColor(x, y).name() for x in range(0, image.width(), 2)
            for y in range(0, image.height(), 2)}


def test_a_tile_shows_its_tables_statuses_and_its_over_time(qapp, group):
    branches, stores = group
    busy = next(b for b in branches
                if facts(b, stores[b.id].tables.values(), NOW, None).over_time)
    store = stores[busy.id]
    image = QImage(460, 280, QImage.Format.Format_ARGB32)
    image.fill(QColor(DARK.background))
    painter = QPainter(image)
    f = facts(busy, store.tables.values(), NOW, None)
    floors = [Floor(p, tuple(store.tables_on(p.id))) for p in store.floor_plans]
    paint_tile(painter, QRectF(0, 0, 460, 280), f, floors, over_time_ids(store.tables.values(), NOW),
               TileLook(DARK))
    painter.end()
    seen = colours(image)
    statuses = {t.status for t in store.tables.values()}
    for status in statuses:
        assert DARK.status(status).fill.lower() in seen, status
    assert DARK.red.lower() in seen  # the over-time pill and rings
    assert DARK.title_bg.lower() in seen  # the card


def test_floors_go_side_by_side_in_a_wide_box_and_stacked_in_a_tall_one():
    wide = floor_slots(QRectF(0, 0, 400, 100), [(1400, 900), (1000, 600)])
    assert wide[0].top() == wide[1].top() and wide[0].left() < wide[1].left()
    tall = floor_slots(QRectF(0, 0, 120, 200), [(1400, 900), (1000, 600)])
    assert tall[0].left() == tall[1].left() and tall[0].top() < tall[1].top()


def test_before_its_floor_plans_are_in_a_tile_draws_its_tables_on_rooms_as_large_as_they_reach(qapp, group):
    from floorview.ui.wall.tile_paint import floors_of

    branches, stores = group
    branch = next(b for b in branches if len(stores[b.id].floor_plans) >= 2)
    store = stores[branch.id]
    tables = list(store.tables.values())
    plans = store.floor_plans
    # with its plans: each plan, in their order, with its own tables
    assert [(fl.plan, set(fl.tables)) for fl in floors_of(plans, tables)] == [
        (p, set(store.tables_on(p.id))) for p in plans]
    # before them: a room per plan the tables name, each reaching round all of its tables
    early = floors_of((), tables)
    assert {fl.plan.id for fl in early} == {t.floor_plan_id for t in tables}
    for fl in early:
        assert all(t.x + t.width <= fl.plan.width and t.y + t.height <= fl.plan.height
                   for t in fl.tables)
    assert sorted(t.id for fl in early for t in fl.tables) == sorted(store.tables)

    def painted(floors):
        image = QImage(460, 280, QImage.Format.Format_ARGB32)
        image.fill(QColor(DARK.background))
        painter = QPainter(image)
        paint_tile(painter, QRectF(0, 0, 460, 280), facts(branch, tables, NOW, None), floors,
                   frozenset(), TileLook(DARK))
        painter.end()
        return colours(image)

    for status in {t.status for t in tables}:  # every table's colour, plans or not
        assert DARK.status(status).fill.lower() in painted(early), status
    assert painted(early) - painted([]), "nothing drawn for the tables"
