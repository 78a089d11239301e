"""An evening read back from its journal: each table's statuses over time, its turns, and
what a manager wants to know the next morning; and the turns of past evenings, which
"likely free next" (:mod:`floorview.core.turns`) learns from.

A *turn* is one party at one table: seated (the table became occupied) to cleared (it
stopped being occupied). Its party is the guests seated; its covers also count guests who
joined later. Times are the server's (``statusChangedAt``) where the journal has them,
so changes made while a screen was offline land when they happened.

Qt-free.
"""

from __future__ import annotations

import itertools
import json
import logging
import statistics
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import Any

from floorview.core import journal
from floorview.core.journal import Entry
from floorview.core.model import Branch, format_time, parse_time

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Segment:
    """A table in one status from ``start`` until ``end`` (None: still, at the end)."""

    table_id: str
    number: str
    status: str
    start: datetime
    end: datetime | None = None
    guests: int | None = None  # when it began
    covers: int = 0  # the most guests it held
    server_id: str | None = None  # when it began
    #: Begun by a change the journal saw (live or while away), not found so in a snapshot:
    #: an occupied one is a party seated during the evening.
    changed: bool = False

    @property
    def minutes(self) -> float | None:
        return None if self.end is None else (self.end - self.start).total_seconds() / 60


@dataclass(frozen=True, slots=True)
class Spread:
    """Median and the middle half (25th to 75th percentile) of some minutes."""

    n: int
    median: float
    low: float
    high: float

    @classmethod
    def of(cls, values: Iterable[float]) -> Spread | None:
        v = sorted(values)
        if not v:
            return None
        if len(v) == 1:
            return cls(1, v[0], v[0], v[0])
        q = statistics.quantiles(v, n=4, method="inclusive")
        return cls(len(v), statistics.median(v), q[0], q[2])


@dataclass
class Evening:
    """What one journal tells."""

    branch: Branch | None
    reference: dict[str, Any]
    start: datetime
    end: datetime
    segments: list[Segment]
    tables: dict[str, dict[str, Any]] = field(default_factory=dict)  # the last known JSON of each
    offline_changes: int = 0
    states: list[tuple[datetime, str]] = field(default_factory=list)

    @property
    def zone(self) -> tzinfo | None:
        return self.branch.zone if self.branch else None

    def local(self, when: datetime) -> datetime:
        return when.astimezone(self.zone)

    @property
    def turns(self) -> list[Segment]:
        """Every party seated and cleared within the journal, in seating order."""
        return sorted((s for s in self.segments if s.status == "occupied" and s.end is not None),
                      key=lambda s: s.start)

    @property
    def seatings(self) -> list[Segment]:
        """Every party seated during the evening (also the ones still seated at its end).

        A party is seated during the evening when a change the journal saw seated it,
        whatever its time: an event held while the first snapshot loaded is newer than
        the snapshot, yet the server's time of it (``statusChangedAt``) can fall a moment
        before the snapshot was written (5 of 7 parties were counted of a busy start). A
        table already occupied in a snapshot is not a seating of the evening.
        """
        return sorted((s for s in self.segments if s.status == "occupied" and s.changed),
                      key=lambda s: s.start)

    def of_status(self, status: str, *, closed: bool = True) -> list[Segment]:
        return [s for s in self.segments if s.status == status and (s.end is not None or not closed)]

    def server_name(self, server_id: str | None) -> str:
        if not server_id:
            return "(no server)"
        for u in self.reference.get("users", []):
            if u.get("id") == server_id:
                return u.get("name") or server_id
        return server_id

    def covers_by_hour(self) -> dict[int, int]:
        """Covers seated in each local hour of the evening (hours with none included)."""
        hours: dict[int, int] = defaultdict(int)
        first, last = self.local(self.start).hour, self.local(self.end).hour
        span = (last - first) % 24
        for i in range(span + 1):
            hours[(first + i) % 24] = 0
        for s in self.seatings:  # (one seated a moment before the start: its first hour)
            hours[self.local(max(s.start, self.start)).hour] += s.covers
        return dict(hours)

    def occupied_share(self) -> dict[str, float]:
        """Each table's share of the evening (start to end) spent occupied, 0 to 1."""
        total = (self.end - self.start).total_seconds()
        share: dict[str, float] = {tid: 0.0 for tid in self.tables}
        if total <= 0:
            return share
        for s in self.segments:
            if s.status != "occupied":
                continue
            a, b = max(s.start, self.start), min(s.end or self.end, self.end)
            if b > a:
                share[s.table_id] = share.get(s.table_id, 0.0) + (b - a).total_seconds() / total
        return {k: min(1.0, v) for k, v in share.items()}


def party_band(guests: int | None) -> str:
    """Party sizes grouped as a host thinks of them."""
    g = guests or 1
    if g <= 2:
        return "1–2"
    if g <= 4:
        return "3–4"
    if g <= 6:
        return "5–6"
    return "7+"


PARTY_BANDS = ("1–2", "3–4", "5–6", "7+")


class EmptyJournal(ValueError):
    """A journal with no entry: no evening to read."""


def read_evening(entries: Iterable[Entry]) -> Evening:
    """Rebuild an evening from a journal's entries, read once in order (a list from
    :func:`floorview.core.journal.read`, or :func:`~floorview.core.journal.iter_read`'s
    one at a time)."""
    entries = iter(entries)
    first = next(entries, None)
    if first is None:
        raise EmptyJournal("The journal is empty.")
    reference: dict[str, Any] = {}
    current: dict[str, Segment] = {}
    segments: list[Segment] = []
    tables: dict[str, dict[str, Any]] = {}
    offline = 0
    states: list[tuple[datetime, str]] = []
    last_seen = first.seen
    # The evening starts when the journal first held the tables: a party seated before
    # that is not one of its seatings (its turn still counts when it is cleared).
    start: datetime | None = None

    def open_segment(t: dict[str, Any], when: datetime, *, changed: bool) -> None:
        seg = Segment(t["id"], str(t.get("number", "?")), t.get("status", "unknown"), when,
                      guests=t.get("guestCount"), covers=t.get("guestCount") or 0,
                      server_id=t.get("serverId"), changed=changed)
        current[t["id"]] = seg
        segments.append(seg)

    def move(t: dict[str, Any] | None, table_id: str, when: datetime) -> None:
        seg = current.get(table_id)
        if t is None:  # deleted
            if seg is not None:
                seg.end = max(seg.start, when)
                del current[table_id]
            return
        tables[table_id] = t
        if seg is None:
            open_segment(t, when, changed=True)
            return
        seg.number = str(t.get("number", seg.number))
        if t.get("status") != seg.status:
            seg.end = max(seg.start, when)
            open_segment(t, max(seg.start, when), changed=True)
            return
        seg.covers = max(seg.covers, t.get("guestCount") or 0)
        if seg.server_id is None:
            seg.server_id = t.get("serverId")

    for e in itertools.chain((first,), entries):
        last_seen = max(last_seen, e.seen)
        if e.kind == "reference":
            reference = e.detail or {}
        elif e.kind == "state":
            states.append((e.seen, (e.detail or {}).get("state", "")))
        elif e.kind == "snapshot":
            start = e.seen if start is None else start
            for c in sorted(e.changes, key=lambda c: c.when):  # what happened while away
                offline += 1
                move(c.after, c.table_id, min(c.when, e.seen))
            for t in (e.detail or {}).get("tables", []):
                if t["id"] not in current:
                    since = _time(t.get("statusChangedAt")) or e.seen
                    open_segment(t, min(since, e.seen), changed=False)
                    tables[t["id"]] = t
                else:
                    move(t, t["id"], _time(t.get("statusChangedAt")) or e.seen)
            gone = set(current) - {t["id"] for t in (e.detail or {}).get("tables", [])}
            for tid in gone:
                move(None, tid, e.seen)
        else:
            for c in e.changes:
                move(c.after, c.table_id, c.when)
    branch = Branch.from_json(reference["branch"]) if reference.get("branch") else None
    end = max([last_seen] + [s.start for s in segments])
    return Evening(branch, reference, start or first.seen, end, segments, tables, offline,
                   states)


def _time(text: str | None) -> datetime | None:
    try:
        return parse_time(text) if text else None
    except ValueError:
        return None


# --- the turns past evenings hold ----------------------------------------------------

#: How many days of journals "likely free next" learns from.
HISTORY_DAYS = 28


def history_for(branch_id: str, *, folder: Path | None = None, path: Path | None = None,
                days: int = HISTORY_DAYS, today: date | None = None) -> list[Segment]:
    """Every turn in the branch's journals of the last ``days`` days (or in ``path``),
    oldest first; journals that cannot be read are skipped (and logged). The segments of
    a day two or more days back (its file written for good, whatever the service day's
    start) are kept beside its file and read from there next time."""
    return [s for s in segments_for(branch_id, folder=folder, path=path, days=days,
                                    today=today) if s.status == "occupied"]


def segments_for(branch_id: str, *, folder: Path | None = None, path: Path | None = None,
                 days: int = HISTORY_DAYS, today: date | None = None) -> list[Segment]:
    """Every closed segment of every status (turns, cleanings, bookings held…) in the
    branch's journals of the last ``days`` days (or in ``path``), oldest first; see
    :func:`history_for`."""
    dated: list[tuple[Path, bool]]
    if path is not None:
        dated = [(path, False)]
    else:
        today = today or date.today()
        dated = [(p, (today - d).days >= 2) for b, d, p in journal.day_files(folder)
                 if b == journal.safe_name(branch_id) and 0 <= (today - d).days <= days]
    out: list[Segment] = []
    for p, done in dated:
        try:
            out.extend(_kept_segments(p) if done else _closed(read_evening(journal.iter_read(p))))
        except EmptyJournal:
            continue
        except (journal.JournalError, ValueError, KeyError) as e:
            log.warning("turn history: skipped %s: %s", p, e)
    return sorted(out, key=lambda t: t.start)


def _closed(evening: Evening) -> list[Segment]:
    return sorted((s for s in evening.segments if s.end is not None), key=lambda s: s.start)


#: Beside a day's journal, its closed segments: 28 days of a sample evening's journal
#: (432 KiB each) took 852 ms to read, 70-84 ms from what is kept (turns alone), on a
#: thread that shares the GIL with the window's first paint.
TURNS_SUFFIX = ".turns.json"
_TURNS_FORMAT = 2  # 1 kept only the turns; 2 every closed segment


def _kept_segments(path: Path) -> list[Segment]:
    """A finished day's closed segments: from the file beside it when it matches the
    journal's size and time, else read from the journal and kept there."""
    stat = path.stat()
    stamp = {"format": _TURNS_FORMAT, "size": stat.st_size, "mtime_ns": stat.st_mtime_ns}
    kept = path.with_name(path.name + TURNS_SUFFIX)
    try:
        data = json.loads(kept.read_text(encoding="utf-8"))
        if all(data.get(k) == v for k, v in stamp.items()):
            return [_segment(t) for t in data["segments"]]
    except (OSError, ValueError, KeyError, TypeError):
        pass  # none yet, or not ours: read the journal
    try:
        segments = _closed(read_evening(journal.iter_read(path)))
    except EmptyJournal:
        segments = []
    try:
        tmp = kept.with_name(kept.name + ".tmp")
        tmp.write_text(json.dumps({**stamp, "segments": [_segment_json(t) for t in segments]}),
                       encoding="utf-8")
        tmp.replace(kept)
    except OSError as e:
        log.debug("turn history: could not keep %s: %s", kept, e)
    return segments


def _segment_json(t: Segment) -> dict[str, Any]:
    return {"table": t.table_id, "number": t.number, "status": t.status,
            "start": format_time(t.start), "end": format_time(t.end) if t.end else None,
            "guests": t.guests, "covers": t.covers, "server": t.server_id,
            "changed": t.changed}


def _segment(d: dict[str, Any]) -> Segment:
    return Segment(d["table"], d["number"], d["status"], parse_time(d["start"]),
                   parse_time(d["end"]) if d["end"] else None, guests=d["guests"],
                   covers=d["covers"], server_id=d["server"], changed=d["changed"])
