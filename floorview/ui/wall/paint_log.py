"""``--paint-log`` on the wall: one JSON line per table version a tile shows, once painted.

When the wall draws a tile's picture anew (its branch changed, the tile came into view,
the wall was resized), each table of that branch whose version this wall has not drawn
before gets one line ``{"id": ..., "version": ..., "t": ...}``, as the floor's paint log
writes them, once the paint that drew the picture has ended (``t``: epoch milliseconds,
a float, read then). The wall draws only the tiles a paint reaches: a tile out of view
gets no line until it is scrolled in and painted. A table changed twice before its tile
is drawn gets one line, with the version drawn.

Off (the default) it costs the wall one global read per tile drawn and one per paint.
"""

from __future__ import annotations

import json
import time
import weakref
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from floorview.core.store import BranchStore

_active: WallPaintLog | None = None


def active() -> WallPaintLog | None:
    """The wall's paint log being written, or None (the option is off)."""
    return _active


def install(stream: TextIO) -> WallPaintLog:
    """Write the wall's lines to ``stream`` from now on (one log at a time)."""
    global _active
    _active = WallPaintLog(stream)
    return _active


def uninstall() -> None:
    """Stop writing (the stream stays open: its opener closes it)."""
    global _active
    if _active is not None:
        _active.stream.flush()
    _active = None


class WallPaintLog:
    """Per wall: the version of each table its tiles last drew, and the lines drawn but
    not yet painted."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
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
            t = round(time.time() * 1000.0, 3)
            self.stream.write("".join(json.dumps({"id": tid, "version": version, "t": t}) + "\n"
                                      for tid, version in lines))
            self.stream.flush()
