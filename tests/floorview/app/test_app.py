"""The whole app against a real server_stub on loopback: sign-in, branch, floor, live
events, the banner through a server restart, roles, edits, the 409 path."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QColor, QMouseEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from floorview.app import FloorviewApp
from floorview.core.live import ConnState
from floorview.core.model import Status
from floorview.ui.floor.palette import status_color
from tests.floorview.qtapp import FAST_LIVE, make_args, run, wait_live

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support grabbing",  # offscreen: popups cannot grab the keyboard
)

def item_pixel(app: FloorviewApp, table_id: str) -> QColor:
    """The colour drawn inside a table, left of its label."""
    window = app.window
    scene = window.scene_of(table_id)
    view = window.views[window.store.tables[table_id].floor_plan_id]
    window.tabs.setCurrentWidget(view)
    scene.flush()
    item = scene.table_item(table_id)
    g = item.geometry
    point = view.mapFromScene(QPointF(g.x + g.width * 0.2, g.y + g.height * 0.5))
    image = view.viewport().grab().toImage()
    return image.pixelColor(point)


def close_to(a: QColor, b: QColor, tolerance: int = 40) -> bool:
    return all(abs(x - y) <= tolerance for x, y in
               ((a.red(), b.red()), (a.green(), b.green()), (a.blue(), b.blue())))


# --- the tests ------------------------------------------------------------------------


def test_login_then_branch_then_the_floor_as_the_server_has_it(qtbot, aio, settings, stub, admin):
    app = FloorviewApp(make_args(stub), settings=settings, env={}, live_options=FAST_LIVE)
    started = asyncio.ensure_future(app.start())
    qtbot.waitUntil(lambda: app.login_dialog is not None)
    dialog = app.login_dialog
    assert dialog.server == stub.url
    dialog.email_edit.setText("manager@floorview.dev")
    dialog.password_edit.setText("wrong")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message_label.text() == "Wrong email or password.")
    dialog.password_edit.setText("demo")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.branch_picker is not None)  # the manager sees two branches
    picker = app.branch_picker
    branches = admin.branches()
    old_town = next(b for b in branches if b.name == "Old Town")
    picker.select(old_town.id)
    picker.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(started.done, timeout=15_000)
    assert started.result() is True
    wait_live(qtbot, app)
    try:
        assert settings.branch_id == old_town.id and settings.email == "manager@floorview.dev"
        window = app.window
        plans = admin.floor_plans(old_town.id)
        assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
            p.name for p in sorted(plans, key=lambda p: p.sort_order)]
        server_tables = admin.tables(old_town.id)
        for plan in plans:
            scene = window.scenes[plan.id]
            scene.flush()
            on_plan = [t for t in server_tables if t.floor_plan_id == plan.id]
            items = [i for i in scene.items() if hasattr(i, "table_id")]
            assert sorted(i.table_id for i in items) == sorted(t.id for t in on_plan)
            for t in on_plan:
                g = scene.table_item(t.id).geometry
                assert (g.x, g.y, g.width, g.height, g.rotation) == (
                    t.x, t.y, t.width, t.height, t.rotation)
                assert scene.table_item(t.id).table.status is t.status
        # the right colours: a few tables of each status, by their pixels
        checked = set()
        for t in server_tables:
            if t.status in checked or t.status is Status.OUT_OF_SERVICE:
                continue  # (out of service is hatched)
            got = item_pixel(app, t.id)
            want = status_color(window.theme, t.status)
            assert close_to(got, want), (t.number, t.status, got.name(), want.name())
            checked.add(t.status)
        assert len(checked) >= 3
    finally:
        run(qtbot, app.shutdown())


def _a_table(app: FloorviewApp, status: Status | None = None):
    tables = sorted(app.store.tables.values(), key=lambda t: t.number)
    return next(t for t in tables if status is None or t.status is status)


def test_a_status_event_recolours_exactly_that_table(qtbot, launch, admin):
    app = launch("host@floorview.dev")
    window = app.window
    target = _a_table(app, Status.AVAILABLE)
    scene = window.scene_of(target.id)
    scene.flush()
    before = {t.id: (t.status, t.version) for t in app.store.tables.values()}
    admin.set_status(target.id, "occupied", 2)
    qtbot.waitUntil(lambda: scene.table_item(target.id).table.status is Status.OCCUPIED)
    assert app.store.tables[target.id].guest_count == 2
    changed = [tid for tid, (status, _v) in before.items()
               if app.store.tables[tid].status is not status]
    assert changed == [target.id]
    scene.flush()
    assert close_to(item_pixel(app, target.id), status_color(window.theme, Status.OCCUPIED))
    # the summary and the list follow
    qtbot.waitUntil(lambda: window.summary.counts()[Status.OCCUPIED] ==
                    sum(t.status is Status.OCCUPIED for t in app.store.tables.values()))
    # (at the test's 800 px the list is in the side drawer: read once it is opened)
    window.side_panel.open_drawer()
    model = window.table_list.list_model
    qtbot.waitUntil(lambda: model.data(model.index(model.row_of(target.id), 1)) == "Occupied")


def test_an_assignment_changes_the_badge(qtbot, launch, admin):
    app = launch("host@floorview.dev")
    servers = [u for u in app.store.users.values() if u.role.value == "server"]
    target = _a_table(app)
    other = next(u for u in servers if u.id != target.server_id)
    scene = app.window.scene_of(target.id)
    admin.assign_server(target.id, other.id)
    qtbot.waitUntil(lambda: scene.table_item(target.id).badge is not None
                    and scene.table_item(target.id).badge[0] == other.initials)
    admin.assign_server(target.id, None)
    qtbot.waitUntil(lambda: scene.table_item(target.id).badge is None)


def test_create_and_delete_add_and_remove_items(qtbot, launch):
    app = launch("manager@floorview.dev", branch="Harbour Street")
    window = app.window
    window.edit_action.setChecked(True)
    scene = window.current_scene()
    plan_id = window.current_plan_id()
    count = len(app.store.tables_on(plan_id))
    fields = window.new_table_fields()
    assert fields is not None
    new_box = (fields["x"], fields["y"], fields["width"], fields["height"])
    for t in app.store.tables_on(plan_id):  # free space: clear of every table and its labels
        g = scene.table_item(t.id).labels_rect()
        assert not g.intersects(type(g)(*new_box)), t.number
    window.add_action.trigger()  # asks number, seats and shape first
    qtbot.waitUntil(lambda: getattr(window, "table_form", None) is not None)
    form = window.table_form
    assert form.number == fields["number"]
    form.seats.setValue(6)
    form.shape_box.setCurrentIndex(form.shape_box.findData("round"))
    with qtbot.waitSignal(app.controller.created, timeout=10_000) as created:
        form.buttons.button(form.buttons.StandardButton.Ok).click()
    new_id = created.args[0]
    qtbot.waitUntil(lambda: scene.table_item(new_id) is not None)
    assert len(app.store.tables_on(plan_id)) == count + 1
    added = app.store.tables[new_id]
    assert (added.number, added.capacity, added.shape.value) == (fields["number"], 6, "round")

    # delete, through the menu (edit mode) and its confirmation
    menu = window.table_actions.build_menu(new_id)
    window.table_actions.actions_of(menu)["delete"].trigger()
    qtbot.waitUntil(lambda: getattr(window, "delete_box", None) is not None)
    window.delete_box.button(window.delete_box.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: scene.table_item(new_id) is None)
    assert new_id not in app.store.tables


def test_role_rules_hide_actions_from_a_host(qtbot, launch):
    app = launch("host@floorview.dev")
    window = app.window
    assert not window.edit_action.isVisible() and not window.edit_action.isEnabled()
    assert not window.add_action.isEnabled() and not window.prefs_action.isEnabled()
    toolbar_names = {a.objectName() for a in window.toolbar.actions()}
    assert "editMode" not in toolbar_names and "addTable" not in toolbar_names
    window.edit_action.setChecked(True)  # even if forced, it stays off for a host
    assert not window.table_actions.edit_mode
    target = _a_table(app)
    names = set(window.table_actions.actions_of(window.table_actions.build_menu(target.id)))
    assert "delete" not in names
    assert {"status:occupied", "assign:none"} <= names  # a host seats and assigns


def test_a_status_set_in_the_app_comes_back_through_the_event_path(qtbot, launch, admin):
    app = launch("host@floorview.dev")
    target = _a_table(app, Status.AVAILABLE)
    calls = []
    app.store.subscribe(lambda u: calls.extend(c for c in u.changes if c.table_id == target.id))
    assert run(qtbot, app.controller.set_status(target.id, "cleaning"))
    # nothing applied locally: the store changes once, when the event arrives
    qtbot.waitUntil(lambda: app.store.tables[target.id].status is Status.CLEANING)
    qtbot.wait(300)
    assert len(calls) == 1
    assert admin.table(target.id).status is Status.CLEANING


def test_an_edit_drag_saves_the_new_position(qtbot, launch, admin):
    app = launch("manager@floorview.dev", branch="Harbour Street")
    window = app.window
    window.resize(1400, 900)
    window.edit_action.setChecked(True)
    scene, view = window.current_scene(), window.current_view()
    view.fit_to_window()
    target = sorted(app.store.tables_on(window.current_plan_id()), key=lambda t: t.number)[0]
    item = scene.table_item(target.id)
    g = item.geometry
    start = view.mapFromScene(g.center)
    dx_units = 40.0
    end = view.mapFromScene(QPointF(g.center.x() + dx_units, g.center.y()))
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for i in range(1, 6):
        p = start + (end - start) * i / 5
        move = QMouseEvent(QEvent.Type.MouseMove, QPointF(p), QPointF(viewport.mapToGlobal(p)),
                           Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton,
                           Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, move)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)

    def saved() -> None:
        on_server = admin.table(target.id)
        assert on_server.x != target.x and on_server.version == target.version + 1
    qtbot.waitUntil(saved, timeout=10_000)
    on_server = admin.table(target.id)
    assert abs(on_server.x - (target.x + dx_units)) <= 20  # snapped to the edit grid
    assert on_server.y == pytest.approx(target.y, abs=20)
    qtbot.waitUntil(lambda: app.store.tables[target.id].version == on_server.version)
    assert scene.table_item(target.id).geometry.x == on_server.x  # no flicker back


def test_a_conflict_reloads_the_table_and_says_so(qtbot, launch, admin):
    app = launch("manager@floorview.dev", branch="Harbour Street")
    window = app.window
    window.edit_action.setChecked(True)
    target = _a_table(app)
    scene = window.scene_of(target.id)
    # another manager moves it first; the app has not seen that event yet when it saves
    messages = []
    app.controller.message.connect(lambda text, error: messages.append((text, error)))
    reverted = []
    app.controller.reverted.connect(reverted.append)
    app.store.begin_sync()  # hold events, as if the other save's event were still in flight
    try:
        admin.update_table(target.id, x=target.x + 100, version=target.version)
        ok = run(qtbot, app.controller.save_layout(target.id, {"x": target.x + 10,
                                                                "y": target.y}))
    finally:
        app.store.cancel_sync()
    assert ok is False
    assert reverted == [target.id]
    assert any("changed by someone else" in text and error for text, error in messages)
    qtbot.waitUntil(lambda: app.store.tables[target.id].x == target.x + 100)
    scene.flush()
    assert scene.table_item(target.id).geometry.x == target.x + 100
    assert "changed by someone else" in window.message_label.text()


def test_a_refused_write_shows_the_servers_message(qtbot, launch):
    app = launch("host@floorview.dev")
    target = _a_table(app)
    messages = []
    app.controller.message.connect(lambda text, error: messages.append((text, error)))
    assert run(qtbot, app.controller.assign_server(target.id, "no-such-user")) is False
    text, error = messages[-1]
    assert error and "Assigning a server" in text and "rejected" in text.lower()


def test_the_banner_follows_a_stopped_and_restarted_server(qtbot, launch, stub):
    app = launch("host@floorview.dev")
    window = app.window
    assert window.banner.state is ConnState.LIVE and window.banner.text() == "Live"
    scene = window.current_scene()
    assert not scene.stale
    stub.stop()
    qtbot.waitUntil(lambda: window.banner.state in (ConnState.RECONNECTING, ConnState.UNREACHABLE),
                    timeout=15_000)
    assert "since" in window.banner.text()
    assert scene.stale  # greyed: it may be out of date
    assert "may be out of date" in window.as_of_label.text()
    stub.start()
    qtbot.waitUntil(lambda: window.banner.state is ConnState.LIVE, timeout=20_000)
    assert not scene.stale


def test_a_branch_name_two_branches_share_asks_which_one(qtbot, aio, settings, stub):
    stub.call(lambda s: s.repo.add_branch(
        {"id": "br-twin", "name": "Harbour Street", "timezone": "Europe/London"}))
    app = FloorviewApp(make_args(stub, email="admin@floorview.dev", branch=" harbour street "),
                       settings=settings, env={"FLOORVIEW_PASSWORD": "demo"},
                       live_options=FAST_LIVE)
    try:
        starting = asyncio.ensure_future(app.start())
        qtbot.waitUntil(lambda: app.branch_picker is not None, timeout=15_000)
        picker = app.branch_picker
        assert "More than one branch is named “harbour street”" in picker.reason_label.text()
        assert len(picker.list.findItems("Harbour Street", Qt.MatchFlag.MatchStartsWith)) == 2
        picker.list.setCurrentItem(picker.list.findItems("Harbour", Qt.MatchFlag.MatchStartsWith)[0])
        picker.accept()
        qtbot.waitUntil(starting.done, timeout=15_000)
        assert starting.result() is True
        wait_live(qtbot, app)
        assert app.store.branch.name == "Harbour Street"
    finally:
        run(qtbot, app.shutdown())
