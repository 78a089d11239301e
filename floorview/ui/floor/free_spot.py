"""A free place for a new table on a floor plan: the first in reading order that covers nothing."""

from __future__ import annotations

import math
from collections.abc import Iterable

from PySide6.QtCore import QRectF

from floorview.ui.floor.geometry import GRID


def free_spot(plan_width: float, plan_height: float, taken: Iterable[QRectF],
              width: float, height: float, gap: float = 2 * GRID) -> tuple[float, float] | None:
    """A top-left (x, y) on a plan_width × plan_height plan where a width×height table
    meets none of the ``taken`` rects (scene, plan coordinates).

    Reading order (top rows first), snapped to the edit grid, ``gap`` away from every
    taken rect; None when the plan has no such place.
    """
    pw, ph = plan_width, plan_height
    if width > pw or height > ph:
        return None
    cell = GRID
    while (pw / cell) * (ph / cell) > 250_000:
        cell *= 2
    cols, rows = int(pw // cell), int(ph // cell)
    grid = [bytearray(cols) for _ in range(rows)]
    for rect in taken:
        box = rect.adjusted(-gap, -gap, gap, gap)
        c0, c1 = max(0, int(box.left() // cell)), min(cols, math.ceil(box.right() / cell))
        r0, r1 = max(0, int(box.top() // cell)), min(rows, math.ceil(box.bottom() / cell))
        for r in range(r0, r1):
            grid[r][c0:c1] = b"\x01" * max(0, c1 - c0)
    need_c, need_r = math.ceil(width / cell), math.ceil(height / cell)
    # Summed-area table: any cell of a candidate block taken?
    sat = [[0] * (cols + 1) for _ in range(rows + 1)]
    for r in range(rows):
        row, above, here = grid[r], sat[r], sat[r + 1]
        run = 0
        for c in range(cols):
            run += row[c]
            here[c + 1] = above[c + 1] + run
    for r in range(0, rows - need_r + 1):
        for c in range(0, cols - need_c + 1):
            s = sat[r + need_r][c + need_c] - sat[r][c + need_c] - sat[r + need_r][c] + sat[r][c]
            if s == 0:
                return float(c * cell), float(r * cell)
    return None
