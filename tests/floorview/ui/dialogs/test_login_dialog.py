"""The login dialog: unattended retries, what is missing, the server's refusal, the scheme added."""

from __future__ import annotations

from PySide6.QtCore import Qt

from floorview.core.rest import Unreachable
from floorview.ui.dialogs.login_dialog import LoginDialog


def test_login_dialog_retries_while_unreachable_when_unattended(qtbot, aio):
    attempts = []

    async def sign_in(server, email, password):
        attempts.append(server)
        if len(attempts) < 2:
            raise Unreachable(0, "connection refused")
        return ("rest", "user")

    dialog = LoginDialog(sign_in, server="http://h:1", email="a@b", password="pw",
                         auto_submit=True)
    qtbot.addWidget(dialog)
    dialog._retry.setInterval(50)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.open()
    assert len(attempts) == 2 and dialog.result_value == ("rest", "user")


def test_login_dialog_says_what_is_missing_and_shows_the_servers_refusal(qtbot, aio):
    from floorview.core.rest import Unauthorized

    async def sign_in(server, email, password):
        raise Unauthorized(401, "Invalid credentials")

    dialog = LoginDialog(sign_in, server="http://h:1")
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert "email, password" in dialog.message_label.text()
    dialog.email_edit.setText("a@b")
    dialog.password_edit.setText("x")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Invalid credentials" in dialog.message_label.text())
    assert dialog.isVisible()


def test_login_dialog_adds_https_to_a_bare_host_and_http_only_on_this_machine(qtbot, aio):
    asked = []

    async def sign_in(server, email, password):
        asked.append(server)
        return ("rest", "user")

    for typed, sent in (("floor.example.com", "https://floor.example.com"),
                        ("10.0.0.5:3000", "https://10.0.0.5:3000"),
                        ("localhost:3000", "http://localhost:3000"),
                        ("127.0.0.1:3000", "http://127.0.0.1:3000"),
                        ("[::1]:3000", "http://[::1]:3000"),
                        ("http://floor.lan", "http://floor.lan")):
        dialog = LoginDialog(sign_in, server=typed, email="a@b", password="pw")
        qtbot.addWidget(dialog)
        with qtbot.waitSignal(dialog.accepted, timeout=5000):
            dialog.open()
            qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
        assert asked[-1] == sent and dialog.server == sent
