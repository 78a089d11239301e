"""What the window adds to the floor from the statuses' usual lengths: stalled tables.

:class:`StallMarks` owns the branch's :class:`~floorview.core.stalls.StallBook` and keeps
the floor's tables told (``FloorScene.set_stall``): a table whose status (occupied,
reserved, cleaning) has lasted well past what it usually lasts for its party size at
that time of day wears the stall mark (:mod:`floorview.ui.floor.stall_mark`) and says
so in its tooltip, which a screen reader reads as its description. Each table that
begins to stall is told once (:attr:`StallMarks.began`, for the recent changes:
"Table 12 cleaning 18m — usually 6m").

It refreshes when the store changes (at most once a second), when the history arrives,
and every 15 s as time passes; while the floor is stale (offline) the marks stay as
they were.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from floorview.core.evening import Segment
from floorview.core.model import Status
from floorview.core.stalls import Stall, StallBook, duration
from floorview.core.store import BranchStore, Update
from floorview.ui.floor.floor_scene import FloorScene

#: How often the marks follow the clock (ms).
TICK_MS = 15_000


def stall_words(stall: Stall) -> str:
    """"cleaning 18m — usually 6m", translated."""
    status = {
        Status.OCCUPIED: QCoreApplication.translate("StallMarks", "seated"),
        Status.RESERVED: QCoreApplication.translate("StallMarks", "reserved"),
        Status.CLEANING: QCoreApplication.translate("StallMarks", "cleaning"),
    }.get(stall.status, stall.status.label.lower())
    return QCoreApplication.translate("StallMarks", "{0} {1} — usually {2}").format(
        status, duration(stall.minutes), duration(stall.usual.median))


class StallMarks(QObject):
    """Signals:
        began(list): the stalls (:class:`~floorview.core.stalls.Stall`) that began
            since the last refresh, each once.
        changed(): the marks changed.
    """

    began = Signal(list)
    changed = Signal()

    def __init__(self, store: BranchStore, *, clock: Callable[[], datetime],
                 scenes: Callable[[], Iterable[FloorScene]],
                 stale: Callable[[], bool] = lambda: False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.clock = clock
        self._scenes = scenes
        self._stale = stale
        self.book = StallBook(store, clock=clock)
        self._shown: dict[str, Stall] = {}
        # the ids changed since the last pass; None: read every table (a snapshot came)
        self._changed: set[str] | None = set()
        self._soon = QTimer(self, singleShot=True, interval=1000)
        self._soon.timeout.connect(self._refresh_changed)
        self._tick = QTimer(self, interval=TICK_MS)
        self._tick.timeout.connect(self.refresh)
        self._tick.start()
        self._unsubscribe: Callable[[], None] | None = store.subscribe(self.on_store_update)
        self.refresh()

    def detach(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None  # (it holds this object: no cycle left behind)
        self.book.detach()
        self._soon.stop()
        self._tick.stop()

    def on_store_update(self, update: Update) -> None:
        if update.resynced or update.reference:
            self._changed = None
        elif self._changed is not None:
            self._changed.update(c.table_id for c in update.changes)
        if not self._soon.isActive():
            self._soon.start()

    def set_history(self, segments: Sequence[Segment]) -> None:
        """Past evenings' segments (read from the journals, off the GUI thread)."""
        self.book.set_history(segments)
        self.refresh()

    @property
    def stalled(self) -> dict[str, Stall]:
        """The tables marked, by id."""
        return dict(self._shown)

    def words_for(self, table_id: str) -> str:
        """The table's stall in words, or "" when it does not stall."""
        stall = self._shown.get(table_id)
        return stall_words(stall) if stall is not None else ""

    @Slot()
    def refresh(self) -> None:
        """Every table read and marked (the clock moved, the history came)."""
        self._changed = set()
        began: list[Stall] = []
        if not self._stale():
            began = self.book.update(self.store.tables.values(), self.clock())
            self._shown = self.book.stalled
        self._mark(None, began)

    @Slot()
    def _refresh_changed(self) -> None:
        """The tables that changed since the last pass, alone: on 2,000 tables a pass
        over all of them took ~45 ms of the GUI thread once a second while changes came."""
        ids, self._changed = self._changed, set()
        if ids is None or self._stale():
            self.refresh()
            return
        tables = self.store.tables
        began = self.book.update_some((tables[i] for i in ids if i in tables), self.clock(),
                                      gone=[i for i in ids if i not in tables])
        self._shown = self.book.stalled
        self._mark(ids, began)

    def _mark(self, ids: set[str] | None, began: list[Stall]) -> None:
        """Tell the floors' tables ``ids`` (None: all) their marks; say what began."""
        shown = self._shown
        for scene in self._scenes():
            for table_id in ids if ids is not None else [i.table_id for i in scene.table_items()]:
                stall = shown.get(table_id)
                if stall is None:
                    scene.set_stall(table_id, None)
                else:
                    scene.set_stall(table_id, stall.status, stall_words(stall))
        if began:
            self.began.emit(began)
        self.changed.emit()
