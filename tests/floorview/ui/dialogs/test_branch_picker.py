"""The branch picker dialog."""

from __future__ import annotations

from floorview.core.model import Branch
from floorview.ui.dialogs.branch_picker import BranchPicker


def test_branch_picker_returns_the_chosen_branch(qtbot):

    picker = BranchPicker([Branch("b2", "Uptown", "UTC"), Branch("b1", "Harbour", "UTC")],
                          current_id="b2")
    qtbot.addWidget(picker)
    assert picker.list.currentItem().text().startswith("Uptown")
    picker.select("b1")
    picker.accept()
    assert picker.chosen.id == "b1"
