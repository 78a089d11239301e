"""Changes gathered between frames and applied once a frame; a stream of them rings no table."""

from __future__ import annotations

from PySide6.QtCore import QObject

from floorview.core.model import Table
from floorview.core.samples import main_tables
from floorview.core.store import Aspect, Change, Update
from floorview.ui.floor.frame_batch import (
    EARLY_MS,
    FEW_CHANGES,
    FRAME_MS,
    RESYNCED,
    FrameBatch,
    PendingChanges,
    RingThrottle,
    wait_ms,
)

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


def test_a_few_changes_wait_half_a_frame_and_many_the_whole_one():
    """A calm stream (a table or two since the last apply) is applied half a frame after
    it, a busy one (more tables, or the whole floor) a whole frame after: never more
    than one apply a frame when the changes come in numbers."""
    few, many, whole = PendingChanges(), PendingChanges(), PendingChanges()
    few.add(Update(changes=(changed("t-1", Aspect.STATUS),)))
    ids = list(TABLES)[:FEW_CHANGES + 1]
    many.add(Update(changes=tuple(changed(tid, Aspect.STATUS) for tid in ids)))
    whole.add(Update(changes=(changed("t-1", Aspect.STATUS),), resynced=True))
    assert EARLY_MS < FRAME_MS
    assert wait_ms(few, 0) == EARLY_MS and wait_ms(few, 5) == EARLY_MS - 5
    assert wait_ms(few, EARLY_MS) == 0  # half a frame ago: at once
    assert wait_ms(many, 0) == FRAME_MS and wait_ms(many, EARLY_MS) == FRAME_MS - EARLY_MS
    assert wait_ms(whole, 0) == FRAME_MS
    assert wait_ms(many, 40) == 0  # a frame ago: at once


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
