from datetime import UTC, datetime

import pytest

from floorview.core.model import (
    FloorPlan,
    ParseError,
    Role,
    Shape,
    Status,
    Table,
    TableSection,
    User,
    format_time,
    parse_deleted,
    parse_list,
    parse_tables,
    parse_time,
)
from tests.floorview.factories import table_json


def test_table_parses_contract_json():
    t = Table.from_json(table_json(status="occupied", guestCount=3, serverId="u-7", rotation=45))
    assert (t.id, t.number, t.capacity, t.shape, t.status) == ("t-1", "12", 4, Shape.ROUND, Status.OCCUPIED)
    assert (t.x, t.y, t.width, t.height, t.rotation) == (120, 80, 80, 80, 45)
    assert t.guest_count == 3 and t.server_id == "u-7" and t.version == 1
    assert t.status_changed_at == datetime(2026, 11, 25, 19, 4, 5, 123000, tzinfo=UTC)
    assert t.seats_text == "3/4"


def test_unknown_fields_are_ignored_and_kept_for_output():
    data = table_json(futureField={"a": 1})
    t = Table.from_json(data)
    assert t.to_json() == data


def test_unknown_status_and_shape_are_kept_as_unknown():
    t = Table.from_json(table_json(status="on_fire", shape="hexagon"))
    assert t.status is Status.UNKNOWN and t.shape is Shape.UNKNOWN
    assert t.status_text == "on_fire"
    assert t.to_json()["status"] == "on_fire"


def test_missing_optional_fields_take_defaults():
    data = table_json()
    for name in ("sectionId", "guestCount", "serverId", "rotation", "statusChangedAt", "updatedAt"):
        del data[name]
    t = Table.from_json(data)
    assert (t.section_id, t.guest_count, t.server_id, t.rotation) == (None, None, None, 0)
    assert t.status_changed_at is None
    assert t.seats_text == "4"


@pytest.mark.parametrize(
    ("field", "value", "problem"),
    [
        ("id", None, "Table.id: expected a non-empty id string, got null"),
        ("capacity", "four", "Table.capacity: expected an integer"),
        ("capacity", True, "Table.capacity: expected an integer"),
        ("x", float("nan"), "Table.x: expected a finite number"),
        ("width", 0, "Table.width: expected a number above 0"),
        ("version", 1.5, "Table.version: expected an integer"),
        ("statusChangedAt", "yesterday", "Table.statusChangedAt: expected an RFC 3339"),
        ("status", 3, "Table.status: expected a string"),
        # versions start at 1 (TypeORM's @VersionColumn); the backend's JS cannot send 2**53
        ("version", 0, "Table.version: expected at least 1, got 0"),
        ("version", 10**18, "Table.version: expected an integer JavaScript can hold exactly"),
        # hostile sizes: ids are at most 256 characters by the contract
        ("id", "x" * 257, "Table.id: expected an id of at most 256 characters, got 257"),
        ("serverId", "u" * 10**6, "Table.serverId: expected an id of at most 256 characters"),
        ("number", "9" * 5000, "Table.number: expected at most 1024 characters"),
    ],
)
def test_a_bad_field_is_named_in_the_error(field, value, problem):
    with pytest.raises(ParseError) as e:
        Table.from_json(table_json(**{field: value}))
    assert str(e.value).startswith(problem)
    assert e.value.field == field


def test_a_missing_required_field_is_named():
    data = table_json()
    del data["version"]
    with pytest.raises(ParseError, match=r"^Table\.version: missing$"):
        Table.from_json(data)


def test_a_non_object_payload_is_refused():
    with pytest.raises(ParseError, match="expected an object, got list"):
        Table.from_json([1, 2])
    with pytest.raises(ParseError, match=r"tableDeleted\.id"):
        parse_deleted({"id": 5})


@pytest.mark.parametrize(
    "text",
    ["2026-11-25T19:04:05.123Z", "2026-11-25t19:04:05.123z", "2026-11-25T20:04:05.123+01:00",
     "2026-11-25T19:04:05.123000Z"],
)
def test_rfc3339_times_of_any_spelling(text):
    assert parse_time(text) == datetime(2026, 11, 25, 19, 4, 5, 123000, tzinfo=UTC)


def test_naive_or_dateless_times_are_refused():
    for text in ("2026-11-25T19:04:05", "19:04:05Z"):
        with pytest.raises(ValueError):
            parse_time(text)


def test_times_are_written_as_the_backend_does():
    assert format_time(datetime(2026, 11, 25, 19, 4, 5, 123456, tzinfo=UTC)) == "2026-11-25T19:04:05.123Z"


def test_list_parsing_keeps_the_good_items_and_names_the_bad():
    items, errors = parse_list(Table, [table_json("a"), table_json("b", capacity="x"), table_json("c")])
    assert [t.id for t in items] == ["a", "c"]
    assert [str(e) for e in errors] == ["Table[1].capacity: expected an integer, got str 'x'"]


def test_other_entities():
    fp = FloorPlan.from_json({"id": "fp", "branchId": "b", "name": "Patio", "width": 800,
                              "height": 600, "sortOrder": 2})
    assert (fp.name, fp.width, fp.sort_order) == ("Patio", 800, 2)
    sec = TableSection.from_json({"id": "s", "branchId": "b", "floorPlanId": "fp", "name": "Window",
                                  "color": "#1f77b4", "serverId": None})
    assert sec.color == "#1F77B4"
    with pytest.raises(ParseError, match="TableSection.color"):
        TableSection.from_json({"id": "s", "branchId": "b", "floorPlanId": "fp", "name": "W",
                                "color": "blue", "serverId": None})
    u = User.from_json({"id": "u", "name": "Maria Lopez", "email": "m@x", "role": "sommelier",
                        "branchIds": ["b"], "color": None})
    assert u.role is Role.UNKNOWN and u.initials == "ML"
    assert not u.role.may_set_status
    kai = User.from_json({"id": "k", "name": "Kai", "email": "k@x", "role": "host",
                          "branchIds": [], "color": "#00aa00"})
    assert (kai.initials, kai.color, kai.role.may_assign_server) == ("KA", "#00AA00", True)


def test_roles_follow_the_contract():
    assert [r for r in Role if r.may_assign_server] == [Role.ADMIN, Role.MANAGER, Role.HOST]
    assert [r for r in Role if r.may_edit_layout] == [Role.ADMIN, Role.MANAGER]
    assert all(r.may_set_status for r in Role if r is not Role.UNKNOWN)


def test_a_branch_knows_its_clock_or_says_it_does_not():
    from datetime import timedelta

    from floorview.core.model import Branch

    ny = Branch("b1", "Midtown", "America/New_York").zone
    assert ny is not None and datetime(2026, 11, 25, 20, 0, tzinfo=UTC).astimezone(ny).utcoffset() == timedelta(hours=-5)
    assert Branch("b2", "Nowhere", "Mars/Olympus_Mons").zone is None
    assert Branch("b3", "Blank", "").zone is None


def test_find_by_id_or_name_never_guesses():
    from floorview.core.model import Branch, find_by_id_or_name

    branches = [Branch("b1", "Soho", "UTC"), Branch("b2", "Soho", "UTC"),
                Branch("b3", "Camden", "UTC")]
    assert find_by_id_or_name(branches, "b2").id == "b2"
    assert find_by_id_or_name(branches, " camden ").id == "b3"
    assert find_by_id_or_name(branches, "soho") is None  # two by that name
    assert find_by_id_or_name(branches, "nowhere") is None


def test_matching_id_or_name_says_which_ones_a_name_fits():
    from floorview.core.model import Branch, matching_id_or_name

    branches = [Branch("b1", "Soho", "UTC"), Branch("b2", "Soho", "UTC"),
                Branch("Soho", "Camden", "UTC")]
    assert [b.id for b in matching_id_or_name(branches, " SOHO ")] == ["b1", "b2"]
    assert [b.id for b in matching_id_or_name(branches, "Soho")] == ["Soho"]  # an id first
    assert matching_id_or_name(branches, "nowhere") == []


def test_an_id_of_256_characters_is_fine_and_nesting_is_described_briefly():
    assert Table.from_json(table_json("x" * 256)).id == "x" * 256
    deep: list = []
    for _ in range(10_000):
        deep = [deep]
    with pytest.raises(ParseError, match=r"expected an object, got list \[\[\[\.\.\.\]\]\]"):
        Table.from_json(deep)


# --- numbers sent as decimal strings (TypeORM's decimal columns) ------------------------


def test_a_table_whose_numbers_are_all_decimal_strings_reads_as_those_numbers():
    # What a TypeORM backend sends for decimal columns: every coordinate a string.
    t = Table.from_json(table_json(x="860.00", y="-12.5", width="80.00", height="40",
                                   rotation="405.0", capacity="4.00", guestCount="3",
                                   version="7", status="occupied"))
    assert (t.x, t.y, t.width, t.height, t.rotation) == (860.0, -12.5, 80.0, 40.0, 45.0)
    assert (t.capacity, t.guest_count, t.version) == (4, 3, 7)
    assert isinstance(t.x, float) and isinstance(t.capacity, int)


def test_floor_plans_read_decimal_strings_too():
    fp = FloorPlan.from_json({"id": "fp", "branchId": "b", "name": "Patio", "width": "1200.00",
                              "height": "800", "sortOrder": "2"})
    assert (fp.width, fp.height, fp.sort_order) == (1200.0, 800.0, 2)


@pytest.mark.parametrize(
    ("field", "value", "problem"),
    [
        ("x", "abc", "Table.x: expected a finite number, got str 'abc'"),
        ("x", "nan", "Table.x: expected a finite number"),
        ("x", "NaN", "Table.x: expected a finite number"),
        ("x", "inf", "Table.x: expected a finite number"),
        ("x", "-Infinity", "Table.x: expected a finite number"),
        ("x", "", "Table.x: expected a finite number"),
        ("x", " 860", "Table.x: expected a finite number"),
        ("x", "1e3", "Table.x: expected a finite number"),
        ("x", "0x10", "Table.x: expected a finite number"),
        ("x", "8" * 65, "Table.x: expected a finite number"),
        ("x", True, "Table.x: expected a finite number"),
        ("width", "0.00", "Table.width: expected a number above 0, got 0.0"),
        ("capacity", "4.5", "Table.capacity: expected an integer, got str '4.5'"),
        ("capacity", "-1", "Table.capacity: expected at least 0, got -1"),
        ("capacity", "four", "Table.capacity: expected an integer"),
        ("capacity", False, "Table.capacity: expected an integer"),
        ("version", "9007199254740993", "Table.version: expected an integer JavaScript can hold"),
    ],
)
def test_a_string_that_is_not_a_finite_decimal_is_still_refused(field, value, problem):
    with pytest.raises(ParseError) as e:
        Table.from_json(table_json(**{field: value}))
    assert str(e.value).startswith(problem)


# --- a snapshot's list: unreadable items, partial answers, the wrong shape ---------------


def test_an_unreadable_item_names_its_table_when_its_id_can_be_read():
    items, errors = parse_list(Table, [table_json("a"), table_json("b", x="abc"),
                                       table_json("c", id=None)])
    assert [t.id for t in items] == ["a"]
    assert [e.item_id for e in errors] == ["b", None]
    assert str(errors[0]) == "Table[1].x: expected a finite number, got str 'abc'"


def test_a_snapshot_reads_which_tables_are_unreadable_and_whether_it_is_partial():
    whole = parse_tables([table_json("a"), table_json("b", x="860.00")])
    assert [t.id for t in whole.tables] == ["a", "b"] and whole.complete
    assert whole.unreadable == frozenset() and not whole.partial

    bad = parse_tables([table_json("a"), table_json("b", x="abc")])
    assert [t.id for t in bad.tables] == ["a"]
    assert bad.unreadable == {"b"} and not bad.partial and not bad.complete

    nameless = {k: v for k, v in table_json("c").items() if k != "id"}
    partial = parse_tables([table_json("a"), nameless, {**table_json("d"), "id": 42}])
    assert [t.id for t in partial.tables] == ["a"]
    assert partial.unreadable == frozenset() and partial.partial


@pytest.mark.parametrize(
    "body",
    [{"data": [table_json("a")]}, ["a", "b"], [table_json("a"), None], [table_json("a"), [1]],
     None, "[]", 7],
)
def test_an_answer_that_is_not_a_list_of_objects_is_refused_whole(body):
    with pytest.raises(ParseError, match="expected a list of objects"):
        parse_tables(body)
    with pytest.raises(ParseError, match="expected a list of objects"):
        parse_list(FloorPlan, body)


def test_an_empty_list_is_an_empty_snapshot_not_an_error():
    empty = parse_tables([])
    assert empty.tables == () and empty.complete


def test_minutes_between_counts_clock_minutes_whatever_the_zones():
    """From since's minute to now's, as a clock reads them: 19:04:59 → 19:05:00 is one
    minute, 19:04:00 → 19:04:59 none; the same instants written in another zone (India,
    half an hour off) count the same; never negative; a naive pair counts alike."""
    from datetime import UTC, datetime, timedelta, timezone

    from floorview.core.model import minutes_between

    india = timezone(timedelta(hours=5, minutes=30))
    a = datetime(2026, 11, 25, 19, 4, 59, 999000, tzinfo=UTC)
    b = datetime(2026, 11, 25, 19, 5, 0, tzinfo=UTC)
    assert minutes_between(a, b) == 1
    assert minutes_between(a.replace(second=0, microsecond=0), a) == 0
    assert minutes_between(a.astimezone(india), b) == 1
    assert minutes_between(a, b.astimezone(india) + timedelta(minutes=41)) == 42
    assert minutes_between(b, a) == 0
    assert minutes_between(None, b) is None
    assert minutes_between(a.replace(tzinfo=None), b.replace(tzinfo=None)) == 1
