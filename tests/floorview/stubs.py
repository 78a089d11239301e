"""What the tests against a real server_stub share: demo users, options, helpers."""

from __future__ import annotations

import asyncio

import pytest

from floorview.core.rest import RestClient
from server_stub.testing import StubServer

HOST, MANAGER, ADMIN = "host@floorview.dev", "manager@floorview.dev", "admin@floorview.dev"
PASSWORD = "demo"
UNLIMITED = {"rest_rate_limit": (1_000_000, 10.0), "login_rate_limit": (1_000_000, 60.0)}
#: Short waits for LiveConnection, so a test takes seconds.
FAST = {"backoff": (0.05, 0.3), "ack_timeout": 0.5, "confirm_delay": 0.1}
WAIT = 15.0  # how long something that should happen soon may take; never asserted on


@pytest.fixture(scope="module")
def stub():
    """One demo server for a test module, rate limits out of the way."""
    with StubServer(**UNLIMITED) as srv:
        yield srv


def signed_in(srv: StubServer, email: str = HOST, **kwargs) -> RestClient:
    rest = RestClient(srv.url, **{"retries": 1, "backoff": (0.05, 0.1), **kwargs})
    rest.login(email, PASSWORD)
    return rest


def server_tables(srv_or_rest, branch_id: str) -> list[dict]:
    """The server's tables as it sends them, sorted by id (what a dump must equal)."""
    rest = srv_or_rest
    if isinstance(srv_or_rest, StubServer):
        rest = RestClient(srv_or_rest.url)
        rest.token = srv_or_rest.token_for(ADMIN)
    return sorted(rest.tables_json(branch_id), key=lambda t: t["id"])


async def off_loop(fn, *args):
    """A blocking call (the stub's thread API, requests) without blocking the loop."""
    return await asyncio.get_running_loop().run_in_executor(None, fn, *args)


def pause_simulator(srv: StubServer) -> None:
    """Hold the server's tables still while a client's picture is compared with them."""
    srv.stop_simulation()
