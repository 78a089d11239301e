"""Fetching a group under the rate limit: never more than the share of the limit in any
window, a 429's Retry-After waited out, each branch's floors and tables into its store."""

from __future__ import annotations

import pytest

from floorview.core.model import Branch, FloorPlan, Table
from floorview.core.paced_fetch import Pacer, fetch_group
from floorview.core.rest import RateLimited
from tests.floorview.factories import table_json


class FakeTime:
    def __init__(self):
        self.now = 0.0
        self.sleeps = []

    def clock(self):
        return self.now

    def sleep(self, s):
        self.sleeps.append(s)
        self.now += s


def test_no_window_holds_more_than_the_share_of_the_limit():
    t = FakeTime()
    pacer = Pacer(100, 10.0, 0.8, clock=t.clock, sleep=t.sleep)
    sent = []
    for _ in range(250):
        pacer.wait()
        sent.append(t.now)
        t.now += 0.001  # each request takes a millisecond
    for i, start in enumerate(sent):
        assert sum(1 for s in sent[i:] if s - start < 10.0) <= 80
    assert 20.0 <= sent[-1] < 31.0  # 250 requests at 80 per 10 s: three windows and a bit


def test_a_429_is_waited_out_then_asked_again():
    t = FakeTime()
    pacer = Pacer(clock=t.clock, sleep=t.sleep)
    answers = [RateLimited(429, "slow down", retry_after=7.0), "ok"]

    def call():
        a = answers.pop(0)
        if isinstance(a, Exception):
            raise a
        return a

    assert pacer.call(call) == "ok"
    assert t.sleeps == [7.0] and pacer.sent == 2


def test_a_429_that_never_ends_fails_in_the_end():
    t = FakeTime()
    pacer = Pacer(clock=t.clock, sleep=t.sleep)

    def call():
        raise RateLimited(429, "no", retry_after=None)

    with pytest.raises(RateLimited):
        pacer.call(call)


class FakeRest:
    def __init__(self):
        self.calls = []

    def floor_plans(self, bid):
        self.calls.append(("plans", bid))
        return [FloorPlan(f"{bid}-fp", bid, "Main", 800, 600, 0)]

    def tables(self, bid):
        self.calls.append(("tables", bid))
        return [Table.from_json(table_json(f"{bid}-t", branchId=bid, floorPlanId=f"{bid}-fp"))]


def test_each_branch_arrives_in_its_store_its_plans_fetched_once():
    rest, t = FakeRest(), FakeTime()
    pacer = Pacer(clock=t.clock, sleep=t.sleep)
    branches = [Branch("a", "A", "UTC"), Branch("b", "B", "UTC")]
    stores: dict = {}
    got = [(b.id, list(s.tables)) for b, s, _ in fetch_group(rest, branches, pacer, stores)]
    assert got == [("a", ["a-t"]), ("b", ["b-t"])]
    assert stores["a"].floor_plans[0].id == "a-fp"
    list(fetch_group(rest, branches, pacer, stores))  # a refresh: the tables alone
    assert rest.calls[4:] == [("tables", "a"), ("tables", "b")]
