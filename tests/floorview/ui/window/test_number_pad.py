"""The host stand's number pad: a table found by taps alone, against the stub's demo branch."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from floorview.ui.window.number_pad import NumberPad, prefixes
from floorview.ui.window.touch_targets import KIOSK_TARGET_PX
from tests.floorview.touch import tap

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen


def test_letter_keys_are_how_the_branchs_numbers_begin_most_used_first():
    numbers = ["12", "Bar 1", "Bar 2", "H1", "P1", "P2", "P3", "Sofa", "7"]
    assert prefixes(numbers) == ["P", "Bar ", "H", "Sofa"]
    assert prefixes(["1", "2", "10"]) == []  # digits alone: no letter keys
    assert prefixes(["A1", "B1", "C1"], limit=2) == ["A", "B"]


def stand(qtbot, launch):
    app = launch("host@floorview.dev", kiosk=True, theme=None)
    window = app.window
    window.showNormal()
    window.setFixedSize(1920, 1080)
    qtbot.waitUntil(lambda: window.width() == 1920)
    return app, window


def type_by_taps(qtbot, pad: NumberPad, keys: list[str]) -> None:
    for key in keys:
        tap(qtbot, pad.keys[key])


def test_the_pad_finds_a_table_typed_by_taps_and_shows_it(qtbot, launch):
    app, window = stand(qtbot, launch)
    bar = app.kiosk.touch_bar
    ids = {t.number: t.id for t in app.store.tables.values()}
    for number, keys in (("12", ["1", "2"]), ("12", ["1", "2"]), ("Bar 1", ["Bar ", "1"]),
                         ("P3", ["P", "3"])):
        tap(qtbot, bar.buttons["find"])
        pad = app.kiosk.pad
        assert pad is not None and pad.isVisible()
        assert pad.text == "" and window.rect().contains(pad.geometry())
        # the demo's numbers begin with these letters: a key each
        assert {"Bar ", "H", "P"} <= set(pad.keys)
        type_by_taps(qtbot, pad, keys)
        assert pad.display.text() == number
        assert pad.hint.text().startswith(f"Show: table {number} ·")
        tap(qtbot, pad.keys["show"])
        qtbot.waitUntil(lambda p=pad: not p.isVisible())
        assert window.table_list.selected_table == ids[number]
        assert window.selected_table() == ids[number]  # on its floor, selected there
        plan = app.store.tables[ids[number]].floor_plan_id
        assert window.current_plan_id() == plan


def test_a_number_no_table_has_says_so_and_the_pad_stays(qtbot, launch):
    app, window = stand(qtbot, launch)
    bar = app.kiosk.touch_bar
    for _ in range(2):
        tap(qtbot, bar.buttons["find"])
        pad = app.kiosk.pad
        qtbot.waitUntil(pad.isVisible)
        type_by_taps(qtbot, pad, ["9", "9", "9"])
        assert "No table numbered 999" in pad.hint.text()
        selected = window.table_list.selected_table
        tap(qtbot, pad.keys["show"])
        assert pad.isVisible() and window.table_list.selected_table == selected
        type_by_taps(qtbot, pad, ["back", "back", "back", "1"])
        assert pad.text == "1" and pad.hint.text().startswith("Show: table 1 ·")
        tap(qtbot, pad.keys["close"])
        qtbot.waitUntil(lambda p=pad: not p.isVisible())
        assert window.table_list.selected_table == selected
    # Find table again while the pad is open closes it
    tap(qtbot, bar.buttons["find"])
    qtbot.waitUntil(pad.isVisible)
    tap(qtbot, bar.buttons["find"])
    qtbot.waitUntil(lambda p=pad: not p.isVisible())
    # a keyboard, where there is one: Esc closes; typed, Enter shows
    tap(qtbot, bar.buttons["find"])
    qtbot.waitUntil(pad.isVisible)
    qtbot.keyClick(pad, Qt.Key.Key_Escape)
    assert not pad.isVisible()
    tap(qtbot, bar.buttons["find"])
    qtbot.keyClicks(pad, "h22")
    qtbot.keyClick(pad, Qt.Key.Key_Backspace)
    assert pad.text == "h2"
    qtbot.keyClick(pad, Qt.Key.Key_Return)
    assert not pad.isVisible()
    assert app.store.tables[window.table_list.selected_table].number == "H2"


def test_every_key_is_a_fingers_size_with_a_name_and_a_tip(qtbot, launch):
    app, window = stand(qtbot, launch)
    app.kiosk.toggle_find()
    pad = app.kiosk.pad
    qtbot.waitUntil(pad.isVisible)
    assert len(pad.keys) >= 13 + 3  # 0-9, backspace, Show, Close and the letters
    for name, key in pad.keys.items():
        assert key.isVisible(), name
        assert key.width() >= KIOSK_TARGET_PX and key.height() >= KIOSK_TARGET_PX, name
        assert key.accessibleName() and key.toolTip(), name
        top_left = key.mapTo(window, key.rect().topLeft())
        assert window.rect().contains(key.rect().translated(top_left)), name


def test_a_letter_typed_on_the_pad_is_a_number_not_a_shortcut(qtbot, launch):
    from PySide6.QtTest import QTest

    app, window = stand(qtbot, launch)
    tap(qtbot, app.kiosk.touch_bar.buttons["find"])
    pad = app.kiosk.pad
    QTest.keyClicks(pad, "So")  # S is Seat a party's key everywhere else
    assert pad.text == "So" and not window.seat_party.panel.isVisible()
