"""The wall rendered headless: the page at the size asked, every tile drawn."""

from __future__ import annotations

from floorview.ui.floor.palette import DARK
from floorview.ui.wall.render import render_wall
from floorview.ui.wall.wall_grid import grid
from tests.floorview.ui.wall.conftest import live


def test_the_wall_renders_thirty_tiles_at_full_hd(qapp, group, clock):
    branches, stores = group
    image = render_wall(branches, stores, clock=clock, link=live, width=1920, height=1080)
    assert (image.width(), image.height()) == (1920, 1080)
    g = grid(30, 1920, 1080 - 60)
    top = 1080 - g.height  # the title strip above the grid, about
    cards = 0
    for i in range(30):
        x, y, w, h = g.cell(i)
        if image.pixelColor(round(x + 6), round(top + y + h / 2)).name() == DARK.title_bg.lower():
            cards += 1
    assert cards >= 28  # the strip's height is the layout's: a row may sit a few px off


def test_a_laptops_wall_is_rendered_at_the_laptops_width(qapp, group, clock):
    branches, stores = group
    image = render_wall(branches, stores, clock=clock, link=live, width=1024, height=768)
    # the status legend gives way rather than widening the page past the screen
    assert (image.width(), image.height()) == (1024, 768)
