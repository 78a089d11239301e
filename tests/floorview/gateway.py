"""A tiny, scriptable Socket.IO gateway on loopback, for LiveConnection's unit tests.

It speaks §3 of the contract (namespace, joinBranch, table events, ``exception``) and
nothing else; its REST side is :class:`FakeRest`, which reads the same tables. The real
server (server_stub) is used by the loopback tests; this one lets a test do what a real
server does rarely: refuse, never acknowledge, drop the socket, hang.
"""

from __future__ import annotations

import asyncio
import ssl
import threading
from typing import Any

import socketio
from aiohttp import web

from floorview.core.model import Table
from floorview.core.rest import Unauthorized

NS = "/restaurant/tables"


class Gateway:
    def __init__(self, *, tokens: set[str] | None = None, ack: bool | str = True) -> None:
        """``ack``: True answers joinBranch; False answers it empty (python-socketio sends
        an ack for any return); "never" sends nothing, as NestJS's gateway does (the
        handler holds until the gateway stops)."""
        self.tokens = tokens if tokens is not None else {"good"}
        self.ack = ack
        self._stopped = asyncio.Event()
        self.forbidden: set[str] = set()
        self.tables: dict[str, dict[str, Any]] = {}
        self.joins: list[tuple[str, str]] = []
        self.connects = 0
        self.port = 0
        self.ssl_context: ssl.SSLContext | None = None  # set for https
        self._runner: web.AppRunner | None = None
        self.sio: socketio.AsyncServer | None = None

    @property
    def url(self) -> str:
        scheme = "https" if self.ssl_context is not None else "http"
        return f"{scheme}://127.0.0.1:{self.port}"

    async def start(self) -> None:
        self._stopped = asyncio.Event()
        sio = socketio.AsyncServer(async_mode="aiohttp", cors_allowed_origins="*")
        app = web.Application()
        sio.attach(app)

        async def tables(request: web.Request) -> web.Response:
            if request.headers.get("Authorization") not in {f"Bearer {t}" for t in self.tokens}:
                return web.json_response({"statusCode": 401, "message": "Unauthorized"}, status=401)
            return web.json_response(list(self.tables.values()))

        app.router.add_get("/restaurant/tables", tables)

        @sio.event(namespace=NS)
        async def connect(sid, environ, auth):
            token = (auth or {}).get("token")
            if token not in self.tokens:
                raise socketio.exceptions.ConnectionRefusedError("Unauthorized")
            self.connects += 1

        @sio.on("joinBranch", namespace=NS)
        async def join(sid, branch_id):
            self.joins.append((sid, branch_id))
            if branch_id in self.forbidden:
                await sio.emit(
                    "exception", {"status": "error", "message": "Forbidden resource"}, to=sid, namespace=NS
                )
                return None
            await sio.enter_room(sid, f"branch:{branch_id}", namespace=NS)
            if self.ack == "never":
                await self._stopped.wait()
            return {"branchId": branch_id} if self.ack is True else None

        self.sio = sio
        self._runner = web.AppRunner(app, shutdown_timeout=0.2)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", self.port, reuse_address=True,
                           ssl_context=self.ssl_context)
        await site.start()
        if not self.port:
            self.port = self._runner.addresses[0][1]

    async def stop(self) -> None:
        if self._runner is not None:
            runner, self._runner = self._runner, None
            self._stopped.set()
            await runner.cleanup()

    async def emit(self, event: str, payload: Any, branch_id: str = "br-1") -> None:
        if isinstance(payload, dict) and event != "tableDeleted" and payload.get("id"):
            if payload.get("version") is not None:
                self.tables[payload["id"]] = payload
        elif event == "tableDeleted" and isinstance(payload, dict):
            self.tables.pop(payload.get("id"), None)
        await self.sio.emit(event, payload, room=f"branch:{branch_id}", namespace=NS)

    async def drop_all(self) -> None:
        """The server disconnects every socket itself (python-socketio does not retry)."""
        for sid in [sid for sid, _ in self.sio.manager.get_participants(NS, None)]:
            await self.sio.disconnect(sid, namespace=NS)

    async def send_raw(self, event: str, payload: Any, branch_id: str = "br-1") -> None:
        await self.sio.emit(event, payload, room=f"branch:{branch_id}", namespace=NS)


class FakeRest:
    """The REST side of :class:`Gateway`: ``tables()`` answers from its tables."""

    def __init__(self, gateway: Gateway, token: str = "good") -> None:
        self.gateway = gateway
        self.token = token
        self.verify = True
        self.calls: list[tuple[str, int]] = []
        self.gate: threading.Event | None = None  # when set, tables() waits for it
        self.fail: Exception | None = None

    @property
    def base_url(self) -> str:
        return self.gateway.url

    def tables(self, branch_id: str) -> list[Table]:
        self.calls.append(("tables", threading.get_ident()))
        snapshot = [Table.from_json(t) for t in self.gateway.tables.values()]
        if self.gate is not None:
            self.gate.wait(5)
        if self.fail is not None:
            raise self.fail
        if self.token not in self.gateway.tokens:
            raise Unauthorized(401, "Unauthorized")
        return snapshot

    def tables_cached(self, branch_id: str, etag: str | None = None, *, timeout=None):
        """As RestClient's: this fake sends no ETag, so every answer is a full one."""
        return None, self.tables(branch_id)


async def wait_until(predicate, timeout: float = 5.0, interval: float = 0.01) -> None:
    """Poll ``predicate`` on the loop until true; fail with its last value otherwise."""
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while True:
        if predicate():
            return
        if loop.time() > end:
            raise AssertionError(f"not true within {timeout} s: {predicate.__doc__ or predicate}")
        await asyncio.sleep(interval)
