"""What a table's painting shows at a zoom: the level of detail, in device pixels.

A table smaller than a few pixels on screen is a plain filled shape; the border, the
rings and the labels come as it grows, each once it can be made out (as in Qt's "chip"
example). A pure function of the zoom, the table's size and its label boxes.
"""

from __future__ import annotations

from dataclasses import dataclass

from floorview.ui.floor.geometry import Geometry
from floorview.ui.floor.labels import LabelBoxes

# Level of detail, in device pixels.
_MIN_DETAIL_PX = 14.0  # a table smaller than this on screen is a plain filled shape
_MIN_NUMBER_PX = 9.0  # the number's font smaller than this is not drawn
_MIN_SMALL_PX = 7.5  # nor the seats, time and badge below this
_MIN_GLYPH_PX = 8.0  # a status glyph smaller than this is a speck: the fill says it
_MIN_SHADOW_PX = 40.0  # shadows only on tables this big on screen
#: too small for text: the glyph alone, this share of the smaller side
LONE_GLYPH = 0.42


@dataclass(frozen=True, slots=True)
class Detail:
    """What a table's painting shows at one level of detail (device px per plan unit):
    the painting, :meth:`TableItem.shown_facts` and the rings all read it."""

    #: more than a plain filled shape: border, rings, labels
    body: bool
    #: the soft drop shadow
    shadow: bool
    #: the number (and the callout's plate); without it at most :attr:`lone_glyph`
    number: bool
    #: too small for text: the status glyph alone, centred on the table
    lone_glyph: bool
    #: the status glyph beside the number
    glyph: bool
    #: the seats (or guests of seats)
    seats: bool
    #: the time pill and the server badge
    small: bool


def level_of_detail(lod: float, g: Geometry, boxes: LabelBoxes) -> Detail:
    """What a table drawn at ``g`` with these label boxes shows at ``lod``."""
    side = min(g.width, g.height)
    number = lod * boxes.number_px >= _MIN_NUMBER_PX
    return Detail(body=lod * side >= _MIN_DETAIL_PX,
                  shadow=lod * side >= _MIN_SHADOW_PX,
                  number=number,
                  lone_glyph=not number and lod * (side * LONE_GLYPH) >= _MIN_GLYPH_PX,
                  glyph=lod * boxes.glyph.height() >= _MIN_GLYPH_PX,
                  seats=lod * boxes.seats_px >= _MIN_SMALL_PX,
                  small=lod * boxes.small_px >= _MIN_SMALL_PX)
