"""Every control a person can reach has a name a screen reader can say: the main window,
the kiosk window and the table dialog, walked through Qt's accessibility tree."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget

from floorview.core.model import Shape
from floorview.ui.dialogs.table_form_dialog import TableFormDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing")

Role = QAccessible.Role
#: What a person operates: buttons, lists, tables, views, text fields, spin boxes, combo
#: boxes, tab bars and their tabs; and a gauge.
INTERACTIVE = {
    Role.PushButton, Role.CheckBox, Role.RadioButton, Role.ButtonMenu, Role.ButtonDropDown,
    Role.List, Role.Table, Role.Tree, Role.ColumnHeader, Role.RowHeader, Role.EditableText,
    Role.SpinBox, Role.ComboBox, Role.PageTabList, Role.PageTab, Role.Slider,
    Role.ProgressBar,  # read, not operated, but a bare "44 %" says nothing
}


def takes_focus(obj: object) -> bool:
    """A widget that takes the keyboard focus is a control, whatever its role says (the
    floor view is a plain Client to Qt)."""
    return (isinstance(obj, QWidget) and obj.isEnabled()
            and obj.focusPolicy() != Qt.FocusPolicy.NoFocus)


def unnamed(root: QWidget) -> list[str]:
    """The visible interactive things under ``root`` with no accessible name, described."""
    found: list[str] = []

    def walk(iface: QAccessibleInterface, path: str, depth: int) -> None:
        state = iface.state()
        if state.invisible or state.offscreen or depth > 12:
            return
        role = iface.role()
        obj = iface.object()
        here = f"{path}/{role.name}" + (f"({type(obj).__name__} {obj.objectName()!r})"
                                         if obj is not None else "")
        name = iface.text(QAccessible.Text.Name).strip()
        # On Linux Qt names a combo box by its current choice ("Round") and says what is
        # chosen through a label relation (a form's label) or the widget's accessible name.
        if (role is Role.ComboBox and isinstance(obj, QWidget) and not obj.accessibleName()
                and not iface.relations(QAccessible.RelationFlag.Label)):
            name = ""
        if (role in INTERACTIVE or takes_focus(obj)) and not name:
            found.append(here)
        for i in range(iface.childCount()):
            child = iface.child(i)
            if child is not None and child.isValid():
                walk(child, here, depth + 1)

    iface = QAccessible.queryAccessibleInterface(root)
    assert iface is not None
    walk(iface, "", 0)
    return found


def test_every_control_of_the_main_window_is_named(qtbot, launch):
    window = launch("host@floorview.dev").window
    window.resize(1440, 900)
    qtbot.wait(50)
    missing = unnamed(window)
    assert not missing, "no accessible name:\n" + "\n".join(missing)


def test_every_control_of_the_kiosk_window_is_named(qtbot, launch):
    window = launch("host@floorview.dev", kiosk=True, theme=None).window
    qtbot.wait(50)
    missing = unnamed(window)
    assert not missing, "no accessible name:\n" + "\n".join(missing)


def test_every_control_of_the_table_dialog_is_named(qtbot):
    dialog = TableFormDialog(number="12", seats=4, shape=Shape.ROUND, taken=["11"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    missing = unnamed(dialog)
    assert not missing, "no accessible name:\n" + "\n".join(missing)
