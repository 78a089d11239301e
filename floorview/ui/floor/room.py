"""The room of one floor scene: its scene rect, its section zones and tags, and what it
hands :mod:`~floorview.ui.floor.backdrop` to draw under and over the tables.

The scene rect is the plan with a margin, grown to hold any table the data puts outside
it and everything an item draws; the section zones are rebuilt lazily, only those of the
sections a change touched (:class:`~floorview.ui.floor.zones.SectionZones`).
"""

from __future__ import annotations

import statistics
import weakref
from collections.abc import Iterable
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from floorview.core.model import FloorPlan, Table
from floorview.core.store import BranchStore
from floorview.ui.floor.backdrop import draw_room, draw_stale_stamp, stale_stamp
from floorview.ui.floor.table_item import ItemState, TableItem
from floorview.ui.floor.zones import SectionZones, Zone


class DisplaySettingsLike(Protocol):
    @property
    def show_sections(self) -> bool: ...


class RoomScene(Protocol):
    """What the room reads from its scene."""

    @property
    def floor_plan(self) -> FloorPlan: ...

    @property
    def settings(self) -> DisplaySettingsLike: ...

    @property
    def stale_since(self) -> datetime | None: ...

    def table_items(self) -> list[TableItem]: ...

    def sceneRect(self) -> QRectF: ...

    def setSceneRect(self, rect: QRectF) -> None: ...

    def invalidate(self, rect: QRectF, layers: QGraphicsScene.SceneLayer) -> None: ...

    def items(self, rect: QRectF, mode: Qt.ItemSelectionMode) -> list[QGraphicsItem]: ...


class SceneRectFollower(Protocol):
    """An item whose picture depends on the scene rect (told before it changes)."""

    def scene_rect_changing(self) -> None: ...


class Room:
    """The room of one scene (see the module's text). Create it with the scene, its
    store (the sections, the branch's time zone) and the state its items share."""

    def __init__(self, scene: RoomScene, store: BranchStore, state: ItemState) -> None:
        # Weak: the scene owns this, and must be freed by reference counting.
        self._scene = weakref.ref(scene)
        self._store = store
        self._state = state
        self._zones = SectionZones()
        self._sections_cache: list[Zone] = []

    def _the_scene(self) -> RoomScene:
        scene = self._scene()
        assert scene is not None, "a room outlived its scene"
        return scene

    def plan_rect(self) -> QRectF:
        return plan_rect(self._the_scene().floor_plan)

    def scene_rect(self) -> QRectF:
        """The plan with a margin, grown to hold any table the data puts outside it, and
        everything an item draws (its labels, its selection ring): nothing is clipped at
        the view's edge at fit."""
        scene = self._the_scene()
        plan = scene.floor_plan
        items = scene.table_items()
        m = max(40.0, max(plan.width, plan.height) * 0.035)
        r = plan_rect(plan)
        for item in items:
            box = item.geometry.scene_box()
            if not r.contains(box):
                r = r.united(box)
        r = r.adjusted(-m, -m, m, m)
        for item in items:
            drawn = item.sceneBoundingRect()
            if not r.contains(drawn):
                r = r.united(drawn)
        return r

    def update_scene_rect(self, followers: Iterable[SceneRectFollower]) -> None:
        """Set the scene rect anew; ``followers`` are told first when it changes."""
        scene = self._the_scene()
        r = self.scene_rect()
        if r != scene.sceneRect():
            for follower in followers:
                follower.scene_rect_changing()
            scene.setSceneRect(r)

    def invalidate(self, sections: Iterable[str | None] | None = None) -> None:
        """Redraw the room; redo the zones of ``sections`` (None: of every section)."""
        scene = self._the_scene()
        self._zones.invalidate(sections)
        scene.invalidate(scene.sceneRect(), QGraphicsScene.SceneLayer.BackgroundLayer)

    def draw_background(self, painter: QPainter, rect: QRectF | QRect) -> None:
        self._sections_cache = draw_room(
            painter, QRectF(rect), self._state.paints, self.plan_rect(),
            build_zones=self._build_sections if self._the_scene().settings.show_sections else None,
            last_zones=self._sections_cache, unit=self._state.unit)

    def _build_sections(self) -> list[Zone]:
        return self._zones.build(self._the_scene().table_items(), self._store.sections,
                                 unit=self._state.unit, room=self.plan_rect(),
                                 labels_in=self._labels_in)

    def _labels_in(self, rect: QRectF) -> list[QRectF]:
        """The label rects of the tables whose bounds meet ``rect``."""
        return [i.labels_rect()
                for i in self._the_scene().items(rect, Qt.ItemSelectionMode.IntersectsItemBoundingRect)
                if isinstance(i, TableItem)]

    def section_zones(self) -> dict[str, Zone]:
        """Each section's zone by section id, brought up to date."""
        self._sections_cache = self._build_sections()
        return self._zones.by_section()

    def section_tags(self) -> list[tuple[str, QRectF]]:
        """Each named section zone's name and where its tag is drawn (scene)."""
        self._sections_cache = self._build_sections()
        return [(name, tag) for _path, _color, name, tag in self._sections_cache if name]

    def stale_stamp(self) -> tuple[str, QRectF] | None:
        """While stale: the stamp's text ("Not live · as of 19:42") and where it is drawn
        (scene: centred above the room's top wall, in the margin); None when live."""
        scene = self._the_scene()
        since = scene.stale_since
        if not self._state.stale or since is None:
            return None
        zone = self._store.branch.zone if self._store.branch else None
        return stale_stamp(since, zone, unit=self._state.unit,
                           fit_scale=self._state.fit_scale, plan=self.plan_rect(),
                           scene_rect=scene.sceneRect())

    def draw_foreground(self, painter: QPainter) -> None:
        stamp = self.stale_stamp()
        if stamp is not None:
            draw_stale_stamp(painter, self._state.paints, *stamp)


def plan_rect(plan: FloorPlan) -> QRectF:
    """The room's own rect (scene): the plan's width and height from the origin."""
    return QRectF(0, 0, plan.width, plan.height)


def typical_size(tables: Iterable[Table]) -> float:
    """The median table's smaller side (60 with no table)."""
    sizes = [min(t.width, t.height) for t in tables]
    return float(statistics.median(sizes)) if sizes else 60.0
