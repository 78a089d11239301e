"""Contract JSON for tests: tables and the like, as a server would send them."""

from __future__ import annotations

from typing import Any


def table_json(table_id: str = "t-1", version: int = 1, **fields: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": table_id,
        "branchId": "br-1",
        "floorPlanId": "fp-1",
        "sectionId": None,
        "number": "12",
        "capacity": 4,
        "shape": "round",
        "x": 120,
        "y": 80,
        "width": 80,
        "height": 80,
        "rotation": 0,
        "status": "available",
        "guestCount": None,
        "serverId": None,
        "statusChangedAt": "2026-11-25T19:04:05.123Z",
        "updatedAt": "2026-11-25T19:04:05.123Z",
        "version": version,
    }
    data.update(fields)
    return data
