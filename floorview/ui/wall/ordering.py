"""The wall's order: what needs attention first (over-time tables, long cleaning, nothing
free), or by name; ties, and branches whose tables have not come yet, by name."""

from __future__ import annotations

from collections.abc import Iterable

from floorview.ui.wall.tile_facts import TileFacts

ATTENTION = "attention"
NAME = "name"
ORDERS = (ATTENTION, NAME)


def _name_key(f: TileFacts) -> tuple[str, str]:
    return (f.name.casefold(), f.branch_id)


def order(tiles: Iterable[TileFacts], by: str = ATTENTION) -> list[str]:
    """The branch ids in the wall's order."""
    tiles = list(tiles)
    if by == NAME:
        return [f.branch_id for f in sorted(tiles, key=_name_key)]
    return [f.branch_id for f in sorted(
        tiles, key=lambda f: (not f.known, -f.attention, -f.over_time, -f.occupancy, _name_key(f)))]
