"""How the wall keeps up: N branches' tiles at 1920×1080, status changes at RATE a second
spread over the group, for 5 s.

Run from the repository root (offscreen unless QT_QPA_PLATFORM says otherwise):

    python -m bench.bench_wall [--branches 200] [--rate 200]

It prints the first full paint, each loop turn's time (the changes applied to the stores,
the wall's frame: the changed tiles' facts and pictures, the blit), how many tiles were
drawn anew, and the process's CPU over the run (the changes' own cost included). Wall
clock on a shared machine: compare rows of one run.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from floorview.core.model import format_time  # noqa: E402
from floorview.core.samples import NOW, group_stores  # noqa: E402
from floorview.ui.wall.wall_page import WallPage  # noqa: E402

STATUSES = ["available", "occupied", "cleaning", "reserved"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--branches", type=int, default=200)
    parser.add_argument("--rate", type=int, default=200, help="changes a second")
    parser.add_argument("--seconds", type=float, default=5.0)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    branches, stores = group_stores(args.branches)
    page = WallPage(clock=lambda: NOW)
    page.resize(1920, 1080)
    t0 = time.perf_counter()
    page.set_branches(branches, stores)
    page.show()
    app.processEvents()
    page.view.repaint()
    first = time.perf_counter() - t0
    tables = sum(len(s.tables) for s in stores.values())
    print(f"{args.branches} branches, {tables} tables: first full paint {1000 * first:.0f} ms")
    rng = random.Random(1)
    ids = [(s, tid) for s in stores.values() for tid in list(s.tables)]
    view = page.view
    turns: list[float] = []
    painted = sent = 0
    start = time.perf_counter()
    cpu0 = time.process_time()
    while time.perf_counter() - start < args.seconds:
        due = int((time.perf_counter() - start) * args.rate)
        t = time.perf_counter()
        while sent < due:
            store, tid = rng.choice(ids)
            table = store.tables[tid]
            status = rng.choice(STATUSES)
            when = format_time(NOW - timedelta(minutes=rng.randint(0, 100)))
            store.apply_event("tableStatusUpdate", {
                **dict(table.raw), "status": status, "statusChangedAt": when,
                "guestCount": 2 if status in ("occupied", "reserved") else None,
                "version": table.version + 1})
            sent += 1
        view.painted_ids.clear()
        app.processEvents()
        turns.append(time.perf_counter() - t)
        painted += len(view.painted_ids)
        time.sleep(0.004)
    cpu = time.process_time() - cpu0
    ms = sorted(1000 * x for x in turns)
    print(f"{args.rate} changes/s for {args.seconds:.0f} s: {sent} changes, {len(ms)} loop turns, "
          f"turn p50 {ms[len(ms) // 2]:.1f} ms, p99 {ms[int(len(ms) * 0.99)]:.1f} ms, "
          f"max {ms[-1]:.1f} ms; {painted} tiles drawn anew; "
          f"CPU {100 * cpu / args.seconds:.0f} % of a core")
    page.deleteLater()


if __name__ == "__main__":
    main()
