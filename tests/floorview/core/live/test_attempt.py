"""An attempt's outcome: the first reason it ended is the one told, a stop outranks a
retry, and what it did (connected, reached live) travels with it."""

import asyncio

from floorview.core.live import ConnState
from floorview.core.live.attempt import Attempt, Next, Outcome


def attempt(transports=("websocket",)) -> Attempt:
    async def make():
        return Attempt(object(), 1, list(transports))

    return asyncio.run(make())


def test_the_first_reason_is_kept():
    a = attempt()
    a.end(Outcome.lost("disconnected"))
    a.end(Outcome.lost("no answer from the server", silent=True))
    assert a.done.is_set()
    learned = a.learned()
    assert learned.next is Next.RETRY_AFTER_BACKOFF
    assert learned.reason == "disconnected" and not learned.silent


def test_a_stop_replaces_a_retry_but_not_the_other_way():
    a = attempt()
    a.end(Outcome.lost("disconnected"))
    a.end(Outcome.stopped(ConnState.FORBIDDEN, "You may not see this branch."))
    a.end(Outcome.lost("later"))
    assert a.learned().stop == (ConnState.FORBIDDEN, "You may not see this branch.")
    assert a.learned().next is Next.STOP


def test_what_it_did_travels_with_its_outcome():
    a = attempt()
    a.connected = True
    a.reached_live = True
    a.end(Outcome.lost("disconnected"))
    learned = a.learned()
    assert learned.connected and learned.reached_live
    fresh = Outcome.lost("refused at once", fresh_token_refused=True)
    assert fresh.fresh_token_refused and not fresh.connected


def test_an_attempt_over_polling_only_is_long_polling():
    assert attempt(["polling"]).long_polling
    assert not attempt(["websocket"]).long_polling
    assert not attempt(["polling", "websocket"]).long_polling


def test_a_read_that_cannot_sign_in_again_backs_off_or_stops():
    from floorview.core.live.attempt import sign_in_outcome
    from floorview.core.renewal import FreshTokenRefused, SignInEnded

    fresh = sign_in_outcome(FreshTokenRefused())
    assert fresh.next is Next.RETRY_AFTER_BACKOFF and fresh.fresh_token_refused
    ended = sign_in_outcome(SignInEnded("Sign in again."))
    assert ended.next is Next.STOP and ended.stop == (ConnState.UNAUTHORIZED, "Sign in again.")
