"""The socket on a thread of its own: python-socketio's client off the GUI thread.

:class:`ThreadedClient` is what the connection holds instead of an ``AsyncClient`` when
its ``socket_thread`` option is on (the app turns it on). The real client lives on one
asyncio loop run by a daemon thread (:data:`SOCKET_THREAD`, shared by every connection
of the process): the WebSocket's reads and pings, Engine.IO's and Socket.IO's decoding
happen there. Each handler the connection registers is relayed, in the order the socket
delivered them, to the loop the client was made on (the GUI thread's), in batches: one
wake-up of that loop runs every handler queued since the last (a coroutine handler is
started as a task there). A table event's payload is parsed into its model there too
(``prepare``), so the GUI thread only applies it. ``connect``, ``emit`` and
``disconnect`` run on the socket's loop and are awaited from the caller's; a cancelled
wait cancels them there.

Why a thread and not a process, measured (``python -m bench.decode_offload``: a stub
emitting table events to python-socketio clients that apply them to a store on the Qt
GUI thread, 4 ms of paint a frame, 3,000 events; 2 cores, the stub on the same machine):

| events/s | GUI thread's CPU an event: on its loop / a thread / a process | sent → applied p99 (ms) |
|---|---|---|
| 1,000 | 284 / 109 / 118 µs | 35.9 / 7.5 / 74.4 |
| 2,500 | 157 / 63 / 90 µs (on its loop: 33 % of a core and 277 ms behind at p50) | 529 / 12.7 / 7.3 |

The process frees the GUI thread about as much, but each event then costs a second
process's decode plus a pickle each way (the process's and its child's CPU an event
together: 275 µs against the thread's 285 µs at 1,000/s), and its wake-ups depend on
the scheduler giving the child a core: its p99 was the worst at 1,000/s. The thread
shares the GIL, so the process as a whole spends what it spent; what it buys is a GUI
thread that handles a loop turn's events at once instead of one task each.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections import deque
from collections.abc import Awaitable, Callable, Coroutine
from contextlib import AbstractContextManager, nullcontext
from typing import Any, NamedTuple, TypeVar

log = logging.getLogger("floorview.core.live")

T = TypeVar("T")


class Prepared(NamedTuple):
    """An event's payload as delivered, and what the socket's thread made of it (an
    exception when it could not)."""

    payload: Any
    made: Any


class SocketThread:
    """A daemon thread running an asyncio loop for the sockets, started when first asked."""

    def __init__(self, name: str = "floorview-socket") -> None:
        self.name = name
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None

    def loop(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None or self._thread is None or not self._thread.is_alive():
                loop = asyncio.new_event_loop()
                running = threading.Event()

                def run() -> None:
                    asyncio.set_event_loop(loop)
                    loop.call_soon(running.set)
                    loop.run_forever()

                self._thread = threading.Thread(target=run, name=self.name, daemon=True)
                self._thread.start()
                running.wait()
                self._loop = loop
            return self._loop

    def run(self, coro: Coroutine[Any, Any, T]) -> asyncio.Future[T]:
        """``coro`` run on the socket's loop, as a future of the caller's loop."""
        return asyncio.wrap_future(asyncio.run_coroutine_threadsafe(coro, self.loop()))

    @property
    def ident(self) -> int | None:
        return self._thread.ident if self._thread is not None else None


#: The process's one socket thread.
SOCKET_THREAD = SocketThread()


class ThreadedClient:
    """A python-socketio ``AsyncClient`` on :data:`SOCKET_THREAD`, used from the loop
    running when it is made (see the module). ``batch``: a context entered around each
    batch of handlers (None: none)."""

    def __init__(self, inner: Any, *, io: SocketThread = SOCKET_THREAD,
                 batch: Callable[[], AbstractContextManager[Any]] | None = None) -> None:
        self.inner = inner
        self._io = io
        self._home = asyncio.get_running_loop()
        self._batch = batch or nullcontext
        self._lock = threading.Lock()
        self._queue: deque[tuple[Callable[..., Any], tuple[Any, ...]]] = deque()
        self._woken = False
        #: batches run and handlers relayed (what a test or a bench reads)
        self.batches = 0
        self.relayed = 0

    @property
    def eio(self) -> Any:
        return self.inner.eio

    # --- handlers: from the socket's thread to the caller's loop ---------------------------

    def on(self, event: str, handler: Callable[..., Any], namespace: str | None = None, *,
           prepare: Callable[[Any], Any] | None = None) -> None:
        """``handler`` called on the caller's loop with what the socket delivered;
        ``prepare``: called on the socket's thread with the first argument, and the
        handler then gets a :class:`Prepared` (that argument and what ``prepare`` made of
        it, or the exception it raised) in its place."""
        self.inner.on(event, self._relay(handler, prepare), namespace=namespace)

    def _relay(self, handler: Callable[..., Any],
               prepare: Callable[[Any], Any] | None = None) -> Callable[..., None]:
        def relay(*args: Any) -> None:  # on the socket's thread
            if prepare is not None and args:
                try:
                    made: Any = prepare(args[0])
                except Exception as e:  # the handler says what went wrong, where it logs
                    made = e
                args = (Prepared(args[0], made), *args[1:])
            self._post(handler, args)

        return relay

    def _post(self, handler: Callable[..., Any], args: tuple[Any, ...]) -> None:
        with self._lock:
            self._queue.append((handler, args))
            if self._woken:
                return
            self._woken = True
        try:
            self._home.call_soon_threadsafe(self._drain)
        except RuntimeError:  # the caller's loop is closed: nobody is listening any more
            with self._lock:
                self._queue.clear()
                self._woken = False

    def _drain(self) -> None:
        with self._lock:
            items = list(self._queue)
            self._queue.clear()
            self._woken = False
        self.batches += 1
        self.relayed += len(items)
        with self._batch():
            for handler, args in items:
                try:
                    result = handler(*args)
                    if asyncio.iscoroutine(result):
                        asyncio.ensure_future(result)
                except Exception:
                    log.exception("a socket handler failed")

    # --- calls: from the caller's loop to the socket's thread ------------------------------

    def run_on_its_loop(self, make: Callable[[], Awaitable[T]]) -> asyncio.Future[T]:
        """``make()``'s coroutine, run on the socket's loop (the client's objects: its
        WebSocket, its tasks, its HTTP session, belong to that loop)."""

        async def call() -> T:
            return await make()

        return self._io.run(call())

    async def connect(self, url: str, **options: Any) -> None:
        await self.run_on_its_loop(lambda: self.inner.connect(url, **options))

    async def emit(self, event: str, data: Any = None, namespace: str | None = None,
                   callback: Callable[..., Any] | None = None) -> None:
        relayed = self._relay(callback) if callback is not None else None
        await self.run_on_its_loop(
            lambda: self.inner.emit(event, data, namespace=namespace, callback=relayed))

    async def disconnect(self) -> None:
        await self.run_on_its_loop(self.inner.disconnect)
