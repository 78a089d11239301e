"""What a table's painting shows at a zoom: a filled shape far out, every label close in,
each from the size it can be made out at."""

from __future__ import annotations

from floorview.ui.floor.level_of_detail import level_of_detail


def test_the_level_of_detail_grows_from_a_filled_shape_to_every_label(scene):
    item = scene.table_item("t-1")  # 150 × 80
    g, b = item.geometry, item.look.labels
    far = level_of_detail(13.9 / 80, g, b)  # 13.9 px for its smaller side
    assert not far.body and not far.shadow
    near = level_of_detail(14.0 / 80, g, b)
    assert near.body and not near.shadow
    assert level_of_detail(40.0 / 80, g, b).shadow
    # the number from 9 px of font, the seats, time and badge from 7.5 px
    at_number = 9.0 / b.number_px
    assert not level_of_detail(at_number * 0.99, g, b).number
    assert level_of_detail(at_number, g, b).number
    assert level_of_detail(7.5 / b.small_px, g, b).small
    assert not level_of_detail(7.5 / b.small_px * 0.99, g, b).small
    # a lone glyph only where no number is drawn, and only once it is 8 px
    assert 8.0 / (80 * 0.42) < at_number  # this table's glyph shows alone a little before its number
    assert level_of_detail(8.0 / (80 * 0.42), g, b).lone_glyph
    assert not level_of_detail(at_number, g, b).lone_glyph
    assert not level_of_detail(7.9 / (80 * 0.42), g, b).lone_glyph
    assert item.shown_facts(at_number * 0.99) == set()
    assert "number" in item.shown_facts(at_number)
