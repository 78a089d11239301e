"""A table's time in status in words: "42m", "1h 05m", and how late it is (its level).

The map's time pills and the table list read it the same way from here.
"""

from __future__ import annotations

from datetime import datetime

from floorview.core.model import Status, Table, minutes_between
from floorview.ui.formats import duration

#: Statuses whose time in status is shown.
TIMED_STATUSES = frozenset({Status.OCCUPIED, Status.RESERVED})


def format_duration(minutes: int | None) -> str:
    """The one way a time in status reads, on the map and in the list: ``"42m"``,
    ``"1h 05m"``, ``"26h 00m"`` (as the language in use abbreviates them); negative (clock skew) shows as ``"0m"``, none as ``"—"``."""
    return duration(minutes)


def time_in_status(table: Table, now: datetime) -> str:
    """The table's time in status as the map shows it ("—" when it has none)."""
    return format_duration(minutes_between(table.status_changed_at, now))


def time_level(minutes: int, amber_minutes: int, red_minutes: int) -> str:
    """``"normal"``, ``"amber"`` (at or past amber) or ``"red"`` (at or past red)."""
    if minutes >= red_minutes:
        return "red"
    if minutes >= amber_minutes:
        return "amber"
    return "normal"
