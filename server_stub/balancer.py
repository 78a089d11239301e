"""A load balancer without sticky sessions in front of a stub cluster's nodes: each HTTP
request, and each WebSocket upgrade, goes to the next node in turn, whichever node the
client's last request reached, as a round-robin balancer with no session affinity does.

    from server_stub.balancer import Balancer
    with Balancer([node1.url, node2.url]) as lb:
        ...                                     # clients talk to lb.url
        lb.refuse_websocket = 403               # upgrades refused: long-polling only
        lb.sockets_by_node()                    # {node1.url: 1}: where each relayed socket is

A node that refuses the connection (it is down) is skipped for the next one, as a
balancer's health check would; a request cut by a node's death is answered with an
HTML 502. A WebSocket is relayed frame by frame to the one node its upgrade reached, and
closed when that node closes it (or dies). Long-polling's requests are spread like any
other: behind this balancer a poll begun on one node is continued on another, which does
not know its session (Engine.IO's 400 "Session ID unknown").
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import threading
from collections import Counter
from typing import Any

import aiohttp
from aiohttp import web

from server_stub.proxy import HOP_HEADERS, HTML_502, LoopServer, pump

log = logging.getLogger(__name__)


class Balancer(LoopServer):
    """The balancer on a loopback port, on its own asyncio loop in a daemon thread.

    ``refuse_websocket``: an HTTP status to answer every WebSocket upgrade with (as a
    balancer or proxy that does not pass them on: 400, 403, 426), read at each request;
    None passes them on. :attr:`served` counts the requests each node was sent, and
    :attr:`statuses` the answers by HTTP status (a conditional GET's 304 among them).
    """

    NAME = "balancer"

    def __init__(self, upstreams: list[str], *, host: str = "127.0.0.1", port: int = 0,
                 refuse_websocket: int | None = None) -> None:
        if not upstreams:
            raise ValueError("a balancer needs at least one node")
        super().__init__()
        self.upstreams = [u.rstrip("/") for u in upstreams]
        self.host = host
        self.port = port
        self.refuse_websocket = refuse_websocket
        self.served: Counter[str] = Counter()
        self.statuses: Counter[int] = Counter()
        self._turn = itertools.count()
        self._lock = threading.Lock()
        self._sockets: dict[tuple[Any, Any], str] = {}
        self._runner: web.AppRunner | None = None
        self._session: aiohttp.ClientSession | None = None


    def sockets_by_node(self) -> Counter[str]:
        """How many relayed WebSockets each node holds now."""
        with self._lock:
            return Counter(self._sockets.values())

    # --- serving -------------------------------------------------------------------------

    async def _serve(self) -> None:
        # No keep-alive to the nodes: every request opens its own connection, so a dead
        # node is a refused connect (skipped) and never a pooled connection gone stale.
        self._session = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(force_close=True, limit=0),
            timeout=aiohttp.ClientTimeout(total=None, sock_connect=2.0),
            auto_decompress=False)
        app = web.Application(client_max_size=16 * 1024 * 1024)
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        self.port = self._runner.addresses[0][1]

    async def _shutdown(self) -> None:
        for pair in list(self._sockets):
            for ws in pair:
                await ws.close()
        if self._runner is not None:
            await self._runner.cleanup()
        if self._session is not None:
            await self._session.close()

    def _order(self) -> list[str]:
        """The nodes from the next one in turn: the first that accepts gets the request."""
        start = next(self._turn) % len(self.upstreams)
        return self.upstreams[start:] + self.upstreams[:start]

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        if request.headers.get("Upgrade", "").lower() == "websocket":
            return await self._relay_websocket(request)
        assert self._session is not None
        headers = {k: v for k, v in request.headers.items() if k.lower() not in HOP_HEADERS}
        body = await request.read()
        for node in self._order():
            try:
                async with self._session.request(
                        request.method, node + request.path_qs, headers=headers, data=body,
                        allow_redirects=False) as answer:
                    self.served[node] += 1
                    self.statuses[answer.status] += 1
                    data = await answer.read()
                    response = web.Response(status=answer.status, body=data)
                    for k, v in answer.headers.items():
                        if k.lower() not in HOP_HEADERS:
                            response.headers.add(k, v)
                    if "Content-Encoding" in answer.headers:
                        response.headers["Content-Encoding"] = answer.headers["Content-Encoding"]
                    return response
            except aiohttp.ClientConnectorError:
                continue  # this node is down: the next one
            except aiohttp.ClientError as e:
                log.info("node %s failed mid-request: %s", node, e)
                break
        return web.Response(status=502, body=HTML_502, content_type="text/html")

    async def _relay_websocket(self, request: web.Request) -> web.StreamResponse:
        if self.refuse_websocket is not None:
            return web.Response(status=self.refuse_websocket,
                                text="WebSocket upgrades are not allowed here\n")
        assert self._session is not None
        headers = {k: v for k, v in request.headers.items()
                   if k.lower() not in HOP_HEADERS and not k.lower().startswith("sec-websocket")}
        for node in self._order():
            url = node.replace("http", "ws", 1) + request.path_qs
            try:
                upstream = await self._session.ws_connect(url, headers=headers, autoping=True)
            except aiohttp.WSServerHandshakeError as e:
                return web.Response(status=e.status or 502, text=e.message or "")
            except aiohttp.ClientConnectorError:
                continue
            except aiohttp.ClientError:
                break
            self.served[node] += 1
            return await self._pair(request, upstream, node)
        return web.Response(status=502, body=HTML_502, content_type="text/html")

    async def _pair(self, request: web.Request, upstream: Any, node: str) -> web.StreamResponse:
        client = web.WebSocketResponse(autoping=True)
        await client.prepare(request)
        pair = (client, upstream)
        with self._lock:
            self._sockets[pair] = node
        try:
            await asyncio.gather(pump(client, upstream), pump(upstream, client))
        finally:
            with self._lock:
                self._sockets.pop(pair, None)
            await upstream.close()
            await client.close()
        return client

