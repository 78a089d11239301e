"""The manager's preferences: when a table's time in status turns amber, then red; how
many past turns "likely free next" takes the median of; who Seat a party offers next
(rotation, strict rotation or fewest covers); a sound when a table goes over time (off
unless chosen); the language (at the next start)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
)

from floorview.ui.settings import AppSettings

#: Each language by its own name (as a speaker looks for it, so never translated).
LANGUAGE_NAMES = {"de": "Deutsch", "en": "English", "es": "Español", "fr": "Français"}


class PreferencesDialog(QDialog):
    """Amber and red thresholds in minutes, the estimates' turns and the over-time sound,
    saved to the settings when accepted."""

    def __init__(self, settings: AppSettings, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("PreferencesDialog", "Preferences"))
        self._settings = settings
        self.amber = QSpinBox(self)
        self.amber.setRange(1, 600)
        self.amber.setSuffix(QCoreApplication.translate("PreferencesDialog", " min"))
        self.amber.setValue(settings.amber_minutes)
        self.red = QSpinBox(self)
        self.red.setRange(2, 720)
        self.red.setSuffix(QCoreApplication.translate("PreferencesDialog", " min"))
        self.red.setValue(settings.red_minutes)
        self.turns = QSpinBox(self)
        self.turns.setRange(1, 50)
        self.turns.setSuffix(QCoreApplication.translate("PreferencesDialog", " turns"))
        self.turns.setValue(settings.estimate_turns)
        self.turns.setToolTip(QCoreApplication.translate("PreferencesDialog", "Likely free next: the median of the last this many turns of "
                                  "parties that size at about that time of day."))
        self.seat_mode = QComboBox(self)
        self.seat_mode.setObjectName("seatMode")
        self.seat_mode.setAccessibleName(QCoreApplication.translate(
            "PreferencesDialog", "Who Seat a party offers next"))
        # Seat a party's choices of who serves next: the setting's value, the words
        self.seat_mode.addItem(QCoreApplication.translate(
            "PreferencesDialog", "Rotation, skipping anyone well ahead on covers"), "rotation")
        self.seat_mode.addItem(QCoreApplication.translate(
            "PreferencesDialog", "Strict rotation"), "strict")
        self.seat_mode.addItem(QCoreApplication.translate(
            "PreferencesDialog", "Fewest covers"), "covers")
        self.seat_mode.setCurrentIndex(max(0, self.seat_mode.findData(settings.seat_mode)))
        self.seat_mode.setToolTip(QCoreApplication.translate(
            "PreferencesDialog",
            "Rotation: the server whose last party is longest ago, skipping anyone well "
            "ahead on covers for the seats they hold. Strict rotation: no skipping. Fewest "
            "covers: the fewest covers per seat held first."))
        self.sound = QCheckBox(QCoreApplication.translate("PreferencesDialog", "Sound when a table goes past red"), self)
        self.sound.setChecked(settings.over_time_sound)
        self.language = QComboBox(self)
        self.language.addItem(QCoreApplication.translate("PreferencesDialog", "As the system"), "")
        for code, name in sorted(LANGUAGE_NAMES.items(), key=lambda item: item[1]):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language.setAccessibleName(QCoreApplication.translate("PreferencesDialog", "Language"))
        self.language.setToolTip(QCoreApplication.translate("PreferencesDialog", "Takes effect the next time floorview starts."))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        form = QFormLayout(self)
        form.addRow(QLabel(QCoreApplication.translate("PreferencesDialog", "A seated table's time turns amber, then red, after:"), self))
        form.addRow(QCoreApplication.translate("PreferencesDialog", "Amber after"), self.amber)
        form.addRow(QCoreApplication.translate("PreferencesDialog", "Red after"), self.red)
        form.addRow(QCoreApplication.translate("PreferencesDialog", "Likely free from"), self.turns)
        form.addRow(QCoreApplication.translate("PreferencesDialog", "Next server"),
                    self.seat_mode)
        form.addRow(self.sound)
        form.addRow(QCoreApplication.translate("PreferencesDialog", "Language"), self.language)
        form.addRow(QLabel(QCoreApplication.translate("PreferencesDialog", "A new language takes effect the next time floorview starts."), self))
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
        self._settings.seat_mode = str(self.seat_mode.currentData())
        self._settings.language = self.language.currentData() or ""
        self._settings.sync()
        super().accept()
