"""Log lines that a hostile or broken peer cannot turn into a flood.

A server (or anyone who can inject into its room) can send thousands of bad events a
second; each is worth knowing about, but one line per kind of trouble per interval says
as much as a thousand. :class:`RateLimitedLog` writes the first line of each kind at
once, counts the rest, and says how many it held back with the next line of that kind.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable


class RateLimitedLog:
    """At most one line per ``key`` every ``interval`` seconds on ``logger``.

    Args:
        logger: where the lines go.
        interval: seconds between two lines of one key.
        max_keys: keys remembered (the oldest forgotten first), so that keys made of
            hostile input (an event's name) cannot grow this without bound.
        clock: monotonic seconds (tests hand in their own).
    """

    def __init__(self, logger: logging.Logger, interval: float = 10.0, *, max_keys: int = 256,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.logger = logger
        self.interval = interval
        self.max_keys = max_keys
        self._clock = clock
        self._last: dict[str, float] = {}
        self._held: dict[str, int] = {}

    def log(self, level: int, key: str, msg: str, *args: object) -> bool:
        """Log ``msg % args`` unless a line of ``key`` went out less than ``interval``
        ago; returns whether it was written."""
        now = self._clock()
        last = self._last.get(key)
        if last is not None and now - last < self.interval:
            self._held[key] = self._held.get(key, 0) + 1
            return False
        held = self._held.pop(key, 0)
        if held and last is not None:  # always both: a line is held only after one went out
            msg += " (and %d more like it in the last %.0f s)"
            args = (*args, held, now - last)
        self._last.pop(key, None)
        self._last[key] = now
        while len(self._last) > self.max_keys:
            oldest = next(iter(self._last))
            del self._last[oldest]
            self._held.pop(oldest, None)
        self.logger.log(level, msg, *args)
        return True

    def warning(self, key: str, msg: str, *args: object) -> bool:
        return self.log(logging.WARNING, key, msg, *args)

    def info(self, key: str, msg: str, *args: object) -> bool:
        return self.log(logging.INFO, key, msg, *args)
