"""The least scale at which a floor is legible: every table's facts at least their least
size on screen and clear of every other table and its facts.

A view fits the whole floor while that holds at the whole floor's scale. Where it does
not (a 1024 px laptop, a row of booths end to end, a kiosk's two-metre type on a small
screen), the view's fit shows a part of the floor at the least legible scale and the rest
is a pan away: a fact never shrinks below its size, nor is it dropped, nor laid over a
neighbour's.

The check lays every table's labels out as the scene would at a candidate scale
(:func:`~floorview.ui.floor.labels.layout_labels`), each timer at each of its widths (so
the minute's tick never changes the answer), and tries the scale steps the scene lays
labels out at, upwards from the whole floor's, until one holds.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainterPath, QTransform

from floorview.core.model import Table
from floorview.ui.floor.geometry import Geometry
from floorview.ui.floor.labels import CAP, LabelStyle, layout_labels, shape_path

#: The scale labels are laid out for moves in steps of 2 ** (1 / FIT_STEPS) (9 %).
FIT_STEPS = 8
#: A floor of more tables is left at its whole scale: the overview or its sections show it
#: (and checking every pair of its tables would take seconds).
MOST_TABLES = 200
#: A time in status as each of its widths: minutes, tens of minutes, hours (a table's
#: labels are placed by the pill's width: a narrow one may hang below where a wide one
#: fits inside, so each width is checked).
TIMES = ("0m", "00m", "0h 00m")
#: ...and a note in its place, each of its forms (F8's likely free times)
NOTES = ("free ~00:00", "free ~now", "no history")
#: How far in the fit may go to make a floor legible: at most this many times the whole
#: floor's scale (a floor that needs more is shown whole, its labels doing their best).
MOST_ZOOM = 6.0


def step_of(device_px_per_unit: float) -> float:
    """The scale labels are laid out for at this view scale: the step at or below it."""
    return 2.0 ** (math.floor(math.log2(device_px_per_unit) * FIT_STEPS + 1e-6) / FIT_STEPS)


@dataclass(frozen=True, slots=True)
class Seat:
    """One table as the check needs it."""

    table: Table
    geometry: Geometry
    #: the table shows a time in status (its pill is reserved at its widest)
    timed: bool
    #: the table shows its server's badge
    badged: bool
    #: its pill shows a note in the time's place (likely free times, F8)
    noted: bool = False


def legible_at(seats: Sequence[Seat], style: LabelStyle) -> bool:
    """Whether every table's facts, laid out for ``style.fit_scale`` and seen at that
    scale, are at least their least size and clear of every other table and its facts."""
    scale, least = style.fit_scale, style.floor
    facts: list[tuple[list[QRectF], QPainterPath, QRectF]] = []
    for seat in seats:
        g = seat.geometry
        boxes: list[QRectF] = []
        for text in NOTES if seat.noted else TIMES if seat.timed else ("",):
            b = layout_labels(seat.table, g, style, text)
            sizes = {"number": CAP * b.number.px, "status": b.glyph.height(),
                     "guests": CAP * b.seats.px}
            if seat.badged:
                sizes["server"] = CAP * b.badge_font.pixelSize()
            if seat.timed:
                sizes["time"] = CAP * b.time_font.pixelSize()
            if any(size * scale < getattr(least, name) - 0.01 for name, size in sizes.items()):
                return False
            boxes += [b.glyph, b.number.cap_rect(), b.seats.cap_rect()]
            if seat.badged:
                boxes.append(b.badge)
            if seat.timed:
                boxes.append(b.pill)
            if not b.plate.isEmpty():
                boxes.append(b.plate)
        at = g.center
        boxes = [r.translated(at) for r in boxes]
        outline = QTransform().translate(at.x(), at.y()).rotate(g.rotation).map(
            shape_path(seat.table.shape, g.width, g.height))
        reach = outline.boundingRect()
        for r in boxes:
            reach = reach.united(r)
        facts.append((boxes, outline, reach))
    order = sorted(range(len(facts)), key=lambda i: facts[i][2].left())
    for n, i in enumerate(order):  # a sweep along x: only tables whose reach meets
        boxes_i, outline_i, reach_i = facts[i]
        for j in order[n + 1:]:
            boxes_j, outline_j, reach_j = facts[j]
            if reach_j.left() > reach_i.right():
                break
            if not reach_i.intersects(reach_j):
                continue
            if any(outline_j.intersects(r) for r in boxes_i) or any(
                    outline_i.intersects(r) for r in boxes_j):
                return False
            if any(a.intersects(c) for a in boxes_i for c in boxes_j):
                return False
    return True


def least_legible_step(seats: Sequence[Seat], first: float, unit: float,
                       large_type: bool) -> float | None:
    """The least layout step, from ``first`` (a step, :func:`step_of`) up to MOST_ZOOM
    times it, at which the floor is legible (:func:`legible_at`); None when none is."""
    k = 0
    while True:
        step = first * 2.0 ** (k / FIT_STEPS)
        if step >= first * MOST_ZOOM:
            return None
        if legible_at(seats, LabelStyle(unit=unit, large_type=large_type, fit_scale=step)):
            return step
        k += 1


def scale_for(whole: float, step: float | None) -> float:
    """The view's scale for a floor whose whole scale is ``whole`` and whose least legible
    step is ``step``: the whole floor's where that is legible, or where no zoom makes it
    so (tables drawn over each other, say: its labels at their least size is the best
    the fit can do); else that step (a hair over it, so the scene lays labels out for
    it, not the step below)."""
    if step is None or step <= whole:
        return whole
    return step * (1 + 1e-9)


def least_legible_scale(seats: Sequence[Seat], whole: float, unit: float,
                        large_type: bool) -> float:
    """The least view scale, at least ``whole`` (the whole floor's), at which the floor
    is legible (:func:`legible_at`); ``whole`` itself for an empty or a huge floor, and
    for one no zoom up to MOST_ZOOM times makes legible."""
    if whole <= 0 or not seats or len(seats) > MOST_TABLES:
        return whole
    return scale_for(whole, least_legible_step(seats, step_of(whole), unit, large_type))
