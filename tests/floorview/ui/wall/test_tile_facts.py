"""A tile's facts: occupancy, covers, over time, long cleaning, free by size, the local
time in the branch's zone, the connection; and all of it in one sentence."""

from __future__ import annotations

from datetime import timedelta

from floorview.core.live.status import ConnectionStatus, ConnState
from floorview.core.model import Branch, Table, format_time
from floorview.core.samples import NOW
from floorview.ui.wall.tile_facts import Link, facts, over_time_ids, sentence, size_band
from tests.floorview.factories import table_json

BRANCH = Branch("br-1", "Harbour Street", "America/New_York")


def table(tid, status, capacity=4, minutes=10, guests=None):
    when = format_time(NOW - timedelta(minutes=minutes))
    return Table.from_json(table_json(tid, status=status, capacity=capacity, guestCount=guests,
                                      statusChangedAt=when))


TABLES = [
    table("a", "occupied", 4, minutes=95, guests=3),  # over time (90)
    table("b", "occupied", 2, minutes=89, guests=2),  # not yet
    table("c", "cleaning", 4, minutes=16),  # long cleaning (15)
    table("d", "cleaning", 4, minutes=14),
    table("e", "available", 2),
    table("f", "available", 4),
    table("g", "available", 3),
    table("h", "available", 8),
    table("i", "out_of_service", 6),
    table("j", "reserved", 4, guests=4),
]


def test_the_facts_count_what_a_manager_asks():
    f = facts(BRANCH, TABLES, NOW, ConnectionStatus(ConnState.LIVE, NOW))
    assert (f.tables, f.occupied) == (9, 2)  # out of service is not in service
    assert (f.covers, f.seats) == (5, 35)
    assert (f.over_time, f.long_cleaning) == (1, 1)
    assert f.free == (1, 2, 1)  # 2 / 4 / 6+: a 3-top counts with the fours
    assert f.local_time == "14:30"  # 19:30 UTC in New York
    assert f.link == Link.LIVE and not f.nothing_free
    assert over_time_ids(TABLES, NOW) == {"a"}
    assert [size_band(c) for c in (1, 2, 3, 4, 5, 6, 10)] == [0, 0, 1, 1, 2, 2, 2]


def test_attention_weighs_over_time_then_cleaning_then_a_full_house():
    calm = facts(BRANCH, TABLES[4:], NOW, None)
    full = facts(BRANCH, [table("x", "occupied", 4, minutes=5, guests=2)], NOW, None)
    assert calm.attention == 0
    assert full.nothing_free and full.attention == 1
    assert facts(BRANCH, TABLES, NOW, None).attention == 3 + 2


def test_the_link_says_live_connecting_or_as_of_in_the_branchs_time():
    assert facts(BRANCH, TABLES, NOW, None).link == Link.CONNECTING
    stale = facts(BRANCH, TABLES, NOW, ConnectionStatus(ConnState.RECONNECTING, NOW,
                                                       as_of=NOW - timedelta(minutes=3)))
    assert (stale.link, stale.as_of) == (Link.STALE, "14:27")
    down = facts(BRANCH, TABLES, NOW, ConnectionStatus(ConnState.FORBIDDEN, NOW))
    assert down.link == Link.DOWN


def test_the_sentence_says_every_fact(qapp):
    # two of each count: English says them alike with or without its plural forms loaded
    more = [table("k", "occupied", 4, minutes=100, guests=2), table("l", "cleaning", 2, minutes=20)]
    f = facts(BRANCH, TABLES + more, NOW, ConnectionStatus(ConnState.RECONNECTING, NOW,
                                                          as_of=NOW - timedelta(minutes=3)))
    assert sentence(f) == (
        "Harbour Street: As of 14:27; 14:30 local time; 3 of 11 tables occupied; "
        "7 covers of 41 seats; 2 tables over time; 2 tables cleaning for long; "
        "free now: 1 for 2, 2 for 4, 1 for 6 or more.")
    unknown = facts(BRANCH, [], NOW, None, known=False)
    assert sentence(unknown) == "Harbour Street: Connecting…; 14:30 local time; no tables yet."


def test_a_tile_shows_a_name_without_the_words_every_branch_begins_with():
    from floorview.ui.wall.tile_facts import shown_names

    group = {"a": "Tavola Dublin Central", "b": "Tavola Dublin Airport", "c": "Tavola Tokyo"}
    assert shown_names(group) == {"a": "Dublin Central", "b": "Dublin Airport", "c": "Tokyo"}
    # "Tavola Dublin" is shared by two, not by all; a name's last word always stays
    assert shown_names({"a": "Tavola Dublin", "b": "Tavola Dublin Airport"}) == {
        "a": "Dublin", "b": "Dublin Airport"}
    assert shown_names({"a": "Harbour Street", "b": "Old Town"}) == {}  # nothing shared
    assert shown_names({"a": "Tavola Dublin"}) == {}  # one branch: its whole name
