"""Shared fixtures: a demo stub on loopback per module, signed-in REST clients, sockets."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from server_stub.testing import StubServer
from tests.server_stub.helpers import EMAILS, UNLIMITED, Api, Live


@pytest.fixture(scope="module")
def stub() -> Iterator[StubServer]:
    """One demo server for a test module, with the rate limits out of the way."""
    with StubServer(**UNLIMITED) as srv:
        yield srv


@pytest.fixture(scope="module")
def as_role(stub: StubServer) -> Callable[[str], Api]:
    apis: dict[str, Api] = {}

    def get(role: str) -> Api:
        if role not in apis:
            apis[role] = Api(stub.url, stub.token_for(EMAILS[role]))
        return apis[role]

    return get


@pytest.fixture
def live(stub: StubServer) -> Iterator[Callable[..., Live]]:
    """Make connected-or-not clients against the module's stub; all closed at the end."""
    made: list[Live] = []

    def make(token: str | None = None, srv: StubServer | None = None, **options) -> Live:
        client = Live((srv or stub).url, token, **options)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()
