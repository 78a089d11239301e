"""A table's number, seats and shape: asked when a manager adds a table, and to change
them later ("Number, seats, shape…" in edit mode).

The number must be new in the branch (another table may not carry it); the dialog says so
and keeps Save off until it is. It returns contract fields; the window sends them.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from floorview.core.model import Shape
from floorview.ui.language import QT_TRANSLATE_NOOP

#: The shapes a person may choose, with the words the dialog uses.
SHAPES = ((Shape.SQUARE, QT_TRANSLATE_NOOP("TableFormDialog", "Square")),
          (Shape.ROUND, QT_TRANSLATE_NOOP("TableFormDialog", "Round")),
          (Shape.RECTANGLE, QT_TRANSLATE_NOOP("TableFormDialog", "Rectangle")))
MAX_SEATS = 40


class TableFormDialog(QDialog):
    """Number, seats and shape of a new or an existing table.

    Args:
        number, seats, shape: the values to start from.
        taken: the numbers other tables of the branch carry (any case, spaces ignored).
        title: the window title ("Add table", "Table 12").
    """

    def __init__(self, *, number: str, seats: int, shape: Shape, taken: Iterable[str],
                 title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or QCoreApplication.translate("TableFormDialog", "Add table"))
        self._taken = {n.strip().casefold() for n in taken}
        self.number_edit = QLineEdit(number, self)
        self.number_edit.setMaxLength(12)
        self.seats = QSpinBox(self)
        self.seats.setRange(1, MAX_SEATS)
        self.seats.setValue(max(1, min(MAX_SEATS, seats)))
        self.seats.setSuffix(QCoreApplication.translate("TableFormDialog", " seats"))
        self.shape_box = QComboBox(self)
        for value, text in SHAPES:
            self.shape_box.addItem(QCoreApplication.translate("TableFormDialog", text), value.value)
        index = self.shape_box.findData(shape.value)
        self.shape_box.setCurrentIndex(max(0, index))
        self.message_label = QLabel(self)
        self.message_label.setObjectName("formMessage")
        self.message_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(QCoreApplication.translate("TableFormDialog", "Save"))
        form = QFormLayout(self)
        form.addRow(QCoreApplication.translate("TableFormDialog", "Number"), self.number_edit)
        form.addRow(QCoreApplication.translate("TableFormDialog", "Seats"), self.seats)
        form.addRow(QCoreApplication.translate("TableFormDialog", "Shape"), self.shape_box)
        form.addRow(self.message_label)
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.number_edit.textChanged.connect(self.on_number_edit_textChanged)
        self.number_edit.selectAll()
        self.on_number_edit_textChanged(number)

    @property
    def number(self) -> str:
        return self.number_edit.text().strip()

    @property
    def shape(self) -> Shape:
        return Shape(self.shape_box.currentData())

    def fields(self) -> dict:
        """The contract fields chosen: ``number``, ``capacity``, ``shape``."""
        return {"number": self.number, "capacity": self.seats.value(), "shape": self.shape.value}

    def problem(self) -> str:
        """Why the form cannot be saved ("" when it can)."""
        if not self.number:
            return QCoreApplication.translate("TableFormDialog", "Give the table a number.")
        if self.number.casefold() in self._taken:
            return QCoreApplication.translate("TableFormDialog", "Another table is numbered {0}.").format(self.number)
        return ""

    @Slot(str)
    def on_number_edit_textChanged(self, _text: str) -> None:
        problem = self.problem()
        self.message_label.setText(problem)
        self.message_label.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def accept(self) -> None:
        if not self.problem():
            super().accept()
