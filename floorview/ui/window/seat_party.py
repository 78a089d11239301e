"""Seat a party in the window: the size asked, the options ranked and shown, one seated.

The touch bar's *Seat a party*, the toolbar's and the shortcut (S) open the
:class:`~floorview.ui.window.seat_panel.SeatPanel`. Its size (and section, if one was
chosen) is ranked by :func:`floorview.core.seating.rank` from the store's tables, the
turn book's estimates and history and the Preferences' rotation; the options are listed
on the panel, best first, and drawn on their floors
(:class:`~floorview.ui.floor.seat_highlight.SeatHighlight`), the best one's floor shown.
A tap on an option that is free now asks the window to seat the party there
(``seatRequested``: each table with its share of the guests, and the option's server),
the same EditController path as the table dialog's, kept to undo; when a table of it was
taken meanwhile (the list stays still under the finger while the floor moves on), the
options are ranked again instead, and the host told why. An option that is not free
yet is a quote, and every showing of quotes is announced (``quotesGiven``).

It also keeps the rotation's next server in sight: "Next: Ben O." on the summary and on
the host stand's touch bar, at most once a second as the floor changes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, tzinfo
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut

from floorview.core.model import Status, Table
from floorview.core.seating import Mode, Option, loads, rank, rotation, share_guests
from floorview.core.store import BranchStore, Update
from floorview.core.turns import TurnBook
from floorview.ui.floor.floor_scene import FloorScene
from floorview.ui.floor.seat_highlight import Mark, SeatHighlight
from floorview.ui.settings import AppSettings
from floorview.ui.window.seat_panel import Choice, SeatPanel

#: The rotation shown is worked out again at most this often (ms) while the floor changes.
ROTATION_MS = 1000



def short_name(name: str) -> str:
    """"Ben Okafor" → "Ben O."; a single name stays whole."""
    parts = name.split()
    if len(parts) < 2:
        return name
    return f"{parts[0]} {parts[-1][0]}."


class SeatParty(QObject):
    """Seat a party for one window (see the module).

    ``scenes()`` gives the window's floors by plan id; ``show_plan(id)`` shows one;
    ``assign``: whether this user may assign servers (a server may seat a party at a
    table, not give it to someone: the table keeps its server).

    Signals:
        seatRequested(list, object): [(table id, guests), ...] and the server's id (or
            None): seat the party so.
        quotesGiven(list, int): options not free now were shown (the Options, best
            first) for a party of this size.
        nextServerChanged(str): "Next: Ben O." ("" when nobody serves).
    """

    seatRequested = Signal(list, object)
    quotesGiven = Signal(list, int)
    nextServerChanged = Signal(str)

    def __init__(self, window: Any, store: BranchStore, *, clock: Callable[[], datetime],
                 settings: AppSettings, book: TurnBook,
                 scenes: Callable[[], dict[str, FloorScene]],
                 show_plan: Callable[[str], object], assign: bool = True) -> None:
        super().__init__(window)
        self._store = store
        self._clock = clock
        self._settings = settings
        self._book = book
        self._scenes = scenes
        self._show_plan = show_plan
        self._assign = assign
        self.panel = SeatPanel(window)
        self.panel.sizeChosen.connect(self.on_panel_sizeChosen)
        self.panel.optionChosen.connect(self.on_panel_optionChosen)
        self.panel.cancelled.connect(self.clear)
        # Esc closes it wherever the focus is (a tap on the floor takes it off the panel)
        self._escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), window)
        self._escape.setEnabled(False)
        self._escape.activated.connect(self.panel.close_panel)
        self.panel.shown.connect(lambda on: self._escape.setEnabled(on))
        self.undoRequested = self.panel.undoRequested  # (the window forwards it)
        self.options: list[Option] = []
        self.party = 0
        self._section = ""
        self._marks: list[tuple[FloorScene, SeatHighlight]] = []
        self.next_server = ""
        self._timer = QTimer(self, singleShot=True, interval=ROTATION_MS)
        self._timer.timeout.connect(self.update_rotation)
        self._unsubscribe: Callable[[], None] | None = store.subscribe(self.on_store_update)
        self.update_rotation()

    # --- the rotation shown --------------------------------------------------------------------

    @property
    def mode(self) -> Mode:
        return cast(Mode, self._settings.seat_mode)

    def _zone(self) -> tzinfo | None:
        return self._store.branch.zone if self._store.branch else None

    def _names(self) -> dict[str, str]:
        return {uid: u.name for uid, u in self._store.users.items()}

    def on_store_update(self, _update: Update) -> None:
        if not self._timer.isActive():
            self._timer.start()

    @Slot()
    def update_rotation(self) -> None:
        """"Next: Ben O." from the rotation as the floor is now."""
        names = self._names()
        servers = loads(self._store.tables.values(), self._store.sections, self._book.history,
                        now=self._clock(), zone=self._zone())
        order = rotation(servers, mode=self.mode, names=names)
        first = next((s for s in order if not servers[s].skipped), None)
        text = (QCoreApplication.translate("SeatParty", "Next: {0}").format(short_name(names.get(first, first)))
                if first else "")
        if text != self.next_server:
            self.next_server = text
            self.nextServerChanged.emit(text)

    # --- the steps -----------------------------------------------------------------------------

    @Slot()
    def open(self) -> None:
        """Seat a party: the panel at its first step (again: closed)."""
        if self.panel.isVisible():
            self.panel.close_panel()
            return
        plans = {p.id: i for i, p in enumerate(sorted(self._store.floor_plans,
                                                      key=lambda p: p.sort_order))}
        sections = sorted(self._store.sections.values(),
                          key=lambda s: (plans.get(s.floor_plan_id or "", len(plans)), s.name))
        self.panel.open_size([(s.id, s.name) for s in sections])

    def rank(self, party: int, section: str = "") -> list[Option]:
        tables: Sequence[Table] = list(self._store.tables.values())
        if section:
            tables = [t for t in tables if t.section_id == section]
        return rank(tables, party, now=self._clock(), sections=self._store.sections,
                    names=self._names(), estimates=self._book.estimates(),
                    history=self._book.history, zone=self._zone(), mode=self.mode)

    @Slot(int, str)
    def on_panel_sizeChosen(self, party: int, section: str, why: str = "") -> None:
        self.party = party
        self._section = section
        ranked = self.rank(party, section)
        self.options = [o for o in ranked if o.table_ids]
        users = self._store.users
        choices = []
        for o in self.options:
            server = users.get(o.server_id or "")
            who = server.name if server is not None else QCoreApplication.translate("SeatParty", "no server")
            where = (QCoreApplication.translate("SeatParty", "Table {0}").format(o.tables[0]) if len(o.tables) == 1
                     else QCoreApplication.translate("SeatParty", "Tables {0}").format(" + ".join(o.tables)))
            count = o.seats
            seats = QCoreApplication.translate("SeatParty", "%n seats", None, count)
            choices.append(Choice(f"{where} · {seats} · {who}", o.reason, self._free(o)))
        note = ""
        if not self.options:  # the reason why, from the ranking
            note = ranked[0].reason if ranked else QCoreApplication.translate(
                "SeatParty", "Nothing seats a party of %n.", None, party)
        elif not self.options[0].now:
            note = QCoreApplication.translate("SeatParty", "Nothing is free for them now: these free up first. Tell the party the "
                       "time; seat them when the table is free.")
        self.panel.show_options(party, choices, f"{why} {note}".strip())
        self._highlight()
        if any(not o.now for o in self.options):
            self.quotesGiven.emit(list(self.options), party)

    def when(self, option: Option) -> str:
        """"" for an option free now; "~19:55" (the branch's clock), or "?" with no
        estimate, for one that is not."""
        if option.now:
            return ""
        if option.free_at is None:
            return "?"
        return f"~{option.free_at.astimezone(self._zone()):%H:%M}"

    def _free(self, option: Option) -> str:
        """"free ~19:55", "no estimate of when it frees", or "" for one free now."""
        if option.now:
            return ""
        if option.free_at is None:
            return QCoreApplication.translate("SeatParty", "no estimate of when it frees")
        return QCoreApplication.translate("SeatParty", "free {0}").format(self.when(option))

    @Slot(int)
    def on_panel_optionChosen(self, index: int) -> None:
        if not 0 <= index < len(self.options):
            return
        option = self.options[index]
        if not option.now:
            self.panel.say(QCoreApplication.translate("SeatParty", "Table {0} is not free yet ({1}): tell the party, and seat "
                                "them when it is.").format(option.tables[0], self._free(option)))
            return
        tables = [self._store.tables[t] for t in option.table_ids if t in self._store.tables]
        if len(tables) < len(option.table_ids) or any(t.status is not Status.AVAILABLE
                                                       for t in tables):
            # the floor moved on while the list was read: rank again, never seat over it
            self.on_panel_sizeChosen(self.party, self._section, QCoreApplication.translate("SeatParty",
                "{0} was just taken: the options as the floor is now.").format(
                    QCoreApplication.translate("SeatParty", "Table {0}").format(option.tables[0]) if len(option.tables) == 1
                    else QCoreApplication.translate("SeatParty", "Tables {0}").format(" + ".join(option.tables))))
            return
        shares = share_guests(self.party, [t.capacity for t in tables])
        self.seatRequested.emit([(t.id, g) for t, g in zip(tables, shares, strict=True)],
                                option.server_id if self._assign else None)
        who = self._store.users.get(option.server_id or "")
        places = ", ".join(f"{t.number} ({g})" for t, g in zip(tables, shares, strict=True))
        where = (QCoreApplication.translate("SeatParty", "table {0}") if len(tables) == 1 else QCoreApplication.translate("SeatParty", "tables {0}")).format(places)
        self.panel.show_seated(QCoreApplication.translate("SeatParty", "A party of {0} at {1} · {2}. Undo puts it back.").format(
            self.party, where, who.name if who is not None else QCoreApplication.translate("SeatParty", "no server")))
        self._clear_marks()

    # --- the highlights ------------------------------------------------------------------------

    def _highlight(self) -> None:
        self._clear_marks()
        scenes = self._scenes()
        by_plan: dict[str, list[Mark]] = {}
        for i, o in enumerate(self.options):
            tables = tuple(self._store.tables[t] for t in o.table_ids if t in self._store.tables)
            if tables:
                by_plan.setdefault(tables[0].floor_plan_id, []).append(
                    Mark(i + 1, tables, self.when(o)))
        for plan_id, marks in by_plan.items():
            scene = scenes.get(plan_id)
            if scene is None:
                continue
            item = SeatHighlight(marks, unit=scene.typical_table_size())
            scene.addItem(item)
            self._marks.append((scene, item))
        if self.options and self.options[0].table_ids:
            best = self._store.tables.get(self.options[0].table_ids[0])
            if best is not None:
                self._show_plan(best.floor_plan_id)

    def highlights(self) -> list[SeatHighlight]:
        """The options drawn on the floors now (for tests and the screenshots)."""
        return [item for _, item in self._marks]

    def _clear_marks(self) -> None:
        for scene, item in self._marks:
            if item.scene() is scene:
                scene.removeItem(item)
        self._marks = []

    @Slot()
    def clear(self) -> None:
        """Cancel: no options, no highlights."""
        self._clear_marks()
        self.options = []

    def detach(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self._timer.stop()
        self._clear_marks()
