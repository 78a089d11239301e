"""The journal's recorder: what a store applies, appended to its branch's journal, through
a full disk, a damaged file and a second screen on the same branch.

:class:`JournalRecorder` turns each store update (and each connection state) into a
journal entry (see :mod:`floorview.core.journal` for what each holds) and queues it; the
queue is written in order, one transaction per write. When a write fails the recorder
*pauses*: it keeps what it could not write (at most ``max_held`` changes; beyond that the
oldest are dropped and counted), tries again after 1, 2, 4 … 30 s, and once writing
works again writes everything it kept, in order, each once (a failed transaction keeps
none of its batches). A full disk had stopped the journal for good: 155 changes made
after the space was freed were lost.

* A damaged file (SQLite: "file is not a database", "database disk image is malformed";
  a file that no longer starts as SQLite's do; a journal without its schema) is moved
  aside as ``<name>.corrupt-<UTC time>`` and a new file started, with its own reference
  and snapshot so it stands alone.
* One writer per journal file (:class:`~floorview.core.journal_file.WriterLock`): a second
  screen recording the same file records nothing, says so, and takes over (with a
  snapshot) if the first one stops.
* Files 0600 in folders 0700 (the journal names the staff), made so before SQLite opens
  them.
* A file starts with the branch's reference once it has loaded: a reference written
  before the floor plans had loaded (``"floorPlans": []``) replayed as nothing at all.

:attr:`JournalRecorder.state` tells recording or paused (why, how many changes are
kept, how many were dropped); :meth:`JournalRecorder.listen` is told each change of it.

Qt-free.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import sqlite3
import time
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from floorview.core.journal import (
    KEEP_DAYS,
    Journal,
    JournalError,
    day_file,
    default_folder,
    last_tables,
    prune,
    reference_json,
    safe_name,
    service_day,
    utcnow,
)
from floorview.core.journal_file import (
    Locked,
    Problem,
    WriterLock,
    looks_damaged,
    move_aside,
    plain_words,
    prepare,
    problem_of,
)
from floorview.core.live import ConnectionStatus
from floorview.core.model import Table, format_time
from floorview.core.private import private_dir
from floorview.core.store import BranchStore, Change, Update, diff
from floorview.core.words import translate

log = logging.getLogger(__name__)

#: At most this many changes are kept while the journal cannot be written.
MAX_HELD = 10_000
RETRY_FIRST_S = 1.0
RETRY_MAX_S = 30.0

_WRITE_ERRORS = (OSError, sqlite3.Error, JournalError)


@dataclass(frozen=True, slots=True)
class RecorderState:
    """What the recorder is doing, as its listeners are told.

    ``event``: what just happened: ``paused`` (a write failed), ``still_paused`` (a retry
    failed too), ``resumed`` (everything kept was written), ``moved_aside`` (a damaged
    file was moved aside as ``moved_aside`` and a new one started), ``now`` (asked)."""

    paused: bool = False
    problem: Problem | None = None
    words: str = ""                    # the problem in plain English
    held: int = 0                      # changes kept, not yet written
    dropped: int = 0                   # changes dropped (too many kept) since the start
    written: int = 0                   # on resuming: the kept changes it wrote
    moved_aside: Path | None = None
    event: str = "now"

    def describe(self) -> str:
        """One line for a terminal (``watch``), in the language in use."""
        dropped, held, written = self.dropped, self.held, self.written
        lost = translate("Recorder", "; %n older changes could not be kept", None, dropped) if dropped else ""
        if self.event == "moved_aside" and self.moved_aside is not None:
            return translate("Recorder", "journal: the file was damaged; moved aside as {0}, a new one "
                             "started").format(self.moved_aside.name)
        if self.problem is Problem.LOCKED:
            return translate("Recorder", "journal off: {0}").format(self.words)
        if self.paused:
            if self.problem is Problem.FULL:
                return translate("Recorder", "journal paused: {0} — %n changes kept, written when there is "
                                 "room{1}", None, held).format(self.words, lost)
            return translate("Recorder", "journal paused: {0} — %n changes kept, written as soon as it "
                             "can{1}", None, held).format(self.words, lost)
        if self.event == "resumed" and written:
            return translate("Recorder", "journal recording again: %n kept changes written{0}",
                             None, written).format(lost)
        if self.event == "resumed":
            return translate("Recorder", "journal recording again{0}").format(lost)
        return translate("Recorder", "journal recording{0}").format(lost)


@dataclass(slots=True)
class _Batch:
    """One entry to write, as it was when the store applied it."""

    seen: datetime
    kind: str
    detail: Any
    changes: tuple[Change, ...]
    offline: bool
    ref: dict[str, Any] | None  # the reference then (None: not loaded yet)
    before: dict[str, Table] | None = None  # a snapshot's: the tables before it

    @property
    def weight(self) -> int:
        return max(1, len(self.changes))

    def row(self) -> tuple[Any, ...]:
        return (self.seen, self.kind, self.detail, self.changes, self.offline)


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
        max_held: changes kept while the journal cannot be written; beyond, the oldest
            are dropped (counted in :attr:`state`).
        retry_first_s, retry_max_s: a paused journal tries again after retry_first_s,
            twice as long each time, at most retry_max_s (on the running asyncio loop;
            without one, at the next change after that time).
    """

    store: BranchStore
    path: Path | None = None
    folder: Path | None = None
    keep_days: int = KEEP_DAYS
    clock: Callable[[], datetime] = utcnow
    hold_s: float = 0.0
    max_held: int = MAX_HELD
    retry_first_s: float = RETRY_FIRST_S
    retry_max_s: float = RETRY_MAX_S
    _pending: deque[_Batch] = field(default_factory=deque, init=False, repr=False)
    _weight: int = field(default=0, init=False, repr=False)
    _held_changes: int = field(default=0, init=False, repr=False)
    _tables: dict[str, Table] = field(default_factory=dict, init=False, repr=False)
    _ref: dict[str, Any] | None = field(default=None, init=False, repr=False)
    _reference: str | None = field(default=None, init=False, repr=False)
    _journal: Journal | None = field(default=None, init=False, repr=False)
    _lock: WriterLock | None = field(default=None, init=False, repr=False)
    _fresh: bool = field(default=False, init=False, repr=False)
    _resync: bool = field(default=False, init=False, repr=False)
    _day: date | None = field(default=None, init=False, repr=False)
    _opening: Path | None = field(default=None, init=False, repr=False)
    _inode: tuple[int, int] | None = field(default=None, init=False, repr=False)
    _snapshots: int = field(default=0, init=False, repr=False)
    _previous: dict[str, Table] | None = field(default=None, init=False, repr=False)
    _unsubscribe: Callable[[], None] | None = field(default=None, init=False, repr=False)
    _flush: asyncio.TimerHandle | None = field(default=None, init=False, repr=False)
    _retry: asyncio.TimerHandle | None = field(default=None, init=False, repr=False)
    _problem: Problem | None = field(default=None, init=False, repr=False)
    _words: str = field(default="", init=False, repr=False)
    _retry_in: float = field(default=0.0, init=False, repr=False)
    _retry_at: float = field(default=0.0, init=False, repr=False)
    _dropped: int = field(default=0, init=False, repr=False)
    _written: int = field(default=0, init=False, repr=False)
    _moved_aside: Path | None = field(default=None, init=False, repr=False)
    _listeners: list[Callable[[RecorderState], None]] = field(default_factory=list,
                                                              init=False, repr=False)

    def attach(self) -> JournalRecorder:
        self._tables = dict(self.store.tables)
        if self.store.tables or self.store.floor_plans:  # a store that has synced already
            self._ref = reference_json(self.store)
            self._reference = json.dumps(self._ref, sort_keys=True)
        self._unsubscribe = self.store.subscribe(self.on_update)
        return self

    def close(self) -> None:
        """Write what is kept (one last try), then let the file go."""
        self._listeners.clear()  # a window closing may be gone already
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        for timer in (self._flush, self._retry):
            if timer is not None:
                timer.cancel()
        self._flush = self._retry = None
        self._write(force=True, final=True)
        if self._held_changes and self._problem is not Problem.LOCKED:
            log.error("journal closed with %d change%s it could not write: %s",
                      self._held_changes, "s" if self._held_changes != 1 else "", self._words)
        self._let_go()

    @property
    def current_path(self) -> Path | None:
        return self._journal.path if self._journal else None

    @property
    def failed(self) -> bool:
        """Whether the journal is paused (it is not being written)."""
        return self._problem is not None

    @property
    def state(self) -> RecorderState:
        return self._state("now")

    def listen(self, listener: Callable[[RecorderState], None]) -> Callable[[], None]:
        """Call ``listener`` with each change of :attr:`state`; returns the unsubscribe."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    # --- what it is told ----------------------------------------------------------------

    def status(self, status: ConnectionStatus) -> None:
        self._queue("state", {
            "state": status.state.value, "since": format_time(status.since),
            "asOf": format_time(status.as_of) if status.as_of else None,
            "message": status.message, "attempt": status.attempt})

    def on_update(self, update: Update) -> None:
        if update.reference:
            self._note_reference()
        if update.resynced:
            if self._ref is None:  # a sync follows the reference's load, changed or not
                self._note_reference()
            # The first snapshot is where the journal starts; a later one's changes were
            # made while this screen was not connected (or its events were missed).
            first = self._snapshots == 0
            self._snapshots += 1
            changes: Sequence[Change] = () if first else update.changes
            if first:  # open the file now: it tells what the journal last held
                self._write(force=True, open_only=True)
            if first and self._previous is not None:
                # The journal already held this branch (the screen was restarted): what
                # differs from what it last held changed while no screen was watching.
                now = self.store.tables
                changes = [c for tid in sorted(self._previous.keys() | now.keys())
                           if (c := diff(self._previous.get(tid), now.get(tid)))]
            self._queue("snapshot", self._snapshot_json(resync=bool(changes) or not first),
                        changes, offline=bool(changes), snapshot=True)
        elif update.changes:
            self._queue("live", None, update.changes, live=True)

    def flush(self) -> None:
        """Write what is kept, now (a paused journal tries at once)."""
        if self._flush is not None:
            self._flush.cancel()
            self._flush = None
        self._write(force=True)

    # --- queueing -------------------------------------------------------------------------

    def _note_reference(self) -> None:
        ref = reference_json(self.store)
        text = json.dumps(ref, sort_keys=True)
        self._ref = ref
        if text != self._reference:
            self._reference = text
            self._queue("reference", ref)

    def _snapshot_json(self, *, resync: bool,
                       tables: Mapping[str, Table] | None = None) -> dict[str, Any]:
        held = self.store.tables if tables is None else tables
        return {"resync": resync, "tables": [held[t].to_json() for t in sorted(held)]}

    def _queue(self, kind: str, detail: Any, changes: Sequence[Change] = (), *,
               offline: bool = False, live: bool = False, snapshot: bool = False) -> None:
        batch = _Batch(self.clock(), kind, detail, tuple(changes), offline, self._ref)
        if snapshot:
            batch.before, self._tables = self._tables, dict(self.store.tables)
        else:
            for c in batch.changes:
                if c.after is None:
                    self._tables.pop(c.table_id, None)
                else:
                    self._tables[c.table_id] = c.after
        self._pending.append(batch)
        self._weight += batch.weight
        self._held_changes += len(batch.changes)
        self._trim()
        if self._problem is not None:
            if self._retry is None and time.monotonic() >= self._retry_at:
                self._write()  # no loop to retry on: the next change does
            elif self._problem is Problem.LOCKED:
                self._forget_pending()  # another floorview records it
            return
        loop = _running_loop() if live and self.hold_s > 0 else None
        if loop is None:
            self._write()
        elif self._flush is None:
            self._flush = loop.call_later(self.hold_s, self.flush)

    def _trim(self) -> None:
        """At most ``max_held`` changes kept: the oldest go first, counted."""
        dropped, lost_state = 0, False
        while self._weight > self.max_held and len(self._pending) > 1:
            batch = self._pending.popleft()
            self._weight -= batch.weight
            self._held_changes -= len(batch.changes)
            dropped += len(batch.changes)
            lost_state = lost_state or bool(batch.changes) or batch.kind != "state"
        if dropped and not self._dropped:
            log.error("journal: more than %d changes kept; the oldest are dropped",
                      self.max_held)
        self._dropped += dropped
        if lost_state:  # right again from a reference and a snapshot on
            self._resync = True

    def _forget_pending(self) -> None:
        self._pending.clear()
        self._weight = self._held_changes = 0

    # --- writing ------------------------------------------------------------------------------

    def _write(self, *, force: bool = False, final: bool = False,
               open_only: bool = False) -> None:
        """Try to write everything kept (a paused journal only when its retry is due)."""
        if self._ref is None and not final:
            return  # a file starts with the branch's reference: wait until it has loaded
        if self._problem is not None and not force and time.monotonic() < self._retry_at:
            return
        was_paused = self._problem is not None
        written = self._held_changes
        try:
            for attempt in range(3):
                try:
                    self._write_pending(open_only=open_only)
                    break
                except _WRITE_ERRORS as e:
                    if problem_of(e) is not Problem.DAMAGED or attempt == 2:
                        raise
                    self._set_aside(e)
        except Locked as e:
            self._pause(Problem.LOCKED, e)
            return
        except _WRITE_ERRORS as e:
            self._pause(problem_of(e), e)
            return
        if was_paused:
            self._resumed(written)

    def _write_pending(self, *, open_only: bool = False) -> None:
        if not self._pending and not self._resync:
            if open_only or self._problem is not None:  # (a paused one: can it now?)
                self._open_for(self.clock())
            return
        while self._pending or self._resync:
            first = self._pending[0].seen if self._pending else self.clock()
            journal = self._open_for(first)
            n = 0
            for batch in self._pending:
                if self._other_file(batch.seen):
                    break
                n += 1
            group = [self._pending[i] for i in range(n)]
            rows = self._prelude(first, group)
            last_ref = next((json.dumps(r[2], sort_keys=True) for r in rows
                             if r[1] == "reference"), None)
            for batch in group:
                if batch.kind == "reference":
                    text = json.dumps(batch.detail, sort_keys=True)
                    if text == last_ref:
                        continue  # the file's first reference is this one already
                    last_ref = text
                rows.append(batch.row())
            if rows:
                journal.append_many(rows)
            self._fresh = self._resync = False
            for _ in range(n):
                batch = self._pending.popleft()
                self._weight -= batch.weight
                self._held_changes -= len(batch.changes)

    def _prelude(self, seen: datetime, group: Sequence[_Batch]) -> list[tuple[Any, ...]]:
        """What a new file (or a journal that lost changes) starts with: the reference and
        the tables as they stood before ``group``."""
        rows: list[tuple[Any, ...]] = []
        head = group[0] if group else None
        ref = (head.ref if head else None) or self._ref
        if (self._fresh or self._resync) and ref is not None \
                and (head is None or head.kind != "reference"):
            rows.append((seen, "reference", ref, (), False))
        if (self._fresh or self._resync) and (head is None or head.kind != "snapshot"):
            tables = self._tables_before_pending()
            if tables or self._resync:
                detail = self._snapshot_json(resync=self._resync, tables=tables)
                if self._dropped:
                    detail["dropped"] = self._dropped
                rows.append((seen, "snapshot", detail, (), False))
        return rows

    def _tables_before_pending(self) -> dict[str, Table]:
        tables = dict(self._tables)
        for batch in reversed(self._pending):
            if batch.before is not None:
                tables = dict(batch.before)
                continue
            for c in reversed(batch.changes):
                if c.before is None:
                    tables.pop(c.table_id, None)
                else:
                    tables[c.table_id] = c.before
        return tables

    def _other_file(self, seen: datetime) -> bool:
        """Whether a batch seen then belongs to another file than the open one."""
        if self.path is not None or self._journal is None:
            return False
        zone = self.store.branch.zone if self.store.branch else None
        return service_day(seen, zone) != self._day

    def _open_for(self, seen: datetime) -> Journal:
        if self.path is not None:
            target, day = self.path, None
        else:
            zone = self.store.branch.zone if self.store.branch else None
            day = service_day(seen, zone)
            target = day_file(self.folder or default_folder(), self.store.branch_id, day)
        if self._journal is not None and self._journal.path == target and self._still_ours(self._journal):
            return self._journal
        self._close_journal()
        if self._lock is not None and self._opening != target:
            self._lock.release()
            self._lock = None
        self._opening = target
        if day is not None:  # the journals' folders are floorview's own: 0700
            private_dir(target.parent.parent)
            private_dir(target.parent)
        elif not target.parent.exists():  # --journal's: only what has to be made
            private_dir(target.parent)
        if self._lock is None:
            lock = WriterLock(target)
            lock.acquire()
            self._lock = lock
        prepare(target, own_folder=day is not None)
        if looks_damaged(target):
            raise JournalError(f"{target} is not a floorview journal.", damaged=True)
        journal = Journal(target)
        try:
            journal.set_meta("branch", self.store.branch_id)
            if day is not None:
                journal.set_meta("day", day.isoformat())
            if self._snapshots <= 1 and self._previous is None:
                self._previous = last_tables(journal.entries(from_last_snapshot=True)) or None
        except BaseException:
            journal.close()
            raise
        st = target.stat()
        self._journal, self._inode, self._fresh = journal, (st.st_dev, st.st_ino), True
        if day is not None and day != self._day:
            self._day = day
            try:
                prune(self.folder_of_branch(), day, self.keep_days)
            except OSError as e:
                log.warning("journal: old day files could not be removed: %s", e)
        return journal

    def folder_of_branch(self) -> Path:
        return (self.folder or default_folder()) / safe_name(self.store.branch_id)

    def _still_ours(self, journal: Journal) -> bool:
        """Whether the open file (``journal``) is still the one on disk, and still a journal
        (raises the damage so that it is moved aside)."""
        path = journal.path
        try:
            st = path.stat()
        except FileNotFoundError:
            st = None
        if st is None or (st.st_dev, st.st_ino) != self._inode:
            log.warning("journal: %s was removed or replaced; a new one is started", path)
            return False
        if looks_damaged(path):
            raise JournalError(f"{path} is not a floorview journal any more.", damaged=True)
        return True

    def _set_aside(self, error: BaseException) -> None:
        """Move the damaged file aside (its lock stays held: the name is still ours)."""
        path = self._opening
        self._close_journal()
        if path is None or not path.exists():
            raise error
        moved = move_aside(path)
        self._moved_aside = moved
        log.error("journal: %s is damaged (%s); moved aside as %s, a new one started",
                  path, error, moved.name)
        self._tell("moved_aside")

    def _close_journal(self) -> None:
        journal, self._journal = self._journal, None
        if journal is not None:
            with contextlib.suppress(sqlite3.Error):
                journal.close()

    def _let_go(self) -> None:
        self._close_journal()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    # --- paused, resumed --------------------------------------------------------------------

    def _pause(self, problem: Problem, error: BaseException) -> None:
        first = self._problem is None
        self._problem = problem
        where = self.path.parent if self.path else self.folder_of_branch()
        self._words = plain_words(problem, error, where=where)
        self._retry_in = (self.retry_first_s if first
                          else min(self._retry_in * 2, self.retry_max_s))
        self._retry_at = time.monotonic() + self._retry_in
        if problem is Problem.LOCKED:
            self._forget_pending()
            self._close_journal()
            self._resync = True  # taking over later starts with the tables as they are
            if first:
                log.warning("journal: %s: %s", error, self._words)
        elif first:
            log.error("journal paused: %s%s; %d change%s kept, tried again in %.0f s",
                      self._words, "" if problem is Problem.OTHER else f" ({error})",
                      self._held_changes,
                      "s" if self._held_changes != 1 else "", self._retry_in)
        else:
            log.debug("journal still paused: %s (%s); %d changes kept", self._words, error,
                      self._held_changes)
        loop = _running_loop()
        if loop is not None and self._unsubscribe is not None:
            if self._retry is not None:
                self._retry.cancel()
            self._retry = loop.call_later(self._retry_in, self._on_retry)
        self._tell("paused" if first else "still_paused")

    def _on_retry(self) -> None:
        self._retry = None
        self._write(force=True)

    def _resumed(self, written: int) -> None:
        self._problem, self._words = None, ""
        if self._retry is not None:
            self._retry.cancel()
            self._retry = None
        self._written = written
        log.warning("journal recording again: %d kept change%s written", written,
                    "s" if written != 1 else "")
        self._tell("resumed")

    def _state(self, event: str) -> RecorderState:
        return RecorderState(paused=self._problem is not None, problem=self._problem,
                             words=self._words, held=self._held_changes,
                             dropped=self._dropped, written=self._written,
                             moved_aside=self._moved_aside, event=event)

    def _tell(self, event: str) -> None:
        state = self._state(event)
        for listener in list(self._listeners):
            try:
                listener(state)
            except Exception:
                log.exception("a journal listener failed")


def _running_loop() -> asyncio.AbstractEventLoop | None:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


def recorder_for(args: Any, store: BranchStore, **kwargs: Any) -> JournalRecorder | None:
    """The recorder ``--journal PATH`` / ``--no-journal`` ask for (attached), or None."""
    if getattr(args, "no_journal", False):
        return None
    path = getattr(args, "journal", None)
    return JournalRecorder(store, path=Path(path) if path else None, **kwargs).attach()
