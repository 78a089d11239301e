"""A table's time in status in words, and its level against the thresholds."""

from __future__ import annotations

from datetime import timedelta

import pytest

from floorview.core.model import minutes_between
from floorview.core.samples import NOW, main_tables
from floorview.ui.floor.floor_scene import DisplaySettings, FloorScene
from floorview.ui.floor.time_label import format_duration, time_in_status, time_level


@pytest.mark.parametrize("minutes, text", [(0, "0m"), (42, "42m"), (59, "59m"), (60, "1h 00m"),
                                           (65, "1h 05m"), (1441, "24h 01m"), (-3, "0m"),
                                           (None, "—")])
def test_durations_read_like_a_host_says_them(minutes, text):
    assert format_duration(minutes) == text


@pytest.mark.parametrize("second", [0, 5, 30, 59])
def test_the_map_reads_the_clocks_minute_whatever_the_second(qapp, store, main_plan, second):
    # The status changed at 18:38:40; the map ticked at 19:30:00.05; a list reading the
    # clock at 19:30:<second> shows what the map shows.
    t = next(t for t in main_tables() if t["id"] == "t-1")
    store.apply_event("tableStatusUpdate", {**t, "statusChangedAt": "2026-11-25T18:38:40.000Z",
                                            "version": t["version"] + 5})
    now = [NOW + timedelta(milliseconds=50)]
    scene = FloorScene(store, main_plan, settings=DisplaySettings(), clock=lambda: now[0])
    try:
        item = scene.table_item("t-1")
        later = NOW + timedelta(seconds=second)
        assert item.time_text == time_in_status(item.table, later) == "52m"
        assert minutes_between(item.table.status_changed_at, later) == 52
    finally:
        scene.detach()


def test_time_levels_turn_amber_then_red_at_the_thresholds():
    assert [time_level(m, 60, 90) for m in (0, 59, 60, 89, 90, 300)] == [
        "normal", "normal", "amber", "amber", "red", "red"]
