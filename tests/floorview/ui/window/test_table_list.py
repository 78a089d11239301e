"""The table list: its order, its columns, selection both ways, on a hand-made store."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QPoint, Qt

from floorview.core.model import Table
from floorview.ui.window.table_list import TableList
from tests.floorview.qtapp import PixmapCacheWatch, status_color

NOW = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)

def test_table_list_sorts_by_status_then_time_and_selects_both_ways(qtbot, store):
    view = TableList(store, clock=lambda: NOW, status_color=status_color)
    qtbot.addWidget(view)
    view.show()  # a hidden list reads the store when shown
    ids = view.list_model.table_ids()
    # available first; the two occupied tables longest-seated first
    assert ids == ["t-1", "t-4", "t-2", "t-3", "t-5", "t-6"]
    model = view.list_model
    row = model.row_of("t-2")
    assert model.data(model.index(row, 4)) == "49m"  # seated 19:11, now 20:00
    assert model.data(model.index(row, 3)) == "Ana S."  # the full name is its tooltip
    assert model.data(model.index(row, 3), Qt.ItemDataRole.ToolTipRole) == "Ana Silva"

    with qtbot.waitSignal(view.tableSelected) as blocker:
        view.selectRow(model.row_of("t-3"))
    assert blocker.args == ["t-3"]

    with qtbot.assertNotEmitted(view.tableSelected):
        view.select_table("t-5")
    assert view.selectionModel().selectedRows()[0].row() == model.row_of("t-5")

    # a change re-sorts and keeps the selection on the same table
    t = store.tables["t-5"]
    store.apply_event("tableStatusUpdate", {**t.to_json(), "status": "available",
                                            "statusChangedAt": "2026-11-25T19:59:00.000Z",
                                            "version": t.version + 1})
    qtbot.waitUntil(lambda: model.table_ids()[1] == "t-5")
    assert view.selectionModel().selectedRows()[0].row() == model.row_of("t-5")
    view.close()


def test_table_numbers_sort_as_numbers_by_the_header_and_within_a_status(qtbot, store):
    """"2" before "9" before "10" (not "10" first, as text sorts), "B3" by its digits: by a
    click on the Table header, both ways, and among tables whose status changed at the
    same minute in the default order."""
    numbers = {"t-1": "10", "t-2": "2", "t-3": "9", "t-4": "B3", "t-5": "12", "t-6": "1"}
    same_minute = "2026-11-25T19:30:00.000Z"
    store.begin_sync()
    store.apply_snapshot([Table.from_json({**t.to_json(), "number": numbers[t.id],
                                           "status": "available", "statusChangedAt": same_minute})
                          for t in store.tables.values()])
    view = TableList(store, clock=lambda: NOW, status_color=status_color)
    qtbot.addWidget(view)
    view.resize(700, 300)
    view.show()
    qtbot.waitExposed(view)
    model = view.list_model

    def shown() -> list[str]:
        return [model.data(model.index(row, 0)) for row in range(model.rowCount())]

    assert shown() == ["1", "2", "B3", "9", "10", "12"]  # all available since 19:30
    header = view.horizontalHeader()
    column = model.COLUMNS.index("Table")
    where = QPoint(header.sectionViewportPosition(column) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert model.sorting == ("Table", Qt.SortOrder.AscendingOrder)
    assert shown() == ["1", "2", "B3", "9", "10", "12"]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert model.sorting == ("Table", Qt.SortOrder.DescendingOrder)
    assert shown() == ["12", "10", "9", "B3", "2", "1"]
    view.close()


def test_time_up_lists_the_shortest_first_as_the_other_columns_do(qtbot, store):
    """A click on Time: ▴ and the shortest time in its status first (as Seats ▴ is the
    fewest); again: ▾ and the longest first. The six tables changed 19:10 to 19:15."""
    view = TableList(store, clock=lambda: NOW, status_color=status_color)
    qtbot.addWidget(view)
    view.resize(700, 300)
    view.show()
    qtbot.waitExposed(view)
    model = view.list_model
    column = model.COLUMNS.index("Time")

    def times() -> list[str]:
        return [model.data(model.index(row, column)) for row in range(model.rowCount())]

    header = view.horizontalHeader()
    where = QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2,
                   header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Time ▴"
    assert times() == ["45m", "46m", "47m", "48m", "49m", "50m"]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Time ▾"
    assert times() == ["50m", "49m", "48m", "47m", "46m", "45m"]
    # Seats ▴ is the fewest first: the same meaning of the arrow
    seats = model.COLUMNS.index("Seats")
    model.sort(seats, Qt.SortOrder.AscendingOrder)
    shown = [model.table_at(row).guest_count or 0 for row in range(model.rowCount())]
    assert shown == sorted(shown) and shown[0] < shown[-1]
    view.close()


def test_a_table_not_confirmed_by_the_server_says_so_until_a_readable_copy(qtbot, store):
    view = TableList(store, clock=lambda: NOW, status_color=status_color)
    qtbot.addWidget(view)
    view.show()  # a hidden list reads the store when shown
    model = view.list_model
    normal = model.data(model.index(model.row_of("t-3"), 0), Qt.ItemDataRole.ForegroundRole)
    kept = store.tables["t-2"]
    store.begin_sync(shown=True)
    store.apply_snapshot([t for t in store.tables.values() if t.id != "t-2"], periodic=True,
                         unreadable={"t-2"})  # its item did not parse
    qtbot.waitUntil(lambda: "not confirmed" in str(
        model.data(model.index(model.row_of("t-2"), 0), Qt.ItemDataRole.ToolTipRole)).lower())
    row = model.row_of("t-2")
    assert model.data(model.index(row, 0)) == kept.number  # still listed, as last known
    assert model.data(model.index(row, 1), Qt.ItemDataRole.ToolTipRole).startswith(
        "Not confirmed by the server")
    muted = model.data(model.index(row, 0), Qt.ItemDataRole.ForegroundRole)
    assert muted is not None and muted != normal
    other = model.row_of("t-3")
    assert model.data(model.index(other, 0), Qt.ItemDataRole.ToolTipRole) is None
    # a readable copy: the row reads as any other again
    store.begin_sync(shown=True)
    store.apply_snapshot(list(store.tables.values()), periodic=True)
    qtbot.waitUntil(lambda: model.data(model.index(model.row_of("t-2"), 0),
                                       Qt.ItemDataRole.ToolTipRole) is None)
    assert model.data(model.index(model.row_of("t-2"), 3), Qt.ItemDataRole.ToolTipRole) == "Ana Silva"
    view.close()


def test_redrawing_changing_rows_leaves_no_pictures_behind_in_qpixmapcache(qtbot, store):
    """Each status cell's colour square is one picture per colour for the whole run. Built
    anew at every paint (a QColor as the decoration), each paint of a cell left a picture in
    QPixmapCache that nothing would ask for again, until the cache was full: with the app's
    64 MB limit, RSS grew ~100 MB in the first 16 minutes of the demo."""
    view = TableList(store, clock=lambda: NOW, status_color=status_color)
    qtbot.addWidget(view)
    view.resize(700, 300)
    view.show()
    qtbot.waitExposed(view)
    statuses = ["occupied", "cleaning", "available", "reserved"]
    with PixmapCacheWatch(limit_kb=1024, sentinel_kb=256) as watch:
        for i in range(300):  # ~6 status cells a redraw, 16x16 px: ~1.8 MB if each were new
            t = store.tables[f"t-{i % 6 + 1}"]
            store.apply_event("tableStatusUpdate", {**t.to_json(), "status": statuses[i % 4],
                                                    "version": t.version + 1})
            view.grab()  # paints every row in sight, as the screen would
        assert watch.sentinel_kept()
    # what the colour square shows is still the status's colour
    model = view.list_model
    row = model.row_of("t-1")
    icon = model.data(model.index(row, 1), Qt.ItemDataRole.DecorationRole)
    image = icon.pixmap(16, 16).toImage()
    colour = status_color(store.tables["t-1"].status)
    assert image.pixelColor(8, 8).rgb() == colour.rgb()
    view.close()


def _window(qtbot, settings, store, *, kiosk: bool):
    from floorview.core.model import Role, User
    from floorview.ui.window.main_window import MainWindow

    window = MainWindow(store, user=User("u-mgr", "Mia Manager", "mgr@x", Role.MANAGER,
                                         ("br-1",), None),
                        settings=settings, clock=lambda: NOW, theme_choice="dark", kiosk=kiosk)
    qtbot.addWidget(window)
    window.setFixedSize(1920, 1080) if kiosk else window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: no raise, no grab
def test_a_long_press_on_a_row_opens_the_tables_menu_as_on_the_floor(qtbot, settings, store):
    from tests.floorview.touch import drag, long_press, tap

    window = _window(qtbot, settings, store, kiosk=True)
    view = window.table_list
    actions = window.table_actions
    for table_id in ("t-2", "t-5", "t-2"):  # a row, another, the first again
        row = view.list_model.row_of(table_id)
        rect = view.visualRect(view.list_model.index(row, 1))
        long_press(qtbot, view.viewport(), rect.center())
        qtbot.waitUntil(lambda: actions.menu is not None and actions.menu.isVisible())
        number = store.tables[table_id].number
        assert actions.menu.actions()[0].text().startswith(f"Table {number} —")
        assert window.table_list.selected_table == table_id  # the table the menu is for
        assert "status:available" in actions.actions_of(actions.menu)
        actions.close_menu()
        qtbot.waitUntil(lambda: actions.menu is None)
    # a tap selects and opens no menu; nor does a press that scrolls
    row = view.list_model.row_of("t-4")
    rect = view.visualRect(view.list_model.index(row, 1))
    tap(qtbot, view.viewport(), rect.center())
    qtbot.wait(800)
    assert actions.menu is None and window.table_list.selected_table == "t-4"
    drag(qtbot, view.viewport(), rect.center(), rect.center() + QPoint(0, 60), hold_ms=800)
    qtbot.wait(200)
    assert actions.menu is None
    window.force_close()


def _long_list_store():
    """80 tables: 70 available for minutes ("3m"), then 10 occupied for 12h 59m (no
    history, so "no history") and one out of service: the long texts only far down."""
    from tests.floorview.factories import table_json
    from tests.floorview.qtapp import make_store

    store = make_store(tables=0)
    rows = []
    for i in range(80):
        status = "available" if i < 69 else ("out_of_service" if i == 79 else "occupied")
        since = "2026-11-25T19:57:00.000Z" if i < 69 else "2026-11-25T07:01:00.000Z"
        rows.append(Table.from_json(table_json(
            f"t-{i + 1}", number=str(i + 1), x=20 + 110 * (i % 10), y=20 + 95 * (i // 10),
            status=status, capacity=4, guestCount=2 if status == "occupied" else None,
            statusChangedAt=since, floorPlanId="fp-1")))
    store.apply_snapshot(rows)
    return store


@pytest.mark.parametrize("width, height", [(1440, 900), (1920, 1080)])
def test_key_columns_stay_whole_after_scrolling_to_a_table_far_down(qtbot, settings, width,
                                                                   height):
    """Status, Time and Free in of the rows shown after the list scrolls to a table picked
    on the floor or found: never cut (before, sized by the rows in view before the scroll,
    "Available"/"3m", they read "Occupi…", "2h…", "no hist…")."""
    store = _long_list_store()
    window = _window(qtbot, settings, store, kiosk=False)
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width)
    view, model = window.table_list, window.table_list.list_model
    columns = [model.COLUMNS.index(c) for c in ("Status", "Time", "Free in ~")]
    header = view.horizontalHeader()
    assert header.sectionResizeMode(columns[0]) is not header.ResizeMode.Stretch

    def check_rows_in_view(table_id: str) -> set[str]:
        qtbot.waitUntil(lambda: view.selected_table == table_id)
        qtbot.wait(50)
        shown = [r for r in range(model.rowCount())
                 if 0 <= view.rowViewportPosition(r) < view.viewport().height()]
        assert model.row_of(table_id) in shown
        texts = set()
        for row in shown:
            for column in columns:
                if view.isColumnHidden(column):
                    continue
                index = model.index(row, column)
                text = model.data(index)
                texts.add(text)
                # the cell's text and its padding (Qt's delegate measures both)
                need = view.sizeHintForIndex(index).width()
                assert view.columnWidth(column) >= need, (text, view.columnWidth(column), need)
        return texts

    scene = window.current_scene()
    for _ in range(2):  # picked on the floor, then found; twice in a row
        scene.select_table("t-75")
        texts = check_rows_in_view("t-75")
        assert {"Occupied", "12h 59m"} <= texts
        window.reveal_table("t-1")
        check_rows_in_view("t-1")
        window.reveal_table("t-80")
        texts = check_rows_in_view("t-80")
        assert {"Out of service", "no history"} <= texts
    window.close()


def test_a_hidden_list_reads_the_store_once_when_shown_not_at_every_change(qtbot, store):
    view = TableList(store, clock=lambda: NOW, status_color=status_color)
    qtbot.addWidget(view)
    view.show()
    model = view.list_model
    qtbot.waitUntil(lambda: model.rowCount() == len(store.tables))
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.layoutChanged.connect(lambda: resets.append(2))
    view.hide()
    t = store.tables["t-5"]
    for i in range(1, 4):  # three changes while hidden: nothing read
        store.apply_event("tableStatusUpdate", {**t.to_json(), "status": "reserved",
                                                "guestCount": None, "version": t.version + i})
    qtbot.wait(700)  # longer than the list's own refresh period
    assert resets == []
    assert model.table_at(model.row_of("t-5")).status.value != "reserved"
    view.show()  # shown again: the rows are the store's, read once
    qtbot.waitUntil(lambda: model.table_at(model.row_of("t-5")).status.value == "reserved")
    assert len(resets) == 1
    assert model.table_at(model.row_of("t-5")).version == t.version + 3


def test_a_re_sort_keeps_the_rows_model_indexes_on_their_tables(qtbot, store):
    """A status change moves a row: the same tables, so the rows move (no reset), and an
    index held on a table (the selection, an accessible's) follows it to its new row."""
    from PySide6.QtCore import QPersistentModelIndex

    view = TableList(store, clock=lambda: NOW, status_color=status_color)
    qtbot.addWidget(view)
    view.show()
    model = view.list_model
    qtbot.waitUntil(lambda: model.rowCount() == len(store.tables))
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    held = QPersistentModelIndex(model.index(model.row_of("t-5"), 0))
    before = model.row_of("t-5")
    t = store.tables["t-5"]
    store.apply_event("tableStatusUpdate", {**t.to_json(), "status": "available",
                                            "statusChangedAt": "2026-11-25T19:59:00.000Z",
                                            "version": t.version + 1})
    qtbot.waitUntil(lambda: model.row_of("t-5") != before)
    assert resets == []
    assert held.row() == model.row_of("t-5")
    assert model.table_at(held.row()).id == "t-5"
