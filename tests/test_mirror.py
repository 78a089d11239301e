"""The tests mirror the source: ``floorview/core/store.py`` is tested by
``tests/floorview/core/test_store.py``, and so on for every module.

A module tested from elsewhere (through the whole app, or with its command) is named
below with that test file, so the mirror is checked, not hoped for: a new module without
its test file fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

#: module -> (the test file that exercises it, a word that file must use for it)
ELSEWHERE = {
    "floorview/__main__.py": ("tests/floorview/commands/test_watch.py", '"-m", "floorview"'),
    "floorview/app/__main__.py": ("tests/floorview/app/test_entry.py", '"-m", "floorview.app"'),
    "floorview/app/root.py": ("tests/floorview/app/test_app.py", "FloorviewApp"),
    "floorview/commands/sample.py": ("tests/floorview/commands/test_report.py", "sample"),
    "floorview/core/evening.py": ("tests/floorview/core/test_journal.py", "evening"),
    "floorview/core/replay.py": ("tests/floorview/commands/test_replay.py", "replay"),
    "floorview/core/samples.py": ("tests/floorview/ui/floor/conftest.py", "floorview.core.samples"),
    "floorview/ui/dialogs/preferences_dialog.py": ("tests/floorview/app/test_window.py", "threshold"),
    "floorview/ui/dialogs/table_form_dialog.py": ("tests/floorview/app/test_input.py", "table_form"),
    "floorview/ui/floor/paint_log.py": ("tests/floorview/app/test_paint_log.py", "paint"),
    "floorview/ui/floor/zones.py": ("tests/floorview/ui/floor/test_room.py", "section"),
    "floorview/ui/window/edit_controller.py": ("tests/floorview/app/test_journeys.py", "undo"),
    "floorview/ui/window/replay_window.py": ("tests/floorview/commands/test_replay.py", "test_the_window_plays_on_the_replayed_clock"),
    "floorview/ui/window/table_keys.py": ("tests/floorview/app/test_input.py", "Key_Tab"),
}


def _modules() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "floorview").rglob("*.py")
                  if p.name != "__init__.py" and "__pycache__" not in p.parts)


@pytest.mark.parametrize("module", _modules())
def test_every_module_has_its_test_file(module):
    mirror = ROOT / "tests" / Path(module).parent / f"test_{Path(module).stem}.py"
    if module in ELSEWHERE:
        where, word = ELSEWHERE[module]
        assert not mirror.exists(), f"{module} has its mirror now: drop it from ELSEWHERE"
        text = (ROOT / where).read_text("utf-8")
        assert word in text, f"{where} no longer exercises {module} ({word!r} not in it)"
    else:
        assert mirror.exists(), f"{module} has no {mirror.relative_to(ROOT)}"


def test_elsewhere_names_only_modules_that_exist():
    assert set(ELSEWHERE) <= set(_modules())
