"""The wall: a grid of tiles, one per branch, each kept as a picture and redrawn alone.

Fed by plain inputs: the branches, one :class:`~floorview.core.store.BranchStore` per
branch, and a callable giving each branch's connection status (``None`` while it has
none). :meth:`WallView.refresh` says a branch changed; the view subscribes to the stores
itself as well. Refreshes are coalesced per frame: a group of 200 branches brings hundreds
of changes a second, and each frame recomputes and repaints only the tiles whose branch
changed (each tile a cached picture; a frame blits the rest).

The order (by attention or by name, :attr:`WallView.order_by`) is worked out at once when
it is chosen or the branches are set, and as attention changes at most every
:data:`REORDER_MS`: tiles that jumped with every change could not be read. Every minute
the facts follow the clock (times in status, the branches' local times).

Signals:
    branch_opened(str): a tile was clicked, tapped or activated (Enter, Space): its id.
    current_changed(str): the tile with the keyboard's focus changed: its id.
    reordered(): the tiles moved to a new order (or came or went).
"""

from __future__ import annotations

import functools
import math
import time
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime

from PySide6.QtCore import (
    QElapsedTimer,
    QEvent,
    QObject,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractScrollArea, QScrollArea, QSizePolicy, QWidget

from floorview.core.model import Branch
from floorview.core.store import BranchStore, Update
from floorview.ui.floor.palette import DARK, Theme
from floorview.ui.wall import ordering, paint_log
from floorview.ui.wall.tile_facts import (
    LinkStatus,
    TileFacts,
    facts,
    over_time_ids,
    sentence,
    shown_names,
)
from floorview.ui.wall.tile_paint import (
    KIOSK_LEAST_PX,
    LAPTOP_LEAST_PX,
    UNIT_WIDTH,
    Floor,
    TileLook,
    floors_of,
    least_unit,
    paint_tile,
)
from floorview.ui.wall.wall_grid import Grid, grid

#: Changes within this many ms are one refresh (a frame).
FRAME_MS = 16
#: ...but a few tiles' changes (a calm stream) go after half of it.
FEW_TILES = 2
EARLY_MS = 8
#: Tiles move to a new order at most this often while attention changes (ms).
REORDER_MS = 10_000
#: A paint draws new tile pictures for this long (ms) at most; the other changed tiles keep
#: their last picture one more frame. At 1,000 changes a second over 200 branches every
#: visible tile changed every frame, ~2 ms each: frames of 100-200 ms.
PAINT_BUDGET_MS = 8.0
#: The facts follow the clock this often (ms): times in status step once a minute.
TICK_MS = 20_000

#: A press moved this far (px) is a drag that scrolls the wall, not a tap on a tile.
DRAG_PX = 12

#: Each branch's connection by its id (None: none yet, "connecting").
LinkOf = Callable[[str], LinkStatus | None]


class WallView(QWidget):
    branch_opened = Signal(str)
    current_changed = Signal(str)
    reordered = Signal()

    def __init__(self, *, clock: Callable[[], datetime], theme: Theme = DARK,
                 kiosk: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wallView")
        #: the smallest text on a tile (px): a kiosk's wall is read from two metres
        self.least_px = KIOSK_LEAST_PX if kiosk else LAPTOP_LEAST_PX
        self._shown_names: dict[str, str] = {}
        self._clock = clock
        self._theme = theme
        self._branches: dict[str, Branch] = {}
        self._stores: Mapping[str, BranchStore] = {}
        self._link: LinkOf = lambda _bid: None
        self._unsubscribe: list[Callable[[], None]] = []
        self._facts: dict[str, TileFacts] = {}
        self._pictures: dict[str, QPixmap] = {}
        # tiles whose picture is to be drawn anew, the longest waiting first
        self._outdated: dict[str, None] = {}
        self._order: list[str] = []
        self._index: dict[str, int] = {}  # each tile's place in _order
        self._rects: dict[str, QRect] = {}  # each tile's rectangle in the layout
        self.order_by = ordering.ATTENTION
        self._grid = grid(1, 1, 1)
        # branches changed since the last frame, in the order they changed
        self._dirty: dict[str, None] = {}
        self._clock_missed = False  # a tick came while hidden
        self._keyboard_in_use = False  # a key was pressed since the last click or tap
        self._drag: tuple[float, int] | None = None  # a press's height and the scroll's then
        self._current = ""
        self._hovered = ""
        self._pressed = ""
        self._reordered_at = 0.0
        #: How many tiles were drawn anew, and the last ones (tests, benchmarks)
        self.tiles_painted = 0
        self.painted_ids: deque[str] = deque(maxlen=1000)
        self._frame = QTimer(self, singleShot=True, interval=FRAME_MS)
        self._frame.setTimerType(Qt.TimerType.PreciseTimer)
        self._since_apply = QElapsedTimer()
        self._since_apply.start()
        self._frame.timeout.connect(self._flush)
        self._reorder = QTimer(self, singleShot=True)
        self._reorder.timeout.connect(self.reorder)
        self._tick = QTimer(self, interval=TICK_MS)
        self._tick.timeout.connect(self.follow_clock)
        self._tick.start()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAutoFillBackground(False)
        self.destroyed.connect(self._drop_subscriptions_of(self._unsubscribe))

    # --- inputs -------------------------------------------------------------------------

    def set_branches(self, branches: Sequence[Branch], stores: Mapping[str, BranchStore],
                     link: LinkOf | None = None) -> None:
        """Show these branches (their stores by id; ``link``: each one's connection)."""
        for off in self._unsubscribe:
            off()
        self._unsubscribe.clear()
        self._branches = {b.id: b for b in branches}
        self._shown_names = shown_names({b.id: b.name for b in branches})
        self._stores = stores
        if link is not None:
            self._link = link
        for b in branches:
            store = stores.get(b.id)
            if store is not None:
                self._unsubscribe.append(store.subscribe(functools.partial(self._on_update, b.id)))
        self._pictures.clear()
        self._facts = {bid: self._facts_of(bid) for bid in self._branches}
        self._dirty.clear()
        self.reorder()
        if self._current not in self._branches:
            self._current = self._order[0] if self._order else ""
        self._relayout()

    def set_link(self, link: LinkOf) -> None:
        self._link = link
        self.refresh_all()

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self._pictures.clear()
        self.update()

    @property
    def theme(self) -> Theme:
        return self._theme

    def branch_ids(self) -> list[str]:
        """The branches in the wall's order."""
        return list(self._order)

    def stores(self) -> dict[str, BranchStore]:
        """The stores of the branches shown, by id."""
        return {bid: s for bid, s in self._stores.items() if bid in self._branches}

    def facts_of(self, branch_id: str) -> TileFacts | None:
        """The branch's facts as they are now (while the wall is hidden, worked out when
        asked, not at every change)."""
        if branch_id in self._dirty and branch_id in self._branches and not self.isVisible():
            self._facts[branch_id] = self._facts_of(branch_id)
        return self._facts.get(branch_id)

    def sentence_of(self, branch_id: str) -> str:
        f = self.facts_of(branch_id)
        return sentence(f) if f is not None else ""

    # --- refreshing ---------------------------------------------------------------------

    def _on_update(self, branch_id: str, _update: Update) -> None:
        self.refresh(branch_id)

    def refresh(self, branch_id: str) -> None:
        """The branch changed (tables, floors or connection): its tile is redrawn at the
        next frame, with every other change that came meanwhile. While the wall is hidden
        (the window shows a floor) the branch is only noted: its facts and tile are worked
        out once, when the wall is shown again."""
        if branch_id not in self._branches:
            return
        self._dirty.setdefault(branch_id, None)
        self._ask_frame()

    def refresh_all(self) -> None:
        self._dirty.update(dict.fromkeys(self._branches))
        self._ask_frame()

    def _ask_frame(self) -> None:
        """The dirty tiles applied a frame after the last apply; a few of them (a calm
        stream) half a frame after it. A fixed frame's timer from each first change kept
        every change 16 ms from its tile: at 100 changes/s painted p50 24-27 ms against
        Node's 3.4-3.7 ms received; without any wait, 7.9 ms."""
        if not self.isVisible():
            return
        few = len(self._dirty) <= FEW_TILES
        wait = max(0, (EARLY_MS if few else FRAME_MS) - self._since_apply.elapsed())
        if not self._frame.isActive() or wait > self._frame.remainingTime():
            self._frame.start(wait)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().showEvent(event)
        # Caught up at once, in one go: what changed while hidden, the clock, the order.
        if self._clock_missed:
            self._clock_missed = False
            self._dirty.update(dict.fromkeys(self._branches))
        if self._dirty:
            self.flush()
            self.reorder()

    def follow_clock(self) -> None:
        """Time passed: the tiles whose facts it changed (a table gone over time, the
        local time's minute) are redrawn; the others are left as they are (and none
        while the wall is hidden: it follows when shown)."""
        if not self.isVisible():
            self._clock_missed = True
            return
        moved = False
        for bid in self._branches:
            before, after = self._facts.get(bid), self._facts_of(bid)
            if after != before:
                self._facts[bid] = after
                self._repaint_tile(bid)
                moved = moved or before is None or before.attention != after.attention
        if moved:
            self._reorder_soon()

    def flush(self) -> None:
        """Apply the refreshes waiting for the frame now (shown or not)."""
        self._frame.stop()
        self._apply_dirty()

    def _flush(self) -> None:
        if not self.isVisible():  # hidden since the frame was asked: kept for the show
            return
        self._apply_dirty()

    def _apply_dirty(self) -> None:
        self._since_apply.restart()
        dirty, self._dirty = self._dirty, {}
        attention_moved = False
        for bid in dirty:
            if bid not in self._branches:
                continue
            before = self._facts.get(bid)
            after = self._facts[bid] = self._facts_of(bid)
            # Redrawn even when the facts are the same: a table may have changed status
            # or place within them, and the tile's floors show it.
            self._repaint_tile(bid)
            if before is None or (after.attention, after.known) != (before.attention, before.known):
                attention_moved = True
        if attention_moved:
            self._reorder_soon()

    def _reorder_soon(self) -> None:
        """A new order once :data:`REORDER_MS` have passed since the last one."""
        if self.order_by != ordering.ATTENTION or self._reorder.isActive():
            return
        wait = REORDER_MS - (time.monotonic() - self._reordered_at) * 1000
        self._reorder.start(max(0, int(wait)))

    def reorder(self) -> None:
        """Put the tiles in the order chosen, now."""
        self._reorder.stop()
        new = ordering.order(self._facts.values(), self.order_by)
        self._reordered_at = time.monotonic()
        if new != self._order:
            self._set_order(new)
            self.update()
            self.reordered.emit()

    def set_order_by(self, by: str) -> None:
        if by not in ordering.ORDERS:
            raise ValueError(f"order by {' or '.join(ordering.ORDERS)}, not {by!r}")
        self.order_by = by
        self.reorder()

    def _facts_of(self, bid: str) -> TileFacts:
        store = self._stores.get(bid)
        tables = store.tables.values() if store is not None else ()
        known = store is not None and (bool(store.floor_plans) or bool(store.tables))
        return facts(self._branches[bid], tables, self._clock(), self._link(bid), known=known)

    # --- geometry -----------------------------------------------------------------------

    def _relayout(self) -> None:
        parent = self.parentWidget()
        width, height = self.width(), self.height()
        if parent is not None and parent.objectName() == "qt_scrollarea_viewport":
            width, height = parent.width(), parent.height()
        unit = least_unit(self.least_px)
        self._grid = grid(len(self._order), width, height, min_height=unit,
                          min_width=unit * UNIT_WIDTH)
        self._rects = {}
        self.setMinimumHeight(math.ceil(self._grid.height) if self._grid.height > height + 0.5 else 0)
        area = parent.parentWidget() if parent is not None else None
        if isinstance(area, QAbstractScrollArea):  # a step of the wheel or an arrow: a row
            area.verticalScrollBar().setSingleStep(round(self._grid.tile_height + self._grid.gap))
        self._pictures.clear()
        self.update()

    @property
    def layout_grid(self) -> Grid:
        return self._grid

    def _set_order(self, order: list[str]) -> None:
        self._order = order
        self._index = {bid: i for i, bid in enumerate(order)}
        self._rects = {}

    def tile_rect(self, branch_id: str) -> QRect:
        # (kept until the order or the layout changes: each paint asks for every tile's,
        # 240,000 times in a profiled 1,000/s run of 200 tiles, 10 % of the GUI thread)
        r = self._rects.get(branch_id)
        if r is None:
            i = self._index.get(branch_id)
            if i is None:
                return QRect()
            x, y, w, h = self._grid.cell(i)
            r = self._rects[branch_id] = QRect(round(x), round(y), round(w), round(h))
        return QRect(r)

    def tile_at(self, pos: QPointF) -> str:
        for bid in self._order:
            if self.tile_rect(bid).contains(pos.toPoint()):
                return bid
        return ""

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(event)
        self._relayout()

    def event(self, event: QEvent) -> bool:
        parent = self.parentWidget()
        if event.type() == QEvent.Type.ParentChange and parent is not None:
            # In a scroll area the wall fits its viewport: follow the viewport's size.
            parent.installEventFilter(self)
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._relayout()
        return False

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt)
        return QSize(1200, 800)

    # --- painting -----------------------------------------------------------------------

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt)
        # The region's own rectangles, not their bounding one: two tiles changed in
        # opposite corners made that the whole wall, every picture copied again (22,000
        # copies, 2.9 s of 21 s in a profiled run at 1,000 changes/s).
        region = event.region()
        painter = QPainter(self)
        painter.setClipRegion(region)
        background = QColor(self._theme.background)
        for r in region:
            painter.fillRect(r, background)
        shown: list[tuple[str, QRect]] = []
        for bid in self._order:
            r = self.tile_rect(bid)
            if region.intersects(r):
                shown.append((bid, r))
        # New pictures within the paint's budget (the first always), those that have
        # waited longest first: in the order of the wall, the lower tiles waited longer
        # at 1,000 changes/s (p50 303 / 350 / 406 ms by third).
        rects = dict(shown)
        fresh = [bid for bid in self._outdated if bid in rects]
        fresh += [bid for bid, r in shown if bid not in self._outdated and not self._fits(bid, r)]
        started = time.perf_counter()
        late: list[str] = []
        for n, bid in enumerate(fresh):
            r = rects[bid]
            if (n and self._fits(bid, r)
                    and (time.perf_counter() - started) * 1000 > PAINT_BUDGET_MS):
                late.append(bid)  # its last picture this frame, its new one the next
                continue
            self._pictures[bid] = self._picture(bid, r.size())
            self._outdated.pop(bid, None)
        for bid, r in shown:
            painter.drawPixmap(r.topLeft(), self._pictures[bid])
        painter.end()
        if (log := paint_log.active()) is not None:
            log.painted(self)
        if late:
            QTimer.singleShot(FRAME_MS, functools.partial(self._update_tiles, late))

    def _fits(self, bid: str, r: QRect) -> bool:
        """Whether the tile has a picture of its size (its last, perhaps outdated)."""
        picture = self._pictures.get(bid)
        return picture is not None and picture.size() == r.size() * picture.devicePixelRatio()

    def _update_tiles(self, ids: list[str]) -> None:
        for bid in ids:
            if bid in self._outdated:
                self.update(self.tile_rect(bid))

    def _picture(self, bid: str, size: QSize) -> QPixmap:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(size * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(QColor(self._theme.background))
        painter = QPainter(pixmap)
        self.paint_tile(painter, bid, QRectF(0, 0, size.width(), size.height()))
        painter.end()
        if (log := paint_log.active()) is not None:
            log.drawn(self, self._stores.get(bid))
        return pixmap

    def paint_tile(self, painter: QPainter, bid: str, rect: QRectF) -> None:
        """Draw the tile of ``bid`` in ``rect`` (the view's pictures and render_wall)."""
        self.tiles_painted += 1
        self.painted_ids.append(bid)
        f = self._facts.get(bid) or self._facts_of(bid)
        store = self._stores.get(bid)
        floors: list[Floor] = []
        over: frozenset[str] = frozenset()
        if store is not None:
            floors = floors_of(store.floor_plans, store.tables.values())
            over = over_time_ids(store.tables.values(), self._clock())
        look = TileLook(self._theme, focused=(bid == self._current and self.hasFocus()
                                              and self._keyboard_in_use),
                        hovered=bid == self._hovered, least_px=self.least_px,
                        name=self._shown_names.get(bid, ""))
        paint_tile(painter, rect, f, floors, over, look)

    def paint_all(self, painter: QPainter) -> None:
        """The whole wall, every tile drawn anew (headless rendering)."""
        painter.fillRect(QRectF(0, 0, self.width(), max(self.height(), self._grid.height)),
                         QColor(self._theme.background))
        for bid in self._order:
            self.paint_tile(painter, bid, QRectF(self.tile_rect(bid)))

    def _repaint_tile(self, bid: str) -> None:
        """Draw the tile anew at the next paint (its last picture kept meanwhile, shown
        while a busy frame's budget is spent)."""
        if bid:
            self._outdated.setdefault(bid, None)  # (its place in the queue kept)
            self.update(self.tile_rect(bid))

    # --- the keyboard, the mouse, a finger ------------------------------------------------

    @property
    def current(self) -> str:
        return self._current

    def set_current(self, branch_id: str) -> None:
        if branch_id == self._current or branch_id not in self._branches:
            return
        before, self._current = self._current, branch_id
        self._repaint_tile(before)
        self._repaint_tile(branch_id)
        self._scroll_to(branch_id)
        self.current_changed.emit(branch_id)

    def _scroll_to(self, branch_id: str) -> None:
        """In a wall that scrolls, the tile with the keyboard's focus is brought into view."""
        viewport = self.parentWidget()
        area = viewport.parentWidget() if viewport is not None else None
        if isinstance(area, QScrollArea):
            r = self.tile_rect(branch_id)
            gap = round(self._grid.gap)
            area.ensureVisible(r.center().x(), r.center().y(), r.width() // 2 + gap,
                               r.height() // 2 + gap)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt)
        key = event.key()
        self._show_keyboard(True)
        if not self._order:
            super().keyPressEvent(event)
            return
        i = self._order.index(self._current) if self._current in self._order else 0
        cols = self._grid.columns
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -cols,
                Qt.Key.Key_Down: cols}.get(Qt.Key(key))
        if step is not None:
            j = i + step
            if 0 <= j < len(self._order):
                self.set_current(self._order[j])
            event.accept()
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            self.set_current(self._order[0 if key == Qt.Key.Key_Home else -1])
            event.accept()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if self._current:
                self.branch_opened.emit(self._current)
            event.accept()
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().focusInEvent(event)
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            self._keyboard_in_use = True
        self._repaint_tile(self._current)

    def _show_keyboard(self, used: bool) -> None:
        """The focus ring round the current tile only once the keyboard is in use: a wall
        nobody touches (a head office's screen) shows no tile picked out for nothing."""
        if used != self._keyboard_in_use:
            self._keyboard_in_use = used
            self._repaint_tile(self._current)

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().focusOutEvent(event)
        self._repaint_tile(self._current)

    def _scroll_bar(self):
        viewport = self.parentWidget()
        area = viewport.parentWidget() if viewport is not None else None
        return area.verticalScrollBar() if isinstance(area, QScrollArea) else None

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt)
        self._show_keyboard(False)
        left = event.button() == Qt.MouseButton.LeftButton
        self._pressed = self.tile_at(event.position()) if left else ""
        bar = self._scroll_bar()
        # a finger (or the mouse) dragged up or down scrolls a wall that scrolls
        self._drag = (event.globalPosition().y(), bar.value()) if left and bar is not None else None
        event.accept()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt)
        bid = self.tile_at(event.position())
        pressed, self._pressed = self._pressed, ""
        self._drag = None
        if bid and bid == pressed and event.button() == Qt.MouseButton.LeftButton:
            self.set_current(bid)
            self.branch_opened.emit(bid)
        event.accept()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 (Qt)
        bar = self._scroll_bar()
        if self._drag is not None and bar is not None and event.buttons() & Qt.MouseButton.LeftButton:
            start_y, start_value = self._drag
            moved = event.globalPosition().y() - start_y
            if abs(moved) >= DRAG_PX or not self._pressed:
                self._pressed = ""  # a drag: no tile opens at its end
                bar.setValue(round(start_value - moved))
            return
        bid = self.tile_at(event.position())
        if bid != self._hovered:
            before, self._hovered = self._hovered, bid
            self._repaint_tile(before)
            self._repaint_tile(bid)
            self.setCursor(Qt.CursorShape.PointingHandCursor if bid else Qt.CursorShape.ArrowCursor)
            self.setToolTip(self.sentence_of(bid) if bid else "")

    def leaveEvent(self, event) -> None:  # noqa: N802 (Qt)
        before, self._hovered = self._hovered, ""
        self._repaint_tile(before)
        super().leaveEvent(event)

    @staticmethod
    def _drop_subscriptions_of(offs: list[Callable[[], None]]) -> Callable[..., None]:
        def drop(*_: object) -> None:
            for off in offs:
                off()
            offs.clear()
        return drop


