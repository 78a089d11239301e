"""A finger on the screen in tests: taps and long presses as real touch sequences.

Sent to the widget's top-level window, at the widget's point mapped there (Qt turns the
touch points into the taps and presses a widget sees; sent to an inner widget, PySide maps
the points wrongly), with a touch screen device made once.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QInputDevice, QPointingDevice
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from floorview.ui.floor.floor_view import LONG_PRESS_MS

_devices: list[QPointingDevice] = []


def touch_screen() -> QPointingDevice:
    if not _devices:
        _devices.append(QTest.createTouchDevice(QInputDevice.DeviceType.TouchScreen))
    return _devices[0]


def _at(widget: QWidget, pos: QPoint | None) -> tuple[QWidget, QPoint]:
    window = widget.window()
    return window, widget.mapTo(window, pos if pos is not None else widget.rect().center())


def press(qtbot, widget: QWidget, pos: QPoint | None = None, hold_ms: int = 30) -> None:
    """A finger down on ``widget`` (at ``pos``, else its centre), held, and up again."""
    window, point = _at(widget, pos)
    QTest.touchEvent(window, touch_screen(), False).press(0, point, window).commit()
    qtbot.wait(hold_ms)
    QTest.touchEvent(window, touch_screen(), False).release(0, point, window).commit()
    qtbot.wait(10)


def tap(qtbot, widget: QWidget, pos: QPoint | None = None) -> None:
    press(qtbot, widget, pos)


def long_press(qtbot, widget: QWidget, pos: QPoint | None = None) -> None:
    """Held still past the long press's time."""
    press(qtbot, widget, pos, hold_ms=LONG_PRESS_MS + 250)


def drag(qtbot, widget: QWidget, start: QPoint, end: QPoint, hold_ms: int = 0) -> None:
    """A finger down at ``start``, moved to ``end`` in small steps (over ``hold_ms``), up."""
    window, a = _at(widget, start)
    _, b = _at(widget, end)
    QTest.touchEvent(window, touch_screen(), False).press(0, a, window).commit()
    steps = 8
    for i in range(1, steps + 1):
        qtbot.wait(max(5, hold_ms // steps))
        QTest.touchEvent(window, touch_screen(), False).move(
            0, a + (b - a) * (i / steps), window).commit()
    QTest.touchEvent(window, touch_screen(), False).release(0, b, window).commit()
    qtbot.wait(10)
