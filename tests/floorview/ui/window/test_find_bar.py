"""Finding a table by number: exact before prefix, the shortest prefix; the bar in the window."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from floorview.core.model import Role, User
from floorview.ui.window.find_bar import match_table
from floorview.ui.window.main_window import MainWindow
from tests.floorview.qtapp import make_store


def test_an_exact_number_wins_over_a_prefix_and_the_shortest_prefix_wins():
    store = make_store(tables=12)  # numbers 1 to 12
    tables = store.tables.values()
    assert match_table(tables, "1").number == "1"  # not 10, 11 or 12
    assert match_table(tables, " 11 ").number == "11"
    without_one = [t for t in tables if t.number != "1"]
    assert match_table(without_one, "1").number == "10"
    assert match_table(tables, "zz") is None


def test_the_find_bar_shows_the_table_on_its_floor_and_says_what_it_is(qtbot, settings):
    window = MainWindow(make_store(), user=User("u-mgr", "Mia Manager", "mgr@x", Role.MANAGER,
                                                ("br-1",), None),
                        settings=settings, clock=lambda: datetime(2026, 11, 25, 20, 0, tzinfo=UTC),
                        theme_choice="light")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.current_plan_id() == "fp-1"
    window.find_action.trigger()
    assert window.find_bar.isVisible()
    qtbot.waitUntil(window.find_edit.hasFocus)
    qtbot.keyClicks(window.find_edit, "5")  # table 5 is on the patio
    qtbot.keyClick(window.find_edit, Qt.Key.Key_Return)
    assert window.current_plan_id() == "fp-2"
    assert window.selected_table() == "t-5"
    assert window.message_label.text() == "Table 5: Cleaning, 4"  # (seats_text: no party seated)
    window.find_edit.clear()
    qtbot.keyClicks(window.find_edit, "zz")
    qtbot.keyClick(window.find_edit, Qt.Key.Key_Return)
    assert window.message_label.text() == "No table numbered “zz” in this branch."
    assert window.message_label.property("error") is True
    qtbot.keyClick(window.find_edit, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()
    window.close()
