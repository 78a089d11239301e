"""What one branch's tile on the wall says: its facts, read from its store at a moment.

A pure function of the branch, its tables, the time and the connection's status, so the
wall recomputes one tile's facts when that branch changes and nothing else. The facts:
tables occupied of those in service, covers of seats, tables over their time (occupied
past the red threshold), tables cleaning for long, tables free now by size (2 / 4 / 6+),
the branch's local time and its connection ("as of 19:42" when not live); and how much
the branch needs attention, which orders the wall. :func:`sentence` says them all in one
sentence for a screen reader.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from floorview.core.live.status import ConnState
from floorview.core.model import Branch, Status, Table, minutes_between

#: Occupied this long (minutes) a table is over its time (the floor's red threshold).
RED_MINUTES = 90
#: Cleaning this long (minutes) is long: a table a host is waiting for.
LONG_CLEANING_MINUTES = 15
#: The sizes of free tables the tile counts: up to 2 seats, up to 4, and the rest ("6+").
SIZES = (2, 4)


class LinkStatus(Protocol):
    """What a tile reads of its branch's connection: a live connection's
    :class:`~floorview.core.live.status.ConnectionStatus`, or a group follower's per-branch
    state, alike."""

    @property
    def state(self) -> ConnState: ...

    @property
    def as_of(self) -> datetime | None: ...


class Link:
    """How a tile shows its branch's connection."""

    LIVE = "live"
    CONNECTING = "connecting"
    STALE = "stale"  # was live: the tables are as of a time
    DOWN = "down"  # stopped (refused, forbidden, failed)


@dataclass(frozen=True, slots=True)
class TileFacts:
    branch_id: str
    name: str
    tables: int  # in service (every table but those out of service)
    occupied: int
    covers: int  # guests at occupied tables
    seats: int  # seats of the tables in service
    over_time: int
    long_cleaning: int
    free: tuple[int, int, int]  # free now: up to 2 seats, up to 4, more
    local_time: str  # "19:42" in the branch's zone
    link: str  # one of Link's
    as_of: str  # "19:42" (the branch's zone) when the link is stale, else ""
    known: bool  # the branch's tables have arrived

    @property
    def free_total(self) -> int:
        return sum(self.free)

    @property
    def nothing_free(self) -> bool:
        return self.known and self.tables > 0 and self.free_total == 0

    @property
    def occupancy(self) -> float:
        return self.occupied / self.tables if self.tables else 0.0

    @property
    def attention(self) -> int:
        """How much the branch needs someone's eye: over-time tables weigh most, then
        long cleaning, then a full house (nothing free); 0 is a calm branch."""
        return 3 * self.over_time + 2 * self.long_cleaning + (1 if self.nothing_free else 0)


def size_band(capacity: int) -> int:
    """0 for a table of up to 2 seats, 1 up to 4, 2 for larger ones."""
    for i, limit in enumerate(SIZES):
        if capacity <= limit:
            return i
    return len(SIZES)


def clock_text(when: datetime, zone: tzinfo | None) -> str:
    return when.astimezone(zone).strftime("%H:%M")


def link_of(status: LinkStatus | None) -> str:
    if status is None:
        return Link.CONNECTING
    if status.state is ConnState.LIVE:
        return Link.LIVE
    if status.state.terminal:
        return Link.DOWN
    return Link.STALE if status.as_of is not None else Link.CONNECTING


def facts(branch: Branch, tables: Iterable[Table], now: datetime,
          status: LinkStatus | None, *, known: bool = True,
          red_minutes: int = RED_MINUTES,
          cleaning_minutes: int = LONG_CLEANING_MINUTES) -> TileFacts:
    """The tile's facts for ``branch`` with these tables at ``now``."""
    in_service = occupied = covers = seats = over = cleaning = 0
    free = [0, 0, 0]
    for t in tables:
        if t.status is Status.OUT_OF_SERVICE:
            continue
        in_service += 1
        seats += t.capacity
        if t.status is Status.OCCUPIED:
            occupied += 1
            covers += t.guest_count or 0
            minutes = minutes_between(t.status_changed_at, now)
            if minutes is not None and minutes >= red_minutes:
                over += 1
        elif t.status is Status.AVAILABLE:
            free[size_band(t.capacity)] += 1
        elif t.status is Status.CLEANING:
            minutes = minutes_between(t.status_changed_at, now)
            if minutes is not None and minutes >= cleaning_minutes:
                cleaning += 1
    zone = branch.zone
    link = link_of(status)
    as_of = ""
    if link in (Link.STALE, Link.DOWN) and status is not None and status.as_of is not None:
        as_of = clock_text(status.as_of, zone)
    return TileFacts(branch_id=branch.id, name=branch.name, tables=in_service,
                     occupied=occupied, covers=covers, seats=seats, over_time=over,
                     long_cleaning=cleaning, free=(free[0], free[1], free[2]),
                     local_time=clock_text(now, zone), link=link, as_of=as_of, known=known)


def over_time_ids(tables: Iterable[Table], now: datetime,
                  red_minutes: int = RED_MINUTES) -> frozenset[str]:
    """The ids of the occupied tables over their time (ringed on the tile's floors)."""
    out = set()
    for t in tables:
        if t.status is Status.OCCUPIED:
            minutes = minutes_between(t.status_changed_at, now)
            if minutes is not None and minutes >= red_minutes:
                out.add(t.id)
    return frozenset(out)


# --- in words -------------------------------------------------------------------------



def link_text(f: TileFacts) -> str:
    """"Live", "Connecting…", "As of 19:42" or "Offline"."""
    if f.link == Link.LIVE:
        return QCoreApplication.translate("WallTile", "Live")
    if f.link == Link.STALE:
        return QCoreApplication.translate("WallTile", "As of {0}").format(f.as_of)
    if f.link == Link.DOWN:
        if f.as_of:
            return QCoreApplication.translate("WallTile", "Offline, as of {0}").format(f.as_of)
        return QCoreApplication.translate("WallTile", "Offline")
    return QCoreApplication.translate("WallTile", "Connecting…")


def size_labels() -> tuple[str, str, str]:
    """The sizes of free tables, as the chips name them: up to 2 seats, up to 4, more."""
    return ("2", "4", QCoreApplication.translate("WallTile", "6+"))


def sentence(f: TileFacts) -> str:
    """Every fact of the tile in one sentence, for a screen reader."""
    if not f.known:
        return QCoreApplication.translate(
            "WallTile", "{0}: {1}; {2} local time; no tables yet.").format(
            f.name, link_text(f), f.local_time)
    occupied, covers, over, cleaning = f.occupied, f.covers, f.over_time, f.long_cleaning
    parts = [
        QCoreApplication.translate("WallTile", "%n of {0} tables occupied", None,
                                   occupied).format(f.tables),
        QCoreApplication.translate("WallTile", "%n covers of {0} seats", None, covers).format(f.seats),
        QCoreApplication.translate("WallTile", "%n tables over time", None, over),
    ]
    if cleaning:
        parts.append(QCoreApplication.translate("WallTile", "%n tables cleaning for long", None,
                                                cleaning))
    if f.nothing_free:
        parts.append(QCoreApplication.translate("WallTile", "nothing free"))
    else:
        parts.append(QCoreApplication.translate(
            "WallTile", "free now: {0} for 2, {1} for 4, {2} for 6 or more").format(*f.free))
    return QCoreApplication.translate("WallTile", "{0}: {1}; {2} local time; {3}.").format(
        f.name, link_text(f), f.local_time, "; ".join(parts))


def shown_names(names: Mapping[str, str]) -> dict[str, str]:
    """Each branch's name as its tile shows it, by id: without the words every name of
    two or more begins with (a group's brand: "Tavola Dublin Central" is "Dublin Central"
    among Tavola's branches), so that the part that tells them apart is the part that
    shows. Whole words only, and never a name's last word. Names shown whole: ``{}``."""
    if len(names) < 2:
        return {}
    split = [n.split() for n in names.values()]
    shared = 0
    while all(len(words) > shared + 1 for words in split) and len(
            {words[shared] for words in split}) == 1:
        shared += 1
    if not shared:
        return {}
    return {bid: " ".join(name.split()[shared:]) for bid, name in names.items()}
