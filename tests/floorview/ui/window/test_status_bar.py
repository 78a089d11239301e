"""The window's status bar on its own and in the window: a message read whole and gone
again, an error in red, who is signed in and how old the data is."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt

from floorview.core.live import ConnectionStatus, ConnState
from floorview.core.model import Role, User
from floorview.ui.window.status_bar import WindowStatusBar


def test_a_long_message_wraps_whole_and_the_bar_shrinks_back(qtbot, settings):
    """A refusal and what to do about it is read whole at 1440x900 (it once ended at the
    status bar's other labels, mid-word), on as many lines as it needs; then one line."""
    from PySide6.QtGui import QFontMetrics

    from floorview.ui.window.main_window import MainWindow
    from tests.floorview.qtapp import make_store

    window = MainWindow(make_store(), user=User("u-mgr", "Mia Manager", "mgr@x", Role.MANAGER,
                                                ("br-1",), None),
                        settings=settings, clock=lambda: datetime(2026, 11, 25, 20, 0, tzinfo=UTC),
                        theme_choice="light")
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    qtbot.waitExposed(window)
    label = window.message_label
    window.show_message("Table 4 saved.")
    qtbot.wait(50)
    one_line = label.height()
    text = ("Undo of deleting table 15: the table is back, but its status (Occupied) could "
            "not be set again: someone else changed the table meanwhile; its server could not "
            "be set again. Set it from the table's menu.")
    window.show_message(text, error=True)
    qtbot.waitUntil(lambda: label.height() > one_line * 1.5)
    metrics = QFontMetrics(label.font())
    needed = metrics.boundingRect(0, 0, label.contentsRect().width(), 10_000,
                                  Qt.TextFlag.TextWordWrap, text).height()
    assert label.contentsRect().height() >= needed  # every line shows
    assert label.geometry().right() < window.user_label.geometry().left()
    assert window.user_label.isVisible() and window.as_of_label.isVisible()
    window.on_message_timer_timeout()
    qtbot.waitUntil(lambda: label.height() <= one_line)
    window.close()


def test_on_a_1024_window_a_message_leaves_the_datas_age_whole(qtbot, settings):
    """Signed out at 1024 px, a message beside "As of 20:00 — may be out of date" once
    pushed its end past the window's edge: the message wraps instead."""
    from floorview.ui.window.main_window import MainWindow
    from tests.floorview.qtapp import make_store

    window = MainWindow(make_store(), user=User("u-mgr", "Maya Patel", "mgr@x", Role.MANAGER,
                                                ("br-1",), None),
                        settings=settings, clock=lambda: datetime(2026, 11, 25, 20, 0, tzinfo=UTC),
                        theme_choice="light")
    qtbot.addWidget(window)
    window.setFixedSize(1008, 728)
    window.show()
    qtbot.waitExposed(window)
    bar = window.statusBar()
    bar.show_user(User("u-mgr", "Maya Patel", "mgr@x", Role.MANAGER, ("br-1",), None),
                  "Harbour Street")
    at = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)
    stale = ConnectionStatus(ConnState.RECONNECTING, since=at, as_of=at)
    window.show_message("Edit mode off.")  # shown while live, then signed out
    qtbot.wait(50)
    bar.show_as_of(stale, "20:00", ZoneInfo("Europe/London"))
    assert "may be out of date" in window.as_of_label.text()
    qtbot.wait(50)
    for label in (window.user_label, window.as_of_label):
        assert label.mapTo(window, label.rect().topRight()).x() < window.width(), label.text()
        assert label.width() >= label.sizeHint().width(), label.text()  # whole, not cut
    assert window.message_label.geometry().right() < window.user_label.geometry().left()
    window.close()


def test_an_error_is_red_and_the_next_message_is_not(qtbot):
    bar = WindowStatusBar()
    qtbot.addWidget(bar)
    label = bar.message_label
    bar.show_message("Table 4 could not be saved: someone else changed it.", error=True)
    assert label.text() == "Table 4 could not be saved: someone else changed it."
    assert label.property("error") is True and "#B71C1C" in label.styleSheet()
    bar.show_message("Table 4 saved.")
    assert label.text() == "Table 4 saved."
    assert label.property("error") is False and label.styleSheet() == ""
    bar.show_message("Table 5 could not be saved.", error=True)
    bar.on_message_timer_timeout()  # its time is up: gone, red and all
    assert label.text() == "" and label.styleSheet() == ""


def test_the_labels_say_who_and_how_old_the_data_is_on_the_branchs_clock(qtbot):
    bar = WindowStatusBar()
    qtbot.addWidget(bar)
    new_york = ZoneInfo("America/New_York")
    bar.show_user(User("u-ana", "Ana Silva", "ana@x", Role.HOST, ("br-1",), None), "Harbour")
    assert bar.user_label.text() == "Ana Silva · host · Harbour"
    bar.show_as_of(None, "15:00", new_york)
    assert bar.as_of_label.text() == "Not yet synced"
    lost = datetime(2026, 11, 25, 19, 4, tzinfo=UTC)  # 14:04 in New York
    bar.show_as_of(ConnectionStatus(ConnState.RECONNECTING, since=lost, as_of=lost), "15:00",
                   new_york)
    assert bar.as_of_label.text() == "As of 14:04 — may be out of date"
    bar.show_as_of(ConnectionStatus(ConnState.LIVE, since=lost, as_of=lost), "15:00", new_york)
    assert bar.as_of_label.text() == "Live · as of 15:00"
