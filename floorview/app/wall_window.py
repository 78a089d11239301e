"""The wall in a branch's window: its switch and page, fed by the app's :class:`WallFeed`.

Each window gets a :class:`~floorview.ui.window.wall_switch.WallSwitch`; once the feed
knows the user sees two branches or more, its page (the wall of every branch) and the
"All branches" action. A tile of the window's own branch shows its floor with Back; a tile
of another branch asks the app to open that branch (the ``open_branch`` callable), whose
new window shows its floor with Back to the wall. ``floorview --wall`` starts on the wall.
"""

from __future__ import annotations

from collections.abc import Callable

from floorview.app.wall_feed import WallFeed
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
