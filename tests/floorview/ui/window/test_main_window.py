"""The main window on a hand-made store (no server): the branch's clock in its labels."""

from __future__ import annotations

from datetime import UTC, datetime

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
