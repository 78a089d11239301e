"""Smoke: the real app, ``floorview --demo --kiosk`` (the command itself), on a real X server.

Starts Xvfb on a free display, runs the app in a subprocess on the ``xcb`` platform
(which also starts the demo stub as its child), grabs the whole screen from a second
process until the floor shows, then asks the app to quit (SIGTERM) and checks it left
promptly and took its stub with it.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.xvfb

ROOT = Path(__file__).resolve().parents[3]

GRAB = r"""
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(sys.argv[:1])
image = QGuiApplication.primaryScreen().grabWindow(0).toImage()
image.save(sys.argv[1])
# distinct colours on a coarse grid, and how many pixels are warm (occupied tables)
colours, warm, black = set(), 0, 0
for y in range(0, image.height(), 8):
    for x in range(0, image.width(), 8):
        c = image.pixelColor(x, y)
        colours.add((c.red() // 16, c.green() // 16, c.blue() // 16))
        if c.red() > 180 and 60 < c.green() < 140 and c.blue() < 60:
            warm += 1
        if c.red() + c.green() + c.blue() == 0:
            black += 1
print(image.width(), image.height(), len(colours), warm, black)
"""


def _free_display() -> int:
    for n in range(90, 200):
        if not (Path(f"/tmp/.X{n}-lock").exists() or Path(f"/tmp/.X11-unix/X{n}").exists()):
            return n
    raise RuntimeError("no free X display number")


@pytest.fixture
def xvfb():
    binary = shutil.which("Xvfb")
    if binary is None:
        pytest.skip("Xvfb is not installed (scripts/setup installs it: apt-get install xvfb)")
    n = _free_display()
    proc = subprocess.Popen([binary, f":{n}", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 15
    while not Path(f"/tmp/.X11-unix/X{n}").exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
            proc.kill()
            pytest.fail(f"Xvfb :{n} did not start: {err[-500:]}")
        time.sleep(0.05)
    yield f":{n}"
    proc.terminate()
    try:
        proc.wait(5)
    except subprocess.TimeoutExpired:
        proc.kill()


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        if ppid == pid:
            found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def test_the_app_opens_a_real_window_under_xvfb(xvfb, tmp_path):
    env = dict(os.environ)
    env.update({
        "QT_QPA_PLATFORM": "xcb",
        "DISPLAY": xvfb,
        "HOME": str(tmp_path),  # QSettings and the like stay in the test's directory
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_RUNTIME_DIR": str(tmp_path),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        "PYTHONPATH": str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""),
    })
    env.pop("FLOORVIEW_PASSWORD", None)
    app = subprocess.Popen([sys.executable, "-m", "floorview", "--demo", "--kiosk"],
                           cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    shot = tmp_path / "screen.png"
    result = ""
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert app.poll() is None, app.stdout.read().decode(errors="replace")[-3000:]
            grab = subprocess.run([sys.executable, "-c", GRAB, str(shot)], env=env,
                                  capture_output=True, text=True, timeout=30)
            assert grab.returncode == 0, grab.stderr[-2000:]
            result = grab.stdout.split()
            width, height, colours, warm, black = map(int, result)
            # the floor is drawn, with occupied tables, and the window fills the screen
            if colours > 30 and warm > 50 and black < 100:
                break
            time.sleep(0.5)
        else:
            pytest.fail(f"the screen stayed blank or tableless: {result}")
        assert (width, height) == (1920, 1080)
        stubs = [p for p in _children(app.pid)
                 if b"server_stub" in Path(f"/proc/{p}/cmdline").read_bytes()]
        assert stubs, "the demo stub is not the app's child"
    finally:
        app.send_signal(signal.SIGTERM)
        try:
            code = app.wait(20)
        except subprocess.TimeoutExpired:
            app.kill()
            raise
    output = app.stdout.read().decode(errors="replace")
    assert code == 0, output[-3000:]
    deadline = time.monotonic() + 10
    while any(_alive(p) for p in stubs) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(p) for p in stubs), "the demo stub outlived the app"
