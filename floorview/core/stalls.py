"""Tables that stall: a status that has lasted well past what it usually lasts.

A table left in cleaning for 18 minutes where cleanings take about 6, a booking held
40 minutes past its usual wait, a party still seated long after parties of its size
usually leave at that time of day: each is a table a host should look at. What
"usually" means is learned from the branch's journals (every closed segment of a
status, :func:`floorview.core.evening.segments_for`) and from what this screen sees
end, as :mod:`floorview.core.turns` learns turn lengths.

*Comparable* lengths, from the narrowest to the widest, the first with at least
``min_samples`` (:data:`MIN_SAMPLES`) deciding: the same status and party band
(:func:`~floorview.core.evening.party_band`), begun within ±60 minutes of the same time
of day; within ±120 minutes; at any time of day. At most the latest :data:`SAMPLES` of
them count. A cleaning's party is the party that left the table (cleaning clears the
guest count); when that is not known, cleanings of every party size are compared.

The rule: a table stalls once its time in the status passes *both* the 90th percentile
of the comparable lengths and their median plus :data:`MARGIN_MINUTES`: never a fixed
threshold, and never for a minute or two past a tight habit (cleanings of 5 to 7
minutes do not make an 8-minute one a stall). With too little history (fewer than
``min_samples`` comparable lengths even at any time of day) it says nothing.

Watched: occupied, reserved and cleaning (a free table waiting is not stalling, and an
out-of-service one is out on purpose).

Qt-free.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo

from floorview.core.evening import Segment, party_band
from floorview.core.model import GUEST_STATUSES, Status, Table
from floorview.core.store import BranchStore, Update
from floorview.core.turns import LEVELS, WINDOW_MINUTES, minute_of_day

#: The statuses whose length is watched.
WATCHED = frozenset({Status.OCCUPIED, Status.RESERVED, Status.CLEANING})
#: Fewer comparable lengths than this at every level: no judgement.
MIN_SAMPLES = 5
_WATCHED_BY_TEXT = {s.value: s for s in WATCHED}
_WORD = {Status.OCCUPIED: "seated", Status.RESERVED: "reserved", Status.CLEANING: "cleaning"}
#: At most this many of the latest comparable lengths count.
SAMPLES = 30
#: At most this many segments are kept, the latest: a busy branch's 28 days of evenings
#: are ~40,000; unbounded, a host stand left on held every one it ever saw (a stress
#: test grew the app by 0.5 KB a change, 100 MB over 200,000 changes).
MAX_SEGMENTS = 50_000
#: The share of comparable lengths a stalled one has outlasted.
QUANTILE = 0.9
#: ...and it lasted at least this many minutes past their median.
MARGIN_MINUTES = 5.0
#: A status left sooner than this is a correction (a wrong tap), not a length to learn.
SHORTEST_MINUTES = 0.5


@dataclass(frozen=True, slots=True)
class Usual:
    """What a status usually lasts, and from what."""

    median: float  # minutes
    limit: float  # minutes: past this it stalls
    samples: int  # how many comparable lengths
    level: int  # 1, 2 or 3: which of LEVELS decided
    band: str | None  # the party band compared ("3–4"), None: every size


@dataclass(frozen=True, slots=True)
class Stall:
    """A table whose status has lasted past its :class:`Usual` limit."""

    table_id: str
    number: str
    status: Status
    since: datetime
    minutes: float
    usual: Usual

    @property
    def words(self) -> str:
        """"cleaning 18m — usually 6m", "seated 2h 00m — usually 1h 10m" (in English: the
        core has no translations)."""
        return (f"{_WORD[self.status]} {duration(self.minutes)} — usually "
                f"{duration(self.usual.median)}")

    @property
    def basis(self) -> str:
        """What "usually" rests on, for a tooltip."""
        where = {1: f"begun within {WINDOW_MINUTES} min of this time of day",
                 2: f"begun within {2 * WINDOW_MINUTES} min of this time of day",
                 3: "at any time of day"}[self.usual.level]
        size = (f"parties of {self.usual.band}" if self.usual.band is not None
                else "every party size")
        return f"median of {self.usual.samples} past {_WORD[self.status]} spells, {size}, {where}"


def duration(minutes: float) -> str:
    """Minutes as the floor shows a time in status: "18m", "1h 05m"."""
    m = max(0, int(minutes))
    return f"{m}m" if m < 60 else f"{m // 60}h {m % 60:02d}m"


@dataclass(frozen=True, slots=True)
class _Sample:
    start: datetime
    minute: float  # of the day, on the branch's clock
    minutes: float
    band: str | None


def _apart(a: float, b: float) -> float:
    m = abs(a - b) % 1440
    return min(m, 1440 - m)


def usual(samples: Iterable[_Sample], *, band: str | None, at: float,
          n: int = SAMPLES, min_samples: int = MIN_SAMPLES,
          levels: Sequence[float | None] = LEVELS) -> Usual | None:
    """What lengths like these usually are, from ``samples`` newest first (see the
    module), or None with too little history."""
    found: list[list[float]] = [[] for _ in levels]
    for s in samples:
        if band is not None and s.band != band:
            continue
        apart = _apart(s.minute, at)
        for i, window in enumerate(levels):
            if (window is None or apart <= window) and len(found[i]) < n:
                found[i].append(s.minutes)
        if len(found[0]) >= n:
            break
    for i, minutes in enumerate(found):
        if len(minutes) >= min_samples:
            mid = float(statistics.median(minutes))
            high = statistics.quantiles(minutes, n=100, method="inclusive")[round(QUANTILE * 100) - 1]
            return Usual(mid, max(float(high), mid + MARGIN_MINUTES), len(minutes), i + 1, band)
    return None


def samples_of(segments: Iterable[Segment], zone: tzinfo | None) -> dict[Status, list[_Sample]]:
    """The watched statuses' closed segments as samples, oldest first, each with its
    party band (a cleaning's: the party that left the table just before it)."""
    by_table: dict[str, list[Segment]] = {}
    for s in segments:
        by_table.setdefault(s.table_id, []).append(s)
    out: dict[Status, list[_Sample]] = {s: [] for s in WATCHED}
    for segs in by_table.values():
        segs.sort(key=lambda s: s.start)
        before: Segment | None = None
        for s in segs:
            status = _WATCHED_BY_TEXT.get(s.status)
            if status is not None and s.end is not None and (s.minutes or 0) >= SHORTEST_MINUTES:
                out[status].append(_Sample(s.start, minute_of_day(s.start, zone),
                                           s.minutes or 0.0, _band(status, s, before)))
            before = s
    for lst in out.values():
        lst.sort(key=lambda s: s.start)
    return out


def _band(status: Status, seg: Segment, before: Segment | None) -> str | None:
    if status in GUEST_STATUSES:
        return party_band(seg.guests)
    if (before is not None and before.status == "occupied" and before.end == seg.start
            and before.guests):
        return party_band(before.guests)
    return None


class StallBook:
    """The branch's status lengths, and which tables stall now.

    The history comes from past journals (:meth:`set_history`) and from every status
    the store shows ending while subscribed. :meth:`update` tells which tables stall at
    ``now`` and which began to since the last call (each stall once).

    Args:
        store: the branch's store (subscribed until :meth:`detach`).
        clock: "now", when a change has no server time.
    """

    def __init__(self, store: BranchStore, *, clock: Callable[[], datetime],
                 min_samples: int = MIN_SAMPLES) -> None:
        self.store = store
        self.clock = clock
        self.min_samples = min_samples
        self._segments: list[Segment] = []
        self._known: set[tuple[str, datetime, str]] = set()
        self._samples: dict[Status, list[_Sample]] | None = None
        self._zone: tzinfo | None = None
        #: each table's current status: (status, since, the party it is for)
        self._current: dict[str, tuple[Status, datetime, int | None]] = {}
        self._stalled: dict[str, Stall] = {}
        self._told: set[tuple[str, datetime]] = set()
        self._version = 0  # of the history: a cached usual of an older one is not used
        self._cache: dict[str, tuple[tuple[object, ...], Usual | None]] = {}
        self._by_minute: dict[tuple[object, ...], Usual | None] = {}
        for t in store.tables.values():
            if t.status_changed_at:
                self._current[t.id] = (t.status, t.status_changed_at, t.guest_count)
        self._unsubscribe: Callable[[], None] | None = store.subscribe(self.on_update)

    def detach(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    @property
    def stalled(self) -> dict[str, Stall]:
        """The tables stalled at the last :meth:`update`, by id."""
        return dict(self._stalled)

    def set_history(self, segments: Iterable[Segment]) -> None:
        """Add past evenings' segments (one already held, by table, start and status, is
        not added twice: today's journal also holds what this screen saw end)."""
        added = False
        for s in segments:
            key = (s.table_id, s.start, s.status)
            if s.end is None or key in self._known:
                continue
            self._known.add(key)
            self._segments.append(s)
            added = True
        if added:
            if len(self._segments) > MAX_SEGMENTS + MAX_SEGMENTS // 10:
                self._segments.sort(key=lambda seg: seg.start)
                del self._segments[:len(self._segments) - MAX_SEGMENTS]
                self._known = {(seg.table_id, seg.start, seg.status) for seg in self._segments}
            self._samples = None
            self._version += 1

    def on_update(self, update: Update) -> None:
        """Learn the statuses that ended; follow each table's current one."""
        ended = []
        for change in update.changes:
            a, b, tid = change.after, change.before, change.table_id
            held = self._current.get(tid)
            if a is not None and held is not None and a.status is held[0]:
                if a.status in GUEST_STATUSES and a.guest_count is not None:
                    self._current[tid] = (held[0], held[1], a.guest_count)
                continue  # the same status: a guest joined, a server changed
            end = (a.status_changed_at if a else None) or self.clock()
            if held is not None and b is not None and end > held[1]:
                ended.append(Segment(tid, b.number, held[0].value, held[1], end,
                                     guests=held[2] if held[0] in GUEST_STATUSES else None))
            if a is None:
                self._current.pop(tid, None)
                continue
            party = a.guest_count
            if a.status is Status.CLEANING and held is not None and held[0] is Status.OCCUPIED:
                party = held[2]  # the party that left
            self._current[tid] = (a.status, a.status_changed_at or self.clock(), party)
        if ended:
            self.set_history(ended)

    def usual_for(self, table: Table) -> Usual | None:
        """What the table's current status usually lasts (None: not watched, or too
        little history)."""
        held = self._current.get(table.id)
        since = table.status_changed_at or (held[1] if held else None)
        if table.status not in WATCHED or since is None:
            return None
        if table.status in GUEST_STATUSES:
            bands: tuple[str | None, ...] = (party_band(table.guest_count),)
        else:  # the party that left, when known; else (or too few of those) every size
            party = held[2] if held is not None and held[0] is table.status else None
            bands = (party_band(party), None) if party else (None,)
        zone = self.store.branch.zone if self.store.branch else None
        # the same status, start, bands and history: the same answer (working it out for
        # 1,200 watched tables of 2,000 took ~100 ms of the GUI thread at every refresh)
        key = (table.status, since, bands, zone, self._version, self.min_samples)
        hit = self._cache.get(table.id)
        if hit is not None and hit[0] == key:
            return hit[1]
        if self._samples is None or zone != self._zone:
            self._zone = zone
            self._samples = samples_of(self._segments, zone)
        at = int(minute_of_day(since, zone))  # to the minute: tables begun in the same
        found = None                            # minute share the answer
        for band in bands:
            shared = (table.status, band, at, self._version, self.min_samples)
            if shared in self._by_minute:
                found = self._by_minute[shared]
            else:
                found = self._by_minute[shared] = usual(
                    reversed(self._samples[table.status]), band=band, at=at,
                    min_samples=self.min_samples)
            if found is not None:
                break
        self._cache[table.id] = (key, found)
        if len(self._cache) > 4 * max(64, len(self.store.tables)):
            self._cache.clear()  # deleted tables' entries, now and then
        if len(self._by_minute) > 4 * 1440 * len(WATCHED):
            self._by_minute.clear()  # older histories' answers
        return found

    def check(self, table: Table, now: datetime) -> Stall | None:
        """The table's stall at ``now``, or None."""
        if table.status not in WATCHED or table.status_changed_at is None:
            return None
        minutes = (now - table.status_changed_at).total_seconds() / 60
        found = self.usual_for(table)
        if found is None or minutes <= found.limit:
            return None
        return Stall(table.id, table.number, table.status, table.status_changed_at,
                     minutes, found)

    def update(self, tables: Iterable[Table], now: datetime) -> list[Stall]:
        """Which tables stall at ``now`` (:attr:`stalled`); returns those that began to
        since the last call, each stall (a table and the start of its status) once."""
        stalled = {}
        tables_seen = list(tables)
        for t in tables_seen:
            s = self.check(t, now)
            if s is not None:
                stalled[t.id] = s
        self._stalled = stalled
        began = self._new(stalled.values())
        # forget a stall once its table has moved on to another status
        current = {(t.id, t.status_changed_at) for t in tables_seen}
        self._told &= current
        return began

    def update_some(self, tables: Iterable[Table], now: datetime,
                    gone: Iterable[str] = ()) -> list[Stall]:
        """:meth:`update` for these tables alone (those that changed; ``gone``: ids no
        longer held); every other table keeps the stall it had. What began is told once,
        as by :meth:`update`, whose next pass forgets stalls whose table moved on."""
        for table_id in gone:
            self._stalled.pop(table_id, None)
        found = []
        for t in tables:
            s = self.check(t, now)
            if s is None:
                self._stalled.pop(t.id, None)
            else:
                self._stalled[t.id] = s
                found.append(s)
        return self._new(found)

    def _new(self, stalls: Iterable[Stall]) -> list[Stall]:
        """Those of ``stalls`` not told before, now marked told, oldest first."""
        began = []
        for s in stalls:
            key = (s.table_id, s.since)
            if key not in self._told:
                self._told.add(key)
                began.append(s)
        return sorted(began, key=lambda s: s.since)
