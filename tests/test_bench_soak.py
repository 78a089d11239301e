"""bench/soak's judge: a real pytest child that passes, fails, or dies of a segfault is
counted as such, and the report says so."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bench.soak import ROOT

SUITE = '''
import faulthandler, os

def test_ok():
    assert 1 + 1 == 2

def test_maybe_fails():
    assert os.environ.get("SOAK_FAIL") != "1"

def test_maybe_crashes():
    if os.environ.get("SOAK_CRASH") == "1":
        faulthandler._sigsegv()
'''


def soak(tmp_path: Path, runs: int, **env: str) -> tuple[int, str, str]:
    (tmp_path / "test_tiny.py").write_text(SUITE)
    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    out = tmp_path / "soak.md"
    proc = subprocess.run(
        [sys.executable, "-m", "bench.soak", "--runs", str(runs), "--out", str(out),
         "--logs", str(tmp_path / "logs"), "--", "-c", str(tmp_path / "pytest.ini"),
         str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=110,
        env={**os.environ, **env})
    return proc.returncode, proc.stdout, out.read_text()


def test_runs_that_pass_are_counted_and_the_soak_passes(tmp_path):
    rc, stdout, doc = soak(tmp_path, 2)
    assert rc == 0, stdout
    assert "| crashes | 0 |" in doc and "| runs that passed | 2 |" in doc
    assert "| longest streak of passing runs in a row | 2 |" in doc
    assert "3 passed" in doc and "**Overall: pass** (0 crashes in 2 runs)" in doc
    assert "- runs: 2 of 2\n" in doc and "- dates: 20" in doc
    assert "--logs" not in doc and f"-- -c {tmp_path / 'pytest.ini'}" in doc


def test_a_segfault_is_a_crash_with_faulthandlers_stack_and_the_soak_fails(tmp_path):
    rc, stdout, doc = soak(tmp_path, 1, SOAK_CRASH="1")
    assert rc == 1
    assert "| crashes | 1 |" in doc and "| 1 |" in doc
    assert "Fatal Python error: Segmentation fault" in doc
    assert "test_maybe_crashes" in doc  # faulthandler's stack names the test's frame
    assert "**Overall: FAIL** (1 crash in 1 runs)" in doc


def test_a_soak_under_way_says_so_and_a_failure_fails_it_at_once(tmp_path):
    from datetime import UTC, datetime

    from bench.soak import Run, report

    def run(n: int, rc: int) -> Run:
        return Run(n, datetime(2026, 12, 1, 19, n, tzinfo=UTC), 400.0, rc, "9 passed",
                   tmp_path / f"run-{n}.log")

    assert "**Overall: not finished, 18 runs to go** (0 crashes in 2 runs)" in report(
        [run(1, 0), run(2, 0)], 20, "bench/soak", "abc", "m")
    assert "- runs: 2 of 20 (not all: still running, or stopped)" in report(
        [run(1, 0), run(2, 0)], 20, "bench/soak", "abc", "m")
    assert "**Overall: FAIL** (1 crash in 2 runs)" in report(
        [run(1, 0), run(2, -11)], 20, "bench/soak", "abc", "m")


def test_failing_tests_are_named_and_are_not_crashes(tmp_path):
    rc, stdout, doc = soak(tmp_path, 1, SOAK_FAIL="1")
    assert rc == 1
    assert "| crashes | 0 |" in doc and "| runs with failing tests | 1 |" in doc
    assert "test_tiny.py::test_maybe_fails" in doc and "1 failed, 2 passed" in doc
