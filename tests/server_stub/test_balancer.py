"""server_stub.balancer: round-robin without sticky sessions, as a client meets it in
front of a backend of several nodes: each request to the next node, a dead node skipped,
a WebSocket kept on its node, upgrades refused when told, and long-polling's requests
spread like the others (so a poll reaches a node that does not know its session)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import requests

from server_stub.balancer import Balancer
from server_stub.testing import StubServer
from tests.server_stub.helpers import UNLIMITED, WAIT, Live, login


@pytest.fixture(scope="module")
def nodes() -> Iterator[list[StubServer]]:
    with StubServer(**UNLIMITED) as one, StubServer(**UNLIMITED) as two:
        yield [one, two]


@pytest.fixture
def balancer(nodes) -> Iterator[Balancer]:
    with Balancer([n.url for n in nodes]) as lb:
        yield lb


def test_each_request_goes_to_the_next_node(nodes, balancer):
    for _ in range(6):
        assert requests.get(balancer.url + "/branches", timeout=WAIT).status_code == 401
    assert sorted(balancer.served.values()) == [3, 3] and balancer.statuses == {401: 6}


def test_a_node_that_refuses_connections_is_skipped(nodes):
    with StubServer() as gone:
        dead = gone.url
    with Balancer([dead, nodes[0].url]) as lb:
        answers = [requests.get(lb.url + "/branches", timeout=WAIT).status_code
                   for _ in range(4)]
        assert answers == [401] * 4 and lb.served == {nodes[0].url: 4}


def test_every_node_down_is_an_html_502(nodes):
    with StubServer() as gone:
        dead = gone.url
    with Balancer([dead]) as lb:
        answer = requests.get(lb.url + "/branches", timeout=WAIT)
    assert answer.status_code == 502 and "502 Bad Gateway" in answer.text


def test_a_websocket_stays_on_the_node_its_upgrade_reached(nodes, balancer):
    api = login(nodes[0], "host")
    live = Live(balancer.url, api.token)
    try:
        live.connect(transports=["websocket"])
        assert live.join(api.ok("GET", "/branches")[0]["id"]) is not None
        assert sum(balancer.sockets_by_node().values()) == 1
    finally:
        live.close()


def test_refused_upgrades_leave_long_polling_across_nodes_that_do_not_know_its_session(
        nodes, balancer):
    """The handshake lands on one node, the next request on the other, which answers
    Engine.IO's 400 "Session ID unknown"; an upgrade gets the status it was told."""
    balancer.refuse_websocket = 403
    upgrade = requests.get(balancer.url + "/socket.io/?EIO=4&transport=websocket",
                           headers={"Upgrade": "websocket", "Connection": "Upgrade"},
                           timeout=WAIT)
    assert upgrade.status_code == 403
    handshake = requests.get(balancer.url + "/socket.io/?EIO=4&transport=polling", timeout=WAIT)
    assert handshake.status_code == 200
    sid = handshake.text.split('"sid":"', 1)[1].split('"', 1)[0]
    poll = requests.get(balancer.url + f"/socket.io/?EIO=4&transport=polling&sid={sid}",
                        timeout=WAIT)
    assert poll.status_code == 400 and "Session ID unknown" in poll.text
