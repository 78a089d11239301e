"""Kiosk mode for the host stand: full screen, no menus, large type, no cursor, no sleep.

The kiosk is left only by Ctrl+Shift+Q, after a confirmation that offers both ways out:
back to a normal window (kiosk mode off, also for the next start) or quit floorview
(documented in docs/app.md and in the confirmation itself). The screen is kept awake where the platform allows:
``systemd-inhibit`` on Linux, ``caffeinate`` on macOS, ``SetThreadExecutionState`` on
Windows — all best-effort; a failure is logged, never fatal.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCursor, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from floorview.options import EXIT_SHORTCUT
from floorview.ui.window.table_keys import key_text

log = logging.getLogger(__name__)



class ScreenAwake:
    """Keeps the display from sleeping while started (best-effort, per platform)."""

    def __init__(self) -> None:
        self._proc: subprocess.Popen | None = None
        self._windows = False

    @property
    def active(self) -> bool:
        return self._windows or (self._proc is not None and self._proc.poll() is None)

    def start(self) -> None:
        if self.active:
            return
        try:
            if sys.platform == "win32":  # pragma: no cover - Windows only
                import ctypes

                es_continuous, es_system, es_display = 0x80000000, 0x00000001, 0x00000002
                ctypes.windll.kernel32.SetThreadExecutionState(
                    es_continuous | es_system | es_display
                )
                self._windows = True
            elif sys.platform == "darwin":  # pragma: no cover - macOS only
                if shutil.which("caffeinate"):
                    self._proc = subprocess.Popen(
                        ["caffeinate", "-d", "-i", "-w", str(os.getpid())]
                    )
            elif shutil.which("systemd-inhibit"):
                self._proc = subprocess.Popen(
                    ["systemd-inhibit", "--what=idle:sleep", "--who=floorview",
                     "--why=Host-stand floor monitor", "--mode=block",
                     "sleep", "infinity"],
                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                )
            else:
                log.info("no way to keep the screen awake on this platform")
        except Exception:
            log.warning("could not keep the screen awake", exc_info=True)

    def stop(self) -> None:
        if self._windows:  # pragma: no cover - Windows only
            import ctypes

            ctypes.windll.kernel32.SetThreadExecutionState(0x80000000)
            self._windows = False
        proc, self._proc = self._proc, None
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=2)
            except subprocess.TimeoutExpired:
                proc.kill()


class IdleCursor(QObject):
    """Hides the mouse cursor after ``idle_ms`` without mouse or touch input."""

    def __init__(self, idle_ms: int = 3000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hidden = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(idle_ms)
        self._timer.timeout.connect(self.on_timer_timeout)
        self._running = False

    @property
    def hidden(self) -> bool:
        return self._hidden

    def start(self) -> None:
        if not self._running:
            QApplication.instance().installEventFilter(self)
            self._running = True
        self._timer.start()

    def stop(self) -> None:
        if self._running:
            QApplication.instance().removeEventFilter(self)
            self._running = False
        self._timer.stop()
        self._show()

    @Slot()
    def on_timer_timeout(self) -> None:
        if not self._hidden:
            QApplication.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
            self._hidden = True

    def _show(self) -> None:
        if self._hidden:
            QApplication.restoreOverrideCursor()
            self._hidden = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if event.type() in (QEvent.Type.MouseMove, QEvent.Type.MouseButtonPress,
                            QEvent.Type.TouchBegin, QEvent.Type.TabletMove):
            self._show()
            self._timer.start()
        return False


class KioskMode(QObject):
    """Turns a main window into a kiosk and back.

    The window must offer ``set_kiosk(bool)`` (hides menus and toolbars, large type).

    Signals:
        quitConfirmed(): the user pressed Ctrl+Shift+Q and chose to quit.
        leaveConfirmed(): the user pressed Ctrl+Shift+Q and chose a normal window.
    """

    quitConfirmed = Signal()
    leaveConfirmed = Signal()

    def __init__(self, window: QWidget, *, idle_ms: int = 3000,
                 awake: ScreenAwake | None = None) -> None:
        super().__init__(window)
        self._window = window
        self.cursor = IdleCursor(idle_ms, self)
        self.awake = awake if awake is not None else ScreenAwake()
        self.enabled = False
        self._shortcut = QShortcut(QKeySequence(EXIT_SHORTCUT), window)
        self._shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self._shortcut.setEnabled(False)
        self._shortcut.activated.connect(self.on_shortcut_activated)
        self._confirm: QMessageBox | None = None

    def enable(self) -> None:
        self.enabled = True
        self._window.set_kiosk(True)
        # Without a window manager (a bare X kiosk, Xvfb) nobody honours the full-screen
        # request, so cover the screen ourselves as well.
        screen = self._window.screen() or QApplication.primaryScreen()
        if screen is not None:
            self._window.setGeometry(screen.geometry())
        self._window.showFullScreen()
        self._shortcut.setEnabled(True)
        self.cursor.start()
        self.awake.start()

    def disable(self) -> None:
        self.enabled = False
        self._shortcut.setEnabled(False)
        self.cursor.stop()
        self.awake.stop()
        self._window.set_kiosk(False)
        self._window.showNormal()

    @Slot()
    def on_shortcut_activated(self) -> None:
        if self._confirm is not None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Leave kiosk mode?",
            "Leave kiosk mode on this screen?\n\n"
            "“Leave kiosk mode” keeps the floor in a normal window (with menus), also "
            "when floorview starts next; “Quit floorview” closes it and the floor stops "
            f"updating here. ({key_text(EXIT_SHORTCUT)} asked this.)",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self._window,
        )
        box.button(QMessageBox.StandardButton.Yes).setText("Leave kiosk mode")
        box.button(QMessageBox.StandardButton.No).setText("Stay")
        self.quit_button = box.addButton("Quit floorview", QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(self.on_confirm_finished)
        self._confirm = box
        self.cursor.stop()  # the person needs to see what they click
        box.open()

    @Slot(int)
    def on_confirm_finished(self, result: int) -> None:
        box, self._confirm = self._confirm, None
        clicked = box.clickedButton() if box is not None else None
        if box is not None:
            box.deleteLater()
        if clicked is not None and clicked is self.quit_button:
            self.quitConfirmed.emit()
        elif result == QMessageBox.StandardButton.Yes:
            self.disable()
            self.leaveConfirmed.emit()
        elif self.enabled:
            self.cursor.start()

    def shutdown(self) -> None:
        """Release the cursor and the screen lock (on quit)."""
        self.cursor.stop()
        self.awake.stop()
