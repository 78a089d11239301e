"""The REST half of the contract, over real HTTP: every route's answer and every error."""

from __future__ import annotations

import pytest
import requests

from server_stub.contract import check
from tests.server_stub.helpers import WAIT, Api, assert_error, branches, login

TABLES = "/restaurant/tables"


@pytest.fixture(scope="module")
def ids(as_role) -> dict[str, str]:
    """Handy ids of the demo data: both branches, a floor plan and section of each."""
    admin = as_role("admin")
    found = branches(admin)
    out = {"harbour": found["Harbour Street"], "old_town": found["Old Town"]}
    for key in ("harbour", "old_town"):
        plans = admin.ok("GET", "/restaurant/floor-plans", branchId=out[key])
        sections = admin.ok("GET", "/restaurant/table-sections", branchId=out[key])
        out[f"{key}_plan"] = plans[0]["id"]
        out[f"{key}_section"] = sections[0]["id"]
        out[f"{key}_section_server"] = sections[0]["serverId"]
    return out


def new_table(api: Api, ids: dict, branch: str = "harbour", **extra) -> dict:
    body = {"branchId": ids[branch], "floorPlanId": ids[f"{branch}_plan"], "number": "T-new",
            "capacity": 4, "shape": "round", "x": 10, "y": 20, "width": 80, "height": 80,
            **extra}
    return api.ok("POST", TABLES, body, expect=201)


# --- reads ----------------------------------------------------------------------------------

def test_login_answers_a_token_and_the_user(stub):
    response = requests.post(stub.url + "/auth/login",
                             json={"email": "host@floorview.dev", "password": "demo"},
                             timeout=WAIT)
    assert response.status_code == 200
    body = response.json()
    check(body, "LoginResponse")
    assert body["user"]["role"] == "host"
    assert "password" not in str(body["user"]).lower()


@pytest.mark.parametrize("body, status", [
    ({"email": "host@floorview.dev", "password": "wrong"}, 401),
    ({"email": "nobody@floorview.dev", "password": "demo"}, 401),
    ({"email": "host@floorview.dev"}, 400),
    ({"email": "", "password": "demo"}, 400),
    ({"email": "host@floorview.dev", "password": "demo", "extra": 1}, 400),
    ([], 400),
])
def test_login_refusals(stub, body, status):
    response = requests.post(stub.url + "/auth/login", json=body, timeout=WAIT)
    error = assert_error(response, status)
    if status == 400:
        assert isinstance(error["message"], list) and error["message"]


def test_branches_are_those_the_caller_may_see(as_role):
    assert set(branches(as_role("admin"))) == {"Harbour Street", "Old Town"}
    assert set(branches(as_role("manager"))) == {"Harbour Street", "Old Town"}
    assert set(branches(as_role("host"))) == {"Harbour Street"}
    for branch in as_role("admin").ok("GET", "/branches"):
        check(branch, "Branch")


def test_users_of_a_branch_and_by_role(as_role, ids):
    users = as_role("host").ok("GET", "/users", branchId=ids["harbour"])
    for user in users:
        check(user, "User")
        assert ids["harbour"] in user["branchIds"]
    servers = as_role("host").ok("GET", "/users", branchId=ids["harbour"], role="server")
    assert servers and all(u["role"] == "server" for u in servers)
    assert {u["email"] for u in servers} < {u["email"] for u in users}


def test_floor_plans_come_in_sort_order(as_role, ids):
    plans = as_role("manager").ok("GET", "/restaurant/floor-plans", branchId=ids["harbour"])
    for plan in plans:
        check(plan, "FloorPlan")
    assert [p["sortOrder"] for p in plans] == sorted(p["sortOrder"] for p in plans)
    assert all(p["branchId"] == ids["harbour"] for p in plans)


def test_sections(as_role, ids):
    sections = as_role("server").ok("GET", "/restaurant/table-sections", branchId=ids["harbour"])
    assert sections
    for section in sections:
        check(section, "TableSection")
        assert section["branchId"] == ids["harbour"]


def test_tables_filtered_by_floor_plan_and_status(as_role, ids):
    api = as_role("host")
    tables = api.ok("GET", TABLES, branchId=ids["harbour"])
    for table in tables:
        check(table, "Table")
        assert table["branchId"] == ids["harbour"]
    on_plan = api.ok("GET", TABLES, branchId=ids["harbour"], floorPlanId=ids["harbour_plan"])
    assert on_plan and len(on_plan) < len(tables)
    assert all(t["floorPlanId"] == ids["harbour_plan"] for t in on_plan)
    occupied = api.ok("GET", TABLES, branchId=ids["harbour"], status="occupied")
    assert occupied and all(t["status"] == "occupied" for t in occupied)


def test_one_table(as_role, ids):
    api = as_role("server")
    first = api.ok("GET", TABLES, branchId=ids["harbour"])[0]
    assert api.ok("GET", f"{TABLES}/{first['id']}") == first


@pytest.mark.parametrize("path", [
    "/branches", "/users?branchId=x", "/restaurant/floor-plans?branchId=x",
    "/restaurant/table-sections?branchId=x", f"{TABLES}?branchId=x", f"{TABLES}/x",
])
@pytest.mark.parametrize("authorization", [None, "Bearer nonsense", "Basic abc", "Bearer "])
def test_reads_need_a_valid_token(stub, path, authorization):
    headers = {"Authorization": authorization} if authorization else {}
    response = requests.get(stub.url + path, headers=headers, timeout=WAIT)
    assert assert_error(response, 401)["message"] == "Unauthorized"


def test_an_expired_token_is_refused(stub):
    api = Api(stub.url, stub.token_for("admin@floorview.dev", ttl=-10))
    assert_error(api.get("/branches"), 401)


@pytest.mark.parametrize("path", [
    "/users", "/restaurant/floor-plans", "/restaurant/table-sections", TABLES,
])
def test_a_missing_branch_id_is_400(as_role, path):
    body = assert_error(as_role("admin").get(path), 400)
    assert body["message"] == ["branchId should not be empty"]


@pytest.mark.parametrize("query", [{"status": "seated"}, {"role": "chef"}])
def test_a_bad_filter_is_400(as_role, ids, query):
    path = TABLES if "status" in query else "/users"
    assert_error(as_role("admin").get(path, branchId=ids["harbour"], **query), 400)


def test_another_branch_is_403(as_role, ids):
    host = as_role("host")
    for path in ("/users", "/restaurant/floor-plans", "/restaurant/table-sections", TABLES):
        body = assert_error(host.get(path, branchId=ids["old_town"]), 403)
        assert body["message"] == "Forbidden resource"
    other = as_role("admin").ok("GET", TABLES, branchId=ids["old_town"])[0]
    assert_error(host.get(f"{TABLES}/{other['id']}"), 403)


def test_unknown_things_are_404(as_role):
    admin = as_role("admin")
    assert_error(admin.get(f"{TABLES}/no-such-table"), 404)
    assert_error(admin.get(TABLES, branchId="no-such-branch"), 404)
    body = assert_error(admin.get("/no/such/route"), 404)
    assert body["message"] == "Cannot GET /no/such/route"
    assert_error(admin.request("PUT", TABLES), 404)


# --- writes ---------------------------------------------------------------------------------

def test_create_starts_available_with_the_section_server(as_role, ids):
    table = new_table(as_role("manager"), ids, sectionId=ids["harbour_section"], rotation=45)
    check(table, "Table")
    assert table["status"] == "available" and table["guestCount"] is None
    assert table["version"] == 1 and table["rotation"] == 45
    assert table["serverId"] == ids["harbour_section_server"]
    assert table["sectionId"] == ids["harbour_section"]


def test_create_refusals(as_role, ids):
    assert_error(as_role("host").post(TABLES, {"branchId": ids["harbour"]}), 403)
    assert_error(as_role("server").post(TABLES, {"branchId": ids["harbour"]}), 403)
    manager = as_role("manager")
    body = assert_error(manager.post(TABLES, {"branchId": ids["harbour"]}), 400)
    assert "capacity should not be empty" in body["message"]
    good = {"branchId": ids["harbour"], "floorPlanId": ids["harbour_plan"], "number": "9",
            "capacity": 2, "shape": "square", "x": 0, "y": 0, "width": 60, "height": 60}
    for bad in ({"floorPlanId": ids["old_town_plan"]}, {"sectionId": ids["old_town_section"]},
                {"floorPlanId": "nope"}, {"shape": "oval"}, {"capacity": 0},
                {"width": 0}, {"rotation": 360}, {"branchId": 5}):
        assert_error(manager.post(TABLES, {**good, **bad}), 400)
    assert_error(manager.post(TABLES, {**good, "branchId": "nope"}), 403)
    assert_error(as_role("admin").post(TABLES, {**good, "branchId": "nope"}), 404)


def test_update_changes_the_layout_and_bumps_the_version(as_role, ids):
    manager = as_role("manager")
    table = new_table(manager, ids)
    updated = manager.ok("PATCH", f"{TABLES}/{table['id']}",
                         {"x": 300.5, "rotation": 90, "number": "42", "version": 1})
    check(updated, "Table")
    assert (updated["x"], updated["rotation"], updated["number"]) == (300.5, 90, "42")
    assert updated["version"] == 2
    assert updated["statusChangedAt"] == table["statusChangedAt"]
    assert updated["updatedAt"] >= table["updatedAt"]


def test_update_refusals(as_role, ids):
    manager = as_role("manager")
    table = new_table(manager, ids)
    path = f"{TABLES}/{table['id']}"
    assert_error(as_role("host").patch(path, {"x": 1}), 403)
    assert_error(manager.patch(path, {}), 400)
    assert_error(manager.patch(path, {"branchId": ids["old_town"]}), 400)
    assert_error(manager.patch(path, {"floorPlanId": ids["old_town_plan"]}), 400)
    assert_error(manager.patch(path, {"x": 1, "version": 7}), 409)
    assert_error(manager.patch(f"{TABLES}/nope", {"x": 1}), 404)
    assert manager.ok("GET", path) == table  # nothing changed


def test_status_rules(as_role, ids):
    manager, server = as_role("manager"), as_role("server")
    table = new_table(manager, ids, capacity=6)
    path = f"{TABLES}/{table['id']}/status"
    seated = server.ok("PATCH", path, {"status": "occupied", "guestCount": 4})
    assert (seated["status"], seated["guestCount"], seated["version"]) == ("occupied", 4, 2)
    assert seated["statusChangedAt"] > table["statusChangedAt"]
    # Same status, a new guest count: no new statusChangedAt, but a new version.
    more = server.ok("PATCH", path, {"status": "occupied", "guestCount": 5})
    assert more["statusChangedAt"] == seated["statusChangedAt"] and more["version"] == 3
    # A guest count not sent is kept...
    kept = server.ok("PATCH", path, {"status": "reserved"})
    assert kept["guestCount"] == 5
    # ...and available or cleaning clear it, even when one is sent.
    cleaning = server.ok("PATCH", path, {"status": "cleaning", "guestCount": 3})
    assert cleaning["guestCount"] is None and cleaning["version"] == 5
    check(cleaning, "Table")


def test_status_refusals(as_role, ids):
    manager = as_role("manager")
    table = new_table(manager, ids)
    path = f"{TABLES}/{table['id']}/status"
    assert_error(manager.patch(path, {"status": "seated"}), 400)
    assert_error(manager.patch(path, {"guestCount": 2}), 400)
    assert_error(manager.patch(path, {"status": "occupied", "guestCount": -1}), 400)
    assert_error(manager.patch(path, {"status": "occupied", "version": 2}), 409)
    assert_error(as_role("host").patch(
        f"{TABLES}/{as_role('admin').ok('GET', TABLES, branchId=ids['old_town'])[0]['id']}"
        "/status", {"status": "available"}), 403)
    assert manager.ok("GET", f"{TABLES}/{table['id']}") == table


def test_assign_server(as_role, ids):
    manager, host = as_role("manager"), as_role("host")
    table = new_table(manager, ids)
    path = f"{TABLES}/{table['id']}/assign-server"
    servers = host.ok("GET", "/users", branchId=ids["harbour"], role="server")
    assigned = host.ok("PATCH", path, {"serverId": servers[1]["id"]})
    assert assigned["serverId"] == servers[1]["id"] and assigned["version"] == 2
    cleared = manager.ok("PATCH", path, {"serverId": None, "version": 2})
    assert cleared["serverId"] is None and cleared["version"] == 3
    check(cleared, "Table")


def test_assign_server_refusals(as_role, ids):
    manager = as_role("manager")
    table = new_table(manager, ids)
    path = f"{TABLES}/{table['id']}/assign-server"
    old_town_server = as_role("admin").ok("GET", "/users", branchId=ids["old_town"],
                                          role="server")
    only_old_town = [u for u in old_town_server if ids["harbour"] not in u["branchIds"]][0]
    host_user = as_role("admin").ok("GET", "/users", branchId=ids["harbour"], role="host")[0]
    assert_error(as_role("server").patch(path, {"serverId": None}), 403)
    for bad in ({"serverId": only_old_town["id"]}, {"serverId": host_user["id"]},
                {"serverId": "nobody"}, {}, {"serverId": 3}):
        assert_error(manager.patch(path, bad), 400)
    assert_error(manager.patch(path, {"serverId": None, "version": 3}), 409)
    assert manager.ok("GET", f"{TABLES}/{table['id']}") == table


def test_delete(as_role, ids):
    manager = as_role("manager")
    table = new_table(manager, ids)
    path = f"{TABLES}/{table['id']}"
    assert_error(as_role("host").delete(path), 403)
    assert manager.ok("DELETE", path) == {"id": table["id"]}
    assert_error(manager.get(path), 404)
    assert_error(manager.delete(path), 404)


@pytest.mark.parametrize("raw", [b"{", b"[1,", b"nul", b"{\"x\": NaN}", b"\xff\xfe",
                                 b"{\"x\": Infinity}"])
def test_malformed_json_is_400(as_role, ids, raw):
    manager = as_role("manager")
    table = new_table(manager, ids)
    response = manager.request("PATCH", f"{TABLES}/{table['id']}", data=raw,
                               headers={"Content-Type": "application/json"})
    assert_error(response, 400)


@pytest.mark.parametrize("raw, message", [
    ('{"x": 1' + "0" * 400 + "}", "x must be a finite number"),
    ('{"x": 1e400}', "x must be a finite number"),
    ('{"number": "\\ud800"}', "number must be valid Unicode text"),
    ('{"x": 1' + "0" * 5000 + "}", None),  # more digits than Python will parse
])
def test_numbers_and_text_sqlite_cannot_hold_are_400(as_role, ids, raw, message):
    manager = as_role("manager")
    table = new_table(manager, ids)
    response = manager.request("PATCH", f"{TABLES}/{table['id']}", data=raw,
                               headers={"Content-Type": "application/json"})
    error = assert_error(response, 400)
    if message:
        assert message in error["message"]
    assert manager.ok("GET", f"{TABLES}/{table['id']}") == table


def test_too_many_requests_per_token_is_429_with_retry_after():
    from server_stub.testing import StubServer

    with StubServer(rest_rate_limit=(5, 60.0)) as srv:
        api = login(srv, "host")
        other = login(srv, "manager")
        for _ in range(5):
            api.ok("GET", "/branches")
        response = api.get("/branches")
        assert_error(response, 429)
        assert 1 <= int(response.headers["Retry-After"]) <= 60
        other.ok("GET", "/branches")  # the limit is per token


def test_too_many_logins_per_address_is_429_with_retry_after():
    from server_stub.testing import StubServer

    with StubServer(login_rate_limit=(3, 60.0)) as srv:
        body = {"email": "host@floorview.dev", "password": "wrong"}
        for _ in range(3):
            assert requests.post(srv.url + "/auth/login", json=body, timeout=WAIT).status_code \
                == 401
        response = requests.post(srv.url + "/auth/login", json=body, timeout=WAIT)
        assert_error(response, 429)
        assert int(response.headers["Retry-After"]) >= 1


def test_cors_headers_for_allowed_origins():
    from server_stub.testing import StubServer

    with StubServer(cors_origins=["http://ok.example"]) as srv:
        good = requests.get(srv.url + "/branches", headers={"Origin": "http://ok.example"},
                            timeout=WAIT)
        assert good.headers["Access-Control-Allow-Origin"] == "http://ok.example"
        bad = requests.get(srv.url + "/branches", headers={"Origin": "http://evil.example"},
                           timeout=WAIT)
        assert "Access-Control-Allow-Origin" not in bad.headers
        preflight = requests.options(srv.url + TABLES, timeout=WAIT, headers={
            "Origin": "http://ok.example", "Access-Control-Request-Method": "PATCH"})
        assert preflight.status_code == 204
        assert "PATCH" in preflight.headers["Access-Control-Allow-Methods"]


def test_gets_carry_an_etag_and_answer_304_when_nothing_changed(stub):
    url, token = stub.url, stub.token_for("host@floorview.dev")
    headers = {"Authorization": f"Bearer {token}"}
    first = requests.get(url + "/branches", headers=headers, timeout=5)
    etag = first.headers["ETag"]
    assert etag.startswith('W/"')
    again = requests.get(url + "/branches", headers={**headers, "If-None-Match": etag}, timeout=5)
    assert again.status_code == 304 and again.content == b"" and again.headers["ETag"] == etag
    other = requests.get(url + "/branches", headers={**headers, "If-None-Match": 'W/"x"'}, timeout=5)
    assert other.status_code == 200 and other.json() == first.json()


def _raw(port: int, data: bytes) -> bytes:
    import socket

    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(data)
        out = b""
        while chunk := sock.recv(65536):
            out += chunk
    return out


def test_malformed_requests_get_the_nestjs_shape_and_a_flood_one_log_line(stub, caplog):
    import json
    import logging

    bad = [
        b"GET /" + b"a" * 20_000 + b" HTTP/1.1\r\nHost: x\r\n\r\n",  # over-long URL
        b"GET /branches HTTP/1.1\r\nHost: x\r\nX-Big: " + b"b" * 20_000 + b"\r\n\r\n",  # header
        b"GET /branches HTTP/1.1\r\nHost: x\r\nX-Nul: a\x00b\r\n\r\n",  # NUL in a header
    ]
    with caplog.at_level(logging.DEBUG):
        for request in bad:
            head, _, body = _raw(stub.port, request).partition(b"\r\n\r\n")
            assert head.split()[1] == b"400"
            answer = json.loads(body)
            assert answer["statusCode"] == 400 and answer["error"] == "Bad Request"
            assert answer["message"].startswith("Malformed request")
        for _ in range(100):  # an anonymous flood
            _raw(stub.port, bad[0])
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]
    lines = [r for r in caplog.records if "malformed request" in r.getMessage()]
    assert len(lines) == 1
    # and the stub serves on
    assert requests.get(stub.url + "/branches", timeout=5).status_code == 401


# --- the Date header ------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/branches", "/socket.io/?EIO=4&transport=polling"])
def test_every_answers_date_is_on_the_services_clock(path):
    """A client reads the server's time from Date: it must agree with the stamps."""
    import email.utils
    from datetime import UTC, datetime

    from server_stub.testing import StubServer

    fixed = datetime(2026, 11, 25, 17, 0, 30, tzinfo=UTC)
    with StubServer(clock=lambda: fixed) as srv:
        response = requests.get(srv.url + path, timeout=WAIT)
        assert email.utils.parsedate_to_datetime(response.headers["Date"]) == fixed
