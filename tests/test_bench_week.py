"""bench/week's own judges: the report with and without failures, the journal changes
lost (on a journal written by the real recorder and made-up change lines), the RSS
flatness rule, the expiries needed and survived, a fault that could not be made, and its
section of docs/reliability.md kept beside bench/chaos's."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from bench.docsection import markers, with_section
from bench.followers import Applied, applied_from_lines, divergent
from bench.week import stub_offers
from bench.week_judges import (
    RECONCILE_S,
    Made,
    journal_keys,
    lost_changes,
    needed_expiries,
    report,
    rss_flat,
    survived,
)
from floorview.core.journal import read as read_journal
from floorview.core.model import Table
from floorview.core.recorder import JournalRecorder
from floorview.core.store import BranchStore
from server_stub.proxy import DECIMAL_FIELDS
from tests.floorview.factories import table_json

T0 = datetime(2026, 12, 1, 20, 0, tzinfo=UTC)


def _journal(tmp_path, *, stop_after: int | None = None):
    """A journal the real recorder wrote: a first snapshot of t1 v1 and t2 v1, then t1 to
    v2, v3, v4 by events (the recorder closed after ``stop_after`` of them, so the
    rest are never written, as a follower that lost them)."""
    store = BranchStore("br-1")
    path = tmp_path / "j.journal"
    recorder = JournalRecorder(store, path=path, clock=lambda: T0).attach()
    store.apply_snapshot([Table.from_json(table_json("t1", 1)), Table.from_json(table_json("t2", 1))])
    closed = False
    for n, version in enumerate((2, 3, 4)):
        if stop_after is not None and n == stop_after:
            recorder.close()
            closed = True
        store.apply_event("tableStatusUpdate",
                          table_json("t1", version, status="occupied" if version % 2 else "cleaning"))
    if not closed:
        recorder.close()
    return read_journal(path)


def _applied(version: int, seconds: float, tid: str = "t1", deleted: bool = False) -> Applied:
    return Applied(T0 + timedelta(seconds=seconds), tid, version, deleted)


def test_the_journal_keys_are_its_first_snapshot_and_every_change(tmp_path):
    keys = journal_keys(_journal(tmp_path))
    assert set(keys) == {("t1", 1, False), ("t2", 1, False), ("t1", 2, False),
                         ("t1", 3, False), ("t1", 4, False)}


def test_changes_missing_from_the_journal_are_counted_inside_and_outside_the_windows(tmp_path):
    entries = _journal(tmp_path, stop_after=1)  # v3 and v4 never written
    applied = [_applied(1, 0.0), _applied(1, 0.0, "t2"), _applied(2, 10.0),
               _applied(3, 20.0), _applied(4, 40.0)]
    assert lost_changes(applied, entries, []) == ([applied[3], applied[4]], [])
    window = [(T0 + timedelta(seconds=15), T0 + timedelta(seconds=30))]
    assert lost_changes(applied, entries, window) == ([applied[4]], [applied[3]])
    # a window's edges are widened by a little (writes held across them): 31 s is inside
    late = _applied(3, 31.0)
    assert lost_changes([late], entries, window) == ([], [late])
    # every change kept: nothing lost; the same change applied twice is kept once
    (tmp_path / "whole").mkdir()
    whole = _journal(tmp_path / "whole")
    assert lost_changes(applied, whole, []) == ([], [])
    twice = [_applied(2, 10.0), _applied(2, 11.0)]
    assert lost_changes(twice, whole, []) == ([twice[1]], [])


def test_a_deletion_is_not_matched_by_the_same_version_kept_alive(tmp_path):
    entries = _journal(tmp_path)
    gone = _applied(4, 50.0, deleted=True)
    assert lost_changes([gone], entries, []) == ([gone], [])


def test_the_applied_changes_are_read_from_change_lines_only():
    lines = [json.dumps({"type": "state", "state": "live"}), "not json",
             json.dumps({"type": "change", "at": "2026-12-01T20:00:01.500Z", "id": "t1",
                         "version": 7, "deleted": True, "resync": False})]
    assert applied_from_lines(lines) == [Applied(T0 + timedelta(seconds=1.5), "t1", 7, True)]


def test_flat_means_the_last_sample_within_ten_percent_of_minute_ten():
    ramp = [(m, 100.0 + 5 * m) for m in range(11)]  # 150 MB at minute 10
    assert rss_flat(ramp + [(30, 164.0)]) is True
    assert rss_flat(ramp + [(30, 136.0)]) is True
    assert rss_flat(ramp + [(30, 166.0)]) is False  # +10.7 %
    assert rss_flat(ramp + [(30, 134.0)]) is False
    assert rss_flat(ramp) is None  # nothing after minute 10
    assert rss_flat([(0, 100.0), (1, 300.0)]) is None


def test_expiries_needed_are_one_a_tokens_life_and_the_check_that_finds_it():
    assert RECONCILE_S == 5.0
    assert needed_expiries(1800, 20) == 70  # 1800 / 25, less the two at the edges
    assert needed_expiries(1800, 25) == 58
    assert needed_expiries(1800, 115) == 13
    assert needed_expiries(90, 25) == 1


def test_a_renewal_counts_as_survived_only_when_live_came_after_it():
    states = [(1.0, "live"), (10.0, "reconnecting"), (11.0, "live"), (30.0, "unauthorized")]
    assert survived([10.5, 20.0], states) == 1
    assert survived([], states) == 0
    assert survived([5.0, 10.5], states) == 2


def test_a_renewal_on_a_live_connection_that_stays_live_survived_and_a_refused_one_did_not():
    assert survived([5.0, 9.0], [(1.0, "live")]) == 2  # renewed in place: no state change
    assert survived([5.0], [(1.0, "live"), (5.2, "unauthorized")]) == 0
    assert survived([5.0], [(1.0, "connecting")]) == 0  # never live after it


def _follower(**extra) -> dict:
    return {"alive": True, "end": "alive and live", "applied": 400, "renewals": 30,
            "survived": 30, "states": 90, "divergent": [], "journal_error": "",
            "lost_outside": 0, "lost_inside": 12, **extra}


def _result(watch=None, app=None, **extra) -> dict:
    return {"seed": 7, "duration": 1800.0, "speed": 600.0, "ttl": 25, "rate": 5,
            "needed": 28, "reconcile": 60.0, "skipped": [], "tables": 47,
            "server_changes": 5000, "made": [Made("kill", 3.0), Made("disk_full", 40.0, "x")],
            "fault_errors": [], "proxy_made": {}, "windows": 1,
            "rss": [(0, 130.0), (10, 150.0), (30, 152.0)], "rss_flat": True,
            "followers": {"watch": watch or _follower(), "app": app or _follower()}, **extra}


def test_the_report_passes_a_clean_session_and_says_what_it_skipped():
    text, ok = report(_result(skipped=["disk-full episodes: not root"]), "bench/week", 1900.0)
    assert ok and "**Overall: pass**" in text and "Failures:" not in text
    assert "| token expiries survived (signed in again, then live) | 30 of 30 | 30 of 30 |" in text
    assert "| faults made | 2 (kill 1, disk_full 1) |" in text
    assert "Skipped: disk-full episodes: not root." in text
    assert "| the app's RSS, one sample a minute (minute: MB) | 0: 130, 10: 150, 30: 152 |" in text


def test_the_report_fails_and_names_each_failure():
    died = _follower(alive=False, end="exited 3, last state unauthorized", renewals=1,
                     survived=1, lost_outside=193)
    text, ok = report(_result(watch=died, app=_follower(divergent=["t9"])), "bench/week", 1.0)
    assert not ok and "**Overall: FAIL**" in text
    assert "- watch not alive and live at the end (exited 3, last state unauthorized)" in text
    assert "- watch survived 1 token expiries, fewer than 28" in text
    assert "- watch's journal lost 193 changes outside the disk-full episodes" in text
    assert "- app: 1 divergent tables" in text
    assert "app not alive" not in text
    # changes lost inside the disk-full episodes are reported, never a failure
    assert "| journal changes lost inside them | 12 | 12 |" in text


def test_a_fault_that_could_not_be_made_fails_the_session_and_is_named():
    text, ok = report(_result(fault_errors=["cut_sockets at +40 s: no WebSocket relayed "
                                            "for 30 s"]), "bench/week", 1.0)
    assert not ok and "- 1 faults could not be made" in text
    assert "| faults that could not be made | 1: cut_sockets at +40 s: no WebSocket relayed " \
           "for 30 s |" in text


def test_each_bench_rewrites_its_own_section_and_keeps_the_others():
    doc = with_section("", "bench/chaos", "## chaos one", head="# Reliability figures")
    doc = with_section(doc, "bench/week", "## week one")
    doc = with_section(doc, "bench/chaos", "## chaos two")
    assert doc.startswith("# Reliability figures\n")
    assert "chaos one" not in doc and "## chaos two" in doc and "## week one" in doc
    assert doc.index("chaos two") < doc.index("week one")  # each stays where it was
    doc = with_section(doc, "bench/week", "## week two")
    assert "week one" not in doc and "## chaos two" in doc
    for name in ("bench/chaos", "bench/week"):
        begin, end = markers(name)
        assert doc.count(begin) == doc.count(end) == 1


def test_a_fault_needing_a_stub_option_is_made_once_the_stub_offers_it():
    # clock jumps switch on by themselves when `python -m server_stub --help` names the option
    assert stub_offers("--token-ttl") is True
    assert stub_offers("--no-such-option") is False


def test_a_decimal_string_is_the_number_it_spells_in_the_decimal_fields_only():
    server = [table_json("t1", 3, x=860, rotation=0)]
    spelled = [table_json("t1", 3, x="860.00", rotation="0.00")]
    assert divergent(spelled, server, decimals=DECIMAL_FIELDS) == []
    assert divergent(spelled, server) == ["t1"]  # bench/chaos compares spellings
    moved = [table_json("t1", 3, x="861.00", rotation="0.00")]
    assert divergent(moved, server, decimals=DECIMAL_FIELDS) == ["t1"]
    assert divergent([table_json("t1", 3, x="abc")], server, decimals=DECIMAL_FIELDS) == ["t1"]
    assert divergent([table_json("t1", "3", x=860)], server, decimals=DECIMAL_FIELDS) == ["t1"]
