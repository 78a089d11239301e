"""resources/: what the app ships that is not code. The desktop entry and the AppStream
metadata validate; the icons are rendered from the SVG as committed; the compiled
resource module is current; the app loads its stylesheets and icon from it."""

from __future__ import annotations

import importlib.machinery
import importlib.util
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from floorview import __version__

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "dev.floorview.Floorview"
LINUX = ROOT / "resources" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def _render_resources():
    """packaging/render-resources as a module (its file name has no .py)."""
    path = ROOT / "packaging" / "render-resources"
    loader = importlib.machinery.SourceFileLoader("render_resources", str(path))
    spec = importlib.util.spec_from_loader("render_resources", loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate not installed (Debian: desktop-file-utils)")
def test_the_desktop_entry_validates():
    done = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None,
                    reason="appstreamcli not installed (Debian: appstream)")
def test_the_appstream_metadata_validates():
    done = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_metadata_agrees_with_the_app():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("icon") == APP_ID
    assert root.find("releases/release").get("version") == __version__
    shots = [Path(image.text).name for image in root.iter("image")]
    # The store shows the README's two: the host stand and the manager's laptop.
    readme = (ROOT / "README.md").read_text("utf-8")
    showcased = sorted(name for name in {p.name for p in (ROOT / "docs" / "screenshots").glob("*.png")}
                       if f"docs/screenshots/{name}" in readme)
    assert showcased and sorted(shots) == showcased
    for shot in shots:
        image = QImage(str(ROOT / "docs" / "screenshots" / shot))
        assert (image.width(), image.height()) == (1920, 1080)
    entry = DESKTOP.read_text()
    assert re.search(rf"^Icon={re.escape(APP_ID)}$", entry, re.M)
    assert re.search(r"^Exec=floorview$", entry, re.M)


def test_the_icons_are_rendered_from_the_svg_as_committed(qapp, tmp_path):
    render = _render_resources()
    render.render_icons(tmp_path)
    for size in render.SIZES:
        committed, fresh = QImage(str(render.png_path(size))), QImage(str(render.png_path(size, tmp_path)))
        assert (committed.width(), committed.height()) == (size, size)
        # the same pixels, give or take antialiasing of another Qt release
        differ = sum(1 for x in range(size) for y in range(size)
                     if abs(committed.pixelColor(x, y).red() - fresh.pixelColor(x, y).red()) > 24)
        assert differ <= size * size // 50, f"{size}px: run packaging/render-resources"


# --- the host-stand recipe -----------------------------------------------------------------

UNIT = ROOT / "packaging" / "linux" / "floorview-kiosk.service"
AUTOSTART = ROOT / "packaging" / "linux" / "floorview-kiosk-autostart.desktop"


def test_the_kiosk_unit_starts_the_kiosk_and_starts_it_again_when_it_dies():
    text = UNIT.read_text()
    [exec_start] = re.findall(r"^ExecStart=(.*)$", text, re.M)
    assert " floorview --kiosk " in exec_start
    assert re.search(r"^Restart=(on-failure|always)$", text, re.M)
    assert re.search(r"^StartLimitIntervalSec=0$", text, re.M)  # never gives up
    assert re.search(r"^WantedBy=graphical-session.target$", text, re.M)
    assert re.search(r"^Environment=LANG=C.UTF-8$", text, re.M)
    assert "PASSWORD" not in text.upper().replace("THE PASSWORD IS READ", "")


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze")
def test_the_kiosk_unit_verifies(tmp_path):
    unit = tmp_path / UNIT.name
    unit.write_text(UNIT.read_text())
    done = subprocess.run(["systemd-analyze", "verify", "--man=no", str(unit)],
                          capture_output=True, text=True, timeout=60)
    complaints = [line for line in (done.stdout + done.stderr).splitlines() if line.strip()]
    assert done.returncode == 0 and not complaints, complaints


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate not installed (Debian: desktop-file-utils)")
def test_the_autostart_entry_validates_and_starts_the_kiosk_again():
    done = subprocess.run(["desktop-file-validate", str(AUTOSTART)], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout
    assert 'Exec=sh -c "until floorview --kiosk; do sleep 5; done"' in AUTOSTART.read_text()
