"""Seat a party's panel on its own: the size typed by taps or keys, a section chosen,
the options listed and chosen, every key a finger's size and named."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMainWindow, QWidget

from floorview.ui.window.seat_panel import MAX_PARTY, Choice, SeatPanel
from floorview.ui.window.touch_targets import KIOSK_TARGET_PX
from tests.floorview.touch import tap

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen

SECTIONS = [("s-win", "Window booths"), ("s-patio", "Patio")]


@pytest.fixture
def panel(qtbot):
    window = QMainWindow()
    window.setCentralWidget(QWidget(window))
    window.resize(1600, 1000)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    panel = SeatPanel(window)
    panel.open_size(SECTIONS)
    yield panel
    window.close()


def test_the_size_by_taps_with_a_section(qtbot, panel):
    assert panel.step == "size"
    for key in panel.keys.values():
        if key.isVisible():
            assert key.accessibleName() and key.toolTip()
            assert key.width() >= KIOSK_TARGET_PX and key.height() >= KIOSK_TARGET_PX
    assert panel.keys["section:"].isChecked()  # anywhere, unless one is tapped
    tap(qtbot, panel.keys["1"])
    tap(qtbot, panel.keys["2"])
    tap(qtbot, panel.keys["back"])
    tap(qtbot, panel.keys["6"])
    tap(qtbot, panel.keys["section:s-patio"])
    with qtbot.waitSignal(panel.sizeChosen) as got:
        tap(qtbot, panel.keys["show"])
    assert got.args == [16, "s-patio"]
    assert panel.display.text() == "Party of 16"


def test_no_size_asks_for_one_and_no_party_over_the_limit(qtbot, panel):
    with qtbot.assertNotEmitted(panel.sizeChosen):
        tap(qtbot, panel.keys["show"])
    assert "first" in panel.hint.text()
    for digit in str(MAX_PARTY) + "9":
        panel.type_digit(digit)
    assert panel.party == MAX_PARTY
    panel.back_to_size()
    panel.type_digit("0")  # no leading zero
    assert panel.party == 0


def test_keys_options_and_esc(qtbot, panel):
    QTest.keyClicks(panel, "4")
    with qtbot.waitSignal(panel.sizeChosen) as got:
        QTest.keyClick(panel, Qt.Key.Key_Return)
    assert got.args == [4, ""]
    panel.show_options(4, [Choice("Table 12 · 4 seats · Ana Costa", "the smallest free table"),
                           Choice("Table 20 · 8 seats · Ben Okafor", "a larger one", "free ~19:55")])
    assert panel.step == "options" and panel.title.text() == "A party of 4"
    assert [b.accessibleName() for b in panel.options] == [
        "Option 1: Table 12 · 4 seats · Ana Costa", "Option 2: Table 20 · 8 seats · Ben Okafor"]
    for button in panel.options:  # tall enough for its reason, wrapped
        assert button.height() >= KIOSK_TARGET_PX
    with qtbot.waitSignal(panel.optionChosen) as chosen:
        tap(qtbot, panel.options[1])
    assert chosen.args == [1]
    with qtbot.waitSignal(panel.optionChosen) as chosen:
        QTest.keyClick(panel, Qt.Key.Key_1)
    assert chosen.args == [0]
    panel.show_seated("A party of 4 at table 12")
    assert panel.step == "seated" and panel.keys["undo"].isVisible()
    assert panel.keys["cancel"].text() == "Close"  # nothing left to cancel
    with qtbot.waitSignal(panel.cancelled):
        QTest.keyClick(panel, Qt.Key.Key_Escape)
    assert panel.step == ""
