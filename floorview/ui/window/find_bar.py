"""Finding a table by its number: the find bar over the floor (Ctrl+F) and which table it finds.

The bar asks the store; the window shows what it found (switches to its floor, selects and
flashes it) when :attr:`FindBar.tableFound` says so, and says the rest in its status bar.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from floorview.core.model import Table
from floorview.core.store import BranchStore


def match_table(tables: Iterable[Table], text: str) -> Table | None:
    """The table numbered ``text`` (case-insensitive), else the shortest number it begins."""
    wanted = text.strip().casefold()
    ordered = sorted(tables, key=lambda t: (len(t.number), t.number))
    match = next((t for t in ordered if t.number.casefold() == wanted), None)
    if match is None:
        match = next((t for t in ordered if t.number.casefold().startswith(wanted)), None)
    return match


class FindBar(QWidget):
    """"Find table:" and a line to type a number in; Enter shows the table, Esc closes.

    Signals:
        tableFound(str): show this table (its floor, selected, flashed).
        message(str, bool): what was found, or that nothing was (an error).
        closed(): the bar was closed (the floor takes the keys again).
    """

    tableFound = Signal(str)
    message = Signal(str, bool)
    closed = Signal()

    def __init__(self, store: BranchStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.edit = QLineEdit(self)
        self.edit.setObjectName("findEdit")
        self.edit.setPlaceholderText(QCoreApplication.translate("FindBar", "Find table by number — Enter to show, Esc to close"))
        self.edit.setClearButtonEnabled(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(QLabel(QCoreApplication.translate("FindBar", "Find table:"), self))
        layout.addWidget(self.edit, 1)
        self.hide()
        self._escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.edit)
        self._escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.edit.returnPressed.connect(self.on_edit_returnPressed)
        self._escape.activated.connect(self.close_bar)

    @Slot()
    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    @Slot()
    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def find_table(self, text: str) -> str | None:
        """Show the table numbered ``text`` (exactly, else by prefix); its id, or None."""
        match = match_table(self._store.tables.values(), text)
        if match is None:
            return None
        self.tableFound.emit(match.id)
        return match.id

    @Slot()
    def on_edit_returnPressed(self) -> None:
        text = self.edit.text().strip()
        if not text:
            return
        found = self.find_table(text)
        if found is None:
            self.message.emit(QCoreApplication.translate(
                "FindBar", "No table numbered “{0}” in this branch.").format(text), True)
        else:
            table = self._store.tables[found]
            self.message.emit(QCoreApplication.translate("FindBar", "Table {0}: {1}, {2}").format(
                table.number, table.status.label, table.seats_text), False)
