"""A believable service, played through the same service calls as REST.

About ``rate`` changes a second, with jitter: walk-ins and reservations seated (never
more guests than seats), parties leaving a table to be cleaned and reset, bookings made,
a guest joining a party, a table taken out of service and back, servers covering for
each other. Every change goes through :class:`Service`, so every one emits its event.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from datetime import datetime

from server_stub.service import ApiError, Service

log = logging.getLogger(__name__)

# The simulator acts as a system administrator: it may change any table.
SYSTEM_ACTOR = {"id": "simulator", "name": "Simulator", "email": "simulator@floorview.dev",
                "role": "admin", "branchIds": [], "color": None}
_REFRESH_SECONDS = 5.0


class Simulator:
    def __init__(self, service: Service, rate: float, seed: int = 0) -> None:
        if rate <= 0:
            raise ValueError("the simulator needs a rate above 0")
        self.service = service
        self.rate = rate
        self.rng = random.Random(seed)
        self.changes = 0
        self._ids: list[str] = []
        self._servers: dict[str, list[str]] = {}
        self._refreshed = float("-inf")

    async def run(self) -> None:
        """Play until cancelled."""
        log.info("simulator: about %s changes a second", self.rate)
        loop = asyncio.get_running_loop()
        due = loop.time()
        while True:
            # Keep to a timetable, so the time each change takes does not slow the rate.
            due += self.rng.uniform(0.5, 1.5) / self.rate
            delay = due - loop.time()
            if delay < -1.0:  # over a second behind (a busy machine): no burst to catch up
                due = loop.time()
            await asyncio.sleep(max(0.0, delay))  # always yield: REST and sockets come first
            try:
                await self.step()
            except ApiError as error:  # e.g. a table deleted meanwhile: try another next time
                log.debug("simulator: %s", error.message)
            except Exception:  # never let one bad step end the service
                log.exception("simulator step failed")

    async def step(self) -> dict | None:
        """Make one change and return the saved table, or None if there is no table."""
        self._refresh()
        if not self._ids:
            return None
        for _ in range(8):
            table = self.service.repo.get_table(self.rng.choice(self._ids))
            if table is None:
                self._refreshed = float("-inf")
                continue
            saved = await self._change(table)
            if saved is not None:
                self.changes += 1
                return saved
        return None

    def _refresh(self) -> None:
        now = time.monotonic()
        if now - self._refreshed < _REFRESH_SECONDS:
            return
        repo = self.service.repo
        self._ids = [t["id"] for t in repo.list_tables()]
        self._servers = {b["id"]: [u["id"] for u in repo.list_users(b["id"], "server")]
                         for b in repo.list_branches()}
        self._refreshed = now

    async def _change(self, table: dict) -> dict | None:
        rng = self.rng
        servers = self._servers.get(table["branchId"], [])
        if rng.random() < 0.08 and servers:
            others = [s for s in servers if s != table["serverId"]] or servers
            return await self._assign(table, rng.choice(others))
        minutes = _minutes_since(table["statusChangedAt"])
        status, capacity = table["status"], table["capacity"]
        if status == "available":
            roll = rng.random()
            if roll < 0.65:
                return await self._status(table, "occupied", self._party(capacity))
            if roll < 0.95:
                return await self._status(table, "reserved", self._party(capacity))
            return await self._status(table, "out_of_service", None)
        if status == "reserved":
            guests = table["guestCount"] or self._party(capacity)
            if rng.random() < 0.2:  # one more or one fewer turned up
                guests = max(1, min(capacity, guests + rng.choice((-1, 1))))
            return await self._status(table, "occupied", guests)
        if status == "occupied":
            if minutes < 20 and rng.random() < 0.7:
                return None  # still on their starters: leave them be
            guests = table["guestCount"] or 1
            if rng.random() < 0.12 and guests < capacity:  # a friend joins
                return await self._status(table, "occupied", guests + 1)
            return await self._status(table, "cleaning", None)
        if status == "cleaning":
            return await self._status(table, "available", None)
        if status == "out_of_service":
            return await self._status(table, "available", None) if rng.random() < 0.3 else None
        # Anything else (a status a newer backend added): put the table back in service.
        return await self._status(table, "available", None)

    def _party(self, capacity: int) -> int:
        # Parties fill most of a table: a four-top mostly seats 2 to 4.
        low = max(1, capacity // 2)
        return self.rng.randint(low, capacity)

    async def _status(self, table: dict, status: str, guests: int | None) -> dict:
        body = {"status": status, "version": table["version"]}
        if guests is not None:
            body["guestCount"] = guests
        return await self.service.update_status(SYSTEM_ACTOR, table["id"], body)

    async def _assign(self, table: dict, server_id: str) -> dict:
        body = {"serverId": server_id, "version": table["version"]}
        return await self.service.assign_server(SYSTEM_ACTOR, table["id"], body)


def _minutes_since(stamp: str) -> float:
    try:
        then = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return 0.0
    return (datetime.now(then.tzinfo) - then).total_seconds() / 60
