"""The window's status bar says when the journal is paused, why, and when it records again."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime

from floorview.core.journal import Journal
from floorview.core.model import Branch, Role, Table, User
from floorview.core.recorder import JournalRecorder
from tests.floorview.factories import table_json

NOW = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)


def _window(qtbot, settings):
    from floorview.ui.window.main_window import MainWindow
    from tests.floorview.qtapp import make_store

    store = make_store()
    window = MainWindow(store, user=User("u-mgr", "Mia Manager", "mgr@x", Role.MANAGER,
                                         ("br-1",), None),
                        settings=settings, clock=lambda: NOW, theme_choice="light")
    qtbot.addWidget(window)
    window.show()
    return store, window


def test_a_paused_journal_is_shown_with_why_and_how_many_changes_it_keeps(
        qtbot, settings, tmp_path, monkeypatch):
    store, window = _window(qtbot, settings)
    store.branch = Branch("br-1", "Harbour", "Europe/Lisbon")
    recorder = JournalRecorder(store, path=tmp_path / "evening.journal", clock=lambda: NOW,
                               retry_first_s=0, retry_max_s=0).attach()
    recorder.listen(window.set_journal_state)
    label = window.journal_status
    assert not label.isVisible() and label.accessibleName() == "Journal"

    full = {"on": True}
    real = Journal.append_many

    def append_many(journal_self, batches):
        if full["on"]:
            raise sqlite3.OperationalError("database or disk is full")
        return real(journal_self, batches)

    monkeypatch.setattr(Journal, "append_many", append_many)
    tid = next(iter(store.tables))
    version = store.tables[tid].version
    for status in ("cleaning", "available", "occupied"):
        version += 1
        store.apply_event("tableStatusUpdate", {**store.tables[tid].to_json(),
                                                "version": version, "status": status,
                                                "guestCount": 2 if status == "occupied" else None})
    assert label.isVisible()
    assert label.text() == ("Journal paused: the disk is full — 3 changes kept, written when "
                            "there is room")
    assert window.statusBar().isAncestorOf(label)

    full["on"] = False  # room again: the next write takes everything kept
    version += 1
    store.apply_event("tableStatusUpdate", {**store.tables[tid].to_json(), "version": version,
                                            "status": "cleaning", "guestCount": None})
    assert not label.isVisible()
    assert window.message_label.text() == "Journal recording again: 4 kept changes written"

    with open(recorder.current_path, "r+b") as f:  # the file is damaged under it
        f.write(os.urandom(4096))
    version += 1
    store.apply_event("tableStatusUpdate", {**store.tables[tid].to_json(), "version": version,
                                            "status": "available"})
    assert window.message_label.text().startswith(
        "The journal file was damaged: it was moved aside as evening.journal.corrupt-")
    assert window.message_label.property("error") is True and not label.isVisible()
    recorder.close()
    window.close()


def test_a_second_window_on_the_same_journal_says_it_records_nothing(qtbot, settings, tmp_path):
    store, window = _window(qtbot, settings)
    path = tmp_path / "evening.journal"
    first = JournalRecorder(store, path=path, clock=lambda: NOW).attach()
    second = JournalRecorder(store, path=path, clock=lambda: NOW).attach()
    second.listen(window.set_journal_state)
    store.apply_snapshot([Table.from_json(table_json("t-1", branchId="br-1"))])
    assert window.journal_status.isVisible()
    assert window.journal_status.text() == (
        "Journal off: another floorview is recording this branch's journal: this one records "
        "nothing")
    first.close()  # the first one stops: this one takes over at its next try
    second.flush()
    assert not window.journal_status.isVisible()
    assert window.message_label.text() == "Journal recording again"
    second.close()
    window.close()


def _lines(label) -> int:
    """How many lines the label's text takes at its current width."""
    line = label.fontMetrics().lineSpacing()
    return round(label.heightForWidth(label.width()) / line)


def test_the_paused_line_is_one_line_where_the_window_has_room_and_wraps_on_a_laptop(
        qtbot, settings):
    from floorview.core.journal_file import Problem
    from floorview.core.recorder import RecorderState

    paused = RecorderState(paused=True, problem=Problem.FULL, words="the disk is full",
                           held=152, event="paused")
    store, window = _window(qtbot, settings)
    label = window.journal_status
    window.resize(1920, 1080)
    window.set_journal_state(paused)
    qtbot.waitUntil(lambda: label.isVisible() and _lines(label) == 1)  # the layout settles
    window.resize(1024, 768)  # a window made narrower: the line wraps, the user stays whole
    qtbot.waitUntil(lambda: _lines(label) == 2 and label.width() <= 1024 * 2 // 5 + 1)
    window.close()

    store, narrow = _window(qtbot, settings)
    narrow.resize(1024, 768)
    narrow.set_journal_state(paused)
    label = narrow.journal_status
    qtbot.waitUntil(label.isVisible)
    assert label.width() <= 1024 * 2 // 5 + 1  # the status bar keeps room for its other facts
    # the user and the data's age stay whole beside it (at half the window: "M…")
    bar = narrow.status_bar
    bar.show_user(User("u-mgr", "Maya Patel", "m@x", Role.MANAGER, ("br-1",), None),
                  "Harbour Street")
    user = bar.user_label
    qtbot.waitUntil(lambda: user.width() >= user.fontMetrics().horizontalAdvance(user.text()))
    assert _lines(label) == 2
    narrow.close()
