"""The host stand's touch bar: each kiosk action by a finger, twice in a row, against the stub."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from floorview.core.model import Status
from floorview.ui.window.touch_bar import TouchBar
from floorview.ui.window.touch_targets import KIOSK_TARGET_PX
from tests.floorview.touch import tap

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen


def stand(qtbot, launch):
    """The host's kiosk at 1920 x 1080 (offscreen has no real screen to fill)."""
    app = launch("host@floorview.dev", kiosk=True, theme=None)
    window = app.window
    window.showNormal()
    window.setFixedSize(1920, 1080)
    qtbot.waitUntil(lambda: window.width() == 1920)
    return app, window


def test_the_bar_shows_in_kiosk_only_each_button_a_fingers_size(qtbot, launch):
    app, window = stand(qtbot, launch)
    bar = app.kiosk.touch_bar
    assert isinstance(bar, TouchBar) and bar.isVisible()
    # the wall's buttons are there, hidden: a host of one branch has no wall
    assert not bar.buttons.pop("allBranches").isVisible()
    assert not bar.buttons.pop("backToWall").isVisible()
    assert set(bar.buttons) == {"seat", "find", "recent", "freeTimes", "fit", "signOut",
                                "leave"}
    texts = [b.text() for b in bar.buttons.values()]
    assert texts == ["Seat a party", "Find table", "Recent changes", "Free times", "Fit floor", "Sign out",
                     "Leave kiosk"]
    for button in bar.buttons.values():
        assert button.isVisible() and button.accessibleName() and button.toolTip()
        assert button.width() >= KIOSK_TARGET_PX and button.height() >= KIOSK_TARGET_PX
        top_left = button.mapTo(window, button.rect().topLeft())
        assert window.rect().contains(button.rect().translated(top_left))  # on screen
    # leaving the kiosk (asked, answered) takes the bar away; the normal window has menus
    tap(qtbot, bar.buttons["leave"])
    box = app.kiosk.confirm_box
    tap(qtbot, box.button(QMessageBox.StandardButton.Yes))
    qtbot.waitUntil(lambda: not window.kiosk)
    assert not bar.isVisible() and window.menuBar().isVisible()
    menu = window.createPopupMenu()  # the window's toolbar menu does not offer it
    assert bar.toggleViewAction() not in [a for a in menu.actions() if a.isVisible()]
    menu.deleteLater()


def test_recent_changes_and_free_times_by_taps_show_and_hide_twice(qtbot, launch, admin):
    app, window = stand(qtbot, launch)
    bar, overlay = app.kiosk.touch_bar, app.kiosk.overlay
    target = min((t for t in app.store.tables.values() if t.status is Status.AVAILABLE),
                 key=lambda t: t.number)
    admin.set_status(target.id, "cleaning")
    qtbot.waitUntil(lambda: app.store.tables[target.id].status is Status.CLEANING)
    for _ in range(2):
        tap(qtbot, bar.buttons["recent"])
        qtbot.waitUntil(overlay.isVisible)
        qtbot.waitUntil(lambda: "Available → Cleaning" in overlay.body.text())
        assert not overlay.geometry().intersects(bar.geometry())  # the bar stays in reach
        tap(qtbot, bar.buttons["recent"])
        qtbot.waitUntil(lambda: not overlay.isVisible())
    seated = next(t for t in app.store.tables.values() if t.status is Status.OCCUPIED)
    item = window.scene_of(seated.id).table_item(seated.id)

    def likely_free() -> bool:
        return item.time_text.startswith(("free ~", "no history"))

    assert not likely_free()
    for _ in range(2):
        tap(qtbot, bar.buttons["freeTimes"])
        qtbot.waitUntil(likely_free)
        assert bar.buttons["freeTimes"].isChecked() and window.free_action.isChecked()
        tap(qtbot, bar.buttons["freeTimes"])
        qtbot.waitUntil(lambda: not likely_free())
        assert not bar.buttons["freeTimes"].isChecked()
    window.free_action.trigger()  # F8 and the button are one switch
    assert bar.buttons["freeTimes"].isChecked()


def test_fit_brings_the_whole_floor_back_after_zooming_in(qtbot, launch):
    app, window = stand(qtbot, launch)
    view, scene = window.current_view(), window.current_scene()

    def whole_floor_in_sight() -> bool:
        shown = view.mapFromScene(scene.itemsBoundingRect()).boundingRect()
        return view.viewport().rect().adjusted(-2, -2, 2, 2).contains(shown)

    assert whole_floor_in_sight()
    for _ in range(2):
        view.zoom_by(3.0)
        assert not whole_floor_in_sight()
        tap(qtbot, app.kiosk.touch_bar.buttons["fit"])
        qtbot.waitUntil(whole_floor_in_sight)


def test_sign_out_and_leave_ask_first_and_their_default_stays(qtbot, launch):
    app, window = stand(qtbot, launch)
    bar = app.kiosk.touch_bar
    for _ in range(2):
        with qtbot.assertNotEmitted(window.signOutRequested):
            tap(qtbot, bar.buttons["signOut"])
            box = window.sign_out_box
            assert box is not None and box.isVisible()
            assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
            tap(qtbot, box.button(QMessageBox.StandardButton.Cancel))
            qtbot.waitUntil(lambda: window.sign_out_box is None)
    for _ in range(2):
        with qtbot.assertNotEmitted(app.kiosk.quitConfirmed), \
                qtbot.assertNotEmitted(app.kiosk.leaveConfirmed):
            tap(qtbot, bar.buttons["leave"])
            box = app.kiosk.confirm_box
            assert box is not None and box.isVisible()
            assert "Leave kiosk button asked this" in box.text()
            stay = box.button(QMessageBox.StandardButton.No)
            assert box.defaultButton() is stay and stay.text() == "Stay"
            tap(qtbot, stay)
            qtbot.waitUntil(lambda: app.kiosk.confirm_box is None)
        assert window.kiosk and bar.isVisible() and window.width() == 1920
    assert app.window is window and not app._done.done()
