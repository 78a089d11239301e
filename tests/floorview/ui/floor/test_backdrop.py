"""The room under the tables and the stale stamp over them, drawn by the scene itself."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from floorview.ui.floor import palette
from floorview.ui.floor.backdrop import draw_room, draw_stale_stamp, grid_step, stale_stamp
from floorview.ui.floor.palette import LIGHT
from tests.floorview.pixels import close


@pytest.mark.parametrize("size, step", [(100, 10), (400, 10), (401, 20), (800, 20), (801, 50),
                                        (2000, 50), (2001, 100), (8001, 500)])
def test_the_grid_goes_in_round_steps_about_forty_across_at_most(size, step):
    assert grid_step(size) == step


def _image(w: int = 200, h: int = 200) -> QImage:
    img = QImage(w, h, QImage.Format.Format_ARGB32)
    img.fill(QColor("magenta"))
    return img


def test_a_zone_that_fails_to_build_costs_the_room_nothing(qapp, caplog):
    p = palette.paints(LIGHT)
    img = _image()
    last: list = []

    def broken():
        raise ValueError("no zone today")

    painter = QPainter(img)
    with caplog.at_level(logging.ERROR):
        drawn = draw_room(painter, QRectF(0, 0, 200, 200), p, QRectF(20, 20, 160, 160),
                          build_zones=broken, last_zones=last, unit=60.0)
    painter.end()
    assert drawn is last
    assert "drawing the section zones failed" in caplog.text
    assert close(QColor(img.pixel(105, 105)), p.floor.color())  # the floor, between grid lines
    assert close(QColor(img.pixel(105, 20)), p.wall.color(), 30)  # the top wall
    assert close(QColor(img.pixel(5, 5)), p.background.color())  # outside the room


def test_sections_not_shown_build_no_zone(qapp, caplog):
    img = _image()
    painter = QPainter(img)
    with caplog.at_level(logging.ERROR):
        drawn = draw_room(painter, QRectF(0, 0, 200, 200), palette.paints(LIGHT),
                          QRectF(20, 20, 160, 160), build_zones=None, last_zones=[], unit=60.0)
    painter.end()
    assert drawn == [] and caplog.text == ""


def test_the_stamp_reads_the_branchs_clock_above_the_top_wall(qapp):
    plan, scene_rect = QRectF(0, 0, 1000, 600), QRectF(-40, -40, 1080, 680)
    text, box = stale_stamp(datetime(2026, 11, 25, 0, 42, tzinfo=UTC),
                            ZoneInfo("America/New_York"), unit=60.0, fit_scale=0.0,
                            plan=plan, scene_rect=scene_rect)
    assert text == "Not live · as of 19:42"
    assert box.bottom() <= plan.top() and scene_rect.contains(box)
    assert box.center().x() == pytest.approx(plan.center().x())


def test_the_stamp_is_legible_at_fit(qapp):
    plan, scene_rect = QRectF(0, 0, 10_000, 6000), QRectF(-400, -400, 10_800, 6800)
    since = datetime(2026, 11, 25, 19, 42, tzinfo=UTC)
    _, small = stale_stamp(since, UTC, unit=60.0, fit_scale=0.0, plan=plan, scene_rect=scene_rect)
    _, fit = stale_stamp(since, UTC, unit=60.0, fit_scale=0.1, plan=plan, scene_rect=scene_rect)
    assert small.height() * 0.1 < 13  # 60-unit tables seen at a tenth: a speck
    assert fit.height() * 0.1 >= 13  # at least a 13 px type's pill on screen


def test_the_stamp_is_a_pill_in_the_text_colour(qapp):
    p = palette.paints(LIGHT)
    img = _image(620, 60)
    painter = QPainter(img)
    draw_stale_stamp(painter, p, "Not live · as of 19:42", QRectF(10, 10, 600, 40))
    painter.end()
    assert close(QColor(img.pixel(14, 30)), QColor(p.text))  # the pill's rounded left end
    assert close(QColor(img.pixel(5, 30)), QColor("magenta"))  # nothing outside it
    words = [QColor(img.pixel(x, y)) for x in range(100, 520) for y in range(15, 45)]
    assert sum(close(c, QColor(p.theme.floor), 30) for c in words) > 20  # in the floor's colour
