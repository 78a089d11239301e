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
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime
from typing import Any

from floorview.core.group import GroupFollower
from floorview.core.live.group import BranchState
from floorview.core.model import Branch
from floorview.core.paced_fetch import LIMIT, WINDOW
from floorview.core.rest import ApiError
from floorview.core.store import BranchStore, Update

log = logging.getLogger(__name__)

#: The share of the REST limit the wall's follower uses: the open branch's session keeps
#: the rest.
SHARE = 0.7


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
        #: each branch's store, by id (the follower's; empty until the branches are known)
        self.stores: dict[str, BranchStore] = {}
        self.follower: GroupFollower | None = None
        self._task: asyncio.Task[None] | None = None
        self._stopped = False
        #: called with each branch's id as its data or its state changes (the wall's refresh)
        self.on_change: Callable[[str], None] = lambda _bid: None
        #: called once the branches are known
        self.on_branches: Callable[[list[Branch]], None] = lambda _b: None

    def detach(self) -> None:
        """The window it fed is going: nothing is told until the next one attaches."""
        self.on_change = lambda _bid: None
        self.on_branches = lambda _b: None

    def link(self, branch_id: str) -> BranchState | None:
        """The branch's state as its tile shows it (None: not followed yet, connecting)."""
        if self.follower is None:
            return None
        feed = self.follower.live.feeds.get(branch_id)
        return feed.state if feed is not None else None

    # --- running --------------------------------------------------------------------------

    def start(self) -> None:
        if self._task is None and not self._stopped:
            self._task = asyncio.ensure_future(self._run())

    async def stop(self) -> None:
        """Stop following (idempotent): the listing if under way, the follower's socket and
        its tasks."""
        self._stopped = True
        task, self._task = self._task, None
        if task is not None and not task.done():
            task.cancel()
        if task is not None:
            await asyncio.gather(task, return_exceptions=True)
        follower, self.follower = self.follower, None
        if follower is not None:
            await follower.stop()
            follower.close()

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
            self.stores = follower.stores
            follower.subscribe(self._changed)
        self.on_branches(self.branches)
        if self.follower is not None:
            await self.follower.start()

    def _changed(self, branch_id: str, update: Update | None) -> None:
        # a store's change reaches the view by its own subscription; a state's only here
        if update is None:
            self.on_change(branch_id)
