"""Pixels for tests that look at what is drawn: a scene rendered to an image, where a
scene point lands in ``render_floor``'s image, a point inside a table away from its
labels, and colour closeness."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from floorview.ui.floor.floor_scene import FloorScene
from floorview.ui.floor.render import strip_height


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


def rendered_pixel_at(image: QImage, scene: FloorScene):
    """Scene point → the colour of ``image``'s pixel there, for an image ``render_floor``
    drew of ``scene`` (below its title strip, scaled to fit, centred)."""
    src = scene.sceneRect()
    strip = strip_height(image.width())
    area = QRectF(0, strip, image.width(), image.height() - strip)
    scale = min(area.width() / src.width(), area.height() / src.height())
    target = QRectF(0, 0, src.width() * scale, src.height() * scale)
    target.moveCenter(area.center())

    def at(p: QPointF) -> QColor:
        x = target.left() + (p.x() - src.left()) * scale
        y = target.top() + (p.y() - src.top()) * scale
        return image.pixelColor(round(x), round(y))

    return at


def inner_point(item, fx: float = -0.34, fy: float = 0.26) -> QPointF:
    """A point inside the table, left of and below its centre, away from its labels."""
    g = item.geometry
    return item.mapToScene(QPointF(fx * g.width, fy * g.height))


def close(a: QColor, b: QColor, tol: int = 12) -> bool:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) <= tol
