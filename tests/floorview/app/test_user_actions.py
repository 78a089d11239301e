"""The user's actions on the connection: one at a time, and signing out against the stub."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from floorview.app.user_actions import UserActions
from floorview.core.live import ConnState
from tests.floorview.qtapp import wait_live

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing")


class _Session:
    def __init__(self) -> None:
        self.calls: list[str] = []
        self.release = asyncio.Event()

    async def stop(self) -> None:
        self.calls.append("stop")
        await self.release.wait()

    async def start(self) -> None:
        self.calls.append("start")


def test_an_action_asked_for_while_one_runs_is_ignored_and_a_failure_is_logged(caplog):
    async def scenario() -> list[str]:
        session = _Session()
        actions = UserActions(SimpleNamespace(session=session))  # type: ignore[arg-type]
        actions.retry()
        await asyncio.sleep(0)
        actions.retry()  # the first still stops the session: this one is dropped
        await asyncio.sleep(0)
        assert "another action is under way" in caplog.text
        session.release.set()
        for _ in range(5):
            await asyncio.sleep(0)
        actions.retry()  # the first is over: this one runs
        for _ in range(5):
            await asyncio.sleep(0)
        broken = UserActions(SimpleNamespace(session=None, sign_in_flow=None))  # type: ignore[arg-type]
        broken.relogin()  # no sign-in flow: it fails, logged and not raised
        for _ in range(5):
            await asyncio.sleep(0)
        return session.calls

    caplog.set_level("INFO", logger="floorview.app")
    assert asyncio.run(scenario()) == ["stop", "start", "stop", "start"]
    assert "an app action failed" in caplog.text


def test_sign_out_forgets_and_asks_again(qtbot, launch, settings):
    app = launch("host@floorview.dev")
    old_window = app.window
    app.window.sign_out_action.trigger()  # asks first; Cancel keeps everything
    qtbot.waitUntil(lambda: getattr(old_window, "sign_out_box", None) is not None)
    old_window.sign_out_box.button(QMessageBox.StandardButton.Cancel).click()
    assert app.login_dialog is None and app.session.status.state.name == "LIVE"
    app.window.sign_out_action.trigger()
    qtbot.waitUntil(lambda: old_window.sign_out_box is not None and old_window.sign_out_box.isVisible())
    old_window.sign_out_box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: app.login_dialog is not None)
    # the floor stays on screen, marked signed out, behind the dialog
    assert app.window is old_window and old_window.isVisible()
    assert old_window.banner.text().startswith("Signed out") and old_window.current_scene().stale
    # as of when it was last true (the moment of signing out), never "Not yet synced"
    assert old_window.status_bar.as_of_label.text().startswith("As of "), \
        old_window.status_bar.as_of_label.text()
    old_window.grab().save("/tmp/keep_signed_out.png")
    dialog = app.login_dialog
    assert dialog.email == "host@floorview.dev" and dialog.password == ""
    dialog.password_edit.setText("demo")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    # the same person on the same branch keeps the window, live again
    qtbot.waitUntil(lambda: app.window.banner.state is ConnState.LIVE, timeout=15_000)
    wait_live(qtbot, app)
    assert app.window is old_window, "new window"
    assert not old_window.current_scene().stale, (old_window.banner.state, old_window.banner.text())
