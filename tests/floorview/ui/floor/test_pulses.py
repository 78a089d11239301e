"""The rings a table shows for a while: a live change's ring, a search's flash, which
changes ring, and how they end."""

from __future__ import annotations

from floorview.core.model import Table
from floorview.core.store import Aspect
from floorview.ui.floor import pulses
from floorview.ui.floor.frame_batch import RESYNCED
from floorview.ui.floor.pulses import is_news
from tests.floorview.ui.floor.test_floor_scene import TABLES, event


def test_which_changes_are_news():
    assert is_news({Aspect.STATUS}) and is_news({Aspect.SERVER}) and is_news({Aspect.GUESTS})
    assert is_news({Aspect.DETAILS})
    assert not is_news({Aspect.LAYOUT})
    assert not is_news({Aspect.CREATED})  # a table already shown
    assert is_news({Aspect.CREATED}, added=True)
    assert not is_news({Aspect.CREATED, RESYNCED}, added=True)  # brought by a snapshot


def test_a_table_added_live_rings_and_one_a_snapshot_brings_does_not(scene, store):
    store.apply_event("tableCreated", {**TABLES["t-5"], "id": "t-live", "number": "98",
                                       "x": 900, "y": 760})
    scene.flush()
    assert scene.pulsing() == {"t-live"}
    scene.clear_pulses()
    store.begin_sync()
    store.apply_snapshot([*store.tables.values(), Table.from_json(
        {**TABLES["t-5"], "id": "t-synced", "number": "97", "x": 1000, "y": 760})])
    scene.flush()
    assert scene.table_item("t-synced") is not None
    assert scene.pulsing() == set()


def test_a_move_alone_rings_no_table(scene, store):
    event(store, "t-11", name="tableUpdated", x=500, y=300)
    scene.flush()
    assert scene.table_item("t-11").pos().x() == 550
    assert scene.pulsing() == set()


def test_live_rings_fade_away(qtbot, scene, store, monkeypatch):
    monkeypatch.setattr(pulses, "PULSE_MS", 60)
    event(store, "t-5", status="occupied")
    scene.flush()
    assert scene.pulsing() == {"t-5"}

    def gone():
        assert scene.pulsing() == set()

    qtbot.waitUntil(gone, timeout=2000)


def test_a_mass_change_rings_no_table(scene, store, monkeypatch):
    monkeypatch.setattr(pulses, "MAX_PULSES_PER_FRAME", 5)
    ids = [i.table_id for i in scene.table_items()]
    for tid in ids[:6]:
        event(store, tid, name="tableUpdated", capacity=9)
    scene.flush()
    assert scene.pulsing() == set()
    for tid in ids[:5]:
        event(store, tid, name="tableUpdated", capacity=7)
    scene.flush()
    assert scene.pulsing() == set(ids[:5])


def test_a_flash_and_a_live_ring_say_which_they_are_and_how_far_along(qtbot, scene, store):
    scene.flash("t-12")
    event(store, "t-5", status="occupied")
    scene.flush()
    kind, progress = scene.pulse_of("t-12")
    assert kind == "flash" and 0.0 <= progress < 1.0
    assert scene.pulse_of("t-5")[0] == "live"
    assert scene.pulse_of("t-3") is None
    qtbot.waitUntil(lambda: scene.pulse_of("t-12")[1] > progress, timeout=2000)


def test_a_deleted_tables_ring_ends_with_it(scene, store):
    event(store, "t-5", status="occupied")
    scene.flush()
    assert scene.pulsing() == {"t-5"}
    store.apply_event("tableDeleted", {"id": "t-5"})
    scene.flush()
    assert scene.pulsing() == set()


def test_clear_ends_every_ring_and_flash(scene, store):
    scene.flash("t-12")
    event(store, "t-5", status="occupied")
    scene.flush()
    assert scene.pulsing() == {"t-5", "t-12"}
    scene.clear_pulses()
    assert scene.pulsing() == set() and scene.pulse_of("t-12") is None


def test_a_detached_scenes_rings_tick_no_more(qtbot, scene, store, monkeypatch):
    monkeypatch.setattr(pulses, "PULSE_MS", 30)
    event(store, "t-5", status="occupied")
    scene.flush()
    scene.detach()
    qtbot.wait(300)  # ten ticks' time, were the timer running
    assert scene.pulsing() == {"t-5"}
