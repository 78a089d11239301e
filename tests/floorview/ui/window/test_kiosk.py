"""Kiosk mode: full screen, no menus, leaving only by the confirmed shortcut, the screen kept awake."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from floorview.ui.floor.palette import DARK
from floorview.ui.window.kiosk import KioskMode, ScreenAwake

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing")

def test_kiosk_is_full_screen_without_menus_and_asks_before_leaving(qtbot, launch, settings):
    app = launch("host@floorview.dev", kiosk=True, theme=None)
    window = app.window
    assert window.isFullScreen() or window.geometry() == window.screen().geometry()
    assert not window.menuBar().isVisible() and not window.toolbar.isVisible()
    assert window.theme is DARK  # dark by default in kiosk
    assert window.display_settings().large_type
    assert settings.kiosk is True
    assert app.kiosk.awake is not None
    # no stray way out: Ctrl+Q and closing the window do nothing, sign-out is off
    assert not window.quit_action.isEnabled() and not window.sign_out_action.isEnabled()
    window.close()
    assert window.isVisible() and app.window is window
    assert "Ctrl + Shift + Q" in window.message_label.text()
    # the cursor hides when idle
    app.kiosk.cursor.on_timer_timeout()
    assert QApplication.overrideCursor() is not None
    assert QApplication.overrideCursor().shape() == Qt.CursorShape.BlankCursor
    # Ctrl+Shift+Q asks first; "Stay" keeps the kiosk
    qtbot.keyClick(window, Qt.Key.Key_Q,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    box = app.kiosk._confirm
    assert isinstance(box, QMessageBox) and "Ctrl + Shift + Q" in box.text()
    assert QApplication.overrideCursor() is None  # shown to answer
    with qtbot.assertNotEmitted(app.kiosk.quitConfirmed):
        box.button(QMessageBox.StandardButton.No).click()
    assert window.kiosk and settings.kiosk is True
    # "Quit floorview" quits, and the next plain start is not a kiosk
    app.kiosk.on_shortcut_activated()
    with qtbot.waitSignal(app.kiosk.quitConfirmed):
        app.kiosk.quit_button.click()
    assert app._done.done()  # the app quits
    assert settings.kiosk is False


def test_leaving_kiosk_gives_a_normal_window_now_and_next_time(qtbot, launch, settings):
    app = launch("host@floorview.dev", kiosk=True, theme=None)
    window = app.window
    qtbot.keyClick(window, Qt.Key.Key_Q,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    box = app.kiosk._confirm
    assert box.button(QMessageBox.StandardButton.Yes).text() == "Leave kiosk mode"
    with qtbot.assertNotEmitted(app.kiosk.quitConfirmed):
        box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert not window.kiosk and window.menuBar().isVisible() and window.toolbar.isVisible()
    assert window.quit_action.isEnabled() and window.sign_out_action.isEnabled()
    assert not app._done.done() and app.window is window
    assert settings.kiosk is False  # the next plain start is a normal window too


def _view_menu_action(window, text: str):
    """The View menu's action with these words (as a person finds it)."""
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    return next(a for a in view.actions() if a.text() == text)


def test_the_view_menu_enters_kiosk_mode_and_leaving_still_works(qtbot, launch, settings):
    app = launch("host@floorview.dev")
    window = app.window
    assert not window.kiosk and settings.kiosk is False
    for _ in range(2):  # in, out, and in and out again
        enter = _view_menu_action(window, "Enter kiosk mode")
        assert enter.objectName() == "enterKiosk" and enter.isEnabled()
        enter.trigger()
        qtbot.waitUntil(lambda: window.kiosk)
        assert window.isFullScreen() or window.geometry() == window.screen().geometry()
        assert not window.menuBar().isVisible() and not window.toolbar.isVisible()
        assert app.kiosk.enabled and settings.kiosk is True  # the next start too
        assert app.kiosk.touch_bar is not None and app.kiosk.touch_bar.isVisible()
        qtbot.keyClick(window, Qt.Key.Key_Q,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        box = app.kiosk._confirm
        box.button(QMessageBox.StandardButton.Yes).click()
        qtbot.waitUntil(lambda: not window.isFullScreen() and not window.kiosk)
        assert window.menuBar().isVisible() and settings.kiosk is False
    assert app.window is window and not app._done.done()


def test_the_exit_shortcut_is_registered(qtbot):
    from PySide6.QtWidgets import QMainWindow

    class Window(QMainWindow):
        kiosk = False

        def set_kiosk(self, on: bool) -> None:
            self.kiosk = on

    class NoAwake(ScreenAwake):
        def start(self) -> None:
            self.started = True

    window = Window()
    qtbot.addWidget(window)
    kiosk = KioskMode(window, awake=NoAwake())
    assert kiosk._shortcut.key() == QKeySequence("Ctrl+Shift+Q")
    assert not kiosk._shortcut.isEnabled()
    kiosk.enable()
    assert kiosk._shortcut.isEnabled() and window.kiosk and kiosk.awake.started
    kiosk.disable()
    assert not kiosk._shortcut.isEnabled() and not window.kiosk
    kiosk.shutdown()


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape],
                         ids=["return", "enter", "escape"])
def test_enter_or_escape_in_the_leave_dialog_stays_in_kiosk(qtbot, key):
    """A host stand's keyboard gets Ctrl+Shift+Q by accident, and the next key pressed is
    often Enter: the dialog's default is "Stay", so nothing leaves the kiosk or quits."""
    from PySide6.QtWidgets import QMainWindow

    class Window(QMainWindow):
        kiosk = False

        def set_kiosk(self, on: bool) -> None:
            self.kiosk = on

    class NoAwake(ScreenAwake):
        def start(self) -> None:
            pass

    window = Window()
    qtbot.addWidget(window)
    kiosk = KioskMode(window, awake=NoAwake())
    kiosk.enable()
    kiosk.on_shortcut_activated()
    box = kiosk._confirm
    assert isinstance(box, QMessageBox)
    qtbot.waitExposed(box)
    with qtbot.assertNotEmitted(kiosk.leaveConfirmed), qtbot.assertNotEmitted(kiosk.quitConfirmed):
        qtbot.keyClick(box, key)
        qtbot.waitUntil(lambda: kiosk._confirm is None)
    assert kiosk.enabled and window.kiosk
    kiosk.disable()
    kiosk.shutdown()


@pytest.mark.skipif(sys.platform != "linux", reason="systemd-inhibit is Linux's")
def test_screen_awake_is_best_effort():
    awake = ScreenAwake()
    awake.start()  # may or may not find systemd-inhibit; never raises
    awake.stop()
    assert not awake.active


def test_f9_on_the_stand_shows_the_recent_changes_large_and_hides_again(qtbot, launch, admin):
    from PySide6.QtWidgets import QDockWidget

    from floorview.core.model import Status
    from floorview.ui.window import kiosk as kiosk_module

    app = launch("host@floorview.dev", kiosk=True, theme=None)
    window = app.window
    overlay = app.kiosk.overlay
    dock = window.findChild(QDockWidget, "recentChangesDock")
    assert overlay is not None and not overlay.isVisible()
    target = min((t for t in app.store.tables.values() if t.status is Status.AVAILABLE),
                 key=lambda t: t.number)
    name = target.number if not target.number.isdigit() else f"Table {target.number}"
    admin.set_status(target.id, "cleaning")
    qtbot.waitUntil(lambda: app.store.tables[target.id].status is Status.CLEANING)

    def press_f9() -> None:
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)
        qtbot.keyClick(window, Qt.Key.Key_F9)

    for _ in range(2):  # F9 shows it, F9 hides it; twice
        press_f9()
        qtbot.waitUntil(overlay.isVisible)
        assert not dock.isVisible()  # on the stand: the overlay, not the panel
        qtbot.waitUntil(lambda: f"{name} Available → Cleaning" in overlay.body.text())
        assert overlay.body.font().pixelSize() >= kiosk_module.OVERLAY_PX
        assert window.rect().contains(overlay.geometry())
        assert overlay.width() >= window.width() // 2
        press_f9()
        qtbot.waitUntil(lambda: not overlay.isVisible())
    # a change while it shows joins it at the top
    press_f9()
    qtbot.waitUntil(overlay.isVisible)
    admin.set_status(target.id, "available")
    qtbot.waitUntil(lambda: f"{name} Cleaning → Available" in (overlay.lines_shown() or [""])[0])
    assert f"{name} Cleaning → Available" in overlay.body.text()
    # ... and it hides by itself after a while without a look
    overlay._timer.start(200)
    qtbot.waitUntil(lambda: not overlay.isVisible(), timeout=3000)
