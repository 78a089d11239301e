"""``--paint-log`` on the wall: a line per table version a tile shows, written once the
paint that drew the tile has ended; a tile out of view writes nothing until it is shown."""

from __future__ import annotations

import io
import json

import pytest

from floorview.ui.floor import paint_log as floor_paint_log
from floorview.ui.wall import ordering, paint_log


def lines(stream: io.StringIO) -> list[dict]:
    return [json.loads(line) for line in stream.getvalue().splitlines()]


def bump(store, tid, status):
    t = store.tables[tid]
    store.apply_event("tableStatusUpdate", {**dict(t.raw), "status": status,
                                            "version": t.version + 1})
    return store.tables[tid].version


def in_view(page, bid) -> bool:
    view = page.view
    return view.visibleRegion().intersects(view.tile_rect(bid))


@pytest.fixture
def stream():
    out = io.StringIO()
    floor_paint_log.install(out)  # the wall's log is on with the floor's
    yield out
    floor_paint_log.uninstall()


@pytest.fixture
def scrolled_wall(make_page, group, qtbot):
    """Thirty tiles on a wall that shows about a third of them, by name, painted."""
    page = make_page(*group, size=(1000, 600))
    page.view.set_order_by(ordering.NAME)
    page.view.repaint()
    ids = page.view.branch_ids()
    assert any(in_view(page, b) for b in ids) and not all(in_view(page, b) for b in ids)
    return page


def test_the_first_paint_writes_each_table_of_each_tile_in_view_once(scrolled_wall, group, stream):
    branches, stores = group
    page = scrolled_wall
    shown = {(line["id"], line["version"]) for line in lines(stream)}
    expected = {(tid, t.version) for b in branches if in_view(page, b.id)
                for tid, t in stores[b.id].tables.items()}
    assert shown == expected
    assert len(lines(stream)) == len(expected)
    assert set(lines(stream)[0]) == {"id", "version", "t"}


def test_a_change_in_a_tile_in_view_is_written_after_the_paint_that_shows_it(
        qtbot, scrolled_wall, group, stream):
    _branches, stores = group
    page, view = scrolled_wall, scrolled_wall.view
    bid = next(b for b in view.branch_ids() if in_view(page, b))
    store = stores[bid]
    tid = next(iter(store.tables))
    before = len(lines(stream))
    bump(store, tid, "cleaning")
    version = bump(store, tid, "reserved")  # twice before a frame: one line, the last
    view.flush()  # the frame's refresh: the tile is to be drawn anew, not drawn yet
    assert len(lines(stream)) == before
    qtbot.waitUntil(lambda: len(lines(stream)) > before, timeout=2000)
    assert [(d["id"], d["version"]) for d in lines(stream)[before:]] == [(tid, version)]
    assert bid in view.painted_ids


def test_a_tile_out_of_view_writes_its_change_once_scrolled_in_and_painted(
        qtbot, scrolled_wall, group, stream):
    _branches, stores = group
    page, view = scrolled_wall, scrolled_wall.view
    bid = view.branch_ids()[-1]
    assert not in_view(page, bid)
    tid = next(iter(stores[bid].tables))
    version = bump(stores[bid], tid, "cleaning")
    view.flush()
    qtbot.wait(100)  # frames go by: the tile is not painted, nothing is written
    assert not any(d["id"] == tid for d in lines(stream))
    page.scroll_area.ensureVisible(view.tile_rect(bid).center().x(), view.tile_rect(bid).center().y())
    qtbot.waitUntil(lambda: any(d["id"] == tid for d in lines(stream)), timeout=2000)
    assert in_view(page, bid)
    assert [d["version"] for d in lines(stream) if d["id"] == tid] == [version]


def test_the_same_versions_drawn_again_write_nothing(qtbot, scrolled_wall, stream):
    view = scrolled_wall.view
    before = len(lines(stream))
    view.set_theme(view.theme)  # every picture drawn anew, the tables unchanged
    view.repaint()
    assert len(lines(stream)) == before


def test_off_nothing_is_kept_or_written(qtbot, make_page, group):
    assert paint_log.active() is None
    page = make_page(*group)
    page.view.repaint()  # draws without a log: no error, nothing to write to
    assert paint_log.active() is None
