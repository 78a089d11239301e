"""The floor to a screen reader: every table an accessible child, named, described, placed,
selected; the selected table announced, and again when its status changes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QGraphicsView

from floorview.ui.floor import floor_accessible
from floorview.ui.floor.floor_accessible import FloorAccessible

Text = QAccessible.Text
Event = QAccessible.Event


def status_event(store, tid, **fields):
    t = {**dict(store.tables[tid].raw), **fields, "version": store.tables[tid].version + 1}
    store.apply_event("tableStatusUpdate", t)


@pytest.fixture
def told(monkeypatch):
    """The accessibility events the floor sends, as (kind, child's name, child's
    description) read when sent; accessibility switched on as a screen reader does."""
    events: list[tuple[Event, str, str]] = []

    def record(event):
        iface = event.accessibleInterface()
        if event.type() is Event.Announcement:
            events.append((event.type(), "", event.message()))
        elif iface is not None:
            events.append((event.type(), iface.text(Text.Name), iface.text(Text.Description)))

    monkeypatch.setattr(floor_accessible, "_send", record)
    was = QAccessible.isActive()
    QAccessible.setActive(True)
    yield events
    QAccessible.setActive(was)


def names(iface):
    return [iface.child(i).text(Text.Name) for i in range(iface.childCount())]


def test_every_table_of_the_plan_is_a_named_described_child(make_view, store, main_plan):
    scene, view = make_view(store, main_plan)
    iface = QAccessible.queryAccessibleInterface(view)
    assert isinstance(iface, FloorAccessible)
    assert iface.role() is QAccessible.Role.List
    assert iface.text(Text.Name) == "Floor plan Main Dining"
    on_plan = store.tables_on("fp-main")
    assert iface.childCount() == len(on_plan) > 10
    assert sorted(names(iface)) == sorted(f"Table {t.number}" for t in on_plan)
    # Reading order, as Tab walks the floor: the front row (tables 1-..) first, left to right.
    assert names(iface)[:2] == ["Table 1", "Table 2"]
    for i in range(iface.childCount()):
        child = iface.child(i)
        assert child.role() is QAccessible.Role.ListItem
        assert iface.indexOfChild(child) == i
        assert child.parent().object() is view
        assert iface.child(i) is child  # the same interface each time
    eleven = next(iface.child(i) for i in range(iface.childCount())
                  if iface.child(i).text(Text.Name) == "Table 11")
    # Table 11: available, 4 seats, Ben's: the tooltip's sentence.
    assert eleven.text(Text.Description).startswith("Table 11 · Available · 4 seats")
    assert eleven.text(Text.Description) == scene.table_item("t-11").toolTip()
    ten = next(iface.child(i) for i in range(iface.childCount())
               if iface.child(i).text(Text.Name) == "Table 10")
    assert "Occupied · 4 of 4 guests" in ten.text(Text.Description)


def test_each_table_is_where_the_floor_shows_it(make_view, store, main_plan):
    scene, view = make_view(store, main_plan)
    iface = QAccessible.queryAccessibleInterface(view)
    on_screen = QRect(view.viewport().mapToGlobal(view.viewport().rect().topLeft()),
                      view.viewport().size())
    for i in range(iface.childCount()):
        child = iface.child(i)
        r = child.rect()
        assert on_screen.contains(r), child.text(Text.Name)
        assert not child.state().offscreen
        hit = iface.childAt(r.center().x(), r.center().y())
        assert hit is not None and hit.text(Text.Name) == child.text(Text.Name)
    assert iface.childAt(on_screen.left() + 1, on_screen.top() + 1) is None  # the wall
    # zoomed right in on a corner, the far tables are off the screen
    view.zoom_by(6.0, view.viewport().rect().topLeft().toPointF())
    assert any(iface.child(i).state().offscreen for i in range(iface.childCount()))


def test_the_selected_table_is_selected_focused_and_announced(qtbot, make_view, store,
                                                               main_plan, told):
    scene, view = make_view(store, main_plan)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    iface = QAccessible.queryAccessibleInterface(view)
    for tid, name in (("t-11", "Table 11"), ("t-14", "Table 14")):  # twice in a row
        told.clear()
        scene.select_table(tid)
        focus = [e for e in told if e[0] is Event.Focus]
        assert focus == [(Event.Focus, name, scene.table_item(tid).toolTip())]
        assert (Event.StateChanged, name, scene.table_item(tid).toolTip()) in told
        child = iface.focusChild()
        assert child is not None and child.text(Text.Name) == name
        assert child.state().selected and child.state().focused
        assert [iface.child(i).text(Text.Name) for i in range(iface.childCount())
                if iface.child(i).state().selected] == [name]
    told.clear()
    scene.select_table(None)
    assert not any(e[0] is Event.Focus for e in told)
    assert iface.focusChild() is None


def test_a_change_of_the_selected_tables_status_is_announced(make_view, store, main_plan, told):
    scene, view = make_view(store, main_plan)
    scene.select_table("t-11")
    told.clear()
    for status, said in (("occupied", "Table 11 · Occupied · 2 of 4 guests"),
                         ("cleaning", "Table 11 · Cleaning")):  # twice in a row
        status_event(store, "t-11", status=status, guestCount=2 if status == "occupied" else None)
        scene.flush()
        announced = [e[2] for e in told if e[0] is Event.Announcement]
        assert len(announced) == 1 and announced[0].startswith(said), told
        assert (Event.DescriptionChanged, "Table 11", announced[0]) in told
        told.clear()
    # another table's change is not announced; nor is the same status sent again
    status_event(store, "t-14", status="cleaning", guestCount=None)
    status_event(store, "t-11", status="cleaning", guestCount=None)
    scene.flush()
    assert not [e for e in told if e[0] in (Event.Announcement, Event.DescriptionChanged)]


def test_tables_come_and_go_with_the_floor(make_view, make_scene, store, main_plan, told):
    scene, view = make_view(store, main_plan)
    iface = QAccessible.queryAccessibleInterface(view)
    before = iface.childCount()
    four = QAccessible.uniqueId(iface.child(names(iface).index("Table 4")))  # as AT-SPI asks
    told.clear()
    store.apply_event("tableDeleted", {"id": "t-4"})
    store.apply_event("tableCreated", {**dict(store.tables["t-5"].raw), "id": "t-new",
                                       "number": "99", "x": 900, "y": 760, "rotation": 0})
    scene.flush()
    assert iface.childCount() == before
    assert "Table 4" not in names(iface) and "Table 99" in names(iface)
    assert (Event.ObjectDestroyed, "Table 4", "") in told
    assert [e[:2] for e in told if e[0] is Event.ObjectCreated] == [(Event.ObjectCreated, "Table 99")]
    assert QAccessible.accessibleInterface(four) is None  # gone from Qt's registry too
    # a change of status alone tells nothing of the list itself
    told.clear()
    status_event(store, "t-5", status="cleaning", guestCount=None)
    scene.flush()
    assert not [e for e in told if e[0] in (Event.ObjectCreated, Event.ObjectDestroyed,
                                            Event.ObjectReorder)]
    # another floor in the same view: its tables
    patio = next(p for p in store.floor_plans if p.name == "Patio")
    view.set_floor_scene(make_scene(plan=patio))
    assert iface.text(Text.Name) == "Floor plan Patio"
    assert iface.childCount() == len(store.tables_on(patio.id)) > 0
    assert sorted(names(iface)) == [f"Table P{n}" for n in range(1, 9)]


def test_a_plain_graphics_view_keeps_qts_own_interface(qtbot):
    plain = QGraphicsView()
    qtbot.addWidget(plain)
    assert not isinstance(QAccessible.queryAccessibleInterface(plain), FloorAccessible)


def test_the_tables_leave_qts_registry_with_their_view(qtbot, make_view, store, main_plan):
    scene, view = make_view(store, main_plan)
    iface = QAccessible.queryAccessibleInterface(view)
    ids = [QAccessible.uniqueId(iface.child(i)) for i in range(iface.childCount())]
    assert all(QAccessible.accessibleInterface(i) is not None for i in ids)
    view.deleteLater()
    qtbot.waitUntil(lambda: all(QAccessible.accessibleInterface(i) is None for i in ids))
