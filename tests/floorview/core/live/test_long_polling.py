"""The long-polling fallback's rules: which refusals move to long-polling, for how long,
and what the live status says meanwhile. Against a real proxy: tests/floorview/core/test_loopback.py."""

import asyncio
import logging

import aiohttp
import pytest

from floorview.core.live.long_polling import LongPollingFallback, upgrade_refusal, websocket_opens


def handshake_error(status: int) -> BaseException:
    error = aiohttp.WSServerHandshakeError(None, (), status=status, message="Invalid response status")
    outer = ConnectionError("Connection error")
    outer.__cause__ = error
    return outer


@pytest.mark.parametrize(("status", "refusal"), [
    (400, "HTTP 400"), (403, "HTTP 403"), (404, "HTTP 404"), (426, "HTTP 426"),
    (401, None), (429, None), (500, None), (502, None), (503, None),
])
def test_only_a_4xx_to_the_upgrade_is_a_refusal(status, refusal):
    assert upgrade_refusal(handshake_error(status)) == refusal


def test_a_refused_tcp_connect_or_a_timeout_is_no_refusal():
    assert upgrade_refusal(ConnectionRefusedError()) is None
    assert upgrade_refusal(TimeoutError()) is None
    assert upgrade_refusal(None) is None


def fallback(transports=None) -> LongPollingFallback:
    return LongPollingFallback(transports or ["websocket"], websocket_retry=0.3, probe_period=5.0,
                               heartbeat=2.0)


def test_after_a_refusal_long_polling_until_websocket_is_due_again(caplog):
    async def scenario():
        f = fallback()
        assert f.transports_now() == ["websocket"] and not f.websocket_due(["websocket"])
        assert f.live_message(["websocket"]) == ""
        with caplog.at_level(logging.INFO, logger="floorview.core.live"):
            f.fall_back("HTTP 403")
            f.fall_back("HTTP 403")
        assert f.transports_now() == ["polling"] and not f.websocket_due(["polling"])
        assert f.live_message(["polling"]) == (
            "Over long-polling: WebSocket was refused (HTTP 403); WebSocket is tried again "
            "every 0 min.")
        await asyncio.sleep(0.35)
        assert f.transports_now() == ["websocket"] and f.websocket_due(["polling"])
        f.websocket_still_refused()
        assert not f.websocket_due(["polling"])
        f.websocket_allowed_again()
        assert f.transports_now() == ["websocket"] and f.live_message(["polling"]) == ""

    asyncio.run(scenario())
    refused = [r for r in caplog.records if "refused the WebSocket upgrade" in r.getMessage()]
    assert [r.levelno for r in refused] == [logging.WARNING, logging.INFO]  # said once loudly
    assert "silent link is seen within about 12 s" in refused[0].getMessage()


def test_transports_without_websocket_never_change():
    async def scenario():
        f = fallback(["polling"])
        f.fall_back("HTTP 403")
        assert f.transports_now() == ["polling"]

    asyncio.run(scenario())


def test_nothing_listening_means_websocket_does_not_open(caplog):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with caplog.at_level(logging.INFO, logger="floorview.core.live"):
        opened = asyncio.run(websocket_opens(f"http://127.0.0.1:{port}", True, 2.0))
    assert opened is False
    assert any("WebSocket still refused: connection refused" in r.getMessage() for r in caplog.records)


def test_polls_across_nodes_that_do_not_share_sessions_are_said_and_websocket_tried_again(caplog):
    """WebSocket refused (403) and long-polling behind a balancer without sticky sessions:
    every poll after the handshake reaches a node that answers 400 "Session ID unknown".
    The status says what to change on the balancer (not "no answer in time"), the 400 is
    logged once, and WebSocket is tried again at the next retries, not in 5 minutes."""
    from floorview.core.live import ConnState, LiveConnection
    from floorview.core.store import BranchStore
    from server_stub.proxy import FaultProxy
    from server_stub.testing import StubServer
    from tests.floorview.stubs import UNLIMITED, signed_in

    with StubServer(refuse_websocket=403, **UNLIMITED) as srv, FaultProxy(srv.url) as proxy:
        srv.stop_simulation()
        proxy.set_fault("unknown_session", method="*", path="/socket.io/")
        rest = signed_in(srv)
        branch = rest.branches()[0].id
        rest.base_url = proxy.url
        statuses = []

        async def scenario():
            live = LiveConnection(rest, BranchStore(branch), on_status=statuses.append,
                                  backoff=(0.05, 0.1), connect_timeout=2.0)
            await live.start()
            try:
                while sum("refused the WebSocket upgrade" in r.getMessage()
                          for r in caplog.records) < 3:
                    await asyncio.sleep(0.05)
            finally:
                await live.stop()

        with caplog.at_level(logging.INFO, logger="floorview.core.live"):
            asyncio.run(asyncio.wait_for(scenario(), 30))
    said = [s.message for s in statuses if s.state is ConnState.UNREACHABLE]
    assert said and all("enable sticky sessions on the load balancer, or let WebSocket "
                        "through" in m for m in said), said
    logged = [r.getMessage() for r in caplog.records if "Session ID unknown" in r.getMessage()]
    assert len(logged) == 1 and "HTTP 400" in logged[0], logged
    assert proxy.made["unknown_session"] >= 3


def test_polls_across_python_socketio_nodes_are_said_alike():
    """Nodes on python-socketio answer a poll of a session they do not hold
    ``400 "Invalid session <sid>"`` (Node's engine.io: "Session ID unknown"): behind a
    balancer without sticky sessions that refuses upgrades, the status says the same
    words, not "Unexpected connection error"."""
    from floorview.core.live import ConnState, LiveConnection
    from floorview.core.live.long_polling import SESSIONS_NOT_SHARED
    from floorview.core.store import BranchStore
    from server_stub.balancer import Balancer
    from tests.floorview.gateway import FakeRest, Gateway, wait_until

    statuses = []

    async def scenario():
        nodes = [Gateway(), Gateway()]
        for node in nodes:
            await node.start()
        lb = Balancer([n.url for n in nodes], refuse_websocket=403)
        await asyncio.get_running_loop().run_in_executor(None, lb.start)
        rest = FakeRest(nodes[0])
        live = LiveConnection(_Via(rest, lb.url), BranchStore("br-1"), on_status=statuses.append,
                              backoff=(0.05, 0.1), connect_timeout=2.0)
        try:
            await live.start()
            await wait_until(lambda: sum(s.state is ConnState.UNREACHABLE for s in statuses) >= 2,
                             timeout=30)
        finally:
            await live.stop()
            await asyncio.get_running_loop().run_in_executor(None, lb.stop)
            for node in nodes:
                await node.stop()

    asyncio.run(scenario())
    said = [s.message for s in statuses if s.state is ConnState.UNREACHABLE]
    assert said and all(SESSIONS_NOT_SHARED in m for m in said), said


class _Via:
    """A REST client seen at another address (a balancer in front of its server)."""

    def __init__(self, rest, url: str) -> None:
        self._rest, self.base_url = rest, url

    def __getattr__(self, name):
        return getattr(self._rest, name)
