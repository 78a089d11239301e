"""The main window's own behaviour against the stub: find and flash, selection both ways,
server highlight, themes, signing in again, signing out."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from floorview.app import FloorviewApp
from floorview.core.live import ConnState
from floorview.ui.floor.palette import DARK, LIGHT
from tests.floorview.qtapp import FAST_LIVE, InProcessDemo, make_args, run, wait_live

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing")

def test_find_selects_flashes_and_switches_floor(qtbot, launch):
    app = launch("host@floorview.dev")
    window = app.window
    plans = app.store.floor_plans
    assert len(plans) > 1
    other = plans[-1]
    target = sorted(app.store.tables_on(other.id), key=lambda t: t.number)[0]
    assert window.current_plan_id() != other.id
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible()
    qtbot.keyClicks(window.find_edit, target.number)
    qtbot.keyClick(window.find_edit, Qt.Key.Key_Return)
    assert window.current_plan_id() == other.id
    scene = window.scenes[other.id]
    assert target.id in scene.pulsing()
    assert scene.table_item(target.id).isSelected()
    assert window.table_list.selected_table == target.id
    qtbot.keyClicks(window.find_edit, "zz-none")
    qtbot.keyClick(window.find_edit, Qt.Key.Key_Return)
    assert "No table numbered" in window.message_label.text()


def test_selecting_in_the_list_selects_on_the_map_and_back(qtbot, launch):
    app = launch("host@floorview.dev")
    window = app.window
    window.side_panel.open_drawer()  # at the test's 800 px the list is in the side drawer
    model = window.table_list.list_model
    qtbot.waitUntil(lambda: model.rowCount() == len(app.store.tables))
    target = next(t for t in (model.table_at(r) for r in range(model.rowCount()))
                  if t.floor_plan_id == window.current_plan_id())
    window.table_list.selectRow(model.row_of(target.id))
    scene = window.current_scene()
    assert scene.table_item(target.id).isSelected()
    other = next(t for t in app.store.tables_on(window.current_plan_id()) if t.id != target.id)
    scene.select_table(other.id)
    qtbot.waitUntil(lambda: window.table_list.selected_table == other.id)
    rows = window.table_list.selectionModel().selectedRows()
    assert [r.row() for r in rows] == [model.row_of(other.id)]


def test_clicking_a_server_highlights_their_tables(qtbot, launch):
    app = launch("host@floorview.dev")
    window = app.window
    panel = window.summary
    server_id = panel.servers.item(0).data(Qt.ItemDataRole.UserRole)
    rect = panel.servers.visualItemRect(panel.servers.item(0))
    qtbot.mouseClick(panel.servers.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    scene = window.current_scene()
    tables = app.store.tables_on(window.current_plan_id())
    theirs = [t for t in tables if t.server_id == server_id]
    others = [t for t in tables if t.server_id != server_id]
    assert theirs and others
    assert not any(scene.is_dimmed(t.id) for t in theirs)
    assert all(scene.is_dimmed(t.id) for t in others)
    qtbot.mouseClick(panel.servers.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert not any(scene.is_dimmed(t.id) for t in tables)


def test_theme_choice_and_system_scheme(qtbot, launch, settings):
    app = launch("manager@floorview.dev", branch="Harbour Street", theme="light")
    window = app.window
    assert window.theme is LIGHT
    window.theme_actions["dark"].trigger()
    assert window.theme is DARK and settings.theme == "dark"
    assert "#101317" in window.styleSheet()
    window.theme_actions["system"].trigger()
    scheme = QApplication.styleHints().colorScheme()
    assert window.theme is (DARK if scheme == Qt.ColorScheme.Dark else LIGHT)


def _click_header(qtbot, table_list, title: str) -> None:
    """A real click on a column's header (its title without the sort arrow)."""
    header = table_list.horizontalHeader()
    column = table_list.list_model.COLUMNS.index(title)
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))


def _click_row_of(qtbot, table_list, table_id: str) -> None:
    row = table_list.list_model.row_of(table_id)
    table_list.scrollTo(table_list.list_model.index(row, 0))
    rect = table_list.visualRect(table_list.list_model.index(row, 0))
    qtbot.mouseClick(table_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _sign_out_and_in(qtbot, app, email: str = "host@floorview.dev") -> None:
    window = app.window
    window.sign_out_action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "sign_out_box", None) is not None
                    and window.sign_out_box.isVisible())
    window.sign_out_box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: app.login_dialog is not None)
    dialog = app.login_dialog
    qtbot.waitUntil(lambda: not dialog.busy, timeout=15_000)
    dialog.email_edit.setText(email)
    dialog.password_edit.setText("demo")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.window.banner.state is ConnState.LIVE, timeout=15_000)
    wait_live(qtbot, app)


def test_signing_in_again_keeps_the_window_its_place_sort_and_selection(qtbot, launch):
    app = launch("host@floorview.dev")
    window = app.window
    window.setGeometry(QRect(60, 70, 1300, 850))
    table_list = window.table_list
    _click_header(qtbot, table_list, "Seats")
    _click_header(qtbot, table_list, "Seats")  # the second click: the other way
    assert table_list.list_model.sorting == ("Seats", Qt.SortOrder.DescendingOrder)
    # a table neither first nor last in the list, picked by a real click
    chosen = table_list.list_model.table_ids()[3]
    _click_row_of(qtbot, table_list, chosen)
    assert window.selected_table() == chosen
    for _ in range(2):  # twice in a row
        _sign_out_and_in(qtbot, app)
        assert app.window is window and window.isVisible()
        assert window.geometry() == QRect(60, 70, 1300, 850)
        assert table_list.list_model.sorting == ("Seats", Qt.SortOrder.DescendingOrder)
        assert window.table_list.selected_table == chosen
        assert window.selected_table() == chosen
        assert not window.current_scene().stale


def test_someone_else_signing_in_gets_a_new_window_in_the_same_place_and_sort(qtbot, launch):
    app = launch("host@floorview.dev")
    window = app.window
    window.setGeometry(QRect(40, 90, 1250, 820))
    _click_header(qtbot, window.table_list, "Table")
    _click_header(qtbot, window.table_list, "Table")
    _sign_out_and_in(qtbot, app, "manager@floorview.dev")
    assert app.window is not window and app.user.email == "manager@floorview.dev"
    assert app.window.geometry() == QRect(40, 90, 1250, 820)
    assert app.window.table_list.list_model.sorting == ("Table", Qt.SortOrder.DescendingOrder)


def test_switching_branch_keeps_the_place_and_sort_and_clears_the_selection(
        qtbot, launch, admin, settings):
    app = launch("manager@floorview.dev", branch="Harbour Street")
    old = app.window
    old.setGeometry(QRect(30, 50, 1280, 860))
    _click_header(qtbot, old.table_list, "Seats")
    _click_header(qtbot, old.table_list, "Seats")
    _click_row_of(qtbot, old.table_list, old.table_list.list_model.table_ids()[2])
    assert old.selected_table()
    for name in ("Old Town", "Harbour Street"):  # there and back
        window = app.window
        window.window_actions.branch_action.trigger()
        qtbot.waitUntil(lambda: app.branch_picker is not None)
        target = next(b for b in admin.branches() if b.name == name)
        app.branch_picker.select(target.id)
        app.branch_picker.accept()
        qtbot.waitUntil(lambda w=window: app.window is not None and app.window is not w)
        wait_live(qtbot, app)
        assert app.store.branch_id == target.id
        assert app.window.geometry() == QRect(30, 50, 1280, 860)
        assert app.window.table_list.list_model.sorting == ("Seats", Qt.SortOrder.DescendingOrder)
        assert app.window.selected_table() == "" and app.window.table_list.selected_table == ""


def _restart_with_new_secret(srv, secret: str) -> None:
    """The backend comes back signing with another key: every token held is refused,
    as when a sign-in expired."""
    srv.stop()
    srv.config.secret = secret
    srv.start()


def test_a_refused_sign_in_signs_in_again_or_asks(qtbot, aio, settings):
    from server_stub.testing import StubServer

    srv = StubServer(demo=True)
    srv.start()
    env = {"FLOORVIEW_PASSWORD": "demo"}
    app = FloorviewApp(make_args(srv, email="host@floorview.dev"), settings=settings,
                       env=env, live_options=FAST_LIVE)
    try:
        assert run(qtbot, app.start())
        wait_live(qtbot, app)
        window = app.window
        # a password at hand (environment or keyring): signed in again without a word
        _restart_with_new_secret(srv, "second-secret-0123456789-0123456789")
        wait_live(qtbot, app, timeout=20_000)
        assert app.login_dialog is None

        # none at hand: the login dialog asks; cancelled, the banner says signed out
        env.clear()
        _restart_with_new_secret(srv, "third-secret-0123456789-0123456789-01")
        qtbot.waitUntil(lambda: app.login_dialog is not None, timeout=20_000)
        assert "expired" in app.login_dialog.message_label.text()
        app.login_dialog.reject()
        qtbot.waitUntil(lambda: window.banner.state is ConnState.UNAUTHORIZED)
        assert window.banner.text().startswith("Signed out")
        assert window.banner.button_text() == "Sign in again…"
        assert window.current_scene().stale

        # the banner's button signs in again and the floor goes live
        window.banner._button.click()
        qtbot.waitUntil(lambda: app.login_dialog is not None)
        app.login_dialog.password_edit.setText("demo")
        qtbot.mouseClick(app.login_dialog.sign_in_button, Qt.MouseButton.LeftButton)
        wait_live(qtbot, app, timeout=20_000)
        assert window.banner.state is ConnState.LIVE and not window.current_scene().stale
    finally:
        run(qtbot, app.shutdown())
        srv.stop()


def test_demo_run_signs_in_as_the_host(qtbot, aio, settings):
    args = make_args(type("S", (), {"url": ""})(), server=None, demo=True)
    app = FloorviewApp(args, settings=settings, env={}, demo_factory=InProcessDemo,
                       live_options=FAST_LIVE)
    try:
        assert run(qtbot, app.start())
        wait_live(qtbot, app)
        assert app.user.email == "host@floorview.dev"
        assert settings.server == ""  # the demo's port is not remembered
    finally:
        run(qtbot, app.shutdown())
    assert app.demo is None


def test_quit_is_prompt_while_reconnecting(qtbot, launch, stub):
    app = launch("host@floorview.dev")
    stub.stop()
    qtbot.waitUntil(lambda: app.window.banner.state in (ConnState.RECONNECTING, ConnState.UNREACHABLE))
    future = asyncio.ensure_future(app.shutdown())
    qtbot.waitUntil(future.done, timeout=3000)
    assert app.session is None


def test_floor_option_opens_that_floor_and_it_is_remembered(qtbot, launch, settings):
    app = launch("host@floorview.dev", floor="patio")
    window = app.window
    patio = next(p for p in app.store.floor_plans if p.name == "Patio")
    assert window.current_plan_id() == patio.id
    main = app.store.floor_plans[0]
    window.show_plan(main.name)
    assert settings.floor_plan_for(app.store.branch_id) == main.id


def test_a_manager_sets_the_thresholds(qtbot, launch, settings):
    app = launch("manager@floorview.dev", branch="Harbour Street")
    window = app.window
    assert window.prefs_action.isEnabled()
    window.prefs_action.trigger()
    dialog = window.preferences_dialog
    dialog.amber.setValue(30)
    dialog.red.setValue(45)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert (settings.amber_minutes, settings.red_minutes) == (30, 45)
    for scene in window.scenes.values():
        assert (scene.settings.amber_minutes, scene.settings.red_minutes) == (30, 45)


def test_a_forbidden_branch_offers_another(qtbot, launch, admin, settings):
    from datetime import UTC, datetime

    from floorview.core.live import ConnectionStatus, ConnState

    app = launch("manager@floorview.dev", branch="Harbour Street")
    window = app.window
    # (the stub cannot take a branch away from a user; the state is what the live
    # connection publishes when joinBranch answers "Forbidden resource")
    app.on_session_status(ConnectionStatus(ConnState.FORBIDDEN, datetime.now(UTC),
                                           message="Forbidden resource"))
    assert window.banner.state is ConnState.FORBIDDEN and window.current_scene().stale
    assert window.banner.button_text() == "Choose branch…"
    window.banner._button.click()
    qtbot.waitUntil(lambda: app.branch_picker is not None)
    old_town = next(b for b in admin.branches() if b.name == "Old Town")
    app.branch_picker.select(old_town.id)
    app.branch_picker.accept()
    qtbot.waitUntil(lambda: app.window is not None and app.window is not window)
    wait_live(qtbot, app)
    assert app.store.branch_id == old_town.id and settings.branch_id == old_town.id
    assert "Old Town" in app.window.windowTitle()


class MemoryKeyring:
    """A keyring backend in a dict (the real one is the OS's)."""

    def __init__(self) -> None:
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, account: str) -> str | None:
        return self.passwords.get((service, account))

    def set_password(self, service: str, account: str, password: str) -> None:
        self.passwords[(service, account)] = password

    def delete_password(self, service: str, account: str) -> None:
        import keyring.errors

        if self.passwords.pop((service, account), None) is None:
            raise keyring.errors.PasswordDeleteError("not kept")


class ThreadRecordingKeyring(MemoryKeyring):
    """Notes whether each call ran on the GUI (main) thread."""

    def __init__(self) -> None:
        super().__init__()
        self.on_gui_thread: list[str] = []

    def _note(self, what: str) -> None:
        import threading

        if threading.current_thread() is threading.main_thread():
            self.on_gui_thread.append(what)

    def get_password(self, service: str, account: str) -> str | None:
        self._note("get")
        return super().get_password(service, account)

    def set_password(self, service: str, account: str, password: str) -> None:
        self._note("set")
        super().set_password(service, account, password)

    def delete_password(self, service: str, account: str) -> None:
        self._note("delete")
        super().delete_password(service, account)


def test_keep_me_signed_in_puts_the_password_in_the_keyring_only(qtbot, aio, stub, tmp_path):
    from floorview.core.credentials import PasswordVault
    from floorview.ui.settings import AppSettings

    ini = tmp_path / "floorview.ini"
    backend = ThreadRecordingKeyring()
    vault = PasswordVault(backend)

    # first run: nothing known but the server; the person signs in and ticks the box
    app = FloorviewApp(make_args(stub, theme=None, kiosk=None), settings=AppSettings.at(ini),
                       vault=vault, env={}, live_options=FAST_LIVE)
    started = asyncio.ensure_future(app.start())
    qtbot.waitUntil(lambda: app.login_dialog is not None)
    dialog = app.login_dialog
    dialog.email_edit.setText("host@floorview.dev")
    dialog.password_edit.setText("demo")
    dialog.remember_box.setChecked(True)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(started.done, timeout=15_000)
    wait_live(qtbot, app)
    run(qtbot, app.shutdown())
    assert list(backend.passwords.values()) == ["demo"]
    text = ini.read_text()
    assert "demo" not in text.replace("floorview.dev", "") and "token" not in text.lower()
    assert "host@floorview.dev" in text

    # second run, as a host stand boots: no options, no dialog, straight to the floor
    app = FloorviewApp(make_args(stub, server=None, theme=None, kiosk=None),
                       settings=AppSettings.at(ini), vault=vault, env={},
                       live_options=FAST_LIVE)
    started = asyncio.ensure_future(app.start())
    qtbot.waitUntil(started.done, timeout=15_000)
    assert started.result() is True
    wait_live(qtbot, app)

    # signing out forgets the kept password
    app.window.sign_out_action.trigger()
    qtbot.waitUntil(lambda: getattr(app.window, "sign_out_box", None) is not None)
    app.window.sign_out_box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: app.login_dialog is not None)
    assert backend.passwords == {}
    run(qtbot, app.shutdown())
    # an OS keyring may block (D-Bus, an unlock prompt): never on the GUI thread
    assert backend.on_gui_thread == []


def test_quit_while_the_login_dialog_waits_for_a_person(qtbot, aio, settings, stub):
    app = FloorviewApp(make_args(stub), settings=settings, env={}, live_options=FAST_LIVE)
    running = asyncio.ensure_future(app.run())
    qtbot.waitUntil(lambda: app.login_dialog is not None)
    dialog = app.login_dialog
    app.request_quit()
    qtbot.waitUntil(running.done, timeout=5000)
    assert running.result() == 0 and not dialog.isVisible()


def test_the_step_names_who_is_signed_in_and_what_is_open(qtbot, aio, settings):
    import argparse

    from floorview.app import SignedIn, Step
    from floorview.core.model import Role, User
    from floorview.core.session import Authenticator

    class Rest:
        base_url = "http://127.0.0.1:1"

        def close(self):
            pass

    app = FloorviewApp(argparse.Namespace(branch=None), settings=settings, env={})
    assert app.step is Step.SIGNED_OUT
    app.sign_in_flow.signed_in = SignedIn(Authenticator(Rest()), User(
        "u-mgr", "Mia Manager", "mgr@x", Role.MANAGER, ("b1", "b2", "b3"), None))
    assert app.step is Step.SIGNED_IN
