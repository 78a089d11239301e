"""The wall's grid: 30 tiles fill a head-office screen; 200 scroll; two stay a sensible size."""

from __future__ import annotations

from floorview.ui.wall.wall_grid import grid


def test_thirty_tiles_fill_a_full_hd_screen_in_six_columns():
    g = grid(30, 1920, 1020)
    assert (g.columns, g.rows) == (6, 5)
    assert g.height <= 1020
    assert g.tile_height >= 180  # large type reads from two metres
    x, y, w, h = g.cell(29)
    assert x + w <= 1920 and y + h <= 1020


def test_two_hundred_tiles_scroll_rather_than_shrink():
    g = grid(200, 1920, 1020)
    assert g.tile_height >= 150
    assert g.height > 1020


def test_two_tiles_side_by_side_not_a_screen_each():
    g = grid(2, 1600, 900)
    assert (g.columns, g.rows) == (2, 1)
    assert g.tile_height <= 380 and g.left > 0


def test_tiles_no_narrower_than_their_words_need():
    g = grid(30, 1024, 700, min_height=130, min_width=210)
    assert g.tile_width >= 210 and g.tile_height >= 130
    assert g.columns == 4  # five would be 180 px wide
    assert grid(30, 1024, 700, min_height=130).columns == 5  # without: 1.3 × its height


def test_a_wall_that_scrolls_shows_whole_rows():
    g = grid(30, 1920, 910, min_height=188, min_width=301)  # a kiosk's window, its touch bar
    assert g.height > 910 and g.tile_height >= 188
    rows_shown = (910 - g.gap) / (g.tile_height + g.gap)
    assert abs(rows_shown - round(rows_shown)) < 0.01  # no row cut at the bottom
    assert round(rows_shown) == 4
