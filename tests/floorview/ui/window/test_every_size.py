"""The legibility contract at the sizes of laptops and desks, in the real window: on every
demo plan and on a row of booths, every fact shown, none covering another table's, each at
least its least size; where the whole floor cannot be legible, the view shows a part of
it and the rest is a pan away. And the floor's share of the window's width."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.floorview.legibility import (
    BOOTH_ROW,
    DEMO_PLANS,
    FLOOR_PX,
    branch_stores,
    plans_of,
    walk_the_floor,
)

SIZES = [(1024, 768), (1280, 720), (1366, 768), (1440, 900), (1920, 1080), (2560, 1440)]
BRANCHES = [*DEMO_PLANS, BOOTH_ROW[0]]


@pytest.fixture(scope="module")
def stores():
    return branch_stores()


def _window(qtbot, store, kiosk: bool, tmp_path, size):
    from floorview.core.model import Role, User
    from floorview.ui.settings import AppSettings
    from floorview.ui.window.main_window import MainWindow

    user = User("u-mgr", "Maya Patel", "manager@floorview.dev", Role.MANAGER, (store.branch_id,),
                None)
    window = MainWindow(store, user=user, settings=AppSettings.at(tmp_path / "s.ini"),
                        clock=lambda: datetime.now(UTC), theme_choice="dark" if kiosk else "light",
                        kiosk=kiosk)
    qtbot.addWidget(window)
    window.setFixedSize(*size)  # offscreen has no real screen to fill
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(20)  # the side panel takes its width after the first show
    return window


@pytest.mark.parametrize("kiosk", [False, True], ids=["laptop", "kiosk"])
@pytest.mark.parametrize("branch", BRANCHES)
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_fact_is_legible_and_clear_at_every_size(qtbot, tmp_path, stores, size, branch,
                                                      kiosk):
    window = _window(qtbot, stores[branch], kiosk, tmp_path, size)
    problems: list[str] = []
    try:
        share = window.current_view().width() / size[0]
        print(f"{size[0]}x{size[1]} {'kiosk' if kiosk else 'laptop'}: the floor has "
              f"{share:.1%} of the width")
        assert share >= 0.6
        for plan_name in plans_of(branch):
            assert window.show_plan(plan_name)
            view, scene = window.current_view(), window.current_scene()
            qtbot.waitUntil(lambda v=view: v.isVisible() and v.viewport().width() > 100)
            view.fit_to_window()
            scene.flush()
            print(f"  {plan_name}: {view.scale_factor:.3f} px/cm, "
                  f"{view.scale_factor / view.whole_floor_scale():.2f} x the whole floor's")
            assert view.shows_part() == (view.scale_factor > view.whole_floor_scale() * 1.001)
            problems += walk_the_floor(qtbot, view, scene, FLOOR_PX[kiosk], plan_name)
    finally:
        window.close()
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("kiosk", [False, True], ids=["laptop", "kiosk"])
def test_a_floor_too_big_to_read_whole_opens_at_its_top_left_and_pans(qtbot, tmp_path, stores,
                                                                      kiosk):
    """The booth row on a 1280 px laptop: the fit shows B1 whole at the left, not the row
    shrunk; a drag of the floor brings the last booth into view, and fitting again (0)
    comes back to the same part. The drag is a finger's: the kiosk has no mouse."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    from tests.floorview import touch

    window = _window(qtbot, stores[BOOTH_ROW[0]], kiosk, tmp_path, (1280, 720))
    try:
        view, scene = window.current_view(), window.current_scene()
        qtbot.waitUntil(lambda: view.isVisible() and view.viewport().width() > 100)
        view.fit_to_window()
        scene.flush()
        assert view.shows_part()
        vp = view.viewport().rect()

        def in_view(number: str) -> bool:
            item = next(i for i in scene.table_items() if i.table.number == number)
            return vp.contains(view.mapFromScene(item.sceneBoundingRect()).boundingRect())

        assert in_view("B1") and not in_view("B12")
        fitted = view.mapToScene(vp.center())
        for _ in range(8):  # drag the floor leftwards, most of a viewport at a time
            touch.drag(qtbot, view.viewport(), QPoint(vp.right() - 20, vp.center().y() + 80),
                       QPoint(vp.left() + 20, vp.center().y() + 80), hold_ms=120)
            if in_view("B12"):
                break
        assert in_view("B12") and not in_view("B1")
        QTest.keyClick(view, Qt.Key.Key_0)
        assert view.mapToScene(vp.center()) == fitted
    finally:
        window.close()


@pytest.mark.parametrize(("size", "kiosk"), [((1920, 1080), True), ((1440, 900), False),
                                             ((1024, 768), False)],
                         ids=["kiosk-1920x1080", "laptop-1440x900", "laptop-1024x768"])
def test_with_likely_free_times_on_the_notes_keep_the_contract_too(qtbot, tmp_path, stores,
                                                                   size, kiosk):
    """F8 puts "free ~12:37" (or "no history") in each occupied table's pill, wider than a
    time: in kiosk type at 1920 they once lay over the neighbours' notes on Main Dining.
    The fit follows (a part where it must), and F8 off again gives the whole floor back."""
    window = _window(qtbot, stores["Harbour Street"], kiosk, tmp_path, size)
    problems: list[str] = []
    try:
        view, scene = window.current_view(), window.current_scene()
        qtbot.waitUntil(lambda: view.isVisible() and view.viewport().width() > 100)
        view.fit_to_window()
        scene.flush()
        whole_before = view.scale_factor
        window.free_action.setChecked(True)
        qtbot.waitUntil(lambda: any(i.shows_note for i in scene.table_items()))
        qtbot.waitUntil(lambda: abs(view.scale_factor / view.fit_scale() - 1) < 0.001)
        print(f"{size} F8 on: {view.scale_factor / view.whole_floor_scale():.2f} x the whole "
              f"floor's")
        problems += walk_the_floor(qtbot, view, scene, FLOOR_PX[kiosk], "Main Dining, F8")
        window.free_action.setChecked(False)
        qtbot.waitUntil(lambda: not any(i.shows_note for i in scene.table_items()))
        qtbot.waitUntil(lambda: abs(view.scale_factor / whole_before - 1) < 0.001)
    finally:
        window.close()
    assert problems == [], "\n".join(problems)
