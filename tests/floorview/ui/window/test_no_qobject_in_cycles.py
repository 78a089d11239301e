"""A window that is closed and dropped leaves no Qt object in a reference cycle.

A QObject kept alive only by a cycle is freed by whichever thread next runs Python's
cyclic collector; when that is an executor's or a server's thread, Qt frees a widget off
the GUI thread and the process can die ("Fatal Python error: Segmentation fault" inside
gc.collect(), seen in 1 of 6 full runs). So: no cycles through QObjects at all.
"""

from __future__ import annotations

import gc
from datetime import UTC, datetime

from PySide6.QtCore import QObject

from floorview.core.model import Role, User
from floorview.ui.window.main_window import MainWindow
from tests.floorview.qtapp import make_store


def qobjects_in_cycles(build) -> list[str]:
    """Build with ``build()`` and drop the result; the QObjects only a cycle then holds."""
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        build()
        gc.collect()
        found = sorted({type(o).__qualname__ for o in gc.garbage if isinstance(o, QObject)})
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.collect()
    return found


def test_a_closed_main_window_leaves_no_qobject_in_a_cycle(qtbot, settings):
    def build():
        now = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)
        window = MainWindow(make_store(), user=User("u-mgr", "Mia Manager", "mgr@x", Role.MANAGER,
                                                    ("br-1",), None),
                            settings=settings, clock=lambda: now, theme_choice="light")
        window.show()
        qtbot.waitExposed(window)
        window.close()
        window.deleteLater()
        qtbot.wait(10)

    assert qobjects_in_cycles(build) == []

