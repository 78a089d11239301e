"""Recent changes and "likely free next": a small panel beside the floor.

*Recent changes* lists the last changes the screen saw, newest first — "19:42 Table 12
Occupied → Cleaning", "19:40 Table 4 assigned to Ana Costa" — on the branch's clock;
changes a resync revealed (made while the screen was offline) say so. Clicking one
asks to find the table (:attr:`RecentChangesPanel.tableRequested`).

A table that begins to stall (:mod:`floorview.ui.window.stall_marks`) gets its line too:
"19:58 Table 12 cleaning 18m — usually 6m" (:meth:`RecentChangesPanel.note_stalls`).

*Likely free next* lists the occupied tables by when they are likely to free: the median
of the last turns of parties of that size seated at that time of day
(:class:`floorview.core.turns.TurnBook`, the window's when it is handed one), from the
journal's history and the turns this screen has seen since. Without enough comparable
turns it says so instead of guessing.

:meth:`RecentChangesPanel.lines` are the changes as listed, newest first: the kiosk's
overlay (F9 on the host stand) shows them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from floorview.core.evening import Segment
from floorview.core.model import GUEST_STATUSES, Status, Table
from floorview.core.stalls import Stall
from floorview.core.store import Aspect, BranchStore, Change, Update
from floorview.core.turns import MIN_TURNS, FreeEstimate, TurnBook
from floorview.ui.window.stall_marks import stall_words

LIMIT = 60  # changes kept in the list
_ID_ROLE = Qt.ItemDataRole.UserRole


class RecentChangesPanel(QWidget):
    """Signals:
        tableRequested(str): a line was clicked: the table's id (find it on the floor).
    """

    tableRequested = Signal(str)
    #: the list of changes changed (a line came)
    changesChanged = Signal()

    def __init__(self, store: BranchStore, *, clock: Callable[[], datetime],
                 history: Sequence[Segment] = (), book: TurnBook | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recentChanges")
        self.store = store
        self.clock = clock
        self._own_book = book is None
        self.book = book if book is not None else TurnBook(store, clock=clock)
        self.book.set_history(history)
        self._started = bool(store.tables)  # the first snapshot is not a list of changes
        self.changes = QListWidget()
        self.changes.setObjectName("recentList")
        self.free = QListWidget()
        self.free.setObjectName("likelyFreeList")
        for lst in (self.changes, self.free):
            lst.setWordWrap(True)  # a narrow dock wraps a line rather than hide its end
            lst.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            lst.itemClicked.connect(self.on_item_clicked)
            lst.itemActivated.connect(self.on_item_clicked)
        self.free_note = QLabel()
        self.free_note.setObjectName("likelyFreeNote")
        self.free_note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(QLabel(QCoreApplication.translate("RecentChangesPanel", "<b>Recent changes</b> <span style='color:gray'>newest first</span>")))
        layout.addWidget(self.changes, 3)
        layout.addWidget(QLabel(QCoreApplication.translate("RecentChangesPanel", "<b>Likely free next</b>")))
        layout.addWidget(self.free, 2)
        layout.addWidget(self.free_note)
        self._unsubscribe = store.subscribe(self.on_store_update)
        self._unsubscribe_book = self.book.subscribe(self._refresh_estimates_soon)
        self._minute = QTimer(self, interval=60_000)
        self._minute.timeout.connect(self._refresh_estimates_soon)
        self._minute.start()
        # The estimates are re-listed at most once a second, and not while the panel is
        # hidden: re-listing after every event on 2,000 tables took 86 % of the GUI
        # thread at 100 changes a second (py-spy), and the floor fell seconds behind.
        self._soon = QTimer(self, singleShot=True, interval=1000)
        self._soon.timeout.connect(self.refresh_estimates)
        self._stale_estimates = False
        self.refresh_estimates()

    def detach(self) -> None:
        self._unsubscribe()
        self._unsubscribe_book()
        if self._own_book:
            self.book.detach()
        self._minute.stop()
        self._soon.stop()

    @property
    def history(self) -> list[Segment]:
        """Every turn the estimates learn from, oldest first."""
        return self.book.history

    def set_history(self, turns: Sequence[Segment]) -> None:
        """The turns of past evenings (read from the journals, off the GUI thread)."""
        self.book.set_history(turns)
        self.refresh_estimates()

    def lines(self) -> list[str]:
        """The changes as listed, newest first."""
        return [self.changes.item(i).text() for i in range(self.changes.count())]

    # --- recent changes -------------------------------------------------------------------

    def _local(self, when: datetime) -> str:
        zone = self.store.branch.zone if self.store.branch else None
        return when.astimezone(zone).strftime("%H:%M")

    def describe(self, change: Change, *, offline: bool = False) -> str | None:
        """One change as a host says it, or None for changes nobody needs to read."""
        t = change.table
        name = (t.number if not t.number.isdigit()
                else QCoreApplication.translate("RecentChangesPanel", "Table {0}").format(t.number))
        b, a = change.before, change.after
        when = self._local((a.status_changed_at if a and Aspect.STATUS in change.aspects else None)
                           or (a.updated_at if a else None) or self.clock())
        if a is None:
            text = QCoreApplication.translate("RecentChangesPanel", "{0} removed").format(name)
        elif b is None:
            text = QCoreApplication.translate("RecentChangesPanel", "{0} added").format(name)
        elif Aspect.STATUS in change.aspects:
            if a.guest_count and a.status in GUEST_STATUSES:
                text = QCoreApplication.translate("RecentChangesPanel", "{0} {1} → {2} ({3})").format(
                    name, b.status.label, a.status.label, a.guest_count)
            else:
                text = QCoreApplication.translate("RecentChangesPanel", "{0} {1} → {2}").format(
                    name, b.status.label, a.status.label)
        elif Aspect.GUESTS in change.aspects:
            text = QCoreApplication.translate("RecentChangesPanel", "{0} guests {1} → {2}").format(
                name, b.guest_count or 0, a.guest_count or 0)
        elif Aspect.SERVER in change.aspects:
            user = self.store.users.get(a.server_id or "")
            if not a.server_id:
                text = QCoreApplication.translate("RecentChangesPanel", "{0} unassigned").format(name)
            elif user is None:
                text = QCoreApplication.translate(
                    "RecentChangesPanel", "{0} assigned to another server").format(name)
            else:
                text = QCoreApplication.translate("RecentChangesPanel", "{0} assigned to {1}").format(
                    name, user.name)
        elif Aspect.LAYOUT in change.aspects:
            text = QCoreApplication.translate("RecentChangesPanel", "{0} moved").format(name)
        else:
            return None
        if offline:
            text = QCoreApplication.translate("RecentChangesPanel", "{0}  (while offline)").format(text)
        # two spaces part the time from the words (the kiosk's overlay splits there)
        return f"{when}  {text}"

    @Slot(object)
    def on_store_update(self, update: Update) -> None:
        first = update.resynced and not self._started
        self._started = self._started or update.resynced
        added = False
        for change in sorted(update.changes, key=lambda c: _when(c)):
            if first and change.before is None:
                continue  # the first snapshot: where the screen starts, not a change
            text = self.describe(change, offline=update.resynced)
            if text is None:
                continue
            item = QListWidgetItem(text)
            item.setData(_ID_ROLE, change.table_id)
            self.changes.insertItem(0, item)
            added = True
        while self.changes.count() > LIMIT:
            self.changes.takeItem(self.changes.count() - 1)
        if update.changes:
            self._refresh_estimates_soon()
        if added:
            self.changesChanged.emit()

    @Slot(list)
    def note_stalls(self, stalls: Sequence[Stall]) -> None:
        """A line for each table that began to stall, at the minute it was seen to."""
        for stall in stalls:
            seen = stall.since + timedelta(minutes=stall.minutes)
            name = (stall.number if not stall.number.isdigit() else
                    QCoreApplication.translate("RecentChangesPanel", "Table {0}").format(stall.number))
            item = QListWidgetItem(QCoreApplication.translate(
                "RecentChangesPanel", "{0}  {1} {2}").format(self._local(seen), name,
                                                             stall_words(stall)))
            item.setData(_ID_ROLE, stall.table_id)
            self.changes.insertItem(0, item)
        while self.changes.count() > LIMIT:
            self.changes.takeItem(self.changes.count() - 1)
        if stalls:
            self.changesChanged.emit()

    @Slot(QListWidgetItem)
    def on_item_clicked(self, item: QListWidgetItem) -> None:
        tid = item.data(_ID_ROLE)
        if tid:
            self.tableRequested.emit(tid)

    # --- likely free next -----------------------------------------------------------------

    def estimates(self) -> list[tuple[Table, FreeEstimate | None]]:
        """Each occupied table with its estimate (None: not enough history)."""
        return [(t, self.book.estimate(t)) for t in self.store.tables.values()
                if t.status is Status.OCCUPIED]

    def _refresh_estimates_soon(self) -> None:
        if not self.isVisible():
            self._stale_estimates = True  # listed when shown
        elif not self._soon.isActive():
            self._soon.start()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().showEvent(event)
        if self._stale_estimates:
            self.refresh_estimates()

    @Slot()
    def refresh_estimates(self) -> None:
        self._stale_estimates = False
        now = self.clock()
        rows = self.estimates()
        known = sorted(((t, est) for t, est in rows if est is not None), key=lambda r: r[1].free_at)
        unknown = [r for r in rows if r[1] is None]
        self.free.clear()
        for t, est in known:
            left = est.minutes_left(now)
            soon = (QCoreApplication.translate("RecentChangesPanel", "any minute now") if left <= 1
                    else QCoreApplication.translate("RecentChangesPanel", "in {0} min").format(round(left)))
            name = (t.number if not t.number.isdigit()
                    else QCoreApplication.translate("RecentChangesPanel", "Table {0}").format(t.number))
            turns = est.turns  # lupdate reads a plural's count only as a plain name
            item = QListWidgetItem(QCoreApplication.translate(
                "RecentChangesPanel", "{0}  ~{1} ({2}) · median of %n turns", None, turns).format(
                name, self._local(est.free_at), soon))
            item.setData(_ID_ROLE, t.id)
            self.free.addItem(item)
        if not rows:
            self.free_note.setText(QCoreApplication.translate("RecentChangesPanel", "No table is occupied."))
        elif unknown:
            count = len(unknown)
            self.free_note.setText(QCoreApplication.translate(
                "RecentChangesPanel", "No estimate for %n tables yet: "
                "it takes {0} past turns of parties that size.", None, count).format(MIN_TURNS))
        else:
            self.free_note.setText("")


_EARLIEST = datetime.min.replace(tzinfo=UTC)


def _when(change: Change) -> datetime:
    t = change.after or change.before
    return (t.status_changed_at or t.updated_at or _EARLIEST) if t else _EARLIEST
