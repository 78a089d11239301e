"""The table list: its order, its columns, selection both ways, on a hand-made store."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from floorview.ui.window.table_list import TableList
from tests.floorview.qtapp import status_color

NOW = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)

def test_table_list_sorts_by_status_then_time_and_selects_both_ways(qtbot, store):
    view = TableList(store, clock=lambda: NOW, status_color=status_color)
    qtbot.addWidget(view)
    ids = view.list_model.table_ids()
    # available first; the two occupied tables longest-seated first
    assert ids == ["t-1", "t-4", "t-2", "t-3", "t-5", "t-6"]
    model = view.list_model
    row = model.row_of("t-2")
    assert model.data(model.index(row, 4)) == "49m"  # seated 19:11, now 20:00
    assert model.data(model.index(row, 3)) == "Ana S."  # the full name is its tooltip
    assert model.data(model.index(row, 3), Qt.ItemDataRole.ToolTipRole) == "Ana Silva"

    with qtbot.waitSignal(view.tableSelected) as blocker:
        view.selectRow(model.row_of("t-3"))
    assert blocker.args == ["t-3"]

    with qtbot.assertNotEmitted(view.tableSelected):
        view.select_table("t-5")
    assert view.selectionModel().selectedRows()[0].row() == model.row_of("t-5")

    # a change re-sorts and keeps the selection on the same table
    t = store.tables["t-5"]
    store.apply_event("tableStatusUpdate", {**t.to_json(), "status": "available",
                                            "statusChangedAt": "2026-11-25T19:59:00.000Z",
                                            "version": t.version + 1})
    qtbot.waitUntil(lambda: model.table_ids()[1] == "t-5")
    assert view.selectionModel().selectedRows()[0].row() == model.row_of("t-5")
    view.close()
