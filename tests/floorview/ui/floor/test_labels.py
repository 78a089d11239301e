"""The label layout as a pure function: a table and its size in, the label boxes out."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath, QTransform

from floorview.core.model import Table
from floorview.core.samples import _t
from floorview.ui.floor.labels import (
    CAP,
    LabelStyle,
    exit_distance,
    layout_labels,
    same_boxes_for_times,
    shape_path,
)
from floorview.ui.floor.table_item import Geometry
from tests.floorview.legibility import DEMO_PLANS, branch_stores


def table(shape="rectangle", w=150.0, h=80.0, rotation=0.0, **kw) -> Table:
    return Table.from_json(_t("t-x", kw.pop("number", "12"), shape, 100, 100, w, h,
                              rotation=rotation, **kw))


def frame_of(t: Table) -> Geometry:
    return Geometry.of(t)


def shape_box(t: Table) -> QRectF:
    return QRectF(-t.width / 2, -t.height / 2, t.width, t.height)


@pytest.mark.usefixtures("qapp")
class TestLayout:
    def test_on_a_roomy_table_glyph_number_and_seats_sit_inside_it(self):
        t = table(status="occupied", guests=3)
        boxes = layout_labels(t, frame_of(t), LabelStyle(unit=80), "42m")
        inside = shape_box(t)
        for r in (boxes.glyph, boxes.number.cap_rect(), boxes.seats.cap_rect()):
            assert inside.contains(r), r
        assert boxes.seats.text == "3/4" and boxes.number.text == "12"
        # read top to bottom or left to right, never on top of each other
        assert not boxes.number.cap_rect().intersects(boxes.seats.cap_rect())
        assert not boxes.glyph.intersects(boxes.number.cap_rect())

    def test_the_time_pill_straddles_the_rim_below_and_the_number_keeps_clear_of_it(self):
        t = table(status="occupied", guests=3)
        boxes = layout_labels(t, frame_of(t), LabelStyle(unit=80), "1h 05m")
        assert boxes.pill.top() < t.height / 2 < boxes.pill.bottom()
        assert abs(boxes.pill.center().x()) < 1e-9
        assert boxes.number.cap_rect().bottom() < boxes.pill.top()

    def test_the_pill_follows_the_time_shown_and_the_reserve_does_not(self):
        t = table()
        short = layout_labels(t, frame_of(t), LabelStyle(unit=80), "5m")
        long = layout_labels(t, frame_of(t), LabelStyle(unit=80), "12h 05m")
        assert short.pill.width() < long.pill.width() <= long.pill_reserve.width()
        assert short.pill_reserve == long.pill_reserve
        assert short.bounds == long.bounds  # the bounding rect does not move each minute

    def test_badge_and_pill_are_the_same_size_on_every_table_of_a_floor(self):
        style = LabelStyle(unit=80)
        small, big = table("square", 50, 50), table("rectangle", 220, 100)
        a = layout_labels(small, frame_of(small), style, "5m")
        b = layout_labels(big, frame_of(big), style, "5m")
        assert a.badge.size() == b.badge.size() and a.pill.size() == b.pill.size()

    @pytest.mark.parametrize("rotation", [0.0, 45.0, 90.0, 135.0, 270.0])
    def test_labels_stay_upright_below_and_upper_right_whatever_the_rotation(self, rotation):
        t = table("square", 90, 90, rotation=rotation)
        boxes = layout_labels(t, frame_of(t), LabelStyle(unit=90), "20m")
        # the pill sits on the rim where the downward ray leaves the turned shape:
        # across it, or just inside it on a roomy upright table
        bottom = exit_distance(t.shape, frame_of(t), 0.0, 1.0)
        assert boxes.pill.top() < bottom <= boxes.pill.bottom() + 0.06 * 90 + 1e-9
        assert boxes.number.cap_rect().bottom() < boxes.pill.top()
        c = boxes.badge.center()
        assert c.x() > 0 and c.y() < 0

    @pytest.mark.parametrize("large_type", [False, True])
    @pytest.mark.parametrize("shape, w, h", [("square", 50, 50), ("round", 55, 55),
                                             ("square", 70, 70), ("round", 90, 90)])
    def test_the_badge_never_covers_the_number(self, shape, w, h, large_type):
        t = table(shape, w, h, server="u-ana", number="Bar 12")
        boxes = layout_labels(t, frame_of(t), LabelStyle(unit=90, large_type=large_type), "")
        assert not boxes.number.cap_rect().intersects(boxes.badge)

    @pytest.mark.parametrize("large_type", [False, True])
    @pytest.mark.parametrize("fit_scale", [0.5, 0.8, 1.0, 2.0])
    def test_a_booths_badge_never_passes_its_ends(self, large_type, fit_scale):
        """Booths end to end touch: the badge keeps within the booth's length (upright:
        its width; turned 90°: its height), going up (or sideways) past the number."""
        for rotation, ends in ((0.0, "x"), (90.0, "y")):
            t = table("rectangle", 170, 110, rotation=rotation, number="B12",
                      status="occupied", guests=4, server="u-ana")
            boxes = layout_labels(t, frame_of(t), LabelStyle(unit=110, large_type=large_type,
                                                             fit_scale=fit_scale), "1h 47m")
            if not boxes.plate.isEmpty():
                assert (large_type, fit_scale, ends) == (True, 0.5, "y")  # on its callout
                continue
            if ends == "x":
                assert boxes.badge.right() <= 85 + 1e-6
            else:
                assert boxes.badge.top() >= -85 - 1e-6
            assert not boxes.number.cap_rect().intersects(boxes.badge)

    def test_the_bounds_hold_the_table_its_rings_and_every_label(self):
        t = table("rectangle", 170, 110, rotation=90, status="occupied", guests=2)
        boxes = layout_labels(t, frame_of(t), LabelStyle(unit=90), "1h 51m")
        back = QTransform().rotate(-t.rotation)
        ring = boxes.ring
        assert boxes.bounds.contains(shape_box(t).adjusted(-ring, -ring, ring, ring))
        for r in (boxes.pill_reserve, boxes.badge, boxes.number.line_rect(),
                  boxes.seats.line_rect(), boxes.glyph):
            assert boxes.bounds.contains(back.mapRect(r)), r

    def test_large_type_makes_every_label_bigger(self):
        t = table(status="occupied", guests=3)
        normal = layout_labels(t, frame_of(t), LabelStyle(unit=80), "42m")
        large = layout_labels(t, frame_of(t), LabelStyle(unit=80, large_type=True), "42m")
        assert large.badge.width() > normal.badge.width()
        assert large.pill.height() > normal.pill.height()
        assert large.seats.px > normal.seats.px

    def test_a_long_number_on_a_tiny_table_is_laid_out_not_dropped(self):
        t = table("square", 20, 20, number="Bar 12345")
        boxes = layout_labels(t, frame_of(t), LabelStyle(unit=60), "")
        assert boxes.number.text == "Bar 12345" and boxes.number.px >= 1
        assert boxes.bounds.width() > 20
        assert boxes.number.cap_rect().height() == pytest.approx(CAP * boxes.number.px)


@pytest.mark.usefixtures("qapp")
class TestLeastSizes:
    @pytest.mark.parametrize("large_type", [False, True])
    @pytest.mark.parametrize("shape, w, h, rotation", [
        ("round", 40, 40, 0), ("round", 55, 55, 0), ("square", 70, 70, 45),
        ("rectangle", 170, 110, 90), ("round", 130, 130, 0)])
    @pytest.mark.parametrize("fit_scale", [0.6, 0.9, 1.3])
    def test_every_fact_is_at_least_its_least_size_at_fit(self, shape, w, h, rotation,
                                                         fit_scale, large_type):
        t = table(shape, w, h, rotation=rotation, status="occupied", guests=2,
                  server="u-ana", number="Bar 12")
        style = LabelStyle(unit=90, large_type=large_type, fit_scale=fit_scale)
        boxes = layout_labels(t, frame_of(t), style, "1h 51m")
        least = style.floor
        on_screen = {"number": CAP * boxes.number.px, "guests": CAP * boxes.seats.px,
                     "server": CAP * boxes.badge_font.pixelSize(),
                     "time": CAP * boxes.time_font.pixelSize(), "status": boxes.glyph.height()}
        for name, size in on_screen.items():
            assert size * fit_scale >= getattr(least, name) - 1e-6, name
        facts = [boxes.glyph, boxes.number.cap_rect(), boxes.seats.cap_rect()]
        for r in facts:  # neither the badge nor the pill covers a fact
            assert not r.intersects(boxes.badge) and not r.intersects(boxes.pill)
        assert not boxes.badge.intersects(boxes.pill)

    def test_a_table_too_small_for_its_facts_shows_them_on_a_callout(self):
        t = table("round", 40, 40, status="occupied", guests=2, number="Bar 12")
        style = LabelStyle(unit=90, large_type=True, fit_scale=0.9)
        boxes = layout_labels(t, frame_of(t), style, "19m")
        assert not boxes.plate.isEmpty()
        assert boxes.plate.width() > t.width  # it reaches past the table
        for r in (boxes.glyph, boxes.number.cap_rect(), boxes.seats.cap_rect()):
            assert boxes.plate.contains(r)
        assert boxes.pill.top() >= boxes.seats.cap_rect().bottom()  # hangs below the text
        assert boxes.bounds.contains(boxes.plate)

    @pytest.mark.parametrize("shape, w, h, rotation", [("round", 40, 40, 0), ("square", 40, 40, 45),
                                                    ("square", 40, 40, 0)])
    def test_a_callout_plate_takes_the_tables_shape_and_one_outline_with_it(
            self, shape, w, h, rotation):
        t = table(shape, w, h, rotation=rotation, status="occupied", guests=2, number="Bar 12")
        boxes = layout_labels(t, frame_of(t), LabelStyle(unit=90, large_type=True, fit_scale=0.9),
                              "19m")
        outline = boxes.plate_path
        assert not boxes.plate.isEmpty() and not outline.isEmpty()
        for r in (boxes.glyph, boxes.number.cap_rect(), boxes.seats.cap_rect()):
            assert outline.contains(r)  # every fact on the plate
        table_outline = QTransform().rotate(rotation).map(shape_path(t.shape, w, h))
        assert outline.contains(table_outline.boundingRect().center())
        assert outline.united(table_outline).boundingRect() == outline.boundingRect()
        box = outline.boundingRect()
        corners = [box.topLeft(), box.topRight(), box.bottomLeft(), box.bottomRight()]
        inset = [QPointF(c.x() + (1 if c.x() < box.center().x() else -1),
                         c.y() + (1 if c.y() < box.center().y() else -1)) for c in corners]
        if shape == "round" or rotation == 45:  # a disc, or pointed ends: no square corner
            assert not any(outline.contains(p) for p in inset)
            ends = [box.left() + 0.5, box.right() - 0.5]
            assert all(outline.contains(QPointF(x, box.center().y())) for x in ends)
        else:  # rounded as the table is
            assert all(outline.contains(QPointF(p.x() + 0.3 * (box.center().x() - p.x()),
                                                p.y() + 0.3 * (box.center().y() - p.y())))
                       for p in inset)
        assert boxes.bounds.contains(boxes.plate)

    @pytest.mark.parametrize("side", [30, 40, 50])
    def test_a_diamonds_callout_is_one_diamond_with_the_tables_corners(self, side):
        """Not a six-sided plate with the table's top corner over it (a house)."""
        t = table("square", side, side, rotation=45, status="occupied", guests=2,
                  number="Bar 12")
        boxes = layout_labels(t, frame_of(t), LabelStyle(unit=90, large_type=True,
                                                         fit_scale=0.9), "19m")
        outline = boxes.plate_path.simplified()
        corners = [outline.elementAt(i) for i in range(outline.elementCount())]
        points = {(round(e.x, 3), round(e.y, 3)) for e in corners}
        assert len(points) == 4, points  # four corners: left, top, right, bottom
        box = outline.boundingRect()
        for x, y in points:
            assert x in (round(box.left(), 3), round(box.right(), 3)) or abs(x) < 1e-3
            assert y in (round(box.top(), 3), round(box.bottom(), 3)) or abs(y) < 1e-3
        half = side * 2 ** 0.5 / 2  # the table's own corners, above and below
        assert box.top() <= -half + 1e-6 and box.bottom() >= half - 1e-6
        for r in (boxes.glyph, boxes.number.cap_rect(), boxes.seats.cap_rect()):
            assert outline.contains(r)
        assert boxes.plate_path.contains(boxes.badge.center()) or boxes.badge.intersects(box)

    def test_a_roomy_table_needs_no_callout_and_a_stamp_sized_floor_no_least_size(self):
        t = table("rectangle", 170, 110, status="occupied", guests=2)
        roomy = layout_labels(t, frame_of(t), LabelStyle(unit=90, fit_scale=0.9), "19m")
        assert roomy.plate.isEmpty()
        # shown a few hundred px wide, a floor cannot be legible: no sea of type
        stamp = layout_labels(t, frame_of(t), LabelStyle(unit=90, fit_scale=0.05), "19m")
        assert stamp.time_font.pixelSize() <= 0.45 * 90 + 1


def _outside(rect: QRectF, outline: QPainterPath) -> float:
    """The share of ``rect``'s area that lies outside ``outline``."""
    box = QPainterPath()
    box.addRect(rect)
    spill = 0.0
    for polygon in box.subtracted(outline).toFillPolygons():
        points = [polygon.at(i) for i in range(polygon.size())]
        spill += abs(sum(a.x() * b.y() - b.x() * a.y()
                         for a, b in zip(points, points[1:] + points[:1], strict=True))) / 2
    return spill / (rect.width() * rect.height())


#: A cap-height box's corner in a table's rounded corner is not a fact off the table
#: (a glyph is narrower than its box): up to 1 % of a number's box on a roomy square.
SPILL = 0.03


@pytest.mark.usefixtures("qapp")
def test_a_fact_past_the_table_s_edge_is_always_on_a_callout():
    """Glyph, number and seats each lie on the table, or all three on a callout plate: never
    one of them hanging off the table's edge over the floor. The seats line is the one
    that reaches out first (it sits lowest, where a round table narrows): a tall round
    table (44 x 90) at half scale has its seats line 16 % past its rim without a callout
    when only the glyph and the number are checked."""
    t = table("round", 44, 90, status="occupied", guests=2, number="7")
    tall = layout_labels(t, frame_of(t), LabelStyle(unit=90, fit_scale=0.5), "19m")
    assert not tall.plate_path.isEmpty()
    assert all(tall.plate_path.contains(r)
               for r in (tall.glyph, tall.number.cap_rect(), tall.seats.cap_rect()))

    off = []
    layouts = 0
    for shape in ("round", "square", "rectangle"):
        for w, h in ((30, 30), (40, 40), (60, 36), (80, 40), (44, 90), (70, 70)):
            for rotation in (0, 30, 45, 90):
                for fit_scale, large_type in ((0.5, False), (0.7, True), (0.9, False), (0.9, True)):
                    for number in ("7", "Bar 12"):
                        t = table(shape, w, h, rotation=rotation, status="occupied", guests=2,
                                  number=number)
                        boxes = layout_labels(t, frame_of(t), LabelStyle(
                            unit=90, large_type=large_type, fit_scale=fit_scale), "19m")
                        layouts += 1
                        facts = {"glyph": boxes.glyph, "number": boxes.number.cap_rect(),
                                 "seats": boxes.seats.cap_rect()}
                        if not boxes.plate_path.isEmpty():
                            assert all(boxes.plate_path.contains(r) for r in facts.values())
                            continue
                        outline = QTransform().rotate(rotation).map(shape_path(t.shape, w, h))
                        off += [(shape, w, h, rotation, fit_scale, large_type, number, name)
                                for name, r in facts.items() if _outside(r, outline) > SPILL]
    assert layouts == 576
    assert off == []


# --- legibility at fit, on every demo plan, in the real window -----------------------------
# (every size, every demo plan and a row of booths: tests/floorview/ui/window/test_every_size.py)

#: The kiosk's screen.
KIOSK = (1920, 1080)


@pytest.fixture(scope="module")
def demo_branches():
    """Each demo branch's store, fetched over REST from the stub, as the app fetches it."""
    return branch_stores(with_booth_row=False)


def _window(qtbot, store, kiosk: bool, tmp_path):
    from datetime import UTC, datetime

    from floorview.core.model import Role, User
    from floorview.ui.settings import AppSettings
    from floorview.ui.window.main_window import MainWindow

    user = User("u-mgr", "Maya Patel", "manager@floorview.dev", Role.MANAGER, (store.branch_id,),
                None)
    window = MainWindow(store, user=user, settings=AppSettings.at(tmp_path / "s.ini"),
                        clock=lambda: datetime.now(UTC), theme_choice="dark" if kiosk else "light",
                        kiosk=kiosk)
    qtbot.addWidget(window)
    window.resize(*KIOSK)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(20)  # the side panel takes its width after the first show
    return window


#: Read from two metres at the host stand (a 24-inch 1920x1080 screen: 0.28 mm a pixel;
#: a letter normal vision just resolves there is ~3 mm, so 20 px of cap height is twice
#: that): the least cap height on screen of each fact, the glyph its height.
TWO_METRES_PX = {"number": 20.0, "time": 20.0, "status": 20.0, "guests": 14.0}


def _on_screen(item, lod: float) -> dict[str, float]:
    """Each fact's size as drawn (device px): the capitals of the font it is drawn in at
    the view's scale (Qt's own font metrics, not the layout's rule of thumb); the glyph:
    its box's height."""
    from PySide6.QtGui import QFontMetricsF

    from floorview.ui.floor import palette

    sizes = item.label_sizes()
    roles = {"number": "number", "guests": "label", "time": "label"}
    drawn = {name: QFontMetricsF(palette.font(role, round(sizes[name] / CAP))).capHeight() * lod
             for name, role in roles.items()}
    drawn["status"] = sizes["status"] * lod
    return drawn


@pytest.mark.parametrize("branch", list(DEMO_PLANS))
def test_in_kiosk_at_1920x1080_every_demo_table_reads_from_two_metres(
        qtbot, tmp_path, demo_branches, branch):
    window = _window(qtbot, demo_branches[branch], True, tmp_path)
    window.setFixedSize(*KIOSK)  # offscreen has no real screen to fill
    short: list[str] = []
    try:
        for plan_name in DEMO_PLANS[branch]:
            assert window.show_plan(plan_name)
            view, scene = window.current_view(), window.current_scene()
            qtbot.waitUntil(lambda v=view: v.isVisible() and v.viewport().width() > 100)
            view.fit_to_window()
            scene.flush()
            lod = view.scale_factor
            least = {name: min(_on_screen(i, lod)[name] for i in scene.table_items()
                               if name != "time" or i.time_text)
                     for name in TWO_METRES_PX}
            print(f"{branch} / {plan_name}: " + ", ".join(
                f"{name} {px:.1f} px" for name, px in least.items()))
            short += [f"{plan_name}: {name} {least[name]:.1f} px < {px}"
                      for name, px in TWO_METRES_PX.items() if least[name] < px]
    finally:
        window.close()
    assert short == [], "\n".join(short)


def test_the_label_scale_steps_and_is_off_while_the_overview_draws_the_floor(make_scene):
    natural = {i.table_id: i.label_sizes() for i in make_scene().table_items()}
    scene = make_scene()
    scene.set_fit_scale(0.30)
    small = {i.table_id: i.label_sizes() for i in scene.table_items()}
    assert any(small[k]["time"] > natural[k]["time"] for k in small)  # the floor holds them
    scene.set_fit_scale(0.305)  # a window a few px wider: no relayout of every table
    assert {i.table_id: i.label_sizes() for i in scene.table_items()} == small
    scene.set_fit_scale(0.01)  # a stamp-sized floor: the overview draws it, no floor
    assert {i.table_id: i.label_sizes() for i in scene.table_items()} == natural


def _boxes(b) -> tuple:
    return (b.glyph, b.number.cap_rect(), b.seats.cap_rect(), b.pill, b.pill_reserve, b.badge,
            b.plate, b.bounds, b.ring)


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize("shape, w, h", [("rectangle", 150, 80), ("round", 70, 70),
                                         ("square", 44, 44), ("rectangle", 60, 36)])
def test_times_said_to_give_the_same_boxes_give_the_same_boxes(shape, w, h):
    """The minute's tick skips the relayout when same_boxes_for_times says so: it must
    be true to layout_labels, on roomy tables and on callouts alike."""
    t = table(shape, w, h, status="occupied", guests=2, server="u-ana")
    minutes = ["", "5m", "9m", "10m", "12m", "13m", "59m", "1h 00m", "1h 11m", "1h 59m",
               "2h 00m", "12h 05m"]
    same = 0
    for a in minutes:
        for b in minutes:
            if same_boxes_for_times(a, b):
                same += a != b
                assert _boxes(layout_labels(t, frame_of(t), LabelStyle(unit=80, fit_scale=0.5), a)) == \
                    _boxes(layout_labels(t, frame_of(t), LabelStyle(unit=80, fit_scale=0.5), b)), (a, b)
    assert same > 10  # most minutes keep their width ("12m" → "13m")
    assert not same_boxes_for_times("9m", "10m") and not same_boxes_for_times("", "0m")
