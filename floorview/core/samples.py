"""Believable floor plans as contract JSON: a main dining room and a patio, and a big floor;
and a restaurant group of N branches with those floors (the wall's tests and benchmarks).

"Trattoria Nonna, Main Dining": booths along the top and left walls, a bar row of small
rounds, round four-tops in the middle, two diamond (45°) tables, a long family table and
a rotated six-top; "Patio": rounds and turned squares. Times are relative to ``NOW``.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import Any

from floorview.core.model import Branch, FloorPlan, Table, TableSection, User, format_time
from floorview.core.store import BranchStore

NOW = datetime(2026, 11, 25, 19, 30, tzinfo=UTC)
BRANCH = "br-1"

USERS = [
    {"id": "u-ana", "name": "Ana Souza", "email": "ana@nonna.dev", "role": "server",
     "branchIds": [BRANCH], "color": "#4E79A7"},
    {"id": "u-ben", "name": "Ben Okafor", "email": "ben@nonna.dev", "role": "server",
     "branchIds": [BRANCH], "color": "#E15759"},
    {"id": "u-kai", "name": "Kai", "email": "kai@nonna.dev", "role": "server",
     "branchIds": [BRANCH], "color": None},
    {"id": "u-mia", "name": "Mia Rossi", "email": "mia@nonna.dev", "role": "server",
     "branchIds": [BRANCH], "color": "#F1CE63"},
    {"id": "u-host", "name": "Hana Host", "email": "host@nonna.dev", "role": "host",
     "branchIds": [BRANCH], "color": None},
]

PLANS = [
    {"id": "fp-main", "branchId": BRANCH, "name": "Main Dining", "width": 1400, "height": 900,
     "sortOrder": 0},
    {"id": "fp-patio", "branchId": BRANCH, "name": "Patio", "width": 1000, "height": 600,
     "sortOrder": 1},
]

SECTIONS = [
    {"id": "sec-window", "branchId": BRANCH, "floorPlanId": "fp-main", "name": "Window",
     "color": "#4E79A7", "serverId": "u-ana"},
    {"id": "sec-centre", "branchId": BRANCH, "floorPlanId": "fp-main", "name": "Centre",
     "color": "#59A14F", "serverId": "u-ben"},
    {"id": "sec-bar", "branchId": BRANCH, "floorPlanId": "fp-main", "name": "Bar",
     "color": "#B07AA1", "serverId": "u-kai"},
    {"id": "sec-terrace", "branchId": BRANCH, "floorPlanId": "fp-patio", "name": "Terrace",
     "color": "#EDC948", "serverId": "u-mia"},
]


def _t(tid: str, number: str, shape: str, x: float, y: float, w: float, h: float, *,
       plan: str = "fp-main", rotation: float = 0, capacity: int = 4, status: str = "available",
       guests: int | None = None, server: str | None = None, section: str | None = None,
       minutes: int = 5, version: int = 1) -> dict[str, Any]:
    return {
        "id": tid, "branchId": BRANCH, "floorPlanId": plan, "sectionId": section,
        "number": number, "capacity": capacity, "shape": shape,
        "x": x, "y": y, "width": w, "height": h, "rotation": rotation,
        "status": status, "guestCount": guests, "serverId": server,
        "statusChangedAt": format_time(NOW - timedelta(minutes=minutes)),
        "updatedAt": format_time(NOW - timedelta(minutes=minutes)), "version": version,
    }


def main_tables() -> list[dict[str, Any]]:
    w, a, b, k = "sec-window", "u-ana", "u-ben", "u-kai"
    return [
        # Booths along the top wall.
        _t("t-1", "1", "rectangle", 60, 40, 150, 80, capacity=4, status="occupied", guests=3,
           server=a, section=w, minutes=42),
        _t("t-2", "2", "rectangle", 250, 40, 150, 80, capacity=4, status="reserved", server=a,
           section=w, minutes=15),
        _t("t-3", "3", "rectangle", 440, 40, 150, 80, capacity=4, status="occupied", guests=4,
           server=a, section=w, minutes=67),
        _t("t-4", "4", "rectangle", 630, 40, 150, 80, capacity=4, status="cleaning", section=w,
           minutes=3),
        # Booths along the left wall, turned a quarter.
        _t("t-5", "5", "rectangle", 5, 215, 150, 80, rotation=90, capacity=4,
           status="available", section=w),
        _t("t-6", "6", "rectangle", 5, 405, 150, 80, rotation=90, capacity=4, status="occupied",
           guests=2, server=a, section=w, minutes=96),
        _t("t-7", "7", "rectangle", 5, 595, 150, 80, rotation=90, capacity=4,
           status="out_of_service", section=w),
        # Round four-tops in the centre.
        _t("t-10", "10", "round", 240, 250, 100, 100, status="occupied", guests=4, server=b,
           section="sec-centre", minutes=24),
        _t("t-11", "11", "round", 420, 250, 100, 100, status="available", server=b,
           section="sec-centre"),
        _t("t-12", "12", "round", 600, 250, 100, 100, status="reserved", server=b,
           section="sec-centre", minutes=5),
        _t("t-13", "13", "round", 240, 430, 100, 100, status="available", section="sec-centre"),
        _t("t-14", "14", "round", 420, 430, 100, 100, status="occupied", guests=2, server=b,
           section="sec-centre", minutes=8),
        # Diamonds: squares turned 45°.
        _t("t-15", "15", "square", 615, 440, 80, 80, rotation=45, capacity=2,
           status="cleaning", section="sec-centre"),
        _t("t-16", "16", "square", 780, 260, 80, 80, rotation=45, capacity=2,
           status="occupied", guests=2, server="u-mia", section="sec-centre", minutes=55),
        # The long family table and a rotated six-top.
        _t("t-20", "20", "rectangle", 240, 640, 300, 100, capacity=10, status="occupied",
           guests=9, server=b, section="sec-centre", minutes=121),
        _t("t-21", "21", "rectangle", 640, 620, 160, 90, rotation=-20, capacity=6,
           status="available", section="sec-centre"),
        # Bar row: small rounds along the bar on the right.
        *[
            _t(f"t-b{i}", f"B{i}", "round", 1230, 120 + (i - 1) * 110, 70, 70, capacity=2,
               status=s, guests=g, server=srv, section="sec-bar", minutes=m)
            for i, s, g, srv, m in [
                (1, "occupied", 1, k, 12), (2, "occupied", 2, k, 33), (3, "available", None, None, 0),
                (4, "reserved", None, k, 20), (5, "cleaning", None, None, 2),
                (6, "occupied", 2, k, 88), (7, "available", None, None, 0),
            ]
        ],
        # A table whose status and shape this client does not know.
        _t("t-30", "30", "hexagon", 960, 620, 110, 110, capacity=6, status="on_fire"),
        _t("t-31", "31", "round", 960, 240, 120, 120, capacity=8, status="occupied", guests=7,
           server="u-ghost", minutes=61),
    ]


def patio_tables() -> list[dict[str, Any]]:
    m = "u-mia"
    out = []
    for i in range(8):
        col, row = i % 4, i // 4
        turned = (col + row) % 2 == 1
        out.append(_t(f"p-{i + 1}", f"P{i + 1}", "square" if turned else "round",
                      120 + col * 210, 120 + row * 230, 90, 90, plan="fp-patio",
                      rotation=45 if turned else 0, capacity=4,
                      status=["available", "occupied", "reserved", "occupied", "cleaning",
                              "available", "occupied", "out_of_service"][i],
                      guests=[None, 3, None, 2, None, None, 4, None][i],
                      server=m if i in (1, 2, 3, 6) else None, section="sec-terrace",
                      minutes=[0, 35, 10, 74, 4, 0, 95, 0][i]))
    return out


def demo_store() -> BranchStore:
    store = BranchStore(BRANCH)
    store.set_reference(
        branch=Branch(BRANCH, "Trattoria Nonna", "Europe/Lisbon"),
        floor_plans=[FloorPlan.from_json(p) for p in PLANS],
        sections=[TableSection.from_json(s) for s in SECTIONS],
        users=[User.from_json(u) for u in USERS],
    )
    store.apply_snapshot([Table.from_json(t) for t in main_tables() + patio_tables()])
    return store


def big_store(n: int = 2000, columns: int = 50) -> tuple[BranchStore, FloorPlan]:
    """``n`` tables on one large floor, in a grid, all shapes and some rotated."""
    store = BranchStore(BRANCH)
    rows = -(-n // columns)
    plan = FloorPlan.from_json({"id": "fp-big", "branchId": BRANCH, "name": "Banquet Hall",
                                "width": columns * 120 + 40, "height": rows * 120 + 40,
                                "sortOrder": 0})
    store.set_reference(branch=Branch(BRANCH, "Grand Hall", "UTC"), floor_plans=[plan],
                        users=[User.from_json(u) for u in USERS])
    statuses = ["available", "reserved", "occupied", "cleaning", "out_of_service"]
    servers = ["u-ana", "u-ben", "u-kai", "u-mia", None]
    tables = []
    for i in range(n):
        col, row = i % columns, i // columns
        shape = ["round", "square", "rectangle"][i % 3]
        w, h = (80, 50) if shape == "rectangle" else (70, 70)
        tables.append(Table.from_json(_t(
            f"big-{i}", str(i + 1), shape, 40 + col * 120, 40 + row * 120, w, h, plan="fp-big",
            rotation=(i % 7) * 15 if i % 5 == 0 else 0, status=statuses[i % 5],
            guests=2 if statuses[i % 5] == "occupied" else None, server=servers[i % 5],
            minutes=(i * 7) % 130)))
    store.apply_snapshot(tables)
    return store, plan


# --- a group of branches ------------------------------------------------------------

GROUP_NAMES = [
    "Harbour Street", "Old Town", "Canal Wharf", "Market Square", "Riverside", "St Ann's",
    "Castle Hill", "Docklands", "Kings Cross", "Abbey Road", "Bridge End", "Cathedral Close",
    "Mill Lane", "North Quay", "Park Gate", "Queen's Arcade", "Rope Walk", "Salt Market",
    "Tannery Row", "Union Square", "Victoria Pier", "Waterloo", "Westgate", "York Place",
    "Brewery Yard", "Chapel Street", "Dean Village", "Exchange Place", "Forth Bridge",
    "Grassmarket", "High Street", "Ivy Lane", "Jubilee Walk", "Lantern Court",
]
GROUP_ZONES = ["Europe/London", "Europe/London", "Europe/Dublin", "Europe/Lisbon",
               "Europe/Paris", "Europe/Berlin", "America/New_York"]


def group_stores(n: int = 30, *, seed: int = 7, now: datetime = NOW
                 ) -> tuple[list[Branch], dict[str, BranchStore]]:
    """``n`` branches with the sample floors (a main dining room and a patio, or the
    dining room alone), a mix of zones, each busy to its own degree: some tables over
    their time, some cleaning for long. The same seed, the same group."""
    rng = random.Random(seed)
    branches: list[Branch] = []
    stores: dict[str, BranchStore] = {}
    layouts = main_tables() + patio_tables()
    for i in range(n):
        bid = f"br-{i + 1:03d}"
        name = GROUP_NAMES[i] if i < len(GROUP_NAMES) else f"Branch {i + 1}"
        branch = Branch(bid, name, GROUP_ZONES[i % len(GROUP_ZONES)])
        with_patio = i % 3 != 2
        plans = [FloorPlan.from_json({**p, "id": f"{bid}-{p['id']}", "branchId": bid})
                 for p in PLANS if with_patio or p["id"] == "fp-main"]
        busy = rng.choice([0.25, 0.45, 0.6, 0.75, 0.9, 1.0])
        tables: list[Table] = []
        for t in layouts:
            if t["floorPlanId"] == "fp-patio" and not with_patio:
                continue
            tables.append(Table.from_json(_group_table(t, bid, busy, rng, now)))
        store = BranchStore(bid)
        store.set_reference(branch=branch, floor_plans=plans)
        store.apply_snapshot(tables)
        branches.append(branch)
        stores[bid] = store
    return branches, stores


def _group_table(t: dict[str, Any], bid: str, busy: float, rng: random.Random,
                 now: datetime) -> dict[str, Any]:
    roll = rng.random()
    guests = None
    if roll < busy * 0.78:
        status = "occupied"
        minutes = rng.randint(92, 125) if rng.random() < 0.035 else rng.randint(3, 84)
        guests = rng.randint(max(1, t["capacity"] - 2), t["capacity"])
    elif roll < busy * 0.78 + 0.07:
        status, minutes = "reserved", rng.randint(1, 20)
        guests = t["capacity"]
    elif roll < busy * 0.78 + 0.14:
        status, minutes = "cleaning", rng.choice([2, 3, 4, 6, 8, 9, 11, 18])
    elif roll < busy * 0.78 + 0.16:
        status, minutes = "out_of_service", 200
    else:
        status, minutes = "available", rng.randint(0, 40)
    when = format_time(now - timedelta(minutes=minutes))
    return {**t, "id": f"{bid}-{t['id']}", "branchId": bid,
            "floorPlanId": f"{bid}-{t['floorPlanId']}", "sectionId": None, "serverId": None,
            "status": status, "guestCount": guests, "statusChangedAt": when, "updatedAt": when}
