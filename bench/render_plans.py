"""Render the demo plans to PNG (light and dark) for a look: python -m bench.render_plans [DIR]."""

from __future__ import annotations

import sys
from pathlib import Path

from floorview.core.samples import NOW, big_store, demo_store
from floorview.ui.floor.floor_scene import DisplaySettings
from floorview.ui.floor.palette import theme_by_name
from floorview.ui.floor.render import ensure_app, render_floor


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "/tmp/floorview-look")
    out.mkdir(parents=True, exist_ok=True)
    ensure_app()
    store = demo_store()
    for theme in ("light", "dark"):
        for plan in store.floor_plans:
            for large in (False, True):
                settings = DisplaySettings(theme=theme_by_name(theme), large_type=large)
                img = render_floor(store, plan, settings=settings, width=1920, height=1080,
                                   clock=lambda: NOW)
                name = f"{plan.id}-{theme}{'-large' if large else ''}.png"
                img.save(str(out / name))
                print(out / name)
        img = render_floor(store, store.floor_plans[0], settings=DisplaySettings(theme=theme_by_name(theme)),
                           width=1920, height=1080, clock=lambda: NOW, stale=True)
        img.save(str(out / f"stale-{theme}.png"))
        print(out / f"stale-{theme}.png")
    big, plan = big_store(2000)
    img = render_floor(big, plan, settings=DisplaySettings(), width=1920, height=1080,
                       clock=lambda: NOW)
    img.save(str(out / "big-2000.png"))
    print(out / "big-2000.png")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
