"""Property-based fuzzing of every REST body, path and query: never a 500, and a 4xx
never changes the database."""

from __future__ import annotations

import http.client
import json
import logging

import pytest
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

from server_stub.contract import check
from server_stub.testing import StubServer
from tests.server_stub.helpers import EMAILS, UNLIMITED, WAIT, Api, Live

FUZZ = settings(max_examples=100, deadline=None, derandomize=False,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
TABLES = "/restaurant/tables"


@pytest.fixture(scope="module")
def world():
    with StubServer(**UNLIMITED) as srv:
        repo_ids = srv.call(lambda s: {
            "branch": [b["id"] for b in s.repo.list_branches()],
            "plan": [p["id"] for b in s.repo.list_branches()
                     for p in s.repo.list_floor_plans(b["id"])],
            "section": [x["id"] for b in s.repo.list_branches()
                        for x in s.repo.list_sections(b["id"])],
            "user": [u["id"] for b in s.repo.list_branches() for u in s.repo.list_users(b["id"])],
            "table": [t["id"] for t in s.repo.list_tables()],
        })
        apis = {role: Api(srv.url, srv.token_for(email)) for role, email in EMAILS.items()}
        apis["nobody"] = Api(srv.url, "not-a-token")
        yield srv, repo_ids, apis


# --- strategies -------------------------------------------------------------------------------

json_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=20),
    st.text(alphabet=st.characters(codec=None, categories=["Cs", "Co", "Cc", "Lo"]),
            max_size=5),
)
json_values = st.recursive(json_scalars, lambda inner: st.lists(inner, max_size=3)
                           | st.dictionaries(st.text(max_size=8), inner, max_size=3),
                           max_leaves=6)


def plausible(ids: dict) -> dict[str, st.SearchStrategy]:
    """For each body field, values that are often right and sometimes subtly wrong."""
    def some(kind: str) -> st.SearchStrategy:
        return st.sampled_from(ids[kind]) | st.text(max_size=70)

    number = st.integers(-50, 2000) | st.floats(-1e6, 1e6, allow_nan=False)
    return {
        "branchId": some("branch"), "floorPlanId": some("plan"),
        "sectionId": some("section") | st.none(), "serverId": some("user") | st.none(),
        "number": st.text(min_size=0, max_size=20), "capacity": st.integers(-2, 120),
        "shape": st.sampled_from(["round", "square", "rectangle", "oval", ""]),
        "x": number, "y": number, "width": number, "height": number,
        "rotation": st.integers(-10, 400) | st.floats(0, 360),
        "status": st.sampled_from(["available", "reserved", "occupied", "cleaning",
                                   "out_of_service", "seated", "AVAILABLE"]),
        "guestCount": st.integers(-2, 120) | st.none(), "version": st.integers(-1, 60),
        "email": st.sampled_from(list(EMAILS.values())) | st.text(max_size=30),
        "password": st.just("demo") | st.text(max_size=30),
    }


def valid(ids: dict) -> dict[str, st.SearchStrategy]:
    """For each body field, values the contract accepts (ids may still mismatch)."""
    coordinate = st.floats(-1e4, 1e4, allow_nan=False) | st.integers(-100, 2000)
    label = st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=16)
    return {
        "branchId": st.sampled_from(ids["branch"]), "floorPlanId": st.sampled_from(ids["plan"]),
        "sectionId": st.sampled_from(ids["section"]) | st.none(),
        "serverId": st.sampled_from(ids["user"]) | st.none(), "number": label,
        "capacity": st.integers(1, 100),
        "shape": st.sampled_from(["round", "square", "rectangle"]), "x": coordinate,
        "y": coordinate, "width": st.floats(0.5, 500), "height": st.integers(1, 500),
        "rotation": st.floats(0, 359.99) | st.sampled_from([0, 45, 90, 180, 270]),
        "status": st.sampled_from(["available", "reserved", "occupied", "cleaning",
                                   "out_of_service"]),
        "guestCount": st.integers(0, 100) | st.none(), "version": st.integers(1, 60),
        "email": st.sampled_from(list(EMAILS.values())), "password": st.just("demo"),
    }


def bodies(ids: dict, fields: list[str], required: tuple[str, ...] = ()) -> st.SearchStrategy:
    """Mostly an object the contract accepts with at most one field broken; else any
    subset of ``fields`` with plausible or arbitrary values; else not an object, or not
    JSON at all."""
    good, values = valid(ids), plausible(ids)
    optional = [f for f in fields if f not in required]
    nearly = st.tuples(
        st.fixed_dictionaries({f: good[f] for f in required},
                              optional={f: good[f] for f in optional}),
        st.one_of(st.none(), st.none(), st.tuples(
            st.sampled_from([*fields, "extra"]),
            json_values | st.one_of(*(values[f] for f in fields)))),
        st.one_of(st.none(), st.none(), st.none(), st.sampled_from(list(required)))
        if required else st.none(),
    ).map(_break)
    anything = st.fixed_dictionaries({}, optional={
        **{name: values[name] | json_values for name in fields}, "extra": json_values})
    encoded = st.one_of(nearly, nearly, nearly, anything, json_values).map(
        lambda v: json.dumps(v, allow_nan=True).encode())
    return encoded | st.binary(max_size=40) | st.just(b"")


def _break(drawn: tuple) -> dict:
    body, change, dropped = drawn
    body = dict(body)
    if change is not None:
        body[change[0]] = change[1]
    if dropped is not None:
        body.pop(dropped, None)
    return body


def table_ids(ids: dict) -> st.SearchStrategy:
    return st.sampled_from(ids["table"]) | st.text(
        alphabet=st.characters(blacklist_characters="/?#", codec="utf-8"), min_size=1,
        max_size=40)


roles = st.sampled_from(["admin", "manager", "manager", "host", "server", "nobody"])


# --- the property -----------------------------------------------------------------------------

def exercise(world, role: str, method: str, path: str, raw: bytes | None = None,
             params: list | None = None) -> None:
    srv, _, apis = world
    before = srv.call(lambda s: s.repo.dump())
    response = apis[role].session.request(
        method, srv.url + path, data=raw, params=params, timeout=WAIT,
        headers={**apis[role]._headers(), "Content-Type": "application/json"})
    assert response.status_code < 500, response.text
    event(f"{method} answered {response.status_code}")  # see --hypothesis-show-statistics
    body = response.json()
    if response.status_code >= 400:
        check(body, "Error")
        assert body["statusCode"] == response.status_code
        assert srv.call(lambda s: s.repo.dump()) == before, "a refused request changed the db"
    elif method in ("POST", "PATCH") and path != "/auth/login":
        check(body, "Table")


@FUZZ
@given(data=st.data())
def test_login_bodies(world, data):
    raw = data.draw(bodies(world[1], ["email", "password"], required=("email", "password")))
    exercise(world, "nobody", "POST", "/auth/login", raw)


@FUZZ
@given(data=st.data(), role=roles)
def test_create_bodies(world, data, role):
    fields = ["branchId", "floorPlanId", "sectionId", "number", "capacity", "shape", "x", "y",
              "width", "height", "rotation"]
    required = ("branchId", "floorPlanId", "number", "capacity", "shape", "x", "y", "width",
                "height")
    exercise(world, role, "POST", TABLES, data.draw(bodies(world[1], fields, required)))


@FUZZ
@given(data=st.data(), role=roles)
def test_update_bodies(world, data, role):
    fields = ["floorPlanId", "sectionId", "number", "capacity", "shape", "x", "y", "width",
              "height", "rotation", "version"]
    table = data.draw(table_ids(world[1]))
    exercise(world, role, "PATCH", f"{TABLES}/{table}", data.draw(bodies(world[1], fields)))


@FUZZ
@given(data=st.data(), role=roles)
def test_status_bodies(world, data, role):
    table = data.draw(table_ids(world[1]))
    raw = data.draw(bodies(world[1], ["status", "guestCount", "version"], ("status",)))
    exercise(world, role, "PATCH", f"{TABLES}/{table}/status", raw)


@FUZZ
@given(data=st.data(), role=roles)
def test_assign_server_bodies(world, data, role):
    table = data.draw(table_ids(world[1]))
    raw = data.draw(bodies(world[1], ["serverId", "version"], ("serverId",)))
    exercise(world, role, "PATCH", f"{TABLES}/{table}/assign-server", raw)


@settings(FUZZ, max_examples=40)
@given(data=st.data(), role=roles)
def test_deletes(world, data, role):
    # Mostly unknown ids, so the demo data lasts the run.
    table = data.draw(st.text(min_size=1, max_size=40).filter(lambda t: "/" not in t)
                      | st.sampled_from(world[1]["table"][:3]))
    exercise(world, role, "DELETE", f"{TABLES}/{table}")


@FUZZ
@given(data=st.data(), role=roles,
       path=st.sampled_from(["/branches", "/users", "/restaurant/floor-plans",
                             "/restaurant/table-sections", TABLES]))
def test_queries(world, data, role, path):
    ids = world[1]
    values = plausible(ids)
    key = st.sampled_from(["branchId", "floorPlanId", "status", "role"]) | st.text(max_size=8)
    value = (values["branchId"] | values["status"] | st.sampled_from(["server", "host", "chef"])
             | st.text(max_size=30))
    params = data.draw(st.lists(st.tuples(key, value), max_size=4))
    exercise(world, role, "GET", path, params=params)


@FUZZ
@given(data=st.data(), role=roles)
def test_table_paths(world, data, role):
    table = data.draw(table_ids(world[1]))
    exercise(world, role, "GET", f"{TABLES}/{table}")


@FUZZ
@given(raw=st.binary(max_size=300) | st.text(max_size=60).map(lambda t: t.encode("utf-8", "surrogatepass")),
       scheme=st.sampled_from([b"Bearer ", b"bearer ", b"", b"Basic "]))
def test_authorization_headers(world, raw, scheme):
    srv = world[0]
    connection = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=WAIT)
    try:
        connection.putrequest("GET", "/branches")
        try:
            connection.putheader("Authorization", scheme + raw)
        except ValueError:
            assume(False)  # http.client will not send a header with a bare CR or LF
        connection.endheaders()
        response = connection.getresponse()
        assert response.status < 500
        event(f"answered {response.status}")
    finally:
        connection.close()


class _Errors(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(scope="module")
def socket_world():
    """A stub whose socket rate limit is out of the way, a connected admin socket, and a
    handler that catches every ERROR the server logs (a crashed event handler logs one)."""
    errors = _Errors()
    logging.getLogger().addHandler(errors)
    try:
        with StubServer(ws_rate_limit=1_000_000, **UNLIMITED) as srv:
            client = Live(srv.url, srv.token_for("admin@floorview.dev"))
            client.connect()
            branch = srv.call(lambda s: s.repo.list_branches()[0]["id"])
            yield client, branch, errors
            client.close()
    finally:
        logging.getLogger().removeHandler(errors)


@settings(FUZZ, max_examples=50)
@given(event_name=st.sampled_from(["joinBranch", "leaveBranch"]) | st.text(max_size=12),
       payload=json_values | st.text(alphabet=st.characters(categories=["Cs"]), min_size=1,
                                     max_size=2))
def test_socket_messages(socket_world, event_name, payload):
    client, branch, errors = socket_world
    assume(event_name not in ("connect", "disconnect", "connect_error", ""))
    client.emit(event_name, payload)
    assert client.join(branch) == {"branchId": branch}  # handled in order, and still alive
    assert not errors.records, errors.records[0].getMessage()
