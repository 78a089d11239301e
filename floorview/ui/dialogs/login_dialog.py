"""Sign in: server URL, email, password, "keep me signed in on this device".

The dialog does not know HTTP: it is handed ``sign_in(server, email, password)``, a
coroutine function that returns whatever the caller needs (a token and user) or raises
floorview.core.rest's errors, whose ``str()`` is shown as is. With ``auto_submit`` (a host
stand that starts with every credential) it signs in at once and keeps retrying while the
server is unreachable (the stand may boot before the network), showing why it waits; with
``kiosk`` too, it waits behind a full-screen :class:`WaitingScreen` instead of itself.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from floorview.core.rest import ApiError, Unreachable
from floorview.ui.dialogs.waiting_screen import WaitingScreen

log = logging.getLogger(__name__)

SignIn = Callable[[str, str, str], Awaitable[Any]]

RETRY_SECONDS = 5


def with_scheme(server: str) -> str:
    """A server typed without a scheme: ``https://``, so the password never crosses a
    network in clear; ``http://`` only on this machine (the bundled stub, a dev server)."""
    host = server.split("/", 1)[0].rsplit("@", 1)[-1]
    host = host[1:].split("]", 1)[0] if host.startswith("[") else host.split(":", 1)[0]
    local = host.lower() == "localhost" or host.startswith("127.") or host == "::1"
    return ("http://" if local else "https://") + server


class LoginDialog(QDialog):
    """Asks for credentials and signs in; ``result_value`` holds what sign_in returned."""

    def __init__(self, sign_in: SignIn, *, server: str = "", email: str = "",
                 password: str = "", remember: bool = False, message: str = "",
                 auto_submit: bool = False, kiosk: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("LoginDialog", "Sign in to floorview"))
        self.setMinimumWidth(420)
        self._sign_in = sign_in
        self.result_value: Any = None
        self._task: asyncio.Future | None = None
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_SECONDS * 1000)
        self._retry.timeout.connect(self.on_retry_timeout)
        self._retry_unreachable = auto_submit
        self._kiosk = kiosk
        self.waiting_screen: WaitingScreen | None = None  # kiosk: while it retries

        self.server_edit = QLineEdit(server, self)
        self.server_edit.setPlaceholderText(QCoreApplication.translate("LoginDialog", "https://floor.example.com"))
        self.email_edit = QLineEdit(email, self)
        self.email_edit.setPlaceholderText(QCoreApplication.translate("LoginDialog", "you@restaurant.com"))
        self.password_edit = QLineEdit(password, self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_box = QCheckBox(QCoreApplication.translate("LoginDialog", "Keep me signed in on this device"), self)
        self.remember_box.setChecked(remember)
        self.message_label = QLabel(message, self)
        self.message_label.setObjectName("loginMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setVisible(bool(message))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.sign_in_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_in_button.setText(QCoreApplication.translate("LoginDialog", "Sign in"))

        form = QFormLayout()
        form.addRow(QCoreApplication.translate("LoginDialog", "Server"), self.server_edit)
        form.addRow(QCoreApplication.translate("LoginDialog", "Email"), self.email_edit)
        form.addRow(QCoreApplication.translate("LoginDialog", "Password"), self.password_edit)
        form.addRow("", self.remember_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        for edit in (self.server_edit, self.email_edit, self.password_edit):
            edit.textEdited.connect(self.on_edit_textEdited)
        if not server:
            self.server_edit.setFocus()
        elif not email:
            self.email_edit.setFocus()
        else:
            self.password_edit.setFocus()
        if auto_submit and server and email and password:
            QTimer.singleShot(0, self.on_buttons_accepted)

    # --- values -------------------------------------------------------------------------

    @property
    def server(self) -> str:
        return self.server_edit.text().strip().rstrip("/")

    @property
    def email(self) -> str:
        return self.email_edit.text().strip()

    @property
    def password(self) -> str:
        return self.password_edit.text()

    @property
    def remember(self) -> bool:
        return self.remember_box.isChecked()

    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done()

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    # --- slots --------------------------------------------------------------------------

    @Slot(str)
    def on_edit_textEdited(self, _text: str) -> None:
        self._retry.stop()  # a person is here now: let them decide
        self._retry_unreachable = False

    @Slot()
    def on_retry_timeout(self) -> None:
        self.on_buttons_accepted()

    @Slot()
    def on_waiting_retryRequested(self) -> None:
        self._retry.stop()
        self.on_buttons_accepted()

    def _wait_full_screen(self, reason: str) -> None:
        """Kiosk: the waiting screen instead of this dialog, until the next try."""
        if self.waiting_screen is None:
            self.waiting_screen = WaitingScreen(self)
            self.waiting_screen.retryRequested.connect(self.on_waiting_retryRequested)
        self.waiting_screen.waiting(self.server, reason, RETRY_SECONDS)
        self.hide()

    def _stop_waiting(self) -> None:
        """The waiting screen gone; this dialog back if it was hidden behind it (a person
        has to answer it) unless it is done."""
        if self.waiting_screen is not None and self.waiting_screen.isVisible():
            self.waiting_screen.stop()
            if self.result_value is None:
                self.show()

    @Slot()
    def on_buttons_accepted(self) -> None:
        if self.busy:
            return
        missing = [name for name, value in
                   ((QCoreApplication.translate("LoginDialog", "server"), self.server),
                    (QCoreApplication.translate("LoginDialog", "email"), self.email),
                    (QCoreApplication.translate("LoginDialog", "password"), self.password))
                   if not value]
        if missing:
            self.show_message(QCoreApplication.translate("LoginDialog", "Please enter your {0}.").format(
                QCoreApplication.translate("LoginDialog", ", ").join(missing)))
            return
        if "://" not in self.server:
            self.server_edit.setText(with_scheme(self.server))
        self._task = asyncio.ensure_future(self._attempt())

    async def _attempt(self) -> None:
        self._set_busy(True)
        self.show_message(QCoreApplication.translate("LoginDialog", "Signing in…"))
        if self.waiting_screen is not None and self.waiting_screen.isVisible():
            self.waiting_screen.trying()
        try:
            self.result_value = await self._sign_in(self.server, self.email, self.password)
        except asyncio.CancelledError:
            raise
        except Exception as e:  # the rest client's errors read well as they are
            if isinstance(e, Unreachable) and self._retry_unreachable:
                self.show_message(QCoreApplication.translate(
                    "LoginDialog", "{0}\nTrying again in {1} s…").format(e, RETRY_SECONDS))
                self._retry.start()
                if self._kiosk:
                    self._wait_full_screen(str(e))
            else:
                self._stop_waiting()
                self.show_message(str(e) or type(e).__name__)
                self.password_edit.setFocus()
                self.password_edit.selectAll()
            if not isinstance(e, ApiError):
                log.exception("sign-in failed")
            return
        finally:
            self._set_busy(False)
        self._task = None  # done: accepting must not cancel this very coroutine
        self.accept()

    def _set_busy(self, busy: bool) -> None:
        self.sign_in_button.setEnabled(not busy)
        for edit in (self.server_edit, self.email_edit, self.password_edit):
            edit.setReadOnly(busy)

    def done(self, result: int) -> None:
        self._retry.stop()
        if self.waiting_screen is not None:
            self.waiting_screen.stop()
        if self._task is not None and not self._task.done():
            self._task.cancel()
        super().done(result)

