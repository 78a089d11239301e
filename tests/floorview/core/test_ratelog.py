"""RateLimitedLog: one line per kind of trouble per interval, with a count of the rest."""

from __future__ import annotations

import logging

from floorview.core.ratelog import RateLimitedLog


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_one_line_per_key_per_interval_then_the_count_of_the_held_ones(caplog):
    clock = Clock()
    rlog = RateLimitedLog(logging.getLogger("t.ratelog"), interval=10.0, clock=clock)
    with caplog.at_level(logging.INFO, logger="t.ratelog"):
        assert rlog.warning("bad", "dropped a malformed %s", "tableUpdated")
        for _ in range(999):
            assert not rlog.warning("bad", "dropped a malformed %s", "tableUpdated")
        assert rlog.info("other", "another kind")  # another key is not held back
        clock.now += 10.0
        assert rlog.warning("bad", "dropped a malformed %s", "tableUpdated")
    assert [r.getMessage() for r in caplog.records] == [
        "dropped a malformed tableUpdated",
        "another kind",
        "dropped a malformed tableUpdated (and 999 more like it in the last 10 s)",
    ]
    assert [r.levelno for r in caplog.records] == [logging.WARNING, logging.INFO, logging.WARNING]


def test_hostile_keys_cannot_grow_it_without_bound():
    clock = Clock()
    rlog = RateLimitedLog(logging.getLogger("t.ratelog.keys"), max_keys=8, clock=clock)
    for i in range(10_000):
        rlog.info(f"event-{i}", "unknown event")
    assert len(rlog._last) <= 8 and len(rlog._held) <= 8
