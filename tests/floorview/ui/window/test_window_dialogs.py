"""The window's dialogs over a bare window: each held while open and forgotten once closed,
its answer handed on only when it is yes."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QMainWindow, QMessageBox

from floorview.core.model import Shape
from floorview.ui.window.window_dialogs import WindowDialogs


def _dialogs(qtbot) -> tuple[QMainWindow, WindowDialogs]:
    window = QMainWindow()
    qtbot.addWidget(window)
    return window, WindowDialogs(window)


def test_sign_out_asks_with_cancel_by_default_and_forgets_the_box_when_closed(qtbot):
    window, dialogs = _dialogs(qtbot)
    confirmed = []
    dialogs.confirm_sign_out("Ana Silva", lambda: confirmed.append(True))
    box = dialogs.sign_out_box
    assert box.parent() is window and box.isVisible()
    assert box.text().startswith("Sign Ana Silva out of floorview?")
    assert box.button(QMessageBox.StandardButton.Yes).text() == "Sign out"
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: dialogs.sign_out_box is None)
    assert confirmed == []
    dialogs.confirm_sign_out("Ana Silva", lambda: confirmed.append(True))
    dialogs.sign_out_box.button(QMessageBox.StandardButton.Yes).click()
    assert confirmed == [True]


def test_the_shortcuts_box_shows_keys_and_words_escaped(qtbot):
    _window, dialogs = _dialogs(qtbot)
    dialogs.show_shortcuts([("Ctrl + <", "Zoom & fit")])
    text = dialogs.shortcuts_box.text()
    assert "<b>Ctrl + &lt;</b>" in text and "Zoom &amp; fit" in text
    dialogs.shortcuts_box.button(QMessageBox.StandardButton.Close).click()
    qtbot.waitUntil(lambda: dialogs.shortcuts_box is None)


def test_a_tables_form_hands_its_fields_on_ok_and_refuses_a_taken_number(qtbot):
    _window, dialogs = _dialogs(qtbot)
    got = []
    dialogs.open_table_form(number="4", seats=2, shape=Shape.ROUND, taken=["1", "2"],
                            title="Add table", accepted=got.append)
    form = dialogs.table_form
    ok = form.buttons.button(QDialogButtonBox.StandardButton.Ok)
    form.number_edit.setText("2")
    assert not ok.isEnabled()
    form.number_edit.setText("9")
    ok.click()
    qtbot.waitUntil(lambda: dialogs.table_form is None)
    assert got == [{"number": "9", "capacity": 2, "shape": "round"}]


def test_preferences_call_each_slot_in_turn_on_ok(qtbot, settings):
    _window, dialogs = _dialogs(qtbot)
    calls = []
    dialogs.open_preferences(settings, (lambda: calls.append("display"),
                                        lambda: calls.append("marks")))
    dialogs.preferences_dialog.accept()
    qtbot.waitUntil(lambda: dialogs.preferences_dialog is None)
    assert calls == ["display", "marks"]
