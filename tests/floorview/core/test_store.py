"""The store keeps the server's picture: version rule, tombstones, snapshots, resyncs."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from floorview.core.model import ParseError, Table
from floorview.core.store import Aspect, BranchStore, Update
from tests.floorview.factories import table_json

STATUSES = ["available", "reserved", "occupied", "cleaning", "out_of_service"]


def table(tid="t-1", version=1, **fields) -> Table:
    return Table.from_json(table_json(tid, version, **fields))


def visible(tables):
    """Tables as a view sees them: what a save that only bumped the version keeps."""
    return {tid: dataclasses.replace(t, version=0, updated_at=None) for tid, t in tables.items()}


class Recorder:
    """A subscriber that mirrors the store from the changes it is told of, as a view does."""

    def __init__(self, store: BranchStore) -> None:
        self.updates: list[Update] = []
        self.mirror: dict[str, Table] = dict(store.tables)
        store.subscribe(self)

    def __call__(self, update: Update) -> None:
        self.updates.append(update)
        for c in update.changes:
            if c.after is None:
                del self.mirror[c.before.id]
            else:
                before = self.mirror.get(c.after.id)
                assert visible({0: before} if before else {}) == visible({0: c.before} if c.before else {})
                self.mirror[c.after.id] = c.after

    @property
    def changes(self):
        return [c for u in self.updates for c in u.changes]


def test_newer_versions_apply_and_report_what_changed():
    store = BranchStore("br-1")
    rec = Recorder(store)
    store.apply_event("tableCreated", table_json("a", 1))
    store.apply_event("tableStatusUpdate", table_json("a", 2, status="occupied", guestCount=3,
                                                      statusChangedAt="2026-11-25T20:00:00.000Z"))
    store.apply_event("tableAssignmentUpdate", table_json("a", 3, status="occupied", guestCount=3,
                                                          statusChangedAt="2026-11-25T20:00:00.000Z",
                                                          serverId="u-1"))
    assert [c.aspects for c in rec.changes] == [
        {Aspect.CREATED}, {Aspect.STATUS, Aspect.GUESTS}, {Aspect.SERVER}]
    assert rec.changes[1].before.status.value == "available"
    assert store.tables["a"].server_id == "u-1"


def test_stale_and_duplicate_copies_are_ignored_silently():
    store = BranchStore("br-1")
    store.apply_event("tableCreated", table_json("a", 5, number="5"))
    rec = Recorder(store)
    assert store.apply_event("tableUpdated", table_json("a", 4, number="4")) == ()
    assert store.apply_event("tableUpdated", table_json("a", 5, number="X")) == ()
    assert store.tables["a"].number == "5"
    assert rec.updates == []


def test_a_save_that_changed_nothing_visible_is_not_reported_but_held():
    store = BranchStore("br-1")
    store.apply_event("tableCreated", table_json("a", 1))
    rec = Recorder(store)
    assert store.apply_event("tableUpdated", table_json("a", 2, updatedAt="2026-11-25T21:00:00Z")) == ()
    assert store.tables["a"].version == 2 and rec.updates == []


def test_deleted_tables_never_come_back():
    store = BranchStore("br-1")
    store.apply_event("tableCreated", table_json("a", 1))
    [change] = store.apply_event("tableDeleted", {"id": "a"})
    assert change.aspects == {Aspect.DELETED} and change.after is None
    assert store.apply_event("tableUpdated", table_json("a", 9)) == ()
    assert "a" not in store.tables and store.is_deleted("a")


def test_events_of_another_branch_are_dropped():
    store = BranchStore("br-1")
    assert store.apply_event("tableCreated", table_json("a", 1, branchId="br-2")) == ()
    assert store.tables == {}


def test_a_malformed_payload_raises_a_parse_error_and_changes_nothing():
    store = BranchStore("br-1")
    store.apply_event("tableCreated", table_json("a", 1))
    with pytest.raises(ParseError, match="Table.version"):
        store.apply_event("tableUpdated", table_json("a", "two"))
    with pytest.raises(ParseError, match="tableDeleted"):
        store.apply_event("tableDeleted", "a")
    with pytest.raises(ParseError, match="not a table event"):
        store.apply_event("somethingElse", {})
    assert store.tables["a"].version == 1


def test_events_during_a_snapshot_are_held_then_merged():
    store = BranchStore("br-1")
    store.apply_event("tableCreated", table_json("gone", 1))
    store.begin_sync()
    assert store.apply_event("tableStatusUpdate", table_json("a", 3, status="occupied")) == ()
    assert store.apply_event("tableCreated", table_json("new", 1)) == ()
    assert store.apply_event("tableDeleted", {"id": "b"}) == ()
    assert "a" not in store.tables  # held, not applied yet
    rec = Recorder(store)
    store.apply_snapshot([table("a", 2), table("b", 4), table("c", 1)])
    assert {t: v.version for t, v in store.tables.items()} == {"a": 3, "c": 1, "new": 1}
    assert store.tables["a"].status.value == "occupied"
    assert visible(rec.mirror) == visible(store.tables)
    assert rec.updates[-1].resynced and not store.syncing


def test_a_shown_sync_applies_events_at_once_and_merges_them_into_the_older_snapshot():
    # A live floor's reconciliation: its snapshot was taken before these events.
    store = BranchStore("br-1")
    store.apply_event("tableCreated", table_json("a", 1))
    store.apply_event("tableCreated", table_json("b", 1))
    store.begin_sync(shown=True)
    rec = Recorder(store)
    assert store.apply_event("tableStatusUpdate", table_json("a", 2, status="occupied"))
    assert store.apply_event("tableDeleted", {"id": "b"})
    assert store.tables["a"].status.value == "occupied" and "b" not in store.tables  # shown
    healed = store.apply_snapshot([table("a", 1), table("b", 1), table("c", 1)], periodic=True)
    assert {t: v.version for t, v in store.tables.items()} == {"a": 2, "c": 1}  # not undone
    assert [c.table_id for c in healed] == ["c"]  # only what the snapshot healed
    assert visible(rec.mirror) == visible(store.tables) and not store.syncing


def test_a_failed_shown_sync_changes_nothing_more():
    store = BranchStore("br-1")
    store.begin_sync(shown=True)
    store.apply_event("tableCreated", table_json("a", 1))
    rec = Recorder(store)
    store.cancel_sync()
    assert rec.changes == [] and store.tables["a"].version == 1 and not store.syncing


def test_the_snapshot_is_the_truth_even_for_a_lower_version():
    store = BranchStore("br-1")
    store.apply_event("tableCreated", table_json("a", 9, number="9"))
    store.begin_sync()
    store.apply_snapshot([table("a", 2, number="2")])  # a restored database
    assert store.tables["a"].number == "2"
    # and after it, versions count from the snapshot's
    store.apply_event("tableUpdated", table_json("a", 3, number="3"))
    assert store.tables["a"].number == "3"


def test_a_table_deleted_then_back_in_a_snapshot_follows_its_events_again():
    """A restored database brings back a table the screen saw deleted: once a snapshot
    holds it, it is a table like any other, its next status shown, not its deletion kept."""
    store = BranchStore("br-1")
    store.apply_snapshot([table("a", 4, number="4"), table("b", 1, number="5")])
    store.apply_event("tableDeleted", {"id": "a"})
    store.apply_event("tableDeleted", {"id": "b"})
    assert "a" not in store.tables and store.is_deleted("a")
    store.begin_sync()
    store.apply_snapshot([table("a", 2, number="4")])  # the restored database holds "a" only
    assert store.tables["a"].number == "4"
    rec = Recorder(store)
    store.apply_event("tableStatusUpdate", table_json(
        "a", 3, number="4", status="occupied", guestCount=2,
        statusChangedAt="2026-11-25T20:00:00.000Z"))
    assert store.tables["a"].status.value == "occupied" and store.tables["a"].guest_count == 2
    assert [c.aspects for c in rec.changes] == [{Aspect.STATUS, Aspect.GUESTS}]
    assert not store.is_deleted("a")
    # the server's own copy of it is taken too (a confirmation after a version jump)
    store.apply_confirmed("a", table("a", 40, number="4", status="cleaning"))
    assert store.tables["a"].status.value == "cleaning"
    # "b", not in the snapshot, stays deleted: a late event never brings it back
    store.apply_event("tableStatusUpdate", table_json("b", 2, number="5", status="occupied"))
    assert "b" not in store.tables and store.is_deleted("b")


def test_a_failed_snapshot_releases_the_held_events():
    store = BranchStore("br-1")
    store.begin_sync()
    store.apply_event("tableCreated", table_json("a", 1))
    store.apply_event("tableUpdated", table_json("a", 2, number="7"))
    rec = Recorder(store)
    store.cancel_sync()
    assert store.tables["a"].number == "7" and not store.syncing
    assert [c.aspects for c in rec.changes] == [{Aspect.CREATED}]


def test_a_failing_listener_does_not_stop_the_others(caplog):
    store = BranchStore("br-1")
    seen = []
    store.subscribe(lambda u: 1 / 0)
    unsubscribe = store.subscribe(seen.append)
    store.apply_event("tableCreated", table_json("a", 1))
    assert len(seen) == 1 and "listener failed" in caplog.text
    unsubscribe()
    store.apply_event("tableCreated", table_json("b", 1))
    assert len(seen) == 1


# --- the property ---------------------------------------------------------------------------


@st.composite
def service(draw):
    """A server's history for several tables, and one way a client could receive it.

    Returns (events, delivery, sync_at, snapshot_point, snapshot_applied_at): ``events``
    in the order the server committed them; ``delivery`` indices into it, in any order,
    each at least once; the client begins a sync before delivery position ``sync_at`` and
    applies a snapshot of the server's state after ``snapshot_point`` committed events
    before position ``snapshot_applied_at``. The snapshot point is never before an event
    the client received before it asked, because the server emits only after commit.
    """
    n_tables = draw(st.integers(1, 5))
    histories = []
    for i in range(n_tables):
        tid = f"t{i}"
        n = draw(st.integers(1, 5))
        evs = []
        for v in range(1, n + 1):
            fields = {"status": draw(st.sampled_from(STATUSES)),
                      "number": draw(st.sampled_from(["1", "2", "B3"])),
                      "x": draw(st.integers(0, 3)) * 10}
            evs.append(("tableCreated" if v == 1 else "tableUpdated", table_json(tid, v, **fields)))
        if draw(st.booleans()):
            evs.append(("tableDeleted", {"id": tid}))
        histories.append(evs)
    # interleave the tables' histories, keeping each one's order: the commit order
    events = []
    cursors = [0] * n_tables
    while any(c < len(h) for c, h in zip(cursors, histories, strict=True)):
        live = [i for i in range(n_tables) if cursors[i] < len(histories[i])]
        i = draw(st.sampled_from(live))
        events.append(histories[i][cursors[i]])
        cursors[i] += 1
    delivery = list(range(len(events)))
    delivery += draw(st.lists(st.sampled_from(delivery), max_size=len(events)))  # duplicates
    delivery = draw(st.permutations(delivery))
    sync_at = draw(st.integers(0, len(delivery)))
    received_before = [k for k in delivery[:sync_at]]
    earliest = max(received_before, default=-1) + 1
    snapshot_point = draw(st.integers(earliest, len(events)))
    snapshot_applied_at = draw(st.integers(sync_at, len(delivery)))
    return events, delivery, sync_at, snapshot_point, snapshot_applied_at


def server_state(events, upto):
    state: dict[str, dict] = {}
    for name, payload in events[:upto]:
        if name == "tableDeleted":
            del state[payload["id"]]
        else:
            state[payload["id"]] = payload
    return state


@settings(max_examples=400, deadline=None)
@given(service())
def test_any_delivery_converges_to_the_server_and_deletions_are_final(history):
    events, delivery, sync_at, snapshot_point, applied_at = history
    store = BranchStore("br-1")
    rec = Recorder(store)
    snapshot = [Table.from_json(p) for p in server_state(events, snapshot_point).values()]
    deleted_seen: set[str] = set()
    for pos in range(len(delivery) + 1):
        if pos == sync_at:
            store.begin_sync()
        if pos == applied_at:
            store.apply_snapshot(snapshot)
        if pos == len(delivery):
            break
        name, payload = events[delivery[pos]]
        store.apply_event(name, payload)
        if name == "tableDeleted" and not store.syncing:
            deleted_seen.add(payload["id"])
        if not store.syncing:
            assert not deleted_seen & store.tables.keys(), "a deleted table came back"
    final = {tid: t.to_json() for tid, t in store.tables.items()}
    assert final == server_state(events, len(events))
    assert visible(rec.mirror) == visible(store.tables), "the reported changes do not add up to the state"


# --- bounds against hostile input ------------------------------------------------------


def test_a_version_far_above_the_held_one_waits_for_the_server():
    store = BranchStore("br-1", version_jump=100)
    store.apply_snapshot([table("t-1", 5)])
    suspects = []
    store.on_suspect = suspects.append
    assert store.apply_event("tableStatusUpdate", table_json("t-1", 106, status="occupied")) == ()
    assert store.tables["t-1"].version == 5 and [t.version for t in suspects] == [106]
    # within the bound: applied at once
    store.apply_event("tableStatusUpdate", table_json("t-1", 105, status="reserved"))
    assert store.tables["t-1"].version == 105
    # the server's own copy wins whatever its version; not found means deleted
    store.apply_confirmed("t-1", table("t-1", 9000, status="cleaning"))
    assert store.tables["t-1"].version == 9000
    store.apply_confirmed("t-1", None)
    assert "t-1" not in store.tables and store.is_deleted("t-1")


def test_suspects_held_during_a_snapshot_are_checked_against_it():
    store = BranchStore("br-1", version_jump=100)
    suspects = []
    store.on_suspect = suspects.append
    store.begin_sync()
    store.apply_event("tableUpdated", table_json("t-1", 500))
    store.apply_snapshot([table("t-1", 2)])
    assert store.tables["t-1"].version == 2 and [t.version for t in suspects] == [500]


def test_a_confirmation_during_a_snapshot_leaves_it_to_the_snapshot():
    store = BranchStore("br-1")
    store.apply_snapshot([table("t-1", 2)])
    store.begin_sync()
    assert store.apply_confirmed("t-1", table("t-1", 9000)) == ()
    store.apply_snapshot([table("t-1", 3)])
    assert store.tables["t-1"].version == 3


def test_tombstones_are_bounded_and_forget_the_oldest():
    store = BranchStore("br-1", max_tombstones=50)
    for i in range(500):
        store.apply_event("tableDeleted", {"id": f"forged-{i}"})
    assert store.is_deleted("forged-499") and not store.is_deleted("forged-0")
    assert len(store._tombstones) == 50


def test_a_periodic_snapshot_publishes_nothing_when_nothing_changed():
    store = BranchStore("br-1")
    store.apply_snapshot([table("t-1", 2)])
    rec = Recorder(store)
    store.begin_sync()
    store.apply_snapshot([table("t-1", 2)], periodic=True)
    assert rec.updates == []
    store.begin_sync()
    store.apply_snapshot([table("t-1", 3, status="occupied")], periodic=True)
    assert len(rec.updates) == 1 and not rec.updates[0].resynced


def test_reference_data_reloaded_unchanged_is_not_published_again():
    # Every reconnect reloads the floor plans, sections and users; a view redraws every
    # table on a reference update, so one is sent only when something differs.
    from floorview.core.model import Branch, FloorPlan, TableSection, User

    store = BranchStore("br-1")
    updates: list[Update] = []
    store.subscribe(updates.append)

    def load(plan_name: str = "Main") -> None:
        store.set_reference(
            branch=Branch.from_json({"id": "br-1", "name": "Harbour", "timezone": "UTC"}),
            floor_plans=[FloorPlan.from_json({"id": "fp-1", "branchId": "br-1", "name": plan_name,
                                              "width": 800, "height": 600})],
            sections=[TableSection.from_json({"id": "s-1", "branchId": "br-1", "name": "A"})],
            users=[User.from_json({"id": "u-1", "name": "Ana", "role": "server", "branchIds": ["br-1"]})],
        )

    load()
    load()
    assert [u.reference for u in updates] == [True]
    load("Main Dining")
    assert [u.reference for u in updates] == [True, True]
    assert store.floor_plans[0].name == "Main Dining"


# --- snapshot items that do not parse (contract §4 rule 6) ------------------------------


def _held(store, *tables):
    store.apply_snapshot(list(tables))
    return Recorder(store)


def test_an_unreadable_item_keeps_its_table_marked_not_confirmed_without_a_change():
    store = BranchStore("br-1")
    rec = _held(store, table("a", 1), table("b", 3, status="occupied"))
    store.begin_sync(shown=True)
    healed = store.apply_snapshot([table("a", 1)], periodic=True, unreadable={"b"})
    assert healed == ()  # no change, so no "deleted" anywhere
    assert store.tables["b"].version == 3 and store.tables["b"].status.value == "occupied"
    assert store.unconfirmed == {"b"} and store.is_unconfirmed("b") and not store.is_unconfirmed("a")
    assert rec.changes == [] and [u.marks for u in rec.updates] == [{"b"}]
    # the next unreadable answer changes nothing and says nothing
    store.begin_sync(shown=True)
    store.apply_snapshot([table("a", 1)], periodic=True, unreadable={"b"})
    assert len(rec.updates) == 1
    # a readable copy clears the mark, even one equal to the copy kept
    store.begin_sync(shown=True)
    assert store.apply_snapshot([table("a", 1), table("b", 3, status="occupied")], periodic=True) == ()
    assert store.unconfirmed == frozenset() and rec.updates[-1].marks == {"b"}


def test_a_newer_event_or_a_deletion_clears_the_mark():
    store = BranchStore("br-1")
    _held(store, table("a", 1), table("b", 1), table("c", 1))
    store.begin_sync(shown=True)
    store.apply_snapshot([], periodic=True, unreadable={"a", "b", "c"})
    assert store.unconfirmed == {"a", "b", "c"}
    rec = Recorder(store)
    assert store.apply_event("tableStatusUpdate", table_json("a", 1, status="occupied")) == ()
    assert store.is_unconfirmed("a")  # a duplicate version is no newer copy
    store.apply_event("tableStatusUpdate", table_json("a", 2, status="occupied"))
    store.apply_event("tableDeleted", {"id": "b"})
    assert store.unconfirmed == {"c"} and "b" not in store.tables
    assert [u.marks for u in rec.updates] == [{"a"}, {"b"}]
    assert [c.aspects for c in rec.changes] == [{Aspect.STATUS}, {Aspect.DELETED}]


def test_the_servers_own_copy_clears_the_mark():
    store = BranchStore("br-1")
    _held(store, table("a", 1))
    store.begin_sync(shown=True)
    store.apply_snapshot([], periodic=True, unreadable={"a"})
    rec = Recorder(store)
    store.apply_confirmed("a", table("a", 2, number="2"))
    assert not store.is_unconfirmed("a") and store.tables["a"].number == "2"
    assert rec.updates[-1].marks == {"a"}


def test_an_event_shown_during_the_sync_is_a_readable_copy_of_an_unreadable_item():
    store = BranchStore("br-1")
    _held(store, table("a", 1))
    store.begin_sync(shown=True)
    store.apply_event("tableStatusUpdate", table_json("a", 2, status="occupied"))
    store.apply_snapshot([], periodic=True, unreadable={"a"})  # asked before the event
    assert store.tables["a"].version == 2 and not store.is_unconfirmed("a")


def test_a_partial_answer_removes_no_table_but_updates_the_readable_ones():
    store = BranchStore("br-1")
    rec = _held(store, table("a", 1), table("b", 1), table("c", 1))
    store.begin_sync(shown=True)
    store.apply_event("tableDeleted", {"id": "c"})  # a deletion is still a deletion
    healed = store.apply_snapshot([table("a", 2, number="7"), table("new", 1)], periodic=True,
                                  partial=True)
    assert {t: v.version for t, v in store.tables.items()} == {"a": 2, "b": 1, "new": 1}
    assert store.unconfirmed == {"b"}  # absent from a partial answer: kept, not confirmed
    assert sorted((c.table_id, sorted(c.aspects)) for c in healed) == [
        ("a", [Aspect.DETAILS]), ("new", [Aspect.CREATED])]
    assert visible(rec.mirror) == visible(store.tables)
    # a whole answer afterwards is the truth again: b is gone now
    store.begin_sync(shown=True)
    store.apply_snapshot([table("a", 2, number="7"), table("new", 1)], periodic=True)
    assert set(store.tables) == {"a", "new"} and store.unconfirmed == frozenset()


def test_an_unreadable_item_on_the_first_snapshot_shows_nothing_for_it():
    store = BranchStore("br-1")
    rec = Recorder(store)
    store.begin_sync()
    store.apply_snapshot([table("a", 1)], unreadable={"b"}, partial=True)
    assert set(store.tables) == {"a"} and store.unconfirmed == frozenset()
    assert [c.table_id for c in rec.changes] == ["a"]
