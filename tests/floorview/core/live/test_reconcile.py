"""A connection that stays up heals by itself: reconciliation and confirmed version jumps.

Against a real stub whose room gets forged events (``srv.inject``): each forgery makes the
client's picture wrong, and the picture is the server's again within one period, with no
reconnect.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading

import pytest

from floorview.core.live import ConnState, LiveConnection
from floorview.core.rest import RestClient
from floorview.core.store import VERSION_JUMP, BranchStore
from server_stub.testing import StubServer
from tests.floorview.gateway import wait_until
from tests.floorview.stubs import ADMIN, FAST, PASSWORD, UNLIMITED, WAIT, off_loop

PERIOD = 0.5  # a short reconciliation period, so each test takes a second or two


@pytest.fixture(scope="module")
def stub():
    with StubServer(**UNLIMITED) as srv:
        yield srv


class CountingRest(RestClient):
    """A RestClient that counts the snapshots it fetched and how many came back as 304."""

    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.cached = self.fresh = self.confirms = 0

    def tables_cached(self, branch_id, etag=None, **kw):
        etag, tables = super().tables_cached(branch_id, etag, **kw)
        if tables is None:
            self.cached += 1
        else:
            self.fresh += 1
        return etag, tables

    def table(self, table_id):
        self.confirms += 1
        return super().table(table_id)


@contextlib.asynccontextmanager
async def live_on(srv: StubServer, period: float = PERIOD):
    rest = CountingRest(srv.url, retries=1, backoff=(0.05, 0.1))
    await off_loop(rest.login, ADMIN, PASSWORD)
    branch = sorted(await off_loop(rest.branches), key=lambda b: b.name)[0]
    store = BranchStore(branch.id)
    reconnects = []
    live = LiveConnection(rest, store, reconcile_period=period, **FAST,
                          on_status=lambda s: reconnects.append(s) if s.state is ConnState.RECONNECTING else None)
    await live.start()
    try:
        await live.wait_for(ConnState.LIVE, timeout=WAIT)
        live.test_reconnects = reconnects
        yield live
    finally:
        await live.stop()


def server_copy(srv: StubServer, table_id: str) -> dict | None:
    return srv.call(lambda service: service.repo.get_table(table_id))


def held_equals_server(live: LiveConnection, srv: StubServer) -> bool:
    tables = srv.call(lambda service: service.repo.list_tables(live.branch_id))
    return {t["id"]: t["version"] for t in tables} == {
        tid: t.version for tid, t in live.store.tables.items()}


def run(scenario):
    asyncio.run(asyncio.wait_for(scenario(), 60))


def first_table(live: LiveConnection):
    return sorted(live.store.tables.values(), key=lambda t: t.id)[0]


def test_a_forged_huge_version_is_held_back_and_real_writes_go_on(stub, caplog):
    async def scenario():
        async with live_on(stub, period=60.0) as live:  # no reconciliation: the bound alone
            table = first_table(live)
            forged = {**table.to_json(), "status": "out_of_service", "version": table.version + VERSION_JUMP + 5}
            await off_loop(stub.inject, "tableStatusUpdate", forged, live.branch_id)
            await wait_until(lambda: live.rest.confirms == 1, WAIT)  # the server was asked
            assert live.store.tables[table.id].version == table.version
            # a real write after it is applied, as it would not be had the forgery won
            writer = RestClient(stub.url)
            await off_loop(writer.login, ADMIN, PASSWORD)
            saved = await off_loop(writer.set_status, table.id, "cleaning")
            await wait_until(lambda: live.store.tables[table.id].version == saved.version, WAIT)
            assert live.store.tables[table.id].status.value == "cleaning"
            assert not live.test_reconnects

    with caplog.at_level(logging.INFO, logger="floorview"):
        run(scenario)
    assert any(r.getMessage().startswith("the server's copy of table") for r in caplog.records)


def test_a_real_version_jump_is_confirmed_and_wins(stub):
    async def scenario():
        async with live_on(stub, period=60.0) as live:
            table = first_table(live)
            # the server really is far ahead (a restored database, many saves unseen)
            jumped = {**server_copy(stub, table.id), "status": "reserved",
                      "version": table.version + 3 * VERSION_JUMP}

            def save(service):
                with service.repo.transaction():
                    service.repo.save_table(jumped)

            await off_loop(stub.call, save)
            await off_loop(stub.inject, "tableStatusUpdate", jumped, live.branch_id)
            await wait_until(lambda: live.store.tables[table.id].version == jumped["version"], WAIT)
            assert live.store.tables[table.id].status.value == "reserved"

    run(scenario)


@pytest.mark.parametrize("forgery", ["ten_to_the_18", "deleted", "phantom_created", "wrong_status"])
def test_a_forged_event_heals_within_one_period(stub, forgery, caplog):
    async def scenario():
        async with live_on(stub) as live:
            table = first_table(live)
            if forgery == "ten_to_the_18":
                event, payload = "tableStatusUpdate", {**table.to_json(), "version": 10**18}
            elif forgery == "deleted":
                event, payload = "tableDeleted", {"id": table.id}
            elif forgery == "phantom_created":
                event, payload = "tableCreated", {**table.to_json(), "id": "phantom-1", "version": 1}
            else:  # well-formed and plausible: a status the server never saved
                event, payload = "tableStatusUpdate", {**table.to_json(), "status": "out_of_service",
                                                       "version": table.version + 1}
            await off_loop(stub.inject, event, payload, live.branch_id)
            if forgery in ("deleted", "phantom_created", "wrong_status"):
                await wait_until(lambda: not held_equals_server(live, stub), WAIT)  # it took
            await wait_until(lambda: held_equals_server(live, stub), WAIT)
            assert live.status.state is ConnState.LIVE and not live.test_reconnects

    with caplog.at_level(logging.WARNING, logger="floorview"):
        run(scenario)
    if forgery != "ten_to_the_18":  # that one is a parse error, dropped on arrival
        assert any("reconciliation healed 1 table" in r.getMessage() for r in caplog.records)


def test_reconciliation_is_cheap_and_silent_when_nothing_changed(stub):
    async def scenario():
        async with live_on(stub) as live:
            updates = []
            live.store.subscribe(updates.append)
            await wait_until(lambda: live.rest.cached >= 3, WAIT)
            assert live.rest.fresh == 1  # the first, then 304 Not Modified
            assert updates == []  # nothing published, nothing redrawn
            # a forged deletion is healed from the cached snapshot, still the server's truth
            table = first_table(live)
            await off_loop(stub.inject, "tableDeleted", {"id": table.id}, live.branch_id)
            await wait_until(lambda: table.id not in live.store.tables, WAIT)
            await wait_until(lambda: table.id in live.store.tables, WAIT)
            assert live.rest.fresh == 1  # the cached snapshot was enough to heal it

    run(scenario)


class GatedRest(CountingRest):
    """Its next reconciliation, once ``hold()`` is called, takes the server's snapshot
    and then waits for ``release()`` before answering: the snapshot is in flight."""

    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self._gate = self._taken = None

    def hold(self):
        self._gate, self._taken = threading.Event(), threading.Event()
        return self._taken

    def release(self):
        self._gate.set()

    def tables_cached(self, branch_id, etag=None, **kw):
        answer = super().tables_cached(branch_id, etag, **kw)
        taken, self._taken = self._taken, None
        if taken is not None:
            taken.set()
            self._gate.wait(10)
        return answer


def test_a_write_while_a_reconciliation_is_in_flight_shows_at_once_and_is_not_undone(stub):
    # The snapshot is taken, the host changes a table, its event arrives, and only then
    # the (now older) snapshot lands: the change shows at once, and survives the merge.
    async def scenario():
        rest = GatedRest(stub.url, retries=1, backoff=(0.05, 0.1))
        await off_loop(rest.login, ADMIN, PASSWORD)
        branch = sorted(await off_loop(rest.branches), key=lambda b: b.name)[0]
        store = BranchStore(branch.id)
        live = LiveConnection(rest, store, reconcile_period=PERIOD, **FAST)
        await live.start()
        try:
            await live.wait_for(ConnState.LIVE, timeout=WAIT)
            table = first_table(live)
            target = "reserved" if table.status != "reserved" else "available"
            await off_loop(rest.hold().wait, 10)  # a snapshot is taken and held back
            writer = RestClient(stub.url, retries=1)
            await off_loop(writer.login, ADMIN, PASSWORD)
            written = await off_loop(writer.set_status, table.id, target)
            await wait_until(lambda: store.tables[table.id].version == written.version, WAIT)
            assert store.syncing  # shown while the older snapshot is still in flight
            before = rest.fresh + rest.cached
            rest.release()
            await wait_until(lambda: rest.fresh + rest.cached >= before + 1 and not store.syncing, WAIT)
            assert store.tables[table.id].version == written.version
            assert store.tables[table.id].status == target
            assert held_equals_server(live, stub)
        finally:
            await live.stop()

    run(scenario)
