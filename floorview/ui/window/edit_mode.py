"""Edit mode: which layout actions show and work, and the edits they ask for.

:class:`EditMode` follows the window's "Edit layout" action: on, the floors take drags and
handles and the add, delete, properties, undo and redo actions appear; off, they go. It
asks through the window's dialogs (add a table, change one, delete one) and sends what was
decided as signals, which the window passes on to the composition root.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from floorview.core.model import Role, Shape
from floorview.core.store import BranchStore
from floorview.ui.floor.floor_scene import FloorScene
from floorview.ui.window.table_actions import TableActions
from floorview.ui.window.table_keys import key_text
from floorview.ui.window.table_placement import (
    new_table_fields,
    next_table_number,
    spot_in_view,
)
from floorview.ui.window.window_actions import WindowActions
from floorview.ui.window.window_dialogs import WindowDialogs


class EditMode(QObject):
    """Edit mode and its edits (see the module).

    ``shown()`` is the id of the floor plan shown ("" when none) and ``selected()`` the
    table selected on it ("" when none), asked at the moment an action needs them.

    Signals:
        tableEdited(str, dict): a table's number, seats or shape changed.
        createRequested(dict): add a table with these contract fields.
        deleteRequested(str): delete this table (confirmed by the user).
        message(str, bool): what edit mode now does, or why an edit could not be made.
    """

    tableEdited = Signal(str, dict)
    createRequested = Signal(dict)
    deleteRequested = Signal(str)
    message = Signal(str, bool)

    def __init__(self, store: BranchStore, *, role: Role, actions: WindowActions,
                 dialogs: WindowDialogs, table_actions: TableActions,
                 scenes: dict[str, FloorScene], shown: Callable[[], str],
                 selected: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._role = role
        self._actions = actions
        self._dialogs = dialogs
        self._table_actions = table_actions
        self._scenes = scenes  # the window's own dict: the floors as they come and go
        self._shown = shown
        self._selected = selected
        self._can_undo = self._can_redo = False

    @property
    def editing(self) -> bool:
        return self._role.may_edit_layout and self._actions.edit_action.isChecked()

    @Slot(bool)
    def on_editMode_toggled(self, on: bool) -> None:
        on = on and self._role.may_edit_layout
        acts = self._actions
        self._table_actions.edit_mode = on
        for a in (acts.add_action, acts.delete_action, acts.properties_action,
                  acts.undo_action, acts.redo_action):
            a.setVisible(on)
        acts.add_action.setEnabled(on)
        acts.delete_action.setEnabled(on)
        acts.properties_action.setEnabled(on)
        self._update_history_actions()
        for scene in self._scenes.values():
            scene.set_edit_mode(on)
        self.message.emit(QCoreApplication.translate(
            "EditMode", "Edit mode: drag to move; handles rotate and resize; "
            "{0} deletes; {1} undoes, {2} redoes.").format(
            key_text(acts.delete_action.shortcut()), key_text(acts.undo_action.shortcut()),
            key_text(acts.redo_action.shortcut())) if on
            else QCoreApplication.translate("EditMode", "Edit mode off."), False)

    @Slot(bool, bool)
    def set_history(self, can_undo: bool, can_redo: bool) -> None:
        """Whether there is a layout edit to undo, to redo (the EditController says)."""
        self._can_undo, self._can_redo = can_undo, can_redo
        self._update_history_actions()

    def _update_history_actions(self) -> None:
        self._actions.undo_action.setEnabled(self.editing and self._can_undo)
        self._actions.redo_action.setEnabled(self.editing and self._can_redo)

    def new_table_fields(self, number: str = "", capacity: int = 4,
                         shape: Shape | None = None) -> dict[str, Any] | None:
        """Contract fields for a table added to the floor shown, where it covers no other
        table nor any table's labels (badge, time); None when there is no room (or no floor)."""
        plan_id = self._shown()
        scene = self._scenes.get(plan_id)
        if scene is None:
            return None
        plan = scene.floor_plan
        spot = spot_in_view(scene, plan.width, plan.height,
                            lambda: [item.labels_rect() for item in scene.table_items()])
        return new_table_fields(self._store, plan_id, spot, number, capacity, shape)

    @Slot()
    def on_addTable_triggered(self) -> None:
        """Ask number, seats and shape; then place the table in free space."""
        if not self.editing or self._scenes.get(self._shown()) is None:
            return
        numbers = [t.number for t in self._store.tables.values()]
        self._dialogs.open_table_form(number=next_table_number(numbers), seats=4,
                                      shape=Shape.SQUARE, taken=numbers, title=QCoreApplication.translate("EditMode", "Add table"),
                                      accepted=self._add_table)

    def _add_table(self, form: dict[str, Any]) -> None:
        fields = self.new_table_fields(form["number"], form["capacity"], Shape(form["shape"]))
        if fields is None:
            self.message.emit(QCoreApplication.translate("EditMode", "There is no free space left on this floor for another table."),
                              True)
            return
        self.createRequested.emit(fields)

    @Slot()
    def on_deleteTable_triggered(self) -> None:
        if self.editing and (table_id := self._selected()):
            self.on_actions_deleteRequested(table_id)

    @Slot()
    def on_properties_triggered(self) -> None:
        if self.editing and (table_id := self._selected()):
            self.on_actions_propertiesRequested(table_id)

    @Slot(str)
    def on_actions_propertiesRequested(self, table_id: str) -> None:
        """Change a table's number, seats and shape (saved like a move)."""
        table = self._store.tables.get(table_id)
        if table is None or not self.editing:
            return
        others = [t.number for t in self._store.tables.values() if t.id != table_id]
        self._dialogs.open_table_form(
            number=table.number, seats=table.capacity,
            shape=table.shape if table.shape is not Shape.UNKNOWN else Shape.SQUARE,
            taken=others, title=QCoreApplication.translate("EditMode", "Table {0}").format(table.number),
            accepted=lambda fields: self._save_properties(table_id, fields))

    def _save_properties(self, table_id: str, fields: dict[str, Any]) -> None:
        table = self._store.tables.get(table_id)
        if table is None:
            return
        changed = {k: v for k, v in fields.items() if table.to_json().get(k) != v}
        if changed:
            self.tableEdited.emit(table_id, changed)

    @Slot(str)
    def on_actions_deleteRequested(self, table_id: str) -> None:
        table = self._store.tables.get(table_id)
        if table is None:
            return
        self._dialogs.confirm_delete(table.number,
                                     lambda: self.deleteRequested.emit(table_id))
