"""An unhandled exception is logged and shown (or, in kiosk mode, the view is rebuilt)."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QTimer

from tests.floorview.qtapp import wait_live


def _boom() -> None:
    raise RuntimeError("a slot that fails")


@pytest.mark.qt_no_exception_capture
def test_an_unhandled_exception_is_logged_and_shown_and_the_window_stays(launch, qtbot, caplog):
    app = launch("host@floorview.dev")
    undo = app.install_crash_handlers()
    try:
        with caplog.at_level(logging.CRITICAL, logger="floorview.app"):
            QTimer.singleShot(0, _boom)
            qtbot.waitUntil(lambda: app.crash_box is not None and app.crash_box.isVisible())
        assert "RuntimeError: a slot that fails" in app.crash_box.text()
        assert app.window.isVisible() and app.session is not None
        [record] = [r for r in caplog.records if r.levelno == logging.CRITICAL]
        assert record.exc_info and record.exc_info[1].args == ("a slot that fails",)
        QTimer.singleShot(0, _boom)  # a second one while the box is open: still one box
        box = app.crash_box
        qtbot.waitUntil(lambda: sum(r.levelno == logging.CRITICAL for r in caplog.records) == 2)
        assert app.crash_box is box
        box.accept()
    finally:
        undo()


@pytest.mark.qt_no_exception_capture
def test_in_kiosk_mode_an_unhandled_exception_rebuilds_the_view_and_reconnects(launch, qtbot):
    app = launch("host@floorview.dev", kiosk=True)
    undo = app.install_crash_handlers()
    try:
        old = app.window
        QTimer.singleShot(0, _boom)
        qtbot.waitUntil(lambda: app.window is not None and app.window is not old, timeout=10_000)
        wait_live(qtbot, app)
        assert app.kiosk.enabled and app.window.isVisible()
        assert app.crash_box is None  # nobody at a host stand to click a dialog away
        assert "Recovered from an error" in app.window.message_label.text()
    finally:
        undo()


@pytest.mark.qt_no_exception_capture
def test_in_kiosk_mode_a_rebuild_that_fails_is_tried_again_until_the_floor_is_back(
        launch, qtbot, monkeypatch):
    app = launch("host@floorview.dev", kiosk=True)
    app.recovery.REBUILD_EVERY = 0.2
    branch = app.branch
    real_open = app.open_branch
    failed = []

    def open_failing_once(branch):
        if not failed:
            failed.append(branch)
            raise RuntimeError("the window could not be built")
        real_open(branch)

    monkeypatch.setattr(app, "open_branch", open_failing_once)
    undo = app.install_crash_handlers()
    try:
        old = app.window
        QTimer.singleShot(0, _boom)
        qtbot.waitUntil(lambda: app.window is not None and app.window is not old, timeout=10_000)
        wait_live(qtbot, app)
        assert failed == [branch] and app.branch == branch
        assert app.kiosk.enabled and app.window.isVisible()
        assert "Recovered from an error" in app.window.message_label.text()
    finally:
        undo()
