"""Where a table is drawn, and edit mode's grid: snapping and keeping a table inside."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF

from floorview.ui.floor.geometry import GRID, Geometry, clamp_into, edited_number, snap


def test_the_centre_is_the_middle_of_the_unturned_table():
    assert Geometry(100, 40, 150, 80, 30).center == QPointF(175, 80)


@pytest.mark.parametrize("rotation, box", [(0, (100, 40, 150, 80)),
                                           (90, (135, 5, 80, 150)),  # on its side
                                           (180, (100, 40, 150, 80))])
def test_the_scene_box_holds_the_turned_table(rotation, box):
    r = Geometry(100, 40, 150, 80, rotation).scene_box()
    assert (r.x(), r.y(), r.width(), r.height()) == pytest.approx(box)


def test_a_45_degree_square_reaches_out_by_half_its_diagonal():
    ex, ey = Geometry(0, 0, 80, 80, 45).extents()
    assert ex == pytest.approx(40 * 2 ** 0.5) and ey == pytest.approx(40 * 2 ** 0.5)


@pytest.mark.parametrize("v, snapped", [(612.0, 610.0), (613.0, 615.0), (-2.0, 0.0), (-3.0, -5.0)])
def test_places_snap_to_the_grid(v, snapped):
    assert GRID == 5.0
    assert snap(v) == snapped


def test_a_table_dragged_out_is_kept_inside_the_room_on_the_grid():
    room = QRectF(0, 0, 600, 400)
    g = Geometry(0, 0, 100, 40, 0)
    assert clamp_into(g, room, -50, 1000) == (0, 360)
    assert clamp_into(g, room, 700, -20) == (500, 0)
    # turned a quarter: 40 wide and 100 tall on the floor, its x/y still the unturned corner
    x, y = clamp_into(Geometry(0, 0, 100, 40, 90), room, -50, 1000)
    assert x < 0 and x % GRID == 0 and y % GRID == 0
    assert room.contains(Geometry(x, y, 100, 40, 90).scene_box())


def test_an_empty_room_keeps_nothing_in():
    assert clamp_into(Geometry(0, 0, 100, 40, 0), QRectF(), -50, 1000) == (-50, 1000)


@pytest.mark.parametrize("v, sent", [(650.0, 650), (12.345, 12.35), (99.999, 100), (-0.0, 0)])
def test_an_edit_sends_whole_numbers_as_integers(v, sent):
    out = edited_number(v)
    assert out == sent and type(out) is type(sent)
