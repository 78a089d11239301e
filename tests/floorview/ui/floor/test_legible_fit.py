"""The least scale at which a floor is legible, as a pure function of its tables."""

from __future__ import annotations

import pytest

from floorview.core.model import Table
from floorview.core.samples import _t
from floorview.ui.floor.geometry import Geometry
from floorview.ui.floor.labels import LabelStyle
from floorview.ui.floor.legible_fit import (
    FIT_STEPS,
    MOST_TABLES,
    Seat,
    least_legible_scale,
    legible_at,
    step_of,
)

pytestmark = pytest.mark.usefixtures("qapp")


def booth(i: int, x: float, y: float = 20, number: str | None = None, **kw) -> Seat:
    t = Table.from_json(_t(f"t-{i}", number or f"B{i}", "rectangle", x, y, 170, 110,
                           status="occupied", guests=4, server="u-ana", **kw))
    return Seat(t, Geometry.of(t), timed=True, badged=True)


def row(n: int, gap: float) -> list[Seat]:
    return [booth(i + 1, 30 + i * (170 + gap)) for i in range(n)]


def test_booths_end_to_end_are_legible_only_from_the_scale_their_labels_fit_inside():
    booths = row(12, 0)
    small = LabelStyle(unit=110, fit_scale=0.3)
    near = LabelStyle(unit=110, fit_scale=1.0)
    assert not legible_at(booths, small)  # the laptop's least sizes are too big for a booth
    assert legible_at(booths, near)
    least = least_legible_scale(booths, 0.3, 110, False)
    assert 0.3 < least <= 1.0
    assert not legible_at(booths, LabelStyle(unit=110, fit_scale=step_of(least) / 2 ** (1 / FIT_STEPS)))


def test_kiosk_type_asks_for_more_than_a_laptops():
    booths = row(12, 0)
    laptop = least_legible_scale(booths, 0.3, 110, False)
    kiosk = least_legible_scale(booths, 0.3, 110, True)
    assert kiosk > laptop


def test_a_floor_legible_whole_keeps_the_whole_floors_scale():
    booths = row(4, 60)
    assert least_legible_scale(booths, 1.5, 110, False) == 1.5


def test_tables_drawn_over_each_other_no_zoom_can_part_keep_the_whole_floor():
    a, b = booth(1, 100), booth(2, 120)  # 20 cm apart: one over the other
    assert least_legible_scale([a, b], 0.8, 110, False) == 0.8


def test_a_huge_floor_is_left_to_its_overview():
    booths = row(MOST_TABLES + 1, 0)
    assert least_legible_scale(booths, 0.3, 110, False) == 0.3
