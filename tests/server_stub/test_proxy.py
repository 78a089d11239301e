"""server_stub.proxy: a proxy in front of the stub that passes everything through, and
makes each fault on the requests it matches, as a client would meet it."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator

import pytest
import requests

from server_stub.gateway import NAMESPACE
from server_stub.proxy import FaultProxy
from server_stub.testing import StubServer
from tests.server_stub.helpers import WAIT, Api, Live, branches, login

HARBOUR = "Harbour Street"


@pytest.fixture(scope="module")
def proxy(stub: StubServer) -> Iterator[FaultProxy]:
    with FaultProxy(stub.url) as p:
        yield p


@pytest.fixture(autouse=True)
def no_fault(proxy: FaultProxy) -> Iterator[None]:
    proxy.set_fault(None)
    yield
    proxy.set_fault(None)


@pytest.fixture(scope="module")
def host(stub: StubServer, proxy: FaultProxy) -> Api:
    api = login(stub, "host")
    return Api(proxy.url, api.token)


@pytest.fixture(scope="module")
def branch(host: Api) -> str:
    return branches(host)[HARBOUR]


def tables(host: Api, branch: str) -> requests.Response:
    return host.get("/restaurant/tables", branchId=branch)


def test_everything_passes_through_with_its_etag_and_a_304(host, branch):
    first = tables(host, branch)
    assert first.status_code == 200
    assert len(first.json()) > 10 and all(isinstance(t["x"], int | float) for t in first.json())
    etag = first.headers["ETag"]
    again = host.request("GET", "/restaurant/tables", params={"branchId": branch},
                         headers={"If-None-Match": etag})
    assert again.status_code == 304


def test_a_write_passes_through_and_errors_keep_their_status(host, branch):
    table = tables(host, branch).json()[0]
    done = host.patch(f"/restaurant/tables/{table['id']}/status", {"status": "cleaning"})
    assert done.status_code == 200 and done.json()["version"] == table["version"] + 1
    missing = host.get("/restaurant/tables/no-such-table")
    assert missing.status_code == 404 and missing.json()["statusCode"] == 404


def test_html502_answers_a_balancers_page_only_for_the_matching_requests(host, branch, proxy):
    proxy.set_fault("html502")
    bad = tables(host, branch)
    assert bad.status_code == 502 and bad.headers["Content-Type"].startswith("text/html")
    assert "Bad Gateway" in bad.text
    assert host.get("/branches").status_code == 200  # another path passes


def test_times_counts_down_then_everything_passes(host, branch, proxy):
    proxy.set_fault("html502", times=2)
    assert [tables(host, branch).status_code for _ in range(3)] == [502, 502, 200]
    assert proxy.made["html502"] >= 2


def test_cut_breaks_the_body_mid_way(host, branch, proxy):
    proxy.set_fault("cut", times=1)
    with pytest.raises(requests.exceptions.ChunkedEncodingError):
        tables(host, branch)
    assert tables(host, branch).status_code == 200


def test_truncate_is_a_complete_answer_whose_json_does_not_parse(host, branch, proxy):
    proxy.set_fault("truncate", times=1)
    cut = tables(host, branch)
    assert cut.status_code == 200
    with pytest.raises(ValueError):
        json.loads(cut.content)


def test_wrong_shape_bad_item_drop_id_and_decimal(host, branch, proxy):
    whole = tables(host, branch).json()
    proxy.set_fault("wrong_shape", times=1)
    assert tables(host, branch).json() == {"data": whole}
    proxy.set_fault("bad_item", times=1)
    bad = tables(host, branch).json()
    assert bad[0]["x"] == "abc" and bad[0]["id"] == whole[0]["id"] and bad[1] == whole[1]
    proxy.set_fault("drop_id", times=1)
    no_id = tables(host, branch).json()
    assert "id" not in no_id[0] and no_id[0]["number"] == whole[0]["number"]
    proxy.set_fault("decimal", times=1)
    decimal = tables(host, branch).json()
    assert decimal[0]["x"] == f"{whole[0]['x']:.2f}" and decimal[0]["capacity"] == whole[0]["capacity"]


def test_delay_holds_the_answer(host, branch, proxy):
    proxy.set_fault("delay", delay=3.0, times=1)
    with pytest.raises(requests.exceptions.ReadTimeout):
        host.session.get(proxy.url + "/restaurant/tables", params={"branchId": branch},
                         headers={"Authorization": f"Bearer {host.token}"}, timeout=0.5)


def test_socketio_events_arrive_through_the_relay_and_cut_sockets_drops_them(host, branch, proxy):
    sock = Live(proxy.url, host.token)
    try:
        sock.connect()
        sock.join(branch)
        table = tables(host, branch).json()[1]
        host.patch(f"/restaurant/tables/{table['id']}/status", {"status": "reserved"})
        got = sock.wait_for("tableStatusUpdate", lambda t: t["id"] == table["id"])
        assert got["status"] == "reserved"
        assert proxy.cut_sockets() == 1
        deadline = time.monotonic() + WAIT
        while NAMESPACE in sock.client.namespaces and time.monotonic() < deadline:
            time.sleep(0.05)
        assert NAMESPACE not in sock.client.namespaces  # the client saw its socket go
    finally:
        sock.close()
