"""The wall's order: by attention (over-time tables first), or by name."""

from __future__ import annotations

from floorview.ui.wall.ordering import ATTENTION, NAME, order
from floorview.ui.wall.tile_facts import Link, TileFacts


def tile(bid, name, over=0, cleaning=0, free=(1, 1, 1), known=True):
    return TileFacts(bid, name, tables=10, occupied=5, covers=10, seats=40, over_time=over,
                     long_cleaning=cleaning, free=free, local_time="19:30", link=Link.LIVE,
                     as_of="", known=known)


def test_attention_puts_over_time_before_a_calm_branch_that_name_puts_first():
    tiles = [tile("a", "Alpha"), tile("z", "Zeta", over=1), tile("m", "Mill", cleaning=1),
             tile("f", "Full", free=(0, 0, 0)), tile("w", "Waiting", known=False)]
    assert order(tiles, ATTENTION) == ["z", "m", "f", "a", "w"]
    assert order(tiles, NAME) == ["a", "f", "m", "w", "z"]


def test_more_over_time_tables_come_first():
    assert order([tile("a", "A", over=1), tile("b", "B", over=3)]) == ["b", "a"]
