"""The stub as a cluster (server_stub.testing.StubCluster): nodes that share one SQLite
file and their Socket.IO events through Redis, behind a balancer without sticky sessions.
What a client meets on a restaurant group's backend: an event made on any node reaches
every node's sockets; versions go up by one whichever node writes; a node killed is
skipped; Redis gone loses the events between nodes (each node's own still reach its
sockets) until it is back."""

from __future__ import annotations

import contextlib
import shutil
import threading
from collections.abc import Iterator

import pytest
import socketio

from server_stub.testing import NO_REDIS, StubCluster
from tests.server_stub.helpers import WAIT, Api, Live, branches, login

pytestmark = pytest.mark.skipif(shutil.which("redis-server") is None, reason=NO_REDIS)

TABLES = "/restaurant/tables"
NODE_ARGS = ["--rest-rate-limit", "1000000/10", "--login-rate-limit", "1000000/60"]


@pytest.fixture(scope="module")
def cluster(tmp_path_factory) -> Iterator[StubCluster]:
    with StubCluster(nodes=2, directory=tmp_path_factory.mktemp("cluster"),
                     args=[*NODE_ARGS, "--no-join-ack"]) as c:
        yield c


@pytest.fixture(scope="module")
def manager(cluster: StubCluster) -> Api:
    return login(cluster, "manager")


@pytest.fixture(scope="module")
def harbour(manager: Api) -> str:
    return branches(manager)["Harbour Street"]


def on_node(cluster: StubCluster, index: int, api: Api) -> Api:
    """``api``'s user, straight to node ``index`` (not through the balancer)."""
    return Api(cluster.nodes[index].url, api.token)


def socket_on(cluster: StubCluster, token: str, branch_id: str) -> tuple[Live, int]:
    """A socket joined to ``branch_id`` through the balancer, and the node it reached."""
    live = Live(cluster.url, token)
    live.connect(transports=["websocket"])
    live.join(branch_id, ack=False)
    node = cluster.node_with_socket()
    assert node is not None
    return live, node


def set_status(api: Api, table_id: str, status: str, guests: int | None = None) -> dict:
    body = {"status": status, **({"guestCount": guests} if guests else {})}
    return api.ok("PATCH", f"{TABLES}/{table_id}/status", body)


def test_an_event_made_on_one_node_reaches_a_socket_on_the_other(cluster, manager, harbour):
    live, node = socket_on(cluster, manager.token, harbour)
    try:
        table = manager.ok("GET", TABLES, branchId=harbour)[0]
        saved = set_status(on_node(cluster, 1 - node, manager), table["id"], "occupied", 2)
        got = live.wait_for("tableStatusUpdate", lambda p: p["version"] == saved["version"])
        assert got == saved
    finally:
        live.close()


def test_join_is_never_acknowledged_with_no_join_ack_but_takes_effect(cluster, manager, harbour):
    """``--no-join-ack``: the gateway sends no acknowledgement, as the bare one does; the
    socket is in the room all the same."""
    live = Live(cluster.url, manager.token)
    try:
        live.connect(transports=["websocket"])
        with pytest.raises(socketio.exceptions.TimeoutError):
            live.join(harbour, timeout=1.0)
        table = manager.ok("GET", TABLES, branchId=harbour)[1]
        saved = set_status(manager, table["id"], "cleaning")
        live.wait_for("tableStatusUpdate", lambda p: p["version"] == saved["version"])
    finally:
        live.close()


def test_writes_through_both_nodes_at_once_bump_one_version_each(cluster, manager, harbour):
    """Two writers, one per node, on one table at the same time: every write answered
    200 with its own version, and the versions run on by one with none lost or repeated."""
    table = manager.ok("GET", TABLES, branchId=harbour)[2]
    start, count = table["version"], 40
    versions: list[int] = []
    lock = threading.Lock()

    def writer(index: int) -> None:
        api = on_node(cluster, index, manager)
        for n in range(count):
            saved = set_status(api, table["id"], ("occupied", "cleaning")[n % 2], 2)
            with lock:
                versions.append(saved["version"])

    threads = [threading.Thread(target=writer, args=(i,)) for i in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sorted(versions) == list(range(start + 1, start + 1 + 2 * count))
    assert manager.ok("GET", f"{TABLES}/{table['id']}")["version"] == start + 2 * count


def test_a_killed_node_is_skipped_and_comes_back_on_the_same_database(cluster, manager, harbour):
    table = manager.ok("GET", TABLES, branchId=harbour)[3]
    cluster.kill(0)
    try:
        for n in range(6):  # round-robin: half of these would have gone to node 0
            saved = set_status(manager, table["id"], ("reserved", "available")[n % 2])
    finally:
        cluster.start_node(0)
    assert on_node(cluster, 0, manager).ok("GET", f"{TABLES}/{table['id']}") == saved


def test_without_redis_events_stay_on_their_node_until_it_is_back(cluster, manager, harbour):
    live, node = socket_on(cluster, manager.token, harbour)
    own, other = on_node(cluster, node, manager), on_node(cluster, 1 - node, manager)
    tables = manager.ok("GET", TABLES, branchId=harbour)
    try:
        cluster.stop_redis()
        try:
            lost = set_status(other, tables[4]["id"], "occupied", 3)
            kept = set_status(own, tables[5]["id"], "occupied", 3)
            live.wait_for("tableStatusUpdate", lambda p: p["id"] == kept["id"]
                          and p["version"] == kept["version"])
            assert not [p for n, p in live.events if n == "tableStatusUpdate"
                        and p["id"] == lost["id"] and p["version"] >= lost["version"]]
        finally:
            cluster.start_redis()
        # The node's listener comes back on python-socketio's own backoff (1, 2, 4... s
        # after the outage began); a write a second until one's event arrives.
        came = None
        for n in range(int(WAIT * 2)):
            saved = set_status(other, tables[4]["id"], ("cleaning", "available")[n % 2])
            with contextlib.suppress(AssertionError):
                came = live.wait_for("tableStatusUpdate", lambda p, saved=saved: (
                    p["id"] == saved["id"] and p["version"] >= saved["version"]), timeout=1.0)
                break
        assert came is not None, "events between the nodes did not come back after Redis"
    finally:
        live.close()
