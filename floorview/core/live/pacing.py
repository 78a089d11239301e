"""Requests paced under a server's rate limit: a sliding window of our own, by priority.

A client that follows many branches asks for a snapshot of each; 200 at once would meet
the REST limit (``server_stub``'s default: 100 requests in any 10 s per token) and be
answered 429 for half of them. :class:`Pacer` grants at most ``limit`` requests in any
``window`` seconds, the most urgent first (a first snapshot before a confirming one,
before reference data, before a periodic check), in arrival order within one priority.
A request counts from the moment it is granted until ``window`` seconds after its
answer came: the server counts it when it arrives, somewhere in between, so our window
never ends before the server's does (counted from the grant, a burst still queued in
the executor arrived late and met the next burst inside the server's window). A 429 anywhere (:meth:`Pacer.on_response`, a ``requests`` response hook, so the REST
client's own calls are seen too) holds every request back for its ``Retry-After``.

The same class paces the socket's ``joinBranch`` messages under the gateway's limit of
20 messages in any one second.
"""

from __future__ import annotations

import asyncio
import contextlib
import heapq
import itertools
import logging
import time
from collections import Counter, deque
from collections.abc import AsyncIterator, Callable
from typing import Any

from floorview.core.rest import parse_retry_after

log = logging.getLogger("floorview.core.live")

#: Priorities: lower is served first.
FIRST_SNAPSHOT = 0
CONFIRMING = 1
REFERENCE = 2
RECONCILE = 3
PRIORITY_NAMES = {FIRST_SNAPSHOT: "snapshot", CONFIRMING: "confirming",
                  REFERENCE: "reference", RECONCILE: "reconcile"}


class Pacer:
    """Grants at most ``limit`` requests in any ``window`` seconds, by priority.

    Args:
        limit, window: the budget (a share of the server's limit: other requests of the
            same token, a user's writes, need room too).
        clock: monotonic seconds (tests hand in their own).

    ``granted`` counts the requests granted by priority; ``paused`` the 429s seen.
    """

    def __init__(self, limit: int, window: float, *,
                 clock: Callable[[], float] = time.monotonic) -> None:
        if limit < 1 or window <= 0:
            raise ValueError("a pace needs limit >= 1 and window > 0")
        self.limit = limit
        self.window = window
        self._first_window = window
        self._clock = clock
        self._hits: deque[float] = deque()  # when the answers came, oldest first
        self._inflight = 0  # granted, not answered yet
        self._waiting: list[tuple[int, int, asyncio.Future[None]]] = []
        self._order = itertools.count()
        self._task: asyncio.Task[None] | None = None
        self._paused_until = 0.0  # set from executor threads: one float, written whole
        self.granted: Counter[int] = Counter()
        self.paused = 0

    @property
    def rate(self) -> float:
        """Requests a second at most."""
        return self.limit / self.window

    @contextlib.asynccontextmanager
    async def slot(self, priority: int = RECONCILE) -> AsyncIterator[None]:
        """``async with pacer.slot(priority):`` the request, sent once its turn came;
        counted until ``window`` s after the block ends."""
        await self._acquire(priority)
        try:
            yield
        finally:
            self._inflight -= 1
            self._hits.append(self._clock())

    async def _acquire(self, priority: int) -> None:
        loop = asyncio.get_running_loop()
        fut: asyncio.Future[None] = loop.create_future()
        heapq.heappush(self._waiting, (priority, next(self._order), fut))
        if self._task is None or self._task.done():
            self._task = loop.create_task(self._grant())
        try:
            await fut
        except asyncio.CancelledError:
            if fut.done() and not fut.cancelled():
                self._inflight -= 1  # granted, not used: given back
            raise
        self.granted[priority] += 1

    def slow_down(self, most: float = 8.0) -> None:
        """Half the pace (the window doubled), to at most ``most`` times slower than
        first set: the server's limit is lower than the one this pacer was given."""
        self.window = min(self.window * 2, self._first_window * most)

    def pause(self, seconds: float) -> None:
        """Hold every request back ``seconds`` from now (thread-safe)."""
        until = self._clock() + seconds
        if until > self._paused_until:
            self._paused_until = until

    def on_response(self, response: Any, *_args: Any, **_kwargs: Any) -> None:
        """A ``requests`` response hook: a 429 pauses everything for its ``Retry-After``
        (1 s when it says nothing readable). Runs on the executor's threads."""
        if getattr(response, "status_code", None) == 429:
            wait = parse_retry_after(response.headers.get("Retry-After"))
            self.paused += 1
            log.info("the server answered 429: requests wait %.1f s", wait if wait is not None else 1.0)
            self.pause(wait if wait is not None else 1.0)

    def close(self) -> None:
        """Cancel the waiting requests and the granting task."""
        if self._task is not None:
            self._task.cancel()
            self._task = None
        for _p, _n, fut in self._waiting:
            fut.cancel()
        self._waiting.clear()

    def _delay(self) -> float:
        """Seconds until the next grant may go (0: now)."""
        now = self._clock()
        while self._hits and self._hits[0] <= now - self.window:
            self._hits.popleft()
        wait = self._paused_until - now
        if self._inflight >= self.limit:
            return max(wait, 0.05)  # until an answer comes
        if len(self._hits) + self._inflight >= self.limit:
            wait = max(wait, self._hits[len(self._hits) + self._inflight - self.limit]
                       + self.window - now)
        return max(0.0, wait)

    async def _grant(self) -> None:
        while self._waiting:
            delay = self._delay()
            if delay > 0:
                await asyncio.sleep(delay)
                continue
            _priority, _n, fut = heapq.heappop(self._waiting)
            if fut.done():  # its waiter was cancelled
                continue
            self._inflight += 1
            fut.set_result(None)
            await asyncio.sleep(0)  # let it run before the next grant
