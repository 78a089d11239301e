"""An out-of-service table's hatch: lines cut to its shape, once a size."""

from __future__ import annotations

from PySide6.QtCore import QPointF

from floorview.core.model import Shape
from floorview.ui.floor.hatch import clip_segment, hatch_lines, hatch_step
from floorview.ui.floor.labels import shape_path


def test_a_hatch_line_is_cut_to_the_shape():
    circle = shape_path(Shape.ROUND, 100, 100).toFillPolygon()
    cut = clip_segment(QPointF(-100, 0), QPointF(100, 0), circle)
    assert abs(cut.p1().x() + 50) < 0.5 and abs(cut.p2().x() - 50) < 0.5 and cut.p1().y() == 0
    assert clip_segment(QPointF(-100, 60), QPointF(100, 60), circle) is None
    inside = clip_segment(QPointF(-10, 0), QPointF(10, 0), circle)
    assert (inside.p1().x(), inside.p2().x()) == (-10, 10)


def test_the_hatch_lies_inside_the_table_and_is_cut_once_a_size():
    lines = hatch_lines(Shape.ROUND, 120, 80)
    assert len(lines) > 5
    inside = shape_path(Shape.ROUND, 120, 80)
    for line in lines:  # both ends on the outline or within it (inset by half a line)
        assert inside.contains(line.p1()) and inside.contains(line.p2())
    assert hatch_lines(Shape.ROUND, 120, 80) is lines  # the next table of that size
    assert hatch_lines(Shape.RECTANGLE, 120, 80) is not lines


def test_the_hatch_is_a_sixth_of_the_smaller_side_apart_and_never_closer_than_4():
    assert hatch_step(120, 60) == 10 and hatch_step(60, 120) == 10
    assert hatch_step(12, 12) == 4
