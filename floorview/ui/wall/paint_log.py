"""``--paint-log`` on the wall: one JSON line per table version a tile shows, once painted.

When the wall draws a tile's picture anew (its branch changed, the tile came into view,
the wall was resized), each table of that branch whose version this wall has not drawn
before gets one line ``{"id": ..., "version": ..., "t": ...}``, as the floor's paint log
writes them, once the paint that drew the picture has ended (``t``: epoch milliseconds,
a float, read then). The wall draws only the tiles a paint reaches: a tile out of view
gets no line until it is scrolled in and painted. A table changed twice before its tile
is drawn gets one line, with the version drawn.

It is the floor's paint log's other half: written to the same stream, on while that
one is (:func:`floorview.ui.floor.paint_log.install`). Off (the default) it costs the
wall one global read per tile drawn and one per paint.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from floorview.ui.floor import paint_log as floor_log

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from floorview.core.store import BranchStore

#: The wall's side of each floor paint log installed.
_WALLS: weakref.WeakKeyDictionary[floor_log.PaintLog, WallPaintLog] = weakref.WeakKeyDictionary()


def active() -> WallPaintLog | None:
    """The wall's paint log being written, or None (the option is off)."""
    log = floor_log.active()
    if log is None:
        return None
    wall = _WALLS.get(log)
    if wall is None:
        wall = _WALLS[log] = WallPaintLog(log)
    return wall


class WallPaintLog:
    """Per wall: the version of each table its tiles last drew, and the lines drawn but
    not yet painted; written through the floor's log."""

    def __init__(self, log: floor_log.PaintLog) -> None:
        self.log = log
        self._shown: weakref.WeakKeyDictionary[QWidget, dict[str, int]] = weakref.WeakKeyDictionary()
        self._drawn: weakref.WeakKeyDictionary[QWidget, list[tuple[str, int]]] = (
            weakref.WeakKeyDictionary())

    def drawn(self, wall: QWidget, store: BranchStore | None) -> None:
        """``wall`` drew a tile's picture anew from ``store`` (its branch's tables now)."""
        if store is None:
            return
        shown = self._shown.setdefault(wall, {})
        new = [(tid, t.version) for tid, t in store.tables.items() if shown.get(tid) != t.version]
        if new:
            shown.update(new)
            self._drawn.setdefault(wall, []).extend(new)

    def painted(self, wall: QWidget) -> None:
        """A paint of ``wall`` ended: write what the pictures it drew showed."""
        lines = self._drawn.pop(wall, None)
        if lines:
            self.log.write(lines)
