"""The wall's data in the app: a store per branch the user may see, kept by REST snapshots
paced under the rate limit, and the open branch's own live store.

:class:`WallFeed` is the one place the wall's inputs come from: ``branches``, ``stores``
and ``link`` (each branch's connection status), what
:meth:`~floorview.ui.wall.wall_page.WallPage.set_branches` takes. The branch the window
has open is fed by its live session (its store and status); every other branch by a round
of REST snapshots (its floor plans once, then its tables) at :data:`SHARE` of the rate
limit, a round every :data:`ROUND_S` seconds at least, its tiles "as of" the time each was
fetched. A follower that keeps every branch live over one socket replaces the rounds: it
hands in its stores and statuses through the same three inputs.

The REST calls run off the GUI thread; their answers are applied to the stores on it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import datetime

from floorview.core.live.status import ConnectionStatus, ConnState
from floorview.core.model import Branch
from floorview.core.paced_fetch import LIMIT, WINDOW, Pacer
from floorview.core.rest import ApiError
from floorview.core.store import BranchStore

log = logging.getLogger(__name__)

#: The share of the REST limit the rounds use: the open branch's session keeps the rest.
SHARE = 0.4
#: A round of snapshots starts at most this often (s).
ROUND_S = 15.0


class WallFeed:
    """Every branch's store for the wall (see the module)."""

    def __init__(self, rest, *, clock: Callable[[], datetime], user_id: str = "",
                 share: float = SHARE, round_s: float = ROUND_S) -> None:
        self.rest = rest
        self.user_id = user_id
        self.clock = clock
        self.round_s = round_s
        self.pacer = Pacer(LIMIT, WINDOW, share)
        self.branches: list[Branch] = []
        self.stores: dict[str, BranchStore] = {}
        self._fetched: dict[str, datetime] = {}
        self._live_id = ""
        self._live_status: ConnectionStatus | None = None
        self._task: asyncio.Task[None] | None = None
        #: called with each branch's id as its data changes (the wall's refresh)
        self.on_change: Callable[[str], None] = lambda _bid: None
        #: called once the branches are known
        self.on_branches: Callable[[list[Branch]], None] = lambda _b: None

    def detach(self) -> None:
        """The window it fed is going: nothing is told until the next one attaches."""
        self.on_change = lambda _bid: None
        self.on_branches = lambda _b: None

    # --- the open branch ------------------------------------------------------------------

    def set_live(self, branch_id: str, store: BranchStore) -> None:
        """The window's branch: its live store stands in for the snapshots. The branch
        open before it was live until now: its tile is as of now until the next round."""
        if self._live_id and self._live_id != branch_id:
            self._fetched[self._live_id] = self.clock()
        self._live_id = branch_id
        self.stores[branch_id] = store
        self.on_change(branch_id)

    def set_live_status(self, status: ConnectionStatus) -> None:
        self._live_status = status
        if self._live_id:
            self.on_change(self._live_id)

    def link(self, branch_id: str) -> ConnectionStatus | None:
        """The branch's connection as its tile shows it."""
        if branch_id == self._live_id:
            return self._live_status
        when = self._fetched.get(branch_id)
        if when is None:
            return None  # not fetched yet: connecting
        return ConnectionStatus(ConnState.RECONNECTING, when, as_of=when)

    # --- the rounds -----------------------------------------------------------------------

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.ensure_future(self._run())

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        try:
            self.branches = await loop.run_in_executor(None, self.pacer.call, self.rest.branches)
        except ApiError as e:
            log.warning("the wall could not list the branches: %s", e)
            return
        for branch in self.branches:  # a store each from the start: tiles wait in place
            if branch.id not in self.stores:
                store = self.stores[branch.id] = BranchStore(branch.id)
                store.branch = branch
        self.on_branches(self.branches)
        while True:
            started = loop.time()
            try:
                await self.round()
            except Exception:  # a round that failed in a way not foreseen: the next one
                log.exception("the wall's round of snapshots failed")
            await asyncio.sleep(max(1.0, self.round_s - (loop.time() - started)))

    async def round(self) -> None:
        """Every branch but the live one, fetched in turn and applied as it comes."""
        loop = asyncio.get_running_loop()
        for branch in list(self.branches):
            if branch.id == self._live_id:
                continue
            store = self.stores.get(branch.id)
            need_plans = store is None or not store.floor_plans
            try:
                plans, tables = await loop.run_in_executor(
                    None, self._fetch, branch, need_plans)
            except ApiError as e:
                log.info("the wall's snapshot of %s failed: %s", branch.name, e)
                continue
            if branch.id == self._live_id:  # opened meanwhile: the live store has it
                continue
            store = self.stores.get(branch.id)
            if store is None:
                store = self.stores[branch.id] = BranchStore(branch.id)
            if plans is not None:
                store.set_reference(branch=branch, floor_plans=plans)
            store.apply_snapshot(tables)
            self._fetched[branch.id] = self.clock()
            self.on_change(branch.id)

    def _fetch(self, branch: Branch, need_plans: bool):
        plans = self.pacer.call(lambda: self.rest.floor_plans(branch.id)) if need_plans else None
        tables = self.pacer.call(lambda: self.rest.tables(branch.id))
        return plans, tables
