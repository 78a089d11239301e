"""No crash in garbage collection: the heaviest paths of the app, over and over, while
another thread runs Python's cyclic collector as fast as it can.

A Qt object kept alive only by a reference cycle is freed by whichever thread next runs
the collector; if that is not the GUI thread, Qt deletes a widget off its thread and the
process can die inside ``gc.collect()`` ("Fatal Python error: Segmentation fault", seen
in 1 of 6 full runs before the window's cycles were broken). Here every collection runs
on a worker thread, so a cycle through a QObject has every chance to meet it; pytest's
faulthandler prints the stack if it does. The loops are bounded in count, not time.

``FLOORVIEW_STRESS=N`` multiplies the rounds (the default keeps the suite quick).
"""

from __future__ import annotations

import gc
import os
import threading
from datetime import UTC, datetime

import pytest

from floorview.core.model import Role, User
from floorview.ui.window.main_window import MainWindow
from tests.floorview.qtapp import make_store, run, wait_live

ROUNDS = max(1, int(os.environ.get("FLOORVIEW_STRESS", "1")))


@pytest.fixture
def collector_thread():
    """Collections on a worker thread, back to back, for as long as the test runs."""
    stop = threading.Event()
    count = [0]

    def collect() -> None:
        while not stop.is_set():
            gc.collect()
            count[0] += 1

    thread = threading.Thread(target=collect, name="gc-stress", daemon=True)
    thread.start()
    yield count
    stop.set()
    thread.join(timeout=30)
    assert not thread.is_alive()


def test_windows_built_and_closed_hundreds_of_times(qtbot, settings, collector_thread):
    now = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)
    user = User("u-mgr", "Mia Manager", "mgr@x", Role.MANAGER, ("br-1",), None)
    for i in range(200 * ROUNDS):
        window = MainWindow(make_store(), user=user, settings=settings, clock=lambda: now,
                            theme_choice="dark" if i % 2 else "light", kiosk=i % 3 == 0)
        window.show()
        window.set_theme_choice("light" if i % 2 else "dark")
        window.force_close()
        window.deleteLater()
        qtbot.wait(1)
    assert collector_thread[0] > 0  # the collector did run beside it


def test_branch_switches_sign_ins_and_reconnects_over_and_over(qtbot, launch, stub,
                                                               collector_thread):
    app = launch("manager@floorview.dev")
    branches = app.rest.branches()
    for i in range(12 * ROUNDS):
        branch = branches[i % len(branches)]
        run(qtbot, app.close_branch())  # what a switch of branch and a sign-out do
        app.open_branch(branch)
        wait_live(qtbot, app)
        if i % 4 == 3:  # the server restarts under the open window
            stub.stop()
            stub.start()
            wait_live(qtbot, app, timeout=20_000)
        assert app.window.windowTitle() and branch.name in app.window.windowTitle()
    assert collector_thread[0] > 0
