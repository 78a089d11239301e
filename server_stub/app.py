"""One aiohttp application serving REST and Socket.IO on one port, as the NestJS backend does.

:func:`build` wires the repository, tokens, service, gateway and routes together;
:class:`Runtime` starts and stops all of it (and the simulator) on the running loop, for
the command line and for :mod:`server_stub.testing` alike.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import hashlib
import json
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import socketio
from aiohttp import web, web_protocol

from server_stub import demo, group
from server_stub.auth import SECRET_ENV, Tokens
from server_stub.gateway import Gateway
from server_stub.ratelimit import RateLimitedLog, SlidingWindow, retry_after_header
from server_stub.repo import Repository
from server_stub.service import ApiError, Service, reason, utc_now
from server_stub.simulator import Simulator
from server_stub.validation import is_text

log = logging.getLogger(__name__)
_bad_requests = RateLimitedLog(log)

SOCKET_PATH = "/socket.io/"
# The access log names the client, the request line and the status: never a header or a
# body, so neither a token nor a password can reach it.
ACCESS_LOG_FORMAT = '%a "%r" %s %b %Tfs'


@dataclass
class StubConfig:
    host: str = "127.0.0.1"
    port: int = 3000
    db_path: Path | None = None
    demo: bool = True  # seed the demo data into an empty database
    demo_size: int = 0  # add a "Stress Hall" branch with this many tables
    group: int = 0  # add a restaurant group of this many branches (server_stub.group)
    group_tables: int | None = None  # tables in each of them (None: 12-60)
    seed: int = 7
    token_ttl: float = 12 * 3600
    secret: str | None = None  # None: FLOORVIEW_STUB_SECRET, else random per start
    simulate: float = 0.0  # simulated changes a second; 0 is off
    simulate_speed: float = 1.0  # the simulated service's clock against the wall clock
    rest_rate_limit: tuple[int, float] = (100, 10.0)  # requests, seconds: per token
    login_rate_limit: tuple[int, float] = (10, 60.0)  # logins, seconds: per address
    ws_rate_limit: int = 20  # messages a second per socket
    cors_origins: list[str] = field(default_factory=list)  # empty: every origin
    # An HTTP status to answer every WebSocket upgrade with (as a proxy that does not pass
    # them on does: 400, 403, 426); None: upgrades are served. REST and long-polling work.
    refuse_websocket: int | None = None
    # Nodes of one backend: they share ``db_path`` and their Socket.IO events go through
    # the Redis at this URL (python-socketio's AsyncRedisManager, as the Socket.IO
    # documentation's Redis adapter does for Node), so an event reaches every node's sockets
    # whichever node made the change. None: this process's sockets only.
    redis_url: str | None = None
    # Acknowledge joinBranch when asked (the hardened deployment). False: never, as the
    # bare gateway and a NestJS backend's do.
    join_ack: bool = True
    # The service's clock: it stamps every change and the demo data's times. None: the
    # wall clock. (A test gives it a simulator's frozen clock, so that a seed always
    # plays the same evening: stamped by the wall clock, how long the machine took to
    # start moved every due time, and under load one seed played another evening.)
    clock: Callable[[], datetime] | None = None


# --- REST ------------------------------------------------------------------------------------

class _Rest:
    """The REST routes: parse the request, call the service, answer JSON."""

    def __init__(self, service: Service, config: StubConfig) -> None:
        self.service = service
        self.rest_limit = SlidingWindow(*config.rest_rate_limit)
        self.login_limit = SlidingWindow(*config.login_rate_limit)

    def routes(self) -> list[web.RouteDef]:
        return [
            web.post("/auth/login", self.login),
            web.get("/branches", self.branches),
            web.get("/users", self.users),
            web.get("/restaurant/floor-plans", self.floor_plans),
            web.get("/restaurant/table-sections", self.sections),
            web.get("/restaurant/tables", self.tables),
            web.post("/restaurant/tables", self.create_table),
            web.get("/restaurant/tables/{id}", self.table),
            web.patch("/restaurant/tables/{id}", self.update_table),
            web.patch("/restaurant/tables/{id}/status", self.update_status),
            web.patch("/restaurant/tables/{id}/assign-server", self.assign_server),
            web.delete("/restaurant/tables/{id}", self.delete_table),
        ]

    async def login(self, request: web.Request) -> web.Response:
        wait = self.login_limit.hit(request.remote or "?")
        if wait is not None:
            raise _too_many(wait)
        return _json(self.service.login(await _body(request)), status=200)

    async def branches(self, request: web.Request) -> web.Response:
        return _json(self.service.list_branches(self._actor(request)))

    async def users(self, request: web.Request) -> web.Response:
        return _json(self.service.list_users(self._actor(request), _query(request)))

    async def floor_plans(self, request: web.Request) -> web.Response:
        return _json(self.service.list_floor_plans(self._actor(request), _query(request)))

    async def sections(self, request: web.Request) -> web.Response:
        return _json(self.service.list_sections(self._actor(request), _query(request)))

    async def tables(self, request: web.Request) -> web.Response:
        return _json(self.service.list_tables(self._actor(request), _query(request)))

    async def table(self, request: web.Request) -> web.Response:
        return _json(self.service.get_table(self._actor(request), _table_id(request)))

    async def create_table(self, request: web.Request) -> web.Response:
        actor = self._actor(request)
        body = await _body(request)
        return _json(await self.service.create_table(actor, body), status=201)

    async def update_table(self, request: web.Request) -> web.Response:
        return await self._patch(request, self.service.update_table)

    async def update_status(self, request: web.Request) -> web.Response:
        return await self._patch(request, self.service.update_status)

    async def assign_server(self, request: web.Request) -> web.Response:
        return await self._patch(request, self.service.assign_server)

    async def _patch(self, request: web.Request, write) -> web.Response:
        actor = self._actor(request)
        body = await _body(request)
        return _json(await write(actor, _table_id(request), body))

    async def delete_table(self, request: web.Request) -> web.Response:
        actor = self._actor(request)
        return _json(await self.service.delete_table(actor, _table_id(request)))

    def _actor(self, request: web.Request) -> dict:
        """The signed-in user (401 otherwise), counted against the per-token limit (429)."""
        scheme, _, token = request.headers.get("Authorization", "").partition(" ")
        token = token.strip()
        user = self.service.user_for_token(token) if scheme.lower() == "bearer" else None
        if user is None:
            raise ApiError(401, "Unauthorized")
        wait = self.rest_limit.hit(token)
        if wait is not None:
            raise _too_many(wait)
        return user


def _too_many(wait: float) -> ApiError:
    return ApiError(429, "ThrottlerException: Too Many Requests",
                    headers={"Retry-After": retry_after_header(wait)})


def _json(value: object, status: int = 200, headers: dict | None = None) -> web.Response:
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return web.Response(text=text, status=status, content_type="application/json",
                        headers=headers)


def _reject_constant(name: str) -> float:
    raise ValueError(f"{name} is not JSON")


async def _body(request: web.Request) -> object:
    """The request's JSON body; an empty body is ``{}``; anything unparsable is 400."""
    raw = await request.read()
    if not raw.strip():
        return {}
    try:
        return json.loads(raw.decode("utf-8"), parse_constant=_reject_constant)
    except (ValueError, RecursionError):
        raise ApiError(400, "Unexpected token in JSON body: the body is not valid JSON") from None


def _query(request: web.Request) -> dict[str, str]:
    """Query parameters as single strings: a repeated one, or bad Unicode, is 400."""
    query: dict[str, str] = {}
    for key, value in request.query.items():
        if key in query:
            raise ApiError(400, [f"{key} must be a string"])
        if not is_text(key) or not is_text(value):
            raise ApiError(400, [f"{key if is_text(key) else 'query'} must be valid Unicode text"])
        query[key] = value
    return query


def _table_id(request: web.Request) -> str:
    table_id = request.match_info["id"]
    if not is_text(table_id):
        raise ApiError(404, "Table not found")
    return table_id


# --- middleware -------------------------------------------------------------------------------

def _error_response(status: int, message: str | list[str],
                    headers: dict | None = None) -> web.Response:
    body = {"statusCode": status, "message": message, "error": reason(status)}
    return _json(body, status=status, headers=headers)


@web.middleware
async def _nest_errors(request: web.Request, handler) -> web.StreamResponse:
    """Every error as NestJS's ``{"statusCode", "message", "error"}``; never a bare 500."""
    try:
        return await handler(request)
    except ApiError as error:
        return _json(error.body(), status=error.status, headers=error.headers)
    except web.HTTPException as error:
        if request.path.startswith(SOCKET_PATH):
            raise
        if error.status in (404, 405):  # NestJS answers an unknown method+path with 404
            return _error_response(404, f"Cannot {request.method} {request.path}")
        if error.status < 400:
            raise
        return _error_response(error.status, error.reason)
    except (asyncio.CancelledError, ConnectionError):
        raise
    except Exception:
        log.exception("unexpected error in %s %s", request.method, request.path)
        return _error_response(500, "Internal server error")


@web.middleware
async def _etags(request: web.Request, handler) -> web.StreamResponse:
    """A weak ETag on every JSON answer to a GET, and 304 Not Modified to a matching
    ``If-None-Match``, as Express (under NestJS) does by default."""
    response = await handler(request)
    if (request.method != "GET" or response.status != 200
            or not isinstance(response, web.Response) or response.body is None
            or request.path.startswith(SOCKET_PATH)):
        return response
    body = response.body if isinstance(response.body, bytes) else None
    if body is None:
        return response
    etag = f'W/"{len(body):x}-{hashlib.sha1(body).hexdigest()[:27]}"'
    response.headers["ETag"] = etag
    wanted = request.headers.get("If-None-Match", "")
    if etag in (tag.strip() for tag in wanted.split(",")):
        return web.Response(status=304, headers={"ETag": etag})
    return response


def _refuse_upgrades(config: StubConfig):
    """Answer every WebSocket upgrade with ``config.refuse_websocket`` while it is set, as
    a proxy that refuses them does (read at each request: a test may change it)."""

    @web.middleware
    async def refuse(request: web.Request, handler) -> web.StreamResponse:
        status = config.refuse_websocket
        if status is not None and request.headers.get("Upgrade", "").lower() == "websocket":
            return web.Response(status=status, text="WebSocket upgrades are not allowed here\n")
        return await handler(request)

    return refuse


def _unknown_sessions(sio: socketio.AsyncServer):
    """A long-polling request for an Engine.IO session this node does not hold (it began
    on another node of a cluster, or ended) answered as Node's engine.io, under the
    NestJS backend, answers it: ``400 {"code":1,"message":"Session ID unknown"}``
    (python-engineio says ``"Invalid session <sid>"``, a string no client of the real
    backend ever reads)."""

    @web.middleware
    async def unknown(request: web.Request, handler) -> web.StreamResponse:
        sid = request.query.get("sid")
        if (sid is not None and request.path.startswith(SOCKET_PATH)
                and request.headers.get("Upgrade", "").lower() != "websocket"
                and sid not in sio.eio.sockets):
            return web.json_response({"code": 1, "message": "Session ID unknown"}, status=400)
        return await handler(request)

    return unknown


def _cors_middleware(origins: list[str]):
    """CORS headers on REST answers for the allowed origins (Socket.IO does its own)."""
    allow_all = not origins

    @web.middleware
    async def cors(request: web.Request, handler) -> web.StreamResponse:
        origin = request.headers.get("Origin")
        if request.path.startswith(SOCKET_PATH) or not origin:
            return await handler(request)
        allowed = allow_all or origin in origins
        if request.method == "OPTIONS" and "Access-Control-Request-Method" in request.headers:
            if not allowed:
                return _error_response(403, "Origin not allowed")
            response: web.StreamResponse = web.Response(status=204)
            response.headers["Access-Control-Allow-Methods"] = "GET,POST,PATCH,DELETE,OPTIONS"
            response.headers["Access-Control-Allow-Headers"] = request.headers.get(
                "Access-Control-Request-Headers", "Authorization, Content-Type")
            response.headers["Access-Control-Max-Age"] = "600"
        else:
            response = await handler(request)
        if allowed:
            response.headers["Access-Control-Allow-Origin"] = origin
            response.headers["Vary"] = "Origin"
        return response

    return cors


class _NestRequestHandler(web_protocol.RequestHandler):
    """aiohttp's connection handler, answering requests it cannot even parse (an over-long
    URL or header, a NUL in a header, no HTTP at all) in NestJS's error shape, with one
    rate-limited line of log instead of a traceback each (an anonymous flood stays quiet)."""

    def handle_error(self, request, status: int = 500, exc: BaseException | None = None,
                     message: str | None = None) -> web.StreamResponse:
        if request.writer.output_size > 0:  # as aiohttp: the answer is on its way, broken
            raise ConnectionError("Response is sent already, cannot send an error")
        what = type(exc).__name__ if exc is not None else "error"
        _bad_requests.warning(f"bad:{status}", "answered %d to a malformed request from %s (%s)",
                              status, request.remote, what)
        text = "Internal server error" if status >= 500 else f"Malformed request: {what}"
        response = _error_response(status, text)  # never the request's bytes echoed back
        response.force_close()
        return response


class _NestServer(web.Server):
    def __call__(self) -> web_protocol.RequestHandler:
        return _NestRequestHandler(self, loop=self._loop, **self._kwargs)


class _NestRunner(web.AppRunner):
    """# WORKAROUND: aiohttp answers a request it cannot parse from inside its protocol,
    before any middleware, as plain text with an ERROR traceback per request (aiohttp
    issue #3287: no hook for it); its server is made to use _NestRequestHandler."""

    async def _make_server(self) -> web.Server:
        server = await super()._make_server()
        server.__class__ = _NestServer  # adds a method only: the same object, another door
        return server


class _Connections:
    """The open Socket.IO connections, so a stop can drop them like a killed server would."""

    def __init__(self) -> None:
        self.transports: set[asyncio.Transport] = set()

    @web.middleware
    async def track(self, request: web.Request, handler) -> web.StreamResponse:
        transport = request.transport
        if transport is None or not request.path.startswith(SOCKET_PATH):
            return await handler(request)
        self.transports.add(transport)
        try:
            return await handler(request)
        finally:
            self.transports.discard(transport)

    def abort_all(self) -> None:
        for transport in list(self.transports):
            transport.abort()
        self.transports.clear()


# --- wiring -----------------------------------------------------------------------------------

@dataclass
class Built:
    app: web.Application
    sio: socketio.AsyncServer
    service: Service
    gateway: Gateway
    repo: Repository
    connections: _Connections


def build(config: StubConfig) -> Built:
    """Open the database (seeding it if asked) and wire the app; nothing listens yet."""
    repo = Repository(config.db_path)
    try:
        secret = config.secret or os.environ.get(SECRET_ENV) or None
        tokens = Tokens(secret, config.token_ttl)
        if secret and len(secret.encode("utf-8")) < 32:
            log.warning("the token secret is shorter than 32 bytes: HS256 wants 32 or more")
        if tokens.random_secret:
            log.info("no %s set: tokens are signed with a random secret and die with this run",
                     SECRET_ENV)
        sio = socketio.AsyncServer(
            async_mode="aiohttp",
            cors_allowed_origins=config.cors_origins or "*",
            logger=False, engineio_logger=False,
            client_manager=socketio.AsyncRedisManager(config.redis_url)
            if config.redis_url else None,
        )
        gateway: Gateway | None = None

        async def emit(event: str, payload: dict, branch_id: str) -> None:
            assert gateway is not None  # set below, before the server takes a request
            await gateway.emit(event, payload, branch_id)

        service = Service(repo, tokens, emit, clock=config.clock or utc_now)
        gateway = Gateway(sio, service, config.ws_rate_limit, join_ack=config.join_ack)
        _seed(repo, config)
    except BaseException:
        repo.close()
        raise
    connections = _Connections()
    app = web.Application(middlewares=[connections.track, _refuse_upgrades(config),
                                       _unknown_sessions(sio), _cors_middleware(config.cors_origins),
                                       _etags, _nest_errors])
    app.on_response_prepare.append(_date_from(config.clock or utc_now))
    app.add_routes(_Rest(service, config).routes())
    sio.attach(app, socketio_path=SOCKET_PATH.strip("/"))
    return Built(app, sio, service, gateway, repo, connections)


async def _close_manager(manager: object) -> None:
    """A Redis manager's listening task ended and its connection closed (the plain
    manager has neither)."""
    listener = getattr(manager, "thread", None)
    if isinstance(listener, asyncio.Task):
        listener.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await listener
    redis = getattr(manager, "redis", None)
    if redis is not None:
        with contextlib.suppress(Exception):
            await redis.aclose()


def _date_from(clock: Callable[[], datetime]):
    """Every answer's ``Date`` on the service's clock, as a backend's own clock writes
    it (aiohttp writes the system's): the stamps in the bodies and the header agree, and a
    skewed stub (``--clock-offset``) is skewed in both."""

    async def set_date(request: web.Request, response: web.StreamResponse) -> None:
        response.headers["Date"] = email.utils.format_datetime(
            clock().astimezone(UTC), usegmt=True)

    return set_date


def _seed(repo: Repository, config: StubConfig) -> None:
    now = (config.clock or utc_now)()
    with repo.transaction():
        if config.demo and repo.is_empty():
            demo.seed_demo(repo, config.seed, now)
            log.info("seeded the demo data (seed %s)", config.seed)
        if config.demo_size > 0 and repo.find_branch_by_name(demo.STRESS_BRANCH) is None:
            demo.seed_stress_hall(repo, config.demo_size, config.seed, now)
            log.info("added %s with %s tables", demo.STRESS_BRANCH, config.demo_size)
        if config.group > 0 and repo.find_login(f"{group.AREA_MANAGER}@floorview.dev") is None:
            group.seed_group(repo, config.group, config.seed, now, config.group_tables)
            log.info("added a group of %s branches", config.group)


class Runtime:
    """The stub running on the current event loop: ``await start()``, ``await stop()``."""

    def __init__(self, config: StubConfig) -> None:
        self.config = config
        self.built: Built | None = None
        self.port: int | None = None
        self._runner: web.AppRunner | None = None
        self._simulation: asyncio.Task | None = None

    @property
    def url(self) -> str:
        host = self.config.host
        host = f"[{host}]" if ":" in host else host
        return f"http://{host}:{self.port}"

    async def start(self) -> None:
        if not self.config.cors_origins:
            log.warning("CORS: every origin may connect (development only); "
                        "restrict it with --cors-origin")
        self.built = build(self.config)
        self._runner = _NestRunner(self.built.app, access_log_format=ACCESS_LOG_FORMAT,
                                     shutdown_timeout=1.0, handle_signals=False)
        try:
            await self._runner.setup()
            site = web.TCPSite(self._runner, self.config.host, self.config.port,
                               reuse_address=True)
            await site.start()
        except BaseException:
            await self._runner.cleanup()
            self.built.repo.close()
            raise
        self.port = self._runner.addresses[0][1]
        if self.config.simulate > 0:
            simulator = Simulator(self.built.service, self.config.simulate, self.config.seed,
                                  speed=self.config.simulate_speed, clock=self.config.clock)
            self._simulation = asyncio.create_task(simulator.run(), name="simulator")

    async def stop_simulation(self) -> None:
        """Stop the simulator (if running), so the tables hold still; the server goes on."""
        if self._simulation is not None:
            self._simulation.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._simulation
            self._simulation = None

    async def stop(self) -> None:
        await self.stop_simulation()
        if self._runner is not None:
            # Drop Socket.IO connections without a goodbye, like a killed server: clients
            # see a transport error and reconnect, as they must after a real restart.
            assert self.built is not None  # set before the runner, cleared after it
            self.built.connections.abort_all()
            await self.built.sio.shutdown()
            await self._runner.cleanup()
            self._runner = None
            await _close_manager(self.built.sio.manager)
        if self.built is not None:
            self.built.repo.close()
            self.built = None
