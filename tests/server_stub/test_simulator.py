"""The simulator plays a believable service through the service, so events flow."""

from __future__ import annotations

import asyncio
import contextlib
from collections import Counter
from datetime import UTC, datetime

from server_stub.contract import check
from server_stub.simulator import SimClock, Simulator
from server_stub.testing import StubServer
from tests.server_stub.helpers import WAIT

#: Where a played evening starts: 17:00 in Lisbon (UTC in November), before the dinner rush.
EVENING = datetime(2026, 11, 25, 17, 0, tzinfo=UTC)

ALLOWED = {
    "available": {"occupied", "reserved", "out_of_service"},
    "reserved": {"occupied"},
    "occupied": {"occupied", "cleaning"},
    "cleaning": {"available"},
    "out_of_service": {"available"},
}


def test_its_changes_follow_a_restaurant_s_rhythm():
    with StubServer() as srv:
        before = {t["id"]: t for t in srv.call(lambda s: s.repo.list_tables())}
        simulator = srv.call(lambda s: Simulator(s, rate=1000, seed=3))
        moves: Counter = Counter()
        for _ in range(400):
            saved = srv.call(lambda s: simulator.step())
            check(saved, "Table")
            old = before[saved["id"]]
            assert saved["version"] == old["version"] + 1
            if saved["serverId"] != old["serverId"]:
                assert saved["status"] == old["status"]
                moves["reassign"] += 1
            else:
                assert saved["status"] in ALLOWED[old["status"]], (old["status"], saved["status"])
                moves[(old["status"], saved["status"])] += 1
            if saved["status"] in ("occupied", "reserved"):
                assert 1 <= saved["guestCount"] <= saved["capacity"]
            else:
                assert saved["guestCount"] is None
            before[saved["id"]] = saved
        assert simulator.changes == 400
        for move in [("available", "occupied"), ("available", "reserved"),
                     ("reserved", "occupied"), ("occupied", "cleaning"),
                     ("cleaning", "available"), "reassign"]:
            assert moves[move] > 0, move


def test_simulate_streams_valid_events_to_joined_sockets(live):
    with StubServer(simulate=40) as srv:
        client = _joined_everywhere(live, srv, events=15)
        events = list(client.events)
        assert {name for name, _ in events} <= {"tableStatusUpdate", "tableAssignmentUpdate"}
        for _, payload in events:
            check(payload, "Table")
        versions: dict[str, int] = {}
        for _, payload in events:  # one table's events arrive in version order
            assert payload["version"] > versions.get(payload["id"], 0)
            versions[payload["id"]] = payload["version"]


def test_a_simulator_with_no_tables_does_nothing():
    with StubServer(demo=False) as srv:
        assert srv.call(lambda s: Simulator(s, rate=1).step()) is None


def test_stopping_the_simulation_holds_the_tables_still(live):
    with StubServer(simulate=40) as srv:
        client = _joined_everywhere(live, srv, events=3)
        srv.stop_simulation()
        held = srv.call(lambda s: s.repo.list_tables())
        table = held[0]
        admin = srv.call(lambda s: s.repo.find_login("admin@floorview.dev"))[0]
        # the server goes on serving: a write is saved and emitted
        srv.call(lambda s: s.update_status(admin, table["id"], {"status": "out_of_service"}))
        client.wait_for("tableStatusUpdate",
                        lambda p: p["id"] == table["id"] and p["status"] == "out_of_service")
        after = {t["id"]: t for t in srv.call(lambda s: s.repo.list_tables())}
        assert [t["id"] for t in held if after[t["id"]] != t] == [table["id"]]


def _joined_everywhere(live, srv: StubServer, *, events: int):
    """An admin's socket joined to every branch, once it has seen ``events`` events."""
    client = live(srv.token_for("admin@floorview.dev"), srv=srv)
    client.connect()
    for branch in srv.call(lambda s: s.repo.list_branches()):
        client.join(branch["id"])
    client.wait_for("tableStatusUpdate", lambda _: len(client.events) >= events, timeout=3 * WAIT)
    return client


def _play(seed: int, steps: int) -> list[tuple[float, dict]]:
    """``steps`` changes on a fresh demo stub: (simulated minutes since the start, table).

    One clock for the simulator and the service (the demo's seating times and every
    change's stamps), from a fixed evening, moving only by the steps' jumps: with real
    time under either, a loaded machine made the same seed play another evening (the
    service stamped the wall clock, so how long the stub took to start moved every due
    time: 1 run in 20 of the whole suite)."""
    frozen = EVENING
    clock = SimClock(start=frozen, real=lambda: frozen)
    with StubServer(clock=clock) as srv:
        simulator = srv.call(lambda s: Simulator(s, rate=1000, seed=seed, clock=clock))
        start = simulator.clock()

        async def play(_service) -> list[tuple[float, dict]]:
            # all steps in one visit to the server's loop: 1,500 thread hops took 12 s
            # alone and passed 120 s beside other suites on 2 cores
            played = []
            for _ in range(steps):
                saved = await simulator.step()
                played.append(((simulator.clock() - start).total_seconds() / 60, saved))
            return played

        return srv.call(play)


def test_an_evening_keeps_parties_seated_45_to_120_minutes_with_their_server():
    played = _play(seed=5, steps=1500)
    assert played[-1][0] > 240, "1500 changes of 72 tables should cover a few hours"
    seated: dict[str, tuple[float, dict]] = {}
    cleaning: dict[str, float] = {}
    last: dict[str, dict] = {}
    stays, cleans, swaps_between_parties = [], [], 0
    for minute, t in played:
        before = last.get(t["id"])
        if before is not None and t["serverId"] != before["serverId"]:
            # a server changes only between parties, never mid-meal or on a held booking
            assert before["status"] == t["status"] == "available", (before, t)
            swaps_between_parties += 1
        if t["status"] in ("occupied", "reserved"):
            assert 1 <= t["guestCount"] <= t["capacity"]
        if t["status"] == "occupied" and (before is None or before["status"] != "occupied"):
            seated[t["id"]] = (minute, t)
        elif t["status"] == "occupied":
            assert t["serverId"] == seated[t["id"]][1]["serverId"] if t["id"] in seated else True
        if t["status"] == "cleaning" and t["id"] in seated:
            stays.append(minute - seated.pop(t["id"])[0])
        if t["status"] == "cleaning":
            cleaning[t["id"]] = minute
        if t["status"] == "available" and t["id"] in cleaning:
            cleans.append(minute - cleaning.pop(t["id"]))
        last[t["id"]] = t
    assert len(stays) > 50 and len(cleans) > 50
    assert all(45 - 0.01 <= s <= 120 + 0.01 for s in stays), sorted(stays)[:3] + sorted(stays)[-3:]
    assert all(3 - 0.01 <= c <= 8 + 0.01 for c in cleans), (min(cleans), max(cleans))
    assert swaps_between_parties > 0
    # a believable spread: not every party leaves at the same time
    assert max(stays) - min(stays) > 30


def test_the_same_seed_plays_the_same_evening():
    def story(seed):
        return [(t["number"], t["status"], t["guestCount"], t["serverId"])
                for _, t in _play(seed, 120)]

    first = story(11)
    assert story(11) == first
    assert story(12) != first


def test_the_rate_caps_the_changes_a_second_whatever_is_due():
    async def scenario(service):
        # a clock a million times as fast: everything is always due
        simulator = Simulator(service, rate=10, seed=1, speed=1e6)
        task = asyncio.ensure_future(simulator.run())
        await asyncio.sleep(1.0)
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        return simulator.changes

    with StubServer() as srv:
        changes = srv.call(scenario)
    # about 10 in the second; a slow machine makes fewer, never more than the cap allows
    assert 1 <= changes <= 10 * 1.5 + 2
