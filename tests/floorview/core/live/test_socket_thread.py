"""The socket on its own thread (floorview.core.live.socket_thread): every scenario of the
connection's own tests again with ``socket_thread=True``, and what the thread adds: the
socket's reads off the caller's thread, handlers back on it, in order, in batches."""

import pytest

from tests.floorview.core.live import harness
from tests.floorview.core.live.test_connection import *  # noqa: F403 (the scenarios, again)


@pytest.fixture(autouse=True)
def socket_thread(monkeypatch):
    monkeypatch.setitem(harness.FAST, "socket_thread", True)


import asyncio  # noqa: E402
import threading  # noqa: E402

from floorview.core.live import ConnState  # noqa: E402
from floorview.core.live.socket_thread import SOCKET_THREAD, ThreadedClient  # noqa: E402
from tests.floorview.core.live.harness import connected, run  # noqa: E402
from tests.floorview.factories import table_json  # noqa: E402
from tests.floorview.gateway import wait_until  # noqa: E402


def test_the_socket_reads_on_its_thread_and_the_store_hears_on_the_callers():
    async def scenario():
        async with connected() as h:
            heard: list[int] = []
            h.store.subscribe(lambda _u: heard.append(threading.get_ident()))
            client = h.live._attempt.client
            assert isinstance(client, ThreadedClient)
            # the WebSocket's read loop is a task of the socket thread's loop
            read_loop = client.inner.eio.read_loop_task
            assert read_loop.get_loop() is SOCKET_THREAD.loop()
            assert SOCKET_THREAD.ident not in (None, threading.get_ident())
            for v in range(2, 12):
                await h.gateway.emit("tableStatusUpdate", table_json("t-0", v, status="occupied"))
            await wait_until(lambda: h.versions()["t-0"] == 11)
            assert heard and set(heard) == {threading.get_ident()}

    run(scenario)


def test_a_burst_arrives_in_order_in_fewer_wake_ups_than_events():
    """Events the socket read while the caller's loop was busy are handled together, in
    the order sent: each table's versions only go up, and the last one wins."""
    async def scenario():
        async with connected() as h:
            seen: dict[str, list[int]] = {}

            def listener(update):
                for c in update.changes:
                    seen.setdefault(c.table_id, []).append(c.table.version)

            h.store.subscribe(listener)
            client = h.live._attempt.client
            batches, relayed = client.batches, client.relayed

            async def burst():
                for v in range(2, 302):
                    await h.gateway.emit("tableStatusUpdate",
                                         table_json(f"t-{v % 3}", v, status="occupied"))

            # the caller's loop is held while the gateway (another task) sends: the socket
            # thread reads on meanwhile
            sending = asyncio.ensure_future(burst())
            await asyncio.sleep(0)
            import time
            time.sleep(0.3)
            await sending
            await wait_until(lambda: h.versions() == h.server_versions())
            assert all(v == sorted(v) for v in seen.values())
            assert client.relayed - relayed >= 300
            assert client.batches - batches < client.relayed - relayed

    run(scenario)


def test_stopping_mid_connect_cancels_the_connect_on_the_socket_thread():
    """A server that accepts TCP and never answers: the connect times out on the caller's
    side, and the client's own tasks on the socket thread are gone after stop()."""
    async def scenario():
        import socket

        server = socket.socket()
        server.bind(("127.0.0.1", 0))
        server.listen(8)
        port = server.getsockname()[1]
        from floorview.core.live import LiveConnection
        from floorview.core.store import BranchStore
        from tests.floorview.gateway import FakeRest, Gateway

        gw = Gateway()
        gw.port = port  # never started: the frozen server above answers its port
        rest = FakeRest(gw)
        live = LiveConnection(rest, BranchStore("br-1"),
                              **{**harness.FAST, "connect_timeout": 0.3, "socket_thread": True})
        await live.start()
        await asyncio.sleep(1.0)
        assert live.status.state in (ConnState.CONNECTING, ConnState.RECONNECTING,
                                     ConnState.UNREACHABLE)
        await live.stop()
        server.close()

        def client_tasks():
            return [t for t in asyncio.all_tasks(SOCKET_THREAD.loop()) if not t.done()]

        await wait_until(lambda: not client_tasks())

    run(scenario)


def test_payloads_are_parsed_on_the_socket_thread_and_a_malformed_one_is_dropped(
        caplog, monkeypatch):
    """The GUI thread only applies: each table event reaches it parsed; one that does not
    parse is logged with the contract's reason and dropped, and the next applies."""
    import floorview.core.live.connection as connection_module
    from floorview.core import store as store_module

    parsed_on: set[int] = set()
    real = store_module.parse_event

    def watching(event, payload):
        parsed_on.add(threading.get_ident())
        return real(event, payload)

    monkeypatch.setattr(connection_module, "parse_event", watching)
    monkeypatch.setattr(store_module, "parse_event", watching)

    async def scenario():
        async with connected() as h:
            parsed_on.clear()
            await h.gateway.emit("tableStatusUpdate", {"id": "t-0", "version": "two"})
            await h.gateway.emit("tableStatusUpdate", table_json("t-0", 5, status="cleaning"))
            await wait_until(lambda: h.versions()["t-0"] == 5)
            assert parsed_on == {SOCKET_THREAD.ident}
            assert any("dropped a malformed tableStatusUpdate" in r.getMessage()
                       for r in caplog.records)

    with caplog.at_level("WARNING", logger="floorview.core.live"):
        run(scenario)
