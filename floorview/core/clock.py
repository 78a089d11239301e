"""Now, on the server's clock: what every "for 12m", "free ~19:55" and over-time mark
counts from.

A table's times (``statusChangedAt``, ``updatedAt``) are the server's stamps; counted
against this machine's clock, a host stand whose clock ran 10 minutes fast showed a
table seated a second ago as "10m". :class:`ServerClock` estimates how far the server's
clock is from this machine's, from the ``Date`` header of the REST answers
(:meth:`ServerClock.on_response` is a ``requests`` response hook; the RestClient
installs it), and reads the time as the server would.

Each answer is one sample: the server wrote ``Date`` (whole seconds, so it meant
``Date`` + 0.5 s, give or take half a second) somewhere between sending the request and
receiving the answer, so at their midpoint, give or take half the round trip. The
estimate is the median of the recent samples with the shortest round trips (a slow
answer says little; one odd answer cannot move the median). Samples are anchored to the
monotonic clock, so setting this machine's clock (by hand, or NTP stepping it) does not
move the server's time; before the first sample it is this machine's time. Qt-free.
"""

from __future__ import annotations

import email.utils
import logging
import statistics
import time
from collections import deque
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

log = logging.getLogger(__name__)

#: How many recent samples the estimate keeps.
KEEP = 9
#: An offset this large (seconds) is worth one line in the log.
NOTABLE = 2.0


class ServerClock:
    """A clock that reads the server's time: call it for now (aware UTC).

    Args:
        wall: this machine's clock, epoch seconds (used until the first sample).
        mono: a monotonic clock, seconds (samples are anchored to it).
    """

    def __init__(self, *, wall: Callable[[], float] = time.time,
                 mono: Callable[[], float] = time.monotonic) -> None:
        self._wall = wall
        self._mono = mono
        # (server epoch seconds minus monotonic seconds, round trip seconds)
        self._samples: deque[tuple[float, float]] = deque(maxlen=KEEP)
        self._anchor: float | None = None
        self._said: float | None = None  # the offset last logged

    def __call__(self) -> datetime:
        return datetime.fromtimestamp(self.time(), UTC)

    def time(self) -> float:
        """Now on the server's clock, epoch seconds."""
        if self._anchor is None:
            return self._wall()
        return self._mono() + self._anchor

    @property
    def offset(self) -> float | None:
        """Seconds the server's clock is ahead of this machine's (None: no sample yet)."""
        if self._anchor is None:
            return None
        return self.time() - self._wall()

    def reset(self) -> None:
        """Forget the samples (another server)."""
        self._samples.clear()
        self._anchor = None

    def observe(self, server_time: float, sent: float, received: float) -> None:
        """One sample: the server's clock read ``server_time`` (epoch seconds) between
        ``sent`` and ``received`` (this clock's monotonic seconds)."""
        rtt = max(0.0, received - sent)
        self._samples.append((server_time - (sent + received) / 2, rtt))
        best = sorted(self._samples, key=lambda s: s[1])[: (len(self._samples) + 1) // 2]
        self._anchor = statistics.median(s[0] for s in best)
        offset = self.offset
        if offset is not None and abs(offset) >= NOTABLE and (
                self._said is None or abs(offset - self._said) >= NOTABLE):
            log.warning("this machine's clock is %.0f s %s the server's; times shown follow "
                        "the server's", abs(offset), "behind" if offset > 0 else "ahead of")
            self._said = offset

    def observe_date(self, date: str | None, sent: float, received: float) -> bool:
        """A sample from an HTTP ``Date`` header (whole seconds: read as the middle of
        its second); False when there is none or it cannot be read."""
        if not date:
            return False
        try:
            when = email.utils.parsedate_to_datetime(date)
        except (TypeError, ValueError, IndexError):
            return False
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        self.observe(when.timestamp() + 0.5, sent, received)
        return True

    def on_response(self, response: Any, *args: Any, **kwargs: Any) -> Any:
        """A ``requests`` response hook: a sample from the answer's ``Date``.

        ``response.elapsed`` is from sending the request to reading the answer's
        headers, the span in which the server wrote ``Date``."""
        received = self._mono()
        elapsed = getattr(response, "elapsed", None)
        sent = received - elapsed.total_seconds() if elapsed is not None else received
        headers = getattr(response, "headers", None) or {}
        self.observe_date(headers.get("Date"), sent, received)
        return response

