"""The legibility contract, checked on a real window's floor: every fact a table has is
drawn, at least its least size on screen, inside the viewport, and clear of every other
table and its facts. Shared by the tests of the floor's labels and of the window's sizes.

Where the whole floor cannot be legible in the window, the view shows a part of it at a
legible scale (:meth:`FloorView.fit_to_window`): the check then walks the view over the
floor, a viewport at a time, and asks that every table is seen whole at least once.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor

from tests.floorview.pixels import close

DEMO_PLANS = {"Harbour Street": ["Main Dining", "Bar & Lounge", "Patio"],
              "Old Town": ["Dining Room", "Terrace"]}
BOOTH_ROW = ("Booth Row", "Booths")  # (branch, plan): twelve booths side by side
#: The least cap height (device px) of each fact at fit; the glyph: its box's height.
FLOOR_PX = {
    False: {"number": 9.0, "status": 9.0, "guests": 8.0, "server": 9.0, "time": 9.0},
    True: {"number": 14.0, "status": 14.0, "guests": 11.0, "server": 14.0, "time": 14.0},
}
BOOTH = (170, 110)  # a four-seat booth (cm), as the demo's Main Dining has them
BOOTHS = 12


def add_booth_row(srv) -> None:
    """A branch of one plan: twelve four-seat booths in a row along a wall, touching (the
    least spacing the stub allows without two tables on one spot), each occupied for over
    an hour with its server: every booth shows every fact, the timer at its widest."""
    from server_stub.auth import hash_password

    def seed(service) -> None:
        repo = service.repo
        now = datetime.now(UTC)
        branch = {"id": "br-row", "name": BOOTH_ROW[0], "timezone": "Europe/London"}
        w, h = BOOTH
        plan = {"id": "fp-row", "branchId": "br-row", "name": BOOTH_ROW[1],
                "width": BOOTHS * w + 60, "height": 400, "sortOrder": 0}
        server = {"id": "u-row", "name": "Rowan Quinn", "email": "rowan@floorview.dev",
                  "role": "server", "branchIds": ["br-row"], "color": None}
        section = {"id": "sec-row", "branchId": "br-row", "floorPlanId": "fp-row",
                   "name": "Window booths", "color": "#8ECAE6", "serverId": "u-row"}
        with repo.transaction():
            repo.add_branch(branch)
            repo.add_user(server, hash_password("demo"))
            manager = repo.find_login("manager@floorview.dev")
            assert manager is not None
            repo.grant_branch(manager[0]["id"], "br-row")
            repo.add_floor_plan(plan)
            repo.add_section(section)
            for i in range(BOOTHS):
                stamp = (now - timedelta(minutes=107 + i)).isoformat().replace("+00:00", "Z")
                repo.add_table({
                    "id": f"t-row-{i + 1}", "branchId": "br-row", "floorPlanId": "fp-row",
                    "sectionId": "sec-row", "number": f"B{i + 1}", "capacity": 4,
                    "shape": "rectangle", "x": 30 + i * w, "y": 20, "width": w, "height": h,
                    "rotation": 0, "status": "occupied", "guestCount": 4,
                    "serverId": "u-row", "statusChangedAt": stamp, "updatedAt": stamp,
                    "version": 1})

    srv.call(seed)


def branch_stores(with_booth_row: bool = True) -> dict:
    """Each demo branch's store (and the booth row's), fetched over REST from the stub,
    as the app fetches it."""
    from floorview.core.rest import RestClient
    from floorview.core.store import BranchStore
    from server_stub.testing import StubServer

    wanted = set(DEMO_PLANS) | ({BOOTH_ROW[0]} if with_booth_row else set())
    stores = {}
    with StubServer(demo=True) as srv:
        if with_booth_row:
            add_booth_row(srv)
        rest = RestClient(srv.url)
        try:
            rest.login("manager@floorview.dev", "demo")
            for branch in rest.branches():
                if branch.name not in wanted:
                    continue
                store = BranchStore(branch.id)
                store.set_reference(branch=branch, floor_plans=rest.floor_plans(branch.id),
                                    sections=rest.sections(branch.id), users=rest.users(branch.id))
                store.apply_snapshot(rest.tables(branch.id))
                stores[branch.name] = store
        finally:
            rest.close()
    return stores


def plans_of(branch: str) -> list[str]:
    return [BOOTH_ROW[1]] if branch == BOOTH_ROW[0] else DEMO_PLANS[branch]


def _drawn_fills(item, scene) -> dict[str, QColor]:
    """The fill a user sees near the left end of the badge and of the time pill."""
    from floorview.ui.floor.palette import paints

    fills = {}
    if item.badge is not None:
        fills["server"] = item.badge[1]
    if item.time_text:
        fills["time"] = paints(scene.settings.theme).time[item.time_level][0].color()
    return fills


def expected_facts(item) -> set[str]:
    t = item.table
    expected = {"number", "status", "guests"}
    if t.server_id:
        expected.add("server")
    if t.status.value in ("occupied", "reserved") and t.status_changed_at:
        expected.add("time")
    return expected


def check_view(qtbot, view, scene, floor: dict[str, float], where: str,
               seen: set[str] | None = None) -> list[str]:
    """The contract's breaches on what ``view`` shows now. Tables wholly in the viewport
    are checked (and added to ``seen``); a table cut by the viewport's edge is checked
    when a pan shows it whole."""
    problems: list[str] = []
    lod = view.scale_factor
    viewport = QRectF(view.viewport().rect())
    to_viewport = view.viewportTransform()
    items = scene.table_items()
    facts = {i.table_id: {n: to_viewport.mapRect(b) for n, b in i.label_boxes().items()}
             for i in items}
    qtbot.wait(20)
    image = view.viewport().grab().toImage()
    shapes = {i.table_id: to_viewport.map(i.mapToScene(i.shape())) for i in items}
    for item in items:
        t, mine = item.table, facts[item.table_id]
        whole = to_viewport.mapRect(item.sceneBoundingRect())
        if not viewport.contains(whole):
            continue
        if seen is not None:
            seen.add(item.table_id)
        here = f"{where} table {t.number}"
        expected = expected_facts(item)
        for name, fill in _drawn_fills(item, scene).items():  # what is on screen
            box = mine[name]
            at = QPointF(box.left() + 0.12 * min(box.width(), box.height()), box.center().y())
            got = image.pixelColor(at.toPoint())
            if not close(got, fill, 40):
                problems.append(f"{here}: {name} not drawn ({got.name()} at {at})")
        if missing := expected - item.shown_facts(lod):
            problems.append(f"{here}: {sorted(missing)} not drawn")
        for name, cap in item.label_sizes().items():
            if name in expected and cap * lod < floor[name] - 0.01:
                problems.append(f"{here}: {name} {cap * lod:.1f} px < {floor[name]}")
        names = sorted(mine)
        for a in range(len(names)):  # a table's own facts: side by side, not stacked
            for b in range(a + 1, len(names)):
                if {names[a], names[b]} == {"status", "number"} or "callout" in (
                        names[a], names[b]):
                    continue  # the glyph sits by the number; the plate under all
                if mine[names[a]].intersects(mine[names[b]]):
                    problems.append(f"{here}: {names[a]} covers {names[b]}")
        for other in items:
            if other is item:
                continue
            theirs, shape = facts[other.table_id], shapes[other.table_id]
            for name, box in mine.items():
                if shape.intersects(box) or any(box.intersects(o) for o in theirs.values()):
                    problems.append(f"{here}: {name} covers table {other.table.number}")
    return problems


def walk_the_floor(qtbot, view, scene, floor: dict[str, float], where: str) -> list[str]:
    """The contract over the whole floor at the view's fit: the viewport as it opens, and
    when it shows a part, every part a pan reaches (steps of half a viewport)."""
    seen: set[str] = set()
    problems = check_view(qtbot, view, scene, floor, where, seen)
    rect = scene.sceneRect()
    vp = view.viewport().rect()
    span_w, span_h = vp.width() / view.scale_factor, vp.height() / view.scale_factor
    if span_w < rect.width() - 1 or span_h < rect.height() - 1:
        xs = _steps(rect.left(), rect.width(), span_w)
        ys = _steps(rect.top(), rect.height(), span_h)
        for y in ys:
            for x in xs:
                view.centerOn(QPointF(x, y))
                problems += [p for p in check_view(qtbot, view, scene, floor, where, seen)
                             if p not in problems]
    unseen = sorted(i.table.number for i in scene.table_items() if i.table_id not in seen)
    if unseen:
        problems.append(f"{where}: tables never seen whole: {unseen}")
    return problems


def _steps(start: float, length: float, span: float) -> list[float]:
    """Centres of views of ``span`` across ``length`` from ``start``, half a span apart."""
    if span >= length:
        return [start + length / 2]
    n = int((length - span) // (span / 2)) + 2
    return [start + span / 2 + (length - span) * k / (n - 1) for k in range(n)]
