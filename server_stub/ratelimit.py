"""Sliding-window rate limits: at most ``limit`` hits in any ``window`` seconds per key."""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable, Hashable


class SlidingWindow:
    """Counts the hits a key made in the last ``window`` seconds.

    ``hit(key)`` records the hit and returns None when it is allowed; when the key is
    over its limit it records nothing and returns the seconds until a hit would be
    allowed again. Rejected hits do not count, so a client that backs off recovers.
    """

    def __init__(self, limit: int, window: float,
                 clock: Callable[[], float] = time.monotonic) -> None:
        if limit < 1 or window <= 0:
            raise ValueError("a rate limit needs limit >= 1 and window > 0")
        self.limit = limit
        self.window = window
        self._clock = clock
        self._hits: dict[Hashable, deque[float]] = {}

    def hit(self, key: Hashable) -> float | None:
        now = self._clock()
        hits = self._hits.setdefault(key, deque())
        while hits and hits[0] <= now - self.window:
            hits.popleft()
        if len(hits) >= self.limit:
            return hits[0] + self.window - now
        hits.append(now)
        if len(self._hits) > 10_000:
            self._prune(now)
        return None

    def forget(self, key: Hashable) -> None:
        self._hits.pop(key, None)

    def _prune(self, now: float) -> None:
        stale = [k for k, hits in self._hits.items() if not hits or hits[-1] <= now - self.window]
        for key in stale:
            del self._hits[key]


def retry_after_header(seconds: float) -> str:
    """``Retry-After`` wants whole seconds: round up, and never say 0."""
    return str(max(1, math.ceil(seconds)))


class RateLimitedLog:
    """At most one log line per key every ``interval`` seconds, so a flood of bad requests
    is one line with a count, not one each (the stub cannot import floorview's own)."""

    def __init__(self, logger, interval: float = 10.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.logger = logger
        self.interval = interval
        self._clock = clock
        self._last: dict[str, float] = {}
        self._held: dict[str, int] = {}

    def warning(self, key: str, msg: str, *args: object) -> bool:
        now = self._clock()
        last = self._last.get(key)
        if last is not None and now - last < self.interval:
            self._held[key] = self._held.get(key, 0) + 1
            return False
        held = self._held.pop(key, 0)
        if held and last is not None:  # always both: a line is held only after one went out
            msg += " (and %d more in the last %.0f s)"
            args = (*args, held, now - last)
        self._last[key] = now
        self.logger.warning(msg, *args)
        return True
