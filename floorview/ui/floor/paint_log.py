"""``--paint-log``: one JSON line per table change, written when the change is on screen.

For each table change a scene applies (:meth:`FloorScene.flush`), one line
``{"id": ..., "version": ..., "t": ...}`` is written once a view of that scene has
painted a frame whose painted region covers the table (``t``: epoch milliseconds, a
float, read right after the paint). A change nobody can see — its scene's views are
hidden (another tab) or the table is outside every view — is written when it is
applied: no frame will ever show it. A table changed twice before a frame shows it
gets one line, with the version shown.

Off (the default) it costs a scene's flush and a view's paint one global read.
"""

from __future__ import annotations

import json
import time
import weakref
from typing import TYPE_CHECKING, TextIO

from PySide6.QtCore import QRectF

if TYPE_CHECKING:
    from PySide6.QtGui import QRegion
    from PySide6.QtWidgets import QGraphicsScene, QGraphicsView

_active: PaintLog | None = None


def active() -> PaintLog | None:
    """The paint log being written, or None (the option is off)."""
    return _active


def install(stream: TextIO) -> PaintLog:
    """Write the paint log to ``stream`` from now on (one at a time)."""
    global _active
    _active = PaintLog(stream)
    return _active


def uninstall() -> None:
    """Stop writing the paint log (the stream stays open: its opener closes it)."""
    global _active
    if _active is not None:
        _active.stream.flush()
    _active = None


class PaintLog:
    """The changes applied but not yet painted, by scene, and the stream they go to."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        # scene → table id → (version, the table's scene box)
        self._pending: weakref.WeakKeyDictionary[QGraphicsScene, dict[str, tuple[int, QRectF]]] = (
            weakref.WeakKeyDictionary())

    def applied(self, scene: QGraphicsScene, changes: list[tuple[str, int, QRectF]]) -> None:
        """A scene applied these changes (id, version, the table's scene box)."""
        if not changes:
            return
        shown = [v.mapToScene(v.viewport().rect()).boundingRect()
                 for v in scene.views() if v.isVisible()]
        pending = self._pending.setdefault(scene, {})
        unseen: list[tuple[str, int]] = []
        for tid, version, box in changes:
            if any(box.intersects(r) for r in shown):
                pending[tid] = (version, box)
            else:
                pending.pop(tid, None)
                unseen.append((tid, version))
        if unseen:
            self.write(unseen)

    def painted(self, view: QGraphicsView, region: QRegion) -> None:
        """``view`` painted ``region`` (viewport pixels): write what it showed."""
        scene = view.scene()
        pending = self._pending.get(scene) if scene is not None else None
        if not pending:
            return
        area = view.mapToScene(region.boundingRect()).boundingRect()
        done = [(tid, version) for tid, (version, box) in pending.items() if box.intersects(area)]
        for tid, _ in done:
            del pending[tid]
        if done:
            self.write(done)

    def write(self, lines: list[tuple[str, int]]) -> None:
        """One line per (table id, version) shown, stamped now."""
        t = time.time() * 1000.0
        self.stream.write("".join(json.dumps({"id": tid, "version": version, "t": round(t, 3)}) + "\n"
                                  for tid, version in lines))
        self.stream.flush()
