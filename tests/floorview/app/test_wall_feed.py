"""The wall's data in the app, against the stub: every branch the user may see, live
over one socket (its stores, each branch's state, a change told by branch); a user of
one branch has no follower; stopping leaves nothing running."""

from __future__ import annotations

import asyncio

from floorview.app.wall_feed import WallFeed
from floorview.core.live.status import ConnState
from floorview.core.rest import RestClient
from floorview.core.samples import NOW
from tests.floorview.qtapp import FAST_LIVE, run


def signed_in(stub, email):
    rest = RestClient(stub.url)
    rest.login(email, "demo")
    return rest


def pending_tasks():
    return [t for t in asyncio.all_tasks() if not t.done()]


def test_every_branch_is_live_and_its_changes_are_told(qtbot, aio, stub, admin):
    rest = signed_in(stub, "manager@floorview.dev")
    before = set(pending_tasks())
    feed = WallFeed(rest, clock=lambda: NOW, live_options=FAST_LIVE)
    told, changed = [], []
    feed.on_branches = told.append
    feed.on_change = changed.append
    feed.start()
    try:
        qtbot.waitUntil(lambda: feed.follower is not None and
                        feed.follower.live_count() == len(feed.branches), timeout=15_000)
        assert told == [feed.branches] and len(feed.branches) >= 2
        assert set(feed.stores) == {b.id for b in feed.branches}
        assert all(feed.link(b.id).state is ConnState.LIVE for b in feed.branches)
        assert set(changed) == {b.id for b in feed.branches}  # each one's state, told
        # a status set on the last branch reaches its store (no round of snapshots)
        last = feed.branches[-1].id
        target = next(t for t in admin.tables(last) if t.status.value == "available")
        admin.set_status(target.id, "occupied", 3)
        qtbot.waitUntil(lambda: feed.stores[last].tables[target.id].status.value == "occupied",
                        timeout=5000)
        assert feed.stores[last].tables[target.id].guest_count == 3
    finally:
        run(qtbot, feed.stop())
        rest.close()
    assert feed.follower is None
    assert set(pending_tasks()) <= before  # the follower's socket and tasks are gone


def test_a_user_of_one_branch_has_no_follower(qtbot, aio, stub):
    rest = signed_in(stub, "host@floorview.dev")
    feed = WallFeed(rest, clock=lambda: NOW, live_options=FAST_LIVE)
    told = []
    feed.on_branches = told.append
    feed.start()
    try:
        qtbot.waitUntil(lambda: bool(told), timeout=15_000)
        assert len(feed.branches) == 1 and feed.follower is None
        assert feed.link(feed.branches[0].id) is None
    finally:
        run(qtbot, feed.stop())
        rest.close()


def test_stopped_before_the_branches_are_known_it_never_follows(qtbot, aio, stub):
    rest = signed_in(stub, "manager@floorview.dev")
    feed = WallFeed(rest, clock=lambda: NOW, live_options=FAST_LIVE)
    feed.start()
    run(qtbot, feed.stop())
    feed.start()  # stopped is stopped: a new sign-in makes a new feed
    qtbot.wait(300)
    assert feed.follower is None and not feed.stores
    rest.close()


def test_the_windows_branch_is_read_from_its_session_and_taken_back_when_it_goes(qtbot, aio, stub, admin):
    from floorview.app.wall_feed import WindowBranch
    from floorview.core.live.status import ConnectionStatus
    from floorview.core.store import BranchStore

    rest = signed_in(stub, "manager@floorview.dev")
    branches = rest.branches()
    shown_id = branches[0].id
    window_store = BranchStore(shown_id)
    status = ConnectionStatus(ConnState.LIVE, NOW, as_of=NOW)
    feed = WallFeed(rest, clock=lambda: NOW, live_options=FAST_LIVE)
    feed.set_window(WindowBranch(shown_id, window_store, lambda: status))  # before it starts
    changed = []
    feed.on_change = changed.append
    feed.start()
    try:
        qtbot.waitUntil(lambda: feed.follower is not None and
                        feed.follower.live_count() == len(branches) - 1, timeout=15_000)
        follower = feed.follower
        # never joined by the follower: its tile reads the window's store and status
        assert follower.released(shown_id) and not follower.stores[shown_id].tables
        assert feed.stores[shown_id] is window_store and feed.link(shown_id) is status
        assert stub.room_size(shown_id) == 0
        feed.window_changed()
        assert changed[-1] == shown_id
        # the window goes: the follower takes it back, not live until its snapshot is in
        feed.set_window(None)
        assert feed.link(shown_id).state is not ConnState.LIVE
        assert feed.stores[shown_id] is follower.stores[shown_id]
        qtbot.waitUntil(lambda: feed.link(shown_id).state is ConnState.LIVE, timeout=15_000)
        assert stub.room_size(shown_id) == 1
        server = {t.id: t.version for t in admin.tables(shown_id)}
        assert {t.id: t.version for t in feed.stores[shown_id].tables.values()} == server
    finally:
        run(qtbot, feed.stop())
        rest.close()
    # stopped: every tile offline, as of when it was live
    assert {feed.link(b.id).state for b in branches} == {ConnState.UNAUTHORIZED}
