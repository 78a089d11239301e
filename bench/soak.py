"""The suite soak: the whole pytest suite run N times in a row, every crash counted.

    bench/soak [--runs 20] [--out docs/soak.md] [--stress N] [-- PYTEST ARGS]

Each run is a fresh ``python -X faulthandler -m pytest`` (the suite as ``scripts/test``
runs it, plus any PYTEST ARGS), its output kept in a log file. A run is a **crash** when
the process died of a signal or printed "Fatal Python error" (faulthandler's stack is
copied into the report); **failed** when pytest reported failed or erroring tests (they
are named); **interrupted** for any other non-zero exit. ``--stress N`` sets
FLOORVIEW_STRESS, which multiplies the collector test's window builds.

The report is rewritten after every run, so a soak stopped early still says how far it
got. Exit 0 only when every run passed.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import os
import re
import shlex
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUMMARY = re.compile(r"^=+ (?P<body>.*\d+ (?:passed|failed|error|errors|skipped).*) in "
                     r"(?P<secs>[\d.]+)s", re.M)
NAMED = re.compile(r"^(?:FAILED|ERROR) (\S+)", re.M)
FATAL_LINES = 40  # of faulthandler's report copied into the doc


@dataclass
class Run:
    n: int
    started: datetime
    seconds: float
    rc: int
    summary: str
    log: Path
    named: list[str] = field(default_factory=list)
    fatal: str = ""

    @property
    def verdict(self) -> str:
        if self.rc < 0 or self.fatal:
            return "crash"
        if self.rc == 0:
            return "pass"
        return "failed" if self.rc == 1 else "interrupted"


def judge(n: int, started: datetime, seconds: float, rc: int, output: str, log: Path) -> Run:
    """What one run's exit code and output say."""
    matches = list(SUMMARY.finditer(output))
    match = matches[-1] if matches else None  # the last summary line is pytest's own
    summary = match.group("body").strip() if match else "no summary line"
    fatal = ""
    at = output.find("Fatal Python error")
    if at >= 0:
        fatal = "\n".join(output[at:].splitlines()[:FATAL_LINES])
    if rc < 0 and not fatal:
        fatal = f"killed by {signal.Signals(-rc).name}"
    return Run(n, started, seconds, rc, summary, log, sorted(set(NAMED.findall(output))), fatal)


def commit() -> str:
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout.strip()

    head = git("rev-parse", "--short", "HEAD") or "?"
    return head + (" (with uncommitted changes)" if git("status", "--porcelain", "-uno") else "")


def report(runs: list[Run], planned: int, command: str, where: str, machine: str) -> str:
    crashes = sum(r.verdict == "crash" for r in runs)
    passed = sum(r.verdict == "pass" for r in runs)
    best = max((len(list(group)) for passing, group in
                itertools.groupby(r.verdict == "pass" for r in runs) if passing), default=0)
    lines = [
        "# The suite soak", "",
        "Written by `bench/soak` (bench/soak.py): the whole pytest suite, run again and again "
        "in fresh processes with faulthandler on; a crash is a process killed by a signal or "
        "a \"Fatal Python error\".", "",
        f"- command: `{command}`",
        f"- commit: {where}",
        f"- machine: {machine}",
        f"- dates: {runs[0].started:%Y-%m-%d %H:%M} to "
        f"{runs[-1].started + timedelta(seconds=runs[-1].seconds):%Y-%m-%d %H:%M} UTC"
        if runs else "- dates: none yet",
        f"- runs: {len(runs)} of {planned}"
        + ("" if len(runs) == planned else " (not all: still running, or stopped)"),
        "",
        "| figure | value |", "|---|---|",
        f"| runs | {len(runs)} |",
        f"| crashes | {crashes} |",
        f"| runs that passed | {passed} |",
        f"| longest streak of passing runs in a row | {best} |",
        f"| runs with failing tests | {sum(r.verdict == 'failed' for r in runs)} |",
        f"| runs interrupted | {sum(r.verdict == 'interrupted' for r in runs)} |",
        "", "Each run:", "",
        "| # | started (UTC) | seconds | verdict | pytest's summary | failing tests |",
        "|---|---|---|---|---|---|",
    ]
    for r in runs:
        lines.append(f"| {r.n} | {r.started:%H:%M} | {r.seconds:.0f} | {r.verdict} | "
                     f"{r.summary} | {', '.join(r.named) or '-'} |")
    for r in runs:
        if r.fatal:
            lines += ["", f"Run {r.n}'s crash:", "", "```", r.fatal, "```"]
    overall = ("FAIL" if passed < len(runs) else "pass" if len(runs) == planned
               else f"not finished, {planned - len(runs)} runs to go")
    lines += ["", f"**Overall: {overall}** "
              f"({crashes} crash{'es' if crashes != 1 else ''} in {len(runs)} runs).", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    ours, extra = (argv[:argv.index("--")], argv[argv.index("--") + 1:]) if "--" in argv else (argv, [])
    p = argparse.ArgumentParser(prog="bench/soak", description=__doc__.split("\n\n")[0])
    p.add_argument("--runs", type=int, default=20, help="suite runs (default 20)")
    p.add_argument("--out", type=Path, default=ROOT / "docs" / "soak.md")
    p.add_argument("--stress", type=int, default=0, help="FLOORVIEW_STRESS for each run")
    p.add_argument("--logs", type=Path, default=None, help="where each run's log goes "
                   "(default: a new temporary directory, printed)")
    args = p.parse_args(ours)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    logs = args.logs or Path(tempfile.mkdtemp(prefix="floorview-soak-"))
    logs.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    if args.stress:
        env["FLOORVIEW_STRESS"] = str(args.stress)
    from bench.harness import machine

    shown = list(ours)  # where the logs went is no part of the result
    if "--logs" in shown:
        del shown[shown.index("--logs"):shown.index("--logs") + 2]
    command = "bench/soak " + shlex.join(shown + (["--", *extra] if extra else []))
    where = commit()
    cmd = [sys.executable, "-X", "faulthandler", "-m", "pytest", "-p", "no:cacheprovider", *extra]
    print(f"soak: {args.runs} runs of {shlex.join(cmd)}; logs in {logs}", flush=True)
    runs: list[Run] = []
    for n in range(1, args.runs + 1):
        log = logs / f"run-{n:02d}.log"
        started, t0 = datetime.now(UTC), time.monotonic()
        with log.open("w", encoding="utf-8") as f:
            rc = subprocess.run(cmd, cwd=ROOT, env=env, stdout=f, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL).returncode
        run = judge(n, started, time.monotonic() - t0, rc, log.read_text(errors="replace"), log)
        runs.append(run)
        print(f"soak: run {n}/{args.runs}: {run.verdict} in {run.seconds:.0f} s ({run.summary})"
              + (f" - {', '.join(run.named)}" if run.named else ""), flush=True)
        args.out.write_text(report(runs, args.runs, command, where, machine()), encoding="utf-8")
    print(report(runs, args.runs, command, where, machine()))
    print(f"soak: wrote {args.out}")
    return 0 if all(r.verdict == "pass" for r in runs) else 1


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        sys.exit(main())
    sys.exit(130)
