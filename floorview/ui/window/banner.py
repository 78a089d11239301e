"""The connection banner: never a silent stale screen.

One line across the top of the window that always says how fresh the floor is: live,
syncing, reconnecting since HH:MM, signed out, server unreachable, forbidden branch.
States that need a person carry a button (sign in again, choose another branch, retry).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy

from floorview.core.live import ConnectionStatus, ConnState
from floorview.ui.language import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class _Look:
    background: str
    foreground: str
    stale: bool
    action: str | None = None  # the button's text, when a person can help


#: One look per state; a state added later gets _UNKNOWN's (stale, red) until it has one.
_LOOKS = {
    ConnState.CONNECTING: _Look("#37474F", "#FFFFFF", False),
    ConnState.SYNCING: _Look("#1565C0", "#FFFFFF", False),
    ConnState.LIVE: _Look("#1B5E20", "#FFFFFF", False),
    ConnState.RECONNECTING: _Look("#E65100", "#FFFFFF", True),
    ConnState.UNAUTHORIZED: _Look("#B71C1C", "#FFFFFF", True, QT_TRANSLATE_NOOP("ConnectionBanner", "Sign in again…")),
    ConnState.FORBIDDEN: _Look("#B71C1C", "#FFFFFF", True, QT_TRANSLATE_NOOP("ConnectionBanner", "Choose branch…")),
    ConnState.UNREACHABLE: _Look("#B71C1C", "#FFFFFF", True, QT_TRANSLATE_NOOP("ConnectionBanner", "Retry now")),
    ConnState.FAILED: _Look("#B71C1C", "#FFFFFF", True, QT_TRANSLATE_NOOP("ConnectionBanner", "Retry now")),
}
_UNKNOWN = _Look("#B71C1C", "#FFFFFF", True)

#: The UNAUTHORIZED status's message when the person signed out (not the server).
SIGNED_OUT = "signed out"


def hhmm(when: object, zone: tzinfo | None = None, fmt: str = "%H:%M") -> str:
    """A status time (aware datetime or epoch seconds) as HH:MM on the branch's clock
    (``zone``, e.g. ``Branch.zone``), or this machine's when ``zone`` is None."""
    if isinstance(when, datetime):
        return when.astimezone(zone).strftime(fmt)
    if isinstance(when, int | float):
        return datetime.fromtimestamp(when, zone).strftime(fmt)
    return "?"


def describe(status: ConnectionStatus, zone: tzinfo | None = None) -> str:
    """The banner's sentence for a ConnectionStatus; times in ``zone`` (None: local)."""
    state = status.state
    since = hhmm(status.since, zone)
    message = (status.message or "").strip()
    attempt = status.attempt or 0
    if state is ConnState.CONNECTING:
        return QCoreApplication.translate("ConnectionBanner", "Connecting to the server…")
    if state is ConnState.SYNCING:
        return QCoreApplication.translate("ConnectionBanner", "Syncing tables with the server…")
    if state is ConnState.LIVE:
        if message.startswith("Over long-polling"):  # live all the same, said so
            return QCoreApplication.translate(
                "ConnectionBanner",
                "Live — over long-polling (the WebSocket was refused by the server or a proxy)")
        return QCoreApplication.translate("ConnectionBanner", "Live")
    # A link that was up and went silent (a frozen server, a dropped Wi-Fi) is said as
    # such, to the second: the host knows from when the floor stopped being true.
    silent = (QCoreApplication.translate("ConnectionBanner", "No answer from the server since {0}")
              .format(hhmm(status.no_answer_since, zone, "%H:%M:%S"))
              if status.no_answer_since is not None else "")
    if state is ConnState.RECONNECTING:
        if silent and attempt > 1:
            return QCoreApplication.translate(
                "ConnectionBanner",
                "{0} — reconnecting (attempt {1}). The floor may be out of date.").format(silent, attempt)
        if silent:
            return QCoreApplication.translate(
                "ConnectionBanner", "{0} — reconnecting. The floor may be out of date.").format(silent)
        if attempt > 1:
            return QCoreApplication.translate(
                "ConnectionBanner",
                "Connection lost — reconnecting since {0} (attempt {1}). "
                "The floor may be out of date.").format(since, attempt)
        return QCoreApplication.translate(
            "ConnectionBanner",
            "Connection lost — reconnecting since {0}. The floor may be out of date.").format(since)
    if state is ConnState.UNAUTHORIZED and message == SIGNED_OUT:
        return QCoreApplication.translate(
            "ConnectionBanner", "Signed out. The floor is not updating until someone signs in.")
    if state is ConnState.UNAUTHORIZED:
        return QCoreApplication.translate(
            "ConnectionBanner",
            "Signed out — the server no longer accepts this sign-in. The floor is not updating.")
    if state is ConnState.FORBIDDEN:
        return QCoreApplication.translate(
            "ConnectionBanner", "This account may not watch this branch. The floor is not updating.")
    if state is ConnState.UNREACHABLE:
        # the message is the connection's own words (why it failed), shown as they come
        detail = f" ({message})" if message else ""
        if silent:
            return QCoreApplication.translate(
                "ConnectionBanner",
                "{0}{1} — still trying. The floor may be out of date.").format(silent, detail)
        return QCoreApplication.translate(
            "ConnectionBanner",
            "Server unreachable since {0}{1} — still trying. The floor may be out of date."
        ).format(since, detail)
    if state is ConnState.FAILED:
        return QCoreApplication.translate(
            "ConnectionBanner", "Connection failed: {0}. The floor is not updating."
        ).format(message or QCoreApplication.translate("ConnectionBanner", "unknown error"))
    return QCoreApplication.translate(
        "ConnectionBanner", "Connection state unknown ({0}). The floor may be out of date."
    ).format(state.value)


class ConnectionBanner(QFrame):
    """Shows a ConnectionStatus.

    Signals:
        actionRequested(object): the button was pressed; the argument is the ConnState
            (UNAUTHORIZED → sign in again, FORBIDDEN → choose a branch, else retry).
    """

    actionRequested = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionBanner")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        self._dot = QLabel("●", self)
        self._text = QLabel(self)
        self._text.setObjectName("bannerText")
        self._text.setTextFormat(Qt.TextFormat.PlainText)
        self._text.setWordWrap(True)
        self._button = QPushButton(self)
        self._button.setObjectName("bannerButton")
        self._button.hide()
        layout.addWidget(self._dot)
        self._detail = QLabel(self)
        self._detail.setObjectName("bannerDetail")
        layout.addWidget(self._text, 1)
        layout.addWidget(self._detail)
        layout.addWidget(self._button)
        self._state = ConnState.CONNECTING
        self._status: ConnectionStatus | None = None
        self._zone: tzinfo | None = None
        self.stale = False
        self._button.clicked.connect(self.on_button_clicked)
        self._large = False
        self._apply(_LOOKS[ConnState.CONNECTING],
                    QCoreApplication.translate("ConnectionBanner", "Connecting to the server…"))

    @property
    def state(self) -> ConnState:
        return self._state

    def text(self) -> str:
        return self._text.text()

    def button_text(self) -> str | None:
        return self._button.text() if not self._button.isHidden() else None

    def set_detail(self, text: str) -> None:
        """Right-aligned context: the branch and the time of day."""
        self._detail.setText(text)

    def set_large_type(self, large: bool) -> None:
        self._large = large
        self._apply(_LOOKS.get(self._state, _UNKNOWN), self._text.text())

    def set_zone(self, zone: tzinfo | None) -> None:
        """Say times on this clock (the branch's; None: this machine's)."""
        if zone == self._zone:
            return
        self._zone = zone
        if self._status is not None:
            self.set_status(self._status)

    @Slot(object)
    def set_status(self, status: ConnectionStatus) -> None:
        self._status = status
        self._state = status.state
        look = _LOOKS.get(self._state, _UNKNOWN)
        self.stale = look.stale
        self._apply(look, describe(status, self._zone))

    def _apply(self, look: _Look, text: str) -> None:
        size = 22 if self._large else 14
        self.setStyleSheet(
            f"#connectionBanner {{ background: {look.background}; }}"
            f"#connectionBanner QLabel {{ color: {look.foreground}; font-size: {size}px;"
            f" font-weight: 600; }}"
            f"#bannerButton {{ font-size: {size}px; padding: 4px 14px; }}"
        )
        self._text.setText(text)
        if look.action:
            self._button.setText(QCoreApplication.translate("ConnectionBanner", look.action))
            self._button.show()
        else:
            self._button.hide()

    @Slot()
    def on_button_clicked(self) -> None:
        self.actionRequested.emit(self._state)
