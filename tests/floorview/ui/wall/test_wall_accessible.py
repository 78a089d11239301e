"""The wall to a screen reader: a list of tiles, each named by its branch and described by
its facts in a sentence; moving between tiles moves the focus the reader follows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest

from floorview.ui.wall import wall_accessible
from floorview.ui.wall.wall_accessible import WallAccessible

Text = QAccessible.Text


@pytest.fixture
def told(monkeypatch):
    events = []
    monkeypatch.setattr(wall_accessible, "_send", events.append)
    was = QAccessible.isActive()
    QAccessible.setActive(True)
    yield events
    QAccessible.setActive(was)


def test_each_tile_is_a_named_child_described_by_its_facts(make_page, group):
    page = make_page(*group)
    view = page.view
    iface = QAccessible.queryAccessibleInterface(view)
    assert isinstance(iface, WallAccessible)
    assert iface.role() is QAccessible.Role.List
    assert iface.text(Text.Name) == "All branches"
    assert iface.childCount() == 30
    first = iface.child(0)
    bid = view.branch_ids()[0]
    f = view.facts_of(bid)
    assert first.role() is QAccessible.Role.ListItem
    assert first.text(Text.Name) == f.name
    sentence = first.text(Text.Description)
    assert sentence.startswith(f"{f.name}: Live; {f.local_time} local time; "
                               f"{f.occupied} of {f.tables} tables occupied; ")
    assert f"{f.over_time} tables over time" in sentence
    assert iface.indexOfChild(first) == 0 and iface.child(0) is first
    r = view.tile_rect(bid)
    assert first.rect().size() == r.size()
    assert iface.childAt(first.rect().center().x(), first.rect().center().y()) is first


def test_the_arrows_move_the_readers_focus_from_tile_to_tile(qtbot, make_page, group, told):
    page = make_page(*group)
    view = page.view
    page.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    view.set_current(view.branch_ids()[0])
    told.clear()
    QTest.keyClick(view, Qt.Key.Key_Right)
    focus = [e for e in told if e.type() is QAccessible.Event.Focus]
    assert [e.child() for e in focus] == [1]
    iface = QAccessible.queryAccessibleInterface(view)
    assert iface.focusChild() is iface.child(1)
    assert iface.child(1).state().focused
