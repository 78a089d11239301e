"""The stub in-process, for tests: a real server on a loopback port in a background thread;
as a child process (:class:`StubProcess`); and as a cluster of such processes behind a
balancer, sharing a database and a Redis (:class:`StubCluster`).

    from server_stub.testing import StubServer
    with StubServer() as srv:
        requests.post(srv.url + "/auth/login", json={...})

``stop()`` then ``start()`` again restarts on the same port and database, so a client
sees what it would see when the real backend restarts: its sockets drop (no Socket.IO
goodbye) and reconnect by themselves. With ``db_path=None`` the database lives in memory,
so a restart brings the demo data back as it was first seeded (the same seed: the same
ids, statuses and lower versions), as a restore from backup would.

Tokens are signed with a fixed test secret, so they stay valid across a restart. The
rate limits default to the contract's (100 REST requests per 10 s per token, 10 logins a
minute per address, 20 socket messages a second): pass larger ones to tests that make
many requests.
"""

from __future__ import annotations

import asyncio
import inspect
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Awaitable, Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from server_stub.app import Runtime, StubConfig
from server_stub.balancer import Balancer
from server_stub.cli import LISTENING
from server_stub.gateway import NAMESPACE, room
from server_stub.service import Service

_START_TIMEOUT = 30.0

# ``await emit(event, payload, branch_id)``: one raw event to a branch's room (StubServer.play)
Emit = Callable[[str, Any, str], Awaitable[None]]


class StubServer:
    """A stub server on its own asyncio loop in a daemon thread.

    ``refuse_websocket=403`` answers every WebSocket upgrade with that HTTP status, as a
    proxy that does not pass upgrades on does; REST and long-polling go on working. Set
    ``srv.config.refuse_websocket`` (None: served) to change it while it runs.
    ``join_ack=False`` never acknowledges ``joinBranch``, as the real gateway.
    """

    def __init__(self, db_path: Path | str | None = None, demo: bool = True,
                 token_ttl: float = 43200, simulate: float = 0.0, demo_size: int = 0,
                 group: int = 0, group_tables: int | None = None,
                 rest_rate_limit: tuple[int, float] = (100, 10.0),
                 login_rate_limit: tuple[int, float] = (10, 60.0), ws_rate_limit: int = 20,
                 port: int = 0, host: str = "127.0.0.1", seed: int = 7,
                 cors_origins: list[str] | None = None, secret: str | None = None,
                 simulate_speed: float = 60.0, refuse_websocket: int | None = None,
                 clock: Callable[[], datetime] | None = None, join_ack: bool = True) -> None:
        # The simulator's clock runs a minute a second by default: a test sees a service's
        # changes in seconds (at real time a 40-table room changes about twice a minute).
        # A fixed secret unless one is given: tokens survive a restart, as with a real
        # backend whose secret comes from its configuration.
        self.config = StubConfig(
            host=host, port=port, db_path=Path(db_path) if db_path else None, demo=demo,
            demo_size=demo_size, group=group, group_tables=group_tables, seed=seed,
            token_ttl=token_ttl,
            secret=secret or "floorview-stub-tests-secret-0123456789",
            simulate=simulate, simulate_speed=simulate_speed, rest_rate_limit=rest_rate_limit,
            login_rate_limit=login_rate_limit, ws_rate_limit=ws_rate_limit,
            cors_origins=list(cors_origins or []), refuse_websocket=refuse_websocket,
            clock=clock, join_ack=join_ack,
        )
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runtime: Runtime | None = None

    # --- life cycle ----------------------------------------------------------------------

    def start(self) -> StubServer:
        """Start serving; returns once the port accepts connections."""
        if self._thread is not None:
            raise RuntimeError("the stub server is already running")
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="stub-server",
                                        daemon=True)
        self._thread.start()
        runtime = Runtime(self.config)
        try:
            self._run(runtime.start(), _START_TIMEOUT)
        except BaseException:
            self._halt_loop()
            raise
        self._runtime = runtime
        assert runtime.port is not None  # set by start()
        self.config.port = runtime.port  # a restart reuses the same port
        return self

    def stop(self) -> None:
        """Stop serving: sockets dropped, database closed, thread ended. Idempotent."""
        if self._thread is None:
            return
        try:
            if self._runtime is not None:
                self._run(self._runtime.stop(), _START_TIMEOUT)
        finally:
            self._runtime = None
            self._halt_loop()

    def __enter__(self) -> StubServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        return self._runtime is not None

    @property
    def port(self) -> int:
        return self.config.port

    @property
    def url(self) -> str:
        if self._runtime is None:
            return f"http://{self.config.host}:{self.config.port}"
        return self._runtime.url

    # --- reaching into the running server ------------------------------------------------

    def call(self, fn: Callable[[Service], Any]) -> Any:
        """Run ``fn(service)`` on the server's loop and return its result (awaited if a
        coroutine). Writes made this way emit their events like REST writes."""

        async def run() -> Any:
            result = fn(self._service())
            return await result if inspect.isawaitable(result) else result

        return self._run(run(), _START_TIMEOUT)

    def room_size(self, branch_id: str) -> int:
        """How many sockets are joined to the branch's room now."""
        built = self._runtime.built if self._runtime is not None else None
        if built is None or self._loop is None:
            return 0
        sio = built.sio

        async def count() -> int:
            rooms = sio.manager.rooms.get(NAMESPACE, {})
            return len(rooms.get(room(branch_id), {}))

        return self._run(count(), _START_TIMEOUT)

    def token_for(self, email: str, ttl: float | None = None) -> str:
        """A token for the user with ``email``, valid for ``ttl`` seconds (default: the
        server's token TTL)."""
        return self.call(lambda service: service.token_for(email, ttl))

    def stop_simulation(self) -> None:
        """Stop the simulator so the server's tables hold still (e.g. before comparing a
        client's picture with them); the server itself goes on serving."""
        if self._runtime is None:
            raise RuntimeError("the stub server is not running")
        self._run(self._runtime.stop_simulation(), _START_TIMEOUT)

    def inject(self, event: str, payload: Any, branch_id: str) -> None:
        """Emit a raw, possibly malformed, event to room ``branch:<branch_id>``."""

        async def one(emit: Emit) -> None:
            await emit(event, payload, branch_id)

        self.play(one, _START_TIMEOUT)

    def inject_many(self, items: list[tuple[str, Any]], branch_id: str) -> None:
        """Emit many raw ``(event, payload)`` pairs to room ``branch:<branch_id>`` in one
        call on the server's loop, in order (a fuzz sends thousands a second this way)."""

        async def each(emit: Emit) -> None:
            for event, payload in items:
                await emit(event, payload, branch_id)

        # A batch gets time by its size: 1,000 hostile payloads took 0.5 s on a quiet
        # machine and over 30 s on one loaded by a test suite and a chaos run.
        self.play(each, _START_TIMEOUT + 0.1 * len(items))

    def play(self, script: Callable[[Emit], Awaitable[Any]], timeout: float) -> Any:
        """Run ``script(emit)`` on the server's loop and return its result, where
        ``await emit(event, payload, branch_id)`` sends one raw event to that branch's
        room: for streams paced by the caller (a benchmark's events at a set rate)."""
        if self._runtime is None or self._runtime.built is None:
            raise RuntimeError("the stub server is not running")
        sio = self._runtime.built.sio

        async def emit(event: str, payload: Any, branch_id: str) -> None:
            await sio.emit(event, payload, to=room(branch_id), namespace=NAMESPACE)

        return self._run(script(emit), timeout)

    # --- internals -----------------------------------------------------------------------

    def _service(self) -> Service:
        if self._runtime is None or self._runtime.built is None:
            raise RuntimeError("the stub server is not running")
        return self._runtime.built.service

    def _run(self, coro, timeout: float) -> Any:
        if self._loop is None:
            coro.close()
            raise RuntimeError("the stub server is not running")
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(timeout)

    def _halt_loop(self) -> None:
        loop, thread = self._loop, self._thread
        self._loop = self._thread = None
        if loop is None or thread is None:
            return

        async def finish() -> None:
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            await loop.shutdown_asyncgens()

        try:
            asyncio.run_coroutine_threadsafe(finish(), loop).result(_START_TIMEOUT)
        finally:
            loop.call_soon_threadsafe(loop.stop)
            thread.join(_START_TIMEOUT)
            loop.close()


class StubProcess:
    """The stub as a child process (``python -m server_stub``), for what a thread cannot
    do: SIGKILL it mid-write, or freeze it with SIGSTOP (its sockets stay open and nothing
    answers, as when a network drops silently or the backend hangs).

        with StubProcess(db_path=tmp / "db.sqlite") as srv:
            srv.freeze(); ...; srv.thaw()
            srv.kill(); srv.start()          # the same port and database

    Tokens are signed with a fixed secret, so they stay valid across restarts. Extra
    command-line options (``["--simulate", "5"]``) go in ``args``.
    """

    SECRET = "floorview-stub-tests-secret-0123456789"

    def __init__(self, db_path: Path | str | None = None, args: list[str] | None = None,
                 port: int = 0, host: str = "127.0.0.1", log_level: str = "WARNING",
                 stderr: Any = None) -> None:
        self.db_path = Path(db_path) if db_path else None
        self.args = list(args or [])
        self.host = host
        self.port = port
        self.log_level = log_level
        self.stderr = stderr
        self.proc: subprocess.Popen | None = None
        self.frozen = False
        self._drain: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def start(self, timeout: float = _START_TIMEOUT) -> StubProcess:
        if self.running:
            raise RuntimeError("the stub process is already running")
        cmd = [sys.executable, "-m", "server_stub", "--host", self.host, "--port", str(self.port),
               "--log-level", self.log_level, *self.args]
        if self.db_path is not None:
            cmd += ["--db", str(self.db_path)]
        env = {**os.environ, "FLOORVIEW_STUB_SECRET": self.SECRET}
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=self.stderr,
                                     stdin=subprocess.DEVNULL, env=env, text=True)
        self.frozen = False
        line = _read_line(self.proc, timeout)
        if not line.startswith(LISTENING):
            self.kill()
            raise RuntimeError(f"the stub did not start: {line!r}")
        self.port = int(line.rsplit(":", 1)[1])
        # The rest of stdout (the demo logins) is drained so the child never blocks.
        assert self.proc.stdout is not None  # stdout=PIPE
        self._drain = threading.Thread(target=self.proc.stdout.read, daemon=True)
        self._drain.start()
        return self

    def freeze(self) -> None:
        """SIGSTOP: the process holds its sockets open and answers nothing."""
        if self.proc is not None and self.running and not self.frozen:
            os.kill(self.proc.pid, signal.SIGSTOP)
            self.frozen = True

    def thaw(self) -> None:
        if self.proc is not None and self.frozen:
            os.kill(self.proc.pid, signal.SIGCONT)
            self.frozen = False

    def stop_simulation(self) -> None:
        """SIGUSR1: the child stops its simulator (the tables hold still) and goes on serving."""
        if self.proc is not None and self.running:
            os.kill(self.proc.pid, signal.SIGUSR1)

    def kill(self) -> None:
        """SIGKILL: no goodbye on any socket, no clean close of the database."""
        if self.proc is None:
            return
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(_START_TIMEOUT)
        self._close_stdout()
        self.frozen = False

    def stop(self) -> None:
        """SIGTERM (a clean stop), SIGKILL if that takes too long. Idempotent."""
        if self.proc is None:
            return
        self.thaw()
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(_START_TIMEOUT)
        self._close_stdout()
        self.proc = None

    def _close_stdout(self) -> None:
        """Close the pipe once its reader has seen the end (no ResourceWarning later)."""
        drain, self._drain = self._drain, None
        if drain is not None:
            drain.join(5)
            if drain.is_alive():
                return  # still reading (something else holds the pipe): leave it
        if self.proc is not None and self.proc.stdout is not None and (
                self.proc.poll() is not None):
            self.proc.stdout.close()

    def __enter__(self) -> StubProcess:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def _read_line(proc: subprocess.Popen, timeout: float) -> str:
    """The child's first stdout line, or "" if it says nothing within ``timeout``."""
    box: list[str] = []
    stdout = proc.stdout
    assert stdout is not None  # started with stdout=PIPE
    reader = threading.Thread(target=lambda: box.append(stdout.readline()), daemon=True)
    reader.start()
    reader.join(timeout)
    return box[0].strip() if box else ""


#: Why a cluster test is skipped where Redis is not installed.
NO_REDIS = "needs redis-server (scripts/setup installs it when run as root)"


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


class RedisServer:
    """A throwaway ``redis-server`` on a loopback port, keeping nothing on disk;
    ``stop()`` then ``start()`` brings it back on the same port (empty, as after a crash)."""

    def __init__(self, directory: Path | str, port: int = 0) -> None:
        self.directory = Path(directory)
        self.port = port or free_port()
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def start(self, timeout: float = _START_TIMEOUT) -> RedisServer:
        binary = shutil.which("redis-server")
        if binary is None:
            raise RuntimeError(NO_REDIS)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.proc = subprocess.Popen(
            [binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--dir", str(self.directory),
             "--logfile", str(self.directory / "redis.log")],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + timeout
        while not self._pong():
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"redis-server did not start on port {self.port}")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        """SIGKILL: the nodes' Redis connections break at once, as in an outage."""
        if self.proc is None:
            return
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(_START_TIMEOUT)
        self.proc = None

    def _pong(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=1.0) as s:
                s.sendall(b"PING\r\n")
                return s.recv(16).startswith(b"+PONG")
        except OSError:
            return False


class StubCluster:
    """``nodes`` stub processes sharing one SQLite file and one Redis, behind a
    :class:`~server_stub.balancer.Balancer` without sticky sessions: a backend of several
    nodes, as a restaurant group runs it.

        with StubCluster(nodes=2, args=["--no-join-ack"]) as cluster:
            ...                               # clients talk to cluster.url (the balancer)
            cluster.kill(0); cluster.start_node(0)
            cluster.stop_redis(); cluster.start_redis()

    ``args`` go to every node's command line; ``directory`` holds the database, the
    nodes' logs (``node-N.log``) and Redis's (a temporary one, removed at stop, if None).
    """

    def __init__(self, nodes: int = 2, *, directory: Path | str | None = None,
                 args: list[str] | None = None, refuse_websocket: int | None = None,
                 log_level: str = "WARNING") -> None:
        if nodes < 1:
            raise ValueError("a cluster needs at least one node")
        self._own_directory = directory is None
        self.directory = Path(directory or tempfile.mkdtemp(prefix="stub-cluster-"))
        self.directory.mkdir(parents=True, exist_ok=True)
        self.db_path = self.directory / "floor.db"
        self.redis = RedisServer(self.directory / "redis")
        self._logs = [open(self.directory / f"node-{i}.log", "a")
                      for i in range(nodes)]
        self.nodes = [StubProcess(db_path=self.db_path, log_level=log_level, stderr=log,
                                  args=["--redis", self.redis.url, *(args or [])])
                      for log in self._logs]
        self.refuse_websocket = refuse_websocket
        self.balancer: Balancer | None = None

    @property
    def url(self) -> str:
        """The balancer's address: where clients connect."""
        if self.balancer is None:
            raise RuntimeError("the cluster is not running")
        return self.balancer.url

    def start(self) -> StubCluster:
        try:
            self.redis.start()
            for node in self.nodes:  # one after the other: the first seeds the database
                node.start()
            self.balancer = Balancer([n.url for n in self.nodes],
                                     refuse_websocket=self.refuse_websocket).start()
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        if self.balancer is not None:
            self.balancer.stop()
            self.balancer = None
        for node in self.nodes:
            node.stop()
        self.redis.stop()
        for log in self._logs:
            log.close()
        if self._own_directory:
            shutil.rmtree(self.directory, ignore_errors=True)

    def __enter__(self) -> StubCluster:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def kill(self, index: int) -> None:
        """SIGKILL node ``index`` mid-whatever: its sockets drop, the balancer skips it."""
        self.nodes[index].kill()

    def start_node(self, index: int) -> None:
        """Node ``index`` again, on its port, the database and Redis as they are now."""
        self.nodes[index].start()

    def node_with_socket(self) -> int | None:
        """The index of a node that holds a WebSocket relayed by the balancer, if any."""
        held = self.balancer.sockets_by_node() if self.balancer is not None else {}
        return next((i for i, n in enumerate(self.nodes) if held.get(n.url)), None)

    def stop_redis(self) -> None:
        """Redis gone: each node goes on serving its own sockets, and events made on one
        node no longer reach the others' (python-socketio logs and drops them)."""
        self.redis.stop()

    def start_redis(self) -> None:
        """Redis back on its port; each node's listener reconnects on its own backoff
        (python-socketio: 1, 2, 4, 8... s after the outage began, at most 60)."""
        self.redis.start()
