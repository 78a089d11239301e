"""The real app (``floorview.cli.main``), with what bench/run needs to watch it from outside.

    python bench/app_driver.py [--zoom fit|close] [--frames FILE] [--size WxH]
                               [--wall-by name|attention] -- FLOORVIEW-ARGS...

The app runs as it always does (its own parser, sign-in, window, session); this file
only adds, before it starts:

* ``--frames FILE``: one line per paint of a floor view or of the wall, ``start end``
  (epoch ms), so the bench sees every frame's length and the gaps between frames;
* ``--size WxH``: the offscreen screen that size, and the app's window filling it;
* ``BENCH_PROFILE=FILE``: the GUI thread profiled (cProfile) from ``wall-ready`` to the
  end, its stats written to FILE;
* ``BENCH_WALL_FRAME_MS`` and ``BENCH_WALL_BUDGET_MS`` in the environment: the wall's
  frame (its changes coalesced that long) and its paint's budget for new tile pictures,
  in ms, for what-if runs;
* with ``--wall``: ``--wall-by name`` puts the tiles in that order (as its toggle does:
  tiles that stay where they are); on stdout ``signed-in T`` as the first branch opens
  after the sign-in, ``wall-first T`` once a paint drew a tile with its tables,
  ``wall-tables T`` at the first paint of the wall once every branch is live with its
  tables (each tile drawn with them, its plans perhaps still to come);
  ``wall-ready T`` at the first paint of the wall once every branch is live with its
  tables and floor plans, then ``wall-visible`` and the JSON list of the branches whose
  tiles are wholly in view, and ``wall-own`` and the id of the branch the window itself
  opened (its hidden floor writes its own lines);
* on stdout, ``first-paint T`` when a floor with tables was first painted, ``ready T``
  once the view is at the asked zoom and painted, ``state NAME T`` at each change of the
  connection's state, ``painted-after-live T`` for the first frame after each "live";
* ``--zoom close``: six times the fit scale, centred (a manager looking at one area);
* ``--dump FILE``: when the app shuts down (SIGTERM, SIGINT, its window closed), the
  tables its store holds, as contract JSON sorted by id (as ``floorview watch --dump``),
  written just before the session stops: what the screen showed at the end;
* ``--changes FILE``: each change the app's store applied, one JSON line as ``floorview
  watch --jsonl`` prints it (``type`` "change", ``at``, ``id``, ``version``, ``deleted``,
  ``resync``), so a bench can check the app's journal kept each one.

Nothing here changes what the app does (but the what-if knobs, when set); the hooks wrap
a few methods and read the rest.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def now_ms() -> float:
    return time.time() * 1000.0


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--zoom", choices=("fit", "close"), default="fit")
    ap.add_argument("--frames", type=Path)
    ap.add_argument("--dump", type=Path)
    ap.add_argument("--changes", type=Path)
    ap.add_argument("--size", type=_size, metavar="WxH")
    ap.add_argument("--wall-by", choices=("name", "attention"))
    ap.add_argument("rest", nargs=argparse.REMAINDER)
    args = ap.parse_args(argv)
    app_args = [a for a in args.rest if a != "--"]
    screen = _screen_file(*args.size) if args.size is not None else None
    if screen is not None:  # before the QApplication: its platform reads it
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"

    from PySide6.QtCore import QEvent, QTimer
    from PySide6.QtWidgets import QApplication

    from floorview import app as app_module
    from floorview.ui.floor.floor_view import FloorView

    qapp = QApplication.instance() or QApplication([sys.argv[0]])
    if screen is not None:  # read
        screen.unlink(missing_ok=True)
    frames = open(args.frames, "a", encoding="utf-8", buffering=1) if args.frames else None  # noqa: SIM115
    seen = {"first": False, "ready": False, "after_live": False}
    zoom = {"done": args.zoom == "fit"}

    original_viewport_event = FloorView.viewportEvent

    def viewport_event(self, event):
        if event.type() != QEvent.Type.Paint:
            return original_viewport_event(self, event)
        start = now_ms()
        handled = original_viewport_event(self, event)
        end = now_ms()
        if frames is not None:
            frames.write(f"{start:.3f} {end:.3f}\n")
        scene = self.floor_scene()
        if scene is not None and scene.table_items():
            if not seen["first"]:
                seen["first"] = True
                say(f"first-paint {end:.3f}")
            if zoom["done"] and not seen["ready"]:
                seen["ready"] = True
                say(f"ready {end:.3f}")
            if not seen["after_live"]:
                seen["after_live"] = True
                say(f"painted-after-live {end:.3f}")
        return handled

    FloorView.viewportEvent = viewport_event

    holder: dict = {}  # the app, once its first session says its state
    watch_wall(holder, args, frames, qapp, app_module)

    original_status = app_module.FloorviewApp.on_session_status
    changes = open(args.changes, "a", encoding="utf-8", buffering=1) if args.changes else None  # noqa: SIM115
    followed: list = []  # the store whose changes go to --changes

    def write_changes(update) -> None:
        from floorview.core.model import format_time

        at = format_time(datetime.now(UTC))
        for c in update.changes:
            changes.write(json.dumps({"type": "change", "at": at, "id": c.table_id,
                                      "version": c.table.version, "deleted": c.after is None,
                                      "resync": update.resynced}) + "\n")

    def on_session_status(self, status):
        holder["app"] = self
        say(f"state {status.state.name} {now_ms():.3f}")
        store = self.store
        if changes is not None and store is not None and store not in followed:
            followed.append(store)  # before its first snapshot: a status comes first
            store.subscribe(write_changes)
        if status.state.name == "LIVE":
            seen["after_live"] = False
            for view in getattr(self.window, "views", {}).values():
                view.viewport().update()
        return original_status(self, status)

    app_module.FloorviewApp.on_session_status = on_session_status

    if args.dump is not None:
        from floorview.commands.watch import write_dump

        original_shutdown = app_module.FloorviewApp.shutdown

        async def shutdown(self):
            if self.store is not None and not getattr(self, "_dumped", False):
                self._dumped = True
                write_dump(args.dump, self.store.tables)
                say(f"dumped {len(self.store.tables)} {now_ms():.3f}")
            return await original_shutdown(self)

        app_module.FloorviewApp.shutdown = shutdown

    def zoom_when_shown() -> None:
        if zoom["done"]:
            return
        for w in qapp.topLevelWidgets():
            view = getattr(w, "current_view", None)
            view = view() if callable(view) else None
            if view is not None and view.floor_scene() is not None \
                    and view.floor_scene().table_items() and view.isVisible():
                view.fit_to_window()
                view.zoom_by(6.0)
                view.settle_zoom()
                zoom["done"] = True
                view.viewport().update()
                return
        QTimer.singleShot(50, zoom_when_shown)
    snapshots = os.environ.get("BENCH_TRACEMALLOC")
    if snapshots:  # memory hunting: SIGUSR1 dumps a tracemalloc snapshot to FILE.N
        import signal
        import tracemalloc

        tracemalloc.start(12)
        count = [0]

        def dump(*_):
            count[0] += 1
            tracemalloc.take_snapshot().dump(f"{snapshots}.{count[0]}")
            say(f"snapshot {count[0]} {now_ms():.3f}")

        signal.signal(signal.SIGUSR1, dump)

        def trim(*_):
            import ctypes

            ctypes.CDLL("libc.so.6").malloc_trim(0)
            say(f"trimmed {now_ms():.3f}")

        signal.signal(signal.SIGUSR2, trim)

    memstats = os.environ.get("BENCH_MEMSTATS")
    if memstats:  # memory hunting: malloc's own figures a line every few seconds to FILE
        from bench.rss import MemStats

        stats = MemStats(memstats, float(os.environ.get("BENCH_MEMSTATS_EVERY", "20")))
        stats.start()
    QTimer.singleShot(50, zoom_when_shown)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from floorview.cli import main as cli_main

    try:
        return cli_main(app_args)
    finally:
        for file in (frames, changes):
            if file is not None:
                file.close()
        if holder.get("profile") is not None:
            holder["profile"].disable()
            holder["profile"].dump_stats(os.environ["BENCH_PROFILE"])


def _size(text: str) -> tuple[int, int]:
    w, _, h = text.lower().partition("x")
    return int(w), int(h)


def _screen_file(width: int, height: int) -> Path:
    """The offscreen platform's configuration: one screen of ``width`` × ``height``."""
    import tempfile

    screen = {"name": "bench", "x": 0, "y": 0, "width": width, "height": height,
              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    fd, name = tempfile.mkstemp(prefix="floorview-screen-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump({"screens": [screen]}, f)
    return Path(name)


def watch_wall(holder: dict, args, frames, qapp, app_module) -> None:
    """``--frames`` for the wall's paints too; ``--size``'s window; ``--wall-by``; the
    ``wall-ready`` lines (see the module)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QRegion

    from floorview.core.live import ConnState
    from floorview.ui.wall import wall_view
    from floorview.ui.wall.wall_view import WallView

    # What-if runs: the wall's frame (its changes' coalescing) and its paint's budget for
    # new tile pictures, in ms, set from outside (read when a wall is built and at each paint).
    for knob, name in (("BENCH_WALL_FRAME_MS", "FRAME_MS"), ("BENCH_WALL_BUDGET_MS", "PAINT_BUDGET_MS")):
        if os.environ.get(knob):
            setattr(wall_view, name, type(getattr(wall_view, name))(os.environ[knob]))
            say(f"what-if {name} {getattr(wall_view, name)}")

    state = {"ready": False, "said": False, "first": False, "tables": False, "tables_said": False}
    original_paint = WallView.paintEvent

    def paint(self, event):
        start = now_ms()
        drawn = self.tiles_painted
        original_paint(self, event)
        end = now_ms()
        if frames is not None:
            frames.write(f"{start:.3f} {end:.3f}\n")
        if not state["first"]:
            stores = self.stores()
            new = self.tiles_painted - drawn  # the last ones of painted_ids (it keeps 1,000)
            if new and any(b in stores and stores[b].tables for b in list(self.painted_ids)[-new:]):
                state["first"] = True
                say(f"wall-first {end:.3f}")
        if state["tables"] and not state["tables_said"]:
            state["tables_said"] = True
            say(f"wall-tables {end:.3f}")
        if state["ready"] and not state["said"]:
            state["said"] = True
            app = holder["app"]
            whole = [b for b in self.branch_ids()
                     if QRegion(self.tile_rect(b)).subtracted(self.visibleRegion()).isEmpty()]
            say(f"wall-ready {end:.3f}")
            if os.environ.get("BENCH_PROFILE"):  # the GUI thread from here to the end
                import cProfile

                holder["profile"] = cProfile.Profile()
                holder["profile"].enable()
            say("wall-visible " + json.dumps(whole))
            say("wall-own " + json.dumps(app.opened.branch.id if app.opened else ""))

    WallView.paintEvent = paint
    original_open = app_module.FloorviewApp.open_branch

    def open_branch(self, branch, carried=None):
        if "signed-in" not in state:
            state["signed-in"] = True
            say(f"signed-in {now_ms():.3f}")
        return original_open(self, branch, carried)

    app_module.FloorviewApp.open_branch = open_branch

    def poll() -> None:
        app = holder.get("app")
        if app is None:
            return
        if args.size is not None and app.window is not None \
                and (app.window.width(), app.window.height()) != args.size:
            app.window.resize(*args.size)  # (after the app placed it on its screen)
        switch = app.opened.wall if app.opened is not None else None
        page = switch.page if switch is not None else None
        feed = app.walls.feed
        follower = feed.follower if feed is not None else None
        if page is None or follower is None or state["ready"]:
            return
        if args.wall_by is not None and page.order_button.isChecked() != (args.wall_by == "name"):
            page.order_button.setChecked(args.wall_by == "name")
        stores, states = follower.stores, follower.states
        feeds = follower.live.feeds
        # (the open branch's tile is its window session's: the follower let go of it)
        followed = [(b, s) for b, s in stores.items() if not (b in feeds and feeds[b].released)]
        if not switch.showing_wall or app.store is None or not app.store.tables:
            return
        if not state["tables"] and all(
                (st := states.get(b)) is not None and st.state is ConnState.LIVE and s.tables
                for b, s in followed):
            state["tables"] = True  # every tile drawn with its tables (its plans may follow)
            page.view.update()
        if all((st := states.get(b)) is not None and st.state is ConnState.LIVE
               and s.tables and s.floor_plans for b, s in followed):
            state["ready"] = True
            page.view.update()

    timer = QTimer(qapp)
    timer.timeout.connect(poll)
    timer.start(100)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
