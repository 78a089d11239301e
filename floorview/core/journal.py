"""The journal: every effective change a screen applied, kept in SQLite, to replay and report.

:class:`JournalRecorder` subscribes to a :class:`~floorview.core.store.BranchStore` (the
app and ``floorview watch`` both) and is told each connection state. It appends, one
transaction per store update:

* ``reference``: the branch, its floor plans, sections and users (when they change);
* ``snapshot``: every table, whenever a snapshot was applied (the first of a file, and
  each resync); the changes a resync reveals are kept with it, marked ``offline`` (they
  happened while the screen was not connected);
* ``live``: the changes events made: table id and number, before → after of status,
  guests, server and layout, the table's ``updatedAt`` (``statusChangedAt`` for a status
  change) as when it happened, and when it was seen; each with the whole table after it,
  so a replay needs nothing else;
* ``state``: each connection state.

By default each branch has a folder in the platform's data folder with one file per
service day (a day ends at 05:00 on the branch's clock, so a late evening stays whole);
files older than ``keep_days`` (90) are removed when a new day begins. Each day's file
starts with a reference and a snapshot, so it stands alone. ``--journal PATH`` writes
one file, never rotated.

Append-only and crash-safe: SQLite in WAL mode, each batch one transaction; a process
killed mid-write leaves every committed batch readable and no half batch (WAL's commit
is atomic; ``synchronous=NORMAL`` loses at most the last batches on a power cut, never
on a crash of the process, and costs no fsync per batch).

Qt-free.
"""

from __future__ import annotations

import asyncio
import glob
import json
import logging
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

from floorview.core.live import ConnectionStatus
from floorview.core.model import (
    Branch,
    FloorPlan,
    Table,
    TableSection,
    User,
    format_time,
    parse_time,
)
from floorview.core.store import Aspect, BranchStore, Change, Update, diff

log = logging.getLogger(__name__)

KEEP_DAYS = 90
#: A service day ends at this hour on the branch's clock.
DAY_STARTS_AT_HOUR = 5
SUFFIX = ".journal"
_SCHEMA_VERSION = 1
_LAYOUT_FIELDS = ("floorPlanId", "x", "y", "width", "height", "rotation", "shape")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS batches (
    id INTEGER PRIMARY KEY,
    seen TEXT NOT NULL,          -- when this screen saw it (UTC, the contract's spelling)
    kind TEXT NOT NULL,          -- reference | snapshot | live | state
    detail TEXT,                 -- JSON: the reference, the snapshot's tables, the state
    changes INTEGER NOT NULL     -- how many change rows belong to it (a check on reading)
);
CREATE TABLE IF NOT EXISTS changes (
    id INTEGER PRIMARY KEY,
    batch INTEGER NOT NULL REFERENCES batches(id),
    seen TEXT NOT NULL,
    happened TEXT,               -- the server's statusChangedAt / updatedAt
    offline INTEGER NOT NULL,    -- 1: revealed by a resync, made while not connected
    table_id TEXT NOT NULL,
    number TEXT NOT NULL,
    version INTEGER NOT NULL,
    aspects TEXT NOT NULL,       -- comma-separated, see floorview.core.store.Aspect
    status_before TEXT, status_after TEXT,
    guests_before INTEGER, guests_after INTEGER,
    server_before TEXT, server_after TEXT,
    layout_before TEXT, layout_after TEXT,   -- JSON, when the layout changed
    after TEXT                   -- JSON: the whole table after (NULL: deleted)
);
CREATE INDEX IF NOT EXISTS changes_by_table ON changes(table_id, id);
"""


def utcnow() -> datetime:
    return datetime.now(UTC)


def default_folder() -> Path:
    """Where journals live by default: ``<the platform's data folder>/floorview/journal``."""
    import platformdirs

    return Path(platformdirs.user_data_dir("floorview", appauthor=False)) / "journal"


def service_day(when: datetime, zone: tzinfo | None) -> date:
    """The service day ``when`` belongs to on the branch's clock (it ends at 05:00)."""
    return (when.astimezone(zone) - timedelta(hours=DAY_STARTS_AT_HOUR)).date()


def day_file(folder: Path, branch_id: str, day: date) -> Path:
    return folder / safe_name(branch_id) / f"{day.isoformat()}{SUFFIX}"


def safe_name(name: str) -> str:
    """A branch id as a folder name."""
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in name) or "branch"


# --- writing ----------------------------------------------------------------------------


class JournalError(Exception):
    """A file that is not a journal (or a newer one), said plainly."""


class Journal:
    """One journal file, open for appending (and reading)."""

    def __init__(self, path: Path | str, *, readonly: bool = False) -> None:
        self.path = Path(path)
        if readonly:
            if not self.path.is_file():
                raise JournalError(f"No journal at {self.path}.")
            # Not SQLite's mode=ro: a reader may have to recover the WAL of a killed writer.
            self._conn = sqlite3.connect(str(self.path), isolation_level=None)
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(str(self.path), isolation_level=None)
        try:
            self._conn.execute("PRAGMA busy_timeout = 2000")
            if not readonly:
                self._conn.execute("PRAGMA journal_mode = WAL")
                self._conn.execute("PRAGMA synchronous = NORMAL")
                self._conn.executescript(_SCHEMA)
                self._conn.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)",
                                   (str(_SCHEMA_VERSION),))
            version = self._conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        except sqlite3.DatabaseError as e:
            self._conn.close()
            raise JournalError(f"{self.path} is not a floorview journal ({e}).") from None
        if version is None or int(version[0]) > _SCHEMA_VERSION:
            self._conn.close()
            raise JournalError(f"{self.path} was written by a newer floorview.")

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def set_meta(self, key: str, value: str) -> None:
        self._conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def meta(self, key: str) -> str | None:
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def append(self, seen: datetime, kind: str, detail: Any = None,
               changes: Sequence[Change] = (), *, offline: bool = False) -> int:
        """One batch, in one transaction: all of it is kept, or none. Its id."""
        return self.append_many([(seen, kind, detail, changes, offline)])[0]

    def append_many(self, batches: Sequence[tuple[datetime, str, Any, Sequence[Change], bool]]
                    ) -> list[int]:
        """Batches (seen, kind, detail, changes, offline), in one transaction: all of them
        are kept, or none. Their ids."""
        c = self._conn
        ids = []
        c.execute("BEGIN IMMEDIATE")
        try:
            for seen, kind, detail, changes, offline in batches:
                stamp = format_time(seen)
                cur = c.execute(
                    "INSERT INTO batches (seen, kind, detail, changes) VALUES (?, ?, ?, ?)",
                    (stamp, kind,
                     None if detail is None else json.dumps(detail, ensure_ascii=False),
                     len(changes)))
                batch = cur.lastrowid
                c.executemany(
                    "INSERT INTO changes (batch, seen, happened, offline, table_id, number,"
                    " version, aspects, status_before, status_after, guests_before,"
                    " guests_after, server_before, server_after, layout_before, layout_after,"
                    " after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [(batch, stamp, *_change_row(ch, offline)) for ch in changes])
                ids.append(batch)
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise
        return ids  # type: ignore[return-value]

    # --- reading ------------------------------------------------------------------------

    def entries(self, *, from_last_snapshot: bool = False) -> list[Entry]:
        """Every batch in order, each with its changes (a batch without all of them,
        which a committed journal never has, is left out and logged).

        ``from_last_snapshot``: only the last snapshot and what follows it (all a restart
        needs to know what the journal last held; reading a whole evening's 100,000
        changes took seconds of the GUI thread at the first "live")."""
        return list(self.iter_entries(from_last_snapshot=from_last_snapshot))

    def iter_entries(self, *, from_last_snapshot: bool = False) -> Iterator[Entry]:
        """:meth:`entries` one at a time: a reader that needs each batch once holds one
        batch, not the day (a 200 MB journal read whole held ~300 MiB more)."""
        first = 0
        if from_last_snapshot:
            (last,) = self._conn.execute(
                "SELECT MAX(id) FROM batches WHERE kind = 'snapshot'").fetchone()
            first = last or 0
        # Both in batch order (a batch's changes are written right after it, in its
        # transaction, so their ids follow the batches'): one pass over each, side by side.
        changes = self._conn.execute(
            "SELECT batch, seen, happened, offline, table_id, number, version, aspects,"
            " status_before, status_after, guests_before, guests_after, server_before,"
            " server_after, layout_before, layout_after, after FROM changes"
            " WHERE batch >= ? ORDER BY id", (first,))
        batches = self._conn.execute(
            "SELECT id, seen, kind, detail, changes FROM batches WHERE id >= ? ORDER BY id",
            (first,))
        row = next(changes, None)
        for bid, seen, kind, detail, count in batches:
            held: list[JournalChange] = []
            while row is not None and row[0] <= bid:
                if row[0] == bid:
                    held.append(_change(row))
                row = next(changes, None)
            if len(held) != count:
                log.warning("journal %s: batch %s has %d of its %d changes; left out",
                            self.path, bid, len(held), count)
                continue
            yield Entry(parse_time(seen), kind, _loads(detail), tuple(held))


def _change(r: tuple) -> JournalChange:
    return JournalChange(
        seen=parse_time(r[1]), happened=parse_time(r[2]) if r[2] else None,
        offline=bool(r[3]), table_id=r[4], number=r[5], version=r[6],
        aspects=frozenset(a for a in r[7].split(",") if a),
        status=(r[8], r[9]), guests=(r[10], r[11]), server=(r[12], r[13]),
        layout=(_loads(r[14]), _loads(r[15])), after=_loads(r[16]))


def _loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def _change_row(ch: Change, offline: bool) -> tuple:
    b, a, t = ch.before, ch.after, ch.table
    happened = None
    if a is not None:
        happened = a.status_changed_at if Aspect.STATUS in ch.aspects else a.updated_at
        happened = happened or a.updated_at
    layout = Aspect.LAYOUT in ch.aspects
    return (
        format_time(happened) if happened else None, int(offline), t.id, t.number, t.version,
        ",".join(sorted(x.value for x in ch.aspects)),
        b.status_text if b else None, a.status_text if a else None,
        b.guest_count if b else None, a.guest_count if a else None,
        b.server_id if b else None, a.server_id if a else None,
        json.dumps(_layout(b)) if layout and b else None,
        json.dumps(_layout(a)) if layout and a else None,
        json.dumps(a.to_json(), ensure_ascii=False) if a else None,
    )


def _layout(t: Table) -> dict:
    raw = t.to_json()
    return {k: raw.get(k) for k in _LAYOUT_FIELDS}


@dataclass(frozen=True, slots=True)
class JournalChange:
    """One change as the journal holds it; ``status``, ``guests``, ``server`` and
    ``layout`` are (before, after) pairs; ``after`` the whole table after (None: deleted)."""

    seen: datetime
    happened: datetime | None
    offline: bool
    table_id: str
    number: str
    version: int
    aspects: frozenset[str]
    status: tuple[str | None, str | None]
    guests: tuple[int | None, int | None]
    server: tuple[str | None, str | None]
    layout: tuple[dict | None, dict | None]
    after: dict | None

    @property
    def when(self) -> datetime:
        """When it happened by the server's clock, else when it was seen."""
        return self.happened or self.seen


@dataclass(frozen=True, slots=True)
class Entry:
    seen: datetime
    kind: str  # reference | snapshot | live | state
    detail: Any
    changes: tuple[JournalChange, ...] = ()


# --- the reference, as JSON -------------------------------------------------------------


def reference_json(store: BranchStore) -> dict:
    b = store.branch
    return {
        "branch": {"id": b.id, "name": b.name, "timezone": b.timezone} if b else None,
        "floorPlans": [{"id": f.id, "branchId": f.branch_id, "name": f.name, "width": f.width,
                        "height": f.height, "sortOrder": f.sort_order} for f in store.floor_plans],
        "sections": [{"id": s.id, "branchId": s.branch_id, "floorPlanId": s.floor_plan_id,
                      "name": s.name, "color": s.color, "serverId": s.server_id}
                     for s in store.sections.values()],
        "users": [{"id": u.id, "name": u.name, "email": u.email, "role": u.role.value,
                   "branchIds": list(u.branch_ids), "color": u.color}
                  for u in store.users.values()],
    }


def apply_reference(store: BranchStore, detail: dict) -> None:
    branch = Branch.from_json(detail["branch"]) if detail.get("branch") else None
    store.set_reference(
        branch=branch,
        floor_plans=[FloorPlan.from_json(x) for x in detail.get("floorPlans", [])],
        sections=[TableSection.from_json(x) for x in detail.get("sections", [])],
        users=[User.from_json(x) for x in detail.get("users", [])])


# --- the recorder -------------------------------------------------------------------------


@dataclass
class JournalRecorder:
    """Appends what ``store`` applies (and each connection state) to its branch's journal.

    Args:
        store: the branch's store; call :meth:`attach` to start.
        path: one journal file (never rotated); else a file per service day in ``folder``.
        folder: the journals' folder (default :func:`default_folder`).
        keep_days: day files older than this are removed when a new day begins.
        clock: "now", for when a change was seen.
        hold_s: live changes are kept this long (on the running asyncio loop) and then
            written together, in one transaction; anything else is written at once, after
            them. 0: each at once. One commit per event cost the app's GUI thread ~9 %
            of its time at 100 changes a second; a crash loses at most this much, which
            the next start's snapshot then records as changed while none was watching.
    """

    store: BranchStore
    path: Path | None = None
    folder: Path | None = None
    keep_days: int = KEEP_DAYS
    clock: Callable[[], datetime] = utcnow
    hold_s: float = 0.0
    _journal: Journal | None = field(default=None, init=False, repr=False)
    _held: list[tuple[datetime, Sequence[Change]]] = field(default_factory=list, init=False,
                                                           repr=False)
    _flush: asyncio.TimerHandle | None = field(default=None, init=False, repr=False)
    _day: date | None = field(default=None, init=False, repr=False)
    _reference: str | None = field(default=None, init=False, repr=False)
    _snapshots: int = field(default=0, init=False, repr=False)
    _previous: dict[str, Table] | None = field(default=None, init=False, repr=False)
    _unsubscribe: Callable[[], None] | None = field(default=None, init=False, repr=False)
    failed: bool = field(default=False, init=False)

    def attach(self) -> JournalRecorder:
        self._unsubscribe = self.store.subscribe(self.on_update)
        return self

    def close(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.flush()
        if self._journal is not None:
            self._journal.close()
            self._journal = None

    @property
    def current_path(self) -> Path | None:
        return self._journal.path if self._journal else None

    # --- what it is told ----------------------------------------------------------------

    def status(self, status: ConnectionStatus) -> None:
        self._append("state", {
            "state": status.state.value, "since": format_time(status.since),
            "asOf": format_time(status.as_of) if status.as_of else None,
            "message": status.message, "attempt": status.attempt})

    def on_update(self, update: Update) -> None:
        if update.reference:
            self._note_reference()
        if update.resynced:
            # The first snapshot is where the journal starts; a later one's changes were
            # made while this screen was not connected (or its events were missed).
            first = self._snapshots == 0
            self._snapshots += 1
            changes: Sequence[Change] = () if first else update.changes
            if first and not self.failed:
                try:  # open the file now: it tells what the journal last held
                    self._open_for(self.clock(), "snapshot", update.changes)
                except (OSError, sqlite3.Error, JournalError) as e:
                    log.error("the journal stopped: %s", e)
                    self.failed = True
            if first and self._previous is not None:
                # The journal already held this branch (the screen was restarted): what
                # differs from what it last held changed while no screen was watching.
                now = self.store.tables
                changes = [c for tid in sorted(self._previous.keys() | now.keys())
                           if (c := diff(self._previous.get(tid), now.get(tid)))]
            self._append("snapshot", self._snapshot_json(resync=bool(changes) or not first),
                         changes, offline=bool(changes))
        elif update.changes:
            self._hold(update.changes)

    def _hold(self, changes: Sequence[Change]) -> None:
        try:
            loop = asyncio.get_running_loop() if self.hold_s > 0 else None
        except RuntimeError:
            loop = None
        if loop is None:
            self._append("live", None, changes)
            return
        self._held.append((self.clock(), changes))
        if self._flush is None:
            self._flush = loop.call_later(self.hold_s, self.flush)

    def flush(self) -> None:
        """Write the live changes held, now."""
        if self._flush is not None:
            self._flush.cancel()
            self._flush = None
        held, self._held = self._held, []
        if not held or self.failed:
            return
        try:
            group: list = []
            for i, (seen, changes) in enumerate(held):
                if group and self._starts_file(seen):
                    self._journal.append_many(group)  # type: ignore[union-attr]
                    group = []
                # A new day's file starts with the tables as they were before this batch:
                # the store already holds this batch's changes and the later ones held.
                later = ([c for _, batch in reversed(held[i:]) for c in reversed(batch)]
                         if self._starts_file(seen) else changes)
                self._open_for(seen, "live", later)
                group.append((seen, "live", None, changes, False))
            self._journal.append_many(group)  # type: ignore[union-attr]
        except (OSError, sqlite3.Error, JournalError) as e:
            log.error("the journal stopped: %s", e)
            self.failed = True

    # --- writing, rotating ----------------------------------------------------------------

    def _snapshot_json(self, *, resync: bool, undo: Sequence[Change] = ()) -> dict:
        """Every table held, as before ``undo`` (the changes about to be appended)."""
        tables = dict(self.store.tables)
        for change in undo:
            if change.before is None:
                tables.pop(change.table_id, None)
            else:
                tables[change.table_id] = change.before
        return {"resync": resync, "tables": [tables[t].to_json() for t in sorted(tables)]}

    def _note_reference(self) -> None:
        ref = reference_json(self.store)
        text = json.dumps(ref, sort_keys=True)
        if text != self._reference:
            self._reference = text
            self._append("reference", ref)

    def _append(self, kind: str, detail: Any, changes: Sequence[Change] = (), *,
                offline: bool = False) -> None:
        self.flush()  # what was held came first
        if self.failed:
            return
        now = self.clock()
        try:
            journal = self._open_for(now, kind, changes)
            journal.append(now, kind, detail, changes, offline=offline)
        except (OSError, sqlite3.Error, JournalError) as e:
            # The screen goes on without its journal rather than stop showing the floor.
            log.error("the journal stopped: %s", e)
            self.failed = True

    def _starts_file(self, now: datetime) -> bool:
        """Whether a batch seen ``now`` opens a file (the first, or a new day's)."""
        if self._journal is None:
            return True
        zone = self.store.branch.zone if self.store.branch else None
        return self.path is None and service_day(now, zone) != self._day

    def _open_for(self, now: datetime, kind: str, changes: Sequence[Change]) -> Journal:
        if self.path is not None:
            if self._journal is None:
                self._start(Journal(self.path), now, kind, changes)
            return self._journal  # type: ignore[return-value]
        zone = self.store.branch.zone if self.store.branch else None
        day = service_day(now, zone)
        if self._journal is not None and day == self._day:
            return self._journal
        folder = self.folder or default_folder()
        if self._journal is not None:
            self._journal.close()
        self._day = day
        self._start(Journal(day_file(folder, self.store.branch_id, day)), now, kind, changes)
        self._journal.set_meta("day", day.isoformat())  # type: ignore[union-attr]
        prune(folder / safe_name(self.store.branch_id), day, self.keep_days)
        return self._journal  # type: ignore[return-value]

    def _start(self, journal: Journal, now: datetime, kind: str,
               changes: Sequence[Change]) -> None:
        """A file (new, or a new day's) starts with what the screen holds: it stands alone."""
        self._journal = journal
        if self._snapshots <= 1 and self._previous is None:
            self._previous = last_tables(journal.entries(from_last_snapshot=True)) or None
        journal.set_meta("branch", self.store.branch_id)
        if self.store.branch is not None and kind != "reference":
            ref = reference_json(self.store)
            self._reference = json.dumps(ref, sort_keys=True)
            journal.append(now, "reference", ref)
        if self.store.tables and kind != "snapshot":
            journal.append(now, "snapshot", self._snapshot_json(resync=False, undo=changes))


def last_tables(entries: Sequence[Entry]) -> dict[str, Table]:
    """The tables as a journal last held them (its last snapshot and the changes after)."""
    tables: dict[str, dict] = {}
    for e in entries:
        if e.kind == "snapshot":
            tables = {t["id"]: t for t in (e.detail or {}).get("tables", [])}
        elif e.kind == "live":
            for c in e.changes:
                if c.after is None:
                    tables.pop(c.table_id, None)
                else:
                    tables[c.table_id] = c.after
    out = {}
    for tid, t in tables.items():
        try:
            out[tid] = Table.from_json(t)
        except ValueError:
            log.warning("journal: a table it held does not parse; left out")
    return out


def recorder_for(args: Any, store: BranchStore, **kwargs: Any) -> JournalRecorder | None:
    """The recorder ``--journal PATH`` / ``--no-journal`` ask for (attached), or None."""
    if getattr(args, "no_journal", False):
        return None
    path = getattr(args, "journal", None)
    return JournalRecorder(store, path=Path(path) if path else None, **kwargs).attach()


def prune(folder: Path, today: date, keep_days: int) -> list[Path]:
    """Remove the day files in ``folder`` more than ``keep_days`` before ``today``."""
    removed = []
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        try:
            day = date.fromisoformat(path.name[: -len(SUFFIX)])
        except ValueError:
            continue
        if (today - day).days > keep_days:
            # with its -wal, -shm and whatever else is kept beside it (its turns)
            for p in [path, *folder.glob(f"{glob.escape(path.name)}?*")]:
                p.unlink(missing_ok=True)
            removed.append(path)
    return removed


def day_files(folder: Path | None = None) -> Iterator[tuple[str, date, Path]]:
    """Every (branch folder, day, file) in the journals' folder, oldest first."""
    folder = folder or default_folder()
    for branch in sorted(p for p in folder.glob("*") if p.is_dir()):
        for path in sorted(branch.glob(f"*{SUFFIX}")):
            try:
                yield branch.name, date.fromisoformat(path.name[: -len(SUFFIX)]), path
            except ValueError:
                continue


def read(path: Path | str) -> list[Entry]:
    """Every entry of a journal file, in order (opened read-only)."""
    return list(iter_read(path))


def iter_read(path: Path | str) -> Iterator[Entry]:
    """:func:`read` one entry at a time (the file stays open until the last)."""
    with Journal(path, readonly=True) as journal:
        try:
            yield from journal.iter_entries()
        except sqlite3.DatabaseError as e:
            raise JournalError(f"{path} could not be read ({e}).") from None
