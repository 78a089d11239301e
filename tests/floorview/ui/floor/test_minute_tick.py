"""The minute's tick: the time labels move on at each minute, a slice at a time on a big
floor, and count to when the data was last true while it is stale."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QTimer

from floorview.core.model import Status, minutes_between
from floorview.core.samples import NOW, big_store
from floorview.ui.floor.floor_scene import DisplaySettings, FloorScene
from floorview.ui.floor.minute_tick import TICK_SLICE
from floorview.ui.floor.time_label import format_duration


def test_the_minute_tick_moves_the_labels_on(qapp, store, main_plan):
    now = [NOW]
    scene = FloorScene(store, main_plan, settings=DisplaySettings(), clock=lambda: now[0])
    try:
        assert scene.table_item("t-1").time_level == "normal"
        now[0] = NOW + timedelta(minutes=18)
        scene.tick()
        assert scene.table_item("t-1").time_text == "1h 00m"
        assert scene.table_item("t-1").time_level == "amber"
    finally:
        scene.detach()



def test_at_the_minute_every_label_on_a_big_floor_moves_on_a_slice_at_a_time(qtbot, qapp):
    """The minute's timer (not tick()) refreshes 2,000 tables' labels over a few loop
    turns, and every one of them, also a table changed while the round is under way."""
    store, plan = big_store(2000)
    seated = sorted(t for t, table in store.tables.items() if table.status is Status.OCCUPIED)
    assert len(seated) > 3 * TICK_SLICE
    start = NOW.replace(second=59, microsecond=500_000)  # the timer's shortest wait: 1 s
    now = [start]
    scene = FloorScene(store, plan, settings=DisplaySettings(), clock=lambda: now[0])
    try:
        before = {t: scene.table_item(t).time_text for t in seated}
        now[0] = start + timedelta(minutes=1)
        turns = []
        ticker = QTimer(interval=0)
        ticker.timeout.connect(lambda: turns.append(
            sum(scene.table_item(t).time_text != before[t] for t in seated)))
        ticker.start()
        qtbot.waitUntil(lambda: all(scene.table_item(t).time_text != before[t]
                                    for t in seated), timeout=10_000)
        ticker.stop()
        assert 0 < min(n for n in turns if n) < len(seated), "a slice at a time"
        for t in seated:
            item = scene.table_item(t)
            assert item.time_text == format_duration(
                minutes_between(item.table.status_changed_at, now[0]))
    finally:
        scene.detach()


def test_offline_the_timers_freeze_where_the_data_was_last_true(qapp, store, main_plan):
    now = [NOW]
    scene = FloorScene(store, main_plan, settings=DisplaySettings(), clock=lambda: now[0])
    try:
        assert scene.table_item("t-1").time_text == "42m"
        now[0] = NOW + timedelta(minutes=5)
        scene.set_stale(True, as_of=NOW + timedelta(minutes=2))  # the last sync, 3 min ago
        assert scene.table_item("t-1").time_text == "44m"
        now[0] = NOW + timedelta(minutes=40)
        scene.tick()
        scene.set_settings(DisplaySettings(large_type=True))
        assert scene.table_item("t-1").time_text == "44m"
        assert scene.table_item("t-1").time_level == "normal"  # not turned amber meanwhile
        assert scene.stale_stamp()[0].endswith("as of " + (NOW + timedelta(minutes=2))
                                               .astimezone(store.branch.zone).strftime("%H:%M"))
        scene.set_stale(False)  # live again: the clock runs
        assert scene.table_item("t-1").time_text == "1h 22m"
        assert scene.table_item("t-1").time_level == "amber"
    finally:
        scene.detach()


def test_gone_stale_without_a_time_the_timers_freeze_at_that_moment(qapp, store, main_plan):
    now = [NOW]
    scene = FloorScene(store, main_plan, settings=DisplaySettings(), clock=lambda: now[0])
    try:
        scene.set_stale(True)
        now[0] = NOW + timedelta(minutes=30)
        scene.tick()
        assert scene.table_item("t-1").time_text == "42m"
    finally:
        scene.detach()


def test_a_detached_scene_ticks_no_more(qtbot, qapp, store, main_plan):
    start = NOW.replace(second=59, microsecond=500_000)  # the timer's shortest wait: 1 s
    now = [start]
    scene = FloorScene(store, main_plan, settings=DisplaySettings(), clock=lambda: now[0])
    before = scene.table_item("t-1").time_text
    scene.detach()
    now[0] = start + timedelta(minutes=5)
    qtbot.wait(1500)
    assert scene.table_item("t-1").time_text == before
