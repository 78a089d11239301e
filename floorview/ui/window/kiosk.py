"""Kiosk mode for the host stand: full screen, no menus, large type, no cursor, no sleep.

The kiosk is left only by Ctrl+Shift+Q, after a confirmation that offers both ways out:
back to a normal window (kiosk mode off, also for the next start) or quit floorview
(documented in docs/app.md and in the confirmation itself). The screen is kept awake where the platform allows:
``systemd-inhibit`` on Linux, ``caffeinate`` on macOS, ``SetThreadExecutionState`` on
Windows — all best-effort; a failure is logged, never fatal.

A host stand has no keyboard: in kiosk mode the touch bar (:mod:`~floorview.ui.window.touch_bar`)
puts every kiosk action a tap away, and its *Find table* opens a number pad
(:mod:`~floorview.ui.window.number_pad`); its *Leave kiosk* asks with the same
confirmation as Ctrl+Shift+Q.

On the host stand F9 shows the recent changes (:class:`RecentOverlay`) over the floor in
type legible from two metres, newest first; F9 again, a tap on it, or 20 s without a
look hide it. (In a normal window F9 shows the recent-changes panel instead.)
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCursor, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QVBoxLayout, QWidget

from floorview.options import EXIT_SHORTCUT
from floorview.ui.window.number_pad import NumberPad
from floorview.ui.window.table_keys import key_text
from floorview.ui.window.touch_bar import TouchBar

log = logging.getLogger(__name__)

#: The overlay hides by itself after this long (ms).
OVERLAY_MS = 20_000
#: At most this many changes on it (the newest): each one line at 2 m type.
OVERLAY_LINES = 12
#: Its type, in px: a 1080p stand's 34 px lines have capitals ~7 mm tall on a 24" screen,
#: which reads from two metres.
OVERLAY_PX = 34


class RecentOverlay(QWidget):
    """The recent changes over the window, large, newest first (see the module).

    ``lines()`` gives the changes, newest first (the recent-changes panel's).
    """

    def __init__(self, window: QWidget, lines: Callable[[], list[str]]) -> None:
        super().__init__(window)
        self.setObjectName("recentOverlay")
        self._lines = lines
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            "#recentOverlay { background: rgba(13, 16, 20, 238); border: 3px solid #8AB4F8;"
            " border-radius: 18px; }"
            f"QLabel {{ color: #F2F4F7; background: transparent; font-size: {OVERLAY_PX}px; }}"
            f"#recentOverlayTitle {{ font-size: {round(OVERLAY_PX * 1.3)}px; font-weight: 700; }}"
            f"#recentOverlayHint {{ color: #AEB6C2; font-size: {round(OVERLAY_PX * 0.75)}px; }}")
        self.title = QLabel(QCoreApplication.translate("RecentOverlay", "Recent changes"), self)
        self.title.setObjectName("recentOverlayTitle")
        self.body = QLabel(self)
        self.body.setObjectName("recentOverlayBody")
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.hint = QLabel(QCoreApplication.translate("RecentOverlay", "newest first · F9 or a tap closes"), self)
        self.hint.setObjectName("recentOverlayHint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 24, 36, 24)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.hint)
        self._timer = QTimer(self, singleShot=True, interval=OVERLAY_MS)
        self._timer.timeout.connect(self.hide)
        window.installEventFilter(self)
        self.hide()

    @property
    def shown(self) -> bool:
        return self.isVisible()

    def toggle(self) -> None:
        if self.isVisible():
            self.hide()
        else:
            self.show_now()

    def show_now(self) -> None:
        self._render()
        self._place()
        self.show()
        self.raise_()
        self._timer.start()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt)
        self._timer.stop()
        super().hideEvent(event)

    @Slot()
    def refresh(self) -> None:
        """Show the changes as they are now (the panel calls as lines come); hidden, it
        waits for the next showing (re-reading the panel's lines after every change cost
        ~3 % of the GUI thread at 100 changes a second)."""
        if self.isVisible():
            self._render()

    def _render(self) -> None:
        lines = self._lines()[:OVERLAY_LINES]
        if not lines:
            self.body.setText(QCoreApplication.translate("RecentOverlay", "<i>No changes yet since this screen started.</i>"))
            return
        rows = []
        for line in lines:
            when, _, what = line.partition("  ")
            rows.append(f"<tr><td style='padding-right:28px; color:#AEB6C2'>{escape(when)}</td>"
                        f"<td>{escape(what)}</td></tr>")
        self.body.setText(f"<table cellspacing='0' cellpadding='3'>{''.join(rows)}</table>")
        if self.isVisible():
            self._place()

    def lines_shown(self) -> list[str]:
        return self._lines()[:OVERLAY_LINES] if self.isVisible() else []

    def _place(self) -> None:
        window = self.parentWidget()
        if window is None:  # never: the overlay is made on its window
            return
        width = min(window.width() - 80, max(900, round(window.width() * 0.62)))
        height = min(window.height() - 80, self.sizeHint().height())
        self.setGeometry((window.width() - width) // 2, (window.height() - height) // 2,
                         width, height)

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt)
        self.hide()
        event.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False


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
        if sys.platform == "win32" and self._windows:  # pragma: no cover - Windows only
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
            app = QApplication.instance()
            assert app is not None  # a cursor to hide: an application showing it
            app.installEventFilter(self)
            self._running = True
        self._timer.start()

    def stop(self) -> None:
        if self._running:
            app = QApplication.instance()
            assert app is not None  # installed on it in start()
            app.removeEventFilter(self)
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

    The window must offer ``set_kiosk(bool)`` (hides menus and toolbars, large type). A
    main window gets the touch bar, which uses what it offers of ``fit_action``,
    ``free_action``, ``seat_action`` and ``seat_party`` (its next server), ``on_signOut_triggered()``, ``store`` and ``find_table(text)``.

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
        self.overlay: RecentOverlay | None = None
        self.pad: NumberPad | None = None
        self.touch_bar: TouchBar | None = None
        if isinstance(window, QMainWindow):
            self.touch_bar = self._build_touch_bar(window)

    def _build_touch_bar(self, window: QMainWindow) -> TouchBar:
        bar = TouchBar(window, fit=getattr(window, "fit_action", None),
                       free=getattr(window, "free_action", None),
                       seat=getattr(window, "seat_action", None))
        seating = getattr(window, "seat_party", None)
        if seating is not None:  # "Next: Ben O." beside Seat a party
            bar.set_next(seating.next_server)
            seating.nextServerChanged.connect(bar.set_next)
        # at the bottom, above the status bar: nearest the hand on a stand's screen, and
        # the top stays the banner's, which says how fresh the floor is
        window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, bar)
        bar.findRequested.connect(self.toggle_find)
        bar.recentRequested.connect(self.toggle_recent)
        bar.leaveRequested.connect(self.on_touch_leave)
        sign_out = getattr(window, "on_signOut_triggered", None)
        if sign_out is not None:  # the window asks first
            bar.signOutRequested.connect(sign_out)
        return bar

    @property
    def confirm_box(self) -> QMessageBox | None:
        """The leave-kiosk confirmation while it is open."""
        return self._confirm

    @Slot()
    def toggle_find(self) -> bool:
        """The touch bar's Find table: open or close the number pad; False when the window
        has no tables to find."""
        if self.pad is None:
            store = getattr(self._window, "store", None)
            find = getattr(self._window, "find_table", None)
            if store is None or find is None:
                return False
            self.pad = NumberPad(self._window, tables=lambda: store.tables.values(), find=find)
        self.pad.toggle()
        return True

    def _set_kiosk(self, on: bool) -> None:
        # The window's own method (see the class's docstring): typed as the QWidget it also
        # is, since its class sits above this module and may not be imported here.
        self._window.set_kiosk(on)  # type: ignore[attr-defined]

    def set_recent(self, lines: Callable[[], list[str]]) -> RecentOverlay:
        """Where the overlay's changes come from (newest first); the overlay."""
        self.overlay = RecentOverlay(self._window, lines)
        return self.overlay

    def toggle_recent(self) -> bool:
        """F9 on the stand: show or hide the overlay; False when not in kiosk mode."""
        if not self.enabled or self.overlay is None:
            return False
        self.overlay.toggle()
        return True

    def enable(self) -> None:
        self.enabled = True
        self._set_kiosk(True)
        # Without a window manager (a bare X kiosk, Xvfb) nobody honours the full-screen
        # request, so cover the screen ourselves as well.
        screen = self._window.screen() or QApplication.primaryScreen()
        if screen is not None:
            self._window.setGeometry(screen.geometry())
        self._window.showFullScreen()
        self._shortcut.setEnabled(True)
        if self.touch_bar is not None:
            self.touch_bar.show()
        self.cursor.start()
        self.awake.start()

    def disable(self) -> None:
        self.enabled = False
        self._shortcut.setEnabled(False)
        if self.overlay is not None:
            self.overlay.hide()
        if self.pad is not None:
            self.pad.close_pad()
        if self.touch_bar is not None:
            self.touch_bar.hide()
        self.cursor.stop()
        self.awake.stop()
        self._set_kiosk(False)
        self._window.showNormal()

    @Slot()
    def on_shortcut_activated(self) -> None:
        self.ask_to_leave(key_text(EXIT_SHORTCUT))

    @Slot()
    def on_touch_leave(self) -> None:
        self.ask_to_leave(QCoreApplication.translate("KioskMode", "The Leave kiosk button"))

    def ask_to_leave(self, asked_by: str) -> None:
        """The confirmation (Stay by default): leave kiosk mode, quit, or stay."""
        if self._confirm is not None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("KioskMode", "Leave kiosk mode?"),
            QCoreApplication.translate(
                "KioskMode", "Leave kiosk mode on this screen?\n\n"
                "“Leave kiosk mode” keeps the floor in a normal window (with menus), also "
                "when floorview starts next; “Quit floorview” closes it and the floor stops "
                "updating here. ({0} asked this.)").format(asked_by),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self._window,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(QCoreApplication.translate("KioskMode", "Leave kiosk mode"))
        box.button(QMessageBox.StandardButton.No).setText(QCoreApplication.translate("KioskMode", "Stay"))
        self.quit_button = box.addButton(QCoreApplication.translate("KioskMode", "Quit floorview"), QMessageBox.ButtonRole.DestructiveRole)
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
