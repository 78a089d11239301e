"""Many branches over one socket, against a real stub serving a group: each branch's
rules kept for itself, the snapshots paced under the REST limit, 429s obeyed."""

from __future__ import annotations

import asyncio
import contextlib

import pytest

from floorview.core.group import GroupFollower
from floorview.core.live import ConnState
from floorview.core.rest import RestClient
from server_stub.testing import StubServer
from tests.floorview.gateway import wait_until
from tests.floorview.stubs import ADMIN, FAST, PASSWORD, WAIT, off_loop, server_tables

AREA = "area@floorview.dev"


@contextlib.asynccontextmanager
async def following(srv: StubServer, email: str = AREA, branches=None, **kwargs):
    rest = RestClient(srv.url, retries=3, backoff=(0.05, 0.1))
    await off_loop(rest.login, email, PASSWORD)
    if branches is None:
        branches = await off_loop(rest.branches)
    options = {**FAST, **kwargs.pop("live_options", {})}
    follower = GroupFollower(rest, branches, live_options=options, **kwargs)
    await follower.start()
    try:
        yield follower
    finally:
        await follower.stop()
        follower.close()
        rest.close()


def tables_of(follower: GroupFollower, branch_id: str) -> list[dict]:
    return sorted((t.to_json() for t in follower.stores[branch_id].tables.values()),
                  key=lambda t: t["id"])


def differing(srv: StubServer, follower: GroupFollower) -> list[str]:
    """The branches whose tables differ from the server's (read with a fresh token, whose
    own rate limit the follower's requests do not touch)."""
    rest = RestClient(srv.url)
    rest.token = srv.token_for(AREA)
    return [bid for bid in follower.stores if tables_of(follower, bid) != server_tables(rest, bid)]


@pytest.fixture(scope="module")
def group30():
    """30 branches, the contract's default REST limit (100 requests in 10 s per token)."""
    with StubServer(demo=False, group=30) as srv:
        yield srv


def test_thirty_branches_arrive_under_the_default_limit_without_a_429(group30):
    async def scenario() -> None:
        async with following(group30) as follower:
            first_live_after: list[int] = []

            def on_change(branch_id: str, update) -> None:
                if update is None and not first_live_after and follower.live_count() == 1:
                    first_live_after.append(follower.live.pacer.granted[0])

            follower.subscribe(on_change)
            await follower.wait_live(timeout=WAIT)
            assert follower.live_count() == 30
            assert follower.live.pacer.paused == 0  # the server never answered 429
            # the first branch was usable before the last snapshot was even asked for
            assert first_live_after and first_live_after[0] < 30
            assert sorted(follower.arrived) == sorted(follower.stores)
            assert await off_loop(differing, group30, follower) == []

    asyncio.run(scenario())


def test_each_event_reaches_its_own_branch_only(group30):
    async def scenario() -> None:
        async with following(group30) as follower:
            await follower.wait_live(timeout=WAIT)
            branches = list(follower.stores)
            target, other = branches[3], branches[4]
            table = sorted(follower.stores[target].tables.values(), key=lambda t: t.id)[0]
            before_other = dict(follower.stores[other].tables)
            admin = RestClient(group30.url)
            admin.token = group30.token_for(AREA)
            status = "out_of_service" if table.status != "out_of_service" else "available"
            saved = await off_loop(admin.set_status, table.id, status)
            await wait_until(lambda: follower.stores[target].tables[table.id].version == saved.version,
                             WAIT)
            assert dict(follower.stores[other].tables) == before_other
            assert table.id not in follower.stores[other].tables
            await off_loop(admin.delete_table, table.id)
            await wait_until(lambda: table.id not in follower.stores[target].tables, WAIT)
            assert follower.stores[target].is_deleted(table.id)

    asyncio.run(scenario())


def test_a_low_limit_is_met_with_429_whose_retry_after_is_obeyed_and_every_branch_arrives():
    """A server limit of 10 requests in 2 s against a group told it may send 30: the
    server answers 429; the pacer holds everyone back for Retry-After; all arrive."""
    with StubServer(demo=False, group=12, rest_rate_limit=(10, 2.0)) as srv:
        async def scenario() -> None:
            async with following(srv, rest_budget=(30, 2.0), reference=()) as follower:
                await follower.wait_live(timeout=4 * WAIT)
                assert follower.live_count() == 12
                assert follower.live.pacer.paused > 0
                assert await off_loop(differing, srv, follower) == []

        asyncio.run(scenario())


def test_a_branch_the_user_may_not_see_is_forbidden_alone():
    with StubServer(demo=True, group=4) as srv:
        async def scenario() -> None:
            admin = RestClient(srv.url)
            admin.token = srv.token_for(ADMIN)
            everything = await off_loop(admin.branches)  # the demo's two and the group's four
            async with following(srv, branches=everything, reference=()) as follower:
                await follower.wait_live(timeout=WAIT)
                states = {follower.branches[b].name: s.state for b, s in follower.states.items()}
                assert states["Harbour Street"] is ConnState.FORBIDDEN
                assert states["Old Town"] is ConnState.FORBIDDEN
                assert sorted(n for n, s in states.items() if s is ConnState.LIVE) == sorted(
                    n for n in states if n.startswith("Tavola"))
                assert follower.status.state is ConnState.LIVE

        asyncio.run(scenario())


def test_after_a_server_restart_every_branch_is_the_servers_again(tmp_path):
    srv = StubServer(demo=False, group=8, db_path=tmp_path / "stub.db", simulate=30).start()
    try:
        async def scenario() -> None:
            async with following(srv) as follower:
                await follower.wait_live(timeout=WAIT)
                srv.stop()
                await wait_until(lambda: all(s.state is not ConnState.LIVE
                                             for s in follower.states.values()), WAIT)
                assert all(s.as_of is not None for s in follower.states.values())  # "as of"
                await off_loop(srv.start)
                await wait_until(lambda: follower.live_count() == 8, WAIT)
                await asyncio.sleep(1.0)
                await off_loop(srv.stop_simulation)
                await asyncio.sleep(0.5)  # the last events arrive
                assert await off_loop(differing, srv, follower) == []

        asyncio.run(scenario())
    finally:
        srv.stop()


def test_reconciliation_goes_round_the_group_within_its_share():
    """20 branches at 40 requests a second, 10 % for checks: 4 a second, so each branch
    is checked every 5 s; a forged event is healed by its branch's next check."""
    with StubServer(demo=False, group=20, rest_rate_limit=(1000, 10.0)) as srv:
        async def scenario() -> None:
            async with following(srv, rest_budget=(400, 10.0), reference=(),
                                 live_options={"reconcile_period": 1.0}) as follower:
                assert follower.reconcile_every == 5.0
                await follower.wait_live(timeout=WAIT)
                branch_id = follower.arrived[-1]
                table = next(iter(follower.stores[branch_id].tables.values()))
                forged = {**table.to_json(), "status": "out_of_service", "version": table.version + 1}
                await off_loop(srv.inject, "tableStatusUpdate", forged, branch_id)
                await wait_until(lambda: follower.stores[branch_id].tables[table.id].status
                                 == "out_of_service", WAIT)
                checks = follower.live.pacer.granted[3]
                await wait_until(lambda: follower.stores[branch_id].tables[table.id].version
                                 == table.version, 3 * WAIT)
                assert follower.live.pacer.granted[3] - checks <= 21  # at most once round

        asyncio.run(scenario())


def test_a_gateway_that_never_acknowledges_gets_a_confirming_snapshot_per_branch():
    """The bare gateway (no acknowledgement of joinBranch): each branch is live after the
    short wait, then confirmed by a second snapshot; its events go to it alone."""
    from floorview.core.model import Branch
    from tests.floorview.gateway import Gateway

    def table(branch: str, n: int, version: int = 1) -> dict:
        return {"id": f"{branch}-t{n}", "branchId": branch, "floorPlanId": "fp", "sectionId": None,
                "number": str(n), "capacity": 4, "shape": "round", "x": 10 * n, "y": 0,
                "width": 80, "height": 80, "rotation": 0, "status": "available",
                "guestCount": None, "serverId": None,
                "statusChangedAt": "2026-12-07T19:00:00.000Z",
                "updatedAt": "2026-12-07T19:00:00.000Z", "version": version}

    async def scenario() -> None:
        gateway = Gateway(ack="never")
        names = ["br-1", "br-2", "br-3"]
        gateway.tables = {t["id"]: t for b in names for t in (table(b, 1), table(b, 2))}
        await gateway.start()
        rest = RestClient(gateway.url, token="good")
        branches = [Branch(id=b, name=b.upper(), timezone="UTC") for b in names]
        follower = GroupFollower(rest, branches, reference=(), live_options=FAST)
        try:
            await follower.start()
            await follower.wait_live(timeout=WAIT)
            await wait_until(lambda: follower.requests.get("confirming") == 3, WAIT)
            assert follower.requests["snapshot"] == 3
            assert {b: sorted(s.tables) for b, s in follower.stores.items()} == {
                b: [f"{b}-t1", f"{b}-t2"] for b in names}
            await gateway.emit("tableStatusUpdate", {**table("br-2", 1, 2), "status": "occupied",
                                                     "guestCount": 2}, "br-2")
            await wait_until(lambda: follower.stores["br-2"].tables["br-2-t1"].status == "occupied")
            assert follower.stores["br-1"].tables["br-1-t1"].status == "available"
            assert "br-2-t1" not in follower.stores["br-3"].tables
        finally:
            await follower.stop()
            follower.close()
            await gateway.stop()

    asyncio.run(scenario())


def test_a_join_the_gateway_dropped_is_sent_again_and_every_branch_hears_its_events():
    """A gateway that takes 3 socket messages a second, joins sent 10 a second: the ones
    it drops ("Too many requests", no answer) are sent again, so every branch's events
    come over the socket (long before a reconciliation could heal them)."""
    with StubServer(demo=False, group=10, ws_rate_limit=3) as srv:
        async def scenario() -> None:
            async with following(srv, reference=(), join_budget=(10, 1.0),
                                 live_options={"ack_timeout": 1.0, "reconcile_period": 600,
                                               "confirm_delay": 60}
                                 ) as follower:
                await follower.wait_live(timeout=3 * WAIT)
                rest = RestClient(srv.url)
                rest.token = srv.token_for(AREA)
                saved = {}
                for branch_id, store in follower.stores.items():
                    table = sorted(store.tables.values(), key=lambda t: t.id)[0]
                    saved[branch_id] = await off_loop(rest.set_status, table.id, "out_of_service")
                await wait_until(lambda: all(
                    follower.stores[b].tables[s.id].version == s.version for b, s in saved.items()),
                    5.0)
                assert follower.live.pacer.granted[3] == 0  # not one reconciliation yet

        asyncio.run(scenario())


def test_over_long_polling_the_group_follows_and_its_checks_see_a_frozen_server():
    """WebSocket refused (a proxy that passes no upgrades): the group falls back to
    long-polling, follows every branch, and a SIGSTOPped server is seen by the round's
    checks (no ping frames over polling)."""
    from server_stub.testing import StubProcess

    with StubProcess(args=["--no-demo", "--group", "4"]) as srv:
        async def scenario() -> None:
            async with following(srv, reference=(), live_options={"transports": ["polling"],
                                                                  "reconcile_period": 2.0}
                                 ) as follower:
                await follower.wait_live(timeout=WAIT)
                assert follower.live_count() == 4
                srv.freeze()
                try:
                    await wait_until(lambda: follower.live_count() == 0, 3 * WAIT)
                    assert "no answer from the server" in follower.status.message
                    assert all(s.as_of is not None for s in follower.states.values())
                finally:
                    srv.thaw()
                await wait_until(lambda: follower.live_count() == 4, 3 * WAIT)

        asyncio.run(scenario())


def test_a_branch_let_go_is_left_and_not_copied_and_one_taken_back_is_the_servers_again(group30):
    """The app's window follows its open branch itself: the group leaves that room, holds
    no copy and hears none of its events; taken back, it is not live until its own join
    and snapshot are in, then follows the writes made while it was away and after."""
    async def scenario() -> None:
        async with following(group30) as follower:
            await follower.wait_live(timeout=WAIT)
            target, fence = list(follower.stores)[5], list(follower.stores)[6]
            store = follower.stores[target]
            seen = dict(store.tables)
            joined = await off_loop(group30.room_size, target)
            follower.release(target)
            await wait_until(lambda: group30.room_size(target) == joined - 1, WAIT)
            assert not store.tables and not store.floor_plans  # no second copy
            heard: list[object] = []
            store.subscribe(heard.append)
            admin = RestClient(group30.url)
            admin.token = group30.token_for(AREA)
            table = sorted(seen.values(), key=lambda t: t.id)[0]
            status = "out_of_service" if table.status != "out_of_service" else "available"
            saved = await off_loop(admin.set_status, table.id, status)
            other = sorted(follower.stores[fence].tables.values(), key=lambda t: t.id)[0]
            fenced = await off_loop(admin.set_status, other.id,
                                    "out_of_service" if other.status != "out_of_service" else "available")
            # the later write in another branch is in: the earlier one never reached this store
            await wait_until(lambda: follower.stores[fence].tables[other.id].version == fenced.version, WAIT)
            assert heard == [] and not store.tables
            assert follower.live.feeds[target].released
            # taken back from the other follower's tables (those seen before the write)
            follower.take_back(target, tables=list(seen.values()), as_of=None)
            assert follower.states[target].state is not ConnState.LIVE  # not until its snapshot
            assert store.tables[table.id].version == table.version
            await follower.wait_live([target], timeout=WAIT)
            await wait_until(lambda: store.tables[table.id].version == saved.version, WAIT)
            assert await off_loop(group30.room_size, target) == joined
            again = await off_loop(admin.set_status, table.id, table.status.value)
            await wait_until(lambda: store.tables[table.id].version == again.version, WAIT)
            assert await off_loop(differing, group30, follower) == []

    asyncio.run(scenario())


def test_a_branch_let_go_and_taken_back_in_quick_turns_ends_joined_once_and_the_servers(group30):
    """Switching the window's branch back and forth faster than a snapshot: every turn's
    join, leave and sync land in order, and the branch ends joined and equal to the
    server's, its neighbour untouched."""
    async def scenario() -> None:
        async with following(group30) as follower:
            await follower.wait_live(timeout=WAIT)
            target = list(follower.stores)[9]
            admin = RestClient(group30.url)
            admin.token = group30.token_for(AREA)
            table = sorted(follower.stores[target].tables.values(), key=lambda t: t.id)[0]
            for turn in range(6):
                seen = list(follower.stores[target].tables.values())
                follower.release(target)
                await asyncio.sleep(0.01 * turn)  # some turns mid-leave, some mid-snapshot
                status = "out_of_service" if turn % 2 else "available"
                await off_loop(admin.set_status, table.id, status)
                follower.take_back(target, tables=seen)
                await asyncio.sleep(0.02 * turn)
            await follower.wait_live([target], timeout=WAIT)
            await wait_until(lambda: group30.room_size(target) == 1, WAIT)
            await wait_until(lambda: not follower.live.feeds[target].store.syncing, WAIT)
            assert await off_loop(differing, group30, follower) == []
            saved = await off_loop(admin.set_status, table.id, "reserved")
            await wait_until(lambda: follower.stores[target].tables[table.id].version == saved.version,
                             WAIT)

    asyncio.run(scenario())
