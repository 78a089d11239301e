"""A restaurant group: N generated branches for the area manager's wall and its benchmarks.

Each branch is a believable site of one group ("Tavola"): named by its city and
neighbourhood, in that city's time zone, with 12-60 tables (or a fixed number, for
benchmarks) over one to three rooms, sections with their servers, and a mid-service mix
of statuses. The area manager ``area@floorview.dev`` (role manager, password ``demo``)
sees every branch of the group; admins see them as every branch. The same seed gives
the same group.

Every generated login shares one password hash (the demo password with one salt): 200
branches have 600 servers, and scrypt costs about 50 ms a hash.
"""

from __future__ import annotations

import random
import re
from datetime import datetime

from server_stub.auth import hash_password
from server_stub.demo import DEMO_PASSWORD, _Builder
from server_stub.repo import Repository

GROUP_NAME = "Tavola"
AREA_MANAGER = "area"  # area@floorview.dev

#: Cities of the group and their zones: several zones, so local times differ on a wall.
CITIES = (
    ("London", "Europe/London"), ("Manchester", "Europe/London"), ("Edinburgh", "Europe/London"),
    ("Dublin", "Europe/Dublin"), ("Lisbon", "Europe/Lisbon"), ("Paris", "Europe/Paris"),
    ("Berlin", "Europe/Berlin"), ("Madrid", "Europe/Madrid"), ("Amsterdam", "Europe/Amsterdam"),
    ("Vienna", "Europe/Vienna"), ("Athens", "Europe/Athens"), ("Istanbul", "Europe/Istanbul"),
    ("Dubai", "Asia/Dubai"), ("Singapore", "Asia/Singapore"), ("Tokyo", "Asia/Tokyo"),
    ("Sydney", "Australia/Sydney"), ("New York", "America/New_York"),
    ("Toronto", "America/Toronto"), ("Chicago", "America/Chicago"),
    ("Denver", "America/Denver"), ("Los Angeles", "America/Los_Angeles"),
)
NEIGHBOURHOODS = (
    "Central", "Old Town", "Riverside", "Station", "Market Square", "Harbour", "Park Lane",
    "University", "Cathedral", "Docklands", "Airport", "High Street", "West End", "North Gate",
    "Castle Hill", "Garden Quarter", "Canal Side", "Theatre District", "South Bank", "Mill Yard",
)
FIRST_NAMES = (
    "Ada", "Bruno", "Carla", "Diego", "Esme", "Farid", "Greta", "Hana", "Ivo", "Jonas", "Kira",
    "Luca", "Mina", "Nils", "Olga", "Pedro", "Quinn", "Rosa", "Sami", "Tess", "Umar", "Vera",
    "Wim", "Yara", "Zoe",
)
LAST_NAMES = (
    "Abara", "Berg", "Castro", "Dumas", "Eriksen", "Fontaine", "Garcia", "Haddad", "Ito", "Jensen",
    "Kowalski", "Lindqvist", "Moreau", "Novak", "Okoye", "Petrov", "Rossi", "Santos", "Tanaka",
    "Varga", "Weber", "Yilmaz",
)
ROOMS = ("Dining Room", "Terrace", "Bar", "Garden", "Mezzanine", "Private Room", "Lounge")
COLOURS = ("#8ECAE6", "#FFB4A2", "#B5E48C", "#CDB4DB", "#FFD166", "#90BE6D", "#A0C4FF",
           "#F4A261", "#E9C46A")
SERVER_COLOURS = ("#E4572E", "#17BEBB", "#FFC914", "#76B041", "#7D5BA6", "#F28E2B", "#2E86AB")


def parse_group(text: str) -> tuple[int, int | None]:
    """``N`` (N branches, 12-60 tables each) or ``NxT`` (N branches of T tables)."""
    match = re.fullmatch(r"\s*(\d+)\s*(?:[x×]\s*(\d+))?\s*", text)
    if not match or int(match[1]) < 1 or (match[2] is not None and int(match[2]) < 1):
        raise ValueError(f"not a group: {text!r} (try 30, or 200x24)")
    return int(match[1]), int(match[2]) if match[2] is not None else None


def branch_names(count: int, rng: random.Random) -> list[tuple[str, str]]:
    """``count`` distinct (name, time zone) pairs: each city's central site first."""
    pairs = [(city, zone, hood) for hood in NEIGHBOURHOODS for city, zone in CITIES]
    first, rest = pairs[:len(CITIES)], pairs[len(CITIES):]
    rng.shuffle(first)
    rng.shuffle(rest)
    chosen = (first + rest)[:count]
    out = [(f"{GROUP_NAME} {city} {hood}", zone) for city, zone, hood in chosen]
    for n in range(len(out), count):  # beyond every city and neighbourhood: numbered
        city, zone = CITIES[n % len(CITIES)]
        out.append((f"{GROUP_NAME} {city} {n + 1}", zone))
    return out


def seed_group(repo: Repository, count: int, seed: int, now: datetime,
               tables: int | None = None) -> list[str]:
    """Add ``count`` branches of the group (``tables`` each, else 12-60) and the area
    manager who sees them all; returns the branches' ids in the order added. Once per
    database: the caller seeds it only where the area manager does not exist yet."""
    b = _Builder(repo, random.Random(seed * 104_729 + count), now)
    password = hash_password(DEMO_PASSWORD, salt=b"floorview-group!")
    ids = []
    for name, zone in branch_names(count, b.rng):
        branch_id = b.branch(name, zone)
        ids.append(branch_id)
        size = tables if tables is not None else b.rng.randint(12, 60)
        _site(b, branch_id, size, password)
    area = {"id": b.new_id(), "name": "Morgan Reyes", "email": f"{AREA_MANAGER}@floorview.dev",
            "role": "manager", "branchIds": ids, "color": None}
    repo.add_user(area, password)
    return ids


def _site(b: _Builder, branch_id: str, size: int, password: str) -> None:
    """One branch: its servers, rooms, sections and ``size`` tables."""
    rng = b.rng
    staff: list[dict] = []
    for i in range(max(2, min(7, size // 9))):
        email = f"s{len(b.users) + 1}.{branch_id[:8]}@group.floorview.dev"
        user: dict = {"id": b.new_id(), "name": f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
                "email": email, "role": "server", "branchIds": [branch_id],
                "color": SERVER_COLOURS[i % len(SERVER_COLOURS)]}
        b.repo.add_user(user, password)
        b.users[email] = user
        staff.append(user)
    rooms = 1 if size < 20 else rng.choice((1, 2, 2, 3)) if size < 40 else rng.choice((2, 3))
    names = rng.sample(ROOMS[1:], rooms - 1)
    counts = _split(size, rooms, rng)
    for order, (room_name, count) in enumerate(zip(("Dining Room", *names), counts, strict=True)):
        _room(b, branch_id, room_name, order, count, staff)


def _split(size: int, parts: int, rng: random.Random) -> list[int]:
    """``size`` tables over ``parts`` rooms, the first the largest, none empty."""
    weights = sorted((rng.uniform(0.5, 1.0) for _ in range(parts)), reverse=True)
    counts = [max(1, int(size * w / sum(weights))) for w in weights]
    counts[0] += size - sum(counts)
    return counts


def _room(b: _Builder, branch_id: str, name: str, order: int, count: int,
          staff: list[dict]) -> None:
    """A room of ``count`` tables in staggered rows: two-tops, four-tops, a few six and
    eight; booths along the top wall; rounds on a terrace or garden."""
    rng = b.rng
    columns = max(3, round((count * 1.5) ** 0.5))
    rows = -(-count // columns)
    pitch = 190
    plan = b.plan(branch_id, name, columns * pitch + 60, rows * pitch + 60, order)
    zones = max(1, min(3, count // 8))
    sections = [b.section(plan, f"{name} {'ABC'[i]}" if zones > 1 else name,
                          COLOURS[(order * 3 + i) % len(COLOURS)], staff[(order + i) % len(staff)])
                for i in range(zones)]
    outdoor = name in ("Terrace", "Garden")
    for i in range(count):
        row, col = divmod(i, columns)
        section = sections[min(zones - 1, col * zones // columns)]
        capacity = rng.choice((2, 2, 4, 4, 4, 6)) if i % 11 else 8
        if row == 0 and not outdoor and capacity >= 4:
            shape, w, h = "rectangle", 150, 95
        elif outdoor or capacity == 6:
            shape = "round"
            w = h = 70 + 10 * capacity
        else:
            shape = "square" if capacity <= 4 else "rectangle"
            w, h = (70, 70) if capacity == 2 else (90, 90) if capacity == 4 else (180, 90)
        x = 40 + col * pitch + (pitch // 2 if row % 2 and not outdoor else 0) * 0.3
        y = 40 + row * pitch + rng.uniform(-8, 8) * outdoor
        rotation = 45 if shape == "square" and capacity == 2 and rng.random() < 0.2 else 0
        prefix = name[0] if order else ""
        b.table(plan, section, f"{prefix}{i + 1}", capacity, shape, x, y, w, h, rotation,
                servers=staff)
