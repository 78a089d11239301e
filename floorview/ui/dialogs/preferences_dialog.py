"""The manager's preferences: when a table's time in status turns amber, then red; how
many past turns "likely free next" takes the median of; a sound when a table goes over
time (off unless chosen)."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
)

from floorview.ui.settings import AppSettings


class PreferencesDialog(QDialog):
    """Amber and red thresholds in minutes, the estimates' turns and the over-time sound,
    saved to the settings when accepted."""

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
        self.turns = QSpinBox(self)
        self.turns.setRange(1, 50)
        self.turns.setSuffix(" turns")
        self.turns.setValue(settings.estimate_turns)
        self.turns.setToolTip("Likely free next: the median of the last this many turns of "
                              "parties that size at about that time of day.")
        self.sound = QCheckBox("Sound when a table goes past red", self)
        self.sound.setChecked(settings.over_time_sound)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        form = QFormLayout(self)
        form.addRow(QLabel("A seated table's time turns amber, then red, after:", self))
        form.addRow("Amber after", self.amber)
        form.addRow("Red after", self.red)
        form.addRow("Likely free from", self.turns)
        form.addRow(self.sound)
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
        self._settings.estimate_turns = self.turns.value()
        self._settings.over_time_sound = self.sound.isChecked()
        self._settings.sync()
        super().accept()
