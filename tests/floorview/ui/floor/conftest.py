"""Fixtures for the floor view: a believable branch, a fixed clock, scenes, images."""

from __future__ import annotations

import pytest

from floorview.core.samples import NOW, demo_store
from floorview.ui.floor.floor_scene import DisplaySettings, FloorScene
from floorview.ui.floor.floor_view import FloorView
from floorview.ui.floor.palette import LIGHT
from tests.floorview.pixels import Shot


@pytest.fixture(autouse=True)
def _times_on_a_24_hour_clock():
    """The floor's times ("as of 19:42") as en_GB writes them, whatever the machine's or
    the English translation's locale (en_US writes "7:42 PM")."""
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(previous)


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


@pytest.fixture
def make_view(qtbot, qapp):
    """make(store, plan): a shown FloorView of a fresh scene at the fixed clock. ``cache``:
    the tables' cached picture at rest (the default) or every item painting itself;
    ``like``: show exactly what that view shows; ``fit``: fit the floor to the view."""
    scenes = []

    def make(store, plan, *, cache: bool = True, like: FloorView | None = None,
             size: tuple[int, int] = (900, 600), fit: bool = False):
        scene = FloorScene(store, plan, settings=DisplaySettings(theme=LIGHT), clock=lambda: NOW)
        scene.set_picture_cache(cache)
        scenes.append(scene)
        view = FloorView(scene)
        qtbot.addWidget(view)
        view.resize(*size)
        view.show()
        qtbot.waitExposed(view)
        if fit:
            view.fit_to_window()
        if like is not None:
            view.setTransform(like.transform())
            view.horizontalScrollBar().setValue(like.horizontalScrollBar().value())
            view.verticalScrollBar().setValue(like.verticalScrollBar().value())
            scene.set_scale_hint(view.scale_factor)
        qapp.processEvents()
        return scene, view

    yield make
    for scene in scenes:
        scene.detach()
