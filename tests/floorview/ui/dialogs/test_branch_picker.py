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


def test_each_branch_shows_its_zone_by_a_readable_name(qtbot):
    """"Berlin (UTC+1)" in winter, "(UTC+2)" in summer (test_zone_names): today's offset."""
    from floorview.ui.zone_names import zone_name

    picker = BranchPicker([Branch("b1", "Mitte", "Europe/Berlin"), Branch("b2", "Soho", "Europe/London")])
    qtbot.addWidget(picker)
    texts = [picker.list.item(i).text() for i in range(picker.list.count())]
    assert texts == [f"Mitte\n{zone_name('Europe/Berlin')}", f"Soho\n{zone_name('Europe/London')}"]
    assert texts[0].startswith("Mitte\nBerlin (UTC+") and texts[1].startswith("Soho\nLondon (UTC")
