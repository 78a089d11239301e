"""The page buttons: on each edge with more floor past it, a button that turns to it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from floorview.ui.floor.floor_scene import DisplaySettings
from floorview.ui.floor.floor_view import FloorView
from floorview.ui.floor.palette import LIGHT


def _view(qtbot, scene, width: int, height: int) -> FloorView:
    view = FloorView(scene)
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(10)
    return view


def shown(view) -> set[str]:
    return {d for d, b in view.pages.buttons.items() if b.isVisible()}


def test_the_whole_floor_in_view_has_no_page_button(qtbot, scene):
    view = _view(qtbot, scene, 1600, 1000)
    assert not view.shows_part()
    assert shown(view) == set()


def test_a_part_shows_the_way_to_the_rest_and_each_tap_turns_a_page(qtbot, scene):
    view = _view(qtbot, scene, 800, 500)  # the sample floor is not legible whole here
    assert view.shows_part()
    assert shown(view) <= {"right", "down"} and "right" in shown(view)  # from the top left
    before = view.mapToScene(view.viewport().rect().center())
    steps = 0
    while "right" in shown(view) and steps < 10:
        QTest.mouseClick(view.pages.buttons["right"], Qt.MouseButton.LeftButton)
        steps += 1
    after = view.mapToScene(view.viewport().rect().center())
    assert after.x() > before.x() and abs(after.y() - before.y()) < 1
    assert "right" not in shown(view) and "left" in shown(view)
    floor = view.mapFromScene(scene.sceneRect()).boundingRect()
    assert floor.right() <= view.viewport().rect().right() + 4  # the right wall in view
    QTest.mouseClick(view.pages.buttons["left"], Qt.MouseButton.LeftButton)
    assert view.mapToScene(view.viewport().rect().center()).x() < after.x()
    assert "right" in shown(view)


@pytest.mark.parametrize(("large_type", "side"), [(False, 32), (True, 44)],
                         ids=["laptop", "kiosk"])
def test_page_buttons_are_a_fingers_target_named_and_inside_the_view(qtbot, make_scene,
                                                                     large_type, side):
    scene = make_scene(settings=DisplaySettings(theme=LIGHT, large_type=large_type))
    view = _view(qtbot, scene, 800, 500)
    assert shown(view)
    for direction in shown(view):
        button = view.pages.buttons[direction]
        assert button.width() >= side and button.height() >= side
        assert button.accessibleName()
        # beside the floor, in a gutter the view keeps for them: over no table's facts
        assert view.rect().contains(button.geometry())
        assert not view.viewport().geometry().intersects(button.geometry())


def test_zoomed_in_by_hand_the_buttons_lie_over_the_floors_edge(qtbot, scene):
    view = _view(qtbot, scene, 1600, 1000)
    assert view.viewportMargins().left() == 0
    view.zoom_by(3.0)
    qtbot.wait(10)
    assert shown(view)
    for direction in shown(view):
        assert view.viewport().geometry().contains(view.pages.buttons[direction].geometry())
    QTest.keyClick(view, Qt.Key.Key_0)  # fit again: the whole floor, no gutter, no button
    assert shown(view) == set() and view.viewportMargins().left() == 0
