"""A stalled table's mark, painted: a ring of dots and an hourglass, told apart from the
over-time ring by its shape, not only its colour."""

from __future__ import annotations

from PySide6.QtGui import QColor

from floorview.core.model import Status
from floorview.ui.floor.stall_mark import GROW, hourglass
from tests.floorview.ui.floor.test_table_paint import SCALE, picture

WORDS = "seated 2h 00m — usually 1h 10m"


def _gray(image, x: float, y: float, r) -> int:
    c = QColor(image.pixel(round((x - r.left()) * SCALE), round((y - r.top()) * SCALE)))
    return round(0.3 * c.red() + 0.59 * c.green() + 0.11 * c.blue())


def _along_top(image, item, grow: float) -> list[bool]:
    """Whether each point of a ring's top edge (``grow`` rings' margins out) is painted,
    against the unmarked table (on black, so any paint is light)."""
    r, look = item.boundingRect(), item.look
    g = look.geometry
    y = -g.height / 2 - look.labels.ring * grow
    xs = [-g.width / 2 + 12 + i * 0.25 for i in range(int((g.width - 24) / 0.25))]
    return [_gray(image, x, y, r) > 40 for x in xs]


def _gaps(painted: list[bool]) -> int:
    return sum(1 for a, b in zip(painted, painted[1:], strict=False) if a and not b)


def test_the_mark_is_a_ring_of_dots_where_the_over_time_ring_is_solid(make_scene, store):
    scene = make_scene()
    item = scene.table_item("t-1")  # occupied
    plain = picture(item)
    assert not any(_along_top(plain, item, GROW))
    scene.set_stall("t-1", Status.OCCUPIED, WORDS)
    stalled = picture(item)
    dots = _along_top(stalled, item, GROW)
    assert sum(dots) > 0.2 * len(dots) and _gaps(dots) >= 8  # beads, not a line
    scene.set_stall("t-1", None)
    after = picture(item)
    # the mark is gone whole: its band unpainted, and the table as it was (a handful of
    # pixels of the number's edge may differ: the raster engine's glyph cache anti-aliases
    # a glyph a shade apart once other sizes were drawn in between; 10 of 99,180 seen)
    assert not any(_along_top(after, item, GROW))
    differing = sum(1 for x in range(plain.width()) for y in range(plain.height())
                    if plain.pixel(x, y) != after.pixel(x, y))
    assert differing < 0.001 * plain.width() * plain.height(), differing
    scene.set_marks("t-1", "", True)  # the over-time ring: solid where it is drawn
    solid = _along_top(picture(item), item, 0.75)
    assert all(solid) and _gaps(solid) == 0


def test_the_words_are_in_the_tooltip_while_the_status_lasts(make_scene, store):
    scene = make_scene()
    item = scene.table_item("t-1")
    scene.set_stall("t-1", Status.OCCUPIED, WORDS)
    assert item.stall == WORDS and item.look.stall
    assert item.toolTip().endswith(f"stalled: {WORDS}")
    scene.set_stall("t-1", Status.CLEANING, "cleaning 18m — usually 6m")  # not its status
    assert item.stall == "" and not item.look.stall and "stalled" not in item.toolTip()


def test_the_hourglass_is_two_triangles_tip_to_tip():
    path = hourglass(10)
    box = path.boundingRect()
    assert (box.height(), box.width()) == (20, 16)
    assert path.contains(box.center() + type(box.center())(0, 6))  # the lower bulb
    assert not path.contains(box.center() + type(box.center())(6, 0))  # the waist's side
