"""Signing in again at every expiry (contract §4 rule 7), against a real stub whose
tokens last 2 s: many expiries in a few seconds, through every path a 401 comes by."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from floorview.core.live import ConnState
from floorview.core.model import Status
from floorview.core.rest import RestClient
from floorview.core.session import Authenticator, Session
from floorview.core.store import VERSION_JUMP
from server_stub.testing import StubServer
from tests.floorview.gateway import wait_until
from tests.floorview.stubs import (
    ADMIN,
    FAST,
    HOST,
    PASSWORD,
    UNLIMITED,
    WAIT,
    off_loop,
    server_tables,
)

TTL = 2  # seconds a token of the stub lasts (1-2 s: the stub counts whole seconds)


def run(scenario, timeout: float = 90):
    asyncio.run(asyncio.wait_for(scenario(), timeout))


def held(session: Session) -> list[dict]:
    return [session.store.tables[tid].to_json() for tid in sorted(session.store.tables)]


@contextlib.contextmanager
def short_lived_stub():
    with StubServer(token_ttl=TTL, **UNLIMITED) as srv:
        yield srv


def host_session(srv: StubServer, env: dict[str, str], **live_options):
    """A session signed in as the host with ``env``'s password, and an admin's client
    whose token outlives the test (to read and write the server's side)."""
    rest = RestClient(srv.url, retries=1, backoff=(0.05, 0.1))
    auth = Authenticator(rest, email=HOST, env=env)
    auth.sign_in()
    branch = sorted(rest.branches(), key=lambda b: b.name)[0]
    admin = RestClient(srv.url)
    admin.token = srv.token_for(ADMIN, ttl=3600)
    tokens = [rest.token]

    async def reauth() -> bool:
        ok = await auth.reauth()
        tokens.append(rest.token)
        return ok

    session = Session(rest, branch, reauth=reauth, live_options={**FAST, **live_options})
    return session, admin, tokens


async def same_as_server(session: Session, admin: RestClient) -> None:
    async def equal() -> bool:
        return held(session) == await off_loop(server_tables, admin, session.branch_id)

    loop = asyncio.get_running_loop()
    end = loop.time() + WAIT
    while not (session.status.state is ConnState.LIVE and await equal()):
        assert loop.time() < end, f"not the server's tables: {session.status}"
        await asyncio.sleep(0.05)


def test_a_session_signs_in_again_at_every_expiry_and_keeps_the_servers_tables():
    with short_lived_stub() as srv:
        # reconciliations every 0.3 s meet each expiry; the writes meet some first
        session, admin, tokens = host_session(srv, {"FLOORVIEW_PASSWORD": PASSWORD},
                                              reconcile_period=0.3)

        async def scenario():
            await session.start()
            await session.live.wait_for(ConnState.LIVE, timeout=WAIT)
            statuses = [Status.RESERVED, Status.OCCUPIED]
            for round_ in range(6):
                renewed = len(tokens)
                await asyncio.sleep(TTL + 0.2)  # the token held has expired by now
                await wait_until(lambda n=renewed: len(tokens) > n, WAIT)
                assert session.status.state is ConnState.LIVE, session.status
                # its own write, and another's that arrives as an event
                table = sorted(session.store.tables.values(), key=lambda t: t.id)[round_]
                saved = await session.set_status(table.id, statuses[round_ % 2], 2)
                assert saved.status is statuses[round_ % 2]
                other = sorted(session.store.tables.values(), key=lambda t: t.id)[-1 - round_]
                await off_loop(admin.set_status, other.id, "cleaning")
                await same_as_server(session, admin)
            assert len(set(tokens)) >= 7  # six renewals at least, each a new token
            await session.stop()

        run(scenario)


def test_a_confirming_get_after_an_expiry_signs_in_again(caplog):
    with short_lived_stub() as srv:
        # no reconciliation in the test's time: the confirming GET meets the expiry first
        session, admin, tokens = host_session(srv, {"FLOORVIEW_PASSWORD": PASSWORD},
                                              reconcile_period=600)

        async def scenario():
            await session.start()
            await session.live.wait_for(ConnState.LIVE, timeout=WAIT)
            for round_ in range(3):
                await asyncio.sleep(TTL + 0.2)  # expired
                table = sorted(session.store.tables.values(), key=lambda t: t.id)[round_]
                # the server really is far ahead (a restored database): its event is held
                # back until GET /restaurant/tables/:id confirms it
                jumped = {**(await off_loop(admin.table, table.id)).to_json(),
                          "status": "out_of_service", "version": table.version + 3 * VERSION_JUMP}

                def save(service, jumped=jumped):
                    with service.repo.transaction():
                        service.repo.save_table(jumped)

                await off_loop(srv.call, save)
                await off_loop(srv.inject, "tableStatusUpdate", jumped, session.branch_id)
                await wait_until(lambda t=table, v=jumped["version"]:
                                 session.store.tables[t.id].version == v, WAIT)
                assert session.store.tables[table.id].status is Status.OUT_OF_SERVICE
            assert len(set(tokens)) >= 4
            assert session.status.state is ConnState.LIVE
            await session.stop()

        with caplog.at_level(logging.WARNING, logger="floorview"):
            run(scenario)
        assert not [r for r in caplog.records if "confirming table" in r.getMessage()]


def test_a_password_refused_at_a_renewal_ends_the_session_saying_so():
    with short_lived_stub() as srv:
        env = {"FLOORVIEW_PASSWORD": PASSWORD}
        session, admin, tokens = host_session(srv, env, reconcile_period=0.3)

        async def scenario():
            await session.start()
            await session.live.wait_for(ConnState.LIVE, timeout=WAIT)
            await wait_until(lambda: len(tokens) >= 3, WAIT)  # two expiries renewed
            env["FLOORVIEW_PASSWORD"] = "changed-by-someone-else"
            status = await session.live.wait_for(ConnState.UNAUTHORIZED, timeout=WAIT)
            assert "Signing in again was refused (Invalid email or password)" in status.message
            assert status.message.endswith("Sign in again.")
            await wait_until(lambda: not session.live.running, WAIT)  # stopped, not retrying
            await session.stop()

        run(scenario)
