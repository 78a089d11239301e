"""render_floor: the same scene offscreen, with a title strip that explains the image."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from floorview.core.model import Status
from floorview.ui.floor.floor_scene import DisplaySettings, FloorScene
from floorview.ui.floor.palette import DARK, LIGHT
from floorview.ui.floor.render import render_floor, strip_height
from tests.floorview.pixels import close, inner_point, rendered_pixel_at


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
def test_the_image_shows_every_table_in_its_status_colour(qapp, store, main_plan, clock, theme):
    settings = DisplaySettings(theme=theme)
    image = render_floor(store, main_plan, settings=settings, width=1920, height=1080, clock=clock)
    assert (image.width(), image.height()) == (1920, 1080)
    reference = FloorScene(store, main_plan, settings=settings, clock=clock)
    try:
        at = rendered_pixel_at(image, reference)
        for item in reference.table_items():
            if item.table.status is Status.OUT_OF_SERVICE:
                continue
            got = at(inner_point(item))
            assert close(got, QColor(theme.status(item.table.status).fill), 16), item.table_id
    finally:
        reference.detach()


def test_height_follows_the_plan_by_default(qapp, store, main_plan, clock):
    image = render_floor(store, main_plan, settings=DisplaySettings(), width=1000, clock=clock)
    assert image.width() == 1000
    assert image.height() == strip_height(1000) + round(1000 * 998 / 1498)


def test_the_title_strip_has_text_in_it(qapp, store, main_plan, clock):
    """Real glyphs: the strip's left part (branch name) is not a blank band."""
    image = render_floor(store, main_plan, settings=DisplaySettings(), width=1200, clock=clock)
    strip = strip_height(1200)
    bg = QColor(LIGHT.title_bg)
    dark = sum(1 for x in range(0, 400) for y in range(0, strip)
               if image.pixelColor(x, y).lightness() < bg.lightness() - 100)
    assert dark > 300


def test_a_stale_image_keeps_the_status_colours(qapp, store, main_plan, clock):
    settings = DisplaySettings()
    image = render_floor(store, main_plan, settings=settings, width=1200, clock=clock, stale=True)
    reference = FloorScene(store, main_plan, settings=settings, clock=clock)
    try:
        at = rendered_pixel_at(image, reference)
        c = at(inner_point(reference.table_item("t-1")))
        assert close(c, QColor(settings.theme.status(Status.OCCUPIED).fill))
    finally:
        reference.detach()


def test_render_leaves_no_listener_behind(qapp, store, main_plan, clock):
    before = len(store._listeners)
    render_floor(store, main_plan, settings=DisplaySettings(), width=400, clock=clock)
    assert len(store._listeners) == before
