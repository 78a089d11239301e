"""``floorview replay``: the store at any moment, the window on the replayed clock, frames."""

from __future__ import annotations

import io
from datetime import timedelta

from PySide6.QtCore import Qt

from floorview.cli import build_parser
from floorview.cli import main as cli_main
from floorview.commands import replay as replay_command
from floorview.core import journal
from floorview.core.replay import Replay, moment
from tests.floorview.commands.test_report import known_evening, watch_style_journal


def _floor(r: Replay) -> dict:
    return {t.id: (t.status.value, t.guest_count, t.version) for t in r.store.tables.values()}


def test_seeking_anywhere_shows_the_floor_as_it_was(tmp_path):
    entries = journal.read(known_evening(tmp_path / "known.journal"))
    r = Replay(entries)
    r.seek(moment("18:40", r))
    assert _floor(r)["t-1"][:2] == ("occupied", 2) and _floor(r)["t-2"][:2] == ("reserved", 3)
    r.seek(moment("19:21", r))
    assert _floor(r)["t-1"][:2] == ("occupied", 4)
    at_1921 = _floor(r)
    r.seek(moment("18:05", r))  # back: from the snapshot again
    assert {s for s, _, _ in _floor(r).values()} == {"available"}
    r.seek(moment("19:21", r))
    assert _floor(r) == at_1921
    fresh = Replay(entries)
    fresh.seek(moment("19:21", fresh))
    assert _floor(fresh) == at_1921
    r.seek(r.end + timedelta(hours=5))  # past the end: the end
    assert r.finished and {s for s, _, _ in _floor(r).values()} == {"available"}


def test_the_window_plays_on_the_replayed_clock(tmp_path, qtbot):
    args = build_parser().parse_args(["replay", str(known_evening(tmp_path / "k.journal")),
                                      "--from", "19:00", "--paused", "--speed", "600"])
    win = replay_command.main(args, run_window=False)
    qtbot.addWidget(win)
    win.activateWindow()
    qtbot.waitActive(win)
    assert "Test Bistro" in win.banner.text() and "19:00:00" in win.banner.text()
    assert "paused" in win.banner.text()
    qtbot.keyClick(win, Qt.Key.Key_Right)  # a minute on
    assert "19:01:00" in win.banner.text()
    win.slider.setValue(int((moment("19:25", win.replay) - win.replay.start).total_seconds()))
    assert "19:25:00" in win.banner.text()
    table_1 = win.replay.store.tables["t-1"]
    assert table_1.status.value == "occupied" and table_1.guest_count == 4
    item = win.scenes[0].table_item("t-1")
    qtbot.waitUntil(lambda: item.table.guest_count == 4)  # the floor shows it too (next frame)
    qtbot.keyClick(win, Qt.Key.Key_Space)  # play, ten minutes a second
    assert "×600" in win.banner.text()
    qtbot.waitUntil(lambda: win.replay.now >= moment("19:30", win.replay), timeout=10_000)
    win.close()


def test_frames_every_half_hour(tmp_path, qapp):
    out = io.StringIO()
    frames = tmp_path / "frames"
    args = build_parser().parse_args(["replay", str(known_evening(tmp_path / "k.journal")),
                                      "--out", str(frames), "--every", "30m", "--width", "640"])
    assert replay_command.main(args, out=out) == 0
    # 18:00 to 21:26: 18:00, 18:30, ... 21:00 and the end
    assert sorted(p.name for p in frames.iterdir()) == [
        f"room-{h}.png" for h in ("1800", "1830", "1900", "1930", "2000", "2030", "2100", "2126")]
    assert "8 frames, 1 floor plan" in out.getvalue()


def test_a_journal_whose_first_reference_had_no_floor_plan_replays_every_plan(tmp_path, qapp):
    """``watch`` wrote its first reference before the plans had loaded: replay took its
    plans from the journal's start and wrote "0 frames, 0 floor plans"."""
    out = io.StringIO()
    frames = tmp_path / "frames"
    path = watch_style_journal(tmp_path / "w.journal")
    args = build_parser().parse_args(["replay", str(path), "--out", str(frames),
                                      "--every", "1h", "--width", "480"])
    assert replay_command.main(args, out=out) == 0
    assert "8 frames, 2 floor plans" in out.getvalue()
    assert sorted(p.name for p in frames.iterdir()) == [  # 18:00 to 20:30, each hour and the end
        f"{plan}-{t}.png" for plan in ("patio", "room") for t in ("1800", "1900", "2000", "2030")]
    r = Replay(journal.read(path))
    assert [p.name for p in r.store.floor_plans] == ["Room", "Patio"]
    r.seek(moment("18:25", r))
    assert _floor(r)["t-2"][:2] == ("occupied", 4)


def test_bad_times_are_usage_errors(tmp_path, capsys):
    path = str(known_evening(tmp_path / "k.journal"))
    assert cli_main(["replay", path, "--from", "7pm", "--out", str(tmp_path)]) == 2
    assert "not a time of day" in capsys.readouterr().err
    assert cli_main(["replay", path, "--every", "soon", "--out", str(tmp_path)]) == 2
    assert "not a duration" in capsys.readouterr().err
