"""The core against a real server_stub over loopback: convergence through everything."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time

import pytest

from floorview.core.live import ConnState, LiveConnection
from floorview.core.model import Status
from floorview.core.rest import Forbidden, RateLimited, RestClient, Unauthorized
from floorview.core.session import Authenticator, Session, resolve_branch
from floorview.core.store import BranchStore
from server_stub.proxy import FaultProxy
from server_stub.repo import Repository
from server_stub.testing import StubServer
from tests.floorview import stubs
from tests.floorview.gateway import wait_until
from tests.floorview.stubs import (
    ADMIN,
    FAST,
    HOST,
    MANAGER,
    UNLIMITED,
    WAIT,
    off_loop,
    pause_simulator,
    server_tables,
    signed_in,
)

stub = stubs.stub  # the module's demo server (a fixture)


def run(scenario, timeout: float = 60):
    asyncio.run(asyncio.wait_for(scenario(), timeout))


def first_branch(rest: RestClient):
    return sorted(rest.branches(), key=lambda b: b.name)[0]


def held(session: Session) -> list[dict]:
    return [session.store.tables[tid].to_json() for tid in sorted(session.store.tables)]


async def converged(session: Session, reader: RestClient) -> None:
    """Wait until the session is live and holds exactly the server's tables."""
    loop = asyncio.get_running_loop()
    end = loop.time() + WAIT
    while True:
        server = await off_loop(server_tables, reader, session.branch_id)
        if session.live.status.state is ConnState.LIVE and held(session) == server:
            return
        if loop.time() > end:
            assert held(session) == server
            raise AssertionError(f"not live: {session.live.status}")
        await asyncio.sleep(0.05)


def test_snapshot_reference_and_live_events(stub):
    rest = signed_in(stub)
    branch = first_branch(rest)
    writer = signed_in(stub, MANAGER)

    async def scenario():
        session = Session(rest, branch, live_options=FAST)
        await session.start()
        await session.live.wait_for(ConnState.LIVE, timeout=WAIT)
        assert session.store.floor_plans and session.store.users and session.store.branch == branch
        await converged(session, writer)
        table = sorted(session.store.tables.values(), key=lambda t: t.id)[0]
        # writes by another user arrive as events; our own writes too, applied once
        await off_loop(lambda: writer.set_status(table.id, Status.OCCUPIED, 2))
        await session.set_status(table.id, Status.RESERVED)
        await session.assign_server(table.id, None)
        await wait_until(lambda: session.store.tables[table.id].version >= table.version + 3, WAIT)
        await converged(session, writer)
        await session.stop()

    run(scenario)


def test_restart_mid_stream_on_the_same_db_with_changes_made_while_away(tmp_path):
    db = tmp_path / "stub.db"
    srv = StubServer(db_path=db, simulate=20, **UNLIMITED).start()
    try:
        rest = signed_in(srv)
        branch = first_branch(rest)

        async def scenario():
            statuses, seen = [], []
            session = Session(rest, branch, on_status=statuses.append, live_options=FAST)
            session.store.subscribe(lambda u: seen.extend(c for c in u.changes if not u.resynced))
            await session.start()
            await session.live.wait_for(ConnState.LIVE, timeout=WAIT)
            await wait_until(lambda: len(seen) >= 3, WAIT)  # the simulator's events flow
            await off_loop(srv.stop)  # mid-stream
            lost = await session.live.wait_for(ConnState.RECONNECTING, timeout=WAIT)
            assert lost.as_of is not None
            # Another process writes the database while the client is away.
            repo = Repository(db)
            try:
                with repo.transaction():
                    tables = repo.list_tables(branch.id)
                    first, second = tables[0], tables[1]
                    repo.save_table({**first, "status": "out_of_service", "guestCount": None,
                                     "version": first["version"] + 1000})
                    repo.delete_table(second["id"])
            finally:
                repo.close()
            await asyncio.sleep(0.3)  # a few refused attempts
            await off_loop(srv.start)  # same port, same database; the simulator plays on
            await session.live.wait_for(ConnState.LIVE, timeout=WAIT)
            await asyncio.sleep(0.5)
            await off_loop(pause_simulator, srv)  # hold still to compare
            await converged(session, rest)
            assert second["id"] not in session.store.tables
            assert session.store.tables[first["id"]].version >= first["version"] + 1000
            states = [s.state for s in statuses]
            assert states.index(ConnState.RECONNECTING) < len(states) - 1
            await session.stop()

        run(scenario)
    finally:
        srv.stop()


def test_a_token_that_expires_during_the_session_is_renewed(tmp_path):
    srv = StubServer(db_path=tmp_path / "stub.db", **UNLIMITED).start()
    try:
        rest = RestClient(srv.url, retries=0)
        rest.token = srv.token_for(HOST)
        branch = first_branch(rest)
        short = rest.token = srv.token_for(HOST, ttl=1)  # expires within 1 s
        auth = Authenticator(rest, email=HOST, env={"FLOORVIEW_PASSWORD": "demo"})
        reauths = []

        async def reauth():
            reauths.append(1)
            return await auth.reauth()

        async def scenario():
            session = Session(rest, branch, reauth=reauth, live_options=FAST)
            await session.start()
            await session.live.wait_for(ConnState.LIVE, timeout=WAIT)
            await asyncio.sleep(2.1)  # the token expires (if the first sync did not renew it)
            if rest.token == short:
                with pytest.raises(Unauthorized):
                    await off_loop(rest.branches)
            # The server restarts: the socket reconnects with the expired token, is
            # refused, signs in again with the kept password, and resyncs.
            await off_loop(srv.stop)
            await session.live.wait_for(ConnState.RECONNECTING, timeout=WAIT)
            await off_loop(srv.start)
            await session.live.wait_for(ConnState.LIVE, timeout=WAIT)
            assert rest.token != short and reauths
            # A write after the next expiry signs in again and goes through.
            reauths.clear()
            rest.token = await off_loop(srv.token_for, HOST, 1)
            await asyncio.sleep(2.1)
            table = next(iter(session.store.tables.values()))
            saved = await session.set_status(table.id, Status.RESERVED)
            assert saved.status is Status.RESERVED and reauths == [1]
            await converged(session, rest)
            await session.stop()

        run(scenario)
    finally:
        srv.stop()


def test_an_expired_token_without_a_kept_password_ends_unauthorized(stub):
    rest = RestClient(stub.url, retries=0)
    rest.token = stub.token_for(HOST, ttl=-10)

    async def scenario():
        session = Session(rest, "any-branch", live_options=FAST)
        await session.start()
        status = await session.live.wait_for(ConnState.UNAUTHORIZED, timeout=WAIT)
        assert "Sign in again" in status.message
        await session.stop()

    run(scenario)


def test_401_bad_password_said_plainly_with_the_servers_message_kept(stub):
    rest = RestClient(stub.url)
    with pytest.raises(Unauthorized) as info:
        rest.login(HOST, "wrong")
    assert str(info.value) == "Wrong email or password."
    assert info.value.message == "Invalid email or password"  # for logs and exit codes


def test_403_a_branch_the_user_may_not_see(stub):
    admin = signed_in(stub, ADMIN)
    host = signed_in(stub, HOST)
    mine = {b.id for b in host.branches()}
    other = next(b for b in admin.branches() if b.id not in mine)
    with pytest.raises(Forbidden) as info:
        host.tables(other.id)
    assert "Forbidden resource" in str(info.value)
    table = admin.tables(sorted(mine)[0])[0]
    with pytest.raises(Forbidden):
        host.delete_table(table.id)  # a host may not delete

    async def scenario():
        session = Session(host, other.id, live_options=FAST)
        await session.start()
        status = await session.live.wait_for(ConnState.FORBIDDEN, timeout=WAIT)
        assert "Forbidden resource" in status.message
        await session.stop()

    run(scenario)


def test_429_get_waits_retry_after_and_write_raises_rate_limited():
    with StubServer(rest_rate_limit=(3, 1.0), login_rate_limit=(2, 60.0)) as srv:
        waits = []

        def sleep(seconds):
            waits.append(seconds)
            time.sleep(seconds)

        rest = RestClient(srv.url, sleep=sleep, retries=3)
        rest.token = srv.token_for(HOST)
        branch = first_branch(rest)
        for _ in range(5):
            rest.sections(branch.id)  # over the limit: waits Retry-After and retries
        assert waits and all(w > 0 for w in waits)
        table = rest.tables(branch.id)[0]
        with pytest.raises(RateLimited) as info:
            for _ in range(10):
                rest.set_status(table.id, Status.AVAILABLE)
        assert info.value.retry_after and info.value.retry_after > 0
        assert "Try again in" in str(info.value)
        logins = RestClient(srv.url)
        with pytest.raises(RateLimited):
            for _ in range(3):
                logins.login(HOST, "demo")


def test_malformed_events_are_dropped_and_the_connection_stays_live(stub, caplog):
    rest = signed_in(stub)
    branch = first_branch(rest)
    writer = signed_in(stub, MANAGER)

    async def scenario():
        session = Session(rest, branch, live_options=FAST)
        await session.start()
        await session.live.wait_for(ConnState.LIVE, timeout=WAIT)
        table = next(iter(session.store.tables.values()))
        bad = [
            ("tableStatusUpdate", {"id": table.id, "version": "x"}),
            ("tableCreated", "not a table"),
            ("tableDeleted", {"nope": 1}),
            ("tableUpdated", {**table.to_json(), "width": -5, "version": table.version + 50}),
        ]
        for event, payload in bad:
            await off_loop(stub.inject, event, payload, branch.id)
        await off_loop(lambda: writer.set_status(table.id, Status.CLEANING))
        await wait_until(lambda: session.store.tables[table.id].status is Status.CLEANING, WAIT)
        assert session.live.status.state is ConnState.LIVE
        await converged(session, writer)
        await session.stop()

    with caplog.at_level(logging.WARNING, logger="floorview"):
        run(scenario)
    dropped = [r.getMessage() for r in caplog.records if "malformed" in r.getMessage()]
    assert len(dropped) == 4, dropped


def test_secrets_never_reach_the_logs(tmp_path, caplog):
    srv = StubServer(db_path=tmp_path / "stub.db", **UNLIMITED).start()
    try:
        with caplog.at_level(logging.DEBUG):
            rest = RestClient(srv.url, retries=0)
            auth = Authenticator(rest, email=HOST, env={"FLOORVIEW_PASSWORD": "demo"})
            auth.sign_in()
            tokens = {rest.token}
            branch = first_branch(rest)

            async def scenario():
                session = Session(rest, branch, reauth=auth.reauth, live_options=FAST)
                await session.start()
                await session.live.wait_for(ConnState.LIVE, timeout=WAIT)
                rest.token = await off_loop(srv.token_for, HOST, -10)  # refused: 401 path
                tokens.add(rest.token)
                with pytest.raises(Unauthorized):
                    await off_loop(rest.branches)
                await off_loop(srv.stop)
                await session.live.wait_for(ConnState.RECONNECTING, timeout=WAIT)
                await off_loop(srv.start)
                await session.live.wait_for(ConnState.LIVE, timeout=WAIT)
                tokens.add(rest.token)
                await session.stop()

            run(scenario)
        assert len(tokens) >= 2  # a re-login in the same second may mint the same token
        text = "\n".join(r.getMessage() for r in caplog.records) + caplog.text
        assert "signing in again" in text
        for secret in tokens:
            assert secret not in text
        client_side = [r.getMessage() for r in caplog.records
                       if r.name.split(".")[0] in ("floorview", "socketio", "engineio", "urllib3", "requests")]
        assert client_side and not any("demo" in m for m in client_side)
    finally:
        srv.stop()


def test_resolve_branch_against_the_server(stub):
    rest = signed_in(stub, MANAGER)
    branches = rest.branches()
    b = branches[0]
    assert resolve_branch(branches, b.id) == b
    assert resolve_branch(branches, b.name.upper()) == b
    with pytest.raises(LookupError) as info:
        resolve_branch(branches, "Atlantis")
    assert b.name in str(info.value)


def test_a_bare_token_finds_its_user_in_the_reference_data(stub):
    rest = RestClient(stub.url)
    rest.token = stub.token_for(HOST)
    branch = first_branch(rest)

    async def scenario():
        session = Session(rest, branch, live_options=FAST)
        await session.start()
        await session.live.wait_for(ConnState.LIVE, timeout=WAIT)
        assert session.user is not None and session.user.email == HOST
        await session.stop()

    run(scenario)


def test_a_restarted_server_is_followed_as_soon_as_its_port_accepts(tmp_path):
    # A backoff far longer than the test may wait: only the port probe can bring the
    # connection back in time (the server refuses TCP while it is down).
    srv = StubServer(db_path=tmp_path / "stub.db", **UNLIMITED).start()
    try:
        rest = signed_in(srv)
        branch = first_branch(rest)

        async def scenario():
            session = Session(rest, branch, live_options={**FAST, "backoff": (60.0, 60.0)})
            await session.start()
            await session.live.wait_for(ConnState.LIVE, timeout=WAIT)
            await off_loop(srv.stop)
            lost = await session.live.wait_for(ConnState.RECONNECTING, timeout=WAIT)
            assert "retrying in" in lost.message
            await asyncio.sleep(0.5)  # a few refused probes
            assert session.live._attempt is None  # waiting, not connecting
            await off_loop(srv.start)  # same port, same database
            await session.live.wait_for(ConnState.LIVE, timeout=20)  # the backoff: 30-60 s
            await converged(session, rest)
            await session.stop()

        run(scenario)
    finally:
        srv.stop()


def test_a_server_that_accepts_and_fails_gets_the_whole_backoff():
    # It accepts TCP and answers every request with a 503: no probing then, three probes
    # and one attempt per backoff, never a connection every few hundred milliseconds.
    async def scenario():
        connections = []

        async def sick(reader, writer):
            connections.append(writer)
            with contextlib.suppress(ConnectionError, asyncio.IncompleteReadError):
                await reader.readuntil(b"\r\n\r\n")
                writer.write(b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n"
                             b"Connection: close\r\n\r\n")
                await writer.drain()
            writer.close()

        server = await asyncio.start_server(sick, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        rest = RestClient(f"http://127.0.0.1:{port}")
        rest.token = "any"
        live = LiveConnection(rest, BranchStore("br-1"), backoff=(0.6, 0.6))
        await live.start()
        await wait_until(lambda: live.status.attempt >= 4, WAIT)
        attempts = live.status.attempt - 1  # the last one is awaited
        status = live.status
        await live.stop()
        server.close()
        await server.wait_closed()
        assert status.state is ConnState.UNREACHABLE and "retrying in" in status.message
        assert len(connections) <= 4 * attempts + 4  # each attempt and its (at most) three probes

    run(scenario)


def test_a_reconnect_to_an_unchanged_server_reuses_the_last_snapshot(tmp_path, caplog):
    # A server restarted on the same data answers the last snapshot's ETag with a 304
    # (nothing sent or parsed); the floor is the server's all the same.
    srv = StubServer(db_path=tmp_path / "stub.db", **UNLIMITED).start()
    try:
        rest = signed_in(srv)
        branch = first_branch(rest)

        async def scenario():
            session = Session(rest, branch, live_options=FAST)
            await session.start()
            await session.live.wait_for(ConnState.LIVE, timeout=WAIT)
            await off_loop(srv.stop)
            await session.live.wait_for(ConnState.RECONNECTING, timeout=WAIT)
            with caplog.at_level(logging.DEBUG, logger="urllib3"):
                await off_loop(srv.start)
                await session.live.wait_for(ConnState.LIVE, timeout=WAIT)
            assert held(session) == server_tables(rest, branch.id)
            await session.stop()

        run(scenario)
    finally:
        srv.stop()
    assert any('"GET /restaurant/tables?' in r.getMessage() and " 304 " in r.getMessage()
               for r in caplog.records)


def test_a_refused_websocket_upgrade_falls_back_to_long_polling_and_back(caplog):
    # A proxy that answers the upgrade with 403 while REST works: the app follows over
    # long-polling, says so, and moves back to WebSocket once upgrades pass again.
    srv = StubServer(refuse_websocket=403, **UNLIMITED).start()
    try:
        rest = signed_in(srv)
        branch = first_branch(rest)
        writer = signed_in(srv, MANAGER)

        async def scenario():
            statuses = []
            session = Session(rest, branch, on_status=statuses.append,
                              live_options={**FAST, "probe_period": 0.3, "websocket_retry": 0.5})
            await session.start()
            live = await session.live.wait_for(ConnState.LIVE, timeout=WAIT)
            assert "long-polling" in live.message and "HTTP 403" in live.message
            await converged(session, writer)
            table = sorted(session.store.tables.values(), key=lambda t: t.id)[0]
            await off_loop(lambda: writer.set_status(table.id, Status.OUT_OF_SERVICE))
            await wait_until(lambda: session.store.tables[table.id].version > table.version, WAIT)
            await asyncio.sleep(1.5)  # WebSocket tried again (still refused) a few times
            assert session.live.status.state is ConnState.LIVE
            assert "long-polling" in session.live.status.message
            srv.config.refuse_websocket = None  # the proxy lets upgrades through
            await wait_until(lambda: session.live.status.state is ConnState.LIVE
                             and session.live.status.message == "", WAIT)
            assert ConnState.RECONNECTING not in [s.state for s in statuses]
            await converged(session, writer)
            await session.stop()

        with caplog.at_level(logging.INFO, logger="floorview.core.live"):
            run(scenario)
    finally:
        srv.stop()
    warned = [r for r in caplog.records if "refused the WebSocket upgrade" in r.getMessage()
              and r.levelno == logging.WARNING]
    assert len(warned) == 1 and "HTTP 403" in warned[0].getMessage()
    assert any("WebSocket is allowed again" in r.getMessage() for r in caplog.records)


def test_a_server_error_to_the_upgrade_is_not_a_reason_to_fall_back():
    # A 503 to the upgrade is a server in trouble: the backoff, not long-polling.
    srv = StubServer(refuse_websocket=503, **UNLIMITED).start()
    try:
        rest = signed_in(srv)
        branch = first_branch(rest)

        async def scenario():
            session = Session(rest, branch, live_options=FAST)
            await session.start()
            await wait_until(lambda: session.live.status.attempt >= 3, WAIT)
            assert session.live.status.state is ConnState.UNREACHABLE
            assert not session.store.tables
            await session.stop()

        run(scenario)
    finally:
        srv.stop()


def test_a_snapshot_cut_mid_body_is_asked_again_and_said_in_one_sentence(caplog):
    """Behind a proxy that cuts the table list mid-body: once is healed by the GET's own
    retry (no reconnect); every time is a lost attempt said in one sentence, retried
    until the answers come whole, with no traceback in the log."""
    with StubServer(**UNLIMITED) as srv, FaultProxy(srv.url) as proxy:
        srv.stop_simulation()
        rest = RestClient(proxy.url, retries=1, backoff=(0.01, 0.02))
        rest.login(HOST, stubs.PASSWORD)
        branch = first_branch(rest)
        statuses = []

        async def scenario():
            session = Session(rest, branch, on_status=statuses.append, live_options=FAST)
            proxy.set_fault("cut", times=1)
            await session.start()
            await session.live.wait_for(ConnState.LIVE, timeout=WAIT)
            assert proxy.made["cut"] == 1
            assert [s.state for s in statuses] == [ConnState.CONNECTING, ConnState.SYNCING,
                                                   ConnState.LIVE]
            # a change (so the next snapshot is a whole answer, not a 304), then a
            # reconnect whose snapshots are all cut
            table = sorted(session.store.tables.values(), key=lambda t: t.id)[0]
            saved = await off_loop(rest.set_status, table.id, "out_of_service")
            await wait_until(lambda: session.store.tables[table.id].version == saved.version, WAIT)
            proxy.set_fault("cut")
            await off_loop(proxy.cut_sockets)
            await wait_until(lambda: proxy.made["cut"] >= 5, WAIT)
            proxy.set_fault(None)
            await converged(session, rest)
            await session.stop()

        with caplog.at_level(logging.INFO, logger="floorview"):
            run(scenario)
    said = [s.message for s in statuses if "cut off" in s.message]
    assert said and all("The server's answer was cut off: the connection broke mid-way" in m
                        for m in said), said
    assert not [s for s in statuses if "IncompleteRead" in s.message or "Connection broken" in s.message]
    assert not [r for r in caplog.records if r.exc_info], "a traceback was logged"
    assert "IncompleteRead" not in caplog.text
