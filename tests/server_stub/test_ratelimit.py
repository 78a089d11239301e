"""Sliding windows, on a clock the test moves."""

from __future__ import annotations

import pytest

from server_stub.ratelimit import SlidingWindow, retry_after_header


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_limit_holds_in_any_window_not_just_aligned_ones():
    clock = Clock()
    limit = SlidingWindow(3, 10.0, clock)
    assert [limit.hit("a") for _ in range(3)] == [None, None, None]
    assert limit.hit("a") == pytest.approx(10.0)
    clock.now += 4
    assert limit.hit("a") == pytest.approx(6.0)
    assert limit.hit("b") is None  # per key
    clock.now += 6  # the first three have left the window
    assert limit.hit("a") is None


def test_refused_hits_do_not_count():
    clock = Clock()
    limit = SlidingWindow(1, 1.0, clock)
    assert limit.hit("a") is None
    for _ in range(100):
        clock.now += 0.001
        assert limit.hit("a") is not None
    clock.now += 1
    assert limit.hit("a") is None


def test_many_keys_are_pruned_once_idle():
    clock = Clock()
    limit = SlidingWindow(1, 1.0, clock)
    for i in range(10_001):
        limit.hit(i)
    clock.now += 2
    limit.hit("fresh")
    assert len(limit._hits) < 10


@pytest.mark.parametrize("seconds, header", [(0.01, "1"), (1.0, "1"), (1.2, "2"), (59.5, "60")])
def test_retry_after_is_whole_seconds_rounded_up(seconds, header):
    assert retry_after_header(seconds) == header


def test_a_limit_must_allow_something():
    with pytest.raises(ValueError):
        SlidingWindow(0, 1.0)
