"""A frozen server (SIGSTOP: its sockets stay open, nothing answers) is seen at once."""

from __future__ import annotations

import asyncio
import logging

import pytest

from floorview.core.live import ConnState, LiveConnection
from floorview.core.rest import RestClient
from floorview.core.store import BranchStore
from server_stub.testing import StubProcess
from tests.floorview.stubs import FAST, HOST, PASSWORD

#: Far below Engine.IO's own 45 s (pingInterval 25 s + pingTimeout 20 s), far above the
#: ~3 s the ping frames take: a bound that tells the two apart, not a timing assertion.
NOTICED_WITHIN = 20.0


@pytest.fixture
def frozen_stub(tmp_path):
    with StubProcess(db_path=tmp_path / "stub.db") as srv:
        yield srv


@pytest.mark.parametrize("transports", [None, ["polling"]])
def test_a_frozen_server_leaves_live_and_says_since_when(frozen_stub, caplog, transports):
    # WebSocket (the default): ping frames; long-polling: the reconciliation is the probe.
    srv = frozen_stub
    rest = RestClient(srv.url, retries=0, timeout=(1.0, 2.0))
    rest.login(HOST, PASSWORD)
    branch = sorted(rest.branches(), key=lambda b: b.name)[0]
    statuses = []

    async def scenario():
        live = LiveConnection(rest, BranchStore(branch.id), on_status=statuses.append,
                              transports=transports, probe_period=1.0, **FAST)
        await live.start()
        try:
            up = await live.wait_for(ConnState.LIVE, timeout=10)
            assert up.no_answer_since is None
            srv.freeze()
            lost = await live.wait_for(ConnState.RECONNECTING, timeout=NOTICED_WITHIN)
            assert lost.no_answer_since is not None
            assert up.as_of <= lost.no_answer_since <= lost.since
            assert "no answer from the server" in lost.message
            # it keeps trying, and keeps saying since when, while the server stays frozen
            await asyncio.sleep(1.0)
            assert live.status.state is not ConnState.LIVE
            assert live.status.no_answer_since == lost.no_answer_since
            srv.thaw()
            again = await live.wait_for(ConnState.LIVE, timeout=30)
            assert again.no_answer_since is None
        finally:
            srv.thaw()
            await live.stop()

    with caplog.at_level(logging.DEBUG):
        asyncio.run(asyncio.wait_for(scenario(), 90))
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors == []
    ours = [r.getMessage() for r in caplog.records if "no answer from the server since" in r.getMessage()]
    assert len(ours) == 1 and ours[0].startswith("no answer from the server since ")
