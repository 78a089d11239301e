"""The write path: validate, authorise, commit, and only then emit the saved table."""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import UTC, datetime

import pytest

from server_stub.app import StubConfig, _seed
from server_stub.auth import Tokens
from server_stub.repo import Repository
from server_stub.service import ApiError, Service, iso


@pytest.fixture
def world(tmp_path):
    """A file-backed service whose emitter records what another connection sees then."""
    db = tmp_path / "floor.db"
    repo = Repository(db)
    _seed(repo, StubConfig(db_path=db))
    emitted: list[tuple[str, dict, str, object]] = []

    async def emit(event: str, payload: dict, branch_id: str) -> None:
        # Read the row through a separate connection: it sees only committed data.
        other = sqlite3.connect(db)
        row = other.execute("SELECT version FROM restaurant_tables WHERE id = ?",
                            (payload["id"],)).fetchone()
        other.close()
        emitted.append((event, payload, branch_id, row[0] if row else None))

    service = Service(repo, Tokens("secret-for-tests-0123456789abcdef", 60), emit)
    manager = repo.find_login("manager@floorview.dev")[0]
    yield service, manager, emitted
    repo.close()


def run(coro):
    return asyncio.run(coro)


def test_the_event_goes_out_after_the_commit_with_the_saved_table(world):
    service, manager, emitted = world
    table = service.repo.list_tables()[0]
    saved = run(service.update_status(manager, table["id"], {"status": "cleaning"}))
    assert emitted == [("tableStatusUpdate", saved, table["branchId"], saved["version"])]
    run(service.delete_table(manager, table["id"]))
    assert emitted[-1] == ("tableDeleted", {"id": table["id"]}, table["branchId"], None)


def test_a_refused_write_emits_nothing(world):
    service, manager, emitted = world
    table = service.repo.list_tables()[0]
    for call in (
        lambda: service.update_status(manager, table["id"], {"status": "nope"}),
        lambda: service.update_table(manager, table["id"], {"x": 1, "version": 999}),
        lambda: service.assign_server(manager, table["id"], {"serverId": manager["id"]}),
        lambda: service.delete_table(manager, "missing"),
    ):
        with pytest.raises(ApiError):
            run(call())
    assert emitted == []
    assert service.repo.get_table(table["id"]) == table


def test_every_role_may_change_a_status_but_only_some_may_do_more(world):
    service, _, _ = world
    table = service.repo.list_tables()[0]
    users = {role: service.repo.find_login(f"{role}@floorview.dev")[0]
             for role in ("admin", "manager", "host")}
    users["server"] = service.repo.find_login("ana@floorview.dev")[0]
    allowed = {
        "status": {"admin", "manager", "host", "server"},
        "assign": {"admin", "manager", "host"},
        "update": {"admin", "manager"},
    }
    for role, user in users.items():
        for action, roles in allowed.items():
            call = {
                "status": lambda u=user: service.update_status(u, table["id"],
                                                               {"status": "reserved"}),
                "assign": lambda u=user: service.assign_server(u, table["id"], {"serverId": None}),
                "update": lambda u=user: service.update_table(u, table["id"], {"x": 3}),
            }[action]
            if role in roles:
                run(call())
            else:
                with pytest.raises(ApiError) as refused:
                    run(call())
                assert refused.value.status == 403


def test_status_changed_at_moves_only_on_a_change_of_status(world):
    service, manager, _ = world
    clock = iter(datetime(2026, 11, 25, 19, m, tzinfo=UTC) for m in range(10))
    service._clock = lambda: next(clock)
    table = service.repo.list_tables()[0]
    first = run(service.update_status(manager, table["id"], {"status": "occupied",
                                                              "guestCount": 2}))
    second = run(service.update_status(manager, table["id"], {"status": "occupied",
                                                               "guestCount": 3}))
    assert second["statusChangedAt"] == first["statusChangedAt"]
    assert second["updatedAt"] > first["updatedAt"]
    assert second["version"] == first["version"] + 1


def test_iso_times_are_utc_with_milliseconds():
    moment = datetime(2026, 11, 25, 19, 4, 5, 123456, tzinfo=UTC)
    assert iso(moment) == "2026-11-25T19:04:05.123Z"


@pytest.mark.parametrize("write", ["create", "update", "status", "assign", "delete"])
def test_every_write_emits_after_its_commit_to_its_branch(world, write):
    # The emitter reads the row through another connection: inside the transaction it
    # would see the old version (or no row for a create), after the commit the saved one.
    service, manager, emitted = world
    table = service.repo.list_tables()[0]
    server = next(u for u in service.repo.list_users(table["branchId"]) if u["role"] == "server")
    body = {"branchId": table["branchId"], "floorPlanId": table["floorPlanId"], "number": "N1",
            "capacity": 2, "shape": "round", "x": 1, "y": 1, "width": 50, "height": 50}
    call, event = {
        "create": (lambda: service.create_table(manager, body), "tableCreated"),
        "update": (lambda: service.update_table(manager, table["id"], {"x": 7}), "tableUpdated"),
        "status": (lambda: service.update_status(manager, table["id"], {"status": "cleaning"}),
                   "tableStatusUpdate"),
        "assign": (lambda: service.assign_server(manager, table["id"], {"serverId": server["id"]}),
                   "tableAssignmentUpdate"),
        "delete": (lambda: service.delete_table(manager, table["id"]), "tableDeleted"),
    }[write]
    saved = run(call())
    assert len(emitted) == 1
    name, payload, branch_id, committed_version = emitted[0]
    assert (name, payload, branch_id) == (event, saved, table["branchId"])
    if write == "delete":
        assert committed_version is None  # already gone for everyone else
    else:
        assert committed_version == saved["version"]  # already saved for everyone else
