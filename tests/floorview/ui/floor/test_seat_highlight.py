"""A party's options drawn on a real scene of the sample floor: one outline a group,
numbered badges, clicks left to the tables."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt

from floorview.ui.floor.seat_highlight import OUTLINE, Mark, SeatHighlight, outline
from tests.floorview.pixels import Shot, close


def centre(t) -> QPointF:
    return QPointF(t.x + t.width / 2, t.y + t.height / 2)


def test_a_group_is_one_outline_and_two_options_are_two(store):
    t11, t13 = store.tables["t-11"], store.tables["t-13"]  # 11 above 13, 80 apart
    between = (centre(t11) + centre(t13)) / 2
    group = outline([t11, t13], 12)
    assert group.contains(centre(t11)) and group.contains(centre(t13))
    assert group.contains(between)  # one shape across the aisle
    apart = [outline([t], 12) for t in (t11, t13)]
    assert not any(p.contains(between) for p in apart)


def test_numbered_outlines_on_the_floor_take_no_clicks(make_scene, store):
    scene = make_scene()
    t21, t11, t13 = store.tables["t-21"], store.tables["t-11"], store.tables["t-13"]
    item = SeatHighlight([Mark(1, (t21,)), Mark(2, (t11, t13), "~19:55")],
                         unit=scene.typical_table_size())
    scene.addItem(item)
    assert item.acceptedMouseButtons() == Qt.MouseButton.NoButton
    assert item.zValue() > max(i.zValue() for i in scene.table_items())
    assert scene.table_at(centre(t21)) == "t-21"  # a tap still finds the table
    shot = Shot(scene)
    # the best option's outline runs round table 21 (turned 340°), a margin outside it:
    # its rightmost corner is drawn
    corners = outline([t21], item.margin).toFillPolygon()
    edge = max(corners, key=lambda p: p.x()) - QPointF(2, 0)
    assert close(shot.pixel(edge), OUTLINE, tol=40)
    # each badge is drawn in the outline's colour, the group's at its hull's corner
    for i in range(2):
        ring = item.badge_center(i) + QPointF(0, item.radius * 0.8)
        assert close(shot.pixel(ring), OUTLINE, tol=40)
    assert item.badge_center(1).y() < t11.y  # above the group's top table
