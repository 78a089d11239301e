"""LiveConnection against a scriptable Socket.IO gateway on loopback (tests/floorview/gateway.py)."""

import asyncio
import logging
import shutil
import ssl
import subprocess
import threading

import pytest

from floorview.core.live import ConnState, LiveConnection
from floorview.core.rest import RestClient, Unreachable
from floorview.core.store import BranchStore
from tests.floorview.core.live.harness import FAST, Harness, connected, run, seed
from tests.floorview.factories import table_json
from tests.floorview.gateway import FakeRest, Gateway, wait_until


def test_snapshot_then_live_events_in_order():
    async def scenario():
        async with connected() as h:
            gw = h.gateway
            assert h.reached.as_of is not None
            assert h.states[:3] == [ConnState.CONNECTING, ConnState.SYNCING, ConnState.LIVE]
            assert gw.joins and gw.joins[0][1] == "br-1"
            assert h.versions() == {"t-0": 1, "t-1": 1, "t-2": 1}
            for v in range(2, 40):
                await gw.emit("tableStatusUpdate", table_json("t-0", v, status="occupied", guestCount=v % 5))
            await gw.emit("tableDeleted", {"id": "t-1"})
            await gw.emit("tableCreated", table_json("t-9", 1))
            await wait_until(lambda: h.versions() == h.server_versions())
            assert len(h.rest.calls) == 1  # acknowledged: no confirming snapshot

    run(scenario)


def test_without_an_acknowledgement_a_confirming_snapshot_follows():
    async def scenario():
        async with connected(gateway=Gateway(ack=False)) as h:
            await wait_until(lambda: len(h.rest.calls) == 2)
            assert h.versions() == h.server_versions()

    run(scenario)


def test_events_during_the_snapshot_are_held_and_merged():
    async def scenario():
        def gate(h):  # the snapshot is taken, then answered late
            h.rest.gate = threading.Event()

        async with connected(until=ConnState.SYNCING, setup=gate) as h:
            gw = h.gateway
            await wait_until(lambda: h.rest.calls)
            await asyncio.sleep(0.05)
            await gw.emit("tableStatusUpdate", table_json("t-0", 2, status="occupied", guestCount=2))
            await gw.emit("tableDeleted", {"id": "t-2"})
            await asyncio.sleep(0.05)
            assert h.store.tables == {}  # held while syncing
            h.rest.gate.set()
            await h.live.wait_for(ConnState.LIVE, timeout=5)
            assert h.versions() == {"t-0": 2, "t-1": 1}

    run(scenario)


def test_a_refused_first_connect_is_retried_until_the_server_comes():
    async def scenario():
        gw = Gateway()
        await gw.start()
        await gw.stop()  # the port is known and closed
        async with connected(gateway=gw, until=ConnState.UNREACHABLE) as h:
            assert "retrying" in h.reached.message and h.reached.as_of is None
            await wait_until(lambda: h.live.status.attempt >= 3)
            await gw.start()
            await h.live.wait_for(ConnState.LIVE, timeout=5)
            assert h.versions() == h.server_versions()

    run(scenario)


def test_a_server_side_disconnect_is_retried_and_resynced():
    async def scenario():
        async with connected() as h:
            gw = h.gateway
            await gw.drop_all()
            lost = await h.live.wait_for(ConnState.RECONNECTING, timeout=5)
            assert lost.as_of is not None and lost.as_of >= h.reached.as_of
            # changes made while the client is away are lost as events, healed by the snapshot
            gw.tables["t-0"] = table_json("t-0", 5, status="cleaning")
            del gw.tables["t-1"]
            gw.tables["t-7"] = table_json("t-7", 1)
            await h.live.wait_for(ConnState.LIVE, timeout=5)
            assert h.versions() == h.server_versions()
            assert len(gw.joins) == 2  # joined again on the new socket

    run(scenario)


def test_a_server_restart_is_survived():
    async def scenario():
        async with connected() as h:
            gw = h.gateway
            await gw.stop()
            await h.live.wait_for(ConnState.RECONNECTING, timeout=5)
            gw.tables["t-2"] = table_json("t-2", 9, status="reserved")
            await asyncio.sleep(0.2)
            await gw.start()
            await wait_until(lambda: h.live.status.state is ConnState.LIVE and h.versions() == h.server_versions())

    run(scenario)


def test_an_unauthorized_token_without_reauth_stops_as_unauthorized():
    async def scenario():
        async with connected(gateway=Gateway(tokens={"other"}), until=ConnState.UNAUTHORIZED) as h:
            assert "Sign in again" in h.reached.message
            await asyncio.sleep(0.1)
            assert h.gateway.connects == 0 and not h.live.running

    run(scenario)


def test_an_expired_token_is_renewed_by_reauth():
    calls = []

    def with_reauth(h):
        async def reauth():
            calls.append(threading.get_ident())
            h.rest.token = "fresh"
            return True

        h.live._reauth = reauth

    async def scenario():
        async with connected(setup=with_reauth) as h:
            h.gateway.tokens = {"fresh"}  # the old token expires...
            await h.gateway.drop_all()  # ...and the server drops the socket
            await h.live.wait_for(ConnState.RECONNECTING, timeout=5)
            await h.live.wait_for(ConnState.LIVE, timeout=5)

    run(scenario)
    assert len(calls) == 1


def test_a_reauth_that_fails_ends_unauthorized():
    def failing_reauth(h):
        async def reauth():
            return False

        h.live._reauth = reauth

    async def scenario():
        async with connected(gateway=Gateway(tokens=set()), setup=failing_reauth, until=ConnState.UNAUTHORIZED):
            pass

    run(scenario)


def test_a_read_refused_while_connected_signs_in_again_on_the_same_socket():
    """Five expiries met by the snapshot's GET: each signs in again and repeats the
    read; the socket (accepted at connect) stays, nothing is resynced from scratch."""
    renewals = []

    def with_reauth(h):
        async def reauth():
            renewals.append(h.rest.token)
            h.rest.token = f"fresh-{len(renewals)}"
            h.gateway.tokens = {h.rest.token}  # the server issued it; the old one expired
            return True

        h.live._reauth = reauth

    async def scenario():
        async with connected(setup=with_reauth, reconcile_period=0.05) as h:
            for n in range(1, 6):
                h.gateway.tokens = {"expired-everything"}  # the token held expires
                h.gateway.tables["t-0"] = table_json("t-0", 1 + n, number="0")
                await wait_until(lambda n=n: len(renewals) == n and h.versions()["t-0"] == 1 + n)
            assert h.live.status.state is ConnState.LIVE
            assert h.gateway.connects == 1, "it reconnected instead of signing in again"
            assert ConnState.RECONNECTING not in h.states

    run(scenario)


def test_a_token_refused_right_after_it_was_issued_backs_off_and_does_not_end():
    """The server refuses the tokens its own sign-in issues (say its nodes disagree),
    three times, then accepts one: the connection backs off between sign-ins (no tight
    loop), never ends, and is live once a token works."""
    renewals = []

    def with_reauth(h):
        async def reauth():
            renewals.append(h.live.status.message)
            h.rest.token = f"issued-{len(renewals)}"
            if len(renewals) == 4:
                h.gateway.tokens = {h.rest.token}
            return True

        h.live._reauth = reauth

    async def scenario():
        async with connected(setup=with_reauth) as h:
            h.gateway.tokens = {"nothing-yet"}
            await h.gateway.drop_all()
            await wait_until(lambda: len(renewals) == 4 and h.live.status.state is ConnState.LIVE)
            assert not any(s.state.terminal for s in h.statuses)
            backed_off = [s.message for s in h.statuses
                          if s.message.startswith("The server refused a new sign-in at once")]
            # the first sign-in is at once (an expiry); each later one follows a backoff
            assert len(backed_off) >= 3
            assert renewals[0] == "" or "refused a new sign-in" not in renewals[0]
            assert all("refused a new sign-in at once" in m for m in renewals[1:])

    run(scenario)


def test_forbidden_branch_becomes_a_state():
    async def scenario():
        gw = Gateway()
        gw.forbidden.add("br-1")
        async with connected(gateway=gw, until=ConnState.FORBIDDEN) as h:
            assert "Forbidden resource" in h.reached.message

    run(scenario)


def test_rate_limit_exception_is_a_readable_message_and_stays_live():
    async def scenario():
        async with connected() as h:
            await h.gateway.send_raw("exception", {"status": "error", "message": "Too many requests"})
            await wait_until(lambda: "Too many requests" in h.live.status.message)
            assert h.live.status.state is ConnState.LIVE

    run(scenario)


def test_malformed_events_are_logged_and_dropped(caplog):
    async def scenario():
        async with connected(1) as h:
            gw = h.gateway
            await gw.send_raw("tableStatusUpdate", {"id": "t-0", "version": "seven"})
            await gw.send_raw("tableDeleted", ["not", "an", "object"])
            await gw.send_raw("tableUpdated", "garbage")
            await gw.send_raw("tableCreated", None)
            await gw.emit("tableStatusUpdate", table_json("t-0", 2, status="occupied"))
            await wait_until(lambda: h.versions() == {"t-0": 2})
            assert h.live.status.state is ConnState.LIVE

    with caplog.at_level(logging.WARNING, logger="floorview"):
        run(scenario)
    dropped = [r.getMessage() for r in caplog.records if "malformed" in r.getMessage()]
    assert len(dropped) == 4
    assert any("tableDeleted" in m and "expected an object" in m for m in dropped)


def test_a_failing_snapshot_retries_with_backoff():
    def failing(h):
        h.rest.fail = Unreachable(0, "no answer in time")

    async def scenario():
        async with connected(setup=failing, until=ConnState.UNREACHABLE) as h:
            assert "no answer in time" in h.reached.message
            h.rest.fail = None
            await h.live.wait_for(ConnState.LIVE, timeout=5)
            assert h.versions() == h.server_versions()

    run(scenario)


@pytest.mark.parametrize("where", ["backoff", "connect"])
def test_stop_is_prompt_mid_backoff_and_mid_connect(where):
    async def scenario():
        # A socket that accepts and never answers: the connect hangs until its timeout.
        async def silent(reader, writer):
            await asyncio.sleep(60)

        server = await asyncio.start_server(silent, "127.0.0.1", 0)
        gw = Gateway()
        gw.port = server.sockets[0].getsockname()[1]
        if where == "backoff":
            server.close()
            await server.wait_closed()
        h = Harness(gw, backoff=(60.0, 60.0), connect_timeout=60.0)
        await h.live.start()
        if where == "backoff":
            await h.live.wait_for(ConnState.UNREACHABLE, timeout=5)
        else:
            await asyncio.sleep(0.2)
            assert h.live.status.state is ConnState.CONNECTING
        await asyncio.wait_for(h.live.stop(), 3.0)
        assert not h.live.running
        if where == "connect":
            server.close()

    run(scenario)


def test_handlers_and_status_run_on_the_loop_thread_and_rest_off_it():
    main = threading.get_ident()
    seen = []
    rest_threads = []

    def record(h):
        h.store.subscribe(lambda update: seen.append(threading.get_ident()))
        h.live._on_status = lambda s: seen.append(threading.get_ident())

    async def scenario():
        async with connected(gateway=Gateway(ack=False), setup=record) as h:
            await h.gateway.emit("tableStatusUpdate", table_json("t-0", 2, status="occupied"))
            await wait_until(lambda: len(h.rest.calls) == 2 and h.versions()["t-0"] == 2)
            rest_threads.extend(t for _, t in h.rest.calls)

    run(scenario)
    assert seen and set(seen) == {main}
    assert rest_threads and main not in rest_threads


def make_private_ca(folder) -> tuple[str, ssl.SSLContext]:
    """A CA of our own and a certificate it signed for 127.0.0.1 (openssl, EC keys)."""

    def openssl(*args):
        subprocess.run(["openssl", *args], cwd=folder, check=True, capture_output=True)

    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    openssl("req", "-x509", *ec, "-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj", "/CN=floorview test CA")
    openssl("req", *ec, "-keyout", "srv.key", "-out", "srv.csr", "-subj", "/CN=127.0.0.1")
    (folder / "san.ext").write_text("subjectAltName=IP:127.0.0.1\n")
    openssl("x509", "-req", "-in", "srv.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
            "-out", "srv.pem", "-days", "2", "-extfile", "san.ext")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(folder / "srv.pem", folder / "srv.key")
    return str(folder / "ca.pem"), context


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")
def test_a_private_ca_is_trusted_by_rest_and_socket_and_nothing_else(tmp_path):
    ca, server_context = make_private_ca(tmp_path)

    async def scenario():
        gw = Gateway()
        gw.ssl_context = server_context
        seed(gw)
        await gw.start()
        try:
            for verify, until in ((True, ConnState.UNREACHABLE), (ca, ConnState.LIVE)):
                rest = RestClient(gw.url, token="good", verify=verify, retries=0)
                store = BranchStore("br-1")
                live = LiveConnection(rest, store, **FAST)
                await live.start()
                status = await live.wait_for(until, timeout=5)
                if verify is True:
                    assert "TLS certificate is not trusted" in status.message
                    with pytest.raises(Unreachable, match="TLS failed"):
                        await asyncio.to_thread(rest.tables, "br-1")
                else:
                    assert {t.id for t in store.tables.values()} == set(gw.tables)
                await live.stop()
        finally:
            await gw.stop()

    run(scenario)


@pytest.mark.parametrize("ack", [True, False])
def test_a_forbidden_exception_not_answering_our_join_is_logged_and_the_connection_goes_on(ack, caplog):
    async def scenario():
        async with connected(gateway=Gateway(ack=ack)) as h:
            # the join is settled: acknowledged, or the confirming snapshot is in
            await wait_until(lambda: len(h.rest.calls) == (1 if ack else 2) and not h.store.syncing)
            await h.gateway.send_raw("exception", {"status": "error", "message": "Forbidden resource"})
            await wait_until(lambda: "Forbidden resource" in h.live.status.message)
            assert h.live.status.state is ConnState.LIVE and h.live.running
            await h.gateway.emit("tableStatusUpdate", table_json("t-0", 2, status="occupied"))
            await wait_until(lambda: h.versions()["t-0"] == 2)  # events still flow

    with caplog.at_level(logging.WARNING, logger="floorview"):
        run(scenario)
    assert any("the server reported an error: Forbidden resource" in r.getMessage() for r in caplog.records)


def test_forbidden_in_reply_to_our_join_without_an_acknowledgement_stops():
    async def scenario():
        gw = Gateway(ack=False)
        gw.forbidden.add("br-1")
        async with connected(gateway=gw, until=ConnState.FORBIDDEN) as h:
            assert "Forbidden resource" in h.reached.message
            await wait_until(lambda: not h.live.running)  # stopped for good

    run(scenario)


def test_stop_landing_as_a_refused_connect_fails_still_stops():
    # The cancellation and the connect's failure in one loop turn: Python 3.11's
    # wait_for hands back the failure and drops the cancel. Seen once in CI as a
    # stop() that never returned while the connection retried a refused TLS server.
    import socketio

    class Refusing(socketio.AsyncClient):
        def __init__(self):
            super().__init__(reconnection=False, handle_sigint=False)
            self.refuse = asyncio.get_running_loop().create_future()

        async def connect(self, *args, **kwargs):
            attempts.append(self)
            await self.refuse
            raise socketio.exceptions.ConnectionError("refused")

    attempts: list[Refusing] = []

    async def scenario():
        live = LiveConnection(FakeRest(Gateway()), BranchStore("br-1"), client_factory=Refusing, **FAST)
        await live.start()
        await wait_until(lambda: attempts)
        attempts[-1].refuse.set_result(None)  # the connect fails in the next turn...
        await asyncio.wait_for(live.stop(), 3)  # ...as the cancel lands
        assert not live.running and len(attempts) == 1

    run(scenario)


def test_a_reconnect_to_a_server_that_never_acknowledges_fetches_at_once_and_confirms():
    """The bare gateway never acknowledges joinBranch: once one join went unacknowledged,
    a reconnect (a failover to another node) fetches its snapshot at once instead of
    waiting ``ack_timeout`` again, then fetches the confirming snapshot."""
    async def scenario():
        async with connected(gateway=Gateway(ack="never")) as h:
            await wait_until(lambda: len(h.rest.calls) == 2)  # snapshot and its confirmation
            loop = asyncio.get_running_loop()
            h.live.ack_timeout = 60.0  # a wait for the ack would outlast this test
            gw = h.gateway
            await gw.drop_all()
            await h.live.wait_for(ConnState.RECONNECTING, ConnState.SYNCING, timeout=5)
            synced_at = loop.time()
            await h.live.wait_for(ConnState.LIVE, timeout=5)  # not after the 60 s wait
            print(f"reconnect: syncing to live in {loop.time() - synced_at:.3f} s")
            await wait_until(lambda: len(h.rest.calls) == 4)  # ... and a confirmation after it
            await gw.emit("tableStatusUpdate", table_json("t-0", 2, status="occupied", guestCount=2))
            await wait_until(lambda: h.versions() == h.server_versions())
            assert len(gw.joins) == 2

    run(scenario)


def test_a_version_that_skips_one_reconciles_at_once_and_heals_without_a_reconnect():
    """Events lost between a gateway's nodes while the socket stays up: table t-0 changes
    on the server with no event, then t-1's event skips a version. The skip brings the
    reconciliation forward (its period is 60 s here), which heals t-0 on the same socket."""
    async def scenario():
        async with connected(reconcile_period=60.0) as h:
            gw = h.gateway
            gw.tables["t-0"] = table_json("t-0", 2, status="occupied", guestCount=3)  # never sent
            gw.tables["t-1"] = table_json("t-1", 3, status="dirty")  # version 2's event lost
            await gw.emit("tableStatusUpdate", gw.tables["t-1"])
            await wait_until(lambda: h.versions() == h.server_versions())
            assert h.store.tables["t-0"].status.value == "occupied"
            assert len(gw.joins) == 1 and len(h.rest.calls) == 2  # no reconnect, one check

    run(scenario)


def test_a_silent_divergence_lives_at_most_20_s_by_default():
    """Without any sign of loss, the periodic check bounds a divergence: 20 s at most."""
    async def scenario():
        h = Harness(Gateway())
        assert 0 < h.live.reconcile_period <= 20.0

    asyncio.run(scenario())


def test_a_write_of_our_own_whose_event_never_comes_reconciles_at_once():
    """Our write was answered (t-0 at version 2) but its event was lost between the
    gateway's nodes: after a short wait the reconciliation comes at once (period 60 s
    here). A write whose event does come costs no request."""
    async def scenario():
        async with connected(reconcile_period=60.0) as h:
            gw = h.gateway
            h.live.reconciler.own_event_wait = 0.1
            gw.tables["t-1"] = table_json("t-1", 2, status="occupied", guestCount=2)
            h.live.reconciler.expect("t-1", 2)
            await gw.emit("tableStatusUpdate", gw.tables["t-1"])  # its event comes
            await asyncio.sleep(0.3)
            assert len(h.rest.calls) == 1
            gw.tables["t-0"] = table_json("t-0", 2, status="occupied", guestCount=3)  # never sent
            h.live.reconciler.expect("t-0", 2)
            await wait_until(lambda: h.versions() == h.server_versions())
            assert len(gw.joins) == 1 and len(h.rest.calls) == 2

    run(scenario)
