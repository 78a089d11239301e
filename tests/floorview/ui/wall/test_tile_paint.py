"""One tile painted: its floors' tables in their status colours, a red ring round a table
over its time, the over-time pill; the floors laid out as large as they fit."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter

from floorview.core.samples import NOW
from floorview.ui.floor.palette import DARK
from floorview.ui.wall.tile_facts import facts, over_time_ids
from floorview.ui.wall.tile_paint import Floor, TileLook, floor_slots, least_unit, paint_tile


def colours(image):
    return {image.pixelColor(x, y).name() for x in range(0, image.width(), 2)
            for y in range(0, image.height(), 2)}


def test_a_tile_shows_its_tables_statuses_and_its_over_time(qapp, group):
    branches, stores = group
    busy = next(b for b in branches
                if facts(b, stores[b.id].tables.values(), NOW, None).over_time)
    store = stores[busy.id]
    image = QImage(460, 280, QImage.Format.Format_ARGB32)
    image.fill(QColor(DARK.background))
    painter = QPainter(image)
    f = facts(busy, store.tables.values(), NOW, None)
    floors = [Floor(p, tuple(store.tables_on(p.id))) for p in store.floor_plans]
    paint_tile(painter, QRectF(0, 0, 460, 280), f, floors, over_time_ids(store.tables.values(), NOW),
               TileLook(DARK))
    painter.end()
    seen = colours(image)
    statuses = {t.status for t in store.tables.values()}
    for status in statuses:
        assert DARK.status(status).fill.lower() in seen, status
    assert DARK.red.lower() in seen  # the over-time pill and rings
    assert DARK.title_bg.lower() in seen  # the card


def test_floors_go_side_by_side_in_a_wide_box_and_stacked_in_a_tall_one():
    wide = floor_slots(QRectF(0, 0, 400, 100), [(1400, 900), (1000, 600)])
    assert wide[0].top() == wide[1].top() and wide[0].left() < wide[1].left()
    tall = floor_slots(QRectF(0, 0, 120, 200), [(1400, 900), (1000, 600)])
    assert tall[0].left() == tall[1].left() and tall[0].top() < tall[1].top()


# --- every text legible, at every size ------------------------------------------------

LONG_NAME = "Tavola Ristorante Lungomare di Santa Margherita Ligure"


def _busy_group(n):
    """``n`` branches; the first with a name too long for any tile, the second with every
    table over its time (a two-digit pill), the third offline since 19:42."""
    from dataclasses import replace

    from floorview.core.live.status import ConnectionStatus, ConnState
    from floorview.core.model import format_time
    from floorview.core.samples import group_stores

    branches, stores = group_stores(n)
    branches[0] = replace(branches[0], name=LONG_NAME)
    store = stores[branches[1].id]
    late = format_time(NOW - timedelta(minutes=150))
    for t in list(store.tables.values()):
        store.apply_event("tableStatusUpdate", {**dict(t.raw), "status": "occupied",
                                                "guestCount": 2, "statusChangedAt": late,
                                                "version": t.version + 1})
    down = branches[2].id

    def link(bid):
        if bid == down:
            return ConnectionStatus(ConnState.FAILED, NOW, as_of=NOW - timedelta(minutes=30))
        return ConnectionStatus(ConnState.LIVE, NOW, as_of=NOW)

    return branches, stores, link


def painted_texts(qtbot, monkeypatch, n, size, *, kiosk):
    """Every tile of a wall of ``n`` at ``size`` painted: its rect and its texts, each as
    (text, font, x, baseline, the box it was given)."""
    from floorview.ui.wall import tile_paint
    from floorview.ui.wall.wall_page import WallPage

    branches, stores, link = _busy_group(n)
    page = WallPage(clock=lambda: NOW, kiosk=kiosk)
    qtbot.addWidget(page)
    page.resize(*size)
    page.set_branches(branches, stores, link)
    page.show()
    qtbot.waitExposed(page)
    view = page.view
    view.flush()
    texts: list = []
    monkeypatch.setattr(tile_paint, "_draw",
                        lambda _p, box, x, base, text, font, _c: texts.append(
                            (text, QFontMetricsF(font), font.pixelSize(), x, base, QRectF(box))))
    tiles = {}
    for bid in view.branch_ids():
        r = view.tile_rect(bid)
        image = QImage(r.width(), r.height(), QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        texts.clear()
        view.paint_tile(painter, bid, QRectF(0, 0, r.width(), r.height()))
        painter.end()
        tiles[bid] = (r, list(texts))
    return page, branches, stores, tiles


def assert_legible(page, tiles):
    view = page.view
    least = view.least_px
    for bid, (r, texts) in tiles.items():
        name = view.facts_of(bid).name
        inks = []
        for text, fm, px, x, base, box in texts:
            adv = fm.horizontalAdvance(text)
            where = f"{name}: {text!r} in {box}"
            assert px >= least, where  # never smaller than legible
            assert adv <= box.width() + 0.5, where  # fits its room, or was elided to
            assert box.left() - 0.5 <= x and x + adv <= box.right() + 0.5, where
            assert 0 <= x and x + adv <= r.width() + 0.5, where  # within the tile
            assert base - fm.ascent() >= -0.5 and base + fm.descent() <= r.height() + 0.5, where
            inks.append((QRectF(x, base - fm.capHeight(), adv, fm.capHeight()), text))
        for i, (a, ta) in enumerate(inks):  # no text over another
            for b, tb in inks[i + 1:]:
                overlap = a.intersected(b)
                assert overlap.width() < 0.5 or overlap.height() < 0.5, f"{name}: {ta!r} on {tb!r}"


def assert_says_what_it_means(page, branches, tiles):
    view = page.view
    painted = {bid: [t[0] for t in texts] for bid, (_r, texts) in tiles.items()}
    long_tile = painted[branches[0].id]
    shown = [t for t in long_tile if t.endswith("…") and LONG_NAME.startswith(t[:-1])]
    assert len(shown) == 1 and len(shown[0]) > 8, long_tile  # elided, and some of it read
    assert LONG_NAME in view.sentence_of(branches[0].id)  # whole in tooltip and for a reader
    late = view.facts_of(branches[1].id).over_time
    assert late >= 10
    forms = {QCoreApplication.translate("WallTile", "%n over time", None, late),
             QCoreApplication.translate("WallTile", "%n over", None, late), str(late)}
    assert forms & set(painted[branches[1].id]), painted[branches[1].id]  # whole, short or the count
    # not live: the connection's words stay (the word "Live" may give way to its dot)
    offline = QCoreApplication.translate("WallTile", "Offline, as of {0}").format(
        view.facts_of(branches[2].id).as_of)
    assert any(t == offline or (t.endswith("…") and offline.startswith(t[:-1]) and len(t) > 4)
               for t in painted[branches[2].id]), painted[branches[2].id]
    for texts in painted.values():  # a count is never cut short, nor left as a lone "…"
        assert not any(t.endswith("…") and (t[:1].isdigit() or t == "…") for t in texts), texts
    return painted


@pytest.mark.parametrize(("n", "size", "kiosk"), [
    (30, (640, 900), False),  # a window half a laptop's screen wide
    (30, (1024, 768), False),
    (30, (1920, 1080), True),
    (30, (2560, 1440), False),
    (200, (1024, 768), False),
    (200, (1920, 1080), True),
    (200, (2560, 1440), True),
])
def test_every_tile_is_legible_at_every_size(qtbot, monkeypatch, n, size, kiosk):
    page, branches, _stores, tiles = painted_texts(qtbot, monkeypatch, n, size, kiosk=kiosk)
    assert len(tiles) == n
    assert_legible(page, tiles)
    painted = assert_says_what_it_means(page, branches, tiles)
    # the tiles no smaller than their type allows: a wall too big for the window scrolls
    g = page.view.layout_grid
    assert g.tile_height >= least_unit(page.view.least_px) - 0.5
    if n == 200:
        assert page.view.height() > page.scroll_area.viewport().height()
    if size == (2560, 1440) and n == 30:  # room enough: the pill's whole words
        late = page.view.facts_of(branches[1].id).over_time
        assert f"{late} over time" in painted[branches[1].id]


@pytest.mark.parametrize(("n", "size", "kiosk"), [
    (30, (1024, 768), False),
    (200, (1920, 1080), True),
])
def test_every_tile_is_legible_in_german(qtbot, monkeypatch, speak, n, size, kiosk):
    assert speak("de")
    page, branches, _stores, tiles = painted_texts(qtbot, monkeypatch, n, size, kiosk=kiosk)
    assert_legible(page, tiles)
    painted = assert_says_what_it_means(page, branches, tiles)
    pills = [t for texts in painted.values() for t in texts if "Überz" in t]
    assert any(t.endswith("Überzeit") for t in pills)  # German's whole words fit


def test_a_text_is_whole_then_smaller_then_short_then_elided(qapp):
    from floorview.ui.wall.tile_paint import _metrics, fitted

    forms = ["33 over time", "33 over", "33"]
    whole = _metrics("title", 20).horizontalAdvance(forms[0])
    text, font = fitted(forms, "title", 20, 14, whole)
    assert text == forms[0] and font.pixelSize() == 20
    text, font = fitted(forms, "title", 20, 14, whole * 0.85)  # smaller, still whole
    assert text == forms[0] and 14 <= font.pixelSize() < 20
    short = _metrics("title", 14).horizontalAdvance(forms[1])
    text, font = fitted(forms, "title", 20, 14, short + 1)  # at its least: the short form
    assert text == forms[1]
    text, font = fitted(forms, "title", 20, 14, _metrics("title", 14).horizontalAdvance("33") + 1)
    assert text == "33" and font.pixelSize() == 14  # the count, never below the least
    text, font = fitted(["Tavola Lungomare di Santa Margherita"], "title", 20, 14, 120)
    assert text.endswith("…") and font.pixelSize() == 14
    assert _metrics("title", 14).horizontalAdvance(text) <= 120


def test_before_its_floor_plans_are_in_a_tile_draws_its_tables_on_rooms_as_large_as_they_reach(qapp, group):
    from floorview.ui.wall.tile_paint import floors_of

    branches, stores = group
    branch = next(b for b in branches if len(stores[b.id].floor_plans) >= 2)
    store = stores[branch.id]
    tables = list(store.tables.values())
    plans = store.floor_plans
    # with its plans: each plan, in their order, with its own tables
    assert [(fl.plan, set(fl.tables)) for fl in floors_of(plans, tables)] == [
        (p, set(store.tables_on(p.id))) for p in plans]
    # before them: a room per plan the tables name, each reaching round all of its tables
    early = floors_of((), tables)
    assert {fl.plan.id for fl in early} == {t.floor_plan_id for t in tables}
    for fl in early:
        assert all(t.x + t.width <= fl.plan.width and t.y + t.height <= fl.plan.height
                   for t in fl.tables)
    assert sorted(t.id for fl in early for t in fl.tables) == sorted(store.tables)

    def painted(floors):
        image = QImage(460, 280, QImage.Format.Format_ARGB32)
        image.fill(QColor(DARK.background))
        painter = QPainter(image)
        paint_tile(painter, QRectF(0, 0, 460, 280), facts(branch, tables, NOW, None), floors,
                   frozenset(), TileLook(DARK))
        painter.end()
        return colours(image)

    for status in {t.status for t in tables}:  # every table's colour, plans or not
        assert DARK.status(status).fill.lower() in painted(early), status
    assert painted(early) - painted([]), "nothing drawn for the tables"
