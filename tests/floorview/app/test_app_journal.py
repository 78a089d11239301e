"""The app keeps the journal, and its recent-changes dock (F9) lists what it saw."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from floorview.core import journal
from floorview.core.model import Status


def test_the_app_journals_changes_and_lists_them_in_the_dock(qtbot, launch, admin, tmp_path):
    path = tmp_path / "app.journal"
    app = launch("host@floorview.dev", journal=str(path), no_journal=False)
    window = app.window
    target = min((t for t in app.store.tables.values() if t.status is Status.AVAILABLE),
                 key=lambda t: t.number)
    admin.set_status(target.id, "occupied", 2)
    qtbot.waitUntil(lambda: app.store.tables[target.id].status is Status.OCCUPIED)

    dock = window.findChild(QDockWidget, "recentChangesDock")
    assert dock is not None and not dock.isVisible()
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_F9)
    qtbot.waitUntil(dock.isVisible)
    panel = dock.widget()
    name = target.number if not target.number.isdigit() else f"Table {target.number}"
    qtbot.waitUntil(lambda: panel.changes.count() > 0
                    and f"{name} Available → Occupied (2)" in panel.changes.item(0).text())
    other = next(t for t in app.store.tables.values()
                 if t.floor_plan_id != target.floor_plan_id)
    window.reveal_table(other.id)
    panel.changes.itemClicked.emit(panel.changes.item(0))  # find the table it names
    scene = window.scene_of(target.id)
    assert window.current_scene() is scene
    assert [i.table_id for i in scene.selectedItems()] == [target.id]

    def seen() -> list:  # the app writes its live changes a moment after it shows them
        return [c for e in journal.read(path) if e.kind == "live" for c in e.changes
                if c.table_id == target.id]

    qtbot.waitUntil(lambda: bool(seen()), timeout=5000)
    assert seen()[-1].status == ("available", "occupied") and seen()[-1].guests == (None, 2)
    entries = journal.read(path)
    kinds = [e.kind for e in entries]
    assert kinds[0] == "reference" and "snapshot" in kinds
    assert [e.detail["state"] for e in entries if e.kind == "state"][-1] == "live"


def test_no_journal_keeps_none(qtbot, launch, tmp_path):
    app = launch("host@floorview.dev", journal=str(tmp_path / "x.journal"), no_journal=True)
    assert app.recorder is None and not (tmp_path / "x.journal").exists()


def test_a_second_app_on_the_same_journal_says_so_in_its_status_bar(qtbot, launch, tmp_path):
    """The app's window is told its journal's state: a second screen on the same file
    records nothing, and its status bar says why."""
    from floorview.core.recorder import JournalRecorder
    from floorview.core.store import BranchStore

    path = tmp_path / "app.journal"
    other = JournalRecorder(BranchStore("other"), path=path).attach()
    other.store.apply_snapshot([])  # the first screen holds the file
    try:
        app = launch("host@floorview.dev", journal=str(path), no_journal=False)
        label = app.window.journal_status
        qtbot.waitUntil(label.isVisible, timeout=10_000)
        assert label.text().startswith("Journal off: another floorview is recording this "
                                       "branch's journal")
        assert app.recorder.state.problem.value == "locked"
    finally:
        other.close()


def test_a_quote_seat_a_party_gives_is_kept_in_the_journal(qtbot, launch, tmp_path):
    """What the window's Seat a party announces as not free yet lands in the app's journal
    (the report's quote accuracy reads it from there); with --no-journal, nowhere."""
    from datetime import timedelta

    from floorview.core.seating import Option

    path = tmp_path / "app.journal"
    app = launch("host@floorview.dev", journal=str(path), no_journal=False)
    table = min(app.store.tables.values(), key=lambda t: t.number)
    free_at = app.clock() + timedelta(minutes=17)
    quote = Option((table.number,), (table.id,), table.capacity, False, free_at, None,
                   "free at about that time")
    app.window.quotes_given.emit([quote], 4)

    def kept() -> list:
        with journal.Journal(path) as j:
            return j.quotes()
    qtbot.waitUntil(lambda: bool(kept()), timeout=5000)
    [row] = kept()
    assert (row.table_ids, row.party, row.branch_id) == ((table.id,), 4, app.store.branch_id)
    assert abs(row.free_at - free_at) < timedelta(seconds=1)


def test_no_journal_keeps_no_quote(qtbot, launch, tmp_path, monkeypatch):
    from floorview.core import quotes

    made: list = []
    monkeypatch.setattr(quotes.QuoteBook, "record",
                        lambda self, *a, **k: made.append(a))
    app = launch("host@floorview.dev", journal=str(tmp_path / "x.journal"), no_journal=True)
    app.window.quotes_given.emit([], 2)
    assert made == [] and not (tmp_path / "x.journal").exists()
