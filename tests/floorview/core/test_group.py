"""GroupFollower, the wall's view of a group: a store and a state per branch, listeners
told which branch changed, the order of arrival, the floor plans after the tables."""

from __future__ import annotations

import asyncio

import pytest

from floorview.core.group import GroupFollower
from floorview.core.live import ConnState
from floorview.core.rest import RestClient
from server_stub.testing import StubServer
from tests.floorview.core.live.test_group import AREA, following
from tests.floorview.gateway import wait_until
from tests.floorview.stubs import PASSWORD, UNLIMITED, WAIT, off_loop


@pytest.fixture(scope="module")
def group():
    with StubServer(demo=False, group=10, **UNLIMITED) as srv:
        yield srv


def test_listeners_hear_each_branch_by_id_and_tiles_can_be_painted_as_they_arrive(group):
    async def scenario() -> None:
        heard: list[tuple[str, str]] = []
        live_with_tables: list[bool] = []
        async with following(group) as follower:
            def on_change(branch_id: str, update) -> None:
                assert branch_id in follower.stores
                if update is None:
                    state = follower.states[branch_id]
                    heard.append((branch_id, state.state.value))
                    if state.state is ConnState.LIVE:
                        live_with_tables.append(bool(follower.stores[branch_id].tables))
                else:
                    heard.append((branch_id, "tables" if update.changes else "reference"))

            follower.subscribe(on_change)
            await follower.wait_live(timeout=WAIT)
            await wait_until(lambda: all(s.floor_plans for s in follower.stores.values()), WAIT)
            assert live_with_tables and all(live_with_tables)  # live means its tables are in
            for branch_id in follower.stores:
                kinds = [k for b, k in heard if b == branch_id]
                # its state, its tables, then its floor plans: each told with its id
                assert kinds.index("tables") < kinds.index("reference"), kinds
                assert "live" in kinds
            arrived = follower.arrived
            assert sorted(arrived) == sorted(follower.stores)
            assert follower.requests["snapshot"] == 10 and follower.requests["reference"] == 10
            names = {follower.stores[b].branch.name for b in arrived}
            assert len(names) == 10

    asyncio.run(scenario())


def test_before_it_starts_every_branch_is_connecting_with_an_empty_store(group):
    async def scenario() -> None:
        rest = RestClient(group.url)
        await off_loop(rest.login, AREA, PASSWORD)
        branches = await off_loop(rest.branches)
        follower = GroupFollower(rest, branches)
        assert set(follower.stores) == {b.id for b in branches}
        assert all(s.state is ConnState.CONNECTING and s.as_of is None
                   for s in follower.states.values())
        assert all(not s.tables for s in follower.stores.values())
        assert follower.arrived == []
        unsubscribe = follower.subscribe(lambda b, u: None)
        unsubscribe()
        follower.close()
        rest.close()

    asyncio.run(scenario())


def test_the_check_of_each_branch_is_spread_by_the_groups_size():
    rest = RestClient("http://127.0.0.1:9")
    from floorview.core.model import Branch

    def every(n: int) -> float:
        branches = [Branch(id=f"b{i}", name=f"B{i}", timezone="UTC") for i in range(n)]
        return GroupFollower(rest, branches).reconcile_every

    # 90 requests in 10 s, a tenth for checks: 0.9 a second for the group
    assert every(5) == 15.0  # the single branch's period
    assert every(200) == pytest.approx(222.2, abs=0.1)
    assert every(30) == pytest.approx(33.3, abs=0.1)
