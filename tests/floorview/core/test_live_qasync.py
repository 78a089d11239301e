"""One thread for Qt: the live connection on qasync's loop, against server_stub.

Every store listener, status callback and Qt signal runs on the GUI thread; blocking
``requests`` calls run on other threads; stopping is prompt while reconnecting.
The qasync pattern that ran clean 15 times in a row: ``loop.run_until_complete(scenario())``,
``gc.collect()`` after closing the loop, never ``loop.stop()`` in a teardown (it calls
``QApplication.exit()``, and every later qtbot wait returns at once).
"""

from __future__ import annotations

import asyncio
import gc
import threading

import pytest
import qasync
import requests.adapters
from PySide6.QtCore import QObject, QThread, Signal

from floorview.core.live import ConnState
from floorview.core.model import Status
from floorview.core.rest import RestClient
from floorview.core.session import Session
from server_stub.testing import StubServer
from tests.floorview import stubs
from tests.floorview.stubs import (
    HOST,
    MANAGER,
    PASSWORD,
    UNLIMITED,
    WAIT,
    signed_in,
)

stub = stubs.stub  # the module's demo server (a fixture)


class RecordingAdapter(requests.adapters.HTTPAdapter):
    """A real HTTP adapter that notes the thread of every request."""

    def __init__(self) -> None:
        super().__init__()
        self.threads: list[int] = []

    def send(self, request, **kwargs):
        self.threads.append(threading.get_ident())
        return super().send(request, **kwargs)


class Relay(QObject):
    """A Qt object the store listener drives, as the app's view does."""

    changed = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.received: list[bool] = []
        self.changed.connect(self.on_changed)

    def on_changed(self, n: int) -> None:
        self.received.append(QThread.currentThread() is self.thread())


@pytest.fixture
def qloop(qapp):
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    try:
        yield loop
    finally:
        loop.close()
        asyncio.set_event_loop(None)
        gc.collect()  # without it, a segfault in QTimerInfoList::activateTimers (5 runs in 8)


def signed_in_through(srv: StubServer, adapter: requests.adapters.HTTPAdapter) -> RestClient:
    rest = RestClient(srv.url, retries=1, backoff=(0.05, 0.1))
    rest.session.mount("http://", adapter)
    rest.login(HOST, PASSWORD)
    return rest


def test_everything_reaches_the_app_on_the_gui_thread(qloop, stub, qapp):
    main = threading.get_ident()
    adapter = RecordingAdapter()
    rest = signed_in_through(stub, adapter)
    branch = rest.branches()[0]
    adapter.threads.clear()  # the login and branches above ran here, before the loop
    writer = signed_in(stub, MANAGER)
    relay = Relay()
    on_listener: list[int] = []
    on_status: list[int] = []

    async def scenario():
        session = Session(rest, branch, on_status=lambda s: on_status.append(threading.get_ident()),
                          live_options={"backoff": (0.05, 0.3), "ack_timeout": 0.5, "confirm_delay": 0.1})

        def listener(update):
            on_listener.append(threading.get_ident())
            relay.changed.emit(len(update.changes))

        session.store.subscribe(listener)
        await session.start()
        await session.live.wait_for(ConnState.LIVE, timeout=WAIT)
        table = next(iter(session.store.tables.values()))
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, lambda: writer.set_status(table.id, Status.OCCUPIED, 1))
        await session.set_status(table.id, Status.RESERVED)  # our own write, in the executor
        for _ in range(int(WAIT / 0.02)):
            if session.store.tables[table.id].status is Status.RESERVED:
                break
            await asyncio.sleep(0.02)
        assert session.store.tables[table.id].status is Status.RESERVED
        await session.stop()

    qloop.run_until_complete(scenario())
    assert on_listener and set(on_listener) == {main}
    assert on_status and set(on_status) == {main}
    assert relay.received and all(relay.received)  # direct: delivered on the GUI thread
    assert adapter.threads and main not in adapter.threads


@pytest.mark.parametrize("where", ["mid-backoff", "mid-connect"])
def test_quitting_while_reconnecting_is_prompt(qloop, where):
    srv = StubServer(**UNLIMITED).start()
    try:
        rest = signed_in(srv)
        branch = rest.branches()[0]

        async def scenario():
            # a long backoff, and a connect that would wait long for an answer
            session = Session(rest, branch, live_options={"backoff": (60.0, 60.0), "connect_timeout": 60.0,
                                                          "ack_timeout": 0.5, "confirm_delay": 0.1})
            await session.start()
            await session.live.wait_for(ConnState.LIVE, timeout=WAIT)
            loop = asyncio.get_running_loop()
            silent = None
            if where == "mid-connect":
                session.live.backoff = (0.01, 0.01)
                await loop.run_in_executor(None, srv.stop)

                hanging = []

                async def hang(reader, writer):
                    hanging.append(asyncio.current_task())
                    await asyncio.sleep(120)

                # Something takes the port and never answers: the reconnect hangs in connect.
                silent = await asyncio.start_server(hang, "127.0.0.1", srv.port, reuse_address=True)
            else:
                await loop.run_in_executor(None, srv.stop)
            await session.live.wait_for(ConnState.RECONNECTING, timeout=WAIT)
            await asyncio.sleep(0.3)
            attempt = session.live._attempt
            if where == "mid-connect":  # an attempt is under way and hangs
                assert attempt is not None and not attempt.connected
            else:  # waiting out the backoff
                assert attempt is None
            await asyncio.wait_for(session.stop(), 3.0)
            assert not session.live.running
            if silent is not None:
                silent.close()
                for task in hanging:  # the connect's and the port probe's
                    task.cancel()
                await asyncio.gather(*hanging, return_exceptions=True)

        qloop.run_until_complete(scenario())
    finally:
        srv.stop()
