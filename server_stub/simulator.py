"""A believable service, played through the same service calls as REST.

Each table lives a restaurant's cycle on the simulator's own clock: it stands available
for a while (longer when the room is quiet), then a walk-in party is seated or a booking
holds it (reserved, the party arriving 10–30 minutes later); a party stays 45–120
minutes, larger parties longer, sometimes joined by a friend; then the table is cleaned
for 3–8 minutes and is available again. Servers keep their tables through a meal: a
table's server changes only between parties, back to its section's server, or to a
colleague covering it for the next party. Now and then a table is taken out of service
and comes back. Every change goes through :class:`Service`, so every one emits its event.

Time: the simulator's clock runs ``speed`` times as fast as the wall clock (1: real time,
as the demo shows it; 60: a minute a second, for tests). ``rate`` caps it: about ``rate``
changes a second at most, whatever the clock says is due; a quiet room makes fewer.
:meth:`Simulator.step` makes the next due change at once, jumping the clock to it. The
same seed and the same tables give the same changes, step by step.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from server_stub.service import ApiError, Service

log = logging.getLogger(__name__)

# The simulator acts as a system administrator: it may change any table.
SYSTEM_ACTOR: dict[str, Any] = {"id": "simulator", "name": "Simulator", "email": "simulator@floorview.dev",
                "role": "admin", "branchIds": [], "color": None}
_REFRESH_SECONDS = 5.0  # real seconds between looks for tables and servers added meanwhile

#: How long a party stays, in minutes: never less, never more.
STAY_MINUTES = (45.0, 120.0)
#: How long a table stands in cleaning, in minutes.
CLEANING_MINUTES = (3.0, 8.0)
#: How long before a booked party arrives, in minutes.
BOOKING_MINUTES = (10.0, 30.0)
_MEAN_IDLE_MINUTES = 12.0  # between parties at the busiest hour; longer when it is quiet
_IDLE_STEP_MINUTES = 5
_RESERVED_SHARE = 0.25  # of new parties, the ones that booked
_JOIN_SHARE = 0.1  # parties a friend joins mid-meal
_COVER_SHARE = 0.04  # free tables a colleague covers for the next party
_OUT_OF_SERVICE_SHARE = 0.01  # free tables taken out of service for a while


def demand(local: datetime) -> float:
    """How busy the room is at this local time: 1 at the dinner peak, a trickle by day, none
    after the last seating (22:30) until morning."""
    h = local.hour + local.minute / 60
    points = ((0, 0.0), (7, 0.0), (7.01, 0.06), (11.75, 0.06), (12.25, 0.5), (13.5, 0.45),
              (14.5, 0.06), (17, 0.02), (18, 0.1), (18.75, 0.5), (19.25, 1.0), (20.5, 0.9),
              (21.25, 0.4), (22, 0.1), (22.5, 0.0), (24, 0.0))
    for (h0, d0), (h1, d1) in itertools.pairwise(points):
        if h0 <= h <= h1:
            return d0 + (d1 - d0) * (h - h0) / (h1 - h0)
    return 0.0


class SimClock:
    """A clock ``speed`` times as fast as ``real`` from ``start`` (settable for steps).

    A :class:`Service` built with ``clock=sim_clock`` stamps its changes on this clock,
    so a compressed evening's ``statusChangedAt`` agree with the simulated stays.
    """

    def __init__(self, start: datetime | None = None, speed: float = 1.0,
                 real: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        if speed <= 0:
            raise ValueError("the clock's speed must be above 0")
        self.speed = speed
        self._real = real
        self._real0 = real()
        self._start = start or self._real0

    def __call__(self) -> datetime:
        return self._start + (self._real() - self._real0) * self.speed

    def advance_to(self, when: datetime) -> None:
        """Jump forward to ``when`` (never back); the clock runs on from there."""
        if when > self():
            self._start, self._real0 = when, self._real()


@dataclass(slots=True)
class _Plan:
    """What the simulator will do to one table next, and when."""

    due: datetime
    version: int  # the version it last wrote or saw; another means someone else changed it
    leave: datetime | None = None  # an occupied table's party leaves then
    joins: bool = False  # a friend joins before the party leaves
    covered: bool = False  # the server was set for this party by a colleague covering


class Simulator:
    def __init__(self, service: Service, rate: float, seed: int = 0, *,
                 speed: float = 1.0, clock: Callable[[], datetime] | None = None) -> None:
        if rate <= 0:
            raise ValueError("the simulator needs a rate above 0")
        self.service = service
        self.rate = rate
        self.rng = random.Random(seed)
        self.changes = 0
        self.clock = clock if isinstance(clock, SimClock) else SimClock(
            clock() if clock else None, speed)
        self._plans: dict[str, _Plan] = {}
        self._queue: list[tuple[datetime, int, str]] = []
        self._order = itertools.count()
        self._servers: dict[str, list[str]] = {}
        self._section_servers: dict[str, str | None] = {}
        self._zones: dict[str, ZoneInfo | None] = {}
        self._refreshed = float("-inf")

    # --- running -----------------------------------------------------------------------

    async def run(self) -> None:
        """Play until cancelled, on the simulator's clock, at most about ``rate`` a second."""
        log.info("simulator: at most about %s changes a second, clock x %s", self.rate,
                 self.clock.speed)
        loop = asyncio.get_running_loop()
        allowed = loop.time()
        while True:
            self._refresh()
            due, now = self._next_due(), self.clock()
            if due is None or due > now:  # nothing due: wait for it (and look again now and then)
                wait = _REFRESH_SECONDS if due is None else (due - now).total_seconds() / self.clock.speed
                await asyncio.sleep(min(wait, _REFRESH_SECONDS))
                continue
            # Keep to a timetable, so the time each change takes does not slow the rate.
            await asyncio.sleep(max(0.0, allowed - loop.time()))  # always yield: REST first
            try:
                await self._make_due(self.clock())
            except ApiError as error:  # e.g. a table deleted meanwhile: its plan goes
                log.debug("simulator: %s", error.message)
            except Exception:  # never let one bad step end the service
                log.exception("simulator step failed")
            # over a second behind (a busy machine): no burst to catch up
            allowed = max(allowed, loop.time() - 1.0) + self.rng.uniform(0.5, 1.5) / self.rate

    async def step(self) -> dict | None:
        """Make the next due change now, the clock jumping to it; the saved table, or None
        if there is no table."""
        self._refresh()
        for _ in range(64):
            due = self._next_due()
            if due is None:
                return None
            self.clock.advance_to(due)
            saved = await self._make_due(self.clock())
            if saved is not None:
                return saved
        return None

    # --- the timetable -------------------------------------------------------------------

    def _next_due(self) -> datetime | None:
        return self._queue[0][0] if self._queue else None

    def _schedule(self, table_id: str, plan: _Plan) -> None:
        self._plans[table_id] = plan
        heapq.heappush(self._queue, (plan.due, next(self._order), table_id))

    async def _make_due(self, now: datetime) -> dict | None:
        """Make the first due change; None when it turned out there was none to make."""
        while self._queue and self._queue[0][0] <= now:
            due, _, table_id = heapq.heappop(self._queue)
            plan = self._plans.get(table_id)
            if plan is None or plan.due != due:
                continue  # rescheduled meanwhile: a later entry stands for it
            table = self.service.repo.get_table(table_id)
            if table is None:  # deleted meanwhile
                del self._plans[table_id]
                continue
            if table["version"] != plan.version:  # someone else changed it: start over
                self._schedule(table_id, self._plan_for(table, now))
                continue
            try:
                saved = await self._change(table, plan, now)
            except ApiError:
                self._plans.pop(table_id, None)
                self._refreshed = float("-inf")  # look at the tables again
                raise
            if saved is not None:
                self.changes += 1
                return saved
        return None

    def _refresh(self) -> None:
        """Plan the tables not planned yet (new ones, at the start); learn the servers."""
        now = time.monotonic()
        if now - self._refreshed < _REFRESH_SECONDS:
            return
        self._refreshed = now
        repo = self.service.repo
        branches = repo.list_branches()
        self._servers = {b["id"]: [u["id"] for u in repo.list_users(b["id"], "server")]
                         for b in branches}
        self._zones = {b["id"]: _zone(b["timezone"]) for b in branches}
        self._section_servers = {s["id"]: s["serverId"] for b in branches
                                 for s in repo.list_sections(b["id"])}
        clock = self.clock()
        for table in repo.list_tables():
            if table["id"] not in self._plans:
                self._schedule(table["id"], self._plan_for(table, clock))

    def _plan_for(self, table: dict, now: datetime) -> _Plan:
        """A plan for a table in whatever state it is found, from when that state began."""
        rng, status, version = self.rng, table["status"], table["version"]
        since = _parse(table["statusChangedAt"]) or now
        if status == "occupied":
            leave = since + self._stay(table["guestCount"] or 2)
            if leave <= now:  # a long meal already: they are asking for the bill
                leave = now + timedelta(minutes=rng.uniform(0.5, 10))
            return _Plan(leave, version, leave=leave)
        if status == "reserved":
            due = max(since + _minutes(rng, BOOKING_MINUTES),
                      now + timedelta(minutes=rng.uniform(0.5, 10)))
            return _Plan(due, version)
        if status == "cleaning":
            due = max(since + _minutes(rng, CLEANING_MINUTES),
                      now + timedelta(minutes=rng.uniform(0.2, 2)))
            return _Plan(due, version)
        if status == "out_of_service":
            due = max(since + timedelta(minutes=rng.uniform(20, 90)),
                      now + timedelta(minutes=rng.uniform(2, 30)))
            return _Plan(due, version)
        if status == "available":
            return _Plan(now + self._idle(table, now), version)
        return _Plan(now, version)  # a status a newer backend added: back in service now

    def _stay(self, guests: int) -> timedelta:
        low, high = STAY_MINUTES
        mode = min(high, 45 + 8 * min(guests, 8))  # a two ~75 min on average, a six ~85
        return timedelta(minutes=self.rng.triangular(low, high, mode))

    def _idle(self, table: dict, now: datetime) -> timedelta:
        """How long a free table waits for its next party: each 5 minutes a party comes
        with a chance that follows the hour's demand (so a free table at 17:00 mostly waits
        for the evening's peak, and none is seated after the last seating)."""
        zone = self._zones.get(table["branchId"]) or UTC
        step = timedelta(minutes=_IDLE_STEP_MINUTES)
        wait = timedelta(minutes=self.rng.uniform(0.5, _IDLE_STEP_MINUTES))
        for _ in range(24 * 60 // _IDLE_STEP_MINUTES):
            chance = _IDLE_STEP_MINUTES / _MEAN_IDLE_MINUTES * demand((now + wait).astimezone(zone))
            if self.rng.random() < chance:
                return wait
            wait += step
        return wait

    # --- one table's next change ---------------------------------------------------------

    async def _change(self, table: dict, plan: _Plan, now: datetime) -> dict | None:
        rng = self.rng
        status, capacity = table["status"], table["capacity"]
        saved: dict | None
        if status == "available":
            home = self._section_servers.get(table["sectionId"] or "")
            others = [s for s in self._servers.get(table["branchId"], [])
                      if s != table["serverId"]]
            if home and table["serverId"] != home and not plan.covered:
                # Between parties the table goes back to its section's server.
                saved = await self._assign(table, home)
                self._schedule(table["id"], _Plan(now + timedelta(minutes=rng.uniform(1, 6)),
                                                  saved["version"]))
                return saved
            if others and not plan.covered and rng.random() < _COVER_SHARE:
                saved = await self._assign(table, rng.choice(others))
                self._schedule(table["id"], _Plan(now + timedelta(minutes=rng.uniform(1, 6)),
                                                  saved["version"], covered=True))
                return saved
            roll = rng.random()
            if roll < _OUT_OF_SERVICE_SHARE:
                saved = await self._status(table, "out_of_service", None)
                due = now + timedelta(minutes=rng.uniform(20, 60))
                self._schedule(table["id"], _Plan(due, saved["version"]))
                return saved
            party = self._party(capacity)
            if roll < _OUT_OF_SERVICE_SHARE + _RESERVED_SHARE:
                saved = await self._status(table, "reserved", party)
                due = now + _minutes(rng, BOOKING_MINUTES)
                self._schedule(table["id"], _Plan(due, saved["version"], covered=plan.covered))
                return saved
            return await self._seat(table, party, now)
        if status == "reserved":
            guests = table["guestCount"] or self._party(capacity)
            if rng.random() < 0.2:  # one more or one fewer turned up
                guests = max(1, min(capacity, guests + rng.choice((-1, 1))))
            return await self._seat(table, guests, now)
        if status == "occupied":
            guests = table["guestCount"] or 1
            if plan.joins and guests < capacity and plan.leave and now < plan.leave:
                saved = await self._status(table, "occupied", guests + 1)  # a friend joins
                self._schedule(table["id"], _Plan(plan.leave, saved["version"],
                                                  leave=plan.leave))
                return saved
            saved = await self._status(table, "cleaning", None)
            self._schedule(table["id"], _Plan(now + _minutes(rng, CLEANING_MINUTES),
                                              saved["version"]))
            return saved
        # cleaning, out of service, or a status a newer backend added: back in service
        saved = await self._status(table, "available", None)
        self._schedule(table["id"], _Plan(now + self._idle(table, now), saved["version"]))
        return saved

    async def _seat(self, table: dict, guests: int, now: datetime) -> dict:
        saved = await self._status(table, "occupied", guests)
        leave = now + self._stay(guests)
        if self.rng.random() < _JOIN_SHARE and guests < table["capacity"]:
            join = now + (leave - now) * self.rng.uniform(0.15, 0.4)
            self._schedule(table["id"], _Plan(join, saved["version"], leave=leave, joins=True))
        else:
            self._schedule(table["id"], _Plan(leave, saved["version"], leave=leave))
        return saved

    def _party(self, capacity: int) -> int:
        # Parties fill most of a table: a four-top mostly seats 2 to 4.
        low = max(1, capacity // 2)
        return self.rng.randint(low, max(low, capacity))

    async def _status(self, table: dict, status: str, guests: int | None) -> dict:
        body = {"status": status, "version": table["version"]}
        if guests is not None:
            body["guestCount"] = guests
        return await self.service.update_status(SYSTEM_ACTOR, table["id"], body)

    async def _assign(self, table: dict, server_id: str) -> dict:
        body = {"serverId": server_id, "version": table["version"]}
        return await self.service.assign_server(SYSTEM_ACTOR, table["id"], body)


def _minutes(rng: random.Random, bounds: tuple[float, float]) -> timedelta:
    return timedelta(minutes=rng.uniform(*bounds))


def _zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _parse(stamp: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat((stamp or "").replace("Z", "+00:00"))
    except ValueError:
        return None
