"""Fixtures for the wall: a group of 30 believable branches, a fixed clock, a wall page."""

from __future__ import annotations

import pytest

from floorview.core.live.status import ConnectionStatus, ConnState
from floorview.core.samples import NOW, group_stores
from floorview.ui.wall.wall_page import WallPage
from tests.floorview.ui.test_language import pseudo_dir, speak  # noqa: F401 (fixtures)


@pytest.fixture
def clock():
    return lambda: NOW


@pytest.fixture
def group():
    return group_stores(30)


def live(_bid: str) -> ConnectionStatus:
    return ConnectionStatus(ConnState.LIVE, NOW, as_of=NOW)


@pytest.fixture
def make_page(qtbot, clock):
    def make(branches, stores, link=live, size=(1600, 1000)):
        page = WallPage(clock=clock)
        qtbot.addWidget(page)
        page.resize(*size)
        page.set_branches(branches, stores, link)
        page.show()
        qtbot.waitExposed(page)
        page.view.flush()
        return page

    return make
