"""A free place for a new table on a floor plan: the middle of the largest clear area in view.

The first free place in reading order put four new tables in a row near the top wall (one
flush against it, its rotate handle outside the room) while half the room was empty, and
squeezed one into a 20-unit gap between a table's time and another's badge. Now a new
table goes where it has the most room around it (the largest clear square), in the part
of the room in view; its rotate handle's room above it is kept inside too.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from PySide6.QtCore import QRectF

from floorview.ui.floor.geometry import GRID

#: At most this many grid cells searched (a coarser grid beyond: a 1200 x 800 view at 5).
MAX_CELLS = 40_000


def free_spot(plan_width: float, plan_height: float, taken: Iterable[QRectF],
              width: float, height: float, gap: float = 2 * GRID, *,
              within: QRectF | None = None, head: float = 0.0) -> tuple[float, float] | None:
    """A top-left (x, y) on a plan_width × plan_height plan where a width×height table
    meets none of the ``taken`` rects (scene, plan coordinates), ``gap`` away from each.

    The table goes where the clearance around it (to the taken rects and to the edges of
    the area searched) is largest: the middle of the largest clear square; among equals
    the nearest the area's centre, then the first in reading order. The area is
    ``within`` (the part of the plan in view) when the table fits there, else the whole
    plan. ``head`` is room kept clear above the table, inside the area (its rotate
    handle). Snapped to the edit grid; None when the plan has no such place.
    """
    taken = [QRectF(r) for r in taken]
    plan = QRectF(0, 0, plan_width, plan_height)
    if within is not None:
        view = within.intersected(plan)
        if not view.isEmpty():
            spot = _best_in(view, taken, width, height, gap, head)
            if spot is not None:
                return spot
    return _best_in(plan, taken, width, height, gap, head)


def _best_in(area: QRectF, taken: list[QRectF], width: float, height: float, gap: float,
             head: float) -> tuple[float, float] | None:
    cell = GRID
    while (area.width() / cell) * (area.height() / cell) > MAX_CELLS:
        cell *= 2
    ox, oy = math.ceil(area.left() / cell) * cell, math.ceil(area.top() / cell) * cell
    cols, rows = int((area.right() - ox) // cell), int((area.bottom() - oy) // cell)
    head_r = math.ceil(head / cell) if head > 0 else 0
    need_c, need_r = math.ceil(width / cell), math.ceil(height / cell) + head_r
    if need_c > cols or need_r > rows or need_c <= 0 or need_r <= 0:
        return None
    far = cols + rows
    # clear[r][c]: Chebyshev distance (cells) from cell (r, c) to the nearest taken cell or
    # to outside the area (0 on a taken cell; 1 beside a taken cell or the area's edge)
    clear = [[far] * cols for _ in range(rows)]
    for rect in taken:
        box = rect.adjusted(-gap, -gap, gap, gap)
        c0 = max(0, int((box.left() - ox) // cell))
        c1 = min(cols, math.ceil((box.right() - ox) / cell))
        r0 = max(0, int((box.top() - oy) // cell))
        r1 = min(rows, math.ceil((box.bottom() - oy) / cell))
        if c1 > c0:
            for r in range(r0, r1):
                clear[r][c0:c1] = [0] * (c1 - c0)
    _chebyshev(clear, rows, cols)
    # the least clearance over each block of need_r × need_c cells (sliding minimum)
    across = [[min(row[c:c + need_c]) for c in range(cols - need_c + 1)] for row in clear]
    best: tuple[int, int, int, int] | None = None  # (clearance, -off centre, -r, -c)
    for r in range(rows - need_r + 1):
        column_rows = across[r:r + need_r]
        dy = 2 * r + need_r - rows
        for c in range(cols - need_c + 1):
            least = min(row[c] for row in column_rows)
            if least < 1:
                continue
            dx = 2 * c + need_c - cols
            score = (least, -(dx * dx + dy * dy), -r, -c)
            if best is None or score > best:
                best = score
    if best is None:
        return None
    r, c = -best[2], -best[3]
    return float(ox + c * cell), float(oy + (r + head_r) * cell)


def _chebyshev(grid: list[list[int]], rows: int, cols: int) -> None:
    """In place: each cell's Chebyshev distance to the nearest 0 cell or the grid's outside
    (two passes, the eight neighbours each)."""
    for r in range(rows):
        row, above = grid[r], grid[r - 1] if r else None
        for c in range(cols):
            v = row[c]
            if v == 0:
                continue
            best = 1 if (r == 0 or c == 0 or c == cols - 1) else min(
                row[c - 1], above[c - 1], above[c], above[c + 1]) + 1  # type: ignore[index]
            if best < v:
                row[c] = best
    for r in range(rows - 1, -1, -1):
        row, below = grid[r], grid[r + 1] if r < rows - 1 else None
        for c in range(cols - 1, -1, -1):
            v = row[c]
            if v <= 1:
                continue
            if r == rows - 1 or c == 0 or c == cols - 1:
                row[c] = 1
                continue
            best = min(row[c + 1], below[c - 1], below[c], below[c + 1]) + 1  # type: ignore[index]
            if best < v:
                row[c] = best
