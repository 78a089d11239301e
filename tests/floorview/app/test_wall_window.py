"""The wall in the window, against the stub: "All branches" for a user who sees two or
more, the wall in place of the floor, a tile opening its branch in the window's place,
and Back returning to the wall; ``--wall`` starts there. Every tile is live: an event in
a branch that is not the open one changes its tile at once; signing out stops it."""

from __future__ import annotations

import asyncio
import contextlib

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from floorview.core.rest import RestClient
from tests.floorview import touch
from tests.floorview.qtapp import run

HOST, MANAGER = "host@floorview.dev", "manager@floorview.dev"


def wall_ready(qtbot, app):
    switch = app.opened.wall
    qtbot.waitUntil(lambda: switch.page is not None, timeout=15_000)
    view = switch.page.view
    qtbot.waitUntil(lambda: all(view.facts_of(b).known for b in view.branch_ids()),
                    timeout=15_000)
    return switch, view


def tile(view, name):
    return next(b for b in view.branch_ids() if view.facts_of(b).name == name)


def test_all_branches_shows_the_wall_and_a_tile_opens_its_branch_then_back(qtbot, launch):
    app = launch(MANAGER, branch="Harbour Street")
    switch, view = wall_ready(qtbot, app)
    window = app.window
    assert switch.all_action.isVisible()
    assert switch.all_action in window.window_actions.view_menu.actions()
    switch.all_action.trigger()
    assert switch.showing_wall
    assert len(view.branch_ids()) >= 2
    # every tile is live, its own branch's and the others'
    qtbot.waitUntil(lambda: all(view.facts_of(b).link == "live" for b in view.branch_ids()),
                    timeout=15_000)
    # a click on Old Town: its floor in the window's place, Back shown
    view.flush()
    QTest.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.tile_rect(tile(view, "Old Town")).center())
    qtbot.waitUntil(lambda: app.branch is not None and app.branch.name == "Old Town", timeout=15_000)
    qtbot.waitUntil(lambda: app.opened.wall.back_action.isVisible(), timeout=15_000)
    switch = app.opened.wall
    assert not switch.showing_wall
    switch.back_action.trigger()
    assert switch.showing_wall
    # a tap on the window's own branch: its floor at once, in the same window
    view = switch.page.view
    view.flush()
    same_window = app.window
    touch.tap(qtbot, view, view.tile_rect(tile(view, "Old Town")).center())
    qtbot.waitUntil(lambda: not switch.showing_wall, timeout=5000)
    assert app.window is same_window and switch.back_action.isVisible()
    # Enter on a tile opens it too
    switch.all_action.trigger()
    view.setFocus()
    view.set_current(tile(view, "Old Town"))
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert not switch.showing_wall


def test_a_user_of_one_branch_has_no_wall(qtbot, launch):
    app = launch(HOST)
    feed = app.walls.feed
    qtbot.waitUntil(lambda: bool(feed.branches), timeout=15_000)
    assert len(feed.branches) == 1
    assert app.opened.wall.page is None and not app.opened.wall.all_action.isVisible()


def test_wall_option_starts_on_the_wall(qtbot, launch):
    app = launch(MANAGER, branch="Harbour Street", wall=True)
    switch, view = wall_ready(qtbot, app)
    assert switch.showing_wall


def test_kiosk_has_all_branches_on_the_touch_bar(qtbot, launch):
    app = launch(MANAGER, branch="Harbour Street", kiosk=True)
    switch, view = wall_ready(qtbot, app)
    bar = app.opened.kiosk.touch_bar
    button = bar.buttons["allBranches"]
    assert button.isVisible() and button.height() >= 44
    button.click()
    assert switch.showing_wall
    run(qtbot, app.shutdown())


def test_an_event_in_another_branch_changes_its_tile_at_once(qtbot, launch, admin):
    app = launch(MANAGER, branch="Harbour Street", wall=True)
    switch, view = wall_ready(qtbot, app)
    old_town = tile(view, "Old Town")
    qtbot.waitUntil(lambda: view.facts_of(old_town).link == "live", timeout=15_000)
    before = view.facts_of(old_town)
    target = next(t for t in admin.tables(old_town) if t.status.value == "available")
    admin.set_status(target.id, "occupied", 2)
    # within a frame of the event: no round of snapshots in between to wait for
    qtbot.waitUntil(lambda: view.facts_of(old_town).occupied == before.occupied + 1,
                    timeout=2000)
    assert view.facts_of(old_town).covers == before.covers + 2


def test_the_wall_stops_following_at_the_end(qtbot, launch):
    app = launch(MANAGER, branch="Harbour Street")
    wall_ready(qtbot, app)
    follower = app.walls.feed.follower
    assert follower is not None
    run(qtbot, app.shutdown())
    assert app.walls.feed is None
    assert [t for t in asyncio.all_tasks() if not t.done()] == []  # nothing left running


def test_signing_out_stops_the_wall_and_signing_in_again_follows_anew(qtbot, launch, admin):
    app = launch(MANAGER, branch="Harbour Street")
    switch, view = wall_ready(qtbot, app)
    first = app.walls.feed.follower
    window = app.window
    window.sign_out_action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "sign_out_box", None) is not None
                    and window.sign_out_box.isVisible())
    window.sign_out_box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: app.login_dialog is not None)
    assert app.walls.feed is None  # stopped with the floor's session
    view.flush()  # every tile offline, as of when it was live: the open branch's too
    assert {view.facts_of(b).link for b in view.branch_ids()} == {"down"}
    assert all(view.facts_of(b).as_of for b in view.branch_ids())
    dialog = app.login_dialog
    dialog.password_edit.setText("demo")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.walls.feed is not None and app.walls.feed.follower is not None,
                    timeout=15_000)
    assert app.window is window and app.walls.feed.follower is not first
    # the same tiles, fed by the new follower: an event reaches them
    old_town = tile(view, "Old Town")
    qtbot.waitUntil(lambda: view.facts_of(old_town).link == "live", timeout=15_000)
    before = view.facts_of(old_town).occupied
    target = next(t for t in admin.tables(old_town) if t.status.value == "available")
    admin.set_status(target.id, "occupied", 2)
    qtbot.waitUntil(lambda: view.facts_of(old_town).occupied == before + 1, timeout=2000)


class GroupDemo:
    """``--demo --wall``'s stub in-process: the demo with its restaurant group."""

    def __init__(self) -> None:
        from floorview.core.demo import DEMO_WALL_GROUP
        from server_stub.testing import StubServer

        self.srv = StubServer(demo=True, group=DEMO_WALL_GROUP)

    def start(self) -> str:
        self.srv.start()
        return self.srv.url

    def stop(self) -> None:
        self.srv.stop()


def test_demo_wall_shows_the_group_of_30_as_its_area_manager(qtbot, aio, settings):
    from floorview.app.root import FloorviewApp
    from floorview.core.demo import DEMO_WALL_GROUP
    from tests.floorview.qtapp import FAST_LIVE, make_args

    args = make_args(type("S", (), {"url": ""})(), server=None, demo=True, wall=True)
    default = FloorviewApp(args, settings=settings, env={})  # the real child's arguments
    assert default.demo_supervisor.factory.keywords["extra_args"] == ["--group", str(DEMO_WALL_GROUP)]
    app = FloorviewApp(args, settings=settings, env={}, demo_factory=GroupDemo,
                       live_options=FAST_LIVE)
    try:
        assert run(qtbot, app.start())  # no branch asked for: the wall shows them all
        assert app.user.email == "area@floorview.dev"
        switch, view = wall_ready(qtbot, app)
        assert switch.showing_wall
        assert len(view.branch_ids()) == DEMO_WALL_GROUP
        qtbot.waitUntil(lambda: all(view.facts_of(b).link == "live" for b in view.branch_ids()),
                        timeout=30_000)
    finally:
        run(qtbot, app.shutdown())


def statuses(tables) -> dict[str, tuple[str, int]]:
    return {t.id: (t.status.value, t.version) for t in tables}


def tile_is_servers(view, admin, bid) -> bool:
    return (view.facts_of(bid).link == "live"
            and statuses(view.stores()[bid].tables.values()) == statuses(admin.tables(bid)))


def flip(admin, bid):
    """A status changed in ``bid`` (available ↔ occupied): the table as saved."""
    t = sorted(admin.tables(bid), key=lambda t: t.id)[0]
    return admin.set_status(t.id, "occupied" if t.status.value == "available" else "available", 2)


def test_the_open_branch_is_followed_once_by_its_window(qtbot, launch, admin, stub):
    app = launch(MANAGER, branch="Harbour Street", wall=True)
    switch, view = wall_ready(qtbot, app)
    harbour, old_town = tile(view, "Harbour Street"), tile(view, "Old Town")
    follower = app.walls.feed.follower
    # the tile reads the window's store; the wall's socket left the room, kept no copy
    assert view.stores()[harbour] is app.store
    assert follower.released(harbour) and not follower.stores[harbour].tables
    qtbot.waitUntil(lambda: stub.room_size(harbour) == 1, timeout=5000)  # the window's socket
    assert stub.room_size(old_town) == 1  # the wall's
    qtbot.waitUntil(lambda: view.facts_of(harbour).link == "live", timeout=15_000)
    copies = []
    follower.stores[harbour].subscribe(copies.append)
    saved = flip(admin, harbour)
    qtbot.waitUntil(lambda: view.stores()[harbour].tables[saved.id].version == saved.version,
                    timeout=5000)
    qtbot.waitUntil(lambda: tile_is_servers(view, admin, harbour), timeout=5000)
    fenced = flip(admin, old_town)  # a later event on the wall's socket: the first was not on it
    qtbot.waitUntil(lambda: view.stores()[old_town].tables[fenced.id].version == fenced.version,
                    timeout=5000)
    assert copies == [] and not follower.stores[harbour].tables


def test_switching_branches_twice_keeps_every_tile_the_servers(qtbot, launch, admin, stub):
    app = launch(MANAGER, branch="Harbour Street", wall=True)
    switch, view = wall_ready(qtbot, app)
    harbour, old_town = tile(view, "Harbour Street"), tile(view, "Old Town")
    for name, other in (("Old Town", harbour), ("Harbour Street", old_town)):
        view.flush()
        QTest.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.tile_rect(tile(view, name)).center())
        qtbot.waitUntil(lambda name=name: app.branch is not None and app.branch.name == name,
                        timeout=15_000)
        switch = app.opened.wall
        qtbot.waitUntil(lambda s=switch: s.back_action.isVisible(), timeout=15_000)
        switch.back_action.trigger()
        view = switch.page.view
        opened = app.branch.id
        follower = app.walls.feed.follower
        # the branch shown before is the wall's again: joined, live, and its writes follow
        assert view.stores()[opened] is app.store and follower.released(opened)
        assert not follower.released(other) and view.stores()[other] is follower.stores[other]
        qtbot.waitUntil(lambda v=view, o=other: tile_is_servers(v, admin, o), timeout=15_000)
        flip(admin, other)
        flip(admin, opened)
        for bid in (other, opened):
            qtbot.waitUntil(lambda v=view, b=bid: tile_is_servers(v, admin, b), timeout=5000)
            qtbot.waitUntil(lambda bid=bid: stub.room_size(bid) == 1, timeout=5000)
        assert not follower.stores[opened].tables


@contextlib.contextmanager
def wall_app(qtbot, aio, settings, srv, **live):
    """The app on the wall, signed in as the manager on Harbour Street, against ``srv``."""
    from floorview.app.root import FloorviewApp
    from tests.floorview.qtapp import FAST_LIVE, make_args, wait_live

    srv.start()
    app = FloorviewApp(make_args(srv, email=MANAGER, branch="Harbour Street", wall=True),
                       settings=settings, env={"FLOORVIEW_PASSWORD": "demo"},
                       live_options={**FAST_LIVE, **live})
    try:
        assert run(qtbot, app.start()), "the app did not start"
        wait_live(qtbot, app)
        yield app
    finally:
        run(qtbot, app.shutdown())
        srv.stop()


def test_through_token_expiries_a_branch_not_open_follows_its_writes(qtbot, aio, settings, tmp_path):
    """Tokens of 2 s: the wall's reads meet each expiry, sign in again, and go on; a write
    in a branch that is not the window's changes its tile after the 2nd and 3rd expiry,
    and after a restart whose reconnect carries an expired token."""
    from server_stub.testing import StubServer

    srv = StubServer(demo=True, token_ttl=2, rest_rate_limit=(100_000, 1.0),
                     db_path=tmp_path / "stub.db")
    with wall_app(qtbot, aio, settings, srv, reconcile_period=0.3) as app:
        switch, view = wall_ready(qtbot, app)
        old_town = tile(view, "Old Town")
        admin = RestClient(srv.url)
        admin.token = srv.token_for("admin@floorview.dev", ttl=3600)
        rest = app.walls.feed.rest
        tokens = {rest.token}

        def signed_in_again(n: int) -> bool:
            tokens.add(rest.token)
            return len(tokens) > n

        for n in (2, 3):
            qtbot.waitUntil(lambda n=n: signed_in_again(n), timeout=15_000)
            saved = flip(admin, old_town)
            qtbot.waitUntil(lambda s=saved: view.stores()[old_town].tables[s.id].version == s.version,
                            timeout=5000)
            qtbot.waitUntil(lambda: tile_is_servers(view, admin, old_town), timeout=5000)
        assert all(view.facts_of(b).link == "live" for b in view.branch_ids())
        srv.stop()  # every socket dropped; back after the token expired
        qtbot.waitUntil(lambda: view.facts_of(old_town).link != "live", timeout=5000)
        qtbot.wait(2500)
        srv.start()
        qtbot.waitUntil(lambda: all(view.facts_of(b).link == "live" for b in view.branch_ids()),
                        timeout=15_000)
        saved = flip(admin, old_town)
        qtbot.waitUntil(lambda: view.stores()[old_town].tables[saved.id].version == saved.version,
                        timeout=5000)
        assert tile_is_servers(view, admin, old_town)
        admin.close()


def test_a_gateway_that_never_acknowledges_a_join_still_gives_a_live_wall(qtbot, aio, settings):
    """The real gateway sends no acknowledgement of joinBranch: every tile goes live all
    the same (a confirming snapshot each), follows writes, and a branch taken back from
    the window after a switch does too."""
    from server_stub.testing import StubServer

    srv = StubServer(demo=True, join_ack=False, rest_rate_limit=(100_000, 1.0))
    with wall_app(qtbot, aio, settings, srv) as app:
        switch, view = wall_ready(qtbot, app)
        admin = RestClient(srv.url)
        admin.token = srv.token_for("admin@floorview.dev", ttl=3600)
        qtbot.waitUntil(lambda: all(view.facts_of(b).link == "live" for b in view.branch_ids()),
                        timeout=15_000)
        harbour, old_town = tile(view, "Harbour Street"), tile(view, "Old Town")
        for bid in view.branch_ids():
            flip(admin, bid)
        for bid in view.branch_ids():
            qtbot.waitUntil(lambda b=bid: tile_is_servers(view, admin, b), timeout=5000)
        view.flush()
        QTest.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.tile_rect(old_town).center())
        qtbot.waitUntil(lambda: app.branch is not None and app.branch.name == "Old Town",
                        timeout=15_000)
        switch = app.opened.wall
        qtbot.waitUntil(lambda: switch.back_action.isVisible(), timeout=15_000)
        switch.back_action.trigger()
        view = switch.page.view
        qtbot.waitUntil(lambda: tile_is_servers(view, admin, harbour), timeout=15_000)
        flip(admin, harbour)
        flip(admin, old_town)
        for bid in (harbour, old_town):
            qtbot.waitUntil(lambda b=bid: tile_is_servers(view, admin, b), timeout=5000)
        admin.close()
