"""What the window adds to the floor from the turn times: likely free times and over-time marks.

:class:`TurnMarks` owns the branch's :class:`~floorview.core.turns.TurnBook` (the
estimates) and :class:`~floorview.core.turns.OverTime` (the marks), and keeps the floor's
tables told (``FloorScene.set_marks``):

* with *Likely free times* on (F8), each occupied table's time pill reads "free ~19:55"
  instead of its time (in the time's colour, amber or red), or "no history" when there
  are too few comparable turns; F8 again brings the times back;
* a table past the red threshold wears a red ring from the minute it crosses until its
  status changes or a host acknowledges it (the table menu's *Acknowledge over time*);
  with the preference on, each crossing sounds once (``QApplication.beep``: Qt's
  multimedia module is not part of the wheels floorview ships).

It refreshes when the store changes (at most once a second: at 100 changes a second on
2,000 tables, a refresh after each 100 ms kept the GUI thread busy), when a turn ends or the
history arrives, and every 15 s as time passes; while the floor is stale (offline) the
marks stay as they were.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication

from floorview.core.model import Status, Table
from floorview.core.store import BranchStore, Update
from floorview.core.turns import FreeEstimate, OverTime, TurnBook
from floorview.ui.floor.floor_scene import FloorScene
from floorview.ui.settings import AppSettings

#: How often the marks follow the clock (ms): the floor's timers step once a minute.
TICK_MS = 15_000


class TurnMarks(QObject):
    """Signals:
        changed(): the estimates or the marks changed (the list redraws its column).
    """

    changed = Signal()

    def __init__(self, store: BranchStore, *, clock: Callable[[], datetime],
                 settings: AppSettings, scenes: Callable[[], Iterable[FloorScene]],
                 stale: Callable[[], bool] = lambda: False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.clock = clock
        self.settings = settings
        self._scenes = scenes
        self._stale = stale
        self.book = TurnBook(store, clock=clock, turns=settings.estimate_turns)
        self.over = OverTime(settings.red_minutes)
        self.show_free = settings.show_free_times
        #: called once per table crossing the red threshold, when the preference is on
        self.sound: Callable[[], None] = QApplication.beep
        self.sounds = 0  # how many times it sounded (the status bar, tests)
        self._soon = QTimer(self, singleShot=True, interval=1000)
        self._soon.timeout.connect(self.refresh)
        self._tick = QTimer(self, interval=TICK_MS)
        self._tick.timeout.connect(self.refresh)
        self._tick.start()
        self._unsubscribe = [store.subscribe(self.on_store_update),
                             self.book.subscribe(self.on_book_changed)]
        self.refresh()

    def detach(self) -> None:
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe = []
        self.book.detach()
        self._soon.stop()
        self._tick.stop()

    # --- what it is told ----------------------------------------------------------------

    def on_store_update(self, _update: Update) -> None:
        if not self._soon.isActive():
            self._soon.start()

    def on_book_changed(self) -> None:
        if not self._soon.isActive():
            self._soon.start()

    def apply_settings(self) -> None:
        """The preferences changed (turns, red threshold, sound)."""
        self.book.turns = self.settings.estimate_turns
        self.over.red_minutes = self.settings.red_minutes
        self.refresh()

    def set_show_free(self, on: bool) -> None:
        self.show_free = on
        self.settings.show_free_times = on
        self.refresh()

    def acknowledge(self, table_id: str) -> bool:
        """A host saw the over-time table: its mark goes (until it is seated again)."""
        done = self.over.acknowledge(table_id)
        if done:
            self.refresh()
        return done

    def is_marked(self, table_id: str) -> bool:
        return table_id in self.over.marked

    def estimate(self, table: Table) -> FreeEstimate | None:
        return self.book.estimate(table)

    # --- the floor ----------------------------------------------------------------------

    def note_for(self, table: Table) -> str:
        """The pill's note for an occupied table ("free ~19:55", "no history"), or ""."""
        if not self.show_free or table.status is not Status.OCCUPIED:
            return ""
        est = self.book.estimate(table)
        if est is None:
            return QCoreApplication.translate("TurnMarks", "no history")
        if est.is_due(self.clock()):
            # as the list says "now": never a time already past
            return QCoreApplication.translate("TurnMarks", "free ~now")
        zone = self.store.branch.zone if self.store.branch else None
        return QCoreApplication.translate("TurnMarks", "free ~{0}").format(
            f"{est.free_at.astimezone(zone):%H:%M}")

    @Slot()
    def refresh(self) -> None:
        if not self._stale():
            crossed = self.over.update(self.store.tables.values(), self.clock())
            if crossed and self.settings.over_time_sound:
                for _ in crossed:  # once per table that crossed, never per tick
                    self.sounds += 1
                    self.sound()
        marked = self.over.marked
        tables = self.store.tables
        for scene in self._scenes():
            for item in scene.table_items():
                table = tables.get(item.table_id, item.table)
                scene.set_marks(item.table_id, self.note_for(table), item.table_id in marked)
        self.changed.emit()
