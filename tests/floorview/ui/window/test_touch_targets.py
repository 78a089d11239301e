"""Every target a finger or a pointer meets, measured: 44 x 44 px at least on the host
stand (kiosk: the window, its touch bar, number pad, menus and dialogs), 32 px in a
normal window's dialogs. Offscreen, on a hand-made store."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QAbstractButton, QMenu, QWidget

from floorview.core.model import Role, User
from floorview.ui.window.kiosk import KioskMode, ScreenAwake
from floorview.ui.window.main_window import MainWindow
from floorview.ui.window.touch_targets import (
    KIOSK_TARGET_PX,
    LAPTOP_TARGET_PX,
    target_px,
    touch_stylesheet,
)
from tests.floorview.qtapp import make_store

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen

NOW = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)
HOST = User("u-host", "Hugo Host", "host@x", Role.HOST, ("br-1",), None)


class NoAwake(ScreenAwake):
    def start(self) -> None:  # no systemd-inhibit in a test
        pass


def visible_buttons(widget: QWidget) -> list[QAbstractButton]:
    return [b for b in widget.findChildren(QAbstractButton) if b.isVisible()]


def too_small(buttons: list[QAbstractButton], px: int) -> list[str]:
    return [f"{type(b).__name__} {b.text() or b.objectName()!r} {b.width()}x{b.height()}"
            for b in buttons if b.width() < px or b.height() < px]


def small_rows(menu: QMenu, px: int) -> list[str]:
    rows = [a for a in menu.actions() if not a.isSeparator() and a.isVisible()]
    return [f"{a.text()!r} {menu.actionGeometry(a).height()} px" for a in rows
            if menu.actionGeometry(a).height() < px]


def open_window(qtbot, settings, *, kiosk: bool, theme: str):
    window = MainWindow(make_store(14), user=HOST, settings=settings, clock=lambda: NOW,
                        theme_choice=theme, kiosk=kiosk)
    qtbot.addWidget(window)
    mode = KioskMode(window, awake=NoAwake())
    if kiosk:
        mode.enable()
        window.showNormal()
        window.setFixedSize(1920, 1080)  # offscreen has no real screen to fill
    else:
        window.resize(1280, 800)
        window.show()
    qtbot.waitExposed(window)
    return window, mode


def walk_dialogs(qtbot, window: MainWindow, mode: KioskMode, px: int) -> dict[str, list[str]]:
    """Open each dialog the window opens (one at a time), measure its visible buttons."""
    found: dict[str, list[str]] = {}

    def measure(name: str, dialog: QWidget | None) -> None:
        assert dialog is not None and dialog.isVisible(), name
        buttons = visible_buttons(dialog)
        assert buttons, name
        found[name] = too_small(buttons, px)
        dialog.close()
        qtbot.wait(10)

    window.on_signOut_triggered()
    measure("sign out", window.sign_out_box)
    window.on_shortcuts_triggered()
    measure("shortcuts", window.dialogs.shortcuts_box)
    measure("table dialog", window.table_actions.open_dialog("t-2"))
    if mode.enabled:
        mode.on_touch_leave()
        measure("leave kiosk", mode.confirm_box)
        mode.toggle_find()
        measure("number pad", mode.pad)
    window.table_actions.show_menu("t-2", window.mapToGlobal(window.rect().center()))
    menu = window.table_actions.menu
    assert menu is not None
    qtbot.waitUntil(menu.isVisible)
    found["table menu"] = small_rows(menu, px)
    for action in menu.actions():
        if (sub := action.menu()) is not None and isinstance(sub, QMenu):
            sub.popup(menu.mapToGlobal(menu.actionGeometry(action).topRight()))
            qtbot.waitUntil(sub.isVisible)
            found[f"table menu › {action.text()}"] = small_rows(sub, px)
            sub.close()
    window.table_actions.close_menu()
    return found


@pytest.mark.parametrize("theme", ["dark", "light"])
def test_in_kiosk_every_target_is_44_px_square(qtbot, settings, theme):
    window, mode = open_window(qtbot, settings, kiosk=True, theme=theme)
    shown = visible_buttons(window)
    assert {"touch:find", "touch:leave"} <= {b.objectName() for b in shown}
    assert too_small(shown, KIOSK_TARGET_PX) == []
    assert walk_dialogs(qtbot, window, mode, KIOSK_TARGET_PX) == {
        "sign out": [], "shortcuts": [], "table dialog": [], "leave kiosk": [],
        "number pad": [], "table menu": [], "table menu › Set status": [],
        "table menu › Assign server": []}
    mode.shutdown()
    window.force_close()


@pytest.mark.parametrize("theme", ["dark", "light"])
def test_in_a_window_every_dialogs_button_is_32_px_tall(qtbot, settings, theme):
    window, mode = open_window(qtbot, settings, kiosk=False, theme=theme)
    assert not mode.touch_bar.isVisible()
    found = walk_dialogs(qtbot, window, mode, LAPTOP_TARGET_PX)
    found.pop("table menu")  # a pointer's menu: rows as the platform draws them
    found = {k: v for k, v in found.items() if not k.startswith("table menu ›")}
    assert found == {"sign out": [], "shortcuts": [], "table dialog": []}
    window.force_close()


def test_the_stylesheet_asks_each_themes_inset_less():
    assert target_px(kiosk=True) == 44 and target_px(kiosk=False) == 32
    dark, light = touch_stylesheet("dark"), touch_stylesheet("light")
    assert "min-height: 30px" in dark and "min-height: 18px" in dark  # 44 - 14, 32 - 14
    assert "min-height: 36px" in light and "min-height: 24px" in light  # 44 - 8, 32 - 8
