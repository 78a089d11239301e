"""The wall's data in the app: every branch the user may see, live over one socket.

:class:`WallFeed` lists the branches (off the GUI thread) and, for a user who sees two or
more, follows them all with a :class:`~floorview.core.group.GroupFollower`: a store per
branch, kept equal to the server's by its events, and each branch's state (connecting,
live, or as of a time). It hands the wall what
:meth:`~floorview.ui.wall.wall_page.WallPage.set_branches` takes: ``branches``,
``stores`` and ``link`` (a branch's state), and tells it which branch changed.

The follower is one per sign-in: it outlives the windows (a tile opening another branch
replaces the window, not the follower) and stops at sign-out, at the end of the run, or
when someone else signs in. It uses :data:`SHARE` of the token's REST limit; the open
branch's own session keeps the rest. It signs in again with the session's ``reauth``.

The window's open branch is followed once: by the window's own session. Its tile reads
that session's store and status (:class:`WindowBranch`, :meth:`WallFeed.set_window`);
the follower leaves its room and holds no copy of it, and takes it back (its join and
snapshot, shown as not live until they are in) when the window opens another branch or
goes. Followed twice, each of the open branch's events was decoded, applied and
listened to twice on the GUI thread (on a 2,000-table branch at 1,000 changes a second
the second copy and its tile's facts were about 10 % of that thread).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from floorview.core.group import GroupFollower
from floorview.core.live.group import BranchState
from floorview.core.live.status import ConnectionStatus, ConnState
from floorview.core.model import Branch
from floorview.core.paced_fetch import LIMIT, WINDOW
from floorview.core.rest import ApiError
from floorview.core.store import BranchStore, Update

log = logging.getLogger(__name__)

#: The share of the REST limit the wall's follower uses; the open branch's session keeps
#: the rest, on the same token. The session's reads in any 10 s: at most a (re)connect's
#: five (the branches, floor plans, sections, users, tables), a confirming snapshot from a
#: gateway that never acknowledges a join, one reconciliation (every 15 s, a 304 when
#: nothing changed): 7 of the 100. At 0.85 the follower's 85 leave 15, room for 8 writes
#: in the same 10 s even when both reconnect at once (after a server restart the group
#: re-asks every branch's snapshot); a write is never retried, so its 429 would reach the
#: user. Measured (bench_wall --app: 200 branches × 24 tables, the stub's 100 per 10 s,
#: its simulator at 200 changes a second, the window's branch open): no 429 at 0.7 nor at
#: 0.85; every tile's tables in 31.9 s at 0.7, 22.8 s at 0.85 (their plans: 52.7, 42.3 s).
SHARE = 0.85


@dataclass(frozen=True)
class WindowBranch:
    """The window's open branch, followed by the window's own session: its store and
    its connection's status (read when asked: the session may be replaced under it)."""

    branch_id: str
    store: BranchStore
    status: Callable[[], ConnectionStatus]


class WallFeed:
    """Every branch's store for the wall (see the module)."""

    def __init__(self, rest, *, clock: Callable[[], datetime], user_id: str = "",
                 reauth: Callable[[], Awaitable[bool]] | None = None,
                 live_options: Mapping[str, Any] | None = None,
                 share: float = SHARE) -> None:
        self.rest = rest
        self.user_id = user_id
        self.clock = clock
        self.reauth = reauth
        self.live_options = dict(live_options or {})
        self.share = share
        self.branches: list[Branch] = []
        #: the window's branch, followed by its session (None: no window, or not yet)
        self.window: WindowBranch | None = None
        self.follower: GroupFollower | None = None
        self._task: asyncio.Task[None] | None = None
        self._stopped = False
        #: each branch's state once stopped (signed out): offline, as of when it was live
        self._ended: dict[str, BranchState] = {}
        #: called with each branch's id as its data or its state changes (the wall's refresh)
        self.on_change: Callable[[str], None] = lambda _bid: None
        #: called once the branches are known
        self.on_branches: Callable[[list[Branch]], None] = lambda _b: None

    def detach(self) -> None:
        """The window it fed is going: nothing is told until the next one attaches."""
        self.on_change = lambda _bid: None
        self.on_branches = lambda _b: None

    @property
    def stores(self) -> dict[str, BranchStore]:
        """Each branch's store, by id, as its tile reads it: the follower's, the window's
        branch's session's (empty until the branches are known)."""
        if self.follower is None:
            return {}
        stores = dict(self.follower.stores)
        if self.window is not None and self.window.branch_id in stores:
            stores[self.window.branch_id] = self.window.store
        return stores

    def link(self, branch_id: str) -> BranchState | ConnectionStatus | None:
        """The branch's state as its tile shows it (None: not followed yet, connecting);
        the window's branch's is its session's."""
        if self.follower is None:
            return self._ended.get(branch_id)
        if self.window is not None and branch_id == self.window.branch_id:
            return self.window.status()
        feed = self.follower.live.feeds.get(branch_id)
        return feed.state if feed is not None else None

    # --- the window's branch --------------------------------------------------------------

    def set_window(self, window: WindowBranch | None) -> None:
        """The window now shows ``window``'s branch (None: no window): the follower lets
        that branch go and takes back the one shown before, from its session's tables."""
        old, self.window = self.window, window
        follower = self.follower
        if follower is None:
            return  # the follower lets the window's branch go as it starts
        if old is not None and (window is None or window.branch_id != old.branch_id):
            status = old.status()
            as_of = self.clock() if status.state is ConnState.LIVE else status.as_of
            follower.take_back(old.branch_id, tables=list(old.store.tables.values()),
                               floor_plans=old.store.floor_plans, as_of=as_of)
        if window is not None:
            follower.release(window.branch_id)

    def window_changed(self) -> None:
        """The window's session's status changed: its tile shows it."""
        if self.window is not None and self.follower is not None:
            self.on_change(self.window.branch_id)

    # --- running --------------------------------------------------------------------------

    def start(self) -> None:
        if self._task is None and not self._stopped:
            self._task = asyncio.ensure_future(self._run())

    async def stop(self) -> None:
        """Stop following (idempotent): the listing if under way, the follower's socket and
        its tasks."""
        self._stopped = True
        self._ended = self._ended_states()
        task, self._task = self._task, None
        if task is not None and not task.done():
            task.cancel()
        if task is not None:
            await asyncio.gather(task, return_exceptions=True)
        follower, self.follower = self.follower, None
        if follower is not None:
            await follower.stop()
            follower.close()

    def _ended_states(self) -> dict[str, BranchState]:
        """Each branch as its tile shows it once nobody follows it: offline, as of now if
        it was live (the window's branch too: its session stopped first)."""
        now = self.clock()
        ended = {}
        for branch in self.branches:
            status = self.link(branch.id)
            if status is not None:
                as_of = now if status.state is ConnState.LIVE else status.as_of
                ended[branch.id] = BranchState(ConnState.UNAUTHORIZED, now, as_of)
        return ended

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        try:
            self.branches = await loop.run_in_executor(None, self.rest.branches)
        except ApiError as e:
            log.warning("the wall could not list the branches: %s", e)
            return
        if len(self.branches) >= 2:  # one branch: no wall, no follower
            options = {"clock": self.clock, **self.live_options}
            follower = self.follower = GroupFollower(
                self.rest, self.branches, reauth=self.reauth,
                rest_budget=(max(1, int(LIMIT * self.share)), WINDOW),
                live_options=options)
            if self.window is not None:
                follower.release(self.window.branch_id)
            follower.subscribe(self._changed)
        self.on_branches(self.branches)
        if self.follower is not None:
            await self.follower.start()

    def _changed(self, branch_id: str, update: Update | None) -> None:
        # a store's change reaches the view by its own subscription; a state's only here
        if update is None and not (self.window is not None and branch_id == self.window.branch_id):
            self.on_change(branch_id)
