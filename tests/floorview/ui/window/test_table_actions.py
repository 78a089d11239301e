"""The table menu and dialog: what each role may do, the guest count asked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint

from floorview.core.model import Role
from floorview.ui.window.table_actions import TableActions
from tests.floorview.pixels import close
from tests.floorview.qtapp import status_color


def _menu_names(actions: TableActions, table_id: str) -> set[str]:
    menu = actions.build_menu(table_id)
    return set(actions.actions_of(menu)) if menu else set()


def test_actions_follow_the_role(qtbot, store):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    host = TableActions(store, role=Role.HOST, status_color=status_color, parent=parent)
    names = _menu_names(host, "t-1")
    assert "status:occupied" in names and "assign:u-ana" in names and "delete" not in names
    # one status, one server: each a choice of one (radio marks, the current one set)
    found = host.actions_of(host.build_menu("t-2"))
    for name in ("status:occupied", "assign:u-ana"):
        group = found[name].actionGroup()
        assert group is not None and group.isExclusive() and found[name].isChecked(), name
    server = TableActions(store, role=Role.SERVER, status_color=status_color, parent=parent)
    names = _menu_names(server, "t-1")
    assert "status:occupied" in names and not any(n.startswith("assign:") for n in names)
    manager = TableActions(store, role=Role.MANAGER, status_color=status_color, parent=parent)
    assert "delete" not in _menu_names(manager, "t-1")
    manager.edit_mode = True
    assert "delete" in _menu_names(manager, "t-1")


# offscreen: a popup menu cannot grab the keyboard there
@pytest.mark.qt_log_ignore("This plugin does not support grabbing")
def test_status_dialog_asks_for_guests_and_emits_once(qtbot, store):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    actions = TableActions(store, role=Role.HOST, status_color=status_color, parent=parent)
    menu = actions.build_menu("t-1")
    found = actions.actions_of(menu)
    with qtbot.assertNotEmitted(actions.statusRequested):
        found["status:occupied"].trigger()  # needs a guest count: opens the dialog
    dialog = actions.dialog
    assert dialog is not None and dialog.guests.isEnabled()
    dialog.guests.setValue(3)
    dialog.server.setCurrentIndex(dialog.server.findData("u-ben"))
    with qtbot.waitSignal(actions.statusRequested) as status, \
            qtbot.waitSignal(actions.assignRequested) as assign:
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert status.args == ["t-1", "occupied", 3]
    assert assign.args == ["t-1", "u-ben"]

    with qtbot.waitSignal(actions.statusRequested) as status:
        actions.actions_of(actions.build_menu("t-2"))["status:cleaning"].trigger()
    assert status.args == ["t-2", "cleaning", None]
    actions.show_menu("t-2", QPoint(10, 10))
    actions.menu.close()


@pytest.mark.qt_log_ignore("This plugin does not support grabbing")
def test_the_kiosk_menu_is_as_legible_as_the_kiosk_and_big_enough_to_tap(qtbot, launch):
    """In kiosk, the popup and its sub-menus (status, assign) in type at least the
    kiosk's body size, rows a finger can hit: twice in a row by a real right-click. Out
    of kiosk it stays a laptop's menu."""
    from PySide6.QtGui import QFontInfo

    from floorview.core.model import Status
    from tests.floorview.app import hands

    app = launch("host@floorview.dev", kiosk=True, theme=None)
    window = app.window
    body = QFontInfo(window.table_list.font()).pixelSize()
    assert body >= 20  # the kiosk's large type
    table = next(t for t in app.store.tables_on(window.current_plan_id())
                 if t.status is Status.OCCUPIED)

    def check(menu, what: str) -> None:
        assert QFontInfo(menu.font()).pixelSize() >= body, what
        rows = [a for a in menu.actions() if not a.isSeparator() and a.isVisible()]
        assert rows, what
        for action in rows:
            assert menu.actionGeometry(action).height() >= 44, (what, action.text())

    def arrow_height(menu, action) -> int:
        """How tall the row's sub-menu arrow is painted: the rows of pixels, right of
        the text, that differ from the row's background."""
        image = menu.grab().toImage()
        scale = image.width() / menu.width()
        row = menu.actionGeometry(action)
        x0, x1 = int((row.right() - 60) * scale), int((row.right() - 2) * scale)
        background = image.pixelColor(x1, int(row.center().y() * scale))
        return sum(any(not close(image.pixelColor(x, y), background, 40) for x in range(x0, x1))
                   for y in range(int(row.top() * scale), int(row.bottom() * scale))) / scale

    for _ in range(2):
        menu = hands.right_click(qtbot, window, table.id)
        check(menu, "the menu")
        for name in ("Set status", "Assign server"):  # "more inside", seen from 2 m
            action = next(a for a in menu.actions() if a.text() == name)
            assert arrow_height(menu, action) >= body * 0.5, name
        for name in ("Set status", "Assign server"):
            sub = next(a.menu() for a in menu.actions() if a.text() == name)
            sub.adjustSize()
            check(sub, name)
        hands.escape_menu(qtbot)
    hands.choose(qtbot, hands.right_click(qtbot, window, table.id), "Set status", "Cleaning")
    qtbot.waitUntil(lambda: app.store.tables[table.id].status is Status.CLEANING, timeout=5000)

    laptop = launch("host@floorview.dev").window
    menu = hands.right_click(qtbot, laptop, table.id)
    assert QFontInfo(menu.font()).pixelSize() < body
    hands.escape_menu(qtbot)
