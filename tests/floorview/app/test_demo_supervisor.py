"""--demo's stub supervised: a demo server that dies is restarted, said so, and the floor
comes back live; it is stopped with the run."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from floorview.app import FloorviewApp
from floorview.core.demo import DemoServer
from floorview.core.live import ConnState
from tests.floorview.qtapp import FAST_LIVE, make_args, run, wait_live


def _zombie_or_alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "X"


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc to see a zombie")
def test_a_demo_server_that_dies_is_restarted_said_so_and_the_floor_comes_back_live(
        qtbot, aio, settings):
    args = make_args(type("S", (), {"url": ""})(), server=None, demo=True)
    app = FloorviewApp(args, settings=settings, env={}, live_options=FAST_LIVE,
                       demo_factory=lambda: DemoServer(simulate=0))
    try:
        assert run(qtbot, app.start(), timeout=40_000)
        wait_live(qtbot, app, timeout=30_000)
        window, first = app.window, app.demo.pid
        tables_before = set(app.store.tables)
        os.kill(first, signal.SIGKILL)
        qtbot.waitUntil(lambda: "stopped" in window.message_label.text()
                        or "killed" in window.message_label.text(), timeout=15_000)
        qtbot.waitUntil(lambda: app.demo.pid != first and app.demo.running, timeout=30_000)
        qtbot.waitUntil(lambda: "started again" in window.message_label.text(), timeout=15_000)
        assert not _zombie_or_alive(first), "the dead stub was not reaped"
        wait_live(qtbot, app, timeout=30_000)
        assert app.window is window  # the same window, reconnected
        assert window.banner.state is ConnState.LIVE
        assert set(app.store.tables) == tables_before  # the same data
    finally:
        run(qtbot, app.shutdown())
    assert app.demo is None
