"""Grab the README's screenshots: the manager's laptop (light) and the host-stand kiosk
(dark), and the kiosk seating a party of four (SEAT_PARTY=N for another size), 1920x1080,
against the stub's demo data. Run from the repository root:

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [OUT_DIR]

and the area manager's wall (30 branches, 200, a 1024 px laptop, German):

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py --wall [OUT_DIR]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import qasync
from PySide6.QtWidgets import QApplication

from floorview.app import FloorviewApp
from floorview.core.live import ConnState
from floorview.ui.settings import AppSettings
from server_stub.testing import StubServer


async def shoot(srv: StubServer, out: Path, name: str, email: str, *, kiosk: bool,
                theme: str, branch: str | None, highlight: bool = False,
                find: str = "", seat: int = 0) -> None:
    tmp = Path(tempfile.mkdtemp())
    args = argparse.Namespace(server=srv.url, email=email, branch=branch, floor=None,
                              ca_bundle=None, demo=False, kiosk=kiosk, theme=theme, verbose=0)
    app = FloorviewApp(args, settings=AppSettings.at(tmp / "s.ini"),
                       env={"FLOORVIEW_PASSWORD": "demo"})
    assert await app.start()
    window = app.window
    if kiosk:  # offscreen has no real screen to fill
        window.showNormal()
        window.setFixedSize(1920, 1080)
    else:
        window.resize(1920, 1080)
    await app.session.live.wait_for(ConnState.LIVE, timeout=20)
    await asyncio.sleep(1.5)
    if highlight:
        panel = window.summary
        server_id = panel.servers.item(0).data(256)
        panel.set_highlighted(server_id)
    if find:
        window.open_find()
        window.find_edit.setText(find)
        window.on_find_edit_returnPressed()
    for view in window.views.values():
        view.fit_to_window()
    if seat:  # Seat a party for ``seat``: its options on the floor and the panel
        window.seat_action.trigger()
        for digit in str(seat):
            window.seat_party.panel.type_digit(digit)
        window.seat_party.panel.choose_size()
    await asyncio.sleep(0.8)
    image = window.grab()
    path = out / f"{name}.png"
    image.save(str(path))
    print(f"{path} {image.width()}x{image.height()}", datetime.now(UTC).isoformat())
    await app.shutdown()


#: The wall's shots: (name, branches (0: the demo's group), tables each, width, height,
#: kiosk type, theme, language).
WALL_SHOTS = (
    ("wall", 0, None, 1920, 1080, True, "dark", "en"),
    ("wall-200", 200, 24, 1920, 1080, True, "dark", "en"),
    ("wall-1024", 0, None, 1024, 768, False, "light", "en"),
    ("wall-de", 0, None, 1920, 1080, True, "dark", "de"),
)


def wall_shots(out: Path) -> None:
    """The area manager's wall, headless (``floorview snapshot --wall``), each shot of
    :data:`WALL_SHOTS`: the demo's group of 30, or the stub's group of 200 × 24."""
    from floorview.cli import build_parser, use_language
    from floorview.commands import snapshot
    from floorview.core.demo import DEMO_PASSWORD, DEMO_WALL_GROUP

    os.environ.setdefault("FLOORVIEW_PASSWORD", DEMO_PASSWORD)
    for name, count, tables, width, height, kiosk, theme, lang in WALL_SHOTS:
        use_language(lang)
        with StubServer(demo=True, group=count or DEMO_WALL_GROUP, group_tables=tables,
                        rest_rate_limit=(100_000, 10.0)) as srv:
            args = build_parser().parse_args([
                "snapshot", "--server", srv.url, "--email", "area@floorview.dev", "--wall",
                "--width", str(width), "--height", str(height), "--theme", theme,
                "--out", str(out / f"{name}.png")])
            args.kiosk = kiosk
            snapshot.main(args)
    use_language("en")


async def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    srv = StubServer(demo=True, simulate=3.0)
    srv.start()
    try:
        await shoot(srv, out, "manager-light", "manager@floorview.dev", kiosk=False,
                    theme="light", branch="Harbour Street", find="")
        await shoot(srv, out, "kiosk-dark", "host@floorview.dev", kiosk=True, theme="dark",
                    branch=None)
        await shoot(srv, out, "kiosk-seat", "host@floorview.dev", kiosk=True, theme="dark",
                    branch=None, seat=int(os.environ.get("SEAT_PARTY", "4")))
    finally:
        srv.stop()


if __name__ == "__main__":
    qapp = QApplication(sys.argv[:1])
    qapp.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp")
    if "--wall" in sys.argv:  # the wall's shots alone
        target = Path(next((a for a in sys.argv[1:] if a != "--wall"), "/tmp"))
        target.mkdir(parents=True, exist_ok=True)
        wall_shots(target)
        sys.exit(0)
    with loop:
        loop.run_until_complete(main(target))
