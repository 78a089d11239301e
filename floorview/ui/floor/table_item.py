"""One table on the floor: its shape, status, number, seats, time in status and server.

The item sits at the table's centre and turns about it (``setRotation``), so its own
coordinates put the table's unrotated shape around (0, 0). Labels are drawn upright in
a counter-rotated frame, whatever the table's rotation. Everything an item needs to
paint — its layout, texts, the badge colour — is worked out when the table changes and
handed, as a frozen :class:`~floorview.ui.floor.table_paint.TableLook`, to
:mod:`~floorview.ui.floor.table_paint`, which only draws, and draws less when zoomed out
(:mod:`~floorview.ui.floor.level_of_detail`).

What an item does not own (theme, thresholds, the clock's minute, the users, stale,
edit mode, the live pulses) it reads from the :class:`ItemState` its scene shares with
all its items.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QTransform,
)
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from floorview.core.model import Status, Table, User, minutes_between
from floorview.ui.floor import palette
from floorview.ui.floor.edit_handles import place_handles, show_handles
from floorview.ui.floor.geometry import Geometry, clamp_into, edited_number, snap
from floorview.ui.floor.hatch import hatch_lines, hatch_step
from floorview.ui.floor.labels import CAP as _CAP
from floorview.ui.floor.labels import (
    LabelStyle,
    layout_labels,
    same_boxes_for_times,
    shape_path,
)
from floorview.ui.floor.level_of_detail import Detail, level_of_detail
from floorview.ui.floor.palette import Paints
from floorview.ui.floor.table_paint import TableLook, paint_ring, paint_table
from floorview.ui.floor.time_label import TIMED_STATUSES, format_duration, time_level

_STACK_ORDER = itertools.count()


@dataclass
class ItemState:
    """What all the items of one scene share; the scene owns it and changes it."""

    paints: Paints
    amber_minutes: int = 60
    red_minutes: int = 90
    large_type: bool = False
    #: the floor's typical table size (plan units): badges and time pills scale with it
    unit: float = 0.0
    #: device px per plan unit when a view fits the whole floor (0: not shown yet): the
    #: labels are at least their least size on screen at that scale
    fit_scale: float = 0.0
    now: datetime | None = None
    users: Mapping[str, User] = field(default_factory=dict)
    stale: bool = False
    edit_mode: bool = False
    plan_rect: QRectF = field(default_factory=QRectF)
    #: item → (kind, progress 0..1) of its running pulse ("live" or "flash").
    pulse: Callable[[TableItem], tuple[str, float] | None] = lambda item: None
    #: called when the user ended a drag / rotation / resize of an item in edit mode.
    edited: Callable[[TableItem, dict[str, Any]], None] = lambda item, change: None


class TableItem(QGraphicsItem):
    """One table. Create it with the table and the scene's :class:`ItemState`."""

    # PySide6's stubs lack QGraphicsItem.UserType (65536 at run time)
    Type = QGraphicsItem.UserType + 71  # type: ignore[attr-defined]

    def __init__(self, table: Table, state: ItemState) -> None:
        super().__init__()
        self._state = state
        #: what the painting draws (None: to build again, something in it changed)
        self._look: TableLook | None = None
        self._table = table
        self._geom = Geometry.of(table)
        self._local_edit = False  # moved by the user, not yet confirmed by the store
        self._press_geom: Geometry | None = None
        self._placing = False
        self._time_text = ""
        self._time_level = "normal"
        self._note = ""  # on the pill instead of the time ("free ~19:55"): set_marks
        self._alert = False  # the over-time mark: set_marks
        self._stall: tuple[Status, str] | None = None  # the stall mark: set_stall
        #: The server's last answer held this table unreadable: its last known copy is
        #: shown, drawn as stale data is (set_unconfirmed).
        self._unconfirmed = False
        self._badge: tuple[str, QColor, QColor] | None = None
        self._badge_stale: tuple[str, QColor, QColor] | None = None  # offline: the last known
        #: what the painting shows at the last zoom it was asked for: (lod, its detail)
        self._detail: tuple[float, Detail] | None = None
        #: Items of one z value stack in the order they were made (as a scene stacks
        #: them): what the scene's tables layer sorts by.
        self.stack_order = next(_STACK_ORDER)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setData(0, table.id)
        self._place()
        self._refresh_badge()
        self._refresh_time()
        self._relayout()
        self._refresh_tooltip()

    # --- reading --------------------------------------------------------------------------

    def type(self) -> int:  # noqa: A003 - Qt's name
        return self.Type

    @property
    def table(self) -> Table:
        return self._table

    @property
    def table_id(self) -> str:
        return self._table.id

    @property
    def geometry(self) -> Geometry:
        """Where the item is drawn now (the table's, or where the user dropped it)."""
        return self._geom

    @property
    def time_text(self) -> str:
        """The time in status shown ("42m"), or "" when none is shown."""
        return self._time_text

    @property
    def time_level(self) -> str:
        return self._time_level

    @property
    def alert(self) -> bool:
        """Whether the over-time mark shows (see :meth:`set_marks`)."""
        return self._alert and self._table.status is Status.OCCUPIED

    def has_marks(self, note: str = "", alert: bool = False) -> bool:
        """Whether these are the marks it holds already (set_marks would change nothing)."""
        return (note, alert) == (self._note, self._alert)

    def has_stall(self, status: Status | None, words: str = "") -> bool:
        """Whether this is the stall mark it holds already."""
        return ((status, words) if status is not None else None) == self._stall

    def set_marks(self, note: str = "", alert: bool = False) -> bool:
        """What the window adds while the table is occupied: ``note`` on the pill in the
        time's place ("free ~19:55"; its colour still says amber or red), and ``alert``, the over-time mark (a red ring
        round the table) that stays until the window takes it away. Both hold across
        the table's changes until set again; neither shows unless it is occupied."""
        if (note, alert) == (self._note, self._alert):
            return False
        self._note, self._alert = note, alert
        self._look = None
        self.tick_marks()
        return True

    @property
    def stall(self) -> str:
        """The stall mark's words ("cleaning 18m — usually 6m"), "" when it does not show."""
        if self._stall is None or self._stall[0] is not self._table.status:
            return ""
        return self._stall[1]

    def set_stall(self, status: Status | None, words: str = "") -> bool:
        """The stall mark (:mod:`.stall_mark`) while the table is in ``status``, with
        ``words`` in its tooltip; None: no mark. True when that changed."""
        stall = (status, words) if status is not None else None
        if stall == self._stall:
            return False
        self._stall = stall
        self._look = None
        self._refresh_tooltip()
        self.update()
        return True

    @property
    def shows_note(self) -> bool:
        """Its pill shows the window's note ("free ~19:55") in the time's place."""
        return bool(self._note) and self._table.status is Status.OCCUPIED

    def tick_marks(self) -> None:
        before = self._time_text
        self._refresh_time()
        if self._time_text != before:
            self._relayout()
            self._refresh_tooltip()
        self.update()

    @property
    def badge(self) -> tuple[str, QColor, QColor] | None:
        """The server badge: (initials, fill colour, text colour), or None."""
        return self._badge

    def badge_rect(self) -> QRectF:
        """The scene area the server badge covers (empty when none)."""
        if self._badge is None:
            return QRectF()
        return self._upright_to_scene(self._labels.badge)

    def number_rect(self) -> QRectF:
        """The scene area the table's number covers (its cap height, upright)."""
        num = self._labels.number
        h = _CAP * num.font.pixelSize()
        return self._upright_to_scene(QRectF(num.origin.x(), num.origin.y() - h, num.width, h))

    def _upright_to_scene(self, rect: QRectF) -> QRectF:
        """A rect of the upright (label) frame in scene coordinates: the item's rotation
        and the labels' counter-rotation cancel, so it stays a rect, not its bounding box."""
        back = QTransform().rotate(-self._geom.rotation)
        return self.mapToScene(back.map(QPolygonF(rect))).boundingRect()

    def labels_rect(self) -> QRectF:
        """The scene area the table, its badge, its time pill and its callout cover (no
        rings)."""
        back = QTransform().rotate(-self._geom.rotation)
        g, b = self._geom, self._labels
        r = QRectF(-g.width / 2, -g.height / 2, g.width, g.height)
        if self._badge is not None:
            r = r.united(back.mapRect(b.badge))
        if self._time_text:
            r = r.united(back.mapRect(b.pill))
        if not b.plate.isEmpty():
            r = r.united(back.mapRect(b.plate))
        return self.mapRectToScene(r)

    def label_boxes(self) -> dict[str, QRectF]:
        """The scene area of each fact the table shows: "number", "status" (the glyph),
        "guests" (guests of seats, or seats), "server" (the badge, when assigned),
        "time" (the pill, when timed) and "callout" (the plate, when the table is too
        small to hold them)."""
        b = self._labels
        boxes = {"number": b.number.cap_rect(), "status": b.glyph, "guests": b.seats.cap_rect()}
        if self._badge is not None:
            boxes["server"] = b.badge
        if self._time_text:
            boxes["time"] = b.pill
        if not b.plate.isEmpty():
            boxes["callout"] = b.plate
        return {name: self._upright_to_scene(r) for name, r in boxes.items()}

    def label_sizes(self) -> dict[str, float]:
        """Each fact's size in plan units: cap heights, and the status glyph's height."""
        b = self._labels
        return {"number": _CAP * b.number.px, "status": b.glyph.height(),
                "guests": _CAP * b.seats.px, "server": _CAP * b.badge_font.pixelSize(),
                "time": _CAP * b.time_font.pixelSize()}

    def shown_facts(self, lod: float) -> set[str]:
        """The facts :meth:`paint` draws at ``lod`` device px per plan unit."""
        d = self.detail(lod)
        if not (d.body and d.number):
            return set()
        shown = {"number"}
        if d.glyph:
            shown.add("status")
        if d.seats:
            shown.add("guests")
        if d.small:
            if self._time_text:
                shown.add("time")
            if self._badge is not None:
                shown.add("server")
        return shown

    def detail(self, lod: float) -> Detail:
        """What the table's painting shows at ``lod`` device px per plan unit."""
        cached = self._detail
        if cached is not None and cached[0] == lod:  # a repaint at the same zoom
            return cached[1]
        d = level_of_detail(lod, self._geom, self._labels)
        self._detail = (lod, d)
        return d

    @property
    def _n(self) -> float:
        """The number's font size (plan units)."""
        return self._labels.number_px

    @property
    def shows_time(self) -> bool:
        return bool(self._time_text)

    @property
    def paints(self) -> Paints:
        """The scene's current pens and brushes (its handles draw with them too)."""
        return self._state.paints

    @property
    def large_type(self) -> bool:
        """The floor's large type (kiosk): its edit handles a finger's size."""
        return self._state.large_type

    @property
    def plan_rect(self) -> QRectF:
        """The room the table must stay inside (edit mode)."""
        return self._state.plan_rect

    def report_edit(self, change: dict[str, Any]) -> None:
        """The user ended a drag, rotation or resize: tell the scene the new fields."""
        self._state.edited(self, change)

    # --- changing -------------------------------------------------------------------------

    def set_table(self, table: Table) -> None:
        """Show ``table`` (a newer copy of the same id): redo only what changed."""
        old, self._table = self._table, table
        self._look = None
        geom = Geometry.of(table)
        layout_changed = geom != Geometry.of(old) or table.shape != old.shape
        if layout_changed or not self._local_edit:
            self._local_edit = False  # the store has spoken: its geometry holds
            if geom != self._geom or table.shape != old.shape:
                self._geom = geom
                self._look = None
                self._place()
                self._relayout()
        if table.server_id != old.server_id:
            self._refresh_badge()
        time_before = self._time_text
        if (table.status, table.status_changed_at) != (old.status, old.status_changed_at):
            self._refresh_time()
        # The layout reads the number, the seats and the time shown (the pill's size);
        # a status change alone only changes the hatch: no relayout, no geometry change.
        if ((table.number, table.seats_text) != (old.number, old.seats_text)
                or self._time_text != time_before):
            self._relayout()
        elif table.status != old.status and Status.OUT_OF_SERVICE in (table.status, old.status):
            self._refresh_hatch()
        self._refresh_tooltip()
        self.update()

    def set_unconfirmed(self, on: bool) -> bool:
        """Show the table as not confirmed by the server (its last known copy, drawn as
        stale data is: dashed border; the tooltip says so); True when that changed."""
        if on == self._unconfirmed:
            return False
        self._unconfirmed = on
        self._look = None
        self._refresh_tooltip()
        self.update()
        return True

    @property
    def unconfirmed(self) -> bool:
        return self._unconfirmed

    def revert(self) -> None:
        """Back to the table's own geometry (after a refused save)."""
        self._local_edit = False
        geom = Geometry.of(self._table)
        if geom != self._geom:
            self._geom = geom
            self._look = None
            self._place()
            self._relayout()

    def refresh(self) -> None:
        """Redo everything read from the shared state (theme, users, type size, clock)."""
        self._refresh_badge()
        self._refresh_time()
        self._relayout()
        self._refresh_tooltip()
        self.update()

    def tick(self) -> bool:
        """The minute changed: refresh the time label; True when it shows a time."""
        before = (self._time_text, self._time_level)
        self._refresh_time()
        if (self._time_text, self._time_level) != before:
            if not same_boxes_for_times(before[0], self._time_text):
                self._relayout()
            self._refresh_tooltip()
            self.update()
        return self.shows_time

    def set_editable(self, on: bool) -> None:
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, on)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges, on)
        if not on:
            self.show_handles(False)

    def set_geometry(self, geom: Geometry) -> None:
        """Draw the table at ``geom`` (edit mode: a rotation or resize under way)."""
        if geom != self._geom:
            self._geom = geom
            self._look = None
            self._local_edit = True
            self._place()
            self._relayout()

    # --- the handles (edit mode) -------------------------------------------------------

    def show_handles(self, on: bool) -> None:
        show_handles(self, on)

    # --- geometry and layout ----------------------------------------------------------

    def _place(self) -> None:
        g = self._geom
        self._shape = shape_path(self._table.shape, g.width, g.height)
        self._look = None
        self._placing = True  # the store's (or a handle's) place: not snapped, not a drag
        try:
            self.setPos(g.center)
            self.setRotation(g.rotation)
        finally:
            self._placing = False
        place_handles(self, self._geom)

    def _refresh_badge(self) -> None:
        self._look = None
        sid = self._table.server_id
        if not sid:
            self._badge = None
            return
        user = self._state.users.get(sid)
        fill = palette.server_color(sid, user.color if user else None)
        initials = user.initials if user else "?"
        self._badge = (initials, fill, palette.contrasting_text(fill))
        self._badge_stale = self._badge  # offline: the last known server, as it was

    def _refresh_tooltip(self) -> None:
        t = self._table
        translate = QCoreApplication.translate
        seats = t.capacity  # a name: lupdate reads no attribute among the arguments
        parts = [
            translate("TableItem", "Table {0}").format(t.number),
            t.status.label if t.status.value != "unknown"
            else translate("TableItem", "Unknown status ({0})").format(t.status_text),
            translate("TableItem", "%n seats", None, seats) if t.guest_count is None
            else translate("TableItem", "{0} of %n guests", None, seats).format(t.guest_count),
        ]
        if self._time_text:
            parts.append(translate("TableItem", "for {0}", "time in status").format(self._time_text))
        if t.server_id:
            user = self._state.users.get(t.server_id)
            parts.append(translate("TableItem", "server {0}").format(user.name) if user
                         else translate("TableItem", "server unknown"))
        if self.stall:
            parts.append(translate("TableItem", "stalled: {0}").format(self.stall))
        if self._unconfirmed:
            parts.append(QCoreApplication.translate(
                "TableItem", "not confirmed by the server: its last answer for this table "
                "could not be read, so this is the last known state"))
        self.setToolTip(" · ".join(parts))

    def _refresh_time(self) -> None:
        self._look = None
        t, now = self._table, self._state.now
        minutes = minutes_between(t.status_changed_at, now) if now else None
        if t.status not in TIMED_STATUSES or minutes is None:
            self._time_text, self._time_level = "", "normal"
            return
        self._time_text = format_duration(minutes)
        if t.status is Status.OCCUPIED and self._note:
            # in its place: "42m · free ~19:55" made the pills of neighbouring tables
            # overlap on the demo's floor (rendered at 1600 and 1920 px wide)
            self._time_text = self._note
        if t.status is Status.OCCUPIED:
            self._time_level = time_level(minutes, self._state.amber_minutes, self._state.red_minutes)
        else:
            self._time_level = "normal"  # a reservation's wait is shown, never alarmed

    def _relayout(self) -> None:
        """Work out where every label goes, and the bounding rect, for the current table."""
        st = self._state
        style = LabelStyle(unit=st.unit, large_type=st.large_type, fit_scale=st.fit_scale)
        boxes = layout_labels(self._table, self._geom, style, self._time_text)
        self._refresh_hatch()
        self.prepareGeometryChange()  # before the bounds change: Qt reads the old ones
        self._labels = boxes
        self._detail = None
        self._look = None

    def _refresh_hatch(self) -> None:
        """An out-of-service table's hatch lines and their pen (:mod:`.hatch`: cut to
        its shape once a size, drawn without a clip path)."""
        g, t = self._geom, self._table
        self._look = None
        self._hatch: list[QLineF] = []
        self._hatch_pen: QPen | None = None
        hatch = self._state.paints.status[Status.OUT_OF_SERVICE].hatch
        if t.status is Status.OUT_OF_SERVICE and hatch is not None:
            step = hatch_step(g.width, g.height)
            self._hatch_pen = QPen(hatch.color(), step * 0.2, Qt.PenStyle.SolidLine,
                                   Qt.PenCapStyle.FlatCap)
            self._hatch = hatch_lines(t.shape, g.width, g.height)

    # --- QGraphicsItem ----------------------------------------------------------------

    def boundingRect(self) -> QRectF:
        return self._labels.bounds

    def shape(self) -> QPainterPath:
        return self._shape

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        self.draw(painter)

    def draw(self, painter: QPainter, *, pulse: bool = True) -> None:
        """The table's painting, in its own coordinates at ``painter``'s transform (its
        own :meth:`paint`, or the scene's tables layer drawing it into its picture;
        ``pulse``: with its running ring)."""
        st = self._state
        d = self.detail(QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform()))
        paint_table(painter, self.look, d, st.paints, stale=st.stale, selected=self.isSelected(),
                    edit_mode=st.edit_mode, ring=st.pulse(self) if pulse and d.body else None)

    def draw_pulse(self, painter: QPainter) -> None:
        """Only the table's running ring, in its own coordinates (drawn over the tables
        layer's picture, which then holds the table without it)."""
        running = self._state.pulse(self)
        if running is None:
            return
        d = self.detail(QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform()))
        paint_ring(painter, self.look, d, self._state.paints, running)

    @property
    def look(self) -> TableLook:
        """What the painting draws of the table, built again after anything in it changed."""
        look = self._look
        if look is None:
            look = self._look = TableLook(
                status=self._table.status, shape=self._table.shape, geometry=self._geom,
                outline=self._shape, labels=self._labels, hatch=self._hatch,
                hatch_pen=self._hatch_pen, time_text=self._time_text,
                time_level=self._time_level, badge=self._badge, badge_stale=self._badge_stale,
                alert=self.alert, stall=bool(self.stall), unconfirmed=self._unconfirmed)
        return look

    # --- edit mode: drag, snap, keep inside ---------------------------------------------

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:
        if self._placing or not self._state.edit_mode:
            return super().itemChange(change, value)
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange:
            return self._snapped_center(value)
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            c = self.pos()
            g = self._geom
            new = Geometry(c.x() - g.width / 2, c.y() - g.height / 2, g.width, g.height, g.rotation)
            if new != g:
                self._geom = new
                self._local_edit = True
                self._look = None
        return super().itemChange(change, value)

    def _snapped_center(self, center: QPointF) -> QPointF:
        g = self._geom
        x, y = center.x() - g.width / 2, center.y() - g.height / 2
        x, y = clamp_into(g, self._state.plan_rect, snap(x), snap(y))
        return QPointF(x + g.width / 2, y + g.height / 2)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if not self._state.edit_mode:
            event.ignore()  # not ours: the view pans, and a click activates the table
            return
        self._press_geom = self._geom
        # One table at a time: Qt would drag every selected item, but only the one
        # under the mouse reports its new place.
        event.setModifiers(Qt.KeyboardModifier.NoModifier)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        # A click's jitter is not a drag (it would snap an off-grid table and save it).
        press = event.buttonDownScreenPos(Qt.MouseButton.LeftButton)
        if (self._press_geom is not None and self._geom == self._press_geom
                and (event.screenPos() - press).manhattanLength() < QApplication.startDragDistance()):
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        start, self._press_geom = self._press_geom, None
        if start is not None and (start.x, start.y) != (self._geom.x, self._geom.y):
            self._state.edited(self, {"x": edited_number(self._geom.x), "y": edited_number(self._geom.y)})
