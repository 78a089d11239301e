"""The installable wheel carries everything the app and the stub need at run time;
built as a release is (``python -m build``) and installed into a fresh venv, its commands
work (the ``packaging`` mark: slow, run by ``.ci/run``)."""

import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from floorview import __version__

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> zipfile.ZipFile:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(["bash", str(ROOT / "packaging" / "build"), str(out)],
                   check=True, capture_output=True, text=True, timeout=300)
    [built] = out.glob("floorview-*.whl")
    for name in ("floorview-kiosk.service", "dev.floorview.Floorview.desktop",
                 "dev.floorview.Floorview.metainfo.xml",
                 "icons/hicolor/512x512/apps/dev.floorview.Floorview.png"):
        assert (out / name).is_file(), name
    return zipfile.ZipFile(built)


def test_the_wheel_ships_code_and_data(wheel):
    names = set(wheel.namelist())
    for needed in ("floorview/app/root.py", "floorview/ui/floor/floor_scene.py", "server_stub/app.py",
                   "server_stub/contract/schemas.json"):
        assert needed in names
    # the stylesheets and the window icon, compiled into a module (resources/floorview.qrc)
    assert "floorview/ui/resources_rc.py" in names and "floorview/ui/assets.py" in names
    assert not any(n.startswith("tests/") for n in names)


def test_the_wheel_declares_both_commands(wheel):
    [entry_points] = [n for n in wheel.namelist() if n.endswith("entry_points.txt")]
    text = wheel.read(entry_points).decode()
    assert "floorview = floorview.cli:main" in text
    assert "floorview-stub = server_stub.cli:main" in text


def test_the_pyside6_pin_is_in_the_metadata(wheel):
    [metadata] = [n for n in wheel.namelist() if n.endswith("METADATA")]
    text = wheel.read(metadata).decode()
    assert "PySide6-Essentials<6.12,>=6.10; python_version < \"3.12\"" in text.replace("'", '"')


def test_both_commands_print_the_version(capsys):
    from floorview.cli import main
    from server_stub.cli import parser as stub_parser

    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0 and capsys.readouterr().out == f"floorview {__version__}\n"
    with pytest.raises(SystemExit) as done:
        stub_parser().parse_args(["--version"])
    # the stub reads the installed metadata (a source tree may hold a newer __version__)
    assert done.value.code == 0 and capsys.readouterr().out.startswith("floorview-stub ")


def test_the_version_is_written_only_in_floorview_init():
    text = (ROOT / "pyproject.toml").read_text()
    assert 'dynamic = ["version"]' in text and 'version = {attr = "floorview.__version__"}' in text
    assert f"## {__version__}" in (ROOT / "CHANGELOG.md").read_text()


# --- a release as a user gets it: `python -m build`, then a fresh venv (as pipx makes) ---


def _bare_env(home: Path) -> dict[str, str]:
    """What a login session gives at least; no PATH into our venv, no display, no Qt
    platform chosen (`snapshot` picks offscreen itself)."""
    return {"HOME": str(home), "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"}


@pytest.fixture(scope="module")
def release(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("release")
    done = subprocess.run([sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return out


@pytest.fixture(scope="module")
def installed(release, tmp_path_factory) -> Path:
    """The wheel pip-installed into a new venv of the system's Python (what `pipx install`
    does); returns the venv's bin folder."""
    venv = tmp_path_factory.mktemp("venv")
    python = shutil.which("python3", path="/usr/local/bin:/usr/bin:/bin") or sys.executable
    subprocess.run([python, "-m", "venv", str(venv)], check=True, timeout=300)
    [wheel] = release.glob("floorview-*.whl")
    done = subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q", str(wheel)],
                          capture_output=True, text=True, timeout=1200)
    assert done.returncode == 0, done.stderr[-3000:]
    return venv / "bin"


@pytest.mark.packaging
def test_build_makes_a_wheel_and_an_sdist_of_the_one_version(release):
    assert {p.name for p in release.iterdir()} == {
        f"floorview-{__version__}-py3-none-any.whl", f"floorview-{__version__}.tar.gz"}
    with tarfile.open(release / f"floorview-{__version__}.tar.gz") as sdist:
        names = {n.split("/", 1)[1] for n in sdist.getnames() if "/" in n}
    for needed in ("pyproject.toml", "README.md", "floorview/cli.py", "server_stub/cli.py"):
        assert needed in names


@pytest.mark.packaging
def test_the_installed_wheel_gives_working_commands(installed, tmp_path):
    env = _bare_env(tmp_path)
    for command, name in (("floorview", "floorview"), ("floorview-stub", "floorview-stub")):
        done = subprocess.run([str(installed / command), "--version"], env=env, cwd=tmp_path,
                              capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == f"{name} {__version__}"
    out = tmp_path / "plan.png"
    done = subprocess.run([str(installed / "floorview"), "snapshot", "--demo", "--out", str(out)],
                          env=env, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "Main Dining" in done.stdout
    assert_a_drawn_floor(out)


def assert_a_drawn_floor(png: Path) -> None:
    """A PNG 1920 wide with the floor drawn on it (many colours, not a blank canvas)."""
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    assert image.width() == 1920 and image.height() > 400, png
    colours = {image.pixel(x, y) for x in range(0, 1920, 11) for y in range(0, image.height(), 11)}
    assert len(colours) > 20
