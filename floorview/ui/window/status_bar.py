"""The window's status bar: the journal's pause, a message that wraps and clears itself,
who is signed in and how old the floor's data is.

:class:`WindowStatusBar` is the window's QStatusBar. A message (a confirmation, or a
refusal and what to do about it, in red) stays 6 s, an error 12 s, on as many lines as it
needs at the bar's width; the window says when the labels change (its clock, the
connection, the branch).
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QCoreApplication, QTimer, Slot
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar, QWidget

from floorview.core.live import ConnectionStatus, ConnState
from floorview.core.model import User
from floorview.ui.language import QT_TRANSLATE_NOOP
from floorview.ui.window.banner import hhmm
from floorview.ui.window.journal_status import JournalStatus

#: How long a message stays, in milliseconds: an error is read to the end.
#: The roles as the status bar names them (a role this app does not know: as sent).
_ROLES = {
    "admin": QT_TRANSLATE_NOOP("WindowStatusBar", "admin"),
    "manager": QT_TRANSLATE_NOOP("WindowStatusBar", "manager"),
    "host": QT_TRANSLATE_NOOP("WindowStatusBar", "host"),
    "server": QT_TRANSLATE_NOOP("WindowStatusBar", "server"),
}

MESSAGE_MS = 6_000
ERROR_MS = 12_000


#: A message's least width: a long one wraps to a second line at this width.
MESSAGE_MIN_WIDTH = 480


class WindowStatusBar(QStatusBar):
    """The journal's pause and the message on the left; the user and the data's age on
    the right (see the module)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("messageLabel")
        # a long message (a refusal and what to do about it) wraps onto a second line
        # rather than being cut off at the status bar's other labels
        self.message_label.setWordWrap(True)
        self.message_label.setSizePolicy(QSizePolicy.Policy.Expanding,
                                         QSizePolicy.Policy.Preferred)
        self.user_label = QLabel(self)
        self.user_label.setObjectName("userLabel")
        self.as_of_label = QLabel(self)
        self.as_of_label.setObjectName("asOfLabel")
        self.journal_status = JournalStatus(self)  # shown while the journal is paused
        self.journal_status.message.connect(self.show_message)
        self.addWidget(self.journal_status)
        self.addWidget(self.message_label, 1)
        self.addPermanentWidget(self.user_label)
        self.addPermanentWidget(self.as_of_label)
        self.setSizeGripEnabled(False)
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.timeout.connect(self.on_message_timer_timeout)

    # --- the message --------------------------------------------------------------------

    @Slot(str, bool)
    def show_message(self, text: str, error: bool = False) -> None:
        self.message_label.setProperty("error", error)
        self.message_label.setStyleSheet(
            "color: #FFFFFF; background: #B71C1C; padding: 2px 8px; font-weight: 600;"
            if error else ""
        )
        self.message_label.setText(text)
        # room for a message only while there is one: an empty label that kept 480 px
        # squeezed the user and the data's age to nothing beside a paused journal at 1024
        self.message_label.setMinimumWidth(MESSAGE_MIN_WIDTH if text else 0)
        self.fit_message()
        QTimer.singleShot(0, self, self.fit_message)  # again at the width the bar then gives it
        self._message_timer.start(ERROR_MS if error else MESSAGE_MS)

    def fit_message(self) -> None:
        """As many lines as the message needs at the label's width (the status bar grows
        with it): a refusal and what to do about it are read whole, not cut off."""
        label = self.message_label
        if label.text():  # (its size hint is for its least width: too many lines)
            label.setFixedHeight(label.heightForWidth(max(label.width(), label.minimumWidth())))
        else:
            label.setMinimumHeight(0)
            label.setMaximumHeight(16_777_215)  # QWIDGETSIZE_MAX

    @Slot()
    def on_message_timer_timeout(self) -> None:
        self.message_label.setText("")
        self.message_label.setMinimumWidth(0)
        self.message_label.setStyleSheet("")
        self.fit_message()

    # --- the labels ---------------------------------------------------------------------

    def show_user(self, user: User, branch: str) -> None:
        """Who is signed in, as what, on which branch."""
        role = _ROLES.get(user.role.value)
        self.user_label.setText(QCoreApplication.translate("WindowStatusBar", "{0} · {1} · {2}").format(
            user.name, QCoreApplication.translate("WindowStatusBar", role) if role else user.role.value,
            branch))

    def show_as_of(self, status: ConnectionStatus | None, now: str, zone: tzinfo | None) -> None:
        """How old the data is: live as of ``now``, as of when it was last true (on the
        branch's clock, ``zone``), or never synced."""
        as_of = status.as_of if status is not None else None
        if status is not None and status.state is ConnState.LIVE:
            self.as_of_label.setText(QCoreApplication.translate("WindowStatusBar", "Live · as of {0}").format(now))
        elif as_of is not None:
            self.as_of_label.setText(QCoreApplication.translate(
                "WindowStatusBar", "As of {0} — may be out of date").format(hhmm(as_of, zone)))
        else:
            self.as_of_label.setText(QCoreApplication.translate("WindowStatusBar", "Not yet synced"))
