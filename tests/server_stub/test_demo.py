"""The demo data looks like two real restaurants mid-service, and is reproducible."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

import pytest

from server_stub.contract import check
from server_stub.demo import STRESS_BRANCH, logins, seed_demo, seed_stress_hall
from server_stub.repo import Repository

NOW = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def repo():
    repo = Repository()
    with repo.transaction():
        seed_demo(repo, seed=7, now=NOW)
    yield repo
    repo.close()


def corners(table: dict) -> list[tuple[float, float]]:
    """The four corners of a table, turned about its centre."""
    cx, cy = table["x"] + table["width"] / 2, table["y"] + table["height"] / 2
    angle = math.radians(table["rotation"])
    out = []
    for dx, dy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
        x, y = dx * table["width"] / 2, dy * table["height"] / 2
        out.append((cx + x * math.cos(angle) - y * math.sin(angle),
                    cy + x * math.sin(angle) + y * math.cos(angle)))
    return out


def separated(a: list, b: list) -> bool:
    """Separating-axis test for two convex quadrilaterals."""
    for poly in (a, b):
        for i in range(4):
            (x1, y1), (x2, y2) = poly[i], poly[(i + 1) % 4]
            nx, ny = y2 - y1, x1 - x2
            pa = [nx * x + ny * y for x, y in a]
            pb = [nx * x + ny * y for x, y in b]
            if max(pa) <= min(pb) or max(pb) <= min(pa):
                return True
    return False


def test_two_branches_several_rooms_about_sixty_tables(repo):
    branches = repo.list_branches()
    assert [b["name"] for b in branches] == ["Harbour Street", "Old Town"]
    plans = [p for b in branches for p in repo.list_floor_plans(b["id"])]
    assert len(plans) >= 3
    tables = repo.list_tables()
    assert 55 <= len(tables) <= 75
    for entity, name in ([(b, "Branch") for b in branches] + [(p, "FloorPlan") for p in plans]
                         + [(t, "Table") for t in tables]):
        check(entity, name)


def test_every_shape_some_rotated_and_believable_numbers(repo):
    tables = repo.list_tables()
    assert {t["shape"] for t in tables} == {"round", "square", "rectangle"}
    assert {t["rotation"] for t in tables} >= {0, 45, 90}
    numbers = {t["number"] for t in tables}
    assert {"12", "Bar 1", "P4", "B3"} <= numbers
    for branch in repo.list_branches():
        mine = [t["number"] for t in repo.list_tables(branch["id"])]
        assert len(mine) == len(set(mine)), "table numbers repeat in a branch"


def test_tables_sit_inside_their_room_without_overlapping(repo):
    for branch in repo.list_branches():
        for plan in repo.list_floor_plans(branch["id"]):
            tables = repo.list_tables(branch["id"], plan["id"])
            assert tables, plan["name"]
            shapes = [(t["number"], corners(t)) for t in tables]
            for number, points in shapes:
                for x, y in points:
                    assert -0.5 <= x <= plan["width"] + 0.5, (plan["name"], number)
                    assert -0.5 <= y <= plan["height"] + 0.5, (plan["name"], number)
            for i, (a_number, a) in enumerate(shapes):
                for b_number, b in shapes[i + 1:]:
                    assert separated(a, b), (plan["name"], a_number, b_number)


def test_sections_and_servers_have_distinct_colours(repo):
    for branch in repo.list_branches():
        sections = repo.list_sections(branch["id"])
        assert len(sections) >= 2
        for section in sections:
            check(section, "TableSection")
        assert len({s["color"] for s in sections}) == len(sections)
        servers = repo.list_users(branch["id"], "server")
        assert len(servers) >= 3
        assert all(s["color"] for s in servers)
        assert len({s["color"].lower() for s in servers}) == len(servers)


def test_a_mid_service_mix_of_statuses_with_believable_times(repo):
    tables = repo.list_tables()
    statuses = [t["status"] for t in tables]
    assert set(statuses) == {"available", "reserved", "occupied", "cleaning", "out_of_service"}
    assert 0.3 <= statuses.count("occupied") / len(tables) <= 0.65
    for table in tables:
        changed = datetime.fromisoformat(table["statusChangedAt"].replace("Z", "+00:00"))
        assert changed <= NOW
        if table["status"] == "occupied":
            assert 1 <= table["guestCount"] <= table["capacity"]
            assert NOW - changed <= timedelta(hours=2, minutes=10)
        elif table["status"] == "reserved":
            assert 1 <= table["guestCount"] <= table["capacity"]
        else:
            assert table["guestCount"] is None
        assert table["updatedAt"] >= table["statusChangedAt"]
    minutes = sorted((NOW - datetime.fromisoformat(t["statusChangedAt"].replace("Z", "+00:00")))
                     .total_seconds() / 60 for t in tables if t["status"] == "occupied")
    assert minutes[0] < 30 and minutes[-1] > 60  # some just seated, some lingering


def test_the_demo_logins(repo):
    found = {login.email: login for login in logins(repo)}
    assert found["admin@floorview.dev"].role == "admin"
    assert found["manager@floorview.dev"].sees == "Harbour Street, Old Town"
    assert found["host@floorview.dev"].sees == "Harbour Street"
    assert sum(login.role == "server" for login in found.values()) >= 6
    for login in found.values():
        user, stored = repo.find_login(login.email)
        check(user, "User")
        assert stored.startswith("scrypt$")


def test_the_same_seed_gives_the_same_data_and_another_seed_other_data(repo):
    again = Repository()
    with again.transaction():
        seed_demo(again, seed=7, now=NOW)
    assert again.dump() == repo.dump()
    other = Repository()
    with other.transaction():
        seed_demo(other, seed=8, now=NOW)
    assert [t["status"] for t in other.list_tables()] != [t["status"] for t in repo.list_tables()]
    again.close()
    other.close()


def test_the_stress_hall_has_n_tables_inside_its_room():
    repo = Repository()
    with repo.transaction():
        seed_demo(repo, seed=7, now=NOW)
        seed_stress_hall(repo, 500, seed=7, now=NOW)
    hall = repo.find_branch_by_name(STRESS_BRANCH)
    tables = repo.list_tables(hall["id"])
    assert len(tables) == 500
    plan = repo.list_floor_plans(hall["id"])[0]
    for table in tables:
        check(table, "Table")
        for x, y in corners(table):
            assert 0 <= x <= plan["width"] and 0 <= y <= plan["height"]
    manager = repo.find_login("manager@floorview.dev")[0]
    assert hall["id"] in manager["branchIds"]
    repo.close()
