"""bench/cluster's judges: when watch first held a write, and the report's verdict."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime, timedelta

from bench.cluster import Outage, first_applied, report
from bench.docsection import markers, with_section
from bench.followers import Applied

T0 = datetime(2026, 12, 7, 20, 0, tzinfo=UTC)
ARGS = argparse.Namespace(kills=3, outage=20.0, quiet=60.0)


def test_a_write_is_held_from_the_first_change_at_its_version_or_later():
    applied = [Applied(T0, "t1", 4, False), Applied(T0 + timedelta(seconds=3), "t1", 6, False),
               Applied(T0 + timedelta(seconds=5), "t1", 5, False)]
    assert first_applied(applied, "t1", 5) == T0 + timedelta(seconds=3)
    assert first_applied(applied, "t1", 7) is None
    assert first_applied(applied, "t2", 1) is None


def test_the_report_passes_only_with_nothing_divergent_unseen_or_never_live_again():
    fine = Outage(writes=40, longest=14.2, after_back=0.0)
    text, ok = report(ARGS, [0.8, 0.6, 0.9], fine, (4.0, 4.0), 0, 47, 120, 150.0)
    assert ok and "**Overall: pass**" in text and "0.80, 0.60, 0.90 s" in text
    assert "| of it after Redis was back | 0.0 s |" in text
    assert not report(ARGS, [0.8], fine, (4.0, 4.0), 1, 47, 120, 150.0)[1]
    assert not report(ARGS, [float("inf")], fine, (4.0, 4.0), 0, 47, 120, 150.0)[1]
    unseen = Outage(writes=40, unseen=1)
    assert not report(ARGS, [0.8], unseen, (4.0, 4.0), 0, 47, 120, 150.0)[1]


def test_its_section_is_kept_beside_the_others():
    doc = with_section("# Reliability figures\n", "bench/chaos", "chaos text")
    doc = with_section(doc, "bench/cluster", "cluster text")
    doc = with_section(doc, "bench/cluster", "cluster again")
    assert "chaos text" in doc and "cluster again" in doc and "cluster text" not in doc
    assert doc.count(markers("bench/cluster")[0]) == 1
