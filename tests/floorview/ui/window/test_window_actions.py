"""The window's actions: their menus and names, their keys as people read them, the toolbar
by role, and the shortcuts list of what works now."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtGui import QAction, QKeySequence

from floorview.core.model import Role, User
from floorview.ui.window.main_window import MainWindow
from tests.floorview.qtapp import make_store


def _window(qtbot, settings, role: Role = Role.MANAGER) -> MainWindow:
    user = User("u-1", "Ana Silva", "ana@x", role, ("br-1",), None)
    window = MainWindow(make_store(), user=user, settings=settings,
                        clock=lambda: datetime(2026, 11, 25, 20, 0, tzinfo=UTC),
                        theme_choice="light")
    qtbot.addWidget(window)
    return window


def test_the_menus_hold_every_action_with_its_keys_as_people_read_them(qtbot, settings):
    window = _window(qtbot, settings)
    menus = {a.text(): [b.objectName() for b in a.menu().actions() if not b.isSeparator()]
             for a in window.menuBar().actions()}
    assert menus == {
        "&File": ["switchBranch", "signOut", "quit"],
        "&View": ["zoomIn", "zoomOut", "fit", "sections", "freeTimes", "", "enterKiosk"],  # "" is Theme
        "&Tables": ["seatParty", "find", "editMode", "addTable", "tableProperties",
                    "deleteTable", "undo", "redo", "preferences"],
        "&Help": ["shortcuts"],
    }
    assert window.fit_action.text() == "Fit to window\tCtrl + 0"
    assert window.fit_action.toolTip() == "Fit to window (Ctrl + 0)"
    assert window.sections_action.text() == "Sections\tCtrl + Shift + S"
    assert QKeySequence("Ctrl+=") in window.zoom_in_action.shortcuts()
    assert [a.objectName() for a in window.theme_group.actions()] == [
        "theme:system", "theme:light", "theme:dark"]
    assert window.theme_actions["light"].isChecked()
    window.close()


def test_the_toolbar_offers_layout_edits_to_a_manager_only(qtbot, settings):
    def names(window):
        return [a.objectName() for a in window.toolbar.actions() if a.objectName()]

    manager = _window(qtbot, settings)
    assert names(manager) == ["zoomOut", "zoomIn", "fit", "sections", "find", "editMode",
                              "addTable", "undo", "redo", "signOut"]
    host = _window(qtbot, settings, Role.HOST)
    assert names(host) == ["zoomOut", "zoomIn", "fit", "sections", "seatParty", "find", "signOut"]
    assert not host.edit_action.isVisible() and not host.prefs_action.isVisible()
    manager.close()
    host.close()


def test_the_shortcuts_list_what_works_now_also_actions_added_later(qtbot, settings):
    window = _window(qtbot, settings)
    f9 = QAction("Recent changes", window)
    f9.setShortcut("F9")
    window.addAction(f9)
    rows = dict((v, k) for k, v in window.shortcuts())
    assert rows["Likely free times"] == "F8"
    assert rows["Recent changes"] == "F9"
    assert "Add table" not in rows and "Undo layout edit" not in rows  # edit mode's
    window.edit_action.setChecked(True)
    rows = dict((v, k) for k, v in window.shortcuts())
    assert rows["Add table"] == "Ctrl + N"
    assert rows["Undo layout edit"] == "Ctrl + Z"  # listed, though off until an edit
    assert not window.undo_action.isEnabled()
    window.edit_action.setChecked(False)
    assert "Leave kiosk mode (asks first)" not in rows
    window.set_kiosk(True)
    rows = dict((v, k) for k, v in window.shortcuts())
    assert rows["Leave kiosk mode (asks first)"] == "Ctrl + Shift + Q"
    assert "Quit" not in rows  # off in kiosk mode
    window.close()
