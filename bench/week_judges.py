"""bench/week's judges and its report: whether a session passed, and the section of
docs/reliability.md that says so (bench/week.py runs the session).

The judges, each tested on made-up inputs (tests/test_bench_week.py): how many token
expiries a follower must survive and how many it did (a renewal in its log, then "live"),
the changes it applied that its journal lacks (inside the disk-full episodes or outside
them), whether the app's resident memory is flat after ten minutes, and the verdict.
"""

from __future__ import annotations

import math
import os
import platform
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from bench.chaos import FAULT_GAP
from bench.followers import Applied
from floorview.core.journal import Entry

FOLLOWERS = ("watch", "app")
WINDOW_GRACE = 2.0  # s either side of a disk-full episode: writes held across its edges
#: Both followers run with ``--reconcile`` this many seconds. A follower notices an
#: expired token only when it next uses it (a reconnection, or its periodic
#: reconciliation while live): at the default minute, tokens of 20-30 s were found
#: expired once a minute, not once a token's life. A check every few seconds, answered
#: 304 when nothing changed, finds each expired token within that time.
RECONCILE_S = 5.0
FLAT_FROM_MINUTE = 10
FLAT_WITHIN = 0.10


@dataclass
class Made:
    kind: str
    at: float  # seconds from the start of the faults
    note: str = ""




# --- the judges -------------------------------------------------------------------------


def needed_expiries(duration: float, ttl: float) -> int:
    """The expiries each follower must have survived: one a token's life and the time to
    find it expired (at most RECONCILE_S), less two (the first token's and the last
    one's, which the session's edges may cut short)."""
    return max(0, math.floor(duration / (ttl + RECONCILE_S)) - 2)


#: States after which a follower does not go on by itself.
TERMINAL = frozenset({"unauthorized", "forbidden", "failed"})


def survived(renewals: list[float], states: list[tuple[float, str]]) -> int:
    """How many renewals (monotonic times) the follower went on after: live when it
    signed in again or live again later, and not ended (unauthorized, …) by it. A renewal
    on a live connection changes no state at all (the request is repeated), so staying
    live counts."""
    count = 0
    for t in renewals:
        current = [state for when, state in states if when <= t][-1:]
        after = [state for when, state in states if when > t]
        if after and after[0] in TERMINAL:
            continue
        count += any(state == "live" for state in current + after)
    return count


def journal_keys(entries: list[Entry]) -> Counter:
    """(table id, version, deleted) of every change a journal holds, and of each table of
    its first snapshot (where a follower's first sync is kept, as tables, not changes)."""
    keys: Counter = Counter()
    first = True
    for e in entries:
        if e.kind == "snapshot" and first:
            first = False
            keys.update((t["id"], int(t["version"]), False)
                        for t in (e.detail or {}).get("tables", []))
        keys.update((c.table_id, c.version, c.after is None) for c in e.changes)
    return keys


def lost_changes(applied: list[Applied], entries: list[Entry],
                 windows: list[tuple[datetime, datetime]]
                 ) -> tuple[list[Applied], list[Applied]]:
    """The applied changes the journal lacks: (outside the disk-full windows, inside one),
    each window widened by WINDOW_GRACE either side."""
    have = journal_keys(entries)
    grace = timedelta(seconds=WINDOW_GRACE)
    outside, inside = [], []
    for a in applied:
        key = (a.id, a.version, a.deleted)
        if have[key] > 0:
            have[key] -= 1
        elif any(start - grace <= a.at <= end + grace for start, end in windows):
            inside.append(a)
        else:
            outside.append(a)
    return outside, inside


def rss_flat(series: list[tuple[int, float]]) -> bool | None:
    """Whether the last sample is within FLAT_WITHIN of the FLAT_FROM_MINUTE one (None:
    no sample that late, or none after it)."""
    at = dict(series)
    base = at.get(FLAT_FROM_MINUTE)
    if base is None or series[-1][0] <= FLAT_FROM_MINUTE:
        return None
    return abs(series[-1][1] - base) <= FLAT_WITHIN * base


def verdict(r: dict[str, Any]) -> list[str]:
    """Why the session failed (empty: it passed)."""
    why = []
    for name in FOLLOWERS:
        f = r["followers"][name]
        if not f["alive"]:
            why.append(f"{name} not alive and live at the end ({f['end']})")
        if f["divergent"] is None:
            why.append(f"{name}'s tables not compared (no dump)")
        elif f["divergent"]:
            why.append(f"{name}: {len(f['divergent'])} divergent tables")
        if f["survived"] < r["needed"]:
            why.append(f"{name} survived {f['survived']} token expiries, fewer than "
                       f"{r['needed']}")
        if f["journal_error"]:
            why.append(f"{name}'s journal: {f['journal_error']}")
        elif f["lost_outside"]:
            why.append(f"{name}'s journal lost {f['lost_outside']} changes outside the "
                       "disk-full episodes")
    if r["fault_errors"]:
        why.append(f"{len(r['fault_errors'])} faults could not be made")
    return why


# --- the report ---------------------------------------------------------------------------


def _rss_text(r: dict[str, Any]) -> str:
    flat = r["rss_flat"]
    return {None: f"not judged (no sample after minute {FLAT_FROM_MINUTE})",
            True: f"flat (the last within {FLAT_WITHIN:.0%} of minute {FLAT_FROM_MINUTE}'s)",
            False: f"NOT flat (the last beyond {FLAT_WITHIN:.0%} of minute "
                   f"{FLAT_FROM_MINUTE}'s)"}[flat]


def report(r: dict[str, Any], command: str, took: float) -> tuple[str, bool]:
    why = verdict(r)
    ok = not why
    w, a = r["followers"]["watch"], r["followers"]["app"]
    by_kind = Counter(m.kind for m in r["made"])  # in the order each was first made
    made = ", ".join(f"{k} {n}" for k, n in by_kind.items()) or "none"
    errors = r["fault_errors"]

    def row(label: str, key: str, fmt=str) -> str:
        return f"| {label} | {fmt(w[key])} | {fmt(a[key])} |"

    def div(v):
        return "not compared" if v is None else f"{len(v)} of {r['tables']}"

    lines = [
        "## An unattended week in minutes (`bench/week`)", "",
        "Written by `bench/week` (bench/week.py); reproduce with the command below.", "",
        f"- machine: {platform.node()} · {platform.platform()} · {os.cpu_count()} cores · "
        f"Python {platform.python_version()}",
        f"- date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC · whole run {took:.0f} s",
        f"- command: `{command}`", "",
        f"A stub child process (`python -m server_stub --simulate {r['rate']} --simulate-speed "
        f"{r['speed']:g} --token-ttl {r['ttl']} --login-rate-limit 1000/60 --db F`) for {r['duration']:.0f} s, seed "
        f"{r['seed']}, behind `server_stub.proxy.FaultProxy`, through which `floorview watch "
        "--jsonl --dump --journal J1` and the app offscreen (`bench/app_driver.py`, "
        f"journal J2) follow it; a fault every {FAULT_GAP[0]:.0f}-{FAULT_GAP[1]:.0f} s. At "
        "the end the simulator stops (SIGUSR1), both catch up (and have had a "
        "reconciliation since the last table list the proxy spoiled), watch gets SIGINT and "
        "the app SIGTERM; each one's tables are compared field by field with "
        "`GET /restaurant/tables`, each change it applied is looked for in its journal, and "
        "each time its log says it signed in again, it must have been live again after.", "",
        "| figure | watch | the app |", "|---|---|---|",
        row("alive and live at the end", "end"),
        f"| token expiries survived (signed in again, then live) | {w['survived']} of "
        f"{w['renewals']} | {a['survived']} of {a['renewals']} |",
        f"| expiries needed | {r['needed']} | {r['needed']} |",
        row("divergent tables at the end", "divergent", div),
        row("changes applied", "applied"),
        row("journal changes lost outside disk-full episodes", "lost_outside"),
        row("journal changes lost inside them", "lost_inside"),
        f"| journal | {w['journal_error'] or 'read'} | {a['journal_error'] or 'read'} |",
        "", "| figure | value |", "|---|---|",
        f"| faults made | {len(r['made'])} ({made}) |",
        f"| faults that could not be made | {len(errors)}"
        f"{': ' + '; '.join(errors) if errors else ''} |",
        f"| the server's changes (sum of version steps) | {r['server_changes']} |",
        f"| the app's RSS, one sample a minute (minute: MB) | "
        f"{', '.join(f'{m}: {v:.0f}' for m, v in r['rss']) or 'none'} |",
        f"| the app's RSS after minute {FLAT_FROM_MINUTE} | {_rss_text(r)} |",
    ]
    if r.get("tmpfs_mb"):
        lines.append(f"| the journals' and the app's log's tmpfs | {r['tmpfs_mb']} MiB, "
                     f"{r['windows']} disk-full episodes |")
    lines.append("")
    for line in r["skipped"]:
        lines.append(f"Skipped: {line}.")
    if r["skipped"]:
        lines.append("")
    lines += [f"Expiries needed: {r['duration']:.0f} s / (token {r['ttl']} s + the "
              f"followers' check every {r['reconcile']:g} s) - 2. A follower finds its "
              "token expired only when it next uses it (a reconnection, or the periodic "
              "snapshot while live), so each token lives until the next check after it "
              "expires; the two at the session's edges may be cut short.", ""]
    if why:
        lines += ["Failures:", ""] + [f"- {line}" for line in why] + [""]
    lines += [f"**Overall: {'pass' if ok else 'FAIL'}** (both alive and live at the end, 0 "
              "divergent tables, enough expiries survived, 0 journal changes lost outside "
              "the disk-full episodes and every fault made required).", ""]
    return "\n".join(lines), ok
