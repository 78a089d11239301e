"""The window through real input against the stub: the right-click menu every time, the
Delete key, the keys on the floor, F1, the list that holds still under the pointer, adding
a table (asked), changing one, undo and redo, --email with --demo, a forbidden --branch,
switching branch. Each checks what the server holds, not only the screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QKeyCombination, QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from floorview.app import FloorviewApp
from floorview.core.model import Status
from tests.floorview.qtapp import FAST_LIVE, InProcessDemo, make_args, run, wait_live

from . import hands

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing")


def _on_floor(app, status: Status | None = None, *, skip: tuple[str, ...] = ()):
    window = app.window
    tables = sorted(app.store.tables_on(window.current_plan_id()), key=lambda t: t.number)
    return next(t for t in tables if (status is None or t.status is status) and t.id not in skip)


def test_the_table_menu_opens_every_time_and_sets_the_status_on_the_server(
        qtbot, launch, admin):
    app = launch("host@floorview.dev")
    window = app.window
    target = _on_floor(app, Status.AVAILABLE)
    for _ in range(3):  # once per run was the bug: Esc, then choose, then again
        menu = hands.right_click(qtbot, window, target.id)
        assert menu.isVisible()
        hands.escape_menu(qtbot)
    for wanted in ("Cleaning", "Available", "Cleaning"):
        menu = hands.right_click(qtbot, window, target.id)
        hands.choose(qtbot, menu, "Set status", wanted)
        qtbot.waitUntil(lambda w=wanted: admin.table(target.id).status.label == w, timeout=5000)
        qtbot.waitUntil(lambda w=wanted: app.store.tables[target.id].status.label == w)


def test_seating_through_the_menu_asks_guests_and_assigns(qtbot, launch, admin):
    app = launch("host@floorview.dev")
    window = app.window
    target = _on_floor(app, Status.AVAILABLE)
    servers = sorted((u for u in app.store.users.values() if u.role.value == "server"),
                     key=lambda u: u.name.lower())

    def shown():  # the floor shows what the server holds, as a host sees before going on
        version = admin.table(target.id).version
        qtbot.waitUntil(lambda: app.store.tables[target.id].version == version)
    for guests, server in ((2, servers[0]), (3, servers[1])):
        menu = hands.right_click(qtbot, window, target.id)
        hands.choose(qtbot, menu, "Set status", "Occupied")
        qtbot.waitUntil(lambda: window.table_actions.dialog is not None)
        dialog = window.table_actions.dialog
        dialog.guests.setValue(guests)
        dialog.server.setCurrentIndex(dialog.server.findData(server.id))
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda g=guests, s=server: (t := admin.table(target.id)).status
                        is Status.OCCUPIED and t.guest_count == g and t.server_id == s.id,
                        timeout=5000)
        shown()
        menu = hands.right_click(qtbot, window, target.id)  # the menu after a dialog
        hands.choose(qtbot, menu, "Assign server", servers[2].name)
        qtbot.waitUntil(lambda: admin.table(target.id).server_id == servers[2].id, timeout=5000)
        shown()
        menu = hands.right_click(qtbot, window, target.id)
        hands.choose(qtbot, menu, "Set status", "Available")
        qtbot.waitUntil(lambda: admin.table(target.id).status is Status.AVAILABLE, timeout=5000)
        shown()


def test_delete_from_the_menu_and_by_the_delete_key(qtbot, launch, admin):
    app = launch("manager@floorview.dev", branch="Harbour Street")
    window = app.window
    window.edit_action.setChecked(True)
    first = _on_floor(app)
    second = _on_floor(app, skip=(first.id,))
    menu = hands.right_click(qtbot, window, first.id)
    hands.choose(qtbot, menu, "Delete table")
    qtbot.waitUntil(lambda: getattr(window, "delete_box", None) is not None)
    window.delete_box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: first.id not in app.store.tables, timeout=5000)
    assert first.id not in {t.id for t in admin.tables(app.store.branch_id)}

    hands.click(qtbot, window, second.id)
    assert window.selected_table() == second.id
    hands.key(window.current_view(), Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: window.delete_box is not None and window.delete_box.isVisible()
                    and second.number in window.delete_box.text())
    window.delete_box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: second.id not in app.store.tables, timeout=5000)
    # and the menu still opens after both
    other = _on_floor(app)
    assert hands.right_click(qtbot, window, other.id).isVisible()
    hands.escape_menu(qtbot)


def test_keys_move_between_tables_and_enter_opens_one(qtbot, launch):
    app = launch("host@floorview.dev")
    window = app.window
    view = window.current_view()
    view.setFocus()
    hands.key(view, Qt.Key.Key_Tab)
    first = window.selected_table()
    assert first and window.table_list.selected_table == first
    hands.key(view, Qt.Key.Key_Tab)
    second = window.selected_table()
    assert second and second != first
    hands.key(view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert window.selected_table() == first
    hands.key(view, Qt.Key.Key_Right)
    right = window.selected_table()
    a = app.store.tables[first].x + app.store.tables[first].width / 2
    b = app.store.tables[right].x + app.store.tables[right].width / 2
    assert right != first and b > a
    hands.key(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.table_actions.dialog is not None)
    assert window.table_actions.dialog.table.id == right
    window.table_actions.dialog.reject()


def test_f1_lists_the_shortcuts(qtbot, launch):
    app = launch("manager@floorview.dev", branch="Harbour Street")
    window = app.window
    window.edit_action.setChecked(True)
    hands.key(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: getattr(window, "shortcuts_box", None) is not None)
    text = window.shortcuts_box.text()
    for words in ("Ctrl + Z", "Ctrl + Shift + Z", "Ctrl + F", "Find table", "Tab", "Enter",
                  "Delete", "Undo layout edit", "Number, seats, shape", "Ctrl + Plus",
                  "Ctrl + Minus", "Zoom in"):
        assert words in text, words
    # keys as people read them, nowhere Qt's "Ctrl++" / "Ctrl+-"
    for symbol in ("Ctrl++", "Ctrl+-", "Ctrl+Z", ">Del<"):
        assert symbol not in text, symbol
    window.shortcuts_box.close()
    qtbot.waitUntil(lambda: window.shortcuts_box is None)
    # the toolbar's tooltips and the menus say the same
    button = window.toolbar.widgetForAction(window.zoom_in_action)
    assert button.text() == "Zoom in"
    assert button.toolTip() == "Zoom in (Ctrl + Plus)"
    assert window.toolbar.widgetForAction(window.zoom_out_action).toolTip() == \
        "Zoom out (Ctrl + Minus)"
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    shown = {a.text() for a in view_menu.actions()}
    assert "Zoom in\tCtrl + Plus" in shown and "Zoom out\tCtrl + Minus" in shown, shown
    # and the keys themselves still zoom: Ctrl + Plus, Ctrl + Equals, Ctrl + Minus
    view = window.current_view()
    for key, grows in ((Qt.Key.Key_Plus, True), (Qt.Key.Key_Equal, True),
                       (Qt.Key.Key_Minus, False)):
        before = view.transform().m11()
        hands.shortcut(qtbot, window, QKeySequence(QKeyCombination(
            Qt.KeyboardModifier.ControlModifier, key)).toString())
        assert (view.transform().m11() > before) if grows else \
            (view.transform().m11() < before), key
    # F1 a second time, after the first closed
    hands.key(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.shortcuts_box is not None)
    window.shortcuts_box.close()


def test_the_list_holds_the_selected_row_still_while_others_move(qtbot, launch, admin):
    app = launch("host@floorview.dev")
    window = app.window
    window.resize(1440, 900)
    window.show()
    listing = window.table_list
    model = listing.list_model
    qtbot.waitUntil(lambda: model.rowCount() > 10)
    # select a row in the middle; then a table sorted below it changes so that it
    # sorts above it (available, just now): every row between them moves down by one
    rows = [model.table_at(r) for r in range(model.rowCount())]
    chosen = rows[len(rows) // 3]
    mover = next(t for t in rows[len(rows) // 3 + 1:] if t.status is not Status.AVAILABLE)
    listing.selectRow(model.row_of(chosen.id))
    listing.scrollTo(model.index(model.row_of(chosen.id), 0),
                     listing.ScrollHint.PositionAtCenter)
    before = listing.visualRect(model.index(model.row_of(chosen.id), 0)).top()
    admin.set_status(mover.id, "available")
    qtbot.waitUntil(lambda: model.row_of(mover.id) < model.row_of(chosen.id), timeout=5000)
    assert listing.visualRect(model.index(model.row_of(chosen.id), 0)).top() == before
    assert listing.selected_table == chosen.id

    # while the pointer is on the list, nothing moves under it: changes show in place
    listing.hold()
    order = model.table_ids()
    admin.set_status(mover.id, "cleaning")
    qtbot.waitUntil(lambda: model.table_at(model.row_of(mover.id)).status is Status.CLEANING,
                    timeout=5000)
    assert model.table_ids() == order
    listing.release()
    listing.refresh()
    assert model.table_ids() != order  # the re-sort comes once the pointer has gone


def test_list_headers_sort_with_an_arrow_and_times_read_as_on_the_map(qtbot, launch):
    app = launch("host@floorview.dev", kiosk=True, theme=None)
    window = app.window
    listing = window.table_list
    header = listing.horizontalHeader()
    model = listing.list_model
    def title(name: str) -> str:  # the sorted column's title carries the arrow
        return model.headerData(model.COLUMNS.index(name), Qt.Orientation.Horizontal)

    assert model.COLUMNS[header.sortIndicatorSection()] == "Status"
    assert (title("Status"), title("Table")) == ("Status ▴", "Table")
    column = model.COLUMNS.index("Table")
    where = QPoint(header.sectionViewportPosition(column) + 5, header.height() // 2)

    def numbers() -> list[float]:  # each number's digits as shown: "B3" is 3; "Sofa" last
        shown = [model.data(model.index(r, column)) for r in range(model.rowCount())]
        digits = ["".join(c for c in n if c.isdigit()) for n in shown]
        return [float(d) if d else float("inf") for d in digits]

    orders = []
    for _ in range(2):  # a click sorts by the column; a second click, the other way
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
        name, order = model.sorting
        assert name == "Table" and header.sortIndicatorSection() == column
        assert header.sortIndicatorOrder() == order
        assert title("Table") == ("Table ▴" if order == Qt.SortOrder.AscendingOrder else "Table ▾")
        assert title("Status") == "Status"
        orders.append(order)
        expected = sorted(numbers(), reverse=order == Qt.SortOrder.DescendingOrder)
        assert numbers() == expected
        assert {1.0, 2.0, 10.0} <= set(numbers())  # as text, "10" would come before "2"
    assert orders[0] != orders[1]
    # time in status: "4h 57m" as the map says it, never "4 57 min"
    col = model.COLUMNS.index("Time")
    texts = [model.data(model.index(r, col)) for r in range(model.rowCount())]
    assert all(t == "—" or t.endswith("m") for t in texts), texts
    assert not any(" min" in t for t in texts)
    assert "1 tables" not in window.summary.covers_label.text()


def test_add_asks_number_seats_shape_and_undo_redo_go_through_the_server(qtbot, launch, admin):
    app = launch("manager@floorview.dev", branch="Harbour Street")
    window = app.window
    window.edit_action.setChecked(True)
    plan_id = window.current_plan_id()
    hands.shortcut(qtbot, window, "Ctrl+N")
    qtbot.waitUntil(lambda: getattr(window, "table_form", None) is not None
                    and window.table_form.isVisible())
    form = window.table_form
    taken = next(iter(app.store.tables.values())).number
    form.number_edit.setText(taken)  # a number in use cannot be saved
    assert not form.buttons.button(form.buttons.StandardButton.Ok).isEnabled()
    assert "Another table" in form.message_label.text()
    form.number_edit.setText("77")
    form.seats.setValue(8)
    form.shape_box.setCurrentIndex(form.shape_box.findData("rectangle"))
    with qtbot.waitSignal(app.controller.created, timeout=10_000) as created:
        form.buttons.button(form.buttons.StandardButton.Ok).click()
    new_id = created.args[0]
    qtbot.waitUntil(lambda: new_id in app.store.tables)
    server = admin.table(new_id)
    assert (server.number, server.capacity, server.shape.value) == ("77", 8, "rectangle")
    scene = window.scenes[plan_id]
    qtbot.waitUntil(lambda: scene.table_item(new_id) is not None)
    new_box = scene.table_item(new_id).geometry.scene_box()
    for t in app.store.tables_on(plan_id):
        if t.id != new_id:
            assert not scene.table_item(t.id).labels_rect().intersects(new_box), t.number

    # change its number and seats (the menu's "Number, seats, shape…")
    menu = hands.right_click(qtbot, window, new_id)
    hands.choose(qtbot, menu, "Number, seats, shape")
    qtbot.waitUntil(lambda: (f := window.table_form) is not None and f.isVisible())
    window.table_form.number_edit.setText("78")
    window.table_form.seats.setValue(6)
    window.table_form.buttons.button(window.table_form.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: admin.table(new_id).number == "78", timeout=5000)
    assert admin.table(new_id).capacity == 6

    # undo twice: the change, then the add; redo twice: back again — all on the server
    hands.shortcut(qtbot, window, "Ctrl+Z")
    qtbot.waitUntil(lambda: admin.table(new_id).number == "77", timeout=5000)
    assert admin.table(new_id).capacity == 8
    hands.shortcut(qtbot, window, "Ctrl+Z")
    qtbot.waitUntil(lambda: new_id not in {t.id for t in admin.tables(app.store.branch_id)},
                    timeout=5000)
    hands.shortcut(qtbot, window, "Ctrl+Shift+Z")
    qtbot.waitUntil(lambda: any(t.number == "77" for t in admin.tables(app.store.branch_id)),
                    timeout=5000)
    hands.shortcut(qtbot, window, "Ctrl+Shift+Z")
    qtbot.waitUntil(lambda: any(t.number == "78" for t in admin.tables(app.store.branch_id)),
                    timeout=5000)


def test_an_undo_after_someone_elses_change_is_refused_plainly(qtbot, launch, admin):
    app = launch("manager@floorview.dev", branch="Harbour Street")
    window = app.window
    window.edit_action.setChecked(True)
    target = _on_floor(app)
    assert run(qtbot, app.controller.save_layout(target.id, {"rotation": 45}))
    qtbot.waitUntil(lambda: app.store.tables[target.id].rotation == 45)
    admin.update_table(target.id, x=target.x + 40)  # another manager moves it
    qtbot.waitUntil(lambda: app.store.tables[target.id].x == target.x + 40)
    hands.shortcut(qtbot, window, "Ctrl+Z")
    qtbot.waitUntil(lambda: "someone else changed" in window.message_label.text(), timeout=5000)
    assert "Nothing was changed" in window.message_label.text()
    server = admin.table(target.id)
    assert server.rotation == 45 and server.x == target.x + 40


def test_demo_takes_email_and_a_forbidden_branch_says_why(qtbot, aio, settings):
    args = make_args(type("S", (), {"url": ""})(), server=None, demo=True,
                     email="host@floorview.dev", branch="Old Town")
    app = FloorviewApp(args, settings=settings, env={}, demo_factory=InProcessDemo,
                       live_options=FAST_LIVE)
    try:
        import asyncio

        starting = asyncio.ensure_future(app.start())
        qtbot.waitUntil(lambda: app.branch_picker is not None, timeout=15_000)
        picker = app.branch_picker
        assert app.user.email == "host@floorview.dev"  # --email, not the demo's default
        assert "may not watch “Old Town”" in picker.reason_label.text()
        cancel = picker.buttons.button(picker.buttons.StandardButton.Cancel)
        assert cancel.text() == "Sign in as someone else"
        cancel.click()  # back to signing in, not quitting
        qtbot.waitUntil(lambda: app.login_dialog is not None)
        dialog = app.login_dialog
        dialog.email_edit.setText("manager@floorview.dev")
        dialog.password_edit.setText("demo")
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(starting.done, timeout=15_000)
        assert starting.result() is True
        wait_live(qtbot, app)
        assert app.user.email == "manager@floorview.dev"
        assert app.store.branch.name == "Old Town"
        # a manager of two branches switches inside the app
        window = app.window
        window.branch_action.trigger()
        qtbot.waitUntil(lambda: app.branch_picker is not None)
        harbour = next(b for b in app.branch_picker.list.findItems("Harbour", Qt.MatchFlag.MatchStartsWith))
        app.branch_picker.list.setCurrentItem(harbour)
        app.branch_picker.accept()
        qtbot.waitUntil(lambda: app.window is not None and app.window is not window)
        wait_live(qtbot, app)
        assert app.store.branch.name == "Harbour Street"
    finally:
        run(qtbot, app.shutdown())
    assert QApplication.activePopupWidget() is None


def _toolbar_buttons(window) -> dict[str, bool]:
    """Each toolbar action meant to show (visible action) → whether its button is on the
    bar itself, whole (not pushed into the bar's overflow menu)."""
    from PySide6.QtWidgets import QToolButton

    bar = window.toolbar
    shown = {}
    for action in bar.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        button = bar.widgetForAction(action)
        if not isinstance(button, QToolButton):
            continue  # the spacer
        shown[action.iconText()] = (button.isVisible()
                                    and bar.rect().contains(button.geometry()))
    return shown


def test_the_toolbar_keeps_every_control_and_undo_only_in_edit_mode(qtbot, launch):
    host = launch("host@floorview.dev").window
    host.resize(1440, 900)
    host.show()
    qtbot.waitUntil(lambda: host.toolbar.width() >= 1400)
    buttons = _toolbar_buttons(host)
    assert "Undo" not in buttons and "Redo" not in buttons
    assert {"Zoom in", "Zoom out", "Fit to window", "Find table", "Sign out"} <= set(buttons)
    assert all(buttons.values()), buttons
    host.close()

    window = launch("manager@floorview.dev", branch="Harbour Street").window
    for width, height in ((1440, 900), (1024, 768)):  # a laptop; a small one, half a screen
        window.resize(width, height)
        window.show()
        qtbot.waitUntil(lambda w=width: abs(window.toolbar.width() - w) < 40)
        buttons = _toolbar_buttons(window)
        assert "Undo" not in buttons and "Add table" not in buttons, buttons
        assert all(buttons.values()), (width, buttons)
        hands.shortcut(qtbot, window, "Ctrl+E")  # edit mode: undo and redo join, short
        qtbot.waitUntil(lambda: "Undo" in _toolbar_buttons(window))
        try:  # (the bar lays the new buttons out on its next pass)
            qtbot.waitUntil(lambda: all(_toolbar_buttons(window).values()), timeout=2000)
        except qtbot.TimeoutError:
            pass
        buttons = _toolbar_buttons(window)
        assert {"Add table", "Undo", "Redo", "Sign out", "Zoom in"} <= set(buttons)
        assert all(buttons.values()), (width, buttons)
        undo = window.toolbar.widgetForAction(window.undo_action)
        assert undo.text() == "Undo" and undo.toolTip() == "Undo layout edit (Ctrl + Z)"
        assert window.toolbar.widgetForAction(window.redo_action).toolTip() == \
            "Redo layout edit (Ctrl + Shift + Z)"
        hands.shortcut(qtbot, window, "Ctrl+E")
        qtbot.waitUntil(lambda: "Undo" not in _toolbar_buttons(window))
