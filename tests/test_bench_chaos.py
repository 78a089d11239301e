"""bench/chaos's own judges: the comparison that says "0 divergent" and the seeded fuzz."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from bench.chaos import ROOT, Fault, FaultFailed, Hostile, cut_sockets, divergent, report

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


def _chaos(**extra) -> dict:
    return {"faults": [Fault("cut", 0.0, 1.0, "1 socket(s) cut", 0.2)], "changes": 5,
            "states": 3, "divergent": [], "app_divergent": [], "tables": 2, "crashes": [],
            "app": "alive at the end", "seed": 4, "duration": 60.0, "speed": 60.0, **extra}


def test_a_fault_that_could_not_be_made_fails_the_session_and_is_named():
    text, ok = report(_chaos(), None, "bench/chaos", 1.0)
    assert ok and "| faults that could not be made | 0 |" in text
    text, ok = report(_chaos(fault_errors=["ss -K exit 1: Operation not permitted"]), None,
                      "bench/chaos", 1.0)
    assert not ok and "**Overall: FAIL**" in text
    assert "| faults that could not be made | 1: ss -K exit 1: Operation not permitted |" in text


def test_ss_missing_or_failing_raises_instead_of_a_quiet_restart(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # no ss here
    with pytest.raises(FaultFailed, match="ss failed"):
        cut_sockets(9)
    fake = tmp_path / "ss"
    fake.write_text("#!/bin/sh\necho 'Operation not permitted' >&2\nexit 1\n")
    fake.chmod(0o755)
    with pytest.raises(FaultFailed, match="exit 1: Operation not permitted"):
        cut_sockets(9)


def test_the_command_refuses_to_start_without_ss(tmp_path):
    env = {**os.environ, "PATH": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-m", "bench.chaos", "--duration", "5", "--fuzz", "0",
                           "--out", str(tmp_path / "r.md")], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert "`ss` (Debian's iproute2) is needed" in proc.stderr
    assert not (tmp_path / "r.md").exists()
