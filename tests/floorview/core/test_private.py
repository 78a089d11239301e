"""floorview.core.private: folders 0700 and files 0600 whatever the umask."""

from __future__ import annotations

import os
import sqlite3
import stat

import pytest

from floorview.core.private import make_private, private_dir, private_file

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes")


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_new_folders_are_the_owners_alone_but_existing_parents_are_left(tmp_path, open_umask):
    parent = tmp_path / "share"
    parent.mkdir(mode=0o755)
    os.chmod(parent, 0o755)
    leaf = private_dir(parent / "floorview" / "journal")
    assert leaf.is_dir()
    assert mode(parent / "floorview") == 0o700
    assert mode(leaf) == 0o700
    assert mode(parent) == 0o755


def test_an_existing_open_folder_is_closed(tmp_path, open_umask):
    folder = tmp_path / "logs"
    folder.mkdir(mode=0o777)
    private_dir(folder)
    assert mode(folder) == 0o700


def test_a_new_file_is_0600_and_an_existing_one_keeps_its_content(tmp_path, open_umask):
    path = tmp_path / "state" / "floorview.log"
    private_file(path)
    assert mode(path) == 0o600 and mode(path.parent) == 0o700
    path.write_text("kept\n")
    os.chmod(path, 0o644)
    private_file(path)
    assert mode(path) == 0o600
    assert path.read_text() == "kept\n"


def test_sqlite_gives_its_wal_files_the_private_mode(tmp_path, open_umask):
    path = private_file(tmp_path / "day.journal")
    db = sqlite3.connect(path)
    try:
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("CREATE TABLE t (x)")
        db.execute("INSERT INTO t VALUES (1)")
        db.commit()
        wal = tmp_path / "day.journal-wal"
        assert wal.exists()
        assert mode(path) == 0o600
        assert mode(wal) == 0o600
        assert mode(tmp_path / "day.journal-shm") == 0o600
    finally:
        db.close()


def test_make_private_closes_a_file_another_library_made_and_ignores_a_missing_one(tmp_path, open_umask):
    path = tmp_path / "floorview.log.1"
    path.write_text("rotated\n")
    assert mode(path) == 0o666
    make_private(path)
    assert mode(path) == 0o600
    make_private(tmp_path / "gone")  # no error
