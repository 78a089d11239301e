"""Demo data: two believable restaurants, their staff, and an optional "Stress Hall".

Floor-plan units are centimetres: a two-top is 70 cm across, a booth 170 x 110. Each
room is laid out the way restaurants are: booths along the walls, a row of small tables
at the bar, staggered tables in the middle, round tables on the patio. The same seed
gives the same ids, layout and statuses; only the times move with the clock.
"""

from __future__ import annotations

import math
import random
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from server_stub.auth import hash_password
from server_stub.repo import Repository
from server_stub.service import iso

DEMO_PASSWORD = "demo"
STRESS_BRANCH = "Stress Hall"


@dataclass(frozen=True)
class Login:
    email: str
    role: str
    sees: str


@dataclass
class _Builder:
    repo: Repository
    rng: random.Random
    now: datetime
    users: dict[str, dict] = field(default_factory=dict)

    def new_id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def branch(self, name: str, timezone: str) -> str:
        branch_id = self.new_id()
        self.repo.add_branch({"id": branch_id, "name": name, "timezone": timezone})
        return branch_id

    def user(self, key: str, name: str, role: str, branch_ids: list[str],
             color: str | None = None) -> dict:
        user = {"id": self.new_id(), "name": name, "email": f"{key}@floorview.dev",
                "role": role, "branchIds": branch_ids, "color": color}
        salt = self.rng.getrandbits(128).to_bytes(16, "big")
        self.repo.add_user(user, hash_password(DEMO_PASSWORD, salt=salt))
        self.users[key] = user
        return user

    def plan(self, branch_id: str, name: str, width: int, height: int, order: int) -> dict:
        plan = {"id": self.new_id(), "branchId": branch_id, "name": name,
                "width": width, "height": height, "sortOrder": order}
        self.repo.add_floor_plan(plan)
        return plan

    def section(self, plan: dict, name: str, color: str, server: dict | None) -> dict:
        section = {"id": self.new_id(), "branchId": plan["branchId"], "floorPlanId": plan["id"],
                   "name": name, "color": color, "serverId": server["id"] if server else None}
        self.repo.add_section(section)
        return section

    def table(self, plan: dict, section: dict | None, number: str, capacity: int, shape: str,
              x: float, y: float, width: float, height: float, rotation: float = 0,
              servers: list[dict] | None = None) -> None:
        status, guests, minutes = self._service_state(capacity)
        server_id = section["serverId"] if section else None
        if servers and self.rng.random() < 0.12:  # someone covering a colleague's table
            server_id = self.rng.choice(servers)["id"]
        changed = iso(self.now - timedelta(minutes=minutes))
        self.repo.add_table({
            "id": self.new_id(), "branchId": plan["branchId"], "floorPlanId": plan["id"],
            "sectionId": section["id"] if section else None, "number": number,
            "capacity": capacity, "shape": shape, "x": round(x), "y": round(y),
            "width": width, "height": height, "rotation": rotation,
            "status": status, "guestCount": guests, "serverId": server_id,
            "statusChangedAt": changed,
            "updatedAt": iso(self.now - timedelta(minutes=minutes * self.rng.uniform(0, 1))),
            "version": self.rng.randint(1, 40),
        })

    def _service_state(self, capacity: int) -> tuple[str, int | None, float]:
        """A status mid-service, a party size that fits, and minutes since it changed."""
        rng = self.rng
        roll = rng.random()
        if roll < 0.46:
            party = max(1, min(capacity, capacity - rng.choice((0, 0, 1, 1, 2))))
            return "occupied", party, rng.uniform(4, 125)
        if roll < 0.76:
            return "available", None, rng.uniform(3, 95)
        if roll < 0.88:
            return "reserved", max(1, min(capacity, rng.randint(2, capacity + 1))), \
                rng.uniform(5, 55)
        if roll < 0.97:
            return "cleaning", None, rng.uniform(0.5, 7)
        return "out_of_service", None, rng.uniform(90, 600)


def seed_demo(repo: Repository, seed: int, now: datetime) -> None:
    """Fill an empty database with the two demo branches and their staff."""
    b = _Builder(repo, random.Random(seed), now)
    harbour = b.branch("Harbour Street", "Europe/London")
    old_town = b.branch("Old Town", "Europe/Berlin")

    b.user("admin", "Alex Morgan", "admin", [])
    b.user("manager", "Maya Patel", "manager", [harbour, old_town])
    b.user("host", "Hugo Silva", "host", [harbour])
    harbour_staff = [
        b.user("ana", "Ana Costa", "server", [harbour], "#E4572E"),
        b.user("ben", "Ben Okafor", "server", [harbour], "#17BEBB"),
        b.user("chloe", "Chloé Martin", "server", [harbour], "#FFC914"),
        b.user("dev", "Dev Sharma", "server", [harbour], "#76B041"),
    ]
    old_town_staff = [
        b.user("elif", "Elif Yılmaz", "server", [old_town], "#7D5BA6"),
        b.user("femi", "Femi Adeyemi", "server", [old_town], "#F28E2B"),
        b.user("gus", "Gus Larsen", "server", [harbour, old_town], "#2E86AB"),
    ]
    _harbour_street(b, harbour, harbour_staff + [old_town_staff[2]])
    _old_town(b, old_town, old_town_staff)


def _harbour_street(b: _Builder, branch: str, staff: list[dict]) -> None:
    ana, ben, chloe, dev, gus = staff

    # Main Dining, 14 m x 9 m: windows on the top wall, kitchen door bottom right.
    main = b.plan(branch, "Main Dining", 1400, 900, 0)
    window = b.section(main, "Window booths", "#8ECAE6", ana)
    centre = b.section(main, "Centre floor", "#FFB4A2", ben)
    back = b.section(main, "Back wall", "#B5E48C", chloe)
    for i in range(6):  # booths against the window
        b.table(main, window, str(i + 1), 6 if i in (0, 5) else 4, "rectangle",
                70 + i * 215, 25, 170, 110, servers=staff)
    for i, y in enumerate((260, 470, 680)):  # booths along the left wall, turned 90°
        b.table(main, back, str(7 + i), 4, "rectangle", -5, y, 170, 110, 90, servers=staff)
    # Centre: staggered rows of four-tops with two-tops between.
    layout = [("10", "round", 4, 290, 300), ("11", "square", 2, 480, 320),
              ("12", "round", 4, 640, 290), ("14", "square", 2, 830, 320),
              ("15", "round", 4, 990, 300), ("16", "round", 4, 380, 520),
              ("17", "square", 2, 560, 540), ("18", "round", 4, 730, 510),
              ("19", "square", 2, 910, 540), ("21", "square", 4, 300, 720),
              ("22", "square", 4, 470, 720)]
    for number, shape, cap, x, y in layout:
        size = 90 if cap == 4 else 70
        rotation = 45 if shape == "square" and cap == 2 and number in ("11", "19") else 0
        b.table(main, centre, number, cap, shape, x, y, size, size, rotation, servers=staff)
    b.table(main, back, "20", 8, "rectangle", 1140, 520, 220, 100, 90, servers=staff)
    b.table(main, back, "24", 6, "round", 700, 720, 130, 130, servers=staff)

    # Bar & Lounge, 10 m x 5 m: the counter along the top, high tops below.
    bar = b.plan(branch, "Bar & Lounge", 1000, 500, 1)
    counter = b.section(bar, "Bar", "#CDB4DB", dev)
    lounge = b.section(bar, "Lounge", "#FFD166", gus)
    for i in range(8):
        shape = "round" if i % 2 == 0 else "square"
        b.table(bar, counter, f"Bar {i + 1}", 2, shape, 60 + i * 110, 90, 55, 55,
                servers=staff)
    for i, (x, y, rot) in enumerate(((120, 300, 0), (330, 320, 45), (540, 300, 0),
                                     (750, 320, 45))):
        b.table(bar, lounge, f"H{i + 1}", 4, "square", x, y, 80, 80, rot, servers=staff)
    b.table(bar, lounge, "Sofa", 6, "rectangle", 850, 250, 160, 90, 90, servers=staff)

    # Patio, 10 m x 7 m: round tables under umbrellas, not quite in rows.
    patio = b.plan(branch, "Patio", 1000, 700, 2)
    terrace = b.section(patio, "Patio", "#90BE6D", gus)
    spots = [(60, 60), (270, 80), (480, 50), (700, 90), (880, 60),
             (110, 300), (330, 320), (560, 290), (790, 330),
             (180, 530), (420, 520)]
    for i, (x, y) in enumerate(spots):
        big = i in (2, 7, 9)
        size = 120 if big else 90
        b.table(patio, terrace, f"P{i + 1}", 6 if big else 4, "round",
                x + b.rng.uniform(-12, 12), y + b.rng.uniform(-12, 12), size, size,
                servers=staff)
    b.table(patio, terrace, "P12", 8, "rectangle", 680, 540, 240, 100, servers=staff)


def _old_town(b: _Builder, branch: str, staff: list[dict]) -> None:
    elif_, femi, gus = staff

    # Dining Room, 11 m x 8 m: booths on the right wall, a chef's table by the pass.
    room = b.plan(branch, "Dining Room", 1100, 800, 0)
    booths = b.section(room, "Booths", "#A0C4FF", elif_)
    floor = b.section(room, "Floor", "#F4A261", femi)
    for i in range(5):  # booths against the right wall, turned 90°
        b.table(room, booths, f"B{i + 1}", 4, "rectangle", 950, 40 + i * 150, 150, 100, 90,
                servers=staff)
    grid = [("30", "round", 4, 120, 90), ("31", "round", 4, 320, 100),
            ("32", "square", 2, 520, 90), ("33", "square", 2, 680, 100),
            ("34", "rectangle", 6, 130, 300), ("35", "round", 4, 420, 320),
            ("36", "square", 2, 620, 330), ("37", "round", 4, 760, 300),
            ("38", "square", 4, 250, 520), ("39", "square", 4, 450, 540)]
    for number, shape, cap, x, y in grid:
        w, h = {"round": (90, 90), "square": (70, 70) if cap == 2 else (85, 85),
                "rectangle": (180, 90)}[shape]
        rotation = 45 if number == "36" else 0
        b.table(room, floor, number, cap, shape, x, y, w, h, rotation, servers=staff)
    b.table(room, floor, "Chef's", 10, "rectangle", 620, 600, 280, 100, servers=staff)

    # Terrace, 9 m x 4 m: a strip along the street: two-tops against the facade, four-tops
    # by the kerb, two of them turned to fit between the planters.
    terrace_plan = b.plan(branch, "Terrace", 900, 400, 1)
    terrace = b.section(terrace_plan, "Terrace", "#E9C46A", gus)
    for i in range(5):
        b.table(terrace_plan, terrace, f"T{i + 1}", 2, "round",
                50 + i * 170 + b.rng.uniform(-10, 10), 40, 70, 70, servers=staff)
    for i in range(4):
        b.table(terrace_plan, terrace, f"T{i + 6}", 4, "square", 110 + i * 190, 230, 85, 85,
                45 if i in (1, 2) else 0, servers=staff)


def seed_stress_hall(repo: Repository, size: int, seed: int, now: datetime) -> None:
    """A branch "Stress Hall" with ``size`` tables, for load tests (rows of mixed tables).

    Admins see it; so does every manager, and each of its servers.
    """
    b = _Builder(repo, random.Random(seed * 7919 + size), now)
    branch = b.branch(STRESS_BRANCH, "UTC")
    colors = ["#E63946", "#2A9D8F", "#E9C46A", "#6A4C93", "#F77F00", "#1D3557"]
    staff = [b.user(f"stress{i + 1}", f"Stress Server {i + 1}", "server", [branch], color)
             for i, color in enumerate(colors)]
    for user in repo_managers(repo):
        repo.grant_branch(user, branch)
    columns = max(1, math.ceil(math.sqrt(size * 1.6)))
    rows = max(1, math.ceil(size / columns))
    plan = b.plan(branch, "Hall", columns * 130 + 40, rows * 130 + 40, 0)
    sections = [b.section(plan, f"Zone {i + 1}", colors[i], staff[i]) for i in range(6)]
    for i in range(size):
        row, col = divmod(i, columns)
        shape = ("round", "square", "rectangle")[i % 3]
        w, h = (100, 60) if shape == "rectangle" else (70, 70)
        section = sections[min(5, col * 6 // columns)]
        b.table(plan, section, f"S{i + 1}", 2 + (i % 4) * 2 if shape != "square" else 2,
                shape, 40 + col * 130, 40 + row * 130, w, h, 90 * (i % 7 == 0),
                servers=staff)


def repo_managers(repo: Repository) -> list[str]:
    """Ids of every manager, who see the Stress Hall too."""
    return [u["id"] for b in repo.list_branches() for u in repo.list_users(b["id"], "manager")]


def logins(repo: Repository) -> list[Login]:
    """Every demo login that exists in ``repo``, for the start-up banner."""
    found = []
    seen: set[str] = set()
    branches = {b["id"]: b["name"] for b in repo.list_branches()}
    for branch_id in branches:
        for user in repo.list_users(branch_id):
            if (user["id"] not in seen and not user["email"].startswith("stress")
                    and not user["email"].endswith("@group.floorview.dev")):
                seen.add(user["id"])
                sees = (", ".join(branches[b] for b in user["branchIds"])
                        if len(user["branchIds"]) <= 3 else f"{len(user['branchIds'])} branches")
                found.append(Login(user["email"], user["role"], sees))
    admin = repo.find_login("admin@floorview.dev")
    if admin:
        found.insert(0, Login("admin@floorview.dev", "admin", "every branch"))
    return found
