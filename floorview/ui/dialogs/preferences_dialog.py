"""The manager's preferences: when a table's time in status turns amber, then red."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox

from floorview.ui.settings import AppSettings


class PreferencesDialog(QDialog):
    """Amber and red thresholds in minutes, saved to the settings when accepted."""

    def __init__(self, settings: AppSettings, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self._settings = settings
        self.amber = QSpinBox(self)
        self.amber.setRange(1, 600)
        self.amber.setSuffix(" min")
        self.amber.setValue(settings.amber_minutes)
        self.red = QSpinBox(self)
        self.red.setRange(2, 720)
        self.red.setSuffix(" min")
        self.red.setValue(settings.red_minutes)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        form = QFormLayout(self)
        form.addRow(QLabel("A seated table's time turns amber, then red, after:", self))
        form.addRow("Amber after", self.amber)
        form.addRow("Red after", self.red)
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.amber.valueChanged.connect(self.on_amber_valueChanged)

    @Slot(int)
    def on_amber_valueChanged(self, value: int) -> None:
        self.red.setMinimum(value + 1)

    def accept(self) -> None:
        self._settings.amber_minutes = self.amber.value()
        self._settings.red_minutes = max(self.red.value(), self.amber.value() + 1)
        self._settings.sync()
        super().accept()
