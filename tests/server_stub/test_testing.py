"""The in-process server other test folders use: start, stop, restart, call, inject."""

from __future__ import annotations

import asyncio
import time

import pytest
import requests
import socketio

from server_stub.testing import StubProcess, StubServer
from tests.server_stub.helpers import WAIT, Api, login

TABLES = "/restaurant/tables"


def test_start_serves_on_a_loopback_port_and_stop_frees_it():
    srv = StubServer()
    srv.start()
    try:
        assert srv.url.startswith("http://127.0.0.1:") and srv.port > 0
        assert srv.running
        assert requests.get(srv.url + "/branches", timeout=WAIT).status_code == 401
    finally:
        srv.stop()
    assert not srv.running
    with pytest.raises(requests.ConnectionError):
        requests.get(srv.url + "/branches", timeout=WAIT)
    srv.stop()  # a second stop does nothing


def test_a_restart_keeps_the_port_and_the_database(tmp_path):
    with StubServer(db_path=tmp_path / "stub.db") as srv:
        port = srv.port
        api = login(srv, "manager")
        table = api.ok("GET", TABLES, branchId=api.ok("GET", "/branches")[0]["id"])[0]
        srv.stop()
        srv.start()
        assert srv.port == port
        # The same secret signs tokens across a restart, as a configured backend's does.
        assert api.ok("GET", f"{TABLES}/{table['id']}") == table


def test_a_socket_reconnects_by_itself_after_a_restart(live):
    with StubServer() as srv:
        client = live(srv.token_for("admin@floorview.dev"), srv=srv,
                      reconnection_delay=0.1, reconnection_delay_max=0.3)
        client.connect()
        branch = srv.call(lambda s: s.repo.list_branches()[0]["id"])
        client.join(branch)
        srv.stop()
        srv.start()
        deadline = time.monotonic() + 2 * WAIT
        while not client.client.connected and time.monotonic() < deadline:
            time.sleep(0.05)
        while time.monotonic() < deadline:  # connected at the Engine.IO level first
            if namespace_ready(client):
                break
            time.sleep(0.05)
        assert client.join(branch) == {"branchId": branch}


def namespace_ready(client) -> bool:
    return "/restaurant/tables" in client.client.namespaces


def test_call_runs_on_the_server_loop_and_emits(live):
    with StubServer() as srv:
        admin = srv.call(lambda s: s.repo.find_login("admin@floorview.dev")[0])
        table = srv.call(lambda s: s.repo.list_tables()[0])
        client = live(srv.token_for("admin@floorview.dev"), srv=srv)
        client.connect()
        client.join(table["branchId"])
        saved = srv.call(lambda s: s.update_status(admin, table["id"], {"status": "cleaning"}))
        assert saved["version"] == table["version"] + 1
        assert client.wait_for("tableStatusUpdate") == saved


def _joined(srv, live):
    """The stub's first branch, and an admin's socket joined to its room."""
    branch = srv.call(lambda s: s.repo.list_branches()[0]["id"])
    client = live(srv.token_for("admin@floorview.dev"), srv=srv)
    client.connect()
    client.join(branch)
    return branch, client


def test_inject_sends_raw_payloads_to_the_room(live):
    with StubServer() as srv:
        branch, client = _joined(srv, live)
        srv.inject("tableStatusUpdate", {"id": 5, "nonsense": True}, branch)
        srv.inject("tableDeleted", "not even an object", branch)
        assert client.wait_for("tableStatusUpdate") == {"id": 5, "nonsense": True}
        assert client.wait_for("tableDeleted") == "not even an object"


def test_inject_many_sends_every_payload_in_order(live):
    with StubServer() as srv:
        branch, client = _joined(srv, live)
        srv.inject_many([("tableDeleted", {"id": "a"}), ("tableStatusUpdate", [1, 2]),
                         ("tableDeleted", {"id": "b"})], branch)
        client.wait_for("tableDeleted", lambda p: p == {"id": "b"})
        assert [e for e in client.events if e[0] in ("tableDeleted", "tableStatusUpdate")] == [
            ("tableDeleted", {"id": "a"}), ("tableStatusUpdate", [1, 2]),
            ("tableDeleted", {"id": "b"})]


def test_a_stub_process_stops_its_simulator_on_request_and_goes_on_serving(tmp_path):
    with StubProcess(db_path=tmp_path / "db.sqlite", args=["--simulate", "50", "--simulate-speed", "600",
                                                               "--rest-rate-limit", "100000/10"]) as proc:
        api = login(proc, "admin")
        first = versions(api)
        deadline = time.monotonic() + WAIT
        while versions(api) == first and time.monotonic() < deadline:
            time.sleep(0.05)
        assert versions(api) != first  # the simulator was writing
        proc.stop_simulation()
        time.sleep(0.5)  # a write already under way lands
        still = versions(api)
        time.sleep(1.0)  # at 50 changes a second, a running simulator writes ~50 times
        assert versions(api) == still
        assert proc.running


def versions(api: Api) -> dict[str, int]:
    out = {}
    for branch in api.ok("GET", "/branches"):
        out.update({t["id"]: t["version"] for t in api.ok("GET", TABLES, branchId=branch["id"])})
    return out


def test_token_for_mints_working_and_expired_tokens():
    with StubServer() as srv:
        assert Api(srv.url, srv.token_for("host@floorview.dev")).get("/branches").ok
        expired = Api(srv.url, srv.token_for("host@floorview.dev", ttl=-1))
        assert expired.get("/branches").status_code == 401
        with pytest.raises(KeyError):
            srv.token_for("nobody@floorview.dev")


def test_without_demo_data_there_is_nothing_but_a_user_can_be_added():
    with StubServer(demo=False) as srv:
        assert srv.call(lambda s: s.repo.is_empty())
        srv.call(lambda s: s.add_user("Solo", "solo@example.com", "admin", "pw", []))
        api = login(srv, "solo@example.com", password="pw")
        assert api.ok("GET", "/branches") == []


def test_a_taken_port_fails_start_cleanly():
    with StubServer() as first:
        second = StubServer(port=first.port)
        with pytest.raises(OSError):
            second.start()
        assert not second.running


def test_play_runs_a_paced_script_on_the_server_loop_and_returns_its_result(live):
    with StubServer() as srv:
        branch, client = _joined(srv, live)

        async def script(emit):
            for n in range(3):
                await asyncio.sleep(0.01)  # paced by the caller, on the server's loop
                if n == 2:  # another room's, sent before the last: never seen here
                    await emit("tableStatusUpdate", {"n": "x"}, "another-branch")
                await emit("tableStatusUpdate", {"n": n}, branch)
            return "played"

        assert srv.play(script, 10) == "played"
        client.wait_for("tableStatusUpdate", lambda p: p == {"n": 2})
        assert [p for e, p in client.events if e == "tableStatusUpdate"] == [
            {"n": 0}, {"n": 1}, {"n": 2}]


def test_a_stopped_server_refuses_calls_and_injections():
    srv = StubServer()
    with pytest.raises(RuntimeError):
        srv.inject("tableDeleted", {"id": "x"}, "b")
    with pytest.raises(RuntimeError):
        srv.call(lambda s: None)
    with pytest.raises(RuntimeError):
        srv.play(lambda emit: emit("tableDeleted", {"id": "x"}, "b"), 1)


def test_demo_size_adds_a_stress_hall_the_manager_sees():
    with StubServer(demo_size=300) as srv:
        api = login(srv, "manager")
        halls = [b for b in api.ok("GET", "/branches") if b["name"] == "Stress Hall"]
        assert len(halls) == 1
        assert len(api.ok("GET", TABLES, branchId=halls[0]["id"])) == 300
        assert login(srv, "host").ok("GET", "/branches")[0]["name"] == "Harbour Street"


def test_a_given_clock_stamps_the_demo_data_and_every_change():
    from datetime import UTC, datetime

    fixed = datetime(2026, 11, 25, 17, 0, tzinfo=UTC)
    with StubServer(clock=lambda: fixed) as srv:
        tables = srv.call(lambda s: s.repo.list_tables())
        stamps = {t["statusChangedAt"] for t in tables if t["statusChangedAt"]}
        assert stamps and max(stamps) <= "2026-11-25T17:00:00"  # seated before 17:00
        api = login(srv, "manager@floorview.dev")
        table = next(t for t in tables if t["status"] == "available")
        saved = api.patch(f"{TABLES}/{table['id']}/status", {"status": "cleaning"}).json()
        assert saved["statusChangedAt"].startswith("2026-11-25T17:00:00")


def test_room_size_counts_the_sockets_joined_and_join_ack_false_answers_none(live):
    """A join counts, a leave uncounts; without join_ack the join takes effect unanswered."""
    for ack in (True, False):
        with StubServer(join_ack=ack) as srv:
            branch = srv.call(lambda s: s.repo.list_branches()[0]["id"])
            assert srv.room_size(branch) == 0
            client = live(srv.token_for("admin@floorview.dev"), srv=srv)
            client.connect()
            answer = client.join(branch, ack=False) if not ack else client.join(branch)
            deadline = time.monotonic() + WAIT
            while srv.room_size(branch) != 1 and time.monotonic() < deadline:
                time.sleep(0.05)
            assert srv.room_size(branch) == 1
            if ack:
                assert answer == {"branchId": branch}
            else:  # never answered, though joined
                with pytest.raises(socketio.exceptions.TimeoutError):
                    client.join(branch, timeout=0.5)
            client.emit("leaveBranch", branch)
            deadline = time.monotonic() + WAIT
            while srv.room_size(branch) and time.monotonic() < deadline:
                time.sleep(0.05)
            assert srv.room_size(branch) == 0
    assert srv.room_size(branch) == 0  # stopped: nobody
