"""Where a new table goes: the next free number, the floor's usual size and shape, a free spot."""

from __future__ import annotations

from floorview.core.model import Shape
from floorview.ui.window.table_placement import new_table_fields, next_table_number
from tests.floorview.qtapp import make_store


def test_the_next_number_is_one_past_the_highest_digits_whatever_the_letters():
    assert next_table_number([]) == "1"
    assert next_table_number(["1", "2", "A7", "3"]) == "8"
    assert next_table_number(["Bar 12", "patio-4"]) == "13"


def test_a_new_table_takes_the_free_spot_rounded_and_the_next_number():
    store = make_store()  # fp-1: tables 1-4, 80 x 80
    asked = []

    def free_spot(width, height):
        asked.append((width, height))
        return (10.4, 20.6)

    fields = new_table_fields(store, "fp-1", free_spot)
    assert asked == [(80.0, 80.0)]
    assert fields == {"branchId": "br-1", "floorPlanId": "fp-1", "number": "7", "capacity": 4,
                      "shape": "square", "x": 10, "y": 21, "width": 80.0, "height": 80.0,
                      "rotation": 0}


def test_a_rectangle_on_a_floor_of_squares_is_half_again_as_long():
    fields = new_table_fields(make_store(), "fp-1", lambda w, h: (0, 0), "R1", 6, Shape.RECTANGLE)
    assert (fields["number"], fields["capacity"], fields["shape"]) == ("R1", 6, "rectangle")
    assert (fields["width"], fields["height"]) == (120.0, 80.0)


def test_an_empty_floor_gives_the_default_size_and_a_full_one_no_table():
    store = make_store(tables=4)  # fp-2 has none
    asked = []
    assert new_table_fields(store, "fp-2", lambda w, h: asked.append((w, h))) is None
    assert asked == [(80.0, 80.0)]
