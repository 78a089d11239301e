"""The labelled workarounds for python-socketio, python-engineio, aiohttp and asyncio.

Each says what the library does, what it cost here (measured), and what is done instead:

* :func:`connect_within`: engineio's WebSocket handshake has no timeout of its own.
* :class:`QuietEngineio`: engineio's ERROR "packet queue is empty" on every lost link.
* the ``send_frame`` warning filter: aiohttp's heartbeat ping on Python < 3.12.
* :func:`guard_packets`: a packet socketio cannot decode, and events named like the
  connection itself (a forged "connect").
* :func:`close_client`: socketio's disconnect that hung mid-connect.
* :func:`watch_sessions`: engineio's silence on a poll's "Session ID unknown" (a gateway's
  nodes without sticky sessions; :mod:`floorview.core.live.long_polling` says what to do).

One more lives where it acts, in the connection's loop (it is a condition of that loop):
Python 3.11's ``asyncio.wait_for`` swallowing a cancellation.
"""

from __future__ import annotations

import asyncio
import logging
import warnings
from collections.abc import Awaitable, Callable
from typing import Any

from floorview.core.ratelog import RateLimitedLog

# The package's one logger: its lines read "floorview.core.live: ..." wherever they come from.
log = logging.getLogger("floorview.core.live")

#: Event names socket.io keeps for the connection itself (a server never emits them).
RESERVED_EVENTS = frozenset({"connect", "connect_error", "disconnect", "__disconnect_final"})


async def connect_within(client: Any, url: str, timeout: float, **options: Any) -> None:
    """``client.connect(url, **options)``, given ``timeout`` s at most.

    # WORKAROUND: python-engineio gives aiohttp's ws_connect no timeout for the
    # handshake itself (only for the close), so a server that accepts the TCP
    # connection and answers nothing (frozen) held a connect forever: bounded here.
    """
    await asyncio.wait_for(client.connect(url, **options), timeout)


class QuietEngineio(logging.Filter):
    """# WORKAROUND: engineio's write loop logs ``ERROR packet queue is empty, aborting``
    when a server stops pinging (about 30 s into a silent link, and over long-polling,
    which has no ping frames). A lost link is expected here and has our own line
    ("no answer from the server since ..."); the ERROR only alarms a reader."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("packet queue is empty")


QUIET_ENGINEIO = QuietEngineio()
logging.getLogger("engineio.client").addFilter(QUIET_ENGINEIO)

# WORKAROUND: on Python < 3.12 aiohttp's heartbeat starts each ping as a task (3.12+ runs it
# eagerly); a socket closed before that task's first step cancels it unstarted, and Python
# warns "coroutine 'WebSocketWriter.send_frame' was never awaited" when it is collected
# (aiohttp 3.14.5, seen at every close that races a ping). Nothing was lost: the ping
# was for a socket already closed.
warnings.filterwarnings("ignore", message="coroutine 'WebSocketWriter.send_frame' was never awaited",
                        category=RuntimeWarning)


def guard_packets(client: Any, ratelog: RateLimitedLog) -> None:
    """Drop a packet python-socketio cannot decode with one line of ours.

    # WORKAROUND: python-socketio decodes each Engine.IO message in a task of its own
    # (``AsyncClient._handle_eio_message``), and a packet it cannot decode (JSON nested
    # 10,000 deep: RecursionError) ends that task with an exception nobody retrieves:
    # asyncio's 25-line "Task exception was never retrieved" per packet. Wrapped here,
    # such a packet is one rate-limited warning and the connection goes on.
    """
    client = getattr(client, "inner", client)  # a ThreadedClient's own client
    eio = getattr(client, "eio", None)
    handlers = getattr(eio, "handlers", None)
    inner: Callable[[Any], Awaitable[Any]] | None = (
        handlers.get("message") if isinstance(handlers, dict) else None)
    if eio is None or inner is None:
        return
    decode = inner

    async def guarded(data: Any) -> None:
        try:
            await decode(data)
        except asyncio.CancelledError:
            raise
        except Exception as e:
            ratelog.warning("bad-packet", "dropped a malformed packet (%d characters): %s",
                            len(data) if isinstance(data, str | bytes) else 0,
                            f"{type(e).__name__}: {str(e)[:120]}")

    eio.on("message", guarded)

    # WORKAROUND: python-socketio (5.18) hands an EVENT packet named "connect",
    # "disconnect" or "connect_error" to that name's handler, as if the connection
    # itself had connected or gone: a forged "connect" began a whole new join and
    # snapshot (the 100,000-payload fuzz carried ~1,400 of them: it fell from 614 to
    # 65 payloads a second and ended mid-resync). No socket.io server emits those
    # names as events (they are reserved), so such a packet is dropped, with a line.
    handle_event: Callable[[Any, Any, Any], Awaitable[Any]] | None = getattr(
        client, "_handle_event", None)
    if handle_event is None:
        return
    dispatch = handle_event

    async def events_only(namespace: Any, id: Any, data: Any) -> Any:
        if isinstance(data, list) and data and data[0] in RESERVED_EVENTS:
            ratelog.warning("reserved", "dropped an event named %r (a name "
                            "socket.io reserves for the connection itself)", data[0])
            return None
        return await dispatch(namespace, id, data)

    client._handle_event = events_only


async def _disconnect_quietly(client: Any) -> None:
    try:
        await asyncio.wait_for(client.disconnect(), 2.0)
    except Exception as e:  # TimeoutError included
        log.debug("disconnect: %r", e)


async def close_client(client: Any) -> None:
    """Disconnect and release everything; bounded in time whatever state it is in, and
    carried through when the caller is cancelled meanwhile (then the cancellation goes on).

    A stop() that cancelled the connection's task while a timed-out attempt's client was
    being closed cut the close short: the client's aiohttp session and connection stayed
    open ("Unclosed ..." warnings when collected; seen under load, where closing is slow).
    """
    on_its_loop = getattr(client, "run_on_its_loop", None)  # a ThreadedClient
    closing = (asyncio.ensure_future(on_its_loop(lambda: _close_now(client.inner)))
               if on_its_loop is not None else asyncio.ensure_future(_close_now(client)))
    try:
        await asyncio.shield(closing)
    except asyncio.CancelledError:
        await closing  # bounded: every await in it has a timeout
        raise


async def _close_now(client: Any) -> None:
    """Disconnect, close the WebSocket, stop the transport's tasks, close the session.

    # WORKAROUND: python-socketio's disconnect has hung mid-reconnect and mid-connect
    # (python-socketio 5.x: a disconnect() while its reconnect or connect task waits on
    # the transport never returned); every await here has a timeout and its tasks are
    # cancelled.
    """
    await _disconnect_quietly(client)
    eio = getattr(client, "eio", None)
    if eio is None:
        return
    # A WebSocket left open (a disconnect that timed out) keeps its heartbeat timer: on
    # qasync that timer fired later, with no loop running, as "no running event loop" and
    # "coroutine 'WebSocketWriter.send_frame' was never awaited". Closed here, it stops.
    ws = getattr(eio, "ws", None)
    if ws is not None and not getattr(ws, "closed", True):
        try:
            await asyncio.wait_for(ws.close(), 1.0)
        except Exception as e:  # TimeoutError included
            log.debug("closing the WebSocket: %r", e)
    for name in ("read_loop_task", "write_loop_task"):
        task = getattr(eio, name, None)
        if task is not None and not task.done():
            task.cancel()
    http = getattr(eio, "http", None)
    if http is not None and not getattr(http, "closed", True) and not getattr(eio, "external_http", False):
        try:
            await asyncio.wait_for(http.close(), 1.0)
        except Exception as e:  # TimeoutError included
            log.debug("closing the HTTP session: %r", e)


def watch_sessions(client: Any, seen: Callable[[str], None]) -> None:
    """Call ``seen("HTTP 400 {...}")`` when a request of ``client``'s Engine.IO session is
    answered "Session ID unknown" (or "Invalid session <sid>", as a node on
    python-engineio says it).

    # WORKAROUND: python-engineio reads no such body: it logs "Unexpected status code 400"
    # on its own logger and aborts, and the attempt failed as "Unexpected connection error"
    # (or "no answer in time"). It has no hook on its HTTP answers, so its one request
    # method is wrapped to look at a 400 to a request that carries a session id.
    """
    eio: Any = getattr(client, "eio", None)
    send = getattr(eio, "_send_request", None)
    if send is None:
        return

    async def checked(method: str, url: str, *args: Any, **kwargs: Any) -> Any:
        answer = await send(method, url, *args, **kwargs)
        if getattr(answer, "status", None) == 400 and "sid=" in url:
            try:
                body = (await answer.text())[:200]
            except Exception:  # unreadable: not the answer looked for
                body = ""
            # Node's engine.io says "Session ID unknown"; python-engineio "Invalid session"
            if any(words in body.lower() for words in ("session id unknown", "invalid session")):
                seen(f"HTTP 400 {body}")
        return answer

    eio._send_request = checked
