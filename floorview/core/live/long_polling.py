"""The long-polling fallback: when the WebSocket upgrade is refused, and back to WebSocket.

Long-polling has no control frames: over it a frozen server is seen only by the periodic
reconciliation, which then runs every ``probe_period`` (5 s) instead of every
``reconcile_period`` and ends the attempt like a lost socket when it gets no answer. It
is the fallback, never silent: when the WebSocket upgrade is refused at the HTTP level (a
4xx answer to it, as from a proxy that does not pass upgrades on, while REST works), the
next attempt is made at once over long-polling, the log says so once, the live status's
message says so, and WebSocket is tried again every ``websocket_retry`` s (a bare
upgrade, opened and closed; once it opens, the connection moves over).

Long-polling needs every request of a session to reach the node that began it: behind a
balancer without sticky sessions the next poll lands on another node, which answers
``400 {"code":1,"message":"Session ID unknown"}``. python-engineio only aborts on it (the
attempt then timed out as "no answer in time", 5 minutes long until WebSocket was tried
again); :func:`~floorview.core.live.workarounds.watch_sessions` sees that answer, the log says it once, the status says what
to change, and WebSocket is tried again at every retry while polling cannot work.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
from typing import Any

from floorview.core.live.errors import describe
from floorview.core.words import translate

log = logging.getLogger("floorview.core.live")  # the package's one logger


#: What the status says when polls reach a node that does not know their session.
SESSIONS_NOT_SHARED = ("the server's nodes do not share sessions: enable sticky sessions on "
                       "the load balancer, or let WebSocket through")


def upgrade_refusal(error: BaseException | None) -> str | None:
    """"HTTP 403" when ``error`` came of an HTTP answer other than 101 to the WebSocket
    upgrade with a 4xx status (400, 403, 404, 426: a proxy that does not pass upgrades
    on); None otherwise (refused TCP, TLS, a timeout, a 5xx: a server in trouble gets
    the backoff, not a change of transport)."""
    import aiohttp

    seen = 0
    while error is not None and seen < 6:
        if isinstance(error, aiohttp.WSServerHandshakeError):
            status = getattr(error, "status", 0) or 0
            if 400 <= status < 500 and status not in (401, 429):
                return f"HTTP {status}"
            return None
        error = error.__cause__ or error.__context__
        seen += 1
    return None


async def websocket_opens(base_url: str, verify: bool | str, timeout: float) -> bool:
    """Whether an Engine.IO WebSocket to ``base_url`` opens now (opened and closed at once)."""
    import aiohttp

    url = base_url.replace("https://", "wss://", 1).replace("http://", "ws://", 1)
    ssl_arg: Any = True
    if isinstance(verify, str):
        ssl_arg = ssl.create_default_context(cafile=verify)
    elif verify is False:
        ssl_arg = False
    try:
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=timeout)) as http, \
                http.ws_connect(f"{url}/socket.io/?EIO=4&transport=websocket", ssl=ssl_arg) as ws:
            await ws.close()
        return True
    except asyncio.CancelledError:
        raise
    except Exception as e:  # refused again, or anything else: stay on long-polling
        log.info("WebSocket still refused: %s", upgrade_refusal(e) or describe(e))
        return False


class LongPollingFallback:
    """Which transports the next attempt uses, after WebSocket was refused or not.

    Args:
        transports: the Engine.IO transports asked for (WebSocket only by default).
        websocket_retry: seconds on long-polling before WebSocket is tried again.
        probe_period: the reconciliation period over long-polling (for the log's figure
            of how soon a silent link is seen there).
        heartbeat: the WebSocket ping interval (same).
    """

    def __init__(self, transports: list[str], *, websocket_retry: float, probe_period: float,
                 heartbeat: float) -> None:
        self.transports = transports
        self.websocket_retry = websocket_retry
        self.probe_period = probe_period
        self.heartbeat = heartbeat
        self.refused_at: float | None = None  # loop time WebSocket was last refused
        self.refusal = ""  # what the refusal said ("HTTP 403")
        self.sessions_said = False  # "Session ID unknown" was logged

    def transports_now(self) -> list[str]:
        """``transports``, or long-polling for ``websocket_retry`` s after WebSocket was
        refused (a proxy that does not pass upgrades on, while plain HTTP works)."""
        if self.refused_at is None or "websocket" not in self.transports:
            return self.transports
        loop = asyncio.get_running_loop()
        if loop.time() - self.refused_at >= self.websocket_retry:
            return self.transports
        return ["polling"]

    def fall_back(self, refusal: str) -> None:
        """WebSocket was refused (``refusal``: "HTTP 403"): long-polling for a while."""
        first = self.refused_at is None and not self.refusal
        self.refused_at = asyncio.get_running_loop().time()
        self.refusal = refusal
        # One line when it begins; later refusals (each retry) at INFO only.
        (log.warning if first else log.info)(
            "the server or a proxy refused the WebSocket upgrade (%s); following over "
            "long-polling instead (a silent link is seen within about %.0f s there), "
            "WebSocket again in %.0f min", refusal, 2 * self.probe_period + self.heartbeat,
            self.websocket_retry / 60)

    def sessions_not_shared(self, answer: str) -> str:
        """A poll was answered ``answer`` ("Session ID unknown"): long-polling cannot work
        here, so the next attempt (after the backoff) tries WebSocket again. Returns why
        the attempt failed, for the status."""
        if not self.sessions_said:
            self.sessions_said = True
            log.warning("a poll was answered %s: %s", answer, SESSIONS_NOT_SHARED)
        if self.refused_at is not None:
            self.refused_at -= self.websocket_retry
        return SESSIONS_NOT_SHARED

    def websocket_due(self, transports: list[str]) -> bool:
        """Whether an attempt over ``transports`` should try WebSocket again now."""
        return self.refused_at is not None and self.transports_now() != transports

    def websocket_allowed_again(self) -> None:
        log.info("WebSocket is allowed again; reconnecting over it")
        self.refused_at, self.refusal = None, ""

    def websocket_still_refused(self) -> None:
        """Tried again and still refused: the next try is ``websocket_retry`` s from now."""
        self.refused_at = asyncio.get_running_loop().time()

    def live_message(self, transports: list[str]) -> str:
        """What the live status says of a connection over ``transports``."""
        if "websocket" in transports or not self.refusal:
            return ""
        minutes = round(self.websocket_retry / 60)
        return translate("LongPolling", "Over long-polling: WebSocket was refused ({0}); "
                         "WebSocket is tried again every %n min.", None, minutes).format(self.refusal)
