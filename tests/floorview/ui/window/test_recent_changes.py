"""The recent-changes panel: what changed, newest first; and "likely free next" from history."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from floorview.core import journal
from floorview.core.evening import Segment
from floorview.core.model import Branch, Table, User
from floorview.core.store import BranchStore
from floorview.ui.window.recent_changes import RecentChangesPanel
from tests.floorview.factories import table_json

NOW = datetime(2026, 11, 27, 19, 30, tzinfo=UTC)  # London is on UTC in November
LONDON = Branch("br-1", "Harbour Street", "Europe/London")


def _turn(day: int, hour: int, minute: int, minutes: float, guests: int) -> Segment:
    start = datetime(2026, 11, day, hour, minute, tzinfo=UTC)
    return Segment("t-x", "9", "occupied", start, start + timedelta(minutes=minutes), guests, guests)


#: Parties of two seated around 19:00 on past Fridays, and one at lunch that must not count.
HISTORY = [_turn(6, 19, 5, 60, 2), _turn(13, 18, 50, 70, 2), _turn(13, 19, 20, 80, 1),
           _turn(20, 19, 0, 90, 2), _turn(20, 19, 40, 100, 2), _turn(26, 12, 30, 30, 2)]


def _store(*tables: dict) -> BranchStore:
    store = BranchStore("br-1")
    store.set_reference(branch=LONDON, users=[User.from_json(
        {"id": "u-ana", "name": "Ana Costa", "email": "", "role": "server", "branchIds": ["br-1"],
         "color": None})])
    store.apply_snapshot([Table.from_json(t) for t in tables])
    return store


def test_the_panel_lists_estimates_soonest_first_and_says_when_it_has_none(qtbot):
    store = _store(
        table_json("t-1", number="12", status="occupied", guestCount=2,
                   statusChangedAt="2026-11-27T19:10:00.000Z"),
        table_json("t-2", number="4", status="occupied", guestCount=6, capacity=6,
                   statusChangedAt="2026-11-27T19:00:00.000Z"),
        table_json("t-3", number="Bar 2", status="occupied", guestCount=1, capacity=2,
                   statusChangedAt="2026-11-27T18:55:00.000Z"))
    panel = RecentChangesPanel(store, clock=lambda: NOW)
    qtbot.addWidget(panel)
    assert panel.free.count() == 0
    assert "No estimate for 3 tables yet" in panel.free_note.text()
    panel.set_history(HISTORY)
    lines = [panel.free.item(i).text() for i in range(panel.free.count())]
    assert lines == ["Bar 2  ~20:15 (in 45 min) · median of 5 turns",
                     "Table 12  ~20:30 (in 60 min) · median of 5 turns"]
    assert "No estimate for 1 table yet" in panel.free_note.text()
    with qtbot.waitSignal(panel.tableRequested) as got:
        panel.free.itemClicked.emit(panel.free.item(1))
    assert got.args == ["t-1"]


def test_recent_changes_newest_first_click_to_find(qtbot):
    store = _store(table_json("t-1", number="12"), table_json("t-2", number="4"))
    clock = {"now": NOW}
    panel = RecentChangesPanel(store, clock=lambda: clock["now"])
    qtbot.addWidget(panel)
    assert panel.changes.count() == 0  # the first snapshot is where the screen starts
    store.apply_event("tableStatusUpdate", table_json(
        "t-1", 2, number="12", status="occupied", guestCount=3,
        statusChangedAt="2026-11-27T19:31:00.000Z", updatedAt="2026-11-27T19:31:00.000Z"))
    store.apply_event("tableAssignmentUpdate", table_json(
        "t-2", 2, number="4", serverId="u-ana", updatedAt="2026-11-27T19:40:00.000Z"))
    store.apply_event("tableStatusUpdate", table_json(
        "t-1", 3, number="12", status="cleaning", serverId=None,
        statusChangedAt="2026-11-27T20:42:00.000Z", updatedAt="2026-11-27T20:42:00.000Z"))
    lines = [panel.changes.item(i).text() for i in range(panel.changes.count())]
    assert lines == ["20:42  Table 12 Occupied → Cleaning",
                     "19:40  Table 4 assigned to Ana Costa",
                     "19:31  Table 12 Available → Occupied (3)"]
    # the turn it saw is learnt for the estimates
    assert [(t.guests, t.minutes) for t in panel.history] == [(3, 71)]
    with qtbot.waitSignal(panel.tableRequested) as got:
        panel.changes.itemClicked.emit(panel.changes.item(1))
    assert got.args == ["t-2"]
    # a resync's changes were made while the screen was offline
    store.begin_sync()
    store.apply_snapshot([Table.from_json(table_json(
        "t-1", 4, number="12", status="available", statusChangedAt="2026-11-27T20:50:00.000Z")),
        Table.from_json(table_json("t-2", 2, number="4", serverId="u-ana"))])
    assert panel.changes.item(0).text() == "20:50  Table 12 Cleaning → Available  (while offline)"
    panel.detach()


def test_history_comes_from_the_branch_s_journals(tmp_path):
    from tests.floorview.commands.test_report import known_evening

    folder = tmp_path / "journals"
    path = journal.day_file(folder, "br-1", datetime(2026, 11, 27).date())
    path.parent.mkdir(parents=True)
    known_evening(path)
    from floorview.core.evening import history_for

    turns = history_for("br-1", folder=folder, today=datetime(2026, 12, 1).date())
    assert [round(t.minutes) for t in turns] == [60, 80, 100, 50]
    assert history_for("br-1", folder=folder, today=datetime(2027, 2, 1).date()) == []
    assert history_for("br-2", folder=folder, today=datetime(2026, 12, 1).date()) == []


def test_times_are_on_the_branch_s_clock_not_utc(qtbot):
    """A New York branch (five hours behind UTC in November): a change at 00:31 UTC on the
    28th reads 19:31, the evening's time there; a party of two seated then, with five past
    turns of two at that hour there, is likely free at ~20:56 there."""
    new_york = Branch("br-1", "Harbour Street NY", "America/New_York")
    store = BranchStore("br-1")
    store.set_reference(branch=new_york)
    store.apply_snapshot([Table.from_json(table_json("t-1", number="12"))])
    now = datetime(2026, 11, 28, 0, 40, tzinfo=UTC)
    panel = RecentChangesPanel(store, clock=lambda: now)
    qtbot.addWidget(panel)
    store.apply_event("tableStatusUpdate", table_json(
        "t-1", 2, number="12", status="occupied", guestCount=2,
        statusChangedAt="2026-11-28T00:31:00.000Z", updatedAt="2026-11-28T00:31:00.000Z"))
    assert panel.changes.item(0).text() == "19:31  Table 12 Available → Occupied (2)"
    # turns of two seated at 19:00-19:40 New York time (00:00-00:40 UTC) on past nights
    panel.set_history([_turn(day, 0, minute, 85, 2)
                       for day, minute in ((7, 0), (14, 10), (21, 20), (22, 30), (25, 40))])
    assert panel.free.item(0).text() == "Table 12  ~20:56 (in 76 min) · median of 5 turns"
    panel.detach()
