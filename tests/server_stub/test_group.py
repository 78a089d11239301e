"""The stub's restaurant group: a believable mix of branches, one manager who sees all,
and the simulator playing every branch."""

from __future__ import annotations

import random
import time
from datetime import UTC, datetime

import pytest
import requests

from server_stub import cli
from server_stub.demo import logins
from server_stub.group import branch_names, parse_group, seed_group
from server_stub.repo import Repository
from server_stub.testing import StubServer

AREA = "area@floorview.dev"


def test_parse_group():
    assert parse_group("30") == (30, None)
    assert parse_group("200x24") == (200, 24)
    for bad in ("0", "x", "10x0", "-3"):
        with pytest.raises(ValueError):
            parse_group(bad)
    assert cli.parser().parse_args(["--group", "5x12"]).group == (5, 12)
    with pytest.raises(SystemExit):
        cli.parser().parse_args(["--group", "many"])


def test_a_group_is_a_believable_mix():
    repo = Repository(None)
    ids = seed_group(repo, 30, 7, datetime.now(UTC))
    branches = repo.list_branches()
    assert [b["id"] for b in branches] == ids
    assert len({b["name"] for b in branches}) == 30
    assert len({b["timezone"] for b in branches}) >= 8  # local times differ on a wall
    sizes = [len(repo.list_tables(b)) for b in ids]
    assert min(sizes) >= 12 and max(sizes) <= 60 and len(set(sizes)) > 10
    plans = [len(repo.list_floor_plans(b)) for b in ids]
    assert set(plans) <= {1, 2, 3} and len(set(plans)) >= 2
    for b in ids:
        sections = repo.list_sections(b)
        servers = {u["id"] for u in repo.list_users(b, "server")}
        assert sections and all(s["serverId"] in servers for s in sections)
        statuses = {t["status"] for t in repo.list_tables(b)}
        assert len(statuses) >= 2  # mid-service, not a blank floor
    area = repo.find_login(AREA)
    assert area is not None and sorted(area[0]["branchIds"]) == sorted(ids)


def test_a_fixed_size_group_and_the_same_seed_the_same_group():
    def names(seed: int) -> list[str]:
        repo = Repository(None)
        seed_group(repo, 12, seed, datetime.now(UTC), tables=24)
        assert all(len(repo.list_tables(b["id"])) == 24 for b in repo.list_branches())
        return [b["name"] for b in repo.list_branches()]

    assert names(3) == names(3)
    assert names(3) != names(4)


def test_more_branches_than_cities_and_neighbourhoods_still_have_distinct_names():
    pairs = branch_names(500, random.Random(1))
    assert len({name for name, _ in pairs}) == 500


def test_the_area_manager_sees_the_group_and_the_simulator_plays_every_branch():
    with StubServer(demo=True, group=6, simulate=200, simulate_speed=600) as srv:
        login = requests.post(srv.url + "/auth/login", json={"email": AREA, "password": "demo"},
                              timeout=10).json()
        headers = {"Authorization": f"Bearer {login['accessToken']}"}
        branches = requests.get(srv.url + "/branches", headers=headers, timeout=10).json()
        assert len(branches) == 6 and all(b["name"].startswith("Tavola") for b in branches)

        def versions() -> dict[str, int]:
            out = {}
            for b in branches:
                tables = requests.get(srv.url + "/restaurant/tables", params={"branchId": b["id"]},
                                      headers=headers, timeout=10).json()
                out[b["id"]] = sum(t["version"] for t in tables)
            return out

        first = versions()
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            later = versions()
            if all(later[b] > first[b] for b in first):
                break
            time.sleep(0.5)
        assert all(later[b] > first[b] for b in first), (first, later)


def test_the_banner_names_the_area_manager_not_every_server():
    repo = Repository(None)
    seed_group(repo, 5, 7, datetime.now(UTC))
    found = logins(repo)
    assert [(x.email, x.sees) for x in found] == [(AREA, "5 branches")]
