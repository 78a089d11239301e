"""The wall's grid of tiles: a tile per branch, opened by a click, a tap or Enter, walked
with the arrows; a branch's change redraws its tile alone, once a frame."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from floorview.core.model import format_time
from floorview.core.samples import NOW
from floorview.ui.wall import ordering
from tests.floorview import touch


def tile_of(view, name):
    return next(b for b in view.branch_ids() if view.facts_of(b).name == name)


def occupy_long(store, tid, minutes=100):
    t = store.tables[tid]
    when = format_time(NOW - timedelta(minutes=minutes))
    store.apply_event("tableStatusUpdate", {**dict(t.raw), "status": "occupied", "guestCount": 2,
                                            "statusChangedAt": when, "version": t.version + 1})


def test_thirty_branches_thirty_tiles_on_the_screen(make_page, group):
    page = make_page(*group, size=(1920, 1080))
    view = page.view
    assert len(view.branch_ids()) == 30
    rects = [view.tile_rect(b) for b in view.branch_ids()]
    assert all(view.rect().contains(r) for r in rects)  # no scrolling at 1920×1080
    assert len({(r.x(), r.y()) for r in rects}) == 30
    assert min(r.height() for r in rects) >= 180
    image = view.grab().toImage()
    # each tile is drawn: its card's colour at its middle's edge, the wall's between them
    for r in rects:
        assert image.pixelColor(r.left() + 6, r.center().y()).name() == page.view.theme.title_bg.lower()
    assert image.pixelColor(rects[0].right() + 6, rects[0].center().y()).name() == \
        page.view.theme.background.lower()


def test_attention_first_then_by_name_with_the_toggle(make_page, group):
    branches, stores = group
    page = make_page(branches, stores)
    view = page.view
    ids = view.branch_ids()
    first, last = view.facts_of(ids[0]), view.facts_of(ids[-1])
    assert first.over_time > 0 and last.over_time == 0
    # Harbour Street (a calm branch) comes before a busy one by name, after it by attention
    assert ids.index(tile_of(view, "Harbour Street")) > ids.index(tile_of(view, "Docklands"))
    page.order_button.click()
    assert view.order_by == ordering.NAME
    names = [view.facts_of(b).name for b in view.branch_ids()]
    assert names == sorted(names, key=str.casefold)
    assert names.index("Harbour Street") < names.index("Waterloo")


def test_a_click_a_tap_and_enter_open_the_branch_of_their_tile(qtbot, make_page, group):
    page = make_page(*group)
    view = page.view
    harbour, old_town = tile_of(view, "Harbour Street"), tile_of(view, "Old Town")
    with qtbot.waitSignal(view.branch_opened) as opened:
        QTest.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.tile_rect(harbour).center())
    assert opened.args == [harbour]
    with qtbot.waitSignal(view.branch_opened) as opened:
        touch.tap(qtbot, view, view.tile_rect(old_town).center())
    assert opened.args == [old_town]
    view.setFocus()
    view.set_current(view.branch_ids()[0])
    QTest.keyClick(view, Qt.Key.Key_Right)
    QTest.keyClick(view, Qt.Key.Key_Down)
    cols = view.layout_grid.columns
    expected = view.branch_ids()[1 + cols]
    assert view.current == expected
    with qtbot.waitSignal(view.branch_opened) as opened:
        QTest.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [expected]


def test_a_change_redraws_its_branchs_tile_alone_once_a_frame(qtbot, make_page, group):
    branches, stores = group
    page = make_page(branches, stores)
    view = page.view
    view.repaint()
    qtbot.wait(50)
    harbour = tile_of(view, "Harbour Street")
    store = stores[harbour]
    free = [t.id for t in store.tables.values() if t.status.value == "available"]
    view.painted_ids.clear()
    for tid in free[:5]:  # five changes in one frame
        occupy_long(store, tid, minutes=30)
    qtbot.waitUntil(lambda: len(view.painted_ids) > 0, timeout=2000)
    qtbot.wait(100)
    assert list(view.painted_ids) == [harbour]
    assert view.facts_of(harbour).occupied == sum(
        1 for t in store.tables.values() if t.status.value == "occupied")


def test_a_branch_gone_over_time_moves_up_but_not_at_every_change(qtbot, make_page, group,
                                                                  monkeypatch):
    from floorview.ui.wall import wall_view

    monkeypatch.setattr(wall_view, "REORDER_MS", 300)
    branches, stores = group
    page = make_page(branches, stores)
    view = page.view
    view.reorder()  # the clock of the last reorder starts now
    calm = view.branch_ids()[-1]
    assert view.facts_of(calm).attention == 0
    store = stores[calm]
    for tid in [t.id for t in store.tables.values() if t.status.value == "available"][:4]:
        occupy_long(store, tid, minutes=120)
    view.flush()
    assert view.branch_ids()[-1] == calm  # not yet: tiles do not jump at each change
    qtbot.waitUntil(lambda: view.branch_ids()[0] == calm, timeout=3000)


def test_a_busy_frame_draws_some_tiles_now_and_the_rest_the_next(qtbot, make_page, group,
                                                                 monkeypatch):
    from floorview.ui.wall import wall_view

    branches, stores = group
    page = make_page(branches, stores)
    view = page.view
    qtbot.waitUntil(lambda: len(view.painted_ids) >= 30, timeout=3000)  # laid out, drawn
    qtbot.wait(200)
    monkeypatch.setattr(wall_view, "PAINT_BUDGET_MS", 0.0)  # every frame over its budget
    changed = view.branch_ids()[:3]
    for bid in changed:
        store = stores[bid]
        tid = next(t.id for t in store.tables.values() if t.status.value == "available")
        occupy_long(store, tid, minutes=20)
    monkeypatch.setattr(wall_view, "FRAME_MS", 300)  # the next frame well apart
    view.painted_ids.clear()
    view.flush()
    qtbot.waitUntil(lambda: len(view.painted_ids) > 0, timeout=2000)
    assert list(view.painted_ids) == changed[:1]  # one new picture, the others as they were
    qtbot.waitUntil(lambda: sorted(view.painted_ids) == sorted(changed), timeout=3000)


def test_a_hidden_wall_works_out_nothing_and_catches_up_once_shown(qtbot, clock, group,
                                                                   monkeypatch):
    from PySide6.QtWidgets import QLabel, QStackedWidget

    from floorview.ui.wall import wall_view
    from floorview.ui.wall.wall_page import WallPage
    from tests.floorview.ui.wall.conftest import live

    branches, stores = group
    stack = QStackedWidget()  # the window's: the branch's floor, or the wall
    qtbot.addWidget(stack)
    floor, page = QLabel("the floor"), WallPage(clock=clock)
    stack.addWidget(floor)
    stack.addWidget(page)
    page.set_branches(branches, stores, live)
    stack.resize(1600, 1000)
    stack.setCurrentWidget(page)
    stack.show()
    qtbot.waitExposed(stack)
    view = page.view
    view.flush()
    worked: list[str] = []
    real = wall_view.facts

    def counted(branch, *args, **kwargs):
        worked.append(branch.id)
        return real(branch, *args, **kwargs)

    monkeypatch.setattr(wall_view, "facts", counted)
    stack.setCurrentWidget(floor)  # the window shows a floor: the wall is hidden
    harbour = tile_of(view, "Harbour Street")
    store = stores[harbour]
    free = [t.id for t in store.tables.values() if t.status.value == "available"]
    occupied = view.facts_of(harbour).occupied
    view.painted_ids.clear()
    for tid in free[:3]:
        occupy_long(store, tid, minutes=30)
    page._follow_totals()
    qtbot.wait(100)  # frames come and go
    assert worked == [] and list(view.painted_ids) == []
    # asked (a test, a benchmark), the facts are the truth: worked out then, once
    assert view.facts_of(harbour).occupied == occupied + 3
    assert worked == [harbour]
    worked.clear()

    stack.setCurrentWidget(page)  # shown again: caught up at once, the branch once
    assert worked == [harbour]
    assert view.facts_of(harbour).occupied == occupied + 3
    assert worked == [harbour]
    qtbot.waitUntil(lambda: harbour in view.painted_ids, timeout=2000)

    stack.setCurrentWidget(floor)  # the clock's ticks while hidden: one catch-up of all
    worked.clear()
    view.follow_clock()
    view.follow_clock()
    assert worked == []
    stack.setCurrentWidget(page)
    assert sorted(worked) == sorted(view.branch_ids())


def test_the_keyboard_brings_its_tile_into_view_in_a_wall_that_scrolls(make_page):
    from floorview.core.samples import group_stores

    page = make_page(*group_stores(200), size=(1600, 1000))
    view = page.view
    bar = page.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_End)
    last = view.tile_rect(view.branch_ids()[-1])
    shown = page.scroll_area.viewport().rect().translated(0, bar.value())
    assert view.current == view.branch_ids()[-1] and shown.contains(last)
    QTest.keyClick(view, Qt.Key.Key_Home)
    assert bar.value() == 0


def test_the_focus_ring_shows_once_the_keyboard_is_used_not_on_a_wall_nobody_touches(
        qtbot, make_page, group):
    page = make_page(*group)
    view = page.view
    view.setFocus()  # as the window does when it shows the wall
    qtbot.waitUntil(view.hasFocus, timeout=2000)
    flash = view.theme.flash.lower()

    def ringed(bid):
        image = view.grab(view.tile_rect(bid)).toImage()
        return any(image.pixelColor(x, image.height() // 2).name() == flash for x in range(12))

    first = view.branch_ids()[0]
    assert view.current == first and not ringed(first)
    QTest.keyClick(view, Qt.Key.Key_Right)
    second = view.branch_ids()[1]
    assert view.current == second and ringed(second)
    QTest.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.tile_rect(first).center())
    assert not ringed(first)  # a click opens its tile: no ring left behind


def test_a_finger_dragged_up_scrolls_the_wall_and_opens_no_tile(qtbot, make_page):
    from floorview.core.samples import group_stores

    page = make_page(*group_stores(200), size=(1600, 1000))
    view = page.view
    bar = page.scroll_area.verticalScrollBar()
    opened: list[str] = []
    view.branch_opened.connect(opened.append)
    start = view.tile_rect(view.branch_ids()[12]).center()
    touch.drag(qtbot, view, start, start - QPoint(0, 300))
    assert 250 <= bar.value() <= 350 and opened == []
    top = bar.value()
    touch.drag(qtbot, view, view.tile_rect(view.branch_ids()[30]).center(),
               view.tile_rect(view.branch_ids()[30]).center() + QPoint(0, 100))
    assert top - 120 <= bar.value() <= top - 80  # and down again
    touch.tap(qtbot, view, view.tile_rect(view.branch_ids()[30]).center())
    assert opened == [view.branch_ids()[30]]  # a tap still opens its tile
