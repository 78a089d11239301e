"""How wide the table list's key columns are: from the widest text each can hold.

Sized by the rows in view (sizing by all rows took 0.3 s a refresh at 40,000 rows), a list
scrolled to a table far down kept the widths of the rows shown before, "Available" and
"3m", and cut "Occupied" to "Occupi…", "12h 59m" to "2h…" and "no history" to
"no hist…" (4 times in 5 at 1440 px, also at 1920). A width from the widest text a column
can hold does not depend on which rows are in view.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTableView

from floorview.core.model import SETTABLE_STATUSES


def widest_texts(metrics: QFontMetrics, no_history: str) -> dict[str, list[str]]:
    """By column title: the texts among which is the widest that column shows."""
    digit = max("0123456789", key=metrics.horizontalAdvance)
    duration = f"{digit * 2}h {digit * 2}m"  # a time as format_duration writes it, < 100 h
    return {
        "Status": [s.label for s in SETTABLE_STATUSES],
        "Time": [duration, "—"],
        "Free in ~": [duration, QCoreApplication.translate("TableListModel", "now"), no_history],
    }


def key_widths(view: QTableView, titles: Sequence[str], no_history: str) -> dict[int, int]:
    """By column index: the width (px) of each key column of ``view`` (status, time, free
    in), whose titles are ``titles``; empty when it has no row to measure a cell by."""
    texts = widest_texts(view.fontMetrics(), no_history)
    return cell_widths(view, {titles.index(t): texts[t] for t in texts})


def cell_widths(view: QTableView, texts: dict[int, Sequence[str]]) -> dict[int, int]:
    """By column: the width (px) its widest text needs in a cell of ``view`` (the cell's
    padding and decoration as its row 0 has them), and at least its title's. Empty
    when the view has no row to measure a cell by."""
    model = view.model()
    if model is None or model.rowCount() == 0:
        return {}
    header = view.horizontalHeader()
    style = view.style()
    widths = {}
    for column, candidates in texts.items():
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        delegate = view.itemDelegateForIndex(model.index(0, column))
        delegate.initStyleOption(option, model.index(0, column))  # type: ignore[attr-defined]
        widest = header.sectionSizeHint(column)
        for text in candidates:
            option.text = text
            size = style.sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, option, QSize(), view)
            widest = max(widest, size.width())
        widths[column] = widest
    return widths
