"""The Socket.IO half of the contract, with a real python-socketio client."""

from __future__ import annotations

import time

import pytest

from server_stub.contract import check
from server_stub.gateway import Gateway
from server_stub.testing import StubServer
from tests.server_stub.helpers import UNLIMITED, WAIT, branches

TABLES = "/restaurant/tables"
EVENT_SCHEMAS = {
    "tableStatusUpdate": "Table", "tableAssignmentUpdate": "Table", "tableCreated": "Table",
    "tableUpdated": "Table", "tableDeleted": "DeletedTable",
}


@pytest.fixture(scope="module")
def branch_ids(as_role) -> tuple[str, str]:
    found = branches(as_role("admin"))
    return found["Harbour Street"], found["Old Town"]


def test_each_event_reaches_its_branch_room_and_no_other(stub, as_role, live, branch_ids):
    harbour, old_town = branch_ids
    manager = as_role("manager")
    token = manager.token
    here, there, nowhere = live(token), live(token), live(token)
    for client in (here, there, nowhere):
        client.connect()
    assert here.join(harbour) == {"branchId": harbour}
    assert there.join(old_town) == {"branchId": old_town}

    plan = manager.ok("GET", "/restaurant/floor-plans", branchId=harbour)[0]
    server = manager.ok("GET", "/users", branchId=harbour, role="server")[0]
    created = manager.ok("POST", TABLES, {
        "branchId": harbour, "floorPlanId": plan["id"], "number": "E1", "capacity": 2,
        "shape": "square", "x": 5, "y": 5, "width": 60, "height": 60}, expect=201)
    path = f"{TABLES}/{created['id']}"
    saved = [
        created,
        manager.ok("PATCH", path, {"x": 50}),
        manager.ok("PATCH", path + "/status", {"status": "occupied", "guestCount": 2}),
        manager.ok("PATCH", path + "/assign-server", {"serverId": server["id"]}),
        manager.ok("DELETE", path),
    ]
    expected = ["tableCreated", "tableUpdated", "tableStatusUpdate", "tableAssignmentUpdate",
                "tableDeleted"]
    for name, answer in zip(expected, saved, strict=True):
        payload = here.wait_for(name, lambda p: p["id"] == created["id"])
        check(payload, EVENT_SCHEMAS[name])
        assert payload == answer  # the event carries the saved table, as the answer does
    assert [n for n in here.names() if n in EVENT_SCHEMAS] == expected

    # A write in Old Town reaches `there`; anything from Harbour Street would be before it.
    other = manager.ok("GET", TABLES, branchId=old_town)[0]
    manager.ok("PATCH", f"{TABLES}/{other['id']}/status", {"status": "cleaning"})
    marker = there.wait_for("tableStatusUpdate", lambda p: p["id"] == other["id"])
    assert marker["branchId"] == old_town
    assert there.names() == ["tableStatusUpdate"]
    assert not any(n in EVENT_SCHEMAS for n in nowhere.names())


def test_leave_branch_stops_the_events(as_role, live, branch_ids):
    harbour, _ = branch_ids
    manager = as_role("manager")
    client = live(manager.token)
    client.connect()
    client.join(harbour)
    left = client._run(client.client.call("leaveBranch", harbour, namespace="/restaurant/tables",
                                          timeout=WAIT))
    assert left == {"branchId": harbour}
    table = manager.ok("GET", TABLES, branchId=harbour)[0]
    manager.ok("PATCH", f"{TABLES}/{table['id']}/status", {"status": "reserved"})
    # The event went out before the answer; the socket was no longer in the room.
    client.join(harbour)
    assert "tableStatusUpdate" not in client.names()


@pytest.mark.parametrize("auth", [None, {}, {"token": ""}, {"token": "not-a-jwt"},
                                  {"token": 42}, "a string", {"token": "\ud800.a.b"}])
def test_a_missing_or_bad_token_is_refused(stub, live, auth):
    assert live().refused(auth=auth) == {"message": "Unauthorized"}


def test_an_expired_token_is_refused(stub, live):
    client = live(stub.token_for("manager@floorview.dev", ttl=-5))
    assert client.refused() == {"message": "Unauthorized"}


def test_a_token_signed_with_another_secret_is_refused(live):
    with StubServer(secret="another-secret-entirely-0123456789") as other:
        foreign = other.token_for("admin@floorview.dev")
    assert live(foreign).refused() == {"message": "Unauthorized"}


@pytest.mark.parametrize("branch", ["old_town", "missing", 42, None, {"branchId": "x"},
                                    "\ud800", ["a"]])
def test_join_of_a_branch_the_user_may_not_see_is_forbidden(stub, as_role, live, branch_ids,
                                                           branch):
    harbour, old_town = branch_ids
    target = {"old_town": old_town, "missing": "no-such-branch"}.get(str(branch), branch)
    host = as_role("host")
    client = live(host.token)
    client.connect()
    client.join(target, ack=False)
    exception = client.wait_for("exception")
    check(exception, "WsException")
    assert exception == {"status": "error", "message": "Forbidden resource"}
    if branch == "old_town":
        # Joined nothing: an Old Town change does not arrive, a Harbour Street one does.
        admin = as_role("admin")
        other = admin.ok("GET", TABLES, branchId=old_town)[0]
        admin.ok("PATCH", f"{TABLES}/{other['id']}/status", {"status": "reserved"})
        client.join(harbour)
        mine = admin.ok("GET", TABLES, branchId=harbour)[0]
        admin.ok("PATCH", f"{TABLES}/{mine['id']}/status", {"status": "reserved"})
        client.wait_for("tableStatusUpdate", lambda p: p["id"] == mine["id"])
        assert all(p["branchId"] == harbour for n, p in client.events
                   if n == "tableStatusUpdate")


def test_admin_may_join_any_branch(as_role, live, branch_ids):
    client = live(as_role("admin").token)
    client.connect()
    for branch in branch_ids:
        assert client.join(branch) == {"branchId": branch}


def test_more_than_the_limit_per_second_is_dropped_with_one_warning(live):
    with StubServer(ws_rate_limit=5, **UNLIMITED) as srv:
        client = live(srv.token_for("admin@floorview.dev"), srv=srv)
        client.connect()
        branch = srv.call(lambda s: s.repo.list_branches()[0]["id"])
        acks: list[object] = []
        started = time.monotonic()
        for _ in range(30):
            client.emit("joinBranch", branch, callback=lambda *a: acks.append(a))
        warning = client.wait_for("exception")
        assert warning == {"status": "error", "message": "Too many requests"}
        check(warning, "WsException")
        for _ in range(10):  # unknown events count too
            client.emit("somethingElse", 1)
        deadline = time.monotonic() + WAIT
        while len(acks) < 5 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert 5 <= len(acks) < 30
        warnings = [p for n, p in client.events if n == "exception"]
        assert 1 <= len(warnings) <= 1 + (time.monotonic() - started)  # at most one a second
        # Once a quiet second has passed, the socket is heard again.
        for _ in range(int(WAIT)):
            time.sleep(1.2)
            heard: list[object] = []
            client.emit("joinBranch", branch, callback=lambda *a, heard=heard: heard.append(a))
            time.sleep(0.3)
            if heard:
                assert heard == [({"branchId": branch},)]
                break
        else:
            pytest.fail("the socket was never heard again")


class FakeSio:
    """Just enough of AsyncServer to drive Gateway's rate limit by hand."""

    not_handled = object()

    def __init__(self) -> None:
        self.emitted: list[tuple[str, object, str]] = []

    def on(self, *args, **kwargs) -> None:
        pass

    async def emit(self, event: str, payload: object, to: str, namespace: str) -> None:
        self.emitted.append((event, payload, to))


def test_the_limit_counts_any_one_second_window_and_warns_once_a_second():
    import asyncio

    now = [100.0]
    sio = FakeSio()
    gateway = Gateway(sio, service=None, rate_limit=20, clock=lambda: now[0])

    def burst(count: int) -> list[bool]:
        return [asyncio.run(gateway._admit("sid")) for _ in range(count)]

    assert burst(20) == [True] * 20
    assert burst(5) == [False] * 5
    assert len(sio.emitted) == 1
    assert sio.emitted[0] == ("exception", {"status": "error", "message": "Too many requests"},
                              "sid")
    now[0] += 0.5
    assert burst(3) == [False] * 3 and len(sio.emitted) == 1  # no second warning yet
    now[0] += 0.6  # the first twenty have left the window; the warning may come again
    assert burst(20) == [True] * 20
    assert burst(1) == [False] and len(sio.emitted) == 2
    assert asyncio.run(gateway._admit("other-sid"))  # per socket


def test_the_event_path_is_the_default_socket_io_path(stub):
    import requests

    response = requests.get(stub.url + "/socket.io/", params={"EIO": "4",
                                                              "transport": "polling"},
                            timeout=WAIT)
    assert response.status_code == 200 and response.text.startswith("0{")


def test_socket_io_handshakes_obey_the_cors_origins():
    import requests

    handshake = {"EIO": "4", "transport": "polling"}
    with StubServer(cors_origins=["http://ok.example"]) as srv:
        good = requests.get(srv.url + "/socket.io/", params=handshake, timeout=WAIT,
                            headers={"Origin": "http://ok.example"})
        assert good.status_code == 200
        assert good.headers["Access-Control-Allow-Origin"] == "http://ok.example"
        bad = requests.get(srv.url + "/socket.io/", params=handshake, timeout=WAIT,
                           headers={"Origin": "http://evil.example"})
        assert bad.status_code == 400
    with StubServer() as open_to_all:  # the development default
        anyone = requests.get(open_to_all.url + "/socket.io/", params=handshake, timeout=WAIT,
                              headers={"Origin": "http://anything.example"})
        assert anyone.status_code == 200


def test_admin_join_of_an_unknown_or_unstorable_branch_id_is_forbidden(as_role, live):
    client = live(as_role("admin").token)
    client.connect()
    for branch in ("no-such-branch", "\ud800"):
        client.join(branch, ack=False)
    client.wait_for("exception", lambda _: client.names().count("exception") >= 2)
    assert [p for n, p in client.events if n == "exception"] == [
        {"status": "error", "message": "Forbidden resource"}] * 2
