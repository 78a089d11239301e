"""The summary, the list, the banner, the table actions and the settings, on a hand-made
store (no server)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum

import pytest
from PySide6.QtCore import QPoint, Qt

from floorview.core.model import Branch, Role, Status, Table
from floorview.ui.dialogs.branch_picker import BranchPicker
from floorview.ui.settings import AppSettings
from floorview.ui.window.banner import ConnectionBanner
from floorview.ui.window.summary_panel import SummaryPanel, summarize
from floorview.ui.window.table_actions import TableActions
from floorview.ui.window.table_list import TableList
from tests.floorview.factories import table_json

from .conftest import status_color

NOW = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)


def test_summary_counts_covers_and_occupancy(store):
    s = summarize(tuple(store.tables.values()))
    assert s.by_status[Status.OCCUPIED] == 2
    assert s.by_status[Status.AVAILABLE] == 1
    assert s.covers == 6  # two occupied tables of 3; the reservation's 2 are not seated
    assert s.seats == 20  # 6 tables of 4, less the one out of service
    assert s.occupancy == 30
    assert s.servers["u-ana"].tables == 3 and s.servers["u-ana"].covers == 3


def test_summary_panel_follows_the_store_and_highlights_a_server(qtbot, store):
    panel = SummaryPanel(store, status_color=status_color)
    qtbot.addWidget(panel)
    assert panel.counts()[Status.OCCUPIED] == 2
    t = store.tables["t-1"]
    store.apply_event("tableStatusUpdate", {**t.to_json(), "status": "occupied",
                                            "guestCount": 4, "version": t.version + 1})
    qtbot.waitUntil(lambda: panel.counts()[Status.OCCUPIED] == 3)
    assert "Covers 10 of 20 seats" in panel.covers_label.text()

    with qtbot.waitSignal(panel.serverHighlighted) as blocker:
        row = panel.server_row("u-ben")
        rect = panel.servers.visualItemRect(panel.servers.item(row))
        qtbot.mouseClick(panel.servers.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["u-ben"]
    with qtbot.waitSignal(panel.serverHighlighted) as blocker:
        qtbot.mouseClick(panel.servers.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [""]  # a second click clears
    panel.close()
    assert panel._unsubscribe is None


def test_table_list_sorts_by_status_then_time_and_selects_both_ways(qtbot, store):
    view = TableList(store, clock=lambda: NOW, status_color=status_color)
    qtbot.addWidget(view)
    ids = view.list_model.table_ids()
    # available first; the two occupied tables longest-seated first
    assert ids == ["t-1", "t-4", "t-2", "t-3", "t-5", "t-6"]
    model = view.list_model
    row = model.row_of("t-2")
    assert model.data(model.index(row, 4)) == "49 min"  # seated 19:11, now 20:00
    assert model.data(model.index(row, 3)) == "Ana Silva"

    with qtbot.waitSignal(view.tableSelected) as blocker:
        view.selectRow(model.row_of("t-3"))
    assert blocker.args == ["t-3"]

    with qtbot.assertNotEmitted(view.tableSelected):
        view.select_table("t-5")
    assert view.selectionModel().selectedRows()[0].row() == model.row_of("t-5")

    # a change re-sorts and keeps the selection on the same table
    t = store.tables["t-5"]
    store.apply_event("tableStatusUpdate", {**t.to_json(), "status": "available",
                                            "statusChangedAt": "2026-11-25T19:59:00.000Z",
                                            "version": t.version + 1})
    qtbot.waitUntil(lambda: model.table_ids()[1] == "t-5")
    assert view.selectionModel().selectedRows()[0].row() == model.row_of("t-5")
    view.close()


@dataclass
class _Status:
    state: Enum
    since: datetime
    message: str = ""
    attempt: int = 0


class _State(Enum):
    LIVE = 1
    RECONNECTING = 2
    UNAUTHORIZED = 3
    FORBIDDEN = 4
    UNREACHABLE = 5


def test_banner_says_each_state_and_offers_the_right_action(qtbot):
    banner = ConnectionBanner()
    qtbot.addWidget(banner)
    since = datetime(2026, 11, 25, 19, 4, tzinfo=UTC)
    banner.set_status(_Status(_State.LIVE, since))
    assert banner.text() == "Live" and not banner.stale and banner.button_text() is None
    banner.set_status(_Status(_State.RECONNECTING, since, attempt=3))
    local = since.astimezone().strftime("%H:%M")
    assert f"reconnecting since {local}" in banner.text() and banner.stale
    banner.set_status(_Status(_State.UNAUTHORIZED, since))
    assert banner.button_text() == "Sign in again…"
    with qtbot.waitSignal(banner.actionRequested) as blocker:
        banner._button.click()
    assert blocker.args == ["UNAUTHORIZED"]
    banner.set_status(_Status(_State.FORBIDDEN, since))
    assert "may not watch this branch" in banner.text()
    banner.set_status(_Status(_State.UNREACHABLE, since, message="connection refused"))
    assert "unreachable" in banner.text() and banner.button_text() == "Retry now"



def test_banner_says_times_on_the_branchs_clock(qtbot):
    banner = ConnectionBanner()
    qtbot.addWidget(banner)
    since = datetime(2026, 11, 25, 19, 4, tzinfo=UTC)  # 14:04 in New York (EST)
    banner.set_status(_Status(_State.RECONNECTING, since))
    banner.set_zone(Branch("br-ny", "Midtown", "America/New_York").zone)
    assert "reconnecting since 14:04" in banner.text()  # the text follows the zone
    banner.set_status(_Status(_State.UNREACHABLE, since))
    assert "unreachable since 14:04" in banner.text()


def test_an_unknown_zone_falls_back_to_local_time(qtbot):
    banner = ConnectionBanner()
    qtbot.addWidget(banner)
    since = datetime(2026, 11, 25, 19, 4, tzinfo=UTC)
    banner.set_zone(Branch("br-x", "Nowhere", "Mars/Olympus_Mons").zone)
    banner.set_status(_Status(_State.RECONNECTING, since))
    assert f"reconnecting since {since.astimezone().strftime('%H:%M')}" in banner.text()


def test_the_window_shows_the_branchs_time(qtbot, settings):
    from floorview.core.live import ConnectionStatus, ConnState
    from floorview.core.model import User
    from floorview.ui.window.main_window import MainWindow

    from .conftest import make_store

    store = make_store()
    store.branch = Branch("br-1", "Harbour", "America/New_York")  # a branch in another city
    now = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)  # 15:00 in New York
    window = MainWindow(store, user=User("u-mgr", "Mia Manager", "mgr@x", Role.MANAGER, ("br-1",), None),
                        settings=settings, clock=lambda: now, theme_choice="light")
    qtbot.addWidget(window)
    lost = datetime(2026, 11, 25, 19, 4, tzinfo=UTC)  # 14:04 in New York
    window.set_connection_status(ConnectionStatus(ConnState.RECONNECTING, since=lost, as_of=lost))
    assert "reconnecting since 14:04" in window.banner.text()
    assert window.as_of_label.text().startswith("As of 14:04")
    window.set_connection_status(ConnectionStatus(ConnState.LIVE, since=now, as_of=now))
    assert window.as_of_label.text() == "Live · as of 15:00"
    window.close()

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


def test_settings_round_trip_and_never_hold_a_password(tmp_path):
    path = tmp_path / "s.ini"
    s = AppSettings.at(path)
    s.server, s.email, s.branch_id, s.theme, s.kiosk = "http://h:1", "a@b", "br-1", "dark", True
    s.set_floor_plan_for("br-1", "fp-2")
    s.amber_minutes, s.red_minutes = 45, 75
    s.sync()
    again = AppSettings.at(path)
    assert (again.server, again.email, again.branch_id, again.theme, again.kiosk) == (
        "http://h:1", "a@b", "br-1", "dark", True)
    assert again.floor_plan_for("br-1") == "fp-2"
    assert (again.amber_minutes, again.red_minutes) == (45, 75)
    assert "password" not in path.read_text().lower() and "token" not in path.read_text().lower()


def test_branch_picker_returns_the_chosen_branch(qtbot):
    from floorview.core.model import Branch

    picker = BranchPicker([Branch("b2", "Uptown", "UTC"), Branch("b1", "Harbour", "UTC")],
                          current_id="b2")
    qtbot.addWidget(picker)
    assert picker.list.currentItem().text().startswith("Uptown")
    picker.select("b1")
    picker.accept()
    assert picker.chosen.id == "b1"


def test_table_json_factory_still_parses():
    assert Table.from_json(table_json()).number == "12"
