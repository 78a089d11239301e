"""``--paint-log``: the app, against a real stub, writes a line when a change is painted."""

from __future__ import annotations

import json
import time

from floorview.core.model import Status
from floorview.ui.floor import paint_log


def _lines(path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_a_patched_status_gets_one_line_once_painted(qtbot, launch, admin, tmp_path):
    log_path = tmp_path / "paint.jsonl"
    app = launch("host@floorview.dev", paint_log=str(log_path))
    window = app.window
    view = window.current_view()
    view.fit_to_window()
    target = next(t for t in sorted(app.store.tables.values(), key=lambda t: t.number)
                  if t.status is Status.AVAILABLE and t.floor_plan_id == window.current_plan_id())
    sent = time.time() * 1000.0
    updated = admin.set_status(target.id, "occupied", 2)

    def painted() -> None:
        assert any(line["id"] == target.id and line["version"] == updated.version
                   for line in _lines(log_path))

    qtbot.waitUntil(painted, timeout=10_000)
    line = next(line for line in _lines(log_path)
                if line["id"] == target.id and line["version"] == updated.version)
    assert set(line) == {"id", "version", "t"}
    assert sent <= line["t"] <= time.time() * 1000.0
    # the line comes after the frame: the view shows the new status by then
    assert window.scene_of(target.id).table_item(target.id).table.status is Status.OCCUPIED
    assert paint_log.active() is not None


def test_a_change_on_a_hidden_floor_is_written_when_applied(qtbot, launch, admin, tmp_path):
    log_path = tmp_path / "paint.jsonl"
    app = launch("host@floorview.dev", paint_log=str(log_path))
    window = app.window
    shown = window.current_plan_id()
    hidden = next(t for t in app.store.tables.values() if t.floor_plan_id != shown)
    updated = admin.set_status(hidden.id, "cleaning")
    qtbot.waitUntil(lambda: any(line["id"] == hidden.id and line["version"] == updated.version
                                for line in _lines(log_path)), timeout=10_000)


def test_without_the_option_nothing_is_installed(qtbot, launch):
    app = launch("host@floorview.dev")
    assert getattr(app.args, "paint_log", None) is None
    assert paint_log.active() is None


def test_on_the_wall_a_change_in_another_branch_gets_its_line_once_its_tile_is_painted(
        qtbot, launch, admin, tmp_path):
    log_path = tmp_path / "paint.jsonl"
    app = launch("manager@floorview.dev", branch="Harbour Street", wall=True,
                 paint_log=str(log_path))
    switch = app.opened.wall
    qtbot.waitUntil(lambda: switch.page is not None, timeout=15_000)
    view = switch.page.view
    old_town = next(b for b in view.branch_ids() if view.facts_of(b).name == "Old Town")
    qtbot.waitUntil(lambda: view.facts_of(old_town).link == "live", timeout=15_000)
    before = view.facts_of(old_town).occupied
    target = next(t for t in admin.tables(old_town) if t.status.value == "available")
    sent = time.time() * 1000.0
    updated = admin.set_status(target.id, "occupied", 2)

    def painted() -> None:
        assert any(line["id"] == target.id and line["version"] == updated.version
                   for line in _lines(log_path))

    qtbot.waitUntil(painted, timeout=5_000)
    line = next(line for line in _lines(log_path)
                if line["id"] == target.id and line["version"] == updated.version)
    assert sent <= line["t"] <= time.time() * 1000.0
    assert switch.showing_wall and old_town in view.painted_ids
    assert view.facts_of(old_town).occupied == before + 1  # the tile drawn shows it
