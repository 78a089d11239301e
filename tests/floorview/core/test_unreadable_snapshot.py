"""A snapshot item that does not parse never deletes a table (contract §1, §4 rule 6).

A real stub behind a real misbehaving proxy (``FaultProxy``): decimal strings as a
TypeORM backend sends them, one item with ``"x": "abc"``, one item without its id, and an
answer of the wrong shape, each met by a LiveConnection over the wire. The proxy keeps
the stub's ETag on the answers it spoils, so a client that kept a bad answer's ETag would
be answered 304 and go on reusing it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging

import pytest
import requests

from floorview.core import journal
from floorview.core.live import ConnState, LiveConnection
from floorview.core.recorder import JournalRecorder
from floorview.core.rest import RestClient
from floorview.core.store import BranchStore
from server_stub.proxy import FaultProxy
from server_stub.testing import StubServer
from tests.floorview.gateway import wait_until
from tests.floorview.stubs import ADMIN, FAST, PASSWORD, UNLIMITED, WAIT, off_loop

PERIOD = 0.3  # reconciliation period: a few of them in a second


@pytest.fixture(scope="module")
def stub():
    with StubServer(**UNLIMITED) as srv:
        srv.stop_simulation()
        yield srv


@pytest.fixture
def proxy(stub):
    with FaultProxy(stub.url) as p:
        yield p


class CountingRest(RestClient):
    """Counts the table lists it fetched whole (200) and reused (304)."""

    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.fresh = self.cached = 0

    def tables_cached(self, branch_id, etag=None, **kw):
        etag, answer = super().tables_cached(branch_id, etag, **kw)
        if answer is None:
            self.cached += 1
        else:
            self.fresh += 1
        return etag, answer


class StringsSession(requests.Session):
    """A real HTTP session whose table lists arrive, while ``on``, as a JSON list of
    strings (the ids): a 200 of the wrong shape the proxy does not make."""

    def __init__(self):
        super().__init__()
        self.on = False
        self.made = 0
        self.hooks["response"].append(self._spoil)

    def _spoil(self, response, *args, **kwargs):
        if self.on and response.status_code == 200 and response.request.method == "GET" \
                and response.request.path_url.startswith("/restaurant/tables?"):
            response._content = json.dumps([t["id"] for t in response.json()]).encode()
            self.made += 1
        return response


@contextlib.asynccontextmanager
async def live_via(proxy: FaultProxy, branch_id: str, *, wait_live: bool = True,
                   session: requests.Session | None = None):
    rest = CountingRest(proxy.url, retries=0, backoff=(0.05, 0.1), session=session)
    await off_loop(rest.login, ADMIN, PASSWORD)
    store = BranchStore(branch_id)
    states: list = []
    live = LiveConnection(rest, store, reconcile_period=PERIOD, **FAST, on_status=states.append)
    live.test_states = states
    await live.start()
    try:
        if wait_live:
            await live.wait_for(ConnState.LIVE, timeout=WAIT)
        yield live
    finally:
        await live.stop()


def run(scenario):
    asyncio.run(asyncio.wait_for(scenario(), 90))


def branch_and_first(srv: StubServer) -> tuple[str, dict, list[dict]]:
    """Harbour Street's id, the first item of its table list as the server sends it (the
    one the proxy spoils), and the whole list."""
    rest = RestClient(srv.url)
    rest.token = srv.token_for(ADMIN)
    branch = next(b for b in rest.branches() if b.name == "Harbour Street")
    items = rest.tables_json(branch.id)
    return branch.id, items[0], items


def change_silently(srv: StubServer, table_id: str, **fields) -> dict:
    """Save a change at the server and emit nothing: only a snapshot can bring it (and
    the answer's ETag changes, so the next reconciliation is a whole 200)."""
    def save(service):
        saved = {**service.repo.get_table(table_id), **fields}
        saved["version"] += 1
        with service.repo.transaction():
            service.repo.save_table(saved)
        return saved

    return srv.call(save)


def other_than(items: list[dict], table_id: str) -> dict:
    return next(t for t in items if t["id"] != table_id)


def test_decimal_strings_read_as_numbers_on_every_table(stub, proxy):
    branch_id, _, items = branch_and_first(stub)
    proxy.set_fault("decimal")  # x, y, width, height, rotation as "860.00"

    async def scenario():
        async with live_via(proxy, branch_id) as live:
            held = {t.id: (t.x, t.y, t.width, t.height, t.rotation % 360)
                    for t in live.store.tables.values()}
            assert held == {t["id"]: (t["x"], t["y"], t["width"], t["height"], t["rotation"] % 360)
                            for t in items}
            assert live.store.unconfirmed == frozenset()

    run(scenario)
    assert proxy.made["decimal"] >= 1


def test_an_unreadable_item_keeps_its_table_marked_until_a_readable_copy(stub, proxy, tmp_path,
                                                                          caplog):
    branch_id, first, items = branch_and_first(stub)
    other = other_than(items, first["id"])

    async def scenario():
        async with live_via(proxy, branch_id) as live:
            recorder = JournalRecorder(live.store, path=tmp_path / "evening.journal").attach()
            assert len(live.store.tables) == len(items)
            proxy.set_fault("bad_item")  # the first item: "x": "abc", its id readable
            change_silently(stub, other["id"], status="cleaning")
            await wait_until(lambda: live.store.tables[other["id"]].status.value == "cleaning", WAIT)
            # the readable items updated; the unreadable one kept its last copy, marked
            assert first["id"] in live.store.tables and live.store.is_unconfirmed(first["id"])
            assert len(live.store.tables) == len(items) and not live.store.is_deleted(first["id"])
            # later reconciliations are whole answers (no 304 on the bad answer's ETag), and
            # still spoiled: the table stays, and is not logged again
            fresh = live.rest.fresh
            await wait_until(lambda: live.rest.fresh >= fresh + 3, WAIT)
            assert live.store.is_unconfirmed(first["id"]) and first["id"] in live.store.tables
            # the fault is gone: the next answer is read whole and clears the mark (a 304
            # on the bad answer's ETag would have kept the bad reading: the server's data
            # did not change)
            proxy.set_fault(None)
            await wait_until(lambda: not live.store.is_unconfirmed(first["id"]), WAIT)
            assert live.store.tables[first["id"]].x == first["x"]
            assert len(live.store.tables) == len(items)
            assert live.status.state is ConnState.LIVE
            recorder.close()

    with caplog.at_level(logging.INFO, logger="floorview"):
        run(scenario)
    said = [r.getMessage() for r in caplog.records if first["id"][:40] in r.getMessage()]
    assert len([m for m in said if "does not parse" in m]) == 1, said
    assert any("parses again" in m for m in said)
    assert "Table[0].x: expected a finite number, got str 'abc'" in "\n".join(said)
    kept = [c for e in journal.read(tmp_path / "evening.journal") for c in e.changes
            if c.table_id == first["id"]]
    assert kept == []  # neither deleted nor created again in the evening's journal


def test_an_item_without_an_id_removes_no_table_but_the_readable_ones_update(stub, proxy):
    branch_id, first, items = branch_and_first(stub)
    other = other_than(items, first["id"])

    async def scenario():
        async with live_via(proxy, branch_id) as live:
            proxy.set_fault("drop_id")  # the first item has no id: the answer is partial
            change_silently(stub, other["id"], status="reserved")
            await wait_until(lambda: live.store.tables[other["id"]].status.value == "reserved", WAIT)
            assert first["id"] in live.store.tables and live.store.is_unconfirmed(first["id"])
            assert len(live.store.tables) == len(items)
            proxy.set_fault(None)
            await wait_until(lambda: live.store.unconfirmed == frozenset(), WAIT)
            assert len(live.store.tables) == len(items)

    run(scenario)
    assert proxy.made["drop_id"] >= 1


def test_an_answer_of_the_wrong_shape_keeps_every_table(stub, proxy, caplog):
    branch_id, first, items = branch_and_first(stub)
    other = other_than(items, first["id"])
    session = StringsSession()

    async def scenario():
        async with live_via(proxy, branch_id, session=session) as live:
            # a list of strings, then {"data": [...]}: each a failed fetch, never "no tables"
            session.on = True
            saved = change_silently(stub, other["id"], status="occupied", guestCount=2)
            await wait_until(lambda: session.made >= 3, WAIT)
            assert len(live.store.tables) == len(items)
            session.on = False
            proxy.set_fault("wrong_shape")
            saved = change_silently(stub, other["id"], status="reserved", guestCount=4)
            await wait_until(lambda: proxy.made["wrong_shape"] >= 3, WAIT)
            assert len(live.store.tables) == len(items)
            assert live.store.unconfirmed == frozenset()
            assert live.status.state is ConnState.LIVE
            proxy.set_fault(None)
            await wait_until(lambda: live.store.tables[other["id"]].version == saved["version"], WAIT)
            assert len(live.store.tables) == len(items)
            assert live.store.tables[other["id"]].status.value == "reserved"

    with caplog.at_level(logging.WARNING, logger="floorview"):
        run(scenario)
    said = [r.getMessage() for r in caplog.records if "reconciling the tables failed" in r.getMessage()]
    assert any("expected a list of objects, got str" in m for m in said), said


def test_a_first_load_of_the_wrong_shape_is_a_failed_fetch_retried(stub, proxy):
    branch_id, _, items = branch_and_first(stub)
    proxy.set_fault("wrong_shape", times=2)

    async def scenario():
        async with live_via(proxy, branch_id, wait_live=False) as live:
            await live.wait_for(ConnState.LIVE, timeout=WAIT)
            assert len(live.store.tables) == len(items)
            # before it: a failed attempt, said as such, and retried (never "no tables")
            said = [s.message for s in live.test_states if s.state is not ConnState.LIVE]
            assert any("does not understand: Table: expected a list of objects" in m
                       for m in said), said

    run(scenario)
    assert proxy.made["wrong_shape"] == 2


def test_an_unreadable_item_on_the_first_load_shows_nothing_for_it(stub, proxy, caplog):
    branch_id, first, items = branch_and_first(stub)
    proxy.set_fault("bad_item")

    async def scenario():
        async with live_via(proxy, branch_id) as live:
            assert set(live.store.tables) == {t["id"] for t in items} - {first["id"]}
            assert live.store.unconfirmed == frozenset()
            proxy.set_fault(None)
            await wait_until(lambda: first["id"] in live.store.tables, WAIT)

    with caplog.at_level(logging.WARNING, logger="floorview"):
        run(scenario)
    assert any("does not parse" in r.getMessage() for r in caplog.records)
