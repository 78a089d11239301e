"""The wall in a branch's window: its switch and page, fed by the app's :class:`WallFeed`;
and :class:`AppWall`, what the app holds of it across its windows.

Each window gets a :class:`~floorview.ui.window.wall_switch.WallSwitch`; once the feed
knows the user sees two branches or more, its page (the wall of every branch) and the
"All branches" action. A tile of the window's own branch shows its floor with Back; a tile
of another branch asks the app to open that branch (the ``open_branch`` callable), whose
new window shows its floor with Back to the wall. ``floorview --wall`` starts on the wall.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime

from floorview.app.wall_feed import WallFeed
from floorview.core.live.status import ConnectionStatus
from floorview.core.model import Branch
from floorview.core.store import BranchStore
from floorview.ui.wall.wall_page import WallPage
from floorview.ui.window.main_window import MainWindow
from floorview.ui.window.wall_switch import WallSwitch


def attach(window: MainWindow, feed: WallFeed, branch: Branch, store: BranchStore, *,
           open_branch: Callable[[Branch], None], touch_bar=None, kiosk: bool = False,
           from_wall: bool = False, start_on_wall: bool = False) -> WallSwitch:
    """The wall for ``window`` (the branch it shows: ``branch``, live in ``store``)."""
    switch = WallSwitch(window, branch.id)
    if touch_bar is not None:
        switch.add_to_touch_bar(touch_bar)
    feed.set_live(branch.id, store)

    def give_page(branches: list[Branch]) -> None:
        if len(branches) < 2 or switch.page is not None:
            return
        page = WallPage(clock=feed.clock, theme=window.look.theme, kiosk=kiosk)
        page.set_branches(branches, feed.stores, feed.link)
        switch.set_page(page)
        window.look.applied.connect(lambda: page.set_theme(window.look.theme))
        if start_on_wall:
            switch.show_wall()
        elif from_wall:
            switch.show_floor(from_wall=True)

    def on_change(bid: str) -> None:
        if switch.page is not None:
            switch.page.view.refresh(bid)

    def on_opened(bid: str) -> None:
        chosen = next((b for b in feed.branches if b.id == bid), None)
        if chosen is not None:
            open_branch(chosen)

    feed.on_change = on_change
    feed.on_branches = give_page
    switch.branchOpened.connect(on_opened)
    if feed.branches:
        give_page(feed.branches)
    feed.start()
    return switch


class AppWall:
    """The app's wall: one :class:`WallFeed` per sign-in, kept across its windows (a tile
    opening another branch replaces the window, not the feed), a switch per window.
    ``start_on_wall`` (``--wall``): the first window starts on it."""

    def __init__(self, *, clock: Callable[[], datetime], open_branch: Callable[[Branch], None],
                 start_on_wall: bool = False) -> None:
        self.clock = clock
        self._open_branch = open_branch
        self._start_on_wall = start_on_wall
        self.feed: WallFeed | None = None
        self._from_wall = False  # the branch being opened was a tile of the wall

    def attach(self, window: MainWindow, branch: Branch, store: BranchStore, rest, user_id: str,
               *, touch_bar=None, kiosk: bool = False) -> WallSwitch:
        feed = self.feed
        if feed is None or feed.rest is not rest or feed.user_id != user_id:
            if feed is not None:
                asyncio.ensure_future(feed.stop())
            feed = self.feed = WallFeed(rest, clock=self.clock, user_id=user_id)
        from_wall, self._from_wall = self._from_wall, False
        start, self._start_on_wall = self._start_on_wall, False
        return attach(window, feed, branch, store, open_branch=self._open_from_wall,
                      touch_bar=touch_bar, kiosk=kiosk, from_wall=from_wall, start_on_wall=start)

    def _open_from_wall(self, branch: Branch) -> None:
        self._from_wall = True
        self._open_branch(branch)

    def set_live_status(self, status: ConnectionStatus) -> None:
        if self.feed is not None:
            self.feed.set_live_status(status)

    def detach(self) -> None:
        if self.feed is not None:
            self.feed.detach()

    async def stop(self) -> None:
        if self.feed is not None:
            await self.feed.stop()
