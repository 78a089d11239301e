"""The list's key columns: as wide as the widest text each can hold, whatever rows exist."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from floorview.ui.window.list_widths import key_widths, widest_texts

TITLES = ("Table", "Status", "Seats", "Server", "Time", "Free in ~", "Floor")


def test_the_widest_texts_are_the_longest_status_a_two_digit_hour_and_no_history(qapp):
    view = QTableView()
    texts = widest_texts(view.fontMetrics(), "no history")
    assert "Out of service" in texts["Status"]
    assert "no history" in texts["Free in ~"] and "now" in texts["Free in ~"]
    # "12h 59m" fits within the measured duration, whichever digit is widest
    metrics = view.fontMetrics()
    [duration] = [t for t in texts["Time"] if "h" in t]
    assert metrics.horizontalAdvance(duration) >= metrics.horizontalAdvance("12h 59m")


def test_a_key_column_holds_its_widest_text_with_the_cells_padding_though_its_rows_are_short(qapp):
    model = QStandardItemModel(0, len(TITLES))
    model.setHorizontalHeaderLabels(list(TITLES))
    view = QTableView()
    view.setModel(model)
    assert key_widths(view, TITLES, "no history") == {}  # no row to measure a cell by
    model.appendRow([QStandardItem(t) for t in ("1", "Available", "4", "—", "3m", "", "Main")])
    widths = key_widths(view, TITLES, "no history")
    assert sorted(widths) == [1, 4, 5]
    # a cell holding the long texts: Qt's delegate says what each needs
    model.appendRow([QStandardItem(t) for t in ("2", "Out of service", "4", "—", "12h 59m",
                                                "no history", "Main")])
    for column in (1, 4, 5):
        assert widths[column] >= view.sizeHintForIndex(model.index(1, column)).width()
        assert widths[column] > view.sizeHintForIndex(model.index(0, column)).width()
