"""The recorder survives an unattended week: a full disk, a damaged file, a second screen
on the same journal, a umask of 022, and a reference that loads after the first state."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from floorview.core import journal
from floorview.core.journal import Journal
from floorview.core.journal_file import Problem
from floorview.core.live import ConnectionStatus, ConnState
from floorview.core.model import Branch, FloorPlan, Table
from floorview.core.recorder import JournalRecorder, RecorderState
from floorview.core.replay import Replay
from floorview.core.store import BranchStore
from tests.floorview.factories import table_json

EVENING = datetime(2026, 11, 25, 18, 0, tzinfo=UTC)
PLANS = [FloorPlan("fp-1", "br-1", "Main Dining", 1200, 800, 0),
         FloorPlan("fp-2", "br-1", "Patio", 800, 600, 1)]


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


def _store() -> BranchStore:
    store = BranchStore("br-1")
    store.set_reference(branch=Branch("br-1", "Harbour Street", "Europe/London"),
                        floor_plans=PLANS)
    return store


def _recorder(store: BranchStore, path: Path, **kw) -> tuple[JournalRecorder, list[RecorderState]]:
    told: list[RecorderState] = []
    rec = JournalRecorder(store, path=path, clock=Clock(EVENING), retry_first_s=0,
                          retry_max_s=0, **kw).attach()
    rec.listen(told.append)
    return rec, told


def _seat(store: BranchStore, table: str, version: int) -> None:
    store.apply_event("tableStatusUpdate", table_json(
        table, version, status="occupied" if version % 2 == 0 else "available",
        guestCount=2 if version % 2 == 0 else None))


def _live(path: Path) -> list[tuple[str, int]]:
    return [(c.table_id, c.version) for e in journal.read(path) if e.kind == "live"
            for c in e.changes]


def _final_tables(path: Path) -> dict:
    replay = Replay(journal.read(path))
    replay.seek(replay.end)
    return {t.id: t.to_json() for t in replay.store.tables.values()}


class FailingWrites:
    """Journal.append_many raising ``error`` while on (the transaction keeps nothing)."""

    def __init__(self, monkeypatch, error: BaseException) -> None:
        self.on, self.error = False, error
        real = Journal.append_many

        def append_many(journal_self, batches):
            if self.on:
                raise self.error
            return real(journal_self, batches)

        monkeypatch.setattr(Journal, "append_many", append_many)


def test_a_full_disk_pauses_the_journal_which_then_writes_everything_it_kept_once(
        tmp_path, monkeypatch, caplog):
    full = FailingWrites(monkeypatch, sqlite3.OperationalError("database or disk is full"))
    store, path = _store(), tmp_path / "evening.journal"
    rec, told = _recorder(store, path)
    store.apply_snapshot([Table.from_json(table_json(f"t-{i}")) for i in range(3)])
    _seat(store, "t-0", 2)
    full.on = True
    for v in range(3, 9):  # six changes while the disk is full
        _seat(store, "t-1", v - 1)
    rec.status(ConnectionStatus(ConnState.RECONNECTING, EVENING))
    assert rec.failed and rec.state.paused and rec.state.problem is Problem.FULL
    assert rec.state.held == 6 and rec.state.words == "the disk is full"
    assert told[0].event == "paused"
    assert told[-1].describe().startswith("journal paused: the disk is full — 6 changes kept, "
                                          "written when there is room")
    assert "cannot rollback" not in caplog.text and "not a floorview journal" not in caplog.text
    full.on = False  # space was freed
    _seat(store, "t-2", 2)
    assert not rec.state.paused and told[-1].event == "resumed" and told[-1].written == 7
    rec.close()
    assert _live(path) == [("t-0", 2)] + [("t-1", v) for v in range(2, 8)] + [("t-2", 2)]
    kinds = [e.kind for e in journal.read(path)]
    assert kinds.count("state") == 1 and kinds.index("state") == kinds.index("live") + 7
    assert _final_tables(path) == {t.id: t.to_json() for t in store.tables.values()}


def test_it_keeps_at_most_max_held_changes_and_counts_the_ones_it_dropped(tmp_path, monkeypatch):
    full = FailingWrites(monkeypatch, sqlite3.OperationalError("database or disk is full"))
    store, path = _store(), tmp_path / "evening.journal"
    rec, told = _recorder(store, path, max_held=5)
    store.apply_snapshot([Table.from_json(table_json("t-1")), Table.from_json(table_json("t-2"))])
    full.on = True
    for v in range(2, 10):  # eight changes, room for five
        _seat(store, "t-1" if v < 6 else "t-2", v if v < 6 else v - 4)
    assert (rec.state.held, rec.state.dropped) == (5, 3)
    assert "3 older changes could not be kept" in told[-1].describe()
    full.on = False
    rec.flush()
    rec.close()
    assert _live(path) == [("t-1", 5), ("t-2", 2), ("t-2", 3), ("t-2", 4), ("t-2", 5)]
    # from a snapshot of the floor as it stood before the first change kept, it is whole
    resync = [e for e in journal.read(path) if e.kind == "snapshot"][-1]
    assert resync.detail["resync"] is True and resync.detail["dropped"] == 3
    assert {t["id"]: t["version"] for t in resync.detail["tables"]} == {"t-1": 4, "t-2": 1}
    assert _final_tables(path) == {t.id: t.to_json() for t in store.tables.values()}


@pytest.mark.parametrize(("error", "words"), [
    (sqlite3.OperationalError("attempt to write a readonly database"), "no permission to write in"),
    (PermissionError(13, "Permission denied"), "no permission to write in"),
    (OSError(28, "No space left on device"), "the disk is full"),
    (sqlite3.OperationalError("disk I/O error"), "it could not be written (disk I/O error)"),
])
def test_each_reason_is_said_in_its_own_words(tmp_path, monkeypatch, error, words):
    failing = FailingWrites(monkeypatch, error)
    store = _store()
    rec, told = _recorder(store, tmp_path / "evening.journal")
    store.apply_snapshot([Table.from_json(table_json("t-1"))])
    failing.on = True
    _seat(store, "t-1", 2)
    assert rec.state.paused and rec.state.words.startswith(words)
    failing.on = False
    rec.close()


def test_a_file_damaged_between_runs_is_moved_aside_and_a_new_one_started(tmp_path):
    store, path = _store(), tmp_path / "evening.journal"
    rec, _ = _recorder(store, path)
    store.apply_snapshot([Table.from_json(table_json("t-1"))])
    rec.close()
    garbage = os.urandom(8192)
    path.write_bytes(garbage)

    store = _store()
    rec, told = _recorder(store, path)
    store.apply_snapshot([Table.from_json(table_json("t-1"))])
    _seat(store, "t-1", 2)
    rec.close()
    aside = [p for p in tmp_path.iterdir() if ".corrupt-" in p.name]
    assert len(aside) == 1 and aside[0].name.startswith("evening.journal.corrupt-20")
    assert aside[0].read_bytes() == garbage  # nothing deleted
    assert any(s.event == "moved_aside" and s.moved_aside == aside[0] for s in told)
    assert "moved aside as evening.journal.corrupt-" in next(
        s for s in told if s.event == "moved_aside").describe()
    entries = journal.read(path)
    assert [e.kind for e in entries] == ["reference", "snapshot", "live"]
    assert len(entries[0].detail["floorPlans"]) == 2


def test_a_file_damaged_while_recording_is_moved_aside_and_the_new_one_stands_alone(tmp_path):
    store, path = _store(), tmp_path / "evening.journal"
    rec, told = _recorder(store, path)
    store.apply_snapshot([Table.from_json(table_json("t-1")), Table.from_json(table_json("t-2"))])
    _seat(store, "t-1", 2)
    with open(path, "r+b") as f:  # overwritten under the open connection (same file)
        f.write(os.urandom(4096))
    _seat(store, "t-2", 2)
    _seat(store, "t-1", 3)
    rec.close()
    assert [s.event for s in told] == ["moved_aside"]
    assert len([p for p in tmp_path.iterdir() if ".corrupt-" in p.name and "-wal" not in p.name]) == 1
    entries = journal.read(path)
    assert [e.kind for e in entries] == ["reference", "snapshot", "live", "live"]
    # it starts with the floor as it stood before the first change it had to write
    assert {t["id"]: t["status"] for t in entries[1].detail["tables"]} == {
        "t-1": "occupied", "t-2": "available"}
    assert _final_tables(path) == {t.id: t.to_json() for t in store.tables.values()}


def test_two_recorders_on_one_journal_store_each_change_once(tmp_path, caplog):
    store, path = _store(), tmp_path / "evening.journal"
    first, _ = _recorder(store, path)
    second, told = _recorder(store, path)
    store.apply_snapshot([Table.from_json(table_json("t-1"))])
    for v in range(2, 6):
        _seat(store, "t-1", v)
    assert not first.failed
    assert second.state.problem is Problem.LOCKED and second.state.held == 0
    assert told[0].describe() == ("journal off: another floorview is recording this branch's "
                                  "journal: this one records nothing")
    assert "is being recorded by another floorview" in caplog.text
    assert _live(path) == [("t-1", v) for v in range(2, 6)]
    first.close()  # the first one stops: the second takes over, from the floor as it is
    _seat(store, "t-1", 6)
    second.close()
    assert told[-1].event == "resumed"
    assert _live(path) == [("t-1", v) for v in range(2, 7)]
    assert _final_tables(path)["t-1"]["version"] == 6


@pytest.fixture
def usual_umask():
    old = os.umask(0o022)  # a host stand's usual one
    try:
        yield
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_journal_files_are_0600_in_folders_0700_whatever_the_umask(tmp_path, usual_umask):
    store = _store()
    folder = tmp_path / "data" / "journal"
    rec = JournalRecorder(store, folder=folder, clock=Clock(EVENING)).attach()
    store.apply_snapshot([Table.from_json(table_json("t-1"))])
    _seat(store, "t-1", 2)
    day = rec.current_path
    assert day is not None
    files = [day, day.with_name(day.name + "-wal"), day.with_name(day.name + "-shm"),
             day.with_name(day.name + ".lock")]
    assert {p.name: mode(p) for p in files} == {p.name: 0o600 for p in files}
    assert (mode(folder), mode(day.parent)) == (0o700, 0o700)
    rec.close()

    chosen = tmp_path / "mine"  # --journal PATH in a folder of the user's: left as it is
    chosen.mkdir(mode=0o755)
    rec = JournalRecorder(_store(), path=chosen / "evening.journal").attach()
    rec.store.apply_snapshot([Table.from_json(table_json("t-1"))])
    rec.close()
    assert mode(chosen / "evening.journal") == 0o600 and mode(chosen) == 0o755


def test_the_file_starts_with_the_reference_once_the_floor_plans_have_loaded(tmp_path):
    store = BranchStore("br-1")  # as watch's: the branch is known, its plans not yet
    store.branch = Branch("br-1", "Harbour Street", "Europe/London")
    path = tmp_path / "evening.journal"
    rec, _ = _recorder(store, path)
    rec.status(ConnectionStatus(ConnState.CONNECTING, EVENING))
    rec.status(ConnectionStatus(ConnState.SYNCING, EVENING))
    store.set_reference(branch=store.branch, floor_plans=PLANS)
    store.apply_snapshot([Table.from_json(table_json("t-1"))])
    rec.close()
    entries = journal.read(path)
    assert [e.kind for e in entries] == ["reference", "state", "state", "snapshot"]
    assert [p["name"] for p in entries[0].detail["floorPlans"]] == ["Main Dining", "Patio"]


# --- a real full disk: a 1 MiB tmpfs -------------------------------------------------------


@pytest.fixture
def small_disk(small_tmpfs):
    return small_tmpfs("1M")

def _fill(folder: Path) -> Path:
    filler = folder / "filler"
    with open(filler, "wb", buffering=0) as f, contextlib.suppress(OSError):
        while True:
            f.write(b"\0" * 4096)
    return filler


def test_a_real_full_disk_pauses_and_everything_is_written_once_there_is_room(small_disk, caplog):
    store, path = _store(), small_disk / "evening.journal"
    rec, told = _recorder(store, path)
    store.apply_snapshot([Table.from_json(table_json(f"t-{i}")) for i in range(20)])
    _seat(store, "t-0", 2)
    filler = _fill(small_disk)
    version = 1
    while not rec.failed and version < 400:  # the WAL grows into the full disk
        version += 1
        _seat(store, "t-1", version)
    assert rec.failed, "a write should fail on a full disk"
    assert rec.state.problem is Problem.FULL and told[0].event == "paused"
    for v in range(2, 41):  # the evening goes on meanwhile
        _seat(store, "t-2", v)
    assert rec.state.held == 40
    assert "cannot rollback" not in caplog.text and "not a floorview journal" not in caplog.text
    filler.unlink()
    _seat(store, "t-3", 2)
    assert not rec.failed and told[-1].event == "resumed"
    rec.close()
    live = _live(path)
    assert len(live) == len(set(live))  # nothing twice
    assert live == ([("t-0", 2)] + [("t-1", v) for v in range(2, version + 1)]
                    + [("t-2", v) for v in range(2, 41)] + [("t-3", 2)])
    assert _final_tables(path) == {t.id: t.to_json() for t in store.tables.values()}


def test_a_journal_opened_on_a_full_disk_says_the_disk_is_full(small_disk):
    _fill(small_disk)
    with pytest.raises(journal.JournalError, match="the disk is full") as caught:
        Journal(small_disk / "new.journal")
    assert "not a floorview journal" not in str(caught.value)


def test_on_a_loop_a_paused_journal_resumes_by_itself_without_another_change(
        tmp_path, monkeypatch):
    import asyncio

    full = FailingWrites(monkeypatch, sqlite3.OperationalError("database or disk is full"))
    store, path = _store(), tmp_path / "evening.journal"
    told: list[RecorderState] = []
    rec = JournalRecorder(store, path=path, clock=Clock(EVENING), hold_s=0.01,
                          retry_first_s=0.02, retry_max_s=0.05).attach()
    rec.listen(told.append)
    store.apply_snapshot([Table.from_json(table_json("t-1"))])

    async def evening() -> None:
        full.on = True
        for v in range(2, 5):
            _seat(store, "t-1", v)
        for _ in range(200):  # held a moment, then written: that fails
            if rec.failed:
                break
            await asyncio.sleep(0.01)
        assert rec.failed and rec.state.held == 3
        await asyncio.sleep(0.2)  # it tries again (and fails) on its own
        assert [s.event for s in told][:2] == ["paused", "still_paused"]
        full.on = False  # the space is freed; no change comes
        for _ in range(200):
            if not rec.failed:
                break
            await asyncio.sleep(0.01)

    asyncio.run(evening())
    assert told[-1].event == "resumed" and told[-1].written == 3
    assert _live(path) == [("t-1", 2), ("t-1", 3), ("t-1", 4)]
    rec.close()


def test_a_reference_dropped_from_what_was_kept_is_written_again_on_resuming(
        tmp_path, monkeypatch):
    full = FailingWrites(monkeypatch, sqlite3.OperationalError("database or disk is full"))
    store, path = _store(), tmp_path / "evening.journal"
    rec, _ = _recorder(store, path, max_held=2)
    store.apply_snapshot([Table.from_json(table_json("t-1"))])
    full.on = True
    terrace = FloorPlan("fp-3", "br-1", "Terrace", 600, 400, 2)
    store.set_reference(branch=store.branch, floor_plans=[*PLANS, terrace])  # a plan added
    for state in (ConnState.RECONNECTING, ConnState.SYNCING, ConnState.LIVE):
        rec.status(ConnectionStatus(state, EVENING))  # …and the reference drops out
    assert rec.state.held == 0 and rec.state.dropped == 0
    full.on = False
    rec.flush()
    rec.close()
    references = [e for e in journal.read(path) if e.kind == "reference"]
    assert [p["name"] for p in references[-1].detail["floorPlans"]] == [
        "Main Dining", "Patio", "Terrace"]


def test_a_damaged_day_file_is_moved_aside_and_the_day_goes_on_in_a_new_one(tmp_path):
    """A corrupt day file was kept as is and nothing was recorded for the rest of the day."""
    store = _store()
    rec = JournalRecorder(store, folder=tmp_path, clock=Clock(EVENING)).attach()
    store.apply_snapshot([Table.from_json(table_json("t-1"))])
    day = rec.current_path
    rec.close()
    day.write_bytes(b"\0" * 4096)  # garbage between two runs

    store = _store()
    rec = JournalRecorder(store, folder=tmp_path, clock=Clock(EVENING)).attach()
    store.apply_snapshot([Table.from_json(table_json("t-1"))])
    _seat(store, "t-1", 2)
    assert not rec.failed and rec.current_path == day
    rec.close()
    assert [e.kind for e in journal.read(day)] == ["reference", "snapshot", "live"]
    aside = [p.name for p in day.parent.iterdir() if ".corrupt-" in p.name]
    assert len(aside) == 1 and aside[0].startswith(day.name + ".corrupt-")
    assert [p for _, _, p in journal.day_files(tmp_path)] == [day]  # the moved one is no day
