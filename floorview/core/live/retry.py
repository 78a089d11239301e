"""When the next connection attempt comes, and what the user reads meanwhile: the retry
policy, as pure functions.

* the delay after ``n`` failures in a row: exponential with jitter, capped;
* when the failures in a row start again from one: after an attempt that reached live;
* the port probe's pacing while the server refuses TCP (:mod:`floorview.core.live.port_probe`
  does the probing).
"""

from __future__ import annotations

from collections.abc import Callable

from floorview.core.live.status import ConnState
from floorview.core.rest import backoff_delay
from floorview.core.words import translate

#: A port that accepts at the first probe is asked again after these pauses (s) before it
#: counts as a server that accepts and failed: a server shutting down drops its
#: connections before it stops listening (aiohttp, Node alike).
ACCEPTING_RECHECKS = (0.2, 0.3)


def failures_after(failures: int, *, reached_live: bool) -> int:
    """The failures in a row once an attempt failed, ``failures`` before it: an attempt
    that reached live ended the run before it, so its loss is the first of a new one
    (waited the shortest backoff), whatever came before."""
    return 1 if reached_live else failures + 1


def retry_delay(backoff: tuple[float, float], failures: int, rng: Callable[[], float]) -> float:
    """Seconds to wait after ``failures`` failures in a row (1 = the first) for
    ``backoff = (base, cap)``: a random time between half and all of
    ``min(cap, base * 2**(failures - 1))``."""
    return backoff_delay(backoff, max(0, failures - 1), rng)


def probe_pause(port_probe: tuple[float, float], rng: Callable[[], float]) -> float:
    """Seconds until the next TCP probe of a port that refuses, for ``port_probe =
    (min, max)``: jittered, so that the clients of a restarted server do not all come
    back in the same instant."""
    low, high = port_probe
    return low + rng() * (high - low)


def probe_timeout(port_probe: tuple[float, float]) -> float:
    """How long one TCP probe may take: a second at least."""
    return max(1.0, port_probe[1])


def retry_status(*, delay: float, reason: str, ever_live: bool, was_connected: bool,
                 fresh_token_refused: bool) -> tuple[ConnState, str]:
    """The state and sentence shown while the next attempt is awaited.

    Args:
        delay: seconds until it.
        reason: why the last attempt failed ("" when nothing said why).
        ever_live: whether the tables were ever the server's (a snapshot applied).
        was_connected: whether the last attempt's socket connected.
        fresh_token_refused: whether it ended because a token just issued was refused.
    """
    seconds = max(1, round(delay))
    retry = translate("Retry", "retrying in %n s.", None, seconds)
    reason = (reason or translate("Retry", "no answer")).rstrip(".")
    if fresh_token_refused:
        state = ConnState.RECONNECTING if ever_live else ConnState.UNREACHABLE
        return state, translate("Retry", "The server refused a new sign-in at once; signing in again in %n s.",
                                None, seconds)
    if not ever_live:
        return ConnState.UNREACHABLE, translate("Retry", "Cannot reach the server ({0}); {1}").format(reason, retry)
    if was_connected:
        return ConnState.RECONNECTING, translate("Retry", "Connection lost ({0}); {1}").format(reason, retry)
    return ConnState.RECONNECTING, translate("Retry", "Still cannot reach the server ({0}); {1}").format(
        reason, retry)
