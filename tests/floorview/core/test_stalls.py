"""Tables that stall, judged from a known history (journals written by the real recorder,
read back by the real reader): an 18-minute cleaning where cleanings take about 6 is
marked, an 8-minute one is not, and two past cleanings are too few to say anything."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from floorview.core import journal
from floorview.core.evening import segments_for
from floorview.core.model import Branch, FloorPlan, Status, Table
from floorview.core.recorder import JournalRecorder
from floorview.core.stalls import MARGIN_MINUTES, StallBook, Usual, duration
from floorview.core.store import BranchStore
from tests.floorview.factories import table_json

LONDON = Branch("br-1", "Test Bistro", "Europe/London")  # on UTC in November
TABLES = ("t-1", "t-2")


def _at(day: int | date, hhmm: str) -> datetime:
    h, m = map(int, hhmm.split(":"))
    d = day if isinstance(day, date) else date(2026, 11, day)
    return datetime(d.year, d.month, d.day, h, m, tzinfo=UTC)


def _store(branch_id: str = "br-1") -> BranchStore:
    store = BranchStore(branch_id)
    store.set_reference(branch=Branch(branch_id, LONDON.name, LONDON.timezone),
                        floor_plans=[FloorPlan("fp-1", branch_id, "Room", 900, 400, 0)])
    return store


class _Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def record_day(folder, day: int | date, parties: list[tuple[str, str, int, int, int]], *,
               branch_id: str = "br-1") -> None:
    """One evening into the branch's day file: each party (table, seated at, minutes
    seated, guests, minutes in cleaning after) seated, cleared, cleaned, set again."""
    clock = _Clock(_at(day, "11:00"))
    store = _store(branch_id)
    rec = JournalRecorder(store, folder=folder, clock=clock).attach()
    store.apply_snapshot([Table.from_json(table_json(
        tid, number=tid[-1], x=100 + 200 * i, statusChangedAt=journal.format_time(clock.now),
        branchId=branch_id)) for i, tid in enumerate(TABLES)])
    steps = []
    for tid, seated, minutes, guests, cleaning in parties:
        start = _at(day, seated)
        steps += [(start, tid, "occupied", guests),
                  (start + timedelta(minutes=minutes), tid, "cleaning", None),
                  (start + timedelta(minutes=minutes + cleaning), tid, "available", None)]
    version = dict.fromkeys(TABLES, 1)
    for when, tid, status, guests in sorted(steps, key=lambda s: s[0]):
        version[tid] += 1
        clock.now = when
        stamp = journal.format_time(when)
        store.apply_event("tableStatusUpdate", table_json(
            tid, version[tid], number=tid[-1], x=100 + 200 * TABLES.index(tid), status=status,
            guestCount=guests, statusChangedAt=stamp, updatedAt=stamp, branchId=branch_id))
    rec.close()


#: Ten evenings: a couple at table 1 at 19:00 for 75 min, its cleaning 5 to 7 minutes.
CLEANINGS = [5, 6, 6, 7, 6, 5, 6, 7, 6, 6]


def ten_evenings(folder, *, branch_id: str = "br-1", days=range(10, 20)) -> None:
    for i, day in enumerate(days):
        record_day(folder, day, [("t-1", "19:00", 75, 2, CLEANINGS[i])], branch_id=branch_id)


def _tonight(status: str, since: datetime, guests: int | None = None) -> tuple[BranchStore, Table]:
    store = _store()
    stamp = journal.format_time(since)
    table = Table.from_json(table_json("t-1", number="1", status=status, guestCount=guests,
                                       statusChangedAt=stamp, updatedAt=stamp))
    store.apply_snapshot([table])
    return store, table


def _book(store: BranchStore, folder, now: datetime) -> StallBook:
    book = StallBook(store, clock=lambda: now)
    book.set_history(segments_for("br-1", folder=folder, today=now.date()))
    return book


def test_a_cleaning_three_times_its_usual_length_stalls_and_one_a_little_long_does_not(tmp_path):
    ten_evenings(tmp_path)
    since = _at(25, "20:15")
    store, table = _tonight("cleaning", since)
    book = _book(store, tmp_path, since)

    stall = book.check(table, since + timedelta(minutes=18))
    assert stall is not None
    assert stall.words == "cleaning 18m — usually 6m"
    assert stall.usual.samples == 10 and stall.usual.median == 6
    # past the 90th percentile (7) is not enough: also past the median plus the margin
    assert stall.usual.limit == 6 + MARGIN_MINUTES
    assert book.check(table, since + timedelta(minutes=8)) is None
    assert book.check(table, since + timedelta(minutes=10)) is None


def test_with_two_past_cleanings_nothing_is_marked_however_long(tmp_path):
    record_day(tmp_path, 17, [("t-1", "19:00", 75, 2, 6)])
    record_day(tmp_path, 18, [("t-1", "19:00", 75, 2, 6)])
    since = _at(25, "20:15")
    store, table = _tonight("cleaning", since)
    book = _book(store, tmp_path, since)
    assert len([s for s in segments_for("br-1", folder=tmp_path, today=since.date())
                if s.status == "cleaning"]) == 2
    assert book.usual_for(table) is None
    assert book.check(table, since + timedelta(minutes=60)) is None


def test_the_usual_is_learned_not_fixed_slow_cleanings_make_18_minutes_ordinary(tmp_path):
    for i, day in enumerate(range(10, 20)):
        record_day(tmp_path, day, [("t-1", "19:00", 75, 2, 16 + i % 3)])
    since = _at(25, "20:15")
    store, table = _tonight("cleaning", since)
    book = _book(store, tmp_path, since)
    assert book.check(table, since + timedelta(minutes=18)) is None
    stall = book.check(table, since + timedelta(minutes=30))
    assert stall is not None and stall.words == "cleaning 30m — usually 17m"


def test_a_party_seated_long_past_its_size_s_usual_stalls_and_another_size_is_not_compared(tmp_path):
    # couples stay 60-80 min at 19:00; no party of four has any history
    for i, day in enumerate(range(10, 20)):
        record_day(tmp_path, day, [("t-1", "19:00", 60 + 2 * i, 2, 6)])
    since = _at(25, "19:05")
    store, couple = _tonight("occupied", since, guests=2)
    book = _book(store, tmp_path, since)
    stall = book.check(couple, since + timedelta(minutes=120))
    assert stall is not None and stall.status is Status.OCCUPIED
    assert stall.words == "seated 2h 00m — usually 1h 09m"
    assert book.check(couple, since + timedelta(minutes=75)) is None
    _, four = _tonight("occupied", since, guests=4)
    assert book.check(four, since + timedelta(minutes=300)) is None


def test_each_stall_is_told_once_and_forgotten_when_the_status_changes(tmp_path):
    ten_evenings(tmp_path)
    since = _at(25, "20:15")
    store, table = _tonight("cleaning", since)
    book = _book(store, tmp_path, since)
    assert book.update(store.tables.values(), since + timedelta(minutes=5)) == []
    began = book.update(store.tables.values(), since + timedelta(minutes=18))
    assert [s.words for s in began] == ["cleaning 18m — usually 6m"]
    assert book.update(store.tables.values(), since + timedelta(minutes=19)) == []
    assert set(book.stalled) == {"t-1"}
    # set again: no longer stalled
    later = journal.format_time(since + timedelta(minutes=20))
    store.apply_event("tableStatusUpdate", table_json(
        "t-1", 2, number="1", status="available", statusChangedAt=later, updatedAt=later))
    assert book.update(store.tables.values(), since + timedelta(minutes=40)) == []
    assert book.stalled == {}


def test_what_the_screen_sees_end_is_learned_too(tmp_path):
    since = _at(25, "17:00")
    store, _ = _tonight("available", since)
    clock = _Clock(since)
    book = StallBook(store, clock=clock)
    version = 1
    for i, minutes in enumerate([5, 6, 6, 7, 6]):
        for status, at in (("occupied", 10 * i), ("cleaning", 10 * i + 2),
                           ("available", 10 * i + 2 + minutes)):
            version += 1
            stamp = journal.format_time(since + timedelta(minutes=60 * i + at))
            store.apply_event("tableStatusUpdate", table_json(
                "t-1", version, number="1", status=status,
                guestCount=2 if status == "occupied" else None,
                statusChangedAt=stamp, updatedAt=stamp))
    stamp_at = since + timedelta(hours=6)
    version += 1
    store.apply_event("tableStatusUpdate", table_json(
        "t-1", version, number="1", status="cleaning", statusChangedAt=journal.format_time(stamp_at),
        updatedAt=journal.format_time(stamp_at)))
    found = book.usual_for(store.tables["t-1"])
    assert found is not None and found.samples == 5 and found.median == 6


def test_words():
    assert duration(6.9) == "6m" and duration(65) == "1h 05m"
    assert Usual(6, 11, 10, 1, None).limit == 11


def test_the_book_keeps_the_latest_segments_only_and_judges_by_them(monkeypatch):
    """Left on for weeks, the book keeps the latest MAX_SEGMENTS (the oldest go): ten
    old cleanings of an hour then ten recent ones of six minutes, with room for ten, is
    judged by the recent ten alone (all twenty would make half an hour the usual)."""
    from floorview.core import stalls
    from floorview.core.evening import Segment

    monkeypatch.setattr(stalls, "MAX_SEGMENTS", 10)
    since = _at(25, "20:15")
    store, table = _tonight("cleaning", since)
    book = StallBook(store, clock=lambda: since)
    old = [Segment(f"t-{d}", str(d), "cleaning", _at(d, "20:10"), _at(d, "21:10"))
           for d in range(1, 11)]
    recent = [Segment(f"t-{d}", str(d), "cleaning", _at(d, "20:10"), _at(d, "20:16"))
              for d in range(11, 21)]
    book.set_history(old)
    book.set_history(recent[:1])  # 11 held: within the tenth's slack
    assert book.check(table, since + timedelta(minutes=40)) is None  # an hour is usual
    book.set_history(recent[1:])
    stall = book.check(table, since + timedelta(minutes=40))
    assert stall is not None and stall.usual.median == 6 and stall.usual.samples == 10
    book.set_history(old)  # the dropped ones, read again: kept again only as the newest
    assert book.check(table, since + timedelta(minutes=40)).usual.samples == 10
