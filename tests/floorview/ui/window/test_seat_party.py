"""Seat a party through the real window against the stub: by touch on the host stand,
by the shortcut and the toolbar on a laptop; what the stub holds after each."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from floorview.core.model import Status
from floorview.ui.floor.seat_highlight import SeatHighlight
from floorview.ui.window.seat_party import short_name
from floorview.ui.window.touch_targets import KIOSK_TARGET_PX
from tests.floorview.stubs import server_tables
from tests.floorview.touch import tap

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen

#: Twenty parties of a Friday's sizes (on the demo's Harbour Street each finds a free
#: table: the rotation goes round Ben, Ana, Gus, Dev and Chloé).
PARTIES = (2, 4, 3, 2, 5, 4, 2, 6, 3, 4, 2, 2, 4, 3, 5, 2, 4, 6, 2, 3)


def stand(qtbot, launch):
    app = launch("host@floorview.dev", kiosk=True, theme=None)
    window = app.window
    window.showNormal()
    window.setFixedSize(1920, 1080)
    qtbot.waitUntil(lambda: window.width() == 1920)
    return app, window


def on_server(stub, app) -> dict[str, dict]:
    return {t["id"]: t for t in server_tables(stub, app.store.branch_id)}


def seated_as(stub, app, shares: dict[str, int], server_id: str | None):
    def check() -> None:
        tables = on_server(stub, app)
        for tid, guests in shares.items():
            t = tables[tid]
            assert (t["status"], t["guestCount"]) == ("occupied", guests), t
            if server_id is not None:
                assert t["serverId"] == server_id, t
    return check


def type_party(qtbot, panel, party: int) -> None:
    for digit in str(party):
        tap(qtbot, panel.keys[digit])
    tap(qtbot, panel.keys["show"])


def test_twenty_parties_seated_in_a_row_by_touch(qtbot, launch, admin, stub):
    app, window = stand(qtbot, launch)
    bar, seat = app.kiosk.touch_bar, window.seat_party
    button, panel = bar.buttons["seat"], seat.panel
    assert button.text() == "Seat a party" and button.accessibleName()
    assert button.height() >= KIOSK_TARGET_PX and button.width() >= KIOSK_TARGET_PX
    qtbot.waitUntil(lambda: bar.next_label.text().startswith("Next: "))
    for n, party in enumerate(PARTIES):
        tap(qtbot, button)
        qtbot.waitUntil(lambda: panel.step == "size")
        for key in panel.keys.values():
            if key.isVisible():
                assert key.height() >= KIOSK_TARGET_PX and key.width() >= KIOSK_TARGET_PX
        type_party(qtbot, panel, party)
        assert panel.step == "options", (n, party)
        best = seat.options[0]
        assert best.now, (n, party, best.reason)
        assert len(panel.options) == len(seat.options) and seat.highlights()
        assert panel.options[0].height() >= KIOSK_TARGET_PX
        expected = dict(zip(best.table_ids, _shares(app, best, party), strict=True))
        tap(qtbot, panel.options[0])
        qtbot.waitUntil(seated_as(stub, app, expected, best.server_id), timeout=10_000)
        assert panel.step == "seated" and not seat.highlights()
        assert sum(expected.values()) == party
        tap(qtbot, panel.keys["cancel"])
        qtbot.waitUntil(lambda: not panel.isVisible())
        # the evening goes on: when the free tables run low, the longest seated leave
        qtbot.waitUntil(all_in(app, expected, Status.OCCUPIED))
        free = [t for t in app.store.tables.values() if t.status is Status.AVAILABLE]
        if len(free) < 6:
            seated = sorted((t for t in app.store.tables.values()
                             if t.status is Status.OCCUPIED and t.id not in expected),
                            key=lambda t: t.status_changed_at)
            for t in seated[:4]:
                admin.set_status(t.id, "available")
            qtbot.waitUntil(all_in(app, [t.id for t in seated[:4]], Status.AVAILABLE))


def all_in(app, table_ids, status: Status):
    """Whether the window's store has every one of these tables in ``status``."""
    ids = list(table_ids)
    return lambda: all(app.store.tables[t].status is status for t in ids)


def _shares(app, option, party):
    from floorview.core.seating import share_guests

    return share_guests(party, [app.store.tables[t].capacity for t in option.table_ids])


def free_all_but(admin, app, qtbot, keep: dict[str, int]) -> None:
    """Every table of the branch seated (occupied, 1 guest) but ``keep``'s, free, with
    these seats."""
    for t in list(app.store.tables.values()):
        if t.id in keep:
            if t.capacity != keep[t.id]:
                admin.update_table(t.id, version=t.version, capacity=keep[t.id])
            if t.status is not Status.AVAILABLE:
                admin.set_status(t.id, "available")
        elif t.status is not Status.OCCUPIED:
            admin.set_status(t.id, "occupied", 1)

    def done() -> None:
        for t in app.store.tables.values():
            if t.id in keep:
                assert t.status is Status.AVAILABLE and t.capacity == keep[t.id]
            else:
                assert t.status is Status.OCCUPIED
    qtbot.waitUntil(done, timeout=15_000)


def test_a_couple_is_offered_the_two_top_before_the_six_top(qtbot, launch, admin):
    app, window = stand(qtbot, launch)
    tables = {t.number: t for t in app.store.tables.values()}
    two, six = tables["11"], tables["24"]  # a 2-top and a 6-top on Main Dining
    free_all_but(admin, app, qtbot, {two.id: 2, six.id: 6})
    tap(qtbot, app.kiosk.touch_bar.buttons["seat"])
    type_party(qtbot, window.seat_party.panel, 2)
    options = window.seat_party.options
    assert [o.tables for o in options] == [("11",), ("24",)]
    assert "smallest free table" in options[0].reason
    assert "larger free table" in options[1].reason
    marks = [m for item in window.seat_party.highlights() for m in item.marks]
    assert [(m.number, [t.number for t in m.tables]) for m in marks] == [(1, ["11"]), (2, ["24"])]
    headline = window.seat_party.panel.options[0].accessibleName()
    assert headline.startswith("Option 1: Table 11 · 2 seats")


def test_only_neighbours_fit_one_outline_and_the_guests_shared(qtbot, launch, admin, stub):
    app, window = stand(qtbot, launch)
    tables = {t.number: t for t in app.store.tables.values()}
    a, b = tables["21"], tables["22"]  # side by side on Main Dining, four seats each
    free_all_but(admin, app, qtbot, {a.id: 4, b.id: 4})
    seat = window.seat_party
    tap(qtbot, app.kiosk.touch_bar.buttons["seat"])
    type_party(qtbot, seat.panel, 7)
    best = seat.options[0]
    assert set(best.tables) == {"21", "22"} and best.now and best.seats == 8
    (item,) = seat.highlights()
    assert isinstance(item, SeatHighlight) and len(item.marks) == 1
    assert {t.number for t in item.marks[0].tables} == {"21", "22"}
    assert window.current_plan_id() == a.floor_plan_id
    tap(qtbot, seat.panel.options[0])
    qtbot.waitUntil(seated_as(stub, app, dict(zip(best.table_ids, (4, 3), strict=True)),
                              best.server_id), timeout=10_000)


def test_undo_puts_the_table_back_as_it_was(qtbot, launch, stub):
    app, window = stand(qtbot, launch)
    seat = window.seat_party
    tap(qtbot, app.kiosk.touch_bar.buttons["seat"])
    type_party(qtbot, seat.panel, 3)
    best = seat.options[0]
    (tid,) = best.table_ids
    before = on_server(stub, app)[tid]
    assert before["status"] == "available"
    tap(qtbot, seat.panel.options[0])
    qtbot.waitUntil(seated_as(stub, app, {tid: 3}, best.server_id), timeout=10_000)
    qtbot.waitUntil(lambda: app.store.tables[tid].status is Status.OCCUPIED)
    tap(qtbot, seat.panel.keys["undo"])

    def back() -> None:
        now = on_server(stub, app)[tid]
        assert (now["status"], now["guestCount"], now["serverId"]) == (
            before["status"], before["guestCount"], before["serverId"])
    qtbot.waitUntil(back, timeout=10_000)
    qtbot.waitUntil(lambda: "Undo: seating table" in window.message_label.text())


def test_quotes_are_announced_when_nothing_is_free_now(qtbot, launch, admin):
    app, window = stand(qtbot, launch)
    free_all_but(admin, app, qtbot, {})
    seat = window.seat_party
    with qtbot.waitSignal(window.quotes_given) as got:
        tap(qtbot, app.kiosk.touch_bar.buttons["seat"])
        type_party(qtbot, seat.panel, 4)
    options, party = got.args
    assert party == 4 and options == seat.options and not any(o.now for o in options)
    # a quote is not seated by a tap: the host is told to wait
    tap(qtbot, seat.panel.options[0])
    assert seat.panel.step == "options" and "not free yet" in seat.panel.hint.text()


def test_laptop_shortcut_and_toolbar_each_twice_and_esc_clears(qtbot, launch, stub):
    app = launch("host@floorview.dev")  # a host's laptop: not in kiosk mode
    window = app.window
    window.show()
    qtbot.waitExposed(window)
    seat = window.seat_party
    button = window.toolbar.widgetForAction(window.seat_action)
    assert button is not None and button.isVisible()
    assert window.seat_action.shortcut().toString() == "S"
    qtbot.waitUntil(lambda: window.summary.next_label.text().startswith("Next: "))
    for way in ("shortcut", "toolbar", "shortcut", "toolbar"):
        if way == "shortcut":
            window.current_view().setFocus()
            QTest.keyClick(window, Qt.Key.Key_S)
        else:
            QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: seat.panel.step == "size")
        QTest.keyClicks(seat.panel, "2")
        QTest.keyClick(seat.panel, Qt.Key.Key_Return)
        assert seat.panel.step == "options" and seat.highlights()
        best = seat.options[0]
        QTest.mouseClick(seat.panel.options[0], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(seated_as(stub, app, {best.table_ids[0]: 2}, best.server_id),
                        timeout=10_000)
        qtbot.waitUntil(all_in(app, best.table_ids, Status.OCCUPIED))
        # Esc clears it
        QTest.keyClick(window, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not seat.panel.isVisible())
    # Esc at the options step clears the highlights too
    window.seat_action.trigger()
    QTest.keyClicks(seat.panel, "4")
    QTest.keyClick(seat.panel, Qt.Key.Key_Return)
    assert seat.highlights()
    window.current_view().setFocus()  # a click on the floor took the focus
    QTest.keyClick(window.current_view(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not seat.panel.isVisible())
    assert not seat.highlights() and not seat.options


def test_short_names():
    assert short_name("Ben Okafor") == "Ben O."
    assert short_name("Chloé Martin") == "Chloé M."
    assert short_name("Cher") == "Cher"


def test_preferences_choose_who_is_next_and_the_label_follows(qtbot, launch, settings):
    from floorview.core.seating import loads, rotation

    app = launch("manager@floorview.dev", branch="Harbour Street")
    window, store = app.window, app.store
    names = {uid: u.name for uid, u in store.users.items()}
    button = window.toolbar.widgetForAction(window.seat_action)
    assert button is None or not button.isVisible()  # a manager's: S or the Tables menu
    for mode in ("covers", "strict", "rotation"):
        window.prefs_action.trigger()
        dialog = window.preferences_dialog
        combo = dialog.seat_mode
        assert combo.accessibleName()
        combo.setCurrentIndex(combo.findData(mode))
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        assert settings.seat_mode == mode and window.seat_party.mode == mode
        servers = loads(store.tables.values(), store.sections,
                        window.turn_marks.book.history, now=app.clock(),
                        zone=store.branch.zone)
        first = next(s for s in rotation(servers, mode=mode, names=names)
                     if not servers[s].skipped)
        assert window.summary.next_label.text() == f"Next: {short_name(names[first])}"


def test_a_table_taken_while_the_list_was_read_is_not_seated_over(qtbot, launch, admin, stub):
    app, window = stand(qtbot, launch)
    seat = window.seat_party
    tap(qtbot, app.kiosk.touch_bar.buttons["seat"])
    type_party(qtbot, seat.panel, 2)
    taken = seat.options[0]
    (tid,) = taken.table_ids
    admin.set_status(tid, "occupied", 5)  # another host seated it meanwhile
    qtbot.waitUntil(all_in(app, [tid], Status.OCCUPIED))
    tap(qtbot, seat.panel.options[0])
    assert seat.panel.step == "options" and "was just taken" in seat.panel.hint.text()
    assert tid not in {t for o in seat.options for t in o.table_ids}
    t = on_server(stub, app)[tid]
    assert (t["status"], t["guestCount"]) == ("occupied", 5)
