"""The server's tables into the store: each snapshot (asked with its ETag), the periodic
reconciliation that heals a lost or forged event, and the confirmation of a version
held back as suspect (contract §4 rules 3 and 5)."""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Callable
from concurrent.futures import Executor
from contextlib import AbstractAsyncContextManager
from typing import Any, TypeVar

from floorview.core.model import Table, TableSnapshot
from floorview.core.ratelog import RateLimitedLog
from floorview.core.renewal import SignInEnded, TokenRenewal
from floorview.core.rest import NotFound, RestClient
from floorview.core.store import BranchStore, Change

log = logging.getLogger("floorview.core.live")  # the package's one logger

T = TypeVar("T")

#: Seconds a write of our own waits for its event before its absence counts as a sign of
#: lost events (on loopback an event comes within milliseconds of the REST answer).
OWN_EVENT_WAIT = 2.0


class Reconciler:
    """Reads ``store.branch_id``'s tables from ``rest`` (off the loop, in ``executor``)
    and merges them into ``store``.

    Args:
        rest, store: the signed-in client and the branch's store.
        renewal: signs in again when a read's token is refused (shared with the socket).
        executor: where the blocking REST calls run (None: the loop's default).
        max_confirming: table versions being confirmed at once; more suspects than that
            are dropped (the next reconciliation heals them).
        heartbeat, probe_period: over long-polling a reconciliation is also the probe
            that sees a dead link: its read connects within ``heartbeat`` s and is
            answered within ``probe_period`` s, or it fails as unreachable.
        ratelog: where trouble that could repeat every period is logged, rate-limited.
        on_signed_out: called with a sentence when a confirmation finds that signing in
            again cannot go on.
        gate: each read runs inside ``async with gate()`` (a group's pacer: the read
            waits its turn under the server's rate limit); None: at once.
        on_check_due: called when a sign of lost events makes a check due now (a group's
            round checks this branch next).
    """

    def __init__(self, rest: RestClient, store: BranchStore, renewal: TokenRenewal, *,
                 executor: Executor | None, max_confirming: int, heartbeat: float,
                 probe_period: float, ratelog: RateLimitedLog,
                 on_signed_out: Callable[[str], None],
                 gate: Callable[[], AbstractAsyncContextManager[None]] | None = None,
                 on_check_due: Callable[[], None] | None = None) -> None:
        self.rest = rest
        self.store = store
        self.branch_id = store.branch_id
        self.renewal = renewal
        self.executor = executor
        self.max_confirming = max_confirming
        self.heartbeat = heartbeat
        self.probe_period = probe_period
        self.ratelog = ratelog
        self.on_signed_out = on_signed_out
        self.gate = gate
        self.on_check_due = on_check_due
        self._etag: str | None = None  # of the last snapshot fetched whole
        self._snapshot = TableSnapshot()  # that snapshot, the truth while 304 says so
        self._unreadable: frozenset[str] = frozenset()  # ids logged as not parsing
        self._partial = False  # the last answer had an item without a readable id (logged)
        self._confirming: dict[str, asyncio.Task[None]] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._check_now = asyncio.Event()  # a sign that events were lost: reconcile now
        self._expecting: set[asyncio.Task[None]] = set()  # our writes awaiting their events
        self.own_event_wait = OWN_EVENT_WAIT

    # --- suspects: confirmed while the connection runs ---------------------------------

    def start_confirming(self) -> None:
        """Confirm the versions the store holds back as suspect, on the running loop."""
        self._loop = asyncio.get_running_loop()
        self.store.on_suspect = self.confirm_later

    async def stop_confirming(self) -> None:
        """No more confirmations; those under way are cancelled and awaited."""
        if self.store.on_suspect == self.confirm_later:
            self.store.on_suspect = None
        confirming = list(self._confirming.values()) + list(self._expecting)
        for pending in confirming:
            pending.cancel()
        await asyncio.gather(*confirming, return_exceptions=True)

    def confirm_later(self, table: Table) -> None:
        """The store held back ``table`` (a version far above the held one): ask the
        server for its copy, off the loop, and apply that."""
        if table.id in self._confirming or self._loop is None:
            return
        if len(self._confirming) >= self.max_confirming:
            self.ratelog.warning("confirm-full", "too many versions to confirm at once; dropped "
                                 "%s (the next reconciliation heals it)", table.id)
            return
        task = self._loop.create_task(self._confirm(table.id))
        self._confirming[table.id] = task

        def done(_task: asyncio.Task[None], table_id: str = table.id) -> None:
            self._confirming.pop(table_id, None)

        task.add_done_callback(done)

    async def _confirm(self, table_id: str) -> None:
        server: Table | None
        try:
            server = await self.renewal.authorized(functools.partial(self._call, self.rest.table, table_id))
        except NotFound:
            server = None
        except asyncio.CancelledError:
            raise
        except SignInEnded as e:
            self.on_signed_out(str(e))
            return
        except Exception as e:  # ApiError, or anything else: the reconciliation heals it
            self.ratelog.warning("confirm", "confirming table %s failed: %s", table_id, e)
            return
        changes = self.store.apply_confirmed(table_id, server)
        said = f"version {server.version}" if server is not None else "not found"
        log.info("the server's copy of table %s: %s%s", table_id, said,
                 " (applied)" if changes else "")

    # --- when the next reconciliation comes -------------------------------------------

    def note_event(self, payload: Any) -> None:
        """Before a table event is applied: a version that skips one above the held one
        (the server's versions go up by one a change) means an event in between was lost,
        as when the nodes of a gateway stop sharing events while the socket stays up: the
        next reconciliation comes at once instead of at the end of its period."""
        if not isinstance(payload, dict) or self.store.syncing:
            return
        table_id, version = payload.get("id"), payload.get("version")
        held = self.store.tables.get(table_id) if isinstance(table_id, str) else None
        if held is not None and isinstance(version, int) and version > held.version + 1:
            log.info("table %s went from version %d to %d: an event was lost; reconciling now",
                     held.id[:40], held.version, version)
            self._due()

    def expect(self, table_id: str, version: int | None) -> None:
        """A write of our own was answered: ``table_id`` is now at ``version`` (None:
        deleted). Its event comes to every socket in the branch's room, ours included;
        when it has not come within ``own_event_wait`` s, events are being lost (a
        gateway's nodes no longer share them) and the next reconciliation comes at once."""
        if self._loop is None:
            return
        task = self._loop.create_task(self._await_event(table_id, version))
        self._expecting.add(task)
        task.add_done_callback(self._expecting.discard)

    async def _await_event(self, table_id: str, version: int | None) -> None:
        await asyncio.sleep(self.own_event_wait)
        held = self.store.tables.get(table_id)
        came = held is None if version is None else held is not None and held.version >= version
        if not came and not self.store.syncing:
            log.info("the event of our own change to table %s did not come within %.0f s; "
                     "reconciling now", table_id[:40], self.own_event_wait)
            self._due()

    def _due(self) -> None:
        self._check_now.set()
        if self.on_check_due is not None:
            self.on_check_due()

    @property
    def check_due(self) -> bool:
        """A sign of lost events asked for a check before the period ends."""
        return self._check_now.is_set()

    def checked(self) -> None:
        """A check was made (the next one is due after its period, or a new sign)."""
        self._check_now.clear()

    async def wait_next(self, period: float) -> None:
        """Until the next reconciliation is due: ``period`` s, or sooner after a sign of
        lost events (:meth:`note_event`)."""
        try:
            await asyncio.wait_for(self._check_now.wait(), period)
        except TimeoutError:
            pass
        self._check_now.clear()

    # --- snapshots ----------------------------------------------------------------------

    async def _call(self, fn: Callable[..., T], *args: Any) -> T:
        loop = asyncio.get_running_loop()
        if self.gate is None:
            return await loop.run_in_executor(self.executor, fn, *args)
        async with self.gate():
            return await loop.run_in_executor(self.executor, fn, *args)

    async def reconcile(self, long_polling: bool) -> None:
        """One snapshot merged by rule 3; a 304 means the last one is still the truth."""
        timeout = (self.heartbeat, self.probe_period) if long_polling else None
        self.store.begin_sync(shown=True)
        try:
            tables = await self.fetch_tables(timeout)
        except BaseException:
            self.store.cancel_sync()
            raise
        changes = self.apply_snapshot(tables, periodic=True)
        if changes:
            log.warning("reconciliation healed %d table(s) that differed from the server: %s",
                        len(changes), ", ".join(sorted(c.table_id[:40] for c in changes)[:5]))

    async def fetch_tables(self, timeout: tuple[float, float] | None = None) -> TableSnapshot:
        """The server's tables, asked with ``If-None-Match`` the ETag of the last snapshot
        this connection fetched (on a reconnect too): a 304 says that snapshot is still
        the server's truth, so nothing is sent or parsed. A server restarted on the same
        data answers so; measured on 2,000 tables, the 970 KB answer and its parse were
        about 0.4 s of a reconnect. The snapshot is merged by the contract's rules as
        always, so events applied since it was taken are kept where newer.

        The ETag of an answer with items that did not parse is not kept: the next fetch
        is a whole answer, read again, never a 304 that reuses this reading (with it kept,
        a table dropped by a bad reading stayed missing across reconciliations). An answer
        that is not a JSON list of objects raises BadResponse and keeps nothing."""
        etag, answer = await self._call(
            functools.partial(self.rest.tables_cached, self.branch_id, self._etag, timeout=timeout)
        )
        if answer is None:
            return self._snapshot
        snapshot = answer if isinstance(answer, TableSnapshot) else TableSnapshot(tuple(answer))
        self._note_unreadable(snapshot)
        if snapshot.complete:
            self._etag, self._snapshot = etag, snapshot
        else:
            self._etag, self._snapshot = None, TableSnapshot()
        return snapshot

    def _note_unreadable(self, snapshot: TableSnapshot) -> None:
        """Log each table whose item does not parse once, when it starts (every minute's
        reconciliation would repeat it), and once more when it parses again."""
        said = set(self._unreadable)
        for error in snapshot.errors:
            if error.item_id is not None and error.item_id not in said:
                said.add(error.item_id)
                log.warning("table %s: the server's copy does not parse (%s); its last known "
                            "copy, if any, is kept and shown as not confirmed",
                            error.item_id[:40], error)
        for table_id in sorted(self._unreadable - snapshot.unreadable):
            log.info("table %s: the server's copy parses again", table_id[:40])
        nameless = [e for e in snapshot.errors if e.item_id is None]
        if nameless and not self._partial:
            log.warning("the tables' answer holds %d item(s) whose id cannot be read (%s); no "
                        "table is taken as deleted until a whole answer comes",
                        len(nameless), nameless[0])
        elif self._partial and not nameless:
            log.info("the tables' answer is whole again")
        self._unreadable, self._partial = snapshot.unreadable, bool(nameless)

    def apply_snapshot(self, snapshot: TableSnapshot, *, periodic: bool = False) -> tuple[Change, ...]:
        return self.store.apply_snapshot(snapshot.tables, periodic=periodic,
                                         unreadable=snapshot.unreadable, partial=snapshot.partial)
