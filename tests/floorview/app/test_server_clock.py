"""The app's times on the server's clock: against a stub whose clock is 10 minutes ahead
of this machine's, or behind it, a table seated a moment ago reads "0m" (not "10m"), one
seated 85 minutes ago reads "1h 25m" (a second either way: "1h 24m" to "1h 26m") and wears no over-time mark (red is 90)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from floorview.app import FloorviewApp
from floorview.core.model import Status
from floorview.core.rest import RestClient
from tests.floorview.qtapp import FAST_LIVE, make_args, run, wait_live


@pytest.fixture(params=[10, -10], ids=["server-10min-ahead", "server-10min-behind"])
def skewed(request):
    """A stub whose clock is ``request.param`` minutes off this machine's, and can be
    set back by more (to seat a table long ago, by its clock)."""
    from server_stub.testing import StubServer

    skew = [timedelta(minutes=request.param)]
    srv = StubServer(demo=True, rest_rate_limit=(100_000, 1.0),
                     clock=lambda: datetime.now(UTC) + skew[0])
    srv.skew = skew
    srv.start()
    yield srv
    srv.stop()


def time_cell(app: FloorviewApp, table_id: str) -> str:
    """The table's "Time" in the list, as a person reads it."""
    model = app.window.table_list.list_model
    model.refresh()  # as it does once per burst of events
    row = model.row_of(table_id)
    assert model.data(model.index(row, 0), model.TABLE_ID_ROLE) == table_id
    return model.data(model.index(row, model.COLUMNS.index("Time")))


def test_times_count_on_the_servers_clock_not_this_machines(qtbot, aio, settings, skewed):
    admin = RestClient(skewed.url)
    admin.login("admin@floorview.dev", "demo")
    harbour = next(b for b in admin.branches() if b.name == "Harbour Street")
    free = [t for t in admin.tables(harbour.id) if t.status is Status.AVAILABLE]
    long_ago, just_now = free[0].id, free[1].id
    # seated 85 minutes ago by the server's clock
    offset = skewed.skew[0]
    skewed.skew[0] = offset - timedelta(minutes=85)
    admin.set_status(long_ago, Status.OCCUPIED, 2)
    skewed.skew[0] = offset

    app = FloorviewApp(make_args(skewed, email="host@floorview.dev"), settings=settings,
                       env={"FLOORVIEW_PASSWORD": "demo"}, live_options=FAST_LIVE)
    try:
        assert run(qtbot, app.start()), "the app did not start"
        wait_live(qtbot, app)
        admin.set_status(just_now, Status.OCCUPIED, 3)
        window = app.window
        # what a person sees: the floor's table, not only the store (the scene takes a
        # change at its next frame, so the store can be ahead of the screen for a moment)
        qtbot.waitUntil(lambda: "Occupied" in
                        window.scene_of(just_now).table_item(just_now).toolTip())
        scene = window.scene_of(long_ago)
        scene.tick()  # the minute's refresh, now
        window.turn_marks.refresh()

        # 85 of the 90 minutes: not over time yet, whatever this machine's clock says
        assert not window.turn_marks.is_marked(long_ago)
        assert time_cell(app, just_now) in ("0m", "1m")
        assert time_cell(app, long_ago) in ("1h 24m", "1h 25m", "1h 26m")
        tip = scene.table_item(long_ago).toolTip()
        assert any(f"for 1h {m}m" in tip for m in (24, 25, 26)), tip
        tip = window.scene_of(just_now).table_item(just_now).toolTip()
        assert "for 0m" in tip or "for 1m" in tip, tip
        # the banner's clock is the server's too: nearer the server's than this machine's
        # by far (a loaded machine's round trips blur the estimate by seconds, not minutes)
        assert abs(app.clock() - (datetime.now(UTC) + offset)) < timedelta(seconds=30)
    finally:
        run(qtbot, app.shutdown())
        admin.close()
