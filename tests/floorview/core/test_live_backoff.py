"""LiveConnection's waits between attempts, read from the statuses it publishes: they grow
while attempts fail, and start again from the shortest once a connection was live.

Only the public surface (``backoff``, ``rng``, ``port_probe``, the statuses' "retrying in
N s") against the scriptable gateway, so these hold wherever the connection's code lives.
"""

from __future__ import annotations

import asyncio
import re

from floorview.core.live import ConnState, LiveConnection
from floorview.core.rest import Unreachable
from floorview.core.store import BranchStore
from tests.floorview.factories import table_json
from tests.floorview.gateway import FakeRest, Gateway, wait_until

#: (base, cap): with rng() == 0 the n-th wait (from 0) is exactly base * 2**n / 2:
#: 1 s, 2 s, 4 s, 8 s, ... whole seconds, as the statuses say them.
BACKOFF = (2.0, 60.0)
RETRY = re.compile(r"retrying in (\d+) s")


def test_the_wait_starts_again_from_the_shortest_after_a_connection_was_live():
    """A host stand whose connection is cut every few minutes (a flaky Wi-Fi, a proxy's
    idle timeout) reconnects after the shortest wait each time, not after ever longer ones:
    each cut comes after a live connection. Failures in a row (a snapshot the server does
    not answer) still wait longer each time, and the next live connection starts over."""

    async def scenario():
        gw = Gateway()
        for i in range(3):
            gw.tables[f"t-{i}"] = table_json(f"t-{i}", 1, number=str(i))
        await gw.start()
        rest = FakeRest(gw)
        statuses = []
        live = LiveConnection(rest, BranchStore("br-1"), on_status=statuses.append,
                              backoff=BACKOFF, rng=lambda: 0.0, port_probe=None,
                              ack_timeout=0.5, confirm_delay=0.05, connect_timeout=2.0)

        def waits() -> list[int]:
            return [int(m.group(1)) for s in statuses
                    if s.state is ConnState.RECONNECTING and (m := RETRY.search(s.message))]

        async def cut_and_see(expected: list[int]) -> None:
            await live.wait_for(ConnState.LIVE, timeout=10)
            await gw.drop_all()
            await wait_until(lambda: len(waits()) >= len(expected), timeout=20)
            assert waits()[:len(expected)] == expected

        try:
            await live.start()
            await cut_and_see([1])  # live, then cut: the shortest wait
            await cut_and_see([1, 1])  # live again, cut again: the shortest again
            # the next attempt's snapshot goes unanswered: a failure after a failure,
            # so it waits twice as long
            rest.fail = Unreachable(0, "no answer in time")
            await wait_until(lambda: len(waits()) >= 3, timeout=20)
            assert waits() == [1, 1, 2]
            assert "no answer in time" in statuses[-1].message
            rest.fail = None
            # live again after it: the next cut waits the shortest once more
            await cut_and_see([1, 1, 2, 1])
        finally:
            await live.stop()
            await gw.stop()

    asyncio.run(asyncio.wait_for(scenario(), 60))
