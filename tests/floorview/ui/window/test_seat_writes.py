"""A seating written through the app's EditController against the stub, undone and
redone; an undo refused when someone else changed a table since."""

from __future__ import annotations

import pytest

from floorview.core.model import Status
from tests.floorview.qtapp import run
from tests.floorview.stubs import server_tables

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen


def fields(stub, app, tid: str) -> tuple:
    t = next(t for t in server_tables(stub, app.store.branch_id) if t["id"] == tid)
    return t["status"], t["guestCount"], t["serverId"]


def two_free(qtbot, app, admin):
    """Tables 21 and 3, free (the demo's statuses are drawn at random)."""
    tables = {t.number: t for t in app.store.tables.values()}
    for t in (tables["21"], tables["3"]):
        if t.status is not Status.AVAILABLE:
            admin.set_status(t.id, "available")
    qtbot.waitUntil(lambda: all(app.store.tables[tables[n].id].status is Status.AVAILABLE
                                for n in ("21", "3")))
    return app.store.tables[tables["21"].id], app.store.tables[tables["3"].id]


def other_server(app, table) -> str:
    return next(u.id for u in app.store.users.values()
                if u.role.value == "server" and u.id != table.server_id)


def test_a_group_seated_is_one_change_undone_and_redone_whole(qtbot, launch, stub, admin):
    app = launch("manager@floorview.dev", branch="Harbour Street")
    c = app.controller
    a, b = two_free(qtbot, app, admin)
    server = other_server(app, a)
    was = {t.id: fields(stub, app, t.id) for t in (a, b)}
    assert run(qtbot, c.seat([(a.id, 4), (b.id, 3)], server))
    assert [fields(stub, app, t.id) for t in (a, b)] == [("occupied", 4, server),
                                                         ("occupied", 3, server)]
    assert c.history.done[-1].what() == "seating tables 21, 3"
    qtbot.waitUntil(lambda: app.store.tables[b.id].status is Status.OCCUPIED)
    assert run(qtbot, c.undo())
    assert {t.id: fields(stub, app, t.id) for t in (a, b)} == was
    qtbot.waitUntil(lambda: app.store.tables[b.id].status is Status.AVAILABLE)
    assert run(qtbot, c.redo())
    assert [fields(stub, app, t.id) for t in (a, b)] == [("occupied", 4, server),
                                                         ("occupied", 3, server)]


def test_an_undo_after_someone_else_changed_the_table_is_refused(qtbot, launch, stub, admin):
    app = launch("manager@floorview.dev", branch="Harbour Street")
    c = app.controller
    a, _ = two_free(qtbot, app, admin)
    messages: list[tuple[str, bool]] = []
    c.message.connect(lambda text, error: messages.append((text, error)))
    assert run(qtbot, c.seat([(a.id, 2)], None))
    admin.set_status(a.id, "occupied", 3)  # the server added a guest meanwhile
    qtbot.waitUntil(lambda: app.store.tables[a.id].guest_count == 3)
    assert not run(qtbot, c.undo())
    assert fields(stub, app, a.id)[:2] == ("occupied", 3)
    text, error = messages[-1]
    assert error and "someone else changed that table since" in text
