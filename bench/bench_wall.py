"""How the wall keeps up: N branches' tiles at 1920×1080, status changes at RATE a second
spread over the group, for 5 s.

Run from the repository root (offscreen unless QT_QPA_PLATFORM says otherwise):

    python -m bench.bench_wall [--branches 200] [--rate 200]
    python -m bench.bench_wall --app [--group 200x24] [--rate 200] [--watch 30]

With ``--app``, the real app instead (``floorview --wall``, its window 1920×1080) against a
stub in a child process serving ``--group`` with its simulator at ``--rate`` changes a
second (its service's clock ``--speed`` times as fast: a service at 1 makes a few changes a
second), signed in as the area manager: it prints sign-in → the first tile painted with
its tables, → every tile's tables in and painted, → every tile's floor plans in and every
tile painted with them (the whole wall drawn then, the scrolled-out tiles too), the app's
CPU share of a core over that time and over ``--watch`` seconds after, its RSS (now and at
its peak), the wall's REST requests by kind and the 429s the token met.

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
    parser.add_argument("--app", action="store_true", help="the real app against a stub")
    parser.add_argument("--group", default="200x24", help="with --app: the stub's --group")
    parser.add_argument("--watch", type=float, default=30.0,
                        help="with --app: seconds watched once every tile is painted")
    parser.add_argument("--speed", type=float, default=200.0,
                        help="with --app: the simulated service's clock speed (the stub's "
                             "--simulate-speed; at 1 a service makes far fewer changes than --rate)")
    parser.add_argument("--shot", default="", help="with --app: the window, as a PNG, at the end")
    args = parser.parse_args()
    if args.app:
        sys.exit(run_app(args.group, args.rate, args.watch, args.shot, args.speed))
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


def _kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def _count(counts: dict[str, float], update) -> None:
    if update is not None and not update.resynced:
        counts["heard"] = counts.get("heard", 0.0) + len(update.changes)


def run_app(group: str, rate: int, watch: float, shot: str = "", speed: float = 200.0) -> int:
    """The real app's wall against a stub serving ``group`` (see the module)."""
    import tempfile

    from server_stub.testing import StubProcess

    home = tempfile.mkdtemp(prefix="bench-wall-")  # the app's settings, not the user's
    os.environ["XDG_CONFIG_HOME"] = home
    os.environ["FLOORVIEW_PASSWORD"] = "demo"
    with StubProcess(args=["--no-demo", "--group", group, "--simulate", str(rate),
                           "--simulate-speed", str(speed)]) as stub:
        print(f"stub on {stub.url}: --group {group}, --simulate {rate}, --simulate-speed {speed}",
              flush=True)
        return _drive_app(stub.url, watch, shot)


def _drive_app(url: str, watch: float, shot: str) -> int:
    from PySide6.QtCore import QTimer

    from floorview.app import entry
    from floorview.app.root import FloorviewApp
    from floorview.ui.wall.wall_view import WallView

    marks: dict[str, float] = {}
    cpu: dict[str, float] = {}
    holder: dict[str, FloorviewApp] = {}
    paint_tile = WallView.paint_tile

    def painted(view, painter, bid, rect) -> None:  # the first tile drawn with its tables
        paint_tile(view, painter, bid, rect)
        if "first" not in marks and (store := view.stores().get(bid)) is not None and store.tables:
            marks["first"] = time.perf_counter()

    WallView.paint_tile = painted  # type: ignore[method-assign]
    start = FloorviewApp.start

    async def started(self) -> bool:
        holder["app"] = self
        marks["sign-in"] = time.perf_counter()
        cpu["sign-in"] = time.process_time()
        return await start(self)

    FloorviewApp.start = started  # type: ignore[method-assign]

    def poll() -> None:
        app = holder.get("app")
        feed = app.walls.feed if app is not None else None
        follower = feed.follower if feed is not None else None
        if follower is None or app is None or app.opened is None or app.opened.wall is None:
            return
        if "counting" not in marks:  # the changes the wall hears, by table
            marks["counting"] = 1.0
            follower.subscribe(lambda _bid, update: _count(cpu, update))
            app.opened.store.subscribe(lambda update: _count(cpu, update))  # the open branch's
        page = app.opened.wall.page
        if app.window is not None and (app.window.width(), app.window.height()) != (1920, 1080):
            app.window.resize(1920, 1080)  # (after the app placed it on the screen)
        if page is None:
            return
        stores = page.view.stores()  # each tile's: the open branch's is its window's
        t0 = marks["sign-in"]
        if "tables" not in marks and all(s.tables for s in stores.values()):
            marks["tables"] = time.perf_counter()
            page.view.flush()
            page.view.grab()  # every tile with its tables, those scrolled out of sight too
            marks["tables painted"] = time.perf_counter()
        if "ready" not in marks and "tables" in marks and all(s.floor_plans for s in stores.values()):
            marks["ready"] = time.perf_counter()
            page.view.flush()
            page.view.grab()  # the whole wall, the tiles scrolled out of sight too
            marks["painted"] = time.perf_counter()
            cpu["painted"] = time.process_time()
            cpu["heard at painted"] = cpu.get("heard", 0.0)
            n = len(stores)
            tables = sum(len(s.tables) for s in stores.values())
            share = (cpu["painted"] - cpu["sign-in"]) / (marks["painted"] - t0)
            asked = ", ".join(f"{k} {v}" for k, v in follower.requests.items())
            print(f"{n} branches, {tables} tables; sign-in → first tile painted "
                  f"{marks.get('first', float('nan')) - t0:.2f} s, → every tile's tables in "
                  f"{marks['tables'] - t0:.1f} s and painted {marks['tables painted'] - t0:.1f} s, "
                  f"→ every tile's plans in {marks['ready'] - t0:.1f} s, → every tile painted "
                  f"with its plans {marks['painted'] - t0:.1f} s; CPU {100 * share:.0f} % of a "
                  f"core meanwhile; RSS {_kb('VmRSS') / 1024:.0f} MB; the wall's requests: "
                  f"{asked}; 429s seen: {follower.live.pacer.paused}", flush=True)
            QTimer.singleShot(int(watch * 1000), finish)

    def finish() -> None:
        share = (time.process_time() - cpu["painted"]) / (time.perf_counter() - marks["painted"])
        heard = cpu.get("heard", 0.0) - cpu["heard at painted"]
        app = holder["app"]
        feed = app.walls.feed
        paused = feed.follower.live.pacer.paused if feed is not None and feed.follower else 0
        print(f"then {watch:.0f} s, {heard / watch:.0f} table changes a second heard: "
              f"CPU {100 * share:.0f} % of a core; "
              f"RSS {_kb('VmRSS') / 1024:.0f} MB, peak {_kb('VmHWM') / 1024:.0f} MB; "
              f"429s seen: {paused}", flush=True)
        if shot and app.window is not None:
            app.window.grab().save(shot)
        app.request_quit()

    QApplication.instance() or QApplication([sys.argv[0]])  # (the app takes this one)
    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(100)
    return entry.main(["--server", url, "--email", "area@floorview.dev", "--wall"])


if __name__ == "__main__":
    main()
