"""Every branch a user may see, fetched by REST under the rate limit: its floor plans once
and its tables, into one :class:`~floorview.core.store.BranchStore` per branch.

The backend allows each token :data:`LIMIT` requests per :data:`WINDOW` seconds (the
contract's default, 100 per 10 s). A group of 200 branches is 400 requests, so the
fetches are paced by a sliding window (:class:`Pacer`) at a share of that limit, leaving
the rest to the screen's own live session and writes. A 429 is obeyed: its
``Retry-After`` waited out, then the same request again (:class:`RestClient` waits out
the short ones itself; a long one reaches here as :class:`RateLimited`).

Qt-free; the clock and the sleep are handed in (tests count them).
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from typing import Any, TypeVar

from floorview.core.model import Branch
from floorview.core.rest import RateLimited
from floorview.core.store import BranchStore

log = logging.getLogger(__name__)

#: The backend's REST limit per token: requests per window (seconds).
LIMIT = 100
WINDOW = 10.0
#: The share of the limit the group's fetches may use.
SHARE = 0.8
#: A 429 without a usable Retry-After waits this long (s); at most this many in a row.
DEFAULT_RETRY_AFTER = 2.0
MAX_429 = 5

_T = TypeVar("_T")


class Pacer:
    """At most ``limit * share`` requests in any ``window`` seconds: :meth:`wait` before
    each one sleeps until it may go."""

    def __init__(self, limit: int = LIMIT, window: float = WINDOW, share: float = SHARE, *,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.allowed = max(1, int(limit * share))
        self.window = window
        self._clock = clock
        self._sleep = sleep
        self._sent: deque[float] = deque()
        #: requests let through, and seconds slept for the limit (for tests and logs)
        self.sent = 0
        self.slept = 0.0

    def wait(self) -> None:
        now = self._clock()
        while self._sent and now - self._sent[0] >= self.window:
            self._sent.popleft()
        if len(self._sent) >= self.allowed:
            pause = self.window - (now - self._sent[0])
            if pause > 0:
                self.slept += pause
                self._sleep(pause)
            now = self._clock()
            self._sent.popleft()
        self._sent.append(now)
        self.sent += 1

    def hold(self, seconds: float) -> None:
        """The server said to wait (429): wait, and count it."""
        self.slept += seconds
        self._sleep(seconds)

    def call(self, fn: Callable[[], _T]) -> _T:
        """``fn()`` (one request) when the pace allows, again after each 429's wait."""
        for attempt in range(MAX_429 + 1):
            self.wait()
            try:
                return fn()
            except RateLimited as e:
                if attempt == MAX_429:
                    raise
                wait = e.retry_after if e.retry_after is not None else DEFAULT_RETRY_AFTER
                log.info("the server asked to wait %.1f s (429); waiting", wait)
                self.hold(wait)
        raise AssertionError("unreachable")


def fetch_branch(rest: Any, branch: Branch, pacer: Pacer,
                 store: BranchStore | None = None) -> BranchStore:
    """The branch's floor plans (unless ``store`` has them) and tables into ``store`` (a
    new one when None): two requests, or one."""
    store = store if store is not None else BranchStore(branch.id)
    if not store.floor_plans or store.branch != branch:
        plans = pacer.call(lambda: rest.floor_plans(branch.id))
        store.set_reference(branch=branch, floor_plans=plans)
    tables = pacer.call(lambda: rest.tables(branch.id))
    store.apply_snapshot(tables)
    return store


def fetch_group(rest: Any, branches: Iterable[Branch], pacer: Pacer,
                stores: dict[str, BranchStore] | None = None,
                clock: Callable[[], datetime] | None = None
                ) -> Iterator[tuple[Branch, BranchStore, datetime | None]]:
    """Each branch fetched in turn, yielded as it arrives (a wall paints it at once) with
    the time it was fetched (``clock``'s)."""
    stores = stores if stores is not None else {}
    for branch in branches:
        store = fetch_branch(rest, branch, pacer, stores.get(branch.id))
        stores[branch.id] = store
        yield branch, store, clock() if clock is not None else None
