"""Likely free times and over-time marks through the real window: F8 on the floor, the
list's "Free in ~" column sorted by a click on its header, the over-time ring until a
host acknowledges it from the table's menu, the sound once per crossing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from floorview.app import FloorviewApp
from floorview.core import journal
from floorview.core.evening import history_for
from floorview.core.model import Role, Status, User
from floorview.ui.window.main_window import MainWindow
from floorview.ui.window.table_list import NO_HISTORY
from tests.floorview.app import hands
from tests.floorview.core.test_turns import record_day
from tests.floorview.factories import table_json
from tests.floorview.qtapp import FAST_LIVE, make_args, make_store, run, wait_live

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing")

MANAGER = User("u-mgr", "Mia Manager", "mgr@x", Role.MANAGER, ("br-1",), None)


def two_tops_of_fifty(path=None, *, folder=None, branch_id: str = "br-1",
                      days=range(20, 26)) -> None:
    """A history where every two-top, at any hour, took 50 minutes (and no other party
    size was ever seated): whatever level decides, a two's estimate is 50 minutes."""
    for day in days:
        record_day(folder, day, [("t-1", hhmm, 50, 2) for hhmm in ("12:00", "15:00", "19:00",
                                                                    "22:00")],
                   path=path, branch_id=branch_id)


def _window(qtbot, settings, clock) -> MainWindow:
    window = MainWindow(make_store(), user=MANAGER, settings=settings,
                        clock=lambda: clock["now"], theme_choice="light")
    qtbot.addWidget(window)
    window.resize(1400, 800)
    window.show()
    qtbot.waitExposed(window)
    for scene in window.scenes.values():
        scene.flush()
    return window


def _window_with_history(qtbot, settings, tmp_path) -> tuple[MainWindow, dict]:
    """A window at 19:30 whose turn book holds ``two_tops_of_fifty``'s evenings."""
    path = tmp_path / "history.journal"
    two_tops_of_fifty(path)
    clock = {"now": datetime(2026, 11, 25, 19, 30, tzinfo=UTC)}
    window = _window(qtbot, settings, clock)
    window.turn_marks.book.set_history(history_for("br-1", path=path))
    return window, clock


def _press(qtbot, window, key: Qt.Key) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    QTest.keyClick(window, key)


def test_over_time_tables_stay_marked_until_acknowledged_and_sound_once(qtbot, settings):
    # t-2 and t-3 are occupied since 19:11 and 19:12 (Lisbon is on UTC in November)
    settings.over_time_sound = True
    clock = {"now": datetime(2026, 11, 25, 20, 30, tzinfo=UTC)}
    window = _window(qtbot, settings, clock)
    marks = window.turn_marks
    beeps = []
    marks.sound = lambda: beeps.append(clock["now"])
    scene = window.scenes["fp-1"]
    items = {tid: scene.table_item(tid) for tid in ("t-2", "t-3")}

    def tick(hhmm: str) -> None:  # what the 15 s timer does, at that minute
        h, m = map(int, hhmm.split(":"))
        clock["now"] = clock["now"].replace(hour=h, minute=m)
        for s in window.scenes.values():
            s.tick()
        marks.refresh()

    tick("20:40")
    assert not any(i.alert for i in items.values()) and beeps == []
    tick("20:41")  # t-2 reaches 90 minutes: red, and marked
    assert items["t-2"].alert and items["t-2"].time_level == "red"
    assert not items["t-3"].alert
    tick("20:42")
    assert items["t-3"].alert
    for minute in ("20:43", "20:44", "20:59", "21:30"):
        tick(minute)
    assert len(beeps) == 2  # once per table crossing, never per tick
    # a host acknowledges each from its menu, one after the other
    for tid, left in (("t-2", {"t-3"}), ("t-3", set())):
        menu = hands.right_click(qtbot, window, tid)
        hands.choose(qtbot, menu, "Acknowledge over time")
        assert not items[tid].alert
        assert {t for t, i in items.items() if i.alert} == left
        tick("21:31")
        assert not items[tid].alert  # it stays acknowledged
        assert items[tid].time_level == "red"  # (the timer still says it)
    menu = hands.right_click(qtbot, window, "t-2")
    assert "Acknowledge over time" not in [a.text() for a in menu.actions()]
    hands.escape_menu(qtbot)
    # cleared and seated again, t-2 crosses again 90 minutes later; with the sound off,
    # it is marked in silence
    settings.over_time_sound = False
    window.store.apply_event("tableStatusUpdate", table_json(
        "t-2", 2, number="2", x=250, y=100, status="occupied", guestCount=2,
        statusChangedAt="2026-11-25T21:32:00.000Z", floorPlanId="fp-1", serverId="u-ana"))
    scene.flush()
    tick("21:33")
    assert not items["t-2"].alert
    tick("23:02")
    assert items["t-2"].alert and len(beeps) == 2
    window.close()


def test_f8_puts_the_likely_free_time_on_each_occupied_table(qtbot, settings, tmp_path):
    window, clock = _window_with_history(qtbot, settings, tmp_path)
    store = window.store
    # t-2 seats three (no history for threes); t-5 (Patio) seats two at 19:20
    store.apply_event("tableStatusUpdate", table_json(
        "t-5", 2, number="5", x=700, y=100, status="occupied", guestCount=2,
        statusChangedAt="2026-11-25T19:20:00.000Z", floorPlanId="fp-2"))
    for scene in window.scenes.values():
        scene.flush()
    window.turn_marks.refresh()
    main, patio = window.scenes["fp-1"], window.scenes["fp-2"]
    assert main.table_item("t-2").time_text == "19m"
    for _ in range(2):  # on, off; on, off
        _press(qtbot, window, Qt.Key.Key_F8)
        assert window.free_action.isChecked() and settings.show_free_times
        assert main.table_item("t-2").time_text == "no history"
        assert patio.table_item("t-5").time_text == "free ~20:10"
        assert main.table_item("t-1").time_text == ""  # available: nothing
        _press(qtbot, window, Qt.Key.Key_F8)
        assert not window.free_action.isChecked()
        assert main.table_item("t-2").time_text == "19m"
        assert patio.table_item("t-5").time_text == "10m"
    # past its estimate, the pill says so rather than show a time gone by
    _press(qtbot, window, Qt.Key.Key_F8)
    clock["now"] = datetime(2026, 11, 25, 20, 15, tzinfo=UTC)
    window.turn_marks.refresh()
    assert patio.table_item("t-5").time_text == "free ~now"
    _press(qtbot, window, Qt.Key.Key_F8)
    # F1 lists the key
    assert ("F8", "Likely free times") in window.shortcuts()
    window.close()


# --- the real app, against the stub -------------------------------------------------------


@pytest.fixture
def app_at(qtbot, aio, settings, stub):
    """The app signed in as the host with a clock the test moves, and a history journal."""
    apps: list[FloorviewApp] = []

    def start(clock, **args) -> FloorviewApp:
        app = FloorviewApp(make_args(stub, email="host@floorview.dev", **args), settings=settings,
                           env={"FLOORVIEW_PASSWORD": "demo"}, live_options=FAST_LIVE,
                           clock=lambda: clock["now"] or datetime.now(UTC))
        apps.append(app)
        assert run(qtbot, app.start())
        wait_live(qtbot, app)
        return app

    yield start
    for app in apps:
        run(qtbot, app.shutdown())


def _seat(qtbot, app, admin, table, guests: int) -> datetime:
    admin.set_status(table.id, "occupied", guests)
    qtbot.waitUntil(lambda: app.store.tables[table.id].status is Status.OCCUPIED
                    and app.store.tables[table.id].guest_count == guests)
    return app.store.tables[table.id].status_changed_at


def test_the_list_s_free_in_column_sorts_soonest_first_and_no_history_last(
        qtbot, app_at, admin, tmp_path):
    # the branch's own journals of the last days, where the app reads its history
    harbour = next(b for b in admin.branches() if b.name == "Harbour Street")
    today = datetime.now(UTC).date()
    two_tops_of_fifty(folder=journal.default_folder(), branch_id=harbour.id,
                      days=[today - timedelta(days=d) for d in range(2, 8)])
    clock = {"now": None}
    app = app_at(clock)
    window = app.window
    book = window.turn_marks.book
    qtbot.waitUntil(lambda: len(book.history) >= 24)  # read off the GUI thread
    free = sorted((t for t in app.store.tables.values() if t.status is Status.AVAILABLE
                   and t.capacity >= 3), key=lambda t: t.number)
    two, three = free[0], free[1]
    seated_two = _seat(qtbot, app, admin, two, 2)
    _seat(qtbot, app, admin, three, 3)
    clock["now"] = seated_two + timedelta(minutes=10)
    window.side_panel.open_drawer()  # the list, in the drawer at the test's 800 px
    qtbot.waitUntil(window.table_list.isVisible)
    window.table_list.release()
    window.table_list.refresh()
    model = window.table_list.list_model
    column = model.COLUMNS.index("Free in ~")
    assert not window.table_list.isColumnHidden(column)

    def cell(table_id: str) -> str:
        return model.data(model.index(model.row_of(table_id), column))

    qtbot.waitUntil(lambda: cell(two.id) == "40m")
    assert cell(three.id) == NO_HISTORY
    tip = model.data(model.index(model.row_of(two.id), column), Qt.ItemDataRole.ToolTipRole)
    zone = app.store.branch.zone
    assert tip.startswith(f"Likely free ~{(seated_two + timedelta(minutes=50)).astimezone(zone):%H:%M}")
    header = window.table_list.horizontalHeader()
    for order in ("ascending", "descending", "ascending", "descending"):
        # a click on the header, as a person does
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier, QPoint(x, header.height() // 2))
        qtbot.waitUntil(lambda o=order: model.sorting[0] == "Free in ~" and (
            model.sorting[1] == (Qt.SortOrder.AscendingOrder if o == "ascending"
                                 else Qt.SortOrder.DescendingOrder)))
        rows = [model.table_at(r) for r in range(model.rowCount())]
        estimated = [t for t in rows if model.estimate_of(t) is not None]
        n = len(estimated)
        assert n >= 1 and rows[:n] == estimated  # the estimated first, either way
        times = [model.estimate_of(t).free_at for t in estimated]
        assert times == sorted(times, reverse=order == "descending")
        texts = [cell(t.id) for t in rows[n:]]
        occupied = [t for t in rows[n:] if t.status is Status.OCCUPIED]
        assert rows[n:n + len(occupied)] == occupied and three.id in {t.id for t in occupied}
        assert all(x == NO_HISTORY for x in texts[:len(occupied)])
        assert all(x == "" for x in texts[len(occupied):])
    # cleared seconds after it was seated: a correction, not a turn to learn from
    learnt = len(book.history)
    admin.set_status(two.id, "cleaning", None)
    qtbot.waitUntil(lambda: app.store.tables[two.id].status is Status.CLEANING)
    assert len(book.history) == learnt
    window.table_list.refresh()
    assert model.data(model.index(model.row_of(two.id), column)) == ""



def test_preferences_set_the_turns_and_the_sound_and_they_apply_at_once(qtbot, settings):
    from floorview.ui.settings import AppSettings

    assert (settings.estimate_turns, settings.over_time_sound, settings.show_free_times) == (
        8, False, False)  # the sound is off unless chosen
    clock = {"now": datetime(2026, 11, 25, 20, 30, tzinfo=UTC)}
    window = _window(qtbot, settings, clock)
    window.prefs_action.trigger()
    dialog = window.preferences_dialog
    assert dialog.turns.value() == 8 and not dialog.sound.isChecked()
    dialog.turns.setValue(5)
    QTest.mouseClick(dialog.sound, Qt.MouseButton.LeftButton)
    QTest.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert window.turn_marks.book.turns == 5
    again = AppSettings(settings.qsettings)
    assert (again.estimate_turns, again.over_time_sound) == (5, True)
    window.close()


def test_estimates_that_move_never_move_the_rows_under_the_pointer(qtbot, settings, tmp_path):
    from floorview.ui.window import table_list

    window, clock = _window_with_history(qtbot, settings, tmp_path)
    store, listing = window.store, window.table_list
    model = listing.list_model
    # two-tops at t-2 (seated 19:11) and t-5 (seated 19:20)
    for tid, x, plan, at in (("t-2", 250, "fp-1", "19:11"), ("t-5", 700, "fp-2", "19:20")):
        store.apply_event("tableStatusUpdate", table_json(
            tid, 2, number=tid[-1], x=x, y=100, status="occupied", guestCount=2,
            statusChangedAt=f"2026-11-25T{at}:00.000Z", floorPlanId=plan))
    listing.sortByColumn(model.COLUMNS.index("Free in ~"), Qt.SortOrder.AscendingOrder)
    listing.release()
    listing.refresh()
    assert model.table_ids()[:2] == ["t-2", "t-5"]
    # with the pointer on the list, t-2's party of two grows to three: no history for
    # threes, so it belongs after t-5 -- but the rows hold still until the pointer rests
    listing.hold()
    store.apply_event("tableStatusUpdate", table_json(
        "t-2", 3, number="2", x=250, y=100, status="occupied", guestCount=3,
        statusChangedAt="2026-11-25T19:11:00.000Z", floorPlanId="fp-1"))
    qtbot.waitUntil(lambda: model.data(model.index(0, model.COLUMNS.index("Free in ~")))
                    == table_list.NO_HISTORY)
    assert model.table_ids()[:2] == ["t-2", "t-5"]
    listing.release()
    listing.refresh()
    assert model.table_ids()[0] == "t-5"
    window.close()


@pytest.mark.parametrize("width", [1024, 1280, 1440, 1920])
def test_no_header_of_the_list_is_cut_beside_the_floor(qtbot, settings, tmp_path, width):
    """With "Free in ~" showing, every column the list shows is wide enough for its
    title and the sort arrow, at the widths of laptops and host-stand screens, and the
    servers' names and the statuses are whole; on a 1024 px laptop the list is in its
    drawer, opened as a person does, with a click on its button."""
    window, _clock = _window_with_history(qtbot, settings, tmp_path)
    window.resize(width, 800)
    qtbot.waitUntil(lambda: window.width() == width)
    table_list = window.table_list
    if window.side_panel.folded:
        QTest.mouseClick(window.side_panel.button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.side_panel.drawer_open and table_list.isVisible())
    header = table_list.horizontalHeader()
    model = table_list.list_model
    columns = model.COLUMNS
    assert not table_list.isColumnHidden(columns.index("Free in ~"))

    def cut() -> list[str]:
        return [columns[c] for c in range(len(columns)) if not table_list.isColumnHidden(c)
                and header.sectionSize(c) < header.sectionSizeHint(c)]

    def title(name: str) -> str:
        return model.headerData(columns.index(name), Qt.Orientation.Horizontal)

    server, status = columns.index("Server"), columns.index("Status")
    assert cut() == []
    assert header.sectionSize(server) >= table_list.sizeHintForColumn(server)  # whole names
    assert header.sectionSize(status) >= table_list.sizeHintForColumn(status)
    assert (title("Status"), title("Seats")) == ("Status ▴", "Seats")
    seats = columns.index("Seats")
    for arrow in ("▴", "▾", "▴"):  # clicks on a header, as a person does
        x = header.sectionViewportPosition(seats) + header.sectionSize(seats) // 2
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier, QPoint(x, header.height() // 2))
        qtbot.waitUntil(lambda a=arrow: title("Seats") == f"Seats {a}")
        assert title("Status") == "Status" and cut() == []
    window.close()
