"""The main window on a hand-made store (no server): the clock, the status bar."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from floorview.core.model import Branch, Role


def test_the_window_shows_the_branchs_time(qtbot, settings):
    from floorview.core.live import ConnectionStatus, ConnState
    from floorview.core.model import User
    from floorview.ui.window.main_window import MainWindow
    from tests.floorview.qtapp import make_store

    store = make_store()
    store.branch = Branch("br-1", "Harbour", "America/New_York")  # a branch in another city
    now = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)  # 15:00 in New York
    window = MainWindow(store, user=User("u-mgr", "Mia Manager", "mgr@x", Role.MANAGER, ("br-1",), None),
                        settings=settings, clock=lambda: now, theme_choice="light")
    qtbot.addWidget(window)
    lost = datetime(2026, 11, 25, 19, 4, tzinfo=UTC)  # 14:04 in New York
    window.set_connection_status(ConnectionStatus(ConnState.RECONNECTING, since=lost, as_of=lost))
    assert "reconnecting since 14:04" in window.banner.text()
    assert window.as_of_label.text().startswith("As of 14:04")
    window.set_connection_status(ConnectionStatus(ConnState.LIVE, since=now, as_of=now))
    assert window.as_of_label.text() == "Live · as of 15:00"
    window.close()


def test_a_long_message_wraps_whole_and_the_bar_shrinks_back(qtbot, settings):
    """A refusal and what to do about it is read whole at 1440x900 (it once ended at the
    status bar's other labels, mid-word), on as many lines as it needs; then one line."""
    from PySide6.QtGui import QFontMetrics

    from floorview.core.model import User
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
