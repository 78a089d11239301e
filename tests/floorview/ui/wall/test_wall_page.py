"""The wall's page: its title counts the branches, its totals add them up, its legend
counts every branch's tables, and its button switches the order."""

from __future__ import annotations

from floorview.ui.wall import ordering
from tests.floorview.ui.test_language import unwrapped


def test_the_title_strip_adds_up_every_branch(make_page, group):
    branches, stores = group
    page = make_page(branches, stores)
    assert page.title.text() == "All branches · 30"
    tables = sum(1 for s in stores.values() for t in s.tables.values()
                 if t.status.value != "out_of_service")
    occupied = sum(1 for s in stores.values() for t in s.tables.values()
                   if t.status.value == "occupied")
    assert page.totals.text().startswith(f"{occupied}/{tables} tables occupied · ")
    assert page.legend.counts()[next(iter(stores.values())).tables["br-001-t-1"].status] > 0
    assert sum(page.legend.counts().values()) == sum(len(s.tables) for s in stores.values())


def test_the_order_button_says_and_switches_the_order(make_page, group):
    page = make_page(*group)
    assert page.order_button.text() == "Order: needs attention"
    assert page.order_button.accessibleName() == "Order the branches by name"
    assert page.order_button.minimumSize().height() >= 44
    page.order_button.click()
    assert page.view.order_by == ordering.NAME
    assert page.order_button.text() == "Order: by name"
    page.order_button.click()
    assert page.view.order_by == ordering.ATTENTION


def test_every_text_of_the_wall_is_translatable(qtbot, speak, pseudo_dir, make_page, group):
    speak("pseudo", pseudo_dir)
    branches, stores = group
    page = make_page(branches, stores)
    page.update_totals()
    names = {b.name for b in branches} | {b.name.replace("&", "&&") for b in branches}
    # the page lays itself out again in the new language: the totals get their room
    qtbot.waitUntil(lambda: page.totals.text() == page.totals.whole_text(), timeout=2000)
    assert unwrapped([page], names) == []
    view = page.view
    bid = view.branch_ids()[0]
    sentence = view.sentence_of(bid)
    assert sentence.startswith("⟦") and sentence.endswith("⟧")  # the tile's words too
    assert "⟦" in page.title.text()


def test_the_totals_end_in_an_ellipsis_where_the_strip_is_narrow(qtbot, make_page, group, speak):
    assert speak("de")
    page = make_page(*group, size=(1600, 1000))
    qtbot.waitUntil(lambda: page.totals.text() == page.totals.whole_text(), timeout=2000)
    whole = page.totals.text()
    assert "Tische besetzt" in whole
    page.resize(640, 700)
    qtbot.waitUntil(lambda: page.totals.text().endswith("…"), timeout=2000)
    shown = page.totals.text()
    assert shown.endswith("…") and whole.startswith(shown[:-1])  # not cut mid-letter
    assert page.totals.fontMetrics().horizontalAdvance(shown) <= page.totals.width()
    assert page.totals.toolTip() == whole
    assert page.width() == 640  # the legend gave way: it held the window 1,049 px wide
