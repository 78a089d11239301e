import logging
from datetime import UTC, datetime

import pytest
import requests

from floorview.core.model import Status
from floorview.core.rest import (
    ApiError,
    BadRequest,
    BadResponse,
    Conflict,
    Forbidden,
    NotFound,
    RateLimited,
    RestClient,
    ServerError,
    Unauthorized,
    Unreachable,
    parse_retry_after,
)
from server_stub.proxy import FaultProxy
from server_stub.testing import StubServer
from tests.floorview.factories import table_json
from tests.floorview.fakes import Recorder, body_of, scripted_session
from tests.floorview.stubs import ADMIN, PASSWORD, UNLIMITED, server_tables

USER = {"id": "u-1", "name": "Hana Host", "email": "host@x", "role": "host", "branchIds": ["br-1"]}
TOKEN = "eyJhbGciOiJIUzI1NiJ9.secret-token-value.sig"


def client(*answers, **kw):
    session, adapter = scripted_session(*answers)
    sleep = Recorder()
    rest = RestClient("http://srv:3000/", session=session, sleep=sleep, rng=lambda: 0.5, **kw)
    return rest, adapter, sleep


def test_login_keeps_the_token_and_sends_it_as_bearer():
    rest, adapter, _ = client(
        (200, {"accessToken": TOKEN, "user": USER}),
        (200, [{"id": "br-1", "name": "Downtown", "timezone": "Europe/Berlin"}]),
    )
    token, user = rest.login("host@x", "pw")
    assert token == TOKEN and user.name == "Hana Host"
    assert body_of(adapter.requests[0]) == {"email": "host@x", "password": "pw"}
    assert "Authorization" not in adapter.requests[0].headers
    [branch] = rest.branches()
    assert branch.timezone == "Europe/Berlin"
    assert adapter.requests[1].headers["Authorization"] == f"Bearer {TOKEN}"
    assert adapter.requests[1].url == "http://srv:3000/branches"
    assert adapter.kwargs[1]["timeout"] == (3.05, 10.0)
    assert adapter.kwargs[1]["verify"] not in (False, None)  # True, or the env's CA bundle


def test_ca_bundle_is_passed_and_tls_cannot_be_switched_off(tmp_path):
    rest, adapter, _ = client((200, []), verify=str(tmp_path / "ca.pem"))
    rest.branches()
    assert adapter.kwargs[0]["verify"] == str(tmp_path / "ca.pem")
    with pytest.raises(ValueError):
        RestClient("https://x", verify=False)


@pytest.mark.parametrize("url", ["example.com", "example.com:3000", "ftp://example.com", "https://"])
def test_a_server_that_is_not_an_http_url_is_refused_at_once(url):
    with pytest.raises(ValueError, match="https://"):
        RestClient(url)


def test_tables_skips_items_that_do_not_parse(caplog):
    rest, adapter, _ = client((200, [table_json("t-1"), {"id": "t-2"}, table_json("t-3")]), token=TOKEN)
    with caplog.at_level(logging.WARNING):
        tables = rest.tables("br-1")
    assert [t.id for t in tables] == ["t-1", "t-3"]
    assert "Table[1]" in caplog.text
    assert adapter.requests[0].url == "http://srv:3000/restaurant/tables?branchId=br-1"


@pytest.mark.parametrize(
    ("status", "cls", "fragment"),
    [
        (400, BadRequest, "capacity must not be less than 0; number should not be empty"),
        (401, Unauthorized, "Not signed in"),
        (403, Forbidden, "Forbidden resource"),
        (404, NotFound, "Table t-9 not found"),
        (409, Conflict, "Someone else changed this table first"),
    ],
)
def test_errors_are_typed_and_carry_the_servers_message(status, cls, fragment):
    message = {
        400: ["capacity must not be less than 0", "number should not be empty"],
        401: "Unauthorized",
        403: "Forbidden resource",
        404: "Table t-9 not found",
        409: "Version conflict",
    }[status]
    rest, _, sleep = client((status, {"statusCode": status, "message": message, "error": "x"}), token=TOKEN)
    with pytest.raises(cls) as info:
        rest.table("t-9")
    assert info.value.status == status
    assert fragment in str(info.value)
    assert str(info.value).endswith(".")
    assert TOKEN not in str(info.value) and TOKEN not in repr(info.value)
    assert sleep.calls == []  # 4xx other than 429 is never retried


def test_get_retries_with_backoff_on_connection_errors_then_succeeds():
    rest, adapter, sleep = client(
        requests.ConnectionError("boom"),
        requests.Timeout("slow"),
        (503, {"message": "down"}),
        (200, [table_json()]),
        token=TOKEN,
    )
    assert len(rest.tables("br-1")) == 1
    # base 0.5 doubling, jitter 0.5 → three-quarters of each step
    assert sleep.calls == [(0.375,), (0.75,), (1.5,)]


def test_get_gives_up_as_unreachable_after_the_retries():
    rest, adapter, sleep = client(*[requests.ConnectionError("Connection refused")] * 4, token=TOKEN)
    with pytest.raises(Unreachable) as info:
        rest.branches()
    assert len(adapter.requests) == 4 and len(sleep.calls) == 3
    assert "Cannot reach the server" in str(info.value) and "srv:3000" in str(info.value)


WRITES = {
    "create": lambda rest: rest.create_table(branchId="br-1", floorPlanId="fp-1", number="9",
                                             capacity=2, shape="round", x=1, y=1, width=50,
                                             height=50),
    "update": lambda rest: rest.update_table("t-1", version=3, x=40),
    "status": lambda rest: rest.set_status("t-1", Status.OCCUPIED, 2),
    "assign": lambda rest: rest.assign_server("t-1", "u-7", version=3),
    "delete": lambda rest: rest.delete_table("t-1"),
}


@pytest.mark.parametrize("write", sorted(WRITES))
@pytest.mark.parametrize("failure", ["connection reset", "503"])
def test_writes_are_never_retried(write, failure):
    """A write the server may have done is never sent twice (a retried create makes two
    tables): a lost connection or a 5xx is said once, and the caller decides."""
    answer = (requests.ConnectionError("reset") if failure == "connection reset"
              else (503, {"statusCode": 503, "message": "Service Unavailable"}))
    rest, adapter, sleep = client(answer, answer, answer, token=TOKEN)
    with pytest.raises(Unreachable if failure == "connection reset" else ServerError):
        WRITES[write](rest)
    assert len(adapter.requests) == 1 and sleep.calls == []


def test_signing_in_is_retried_as_a_read_is():
    """POST /auth/login changes nothing on the server: a dropped connection or a 503 is
    asked again with the reads' backoff (an unattended stand starting with the server)."""
    rest, adapter, sleep = client(
        requests.ConnectionError("reset"),
        (503, {"message": "down"}),
        (200, {"accessToken": TOKEN, "user": USER}),
    )
    token, user = rest.login("host@x", "pw")
    assert token == TOKEN and len(adapter.requests) == 3
    assert sleep.calls == [(0.375,), (0.75,)]


TRANSPORT = {  # what requests raises, and the one sentence a host reads
    "cut": (requests.exceptions.ChunkedEncodingError(
        "('Connection broken: IncompleteRead(368 bytes read, 369 more expected)', "
        "IncompleteRead(368 bytes read, 369 more expected))"),
        "The server's answer was cut off: the connection broke mid-way.", True),
    "decoding": (requests.exceptions.ContentDecodingError("Received response with content-encoding: "
                                                          "gzip, but failed to decode it."),
                 "The server's answer could not be read: its compressed body is damaged.", True),
    "redirects": (requests.TooManyRedirects("Exceeded 30 redirects."),
                  "The server's address redirects in a loop; check the server's address.", False),
    "url": (requests.exceptions.InvalidURL("Failed to parse: http://srv:99999999"),
            "The server's address is not a valid URL; check the server's address.", False),
    "body": (requests.exceptions.InvalidJSONError("Out of range float values are not JSON compliant"),
             "The request could not be sent: a value in it is not valid JSON.", False),
    "header": (requests.exceptions.InvalidHeader(f"Invalid return character in header: 'Bearer {TOKEN}\\n'"),
               "The request could not be sent (InvalidHeader).", False),
    "other": (requests.RequestException("something new"),
              "The request could not be sent (RequestException).", False),
}


@pytest.mark.parametrize("kind", sorted(TRANSPORT))
def test_every_failure_of_requests_is_one_sentence_and_a_read_retries_those_that_heal(kind):
    failure, sentence, heals = TRANSPORT[kind]
    rest, adapter, sleep = client(failure, failure, failure, failure, token=TOKEN)
    with pytest.raises(BadResponse if kind in ("cut", "decoding") else Unreachable) as info:
        rest.branches()
    assert str(info.value) == sentence
    assert TOKEN not in str(info.value) and TOKEN not in repr(info.value)
    assert len(adapter.requests) == (4 if heals else 1)


@pytest.mark.parametrize("kind", sorted(TRANSPORT))
def test_signing_in_never_raises_what_requests_raises(kind):
    failure, sentence, heals = TRANSPORT[kind]
    rest, adapter, _ = client(failure, failure, (200, {"accessToken": TOKEN, "user": USER}))
    if heals:
        rest.login("host@x", "pw")  # healed by the third try
        assert rest.token == TOKEN
    else:
        with pytest.raises(ApiError) as info:
            rest.login("host@x", "pw")
        assert str(info.value) == sentence


def test_a_write_whose_answer_was_cut_is_said_so_and_not_sent_again():
    rest, adapter, sleep = client(TRANSPORT["cut"][0], (200, table_json()), token=TOKEN)
    with pytest.raises(BadResponse, match="cut off"):
        rest.set_status("t-1", Status.OCCUPIED, 2)
    assert len(adapter.requests) == 1 and sleep.calls == []


def test_429_on_a_get_waits_retry_after_then_retries():
    rest, adapter, sleep = client(
        (429, {"statusCode": 429, "message": "Too Many Requests"}, {"Retry-After": "3"}),
        (200, []),
        token=TOKEN,
    )
    assert rest.sections("br-1") == []
    assert sleep.calls == [(3.0,)]


def test_429_on_a_write_raises_rate_limited_with_retry_after():
    rest, _, sleep = client(
        (429, {"statusCode": 429, "message": "Too Many Requests"}, {"Retry-After": "7"}), token=TOKEN
    )
    with pytest.raises(RateLimited) as info:
        rest.assign_server("t-1", "u-7")
    assert info.value.retry_after == 7.0
    assert "Try again in 7 s" in str(info.value)
    assert sleep.calls == []


def test_429_with_a_long_retry_after_is_not_waited_out():
    rest, _, sleep = client((429, {"message": "slow down"}, {"Retry-After": "600"}), token=TOKEN)
    with pytest.raises(RateLimited) as info:
        rest.branches()
    assert info.value.retry_after == 600 and sleep.calls == []


def test_parse_retry_after_accepts_seconds_and_http_dates():
    now = datetime(2026, 11, 25, 19, 0, 0, tzinfo=UTC)
    assert parse_retry_after("5") == 5.0
    assert parse_retry_after("Wed, 25 Nov 2026 19:00:10 GMT", now=lambda: now) == 10.0
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None


def test_write_bodies_follow_the_contract():
    t = table_json("t-1", 3)
    rest, adapter, _ = client((200, t), (200, t), (200, t), (200, t), (201, t), (200, {"id": "t-1"}), token=TOKEN)
    rest.set_status("t-1", Status.OCCUPIED, 3, version=2)
    rest.set_status("t-1", "cleaning")
    rest.assign_server("t-1", None)
    rest.update_table("t-1", version=3, x=10, section_id="sec-2")
    created = rest.create_table(branch_id="br-1", floor_plan_id="fp-1", number="12", capacity=4,
                                shape="round", x=1, y=2, width=80, height=80)
    assert created.version == 3
    assert rest.delete_table("t-1") == "t-1"
    bodies = [body_of(r) for r in adapter.requests]
    assert bodies[0] == {"status": "occupied", "guestCount": 3, "version": 2}
    assert bodies[1] == {"status": "cleaning"}
    assert bodies[2] == {"serverId": None}
    assert bodies[3] == {"x": 10, "sectionId": "sec-2", "version": 3}
    assert bodies[4]["branchId"] == "br-1" and bodies[4]["floorPlanId"] == "fp-1"
    methods = [(r.method, r.path_url) for r in adapter.requests]
    assert methods == [
        ("PATCH", "/restaurant/tables/t-1/status"),
        ("PATCH", "/restaurant/tables/t-1/status"),
        ("PATCH", "/restaurant/tables/t-1/assign-server"),
        ("PATCH", "/restaurant/tables/t-1"),
        ("POST", "/restaurant/tables"),
        ("DELETE", "/restaurant/tables/t-1"),
    ]


def test_the_token_never_reaches_the_logs_or_the_repr(caplog):
    rest, _, _ = client(
        (200, {"accessToken": TOKEN, "user": USER}),
        requests.ConnectionError(f"boom {TOKEN}"),  # even a transport error quoting it
        (401, {"message": "Unauthorized"}),
    )
    with caplog.at_level(logging.DEBUG):
        rest.login("host@x", "pw-secret")
        with pytest.raises(Unauthorized):
            rest.branches()
    assert TOKEN not in repr(rest)
    assert TOKEN not in caplog.text and "pw-secret" not in caplog.text


WRITES = {
    "create": lambda rest: rest.create_table(branch_id="br-1", floor_plan_id="fp-1", number="1",
                                             capacity=2, shape="round", x=0, y=0, width=5, height=5),
    "update": lambda rest: rest.update_table("t-1", x=10),
    "status": lambda rest: rest.set_status("t-1", Status.OCCUPIED, 2),
    "assign": lambda rest: rest.assign_server("t-1", None),
    "delete": lambda rest: rest.delete_table("t-1"),
}
FAILURES = {
    "reset": requests.ConnectionError("reset"),
    "timeout": requests.Timeout("slow"),
    "503": (503, {"message": "down"}),
    "429": (429, {"message": "Too Many Requests"}, {"Retry-After": "1"}),
}


@pytest.mark.parametrize("failure", FAILURES)
@pytest.mark.parametrize("write", WRITES)
def test_no_write_is_ever_retried(write, failure):
    # A write that failed may still have happened: a second try could do it twice.
    rest, adapter, sleep = client(FAILURES[failure], token=TOKEN)
    with pytest.raises((Unreachable, RateLimited, ServerError)):
        WRITES[write](rest)
    assert len(adapter.requests) == 1 and sleep.calls == []


# --- over the wire: a real stub behind a proxy that cuts answers mid-body ---------------


@pytest.fixture(scope="module")
def stub():
    with StubServer(**UNLIMITED) as srv:
        srv.stop_simulation()
        yield srv


@pytest.fixture
def proxy(stub):
    with FaultProxy(stub.url) as p:
        yield p


def test_a_table_list_cut_mid_body_is_asked_again_and_read_whole(stub, proxy, caplog):
    rest = RestClient(proxy.url, backoff=(0.01, 0.02))
    rest.login(ADMIN, PASSWORD)
    branch = rest.branches()[0]
    proxy.set_fault("cut", times=2)
    with caplog.at_level(logging.INFO, logger="floorview"):
        tables = rest.tables_json(branch.id)
    assert proxy.made["cut"] == 2
    assert sorted(tables, key=lambda t: t["id"]) == server_tables(stub, branch.id)
    retries = [r.getMessage() for r in caplog.records if "retry" in r.getMessage()]
    assert len(retries) == 2 and all("answer was cut off" in m for m in retries)
    assert "IncompleteRead" not in caplog.text and "Connection broken" not in caplog.text


def test_a_table_list_cut_every_time_is_one_sentence(stub, proxy):
    rest = RestClient(proxy.url, backoff=(0.01, 0.02))
    rest.login(ADMIN, PASSWORD)
    branch = rest.branches()[0]
    proxy.set_fault("cut")
    with pytest.raises(BadResponse) as info:
        rest.tables(branch.id)
    assert str(info.value) == "The server's answer was cut off: the connection broke mid-way."
    assert proxy.made["cut"] == 4  # the first try and three more


def test_a_sign_in_cut_mid_body_is_asked_again(stub, proxy):
    rest = RestClient(proxy.url, backoff=(0.01, 0.02))
    proxy.set_fault("cut", method="POST", path="/auth/login", times=2)
    _, user = rest.login(ADMIN, PASSWORD)
    assert user.email == ADMIN and proxy.made["cut"] == 2
    assert rest.branches()  # the token works


def test_https_to_a_plain_http_server_says_to_try_http(stub):
    rest = RestClient(stub.url.replace("http://", "https://"))
    with pytest.raises(Unreachable) as info:
        rest.login(ADMIN, PASSWORD)
    assert str(info.value) == (
        f"The server does not speak HTTPS at this address: try {stub.url} instead.")
    assert "WRONG_VERSION_NUMBER" not in str(info.value) and "_ssl.c" not in str(info.value)


def test_a_wrong_password_is_said_so_and_the_servers_words_are_kept(stub):
    rest = RestClient(stub.url)
    with pytest.raises(Unauthorized) as info:
        rest.login(ADMIN, "not-the-password")
    assert str(info.value) == "Wrong email or password."
    assert info.value.message and rest.token is None
