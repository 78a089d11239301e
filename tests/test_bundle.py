"""packaging/bundle: the self-contained app runs with no Python and an empty environment
(the ``bundle`` mark: it builds the bundle, about a minute; run by ``.ci/run``)."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from floorview import __version__
from tests.test_packaging import assert_a_drawn_floor

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="built and run on Linux here"),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("bundle") / "floorview"
    done = subprocess.run(["bash", str(ROOT / "packaging" / "bundle"), str(out)],
                          env={**os.environ, "PYTHON": sys.executable},
                          capture_output=True, text=True, timeout=1800)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"\nbundle: {size / 2**20:.0f} MiB in {out}")
    return out


def _empty_env(home: Path, **more: str) -> dict[str, str]:
    """As `env -i` leaves it, plus a home and a UTF-8 locale (Qt warns under "C"):
    no PATH, no Python, no display, no Qt platform chosen."""
    return {"HOME": str(home), "LANG": "C.UTF-8", **more}


def test_it_carries_the_app_the_stub_and_the_desktop_files(bundle, tmp_path):
    exe = bundle / "floorview"
    assert exe.is_file() and os.access(exe, os.X_OK)
    # no Python interpreter inside to fall back on: the bootloader runs libpython itself
    assert not [p for p in bundle.rglob("python*") if p.is_file() and os.access(p, os.X_OK)]
    for command, name in ((["--version"], "floorview"), (["stub", "--version"], "floorview-stub")):
        done = subprocess.run([str(exe), *command], env=_empty_env(tmp_path), cwd=tmp_path,
                              capture_output=True, text=True, timeout=60)
        assert (done.returncode, done.stdout.strip()) == (0, f"{name} {__version__}"), done.stderr
    for shipped in ("share/applications/dev.floorview.Floorview.desktop",
                    "share/metainfo/dev.floorview.Floorview.metainfo.xml",
                    "share/icons/hicolor/256x256/apps/dev.floorview.Floorview.png",
                    "share/floorview/floorview-kiosk.service"):
        assert (bundle / shipped).is_file(), shipped
    # Qt's own words for the standard buttons, in each language floorview speaks (and no other)
    qt_words = sorted(p.name for p in bundle.rglob("PySide6/Qt/translations/*.qm"))
    assert qt_words == ["qtbase_de.qm", "qtbase_es.qm", "qtbase_fr.qm"], qt_words


def test_snapshot_demo_runs_from_the_bundle_with_an_empty_environment(bundle, tmp_path):
    out = tmp_path / "plan.png"
    started = time.monotonic()
    done = subprocess.run([str(bundle / "floorview"), "snapshot", "--demo", "--out", str(out)],
                          env=_empty_env(tmp_path), cwd=tmp_path, capture_output=True, text=True,
                          timeout=300)
    print(f"\nbundle: snapshot --demo took {time.monotonic() - started:.2f} s")
    assert done.returncode == 0, done.stderr
    assert done.stderr == "", done.stderr  # no Qt or locale warning
    assert "Main Dining" in done.stdout
    assert_a_drawn_floor(out)


def test_the_app_from_the_bundle_runs_its_demo_stub_and_restarts_it(bundle, tmp_path):
    """`floorview --demo` starts `floorview stub` (sys.executable is the bundle), goes
    live, and is live again after the stub is killed; SIGTERM ends it and its child."""
    log = tmp_path / "state" / "floorview" / "log" / "floorview.log"
    env = _empty_env(tmp_path, QT_QPA_PLATFORM="offscreen", XDG_STATE_HOME=str(tmp_path / "state"),
                     XDG_CONFIG_HOME=str(tmp_path / "config"),
                     PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    app = subprocess.Popen([str(bundle / "floorview"), "--demo", "--no-kiosk", "--log-level", "INFO"],
                           env=env, cwd=tmp_path, stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE, text=True)

    def wait_for(pattern: str, count: int = 1, timeout: float = 60.0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            text = log.read_text(encoding="utf-8") if log.exists() else ""
            if len(re.findall(pattern, text)) >= count:
                return text
            assert app.poll() is None, f"the app ended ({app.returncode}): {text[-2000:]}"
            time.sleep(0.2)
        raise AssertionError(f"no {pattern!r} x{count} in the log: {text[-2000:]}")

    try:
        text = wait_for(r"floorview\.app: connection: live")
        [pid] = re.findall(r"demo server at http://127\.0\.0\.1:\d+ \(pid (\d+)\)", text)
        os.kill(int(pid), signal.SIGKILL)
        text = wait_for(r"floorview\.app: connection: live", count=2)
        assert "the demo server was killed (signal 9)" in text
        [_, again] = re.findall(r"demo server at http://127\.0\.0\.1:\d+ \(pid (\d+)\)", text)
        app.send_signal(signal.SIGTERM)
        assert app.wait(timeout=30) == 0
        assert not Path(f"/proc/{again}").exists(), "the demo stub outlived the app"
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
        app.stderr.close()
