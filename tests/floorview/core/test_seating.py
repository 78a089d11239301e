"""Seating options on small plans whose answers are worked out by hand."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from floorview.core.evening import Segment
from floorview.core.model import Table, TableSection
from floorview.core.seating import gap, loads, rank, rotation, share_guests, well_above
from floorview.core.turns import estimate
from tests.floorview.factories import table_json

NOW = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)
NAMES = {"ana": "Ana", "ben": "Ben", "chloe": "Chloé"}


def at(hh: int, mm: int = 0) -> datetime:
    return NOW.replace(hour=hh, minute=mm)


def stamp(when: datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def table(tid: str, number: str, capacity: int, x: float, y: float, *, size: float = 90,
          section: str | None = None, status: str = "available", guests: int | None = None,
          since: datetime | None = None, shape: str = "square", w: float | None = None,
          h: float | None = None, rotation: float = 0, plan: str = "fp-1") -> Table:
    return Table.from_json(table_json(
        tid, number=number, capacity=capacity, x=x, y=y, width=w or size, height=h or size,
        shape=shape, rotation=rotation, sectionId=section, status=status, guestCount=guests,
        floorPlanId=plan, statusChangedAt=stamp(since or at(18))))


def section(sid: str, server: str | None) -> TableSection:
    return TableSection.from_json({"id": sid, "branchId": "br-1", "floorPlanId": "fp-1",
                                   "name": sid, "color": None, "serverId": server})


SECTIONS = {"s-ana": section("s-ana", "ana"), "s-ben": section("s-ben", "ben")}


def rank_(tables, party, **kw):
    kw.setdefault("sections", SECTIONS)
    return rank(tables, party, now=NOW, names=NAMES, **kw)


# -- one table that fits -----------------------------------------------------------------

def test_the_smallest_free_table_that_fits_in_the_next_servers_section():
    tables = [
        # Ana was given a party ten minutes ago, Ben at 19:10: Ben is next
        table("a-busy", "1", 4, 0, 0, section="s-ana", status="occupied", guests=2,
              since=at(19, 50)),
        table("b-busy", "2", 4, 0, 300, section="s-ben", status="occupied", guests=2,
              since=at(19, 10)),
        table("ana6", "5", 6, 400, 0, section="s-ana"),  # fits, but a six-top for three
        table("ana4", "7", 4, 600, 0, section="s-ana"),  # fits, Ana's (not next)
        table("two", "3", 2, 800, 0, section="s-ben"),  # too small
        table("ben4", "12", 4, 1000, 0, section="s-ben"),  # fits, Ben's: the answer
    ]
    options = rank_(tables, 3)
    assert [o.tables for o in options] == [("12",), ("7",), ("5",)]
    best = options[0]
    assert best.now and best.free_at is None and best.seats == 4
    assert best.server_id == "ben" and best.table_ids == ("ben4",)
    assert best.reason == ("Table 12 seats 4: the smallest free table for 3, "
                           "in Ben's section (next in rotation)")
    assert "larger" in options[2].reason


def test_a_bigger_free_table_is_not_spent_while_a_smaller_one_fits_even_in_the_next_section():
    tables = [table("b-busy", "2", 4, 0, 300, section="s-ana", status="occupied", guests=2,
                    since=at(19, 55)),  # Ana just had one: Ben is next
              table("ben6", "6", 6, 0, 0, section="s-ben"),
              table("ana2", "8", 2, 500, 0, section="s-ana")]
    assert rank_(tables, 2)[0].tables == ("8",)


# -- groups of neighbours ----------------------------------------------------------------

def test_only_two_neighbours_together_fit_and_far_apart_tables_are_not_offered():
    tables = [
        table("a", "1", 4, 0, 0, section="s-ben"),  # edges 0..90
        table("b", "2", 2, 190, 10, size=70, section="s-ben"),  # 100 from a
        table("c", "3", 4, 1000, 600, section="s-ben"),  # a + c = 8, far away
        table("d", "4", 2, 1300, 0, section="s-ben"),  # b + d = 4 < 6 anyway
        table("e", "5", 8, 500, 500, section="s-ben", status="occupied", guests=6),
    ]
    options = rank_(tables, 6)
    assert [o.tables for o in options] == [("1", "2")]
    (o,) = options
    assert o.now and o.seats == 6 and set(o.table_ids) == {"a", "b"}
    assert o.reason.startswith("Tables 1 and 2 together seat 6: no single free table seats 6")


def test_a_turned_table_is_a_neighbour_by_its_turned_edges():
    square = table("a", "1", 4, 0, 0)  # right edge at x = 90
    long = dict(w=170, h=60, shape="rectangle")
    flat = table("b", "2", 4, 160, 0, **long)  # left edge at 160: 70 away
    # turned 90° about its centre (245, 30): 60 wide, from x = 215: 125 away
    turned = table("b", "2", 4, 160, 0, rotation=90, **long)
    assert gap(square, flat) == pytest.approx(70)
    assert gap(square, turned) == pytest.approx(125)
    assert rank_([square, flat], 8)[0].tables == ("1", "2")
    later = rank_([square, turned], 8)
    assert not later[0].now and later[0].tables == ()


def test_round_tables_measure_from_their_rims():
    a = table("a", "1", 4, 0, 0, shape="round")  # centre (45, 45), radius 45
    b = table("b", "2", 4, 200, 0, shape="round")  # centre (245, 45)
    assert gap(a, b) == pytest.approx(110)
    diagonal = table("c", "3", 4, 150, 150, shape="round")  # centre (195, 195)
    assert gap(a, diagonal) == pytest.approx(150 * 2 ** 0.5 - 90)


def test_tables_on_different_plans_are_never_neighbours():
    a = table("a", "1", 4, 0, 0)
    b = table("b", "2", 4, 100, 0, plan="fp-2")
    assert rank_([a, b], 8)[0].tables == ()


# -- nothing now -------------------------------------------------------------------------

def turns(n: int, guests: int, minutes: float) -> list[Segment]:
    day = NOW - timedelta(days=1)
    return [Segment(f"h{guests}-{i}", "9", "occupied", day - timedelta(minutes=5 * i),
                    day - timedelta(minutes=5 * i) + timedelta(minutes=minutes), guests=guests,
                    covers=guests) for i in range(n)]


def test_nothing_free_fits_and_the_estimate_decides():
    tables = [
        table("two", "3", 2, 0, 0, section="s-ana"),
        table("t20", "20", 6, 400, 0, section="s-ben", status="occupied", guests=5,
              since=at(19)),
        table("t24", "24", 8, 800, 0, section="s-ana", status="occupied", guests=7,
              since=at(19, 30)),
        table("t4", "4", 4, 1200, 0, section="s-ana", status="occupied", guests=4,
              since=at(19, 40)),  # seats too few
    ]
    # parties of 5-6 take 90 min: 20 frees at 20:30; parties of 7+ 45 min: 24 at 20:15
    history = turns(4, 5, 90) + turns(4, 7, 45)
    estimates = {t.id: estimate(history, party=t.guest_count, seated=t.status_changed_at)
                 for t in tables if t.status_changed_at and t.status.value == "occupied"}
    options = rank_(tables, 5, estimates=estimates)
    assert [(o.tables, o.free_at) for o in options] == [(("24",), at(20, 15)),
                                                         (("20",), at(20, 30))]
    # a party of 3-4 has no history here: table 20 is still offered, after the timed one
    tables[3] = table("t4", "4", 4, 1200, 0, status="occupied", guests=3, since=at(19))
    estimates["t4"] = None
    later = rank_(tables, 4, estimates=estimates)
    assert [(o.tables, o.free_at) for o in later] == [(("24",), at(20, 15)),
                                                       (("20",), at(20, 30)), (("4",), None)]
    assert "no history" in later[2].reason
    assert not options[0].now and options[0].seats == 8
    assert "nothing free seats 5 now" in options[0].reason
    assert "in about 15 min" in options[0].reason


def test_with_no_history_the_option_says_so():
    tables = [table("t20", "20", 6, 400, 0, section="s-ben", status="occupied", guests=5)]
    (o,) = rank_(tables, 5, estimates={"t20": None})
    assert o.tables == ("20",) and o.free_at is None and not o.now
    assert "no history" in o.reason


def test_a_party_larger_than_any_table_or_group_is_told_so():
    tables = [table("a", "1", 4, 0, 0), table("b", "2", 4, 100, 0)]
    (o,) = rank_(tables, 40)
    assert o.tables == () and not o.now and o.free_at is None and o.seats == 0
    assert o.reason.startswith("Nothing seats 40, now or later: the largest table seats 4")


def test_a_party_of_none_is_refused():
    with pytest.raises(ValueError):
        rank_([], 0)


# -- rotation ----------------------------------------------------------------------------

def floor(ana_covers: int) -> list[Table]:
    sections = [("s-ana", "ana", at(18), ana_covers), ("s-ben", "ben", at(19), 6),
                ("s-chloe", "chloe", at(19, 30), 5)]
    return [table(f"busy-{sid}", sid, 40, 0, 0, section=sid, status="occupied",
                  guests=covers, since=since) for sid, _, since, covers in sections]


SECTIONS3 = {**SECTIONS, "s-chloe": section("s-chloe", "chloe")}


def test_well_above_is_more_than_one_and_a_half_times_the_median_plus_four():
    # the others' median 5.5: the line is 12.25
    assert well_above(13, [6, 5]) and not well_above(12, [6, 5])
    assert not well_above(100, [])


@pytest.mark.parametrize(("mode", "ana", "order"), [
    ("rotation", 20, ["ben", "chloe", "ana"]),  # Ana longest ago, but 20 > 12.25: skipped
    ("rotation", 12, ["ana", "ben", "chloe"]),  # 12: not well above, longest ago first
    ("strict", 20, ["ana", "ben", "chloe"]),
    ("covers", 20, ["chloe", "ben", "ana"]),
])
def test_rotation_orders(mode, ana, order):
    servers = loads(floor(ana), SECTIONS3, now=NOW)
    assert rotation(servers, mode=mode, names=NAMES) == order


def test_a_server_far_ahead_on_covers_is_skipped_in_the_options():
    tables = floor(20) + [table("ana4", "7", 4, 0, 300, section="s-ana"),
                          table("ben4", "12", 4, 300, 300, section="s-ben")]
    options = rank_(tables, 4, sections=SECTIONS3)
    assert [o.server_id for o in options] == ["ben", "ana"]
    assert "next in rotation" in options[0].reason
    assert "well ahead on covers, 20" in options[1].reason
    strict = rank_(tables, 4, sections=SECTIONS3, mode="strict")
    assert strict[0].server_id == "ana"


def test_todays_turns_count_and_last_seatings_come_from_history():
    yesterday = NOW - timedelta(days=1)
    history = [Segment("x", "1", "occupied", at(18, 30), at(19, 30), guests=30, covers=30,
                       server_id="ana"),
               Segment("y", "2", "occupied", yesterday, yesterday + timedelta(hours=1),
                       guests=50, covers=50, server_id="ben")]
    servers = loads([], SECTIONS, history, now=NOW)
    assert servers["ana"].covers == 30 and servers["ana"].last_seated == at(18, 30)
    assert servers["ben"].covers == 0 and servers["ben"].last_seated == yesterday


# -- a server who holds many tables --------------------------------------------------------

def many_tables_floor(gus_tables: int, gus_covers: int) -> tuple[list[Table], dict]:
    """Gus holds ``gus_tables`` four-tops (one of them seated with all his covers, at
    18:00: longest ago); Ana and Ben one four-top each, seated with 3 and 2 at 19:00 and
    19:30."""
    sections = {**SECTIONS, "s-gus": section("s-gus", "gus")}
    tables = [table("gus-0", "G0", 4, 0, 0, section="s-gus", status="occupied",
                    guests=gus_covers, since=at(18))]
    tables += [table(f"gus-{i}", f"G{i}", 4, 200 * i, 0, section="s-gus")
               for i in range(1, gus_tables)]
    tables += [table("ana-0", "A0", 4, 0, 500, section="s-ana", status="occupied", guests=3,
                     since=at(19)),
               table("ben-0", "B0", 4, 300, 500, section="s-ben", status="occupied", guests=2,
                     since=at(19, 30))]
    return tables, sections


def test_a_server_holding_four_times_the_seats_is_not_skipped_for_four_times_the_covers():
    # Gus: 4 tables (16 seats), 14 covers. By raw covers (the others' median 2.5: a line
    # of 7.75) he would be skipped all evening; per seat (the others 0.625 a seat: 10 on
    # his 16 seats, a line of 19) he is not, and being longest ago he is next
    tables, sections = many_tables_floor(4, 14)
    assert well_above(14, [3, 2])  # the raw rule
    assert not well_above(14, [3, 2], seats=16, others_seats=[4, 4])
    servers = loads(tables, sections, now=NOW)
    assert servers["gus"].seats == 16 and servers["ana"].seats == 4
    assert rotation(servers, names=NAMES)[0] == "gus" and not servers["gus"].skipped


def test_a_server_holding_the_same_seats_far_ahead_is_still_skipped():
    # one table like the others, 14 covers: 0.625 × 4 = 2.5, a line of 7.75: skipped
    tables, sections = many_tables_floor(1, 14)
    servers = loads(tables, sections, now=NOW)
    assert servers["gus"].seats == 4
    assert rotation(servers, names=NAMES) == ["ana", "ben", "gus"]
    assert servers["gus"].skipped


def test_fewest_covers_counts_per_seat_held():
    # Gus 6 covers on 16 seats (0.375 a seat) before Ben (2 on 4: 0.5) and Ana (3 on 4:
    # 0.75); by raw covers he would be last
    tables, sections = many_tables_floor(4, 6)
    servers = loads(tables, sections, now=NOW)
    assert rotation(servers, mode="covers", names=NAMES) == ["gus", "ben", "ana"]


@pytest.mark.parametrize(("party", "seats", "shared"), [
    (8, [4, 4], [4, 4]),
    (7, [4, 4], [4, 3]),
    (6, [2, 4], [2, 4]),
    (5, [2, 4], [2, 3]),
    (9, [2, 4, 4], [2, 4, 3]),
    (3, [2, 2, 2], [1, 1, 1]),
])
def test_a_party_is_shared_over_joined_tables_by_their_seats(party, seats, shared):
    assert share_guests(party, seats) == shared
    assert sum(share_guests(party, seats)) == party
