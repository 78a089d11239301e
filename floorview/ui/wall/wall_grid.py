"""Where each tile goes: the wall's columns and rows for N tiles in a given space.

A pure function: the column count that makes the tiles largest, each between
:data:`SQUAREST` and :data:`ASPECT` times as wide as it is high (a tile's floors and facts
sit side by side), and no smaller than ``min_height`` and ``min_width`` (the least at which
its words are legible: below that the wall grows taller and scrolls, its tiles then as
tall as whole rows fill the window).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

#: The widest a tile is for its height.
ASPECT = 1.75
#: The narrowest a tile is for its height.
SQUAREST = 1.3
#: Between tiles and round the wall, px.
GAP = 12


@dataclass(frozen=True, slots=True)
class Grid:
    columns: int
    rows: int
    tile_width: float
    tile_height: float
    gap: float
    left: float = 0.0  # the grid centred across the width

    @property
    def height(self) -> float:
        """The wall's height with every row in it."""
        return self.rows * self.tile_height + (self.rows + 1) * self.gap

    def cell(self, index: int) -> tuple[float, float, float, float]:
        """The ``index``-th tile's rect (x, y, width, height), row by row."""
        row, col = divmod(index, self.columns)
        return (self.left + self.gap + col * (self.tile_width + self.gap),
                self.gap + row * (self.tile_height + self.gap),
                self.tile_width, self.tile_height)


def grid(n: int, width: float, height: float, *, min_height: float = 150.0,
         min_width: float | None = None, max_height: float = 380.0, gap: float = GAP) -> Grid:
    """The grid of ``n`` tiles in ``width`` × ``height`` (px), each at least ``min_width``
    (by default :data:`SQUAREST` times ``min_height``) wide unless in a single column."""
    least_w = min_height * SQUAREST if min_width is None else max(min_width, min_height * SQUAREST)
    n = max(1, n)
    best: Grid | None = None
    for columns in range(1, n + 1):
        rows = math.ceil(n / columns)
        w = (width - gap * (columns + 1)) / columns
        h = (height - gap * (rows + 1)) / rows
        if columns > 1 and w < least_w:
            break
        h = max(min_height, min(h, w / SQUAREST, max_height))
        w = min(w, h * ASPECT)
        used = columns * w + (columns + 1) * gap
        candidate = Grid(columns, rows, w, h, gap, max(0.0, (width - used) / 2))
        if best is None or _score(candidate, height) >= _score(best, height):  # ties: wider
            best = candidate
    assert best is not None
    if best.height > height + 0.5 and best.tile_height < max_height:
        # Scrolling: the tiles as tall as whole rows fill the height (a row is never cut
        # at the bottom; a page down shows the next rows whole).
        per_page = max(1, math.floor((height - gap) / (best.tile_height + gap)))
        h = min((height - gap * (per_page + 1)) / per_page, max_height,
                best.tile_width / SQUAREST)
        if h > best.tile_height:
            cols = best.columns
            w = min((width - gap * (cols + 1)) / cols, h * ASPECT)
            best = Grid(cols, best.rows, w, h, gap,
                        max(0.0, (width - cols * w - (cols + 1) * gap) / 2))
    return best


def _score(g: Grid, height: float) -> tuple[bool, float]:
    """Fits without scrolling first, then the larger tile; when none fits, the fewest rows."""
    fits = g.height <= height + 0.5
    return (fits, g.tile_height * g.tile_width if fits else -g.rows)
