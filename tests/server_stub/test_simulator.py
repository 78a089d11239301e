"""The simulator plays a believable service through the service, so events flow."""

from __future__ import annotations

from collections import Counter

from server_stub.contract import check
from server_stub.simulator import Simulator
from server_stub.testing import StubServer
from tests.server_stub.helpers import WAIT

ALLOWED = {
    "available": {"occupied", "reserved", "out_of_service"},
    "reserved": {"occupied"},
    "occupied": {"occupied", "cleaning"},
    "cleaning": {"available"},
    "out_of_service": {"available"},
}


def test_its_changes_follow_a_restaurant_s_rhythm():
    with StubServer() as srv:
        before = {t["id"]: t for t in srv.call(lambda s: s.repo.list_tables())}
        simulator = srv.call(lambda s: Simulator(s, rate=1000, seed=3))
        moves: Counter = Counter()
        for _ in range(400):
            saved = srv.call(lambda s: simulator.step())
            check(saved, "Table")
            old = before[saved["id"]]
            assert saved["version"] == old["version"] + 1
            if saved["serverId"] != old["serverId"]:
                assert saved["status"] == old["status"]
                moves["reassign"] += 1
            else:
                assert saved["status"] in ALLOWED[old["status"]], (old["status"], saved["status"])
                moves[(old["status"], saved["status"])] += 1
            if saved["status"] in ("occupied", "reserved"):
                assert 1 <= saved["guestCount"] <= saved["capacity"]
            else:
                assert saved["guestCount"] is None
            before[saved["id"]] = saved
        assert simulator.changes == 400
        for move in [("available", "occupied"), ("available", "reserved"),
                     ("reserved", "occupied"), ("occupied", "cleaning"),
                     ("cleaning", "available"), "reassign"]:
            assert moves[move] > 0, move


def test_simulate_streams_valid_events_to_joined_sockets(live):
    with StubServer(simulate=40) as srv:
        client = _joined_everywhere(live, srv, events=15)
        events = list(client.events)
        assert {name for name, _ in events} <= {"tableStatusUpdate", "tableAssignmentUpdate"}
        for _, payload in events:
            check(payload, "Table")
        versions: dict[str, int] = {}
        for _, payload in events:  # one table's events arrive in version order
            assert payload["version"] > versions.get(payload["id"], 0)
            versions[payload["id"]] = payload["version"]


def test_a_simulator_with_no_tables_does_nothing():
    with StubServer(demo=False) as srv:
        assert srv.call(lambda s: Simulator(s, rate=1).step()) is None


def test_stopping_the_simulation_holds_the_tables_still(live):
    with StubServer(simulate=40) as srv:
        client = _joined_everywhere(live, srv, events=3)
        srv.stop_simulation()
        held = srv.call(lambda s: s.repo.list_tables())
        table = held[0]
        admin = srv.call(lambda s: s.repo.find_login("admin@floorview.dev"))[0]
        # the server goes on serving: a write is saved and emitted
        srv.call(lambda s: s.update_status(admin, table["id"], {"status": "out_of_service"}))
        client.wait_for("tableStatusUpdate",
                        lambda p: p["id"] == table["id"] and p["status"] == "out_of_service")
        after = {t["id"]: t for t in srv.call(lambda s: s.repo.list_tables())}
        assert [t["id"] for t in held if after[t["id"]] != t] == [table["id"]]


def _joined_everywhere(live, srv: StubServer, *, events: int):
    """An admin's socket joined to every branch, once it has seen ``events`` events."""
    client = live(srv.token_for("admin@floorview.dev"), srv=srv)
    client.connect()
    for branch in srv.call(lambda s: s.repo.list_branches()):
        client.join(branch["id"])
    client.wait_for("tableStatusUpdate", lambda _: len(client.events) >= events, timeout=3 * WAIT)
    return client
