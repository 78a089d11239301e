"""The real window at the sizes of laptops and desks: the floor keeps at least 60 % of the
width, Sign out, the status bar's facts and the banner stay inside the window, and the
summary and list are always reachable (beside the floor, or in a drawer opened by its
button, its shortcut, and closed again, twice in a row)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from floorview.core.model import Branch, Role, User
from tests.floorview.app import hands

SIZES = [(1024, 768), (1280, 720), (1366, 768), (1440, 900), (1920, 1080), (2560, 1440)]


def _window(qtbot, settings):
    from floorview.ui.window.main_window import MainWindow
    from tests.floorview.qtapp import make_store

    store = make_store(20)
    store.branch = Branch("br-1", "Harbour Street", "Europe/London")
    now = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)
    window = MainWindow(store, user=User("u-mgr", "Mia Manager", "mgr@x", Role.MANAGER,
                                         ("br-1",), None),
                        settings=settings, clock=lambda: now, theme_choice="light")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _sized(qtbot, window, width: int, height: int) -> None:
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width and window.height() == height)
    QTest.qWait(20)  # the layouts' pass after the resize


def _inside(window, widget: QWidget) -> bool:
    """Shown, and wholly inside the window (not past its right or bottom edge)."""
    if not widget.isVisible() or widget.width() <= 0:
        return False
    top_left = widget.mapTo(window, QPoint(0, 0))
    return window.rect().contains(QRect(top_left, widget.size()))


def _click(widget: QWidget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     widget.rect().center())


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_every_size_keeps_the_floor_wide_and_everything_in_reach(qtbot, settings, width,
                                                                 height):
    window = _window(qtbot, settings)
    _sized(qtbot, window, width, height)
    floor = window.current_view()
    assert floor.width() >= 0.6 * width, (width, floor.width())
    sign_out = window.toolbar.widgetForAction(window.sign_out_action)
    for widget in (sign_out, window.user_label, window.as_of_label, window.banner):
        assert _inside(window, widget), (width, widget.objectName() or widget)
    assert window.user_label.text().startswith("Mia Manager")
    panel = window.side_panel
    if width >= 1280:  # room for the panel beside a floor of 60 %
        assert not panel.folded and _inside(window, window.table_list), width
        assert _inside(window, window.summary)
        assert not window.side_panel.action.isVisible()
        assert floor.mapTo(window, QPoint(floor.width(), 0)).x() <= window.side.mapTo(
            window, QPoint(0, 0)).x()  # side by side, not over each other
        if width >= 1440:
            assert window.side.width() == 540  # as wide as it always was
        window.close()
        return
    assert panel.folded and not window.table_list.isVisible()
    button = panel.button
    assert _inside(window, button) and button.accessibleName()
    assert button.width() >= 32 and button.height() >= 32  # a laptop's target
    for _ in range(2):  # open, close, open, close: each by a click on the button
        _click(button)
        qtbot.waitUntil(lambda: _inside(window, window.table_list))
        assert _inside(window, window.summary) and _inside(window, panel.drawer)
        assert floor.width() >= 0.6 * width  # the drawer lies over the floor: it keeps its width
        rows = window.table_list.list_model.rowCount()
        assert rows == 20
        _click(button)
        qtbot.waitUntil(lambda: not window.table_list.isVisible())
        assert floor.width() >= 0.6 * width
    window.close()


def test_the_drawer_opens_by_its_shortcut_and_closes_by_esc_twice(qtbot, settings):
    window = _window(qtbot, settings)
    _sized(qtbot, window, 1024, 768)
    for _ in range(2):
        hands.shortcut(qtbot, window, "Ctrl+L")
        qtbot.waitUntil(lambda: _inside(window, window.table_list))
        qtbot.waitUntil(lambda: window.side_panel.drawer.isAncestorOf(window.focusWidget()))
        QTest.keyClick(window.focusWidget(), Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not window.table_list.isVisible())
    assert "Ctrl + L" in [keys for keys, _ in window.shortcuts()]
    window.close()


def test_a_table_chosen_in_the_drawer_is_selected_on_the_floor(qtbot, settings):
    window = _window(qtbot, settings)
    _sized(qtbot, window, 1024, 768)
    window.side_panel.open_drawer()
    qtbot.waitUntil(lambda: _inside(window, window.table_list))
    listing = window.table_list
    row = listing.list_model.row_of("t-3")
    rect = listing.visualRect(listing.list_model.index(row, 0))
    QTest.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, rect.center())
    qtbot.waitUntil(lambda: window.selected_table() == "t-3")
    window.close()


def test_widening_the_window_puts_the_panel_back_beside_the_floor(qtbot, settings):
    window = _window(qtbot, settings)
    for width, height in ((1024, 768), (1440, 900), (1024, 768), (1440, 900)):
        _sized(qtbot, window, width, height)
        if width == 1024:
            window.side_panel.open_drawer()  # open when the window widens
            qtbot.waitUntil(lambda: _inside(window, window.table_list))
        else:
            qtbot.waitUntil(lambda: not window.side_panel.drawer.isVisible()
                            and _inside(window, window.table_list))
            assert window.side.width() == 540
            assert window.current_view().width() >= 0.6 * width
    window.close()


def test_a_drag_of_the_splitter_leaves_the_floor_its_60_percent(qtbot, settings):
    window = _window(qtbot, settings)
    _sized(qtbot, window, 1440, 900)
    splitter = window.splitter
    handle = splitter.handle(1)
    start = handle.rect().center()
    hands.drag_between(handle, start, start + QPoint(-500, 0))  # the list pulled wide
    QTest.qWait(20)
    assert window.current_view().width() >= 0.6 * 1440, window.current_view().width()
    _sized(qtbot, window, 1366, 768)
    assert window.current_view().width() >= 0.6 * 1366, window.current_view().width()
    window.close()
