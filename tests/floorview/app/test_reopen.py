"""What a window hands to the one replacing it: its place and size, maximised or not, and
the list's sort; who counts as the same person (same id and role)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QRect, Qt

from floorview.app.reopen import Carried, same_person
from floorview.core.model import Role, User
from floorview.ui.window.main_window import MainWindow
from tests.floorview.qtapp import make_store

HOST = User("u-host", "Hana Host", "host@x", Role.HOST, ("br-1",), None)


def _window(qtbot, settings) -> MainWindow:
    window = MainWindow(make_store(), user=HOST, settings=settings,
                        clock=lambda: datetime(2026, 11, 25, 20, 0, tzinfo=UTC),
                        theme_choice="light")
    qtbot.addWidget(window)
    return window


def test_the_same_person_is_the_same_id_with_the_same_role():
    assert same_person(HOST, User("u-host", "Hana H.", "host@x", Role.HOST, (), None))
    assert not same_person(HOST, User("u-host", "Hana Host", "host@x", Role.MANAGER,
                                      ("br-1",), None))
    assert not same_person(HOST, User("u-other", "Hana Host", "host@x", Role.HOST,
                                      ("br-1",), None))


def test_a_new_window_takes_the_old_ones_place_and_sort(qtbot, settings):
    old = _window(qtbot, settings)
    old.setGeometry(QRect(50, 60, 1100, 780))
    old.show()
    old.table_list.sortByColumn(old.table_list.list_model.COLUMNS.index("Server"),
                                Qt.SortOrder.DescendingOrder)
    carried = Carried.of(old)
    new = _window(qtbot, settings)
    carried.sort(new)
    carried.place(new)
    assert new.isVisible() and new.geometry() == QRect(50, 60, 1100, 780)
    assert new.table_list.list_model.sorting == ("Server", Qt.SortOrder.DescendingOrder)
    # the header says so too: a click on it next turns that order around
    assert new.table_list.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
