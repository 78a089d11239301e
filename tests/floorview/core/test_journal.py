"""The journal keeps what a store applied, batch by batch, and survives a kill -9."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from floorview.core import journal
from floorview.core.journal import Journal, JournalError
from floorview.core.live import ConnectionStatus, ConnState
from floorview.core.model import Branch, Table
from floorview.core.recorder import JournalRecorder
from floorview.core.store import BranchStore
from tests.floorview.factories import table_json

ROOT = Path(__file__).resolve().parents[3]
EVENING = datetime(2026, 11, 25, 18, 0, tzinfo=UTC)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _store() -> BranchStore:
    store = BranchStore("br-1")
    store.set_reference(branch=Branch("br-1", "Harbour Street", "Europe/London"))
    return store


def test_changes_snapshots_and_states_are_kept_in_order(tmp_path):
    store, clock = _store(), Clock(EVENING)
    path = tmp_path / "evening.journal"
    recorder = JournalRecorder(store, path=path, clock=clock).attach()
    recorder.status(ConnectionStatus(ConnState.LIVE, EVENING))
    store.apply_snapshot([Table.from_json(table_json("t-1")), Table.from_json(table_json("t-2", number="7"))])
    clock.now += timedelta(minutes=3)
    store.apply_event("tableStatusUpdate", table_json(
        "t-1", 2, status="occupied", guestCount=3,
        statusChangedAt="2026-11-25T18:02:59.000Z", updatedAt="2026-11-25T18:02:59.000Z"))
    store.apply_event("tableStatusUpdate", table_json("t-1", 2))  # a duplicate: not kept
    store.apply_event("tableAssignmentUpdate", table_json(
        "t-2", 2, number="7", serverId="u-ana", updatedAt="2026-11-25T18:03:00.000Z"))
    store.apply_event("tableUpdated", table_json("t-2", 3, number="7", serverId="u-ana", x=300))
    recorder.close()

    entries = journal.read(path)
    assert [e.kind for e in entries] == ["reference", "state", "snapshot", "live", "live", "live"]
    assert entries[0].detail["branch"]["name"] == "Harbour Street"
    assert entries[1].detail["state"] == "live"
    assert [t["id"] for t in entries[2].detail["tables"]] == ["t-1", "t-2"]
    assert entries[2].changes == ()  # the first snapshot is where the journal starts
    seated, assigned, moved = (e.changes[0] for e in entries[3:])
    assert (seated.number, seated.status, seated.guests) == ("12", ("available", "occupied"), (None, 3))
    assert seated.happened == datetime(2026, 11, 25, 18, 2, 59, tzinfo=UTC)
    assert seated.seen == EVENING + timedelta(minutes=3)
    assert not seated.offline and seated.after["status"] == "occupied"
    assert assigned.server == (None, "u-ana") and assigned.aspects == {"server"}
    assert moved.layout[0]["x"] == 120 and moved.layout[1]["x"] == 300


def test_a_resync_records_what_changed_while_offline_as_such(tmp_path):
    store, clock = _store(), Clock(EVENING)
    path = tmp_path / "evening.journal"
    recorder = JournalRecorder(store, path=path, clock=clock).attach()
    store.apply_snapshot([Table.from_json(table_json("t-1")), Table.from_json(table_json("t-2"))])
    recorder.status(ConnectionStatus(ConnState.RECONNECTING, EVENING, as_of=EVENING))
    clock.now += timedelta(minutes=10)
    store.begin_sync()
    store.apply_snapshot([Table.from_json(table_json(
        "t-1", 5, status="cleaning", statusChangedAt="2026-11-25T18:07:00.000Z"))])
    recorder.close()
    resync = journal.read(path)[-1]
    assert resync.kind == "snapshot" and resync.detail["resync"] is True
    by_table = {c.table_id: c for c in resync.changes}
    assert all(c.offline for c in resync.changes)
    assert by_table["t-1"].status == ("available", "cleaning")
    assert by_table["t-1"].happened == datetime(2026, 11, 25, 18, 7, tzinfo=UTC)
    assert by_table["t-2"].after is None and "deleted" in by_table["t-2"].aspects


def test_a_file_per_service_day_each_standing_alone_and_old_days_removed(tmp_path):
    store, clock = _store(), Clock(datetime(2026, 8, 1, 20, 0, tzinfo=UTC))
    store.apply_snapshot([Table.from_json(table_json("t-1"))])
    old = journal.day_file(tmp_path, "br-1", date(2026, 5, 1))  # 92 days before 1 Aug
    old.parent.mkdir(parents=True)
    Journal(old).close()
    kept = journal.day_file(tmp_path, "br-1", date(2026, 6, 1))
    Journal(kept).close()
    recorder = JournalRecorder(store, folder=tmp_path, clock=clock).attach()
    store.apply_event("tableStatusUpdate", table_json("t-1", 2, status="occupied", guestCount=2))
    clock.now = datetime(2026, 8, 2, 3, 30, tzinfo=UTC)  # 04:30 in London: still 1 August's
    store.apply_event("tableStatusUpdate", table_json("t-1", 3, status="cleaning"))
    clock.now = datetime(2026, 8, 2, 17, 0, tzinfo=UTC)
    store.apply_event("tableStatusUpdate", table_json("t-1", 4, status="available"))
    recorder.close()
    first = journal.day_file(tmp_path, "br-1", date(2026, 8, 1))
    second = journal.day_file(tmp_path, "br-1", date(2026, 8, 2))
    assert [e.kind for e in journal.read(first)] == ["reference", "snapshot", "live", "live"]
    # the next day's file starts with what the screen held: it replays on its own
    entries = journal.read(second)
    assert [e.kind for e in entries] == ["reference", "snapshot", "live"]
    assert entries[1].detail["tables"][0]["status"] == "cleaning"
    assert not old.exists() and kept.exists()
    assert [d for _, d, _ in journal.day_files(tmp_path)] == [date(2026, 6, 1), date(2026, 8, 1),
                                                               date(2026, 8, 2)]


def test_a_file_that_is_not_a_journal_is_said_plainly(tmp_path):
    bad = tmp_path / "notes.journal"
    bad.write_text("shopping list\n" * 100)
    with pytest.raises(JournalError, match="not a floorview journal"):
        journal.read(bad)
    with pytest.raises(JournalError, match="No journal at"):
        journal.read(tmp_path / "missing.journal")
    assert bad.read_text().startswith("shopping list")  # nothing lost


def test_a_recorder_that_cannot_write_stops_the_journal_not_the_screen(tmp_path, caplog):
    store = _store()
    blocked = tmp_path / "file"
    blocked.write_text("")
    recorder = JournalRecorder(store, path=blocked / "evening.journal").attach()
    store.apply_snapshot([Table.from_json(table_json("t-1"))])
    store.apply_event("tableStatusUpdate", table_json("t-1", 2, status="occupied", guestCount=1))
    assert recorder.failed and store.tables["t-1"].status.value == "occupied"
    assert recorder.state.paused and recorder.state.held == 1  # kept, to write later
    assert "journal paused" in caplog.text
    caplog.clear()  # logged once, as an error the test expected


WRITER = textwrap.dedent("""
    import sys
    from datetime import UTC, datetime
    from floorview.core.journal import Journal
    from floorview.core.model import Table
    from floorview.core.store import diff
    from tests.floorview.factories import table_json

    journal = Journal(sys.argv[1])
    before = Table.from_json(table_json("t-0"))
    n = 0
    while True:
        n += 1
        changes = [diff(before, Table.from_json(table_json(f"t-{i}", n + 1, status="occupied",
                                                           guestCount=2))) for i in range(20)]
        journal.append(datetime.now(UTC), "live", {"n": n, "pad": "x" * 2000}, changes)
        print(n, flush=True)
""")


def test_a_writer_killed_mid_write_leaves_every_committed_batch(tmp_path):
    path = tmp_path / "killed.journal"
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], cwd=ROOT,
                            stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    committed = 0
    try:
        end = time.monotonic() + 30
        while committed < 200 and time.monotonic() < end:
            line = proc.stdout.readline()
            if not line:
                break
            committed = int(line)
        proc.send_signal(signal.SIGKILL)  # while it is writing the next batches
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert committed >= 200, "the writer should commit 200 batches well within the time"
    assert path.with_name(path.name + "-wal").exists()  # killed with its WAL unmerged
    entries = journal.read(path)
    numbers = [e.detail["n"] for e in entries]
    assert numbers[: committed] == list(range(1, committed + 1))  # every committed batch
    assert numbers == list(range(1, len(numbers) + 1))  # and nothing half-written
    assert all(len(e.changes) == 20 for e in entries)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def _two_tables_one_seated(tmp_path):
    """A journal recording a floor of two tables whose t-1 was just seated (still open)."""
    path = tmp_path / "evening.journal"
    store, clock = _store(), Clock(EVENING)
    recorder = JournalRecorder(store, path=path, clock=clock).attach()
    store.apply_snapshot([Table.from_json(table_json("t-1")), Table.from_json(table_json("t-2"))])
    store.apply_event("tableStatusUpdate", table_json("t-1", 2, status="occupied", guestCount=2))
    return path, store, clock, recorder


def test_a_screen_restarted_records_what_changed_while_none_was_watching(tmp_path):
    path, store, clock, recorder = _two_tables_one_seated(tmp_path)
    recorder.close()  # the app is closed (or killed)

    clock.now += timedelta(minutes=30)  # and started again; meanwhile t-1 was cleared
    store = _store()
    recorder = JournalRecorder(store, path=path, clock=clock).attach()
    store.apply_snapshot([Table.from_json(table_json(
        "t-1", 4, status="available", statusChangedAt="2026-11-25T18:20:00.000Z")),
        Table.from_json(table_json("t-2"))])
    recorder.close()
    restart = [e for e in journal.read(path) if e.kind == "snapshot"][-1]
    assert restart.detail["resync"] is True
    assert [(c.table_id, c.status, c.offline) for c in restart.changes] == [
        ("t-1", ("occupied", "available"), True)]
    assert restart.changes[0].happened == datetime(2026, 11, 25, 18, 20, tzinfo=UTC)


def test_what_the_journal_last_held_is_read_from_its_last_snapshot_on(tmp_path):
    path, store, clock, recorder = _two_tables_one_seated(tmp_path)
    store.begin_sync()  # a resync: a second snapshot, then more live changes
    store.apply_snapshot([Table.from_json(table_json("t-1", 3, status="cleaning")),
                          Table.from_json(table_json("t-2"))])
    store.apply_event("tableDeleted", {"id": "t-2"})
    store.apply_event("tableStatusUpdate", table_json("t-1", 4, status="available"))
    recorder.close()
    kept = Journal(path)
    try:
        whole, tail = kept.entries(), kept.entries(from_last_snapshot=True)
    finally:
        kept.close()
    assert [e.kind for e in tail] == ["snapshot", "live", "live"]
    assert len(whole) > len(tail) and whole[-3:] == tail
    held = journal.last_tables(tail)
    assert held == journal.last_tables(whole)
    assert set(held) == {"t-1"} and held["t-1"].version == 4


def test_read_one_entry_at_a_time_gives_the_same_evening_and_leaves_out_a_torn_batch(
        tmp_path, caplog):
    path, store, clock, recorder = _two_tables_one_seated(tmp_path)
    for v in range(3, 9):  # six more batches of one change each
        store.apply_event("tableStatusUpdate", table_json(
            "t-2", v - 1, status="occupied" if v % 2 else "available"))
    recorder.close()
    whole = journal.read(path)
    assert list(journal.iter_read(path)) == whole

    from floorview.core.evening import read_evening

    one_by_one, listed = read_evening(journal.iter_read(path)), read_evening(whole)
    assert one_by_one.turns == listed.turns and one_by_one.start == listed.start
    assert len(one_by_one.segments) == len(listed.segments) > 4

    with sqlite3.connect(path) as conn:  # a batch in the middle loses its change
        (torn,) = conn.execute("SELECT batch FROM changes ORDER BY id LIMIT 1 OFFSET 3").fetchone()
        conn.execute("DELETE FROM changes WHERE batch = ?", (torn,))
    kept = list(journal.iter_read(path))
    assert len(kept) == len(whole) - 1
    # batch ids count from 1 in a fresh journal: the torn one was entry torn - 1
    assert kept == whole[:torn - 1] + whole[torn:]
    assert f"batch {torn} has 0 of its 1 changes; left out" in caplog.text


def test_live_changes_held_on_a_loop_are_written_together_in_order_and_at_close(tmp_path):
    """With hold_s, the loop's live changes go in one transaction a moment later; a state
    or snapshot entry writes what was held first; close() writes the rest."""
    import asyncio

    path = tmp_path / "evening.journal"
    store, clock = _store(), Clock(EVENING)
    recorder = JournalRecorder(store, path=path, clock=clock, hold_s=0.05).attach()
    store.apply_snapshot([Table.from_json(table_json("t-1")), Table.from_json(table_json("t-2"))])

    def kinds() -> list[str]:
        return [e.kind for e in journal.read(path)]

    async def evening() -> None:
        for v in range(2, 6):
            clock.now += timedelta(seconds=1)
            store.apply_event("tableStatusUpdate", table_json(
                "t-1", v, status="available" if v % 2 else "occupied"))
        assert kinds().count("live") == 0  # held
        await asyncio.sleep(0.2)
        assert kinds().count("live") == 4  # written, each its own batch
        store.apply_event("tableStatusUpdate", table_json("t-2", 2, status="occupied"))
        recorder.status(ConnectionStatus(ConnState.RECONNECTING, clock.now))
        assert kinds()[-2:] == ["live", "state"]  # what was held came first
        store.apply_event("tableStatusUpdate", table_json("t-2", 3, status="cleaning"))

    asyncio.run(evening())
    recorder.close()
    entries = journal.read(path)
    assert [e.kind for e in entries][-1] == "live"
    live = [e for e in entries if e.kind == "live"]
    assert [(c.table_id, c.version) for e in live for c in e.changes] == [
        ("t-1", 2), ("t-1", 3), ("t-1", 4), ("t-1", 5), ("t-2", 2), ("t-2", 3)]
    assert [e.seen for e in live[:4]] == [EVENING + timedelta(seconds=s) for s in (1, 2, 3, 4)]


def test_held_changes_across_the_service_day_start_the_new_file_as_it_stood(tmp_path):
    """A held batch that opens the next service day's file: that file's first snapshot
    is the floor before it (and the later held ones), which then follow as changes."""
    import asyncio

    store, clock = _store(), Clock(datetime(2026, 11, 26, 4, 59, 58, tzinfo=UTC))
    recorder = JournalRecorder(store, folder=tmp_path, clock=clock, hold_s=0.05).attach()
    store.apply_snapshot([Table.from_json(table_json("t-1"))])

    async def night() -> None:
        clock.now += timedelta(seconds=1)
        store.apply_event("tableStatusUpdate", table_json("t-1", 2, status="cleaning"))
        clock.now += timedelta(seconds=2)  # 05:00:01 London: the next service day
        store.apply_event("tableStatusUpdate", table_json("t-1", 3, status="available"))
        store.apply_event("tableStatusUpdate", table_json("t-1", 4, status="reserved"))
        await asyncio.sleep(0.2)

    asyncio.run(night())
    recorder.close()
    days = sorted(p for p in tmp_path.rglob(f"*{journal.SUFFIX}"))
    assert len(days) == 2
    second = journal.read(days[1])
    snapshot = next(e for e in second if e.kind == "snapshot")
    assert [(t["id"], t["version"], t["status"]) for t in snapshot.detail["tables"]] == [
        ("t-1", 2, "cleaning")]
    assert [(c.version, c.status[1]) for e in second if e.kind == "live" for c in e.changes] == [
        (3, "available"), (4, "reserved")]


def test_a_party_s_covers_are_the_most_guests_it_held_not_its_last_count(tmp_path):
    """Table 1 seats two, a third friend joins, then one leaves early: 3 covers (its last
    count, 2, would lose the friend who ate). Table 2 seats four and two leave before the
    bill: 4 covers, a party of 4. Both cleared before the evening ends."""
    from floorview.core.evening import read_evening

    store, clock = _store(), Clock(EVENING)
    path = tmp_path / "evening.journal"
    recorder = JournalRecorder(store, path=path, clock=clock).attach()
    store.apply_snapshot([Table.from_json(table_json("t-1", number="1")),
                          Table.from_json(table_json("t-2", number="2", x=300))])
    version = {"t-1": 1, "t-2": 1}

    def at(minute: int, tid: str, status: str, guests: int | None) -> None:
        version[tid] += 1
        clock.now = EVENING + timedelta(minutes=minute)
        stamp = journal.format_time(clock.now)
        store.apply_event("tableStatusUpdate", table_json(
            tid, version[tid], number=tid[-1], x=120 if tid == "t-1" else 300, status=status,
            guestCount=guests, statusChangedAt=stamp, updatedAt=stamp))

    at(10, "t-1", "occupied", 2)    # 18:10
    at(25, "t-1", "occupied", 3)    # a friend joins
    at(50, "t-1", "occupied", 2)    # one leaves early
    at(70, "t-2", "occupied", 4)    # 19:10
    at(80, "t-1", "cleaning", None)
    at(120, "t-2", "occupied", 2)   # two leave before the bill
    at(150, "t-2", "cleaning", None)
    recorder.close()

    evening = read_evening(journal.read(path))
    assert [(s.number, s.guests, s.covers) for s in evening.seatings] == [("1", 2, 3), ("2", 4, 4)]
    assert [round(t.minutes) for t in evening.turns] == [70, 80]
    assert evening.covers_by_hour() == {18: 3, 19: 4, 20: 0}


def test_the_service_day_is_the_branch_s_not_utc_s(tmp_path):
    """A New York bar's 02:00 (06:00 UTC, already 2 August there) is still 1 August's
    service (it ends at 05:00 on the branch's clock): in 1 August's file. Its 06:00
    (10:00 UTC) starts 2 August's. A Tokyo branch's 05:30 on 2 August (20:30 UTC on
    1 August) is 2 August's."""
    store, clock = BranchStore("br-ny"), Clock(datetime(2026, 8, 1, 23, 0, tzinfo=UTC))
    store.set_reference(branch=Branch("br-ny", "Harbour Street NY", "America/New_York"))
    store.apply_snapshot([Table.from_json(table_json("t-1", branchId="br-ny"))])
    recorder = JournalRecorder(store, folder=tmp_path, clock=clock).attach()  # 19:00 there
    store.apply_event("tableStatusUpdate", table_json("t-1", 2, status="occupied",
                                                      guestCount=2, branchId="br-ny"))
    clock.now = datetime(2026, 8, 2, 6, 0, tzinfo=UTC)  # 02:00 in New York
    store.apply_event("tableStatusUpdate", table_json("t-1", 3, status="cleaning",
                                                      branchId="br-ny"))
    clock.now = datetime(2026, 8, 2, 10, 0, tzinfo=UTC)  # 06:00 in New York
    store.apply_event("tableStatusUpdate", table_json("t-1", 4, status="available",
                                                      branchId="br-ny"))
    recorder.close()
    first = journal.read(journal.day_file(tmp_path, "br-ny", date(2026, 8, 1)))
    statuses = [c.after["status"] for e in first if e.kind == "live" for c in e.changes]
    assert statuses == ["occupied", "cleaning"]
    second = journal.read(journal.day_file(tmp_path, "br-ny", date(2026, 8, 2)))
    assert [c.after["status"] for e in second if e.kind == "live" for c in e.changes] == \
        ["available"]
    assert [d for _, d, _ in journal.day_files(tmp_path)] == [date(2026, 8, 1), date(2026, 8, 2)]

    tokyo = Branch("br-tk", "Tokyo", "Asia/Tokyo")
    assert journal.service_day(datetime(2026, 8, 1, 20, 30, tzinfo=UTC), tokyo.zone) == \
        date(2026, 8, 2)
    assert journal.service_day(datetime(2026, 8, 1, 19, 30, tzinfo=UTC), tokyo.zone) == \
        date(2026, 8, 1)  # 04:30 there: still the night before


def test_covers_by_hour_are_the_branch_s_hours_not_utc_s(tmp_path):
    """A New York branch (five hours behind UTC in November): a four seated at 23:30 UTC
    and a two at 00:15 UTC are 18:30's and 19:15's covers there, not 23:00's and 00:00's."""
    from floorview.core.evening import read_evening

    store = BranchStore("br-ny")
    store.set_reference(branch=Branch("br-ny", "Harbour Street NY", "America/New_York"))
    clock = Clock(datetime(2026, 11, 25, 23, 0, tzinfo=UTC))  # 18:00 there
    path = tmp_path / "evening.journal"
    recorder = JournalRecorder(store, path=path, clock=clock).attach()
    store.apply_snapshot([Table.from_json(table_json("t-1", number="1", branchId="br-ny")),
                          Table.from_json(table_json("t-2", number="2", x=300, branchId="br-ny"))])
    for tid, version, when, status, guests in [
            ("t-1", 2, datetime(2026, 11, 25, 23, 30, tzinfo=UTC), "occupied", 4),
            ("t-2", 2, datetime(2026, 11, 26, 0, 15, tzinfo=UTC), "occupied", 2),
            ("t-1", 3, datetime(2026, 11, 26, 1, 20, tzinfo=UTC), "cleaning", None)]:
        clock.now = when
        stamp = journal.format_time(when)
        store.apply_event("tableStatusUpdate", table_json(
            tid, version, number=tid[-1], x=120 if tid == "t-1" else 300, status=status,
            guestCount=guests, statusChangedAt=stamp, updatedAt=stamp, branchId="br-ny"))
    recorder.close()
    evening = read_evening(journal.read(path))
    assert evening.covers_by_hour() == {18: 4, 19: 2, 20: 0}
