"""Many branches over one socket (contract §4 rule 8): one ``joinBranch`` per branch, and
the rules of a single branch (snapshot, held events, confirmation, reconciliation) kept
for each one.

:class:`GroupConnection` is a :class:`LiveConnection` whose attempts join many rooms: the
attempts' loop, backoff, port probe, signing in again, heartbeat and long-polling
fallback are the single branch's, unchanged. What differs:

* On every (re)connect each branch's store holds its events, its ``joinBranch`` goes out
  paced under the gateway's limit (20 messages in any second), and its snapshot is
  fetched once the join is acknowledged (or, from the bare gateway, after the short
  wait, with a confirming snapshot later), paced under the REST limit by one
  :class:`~floorview.core.live.pacing.Pacer`. Each branch goes live as its own snapshot
  lands: the first one in a second or so, never waiting for the rest.
* A server that answers joins but left one unanswered dropped it (its socket's limit,
  "Too many requests"): that join is sent again, and the joins' pace is halved at each
  "Too many requests" (a room not joined would hear nothing until a reconciliation).
* A branch's failed snapshot is retried for that branch alone; one that answers 403 is
  that branch's FORBIDDEN, not the group's. Only a refused sign-in stops the group.
* A table event is routed by its ``branchId``; a ``tableDeleted`` (an id only) goes to
  the branch that holds the id, else to every branch (a tombstone where it was not held
  changes nothing: ids are never reused).
* A branch may be followed elsewhere for a while (the app's window follows its open
  branch with its own connection): :meth:`GroupConnection.release` leaves its room
  (``leaveBranch``), stops its sync and its checks and drops its copy;
  :meth:`GroupConnection.take_back` follows it again (seeded with the other follower's
  tables, shown as not live until its own join and snapshot are in, rule 1).
* Reconciliation goes round the branches one at a time, spread so that the group's
  checks use at most ``reconcile_share`` of the pacer's budget: each branch is checked
  every ``max(reconcile_period, branches / (share * rate))`` seconds (200 branches at
  10 % of 100 requests per 10 s: every 200 s, one request a second for the group). A
  sign of lost events in one branch checks that branch next, at once.

The base class's own store holds no branch: each branch has its :class:`BranchFeed`.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import functools
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from floorview.core.live.attempt import Attempt, Outcome, join_acked, sign_in_outcome
from floorview.core.live.client import NAMESPACE
from floorview.core.live.connection import LiveConnection
from floorview.core.live.pacing import (
    CONFIRMING,
    FIRST_SNAPSHOT,
    RECONCILE,
    REFERENCE,
    Pacer,
)
from floorview.core.live.reconcile import Reconciler
from floorview.core.live.status import ConnectionStatus, ConnState
from floorview.core.model import Branch, FloorPlan, Table, parse_deleted
from floorview.core.renewal import FreshTokenRefused, SignInEnded
from floorview.core.rest import ApiError, Forbidden, RestClient, Unreachable
from floorview.core.store import BranchStore
from floorview.core.words import translate

log = logging.getLogger("floorview.core.live")

T = TypeVar("T")

#: The priority a paced read of this task goes at (a confirming GET: CONFIRMING).
PRIORITY: contextvars.ContextVar[int] = contextvars.ContextVar("PRIORITY", default=CONFIRMING)

#: Times a branch's join is sent to a server that answers joins but did not answer it.
JOIN_TRIES = 6

#: Seconds before a branch's failed snapshot is asked again (doubling up to the cap).
RETRY_BASE, RETRY_CAP = 2.0, 30.0


@dataclass(frozen=True, slots=True)
class BranchState:
    """Where one branch of a group is.

    Attributes:
        state: CONNECTING (never loaded yet), SYNCING (its snapshot is coming), LIVE,
            RECONNECTING or UNREACHABLE (the socket is away or its snapshot failed; the
            tables are as of ``as_of``), FORBIDDEN, UNAUTHORIZED, FAILED.
        since: when this state began.
        as_of: when its tables were last known true; None before its first snapshot.
        message: a sentence for the user, or "".
    """

    state: ConnState
    since: datetime
    as_of: datetime | None = None
    message: str = ""


class BranchFeed:
    """One branch of a group: its store, its reconciler and its state."""

    def __init__(self, branch: Branch, store: BranchStore, reconciler: Reconciler,
                 state: BranchState) -> None:
        self.branch = branch
        self.branch_id = branch.id
        self.store = store
        self.reconciler = reconciler
        self.state = state
        self.live_once = False  # went live in this attempt
        #: followed elsewhere: not joined, not synced, not checked; its store is empty
        self.released = False
        self.unconfirming: asyncio.Task[None] | None = None  # its confirmations stopping
        self.leaving: asyncio.Task[None] | None = None  # its leaveBranch going out


BranchListener = Callable[[str], None]


class GroupConnection(LiveConnection):
    """Keeps one store per branch equal to the server's tables over one socket.

    Args:
        rest: the signed-in REST client (shared by every branch).
        branches: the branches to follow, in the order their snapshots are asked.
        on_branch: called with a branch's id whenever its state changed (on this loop).
        after_live: coroutine run for a branch once its first snapshot of an attempt
            is in (the reference data, at the pacer's REFERENCE priority).
        pacer: the REST budget (default 90 requests in any 10 s: 90 % of the contract's
            default limit, the rest left to the same token's writes).
        join_pacer: the socket's budget for ``joinBranch`` (default one every 1/15 s:
            evenly spread, so that no delay in delivery bunches 20 into one second).
        reconcile_share: the share of the pacer's budget the reconciliation may use.
        Other keyword arguments are :class:`LiveConnection`'s.
    """

    def __init__(self, rest: RestClient, branches: Sequence[Branch], *,
                 on_branch: BranchListener | None = None,
                 after_live: Callable[[BranchFeed], Awaitable[None]] | None = None,
                 pacer: Pacer | None = None, join_pacer: Pacer | None = None,
                 reconcile_share: float = 0.1, **options: Any) -> None:
        self._on_socket = options.pop("on_status", None)
        super().__init__(rest, BranchStore(""), on_status=self._socket_status, **options)
        self.pacer = pacer or Pacer(90, 10.0)
        self.join_pacer = join_pacer or Pacer(1, 1 / 15)
        self.reconcile_share = reconcile_share
        self._on_branch = on_branch
        self._after_live = after_live
        self._round_wake = asyncio.Event()
        self._executor = options.get("executor")
        self.feeds: dict[str, BranchFeed] = {}
        for branch in branches:
            store = BranchStore(branch.id)
            store.branch = branch
            reconciler = Reconciler(
                rest, store, self.renewal, executor=self._executor,
                max_confirming=self.max_confirming, heartbeat=self.heartbeat,
                probe_period=self.probe_period, ratelog=self._ratelog,
                on_signed_out=self._signed_out, gate=self._paced,
                on_check_due=self._round_wake.set)
            self.feeds[branch.id] = BranchFeed(branch, store, reconciler,
                                               BranchState(ConnState.CONNECTING, self._clock()))
        #: Branch ids in the order they first went live (the wall's first tiles).
        self.arrived: list[str] = []
        # the attempt whose group sync runs, its queue of branches to join, the branches
        # it joined (by id: each one's sync task)
        self._sync_attempt: Attempt | None = None
        self._to_join: asyncio.Queue[BranchFeed] | None = None
        self._syncs: dict[str, asyncio.Task[None]] = {}
        self._leaving: set[asyncio.Task[None]] = set()
        self._checking: tuple[str, asyncio.Task[None]] | None = None  # the round's check

    # --- the group's lifetime ------------------------------------------------------------

    async def start(self) -> None:
        if self.running:
            return
        for feed in self.feeds.values():
            if not feed.released:
                feed.reconciler.start_confirming()
        hook = self.pacer.on_response
        if hook not in self.rest.session.hooks["response"]:
            self.rest.session.hooks["response"].append(hook)
        await super().start()

    async def stop(self) -> None:
        await super().stop()
        for feed in self.feeds.values():
            await feed.reconciler.stop_confirming()
        if self._leaving:
            await asyncio.gather(*self._leaving, return_exceptions=True)
        self.pacer.close()
        self.join_pacer.close()
        hooks = self.rest.session.hooks["response"]
        if self.pacer.on_response in hooks:
            hooks.remove(self.pacer.on_response)

    @property
    def reconcile_every(self) -> float:
        """Seconds between two checks of one branch (see the module's docstring)."""
        per_second = max(1e-6, self.reconcile_share * self.pacer.rate)
        return max(self.reconcile_period, len(self.feeds) / per_second)

    # --- states --------------------------------------------------------------------------

    def _set_branch(self, feed: BranchFeed, state: ConnState, message: str = "",
                    as_of: datetime | None = None) -> None:
        old = feed.state
        new = BranchState(state, old.since if state is old.state else self._clock(),
                          as_of if as_of is not None else old.as_of, message)
        if new == old:
            return
        feed.state = new
        if self._on_branch is not None:
            try:
                self._on_branch(feed.branch_id)
            except Exception:
                log.exception("a branch state listener failed")

    def _paced(self) -> contextlib.AbstractAsyncContextManager[None]:
        """A turn at the pacer, at this task's :data:`PRIORITY`."""
        return self.pacer.slot(PRIORITY.get())

    def _socket_status(self, status: ConnectionStatus) -> None:
        """The socket's status to its listener; a socket lost or refused is each
        branch's state too (as of when it was last live)."""
        if self._on_socket is not None:
            self._on_socket(status)
        state, message = status.state, status.message
        if state in (ConnState.LIVE, ConnState.SYNCING):
            return  # each branch says for itself
        now = self._clock()
        for feed in self.feeds.values():
            if feed.state.state is ConnState.FORBIDDEN or feed.released:
                continue
            as_of = now if feed.state.state is ConnState.LIVE else None
            self._set_branch(feed, state, message, as_of=as_of)

    # --- hooks of the single-branch connection ---------------------------------------------

    async def _joined(self, attempt: Attempt) -> None:
        for feed in self.feeds.values():
            if not feed.released:
                feed.store.begin_sync()  # hold events from before the join
            feed.live_once = False
        count = sum(1 for f in self.feeds.values() if not f.released)
        self._publish(ConnState.SYNCING, translate(
            "GroupConnection", "Joining %n branches and loading their tables…", None, count))
        attempt.sync_task = asyncio.ensure_future(self._sync_group(attempt))

    def _release_held(self) -> None:
        for feed in self.feeds.values():
            if feed.store.syncing:
                feed.store.cancel_sync()

    def _throttled(self) -> None:
        """The gateway's limit is lower than the joins' pace: half it (the dropped joins
        are sent again, see :meth:`_sync_branch`)."""
        self.join_pacer.slow_down()

    def _apply_event(self, event: str, payload: Any, parsed: Table | str | None = None) -> None:
        branch_id = payload.get("branchId") if isinstance(payload, dict) else None
        feed = self.feeds.get(branch_id) if isinstance(branch_id, str) else None
        if feed is not None:
            if feed.released:
                return  # in flight as its room was left: its other follower has it
            feed.reconciler.note_event(payload)
            feed.store.apply_event(event, payload, parsed)
            return
        if event == "tableDeleted":
            table_id = parse_deleted(payload)  # raises ParseError for a malformed one
            followed = [f for f in self.feeds.values() if not f.released]
            holders = [f for f in followed if table_id in f.store.tables]
            for f in holders or followed:
                f.store.apply_event(event, payload)
            return
        # not a branch of ours, or no branch named: the store's parser says why
        Table.from_json(payload)
        self._ratelog.warning("other-branch", "dropped %s for a branch this client does not "
                              "follow", event)

    # --- syncing -------------------------------------------------------------------------

    async def _sync_group(self, attempt: Attempt) -> None:
        """Join every branch (paced), sync each as its join is answered, then reconcile
        round the group while the attempt lasts; a branch taken back meanwhile is joined
        in its turn."""
        queue: asyncio.Queue[BranchFeed] = asyncio.Queue()
        for feed in self.feeds.values():
            if not feed.released:
                queue.put_nowait(feed)
        self._sync_attempt, self._to_join = attempt, queue
        joiner = asyncio.ensure_future(self._join_queued(attempt, queue))
        try:
            # the round checks the branches that are live while the others still load
            await queue.join()
            await self._keep_reconciling_group(attempt)
        except asyncio.CancelledError:
            raise
        except (FreshTokenRefused, SignInEnded) as e:
            attempt.end(sign_in_outcome(e))
        except Exception as e:
            log.exception("syncing the group failed")
            attempt.end(Outcome.lost(f"syncing failed: {e}"))
        finally:
            self._sync_attempt = self._to_join = None
            tasks = [joiner, *self._syncs.values()]
            self._syncs = {}
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

    async def _join_queued(self, attempt: Attempt, queue: asyncio.Queue[BranchFeed]) -> None:
        """Join each branch of ``queue`` in its turn and start its sync."""
        while True:
            feed = await queue.get()
            try:
                if feed.released or feed.branch_id in self._syncs:
                    continue
                if feed.leaving is not None:  # taken back as it was being left: left first
                    await asyncio.gather(feed.leaving, return_exceptions=True)
                try:
                    ack = await self._join(attempt, feed)
                except Exception as e:
                    attempt.end(Outcome.lost(f"joinBranch failed: {e}"))
                    return
                if feed.released:  # let go while its join went out: left at once
                    await self._leave(attempt, feed)
                    continue
                self._set_branch(feed, ConnState.SYNCING,
                                 "" if feed.state.as_of is None else feed.state.message)
                self._syncs[feed.branch_id] = asyncio.ensure_future(
                    self._run_branch(attempt, feed, ack))
            finally:
                queue.task_done()

    async def _run_branch(self, attempt: Attempt, feed: BranchFeed, ack: asyncio.Future[Any]) -> None:
        try:
            await self._sync_branch(attempt, feed, ack)
        except asyncio.CancelledError:
            raise
        except (FreshTokenRefused, SignInEnded) as e:
            attempt.end(sign_in_outcome(e))
        except Exception as e:
            log.exception("syncing branch %s failed", feed.branch_id)
            attempt.end(Outcome.lost(f"syncing failed: {e}"))

    async def _leave(self, attempt: Attempt, feed: BranchFeed) -> None:
        """Send ``feed``'s ``leaveBranch`` in its turn (a lost socket left it anyway)."""
        try:
            async with self.join_pacer.slot(0):
                if not attempt.done.is_set():
                    await attempt.client.emit("leaveBranch", feed.branch_id, namespace=NAMESPACE)
        except Exception as e:  # the socket is going: its rooms go with it
            log.info("leaving branch %s failed: %s", feed.branch_id, e)

    # --- a branch followed elsewhere ---------------------------------------------------

    def release(self, branch_id: str) -> None:
        """Another follower has ``branch_id`` now: leave its room, stop its sync and its
        checks, and drop this copy of its tables (its state is that follower's to say)."""
        feed = self.feeds.get(branch_id)
        if feed is None or feed.released:
            return
        feed.released = True
        task = self._syncs.pop(branch_id, None)
        attempt = self._sync_attempt
        if task is not None:
            task.cancel()
            if attempt is not None:
                feed.leaving = self._spawn(self._leave(attempt, feed))
        if self._checking is not None and self._checking[0] == branch_id:
            self._checking[1].cancel()
        feed.unconfirming = self._spawn(feed.reconciler.stop_confirming())
        if feed.store.syncing:
            feed.store.cancel_sync()
        feed.store.apply_snapshot(())
        feed.store.set_reference(floor_plans=())
        feed.reconciler.checked()

    def take_back(self, branch_id: str, *, tables: Sequence[Table] = (),
                  floor_plans: Sequence[FloorPlan] = (), as_of: datetime | None = None) -> None:
        """Follow ``branch_id`` again (its other follower stops): its store starts from
        that follower's ``tables`` and ``floor_plans``, true as of ``as_of``, shown as not
        live until its own join and snapshot are in (rule 1; at once if the socket is up,
        else at its next connect)."""
        feed = self.feeds.get(branch_id)
        if feed is None or not feed.released:
            return
        feed.released = False
        if self.running:
            stopping = feed.unconfirming
            if stopping is not None and not stopping.done():  # after it, not before
                stopping.add_done_callback(lambda _t: self._confirm_again(feed))
            else:
                feed.reconciler.start_confirming()
        feed.store.apply_snapshot(tables)
        feed.store.set_reference(floor_plans=floor_plans)
        socket = self.status.state
        if self._to_join is not None:
            feed.store.begin_sync()  # hold events from before the join
            state = ConnState.SYNCING
        elif socket in (ConnState.LIVE, ConnState.SYNCING, ConnState.CONNECTING):
            state = ConnState.CONNECTING
        else:
            state = socket  # lost or refused: as of when the other follower had it
        self._set_branch(feed, state, "", as_of=as_of)
        if self._to_join is not None:
            self._to_join.put_nowait(feed)

    @staticmethod
    def _confirm_again(feed: BranchFeed) -> None:
        if not feed.released:
            feed.reconciler.start_confirming()

    def _spawn(self, coro: Awaitable[None]) -> asyncio.Task[None]:
        task = asyncio.ensure_future(coro)
        self._leaving.add(task)
        task.add_done_callback(self._leaving.discard)
        return task

    async def _fetch(self, feed: BranchFeed, priority: int) -> None:
        """One snapshot of ``feed`` at ``priority``, merged by rule 3 (events held since
        its ``begin_sync``)."""
        PRIORITY.set(priority)
        snapshot = await self.renewal.authorized(feed.reconciler.fetch_tables)
        feed.reconciler.apply_snapshot(snapshot)

    async def _join(self, attempt: Attempt, feed: BranchFeed) -> asyncio.Future[Any]:
        """Send ``feed``'s ``joinBranch`` in its turn; the future its answer will fill."""
        ack: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        async with self.join_pacer.slot(0):
            await attempt.client.emit("joinBranch", feed.branch_id, namespace=NAMESPACE,
                                      callback=functools.partial(_answered, ack))
        return ack

    async def _sync_branch(self, attempt: Attempt, feed: BranchFeed, ack: asyncio.Future[Any]) -> None:
        for tries in range(1, JOIN_TRIES + 1):
            if self._server_acks is not False:
                await asyncio.wait({ack}, timeout=self.ack_timeout)
            acked = join_acked(ack, feed.branch_id)
            if acked or self._server_acks is not True or tries == JOIN_TRIES:
                break
            # A server that answers joins left this one unanswered: it dropped it (its
            # socket's rate limit, "Too many requests"), so the room was not joined.
            self._ratelog.warning("join-again", "no answer to joining %s; joining again",
                                  feed.branch.name)
            ack = await self._join(attempt, feed)
        if acked:
            self._server_acks = True
        elif self._server_acks is None:
            self._server_acks = False
            log.info("no acknowledgement of joinBranch; confirming snapshots follow")
        failures = 0
        while True:
            try:
                await self._fetch(feed, FIRST_SNAPSHOT)
                break
            except Forbidden as e:
                feed.store.cancel_sync()
                self._set_branch(feed, ConnState.FORBIDDEN, str(e))
                return
            except ApiError as e:
                feed.store.cancel_sync()
                delay = min(RETRY_CAP, RETRY_BASE * 2 ** failures)
                failures += 1
                self._ratelog.warning(f"snapshot:{feed.branch_id}", "loading %s failed (%s); again "
                                      "in %.0f s", feed.branch.name, e, delay)
                self._set_branch(feed, ConnState.UNREACHABLE, str(e))
                await asyncio.sleep(delay)
                feed.store.begin_sync()
        now = self._clock()
        feed.live_once = True
        if feed.branch_id not in self.arrived:
            self.arrived.append(feed.branch_id)
        if not attempt.reached_live:
            attempt.reached_live = True
            self._as_of = attempt.heard_at = now
            self._no_answer_since = None
            self._publish(ConnState.LIVE, self.long_polling.live_message(attempt.transports),
                             attempt=0)
        self._set_branch(feed, ConnState.LIVE, "", as_of=now)
        if not acked:
            await asyncio.wait({ack}, timeout=self.confirm_delay)
            feed.store.begin_sync()
            try:
                await self._fetch(feed, CONFIRMING)
            except Forbidden as e:
                feed.store.cancel_sync()
                self._set_branch(feed, ConnState.FORBIDDEN, str(e))
                return
            except ApiError as e:  # the round's next check of it heals what this missed
                feed.store.cancel_sync()
                self._ratelog.warning("confirm-snapshot", "a confirming snapshot failed: %s", e)
        if self._after_live is not None:
            PRIORITY.set(REFERENCE)
            try:
                await self._after_live(feed)
            except (SignInEnded, FreshTokenRefused):
                raise
            except ApiError as e:
                self._ratelog.warning("reference", "loading a branch's reference data failed: %s", e)

    # --- healing while live ------------------------------------------------------------

    async def _keep_reconciling_group(self, attempt: Attempt) -> None:
        """Check one branch at a time, round the group, each every ``reconcile_every`` s;
        a branch with a sign of lost events first."""
        order = list(self.feeds.values())
        turn = 0
        while True:
            gap = self.reconcile_every / max(1, len(order))
            try:
                await asyncio.wait_for(self._round_wake.wait(), gap)
            except TimeoutError:
                pass
            self._round_wake.clear()
            urgent = [f for f in order if f.reconciler.check_due and not f.released]
            if urgent:
                feed = urgent[0]
            else:
                feed = order[turn % len(order)]
                turn += 1
            feed.reconciler.checked()
            if feed.released or feed.state.state is not ConnState.LIVE or feed.store.syncing:
                continue  # followed elsewhere, forbidden, or still loading
            PRIORITY.set(RECONCILE)
            # a task of its own: letting the branch go mid-check cancels it, not the round
            check = asyncio.ensure_future(self.renewal.authorized(functools.partial(
                feed.reconciler.reconcile, attempt.long_polling)))
            self._checking = (feed.branch_id, check)
            try:
                await check
            except asyncio.CancelledError:
                task = asyncio.current_task()
                if not feed.released or (task is not None and task.cancelling()):
                    raise
            except Forbidden as e:
                self._set_branch(feed, ConnState.FORBIDDEN, str(e))
            except ApiError as e:
                if attempt.long_polling and isinstance(e, Unreachable):
                    # no ping frames over long-polling: a check unanswered is a dead link
                    attempt.end(Outcome.lost("no answer from the server", silent=True))
                    return
                self._ratelog.warning("reconcile", "reconciling %s failed (%s)", feed.branch.name, e)
            else:
                if not feed.released:
                    feed.state = BranchState(ConnState.LIVE, feed.state.since, self._clock())
            finally:
                self._checking = None

    async def read(self, fn: Callable[..., T], *args: Any) -> T:
        """A blocking REST read, paced at this task's :data:`PRIORITY`, run in the
        executor, signed in again when the token expired."""
        async def call() -> T:
            async with self._paced():
                loop = asyncio.get_running_loop()
                return await loop.run_in_executor(self._executor, functools.partial(fn, *args))

        return await self.renewal.authorized(call)


def _answered(ack: asyncio.Future[Any], *args: Any) -> None:
    if not ack.done():
        ack.set_result(args[0] if args else None)
