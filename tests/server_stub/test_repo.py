"""Storage: SQLite on disk survives restarts, and a refused write leaves it as it was."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time

import pytest

from server_stub.repo import Repository
from server_stub.testing import StubServer
from tests.server_stub.helpers import assert_error, login

TABLES = "/restaurant/tables"


def test_a_write_survives_a_restart_on_the_same_db(tmp_path):
    db = tmp_path / "floor.db"
    with StubServer(db_path=db) as srv:
        api = login(srv, "manager")
        branch = api.ok("GET", "/branches")[0]["id"]
        table = api.ok("GET", TABLES, branchId=branch)[0]
        saved = api.ok("PATCH", f"{TABLES}/{table['id']}/status",
                       {"status": "occupied", "guestCount": 1})
        count = len(api.ok("GET", TABLES, branchId=branch))
    with StubServer(db_path=db) as again:  # a new process would see the same
        api = login(again, "manager")
        assert api.ok("GET", f"{TABLES}/{table['id']}") == saved
        assert len(api.ok("GET", TABLES, branchId=branch)) == count  # not seeded twice
        assert len(api.ok("GET", "/branches")) == 2


def test_a_refused_write_leaves_the_database_as_it_was(tmp_path):
    db = tmp_path / "floor.db"
    with StubServer(db_path=db) as srv:
        api = login(srv, "manager")
        table = api.ok("GET", TABLES, branchId=api.ok("GET", "/branches")[0]["id"])[0]
        path = f"{TABLES}/{table['id']}"
        before = srv.call(lambda s: s.repo.dump())
        assert_error(api.patch(path, {"x": 1, "version": table["version"] + 5}), 409)
        assert_error(api.patch(path, {"capacity": 0}), 400)
        assert_error(api.patch(path + "/status", {"status": "occupied", "extra": 1}), 400)
        assert_error(api.patch(path + "/assign-server", {"serverId": "nobody"}), 400)
        assert srv.call(lambda s: s.repo.dump()) == before
    # ...and on disk too, read with another connection after the server closed.
    with StubServer(db_path=db) as again:
        assert again.call(lambda s: s.repo.dump()) == before


def test_a_file_database_uses_wal(tmp_path):
    db = tmp_path / "floor.db"
    with StubServer(db_path=db):
        mode = sqlite3.connect(db).execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_a_transaction_rolls_back_when_its_block_raises():
    repo = Repository()
    branch = {"id": "b1", "name": "One", "timezone": "UTC"}
    with pytest.raises(RuntimeError):
        with repo.transaction():
            repo.add_branch(branch)
            raise RuntimeError("boom")
    assert repo.is_empty()
    with repo.transaction():
        repo.add_branch(branch)
    assert repo.get_branch("b1") == branch
    repo.close()


def test_whole_numbers_come_back_as_ints_and_fractions_as_floats():
    repo = Repository()
    with repo.transaction():
        repo.add_branch({"id": "b", "name": "B", "timezone": "UTC"})
        repo.add_floor_plan({"id": "f", "branchId": "b", "name": "F", "width": 100.0,
                             "height": 50.5, "sortOrder": 0})
    assert repo.get_floor_plan("f") == {"id": "f", "branchId": "b", "name": "F", "width": 100,
                                        "height": 50.5, "sortOrder": 0}
    repo.close()


def test_two_processes_writing_one_file_wait_for_each_other_and_count_versions_on(tmp_path):
    """The nodes of a cluster share one file: a write that finds another process's
    transaction open waits for it (no "database is locked"), and a version read and bumped
    inside the transaction goes up by one a change whichever process made it."""
    db = tmp_path / "floor.db"
    repo = Repository(db)
    with repo.transaction():
        repo.add_branch({"id": "b1", "name": "One", "timezone": "UTC"})
        repo.add_floor_plan({"id": "p1", "branchId": "b1", "name": "Main", "width": 100,
                             "height": 100, "sortOrder": 0})
        repo.add_table({"id": "t1", "branchId": "b1", "floorPlanId": "p1", "sectionId": None,
                        "number": "1", "capacity": 2, "shape": "round", "x": 1, "y": 1,
                        "width": 10, "height": 10, "rotation": 0, "status": "available",
                        "guestCount": None, "serverId": None,
                        "statusChangedAt": "2026-01-01T00:00:00.000Z",
                        "updatedAt": "2026-01-01T00:00:00.000Z", "version": 1})
    bump = ("import sys, time\n"
            "from server_stub.repo import Repository\n"
            "repo = Repository(sys.argv[1])\n"
            "for _ in range(150):\n"
            "    with repo.transaction():\n"
            "        t = repo.get_table('t1'); t['version'] += 1; repo.save_table(t)\n"
            "        time.sleep(0.001)\n")
    writers = [subprocess.Popen([sys.executable, "-c", bump, str(db)], stderr=subprocess.PIPE,
                                text=True) for _ in range(2)]
    with repo.transaction():  # held while both start: each must wait, not fail
        time.sleep(0.5)
    errors = [w.communicate(timeout=60)[1] for w in writers]
    assert [w.returncode for w in writers] == [0, 0], errors
    assert repo.get_table("t1")["version"] == 1 + 2 * 150
