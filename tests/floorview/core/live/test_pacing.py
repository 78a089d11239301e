"""The pacer: never more than its budget in any window, the most urgent first, and a
429's Retry-After obeyed by every request."""

from __future__ import annotations

import asyncio

from floorview.core.live.pacing import CONFIRMING, FIRST_SNAPSHOT, RECONCILE, Pacer


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_no_more_than_the_limit_in_any_window_counted_from_the_answers():
    async def scenario() -> list[float]:
        loop = asyncio.get_running_loop()
        pacer = Pacer(3, 0.3, clock=loop.time)
        start = loop.time()
        sent: list[float] = []

        async def request() -> None:
            async with pacer.slot():
                sent.append(loop.time() - start)
                await asyncio.sleep(0.05)  # the answer takes a while

        await asyncio.gather(*(request() for _ in range(7)))
        pacer.close()
        return sent

    sent = asyncio.run(scenario())
    assert len(sent) == 7
    # the 4th waits for the 1st answer (0.05) plus the window (0.3), and so on
    assert sent[3] >= 0.34 and sent[6] >= 0.68, sent
    for i in range(len(sent) - 3):
        assert sent[i + 3] - sent[i] >= 0.3, sent


def test_the_most_urgent_go_first_and_in_order_within_a_priority():
    async def scenario() -> list[str]:
        loop = asyncio.get_running_loop()
        pacer = Pacer(1, 0.02, clock=loop.time)
        order: list[str] = []

        async def request(name: str, priority: int) -> None:
            async with pacer.slot(priority):
                order.append(name)

        blocker = asyncio.ensure_future(request("first", RECONCILE))
        await asyncio.sleep(0)
        waiting = [request("check 1", RECONCILE), request("snap 1", FIRST_SNAPSHOT),
                   request("confirm", CONFIRMING), request("snap 2", FIRST_SNAPSHOT),
                   request("check 2", RECONCILE)]
        await asyncio.gather(blocker, *waiting)
        pacer.close()
        return order

    assert asyncio.run(scenario()) == ["first", "snap 1", "snap 2", "confirm", "check 1", "check 2"]


def test_a_429_holds_every_request_back_for_its_retry_after():
    class Answer:
        status_code = 429
        headers = {"Retry-After": "2"}

    clock = FakeClock()
    pacer = Pacer(100, 10.0, clock=clock)
    pacer.on_response(Answer())
    assert pacer.paused == 1
    assert pacer._delay() == 2.0
    clock.now = 1.5
    assert pacer._delay() == 0.5
    clock.now = 2.0
    assert pacer._delay() == 0.0


def test_a_429_without_a_readable_retry_after_waits_a_second():
    class Answer:
        status_code = 429
        headers = {"Retry-After": "soon"}

    pacer = Pacer(100, 10.0, clock=FakeClock())
    pacer.on_response(Answer())
    assert pacer._delay() == 1.0


def test_a_cancelled_waiter_gives_its_turn_back():
    async def scenario() -> int:
        loop = asyncio.get_running_loop()
        pacer = Pacer(1, 0.05, clock=loop.time)
        async with pacer.slot():
            pass
        waiter = asyncio.ensure_future(pacer.slot().__aenter__())
        await asyncio.sleep(0)
        waiter.cancel()
        await asyncio.gather(waiter, return_exceptions=True)
        async with pacer.slot():
            pass
        pacer.close()
        return pacer._inflight

    assert asyncio.run(scenario()) == 0


def test_slowing_down_halves_the_pace_to_a_floor():
    pacer = Pacer(1, 0.1, clock=FakeClock())
    pacer.slow_down()
    assert pacer.window == 0.2 and pacer.rate == 5.0
    for _ in range(10):
        pacer.slow_down()
    assert pacer.window == 0.8  # at most 8 times slower than first set
