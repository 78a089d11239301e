"""Journeys, not parts: a host's and a manager's evening through the real window, with
real input (QTest mouse and keys on the floor view's viewport, the popup menus, the
dialogs), against a StubServer, checking what the server holds after each action.

Every action at least twice in a row, after a dialog, after a reconnect (the stub stopped
and started), in kiosk and not. Any exception logged or raised into Qt fails the test
(``no_errors``: a sys.excepthook and a logging handler).
"""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from floorview.core.model import Role, Status
from tests.floorview.qtapp import wait_live

from . import hands

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing")


@pytest.fixture
def stub(tmp_path):
    """The stub with its database in a file, so a restart keeps the evening's changes
    (in memory it seeds the demo afresh), and no REST rate limit for the checks."""
    from server_stub.testing import StubServer

    srv = StubServer(db_path=tmp_path / "floor.db", demo=True, rest_rate_limit=(100_000, 1.0))
    srv.start()
    yield srv
    srv.stop()


@pytest.fixture
def no_errors():
    """Fail the test on any exception that reaches sys.excepthook (a Qt slot that raised)
    or any record logged at ERROR or above (an asyncio task's error, a failed action)."""
    caught: list[str] = []

    class Catch(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            caught.append(f"{record.name}: {record.getMessage()}")

    handler = Catch(logging.ERROR)
    root = logging.getLogger()
    root.addHandler(handler)
    before = sys.excepthook
    sys.excepthook = lambda kind, value, tb: caught.append(f"{kind.__name__}: {value}")
    try:
        yield caught
    finally:
        sys.excepthook = before
        root.removeHandler(handler)
    assert not caught, "errors during the journey:\n" + "\n".join(caught)


def _tables(app, status: Status, n: int, plan_id: str | None = None) -> list:
    plan_id = plan_id or app.window.current_plan_id()
    tables = sorted((t for t in app.store.tables_on(plan_id) if t.status is status),
                    key=lambda t: t.number)
    assert len(tables) >= n, f"need {n} {status.value} tables"
    return tables[:n]


def _servers(app) -> list:
    return sorted((u for u in app.store.users.values() if u.role is Role.SERVER),
                  key=lambda u: u.name.lower())


def seat(qtbot, app, admin, table_id: str, guests: int) -> None:
    """Right-click → Set status → Occupied… → the guest count → Save; on the server."""
    window = app.window
    menu = hands.right_click(qtbot, window, table_id)
    hands.choose(qtbot, menu, "Set status", "Occupied")
    qtbot.waitUntil(lambda: window.table_actions.dialog is not None)
    dialog = window.table_actions.dialog
    dialog.guests.setValue(guests)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (t := admin.table(table_id)).status is Status.OCCUPIED
                    and t.guest_count == guests, timeout=5000)
    qtbot.waitUntil(lambda: app.store.tables[table_id].guest_count == guests)


def set_status(qtbot, app, admin, table_id: str, label: str) -> None:
    """Right-click → Set status → label (Reserved asks the party's size: kept as is)."""
    window = app.window
    menu = hands.right_click(qtbot, window, table_id)
    hands.choose(qtbot, menu, "Set status", label)
    if label == "Reserved":
        qtbot.waitUntil(lambda: window.table_actions.dialog is not None)
        dialog = window.table_actions.dialog
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: admin.table(table_id).status.label == label, timeout=5000)
    qtbot.waitUntil(lambda: app.store.tables[table_id].status.label == label)


def assign(qtbot, app, admin, table_id: str, server) -> None:
    menu = hands.right_click(qtbot, app.window, table_id)
    hands.choose(qtbot, menu, "Assign server", server.name)
    qtbot.waitUntil(lambda: admin.table(table_id).server_id == server.id, timeout=5000)
    qtbot.waitUntil(lambda: app.store.tables[table_id].server_id == server.id)


def find(qtbot, app, table) -> None:
    window = app.window
    hands.shortcut(qtbot, window, "Ctrl+F")
    qtbot.waitUntil(window.find_edit.hasFocus)
    window.find_edit.clear()
    QTest.keyClicks(window.find_edit, table.number)
    QTest.keyClick(window.find_edit, Qt.Key.Key_Return)
    assert window.current_plan_id() == table.floor_plan_id
    assert window.selected_table() == table.id
    assert window.table_list.selected_table == table.id
    QTest.keyClick(window.find_edit, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()


def switch_floor(qtbot, app, index: int) -> str:
    window = app.window
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    plan_id = app.store.floor_plans[index].id
    assert window.current_plan_id() == plan_id
    return plan_id


def reconnect(qtbot, app, stub) -> None:
    stub.stop()
    qtbot.waitUntil(lambda: app.window.banner.stale, timeout=10_000)
    stub.start()
    wait_live(qtbot, app, timeout=20_000)


@pytest.mark.parametrize("kiosk", [False, True], ids=["window", "kiosk"])
def test_a_hosts_evening(qtbot, launch, admin, stub, no_errors, kiosk):
    app = launch("host@floorview.dev", kiosk=kiosk, theme=None)
    window = app.window
    assert window.kiosk is kiosk
    a, b = _tables(app, Status.AVAILABLE, 2)
    servers = _servers(app)

    # two parties in a row, then the same table again after the dialog
    seat(qtbot, app, admin, a.id, 2)
    seat(qtbot, app, admin, b.id, 4)
    seat(qtbot, app, admin, a.id, 3)
    assign(qtbot, app, admin, a.id, servers[0])
    assign(qtbot, app, admin, b.id, servers[1])
    find(qtbot, app, b)
    find(qtbot, app, a)

    # another floor, and back
    other = switch_floor(qtbot, app, 1)
    (c,) = _tables(app, Status.AVAILABLE, 1, other)
    set_status(qtbot, app, admin, c.id, "Cleaning")
    set_status(qtbot, app, admin, c.id, "Available")
    find(qtbot, app, a)  # back on the first floor by finding

    # the server goes away and comes back: everything still works
    reconnect(qtbot, app, stub)
    set_status(qtbot, app, admin, a.id, "Cleaning")
    set_status(qtbot, app, admin, b.id, "Cleaning")
    seat(qtbot, app, admin, b.id, 2)
    assign(qtbot, app, admin, b.id, servers[2])
    find(qtbot, app, b)
    switch_floor(qtbot, app, 1)
    set_status(qtbot, app, admin, c.id, "Reserved")
    switch_floor(qtbot, app, 0)
    set_status(qtbot, app, admin, a.id, "Available")


def test_a_host_sets_guests_with_a_finger_in_kiosk(qtbot, launch, admin, no_errors):
    """The kiosk's table dialog: the guest count set by its − and + buttons (tapped, no
    keyboard at a stand), twice in a row, saved to the server."""
    app = launch("host@floorview.dev", kiosk=True, theme=None)
    window = app.window
    (table,) = _tables(app, Status.AVAILABLE, 1)
    for taps_up, taps_down in ((3, 1), (2, 0)):
        menu = hands.right_click(qtbot, window, table.id)
        hands.choose(qtbot, menu, "Set status", "Occupied")
        qtbot.waitUntil(lambda: window.table_actions.dialog is not None)
        dialog = window.table_actions.dialog
        start = dialog.guests.value()  # the seats at first, then the party seated
        expect = start + taps_up - taps_down
        assert dialog.more.height() >= 40 and dialog.more.width() >= 44
        for _ in range(taps_up):
            qtbot.mouseClick(dialog.more, Qt.MouseButton.LeftButton)
        for _ in range(taps_down):
            qtbot.mouseClick(dialog.fewer, Qt.MouseButton.LeftButton)
        assert dialog.guests.value() == expect
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda e=expect: (t := admin.table(table.id)).status is Status.OCCUPIED
                        and t.guest_count == e, timeout=5000)
        qtbot.waitUntil(lambda e=expect: app.store.tables[table.id].guest_count == e)
    # a status without guests: the buttons are off
    menu = hands.right_click(qtbot, window, table.id)
    hands.choose(qtbot, menu, "Details")
    qtbot.waitUntil(lambda: window.table_actions.dialog is not None)
    dialog = window.table_actions.dialog
    qtbot.mouseClick(dialog.status_buttons[Status.CLEANING], Qt.MouseButton.LeftButton)
    assert not dialog.more.isEnabled() and not dialog.fewer.isEnabled()
    dialog.reject()


def test_the_list_opens_the_same_table_menu(qtbot, launch, admin, no_errors):
    """Right-click a row of the list beside the floor: the table's menu, as on the map
    (status, guests, assign), twice in a row, the row's table selected on both."""
    app = launch("host@floorview.dev")
    window = app.window
    window.resize(1440, 900)
    a, b = _tables(app, Status.AVAILABLE, 2)
    servers = _servers(app)
    for table, label in ((a, "Cleaning"), (b, "Cleaning"), (a, "Available")):
        menu = hands.right_click_row(qtbot, window, table.id)
        assert menu.actions()[0].text().startswith(f"Table {table.number} ")
        assert window.table_list.selected_table == table.id
        assert window.selected_table() == table.id
        hands.choose(qtbot, menu, "Set status", label)
        qtbot.waitUntil(lambda t=table, s=label: admin.table(t.id).status.label == s,
                        timeout=5000)
        qtbot.waitUntil(lambda t=table, s=label: app.store.tables[t.id].status.label == s)
        window.table_list.refresh()
    menu = hands.right_click_row(qtbot, window, b.id)
    hands.choose(qtbot, menu, "Assign server", servers[0].name)
    qtbot.waitUntil(lambda: admin.table(b.id).server_id == servers[0].id, timeout=5000)


def test_a_managers_evening(qtbot, launch, admin, stub, no_errors):
    app = launch("manager@floorview.dev", branch="Harbour Street")
    window = app.window
    window.resize(1440, 900)
    branch = app.store.branch_id
    hands.shortcut(qtbot, window, "Ctrl+E")
    assert window.editing

    def server_ids() -> set[str]:
        return {t.id for t in admin.tables(branch)}

    def add(number: str, seats: int) -> str:
        hands.shortcut(qtbot, window, "Ctrl+N")
        qtbot.waitUntil(lambda: (f := window.table_form) is not None and f.isVisible())
        form = window.table_form
        form.number_edit.setText(number)
        form.seats.setValue(seats)
        with qtbot.waitSignal(app.controller.created, timeout=10_000) as created:
            qtbot.mouseClick(form.buttons.button(form.buttons.StandardButton.Ok),
                             Qt.MouseButton.LeftButton)
        new_id = created.args[0]
        qtbot.waitUntil(lambda: window.current_scene().table_item(new_id) is not None)
        assert admin.table(new_id).number == number and admin.table(new_id).capacity == seats
        return new_id

    # add twice in a row
    first = add("90", 2)
    second = add("91", 6)
    assert {first, second} <= server_ids()

    # move the first (twice: down, away from the second beside it), turn it
    for _ in range(2):
        y0 = admin.table(first).y
        hands.click(qtbot, window, first)
        assert window.selected_table() == first
        hands.drag(qtbot, window, first, 0, 30)
        qtbot.waitUntil(lambda y=y0: admin.table(first).y > y, timeout=5000)
        qtbot.waitUntil(lambda: app.store.tables[first].y == admin.table(first).y)
    moved_y = admin.table(first).y
    hands.click(qtbot, window, first)
    hands.rotate_to_the_right(qtbot, window, first)
    qtbot.waitUntil(lambda: admin.table(first).rotation == 90, timeout=5000)

    # undo the turn, then the second move; redo the move
    hands.shortcut(qtbot, window, "Ctrl+Z")
    qtbot.waitUntil(lambda: admin.table(first).rotation == 0, timeout=5000)
    hands.shortcut(qtbot, window, "Ctrl+Z")
    qtbot.waitUntil(lambda: admin.table(first).y < moved_y, timeout=5000)
    hands.shortcut(qtbot, window, "Ctrl+Shift+Z")
    qtbot.waitUntil(lambda: admin.table(first).y == moved_y, timeout=5000)

    # delete the second by the Delete key, then undo: back on the server (a new id)
    hands.click(qtbot, window, second)
    assert window.selected_table() == second
    hands.key(window.current_view(), Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: (b := window.delete_box) is not None and b.isVisible())
    window.delete_box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: second not in server_ids(), timeout=5000)
    hands.shortcut(qtbot, window, "Ctrl+Z")
    qtbot.waitUntil(lambda: any(t.number == "91" for t in admin.tables(branch)), timeout=5000)

    # after a reconnect: move and delete still work
    reconnect(qtbot, app, stub)
    again = next(t.id for t in admin.tables(branch) if t.number == "91")
    qtbot.waitUntil(lambda: window.current_scene().table_item(again) is not None)
    x0, y0 = admin.table(again).x, admin.table(again).y
    hands.click(qtbot, window, again)
    hands.drag(qtbot, window, again, 0, 30)
    qtbot.waitUntil(lambda: admin.table(again).y > y0, timeout=5000)
    assert admin.table(again).x == x0
    for table_id in (first, again):
        menu = hands.right_click(qtbot, window, table_id)
        hands.choose(qtbot, menu, "Delete table")
        qtbot.waitUntil(lambda: (b := window.delete_box) is not None and b.isVisible())
        window.delete_box.button(QMessageBox.StandardButton.Yes).click()
        qtbot.waitUntil(lambda t=table_id: t not in server_ids(), timeout=5000)

    # sign out (asked), sign in again: the floor comes back live and works
    window.sign_out_action.trigger()
    qtbot.waitUntil(lambda: (b := window.sign_out_box) is not None and b.isVisible())
    window.sign_out_box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: app.login_dialog is not None)
    assert window.isVisible() and window.current_scene().stale
    app.login_dialog.password_edit.setText("demo")
    qtbot.mouseClick(app.login_dialog.sign_in_button, Qt.MouseButton.LeftButton)
    # the same manager on the same branch: the same window, live again under a new session
    qtbot.waitUntil(lambda: app.login_dialog is None and not window.current_scene().stale,
                    timeout=15_000)
    assert app.window is window
    wait_live(qtbot, app)
    (free,) = _tables(app, Status.AVAILABLE, 1)
    set_status(qtbot, app, admin, free.id, "Cleaning")


def test_an_undone_delete_comes_back_as_the_host_saw_it_twice(qtbot, launch, admin, stub,
                                                              no_errors):
    """Delete a seated table (a party, a server), undo: it is back on the server with its
    status, guests and server, not Available. Redo deletes it again, undo brings it back
    again: twice in a row, the history following its new id each time. Then a redo after
    someone else seated it is refused, said plainly, and nothing is deleted."""
    app = launch("manager@floorview.dev", branch="Harbour Street")
    window = app.window
    window.resize(1440, 900)
    branch = app.store.branch_id
    servers = _servers(app)
    (target,) = _tables(app, Status.AVAILABLE, 1)
    number = target.number
    seat(qtbot, app, admin, target.id, 3)
    assign(qtbot, app, admin, target.id, servers[1])
    seen = admin.table(target.id)
    assert (seen.status, seen.guest_count, seen.server_id) == (Status.OCCUPIED, 3, servers[1].id)
    hands.shortcut(qtbot, window, "Ctrl+E")
    assert window.editing

    def on_server():
        return next((t for t in admin.tables(branch) if t.number == number), None)

    def delete_by_key(table_id: str) -> None:
        hands.click(qtbot, window, table_id)
        assert window.selected_table() == table_id
        hands.key(window.current_view(), Qt.Key.Key_Delete)
        qtbot.waitUntil(lambda: (b := window.delete_box) is not None and b.isVisible())
        window.delete_box.button(QMessageBox.StandardButton.Yes).click()
        qtbot.waitUntil(lambda: on_server() is None, timeout=5000)

    def back_as_it_was() -> str:
        qtbot.waitUntil(lambda: (t := on_server()) is not None and t.server_id == servers[1].id
                        and t.status is Status.OCCUPIED, timeout=5000)
        back = on_server()
        assert (back.status, back.guest_count, back.server_id) == \
            (Status.OCCUPIED, 3, servers[1].id)
        qtbot.waitUntil(lambda: (t := app.store.tables.get(back.id)) is not None
                        and t.status is Status.OCCUPIED and t.server_id == servers[1].id)
        qtbot.waitUntil(lambda: "is back" in window.message_label.text())
        text = window.message_label.text()
        assert "Occupied" in text and "3 guests" in text and servers[1].name in text, text
        assert not window.message_label.property("error")
        return back.id

    delete_by_key(target.id)
    hands.shortcut(qtbot, window, "Ctrl+Z")
    first = back_as_it_was()
    assert first != target.id  # the server gave it a new id
    hands.shortcut(qtbot, window, "Ctrl+Shift+Z")  # delete it again
    qtbot.waitUntil(lambda: on_server() is None, timeout=5000)
    hands.shortcut(qtbot, window, "Ctrl+Z")
    second = back_as_it_was()
    assert second not in (first, target.id)

    # the host's own change in between is theirs, not "someone else's": delete it by the
    # menu (a third time), undo, seat two more guests from the menu, redo: deleted
    qtbot.waitUntil(lambda: window.current_scene().table_item(second) is not None)
    menu = hands.right_click(qtbot, window, second)
    hands.choose(qtbot, menu, "Delete table")
    qtbot.waitUntil(lambda: (b := window.delete_box) is not None and b.isVisible())
    window.delete_box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: on_server() is None, timeout=5000)
    hands.shortcut(qtbot, window, "Ctrl+Z")
    third = back_as_it_was()
    qtbot.waitUntil(lambda: window.current_scene().table_item(third) is not None)
    seat(qtbot, app, admin, third, 5)
    hands.shortcut(qtbot, window, "Ctrl+Shift+Z")
    qtbot.waitUntil(lambda: on_server() is None, timeout=5000)
    hands.shortcut(qtbot, window, "Ctrl+Z")  # back with the five guests it had
    qtbot.waitUntil(lambda: (t := on_server()) is not None and t.guest_count == 5, timeout=5000)
    fourth = on_server()
    assert (fourth.status, fourth.server_id) == (Status.OCCUPIED, servers[1].id)

    # someone else clears it meanwhile: the redo (delete) is refused, plainly
    qtbot.waitUntil(lambda: fourth.id in app.store.tables)
    admin.set_status(fourth.id, "cleaning")
    qtbot.waitUntil(lambda: app.store.tables[fourth.id].status is Status.CLEANING)
    hands.shortcut(qtbot, window, "Ctrl+Shift+Z")
    qtbot.waitUntil(lambda: "someone else changed" in window.message_label.text(), timeout=5000)
    assert "Nothing was changed" in window.message_label.text()
    assert window.message_label.property("error")
    assert on_server() is not None and on_server().status is Status.CLEANING


def test_an_undo_the_server_never_got_stays_to_undo_after_the_reconnect(qtbot, launch, admin,
                                                                      stub, no_errors):
    """Ctrl+Z while the server is down is not sent, said so, and kept: after the
    reconnect Ctrl+Z undoes the move (it was once dropped from the history as refused)."""
    app = launch("manager@floorview.dev", branch="Harbour Street")
    window = app.window
    window.resize(1440, 900)
    hands.shortcut(qtbot, window, "Ctrl+E")
    (table,) = _tables(app, Status.AVAILABLE, 1)
    y0 = admin.table(table.id).y
    hands.click(qtbot, window, table.id)
    hands.drag(qtbot, window, table.id, 0, 30)
    qtbot.waitUntil(lambda: admin.table(table.id).y > y0, timeout=5000)
    qtbot.waitUntil(lambda: app.store.tables[table.id].y > y0)
    stub.stop()
    qtbot.waitUntil(lambda: window.banner.stale, timeout=10_000)
    for _ in range(2):  # twice while down: each said, none lost
        hands.shortcut(qtbot, window, "Ctrl+Z")
        qtbot.waitUntil(lambda: "not sent" in window.message_label.text(), timeout=10_000)
        assert "press Ctrl + Z again" in window.message_label.text()
        assert window.undo_action.isEnabled()
        window.on_message_timer_timeout()
    stub.start()
    wait_live(qtbot, app, timeout=20_000)
    hands.shortcut(qtbot, window, "Ctrl+Z")
    qtbot.waitUntil(lambda: admin.table(table.id).y == y0, timeout=5000)
    qtbot.waitUntil(lambda: "Undo: the move" in window.message_label.text())


def test_an_undo_after_someone_else_s_change_and_then_mine_is_still_refused(
        qtbot, launch, admin, stub, no_errors):
    """A manager moves a table; someone else marks it for cleaning; the manager then sets
    its status themselves. Ctrl+Z (the move) is refused: the cleaning in between is someone
    else's, whatever the manager wrote after it. The table stays where it was moved."""
    app = launch("manager@floorview.dev", branch="Harbour Street")
    window = app.window
    window.resize(1440, 900)
    hands.shortcut(qtbot, window, "Ctrl+E")
    (table,) = _tables(app, Status.AVAILABLE, 1)
    y0 = admin.table(table.id).y
    hands.click(qtbot, window, table.id)
    hands.drag(qtbot, window, table.id, 0, 30)
    qtbot.waitUntil(lambda: admin.table(table.id).y > y0, timeout=5000)
    qtbot.waitUntil(lambda: app.store.tables[table.id].y > y0)
    moved_to = admin.table(table.id).y
    admin.set_status(table.id, "cleaning")  # someone else, on another screen
    qtbot.waitUntil(lambda: app.store.tables[table.id].status is Status.CLEANING)
    set_status(qtbot, app, admin, table.id, "Available")  # the manager's own, after it
    assert window.undo_action.isEnabled()
    hands.shortcut(qtbot, window, "Ctrl+Z")
    qtbot.waitUntil(lambda: "someone else changed" in window.message_label.text(), timeout=5000)
    assert window.message_label.property("error")
    after = admin.table(table.id)
    assert (after.y, after.status) == (moved_to, Status.AVAILABLE)


def on_screen(widget) -> QImage:
    """The widget's pixels as the window's backing store holds them (what the screen
    shows), not a fresh paint (QWidget.grab paints anew)."""
    window = widget.window()
    corner = widget.mapTo(window, QPoint(0, 0))
    shot = window.screen().grabWindow(window.winId(), corner.x(), corner.y(),
                                      widget.width(), widget.height())
    return shot.toImage().convertToFormat(QImage.Format.Format_RGB32)


@pytest.mark.parametrize("cache", [False, True], ids=["no-cache", "item-cache"])
def test_the_shown_view_matches_a_fresh_render_after_a_change(qtbot, launch, admin, no_errors,
                                                               monkeypatch, cache):
    """What is on screen after one change is what a fresh view of the same floor draws:
    no item left unrepainted (a dropped update() in TableItem.set_table shows here).
    Pulses off: a change's ring repaints the table for its whole run, and hides that."""
    from floorview.ui.floor import pulses
    from floorview.ui.floor.floor_scene import FloorScene
    from floorview.ui.floor.floor_view import FloorView

    monkeypatch.setattr(pulses, "MAX_PULSES_PER_FRAME", 0)
    app = launch("host@floorview.dev")
    window = app.window
    window.resize(1440, 900)
    window.show()
    view = window.current_view()
    view.fit_to_window()
    scene = window.current_scene()
    from PySide6.QtWidgets import QGraphicsItem

    from floorview.ui.floor.table_item import TableItem

    mode = QGraphicsItem.CacheMode.DeviceCoordinateCache if cache else QGraphicsItem.CacheMode.NoCache
    for item in scene.items():
        if isinstance(item, TableItem):
            item.setCacheMode(mode)
    (target,) = _tables(app, Status.AVAILABLE, 1)
    QTest.qWait(100)  # painted once, as a screen shows it
    admin.set_status(target.id, "cleaning")
    qtbot.waitUntil(lambda: app.store.tables[target.id].status is Status.CLEANING, timeout=5000)
    scene.flush()
    qtbot.waitUntil(lambda: not scene.pulsing(), timeout=5000)  # the change ring is over
    QTest.qWait(100)  # the posted repaints run
    shown = on_screen(view.viewport())

    plan = next(p for p in app.store.floor_plans if p.id == window.current_plan_id())
    fresh_scene = FloorScene(app.store, plan, settings=window.display_settings(plan.id),
                             clock=window.clock)
    fresh_view = FloorView(fresh_scene)
    qtbot.addWidget(fresh_view)
    fresh_view.resize(view.size())
    fresh_view.show()
    fresh_view.setTransform(view.transform())
    fresh_view.horizontalScrollBar().setValue(view.horizontalScrollBar().value())
    fresh_view.verticalScrollBar().setValue(view.verticalScrollBar().value())
    fresh_scene.flush()
    QTest.qWait(100)
    fresh = on_screen(fresh_view.viewport())
    fresh_scene.detach()

    box = view.mapFromScene(scene.table_item(target.id).geometry.scene_box()).boundingRect()
    box = box.intersected(shown.rect())
    assert box.width() > 10 and box.height() > 10
    differ = 0
    for y in range(box.top(), box.bottom()):
        for x in range(box.left(), box.right()):
            a, b = shown.pixelColor(x, y), fresh.pixelColor(x, y)
            if abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) > 60:
                differ += 1
    area = box.width() * box.height()
    assert differ / area < 0.03, f"{differ} of {area} pixels differ from a fresh view"


@pytest.mark.parametrize("kiosk", [False, True], ids=["touch-laptop", "kiosk"])
def test_a_manager_edits_the_layout_with_a_finger(qtbot, launch, admin, no_errors, kiosk):
    """Edit mode by touch alone, each gesture three times: a finger drags a table, turns it
    by its rotate handle and stretches it by its resize handle, and the server holds each
    change as a person would expect it (moved the way the finger went, turned towards
    the finger, grown towards it). In kiosk the handles are a finger's size (44 px)."""
    import math

    from PySide6.QtCore import QPointF
    from PySide6.QtWidgets import QApplication

    from floorview.ui.floor.edit_handles import EditHandle
    from tests.floorview import touch

    app = launch("manager@floorview.dev", branch="Harbour Street", kiosk=kiosk,
                 theme=None if kiosk else "light")
    window = app.window
    if kiosk:
        window.setFixedSize(1920, 1080)  # the host stand's screen (offscreen has none)
    else:
        window.resize(1440, 900)
    qtbot.wait(20)
    window.edit_action.setChecked(True)  # (in kiosk, no menu: a manager's own setting)
    assert window.editing
    view = window.current_view()
    scene = window.current_scene()
    # a roomy table in the open: the centre floor's round four-top 18
    table = next(t for t in app.store.tables_on(window.current_plan_id()) if t.number == "18")
    item = scene.table_item(table.id)
    view.ensureVisible(item, 40, 40)  # (the fit may show a part of the floor)

    def on_screen(scene_point) -> QPoint:
        return view.mapFromScene(scene_point)

    def centre() -> QPointF:
        return item.geometry.scene_box().center()

    def knob(kind: str) -> EditHandle:
        qtbot.waitUntil(lambda: any(isinstance(h, EditHandle) and h.kind == kind
                                    for h in item.childItems()), timeout=3000)
        return next(h for h in item.childItems() if isinstance(h, EditHandle) and h.kind == kind)

    def settled() -> None:
        qtbot.waitUntil(lambda: app.store.tables[table.id] == admin.table(table.id)
                        or app.store.tables[table.id].version == admin.table(table.id).version,
                        timeout=5000)
        qtbot.wait(QApplication.doubleClickInterval() + 20)  # not a double tap

    touch.tap(qtbot, view.viewport(), on_screen(centre()))
    assert window.selected_table() == table.id
    # (and at once the drag below: to Qt a double tap, which must not open its form)
    if kiosk:
        for kind in ("rotate", "resize"):
            h = knob(kind)
            size = h.deviceTransform(view.viewportTransform()).mapRect(
                h.shape().boundingRect())
            assert size.width() >= 44 and size.height() >= 44, (kind, size)
            assert h.radius * 2 >= 44  # and drawn so: a finger sees what to put itself on

    # drag the table: down and to the right by a finger's way, three times
    for _ in range(3):
        before = admin.table(table.id)
        start = on_screen(centre())
        touch.drag(qtbot, view.viewport(), start, start + QPoint(40, 30), hold_ms=120)
        qtbot.waitUntil(lambda b=before: admin.table(table.id).x > b.x
                        and admin.table(table.id).y > b.y, timeout=5000)
        after = admin.table(table.id)
        scale = view.scale_factor
        assert abs((after.x - before.x) - 40 / scale) <= 6  # (the grid: 5 cm)
        assert abs((after.y - before.y) - 30 / scale) <= 6
        assert window.table_form is None  # moved, not opened
        settled()

    # turn it by its rotate handle: the finger a quarter round to the right, three times
    for _ in range(3):
        before = admin.table(table.id).rotation
        c = centre()
        reach = 2 * max(item.geometry.width, item.geometry.height)
        h = knob("rotate")
        start = on_screen(h.scenePos())
        # a quarter turn clockwise from where the knob is now
        a = math.radians(before + 90)
        end = on_screen(QPointF(c.x() + reach * math.sin(a), c.y() - reach * math.cos(a)))
        touch.drag(qtbot, view.viewport(), start, end, hold_ms=120)
        qtbot.waitUntil(lambda b=before: admin.table(table.id).rotation == (b + 90) % 360,
                        timeout=5000)
        settled()
    assert admin.table(table.id).rotation == 270

    # stretch it by its resize handle: the finger out along the table's own axes
    for _ in range(3):
        before = admin.table(table.id)
        h = knob("resize")
        start = on_screen(h.scenePos())
        a = math.radians(before.rotation)
        dx, dy = 30, 20  # screen px along the table's own (turned) axes
        ux, uy = (dx * math.cos(a) - dy * math.sin(a), dx * math.sin(a) + dy * math.cos(a))
        touch.drag(qtbot, view.viewport(), start, start + QPoint(round(ux), round(uy)),
                   hold_ms=120)
        qtbot.waitUntil(lambda b=before: admin.table(table.id).width > b.width
                        and admin.table(table.id).height > b.height, timeout=5000)
        after = admin.table(table.id)
        assert abs((after.width - before.width) - 30 / view.scale_factor) <= 6
        settled()
