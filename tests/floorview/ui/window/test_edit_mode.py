"""Edit mode through the real window: what it shows, and the edits it asks for (add, delete,
number/seats/shape), each confirmed or filled in a dialog first."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from floorview.core.model import Role, User
from floorview.ui.window.main_window import MainWindow
from tests.floorview.qtapp import make_store


def _window(qtbot, settings, role: Role = Role.MANAGER) -> MainWindow:
    user = User("u-1", "Mia Manager", "mgr@x", role, ("br-1",), None)
    window = MainWindow(make_store(), user=user, settings=settings,
                        clock=lambda: datetime(2026, 11, 25, 20, 0, tzinfo=UTC),
                        theme_choice="light")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_edit_mode_shows_its_actions_and_undo_only_with_an_edit_to_undo(qtbot, settings):
    window = _window(qtbot, settings)
    layout = (window.add_action, window.delete_action, window.properties_action,
              window.undo_action, window.redo_action)
    assert not any(a.isVisible() for a in layout)
    window.set_history(True, False)
    assert not window.undo_action.isEnabled()  # not editing
    window.edit_action.setChecked(True)
    assert window.editing
    assert all(a.isVisible() for a in layout)
    assert window.undo_action.isEnabled() and not window.redo_action.isEnabled()
    assert all(s.edit_mode for s in window.scenes.values())
    assert window.message_label.text() == ("Edit mode: drag to move; handles rotate and resize; "
                                           "Delete deletes; Ctrl + Z undoes, Ctrl + Shift + Z redoes.")
    window.edit_action.setChecked(False)
    assert not any(a.isVisible() for a in layout)
    assert not window.undo_action.isEnabled()
    assert window.message_label.text() == "Edit mode off."
    window.close()


def test_delete_asks_first_and_sends_only_on_yes(qtbot, settings):
    window = _window(qtbot, settings)
    sent = []
    window.deleteRequested.connect(sent.append)
    window.current_scene().select_table("t-2")
    window.delete_action.trigger()  # not editing: nothing asked
    assert window.delete_box is None
    window.edit_action.setChecked(True)
    window.delete_action.trigger()
    box = window.delete_box
    assert box.text() == "Delete table 2 from the floor plan?"
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: window.delete_box is None)
    assert sent == []
    window.delete_action.trigger()
    window.delete_box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: window.delete_box is None)
    assert sent == ["t-2"]
    window.close()


def test_a_tables_form_sends_only_what_changed(qtbot, settings):
    window = _window(qtbot, settings)
    edits = []
    window.tableEdited.connect(lambda table_id, changes: edits.append((table_id, changes)))
    window.edit_action.setChecked(True)
    window.current_scene().select_table("t-3")
    window.properties_action.trigger()
    form = window.table_form
    assert form.windowTitle() == "Table 3"
    form.seats.setValue(6)
    form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: window.table_form is None)
    assert edits == [("t-3", {"capacity": 6})]
    window.close()


def test_an_added_table_gets_the_next_number_and_a_free_spot_on_the_floor_shown(qtbot, settings):
    window = _window(qtbot, settings)
    created = []
    window.createRequested.connect(created.append)
    window.add_action.trigger()  # not editing: no form
    assert window.table_form is None
    window.edit_action.setChecked(True)
    window.show_plan("Patio")
    window.add_action.trigger()
    form = window.table_form
    assert (form.windowTitle(), form.number, form.seats.value()) == ("Add table", "7", 4)
    form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: window.table_form is None)
    [fields] = created
    assert (fields["floorPlanId"], fields["number"], fields["capacity"]) == ("fp-2", "7", 4)
    others = [t for t in window.store.tables_on("fp-2")]
    assert all(abs(fields["x"] - t.x) >= 80 or abs(fields["y"] - t.y) >= 80 for t in others)
    window.close()


def test_new_tables_go_into_the_largest_clear_part_of_the_floor_in_view(qtbot, settings):
    """Main (1200 x 800) has its four tables in a row along the top (y 100-180, x 100-630):
    a new table goes into the empty part below them, not against the top wall; then, the
    view zoomed on the room's left part, into that part; each clear of every table's
    labels and with its rotate handle inside the room. Twice each."""
    from PySide6.QtCore import QRectF, Qt

    from floorview.ui.floor.edit_handles import ROTATE, EditHandle
    from tests.floorview.factories import table_json

    window = _window(qtbot, settings)
    window.resize(1440, 900)
    store = window.store
    created = []
    window.createRequested.connect(created.append)
    window.edit_action.setChecked(True)
    window.show_plan("Main")
    scene = window.current_scene()
    view = scene.views()[0]
    room = QRectF(0, 0, 1200, 800)

    def add() -> QRectF:
        window.add_action.trigger()
        window.table_form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        qtbot.waitUntil(lambda: window.table_form is None)
        fields = created[-1]
        others = [item.labels_rect() for item in scene.table_items()]
        table_id = f"t-new-{len(created)}"
        store.apply_event("tableCreated", table_json(table_id, **fields))
        scene.flush()
        rect = QRectF(fields["x"], fields["y"], fields["width"], fields["height"])
        assert room.contains(rect)
        assert not any(rect.intersects(o) for o in others), (rect, others)
        scene.select_table(table_id)  # its handles, as edit mode shows them
        [handle] = [h for h in scene.items() if isinstance(h, EditHandle) and h.kind == ROTATE]
        assert room.contains(handle.sceneBoundingRect()), handle.sceneBoundingRect()
        return rect

    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(room)  # the whole room in view
    first, second = add(), add()
    # the row of tables and their labels end above y 230: both go below, well clear of it
    assert first.top() > 300 and second.top() > 300, (first, second)
    assert not first.intersects(second.adjusted(-40, -40, 40, 40))  # apart, not piled up

    view.fitInView(QRectF(0, 200, 500, 600), Qt.AspectRatioMode.KeepAspectRatio)
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.right() < 1000  # zoomed on the left part
    for _ in range(2):
        rect = add()
        assert visible.contains(rect), (rect, visible)
    window.close()
