"""What the live connection's tests share: a scriptable gateway's connection, started
and stopped around a scenario (the gateway is tests/floorview/gateway.py)."""

import asyncio
import contextlib

from floorview.core.live import ConnState, LiveConnection
from floorview.core.store import BranchStore
from tests.floorview.factories import table_json
from tests.floorview.gateway import FakeRest, Gateway

FAST = {"backoff": (0.02, 0.1), "ack_timeout": 0.2, "confirm_delay": 0.05, "connect_timeout": 2.0}


def run(scenario, timeout: float = 30):
    asyncio.run(asyncio.wait_for(scenario(), timeout))


class Harness:
    def __init__(self, gateway: Gateway, **kw):
        self.gateway = gateway
        self.rest = FakeRest(gateway)
        self.store = BranchStore("br-1")
        self.statuses = []
        options = {**FAST, **kw}
        self.live = LiveConnection(self.rest, self.store, on_status=self.statuses.append, **options)

    @property
    def states(self):
        return [s.state for s in self.statuses]

    def versions(self):
        return {tid: t.version for tid, t in self.store.tables.items()}

    def server_versions(self):
        return {tid: t["version"] for tid, t in self.gateway.tables.items()}


def seed(gateway: Gateway, n: int = 3) -> None:
    for i in range(n):
        gateway.tables[f"t-{i}"] = table_json(f"t-{i}", 1, number=str(i))


@contextlib.asynccontextmanager
async def connected(tables: int = 3, *, until=ConnState.LIVE, gateway=None, setup=None, **options):
    """A seeded gateway and a started connection (waited until ``until``); both
    stopped at the end. ``setup(harness)`` runs before the connection starts."""
    gw = gateway or Gateway()
    seed(gw, tables)
    if not gw.port:  # a gateway given stopped with a port stays closed
        await gw.start()
    h = Harness(gw, **options)
    try:
        if setup is not None:
            setup(h)
        await h.live.start()
        if until is not None:
            h.reached = await h.live.wait_for(until, timeout=5)
        yield h
    finally:
        await h.live.stop()
        await gw.stop()
