"""The tables as a list beside the map, for when a list scans faster than a map.

Sorted by status (available first: what a host looks for), then by time in that status,
longest first; a click on a column's header sorts by that column (again: the other way).
Selecting a row selects the table on the map and the other way round; a long press on a
row opens the table's menu, as on the map (and as a right-click does). The rows never move
under a person's pointer: while the pointer is on the list, changes are shown in place and
the re-sort waits; after a re-sort the selected row stays where it was on screen.

The "Free in ~" column says when each occupied table is likely free (from
:class:`floorview.core.turns.TurnBook`'s estimates, handed in with
:meth:`TableListModel.set_estimates`): "25m", "now" once the estimate has passed, or "no
history" without enough comparable turns. Sorted by it, the soonest come first and the
tables without an estimate last, whichever way.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QIcon, QMouseEvent, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView, QWidget

from floorview.core.model import SETTABLE_STATUSES, Status, Table
from floorview.core.store import BranchStore, Update
from floorview.core.turns import FreeEstimate
from floorview.ui.floor.floor_view import LONG_PRESS_MS
from floorview.ui.floor.time_label import format_duration
from floorview.ui.language import QT_TRANSLATE_NOOP
from floorview.ui.window.list_widths import key_widths

Clock = Callable[[], datetime]
Estimates = Callable[[Table], FreeEstimate | None]
#: What the "Free in ~" column says of an occupied table without an estimate.
NO_HISTORY = QT_TRANSLATE_NOOP("TableListModel", "no history")

_STATUS_ORDER = {status: i for i, status in enumerate((*SETTABLE_STATUSES, Status.UNKNOWN))}


def minutes_in_status(table: Table, now: datetime) -> int | None:
    if table.status_changed_at is None:
        return None
    return max(0, int((now - table.status_changed_at).total_seconds() // 60))


def duration_text(minutes: int | None) -> str:
    """As the map says it (``"42m"``, ``"4h 57m"``); ``"—"`` when unknown."""
    return "—" if minutes is None else format_duration(minutes)

def free_in_text(estimate: FreeEstimate | None, now: datetime) -> str:
    """"25m", "1h 05m", "now" (the estimate has passed), or "no history"."""
    if estimate is None:
        return QCoreApplication.translate("TableListModel", NO_HISTORY)
    if estimate.is_due(now):
        return QCoreApplication.translate("TableListModel", "now")
    return format_duration(round(estimate.minutes_left(now)))


def short_name(name: str) -> str:
    """"Ben Okafor" → "Ben O.": a server as a floor knows them, narrow enough for the
    list's column beside the map (the full name is the cell's tooltip)."""
    parts = name.split()
    return f"{parts[0]} {parts[-1][0]}." if len(parts) > 1 else name


#: The sorted column's title ends with one of these: {ascending: ..., descending: ...}.
SORT_ARROWS = {True: "▴", False: "▾"}

#: Narrower than this (px), the list leaves out the floor's column when it shows "Free in ~".
FLOOR_COLUMN_MIN_WIDTH = 640

#: How long after the pointer last moved on the list a re-sort waits (seconds).
HOLD_SECONDS = 2.0


def sort_key(table: Table) -> tuple:
    changed = table.status_changed_at or datetime.max.replace(tzinfo=UTC)
    return (_STATUS_ORDER.get(table.status, 99), changed, _number_key(table.number))


@functools.lru_cache(maxsize=1 << 16)
def _number_key(number: str) -> tuple:
    digits = "".join(c for c in number if c.isdigit())
    return (int(digits) if digits else 10**9, number)


def colour_square(colour: QColor) -> QIcon:
    """A status's colour as the list shows it: one icon per colour for the whole run.

    Not the QColor itself: for a QColor, Qt's delegate fills a new pixmap and wraps it in
    a new icon at every paint of the cell, and the icon leaves its picture in
    QPixmapCache under that new pixmap's key, which nothing asks for again. Measured
    against the stub's simulator (gdb on ``QPixmapCache::insert``, 20 changes a second):
    2,268 such pictures in 25 s from this column; they filled the cache up to its limit
    (64 MB, for the floor's pictures), RSS 142 -> 240 MB in the demo's first 16 minutes.
    """
    return _colour_square(colour.rgba())


@functools.lru_cache(maxsize=64)
def _colour_square(rgba: int) -> QIcon:
    # 64 px, drawn down to the list's decoration size (16 px; 32 device px on HiDPI)
    pixmap = QPixmap(64, 64)
    pixmap.fill(QColor.fromRgba(rgba))
    return QIcon(pixmap)


class TableListModel(QAbstractTableModel):
    """Rows: the branch's tables in list order. Columns: table, status, guests, server,
    time in status, likely free in (once estimates are set), floor (when the branch has
    several)."""

    #: The columns by their English titles, which name them in code too (see :meth:`title`).
    COLUMNS = ("Table", "Status", "Seats", "Server", "Time", "Free in ~", "Floor")
    _TITLES = (QT_TRANSLATE_NOOP("TableListModel", "Table"), QT_TRANSLATE_NOOP("TableListModel", "Status"),
               QT_TRANSLATE_NOOP("TableListModel", "Seats"), QT_TRANSLATE_NOOP("TableListModel", "Server"),
               QT_TRANSLATE_NOOP("TableListModel", "Time"), QT_TRANSLATE_NOOP("TableListModel", "Free in ~"),
               QT_TRANSLATE_NOOP("TableListModel", "Floor"))

    @classmethod
    def title(cls, section: int) -> str:
        """A column's title as the header shows it (in the language spoken)."""
        return QCoreApplication.translate("TableListModel", cls._TITLES[section])
    TABLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, store: BranchStore, *, clock: Clock,
                 status_color: Callable[[Status], QColor], parent=None) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock
        self._status_color = status_color
        self._rows: list[Table] = []
        self._row_of: dict[str, int] = {}
        self._sort_column = self.COLUMNS.index("Status")
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._estimates: Estimates | None = None
        self._reload()

    def set_estimates(self, estimates: Estimates | None) -> None:
        """Where the "Free in ~" column's estimates come from (None: the column hides)."""
        self._estimates = estimates
        self.tick()

    @property
    def has_estimates(self) -> bool:
        return self._estimates is not None

    def estimate_of(self, table: Table) -> FreeEstimate | None:
        if self._estimates is None or table.status is not Status.OCCUPIED:
            return None
        return self._estimates(table)

    def set_status_color(self, status_color: Callable[[Status], QColor]) -> None:
        self._status_color = status_color
        if self._rows:
            self.dataChanged.emit(self.index(0, 1), self.index(len(self._rows) - 1, 1))

    def _key(self) -> Callable[[Table], Any]:
        column = self.COLUMNS[self._sort_column]
        if column == "Table":
            return lambda t: _number_key(t.number)
        if column == "Seats":
            return lambda t: (t.guest_count or 0, t.capacity, _number_key(t.number))
        if column == "Server":
            users = self._store.users

            def server(t: Table) -> tuple:
                user = users.get(t.server_id) if t.server_id else None
                return (user is None, user.name.casefold() if user else "", _number_key(t.number))
            return server
        if column == "Time":
            # ▴ is the shortest time in its status first, as ▴ is the fewest seats or the
            # lowest number: the latest change first (ascending by change, it listed the
            # longest first under ▴); no time known last
            def since(t: Table) -> tuple:
                changed = t.status_changed_at
                return (changed is None, -changed.timestamp() if changed else 0.0,
                        _number_key(t.number))
            return since
        if column == "Floor":
            order = {p.id: i for i, p in enumerate(self._store.floor_plans)}
            return lambda t: (order.get(t.floor_plan_id, 99), _number_key(t.number))
        return sort_key

    def _reload(self) -> None:
        if self.COLUMNS[self._sort_column] == "Free in ~":
            rows = self._by_free_time()
        else:
            rows = sorted(self._store.tables.values(), key=self._key())
            if self._sort_order == Qt.SortOrder.DescendingOrder:
                rows.reverse()
        self._rows = rows
        self._row_of = {t.id: i for i, t in enumerate(self._rows)}

    def _by_free_time(self) -> list[Table]:
        """The estimated, soonest first (latest first, descending); then the rest (no
        history, then not occupied) by status and time, either way."""
        known, rest = [], []
        for t in self._store.tables.values():
            est = self.estimate_of(t)
            if est is None:
                rest.append(t)
            else:
                known.append((est.free_at, _number_key(t.number), t))
        known.sort(key=lambda k: k[:2])
        if self._sort_order == Qt.SortOrder.DescendingOrder:
            known.reverse()
        rest.sort(key=lambda t: (t.status is not Status.OCCUPIED, sort_key(t)))
        return [k[2] for k in known] + rest

    def refresh(self) -> None:
        """Read the store's tables again, in order. When the same tables are held (a status
        or a time changed: nearly every refresh), the rows are re-ordered in place
        (``layoutChanged``, selection and other persistent indexes kept), not reset: a
        reset makes the view measure its columns again."""
        tables = self._store.tables
        if len(tables) != len(self._rows) or any(t.id not in tables for t in self._rows):
            self.beginResetModel()
            self._reload()
            self.endResetModel()
            return
        self.layoutAboutToBeChanged.emit()
        old_ids = [t.id for t in self._rows]
        self._reload()
        before = self.persistentIndexList()
        after = [self.index(self._row_of[old_ids[i.row()]], i.column())
                 if i.isValid() and i.row() < len(old_ids) else QModelIndex() for i in before]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (a click on its header)."""
        if (column, order) == (self._sort_column, self._sort_order) or column < 0:
            return
        self._sort_column, self._sort_order = column, order
        self.refresh()

    @property
    def sorting(self) -> tuple[str, Qt.SortOrder]:
        return self.COLUMNS[self._sort_column], self._sort_order

    def update_in_place(self) -> bool:
        """Show the store's tables in the rows they hold now (no re-sort); False when
        tables came or went, so the rows cannot stay."""
        tables = self._store.tables
        if len(tables) != len(self._rows) or any(t.id not in tables for t in self._rows):
            return False
        self._rows = [tables[t.id] for t in self._rows]
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))
        return True

    def tick(self) -> None:
        """Time moved on (or the estimates changed): redraw the time columns."""
        if self._rows:
            first, last = self.COLUMNS.index("Time"), self.COLUMNS.index("Free in ~")
            self.dataChanged.emit(self.index(0, first), self.index(len(self._rows) - 1, last))

    def row_of(self, table_id: str) -> int:
        return self._row_of.get(table_id, -1)

    def table_at(self, row: int) -> Table:
        return self._rows[row]

    def table_ids(self) -> list[str]:
        return [t.id for t in self._rows]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    @property
    def several_floors(self) -> bool:
        return len(self._store.floor_plans) > 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        title = self.title(section)
        sorted_here = section == self._sort_column
        ascending = self._sort_order == Qt.SortOrder.AscendingOrder
        if role == Qt.ItemDataRole.DisplayRole:
            # The sort arrow is part of the sorted column's title: Qt's own indicator
            # reserves ~23 px in every column's width, and beside a 1440 px floor those
            # five reserves cut the server's column to "Serve".
            return f"{title} {SORT_ARROWS[ascending]}" if sorted_here else title
        if role == Qt.ItemDataRole.ToolTipRole:
            if sorted_here and ascending:
                return QCoreApplication.translate(
                    "TableListModel", "Sorted by {0}, ascending: click to reverse").format(title)
            if sorted_here:
                return QCoreApplication.translate(
                    "TableListModel", "Sorted by {0}, descending: click to reverse").format(title)
            return QCoreApplication.translate("TableListModel", "Click to sort by {0}").format(title)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        t = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == self.TABLE_ID_ROLE:
            return t.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "Table":
                return t.number
            if column == "Status":
                if t.status is not Status.UNKNOWN:
                    return t.status.label
                return QCoreApplication.translate("TableListModel", "Unknown ({0})").format(t.status_text)
            if column == "Seats":
                return t.seats_text
            if column == "Server":
                user = self._store.users.get(t.server_id) if t.server_id else None
                if user:
                    return short_name(user.name)
                return "—" if not t.server_id else QCoreApplication.translate("TableListModel", "Unknown")
            if column == "Time":
                return duration_text(minutes_in_status(t, self._clock()))
            if column == "Free in ~":
                if t.status is not Status.OCCUPIED or self._estimates is None:
                    return ""
                return free_in_text(self.estimate_of(t), self._clock())
            if column == "Floor":
                for plan in self._store.floor_plans:
                    if plan.id == t.floor_plan_id:
                        return plan.name
                return "?"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole) \
                and self._store.is_unconfirmed(t.id):
            # its last known copy: the server's last answer held it unreadable
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("#8A8F98")
            return QCoreApplication.translate("TableListModel", "Not confirmed by the server: its last answer for this table "
                           "could not be read, so this is the last known state.")
        if role == Qt.ItemDataRole.ToolTipRole and column == "Server" and t.server_id:
            user = self._store.users.get(t.server_id)
            return user.name if user else None
        if role == Qt.ItemDataRole.ToolTipRole and column == "Free in ~" \
                and t.status is Status.OCCUPIED and self._estimates is not None:
            est = self.estimate_of(t)
            if est is None:
                return QCoreApplication.translate(
                    "TableListModel", "No estimate: too few past turns of parties this size "
                    "(it takes a few, at about this time of day or any).")
            zone = self._store.branch.zone if self._store.branch else None
            return QCoreApplication.translate("TableListModel", "Likely free ~{0}: {1}").format(
                f"{est.free_at.astimezone(zone):%H:%M}", est.basis)
        if role == Qt.ItemDataRole.ForegroundRole and column == "Free in ~" \
                and t.status is Status.OCCUPIED and self.estimate_of(t) is None:
            return QColor("#8A8F98")  # "no history" reads as a remark, not a time
        if role == Qt.ItemDataRole.DecorationRole and column == "Status":
            return colour_square(self._status_color(t.status))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("Seats", "Time", "Free in ~"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class TableList(QTableView):
    """The list view. Collaborators: the store (subscribed until closed) and a clock.

    Signals:
        tableSelected(str): the user selected a table in the list.
        tableActivated(str): the user double-clicked or pressed Enter on a table.
    """

    tableSelected = Signal(str)
    tableActivated = Signal(str)

    def __init__(self, store: BranchStore, *, clock: Clock,
                 status_color: Callable[[Status], QColor], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tableList")
        self.setAccessibleName(QCoreApplication.translate("TableList", "Tables"))
        self.list_model = TableListModel(store, clock=clock, status_color=status_color, parent=self)
        self.setModel(self.list_model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.horizontalHeader()
        header.setAccessibleName(QCoreApplication.translate("TableList", "Table columns"))
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        # Size columns from the rows in view, not all of them: 40,000 rows took 0.3 s a
        # refresh with the default (1,000 sampled rows per column and reset).
        header.setResizeContentsPrecision(0)
        header.setSortIndicator(TableListModel.COLUMNS.index("Status"), Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        # (after setSortingEnabled, which shows it): the model's titles carry the arrow
        header.setSortIndicatorShown(False)
        # per pixel, so a re-sort can keep the selected row exactly where it was
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._pointer_at = -1e9  # time.monotonic() of the pointer's last move on the list
        self.viewport().setMouseTracking(True)
        self.viewport().installEventFilter(self)
        # a long press on a row asks for its menu, as a right-click does (a finger has no
        # right button); a press that moves (a scroll) is no long press
        self._press_at: QPoint | None = None
        self._long_press = QTimer(self, singleShot=True, interval=LONG_PRESS_MS)
        self._long_press.timeout.connect(self.on_long_press_timeout)
        self._widest: dict[int, int] = {}  # a key column's width (px), by its index
        self._fit_columns()
        self.list_model.modelReset.connect(self._fit_columns)
        self._compact = False
        self._stale = False  # store changes came while hidden: refresh when shown
        self._selected = ""
        self._quiet = False
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(50)
        self._refresh_timer.timeout.connect(self.refresh)
        self._tick_timer = QTimer(self)
        self._tick_timer.setInterval(30_000)
        self._tick_timer.timeout.connect(self.list_model.tick)
        self._tick_timer.start()
        self.selectionModel().selectionChanged.connect(self.on_selection_changed)
        self.activated.connect(self.on_self_activated)
        self._unsubscribe: Callable[[], None] | None = store.subscribe(self.on_store_update)

    def _fit_columns(self) -> None:
        """Which columns show: the floor only when there are several; in compact (kiosk)
        mode no server or floor, to stay legible from two metres."""
        columns = TableListModel.COLUMNS
        compact = getattr(self, "_compact", False)
        self.setColumnHidden(columns.index("Server"), compact)
        self.setColumnHidden(columns.index("Floor"),
                             compact or not self.list_model.several_floors)
        self.setColumnHidden(columns.index("Free in ~"), not self.list_model.has_estimates)
        self._widest = key_widths(self, columns, QCoreApplication.translate("TableListModel", NO_HISTORY))
        self._fit_floor()
        self._fit_stretch()

    def _fit_stretch(self) -> None:
        """The server's column takes the room left; where too little is left for its title
        or its names (a 1024 px laptop), the status's column gives way instead and elides,
        its colour still beside it. In compact (kiosk) mode there is no server's column."""
        header = self.horizontalHeader()
        columns = TableListModel.COLUMNS
        server, status = columns.index("Server"), columns.index("Status")
        narrow = getattr(self, "_compact", False)
        if not narrow:
            others = sum(header.sectionSize(c) for c in range(len(columns))
                         if c not in (server, status) and not self.isColumnHidden(c))
            def needs(c: int) -> int:  # its title's width, or its widest cell's
                return self._widest.get(c) or max(self.sizeHintForColumn(c),
                                                  header.sectionSizeHint(c))

            narrow = others + needs(status) + needs(server) > self.viewport().width()
        stretch = status if narrow else server
        for column in range(len(columns)):
            mode = (QHeaderView.ResizeMode.Stretch if column == stretch
                    else QHeaderView.ResizeMode.Fixed if column in self._widest
                    else QHeaderView.ResizeMode.ResizeToContents)
            if header.sectionResizeMode(column) != mode:
                header.setSectionResizeMode(column, mode)
            if mode is QHeaderView.ResizeMode.Fixed \
                    and header.sectionSize(column) != self._widest[column]:
                header.resizeSection(column, self._widest[column])

    def _fit_floor(self) -> None:
        """The floor's column gives way in a narrow list once "Free in ~" shows (the floor
        is on the tabs too, and a row's table is shown there when selected): at 540 px
        the columns with both cut the server's name to "…". (By the width alone: asking
        the columns' size hints read every row's every cell, 40 ms a window.)"""
        columns = TableListModel.COLUMNS
        if getattr(self, "_compact", False) or not self.list_model.several_floors:
            return
        narrow = self.list_model.has_estimates and self.viewport().width() < FLOOR_COLUMN_MIN_WIDTH
        self.setColumnHidden(columns.index("Floor"), narrow)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(event)
        self._fit_floor()
        self._fit_stretch()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_columns()  # the widest texts, measured again

    def set_estimates(self, estimates: Estimates | None) -> None:
        """Show the "Free in ~" column with these estimates (None: hide it)."""
        self.list_model.set_estimates(estimates)
        self._fit_columns()

    def estimates_changed(self) -> None:
        """The estimates moved (a turn ended, the history came): redraw the column, and
        re-sort when sorted by it (through refresh: never under the pointer)."""
        self.list_model.tick()
        if self.list_model.sorting[0] == "Free in ~":
            self.on_store_update(Update())

    def set_compact(self, compact: bool) -> None:
        self._compact = compact
        self._fit_columns()

    def on_store_update(self, update: Update) -> None:
        if not self.isVisible():
            # Hidden (another page, a closed panel): read once when shown. A hidden view
            # sizes its columns from every row, not the ones in view: 2,000 tables took
            # ~400 ms a refresh, twice a second, on the GUI thread.
            self._stale = True
            return
        if not self._refresh_timer.isActive():
            # a big floor re-sorts less often: at most twice a second
            self._refresh_timer.setInterval(50 if self.list_model.rowCount() < 2000 else 500)
            self._refresh_timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if watched is self.viewport():
            kind = event.type()
            if kind in (QEvent.Type.MouseMove, QEvent.Type.MouseButtonPress,
                        QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.Enter):
                self._pointer_at = time.monotonic()
            elif kind == QEvent.Type.Leave:
                self._pointer_at = -1e9
                if self._refresh_timer.isActive():  # the re-sort waited for this
                    self._refresh_timer.start(0)
            self._watch_long_press(event)
        return super().eventFilter(watched, event)

    def _watch_long_press(self, event: QEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            if event.button() == Qt.MouseButton.LeftButton:
                self._press_at = event.position().toPoint()
                self._long_press.start()
        elif kind == QEvent.Type.MouseMove and isinstance(event, QMouseEvent):
            if (self._press_at is not None and (event.position().toPoint() - self._press_at)
                    .manhattanLength() >= QApplication.startDragDistance()):
                self._long_press.stop()
        elif kind in (QEvent.Type.MouseButtonRelease, QEvent.Type.Leave, QEvent.Type.Hide):
            self._long_press.stop()

    @Slot()
    def on_long_press_timeout(self) -> None:
        """Held still on a row: its menu, where a right-click's would open."""
        pos, self._press_at = self._press_at, None
        if (pos is not None and self.indexAt(pos).isValid()
                and self.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu):
            self.customContextMenuRequested.emit(pos)

    @property
    def held(self) -> bool:
        """A person is pointing at the list: rows must not move under the pointer."""
        return time.monotonic() - self._pointer_at < HOLD_SECONDS

    def hold(self) -> None:
        """Hold the rows as if the pointer had just moved on the list (tests, touch)."""
        self._pointer_at = time.monotonic()

    def release(self) -> None:
        self._pointer_at = -1e9

    def showEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        if not self.isVisible():
            self._stale = True
            return
        if self.held and self.list_model.update_in_place():
            # re-sort once the pointer has rested (or left)
            self._refresh_timer.start(int(HOLD_SECONDS * 1000))
            return
        bar = self.verticalScrollBar()
        scroll = bar.value()
        old_row = self.list_model.row_of(self._selected) if self._selected else -1
        anchor = self.rowViewportPosition(old_row) if old_row >= 0 else None
        self._quiet = True
        try:
            self.list_model.refresh()
            if self._selected:
                self._select_row(self.list_model.row_of(self._selected), scroll=False)
        finally:
            self._quiet = False
        bar.setValue(scroll)
        new_row = self.list_model.row_of(self._selected) if self._selected else -1
        if anchor is not None and new_row >= 0 and 0 <= anchor < self.viewport().height():
            # the selected row stays put on screen; the others move around it
            bar.setValue(scroll + self.rowViewportPosition(new_row) - anchor)

    def detach(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self._refresh_timer.stop()
        self._tick_timer.stop()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt)
        self.detach()
        super().closeEvent(event)

    @property
    def selected_table(self) -> str:
        return self._selected

    def select_table(self, table_id: str) -> None:
        """Select a table from elsewhere (the map), without echoing tableSelected."""
        if table_id == self._selected:
            return
        self._selected = table_id
        self._quiet = True
        try:
            self._select_row(self.list_model.row_of(table_id) if table_id else -1, scroll=True)
        finally:
            self._quiet = False

    def _select_row(self, row: int, *, scroll: bool) -> None:
        selection = self.selectionModel()
        if row < 0:
            selection.clearSelection()
            return
        index = self.list_model.index(row, 0)
        selection.select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        if scroll:
            self.scrollTo(index)

    @Slot()
    def on_selection_changed(self, *_args) -> None:
        if self._quiet:
            return
        rows = self.selectionModel().selectedRows()
        table_id = self.list_model.table_at(rows[0].row()).id if rows else ""
        if table_id != self._selected:
            self._selected = table_id
            self.tableSelected.emit(table_id)

    @Slot(QModelIndex)
    def on_self_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.tableActivated.emit(self.list_model.table_at(index.row()).id)
