"""How fast the floor view is at 2,000 tables: build, first paint, pan/zoom, bursts, caches.

Run from the repository root (offscreen unless QT_QPA_PLATFORM says otherwise):

    python -m bench.bench_floor [--tables 2000]

A "frame" is the operation (scroll, zoom, store events) plus the event-loop pass that
paints the 1920×1080 viewport. Times are wall clock on a shared machine: compare the
rows of one run, not runs of different days.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsView  # noqa: E402

from floorview.core.samples import NOW, big_store  # noqa: E402
from floorview.ui.floor.floor_scene import DisplaySettings, FloorScene  # noqa: E402
from floorview.ui.floor.floor_view import FloorView  # noqa: E402

STATUSES = ["available", "reserved", "occupied", "cleaning", "out_of_service"]


def ms(seconds: float) -> float:
    return seconds * 1000.0


def stats(samples: list[float]) -> str:
    s = sorted(samples)
    p95 = s[min(len(s) - 1, round(0.95 * (len(s) - 1)))]
    return f"p50 {statistics.median(s):6.1f}  p95 {p95:6.1f}  max {s[-1]:6.1f} ms  (n={len(s)})"


class Bench:
    def __init__(self, app: QApplication, tables: int) -> None:
        self.app = app
        t0 = time.perf_counter()
        self.store, self.plan = big_store(tables)
        t1 = time.perf_counter()
        self.scene = FloorScene(self.store, self.plan, settings=DisplaySettings(), clock=lambda: NOW)
        t2 = time.perf_counter()
        self.view = FloorView(self.scene)
        self.view.resize(1920, 1080)
        self.view.show()
        self.app.processEvents()
        t3 = time.perf_counter()
        print(f"tables: {tables} on a {self.plan.width:.0f}×{self.plan.height:.0f} plan")
        print(f"build: store from contract JSON {ms(t1 - t0):.0f} ms, scene {ms(t2 - t1):.0f} ms, "
              f"view + first paint {ms(t3 - t2):.0f} ms")
        self.version = 1

    def frame(self, op) -> float:
        t = time.perf_counter()
        op()
        self.app.processEvents()
        return ms(time.perf_counter() - t)

    def repaint(self) -> float:
        vp = self.view.viewport()
        t = time.perf_counter()
        vp.repaint()
        return ms(time.perf_counter() - t)

    def at_fit(self) -> None:
        self.view.fit_to_window()
        self.app.processEvents()

    def at_close(self, factor: float = 6.0) -> None:
        self.view.fit_to_window()
        self.view.zoom_by(factor)
        self.settle()

    def settle(self) -> None:
        """End the zoom gesture now (its timer would): items paint exactly again."""
        self.view.settle_zoom()
        self.app.processEvents()

    def pan_steps(self, n: int = 30, dx: int = 37, dy: int = 13) -> list[float]:
        h, v = self.view.horizontalScrollBar(), self.view.verticalScrollBar()
        out = []
        for i in range(n):
            sign = 1 if (i // 10) % 2 == 0 else -1

            def op(sign=sign):
                h.setValue(h.value() + sign * dx)
                v.setValue(v.value() + sign * dy)

            out.append(self.frame(op))
        return out

    def zoom_steps(self, n: int = 20) -> list[float]:
        return [self.frame(lambda i=i: self.view.zoom_by(1.08 if (i // 5) % 2 == 0 else 1 / 1.08))
                for i in range(n)]

    def settle_frame(self) -> float:
        """The frame that ends a zoom gesture: every table in view paints exactly."""
        return self.frame(self.view.settle_zoom)

    def repaints(self, n: int = 15) -> list[float]:
        return [self.repaint() for _ in range(n)]

    def events(self, count: int, offset: int = 0) -> None:
        self.version += 1
        tables = list(self.store.tables.values())
        for i in range(count):
            t = tables[(offset + i) % len(tables)]
            raw = dict(t.raw)
            raw["status"] = STATUSES[(STATUSES.index(t.status.value) + 1) % 5] if t.status.value in STATUSES else "available"
            raw["version"] = t.version + 1
            self.store.apply_event("tableStatusUpdate", raw)

    def burst(self, count: int) -> None:
        t0 = time.perf_counter()
        self.events(count)
        t1 = time.perf_counter()
        self.scene.flush()
        t2 = time.perf_counter()
        self.app.processEvents()
        t3 = time.perf_counter()
        print(f"  burst of {count} status events: store+listener {ms(t1 - t0):.0f} ms, "
              f"scene flush {ms(t2 - t1):.1f} ms, paint {ms(t3 - t2):.1f} ms "
              f"→ on screen {ms(t3 - t0):.0f} ms after the first event")

    def stream(self, per_frame: int, frames: int) -> list[float]:
        """Events arriving steadily: each frame gets ``per_frame`` and paints."""
        out = []
        for f in range(frames):
            def op(f=f):
                self.events(per_frame, offset=f * per_frame)
                self.scene.flush()
            out.append(self.frame(op))
        return out

    def force_item_cache(self, mode: QGraphicsItem.CacheMode | None) -> None:
        """Every item in ``mode`` whatever the zoom; None: back to the scene's policy."""
        self.scene.set_picture_cache(mode is None)  # items paint, in ``mode``; or the layer
        if mode is None:
            if "begin_zoom" in self.scene.__dict__:
                del self.scene.begin_zoom
            self.scene.end_zoom()
            for item in self.scene.table_items():
                item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
            self.scene.set_scale_hint(self.view.scale_factor)
            return
        self.scene.end_zoom()
        for item in self.scene.table_items():
            item.setCacheMode(mode)
        self.scene.begin_zoom = lambda scale: None  # the zoom steps must not change it


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tables", type=int, default=2000)
    args = ap.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    b = Bench(app, args.tables)
    view, scene = b.view, b.scene

    print(f"\nfit: {view.scale_factor:.3f} px/unit, a typical table "
          f"{view.scale_factor * scene.typical_table_size():.0f} px, overview item: {scene.overview}")
    b.at_fit()
    print(f"  full repaint at fit           {stats(b.repaints())}")
    print(f"  zoom steps from fit           {stats(b.zoom_steps())}")
    print(f"  ... the gesture settles       {b.settle_frame():6.1f} ms (items paint exactly again)")
    scene.set_overview(True)
    print(f"  full repaint, overview item   {stats(b.repaints())}")
    scene.set_overview(False)
    b.at_fit()
    view.zoom_by(0.5)
    b.settle()
    print(f"  at half of fit (overview={scene.overview}): repaint {stats(b.repaints())}")
    scene.set_overview(False)
    print(f"  ... same, every item painting  {stats(b.repaints())}")
    b.at_close(1.3)
    print(f"  pan steps at ×1.3 of fit      {stats(b.pan_steps())}  (at fit there is nothing to pan)")
    view.fit_to_window()

    for factor in (2.0, 6.0):
        b.at_close(factor)
        print(f"\nclose zoom ×{factor:g} of fit ({view.scale_factor:.2f} px/unit, "
              f"{len(scene.items(view.mapToScene(view.viewport().rect())))} items in view)")
        print(f"  full repaint                  {stats(b.repaints())}")
        scene.set_picture_cache(False)
        print(f"  ... every item painting       {stats(b.repaints())}")
        scene.set_picture_cache(True)
        print(f"  pan steps                     {stats(b.pan_steps())}")
        print(f"  zoom steps                    {stats(b.zoom_steps())}")
        print(f"  ... the gesture settles       {b.settle_frame():6.1f} ms")

    print("\nlive events (at fit)")
    b.at_fit()
    b.burst(args.tables)
    print(f"  frames while 100 events/frame arrive   {stats(b.stream(100, 20))}")
    print(f"  frames while 5 events/frame arrive     {stats(b.stream(5, 30))}")
    b.at_close(6.0)
    print(f"  close zoom, 5 events/frame             {stats(b.stream(5, 30))}")

    print("\nviewport update modes (close zoom ×6: pan steps | 5 events/frame)")
    for name in ("MinimalViewportUpdate", "SmartViewportUpdate", "FullViewportUpdate",
                 "BoundingRectViewportUpdate"):
        view.setViewportUpdateMode(getattr(QGraphicsView.ViewportUpdateMode, name))
        b.at_close(6.0)
        pans, evs = b.pan_steps(), b.stream(5, 30)
        print(f"  {name:27s} pan p50 {statistics.median(pans):5.1f} max {max(pans):5.1f} | "
              f"events p50 {statistics.median(evs):5.1f} max {max(evs):5.1f} ms")
    view.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)

    print("\nDeviceCoordinateCache on every table item vs NoCache vs the scene's policy "
          "(the scene's own: the tables layer's one cached picture at rest)")
    for where, setup in (("fit", b.at_fit), ("close ×2", lambda: b.at_close(2.0)),
                         ("close ×6", lambda: b.at_close(6.0))):
        rows = []
        for mode in (QGraphicsItem.CacheMode.NoCache, QGraphicsItem.CacheMode.DeviceCoordinateCache,
                     None):
            b.force_item_cache(mode)
            setup()
            first = b.repaint()
            rep = b.repaints(10)
            pans = b.pan_steps(20)
            zooms = b.zoom_steps(10)
            evs = b.stream(5, 20)
            rows.append((mode.name if mode is not None else "policy", first, statistics.median(rep), statistics.median(pans),
                         statistics.median(zooms), statistics.median(evs)))
        for name, first, rep, pan, zoom, ev in rows:
            print(f"  {where:9s} {name:22s} first {first:6.1f}  repaint p50 {rep:6.1f}  "
                  f"pan p50 {pan:6.1f}  zoom p50 {zoom:6.1f}  events p50 {ev:6.1f} ms")
    b.force_item_cache(None)
    scene.detach()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
