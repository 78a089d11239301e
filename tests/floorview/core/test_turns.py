"""Likely free next from a known history (journals written by the real recorder, read
back by the real reader), and the over-time marks."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from floorview.core import journal, turns
from floorview.core.evening import history_for
from floorview.core.model import Branch, FloorPlan, Table
from floorview.core.recorder import JournalRecorder
from floorview.core.store import BranchStore
from floorview.core.turns import OverTime, TurnBook
from tests.floorview.factories import table_json

LONDON = Branch("br-1", "Test Bistro", "Europe/London")  # on UTC in November
TABLES = ("t-1", "t-2", "t-3", "t-4")


def _at(day: int | date, hhmm: str) -> datetime:
    """``hhmm`` (UTC: London's clock in winter) on ``day`` (of November 2026, or a date)."""
    h, m = map(int, hhmm.split(":"))
    d = day if isinstance(day, date) else date(2026, 11, day)
    return datetime(d.year, d.month, d.day, h, m, tzinfo=UTC)


def _new_store() -> BranchStore:
    store = BranchStore("br-1")
    store.set_reference(branch=LONDON, floor_plans=[FloorPlan("fp-1", "br-1", "Room", 900, 400, 0)])
    return store


def record_day(folder, day: int | date, parties: list[tuple[str, str, int, int]], *,
               path=None, branch_id: str = "br-1") -> None:
    """One evening into the branch's day file in ``folder`` (or appended to ``path``):
    each party (table, seated at, minutes, guests) seated, then cleaning, then
    available, as a screen would have seen it."""
    clock = type("C", (), {"now": _at(day, "11:00"), "__call__": lambda self: self.now})()
    store = _new_store() if branch_id == "br-1" else BranchStore(branch_id)
    if branch_id != "br-1":
        store.set_reference(branch=Branch(branch_id, "Elsewhere", "Europe/London"))
    rec = JournalRecorder(store, folder=folder, path=path, clock=clock).attach()
    store.apply_snapshot([Table.from_json(table_json(
        tid, number=tid[-1], x=100 + 200 * i, branchId=branch_id,
        statusChangedAt=journal.format_time(clock.now)))
        for i, tid in enumerate(TABLES)])
    steps = []
    for tid, seated, minutes, guests in parties:
        start = _at(day, seated)
        steps += [(start, tid, "occupied", guests), (start + timedelta(minutes=minutes), tid,
                                                     "cleaning", None),
                  (start + timedelta(minutes=minutes + 5), tid, "available", None)]
    version = dict.fromkeys(TABLES, 1)
    for when, tid, status, guests in sorted(steps, key=lambda s: s[0]):
        version[tid] += 1
        clock.now = when
        stamp = journal.format_time(when)
        store.apply_event("tableStatusUpdate", table_json(
            tid, version[tid], number=tid[-1], x=100 + 200 * TABLES.index(tid), status=status,
            guestCount=guests, statusChangedAt=stamp, updatedAt=stamp, branchId=branch_id))
    rec.close()


#: Six past evenings, 20 to 25 November:
#: two-tops at 19:00 for 60, 70, ... 110 min (and two-tops at lunch, for 30: not dinner);
#: fours at 17:20 (90, 100) and at 21:00 (110, 120): none within an hour of 19:10;
#: sixes at 12:30 only (60 ... 80), and two parties of eight at 19:00.
def known_history(folder) -> None:
    two = [60, 70, 80, 90, 100, 110]
    for i, day in enumerate(range(20, 26)):
        parties = [("t-1", "12:00", 30, 2), ("t-1", "19:00", two[i], 2)]
        if day in (20, 21):
            parties += [("t-2", "17:20", 90 + 10 * i, 4), ("t-4", "19:00", 150, 8)]
        if day in (22, 23):
            parties.append(("t-2", "21:00", 110 + 10 * (i - 2), 4))
        if day <= 24:
            parties.append(("t-3", "12:30", 60 + 5 * i, 6))
        record_day(folder, day, parties)


@pytest.fixture(scope="module")
def history(tmp_path_factory):
    folder = tmp_path_factory.mktemp("journals")
    known_history(folder)
    return history_for("br-1", folder=folder, today=date(2026, 11, 27))


def _tonight(**seated: tuple[str, int]) -> tuple[BranchStore, dict]:
    """Tonight's floor: each named table occupied since (time, guests)."""
    store = _new_store()
    rows = []
    for i, tid in enumerate(TABLES):
        when, guests = seated.get(tid, ("", None))
        rows.append(Table.from_json(table_json(
            tid, number=tid[-1], x=100 + 200 * i, status="occupied" if when else "available",
            guestCount=guests, statusChangedAt=journal.format_time(_at(27, when or "11:00")))))
    store.apply_snapshot(rows)
    return store, {"now": _at(27, "19:30")}


def test_the_history_read_back_from_the_journals_is_the_evenings_recorded(history):
    assert len(history) == 6 * 2 + 2 * 2 + 2 + 5
    assert sorted(round(t.minutes) for t in history if t.guests == 8) == [150, 150]


def test_the_estimate_is_the_median_of_the_last_comparable_turns(history):
    store, clock = _tonight(**{"t-1": ("19:10", 2), "t-2": ("19:10", 4), "t-3": ("19:10", 6),
                               "t-4": ("19:10", 8)})
    book = TurnBook(store, clock=lambda: clock["now"])
    assert book.estimates() == {"t-1": None, "t-2": None, "t-3": None, "t-4": None}
    book.set_history(history)
    est = book.estimates()
    # 1. two-tops at dinner: the six of them (lunch's 30-minute turns are not dinner's)
    assert est["t-1"].level == 1 and est["t-1"].turns == 6 and est["t-1"].median_minutes == 85
    assert est["t-1"].free_at == _at(27, "20:35")
    assert est["t-1"].minutes_left(clock["now"]) == 65
    assert est["t-1"].basis == ("median of 6 turns of parties of 1–2, seated within an hour "
                                "of this time of day")
    # 2. fours: none within an hour of 19:10, four within two hours
    assert (est["t-2"].level, est["t-2"].turns, est["t-2"].median_minutes) == (2, 4, 105)
    assert est["t-2"].free_at == _at(27, "20:55")
    # 3. sixes: only at lunch, five of them: any time of day
    assert (est["t-3"].level, est["t-3"].turns, est["t-3"].median_minutes) == (3, 5, 70)
    # eights: two turns are not enough, at any level: no estimate, never a guess
    assert est["t-4"] is None
    # only the last N count: the last four dinners of two were 80, 90, 100, 110
    book.turns = 4
    assert book.estimate(store.tables["t-1"]).median_minutes == 95
    # the same numbers from the plain function
    assert turns.estimate(history, party=2, seated=_at(27, "19:10"), zone=LONDON.zone,
                          n=4).median_minutes == 95
    book.detach()


def test_history_read_twice_is_not_counted_twice(history):
    store, clock = _tonight(**{"t-1": ("19:10", 2)})
    book = TurnBook(store, clock=lambda: clock["now"])
    book.set_history(history)
    book.set_history(history)
    assert len(book.history) == len(history)
    assert book.estimate(store.tables["t-1"]).turns == 6
    book.detach()


def test_a_turn_seen_ending_tonight_is_learnt_and_changes_the_estimates(history):
    store, clock = _tonight(**{"t-1": ("18:40", 2), "t-2": ("19:10", 2)})
    book = TurnBook(store, clock=lambda: clock["now"])
    book.set_history(history)
    told = []
    book.subscribe(lambda: told.append(1))
    assert book.estimate(store.tables["t-2"]).median_minutes == 85
    # table 1's two-top leaves after 20 minutes: the latest of seven comparable turns
    store.apply_event("tableStatusUpdate", table_json(
        "t-1", 2, number="1", x=100, status="cleaning",
        statusChangedAt=journal.format_time(_at(27, "19:00"))))
    assert told == [1]
    est = book.estimate(store.tables["t-2"])
    assert (est.turns, est.median_minutes) == (7, 80)
    assert book.history[-1].minutes == 20 and book.history[-1].guests == 2
    book.detach()


def test_a_seating_cleared_within_minutes_is_a_correction_not_a_turn(history):
    store, clock = _tonight(**{"t-1": ("19:00", 2), "t-2": ("19:10", 2)})
    book = TurnBook(store, clock=lambda: clock["now"])
    book.set_history(history)
    before = book.estimate(store.tables["t-2"])
    # a host taps table 1 Occupied by mistake and back, three times, 2 minutes each
    version = 2
    for minute in ("19:02", "19:05", "19:08"):
        store.apply_event("tableStatusUpdate", table_json(
            "t-1", version, number="1", x=100, status="available",
            statusChangedAt=journal.format_time(_at(27, minute))))
        store.apply_event("tableStatusUpdate", table_json(
            "t-1", version + 1, number="1", x=100, status="occupied", guestCount=2,
            statusChangedAt=journal.format_time(_at(27, minute))))
        version += 2
    assert len(book.history) == len(history)  # none learnt
    assert book.estimate(store.tables["t-2"]) == before
    book.detach()


def test_over_time_marks_each_crossing_once_until_handled():
    store, clock = _tonight(**{"t-1": ("18:00", 2), "t-2": ("18:30", 4)})
    over = OverTime(red_minutes=90)
    # at the first look, table 1 is already over time: marked, not a crossing
    assert over.update(store.tables.values(), _at(27, "19:45")) == []
    assert over.marked == {"t-1"}
    assert over.update(store.tables.values(), _at(27, "19:59")) == []
    assert over.update(store.tables.values(), _at(27, "20:00")) == ["t-2"]
    assert over.marked == {"t-1", "t-2"}
    for minute in ("20:01", "20:02", "20:30"):  # every tick after: no new crossing
        assert over.update(store.tables.values(), _at(27, minute)) == []
    assert over.acknowledge("t-2") and not over.acknowledge("t-2")
    assert over.update(store.tables.values(), _at(27, "20:31")) == []
    assert over.marked == {"t-1"}
    # table 1 is cleared: handled; seated again, it crosses again 90 minutes later
    store.apply_event("tableStatusUpdate", table_json(
        "t-1", 2, number="1", x=100, status="cleaning",
        statusChangedAt=journal.format_time(_at(27, "20:32"))))
    assert over.update(store.tables.values(), _at(27, "20:33")) == []
    assert over.marked == frozenset()
    store.apply_event("tableStatusUpdate", table_json(
        "t-1", 3, number="1", x=100, status="occupied", guestCount=2,
        statusChangedAt=journal.format_time(_at(27, "20:40"))))
    assert over.update(store.tables.values(), _at(27, "22:09")) == []
    assert over.update(store.tables.values(), _at(27, "22:10")) == ["t-1"]
    assert over.marked == {"t-1"}


def test_a_finished_day_s_turns_are_kept_beside_it_and_read_from_there(tmp_path, monkeypatch):
    from floorview.core import evening

    known_history(tmp_path)  # 20-25 November
    record_day(tmp_path, 26, [("t-1", "19:00", 75, 2)])  # yesterday: maybe still written
    today = date(2026, 11, 27)

    def seen(turns) -> list[tuple]:
        return [(t.table_id, t.start, t.end, t.guests, t.covers, t.server_id) for t in turns]

    first = history_for("br-1", folder=tmp_path, today=today)
    kept = sorted(p.name for p in tmp_path.rglob(f"*{evening.TURNS_SUFFIX}"))
    assert kept == [f"2026-11-{d}.journal{evening.TURNS_SUFFIX}" for d in range(20, 26)]

    read = []
    real = journal.iter_read
    monkeypatch.setattr(journal, "iter_read", lambda p: (read.append(p.name), real(p))[1])
    again = history_for("br-1", folder=tmp_path, today=today)
    assert seen(again) == seen(first) and len(first) == 6 * 2 + 2 * 2 + 2 + 5 + 1
    assert read == ["2026-11-26.journal"]  # the finished days from what was kept

    read.clear()
    record_day(tmp_path, 25, [("t-3", "20:00", 95, 3)])  # a finished day written again
    grown = history_for("br-1", folder=tmp_path, today=today)
    assert read == ["2026-11-25.journal", "2026-11-26.journal"]
    assert len(grown) == len(first) + 1 and ("t-3", 3) in [(t.table_id, t.guests) for t in grown]

    removed = journal.prune(next(p for p in tmp_path.iterdir() if p.is_dir()),
                            date(2026, 12, 24), keep_days=28)
    assert [p.name for p in removed] == ["2026-11-20.journal", "2026-11-21.journal",
                                         "2026-11-22.journal", "2026-11-23.journal",
                                         "2026-11-24.journal", "2026-11-25.journal"]
    left = sorted(p.name for p in tmp_path.rglob("*") if p.is_file())
    assert all(name.startswith("2026-11-26.journal") for name in left), left


def test_a_party_seated_after_midnight_learns_from_those_seated_just_before_it(tmp_path):
    """A late bar: two-tops seated at 23:40 on six nights (45 to 70 minutes), and two-tops
    at lunch (30 minutes). A two seated at 00:10 is 30 minutes from 23:40 round the clock,
    so the late turns alone decide (level 1: median 57.5), not every turn of the day."""
    late = [45, 50, 55, 60, 65, 70]
    for i, day in enumerate(range(20, 26)):
        record_day(tmp_path, day, [("t-1", "12:00", 30, 2), ("t-2", "12:30", 30, 2),
                                   ("t-3", "23:40", late[i], 2)])
    history = history_for("br-1", folder=tmp_path, today=date(2026, 11, 27))
    assert len(history) == 18
    seated = datetime(2026, 11, 26, 0, 10, tzinfo=UTC)  # London is on UTC in November
    est = turns.estimate(history, party=2, seated=seated, zone=LONDON.zone)
    assert (est.level, est.turns, est.median_minutes) == (1, 6, 57.5)
    assert est.free_at == datetime(2026, 11, 26, 1, 7, 30, tzinfo=UTC)
    assert "within an hour of this time of day" in est.basis


def test_the_book_keeps_the_latest_turns_of_each_size_only(monkeypatch):
    """Left on for weeks, the book keeps the latest MAX_TURNS of a party size: five old
    two-hour dinners then five recent one-hour ones, with room for five, estimate an hour
    from the five recent alone (all ten kept, the estimate would count eight)."""
    from floorview.core.evening import Segment

    monkeypatch.setattr(turns, "MAX_TURNS", 5)
    store, clock = _tonight(**{"t-1": ("19:10", 2)})
    book = TurnBook(store, clock=lambda: clock["now"])
    old = [Segment("t-1", "1", "occupied", _at(d, "19:00"), _at(d, "21:00"), guests=2)
           for d in range(10, 15)]
    recent = [Segment("t-1", "1", "occupied", _at(d, "19:00"), _at(d, "20:00"), guests=2)
              for d in range(15, 20)]
    book.set_history(old + recent)
    est = book.estimates()["t-1"]
    assert est is not None and est.turns == 5 and est.median_minutes == 60
