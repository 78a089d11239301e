"""A party seated through the EditController, and that seating undone and redone.

Seating writes each table of the option the host chose: its server first (the section's
server, when the table has another or none: a server changes between parties, so before
the party sits), then its status, Occupied, with its share of the guests. What each table
was before (status, guests, server) is kept as one :class:`~floorview.ui.window.
edit_controller.Edit` of kind ``"seat"``, so Undo puts every table of the option back, each
write carrying the version this user's seating left the table at: when someone else has
changed a table since, the server refuses (409) and the host is told nothing was changed
there.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, SignalInstance

from floorview.core.model import GUEST_STATUSES, Status
from floorview.core.rest import Conflict, RateLimited, ServerError, Unreachable
from floorview.core.store import BranchStore


class Writer(Protocol):
    """What seating needs of the EditController: the store, the session, the versions
    its writes left the tables at, its message, and a way to say a step was not sent."""

    store: BranchStore
    session: Any

    @property
    def message(self) -> SignalInstance: ...

    @property
    def versions(self) -> dict[str, int]: ...

    def mark_unsent(self) -> None: ...


class Kept(Protocol):
    """A kept edit, as seating reads it back: the table, and before and after."""

    number: str
    before: dict[str, Any]
    after: dict[str, Any]


@dataclass
class Seated:
    """What a seating wrote: each table's fields before and after, and the tables'
    numbers; ``whole`` when every table of the option was seated."""

    before: dict[str, dict[str, Any]]
    after: dict[str, Any]
    number: str
    whole: bool

#: The fields a seating writes and its undo puts back, per table.
SEAT_FIELDS = ("status", "guestCount", "serverId")



def where(numbers: Sequence[str]) -> str:
    """"table 12", "tables 12, 14"."""
    if len(numbers) == 1:
        return QCoreApplication.translate("SeatWrites", "table {0}").format(numbers[0])
    return QCoreApplication.translate("SeatWrites", "tables {0}").format(", ".join(numbers))


def seat_what(edit: Kept) -> str:
    """A seating in words: "seating table 12", "seating tables 12, 14"."""
    numbers = edit.after.get("numbers") or [edit.number]
    return QCoreApplication.translate("SeatWrites", "seating {0}").format(where(numbers))


async def seat(controller: Writer, shares: Sequence[tuple[str, int]],
               server_id: str | None) -> Seated | None:
    """Seat ``shares`` ((table id, guests) each) with ``server_id``: what was written (to
    keep for undo), or None when nothing was (a refusal is said; the tables written
    before it stay so, and are kept to undo)."""
    store, session, versions = controller.store, controller.session, controller.versions
    before: dict[str, dict[str, Any]] = {}
    after: dict[str, dict[str, Any]] = {}
    numbers: list[str] = []
    for table_id, guests in shares:
        table = store.tables.get(table_id)
        if table is None:
            controller.message.emit(QCoreApplication.translate("SeatWrites", "That table was deleted meanwhile."), True)
            break
        numbers.append(table.number)
        before[table_id] = {"status": table.status.value, "guestCount": table.guest_count,
                            "serverId": table.server_id}
        try:
            if server_id is not None and table.server_id != server_id:
                table = await session.assign_server(table_id, server_id)
            table = await session.set_status(table_id, Status.OCCUPIED.value, guests)
        except asyncio.CancelledError:
            raise
        except Exception as e:
            controller.message.emit(QCoreApplication.translate("SeatWrites", "Seating table {0} failed: {1}").format(
                table.number, e), True)
            break
        versions[table_id] = table.version
        after[table_id] = {"status": Status.OCCUPIED.value, "guestCount": guests,
                           "serverId": table.server_id}
    if not after:
        return None
    done = Seated({k: before[k] for k in after},
                  {"tables": after, "numbers": numbers[:len(after)]}, numbers[0],
                  whole=len(after) == len(shares))
    if not done.whole:
        return done
    user = store.users.get(server_id or "")
    who = user.name if user is not None else QCoreApplication.translate("SeatWrites", "no server")
    party = sum(g for _, g in shares)
    controller.message.emit(QCoreApplication.translate(
        "SeatWrites", "Seated a party of %n at {0} ({1}).", None, party).format(
            where(numbers), who), False)
    return done


async def step(controller: Writer, edit: Kept, *, undo: bool) -> bool:
    """Undo (``undo``) or redo a seating: each table's status, guests and server as they
    were (as the seating left them), each write with the version our last write left."""
    states: Mapping[str, Mapping[str, Any]] = edit.before if undo else edit.after["tables"]
    verb = QCoreApplication.translate("SeatWrites", "Undo") if undo else QCoreApplication.translate("SeatWrites", "Redo")
    what = seat_what(edit)
    versions = controller.versions
    for table_id, state in states.items():
        status = Status(state["status"])
        guests = state.get("guestCount") if status in GUEST_STATUSES else None
        server = state.get("serverId")
        try:
            # a server changes between parties: after the party leaves (undo), before
            # it sits (redo)
            if not undo:
                await _assign(controller, table_id, server)
            saved = await controller.session.set_status(table_id, status.value, guests,
                                                        version=versions.get(table_id))
            versions[table_id] = saved.version
            if undo:
                await _assign(controller, table_id, server)
        except Conflict:
            controller.message.emit(QCoreApplication.translate("SeatWrites",
                "{0} of {1} refused: someone else changed that table since. Nothing was "
                "changed there; the floor shows their version.").format(verb, what), True)
            return False
        except asyncio.CancelledError:
            raise
        except (Unreachable, RateLimited, ServerError) as e:
            controller.mark_unsent()
            controller.message.emit(QCoreApplication.translate("SeatWrites", "{0} of {1} not sent: {2}. Press it again once the "
                                        "floor is live.").format(verb, what, e), True)
            return False
        except Exception as e:
            controller.message.emit(QCoreApplication.translate("SeatWrites", "{0} of {1} failed: {2}").format(verb, what, e), True)
            return False
    controller.message.emit(QCoreApplication.translate("SeatWrites", "{0}: {1}.").format(verb, what), False)
    return True


async def _assign(controller: Writer, table_id: str, server: str | None) -> None:
    versions = controller.versions
    table = controller.store.tables.get(table_id)
    held = versions.get(table_id)
    if table is not None and table.version == held and table.server_id == server:
        return
    saved = await controller.session.assign_server(table_id, server, version=held)
    versions[table_id] = saved.version
