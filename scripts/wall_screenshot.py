"""Render the wall of 30 branches at 1920x1080 (dark, the head-office screen) for the docs:
a believable group (the sample floors, a mix of zones, each branch busy to its own degree),
one branch reconnecting and one not yet arrived. Run from the repository root:

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/wall_screenshot.py [OUT.png]
"""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from floorview.core.live.status import ConnectionStatus, ConnState  # noqa: E402
from floorview.core.samples import NOW, group_stores  # noqa: E402
from floorview.ui.floor.render import ensure_app  # noqa: E402
from floorview.ui.wall.render import render_wall  # noqa: E402


def main(out: Path) -> None:
    ensure_app()
    branches, stores = group_stores(30)
    reconnecting, arriving = branches[6].id, branches[11].id
    stores[arriving] = type(stores[arriving])(arriving)  # its tables not here yet

    def link(bid: str) -> ConnectionStatus | None:
        if bid == reconnecting:
            return ConnectionStatus(ConnState.RECONNECTING, NOW, as_of=NOW - timedelta(minutes=3))
        if bid == arriving:
            return None
        return ConnectionStatus(ConnState.LIVE, NOW, as_of=NOW)

    image = render_wall(branches, stores, clock=lambda: NOW, link=link, width=1920, height=1080)
    image.save(str(out))
    print(f"{out}: {image.width()}×{image.height()}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs/screenshots/wall.png")
