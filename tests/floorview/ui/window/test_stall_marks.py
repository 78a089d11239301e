"""Stalled tables through the real window: the mark on the floor, the words in the
tooltip a screen reader reads, and a line in the recent changes, once; silent with too
little history."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtGui import QAccessible

from floorview.core.evening import segments_for
from floorview.core.model import Role, User
from floorview.ui.window.main_window import MainWindow
from floorview.ui.window.recent_changes import RecentChangesPanel
from tests.floorview.core.test_stalls import record_day, ten_evenings
from tests.floorview.factories import table_json

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing")

MANAGER = User("u-mgr", "Mia Manager", "mgr@x", Role.MANAGER, ("br-1",), None)
Text = QAccessible.Text


def _window(qtbot, settings, clock) -> tuple[MainWindow, RecentChangesPanel]:
    from tests.floorview.qtapp import make_store

    window = MainWindow(make_store(), user=MANAGER, settings=settings,
                        clock=lambda: clock["now"], theme_choice="light")
    qtbot.addWidget(window)
    window.resize(1400, 800)
    window.show()
    qtbot.waitExposed(window)
    for scene in window.scenes.values():
        scene.flush()
    # as the app wires them: a line in the recent changes for each table that stalls
    panel = RecentChangesPanel(window.store, clock=lambda: clock["now"],
                               book=window.turn_marks.book)
    qtbot.addWidget(panel)
    window.stall_marks.began.connect(panel.note_stalls)
    return window, panel


def _at(hhmm: str) -> datetime:
    h, m = map(int, hhmm.split(":"))
    return datetime(2026, 11, 25, h, m, tzinfo=UTC)  # Lisbon is on UTC in November


def _description(window, table_id: str) -> str:
    window.tabs.setCurrentWidget(window.tabs.views["fp-2"])
    iface = QAccessible.queryAccessibleInterface(window.tabs.views["fp-2"])
    child = next(iface.child(i) for i in range(iface.childCount())
                 if iface.child(i).text(Text.Name) == "Table 5")
    return child.text(Text.Description)


def test_a_cleaning_three_times_its_usual_is_marked_and_told_once(qtbot, settings, tmp_path):
    # table 5 (Patio) has been in cleaning since 19:14; cleanings take 5-7 minutes
    ten_evenings(tmp_path)
    clock = {"now": _at("19:22")}
    window, panel = _window(qtbot, settings, clock)
    marks = window.stall_marks
    window.stall_marks.set_history(segments_for("br-1", folder=tmp_path, today=clock["now"].date()))
    item = window.scenes["fp-2"].table_item("t-5")
    assert item.stall == "" and "stalled" not in item.toolTip()  # 8 minutes: not yet
    clock["now"] = _at("19:32")
    marks.refresh()
    assert item.stall == "cleaning 18m — usually 6m" and item.look.stall
    assert "stalled: cleaning 18m — usually 6m" in item.toolTip()
    assert "stalled: cleaning 18m — usually 6m" in _description(window, "t-5")
    assert panel.lines()[0] == "19:32  Table 5 cleaning 18m — usually 6m"
    clock["now"] = _at("19:40")
    marks.refresh()  # still stalled: the mark follows the time, the line is not repeated
    assert item.stall == "cleaning 26m — usually 6m"
    assert [line for line in panel.lines() if "usually" in line] == [
        "19:32  Table 5 cleaning 18m — usually 6m"]
    # set again: the mark goes as soon as the status changes, before the next refresh
    window.store.apply_event("tableStatusUpdate", table_json(
        "t-5", 2, number="5", x=700, y=100, status="available", floorPlanId="fp-2",
        statusChangedAt="2026-11-25T19:41:00.000Z"))
    window.scenes["fp-2"].flush()
    assert item.stall == "" and not item.look.stall
    marks.refresh()
    assert marks.stalled == {}
    window.close()


def test_a_change_marks_its_table_within_a_second_and_leaves_the_others_as_they_were(
        qtbot, settings, tmp_path):
    """Between the clock's passes only the tables that changed are read again: a table
    that turns to cleaning long ago is marked by the change alone, within a second, and
    a table already marked keeps its mark (a pass over the changed tables alone must not
    clear the others)."""
    ten_evenings(tmp_path)
    clock = {"now": _at("19:32")}
    window, panel = _window(qtbot, settings, clock)
    marks = window.stall_marks
    marks.set_history(segments_for("br-1", folder=tmp_path, today=clock["now"].date()))
    five = window.scenes["fp-2"].table_item("t-5")
    assert five.stall == "cleaning 18m — usually 6m"  # the pass the history began
    # table 6 (out of service) becomes a cleaning begun at 19:10: 22 minutes
    window.store.apply_event("tableStatusUpdate", table_json(
        "t-6", 2, number="6", x=850, y=100, status="cleaning", floorPlanId="fp-2",
        statusChangedAt="2026-11-25T19:10:00.000Z"))
    six = window.scenes["fp-2"].table_item("t-6")
    qtbot.waitUntil(lambda: six.stall == "cleaning 22m — usually 6m", timeout=3000)
    assert five.stall == "cleaning 18m — usually 6m"
    assert set(marks.stalled) == {"t-5", "t-6"}
    assert [line for line in panel.lines() if "usually" in line][0].endswith(
        "Table 6 cleaning 22m — usually 6m")
    # and the table going away takes its mark with it
    window.store.apply_event("tableDeleted", {"id": "t-6"})
    qtbot.waitUntil(lambda: set(marks.stalled) == {"t-5"}, timeout=3000)
    window.close()


def test_with_two_past_cleanings_no_table_is_marked(qtbot, settings, tmp_path):
    for day in (17, 18):
        record_day(tmp_path, day, [("t-1", "19:00", 75, 2, 6)])
    clock = {"now": _at("20:30")}  # table 5 in cleaning for 76 minutes
    window, panel = _window(qtbot, settings, clock)
    window.stall_marks.set_history(segments_for("br-1", folder=tmp_path, today=clock["now"].date()))
    window.stall_marks.refresh()
    assert window.stall_marks.stalled == {}
    assert not any(i.stall for s in window.scenes.values() for i in s.table_items())
    assert not [line for line in panel.lines() if "usually" in line]
    window.close()


# --- the real app, against the stub -------------------------------------------------------


def test_the_app_reads_the_history_and_tells_the_recent_changes(qtbot, aio, settings, stub,
                                                                 admin):
    from floorview.app import FloorviewApp
    from floorview.core import journal
    from floorview.core.model import Status
    from tests.floorview.qtapp import FAST_LIVE, make_args, run, wait_live

    harbour = next(b for b in admin.branches() if b.name == "Harbour Street")
    today = datetime.now(UTC).date()
    ten_evenings(journal.default_folder(), branch_id=harbour.id,
                 days=[today - timedelta(days=d) for d in range(2, 12)])
    clock: dict = {"now": None}
    app = FloorviewApp(make_args(stub, email="host@floorview.dev"), settings=settings,
                       env={"FLOORVIEW_PASSWORD": "demo"}, live_options=FAST_LIVE,
                       clock=lambda: clock["now"] or datetime.now(UTC))
    try:
        assert run(qtbot, app.start())
        wait_live(qtbot, app)
        window = app.window
        qtbot.waitUntil(lambda: len(window.turn_marks.book.history) >= 10)  # off the GUI thread
        table = sorted((t for t in app.store.tables.values() if t.status is Status.AVAILABLE),
                       key=lambda t: t.number)[0]
        admin.set_status(table.id, "occupied", 2)
        qtbot.waitUntil(lambda: app.store.tables[table.id].status is Status.OCCUPIED)
        admin.set_status(table.id, "cleaning", None)
        qtbot.waitUntil(lambda: app.store.tables[table.id].status is Status.CLEANING)
        since = app.store.tables[table.id].status_changed_at
        panel = window.findChild(RecentChangesPanel)
        for minutes, marked in ((8, False), (18, True)):
            clock["now"] = since + timedelta(minutes=minutes, seconds=5)
            window.stall_marks.refresh()
            assert (table.id in window.stall_marks.stalled) is marked
        name = table.number if not table.number.isdigit() else f"Table {table.number}"
        assert panel.lines()[0].endswith(f"{name} cleaning 18m — usually 6m")
        item = window.scenes[table.floor_plan_id].table_item(table.id)
        qtbot.waitUntil(lambda: item.stall == "cleaning 18m — usually 6m")
    finally:
        run(qtbot, app.shutdown())
