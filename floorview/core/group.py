"""Following every branch a user may see: what an area manager's wall and
``floorview watch --all-branches`` build on.

:class:`GroupFollower` keeps one :class:`~floorview.core.store.BranchStore` per branch
equal to the server's over one socket (:class:`~floorview.core.live.group.GroupConnection`),
says where each branch is (connecting, live, or as of a time), in what order the branches
arrived, and calls its listeners with a branch's id at every change of that branch: its
tables, its floor plans, its state. The first branches are live in about a second; the
rest follow as the REST rate limit lets their snapshots through, never all at once.

Qt-free: it runs on whatever asyncio loop calls it (qasync's in the app).
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from concurrent.futures import Executor
from datetime import datetime
from typing import Any

from floorview.core.live import ConnectionStatus, ConnState
from floorview.core.live.group import BranchFeed, BranchState, GroupConnection
from floorview.core.live.pacing import PRIORITY_NAMES, Pacer
from floorview.core.model import Branch, FloorPlan, Table
from floorview.core.rest import RestClient
from floorview.core.store import BranchStore, Update

log = logging.getLogger(__name__)

#: ``listener(branch_id, update)``: ``update`` is the store's :class:`Update` when the
#: branch's tables or reference data changed, None when its :class:`BranchState` did.
GroupListener = Callable[[str, Update | None], None]

#: Reference data a branch may load once live: each costs one paced request a branch.
REFERENCE_KINDS = ("floorPlans", "sections", "users")


class GroupFollower:
    """Every branch of ``branches``, live, over one socket.

    Args:
        rest: a signed-in client.
        branches: the branches to follow (``rest.branches()``: all the user may see), in
            the order their snapshots are asked for (the wall's first tiles first).
        reauth: signs ``rest`` in again when the token expires (``Authenticator.reauth``).
        on_status: the socket's status listener (:class:`ConnectionStatus`).
        reference: what else each branch loads once live, at a lower priority than any
            branch's snapshot: any of :data:`REFERENCE_KINDS` (the wall's tiles need the
            floor plans; ``watch`` needs none).
        rest_budget: ``(requests, seconds)`` the group may use of the token's REST limit.
        reconcile_share: the share of that budget its periodic checks may use.
        live_options: more keyword arguments for the connection (backoff, ack_timeout,
            reconcile_period, ...).

    Attributes:
        stores: each branch's store, by branch id (created at once, empty until live).
        branches: each branch, by id.
        arrived: branch ids in the order they first went live.
    """

    def __init__(self, rest: RestClient, branches: Sequence[Branch], *,
                 reauth: Callable[[], Awaitable[bool]] | None = None,
                 on_status: Callable[[ConnectionStatus], None] | None = None,
                 reference: Iterable[str] = ("floorPlans",),
                 rest_budget: tuple[int, float] = (90, 10.0),
                 join_budget: tuple[int, float] = (1, 1 / 15),
                 reconcile_share: float = 0.1,
                 executor: Executor | None = None,
                 live_options: Mapping[str, Any] | None = None) -> None:
        self.rest = rest
        self.reference = tuple(k for k in REFERENCE_KINDS if k in set(reference))
        self._listeners: list[GroupListener] = []
        options = dict(live_options or {})
        options.setdefault("clock", rest.server_clock)
        self.live = GroupConnection(
            rest, branches, on_branch=self._state_changed, after_live=self._load_reference,
            pacer=Pacer(*rest_budget), join_pacer=Pacer(*join_budget),
            reconcile_share=reconcile_share, on_status=on_status, reauth=reauth,
            executor=executor, **options)
        self.branches: dict[str, Branch] = {b.id: b for b in branches}
        self.stores: dict[str, BranchStore] = {bid: f.store for bid, f in self.live.feeds.items()}
        self._unsubscribe = [store.subscribe(functools.partial(self._changed, bid))
                             for bid, store in self.stores.items()]
        self._waiters: list[asyncio.Future[None]] = []

    # --- reading -------------------------------------------------------------------------

    @property
    def states(self) -> dict[str, BranchState]:
        """Each branch's state, by id."""
        return {bid: feed.state for bid, feed in self.live.feeds.items()}

    @property
    def arrived(self) -> list[str]:
        return list(self.live.arrived)

    @property
    def status(self) -> ConnectionStatus:
        """The socket's own status (each branch's is in :attr:`states`)."""
        return self.live.status

    def live_count(self) -> int:
        return sum(1 for f in self.live.feeds.values() if f.state.state is ConnState.LIVE)

    @property
    def requests(self) -> dict[str, int]:
        """REST requests granted so far, by kind (snapshot, confirming, reference,
        reconcile)."""
        granted: Counter[int] = self.live.pacer.granted
        return {PRIORITY_NAMES.get(p, str(p)): n for p, n in sorted(granted.items())}

    @property
    def reconcile_every(self) -> float:
        """Seconds between two checks of one branch."""
        return self.live.reconcile_every

    # --- subscribing -----------------------------------------------------------------------

    def subscribe(self, listener: GroupListener) -> Callable[[], None]:
        """Call ``listener(branch_id, update)`` at every change of a branch (see
        :data:`GroupListener`); returns the function that unsubscribes."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def _tell(self, branch_id: str, update: Update | None) -> None:
        for listener in list(self._listeners):
            try:
                listener(branch_id, update)
            except Exception:
                log.exception("a group listener failed for branch %s", branch_id)

    def _changed(self, branch_id: str, update: Update) -> None:
        self._tell(branch_id, update)

    def _state_changed(self, branch_id: str) -> None:
        self._tell(branch_id, None)
        for fut in list(self._waiters):
            if not fut.done():
                fut.set_result(None)

    # --- running ------------------------------------------------------------------------------

    async def start(self) -> None:
        """Connect (returns at once); each branch arrives as its snapshot lands."""
        await self.live.start()

    async def stop(self) -> None:
        await self.live.stop()
        for fut in self._waiters:
            fut.cancel()

    def close(self) -> None:
        """Unsubscribe from the stores (after :meth:`stop`)."""
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe.clear()

    async def wait_live(self, branch_ids: Iterable[str] | None = None, *,
                        timeout: float | None = None) -> None:
        """Until every branch of ``branch_ids`` (default: all) is live (or forbidden, or
        the group stopped: its state is terminal)."""
        wanted = list(branch_ids) if branch_ids is not None else list(self.stores)

        def done() -> bool:
            return all(self.live.feeds[b].released
                       or self.live.feeds[b].state.state is ConnState.LIVE
                       or self.live.feeds[b].state.state.terminal for b in wanted)

        async def wait() -> None:
            while not done() and not self.live.status.state.terminal:
                fut = asyncio.get_running_loop().create_future()
                self._waiters.append(fut)
                try:
                    await fut
                finally:
                    self._waiters.remove(fut)

        await asyncio.wait_for(wait(), timeout)

    # --- a branch followed elsewhere ---------------------------------------------------------

    def release(self, branch_id: str) -> None:
        """Another follower (the app's window) has ``branch_id`` now: this one leaves its
        room and drops its copy (see :meth:`GroupConnection.release`)."""
        self.live.release(branch_id)

    def take_back(self, branch_id: str, *, tables: Sequence[Table] = (),
                  floor_plans: Sequence[FloorPlan] = (), as_of: datetime | None = None) -> None:
        """Follow ``branch_id`` again, from the other follower's tables (see
        :meth:`GroupConnection.take_back`)."""
        self.live.take_back(branch_id, tables=tables, floor_plans=floor_plans, as_of=as_of)

    def released(self, branch_id: str) -> bool:
        feed = self.live.feeds.get(branch_id)
        return feed is not None and feed.released

    # --- reference data ------------------------------------------------------------------------

    async def _load_reference(self, feed: BranchFeed) -> None:
        """The branch's floor plans (and sections, users when asked), paced after every
        branch's snapshot."""
        if not self.reference:
            return
        b = feed.branch_id
        plans = await self.live.read(self.rest.floor_plans, b) if "floorPlans" in self.reference else ()
        sections = await self.live.read(self.rest.sections, b) if "sections" in self.reference else ()
        users = await self.live.read(self.rest.users, b) if "users" in self.reference else ()
        feed.store.set_reference(branch=feed.branch, floor_plans=plans, sections=sections,
                                 users=users)
