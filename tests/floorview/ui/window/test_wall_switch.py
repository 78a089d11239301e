"""The window's wall switch: the floor and the wall in one stack, All branches shown once
there is a wall, a tile of the window's branch back to its floor with Back."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow

from floorview.core.samples import NOW, group_stores
from floorview.ui.wall.wall_page import WallPage
from floorview.ui.window.wall_switch import WallSwitch


def test_the_wall_takes_the_floors_place_and_back(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    floor = QLabel("floor")
    window.setCentralWidget(floor)
    switch = WallSwitch(window, "br-002")
    assert not switch.all_action.isVisible()
    branches, stores = group_stores(4)
    page = WallPage(clock=lambda: NOW)
    page.set_branches(branches, stores)
    switch.set_page(page)
    assert switch.all_action.isVisible()
    opened = []
    switch.branchOpened.connect(opened.append)
    switch.all_action.trigger()
    assert switch.showing_wall and window.centralWidget().currentWidget() is page
    page.view.branch_opened.emit("br-003")  # another branch: the app's to open
    assert opened == ["br-003"] and switch.showing_wall
    page.view.branch_opened.emit("br-002")  # the window's own: its floor, with Back
    assert window.centralWidget().currentWidget() is floor
    assert switch.back_action.isVisible()
    switch.back_action.trigger()
    assert switch.showing_wall and not switch.back_action.isVisible()
