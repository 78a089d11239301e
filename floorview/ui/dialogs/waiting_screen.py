"""The host stand's screen while the server cannot be reached yet, in kiosk mode.

A stand may boot before the server (or the network): it signs in unattended and retries
every few seconds. In a window the login dialog says so; on a kiosk that dialog was a
small desktop box on a black full screen, in 13 px type nobody reads from two metres.
This screen covers the stand instead: what it waits for in large type, why (the last
failure), the countdown to the next try, and a Retry now button for a finger. The login
dialog shows it while it retries and closes it when it signs in (the floor comes next) or
when a person must type (a refused password).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget

#: The Retry now button's height (px): a finger's target, above the kiosk's least of 44.
BUTTON_HEIGHT = 64


class WaitingScreen(QWidget):
    """Full screen: "Waiting for the server", why, "Trying again in N s…", Retry now.

    Signals:
        retryRequested(): Retry now was pressed.
    """

    retryRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("waitingScreen")
        self.setAccessibleName(QCoreApplication.translate("WaitingScreen", "Waiting for the server"))
        self.setWindowTitle(QCoreApplication.translate("WaitingScreen", "floorview: waiting for the server"))
        self.setStyleSheet(
            "#waitingScreen { background: #101317; }"
            "#waitingScreen QLabel { color: #E8EAED; }"
            "#waitingTitle { font-size: 44px; font-weight: 600; }"
            "#waitingDetail { font-size: 24px; }"
            "#waitingCountdown { font-size: 28px; }"
            "#waitingRetry { font-size: 26px; padding: 8px 36px; }"
        )
        self.title_label = QLabel(QCoreApplication.translate("WaitingScreen", "Waiting for the server"), self)
        self.title_label.setObjectName("waitingTitle")
        self.detail_label = QLabel(self)
        self.detail_label.setObjectName("waitingDetail")
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextFormat(Qt.TextFormat.PlainText)
        self.countdown_label = QLabel(self)
        self.countdown_label.setObjectName("waitingCountdown")
        self.retry_button = QPushButton(QCoreApplication.translate("WaitingScreen", "Retry now"), self)
        self.retry_button.setObjectName("waitingRetry")
        self.retry_button.setAccessibleName(QCoreApplication.translate("WaitingScreen", "Retry now"))
        self.retry_button.setMinimumHeight(BUTTON_HEIGHT)
        self.retry_button.clicked.connect(self.retryRequested)
        for label in (self.title_label, self.detail_label, self.countdown_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(80, 80, 80, 80)
        layout.setSpacing(28)
        layout.addStretch(1)
        layout.addWidget(self.title_label)
        layout.addWidget(self.detail_label)
        layout.addWidget(self.countdown_label)
        layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self._left = 0
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self.on_tick_timeout)

    def waiting(self, server: str, reason: str, seconds: int) -> None:
        """Show (full screen) that the stand waits for ``server``, why, and the next try
        in ``seconds``."""
        why = reason if server in reason else f"{server}: {reason}"
        self.detail_label.setText(
            QCoreApplication.translate("WaitingScreen", "{0}\nThe floor shows here as soon as the server answers.").format(why))
        self._left = seconds
        self._show_left()
        self._tick.start()
        if not self.isVisible():
            screen = self.screen() or QApplication.primaryScreen()
            if screen is not None:  # no window manager on a bare kiosk: cover it ourselves
                self.setGeometry(screen.geometry())
            self.showFullScreen()
        self.retry_button.setEnabled(True)

    def trying(self) -> None:
        """A try is under way."""
        self._tick.stop()
        self.countdown_label.setText(QCoreApplication.translate("WaitingScreen", "Trying now…"))
        self.retry_button.setEnabled(False)

    def stop(self) -> None:
        self._tick.stop()
        self.hide()

    def _show_left(self) -> None:
        self.countdown_label.setText(QCoreApplication.translate("WaitingScreen", "Trying again in {0} s…").format(self._left))

    @Slot()
    def on_tick_timeout(self) -> None:
        self._left = max(0, self._left - 1)
        self._show_left()
