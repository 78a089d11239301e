"""Changes gathered between frames and applied once a frame; a stream of them rings no table."""

from __future__ import annotations

from PySide6.QtCore import QObject

from floorview.core.model import Table
from floorview.core.samples import main_tables
from floorview.core.store import Aspect, Change, Update
from floorview.ui.floor.frame_batch import RESYNCED, FrameBatch, PendingChanges, RingThrottle

TABLES = {t["id"]: Table.from_json(t) for t in main_tables()}


def changed(tid: str, *aspects: Aspect) -> Change:
    return Change(TABLES[tid], TABLES[tid], frozenset(aspects))


def test_each_tables_aspects_add_up_until_applied():
    p = PendingChanges()
    assert not p
    p.add(Update(changes=(changed("t-1", Aspect.STATUS),)))
    p.add(Update(changes=(changed("t-1", Aspect.SERVER), changed("t-2", Aspect.LAYOUT))))
    assert p.aspects == {"t-1": {Aspect.STATUS, Aspect.SERVER}, "t-2": {Aspect.LAYOUT}}
    assert p and not p.full and not p.reference


def test_a_resync_goes_over_the_whole_floor_and_marks_its_changes():
    p = PendingChanges()
    p.add(Update(changes=(changed("t-1", Aspect.CREATED),), resynced=True))
    assert p.full and not p.reference
    assert p.aspects["t-1"] == {Aspect.CREATED, RESYNCED}


def test_reference_data_goes_over_the_whole_floor_and_a_mark_alone_names_its_table():
    p = PendingChanges()
    p.add(Update(reference=True, marks=frozenset({"t-3"})))
    assert p.full and p.reference and p.aspects == {"t-3": set()}


def test_a_burst_is_applied_once_within_a_frame(qtbot):
    applied = []
    owner = QObject()
    batch = FrameBatch(owner, lambda: applied.append(batch.take()))
    for tid in ("t-1", "t-2", "t-3"):
        batch.add(Update(changes=(changed(tid, Aspect.STATUS),)))
    qtbot.waitUntil(lambda: bool(applied), timeout=1000)
    qtbot.wait(50)
    assert len(applied) == 1 and set(applied[0].aspects) == {"t-1", "t-2", "t-3"}
    assert not batch.take()  # nothing left


def test_a_stopped_batch_applies_nothing(qtbot):
    applied = []
    owner = QObject()
    batch = FrameBatch(owner, lambda: applied.append(batch.take()))
    batch.add(Update(changes=(changed("t-1", Aspect.STATUS),)))
    batch.stop()
    qtbot.wait(60)
    assert applied == []


LIMITS = dict(most_per_frame=3, most_in_window=5, window_ms=1000)


def test_a_frame_with_too_many_changes_rings_none():
    t = RingThrottle()
    assert t.may_ring(0, 3, **LIMITS)
    assert not RingThrottle().may_ring(0, 4, **LIMITS)


def test_a_stream_rings_no_more_until_the_window_has_passed():
    t = RingThrottle()
    assert t.may_ring(0, 2, **LIMITS)
    assert t.may_ring(100, 3, **LIMITS)  # 5 in the window
    assert not t.may_ring(200, 1, **LIMITS)  # 6
    assert t.may_ring(1050, 1, **LIMITS)  # the first 2 gone: 3 + 1 + 1 = 5
    assert not t.may_ring(1060, 1, **LIMITS)  # 6 in the last second
