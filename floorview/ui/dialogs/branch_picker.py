"""Choose which branch to watch, when the signed-in user may see several."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, QTimeZone, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from floorview.core.model import Branch


def zone_name(zone_id: str) -> str:
    """A time zone as people read it: its city and its offset now, "Berlin (UTC+1)",
    "New York (UTC−5)"; the id as it is when Qt does not know it."""
    zone = QTimeZone(zone_id.encode())
    if not zone.isValid():
        return zone_id
    city = zone_id.rsplit("/", 1)[-1].replace("_", " ")
    seconds = zone.offsetFromUtc(QDateTime.currentDateTimeUtc())
    hours, minutes = divmod(abs(seconds) // 60, 60)
    offset = "" if seconds == 0 else ("+" if seconds > 0 else "−") + (
        f"{hours}:{minutes:02d}" if minutes else f"{hours}")
    return QCoreApplication.translate("BranchPicker", "{0} (UTC{1})").format(city, offset)


class BranchPicker(QDialog):
    """A list of branches; ``chosen`` is the picked Branch once accepted.

    ``reason`` says why it asks (e.g. the branch asked for is not this user's), above
    the list; ``cancel_text`` names what Cancel does ("Sign in as someone else").
    """

    def __init__(self, branches: Sequence[Branch], *, current_id: str = "",
                 user_name: str = "", reason: str = "", cancel_text: str = "",
                 parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("BranchPicker", "Choose a branch"))
        self.setMinimumSize(380, 320)
        self.chosen: Branch | None = None
        self.list = QListWidget(self)
        self.list.setObjectName("branchList")
        for branch in sorted(branches, key=lambda b: b.name.lower()):
            item = QListWidgetItem(f"{branch.name}\n{zone_name(branch.timezone)}")
            item.setData(Qt.ItemDataRole.UserRole, branch)
            self.list.addItem(item)
            if branch.id == current_id:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(QCoreApplication.translate("BranchPicker", "Open"))
        if cancel_text:
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
        layout = QVBoxLayout(self)
        self.reason_label = QLabel(reason, self)
        self.reason_label.setObjectName("pickerReason")
        self.reason_label.setWordWrap(True)
        self.reason_label.setVisible(bool(reason))
        layout.addWidget(self.reason_label)
        question = (QCoreApplication.translate(
            "BranchPicker", "Signed in as {0}. Which branch's floor do you want to watch?").format(user_name)
            if user_name else
            QCoreApplication.translate("BranchPicker", "Which branch's floor do you want to watch?"))
        layout.addWidget(QLabel(question, self))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(self.on_list_itemActivated)

    def select(self, branch_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole).id == branch_id:
                self.list.setCurrentRow(row)
                return
        raise KeyError(branch_id)

    @Slot(QListWidgetItem)
    def on_list_itemActivated(self, _item: QListWidgetItem) -> None:
        self.accept()

    def accept(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.chosen = item.data(Qt.ItemDataRole.UserRole)
        super().accept()
