"""The wall in a branch's window: its switch and page, fed live by the app's
:class:`WallFeed`; and :class:`AppWall`, what the app holds of it across its windows.

Each window gets a :class:`~floorview.ui.window.wall_switch.WallSwitch`; once the feed
knows the user sees two branches or more, its page (the wall of every branch) and the
"All branches" action. A tile of the window's own branch shows its floor with Back; a tile
of another branch asks the app to open that branch (the ``open_branch`` callable), whose
new window shows its floor with Back to the wall. ``floorview --wall`` starts on the wall.

The window's own branch is followed once, by the window's session: its tile reads that
session's store and status, and the wall's follower lets it go while the window shows it
(:meth:`~floorview.app.wall_feed.WallFeed.set_window`).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime
from typing import Any

from floorview.app.wall_feed import WallFeed, WindowBranch
from floorview.core.model import Branch
from floorview.ui.wall.wall_page import WallPage
from floorview.ui.window.main_window import MainWindow
from floorview.ui.window.wall_switch import WallSwitch


def attach(window: MainWindow, feed: WallFeed, branch: Branch, *,
           open_branch: Callable[[Branch], None], touch_bar=None, kiosk: bool = False,
           from_wall: bool = False, start_on_wall: bool = False) -> WallSwitch:
    """The wall for ``window`` (the branch it shows: ``branch``; its tile reads the
    window's session, which the feed was given with :meth:`WallFeed.set_window`)."""
    switch = WallSwitch(window, branch.id)
    if touch_bar is not None:
        switch.add_to_touch_bar(touch_bar)

    def on_opened(bid: str) -> None:
        chosen = next((b for b in feed.branches if b.id == bid), None)
        if chosen is not None:
            open_branch(chosen)

    switch.branchOpened.connect(on_opened)
    feed_wall(window, switch, feed, kiosk=kiosk, from_wall=from_wall, start_on_wall=start_on_wall)
    return switch


def feed_wall(window: MainWindow, switch: WallSwitch, feed: WallFeed, *, kiosk: bool,
          from_wall: bool = False, start_on_wall: bool = False) -> None:
    """Feed the switch's wall from ``feed`` (a new page once its branches are known, or
    the page it has, given the new feed's stores)."""

    def give_page(branches: list[Branch]) -> None:
        if len(branches) < 2:
            return
        if switch.page is not None:  # signed in again: the same tiles, a new follower
            switch.page.set_branches(branches, feed.stores, feed.link)
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

    feed.on_change = on_change
    feed.on_branches = give_page
    if feed.branches:
        give_page(feed.branches)
    feed.start()


class AppWall:
    """The app's wall: one :class:`WallFeed` per sign-in, kept across its windows (a tile
    opening another branch replaces the window, not the feed), a switch per window.
    ``start_on_wall`` (``--wall``): the first window starts on it. ``live_options``: the
    live connection's options, for the feed's socket too."""

    def __init__(self, *, clock: Callable[[], datetime], open_branch: Callable[[Branch], None],
                 start_on_wall: bool = False,
                 live_options: Mapping[str, Any] | None = None) -> None:
        self.clock = clock
        self.live_options = dict(live_options or {})
        self._open_branch = open_branch
        self._start_on_wall = start_on_wall
        self.feed: WallFeed | None = None
        self._from_wall = False  # the branch being opened was a tile of the wall
        self._stopping: set[asyncio.Future[None]] = set()
        self._window: tuple[MainWindow, WallSwitch, bool] | None = None  # the one attached
        self._shown: WindowBranch | None = None  # its branch, followed by its session

    def _feed_for(self, rest, user_id: str,
                  reauth: Callable[[], Awaitable[bool]] | None) -> WallFeed:
        feed = self.feed
        if feed is None or feed.rest is not rest or feed.user_id != user_id:
            if feed is not None:  # someone else signed in without signing out first
                feed.detach()
                self._stopping.add(asyncio.ensure_future(feed.stop()))
            feed = self.feed = WallFeed(rest, clock=self.clock, user_id=user_id, reauth=reauth,
                                        live_options=self.live_options)
            feed.set_window(self._shown)
        return feed

    def attach(self, window: MainWindow, branch: Branch, rest, user_id: str,
               *, reauth: Callable[[], Awaitable[bool]] | None = None, touch_bar=None,
               kiosk: bool = False, shown: WindowBranch | None = None) -> WallSwitch:
        """``reauth``: how the feed signs in again when the token expires (the session's).
        ``shown``: the window's branch as its session follows it (its tile reads that;
        None: the feed follows it too)."""
        self._shown = shown
        feed = self._feed_for(rest, user_id, reauth)
        feed.set_window(shown)
        from_wall, self._from_wall = self._from_wall, False
        start, self._start_on_wall = self._start_on_wall, False
        switch = attach(window, feed, branch, open_branch=self._open_from_wall,
                        touch_bar=touch_bar, kiosk=kiosk, from_wall=from_wall,
                        start_on_wall=start)
        self._window = (window, switch, kiosk)
        return switch

    def resume(self, rest, user_id: str, *,
               reauth: Callable[[], Awaitable[bool]] | None = None) -> None:
        """Signed in again in the same window (after :meth:`stop`): its wall follows anew."""
        if self._window is None:
            return
        window, switch, kiosk = self._window
        feed_wall(window, switch, self._feed_for(rest, user_id, reauth), kiosk=kiosk)

    def window_changed(self) -> None:
        """The window's session's status changed (its tile shows it)."""
        if self.feed is not None:
            self.feed.window_changed()

    def _open_from_wall(self, branch: Branch) -> None:
        self._from_wall = True
        self._open_branch(branch)

    def detach(self) -> None:
        """The window goes: the feed follows its branch again (from its session's tables)."""
        self._window = None
        self._shown = None
        if self.feed is not None:
            self.feed.detach()
            self.feed.set_window(None)

    async def stop(self) -> None:
        """Stop following (at sign-out and at the end of the run): the next attach starts a
        new feed."""
        feed, self.feed = self.feed, None
        if feed is not None:
            feed.detach()
            await feed.stop()
            if self._window is not None and self._window[1].page is not None:
                self._window[1].page.view.refresh_all()  # no tile live any more
        if self._stopping:
            await asyncio.gather(*self._stopping, return_exceptions=True)
            self._stopping.clear()
