"""The live connection against a backend of several nodes (server_stub.testing.StubCluster:
two stub processes sharing one database and their events through Redis, behind a
balancer without sticky sessions, never acknowledging joinBranch as the real gateway):
a node killed during writes is followed to the other at once; events lost between the
nodes are healed by the periodic check with no event to tell; long-polling across the
nodes is said in words an IT person can act on."""

from __future__ import annotations

import asyncio
import logging
import shutil
import threading
from collections.abc import Iterator

import pytest

from floorview.core.live import ConnState, LiveConnection
from floorview.core.live.long_polling import SESSIONS_NOT_SHARED
from floorview.core.rest import RestClient
from floorview.core.store import BranchStore
from server_stub.testing import NO_REDIS, StubCluster
from tests.floorview.gateway import wait_until
from tests.floorview.stubs import FAST, HOST, MANAGER, PASSWORD, WAIT, off_loop

pytestmark = pytest.mark.skipif(shutil.which("redis-server") is None, reason=NO_REDIS)

NODE_ARGS = ["--rest-rate-limit", "1000000/10", "--login-rate-limit", "1000000/60",
             "--no-join-ack"]
#: What issue 23 asks of a divergence no event tells of: healed within 20 s. A loaded
#: machine gets 5 s more; the old client's check, a minute apart, needs far longer.
DIVERGENCE_BOUND = 20.0 + 5.0


@pytest.fixture(scope="module")
def cluster(tmp_path_factory) -> Iterator[StubCluster]:
    with StubCluster(nodes=2, directory=tmp_path_factory.mktemp("cluster"),
                     args=NODE_ARGS) as c:
        yield c


def signed_in(url: str, email: str = HOST) -> RestClient:
    rest = RestClient(url, retries=1, backoff=(0.05, 0.1))
    rest.login(email, PASSWORD)
    return rest


class CountingStore(BranchStore):
    """A store that counts the table events it was handed."""

    events = 0

    def apply_event(self, event, payload):
        self.events += 1
        return super().apply_event(event, payload)


def divergent(store: BranchStore, server: list[dict]) -> int:
    """How many tables the store holds otherwise than the server (a version or a status
    that differs, a table missing on either side)."""
    theirs = {t["id"]: (t["version"], t["status"]) for t in server}
    mine = {t.id: (t.version, t.status.value) for t in store.tables.values()}
    return len({i for i in theirs.keys() | mine.keys() if theirs.get(i) != mine.get(i)})


def test_a_node_killed_during_writes_is_followed_live_at_once_and_nothing_diverges(cluster):
    """The node holding the socket is SIGKILLed while a manager writes through the
    balancer: the client reconnects to the other node and is live again without waiting
    for the acknowledgement the gateway never sends (its wait set to a minute here, which
    would outlast the test), and ends with 0 divergent tables."""
    rest, writer = signed_in(cluster.url), signed_in(cluster.url, MANAGER)
    branch = rest.branches()[0].id
    tables = [t.id for t in writer.tables(branch)]
    store = BranchStore(branch)

    def write(stop: threading.Event, done: list[int]) -> None:
        n = 0
        while not stop.is_set():
            try:
                writer.set_status(tables[n % len(tables)], ("occupied", "cleaning")[n // 7 % 2],
                                  *((2,) if n // 7 % 2 == 0 else ()))
                done.append(n)
            except Exception:  # a write cut by the kill: the client must not care
                pass
            n += 1
            stop.wait(0.02)

    async def scenario() -> float:
        loop = asyncio.get_running_loop()
        marks: list[tuple[float, ConnState]] = []  # each status, when it came
        live = LiveConnection(rest, store, **FAST,
                              on_status=lambda s: marks.append((loop.time(), s.state)))
        await live.start()
        stop, done = threading.Event(), []
        thread = threading.Thread(target=write, args=(stop, done))
        killed_node = None
        try:
            await live.wait_for(ConnState.LIVE, timeout=WAIT)
            live.ack_timeout = 60.0
            killed_node = cluster.node_with_socket()
            assert killed_node is not None
            thread.start()
            await wait_until(lambda: len(done) >= 10, timeout=WAIT)
            killed = loop.time()
            await off_loop(cluster.kill, killed_node)

            def live_again() -> float | None:
                """When the state was live again after leaving live at the kill."""
                left = next((t for t, s in marks if t >= killed and s is not ConnState.LIVE),
                            None)
                return next((t for t, s in marks if left is not None and t >= left
                             and s is ConnState.LIVE), None)

            await wait_until(lambda: live_again() is not None, timeout=WAIT)
            took = live_again() - killed
            writes_then = len(done)
            await wait_until(lambda: len(done) >= writes_then + 10, timeout=WAIT)
            stop.set()
            await off_loop(thread.join, WAIT)
            server = await off_loop(rest.tables_json, branch)
            await wait_until(lambda: divergent(store, server) == 0, timeout=WAIT)
            assert live.status.state is ConnState.LIVE
            return took
        finally:
            stop.set()
            if thread.is_alive():
                await off_loop(thread.join, WAIT)
            await live.stop()
            if killed_node is not None:
                await off_loop(cluster.start_node, killed_node)

    took = asyncio.run(scenario())
    print(f"failover: live again {took:.2f} s after the node's kill")


def test_events_lost_between_nodes_are_healed_by_the_check_with_no_event(cluster):
    """Redis stopped while the socket stays up: a manager's writes on the other node never
    reach the client, which has no sign of it (no event, no reconnect). The periodic check
    heals them, within the issue's bound, while still no event has come."""
    rest = signed_in(cluster.url)
    branch = rest.branches()[0].id
    store = CountingStore(branch)
    statuses = []

    async def scenario() -> float:
        live = LiveConnection(rest, store, on_status=statuses.append, **FAST)
        await live.start()
        try:
            await live.wait_for(ConnState.LIVE, timeout=WAIT)
            await asyncio.sleep(FAST["confirm_delay"] + 0.5)  # the confirming snapshot
            node = cluster.node_with_socket()
            assert node is not None
            other = await off_loop(signed_in, cluster.nodes[1 - node].url, MANAGER)
            await off_loop(cluster.stop_redis)
            events, seen = store.events, len(statuses)
            loop = asyncio.get_running_loop()
            changed = list(store.tables.values())[:4]
            for table in changed:
                status = "reserved" if table.status.value != "reserved" else "occupied"
                await off_loop(other.set_status, table.id, status, 2)
            wrote = loop.time()
            server = await off_loop(other.tables_json, branch)
            assert divergent(store, server) == len(changed)
            await wait_until(lambda: divergent(store, server) == 0, timeout=DIVERGENCE_BOUND,
                             interval=0.05)
            healed = loop.time() - wrote
            assert store.events == events, "an event came: the check did not heal it alone"
            assert [s.state for s in statuses[seen:]] in ([], [ConnState.LIVE] * len(
                statuses[seen:])), "the socket did not stay up"
            return healed
        finally:
            await live.stop()
            await off_loop(cluster.start_redis)

    healed = asyncio.run(scenario())
    print(f"silent divergence between nodes: healed {healed:.1f} s after the writes")


def test_long_polling_across_nodes_says_they_do_not_share_sessions(cluster, caplog):
    """The balancer refuses WebSocket upgrades: the client falls back to long-polling,
    whose polls land on the node that did not begin the session (Engine.IO's 400 "Session
    ID unknown"). The status says what to change on the balancer, never "no answer in
    time"."""
    rest = signed_in(cluster.url)
    branch = rest.branches()[0].id
    statuses = []
    assert cluster.balancer is not None
    cluster.balancer.refuse_websocket = 403

    async def scenario() -> None:
        live = LiveConnection(rest, BranchStore(branch), on_status=statuses.append,
                              backoff=(0.05, 0.1), connect_timeout=2.0)
        await live.start()
        try:
            await wait_until(lambda: sum(s.state is ConnState.UNREACHABLE
                                         for s in statuses) >= 2, timeout=WAIT * 2)
        finally:
            await live.stop()

    try:
        with caplog.at_level(logging.INFO, logger="floorview.core.live"):
            asyncio.run(scenario())
    finally:
        cluster.balancer.refuse_websocket = None
    said = [s.message for s in statuses if s.state is ConnState.UNREACHABLE]
    assert said and all(SESSIONS_NOT_SHARED in m for m in said), said
    assert not any("no answer in time" in m for m in said)
