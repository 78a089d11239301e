"""Seat the next party: a branch's seating options for a party of N, best first.

A host asks it a hundred times a night: a party is at the door, where do they sit, who
serves them, and if nothing is free, how long. :func:`rank` answers from the tables as
they are (and the turn estimates of :mod:`floorview.core.turns`), in this order:

1. *A free table that fits best*: the smallest available table that seats the party (a
   six-top is not spent on a couple while a two-top is free); between tables of the same
   size, the one whose server comes first in the rotation.
2. *When no single table fits, neighbouring free tables whose seats add up*: tables on
   the same floor plan whose shapes (rotated rectangles, circles for round tables) come
   within :data:`JOIN_GAP` floor-plan units of each other, joined into a group in which
   each table is a neighbour of another; the fewest spare seats first, then the fewest
   tables, then one section over several.
3. *When nothing fits now*: the occupied tables that would seat the party, by when they
   are likely free ("likely free next"); then those with no history to estimate from,
   each saying so.

*The rotation* (:func:`rotation`): the servers on the floor (a section's server, or a
table's) in the order they should be given the next party. By default the one whose
last seating is longest ago comes first, and anyone well above the others' covers for
the seats they hold (:func:`well_above`) goes to the back; ``strict`` keeps the plain
order, ``covers`` puts the fewest covers per seat held first.

Qt-free.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from statistics import median
from typing import Any, Literal

from floorview.core.evening import Segment
from floorview.core.journal import service_day
from floorview.core.model import Status, Table, TableSection, format_time
from floorview.core.turns import FreeEstimate

#: Two free tables are neighbours when their edges come this close, in floor-plan units.
#: The demo plans and the contract's example are drawn in centimetres: 120 is an aisle a
#: busser closes by sliding one table over (the demo's centre two-tops and four-tops stand
#: 90-110 apart), while the tables of the next row or the far wall (155 and more) are not
#: pushed together for one party.
JOIN_GAP = 120.0
#: Groups are at most this many tables (a longer chain is not a table a party shares).
MAX_GROUP = 4
#: At most this many options of each kind are offered.
MAX_OPTIONS = 5
#: A server is "well above" the others with more covers than this factor times what the
#: others' median covers per seat would make of the seats the server holds, plus
#: SLACK_COVERS. Per seat: a server who holds three sections' tables seats three times
#: the covers of one who holds one, and is not behind in the rotation for it.
COVERS_FACTOR = 1.5
#: One typical party (the demo's parties are mostly 2 to 4): a server one table ahead of
#: the others is not taken out of the rotation for it, two or three tables ahead is.
SLACK_COVERS = 4

Mode = Literal["rotation", "strict", "covers"]
MODES: tuple[str, ...] = ("rotation", "strict", "covers")


@dataclass(frozen=True, slots=True)
class Option:
    """One way to seat the party: tables, seats, when, who serves, and why in words."""

    tables: tuple[str, ...]  # numbers
    table_ids: tuple[str, ...]
    seats: int
    now: bool
    free_at: datetime | None
    server_id: str | None
    reason: str

    def to_json(self) -> dict[str, Any]:
        return {"tables": list(self.tables), "tableIds": list(self.table_ids),
                "seats": self.seats, "now": self.now,
                "freeAt": _iso(self.free_at), "serverId": self.server_id,
                "reason": self.reason}


def _iso(when: datetime | None) -> str | None:
    return format_time(when) if when is not None else None


@dataclass(slots=True)
class ServerLoad:
    """A server on the floor: when they were last given a party, and their covers."""

    server_id: str
    last_seated: datetime | None = None
    covers: int = 0
    skipped: bool = False  # well above the others' covers
    tables: set[str] = field(default_factory=set)
    seats: int = 0  # of the tables they serve now


def well_above(covers: int, others: Sequence[int], *, seats: int = 0,
               others_seats: Sequence[int] = ()) -> bool:
    """Whether ``covers`` is well above ``others``' (with no others, never).

    Given the seats each holds (``seats``, ``others_seats``, in the order of ``others``):
    more than COVERS_FACTOR × (the others' median covers per seat × ``seats``) +
    SLACK_COVERS, the others without seats left out. Without seats on either side: more
    than COVERS_FACTOR × the others' median covers + SLACK_COVERS.
    """
    if not others:
        return False
    rates = [c / s for c, s in zip(others, others_seats, strict=False) if s > 0]
    if seats > 0 and rates:
        return covers > COVERS_FACTOR * float(median(rates)) * seats + SLACK_COVERS
    return covers > COVERS_FACTOR * float(median(others)) + SLACK_COVERS


def share_guests(party: int, capacities: Sequence[int]) -> list[int]:
    """A party shared out over joined tables in proportion to their seats (largest
    remainders first, the first table on a tie), no table over its seats while the party
    fits, every table with a guest while there are as many guests as tables."""
    if not capacities:
        return []
    total = sum(capacities) or 1
    exact = [party * c / total for c in capacities]
    out = [min(c, math.floor(e)) for c, e in zip(capacities, exact, strict=True)]
    order = sorted(range(len(capacities)), key=lambda i: (-(exact[i] - math.floor(exact[i])), i))
    left = party - sum(out)
    while left > 0:
        room = [i for i in order if out[i] < capacities[i]] or order
        out[room[0]] += 1
        left -= 1
        order = order[1:] + order[:1]
    # every table a guest while guests allow: move one from the fullest
    for i in range(len(out)):
        if out[i] == 0 and party >= len(out):
            donor = max(range(len(out)), key=lambda j: out[j])
            out[donor] -= 1
            out[i] += 1
    return out


def server_of(table: Table, sections: Mapping[str, TableSection]) -> str | None:
    """Who serves a party at ``table``: its section's server, else the table's own."""
    section = sections.get(table.section_id) if table.section_id else None
    if section is not None and section.server_id:
        return section.server_id
    return table.server_id


def loads(tables: Iterable[Table], sections: Mapping[str, TableSection],
          history: Iterable[Segment] = (), *, now: datetime,
          zone: tzinfo | None = None) -> dict[str, ServerLoad]:
    """Every server on the floor (a section's or a table's), with their last seating and
    covers this service day: the parties seated at their tables now and the turns of
    ``history`` seated today (a turn and a table still occupied since the same minute
    count once)."""
    out: dict[str, ServerLoad] = {}
    for s in sections.values():
        if s.server_id:
            out.setdefault(s.server_id, ServerLoad(s.server_id))
    today = service_day(now, zone)
    seen: set[tuple[str, datetime]] = set()
    for t in tables:
        sid = t.server_id if t.status is Status.OCCUPIED else None
        sid = sid or server_of(t, sections)
        if sid is None:
            continue
        load = out.setdefault(sid, ServerLoad(sid))
        if t.id not in load.tables:
            load.tables.add(t.id)
            load.seats += t.capacity
        if t.status is Status.OCCUPIED and t.status_changed_at is not None:
            seen.add((t.id, t.status_changed_at))
            load.covers += t.guest_count or 0
            if load.last_seated is None or t.status_changed_at > load.last_seated:
                load.last_seated = t.status_changed_at
    for turn in history:
        if (turn.status != "occupied" or not turn.server_id or turn.server_id not in out
                or (turn.table_id, turn.start) in seen or turn.start > now):
            continue
        load = out[turn.server_id]
        if load.last_seated is None or turn.start > load.last_seated:
            load.last_seated = turn.start
        if service_day(turn.start, zone) == today:
            load.covers += turn.covers or turn.guests or 0
    return out


def rotation(servers: Mapping[str, ServerLoad], *, mode: Mode = "rotation",
             names: Mapping[str, str] | None = None) -> list[str]:
    """The servers' ids, the next to be given a party first (see the module); marks the
    skipped ones' :attr:`ServerLoad.skipped`."""
    def last(load: ServerLoad) -> float:
        t = load.last_seated
        return t.timestamp() if t is not None else -math.inf

    names = names or {}
    for load in servers.values():
        rest = [o for o in servers.values() if o is not load]
        load.skipped = mode == "rotation" and well_above(
            load.covers, [o.covers for o in rest], seats=load.seats,
            others_seats=[o.seats for o in rest])
    if mode == "covers":
        key = lambda s: (s.covers / s.seats if s.seats else s.covers, last(s),  # noqa: E731
                         names.get(s.server_id, s.server_id))
    else:
        key = lambda s: (s.skipped, last(s), names.get(s.server_id, s.server_id))  # noqa: E731
    return [s.server_id for s in sorted(servers.values(), key=key)]


# -- geometry -------------------------------------------------------------------------

def _corners(t: Table) -> list[tuple[float, float]]:
    cx, cy = t.x + t.width / 2, t.y + t.height / 2
    a = math.radians(t.rotation)
    c, s = math.cos(a), math.sin(a)
    out = []
    for dx, dy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
        px, py = dx * t.width / 2, dy * t.height / 2
        out.append((cx + px * c - py * s, cy + px * s + py * c))
    return out


def _round(t: Table) -> bool:
    return t.shape.value == "round" and abs(t.width - t.height) < 1e-6


def _seg_dist(p: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
    ax, ay = a
    bx, by = b
    px, py = p
    dx, dy = bx - ax, by - ay
    n = dx * dx + dy * dy
    u = 0.0 if n == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / n))
    return math.hypot(px - (ax + u * dx), py - (ay + u * dy))


def _inside(p: tuple[float, float], poly: Sequence[tuple[float, float]]) -> bool:
    sign = 0.0
    for i in range(len(poly)):
        (ax, ay), (bx, by) = poly[i], poly[(i + 1) % len(poly)]
        cross = (bx - ax) * (p[1] - ay) - (by - ay) * (p[0] - ax)
        if cross != 0:
            if sign and (cross > 0) != (sign > 0):
                return False
            sign = cross
    return True


def _poly_dist(p: Sequence[tuple[float, float]], q: Sequence[tuple[float, float]]) -> float:
    if any(_inside(v, q) for v in p) or any(_inside(v, p) for v in q):
        return 0.0
    return min(min(_seg_dist(v, q[i], q[(i + 1) % len(q)]) for v in p for i in range(len(q))),
               min(_seg_dist(v, p[i], p[(i + 1) % len(p)]) for v in q for i in range(len(p))))


def gap(a: Table, b: Table) -> float:
    """The distance between two tables' edges in floor-plan units (0: they touch or
    overlap), each a rectangle turned about its centre, a round table a circle."""
    ca = (a.x + a.width / 2, a.y + a.height / 2)
    cb = (b.x + b.width / 2, b.y + b.height / 2)
    if _round(a) and _round(b):
        return max(0.0, math.dist(ca, cb) - a.width / 2 - b.width / 2)
    if _round(a) or _round(b):
        circle, other = (a, b) if _round(a) else (b, a)
        centre = ca if circle is a else cb
        poly = _corners(other)
        if _inside(centre, poly):
            return 0.0
        d = min(_seg_dist(centre, poly[i], poly[(i + 1) % 4]) for i in range(4))
        return max(0.0, d - circle.width / 2)
    return _poly_dist(_corners(a), _corners(b))


def neighbours(tables: Sequence[Table], within: float = JOIN_GAP) -> dict[str, set[str]]:
    """Each table's neighbours among ``tables``: on its floor plan, edges within ``within``."""
    out: dict[str, set[str]] = {t.id: set() for t in tables}
    for i, a in enumerate(tables):
        reach = within + math.hypot(a.width, a.height) / 2
        for b in tables[i + 1:]:
            if a.floor_plan_id != b.floor_plan_id:
                continue
            far = reach + math.hypot(b.width, b.height) / 2
            if math.dist((a.x + a.width / 2, a.y + a.height / 2),
                         (b.x + b.width / 2, b.y + b.height / 2)) > far:
                continue  # cannot be close: skip the exact test
            if gap(a, b) <= within:
                out[a.id].add(b.id)
                out[b.id].add(a.id)
    return out


def groups(tables: Sequence[Table], party: int, *, within: float = JOIN_GAP,
           max_tables: int = MAX_GROUP, limit: int = 20000) -> list[tuple[Table, ...]]:
    """Connected groups of ``tables`` (2 to ``max_tables``, each a neighbour of another)
    whose seats add up to ``party``, none holding a smaller group that already does."""
    by_id = {t.id: t for t in tables}
    near = neighbours(tables, within)
    found: set[frozenset[str]] = set()
    frontier: list[frozenset[str]] = [frozenset((t.id,)) for t in tables if near[t.id]]
    seen: set[frozenset[str]] = set(frontier)
    visited = 0
    while frontier and visited < limit:
        nxt: list[frozenset[str]] = []
        for g in frontier:
            for tid in sorted(set().union(*(near[i] for i in g)) - g):
                bigger = g | {tid}
                visited += 1
                if bigger in seen:
                    continue
                seen.add(bigger)
                if sum(by_id[i].capacity for i in bigger) >= party:
                    found.add(bigger)
                elif len(bigger) < max_tables:
                    nxt.append(bigger)
        frontier = nxt
    minimal = [g for g in found if not any(o < g for o in found)]
    return [tuple(sorted((by_id[i] for i in g), key=_number_key)) for g in minimal]


def _number_key(t: Table) -> tuple[int, str]:
    digits = "".join(c for c in t.number if c.isdigit())
    return (int(digits) if digits and t.number.isdigit() else 10**9, t.number)


# -- ranking --------------------------------------------------------------------------

def rank(tables: Iterable[Table], party: int, *, now: datetime,
         sections: Mapping[str, TableSection] | None = None,
         names: Mapping[str, str] | None = None,
         estimates: Mapping[str, FreeEstimate | None] | None = None,
         history: Iterable[Segment] = (), zone: tzinfo | None = None,
         mode: Mode = "rotation", within: float = JOIN_GAP) -> list[Option]:
    """The seating options for a party of ``party``, best first (see the module).

    ``names``: servers' names by id, for the reasons; ``estimates``: the occupied tables'
    "likely free" by id (:meth:`TurnBook.estimates`); ``history``: past turns, for the
    rotation's last seatings and today's covers.
    """
    if party < 1:
        raise ValueError("a party is at least one guest")
    tables = list(tables)
    sections = sections or {}
    names = names or {}
    load = loads(tables, sections, history, now=now, zone=zone)
    order = rotation(load, mode=mode, names=names)
    place = {sid: i for i, sid in enumerate(order)}
    first = next((s for s in order if not load[s].skipped), None)

    def who(sid: str | None) -> str:
        if sid is None:
            return "no server assigned"
        name = names.get(sid, sid)
        if sid == first:
            return f"{name}'s section (next in rotation)"
        if load.get(sid) is not None and load[sid].skipped:
            return (f"{name}'s section ({name} is well ahead on covers, "
                    f"{load[sid].covers}, and skipped in the rotation)")
        return f"{name}'s section"

    def rank_of(sid: str | None) -> int:
        return place.get(sid, len(place)) if sid is not None else len(place) + 1

    free = [t for t in tables if t.status is Status.AVAILABLE and t.capacity > 0]
    fits = sorted((t for t in free if t.capacity >= party),
                  key=lambda t: (t.capacity, rank_of(server_of(t, sections)), _number_key(t)))
    if fits:
        out = []
        for t in fits[:MAX_OPTIONS]:
            sid = server_of(t, sections)
            what = ("the smallest free table" if t.capacity == fits[0].capacity
                    else "a larger free table")
            out.append(Option((t.number,), (t.id,), t.capacity, True, None, sid,
                              f"Table {t.number} seats {t.capacity}: {what} for {party}, "
                              f"in {who(sid)}"))
        return out

    found = groups(free, party, within=within)
    if found:
        def group_key(g: tuple[Table, ...]) -> tuple[Any, ...]:
            seats = sum(t.capacity for t in g)
            sids = {server_of(t, sections) for t in g}
            return (seats, len(g), len({t.section_id for t in g}),
                    min(rank_of(s) for s in sids), [_number_key(t) for t in g])

        out = []
        for g in sorted(found, key=group_key)[:MAX_OPTIONS]:
            seats = sum(t.capacity for t in g)
            sid = min((server_of(t, sections) for t in g), key=rank_of)
            listed = _and([t.number for t in g])
            one = len({t.section_id for t in g}) == 1
            out.append(Option(tuple(t.number for t in g), tuple(t.id for t in g), seats,
                              True, None, sid,
                              f"Tables {listed} together seat {seats}: no single free table "
                              f"seats {party}, and these stand side by side "
                              f"({'one section' if one else 'across sections'}), "
                              f"in {who(sid)}"))
        return out

    biggest = max((t.capacity for t in free), default=0)
    nothing = (f"nothing free seats {party} now (the largest free table seats {biggest}, "
               f"and no free neighbours add up)")
    later = [t for t in tables if t.status is Status.OCCUPIED and t.capacity >= party]
    estimates = estimates or {}
    timed = sorted(((t, e) for t in later if (e := estimates.get(t.id)) is not None),
                   key=lambda te: (te[1].free_at, te[0].capacity, _number_key(te[0])))
    out = []
    for t, e in timed[:MAX_OPTIONS]:
        sid = server_of(t, sections)
        mins = max(0, round(e.minutes_left(now)))
        when = "any minute now" if e.is_due(now) else f"in about {mins} min"
        out.append(Option((t.number,), (t.id,), t.capacity, False, e.free_at, sid,
                          f"Table {t.number} seats {t.capacity}: {nothing}; it is likely "
                          f"free {when} ({e.basis}), in {who(sid)}"))
    # then those with no estimate: a host may still watch them
    untimed = sorted((t for t in later if estimates.get(t.id) is None),
                     key=lambda t: (t.capacity, _number_key(t)))
    for t in untimed[:max(0, MAX_OPTIONS - len(out))]:
        sid = server_of(t, sections)
        out.append(Option((t.number,), (t.id,), t.capacity, False, None, sid,
                          f"Table {t.number} seats {t.capacity}: {nothing}; it is occupied "
                          f"and there is no history of parties this size to say when it "
                          f"frees, in {who(sid)}"))
    if out:
        return out
    largest = max((t.capacity for t in tables), default=0)
    return [Option((), (), 0, False, None, None,
                   f"Nothing seats {party}, now or later: the largest table seats "
                   f"{largest}, and no free neighbouring tables add up to {party}")]


def _and(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
