"""The installable wheel carries everything the app and the stub need at run time."""

import subprocess
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> zipfile.ZipFile:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(["bash", str(ROOT / "packaging" / "build"), str(out)],
                   check=True, capture_output=True, text=True, timeout=300)
    [built] = out.glob("floorview-*.whl")
    assert (out / "floorview-kiosk.service").is_file() and (out / "floorview.desktop").is_file()
    return zipfile.ZipFile(built)


def test_the_wheel_ships_code_and_data(wheel):
    names = set(wheel.namelist())
    for needed in ("floorview/app.py", "floorview/ui/floor/floor_scene.py", "server_stub/app.py",
                   "server_stub/contract/schemas.json"):
        assert needed in names
    for qss in (ROOT / "floorview" / "resources").glob("*.qss"):
        assert f"floorview/resources/{qss.name}" in names
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
