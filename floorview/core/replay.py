"""A journal played back into a :class:`~floorview.core.store.BranchStore`, to any moment.

The store holds what the screen held at the replayed moment: :meth:`Replay.seek` forward
applies the journal's batches up to it (the same store operations the live connection
made, so a window drawing the store redraws only what changed); back, it starts again
from the last snapshot before that moment. The replayed moment is :attr:`Replay.now`,
the clock a window's timers read.

Every floor plan the evening had is there from its start, whenever the journal first
named it (:func:`~floorview.core.journal.evening_reference`): a journal whose first
reference was written before the plans had loaded replayed as "0 frames, 0 floor plans".

Qt-free.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from datetime import datetime, timedelta, tzinfo
from typing import Any

from floorview.core.journal import Entry, apply_reference, evening_reference
from floorview.core.model import Branch, Table, parse_time
from floorview.core.store import BranchStore


class Replay:
    def __init__(self, entries: Sequence[Entry]) -> None:
        if not any(e.kind == "snapshot" for e in entries):
            raise ValueError("The journal holds no snapshot of the tables: nothing to replay.")
        self.entries = list(entries)
        # In the order written; a clock set back on the way is held level (bisect needs order).
        self._times = list(itertools.accumulate((e.seen for e in self.entries), max))
        #: every floor plan, section and user the evening's references named
        self.reference = evening_reference(e.detail or {} for e in self.entries
                                           if e.kind == "reference")
        ref = next((e.detail for e in self.entries if e.kind == "reference"), None) or {}
        tables = next(e.detail["tables"] for e in self.entries if e.kind == "snapshot")
        branch_id = ((ref.get("branch") or self.reference.get("branch") or {}).get("id")
                     or (tables[0]["branchId"] if tables else ""))
        self.store = BranchStore(branch_id)
        if ref.get("branch"):
            self.store.branch = Branch.from_json(ref["branch"])
        self._apply_reference({})
        self.start = self._times[0]
        self.end = self._times[-1]
        self.now = self.start
        self.state = "connecting"
        self.as_of: datetime | None = None
        self._next = 0
        self.seek(self.start)

    @property
    def zone(self) -> tzinfo | None:
        return self.store.branch.zone if self.store.branch else None

    def clock(self) -> datetime:
        """The replayed moment (for a window's timers)."""
        return self.now

    def seek(self, when: datetime) -> None:
        """Show the floor as it was at ``when`` (kept within the journal's span)."""
        when = min(max(when, self.start), self.end)
        if when < self.now:
            self._rewind(when)
        upto = bisect.bisect_right(self._times, when)
        while self._next < upto:
            self._apply(self.entries[self._next])
            self._next += 1
        self.now = when

    def advance(self, seconds: float) -> None:
        self.seek(self.now + timedelta(seconds=seconds))

    @property
    def finished(self) -> bool:
        return self.now >= self.end

    def _rewind(self, when: datetime) -> None:
        upto = bisect.bisect_right(self._times, when)
        snaps = [i for i in range(upto) if self.entries[i].kind == "snapshot"]
        # before the first snapshot, the first one is as early as it gets
        snap = snaps[-1] if snaps else next(i for i, e in enumerate(self.entries) if e.kind == "snapshot")
        ref = next((self.entries[i] for i in range(snap, -1, -1)
                    if self.entries[i].kind == "reference"), None)
        if ref is not None:
            self._apply_reference(ref.detail)
        states = [self.entries[i] for i in range(snap) if self.entries[i].kind == "state"]
        if states:
            self._state(states[-1])
        self._next = snap

    def _apply_reference(self, detail: dict[str, Any] | None) -> None:
        """A reference as the journal has it, with whatever else the evening named."""
        detail = detail or {}
        merged = {"branch": detail.get("branch") or self.reference.get("branch")}
        for key in ("floorPlans", "sections", "users"):
            items = {x["id"]: x for x in self.reference.get(key, [])}
            items.update((x["id"], x) for x in detail.get(key) or ())
            merged[key] = list(items.values())
        apply_reference(self.store, merged)

    def _apply(self, e: Entry) -> None:
        if e.kind == "reference":
            self._apply_reference(e.detail)
        elif e.kind == "snapshot":
            self.store.apply_snapshot([Table.from_json(t) for t in e.detail.get("tables", [])])
        elif e.kind == "state":
            self._state(e)
        else:
            for c in e.changes:
                if c.after is None:
                    self.store.apply_event("tableDeleted", {"id": c.table_id})
                else:
                    self.store.apply_event("tableUpdated", c.after)

    def _state(self, e: Entry) -> None:
        self.state = (e.detail or {}).get("state", self.state)
        as_of = (e.detail or {}).get("asOf")
        self.as_of = parse_time(as_of) if as_of else None

    @property
    def offline(self) -> bool:
        """The screen was not live at the replayed moment."""
        return self.state not in ("live", "connecting", "syncing")


def moment(text: str, replay: Replay) -> datetime:
    """``--from 19:00`` as a moment of the replayed evening, on the branch's clock (an hour
    before 05:00 is the night after midnight). ValueError if it is not HH:MM."""
    try:
        hour, minute = (int(x) for x in text.strip().split(":"))
        if not (0 <= hour < 24 and 0 <= minute < 60):
            raise ValueError
    except ValueError:
        raise ValueError(f"not a time of day (HH:MM): {text!r}") from None
    local = replay.start.astimezone(replay.zone)
    day = local.date() if local.hour >= 5 else local.date() - timedelta(days=1)
    if hour < 5:
        day += timedelta(days=1)
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=replay.zone or local.tzinfo)


def seconds(text: str) -> float:
    """``5m``, ``30s``, ``1h`` or a plain number of seconds; ValueError otherwise."""
    t = text.strip().lower()
    units = {"s": 1, "m": 60, "h": 3600}
    try:
        value = float(t[:-1]) * units[t[-1]] if t and t[-1] in units else float(t)
    except ValueError:
        raise ValueError(f"not a duration (e.g. 5m, 30s): {text!r}") from None
    if value <= 0:
        raise ValueError("the duration must be above 0")
    return value
