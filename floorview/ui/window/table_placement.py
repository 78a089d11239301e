"""Where a new table goes: its number, its size and shape from the floor's, a free spot.

Pure functions of the store and the floor's free space (asked of the floor's scene), so the
rules are tested without a window.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from statistics import median
from typing import Any

from floorview.core.model import Shape
from floorview.core.store import BranchStore

#: A new table's default size when the floor has none to copy (floor-plan units).
DEFAULT_TABLE_SIZE = (80.0, 80.0)

#: Where on the floor a table of (width, height) covers no other table nor any table's
#: labels (FloorScene.free_spot); None when there is no room.
FreeSpot = Callable[[float, float], tuple[float, float] | None]


def next_table_number(numbers: list[str]) -> str:
    """One more than the highest number among ``numbers`` (the digits in each), not taken."""
    taken = {n.strip().casefold() for n in numbers}
    highest = max((int(m.group()) for n in numbers if (m := re.search(r"\d+", n))), default=0)
    candidate = highest + 1
    while str(candidate) in taken:
        candidate += 1
    return str(candidate)


def new_table_fields(store: BranchStore, plan_id: str, free_spot: FreeSpot, number: str = "",
                     capacity: int = 4, shape: Shape | None = None) -> dict[str, Any] | None:
    """Contract fields for a table added to floor plan ``plan_id``, as big as the floor's
    tables (their median), where it covers no other table nor any table's labels (badge,
    time); None when there is no room."""
    on_floor = store.tables_on(plan_id)
    if on_floor:
        width = float(median(t.width for t in on_floor))
        height = float(median(t.height for t in on_floor))
    else:
        width, height = DEFAULT_TABLE_SIZE
    if shape is None:
        shape = Shape.SQUARE if abs(width - height) < 1 else Shape.RECTANGLE
    side = min(width, height)
    if shape in (Shape.ROUND, Shape.SQUARE):
        width = height = side
    elif abs(width - height) < 1:  # a rectangle: half again as long as it is deep
        width, height = side * 1.5, side
    spot = free_spot(width, height)
    if spot is None:
        return None
    x, y = spot
    return {
        "branchId": store.branch_id,
        "floorPlanId": plan_id,
        "number": number or next_table_number([t.number for t in store.tables.values()]),
        "capacity": capacity,
        "shape": shape.value,
        "x": round(x),
        "y": round(y),
        "width": width,
        "height": height,
        "rotation": 0,
    }
