"""A misbehaving proxy in front of a server: what a host stand meets between it and the
backend (a load balancer that answers an HTML 502, a link that cuts a body mid-way, a
backend on another stack that serialises decimals as strings), switched on at run time.

    from server_stub.proxy import FaultProxy
    with StubServer() as srv, FaultProxy(srv.url) as proxy:
        proxy.set_fault("cut", times=2)          # the next two table lists cut mid-body
        ...                                       # a client talks to proxy.url
        proxy.set_fault(None)                     # back to passing everything through

Every request is passed to ``upstream`` and its answer back (REST, Socket.IO's
long-polling, and WebSocket upgrades relayed frame by frame), except the requests a
fault matches (``method`` and a ``path`` prefix, by default ``GET /restaurant/tables``).
The faults:

* ``html502``: a 502 with an HTML page, as nginx or a cloud balancer sends;
* ``delay``: the answer held ``delay`` seconds, then passed;
* ``cut``: the real status and headers with the whole ``Content-Length``, half the body,
  then the connection closed (``requests`` raises ``ChunkedEncodingError``);
* ``truncate``: a complete 200 whose JSON body is cut in half (valid HTTP, invalid JSON);
* ``wrong_shape``: a JSON list wrapped as ``{"data": [...]}``;
* ``bad_item``: one item of a list with ``"x": "abc"`` (its ``id`` still readable);
* ``drop_id``: one item of a list without its ``id``;
* ``decimal``: in every item of a list, the ``fields`` (TypeORM's ``decimal`` columns:
  by default ``x``, ``y``, ``width``, ``height``, ``rotation``) as decimal strings
  (``"860.00"``), as a backend on TypeORM sends them;
* ``unknown_session``: Engine.IO's ``400 {"code":1,"message":"Session ID unknown"}`` to
  every request that carries a ``sid`` (the handshake passes), as a second node of a
  gateway answers a poll begun on the first behind a balancer without sticky sessions
  (``set_fault("unknown_session", method="*", path="/socket.io/")``).

A fault's ``method`` "*" matches every method.

The upstream's headers are kept (an ``ETag`` too, so a client that kept a bad answer's
ETag is caught). :meth:`cut_sockets` closes every relayed WebSocket, as a balancer that
restarts does. :attr:`made` counts the faults made, by kind.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Self

import aiohttp
from aiohttp import web

log = logging.getLogger(__name__)

KINDS = ("html502", "delay", "cut", "truncate", "wrong_shape", "bad_item", "drop_id", "decimal",
         "unknown_session")
DECIMAL_FIELDS = ("x", "y", "width", "height", "rotation")
_START_TIMEOUT = 30.0
# Hop-by-hop headers (RFC 9110 §7.6.1) and those the relay recomputes.
HOP_HEADERS = frozenset({"connection", "keep-alive", "proxy-authenticate", "proxy-authorization",
                         "te", "trailer", "transfer-encoding", "upgrade", "content-length",
                         "content-encoding", "host"})
HTML_502 = (b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
             b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
             b"</body>\r\n</html>\r\n")


@dataclass
class Fault:
    kind: str
    method: str = "GET"
    path: str = "/restaurant/tables"
    times: int | None = None  # None: until changed
    delay: float = 1.0
    fields: tuple[str, ...] = DECIMAL_FIELDS

    def matches(self, request: web.Request) -> bool:
        if self.kind == "unknown_session" and "sid" not in request.query:
            return False
        return self.method in ("*", request.method) and request.path.startswith(self.path)


@dataclass
class _State:
    fault: Fault | None = None
    made: Counter = field(default_factory=Counter)
    sockets: set = field(default_factory=set)


class LoopServer:
    """A server on a loopback port, on its own asyncio loop in a daemon thread: started,
    stopped (also as a context manager) and called into from the caller's thread.
    Subclasses give :attr:`NAME` and the coroutines ``_serve`` and ``_shutdown``."""

    NAME = "server"
    host: str
    port: int

    def __init__(self) -> None:
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None

    async def _serve(self) -> None:
        raise NotImplementedError

    async def _shutdown(self) -> None:
        raise NotImplementedError

    def start(self) -> Self:
        if self._thread is not None:
            raise RuntimeError(f"the {self.NAME} is already running")
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name=self.NAME,
                                        daemon=True)
        self._thread.start()
        self._run(self._serve())
        return self

    def stop(self) -> None:
        if self._thread is None:
            return
        try:
            self._run(self._shutdown())
        finally:
            loop, thread = self._loop, self._thread
            self._loop = self._thread = None
            if loop is not None and thread is not None:
                loop.call_soon_threadsafe(loop.stop)
                thread.join(_START_TIMEOUT)
                loop.close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def _run(self, coro: Any) -> Any:
        if self._loop is None:
            coro.close()
            raise RuntimeError(f"the {self.NAME} is not running")
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(_START_TIMEOUT)


class FaultProxy(LoopServer):
    """The proxy on a loopback port, on its own asyncio loop in a daemon thread."""

    NAME = "proxy"

    def __init__(self, upstream: str, *, host: str = "127.0.0.1", port: int = 0) -> None:
        super().__init__()
        self.upstream = upstream.rstrip("/")
        self.host = host
        self.port = port
        self._state = _State()
        self._lock = threading.Lock()
        self._runner: web.AppRunner | None = None
        self._session: aiohttp.ClientSession | None = None


    # --- faults --------------------------------------------------------------------------

    def set_fault(self, kind: str | None, *, method: str = "GET", path: str = "/restaurant/tables",
                  times: int | None = None, delay: float = 1.0,
                  fields: tuple[str, ...] = DECIMAL_FIELDS) -> None:
        """Make ``kind`` (see the module's docstring; None: pass everything) on the
        requests that match ``method`` and the ``path`` prefix, the next ``times`` of
        them (None: until changed)."""
        if kind is not None and kind not in KINDS:
            raise ValueError(f"unknown fault {kind!r}; one of {', '.join(KINDS)}")
        with self._lock:
            self._state.fault = None if kind is None else Fault(
                kind, method=method, path=path, times=times, delay=delay, fields=tuple(fields))

    @property
    def made(self) -> Counter:
        """How many faults were made, by kind."""
        with self._lock:
            return Counter(self._state.made)

    def cut_sockets(self) -> int:
        """Close every relayed WebSocket (both sides); returns how many."""
        return self._run(self._cut_sockets())

    # --- serving -------------------------------------------------------------------------

    async def _serve(self) -> None:
        self._session = aiohttp.ClientSession(auto_decompress=True)
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        server = getattr(site, "_server", None)
        sockets = getattr(server, "sockets", None) or []
        if self.port == 0 and sockets:
            self.port = sockets[0].getsockname()[1]

    async def _shutdown(self) -> None:
        await self._cut_sockets()
        if self._runner is not None:
            await self._runner.cleanup()
        if self._session is not None:
            await self._session.close()

    async def _cut_sockets(self) -> int:
        sockets = list(self._state.sockets)
        for pair in sockets:
            for ws in pair:
                await ws.close()
        return len(sockets)

    def _take(self, request: web.Request) -> Fault | None:
        with self._lock:
            fault = self._state.fault
            if fault is None or not fault.matches(request):
                return None
            if fault.times is not None:
                fault.times -= 1
                if fault.times <= 0:
                    self._state.fault = None
            self._state.made[fault.kind] += 1
            return fault

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        if request.headers.get("Upgrade", "").lower() == "websocket":
            return await self._relay_websocket(request)
        fault = self._take(request)
        if fault is not None and fault.kind == "unknown_session":
            return web.json_response({"code": 1, "message": "Session ID unknown"}, status=400)
        if fault is not None and fault.kind == "html502":
            return web.Response(status=502, body=HTML_502, content_type="text/html")
        if fault is not None and fault.kind == "delay":
            await asyncio.sleep(fault.delay)
        assert self._session is not None
        headers = {k: v for k, v in request.headers.items() if k.lower() not in HOP_HEADERS}
        try:
            async with self._session.request(
                    request.method, self.upstream + request.path_qs, headers=headers,
                    data=await request.read(), allow_redirects=False) as answer:
                body = await answer.read()
                status = answer.status
                out = [(k, v) for k, v in answer.headers.items() if k.lower() not in HOP_HEADERS]
        except aiohttp.ClientError as e:
            log.info("upstream failed: %s", e)
            return web.Response(status=502, body=HTML_502, content_type="text/html")
        if fault is not None and status == 200:
            if fault.kind == "cut":
                return await self._cut(request, status, out, body)
            body = _distort(fault, body)
        response = web.Response(status=status, body=body)
        for k, v in out:
            response.headers.add(k, v)
        return response

    async def _cut(self, request: web.Request, status: int, headers: list[tuple[str, str]],
                   body: bytes) -> web.StreamResponse:
        response = web.StreamResponse(status=status)
        for k, v in headers:
            response.headers.add(k, v)
        response.content_length = len(body)
        await response.prepare(request)
        await response.write(body[: len(body) // 2])
        if request.transport is not None:
            request.transport.close()
        return response

    async def _relay_websocket(self, request: web.Request) -> web.StreamResponse:
        assert self._session is not None
        url = self.upstream.replace("http", "ws", 1) + request.path_qs
        headers = {k: v for k, v in request.headers.items()
                   if k.lower() not in HOP_HEADERS and not k.lower().startswith("sec-websocket")}
        try:
            upstream = await self._session.ws_connect(url, headers=headers, autoping=True)
        except aiohttp.WSServerHandshakeError as e:
            return web.Response(status=e.status or 502, text=e.message or "")
        except aiohttp.ClientError:
            return web.Response(status=502, body=HTML_502, content_type="text/html")
        client = web.WebSocketResponse(autoping=True)
        await client.prepare(request)
        pair = (client, upstream)
        self._state.sockets.add(pair)
        try:
            await asyncio.gather(pump(client, upstream), pump(upstream, client))
        finally:
            self._state.sockets.discard(pair)
            await upstream.close()
            await client.close()
        return client


async def pump(source: Any, sink: Any) -> None:
    """Frames from ``source`` to ``sink`` until either closes; then close the other."""
    try:
        async for msg in source:
            if msg.type == aiohttp.WSMsgType.TEXT:
                await sink.send_str(msg.data)
            elif msg.type == aiohttp.WSMsgType.BINARY:
                await sink.send_bytes(msg.data)
            else:
                break
    except (ConnectionError, RuntimeError):
        pass
    finally:
        await sink.close()


def _distort(fault: Fault, body: bytes) -> bytes:
    if fault.kind == "truncate":
        return body[: len(body) // 2]
    try:
        data = json.loads(body)
    except ValueError:
        return body
    if not isinstance(data, list):
        return body
    if fault.kind == "wrong_shape":
        data = {"data": data}
    elif fault.kind == "bad_item" and data:
        data[0] = {**data[0], "x": "abc"}
    elif fault.kind == "drop_id" and data:
        data[0] = {k: v for k, v in data[0].items() if k != "id"}
    elif fault.kind == "decimal":
        data = [_decimals(item, fault.fields) for item in data]
    return json.dumps(data).encode()


def _decimals(item: Any, fields: tuple[str, ...]) -> Any:
    if not isinstance(item, dict):
        return item
    return {k: (f"{v:.2f}" if k in fields and isinstance(v, int | float) and not isinstance(v, bool)
                else v) for k, v in item.items()}
