"""The journal: every effective change a screen applied, kept in SQLite, to replay and report.

:class:`~floorview.core.recorder.JournalRecorder` subscribes to a
:class:`~floorview.core.store.BranchStore` (the app and ``floorview watch`` both) and is
told each connection state. It appends, one transaction per store update:

* ``reference``: the branch, its floor plans, sections and users (once they have loaded,
  and when they change);
* ``snapshot``: every table, whenever a snapshot was applied (the first of a file, and
  each resync); the changes a resync reveals are kept with it, marked ``offline`` (they
  happened while the screen was not connected);
* ``live``: the changes events made: table id and number, before → after of status,
  guests, server and layout, the table's ``updatedAt`` (``statusChangedAt`` for a status
  change) as when it happened, and when it was seen; each with the whole table after it,
  so a replay needs nothing else;
* ``state``: each connection state.

Beside the batches, ``quotes``: each "when" the app gave a party at the door (the tables,
the party, the time quoted, when it was given; :mod:`floorview.core.quotes`). Schema 2
added it; a file of schema 1 gets it (empty) the first time it is opened for writing,
and reads as having no quotes until then.

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

import contextlib
import glob
import json
import logging
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

from floorview.core.journal_file import Problem, problem_of
from floorview.core.model import (
    Branch,
    FloorPlan,
    Table,
    TableSection,
    User,
    format_time,
    parse_time,
)
from floorview.core.store import Aspect, BranchStore, Change

log = logging.getLogger(__name__)

KEEP_DAYS = 90
#: A service day ends at this hour on the branch's clock.
DAY_STARTS_AT_HOUR = 5
SUFFIX = ".journal"
_SCHEMA_VERSION = 2
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
CREATE TABLE IF NOT EXISTS quotes (
    id INTEGER PRIMARY KEY,
    quoted TEXT NOT NULL,        -- when the app gave it (UTC, the contract's spelling)
    branch TEXT NOT NULL,
    table_ids TEXT NOT NULL,     -- JSON: the ids of the table (or joined tables) quoted
    numbers TEXT NOT NULL,       -- JSON: their numbers, as the host read them
    party INTEGER,               -- the party's size (NULL: not known)
    free_at TEXT NOT NULL        -- the time quoted (UTC)
);
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
    """A file that is not a journal (or a newer one), or one that cannot be opened, said
    plainly. ``damaged``: the file is not (or no longer) a journal; ``cause``: the error
    underneath, when there was one (see :func:`floorview.core.journal_file.problem_of`)."""

    def __init__(self, message: str, *, damaged: bool = False,
                 cause: BaseException | None = None) -> None:
        super().__init__(message)
        self.damaged = damaged
        self.cause = cause


def _open_error(path: Path, e: sqlite3.Error) -> JournalError:
    """An error opening ``path`` in words that say which it was: "not a floorview
    journal" had been said of a full disk too."""
    problem = problem_of(e)
    if problem is Problem.DAMAGED:
        return JournalError(f"{path} is not a floorview journal ({e}).", damaged=True, cause=e)
    if problem is Problem.FULL:
        return JournalError(f"{path} could not be opened: the disk is full ({e}).", cause=e)
    if problem is Problem.PERMISSION:
        return JournalError(f"{path} could not be opened: no permission ({e}).", cause=e)
    return JournalError(f"{path} could not be opened ({e}).", cause=e)


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
                # schema 1 → 2: the script above added the quotes table; say so
                self._conn.execute("UPDATE meta SET value = ? WHERE key = 'schema'"
                                   " AND CAST(value AS INTEGER) < ?",
                                   (str(_SCHEMA_VERSION), _SCHEMA_VERSION))
            version = self._conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        except sqlite3.Error as e:
            self._conn.close()
            raise _open_error(self.path, e) from None
        if version is None:
            self._conn.close()
            raise JournalError(f"{self.path} is not a floorview journal (it has no schema).",
                               damaged=True)
        if int(version[0]) > _SCHEMA_VERSION:
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
        ids: list[int] = []
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
                assert batch is not None  # an INSERT's row
                c.executemany(
                    "INSERT INTO changes (batch, seen, happened, offline, table_id, number,"
                    " version, aspects, status_before, status_after, guests_before,"
                    " guests_after, server_before, server_after, layout_before, layout_after,"
                    " after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [(batch, stamp, *_change_row(ch, offline)) for ch in changes])
                ids.append(batch)
            c.execute("COMMIT")
        except BaseException:
            # SQLite may have rolled back already (it does on a full disk): a ROLLBACK
            # then raised "cannot rollback - no transaction is active" over the real error.
            if c.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    c.execute("ROLLBACK")
            raise
        return ids

    def add_quote(self, quote: QuoteRow) -> int:
        """One quote the app gave, in its own transaction. Its id."""
        cur = self._conn.execute(
            "INSERT INTO quotes (quoted, branch, table_ids, numbers, party, free_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (format_time(quote.quoted), quote.branch_id, json.dumps(list(quote.table_ids)),
             json.dumps(list(quote.numbers), ensure_ascii=False), quote.party,
             format_time(quote.free_at)))
        assert cur.lastrowid is not None  # an INSERT's row
        return cur.lastrowid

    def quotes(self) -> list[QuoteRow]:
        """Every quote kept, in the order given (none in a file of schema 1)."""
        has = self._conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'quotes'").fetchone()
        if not has:
            return []
        rows = self._conn.execute(
            "SELECT quoted, branch, table_ids, numbers, party, free_at FROM quotes ORDER BY id")
        return [QuoteRow(parse_time(q), b, tuple(json.loads(ids)), tuple(json.loads(nums)),
                         party, parse_time(free)) for q, b, ids, nums, party, free in rows]

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


def _change(r: tuple[Any, ...]) -> JournalChange:
    return JournalChange(
        seen=parse_time(r[1]), happened=parse_time(r[2]) if r[2] else None,
        offline=bool(r[3]), table_id=r[4], number=r[5], version=r[6],
        aspects=frozenset(a for a in r[7].split(",") if a),
        status=(r[8], r[9]), guests=(r[10], r[11]), server=(r[12], r[13]),
        layout=(_loads(r[14]), _loads(r[15])), after=_loads(r[16]))


def _loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def _change_row(ch: Change, offline: bool) -> tuple[Any, ...]:
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


def _layout(t: Table) -> dict[str, Any]:
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
    layout: tuple[dict[str, Any] | None, dict[str, Any] | None]
    after: dict[str, Any] | None

    @property
    def when(self) -> datetime:
        """When it happened by the server's clock, else when it was seen."""
        return self.happened or self.seen


@dataclass(frozen=True, slots=True)
class QuoteRow:
    """A "when" the app gave: the table(s) quoted, for a party of ``party``, likely free at
    ``free_at``, said at ``quoted``."""

    quoted: datetime
    branch_id: str
    table_ids: tuple[str, ...]
    numbers: tuple[str, ...]
    party: int | None
    free_at: datetime


@dataclass(frozen=True, slots=True)
class Entry:
    seen: datetime
    kind: str  # reference | snapshot | live | state
    detail: Any
    changes: tuple[JournalChange, ...] = ()


# --- the reference, as JSON -------------------------------------------------------------


def reference_json(store: BranchStore) -> dict[str, Any]:
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


def apply_reference(store: BranchStore, detail: dict[str, Any]) -> None:
    branch = Branch.from_json(detail["branch"]) if detail.get("branch") else None
    store.set_reference(
        branch=branch,
        floor_plans=[FloorPlan.from_json(x) for x in detail.get("floorPlans", [])],
        sections=[TableSection.from_json(x) for x in detail.get("sections", [])],
        users=[User.from_json(x) for x in detail.get("users", [])])


def evening_reference(references: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """One reference with every floor plan, section and user an evening's references
    named (each as its latest reference had it) and the latest branch.

    A journal's first reference may hold no floor plan (a screen recorded the branch
    before its plans had loaded): taken alone, a replay of it drew nothing at all."""
    merged: dict[str, Any] = {"branch": None}
    kept: dict[str, dict[str, dict[str, Any]]] = {"floorPlans": {}, "sections": {}, "users": {}}
    for ref in references:
        merged["branch"] = ref.get("branch") or merged["branch"]
        for key, items in kept.items():
            for item in ref.get(key) or ():
                items[item["id"]] = item
    return {**merged, **{key: list(items.values()) for key, items in kept.items()}}


def last_tables(entries: Sequence[Entry]) -> dict[str, Table]:
    """The tables as a journal last held them (its last snapshot and the changes after)."""
    tables: dict[str, dict[str, Any]] = {}
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


def read_quotes(path: Path | str) -> list[QuoteRow]:
    """Every quote a journal file keeps, in the order given (opened read-only)."""
    with Journal(path, readonly=True) as journal:
        try:
            return journal.quotes()
        except (sqlite3.DatabaseError, ValueError, TypeError) as e:
            raise JournalError(f"{path} could not be read ({e}).") from None


def iter_read(path: Path | str) -> Iterator[Entry]:
    """:func:`read` one entry at a time (the file stays open until the last)."""
    with Journal(path, readonly=True) as journal:
        try:
            yield from journal.iter_entries()
        except sqlite3.DatabaseError as e:
            raise JournalError(f"{path} could not be read ({e}).") from None
