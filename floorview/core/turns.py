"""Turn times while the floor is live: "likely free next" and the tables over time.

*Likely free next.* A turn is one party at one table, seated to cleared (see
:mod:`floorview.core.evening`). An occupied table is likely free at its seating plus the
median of the last ``n`` (8) *comparable* turns the branch has had. Comparable, from the
narrowest to the widest, the first with at least ``min_turns`` (4) turns deciding:

1. the same party band (1–2, 3–4, 5–6, 7+), seated within ``window`` (±60 min) of the
   same time of day;
2. the same party band, within twice that (±120 min);
3. the same party band, at any time of day.

With fewer than ``min_turns`` even at any time of day there is no estimate (None), and
the screen says "no history": a party of eight is never quoted from two-tops' turns.

:class:`TurnBook` holds the history (the branch's journals, read off the GUI thread, plus
every turn this screen sees end) and answers :meth:`TurnBook.estimate` for each table.

*Over time.* :class:`OverTime` marks an occupied table from the minute its time in
status reaches the red threshold until its status changes or a host acknowledges it;
each crossing is reported once (for a sound), never again at each tick.

Qt-free.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from statistics import median
from typing import Any

from floorview.core.evening import PARTY_BANDS, Segment, party_band
from floorview.core.model import Status, Table, minutes_between
from floorview.core.store import BranchStore, Update
from floorview.core.words import translate

#: The estimate is the median of at most this many of the latest comparable turns.
TURNS = 8
#: Fewer comparable turns than this at every level: no estimate.
MIN_TURNS = 4
#: A seating cleared sooner than this is a correction (a wrong table tapped, a party
#: that did not stay), not a meal: it is not a turn an estimate learns from. Without it,
#: a host's three quick Occupied → Available taps made every new party "free now".
SHORTEST_TURN_MINUTES = 10.0
#: Level 1's time-of-day window: seated within this many minutes either side.
WINDOW_MINUTES = 60
#: At most this many turns of a party size are kept, the latest (28 days of a busy
#: branch's evenings are a few thousand; unbounded, a host stand left on kept every turn
#: it ever saw).
MAX_TURNS = 20_000
#: The levels, narrowest first: minutes either side of the time of day (None: any time).
LEVELS: tuple[float | None, ...] = (WINDOW_MINUTES, 2 * WINDOW_MINUTES, None)


@dataclass(frozen=True, slots=True)
class FreeEstimate:
    """When an occupied table is likely free, and what that rests on."""

    free_at: datetime
    median_minutes: float
    turns: int  # how many comparable turns it is the median of
    level: int  # 1, 2 or 3: which of LEVELS decided
    band: str  # the party band ("3–4")

    def minutes_left(self, now: datetime) -> float:
        return (self.free_at - now).total_seconds() / 60

    def is_due(self, now: datetime) -> bool:
        """Whether the table is likely free by now (its time has come, to the minute)."""
        return self.minutes_left(now) < 0.5

    @property
    def basis(self) -> str:
        """What it rests on, for a tooltip: "median of 8 turns of parties of 3–4 seated
        within an hour of this time"."""
        if self.level == 3:
            where = translate("Turns", "at any time of day")
        else:
            where = translate("Turns", "seated within {0} of this time of day").format(
                _span(self.level * WINDOW_MINUTES))
        turns = self.turns
        return translate("Turns", "median of %n turns of parties of {0}, {1}", None, turns).format(
            self.band, where)


def _span(minutes: float) -> str:
    if minutes == 60:
        return translate("Turns", "an hour")
    return translate("Turns", "{0} hours").format(f"{minutes / 60:g}")


def minute_of_day(when: datetime, zone: tzinfo | None) -> float:
    local = when.astimezone(zone)
    return local.hour * 60 + local.minute + local.second / 60


def _apart(a: float, b: float) -> float:
    """Minutes between two times of day, round the clock (23:30 and 00:30: 60)."""
    m = abs(a - b) % 1440
    return min(m, 1440 - m)


def estimate(history: Sequence[Segment], *, party: int | None, seated: datetime,
             zone: tzinfo | None = None, n: int = TURNS, min_turns: int = MIN_TURNS,
             levels: Sequence[float | None] = LEVELS) -> FreeEstimate | None:
    """The estimate for a party of ``party`` seated at ``seated`` from ``history`` (turns
    in any order; only those seated before ``seated`` count), or None (see the module)."""
    band = party_band(party)
    at = minute_of_day(seated, zone)
    past = sorted((_Turn(t.start, minute_of_day(t.start, zone), t.minutes or 0.0)
                   for t in history if t.end is not None and t.status == "occupied"
                   and t.start < seated and party_band(t.guests) == band
                   and (t.minutes or 0.0) >= SHORTEST_TURN_MINUTES),
                  key=lambda t: t.start, reverse=True)
    return _estimate(past, band, at, seated, n, min_turns, levels)


@dataclass(frozen=True, slots=True)
class _Turn:
    """What an estimate reads of a turn (its time of day worked out once: converting
    every turn's start to the branch's clock was most of an estimate's time)."""

    start: datetime
    minute: float  # of the day, on the branch's clock
    minutes: float  # how long it took


def _estimate(newest_first: Iterable[_Turn], band: str, at: float, seated: datetime,
              n: int, min_turns: int, levels: Sequence[float | None]) -> FreeEstimate | None:
    found: list[list[float]] = [[] for _ in levels]
    for t in newest_first:
        if t.start >= seated:
            continue
        apart = _apart(t.minute, at)
        for i, window in enumerate(levels):
            if (window is None or apart <= window) and len(found[i]) < n:
                found[i].append(t.minutes)
        if len(found[0]) >= n:
            break  # the narrowest level is full: it decides
    for i, minutes in enumerate(found):
        if len(minutes) >= min_turns:
            m = float(median(minutes))
            return FreeEstimate(seated + timedelta(minutes=m), m, len(minutes), i + 1, band)
    return None


class TurnBook:
    """The branch's turns, for the estimates: the journals' history (:meth:`set_history`)
    and each turn the store shows ending while subscribed.

    Args:
        store: the branch's store (subscribed until :meth:`detach`).
        clock: "now", when a change has no server time.
        turns, min_turns: see :func:`estimate`.
    """

    def __init__(self, store: BranchStore, *, clock: Callable[[], datetime],
                 turns: int = TURNS, min_turns: int = MIN_TURNS) -> None:
        self.store = store
        self.clock = clock
        self.turns = turns
        self.min_turns = min_turns
        self._bands: dict[str, list[Segment]] = {b: [] for b in PARTY_BANDS}
        self._read: dict[str, list[_Turn]] = {}  # each band's, as estimates read them
        self._zone: tzinfo | None = None  # the clock self._read is on
        self._known: set[tuple[str, datetime]] = set()
        self._seated: dict[str, tuple[datetime, int | None]] = {}
        self._version = {b: 0 for b in PARTY_BANDS}
        self._cache: dict[str, tuple[tuple[Any, ...], FreeEstimate | None]] = {}
        self._listeners: list[Callable[[], None]] = []
        for t in store.tables.values():
            if t.status is Status.OCCUPIED and t.status_changed_at:
                self._seated[t.id] = (t.status_changed_at, t.guest_count)
        self._unsubscribe: Callable[[], None] | None = store.subscribe(self.on_update)

    def detach(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self._listeners.clear()

    def subscribe(self, listener: Callable[[], None]) -> Callable[[], None]:
        """Call ``listener()`` whenever the history grew (estimates may have changed)."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    @property
    def history(self) -> list[Segment]:
        """Every turn held, oldest first."""
        return sorted((t for b in self._bands.values() for t in b), key=lambda t: t.start)

    def set_history(self, turns: Iterable[Segment]) -> None:
        """Add past evenings' turns (a turn already held, by table and seating, is not
        added twice: today's journal also holds the turns seen since the start)."""
        self._add(turns)

    def _add(self, turns: Iterable[Segment]) -> None:
        grew = set()
        for t in turns:
            if t.end is None or t.status != "occupied" or (t.table_id, t.start) in self._known:
                continue
            if (t.minutes or 0.0) < SHORTEST_TURN_MINUTES:
                continue  # a correction, not a meal
            self._known.add((t.table_id, t.start))
            band = party_band(t.guests)
            self._bands[band].append(t)
            grew.add(band)
        for band in grew:
            kept = self._bands[band]
            kept.sort(key=lambda t: t.start)
            if len(kept) > MAX_TURNS + MAX_TURNS // 10:
                gone = kept[:len(kept) - MAX_TURNS]
                del kept[:len(kept) - MAX_TURNS]
                self._known.difference_update((t.table_id, t.start) for t in gone)
            self._version[band] += 1
            self._read.pop(band, None)
        if grew:
            for listener in list(self._listeners):
                listener()

    def on_update(self, update: Update) -> None:
        """Learn the turns that ended (seated → anything else, or deleted)."""
        ended = []
        for change in update.changes:
            a, b, tid = change.after, change.before, change.table_id
            if a is not None and a.status is Status.OCCUPIED:
                if b is None or b.status is not Status.OCCUPIED or tid not in self._seated:
                    self._seated[tid] = (a.status_changed_at or self.clock(), a.guest_count)
                continue
            seated = self._seated.pop(tid, None)
            if seated is not None and b is not None and b.status is Status.OCCUPIED:
                end = (a.status_changed_at if a else None) or self.clock()
                if end > seated[0]:
                    ended.append(Segment(tid, b.number, "occupied", seated[0], end,
                                         guests=seated[1] if seated[1] is not None
                                         else b.guest_count,
                                         covers=b.guest_count or 0, server_id=b.server_id))
        if ended:
            self._add(ended)

    def estimate(self, table: Table) -> FreeEstimate | None:
        """The table's estimate; None when it is not occupied or the history is too thin."""
        if table.status is not Status.OCCUPIED:
            return None
        seated, party = self._seated.get(table.id, (None, None))
        seated = table.status_changed_at or seated or self.clock()
        party = table.guest_count if table.guest_count is not None else party
        band = party_band(party)
        zone = self.store.branch.zone if self.store.branch else None
        key = (seated, band, self._version[band], self.turns, self.min_turns, zone)
        hit = self._cache.get(table.id)
        if hit is not None and hit[0] == key:
            return hit[1]
        if zone != self._zone:
            self._zone, self._read = zone, {}
        read = self._read.get(band)
        if read is None:
            read = self._read[band] = [_Turn(t.start, minute_of_day(t.start, zone),
                                             t.minutes or 0.0) for t in self._bands[band]]
        est = _estimate(reversed(read), band, minute_of_day(seated, zone), seated,
                        self.turns, self.min_turns, LEVELS)
        self._cache[table.id] = (key, est)
        if len(self._cache) > 4 * max(64, len(self.store.tables)):
            self._cache.clear()  # deleted tables' entries, now and then
        return est

    def estimates(self) -> dict[str, FreeEstimate | None]:
        """Every occupied table's estimate, by id (None: no history)."""
        return {t.id: self.estimate(t) for t in self.store.tables.values()
                if t.status is Status.OCCUPIED}


class OverTime:
    """Occupied tables past the red threshold, marked until handled.

    A table is marked from the update where its time occupied reaches ``red_minutes``
    until its status changes (a new ``statusChangedAt``) or :meth:`acknowledge`; an
    acknowledged table stays unmarked until it is seated again. :meth:`update` returns
    the tables that crossed since the last one (each crossing once): a table first seen
    already over time (at the start, after a resync) is marked but not returned, since it
    crossed while this screen was not looking.
    """

    def __init__(self, red_minutes: int) -> None:
        self.red_minutes = red_minutes
        self._state: dict[str, tuple[datetime, bool]] = {}  # id → (seated, acknowledged)
        self._under: dict[str, datetime] = {}  # id → seated, of occupied tables under red

    @property
    def marked(self) -> frozenset[str]:
        return frozenset(tid for tid, (_, ack) in self._state.items() if not ack)

    def update(self, tables: Iterable[Table], now: datetime) -> list[str]:
        crossed = []
        over: dict[str, datetime] = {}
        under: dict[str, datetime] = {}
        for t in tables:
            minutes = minutes_between(t.status_changed_at, now)
            if t.status is not Status.OCCUPIED or minutes is None:
                continue
            since = t.status_changed_at
            assert since is not None  # minutes_between gives None without it
            (over if minutes >= self.red_minutes else under)[t.id] = since
        for tid in list(self._state):
            if over.get(tid) != self._state[tid][0]:
                del self._state[tid]  # handled: its status changed (or no longer over)
        for tid, seated in over.items():
            if tid not in self._state:
                self._state[tid] = (seated, False)
                if self._under.get(tid) == seated:
                    crossed.append(tid)
        self._under = under
        return sorted(crossed)

    def acknowledge(self, table_id: str) -> bool:
        """A host saw it: unmark it until it is seated again. False if it was not marked."""
        state = self._state.get(table_id)
        if state is None or state[1]:
            return False
        self._state[table_id] = (state[0], True)
        return True
