"""Frame times of the floor view in-process, as one JSON line (for bench/run).

    python bench/floor_frames.py --tables 2000 [--quick]

A 1920×1080 view of a generated floor (``floorview.core.samples.big_store``): the
medians of a full repaint at fit and at close zoom ×2, pan steps at ×1.3 of fit, zoom
steps from fit, and the longest of all of them, in ms.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.bench_floor import Bench  # noqa: E402


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tables", type=int, default=2000)
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args(argv)
    n = 3 if args.quick else 15
    app = QApplication.instance() or QApplication([])
    t0 = time.perf_counter()
    b = Bench(app, args.tables)
    build = (time.perf_counter() - t0) * 1000
    b.at_fit()
    fit = b.repaints(n)
    zooms = b.zoom_steps(max(4, n))
    b.settle()
    b.at_close(1.3)
    pans = b.pan_steps(max(4, 2 * n))
    b.at_close(2.0)
    close2 = b.repaints(n)
    b.scene.detach()
    every = fit + zooms + pans + close2
    print(json.dumps({"tables": args.tables, "build_ms": build,
                      "fit_repaint": statistics.median(fit), "zoom": statistics.median(zooms),
                      "pan": statistics.median(pans), "close2_repaint": statistics.median(close2),
                      "longest": max(every)}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
