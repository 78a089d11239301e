"""Who draws the tables: the overview far out, the cached picture at rest, the items in
edit mode and while a zoom gesture draws their own pictures."""

from __future__ import annotations

import pytest

from floorview.ui.floor.drawing_mode import DrawingMode, Gesture, far_out, gesture_at

REST = DrawingMode()


def test_at_rest_the_cached_picture_draws_and_the_items_paint_nothing():
    assert (REST.drawing, REST.layer, REST.overview, REST.items_paint) == ("layer", True, False, False)
    assert REST.rings_apart and not REST.zooming and not REST.item_pictures


def test_without_the_picture_cache_each_item_paints_itself_at_rest():
    m = REST.with_(picture_cache=False)
    assert m.drawing == "items" and m.items_paint and not m.rings_apart


def test_edit_mode_lets_the_items_paint_themselves():
    m = REST.with_(edit_mode=True)
    assert m.drawing == "items" and m.items_paint and not m.layer


def test_far_out_the_overview_draws_even_in_edit_mode():
    for m in (REST.with_(far_out=True), REST.with_(far_out=True, edit_mode=True),
              REST.with_(far_out=True, picture_cache=False)):
        assert m.drawing == "overview" and not m.layer and not m.items_paint and m.rings_apart


@pytest.mark.parametrize("scale, gesture", [(0.5, Gesture.OVERVIEW), (0.899, Gesture.OVERVIEW),
                                            (0.9, Gesture.ITEM_PICTURES), (1.1, Gesture.ITEM_PICTURES),
                                            (3.0, Gesture.ITEM_PICTURES), (3.01, Gesture.EXACT),
                                            (8.0, Gesture.EXACT)])
def test_a_zoom_step_draws_by_its_scale(scale, gesture):
    assert gesture_at(scale) is gesture


def test_a_gesture_within_the_cached_scales_lets_the_items_draw_their_pictures():
    m = REST.with_(gesture=Gesture.ITEM_PICTURES)
    assert m.drawing == "items" and m.item_pictures and m.zooming and not m.overview_straight


def test_a_gesture_far_out_draws_the_overview_straight_until_it_settles():
    m = REST.with_(gesture=Gesture.OVERVIEW)
    assert m.drawing == "overview" and m.overview_straight and m.zooming and not m.item_pictures
    settled = m.with_(gesture=Gesture.EXACT)
    assert settled.drawing == "layer" and not settled.overview_straight and not settled.zooming


def test_a_gesture_close_in_draws_as_at_rest():
    m = REST.with_(gesture=gesture_at(4.0))
    assert m == REST and not m.zooming


def test_a_floor_is_far_out_when_a_typical_table_is_under_16_device_pixels():
    assert far_out(0.2, 79.0)  # 15.8 px
    assert not far_out(0.2, 80.0)  # 16 px
    assert not far_out(2.0, 10.0)


def test_the_mode_is_a_value():
    assert REST.with_(edit_mode=True) == DrawingMode(edit_mode=True)
    with pytest.raises(AttributeError):
        REST.edit_mode = True  # type: ignore[misc]
