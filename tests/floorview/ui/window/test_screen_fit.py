"""The window opens inside the screen it opens on, where it was left there (clamped when
that no longer fits), and the real app opens it so on a small laptop's screen."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget

from floorview.ui.window import screen_fit


def _fake_screen(monkeypatch, key: str, area: QRect) -> None:
    monkeypatch.setattr(screen_fit, "screen_area", lambda _window: (key, QRect(area)))


@pytest.mark.parametrize("area", [QRect(0, 0, 1024, 768), QRect(0, 0, 1280, 680),
                                  QRect(1920, 0, 1366, 728), QRect(0, 0, 2560, 1400)])
def test_a_new_window_takes_most_of_the_area_and_never_more(area):
    rect = screen_fit.default_rect(area)
    assert area.contains(rect.adjusted(-8, -32, 8, 8)), rect  # its frame too
    assert rect.width() >= 0.9 * area.width() - 16 and rect.height() >= 0.85 * area.height()
    if area.width() >= 1600:
        assert (rect.width(), rect.height()) >= (1440, 900)


def test_a_remembered_place_too_big_for_this_screen_is_clamped_inside_it():
    area = QRect(0, 0, 1024, 728)  # a 1024 x 768 laptop, its taskbar 40 px
    rect, maximised = screen_fit.opening_rect(area, (600, 400, 1440, 900, False))
    assert area.contains(rect) and not maximised
    assert rect.width() <= 1024 - 16 and rect.height() <= 728 - 40
    rect, _ = screen_fit.opening_rect(area, (-3000, -50, 700, 500, False))  # gone off the left
    assert area.contains(rect) and (rect.width(), rect.height()) == (700, 500)
    rect, _ = screen_fit.opening_rect(area, (100, 80, 700, 500, False))  # fits: kept as is
    assert rect == QRect(100, 80, 700, 500)


def test_the_window_opens_within_a_1024_by_768_screen_and_comes_back_where_left(
        qtbot, settings, monkeypatch):
    area = QRect(0, 0, 1024, 768)
    _fake_screen(monkeypatch, "laptop-1024x768", area)
    window = QWidget()
    window.setMinimumSize(800, 500)
    qtbot.addWidget(window)
    screen_fit.open_on_screen(window, settings)
    qtbot.waitExposed(window)
    assert area.contains(window.geometry()) and window.width() >= 1000, window.geometry()
    window.setGeometry(50, 60, 900, 600)
    screen_fit.remember(window, settings)
    window.close()

    key = screen_fit.screen_key(window.screen())  # what remember keyed it by
    _fake_screen(monkeypatch, key, area)
    again = QWidget()
    qtbot.addWidget(again)
    screen_fit.open_on_screen(again, settings)
    assert again.geometry() == QRect(50, 60, 900, 600)
    again.close()

    _fake_screen(monkeypatch, "another-1366x768", QRect(0, 0, 1366, 768))  # another screen
    third = QWidget()
    qtbot.addWidget(third)
    screen_fit.open_on_screen(third, settings)
    assert third.width() > 1300  # its own default, not the 900 px left on the first
    third.close()


def test_a_screen_smaller_than_the_windows_least_size_still_holds_it(qtbot, settings,
                                                                     monkeypatch):
    area = QRect(0, 0, 800, 560)
    _fake_screen(monkeypatch, "netbook-800x600", area)
    window = QWidget()
    window.setMinimumSize(800, 500)
    qtbot.addWidget(window)
    screen_fit.open_on_screen(window, settings)
    assert area.contains(window.geometry()), window.geometry()
    window.close()


def test_a_remembered_place_that_is_junk_is_ignored_and_said(settings, caplog):
    settings.qsettings.setValue("window/laptop-1024x768", "wide,tall")
    with caplog.at_level(logging.WARNING):
        assert settings.window_rect_for("laptop-1024x768") is None
    assert "not x,y,w,h,max" in caplog.text
    settings.set_window_rect_for("a/b\\c 1024x768", (1, 2, 3, 4), True)
    assert settings.window_rect_for("a/b\\c 1024x768") == (1, 2, 3, 4, True)


def test_the_app_opens_its_window_within_a_small_laptops_screen(qtbot, launch, monkeypatch):
    area = QRect(0, 0, 1024, 768)
    _fake_screen(monkeypatch, "laptop-1024x768", area)
    window = launch("manager@floorview.dev", branch="Harbour Street").window
    qtbot.waitExposed(window)
    assert area.contains(window.geometry()), window.geometry()
    assert window.current_view().width() >= 0.6 * window.width()
    sign_out = window.toolbar.widgetForAction(window.sign_out_action)
    assert window.rect().contains(sign_out.geometry().translated(window.toolbar.pos()))
    window.close()


def test_a_shown_window_past_its_screens_edge_is_pulled_inside(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    available = window.screen().availableGeometry()
    window.setGeometry(available.right() - 200, available.bottom() - 100,
                       available.width() + 300, 400)  # too wide, and off the bottom right
    screen_fit.keep_inside(window)
    assert available.contains(window.frameGeometry()), (window.frameGeometry(), available)
    window.setGeometry(available.x() + 10, available.y() + 10, 300, 200)  # inside: untouched
    screen_fit.keep_inside(window)
    assert window.geometry() == QRect(available.x() + 10, available.y() + 10, 300, 200)
    window.close()
