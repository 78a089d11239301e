"""floorview.core.journal_file: SQLite's real errors told apart, a lock two processes
share, a damaged file moved aside whole."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from floorview.core.journal import Journal, JournalError
from floorview.core.journal_file import (
    Locked,
    Problem,
    WriterLock,
    looks_damaged,
    move_aside,
    plain_words,
    problem_of,
)

ROOT = Path(__file__).resolve().parents[3]


def _error(action) -> BaseException:
    try:
        action()
    except BaseException as e:  # noqa: BLE001 - the error itself is what is tested
        return e
    raise AssertionError("it should have failed")


def test_sqlites_own_errors_are_told_apart(tmp_path):
    garbage = tmp_path / "garbage.journal"
    garbage.write_bytes(b"shopping list\n" * 500)
    not_a_db = _error(lambda: Journal(garbage))
    assert isinstance(not_a_db, JournalError) and problem_of(not_a_db) is Problem.DAMAGED
    assert "not a floorview journal" in str(not_a_db)

    Journal(tmp_path / "ok.journal").close()
    ro = sqlite3.connect(f"file:{tmp_path / 'ok.journal'}?mode=ro", uri=True)
    readonly = _error(lambda: ro.execute("INSERT INTO meta VALUES ('x', 'y')"))
    ro.close()
    assert problem_of(readonly) is Problem.PERMISSION
    assert problem_of(sqlite3.OperationalError("database or disk is full")) is Problem.FULL
    assert problem_of(OSError(28, "No space left on device")) is Problem.FULL
    assert problem_of(PermissionError(13, "Permission denied")) is Problem.PERMISSION
    assert problem_of(sqlite3.OperationalError("disk I/O error")) is Problem.OTHER
    assert plain_words(Problem.PERMISSION, readonly, where=tmp_path) == (
        f"no permission to write in {tmp_path}")


def test_a_file_overwritten_no_longer_looks_like_sqlite(tmp_path):
    path = tmp_path / "evening.journal"
    Journal(path).close()
    assert not looks_damaged(path) and not looks_damaged(tmp_path / "missing.journal")
    with open(path, "r+b") as f:
        f.write(os.urandom(64))
    assert looks_damaged(path)


def test_a_damaged_file_is_moved_aside_whole_with_its_wal(tmp_path):
    path = tmp_path / "evening.journal"
    path.write_bytes(b"x" * 100)
    path.with_name(path.name + "-wal").write_bytes(b"w" * 10)
    path.with_name(path.name + "-shm").write_bytes(b"s" * 10)
    first = move_aside(path)
    path.write_bytes(b"y" * 100)
    second = move_aside(path)  # the same second: a name of its own
    assert first != second and first.name.startswith("evening.journal.corrupt-")
    assert first.read_bytes() == b"x" * 100 and second.read_bytes() == b"y" * 100
    assert first.with_name(first.name + "-wal").read_bytes() == b"w" * 10
    assert not path.exists() and not path.with_name(path.name + "-shm").exists()


HOLDER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from floorview.core.journal_file import WriterLock

    lock = WriterLock(Path(sys.argv[1]))
    lock.acquire()
    print("held", flush=True)
    sys.stdin.read()  # until the test closes it
    lock.release()
""")


def test_one_writer_per_file_across_processes_and_within_one(tmp_path):
    path = tmp_path / "evening.journal"
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], cwd=ROOT,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert holder.stdout.readline().strip() == "held"
        mine = WriterLock(path)
        with pytest.raises(Locked) as refused:
            mine.acquire()
        assert refused.value.holder == str(holder.pid)
        assert str(refused.value) == (f"{path} is being recorded by another floorview "
                                      f"(process {holder.pid})")
    finally:
        holder.stdin.close()
        holder.wait(15)
    mine.acquire()  # the other process let go (a killed one would have too)
    other = WriterLock(path)
    with pytest.raises(Locked):  # two in one process exclude each other as well
        other.acquire()
    mine.release()
    other.acquire()
    other.release()
