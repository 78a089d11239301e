"""Who draws a floor's tables: the overview, the tables' cached picture, or each table item.

A pure decision, without Qt: :class:`DrawingMode` holds what it depends on (the picture
cache wanted, edit mode, whether the scale at rest is far out, what a zoom gesture
draws) and says what draws; the scene applies it to its items.

* Far out (a typical table under :data:`OVERVIEW_BELOW_PX` device pixels at rest, or a
  zoom gesture's step below :data:`ZOOM_CACHE_SCALES`), the one overview item draws
  every table; the table items paint nothing (they still take clicks).
* At rest otherwise, the tables layer draws the items' own painting into one cached
  picture (unless the picture cache is switched off); the items paint nothing.
* In edit mode, and during a zoom gesture within :data:`ZOOM_CACHE_SCALES` (when each
  item draws its own cached picture), the items paint themselves.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from typing import Any

#: Below this many device pixels for a typical table, the overview item draws the floor.
OVERVIEW_BELOW_PX = 16.0
#: Zoom steps at these scales (device px per plan unit) draw the items' cached
#: pictures (one px a unit): at most 1.1× too fine, 3× too coarse (soft while the
#: gesture lasts; up to 1.6 the bench's ×6 zoom steps left the range and were
#: p50 31-33 ms, up to 3.0 they are 19 ms). Below, the pictures in view outgrow
#: QPixmapCache's 10 MB and thrash (bench/bench_floor.py at ×2 of fit, 0.41 px/unit:
#: 44-240 ms a step against 50 ms painting).
ZOOM_CACHE_SCALES = (0.9, 3.0)


class Gesture(enum.Enum):
    """What a zoom gesture's steps draw."""

    #: no gesture, or one whose scale is past ZOOM_CACHE_SCALES: drawn as at rest
    EXACT = "exact"
    #: within ZOOM_CACHE_SCALES: each item draws its own cached picture, scaled
    ITEM_PICTURES = "item pictures"
    #: below ZOOM_CACHE_SCALES: the overview draws, straight (no picture of its own)
    OVERVIEW = "overview"


def gesture_at(device_px_per_unit: float) -> Gesture:
    """What a zoom gesture's step at this scale draws."""
    lo, hi = ZOOM_CACHE_SCALES
    if device_px_per_unit < lo:
        return Gesture.OVERVIEW
    if device_px_per_unit <= hi:
        return Gesture.ITEM_PICTURES
    return Gesture.EXACT


def far_out(device_px_per_unit: float, typical_table_size: float) -> bool:
    """Whether a floor at this scale is drawn by the overview at rest: a typical table
    (``typical_table_size`` plan units) is under OVERVIEW_BELOW_PX device pixels."""
    return device_px_per_unit * typical_table_size < OVERVIEW_BELOW_PX


@dataclass(frozen=True, slots=True)
class DrawingMode:
    """What decides who draws the tables, and what it decides (its properties)."""

    #: the tables at rest from one cached picture (the scene's ``set_picture_cache``)
    picture_cache: bool = True
    edit_mode: bool = False
    #: the scale at rest asks for the overview (:func:`far_out`)
    far_out: bool = False
    gesture: Gesture = Gesture.EXACT

    def with_(self, **changes: Any) -> DrawingMode:
        """This mode with some of its inputs changed (each of a field's own type)."""
        return replace(self, **changes)

    @property
    def overview(self) -> bool:
        """The one overview item draws every table."""
        return self.far_out or self.gesture is Gesture.OVERVIEW

    @property
    def layer(self) -> bool:
        """The tables layer draws the tables from its cached picture."""
        return (self.picture_cache and not self.overview and not self.edit_mode
                and self.gesture is not Gesture.ITEM_PICTURES)

    @property
    def items_paint(self) -> bool:
        """Each table item paints itself (else it has no contents: it only takes clicks)."""
        return not (self.overview or self.layer)

    @property
    def rings_apart(self) -> bool:
        """The live rings are drawn by their own item over the picture (the overview's or
        the layer's), not by the table items."""
        return self.overview or self.layer

    @property
    def item_pictures(self) -> bool:
        """Each item paints into its own cached picture (ItemCoordinateCache)."""
        return self.gesture is Gesture.ITEM_PICTURES

    @property
    def overview_straight(self) -> bool:
        """The overview paints straight, without its own cached picture and in its
        fast manner: a picture at every step's scale would be re-rendered each step."""
        return self.gesture is Gesture.OVERVIEW

    @property
    def zooming(self) -> bool:
        """A zoom gesture draws something other than at rest."""
        return self.gesture is not Gesture.EXACT

    @property
    def drawing(self) -> str:
        """Who draws the tables: "overview", "layer" or "items"."""
        return "overview" if self.overview else "layer" if self.layer else "items"
