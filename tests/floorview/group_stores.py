"""A group of N believable branches as stores, for the wall's tests and screenshot: the
sample floors (a main dining room and a patio, or the dining room alone) in each, a mix of
zones, and each branch busy to its own degree, with some tables over their time, some
cleaning for long, a few full houses. The same seed, the same group."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from floorview.core.model import Branch, FloorPlan, Table, format_time
from floorview.core.samples import NOW, PLANS, main_tables, patio_tables
from floorview.core.store import BranchStore
from tests.floorview.factories import table_json

NAMES = [
    "Harbour Street", "Old Town", "Canal Wharf", "Market Square", "Riverside", "St Ann's",
    "Castle Hill", "Docklands", "Kings Cross", "Abbey Road", "Bridge End", "Cathedral Close",
    "Mill Lane", "North Quay", "Park Gate", "Queen's Arcade", "Rope Walk", "Salt Market",
    "Tannery Row", "Union Square", "Victoria Pier", "Waterloo", "Westgate", "York Place",
    "Brewery Yard", "Chapel Street", "Dean Village", "Exchange Place", "Forth Bridge",
    "Grassmarket", "High Street", "Ivy Lane", "Jubilee Walk", "Lantern Court",
]
ZONES = ["Europe/London", "Europe/London", "Europe/Dublin", "Europe/Lisbon", "Europe/Paris",
         "Europe/Berlin", "America/New_York"]


def group_stores(n: int = 30, *, seed: int = 7, now: datetime = NOW
                 ) -> tuple[list[Branch], dict[str, BranchStore]]:
    rng = random.Random(seed)
    branches, stores = [], {}
    layouts = main_tables() + patio_tables()
    for i in range(n):
        bid = f"br-{i + 1:03d}"
        name = NAMES[i] if i < len(NAMES) else f"Branch {i + 1}"
        branch = Branch(bid, name, ZONES[i % len(ZONES)])
        with_patio = i % 3 != 2
        plans = [FloorPlan.from_json({**p, "id": f"{bid}-{p['id']}", "branchId": bid})
                 for p in PLANS if with_patio or p["id"] == "fp-main"]
        busy = rng.choice([0.25, 0.45, 0.6, 0.75, 0.9, 1.0])
        tables = []
        for t in layouts:
            if t["floorPlanId"] == "fp-patio" and not with_patio:
                continue
            tables.append(Table.from_json(_table(t, bid, busy, rng, now)))
        store = BranchStore(bid)
        store.set_reference(branch=branch, floor_plans=plans)
        store.apply_snapshot(tables)
        branches.append(branch)
        stores[bid] = store
    return branches, stores


def _table(t: dict, bid: str, busy: float, rng: random.Random, now: datetime) -> dict:
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
    return table_json(f"{bid}-{t['id']}", **{
        **t, "id": f"{bid}-{t['id']}", "branchId": bid,
        "floorPlanId": f"{bid}-{t['floorPlanId']}", "sectionId": None, "serverId": None,
        "status": status, "guestCount": guests, "statusChangedAt": when, "updatedAt": when})
