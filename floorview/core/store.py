"""One branch's tables, kept equal to the server's through events, snapshots and resyncs.

The rules are the contract's "keeping a correct picture" (docs/contract.md):

* a table event is applied only if its ``version`` is above the one held for that id
  (or the id is not held); an equal version is a duplicate, a lower one stale;
* ``tableDeleted`` removes the table and leaves a tombstone, so a late event for that id
  never brings it back;
* while a snapshot is in flight (:meth:`BranchStore.begin_sync`) events are held, and
  :meth:`BranchStore.apply_snapshot` replaces the tables by the snapshot merged with the
  held events by the same rule: the snapshot is the truth for every table no held event
  is newer for (a table absent from it is gone; a lower version in it wins). A
  reconciliation while live (``begin_sync(shown=True)``) keeps a copy of the events but
  applies them at once too: a slow snapshot must not freeze a live floor.

A snapshot item that does not parse is not an absent table (contract §4 rule 6): a
table whose item is present but unreadable keeps its last known copy, marked *not
confirmed* (:attr:`BranchStore.unconfirmed`), until a readable copy or its deletion
comes; an answer with an item whose id could not be read is partial, and no table is
removed on its strength (each one it lacks is kept, not confirmed, as well). A kept
copy is no change of the table: no :class:`Change` is reported for it, only the mark
(:attr:`Update.marks`).

Two bounds keep one bad event from freezing a table (contract §4 rule 5):

* a table event whose ``version`` is more than :data:`VERSION_JUMP` above the held one
  is not applied: it is handed to :attr:`BranchStore.on_suspect`, whose owner asks the
  server (``GET /restaurant/tables/:id``) and applies its answer with
  :meth:`BranchStore.apply_confirmed`. Without that, a forged version 10**18 made every
  real save after it "stale" until the next snapshot;
* tombstones are kept for the :data:`MAX_TOMBSTONES` most recent deletions only, so a
  flood of forged ``tableDeleted`` ids cannot grow the store without bound.

Each effective change is reported once to the subscribers, as a :class:`Change` with the
table before and after and what about it changed, so a view redraws only that. Stale
copies, duplicates and saves that changed nothing visible are not reported.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from floorview.core.model import (
    Branch,
    FloorPlan,
    ParseError,
    Table,
    TableSection,
    User,
    parse_deleted,
)
from floorview.core.ratelog import RateLimitedLog

log = logging.getLogger(__name__)

#: Events whose payload is a whole Table.
TABLE_EVENTS = ("tableStatusUpdate", "tableAssignmentUpdate", "tableCreated", "tableUpdated")
DELETED_EVENT = "tableDeleted"
ALL_EVENTS = (*TABLE_EVENTS, DELETED_EVENT)

#: A version more than this above the held one waits for the server's word. Versions go
#: up by one per save; a busy table sees a few dozen saves in an evening, and an event is
#: only ever compared with the last one applied (a reconnect resyncs by snapshot, which is
#: not bounded), so a real jump of 1,000 between two events is beyond any service, while
#: confirming costs one GET. Far enough above to never delay a real change.
VERSION_JUMP = 1000
#: Deleted ids remembered (the most recent). A late event for a deleted table comes within
#: seconds of its deletion; a branch deletes a few tables a week. 10,000 ids of at most
#: 256 characters bound the tombstones to a few MB whatever a hostile sender sends.
MAX_TOMBSTONES = 10_000


class _Tombstones:
    """The most recently deleted ids, at most ``limit`` (the oldest forgotten first)."""

    __slots__ = ("_ids", "limit")

    def __init__(self, limit: int, ids: Iterable[str] = ()) -> None:
        self.limit = limit
        self._ids: OrderedDict[str, None] = OrderedDict((i, None) for i in ids)

    def __contains__(self, table_id: object) -> bool:
        return table_id in self._ids

    def __len__(self) -> int:
        return len(self._ids)

    def add(self, table_id: str) -> None:
        self._ids[table_id] = None
        self._ids.move_to_end(table_id)
        while len(self._ids) > self.limit:
            self._ids.popitem(last=False)

    def without(self, table_ids: Iterable[str]) -> _Tombstones:
        keep = set(table_ids)
        return _Tombstones(self.limit, (i for i in self._ids if i not in keep))


class Aspect(StrEnum):
    """What about a table changed."""

    CREATED = "created"
    DELETED = "deleted"
    STATUS = "status"
    GUESTS = "guests"
    SERVER = "server"
    LAYOUT = "layout"  # floor plan, place, size, rotation or shape
    SECTION = "section"
    DETAILS = "details"  # number or capacity


_ASPECT_FIELDS: tuple[tuple[Aspect, tuple[str, ...]], ...] = (
    (Aspect.STATUS, ("status", "status_changed_at")),
    (Aspect.GUESTS, ("guest_count",)),
    (Aspect.SERVER, ("server_id",)),
    (Aspect.LAYOUT, ("floor_plan_id", "x", "y", "width", "height", "rotation", "shape")),
    (Aspect.SECTION, ("section_id",)),
    (Aspect.DETAILS, ("number", "capacity")),
)


@dataclass(frozen=True, slots=True)
class Change:
    """One effective change of one table."""

    before: Table | None
    after: Table | None
    aspects: frozenset[Aspect]

    @property
    def table_id(self) -> str:
        return self.table.id

    @property
    def table(self) -> Table:
        """The table as it is now, or as it was when deleted."""
        table = self.after or self.before
        assert table is not None  # a change has a table before it, after it, or both
        return table


def diff(before: Table | None, after: Table | None) -> Change | None:
    """The change from ``before`` to ``after``, or None when nothing visible changed."""
    if before is None and after is None:
        return None
    if before is None:
        return Change(None, after, frozenset({Aspect.CREATED}))
    if after is None:
        return Change(before, None, frozenset({Aspect.DELETED}))
    aspects = frozenset(
        aspect
        for aspect, names in _ASPECT_FIELDS
        if any(getattr(before, n) != getattr(after, n) for n in names)
    )
    if not aspects:
        return None
    return Change(before, after, aspects)


@dataclass(frozen=True, slots=True)
class Update:
    """What one store operation changed, as handed to subscribers.

    ``changes`` lists each changed table once. ``reference`` is true when the branch's
    floor plans, sections or users were replaced; ``resynced`` when a snapshot was applied.
    ``marks``: the ids whose "not confirmed" mark was set or cleared (read the mark
    itself with :meth:`BranchStore.is_unconfirmed`).
    """

    changes: tuple[Change, ...] = ()
    reference: bool = False
    resynced: bool = False
    marks: frozenset[str] = frozenset()


Listener = Callable[[Update], None]


class BranchStore:
    """The live state of one branch. Not thread-safe: use it from one thread (the loop's).

    Signals (callbacks registered with :meth:`subscribe`):
        each listener is called with an :class:`Update` after every operation that
        changed something. A listener that raises is logged and does not stop the others.
    """

    def __init__(self, branch_id: str, *, version_jump: int = VERSION_JUMP,
                 max_tombstones: int = MAX_TOMBSTONES) -> None:
        self.branch_id = branch_id
        self.branch: Branch | None = None
        self.version_jump = version_jump
        #: Called with each table event held back for a version far above the held one
        #: (see the module's docstring); None: such events are dropped (a snapshot heals).
        self.on_suspect: Callable[[Table], None] | None = None
        self._tables: dict[str, Table] = {}
        self._tombstones = _Tombstones(max_tombstones)
        #: Ids held as last known: the server's last answer did not confirm them.
        self._unconfirmed: set[str] = set()
        self._suspects: list[Table] = []
        self._ratelog = RateLimitedLog(log)  # one line per kind of trouble per 10 s
        self._held: list[tuple[str, Table | str]] | None = None
        self._held_shown = False  # held events are applied at once as well
        self._listeners: list[Listener] = []
        self.floor_plans: tuple[FloorPlan, ...] = ()
        self.sections: Mapping[str, TableSection] = MappingProxyType({})
        self.users: Mapping[str, User] = MappingProxyType({})

    # --- reading ------------------------------------------------------------------------

    @property
    def tables(self) -> Mapping[str, Table]:
        """The tables held now, by id (a read-only view)."""
        return MappingProxyType(self._tables)

    @property
    def syncing(self) -> bool:
        return self._held is not None

    def tables_on(self, floor_plan_id: str) -> list[Table]:
        return [t for t in self._tables.values() if t.floor_plan_id == floor_plan_id]

    def is_deleted(self, table_id: str) -> bool:
        return table_id in self._tombstones

    @property
    def unconfirmed(self) -> frozenset[str]:
        """The ids of tables held as last known because the server's last snapshot did
        not confirm them (their item did not parse, or the answer was partial)."""
        return frozenset(self._unconfirmed)

    def is_unconfirmed(self, table_id: str) -> bool:
        return table_id in self._unconfirmed

    # --- subscribing ----------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` with each Update; returns the function that unsubscribes."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def _publish(self, update: Update) -> None:
        if not (update.changes or update.reference or update.resynced or update.marks):
            return
        for listener in list(self._listeners):
            try:
                listener(update)
            except Exception:
                log.exception("a store listener failed on %d changes", len(update.changes))

    # --- writing ------------------------------------------------------------------------

    def set_reference(
        self,
        *,
        branch: Branch | None = None,
        floor_plans: Iterable[FloorPlan] = (),
        sections: Iterable[TableSection] = (),
        users: Iterable[User] = (),
    ) -> None:
        """Replace the branch's floor plans (sorted by sortOrder), sections and users.

        Published only when something differs: every reconnect reloads them, and a
        reference update makes a floor view redraw each of its tables (2,000 tables: about
        2 s of the GUI thread after a server restart, measured, for the same data).
        """
        plans = tuple(
            sorted(
                (f for f in floor_plans if f.branch_id == self.branch_id),
                key=lambda f: (f.sort_order, f.name),
            )
        )
        by_id = {s.id: s for s in sections}
        people = {u.id: u for u in users}
        same = ((branch is None or branch == self.branch) and plans == self.floor_plans
                and by_id == dict(self.sections) and people == dict(self.users))
        if branch is not None:
            self.branch = branch
        self.floor_plans = plans
        self.sections = MappingProxyType(by_id)
        self.users = MappingProxyType(people)
        if not same:
            self._publish(Update(reference=True))

    def apply_event(self, event: str, payload: Any,
                    parsed: Table | str | None = None) -> tuple[Change, ...]:
        """Apply one live event; returns the changes it made (already published).
        ``parsed``: what :func:`parse_event` made of ``payload`` already (another thread
        parsed it), else it is parsed here.

        Raises:
            ParseError: the payload does not fit the contract (the caller logs and drops
                it); also for an event name that is not a table event.
        """
        item = parsed if parsed is not None else parse_event(event, payload)
        if isinstance(item, Table) and item.branch_id != self.branch_id:
            self._ratelog.warning("other-branch", "dropped %s for table %s of another branch", event, item.id)
            return ()
        if self._held is not None:
            self._held.append((event, item))
            if not self._held_shown:
                return ()
        marked = set(self._unconfirmed)
        change = self._apply(self._tables, self._tombstones, item, self._unconfirmed)
        changes = (change,) if change else ()
        self._publish(Update(changes=changes, marks=frozenset(marked ^ self._unconfirmed)))
        self._report_suspects()
        return changes

    def apply_confirmed(self, table_id: str, table: Table | None) -> tuple[Change, ...]:
        """The server's own copy of a table (``GET /restaurant/tables/:id``), or None when
        it answered 404: applied whatever its version, unless the table held is newer.

        While a snapshot is in flight this does nothing: that snapshot is newer still.
        """
        if self._held is not None:
            return ()
        before = self._tables.get(table_id)
        if table is None:
            if before is None:
                return ()
            self._tombstones.add(table_id)
            del self._tables[table_id]
        elif table.branch_id != self.branch_id or table_id in self._tombstones:
            return ()
        elif before is not None and before.version >= table.version:
            return ()
        else:
            self._tables[table_id] = table
        marks = frozenset({table_id} & self._unconfirmed)
        self._unconfirmed.discard(table_id)  # the server's own copy, read
        change = diff(before, self._tables.get(table_id))
        changes = (change,) if change else ()
        self._publish(Update(changes=changes, marks=marks))
        return changes

    def _report_suspects(self) -> None:
        suspects, self._suspects = self._suspects, []
        for table in suspects:
            self._ratelog.warning("suspect", "held back %s version %d (far above the %d held) "
                             "until the server confirms it", table.id, table.version,
                             self._tables[table.id].version if table.id in self._tables else 0)
            if self.on_suspect is not None:
                try:
                    self.on_suspect(table)
                except Exception:
                    log.exception("confirming a table's version failed")

    def begin_sync(self, *, shown: bool = False) -> None:
        """A snapshot is being fetched: hold events until :meth:`apply_snapshot`.

        ``shown``: apply each event at once as well (a reconciliation of a live floor,
        whose snapshot may take seconds on a slow server); the copies held are merged
        into the snapshot all the same, so an event newer than it is not undone.
        Calling it again while a sync is under way keeps the events already held.
        """
        if self._held is None:
            self._held = []
            self._held_shown = shown

    def cancel_sync(self) -> None:
        """The snapshot failed: apply the held events as they came, and stop holding."""
        held, self._held = self._held or [], None
        marked = set(self._unconfirmed)
        changes = [c for _, item in held
                   if (c := self._apply(self._tables, self._tombstones, item, self._unconfirmed))]
        self._publish(Update(changes=_merge(changes), marks=frozenset(marked ^ self._unconfirmed)))
        self._report_suspects()

    def apply_snapshot(self, tables: Sequence[Table], *, periodic: bool = False,
                       unreadable: Iterable[str] = (), partial: bool = False) -> tuple[Change, ...]:
        """Replace the tables by ``tables`` merged with the events held since begin_sync.

        ``unreadable``: ids whose item the answer holds but that did not parse; each keeps
        the copy held now, not confirmed (an id not held shows nothing: there is no copy
        to keep). ``partial``: an item's id could not be read, so every table held that
        the answer lacks is kept, not confirmed, too (contract §4 rule 6).

        Returns the changes against what was held before (already published); a kept
        copy is none. A ``periodic`` snapshot (a reconciliation while live) is published
        as plain changes, and not at all when it changed nothing, so a view redraws only
        what it healed.
        """
        held, self._held = self._held or [], None
        new: dict[str, Table] = {}
        for table in tables:
            if table.branch_id != self.branch_id:
                continue
            current = new.get(table.id)
            if current is None or table.version > current.version:
                new[table.id] = table
        # The snapshot is the truth for what it holds, even for an id deleted before it:
        # ids are never reused, so only a restored database can bring one back.
        tombstones = self._tombstones.without(new.keys())
        old = self._tables
        keep = set(unreadable)
        if partial:
            keep |= old.keys()
        unconfirmed = {tid for tid in keep - new.keys() if tid in old}
        for tid in unconfirmed:
            new[tid] = old[tid]
        for _, item in held:
            self._apply(new, tombstones, item, unconfirmed)
            if isinstance(item, Table) and item.id in unconfirmed and new[item.id] is item:
                # the copy kept is this event's own (a live sync applied it at once): a
                # readable copy that came after the answer was asked for
                unconfirmed.discard(item.id)
        marks = frozenset(self._unconfirmed ^ unconfirmed)
        self._tables, self._tombstones, self._unconfirmed = new, tombstones, unconfirmed
        changes = tuple(
            c for tid in old.keys() | new.keys() if (c := diff(old.get(tid), new.get(tid)))
        )
        self._publish(Update(changes=changes, resynced=not periodic, marks=marks))
        self._report_suspects()
        return changes

    def _apply(self, tables: dict[str, Table], tombstones: _Tombstones,
               item: Table | str, unconfirmed: set[str]) -> Change | None:
        if isinstance(item, str):  # a deletion
            tombstones.add(item)
            unconfirmed.discard(item)
            before = tables.pop(item, None)
            return diff(before, None)
        if item.id in tombstones:
            return None  # a late event for a deleted table never brings it back
        before = tables.get(item.id)
        if before is not None and item.version <= before.version:
            return None  # a duplicate or a stale copy
        if before is not None and item.version > before.version + self.version_jump:
            self._suspects.append(item)  # the server confirms it first
            return None
        tables[item.id] = item
        unconfirmed.discard(item.id)  # a readable copy, newer than the one kept
        return diff(before, item)


def parse_event(event: str, payload: Any) -> Table | str:
    """A table event's payload: a Table, or the deleted table's id."""
    if event == DELETED_EVENT:
        return parse_deleted(payload)
    if event in TABLE_EVENTS:
        return Table.from_json(payload)
    raise ParseError(event, None, "not a table event")


def _merge(changes: list[Change]) -> tuple[Change, ...]:
    """Several changes of one table in a row as one (first before, last after)."""
    first: dict[str, Change] = {}
    last: dict[str, Change] = {}
    for c in changes:
        first.setdefault(c.table_id, c)
        last[c.table_id] = c
    out = []
    for tid, c in first.items():
        merged = diff(c.before, last[tid].after)
        if merged:
            out.append(merged)
    return tuple(out)
