"""The main window: builds and lays out the banner, the floors' tabs, the summary, the table
list and the status bar, and wires its parts together.

It is handed the branch's store (and subscribes through the scenes and panels it makes),
the signed-in user, the settings and a clock; it knows nothing of HTTP or sockets. What
its parts do lives beside it: ``floor_tabs`` (a tab per floor plan, in step with the
store), ``status_bar``, ``window_actions`` (the actions, menus and toolbar),
``window_look`` (theme and kiosk look), ``side_panel`` (the summary and list beside the
floor, or a drawer when the window is narrow), ``find_bar``, ``edit_mode`` (with
``table_placement``) and ``window_dialogs``; the window wires them together in
:meth:`MainWindow._connect_signals` and :meth:`MainWindow._connect_actions`. Requests to change the server's data leave as
signals (through ``table_actions`` and the ones below); the composition root
(floorview.app) connects them to the EditController.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from datetime import datetime, tzinfo
from typing import Any, ParamSpec, TypeVar

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from floorview.core.live import ConnectionStatus, ConnState
from floorview.core.model import Role, Status, User
from floorview.core.recorder import RecorderState
from floorview.core.store import BranchStore, Update
from floorview.options import EXIT_SHORTCUT
from floorview.ui import assets
from floorview.ui.floor.floor_scene import DisplaySettings, FloorScene
from floorview.ui.floor.floor_view import FloorView
from floorview.ui.settings import AppSettings
from floorview.ui.window.banner import ConnectionBanner, hhmm
from floorview.ui.window.edit_mode import EditMode
from floorview.ui.window.find_bar import FindBar
from floorview.ui.window.floor_tabs import FloorTabs
from floorview.ui.window.screen_fit import remember
from floorview.ui.window.seat_party import SeatParty
from floorview.ui.window.side_panel import SidePanel
from floorview.ui.window.stall_marks import StallMarks
from floorview.ui.window.status_bar import WindowStatusBar
from floorview.ui.window.summary_panel import SummaryPanel
from floorview.ui.window.table_actions import TableActions
from floorview.ui.window.table_keys import TableKeys, key_text
from floorview.ui.window.table_list import TableList
from floorview.ui.window.turn_marks import TurnMarks
from floorview.ui.window.window_actions import WindowActions
from floorview.ui.window.window_dialogs import WindowDialogs
from floorview.ui.window.window_look import WindowLook, resolve_theme, status_colors

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
T = TypeVar("T")
P = ParamSpec("P")


def _forward(part: str, name: str) -> Any:
    """A read-only attribute of the window that is its part's (``window.<part>.<name>``):
    what the app, tests and automation reach on the window stays where they look."""
    return property(lambda self: getattr(getattr(self, part), name),
                    doc=f"``self.{part}.{name}``")


def _weakly(method: Callable[P, T], default: T) -> Callable[P, T]:
    """``method(...)`` while its window lives, else ``default``: a part that asks the window
    holds no reference to it (a cycle through Qt objects, freed by the cyclic collector on
    whichever thread it runs)."""
    ref = weakref.WeakMethod(method)

    def call(*args: P.args, **kwargs: P.kwargs) -> T:
        bound = ref()
        return bound(*args, **kwargs) if bound is not None else default
    return call


class MainWindow(QMainWindow):
    """The floor monitor's window.

    Signals:
        tableEdited(str, dict): a table was moved/rotated/resized in edit mode, or its
            number, seats or shape changed.
        createRequested(dict): add a table with these contract fields.
        deleteRequested(str): delete this table (confirmed by the user).
        undoRequested(), redoRequested(): undo or redo the last layout edit.
        signOutRequested(): the user wants to sign out (and confirmed it).
        reloginRequested(): the banner's "sign in again".
        branchRequested(): the banner's "choose branch".
        retryRequested(): the banner's "retry now".
        quitRequested(): leave the app (kiosk confirmation, or File → Quit).
        kioskRequested(): View → Enter kiosk mode.
        seatRequested(list, object): seat a party: [(table id, guests), ...], the server.
        quotes_given(list, int): Seat a party showed options not free now (the
            seating Options, best first) for a party of this size.
        closed(): the window was closed.
    """

    tableEdited = Signal(str, dict)
    createRequested = Signal(dict)
    deleteRequested = Signal(str)
    undoRequested = Signal()
    redoRequested = Signal()
    signOutRequested = Signal()
    reloginRequested = Signal()
    branchRequested = Signal()
    retryRequested = Signal()
    quitRequested = Signal()
    kioskRequested = Signal()
    seatRequested = Signal(list, object)
    quotes_given = Signal(list, int)
    closed = Signal()

    # the parts' attributes and methods, where they were before the parts had modules of
    # their own: where the app, tests and automation reach them
    zoom_in_action = _forward("window_actions", "zoom_in_action")
    zoom_out_action = _forward("window_actions", "zoom_out_action")
    fit_action = _forward("window_actions", "fit_action")
    sections_action = _forward("window_actions", "sections_action")
    free_action = _forward("window_actions", "free_action")
    find_action = _forward("window_actions", "find_action")
    seat_action = _forward("window_actions", "seat_action")
    edit_action = _forward("window_actions", "edit_action")
    add_action = _forward("window_actions", "add_action")
    delete_action = _forward("window_actions", "delete_action")
    properties_action = _forward("window_actions", "properties_action")
    undo_action = _forward("window_actions", "undo_action")
    redo_action = _forward("window_actions", "redo_action")
    prefs_action = _forward("window_actions", "prefs_action")
    sign_out_action = _forward("window_actions", "sign_out_action")
    branch_action = _forward("window_actions", "branch_action")
    shortcuts_action = _forward("window_actions", "shortcuts_action")
    quit_action = _forward("window_actions", "quit_action")
    theme_group = _forward("window_actions", "theme_group")
    theme_actions = _forward("window_actions", "theme_actions")
    toolbar = _forward("window_actions", "toolbar")
    theme = _forward("look", "theme")
    theme_choice = _forward("look", "theme_choice")
    kiosk = _forward("look", "kiosk")
    set_theme_choice = _forward("look", "set_theme_choice")
    set_kiosk = _forward("look", "set_kiosk")  # no menus or toolbar, large type
    find_edit = _forward("find_bar", "edit")
    open_find = _forward("find_bar", "open_bar")
    close_find = _forward("find_bar", "close_bar")
    find_table = _forward("find_bar", "find_table")  # select and flash the table numbered so
    editing = _forward("edit_mode", "editing")
    new_table_fields = _forward("edit_mode", "new_table_fields")
    set_history = _forward("edit_mode", "set_history")  # the EditController's undo and redo
    table_form = _forward("dialogs", "table_form")
    delete_box = _forward("dialogs", "delete_box")
    preferences_dialog = _forward("dialogs", "preferences_dialog")
    shortcuts_box = _forward("dialogs", "shortcuts_box")
    sign_out_box = _forward("dialogs", "sign_out_box")
    scenes = _forward("tabs", "scenes")
    views = _forward("tabs", "views")
    display_settings = _forward("tabs", "display_settings")
    current_plan_id = _forward("tabs", "current_plan_id")
    current_scene = _forward("tabs", "current_scene")
    current_view = _forward("tabs", "current_view")
    show_plan = _forward("tabs", "show_plan")
    scene_of = _forward("tabs", "scene_of")
    selected_table = _forward("tabs", "selected_table")
    message_label = _forward("status_bar", "message_label")
    user_label = _forward("status_bar", "user_label")
    as_of_label = _forward("status_bar", "as_of_label")
    journal_status = _forward("status_bar", "journal_status")
    on_message_timer_timeout = _forward("status_bar", "on_message_timer_timeout")
    show_message = _forward("status_bar", "show_message")  # (an error in red, and longer)

    def __init__(self, store: BranchStore, *, user: User, settings: AppSettings, clock: Clock,
                 theme_choice: str = "system", kiosk: bool = False, preferred_plan: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.store = store
        self.user = user
        self.settings = settings
        self.clock = clock
        self._status: ConnectionStatus | None = None
        self._closing = False
        self._sized = False
        self.setWindowTitle(self._title())
        self.setWindowIcon(assets.app_icon())  # also in kiosk mode: the same window
        self.setMinimumSize(800, 500)

        # widgets, then their places: each step takes what it needs
        self.banner = ConnectionBanner(self)
        self.tabs = FloorTabs(store, settings=settings, clock=clock, parent=self,
                              chosen=_weakly(self._display_choice, DisplaySettings()),
                              wire=_weakly(self._wire_floor, None), preferred_plan=preferred_plan)
        self.find_bar = FindBar(store, self)
        colors = status_colors(resolve_theme(theme_choice, kiosk=kiosk))
        self.summary = SummaryPanel(store, status_color=colors, parent=self)
        self.table_list = TableList(store, clock=clock, status_color=colors, parent=self)
        self.table_actions = TableActions(store, role=user.role, status_color=colors, parent=self)
        self.side, self.splitter = self._lay_out(self.banner, self.find_bar, self.tabs,
                                                 self.summary, self.table_list)
        self.status_bar = WindowStatusBar(self)
        self.setStatusBar(self.status_bar)
        self._clock_timer = self._start_clock_timer()
        self.turn_marks = self._build_turn_marks(store, clock, settings)
        me = weakref.ref(self)  # (no cycle through the window: see TableActions._window)
        self.stall_marks = StallMarks(
            store, clock=clock, parent=self,
            scenes=lambda: list(w.scenes.values()) if (w := me()) else [],
            stale=lambda: bool((w := me()) and w.banner.stale))
        self._keys = TableKeys(self)
        # the parts: actions and menus, then what they drive
        self.window_actions = WindowActions(self, role=user.role, theme_choice=theme_choice)
        self.look = WindowLook(self, settings=settings, role=user.role, theme_choice=theme_choice,
                               kiosk=kiosk, actions=self.window_actions, banner=self.banner,
                               summary=self.summary, table_list=self.table_list,
                               table_actions=self.table_actions)
        self.dialogs = WindowDialogs(self)
        self.side_panel = SidePanel(self, splitter=self.splitter, side=self.side)
        self.edit_mode = self._build_edit_mode(store, user.role, self.window_actions,
                                               self.dialogs, self.table_actions)
        self.seat_party = self._build_seat_party(store, clock, settings)
        self._connect_signals()
        self._connect_actions(self.window_actions, settings)
        # then the data: the floors' tabs, the look (the theme too), the labels
        self._unsubscribe: Callable[[], None] | None = store.subscribe(self.on_store_update)
        self.tabs.sync()
        self.look.set_kiosk(kiosk)  # applies the theme too
        self._update_labels()

    # --- construction -------------------------------------------------------------------

    def _lay_out(self, banner: QWidget, find_bar: QWidget, tabs: QWidget, summary: QWidget,
                 table_list: QWidget) -> tuple[QWidget, QSplitter]:
        """The banner over a splitter: the find bar over the floors' tabs on the left, the
        summary over the table list on the right. Returns the side panel and the splitter."""
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(0)
        left_layout.addWidget(find_bar)
        left_layout.addWidget(tabs, 1)
        side = QWidget(self)
        side.setObjectName("sidePanel")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(0)
        side_layout.addWidget(summary)
        side_layout.addWidget(table_list, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setCollapsible(0, False)
        central = QWidget(self)
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(banner)
        central_layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        return side, splitter

    def _start_clock_timer(self) -> QTimer:
        """The labels' clock, every 15 s."""
        timer = QTimer(self)
        timer.setInterval(15_000)
        timer.timeout.connect(self.on_clock_timer_timeout)
        timer.start()
        return timer

    def _build_turn_marks(self, store: BranchStore, clock: Clock,
                          settings: AppSettings) -> TurnMarks:
        """Likely free times and over-time marks, on the floors and in the list and menus."""
        me = weakref.ref(self)  # (no cycle through the window: see TableActions._window)
        turn_marks = TurnMarks(
            store, clock=clock, settings=settings, parent=self,
            scenes=lambda: list(w.scenes.values()) if (w := me()) else [],
            stale=lambda: bool((w := me()) and w.banner.stale))
        self.table_list.set_estimates(turn_marks.estimate)
        turn_marks.changed.connect(self.table_list.estimates_changed)
        self.table_actions.is_marked = turn_marks.is_marked
        self.table_actions.acknowledgeRequested.connect(turn_marks.acknowledge)
        return turn_marks

    def _build_edit_mode(self, store: BranchStore, role: Role, actions: WindowActions,
                         dialogs: WindowDialogs, table_actions: TableActions) -> EditMode:
        edit_mode = EditMode(store, role=role, actions=actions, dialogs=dialogs,
                             table_actions=table_actions, scenes=self.tabs.scenes,
                             shown=_weakly(self.tabs.current_plan_id, ""),
                             selected=_weakly(self.tabs.selected_table, ""), parent=self)
        edit_mode.tableEdited.connect(self.tableEdited)
        edit_mode.createRequested.connect(self.createRequested)
        edit_mode.deleteRequested.connect(self.deleteRequested)
        edit_mode.message.connect(self.status_bar.show_message)
        return edit_mode

    def _build_seat_party(self, store: BranchStore, clock: Clock,
                          settings: AppSettings) -> SeatParty:
        """Seat a party: its panel, its highlights, its requests out as the window's."""
        tabs = self.tabs  # (not the window: no cycle through it)
        seat = SeatParty(self, store, clock=clock, settings=settings,
                         book=self.turn_marks.book, scenes=lambda: tabs.scenes,
                         show_plan=tabs.show_plan, assign=self.user.role.may_assign_server)
        seat.seatRequested.connect(self.seatRequested)
        seat.quotesGiven.connect(self.quotes_given)
        seat.undoRequested.connect(self.undoRequested)
        seat.nextServerChanged.connect(self.summary.set_next_server)
        self.summary.set_next_server(seat.next_server)
        return seat

    def _connect_signals(self) -> None:
        """The widgets' and parts' signals to what they change."""
        self._keys.deletePressed.connect(self.edit_mode.on_deleteTable_triggered)
        self.banner.actionRequested.connect(self.on_banner_actionRequested)
        self.tabs.currentChanged.connect(self.on_tabs_currentChanged)
        self.find_bar.tableFound.connect(self.on_find_bar_tableFound)
        self.find_bar.message.connect(self.status_bar.show_message)
        self.find_bar.closed.connect(self.on_find_bar_closed)
        self.summary.serverHighlighted.connect(self.on_summary_serverHighlighted)
        self.table_list.tableSelected.connect(self.on_table_list_tableSelected)
        self.table_list.tableActivated.connect(self.table_actions.open_dialog)
        # right-click (long press) on a row: the same table menu as on the floor
        self.table_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table_list.customContextMenuRequested.connect(self.on_table_list_menuRequested)
        self.table_actions.deleteRequested.connect(self.edit_mode.on_actions_deleteRequested)
        self.table_actions.propertiesRequested.connect(self.edit_mode.on_actions_propertiesRequested)
        self.look.applied.connect(self.tabs.apply_display)
        self.look.kioskChanged.connect(self.side_panel.set_kiosk)

    def _connect_actions(self, acts: WindowActions, settings: AppSettings) -> None:
        """Each action to what it does; then the checks the settings remember (their
        slots hear them: the free times' marks follow)."""
        acts.zoom_in_action.triggered.connect(self.tabs.zoom_in)
        acts.zoom_out_action.triggered.connect(self.tabs.zoom_out)
        acts.fit_action.triggered.connect(self.tabs.fit_floor)
        acts.sections_action.toggled.connect(self.on_sections_toggled)
        acts.free_action.toggled.connect(self.on_freeTimes_toggled)
        acts.find_action.triggered.connect(self.find_bar.open_bar)
        acts.seat_action.triggered.connect(self.seat_party.open)
        acts.edit_action.toggled.connect(self.edit_mode.on_editMode_toggled)
        acts.add_action.triggered.connect(self.edit_mode.on_addTable_triggered)
        acts.delete_action.triggered.connect(self.edit_mode.on_deleteTable_triggered)
        acts.properties_action.triggered.connect(self.edit_mode.on_properties_triggered)
        acts.undo_action.triggered.connect(self.undoRequested.emit)
        acts.redo_action.triggered.connect(self.redoRequested.emit)
        acts.prefs_action.triggered.connect(self.on_preferences_triggered)
        acts.sign_out_action.triggered.connect(self.on_signOut_triggered)
        acts.branch_action.triggered.connect(self.branchRequested.emit)
        acts.shortcuts_action.triggered.connect(self.on_shortcuts_triggered)
        acts.quit_action.triggered.connect(self.quitRequested.emit)
        acts.kiosk_action.triggered.connect(self.kioskRequested.emit)
        acts.sections_action.setChecked(bool(settings.show_sections))
        acts.free_action.setChecked(bool(settings.show_free_times))

    # --- floors (FloorTabs keeps them) ------------------------------------------------------

    def _display_choice(self) -> DisplaySettings:
        """The display settings this window's choices make for every floor (the tabs leave
        the sections out where a floor is too big for them)."""
        return DisplaySettings(
            theme=self.theme,
            amber_minutes=self.settings.amber_minutes,
            red_minutes=self.settings.red_minutes,
            show_sections=self.sections_action.isChecked(),
            large_type=self.kiosk,
        )

    def _wire_floor(self, scene: FloorScene, view: FloorView) -> None:
        """A new floor to the window's parts, in the state the other floors are in."""
        view.installEventFilter(self._keys)
        scene.selectedTableChanged.connect(self.on_scene_selectedTableChanged)
        scene.contextMenuRequested.connect(self.on_scene_contextMenuRequested)
        scene.tableActivated.connect(self.table_actions.open_dialog)
        scene.tableEdited.connect(self.tableEdited)
        if self.edit_action.isChecked():
            scene.set_edit_mode(True)

    # --- store --------------------------------------------------------------------------

    def on_store_update(self, update: Update) -> None:
        self.tabs.on_store_update(update)
        if update.reference:
            self.setWindowTitle(self._title())
            self._update_labels()

    # --- connection ---------------------------------------------------------------------

    @Slot(object)
    def set_connection_status(self, status: ConnectionStatus) -> None:
        self._status = status
        self.banner.set_status(status)
        as_of = status.as_of
        # the timers freeze where the data was last true
        self.tabs.set_stale(self.banner.stale, as_of=as_of if self.banner.stale else None)
        self.summary.set_stale(
            QCoreApplication.translate("MainWindow", "as of {0}").format(hhmm(as_of, self._zone()))
            if self.banner.stale and as_of
            else QCoreApplication.translate("MainWindow", "not synced") if self.banner.stale else "")
        self._update_labels()

    def set_journal_state(self, state: RecorderState) -> None:
        """The journal's state (paused and why, recording again) in the status bar."""
        self.status_bar.journal_status.set_state(state)

    @Slot(object)
    def on_banner_actionRequested(self, state: ConnState) -> None:
        if state is ConnState.UNAUTHORIZED:
            self.reloginRequested.emit()
        elif state is ConnState.FORBIDDEN:
            self.branchRequested.emit()
        else:
            self.retryRequested.emit()

    def _title(self) -> str:
        branch = self.store.branch.name if self.store.branch else "floorview"
        return QCoreApplication.translate("MainWindow", "{0} — floorview").format(branch)

    def _zone(self) -> tzinfo | None:
        """The branch's clock, which every time shown follows (None: this machine's)."""
        return self.store.branch.zone if self.store.branch else None

    def _update_labels(self) -> None:
        branch = self.store.branch.name if self.store.branch else ""
        zone = self._zone()
        now = hhmm(self.clock(), zone)
        self.status_bar.show_user(self.user, branch)
        self.banner.set_zone(zone)
        self.banner.set_detail(f"{branch} · {now}" if branch else now)
        self.status_bar.show_as_of(self._status, now, zone)

    @Slot()
    def on_clock_timer_timeout(self) -> None:
        self._update_labels()

    # --- the view menu ------------------------------------------------------------------

    @Slot(bool)
    def on_sections_toggled(self, on: bool) -> None:
        self.settings.show_sections = on
        self.tabs.apply_display()

    @Slot(bool)
    def on_freeTimes_toggled(self, on: bool) -> None:
        self.turn_marks.set_show_free(on)

    @Slot(int)
    def on_tabs_currentChanged(self, _index: int) -> None:
        # (the tabs remember the floor shown: their own slot ran first)
        if (view := self.tabs.current_view()) is not None and not self.find_bar.isVisible():
            view.setFocus()  # the keys (Tab, arrows, Enter) work on the floor shown

    def showEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            QTimer.singleShot(0, self, self.side_panel.fit)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(event)
        self.status_bar.fit_message()
        self.side_panel.fit()  # beside the floor, or folded into a drawer when narrow

    # --- find ---------------------------------------------------------------------------

    @Slot(str)
    def on_find_bar_tableFound(self, table_id: str) -> None:
        self.reveal_table(table_id)
        if (scene := self.tabs.scene_of(table_id)) is not None:
            scene.flash(table_id)

    @Slot()
    def on_find_bar_closed(self) -> None:
        if view := self.tabs.current_view():
            view.setFocus()

    def reveal_table(self, table_id: str) -> None:
        """Switch to the table's floor, select it there and in the list."""
        if table_id in self.store.tables:
            self.tabs.show_table(table_id)
            self.table_list.select_table(table_id)

    # --- selection and highlight --------------------------------------------------------

    @Slot(str)
    def on_scene_selectedTableChanged(self, table_id: str) -> None:
        self.table_list.select_table(table_id)

    @Slot(str)
    def on_table_list_tableSelected(self, table_id: str) -> None:
        if table_id:
            self.reveal_table(table_id)
        elif scene := self.tabs.current_scene():
            scene.select_table("")

    @Slot(str)
    def on_summary_serverHighlighted(self, server_id: str) -> None:
        self.tabs.set_highlight_server(server_id)

    @Slot(str, QPoint)
    def on_scene_contextMenuRequested(self, table_id: str, global_pos: QPoint) -> None:
        self.table_actions.show_menu(table_id, global_pos)

    @Slot(QPoint)
    def on_table_list_menuRequested(self, pos: QPoint) -> None:
        index = self.table_list.indexAt(pos)
        if not index.isValid():
            return
        table_id = self.table_list.list_model.table_at(index.row()).id
        self.reveal_table(table_id)  # the table the menu is for, selected on both
        self.table_actions.show_menu(table_id, self.table_list.viewport().mapToGlobal(pos))

    # --- dialogs (WindowDialogs opens them) ------------------------------------------------

    @Slot()
    def on_preferences_triggered(self) -> None:
        self.dialogs.open_preferences(self.settings,
                                      (self.tabs.apply_display, self.turn_marks.apply_settings,
                                       self.seat_party.update_rotation))

    def shortcuts(self) -> list[tuple[str, str]]:
        """(keys, what they do) for every shortcut that works in this window now."""
        return self.window_actions.shortcuts(kiosk=self.kiosk)

    @Slot()
    def on_shortcuts_triggered(self) -> None:
        self.dialogs.show_shortcuts(self.shortcuts())

    @Slot()
    def on_signOut_triggered(self) -> None:
        """Ask first: signing out stops the floor on this screen."""
        self.dialogs.confirm_sign_out(self.user.name, self.signOutRequested.emit)

    # --- theme and kiosk (WindowLook does them) --------------------------------------------

    def status_color(self, status: Status) -> QColor:
        return self.look.status_colors()(status)

    # --- closing ------------------------------------------------------------------------

    def detach(self) -> None:
        """Unsubscribe everything from the store (idempotent)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.tabs.detach()
        self.summary.detach()
        self.table_list.detach()
        self.turn_marks.detach()
        self.seat_party.detach()
        self.stall_marks.detach()
        self._clock_timer.stop()
        self.look.detach()

    def force_close(self) -> None:
        """Close also in kiosk mode (the app is quitting, signing out, switching branch)."""
        self._closing = True
        self.close()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt)
        if self.kiosk and not self._closing:
            # Alt+F4 and the like: a kiosk is left only by its confirmed shortcut
            event.ignore()
            self.show_message(QCoreApplication.translate(
                "MainWindow", "To leave the floor monitor, press {0}.").format(key_text(EXIT_SHORTCUT)))
            return
        if not self.kiosk:
            remember(self, self.settings)  # its place on this screen, for the next start
        self.settings.sync()
        self.detach()
        self.look.restore_palette()
        super().closeEvent(event)
        self.closed.emit()
