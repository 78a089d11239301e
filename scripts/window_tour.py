"""A tour of the real app under a real X server, driven by real X input (xdotool).

Runs ``floorview --demo`` (the bundled stub as a child process, its simulator on) in this
process on the xcb platform, signs in as a host or a manager, does each action three
times with xdotool's mouse and keys (right-click → status → guests, assign, find, switch
floors; edit → add → move → undo → delete), checks the store after each, and grabs the
X screen to PNGs. Needs Xvfb and xdotool (Debian: xvfb, xdotool)::

    Xvfb :91 -screen 0 1440x900x24 -nolisten tcp &
    DISPLAY=:91 QT_QPA_PLATFORM=xcb .venv/bin/python scripts/window_tour.py host OUT_DIR
    DISPLAY=:91 QT_QPA_PLATFORM=xcb .venv/bin/python scripts/window_tour.py manager OUT_DIR
    DISPLAY=:92 ... scripts/window_tour.py kiosk OUT_DIR        # a 1920x1080 screen
    DISPLAY=:93 ... scripts/window_tour.py laptop OUT_DIR       # a 1024x768 or 1280x720 one
    DISPLAY=:92 ... scripts/window_tour.py kiosk-touch OUT_DIR  # a 1920x1080 screen

``laptop`` is a manager on a small laptop's screen (the window fitted to it): open a table
and change its status in its dialog, assign a server, find a table, move one in edit mode,
sign out and in again. ``kiosk-touch`` is the host stand by a finger only (Qt's touch
events through the window, as a touch screen sends them): a long press's menu to seat a
party (its guests by − and +) and assign a server, the touch bar's number pad to find a
table, recent changes, free times and fit.

Prints one line per action; exits 1 at the first action that did not do what it should.
"""

from __future__ import annotations

import argparse
import asyncio
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, QTimer
from PySide6.QtGui import QInputDevice
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget, QMenu, QWidget


def xdo(*args: object) -> None:
    subprocess.run(["xdotool", *map(str, args)], check=True)


async def until(predicate, what: str, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if predicate():
                return
        except Exception:
            pass
        await asyncio.sleep(0.05)
    raise SystemExit(f"FAILED: {what}")


def global_point(window, table_id: str) -> tuple[int, int]:
    table = window.store.tables[table_id]
    view = window.views[table.floor_plan_id]
    item = window.scenes[table.floor_plan_id].table_item(table_id)
    view.ensureVisible(item, 20, 20)
    g = item.geometry
    p = view.viewport().mapToGlobal(view.mapFromScene(QPointF(g.x + g.width / 2,
                                                              g.y + g.height / 2)))
    return p.x(), p.y()


async def right_click(window, table_id: str) -> QMenu:
    x, y = global_point(window, table_id)
    xdo("mousemove", x, y, "click", 3)
    await until(lambda: isinstance(QApplication.activePopupWidget(), QMenu), "a menu opens")
    return QApplication.activePopupWidget()


async def choose(menu: QMenu, *path: str) -> None:
    for i, text in enumerate(path):
        action = next(a for a in menu.actions()
                      if a.text().replace("…", "").replace("&", "").strip() == text)
        for _ in range(len(menu.actions()) + 1):
            if menu.activeAction() is action:
                break
            xdo("key", "Down")
            await asyncio.sleep(0.08)
        if i < len(path) - 1:
            xdo("key", "Right")
            await until(lambda a=action: a.menu().isVisible(), f"{text} opens")
            menu = action.menu()
        else:
            xdo("key", "Return")
    await until(lambda: QApplication.activePopupWidget() is None, "the menu closes")


def shot(out: Path, name: str, window: QWidget | None = None) -> None:
    """The X screen to ``out/name``; only ``window``'s part of it when given (Xvfb has no
    window manager: around the window is bare root window, not a desktop)."""
    # (no processEvents here: re-entering Qt's loop from a coroutine breaks qasync)
    if window is None:
        image = QApplication.primaryScreen().grabWindow(0)
    else:
        g = window.frameGeometry()
        image = QApplication.primaryScreen().grabWindow(0, g.x(), g.y(), g.width(), g.height())
    image.save(str(out / name))
    print(f"  screenshot {out / name} {image.width()}x{image.height()}")


async def host_tour(app, out: Path, kiosk: bool) -> None:
    window = app.window
    plan = window.current_plan_id()
    free = [t for t in sorted(app.store.tables_on(plan), key=lambda t: t.number)
            if t.status.value == "available"][:3]
    servers = sorted((u for u in app.store.users.values() if u.role.value == "server"),
                     key=lambda u: u.name)
    for round_, table in enumerate(free, 1):
        menu = await right_click(window, table.id)
        if round_ == 1:
            shot(out, "kiosk-menu-1920.png" if kiosk else "host-menu-1440.png")
        await choose(menu, "Set status", "Occupied")
        await until(lambda: window.table_actions.dialog is not None, "the guests dialog")
        xdo("key", "Return")  # Save, with the table's seats as the party
        await until(lambda t=table: app.store.tables[t.id].status.value == "occupied",
                    f"table {table.number} occupied")
        print(f"  seat {round_}: table {table.number} occupied")
        menu = await right_click(window, table.id)
        await choose(menu, "Assign server", servers[round_].name)
        await until(lambda t=table, s=servers[round_]: app.store.tables[t.id].server_id == s.id,
                    f"table {table.number} assigned")
        print(f"  assign {round_}: table {table.number} → {servers[round_].name}")
        window.current_scene().select_table("")  # nothing selected: the find must do it
        xdo("key", "ctrl+f")
        await until(lambda: window.find_bar.isVisible() and window.find_edit.hasFocus(),
                    "the find bar")
        xdo("type", table.number)
        await until(lambda t=table: window.find_edit.text() == t.number, "typed")
        xdo("key", "Return")
        await until(lambda t=table: window.selected_table() == t.id, "found and selected")
        xdo("key", "Escape")
        await until(lambda: not window.find_bar.isVisible(), "Esc closes the find bar")
        print(f"  find {round_}: table {table.number}")
        bar = window.tabs.tabBar()
        index = round_ % bar.count()
        p = bar.mapToGlobal(bar.tabRect(index).center())
        xdo("mousemove", p.x(), p.y(), "click", 1)
        await until(lambda i=index: window.tabs.currentIndex() == i, "the floor switches")
        print(f"  floor {round_}: {bar.tabText(index).replace('&&', '&')}")
        if round_ < len(free):
            await asyncio.sleep(0.5)
            shot(out, f"{'kiosk' if kiosk else 'host'}-floor{index}.png")
            p = bar.mapToGlobal(bar.tabRect(0).center())
            xdo("mousemove", p.x(), p.y(), "click", 1)
            await until(lambda: window.tabs.currentIndex() == 0, "back to the first floor")
    shot(out, "kiosk-1920.png" if kiosk else "host-1440.png")
    await keys_f8_f9(app, out, kiosk)


async def keys_f8_f9(app, out: Path, kiosk: bool) -> None:
    """F8 (likely free times on the floor) and F9 (recent changes: the kiosk's overlay,
    the window's panel), each on and off twice, by X key presses."""
    window = app.window
    dock = window.findChild(QDockWidget, "recentChangesDock")
    overlay = app.opened.kiosk.overlay

    def f9_shown() -> bool:
        return overlay.isVisible() if kiosk else dock.isVisible()

    for round_ in (1, 2):
        p = window.banner.mapToGlobal(window.banner.rect().center())
        xdo("mousemove", p.x(), p.y(), "click", 1)  # the keyboard to the window (no WM)
        await asyncio.sleep(0.2)
        xdo("key", "F8")
        await until(lambda: window.free_action.isChecked(), "F8 on")
        await asyncio.sleep(0.5)
        if round_ == 1:
            shot(out, "kiosk-f8-1920.png" if kiosk else "host-f8-1440.png")
        xdo("key", "F8")
        await until(lambda: not window.free_action.isChecked(), "F8 off")
        xdo("key", "F9")
        await until(f9_shown, "F9 shows the recent changes")
        await asyncio.sleep(0.5)
        if round_ == 1:
            shot(out, "kiosk-f9-1920.png" if kiosk else "host-f9-1440.png")
        xdo("key", "F9")
        await until(lambda: not f9_shown(), "F9 hides them")
        print(f"  F8, F9 {round_}: on and off")


async def manager_tour(app, out: Path) -> None:
    window = app.window
    xdo("key", "ctrl+e")
    await until(lambda: window.editing, "edit mode")
    for round_ in range(1, 4):
        before = set(app.store.tables)
        # a click on the window first: with no window manager (Xvfb) nobody gives the
        # keyboard back to it when a dialog closes, as a person's click does
        p = window.banner.mapToGlobal(window.banner.rect().center())
        xdo("mousemove", p.x(), p.y(), "click", 1)
        await asyncio.sleep(0.2)
        xdo("key", "ctrl+n")
        await until(lambda: (f := window.table_form) is not None and f.isVisible(), "the form")
        if round_ == 1:
            shot(out, "manager-add-1440.png")
        xdo("key", "Return")
        await until(lambda b=before: len(set(app.store.tables) - b) == 1, "a table added")
        (new,) = set(app.store.tables) - before
        await until(lambda n=new: window.scene_of(n).table_item(n) is not None, "drawn")
        print(f"  add {round_}: table {app.store.tables[new].number}")
        x, y = global_point(window, new)
        y0 = app.store.tables[new].y
        xdo("mousemove", x, y, "mousedown", 1)
        for k in range(1, 7):
            xdo("mousemove", x, y + 6 * k)
        xdo("mouseup", 1)
        await until(lambda n=new, v=y0: app.store.tables[n].y > v, "moved")
        print(f"  move {round_}: table {app.store.tables[new].number} to y={app.store.tables[new].y}")
        xdo("key", "ctrl+z")
        await until(lambda n=new, v=y0: app.store.tables[n].y == v, "the move undone")
        print(f"  undo {round_}: back to y={y0}")
        xdo("mousemove", x, y, "click", 1)
        await until(lambda n=new: window.selected_table() == n, "selected")
        xdo("key", "Delete")
        await until(lambda: (b := window.delete_box) is not None and b.isVisible(), "asked")
        if round_ == 1:
            shot(out, "manager-delete-1440.png")
        yes = window.delete_box.button(window.delete_box.StandardButton.Yes)
        p = yes.mapToGlobal(yes.rect().center())
        xdo("mousemove", p.x(), p.y(), "click", 1)
        await until(lambda n=new: n not in app.store.tables, "deleted")
        print(f"  delete {round_}")
    shot(out, "manager-edit-1440.png")


async def laptop_tour(app, out: Path) -> None:
    """A manager on a small laptop: each action three times, by X mouse and keys."""
    window = app.window
    width = window.screen().geometry().width()
    plan = window.current_plan_id()
    free = [t for t in sorted(app.store.tables_on(plan), key=lambda t: t.number)
            if t.status.value == "available"][:3]
    servers = sorted((u for u in app.store.users.values() if u.role.value == "server"),
                     key=lambda u: u.name)
    print(f"  window {window.width()}x{window.height()} on a {width} px screen; the floor "
          f"{window.current_view().width() / window.width():.0%} of its width")
    for round_, table in enumerate(free, 1):
        await focus(window)
        x, y = global_point(window, table.id)
        xdo("mousemove", x, y, "click", 1)  # a click opens the table
        await until(lambda: (d := window.table_actions.dialog) is not None and d.isVisible(),
                    "the table's dialog")
        dialog = window.table_actions.dialog
        await asyncio.sleep(0.3)
        if round_ == 1:
            shot(out, f"laptop-dialog-{width}.png")
        button = dialog.status_buttons[type(table.status)("cleaning")]
        await click_widget(button)
        save = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        await click_widget(save)
        await until(lambda t=table: app.store.tables[t.id].status.value == "cleaning",
                    f"table {table.number} cleaning")
        print(f"  open and set {round_}: table {table.number} cleaning")
        menu = await right_click(window, table.id)
        if round_ == 1:
            shot(out, f"laptop-menu-{width}.png")
        await choose(menu, "Assign server", servers[round_].name)
        await until(lambda t=table, s=servers[round_]: app.store.tables[t.id].server_id == s.id,
                    f"table {table.number} assigned")
        print(f"  assign {round_}: table {table.number} → {servers[round_].name}")
        window.current_scene().select_table("")
        await focus(window)
        xdo("key", "ctrl+f")
        await until(lambda: window.find_bar.isVisible() and window.find_edit.hasFocus(),
                    "the find bar")
        xdo("type", table.number)
        await until(lambda t=table: window.find_edit.text() == t.number, "typed")
        xdo("key", "Return")
        await until(lambda t=table: window.selected_table() == t.id, "found and selected")
        xdo("key", "Escape")
        await until(lambda: not window.find_bar.isVisible(), "Esc closes the find bar")
        print(f"  find {round_}: table {table.number}")
        await focus(window)
        xdo("key", "ctrl+e")
        await until(lambda: window.editing, "edit mode")
        x, y = global_point(window, table.id)
        y0 = app.store.tables[table.id].y
        xdo("mousemove", x, y, "mousedown", 1)
        for k in range(1, 7):
            xdo("mousemove", x, y + 4 * k)
        xdo("mouseup", 1)
        await until(lambda t=table, v=y0: app.store.tables[t.id].y > v, "moved")
        print(f"  move {round_}: table {table.number} to y={app.store.tables[table.id].y}")
        if round_ == 1:
            await asyncio.sleep(0.3)
            shot(out, f"laptop-edit-{width}.png")
        xdo("key", "ctrl+e")
        await until(lambda: not window.editing, "edit mode off")
        sign_out = window.toolbar.widgetForAction(window.sign_out_action)
        await click_widget(sign_out)
        await until(lambda: (b := window.sign_out_box) is not None and b.isVisible(), "asked")
        yes = window.sign_out_box.button(window.sign_out_box.StandardButton.Yes)
        await click_widget(yes)
        await until(lambda: (d := app.login_dialog) is not None and d.isVisible(), "sign-in")
        dialog = app.login_dialog
        await asyncio.sleep(0.3)
        if round_ == 1:
            shot(out, f"laptop-signin-{width}.png")
        await click_widget(dialog.password_edit)
        xdo("type", "demo")
        xdo("key", "Return")
        await until(lambda: app.login_dialog is None and app.window is window
                    and not window.current_scene().stale, "signed in again, the same window",
                    30)
        print(f"  sign out and in {round_}: the same window")
    await asyncio.sleep(7.0)  # the last message ("Edit mode off.") has gone
    shot(out, f"laptop-{width}.png", window)
    if window.side_panel.folded:
        await click_widget(window.side_panel.button)
        await until(lambda: window.table_list.isVisible(), "the drawer opens")
        await asyncio.sleep(0.4)
        shot(out, f"laptop-drawer-{width}.png", window)
        await click_widget(window.side_panel.button)


async def focus(window) -> None:
    """A click on the banner: with no window manager (Xvfb) nobody gives the keyboard
    back to the window when a dialog closes, as a person's click does."""
    await click_widget(window.banner)
    await asyncio.sleep(0.2)


async def click_widget(widget: QWidget) -> None:
    p = widget.mapToGlobal(widget.rect().center())
    xdo("mousemove", p.x(), p.y(), "click", 1)
    await asyncio.sleep(0.15)


_touch: list = []


async def finger(widget: QWidget, pos: QPoint | None = None, hold: float = 0.05) -> None:
    """A finger down on ``widget`` (at ``pos``, else its centre), held, and up: Qt's
    touch events through its top-level window, as a touch screen sends them."""
    if not _touch:
        _touch.append(QTest.createTouchDevice(QInputDevice.DeviceType.TouchScreen))
    top = widget.window()
    at = widget.mapTo(top, pos if pos is not None else widget.rect().center())
    # Sent from Qt's loop, not from this coroutine: a commit delivers the events at once,
    # and a slot that starts an asyncio task there would enter it inside this one.
    QTimer.singleShot(0, lambda: QTest.touchEvent(top, _touch[0], False).press(0, at, top).commit())
    await asyncio.sleep(hold)
    QTimer.singleShot(0, lambda: QTest.touchEvent(top, _touch[0], False).release(0, at, top)
                      .commit())
    await asyncio.sleep(QApplication.doubleClickInterval() / 1000 + 0.1)  # not a double tap


async def finger_on_menu(menu: QMenu, text: str) -> QMenu | None:
    action = next(a for a in menu.actions()
                  if a.text().replace("…", "").replace("&", "").strip() == text)
    sub = action.menu()  # (a chosen item's menu is gone once the tap lands)
    await finger(menu, menu.actionGeometry(action).center())
    return sub


async def kiosk_touch_tour(app, out: Path) -> None:
    """The host stand by a finger only: each action three times."""
    from floorview.ui.floor.floor_view import LONG_PRESS_MS

    window = app.window
    kiosk = app.opened.kiosk
    bar = kiosk.touch_bar
    plan = window.current_plan_id()
    free = [t for t in sorted(app.store.tables_on(plan), key=lambda t: t.number)
            if t.status.value == "available"][:3]
    servers = sorted((u for u in app.store.users.values() if u.role.value == "server"),
                     key=lambda u: u.name)
    view = window.current_view()
    for round_, table in enumerate(free, 1):
        x, y = global_point(window, table.id)
        here = view.viewport().mapFromGlobal(QPoint(x, y))
        await finger(view.viewport(), here, hold=LONG_PRESS_MS / 1000 + 0.3)
        await until(lambda: isinstance(QApplication.activePopupWidget(), QMenu), "a menu")
        menu = QApplication.activePopupWidget()
        sub = await finger_on_menu(menu, "Set status")
        await until(lambda m=sub: m is not None and m.isVisible(), "Set status opens")
        if round_ == 1:
            shot(out, "kiosk-touch-menu-1920.png")
        await finger_on_menu(sub, "Occupied")
        await until(lambda: (d := window.table_actions.dialog) is not None and d.isVisible(),
                    "the guests dialog")
        dialog = window.table_actions.dialog
        seats = dialog.guests.value()
        await finger(dialog.more)
        await finger(dialog.fewer)
        await finger(dialog.fewer)
        if round_ == 1:
            shot(out, "kiosk-touch-dialog-1920.png")
        await finger(dialog.buttons.button(dialog.buttons.StandardButton.Ok))
        await until(lambda t=table, n=seats - 1: app.store.tables[t.id].status.value ==
                    "occupied" and app.store.tables[t.id].guest_count == n,
                    f"table {table.number} seated")
        print(f"  seat {round_}: table {table.number}, guests {seats - 1} by − and +")
        x, y = global_point(window, table.id)
        here = view.viewport().mapFromGlobal(QPoint(x, y))
        await finger(view.viewport(), here, hold=LONG_PRESS_MS / 1000 + 0.3)
        await until(lambda: isinstance(QApplication.activePopupWidget(), QMenu), "a menu")
        sub = await finger_on_menu(QApplication.activePopupWidget(), "Assign server")
        await until(lambda m=sub: m is not None and m.isVisible(), "Assign server opens")
        await finger_on_menu(sub, servers[round_].name)
        await until(lambda t=table, s=servers[round_]: app.store.tables[t.id].server_id == s.id,
                    f"table {table.number} assigned")
        print(f"  assign {round_}: table {table.number} → {servers[round_].name}")
        window.current_scene().select_table("")
        await finger(bar.buttons["find"])
        await until(lambda: kiosk.pad is not None and kiosk.pad.isVisible(), "the number pad")
        pad = kiosk.pad
        number = table.number
        for prefix in sorted((k for k in pad.keys if not k.isdigit() and k.strip()
                              and number.startswith(k) and k not in ("close", "back", "show")),
                             key=len, reverse=True)[:1]:
            await finger(pad.keys[prefix])
            number = number[len(prefix):]
        for digit in number:
            await finger(pad.keys[digit])
        if round_ == 1:
            shot(out, "kiosk-touch-pad-1920.png")
        await finger(pad.keys["show"])
        await until(lambda t=table: window.selected_table() == t.id, "found and selected")
        print(f"  find {round_}: table {table.number} by the number pad")
        await finger(bar.buttons["recent"])
        await until(lambda: kiosk.overlay.isVisible(), "recent changes shown")
        await asyncio.sleep(0.3)
        if round_ == 1:
            shot(out, "kiosk-touch-recent-1920.png")
        await finger(bar.buttons["recent"])
        await until(lambda: not kiosk.overlay.isVisible(), "recent changes hidden")
        await finger(bar.buttons["freeTimes"])
        await until(lambda: window.free_action.isChecked(), "free times on")
        await asyncio.sleep(0.3)
        if round_ == 3:
            shot(out, "kiosk-touch-f8-1920.png")
        await finger(bar.buttons["freeTimes"])
        await until(lambda: not window.free_action.isChecked(), "free times off")
        await finger(bar.buttons["fit"])
        print(f"  recent changes, free times, fit {round_}: on and off")
    window.current_scene().select_table("")
    await asyncio.sleep(1.0)
    shot(out, "kiosk-touch-1920.png")


async def run(role: str, out: Path) -> int:
    from floorview.app import FloorviewApp, build_parser
    from floorview.core.live import ConnState
    from floorview.ui.settings import AppSettings

    kiosk = role in ("kiosk", "kiosk-touch")
    email = "manager@floorview.dev" if role in ("manager", "laptop") else "host@floorview.dev"
    argv = ["--demo", "--email", email, "--theme", "dark" if kiosk else "light",
            "--kiosk" if kiosk else "--no-kiosk"]
    if role in ("manager", "laptop"):
        argv += ["--branch", "Harbour Street"]
    args = build_parser().parse_args(argv)
    with tempfile.TemporaryDirectory() as where:
        app = FloorviewApp(args, settings=AppSettings.at(Path(where) / "floorview.ini"), env={})
        running = asyncio.ensure_future(app.run())
        try:
            await until(lambda: app.session is not None and app.window is not None
                        and app.session.status.state is ConnState.LIVE, "live", 60)
            app.window.activateWindow()
            await asyncio.sleep(1.0)
            if role == "manager":
                await manager_tour(app, out)
            elif role == "laptop":
                await laptop_tour(app, out)
            elif role == "kiosk-touch":
                await kiosk_touch_tour(app, out)
            else:
                await host_tour(app, out, kiosk)
            print(f"{role}: every action three times, done")
            return 0
        finally:
            app.request_quit()
            await asyncio.wait_for(running, 20)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("role", choices=("host", "manager", "kiosk", "laptop", "kiosk-touch"))
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", help="the language spoken, as floorview's --lang (default: the system's)")
    a = parser.parse_args()
    a.out.mkdir(parents=True, exist_ok=True)
    import qasync

    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    qapp.setQuitOnLastWindowClosed(False)
    from floorview.ui import language

    # as the app's entry does, before the first widget (without it English's plurals read "1 tables")
    language.install(qapp, language.choose(a.lang))
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    with loop:
        return loop.run_until_complete(run(a.role, a.out))


if __name__ == "__main__":
    sys.exit(main())
