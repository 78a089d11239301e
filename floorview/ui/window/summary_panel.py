"""The branch at a glance: tables per status, covers, occupancy, and each server's load.

Counts cover every floor plan of the branch. Covers are the guests seated at occupied
tables; seats are the capacity of every table in service (out-of-service tables do not
count), so occupancy is covers over seats. Clicking a server highlights their tables;
clicking them again (or "Clear") ends it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from floorview.core.model import SETTABLE_STATUSES, Role, Status, Table, User
from floorview.core.store import BranchStore, Update


@dataclass
class ServerLoad:
    tables: int = 0
    covers: int = 0


@dataclass
class Summary:
    by_status: dict[Status, int] = field(default_factory=dict)
    covers: int = 0
    seats: int = 0
    servers: dict[str | None, ServerLoad] = field(default_factory=dict)

    @property
    def tables(self) -> int:
        return sum(self.by_status.values())

    @property
    def occupancy(self) -> int:
        """Covers over seats, in whole percent."""
        return round(100 * self.covers / self.seats) if self.seats else 0


def tables_text(count: int) -> str:
    """"1 table", "2 tables", "0 tables"."""
    return QCoreApplication.translate("SummaryPanel", "%n tables", None, count)


def covers_text(count: int) -> str:
    """"1 cover", "2 covers", "0 covers"."""
    return QCoreApplication.translate("SummaryPanel", "%n covers", None, count)


def summarize(tables: list[Table] | tuple[Table, ...]) -> Summary:
    s = Summary(by_status={status: 0 for status in SETTABLE_STATUSES})
    for t in tables:
        s.by_status[t.status] = s.by_status.get(t.status, 0) + 1
        covers = (t.guest_count or 0) if t.status is Status.OCCUPIED else 0
        s.covers += covers
        if t.status is not Status.OUT_OF_SERVICE:
            s.seats += t.capacity
        load = s.servers.setdefault(t.server_id, ServerLoad())
        load.tables += 1
        load.covers += covers
    return s


def swatch(color: QColor, size: int = 14) -> QIcon:
    """A server's colour, one icon per colour and size for the whole run: the list is
    rebuilt at every change, and an icon built anew each time left a picture in
    QPixmapCache at each paint that nothing asked for again (405 in 25 s against the
    stub's simulator at 20 changes a second), until the cache was full."""
    return _swatch(color.rgba(), size)


@functools.lru_cache(maxsize=256)
def _swatch(rgba: int, size: int) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor.fromRgba(rgba))
    painter.drawRoundedRect(0, 0, size, size, 3, 3)
    painter.end()
    return QIcon(pixmap)


class SummaryPanel(QWidget):
    """Tables per status, covers over seats, occupancy, per-server load.

    Args:
        store: the branch; the panel subscribes and unsubscribes on close.
        status_color: the fill colour of a status (from the theme).

    Signals:
        serverHighlighted(str): a server's id to highlight, or "" for none.
    """

    serverHighlighted = Signal(str)

    def __init__(self, store: BranchStore, *, status_color: Callable[[Status], QColor],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryPanel")
        self._store = store
        self._status_color = status_color
        self._highlighted = ""
        self.summary = Summary()

        self._status_labels: dict[Status, tuple[QLabel, QLabel]] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        for i, status in enumerate(SETTABLE_STATUSES):
            chip, count = QLabel(self), QLabel("0", self)
            chip.setObjectName("statusChip")
            chip.setTextFormat(Qt.TextFormat.RichText)
            count.setObjectName("statusCount")
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            row, col = divmod(i, 2)
            grid.addWidget(chip, row, col * 2)
            grid.addWidget(count, row, col * 2 + 1)
            self._status_labels[status] = (chip, count)

        self.covers_label = QLabel(self)
        self.covers_label.setObjectName("coversLabel")
        self.occupancy_bar = QProgressBar(self)
        self.occupancy_bar.setObjectName("occupancyBar")
        self.occupancy_bar.setAccessibleName(QCoreApplication.translate("SummaryPanel", "Occupancy"))
        self.occupancy_bar.setRange(0, 100)
        self.occupancy_bar.setFormat(QCoreApplication.translate("SummaryPanel", "%p% occupancy"))
        self.servers = QListWidget(self)
        self.servers.setObjectName("serverList")
        self.servers.setAccessibleName(QCoreApplication.translate("SummaryPanel", "Servers"))
        self.servers.setIconSize(QSize(14, 14))
        self.servers.setFrameShape(QFrame.Shape.NoFrame)
        self.servers.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        self.servers.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.servers.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.servers.setToolTip(QCoreApplication.translate("SummaryPanel", "Click a server to highlight their tables; click again to clear"))

        self.next_label = QLabel(self)
        self.next_label.setObjectName("nextServer")
        self.next_label.setAccessibleName(QCoreApplication.translate(
            "SummaryPanel", "Next server in the rotation"))
        self.next_label.setStyleSheet("font-weight: 700;")
        self.next_label.hide()
        self.title = title = QLabel(QCoreApplication.translate("SummaryPanel", "Tables"), self)
        title.setObjectName("panelTitle")
        servers_title = QLabel(QCoreApplication.translate("SummaryPanel", "Servers"), self)
        servers_title.setObjectName("panelTitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(title)
        layout.addLayout(grid)
        layout.addWidget(self.covers_label)
        layout.addWidget(self.occupancy_bar)
        layout.addWidget(servers_title)
        layout.addWidget(self.next_label)
        layout.addWidget(self.servers)

        self.servers.itemClicked.connect(self.on_servers_itemClicked)
        # Many events can arrive in one burst: recount once per burst, not per event.
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(50)
        self._refresh_timer.timeout.connect(self.refresh)
        self._unsubscribe: Callable[[], None] | None = store.subscribe(self.on_store_update)
        self.refresh()

    # --- store ------------------------------------------------------------------------------

    def on_store_update(self, update: Update) -> None:
        if not self._refresh_timer.isActive():
            # a big floor (thousands of tables) recounts at most twice a second
            self._refresh_timer.setInterval(50 if self.summary.tables < 2000 else 500)
            self._refresh_timer.start()

    def detach(self) -> None:
        """Stop listening to the store (closing the window)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self._refresh_timer.stop()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt)
        self.detach()
        super().closeEvent(event)

    def set_stale(self, note: str) -> None:
        """Say the counts may be old ("as of 19:04"), or "" when live."""
        self.title.setText(
            QCoreApplication.translate("SummaryPanel", "Tables — {0}, may be out of date").format(note)
            if note else QCoreApplication.translate("SummaryPanel", "Tables"))
        self.title.setStyleSheet("color: #E65100;" if note else "")

    @Slot(str)
    def set_next_server(self, text: str) -> None:
        """Who Seat a party offers next ("Next: Ben O."; "" hides it)."""
        self.next_label.setText(text)
        self.next_label.setVisible(bool(text))

    def set_status_color(self, status_color: Callable[[Status], QColor]) -> None:
        self._status_color = status_color
        self.refresh()

    # --- drawing ------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        self.summary = s = summarize(tuple(self._store.tables.values()))
        for status, (chip, count) in self._status_labels.items():
            color = self._status_color(status).name()
            chip.setText(f'<span style="color:{color}">&#9632;</span>&nbsp;{status.label}')
            count.setText(str(s.by_status.get(status, 0)))
        unknown = s.by_status.get(Status.UNKNOWN, 0)
        text = QCoreApplication.translate("SummaryPanel", "Covers {0} of {1} seats · {2}").format(
            s.covers, s.seats, tables_text(s.tables))
        if unknown:
            text += QCoreApplication.translate("SummaryPanel", " · {0} unknown").format(unknown)
        self.covers_label.setText(text)
        self.occupancy_bar.setValue(s.occupancy)
        self._fill_servers(s)

    def _server_users(self, s: Summary) -> list[User]:
        users = self._store.users
        ids = {u.id for u in users.values() if u.role is Role.SERVER}
        ids |= {sid for sid in s.servers if sid}
        known = [users[i] for i in ids if i in users]
        unknown = [User(i, QCoreApplication.translate("SummaryPanel", "Unknown server"), "", Role.UNKNOWN, (), None)
                   for i in ids if i not in users]
        return sorted(known, key=lambda u: u.name.lower()) + unknown

    def _fill_servers(self, s: Summary) -> None:
        self.servers.clear()
        for user in self._server_users(s):
            load = s.servers.get(user.id, ServerLoad())
            item = QListWidgetItem(QCoreApplication.translate("SummaryPanel", "{0}  —  {1} · {2}").format(
                user.name, tables_text(load.tables), covers_text(load.covers)))
            item.setData(Qt.ItemDataRole.UserRole, user.id)
            item.setIcon(swatch(QColor(user.color or "#9E9E9E")))
            self.servers.addItem(item)
            if user.id == self._highlighted:
                item.setSelected(True)
        free = s.servers.get(None)
        if free:
            item = QListWidgetItem(QCoreApplication.translate("SummaryPanel", "Unassigned  —  {0} · {1}").format(
                tables_text(free.tables), covers_text(free.covers)))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.servers.addItem(item)

    # --- highlight ----------------------------------------------------------------------

    @property
    def highlighted(self) -> str:
        return self._highlighted

    def server_row(self, server_id: str) -> int:
        for row in range(self.servers.count()):
            if self.servers.item(row).data(Qt.ItemDataRole.UserRole) == server_id:
                return row
        raise KeyError(server_id)

    def set_highlighted(self, server_id: str) -> None:
        if server_id == self._highlighted:
            return
        self._highlighted = server_id
        for row in range(self.servers.count()):
            item = self.servers.item(row)
            item.setSelected(bool(server_id) and item.data(Qt.ItemDataRole.UserRole) == server_id)
        self.serverHighlighted.emit(server_id)

    @Slot(QListWidgetItem)
    def on_servers_itemClicked(self, item: QListWidgetItem) -> None:
        server_id = item.data(Qt.ItemDataRole.UserRole)
        if not server_id:
            return
        self.set_highlighted("" if server_id == self._highlighted else server_id)

    def counts(self) -> Mapping[Status, int]:
        return dict(self.summary.by_status)
