"""The window's look: the theme as chosen or the system's, the palette given back on close,
and the kiosk look (no menus or toolbar, no stray-key exits, large type) on and off."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from floorview.core.model import Role, User
from floorview.ui.floor.palette import DARK, LIGHT
from floorview.ui.window.main_window import MainWindow
from floorview.ui.window.window_look import resolve_theme
from tests.floorview.qtapp import make_store


def test_a_chosen_theme_is_kept_whatever_the_kiosk():
    assert resolve_theme("light", kiosk=True) is LIGHT
    assert resolve_theme("dark", kiosk=False) is DARK


def test_a_theme_chosen_sets_the_palette_and_the_setting_and_close_gives_the_palette_back(
        qtbot, settings):
    before = QApplication.palette().color(QPalette.ColorRole.Window)
    user = User("u-mgr", "Mia Manager", "mgr@x", Role.MANAGER, ("br-1",), None)
    window = MainWindow(make_store(), user=user, settings=settings,
                        clock=lambda: datetime.now(UTC), theme_choice="light")
    qtbot.addWidget(window)
    assert window.theme is LIGHT
    window.theme_actions["dark"].trigger()
    assert window.theme is DARK and settings.theme == "dark" and window.theme_choice == "dark"
    assert window.theme_actions["dark"].isChecked()
    assert QApplication.palette().color(QPalette.ColorRole.Window) == QColor("#15191E")
    assert all(s.settings.theme is DARK for s in window.scenes.values())
    window.close()
    assert QApplication.palette().color(QPalette.ColorRole.Window) == before


def test_the_kiosk_look_hides_the_menus_and_switches_off_the_stray_key_exits(qtbot, settings):
    user = User("u-mgr", "Mia Manager", "mgr@x", Role.MANAGER, ("br-1",), None)
    window = MainWindow(make_store(), user=user, settings=settings,
                        clock=lambda: datetime.now(UTC), theme_choice="light")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.edit_action.setChecked(True)
    window.set_kiosk(True)
    assert not window.menuBar().isVisible() and not window.toolbar.isVisible()
    assert not any(a.isEnabled() for a in (window.quit_action, window.sign_out_action,
                                           window.branch_action, window.edit_action,
                                           window.prefs_action))
    assert not window.edit_action.isChecked() and not window.editing
    window.set_kiosk(False)
    assert window.menuBar().isVisible() and window.toolbar.isVisible()
    assert all(a.isEnabled() for a in (window.quit_action, window.sign_out_action,
                                       window.branch_action, window.edit_action,
                                       window.prefs_action))
    window.close()


def test_kiosk_mode_applies_its_look_at_once_and_a_resize_keeps_it(qtbot, settings):
    from datetime import UTC, datetime

    from floorview.core.model import Role, User
    from floorview.ui.window.main_window import MainWindow
    from tests.floorview.qtapp import make_store

    user = User("u-mgr", "Mia Manager", "mgr@x", Role.MANAGER, ("br-1",), None)
    window = MainWindow(make_store(), user=user, settings=settings,
                        clock=lambda: datetime.now(UTC), theme_choice="dark")
    qtbot.addWidget(window)
    assert window.property("kiosk") is False
    assert not any(s.settings.large_type for s in window.scenes.values())
    window.set_kiosk(True)  # as KioskMode.enable does, before any resize
    assert window.property("kiosk") is True
    assert all(s.settings.large_type for s in window.scenes.values())
    window.resize(1000, 700)
    window.set_kiosk(False)
    assert window.property("kiosk") is False
    assert not any(s.settings.large_type for s in window.scenes.values())
    window.close()
