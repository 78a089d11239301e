"""Fixtures for the floor view: a believable branch, a fixed clock, scenes, images."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from floorview.ui.floor_scene import DisplaySettings, FloorScene
from floorview.ui.palette import LIGHT
from tests.floorview.ui.plans import NOW, demo_store


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


class Shot:
    """A scene rendered to an image, with scene → pixel mapping."""

    def __init__(self, scene: FloorScene, scale: float = 1.0) -> None:
        src = scene.sceneRect()
        self.src, self.scale = src, scale
        self.image = QImage(math.ceil(src.width() * scale), math.ceil(src.height() * scale),
                            QImage.Format.Format_ARGB32)
        self.image.fill(QColor("#000000"))
        painter = QPainter(self.image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scene.render(painter, QRectF(0, 0, src.width() * scale, src.height() * scale), src)
        painter.end()

    def pixel(self, p: QPointF) -> QColor:
        x = round((p.x() - self.src.left()) * self.scale)
        y = round((p.y() - self.src.top()) * self.scale)
        return self.image.pixelColor(x, y)


def inner_point(item, fx: float = -0.34, fy: float = 0.26) -> QPointF:
    """A point inside the table, left of and below its centre, away from its labels."""
    g = item.geometry
    return item.mapToScene(QPointF(fx * g.width, fy * g.height))


def close(a: QColor, b: QColor, tol: int = 12) -> bool:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) <= tol


@pytest.fixture
def shot():
    return Shot
