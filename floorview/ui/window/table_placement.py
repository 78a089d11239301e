"""Where a new table goes: its number, its size and shape from the floor's, a free spot.

Pure functions of the store and the floor's free space (:func:`spot_in_view` asks the
floor's scene and view), so the rules are tested without a window.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from statistics import median
from typing import Any

from PySide6.QtWidgets import QGraphicsScene

from floorview.core.model import Shape
from floorview.core.store import BranchStore
from floorview.ui.floor.edit_handles import EditHandle
from floorview.ui.floor.free_spot import free_spot
from floorview.ui.floor.labels import stem_length

#: A new table's default size when the floor has none to copy (floor-plan units).
DEFAULT_TABLE_SIZE = (80.0, 80.0)

#: Where on the floor a table of (width, height) covers no other table nor any table's
#: labels (spot_in_view); None when there is no room.
FreeSpot = Callable[[float, float], tuple[float, float] | None]


def spot_in_view(scene: QGraphicsScene, plan_width: float, plan_height: float,
                 labels: Callable[[], list[Any]]) -> FreeSpot:
    """Where on ``scene``'s plan a new table goes: the middle of the largest clear area
    of the part of the room its view shows (else of the whole room), clear of every
    table and its labels (``labels()``: their scene rects, the time pills and badges
    with them), with room above it for its rotate handle inside the room."""
    def spot(width: float, height: float) -> tuple[float, float] | None:
        within, scale = None, 1.0
        views = [v for v in scene.views() if v.isVisible()]
        if views:
            view = views[0]
            within = view.mapToScene(view.viewport().rect()).boundingRect()
            t = view.transform()
            scale = max(1e-3, (t.m11() ** 2 + t.m12() ** 2) ** 0.5)
        # the handle sits its stem above the table and keeps its size on screen
        head = stem_length(width, height) + EditHandle.RADIUS / scale + 3 / scale
        return free_spot(plan_width, plan_height, labels(), width, height,
                         within=within, head=head)
    return spot


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
