"""Fixtures for the floor view: a believable branch, a fixed clock, scenes, images."""

from __future__ import annotations

import pytest

from floorview.core.samples import NOW, demo_store
from floorview.ui.floor.floor_scene import DisplaySettings, FloorScene
from floorview.ui.floor.palette import LIGHT
from tests.floorview.pixels import Shot


@pytest.fixture
def clock():
    return lambda: NOW


@pytest.fixture
def store():
    return demo_store()


@pytest.fixture
def main_plan(store):
    return next(p for p in store.floor_plans if p.id == "fp-main")


@pytest.fixture
def make_scene(qapp, store, main_plan, clock):
    scenes = []

    def make(plan=None, settings=None, **kw):
        scene = FloorScene(kw.pop("store", store), plan or main_plan,
                           settings=settings or DisplaySettings(theme=LIGHT), clock=clock, **kw)
        scenes.append(scene)
        return scene

    yield make
    for scene in scenes:
        scene.detach()


@pytest.fixture
def scene(make_scene):
    return make_scene()


@pytest.fixture
def shot():
    return Shot
