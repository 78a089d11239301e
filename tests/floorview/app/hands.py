"""A person's hands on the real window: mouse and keys through QTest, on the floor view's
viewport, the popup menus and the dialogs, as the platform delivers them.

A right-click is the mouse press and release and then the QContextMenuEvent the platform
sends after them (QTest's mouse functions send only the mouse events).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QWidget

LEFT, RIGHT = Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton


def point_of(window, table_id: str) -> QPoint:
    """Where the table is on screen: its floor shown, its centre in viewport pixels."""
    table = window.store.tables[table_id]
    view = window.views[table.floor_plan_id]
    if window.tabs.currentWidget() is not view:
        window.tabs.setCurrentWidget(view)
    scene = window.scenes[table.floor_plan_id]
    scene.flush()
    item = scene.table_item(table_id)
    view.ensureVisible(item, 20, 20)
    g = item.geometry
    return view.mapFromScene(QPointF(g.x + g.width / 2, g.y + g.height / 2))


def viewport_of(window, table_id: str) -> QWidget:
    return window.views[window.store.tables[table_id].floor_plan_id].viewport()


def _pause() -> None:
    # past the double-click interval since the last press: two presses in a row on one
    # spot are a double-click to Qt, which opens the table instead of selecting it
    QTest.qWait(QApplication.doubleClickInterval() + 20)


def click(qtbot, window, table_id: str) -> None:
    _pause()
    pos = point_of(window, table_id)
    QTest.mouseClick(viewport_of(window, table_id), LEFT, Qt.KeyboardModifier.NoModifier, pos)


def right_click(qtbot, window, table_id: str) -> QMenu:
    """Right-click the table; the popup menu that opens (fails if none does)."""
    return _right_click_at(qtbot, viewport_of(window, table_id), point_of(window, table_id))


def right_click_row(qtbot, window, table_id: str) -> QMenu:
    """Right-click the table's row in the list beside the floor; the popup that opens."""
    view = window.table_list
    index = view.list_model.index(view.list_model.row_of(table_id), 0)
    view.scrollTo(index)
    return _right_click_at(qtbot, view.viewport(), view.visualRect(index).center())


def _right_click_at(qtbot, viewport, pos) -> QMenu:
    """A right press, release and context-menu event at ``pos``, as a mouse sends them."""
    QTest.mousePress(viewport, RIGHT, Qt.KeyboardModifier.NoModifier, pos)
    QTest.mouseRelease(viewport, RIGHT, Qt.KeyboardModifier.NoModifier, pos)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, viewport.mapToGlobal(pos))
    QApplication.sendEvent(viewport, event)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu)
                    and QApplication.activePopupWidget().isVisible(), timeout=3000)
    return QApplication.activePopupWidget()


def _label(text: str) -> str:
    return text.replace("&", "").replace("…", "").strip()


def choose(qtbot, menu: QMenu, *path: str) -> None:
    """Click through a popup menu by the items' words ("Set status", "Occupied")."""
    for i, text in enumerate(path):
        actions = [a for a in menu.actions() if _label(a.text()) == text]
        assert actions, f"no {text!r} in the menu: {[a.text() for a in menu.actions()]}"
        action = actions[0]
        assert action.isEnabled(), f"{text!r} is disabled"
        # by the keys, as a person can: Down to the item, then Right (a submenu) or
        # Enter. (QTest's synthetic pointer moves, after an Esc closed a menu before,
        # are taken offscreen as the pointer leaving the new one, which closes it.)
        for _ in range(len(menu.actions()) + 1):
            if menu.activeAction() is action:
                break
            QTest.keyClick(menu, Qt.Key.Key_Down)
        assert menu.activeAction() is action, f"cannot reach {text!r} with the arrow keys"
        if i < len(path) - 1:
            sub = action.menu()
            assert sub is not None, f"{text!r} has no submenu"
            QTest.keyClick(menu, Qt.Key.Key_Right)
            qtbot.waitUntil(sub.isVisible, timeout=3000)
            menu = sub
        else:
            QTest.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None, timeout=3000)


def escape_menu(qtbot) -> None:
    """Esc until no popup is open."""
    while (popup := QApplication.activePopupWidget()) is not None:
        QTest.keyClick(popup, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda p=popup: not p.isVisible(), timeout=3000)


def drag_between(viewport: QWidget, start: QPoint, end: QPoint, steps: int = 6) -> None:
    """Press at ``start``, move in steps with the button held, release at ``end``.

    The moves go through QApplication.sendEvent with the left button held, as a platform
    sends them (QTest.mouseMove carries no buttons)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QMouseEvent

    _pause()
    QTest.mousePress(viewport, LEFT, Qt.KeyboardModifier.NoModifier, start)
    for k in range(1, steps + 1):
        p = start + (end - start) * k / steps
        move = QMouseEvent(QEvent.Type.MouseMove, QPointF(p), QPointF(viewport.mapToGlobal(p)),
                           Qt.MouseButton.NoButton, LEFT, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, move)
    QTest.mouseRelease(viewport, LEFT, Qt.KeyboardModifier.NoModifier, end)


def drag(qtbot, window, table_id: str, dx_units: float, dy_units: float) -> None:
    """Drag the table by (dx, dy) floor-plan units."""
    start = point_of(window, table_id)
    view = window.views[window.store.tables[table_id].floor_plan_id]
    scene_start = view.mapToScene(start)
    end = view.mapFromScene(QPointF(scene_start.x() + dx_units, scene_start.y() + dy_units))
    drag_between(view.viewport(), start, end)


def rotate_to_the_right(qtbot, window, table_id: str) -> None:
    """Drag the selected table's rotate handle round to its right: a quarter turn."""
    point_of(window, table_id)
    scene = window.scene_of(table_id)
    view = window.views[window.store.tables[table_id].floor_plan_id]
    item = scene.table_item(table_id)
    def handles() -> list:
        return [h for h in item.childItems() if getattr(h, "kind", "") == "rotate"]
    qtbot.waitUntil(lambda: bool(handles()), timeout=3000)  # the table selected, edit mode
    handles = handles()
    start = view.mapFromScene(handles[0].scenePos())
    centre = item.geometry.scene_box().center()
    reach = max(item.geometry.width, item.geometry.height)
    end = view.mapFromScene(QPointF(centre.x() + reach, centre.y()))
    drag_between(view.viewport(), start, end)


def key(widget: QWidget, key: Qt.Key,
        modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, modifiers)


def shortcut(qtbot, window, sequence: str) -> None:
    """Press a key sequence ("Ctrl+Z") on the window, as its shortcuts see it."""
    from PySide6.QtGui import QKeySequence

    combo = QKeySequence(sequence)[0]
    window.activateWindow()  # the keyboard goes to the window in front (a dialog closed)
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    QTest.keyClick(window, combo.key(), combo.keyboardModifiers())
