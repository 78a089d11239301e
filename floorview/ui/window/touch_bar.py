"""The host stand's touch bar: every kiosk action one tap away, for a stand without a keyboard.

A bar rather than one menu button: each action is a single tap and is always in sight, with
its words on it (a menu hides them behind a second tap, and a stand's staff change every
evening); the bar costs one row of the 1080 px screen. From the left: *Seat a party* (the
window's Seat a party, in the highlight's colour: what a host does most) and beside it
who is next in the servers' rotation ("Next: Ben O."), then *Find table* (a
number pad, :mod:`~floorview.ui.window.number_pad`), *Recent changes* (F9's overlay), *Free
times* (F8, checked while shown), *Fit floor*; at the far right, apart from them, *Sign
out* and *Leave kiosk*, each of which asks first (leaving asks with Ctrl+Shift+Q's own
confirmation, whose default is to stay: a passing elbow leaves nothing).

Every button is at least :data:`~floorview.ui.window.touch_targets.KIOSK_TARGET_PX`
square, in the kiosk's 20 px type. The bar only asks (its signals); the kiosk answers.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal, SignalInstance, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolBar, QToolButton, QWidget

from floorview.ui.window.touch_targets import KIOSK_TARGET_PX

#: The bar's buttons: taller than the target, since they are what a host reaches for most.
BUTTON_HEIGHT = 52
#: Its type: the kiosk's body size.
BUTTON_FONT_PX = 20


class TouchBar(QToolBar):
    """The kiosk's bar of actions (see the module); hidden until the kiosk shows it.

    ``fit`` and ``free`` are the window's own actions (Fit to window, the checkable F8):
    the bar's buttons trigger them, and Free times follows F8's check both ways.

    Signals:
        findRequested(): show the number pad.
        recentRequested(): show or hide the recent changes.
        signOutRequested(): sign out (the window asks first).
        leaveRequested(): leave kiosk mode (asks first).
    """

    findRequested = Signal()
    recentRequested = Signal()
    signOutRequested = Signal()
    leaveRequested = Signal()

    def __init__(self, parent: QWidget, *, fit: QAction | None = None,
                 free: QAction | None = None, seat: QAction | None = None) -> None:
        super().__init__(QCoreApplication.translate("TouchBar", "Host stand"), parent)
        self.setObjectName("touchBar")
        self.setAccessibleName(QCoreApplication.translate("TouchBar", "Host stand actions"))
        self.setMovable(False)
        self.setFloatable(False)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setIconSize(QSize(0, 0))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)  # not hideable
        # nor listed in a window's toolbar menu (right-click on the toolbar): it is the
        # kiosk's, shown and hidden with it
        self.toggleViewAction().setVisible(False)
        self.setStyleSheet(
            f"#touchBar {{ spacing: 10px; padding: 6px 10px; }}"
            f" #touchBar QToolButton {{ font-size: {BUTTON_FONT_PX}px; padding: 6px 20px;"
            " border: 1px solid palette(mid); border-radius: 8px; }"
            " #touchBar QToolButton:checked { background: palette(highlight);"
            " color: palette(highlighted-text); }"
            ' #touchBar QToolButton[objectName="touch:seat"] { background: #D81B9C;'
            " color: white; font-weight: 700; border: none; }"
            f" #touchNextServer {{ font-size: {BUTTON_FONT_PX}px; font-weight: 600;"
            " padding: 0 14px 0 4px; }")
        #: the buttons by name: find, recent, freeTimes, fit, signOut, leave
        self.buttons: dict[str, QToolButton] = {}
        self.actions_by_name: dict[str, QAction] = {}
        self.next_label = QLabel(self)
        self.next_label.setObjectName("touchNextServer")
        self.next_label.setAccessibleName(QCoreApplication.translate(
            "TouchBar", "Next server in the rotation"))
        if seat is not None:
            self._add("seat", QCoreApplication.translate("TouchBar", "Seat a party"),
                      QCoreApplication.translate(
                          "TouchBar", "Where the party at the door sits, and who serves them"),
                      None).triggered.connect(seat.trigger)
            self.buttons["seat"].setMinimumWidth(220)
            self.addWidget(self.next_label)
        self._add("find", QCoreApplication.translate("TouchBar", "Find table"), QCoreApplication.translate("TouchBar", "Find a table by its number (Ctrl + F)"),
                  self.findRequested)
        self._add("recent", QCoreApplication.translate("TouchBar", "Recent changes"),
                  QCoreApplication.translate("TouchBar", "The recent changes over the floor (F9); again to hide them"),
                  self.recentRequested)
        if free is not None:
            mirror = self._add("freeTimes", QCoreApplication.translate("TouchBar", "Free times"),
                               QCoreApplication.translate("TouchBar", "Show when each seated table is likely free (F8)"), None)
            # the window's F8 and this button are one switch: each follows the other
            mirror.setCheckable(True)
            mirror.setChecked(free.isChecked())
            mirror.toggled.connect(free.setChecked)
            free.toggled.connect(mirror.setChecked)
        if fit is not None:
            self._add("fit", QCoreApplication.translate("TouchBar", "Fit floor"),
                      QCoreApplication.translate("TouchBar", "Fit the whole floor to the screen (Ctrl + 0)"), None
                      ).triggered.connect(fit.trigger)
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(spacer)
        self._add("signOut", QCoreApplication.translate("TouchBar", "Sign out"), QCoreApplication.translate("TouchBar", "Sign out of this stand (asks first)"),
                  self.signOutRequested)
        self._add("leave", QCoreApplication.translate("TouchBar", "Leave kiosk"),
                  QCoreApplication.translate("TouchBar", "Leave kiosk mode or quit (asks first; Ctrl + Shift + Q)"),
                  self.leaveRequested)
        self.hide()

    def add_mirror(self, name: str, of: QAction) -> QAction:
        """A button first on the bar that triggers the window's action ``of``, shown
        while ``of`` is visible (the wall's All branches and Back)."""
        first = self.actions()[0] if self.actions() else None
        mirror = self._add(name, of.text(), of.toolTip(), None)
        if first is not None:
            self.removeAction(mirror)
            self.insertAction(first, mirror)
            button = self.widgetForAction(mirror)
            assert isinstance(button, QToolButton)
            button.setObjectName(f"touch:{name}")
            button.setAccessibleName(of.text())
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumSize(max(KIOSK_TARGET_PX, BUTTON_HEIGHT), BUTTON_HEIGHT)
            self.buttons[name] = button
        mirror.triggered.connect(of.trigger)
        mirror.setVisible(of.isVisible())
        of.visibleChanged.connect(lambda: mirror.setVisible(of.isVisible()))
        return mirror

    def _add(self, name: str, text: str, tip: str, signal: SignalInstance | None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"touch:{name}")
        action.setToolTip(tip)
        if signal is not None:
            action.triggered.connect(signal)  # (its checked flag dropped)
        self.addAction(action)
        button = self.widgetForAction(action)
        assert isinstance(button, QToolButton)  # a toolbar shows an action as one
        button.setObjectName(f"touch:{name}")
        button.setAccessibleName(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a stand has no keyboard to move it
        button.setMinimumSize(max(KIOSK_TARGET_PX, BUTTON_HEIGHT), BUTTON_HEIGHT)
        self.buttons[name] = button
        self.actions_by_name[name] = action
        return action

    @Slot(str)
    def set_next(self, text: str) -> None:
        """Who is next in the rotation ("Next: Ben O."; "" for nobody)."""
        self.next_label.setText(text)
