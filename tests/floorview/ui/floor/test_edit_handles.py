"""The edit handles: only on the selected table in edit mode; a drag turns or resizes it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from floorview.ui.floor.edit_handles import EditHandle
from floorview.ui.floor.floor_view import FloorView


@pytest.fixture
def view(qtbot, scene):
    v = FloorView(scene)
    qtbot.addWidget(v)
    v.resize(1600, 1000)
    v.show()
    qtbot.waitExposed(v)
    return v


def drag(view, start: QPointF, end: QPointF, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """Press at ``start``, move to ``end`` and let go there (scene points)."""
    vp = view.viewport()
    a, b = view.mapFromScene(start), view.mapFromScene(end)
    for kind, pos, button, buttons in (
            (QEvent.Type.MouseButtonPress, a, Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton),
            (QEvent.Type.MouseMove, b, Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton),
            (QEvent.Type.MouseButtonRelease, b, Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton)):
        QApplication.sendEvent(vp, QMouseEvent(kind, QPointF(pos), QPointF(vp.mapToGlobal(pos)),
                                               button, buttons, modifiers))


def handles(item) -> dict[str, EditHandle]:
    return {h.kind: h for h in item.childItems() if isinstance(h, EditHandle)}


def test_only_the_selected_table_has_handles_and_only_in_edit_mode(scene):
    scene.select_table("t-11")
    assert handles(scene.table_item("t-11")) == {}  # not in edit mode
    scene.set_edit_mode(True)
    assert set(handles(scene.table_item("t-11"))) == {"rotate", "resize"}
    scene.select_table("t-12")
    assert handles(scene.table_item("t-11")) == {}
    assert set(handles(scene.table_item("t-12"))) == {"rotate", "resize"}
    scene.set_edit_mode(False)
    assert handles(scene.table_item("t-12")) == {}


def test_the_handles_sit_above_the_table_and_at_its_corner(scene):
    scene.set_edit_mode(True)
    scene.select_table("t-1")  # 150 × 80, not turned, centre (135, 80)
    found = handles(scene.table_item("t-1"))
    assert found["resize"].scenePos() == QPointF(210, 120)
    rotate = found["rotate"].scenePos()
    assert rotate.x() == 135 and rotate.y() < 40  # above the top edge


@pytest.mark.parametrize(("large_type", "least_drawn", "least_target"),
                         [(False, 18, 32), (True, 44, 44)], ids=["laptop", "kiosk"])
def test_a_handle_is_a_fingers_target_and_in_kiosk_drawn_as_big(make_scene, large_type,
                                                                 least_drawn, least_target):
    from floorview.ui.floor.floor_scene import DisplaySettings
    from floorview.ui.floor.palette import LIGHT

    scene = make_scene(settings=DisplaySettings(theme=LIGHT, large_type=large_type))
    scene.set_edit_mode(True)
    scene.select_table("t-1")
    for handle in handles(scene.table_item("t-1")).values():
        target = handle.shape().boundingRect()  # device px: it ignores the view's zoom
        assert target.width() >= least_target and target.height() >= least_target
        assert 2 * handle.radius >= least_drawn
        assert handle.boundingRect().contains(target)
        if not large_type:
            assert 2 * handle.radius < 32  # a laptop's knob stays small; its reach does not


@pytest.mark.parametrize("tid, size", [("t-15", (110, 110)),  # a square stays square
                                       ("t-13", (130, 100))])  # a round table stretches
def test_a_resize_follows_the_corner_and_a_square_stays_square(qtbot, view, scene, tid, size):
    scene.set_edit_mode(True)
    scene.select_table(tid)
    item = scene.table_item(tid)
    g = item.geometry
    corner = handles(item)["resize"].scenePos()
    to = item.mapToScene(QPointF(g.width / 2 + 30, g.height / 2))  # 30 units wider, its own way
    with qtbot.waitSignal(scene.tableEdited) as edited:
        drag(view, corner, to)
    change = edited.args[1]
    assert (change["width"], change["height"]) == size
    assert (item.geometry.width, item.geometry.height) == size


@pytest.mark.parametrize("modifiers, rotation", [(Qt.KeyboardModifier.NoModifier, 105),
                                                 (Qt.KeyboardModifier.ShiftModifier, 100)])
def test_a_turn_snaps_to_15_degrees_or_with_shift_to_one(qtbot, view, scene, modifiers, rotation):
    import math

    scene.set_edit_mode(True)
    scene.select_table("t-20")  # 300 × 100: room enough to turn it
    item = scene.table_item("t-20")
    a = math.radians(100)  # clockwise from up, as the knob goes round
    to = item.pos() + QPointF(400 * math.sin(a), -400 * math.cos(a))
    with qtbot.waitSignal(scene.tableEdited) as edited:
        drag(view, handles(item)["rotate"].scenePos(), to, modifiers)
    assert edited.args == ["t-20", {"rotation": rotation}]
