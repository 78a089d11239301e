"""The wall's data in the app: every branch but the open one by paced REST snapshots,
applied on the GUI thread; the open one by its live store; each tile's connection."""

from __future__ import annotations

from floorview.app.wall_feed import WallFeed
from floorview.core.live.status import ConnectionStatus, ConnState
from floorview.core.model import Branch, FloorPlan, Table
from floorview.core.rest import Unreachable
from floorview.core.samples import NOW
from floorview.core.store import BranchStore
from tests.floorview.factories import table_json
from tests.floorview.qtapp import run

BRANCHES = [Branch("a", "Alpha", "UTC"), Branch("b", "Beta", "UTC"), Branch("c", "Gamma", "UTC")]


class FakeRest:
    def __init__(self):
        self.calls = []

    def branches(self):
        self.calls.append(("branches", ""))
        return BRANCHES

    def floor_plans(self, bid):
        self.calls.append(("plans", bid))
        return [FloorPlan(f"{bid}-fp", bid, "Main", 800, 600, 0)]

    def tables(self, bid):
        self.calls.append(("tables", bid))
        if bid == "c":
            raise Unreachable(0, "", summary="no answer")
        return [Table.from_json(table_json(f"{bid}-t", branchId=bid, floorPlanId=f"{bid}-fp"))]


def test_a_round_fetches_every_branch_but_the_live_one(qtbot, aio):
    rest = FakeRest()
    feed = WallFeed(rest, clock=lambda: NOW)
    changed, told = [], []
    feed.on_change = changed.append
    feed.on_branches = told.append
    live = BranchStore("a")
    feed.set_live("a", live)
    feed.set_live_status(ConnectionStatus(ConnState.LIVE, NOW))
    feed.start()
    qtbot.waitUntil(lambda: ("tables", "c") in rest.calls, timeout=5000)
    run(qtbot, feed.stop())
    assert told == [BRANCHES]
    assert ("tables", "a") not in rest.calls  # live: its session keeps it
    assert feed.stores["a"] is live
    assert list(feed.stores["b"].tables) == ["b-t"]
    assert not feed.stores["c"].tables  # its fetch failed: waits for the next round
    assert feed.link("a").state is ConnState.LIVE
    assert feed.link("b").as_of == NOW  # as of its snapshot
    assert feed.link("c") is None  # not fetched yet: connecting
    assert "b" in changed and "c" not in changed[1:]
    assert feed.pacer.sent == len(rest.calls)  # every request paced


def test_a_second_round_fetches_the_tables_alone(qtbot, aio):
    rest = FakeRest()
    feed = WallFeed(rest, clock=lambda: NOW)
    feed.branches = BRANCHES[:2]
    run(qtbot, feed.round())
    run(qtbot, feed.round())
    assert rest.calls == [("plans", "a"), ("tables", "a"), ("plans", "b"), ("tables", "b"),
                          ("tables", "a"), ("tables", "b")]


def test_the_branch_open_before_is_as_of_the_switch(qtbot, aio):
    feed = WallFeed(FakeRest(), clock=lambda: NOW)
    feed.set_live("a", BranchStore("a"))
    feed.set_live_status(ConnectionStatus(ConnState.LIVE, NOW))
    feed.set_live("b", BranchStore("b"))
    assert feed.link("a").as_of == NOW and feed.link("a").state is not ConnState.LIVE
