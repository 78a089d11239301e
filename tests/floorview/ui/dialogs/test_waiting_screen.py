"""The kiosk's waiting screen: what it waits for, the countdown, Retry now for a finger."""

from __future__ import annotations

from PySide6.QtCore import Qt

from floorview.ui.dialogs.waiting_screen import WaitingScreen


def test_the_waiting_screen_counts_down_and_its_retry_is_a_finger_target(qtbot):
    screen = WaitingScreen()
    qtbot.addWidget(screen)
    screen.waiting("http://stand.lan:3000", "Cannot reach the server: connection refused.", 3)
    assert screen.isVisible()
    assert "http://stand.lan:3000" in screen.detail_label.text()
    assert "connection refused" in screen.detail_label.text()
    assert screen.countdown_label.text() == "Trying again in 3 s…"
    screen.on_tick_timeout()
    screen.on_tick_timeout()
    assert screen.countdown_label.text() == "Trying again in 1 s…"
    assert screen.retry_button.height() >= 44 and screen.retry_button.accessibleName()
    for _ in range(2):
        with qtbot.waitSignal(screen.retryRequested):
            qtbot.mouseClick(screen.retry_button, Qt.MouseButton.LeftButton)
    screen.trying()
    assert screen.countdown_label.text() == "Trying now…" and not screen.retry_button.isEnabled()
    screen.stop()
    assert not screen.isVisible()
