"""bench/chaos's own judges: the comparison that says "0 divergent" and the seeded fuzz."""

from __future__ import annotations

from bench.chaos import Hostile, divergent

TABLE = {"id": "t1", "branchId": "b", "number": "1", "status": "available", "version": 3,
         "guestCount": None, "serverId": None}


def test_divergent_names_each_table_that_differs_in_any_field_or_on_one_side_only():
    other = {**TABLE, "id": "t2"}
    assert divergent([TABLE, other], [TABLE, other]) == []
    assert divergent([{**TABLE, "guestCount": 2}, other], [TABLE, other]) == ["t1"]
    assert divergent([TABLE], [TABLE, other]) == ["t2"]
    assert divergent([TABLE, other], [TABLE]) == ["t2"]
    no_server = {k: v for k, v in TABLE.items() if k != "serverId"}
    assert divergent([no_server], [TABLE]) == ["t1"]


def test_the_hostile_payloads_are_the_same_for_the_same_seed_and_cover_every_kind():
    first = [Hostile(4, [TABLE]).one() for _ in range(1)]
    a, b = Hostile(4, [TABLE]), Hostile(4, [TABLE])
    assert [a.one() for _ in range(500)] == [b.one() for _ in range(500)]
    assert first == [Hostile(4, [TABLE]).one()]
    assert set(a.kinds) == {"wrong-type", "version", "long-id", "deep", "unknown-event",
                            "missing", "not-an-object", "forged", "phantom", "forged-delete"}
