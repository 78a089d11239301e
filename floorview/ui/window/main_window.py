"""The main window: the banner, one tab per floor plan, the summary and the table list.

It is handed the branch's store (and subscribes through the scenes and panels it makes),
the signed-in user, the settings and a clock; it knows nothing of HTTP or sockets.
Requests to change the server's data leave as signals (through ``table_actions`` and the
ones below); the composition root (floorview.app) connects them to the EditController.
"""

from __future__ import annotations

import functools
import logging
import re
import weakref
from collections.abc import Callable
from datetime import datetime, tzinfo
from statistics import median

from PySide6.QtCore import QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QColor,
    QGuiApplication,
    QKeySequence,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from floorview.core.live import ConnectionStatus, ConnState
from floorview.core.model import Shape, Status, User, find_by_id_or_name
from floorview.core.recorder import RecorderState
from floorview.core.store import BranchStore, Update
from floorview.options import EXIT_SHORTCUT
from floorview.ui import assets
from floorview.ui.dialogs.preferences_dialog import PreferencesDialog
from floorview.ui.dialogs.table_form_dialog import TableFormDialog
from floorview.ui.floor.floor_scene import DisplaySettings, FloorScene
from floorview.ui.floor.floor_view import FloorView
from floorview.ui.floor.palette import DARK, LIGHT, Theme, status_color
from floorview.ui.settings import AppSettings
from floorview.ui.window.banner import ConnectionBanner, hhmm
from floorview.ui.window.journal_status import JournalStatus
from floorview.ui.window.summary_panel import SummaryPanel
from floorview.ui.window.table_actions import TableActions
from floorview.ui.window.table_keys import TableKeys, key_text
from floorview.ui.window.table_list import TableList
from floorview.ui.window.turn_marks import TurnMarks

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]

#: Floors with more tables than this are drawn without section outlines (see
#: MainWindow.display_settings).
SECTIONS_MAX_TABLES = 1500

#: A new table's default size when the floor has none to copy (floor-plan units).
DEFAULT_TABLE_SIZE = (80.0, 80.0)


def resolve_theme(choice: str, *, kiosk: bool) -> Theme:
    """"light"/"dark" as chosen; "system" follows the platform (dark in kiosk when the
    platform does not say)."""
    if choice == "light":
        return LIGHT
    if choice == "dark":
        return DARK
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return DARK
    if scheme == Qt.ColorScheme.Light and not kiosk:
        return LIGHT
    return DARK if kiosk else LIGHT


def stylesheet(theme: Theme) -> str:
    return assets.stylesheet("dark" if theme.name == "dark" else "light")


def app_palette(theme: Theme) -> QPalette:
    """The widgets' palette for a theme, so dialogs, menus and message boxes match."""
    style = QApplication.style()
    palette = style.standardPalette() if style is not None else QPalette()
    if theme.name != "dark":
        return palette
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    for r, color in (
        (role.Window, "#15191E"), (role.WindowText, theme.text), (role.Base, "#1B1F25"),
        (role.AlternateBase, "#15191E"), (role.Text, theme.text), (role.Button, "#262B33"),
        (role.ButtonText, theme.text), (role.Highlight, "#3D7BD9"),
        (role.HighlightedText, "#FFFFFF"), (role.ToolTipBase, "#262B33"),
        (role.ToolTipText, theme.text), (role.PlaceholderText, theme.text_muted),
        (role.Link, "#8AB4F8"), (role.Mid, "#3A424D"), (role.Dark, "#0B0D10"),
        (role.Light, "#3A424D"), (role.Midlight, "#2F353E"), (role.Shadow, "#000000"),
    ):
        palette.setColor(r, QColor(color))
    for r in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, r, QColor(theme.text_muted))
    return palette


def next_table_number(numbers: list[str]) -> str:
    taken = {n.strip().casefold() for n in numbers}
    highest = max((int(m.group()) for n in numbers if (m := re.search(r"\d+", n))), default=0)
    candidate = highest + 1
    while str(candidate) in taken:
        candidate += 1
    return str(candidate)


def label_keys(action: QAction) -> None:
    """Show the action's shortcut as people read it ("Ctrl + Plus", not Qt's "Ctrl++"):
    in menus (the text after a tab is what a menu shows as the shortcut, instead of its
    own rendering), in the tooltip; the toolbar's button keeps the plain words."""
    words = action.text().split("\t")[0]
    keys = key_text(action.shortcut())
    action.setText(f"{words}\t{keys}")
    action.setIconText(words.replace("…", ""))
    action.setToolTip(f"{words.replace('…', '')} ({keys})")


def action_words(action: QAction) -> str:
    """An action's words without its shortcut, mnemonic or ellipsis."""
    return action.text().split("\t")[0].replace("…", "").replace("&", "")


def _tab_text(name: str) -> str:
    return name.replace("&", "&&")  # "Bar & Lounge", not a mnemonic


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
    closed = Signal()

    def __init__(self, store: BranchStore, *, user: User, settings: AppSettings, clock: Clock,
                 theme_choice: str = "system", kiosk: bool = False, preferred_plan: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.store = store
        self.user = user
        self.settings = settings
        self.clock = clock
        self.theme_choice = theme_choice
        self.kiosk = kiosk
        self.theme = resolve_theme(theme_choice, kiosk=kiosk)
        self.scenes: dict[str, FloorScene] = {}
        self.views: dict[str, FloorView] = {}
        self._plan_ids: tuple[str, ...] = ()
        self._preferred_plan = preferred_plan  # --floor: shown once the plans are known
        self._status: ConnectionStatus | None = None
        self._highlight = ""
        self._closing = False
        self._sized = False
        self._sections_skipped: set[str] = set()
        self._palette_before = QApplication.palette()  # restored on close
        self._user_split = False  # the user dragged the splitter: keep their widths
        self.setWindowTitle(self._title())
        self.setWindowIcon(assets.app_icon())  # also in kiosk mode: the same window
        self.setMinimumSize(800, 500)

        # --- widgets ------------------------------------------------------------------
        self.banner = ConnectionBanner(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("floorTabs")
        self.tabs.setDocumentMode(True)
        self.find_edit = QLineEdit(self)
        self.find_edit.setObjectName("findEdit")
        self.find_edit.setPlaceholderText("Find table by number — Enter to show, Esc to close")
        self.find_edit.setClearButtonEnabled(True)
        self.find_bar = QWidget(self)
        find_layout = QHBoxLayout(self.find_bar)
        find_layout.setContentsMargins(8, 4, 8, 4)
        find_layout.addWidget(QLabel("Find table:", self.find_bar))
        find_layout.addWidget(self.find_edit, 1)
        self.find_bar.hide()

        color = self._status_colors()
        self.summary = SummaryPanel(store, status_color=color, parent=self)
        self.table_list = TableList(store, clock=clock, status_color=color, parent=self)
        self.table_actions = TableActions(store, role=user.role, status_color=color, parent=self)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(0)
        left_layout.addWidget(self.find_bar)
        left_layout.addWidget(self.tabs, 1)
        side = QWidget(self)
        side.setObjectName("sidePanel")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(0)
        side_layout.addWidget(self.summary)
        side_layout.addWidget(self.table_list, 1)
        self.side = side
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setCollapsible(0, False)
        self.splitter.splitterMoved.connect(self.on_splitter_splitterMoved)
        central = QWidget(self)
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.banner)
        central_layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.message_label = QLabel(self)
        self.message_label.setObjectName("messageLabel")
        # a long message (a refusal and what to do about it) wraps onto a second line
        # rather than being cut off at the status bar's other labels
        self.message_label.setWordWrap(True)
        self.message_label.setMinimumWidth(480)
        self.message_label.setSizePolicy(QSizePolicy.Policy.Expanding,
                                         QSizePolicy.Policy.Preferred)
        self.user_label = QLabel(self)
        self.user_label.setObjectName("userLabel")
        self.as_of_label = QLabel(self)
        self.as_of_label.setObjectName("asOfLabel")
        self.journal_status = JournalStatus(self)  # shown while the journal is paused
        self.journal_status.message.connect(self.show_message)
        self.statusBar().addWidget(self.journal_status)
        self.statusBar().addWidget(self.message_label, 1)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.as_of_label)
        self.statusBar().setSizeGripEnabled(False)
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.timeout.connect(self.on_message_timer_timeout)
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(15_000)
        self._clock_timer.timeout.connect(self.on_clock_timer_timeout)
        self._clock_timer.start()

        me = weakref.ref(self)  # (no cycle through the window: see TableActions._window)
        self.turn_marks = TurnMarks(
            store, clock=clock, settings=settings, parent=self,
            scenes=lambda: list(w.scenes.values()) if (w := me()) else [],
            stale=lambda: bool((w := me()) and w.banner.stale))
        self.table_list.set_estimates(self.turn_marks.estimate)
        self.turn_marks.changed.connect(self.table_list.estimates_changed)
        self.table_actions.is_marked = self.turn_marks.is_marked
        self.table_actions.acknowledgeRequested.connect(self.turn_marks.acknowledge)

        self._keys = TableKeys(self)
        self._keys.deletePressed.connect(self.on_deleteTable_triggered)
        self._build_actions()
        self._connect_signals()
        self._unsubscribe: Callable[[], None] | None = store.subscribe(self.on_store_update)
        self._sync_tabs()
        self.set_kiosk(kiosk)  # applies the theme too
        self._update_labels()

    # --- construction -------------------------------------------------------------------

    def _build_actions(self) -> None:
        def action(text: str, slot: Callable, shortcut: QKeySequence | str | None = None,
                   *, checkable: bool = False, name: str = "") -> QAction:
            a = QAction(text, self)
            a.setObjectName(name or text)
            if shortcut is not None:
                a.setShortcut(QKeySequence(shortcut))
                label_keys(a)
            a.setCheckable(checkable)
            (a.toggled if checkable else a.triggered).connect(slot)
            self.addAction(a)  # shortcuts work with the menus hidden (kiosk)
            return a

        role = self.user.role
        self.zoom_in_action = action("Zoom in", self.on_zoomIn_triggered, QKeySequence.StandardKey.ZoomIn, name="zoomIn")
        # Ctrl+= too: Ctrl + Plus needs Shift on most layouts, and browsers take both
        self.zoom_in_action.setShortcuts([*QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomIn),
                                          QKeySequence("Ctrl+=")])
        self.zoom_out_action = action("Zoom out", self.on_zoomOut_triggered, QKeySequence.StandardKey.ZoomOut, name="zoomOut")
        self.fit_action = action("Fit to window", self.on_fit_triggered, "Ctrl+0", name="fit")
        self.sections_action = action("Sections", self.on_sections_toggled, "Ctrl+Shift+S",
                                      checkable=True, name="sections")
        self.sections_action.setChecked(self.settings.show_sections)
        self.free_action = action("Likely free times", self.on_freeTimes_toggled, "F8",
                                  checkable=True, name="freeTimes")
        self.free_action.setChecked(self.settings.show_free_times)
        self.find_action = action("Find table…", self.open_find, QKeySequence.StandardKey.Find, name="find")
        self.edit_action = action("Edit layout", self.on_editMode_toggled, "Ctrl+E",
                                  checkable=True, name="editMode")
        self.edit_action.setVisible(role.may_edit_layout)
        self.edit_action.setEnabled(role.may_edit_layout)
        self.add_action = action("Add table…", self.on_addTable_triggered, "Ctrl+N", name="addTable")
        self.add_action.setVisible(False)
        self.add_action.setEnabled(False)
        self.delete_action = action("Delete table…", self.on_deleteTable_triggered,
                                    QKeySequence.StandardKey.Delete, name="deleteTable")
        self.properties_action = action("Number, seats, shape…", self.on_properties_triggered,
                                        "Ctrl+I", name="tableProperties")
        self.undo_action = action("Undo layout edit", self.undoRequested.emit, "Ctrl+Z", name="undo")
        self.redo_action = action("Redo layout edit", self.redoRequested.emit, "Ctrl+Shift+Z",
                                  name="redo")
        # on the toolbar in edit mode only, and short: the tooltip and the menu say the rest
        self.undo_action.setIconText("Undo")
        self.redo_action.setIconText("Redo")
        for a in (self.delete_action, self.properties_action, self.undo_action, self.redo_action):
            a.setVisible(False)
            a.setEnabled(False)
        self._can_undo = self._can_redo = False
        self.prefs_action = action("Preferences…", self.on_preferences_triggered, name="preferences")
        self.prefs_action.setVisible(role.may_edit_layout)
        self.prefs_action.setEnabled(role.may_edit_layout)
        self.sign_out_action = action("Sign out…", self.on_signOut_triggered, name="signOut")
        self.branch_action = action("Switch branch…", self.branchRequested.emit, name="switchBranch")
        self.shortcuts_action = action("Keyboard shortcuts", self.on_shortcuts_triggered,
                                       QKeySequence.StandardKey.HelpContents, name="shortcuts")
        self.quit_action = action("Quit", self.quitRequested.emit, QKeySequence.StandardKey.Quit, name="quit")

        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for choice, text in (("system", "Follow system"), ("light", "Light"), ("dark", "Dark")):
            a = QAction(text, self.theme_group)
            a.setCheckable(True)
            a.setChecked(choice == self.theme_choice)
            a.setObjectName(f"theme:{choice}")
            a.triggered.connect(lambda _=False, c=choice: self.set_theme_choice(c))
            self.theme_actions[choice] = a

        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        file_menu.addAction(self.branch_action)
        file_menu.addAction(self.sign_out_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        view_menu = menu.addMenu("&View")
        for a in (self.zoom_in_action, self.zoom_out_action, self.fit_action):
            view_menu.addAction(a)
        view_menu.addSeparator()
        view_menu.addAction(self.sections_action)
        view_menu.addAction(self.free_action)
        theme_menu = view_menu.addMenu("Theme")
        theme_menu.addActions(self.theme_group.actions())
        table_menu = menu.addMenu("&Tables")
        table_menu.addAction(self.find_action)
        table_menu.addAction(self.edit_action)
        table_menu.addAction(self.add_action)
        table_menu.addAction(self.properties_action)
        table_menu.addAction(self.delete_action)
        table_menu.addAction(self.undo_action)
        table_menu.addAction(self.redo_action)
        table_menu.addSeparator()
        table_menu.addAction(self.prefs_action)
        help_menu = menu.addMenu("&Help")
        help_menu.addAction(self.shortcuts_action)

        self.toolbar = QToolBar("Main", self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for a in (self.zoom_out_action, self.zoom_in_action, self.fit_action):
            self.toolbar.addAction(a)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.sections_action)
        self.toolbar.addAction(self.find_action)
        if role.may_edit_layout:
            self.toolbar.addSeparator()
            self.toolbar.addAction(self.edit_action)
            self.toolbar.addAction(self.add_action)
            self.toolbar.addAction(self.undo_action)
            self.toolbar.addAction(self.redo_action)
        spacer = QWidget(self.toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addAction(self.sign_out_action)
        self.addToolBar(self.toolbar)

        self._escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.find_edit)
        self._escape.setContext(Qt.ShortcutContext.WidgetShortcut)

    def _connect_signals(self) -> None:
        self.banner.actionRequested.connect(self.on_banner_actionRequested)
        self.tabs.currentChanged.connect(self.on_tabs_currentChanged)
        self.find_edit.returnPressed.connect(self.on_find_edit_returnPressed)
        self._escape.activated.connect(self.close_find)
        self.summary.serverHighlighted.connect(self.on_summary_serverHighlighted)
        self.table_list.tableSelected.connect(self.on_table_list_tableSelected)
        self.table_list.tableActivated.connect(self.table_actions.open_dialog)
        # right-click (long press) on a row: the same table menu as on the floor
        self.table_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table_list.customContextMenuRequested.connect(self.on_table_list_menuRequested)
        self.table_actions.deleteRequested.connect(self.on_actions_deleteRequested)
        self.table_actions.propertiesRequested.connect(self.on_actions_propertiesRequested)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self.on_color_scheme_changed)
        self._follows_scheme = True

    # --- floors -------------------------------------------------------------------------

    def display_settings(self, plan_id: str = "") -> DisplaySettings:
        """The scenes' settings; for ``plan_id``, sections only where they stay cheap."""
        sections = self.sections_action.isChecked()
        if sections and plan_id:
            count = len(self.store.tables_on(plan_id))
            # WORKAROUND: FloorScene's section outlines cost superlinear time in the
            # tables of a floor, on the GUI thread (first paint with them, measured with
            # ui 944fa04: 1,000 tables +0.3 s, 6,000 +2.3 s, 20,000 +11.6 s; before it,
            # 20,000 froze the GUI for minutes). No restaurant room has that many; the
            # demo's "Stress Hall" does. Reported to the ui branch.
            if count > SECTIONS_MAX_TABLES:
                sections = False
                if plan_id not in self._sections_skipped:
                    self._sections_skipped.add(plan_id)
                    log.warning("sections not drawn on floor plan %s: %d tables", plan_id, count)
        return DisplaySettings(
            theme=self.theme,
            amber_minutes=self.settings.amber_minutes,
            red_minutes=self.settings.red_minutes,
            show_sections=sections,
            large_type=self.kiosk,
        )

    def _sync_tabs(self) -> None:
        plans = self.store.floor_plans
        ids = tuple(p.id for p in plans)
        if ids == self._plan_ids:
            for plan in plans:  # a rename
                index = self.tabs.indexOf(self.views[plan.id])
                self.tabs.setTabText(index, _tab_text(plan.name))
            return
        current = self.current_plan_id() or self.settings.floor_plan_for(self.store.branch_id)
        self.tabs.blockSignals(True)
        try:
            for plan_id in list(self.scenes):
                if plan_id not in ids:
                    self._drop_tab(plan_id)
            for i, plan in enumerate(plans):
                if plan.id not in self.scenes:
                    self._add_tab(plan, i)
                else:
                    view = self.views[plan.id]
                    if self.tabs.indexOf(view) != i:
                        self.tabs.removeTab(self.tabs.indexOf(view))
                        self.tabs.insertTab(i, view, _tab_text(plan.name))
        finally:
            self.tabs.blockSignals(False)
        self._plan_ids = ids
        self.tabs.tabBar().setVisible(len(ids) > 1)
        if self._preferred_plan and plans:
            preferred, self._preferred_plan = self._preferred_plan, ""
            if self.show_plan(preferred):
                return
            log.warning("no floor plan %r in this branch", preferred)
        if current in self.views:
            self.tabs.setCurrentWidget(self.views[current])

    def _add_tab(self, plan, index: int) -> None:
        scene = FloorScene(self.store, plan, settings=self.display_settings(plan.id),
                           clock=self.clock)
        view = FloorView(scene, self)
        view.setObjectName(f"floor:{plan.id}")
        view.installEventFilter(self._keys)
        scene.selectedTableChanged.connect(self.on_scene_selectedTableChanged)
        scene.contextMenuRequested.connect(self.on_scene_contextMenuRequested)
        scene.tableActivated.connect(self.table_actions.open_dialog)
        scene.tableEdited.connect(self.tableEdited)
        if self.edit_action.isChecked():
            scene.set_edit_mode(True)
        if self._highlight:
            scene.set_highlight_server(self._highlight)
        if self.banner.stale:
            scene.set_stale(True)
        self.scenes[plan.id] = scene
        self.views[plan.id] = view
        self.tabs.insertTab(index, view, _tab_text(plan.name))
        QTimer.singleShot(0, view.fit_to_window)

    def _drop_tab(self, plan_id: str) -> None:
        view = self.views.pop(plan_id)
        scene = self.scenes.pop(plan_id)
        self.tabs.removeTab(self.tabs.indexOf(view))
        scene.detach()
        view.deleteLater()
        scene.deleteLater()

    def current_plan_id(self) -> str:
        view = self.tabs.currentWidget()
        for plan_id, v in self.views.items():
            if v is view:
                return plan_id
        return ""

    def current_scene(self) -> FloorScene | None:
        return self.scenes.get(self.current_plan_id())

    def current_view(self) -> FloorView | None:
        return self.views.get(self.current_plan_id())

    def show_plan(self, plan_ref: str) -> bool:
        """Show a floor plan by id or name (case-insensitive); False if there is none."""
        plan = find_by_id_or_name(self.store.floor_plans, plan_ref)
        if plan is None or plan.id not in self.views:
            return False
        self.tabs.setCurrentWidget(self.views[plan.id])
        return True

    def scene_of(self, table_id: str) -> FloorScene | None:
        table = self.store.tables.get(table_id)
        return self.scenes.get(table.floor_plan_id) if table else None

    # --- store --------------------------------------------------------------------------

    def on_store_update(self, update: Update) -> None:
        if update.resynced or any(c.before is None or c.after is None for c in update.changes):
            # tables came or went: a floor may have crossed SECTIONS_MAX_TABLES
            for plan_id, scene in self.scenes.items():
                settings = self.display_settings(plan_id)
                if settings.show_sections != scene.settings.show_sections:
                    scene.set_settings(settings)
        if update.reference:
            self._sync_tabs()
            self.setWindowTitle(self._title())
            self._update_labels()

    # --- connection ---------------------------------------------------------------------

    @Slot(object)
    def set_connection_status(self, status: ConnectionStatus) -> None:
        self._status = status
        self.banner.set_status(status)
        as_of = status.as_of
        for scene in self.scenes.values():  # the timers freeze where the data was last true
            scene.set_stale(self.banner.stale, as_of=as_of if self.banner.stale else None)
        self.summary.set_stale(f"as of {hhmm(as_of, self._zone())}" if self.banner.stale and as_of
                               else "not synced" if self.banner.stale else "")
        self._update_labels()

    def set_journal_state(self, state: RecorderState) -> None:
        """The journal's state (paused and why, recording again) in the status bar."""
        self.journal_status.set_state(state)

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
        return f"{branch} — floorview"

    def _zone(self) -> tzinfo | None:
        """The branch's clock, which every time shown follows (None: this machine's)."""
        return self.store.branch.zone if self.store.branch else None

    def _update_labels(self) -> None:
        branch = self.store.branch.name if self.store.branch else ""
        zone = self._zone()
        now = hhmm(self.clock(), zone)
        self.user_label.setText(f"{self.user.name} · {self.user.role.value} · {branch}")
        self.banner.set_zone(zone)
        self.banner.set_detail(f"{branch} · {now}" if branch else now)
        status = self._status
        as_of = status.as_of if status is not None else None
        if status is not None and status.state is ConnState.LIVE:
            self.as_of_label.setText(f"Live · as of {now}")
        elif as_of is not None:
            self.as_of_label.setText(f"As of {hhmm(as_of, zone)} — may be out of date")
        else:
            self.as_of_label.setText("Not yet synced")

    @Slot()
    def on_clock_timer_timeout(self) -> None:
        self._update_labels()

    # --- messages -----------------------------------------------------------------------

    @Slot(str, bool)
    def show_message(self, text: str, error: bool = False) -> None:
        self.message_label.setProperty("error", error)
        self.message_label.setStyleSheet(
            "color: #FFFFFF; background: #B71C1C; padding: 2px 8px; font-weight: 600;"
            if error else ""
        )
        self.message_label.setText(text)
        self._fit_message()
        QTimer.singleShot(0, self._fit_message)  # again at the width the bar then gives it
        self._message_timer.start(12_000 if error else 6_000)

    def _fit_message(self) -> None:
        """As many lines as the message needs at the label's width (the status bar grows
        with it): a refusal and what to do about it are read whole, not cut off."""
        label = self.message_label
        if label.text():  # (its size hint is for its least width: too many lines)
            label.setFixedHeight(label.heightForWidth(max(label.width(), label.minimumWidth())))
        else:
            label.setMinimumHeight(0)
            label.setMaximumHeight(16_777_215)  # QWIDGETSIZE_MAX

    @Slot()
    def on_message_timer_timeout(self) -> None:
        self.message_label.setText("")
        self.message_label.setStyleSheet("")
        self._fit_message()

    # --- view actions -------------------------------------------------------------------

    @Slot()
    def on_zoomIn_triggered(self) -> None:
        if view := self.current_view():
            view.zoom_by(1.25)

    @Slot()
    def on_zoomOut_triggered(self) -> None:
        if view := self.current_view():
            view.zoom_by(0.8)

    @Slot()
    def on_fit_triggered(self) -> None:
        if view := self.current_view():
            view.reset_view()

    @Slot(bool)
    def on_sections_toggled(self, on: bool) -> None:
        self.settings.show_sections = on
        self._apply_display()

    @Slot(bool)
    def on_freeTimes_toggled(self, on: bool) -> None:
        self.turn_marks.set_show_free(on)

    def _apply_display(self) -> None:
        for plan_id, scene in self.scenes.items():
            scene.set_settings(self.display_settings(plan_id))

    @Slot(int)
    def on_tabs_currentChanged(self, _index: int) -> None:
        plan_id = self.current_plan_id()
        if plan_id:
            self.settings.set_floor_plan_for(self.store.branch_id, plan_id)
        if (view := self.current_view()) is not None and not self.find_bar.isVisible():
            view.setFocus()  # the keys (Tab, arrows, Enter) work on the floor shown

    def _keep(self, name: str, dialog: QWidget) -> None:
        """Hold an open dialog as ``self.<name>`` (tests, automation) until it closes:
        a closed one (deleted on close) is never left behind to be touched."""
        setattr(self, name, dialog)

        def forget(*_args) -> None:
            if getattr(self, name, None) is dialog:
                setattr(self, name, None)
        dialog.finished.connect(forget)

    # --- help and signing out -----------------------------------------------------------

    def shortcuts(self) -> list[tuple[str, str]]:
        """(keys, what they do) for every shortcut that works in this window now."""
        rows = [(key_text(a.shortcut()),
                 action_words(a).replace(f" ({a.shortcut().toString()})", ""))  # "… (F9)"
                for a in self.actions()  # the QWidget's own: every action added
                if isinstance(a, QAction) and a.isVisible() and not a.shortcut().isEmpty()
                and (a.isEnabled() or a in (self.undo_action, self.redo_action))]
        rows += [("Tab / Shift + Tab", "Next / previous table"),
                 ("Arrow keys", "The nearest table that way"),
                 ("Enter", "Open the selected table"),
                 ("Esc", "Clear the selection; close the find bar"),
                 ("Plus / Minus / 0", "Zoom in / out / fit (on the floor)"),
                 ("Shift + arrow keys", "Scroll the floor")]
        if self.kiosk:
            rows.append((key_text(EXIT_SHORTCUT), "Leave kiosk mode (asks first)"))
        return rows

    @Slot()
    def on_shortcuts_triggered(self) -> None:
        def cell(text: str) -> str:
            return text.replace("&", "&amp;").replace("<", "&lt;")
        # keys and words in two columns, a line each (neither wraps under the other)
        body = "".join(f"<tr><td style='padding: 2px 18px 2px 0; white-space: nowrap'><b>{cell(k)}</b></td>"
                       f"<td style='padding: 2px 0; white-space: nowrap'>{cell(v)}</td></tr>"
                       for k, v in self.shortcuts())
        box = QMessageBox(QMessageBox.Icon.NoIcon, "Keyboard shortcuts",
                          f"<table cellspacing='0'>{body}</table>",
                          QMessageBox.StandardButton.Close, self)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._keep("shortcuts_box", box)
        box.open()

    @Slot()
    def on_signOut_triggered(self) -> None:
        """Ask first: signing out stops the floor on this screen."""
        box = QMessageBox(QMessageBox.Icon.Question, "Sign out",
                          f"Sign {self.user.name} out of floorview?\n\nThe floor stays on "
                          "screen, no longer updating, until someone signs in again; a "
                          "kept password is forgotten.",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)
        box.button(QMessageBox.StandardButton.Yes).setText("Sign out")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(
            lambda result: result == QMessageBox.StandardButton.Yes
            and self.signOutRequested.emit())
        self._keep("sign_out_box", box)
        box.open()

    # --- theme and kiosk ------------------------------------------------------------------

    def status_color(self, status: Status) -> QColor:
        return status_color(self.theme, status)

    def _status_colors(self) -> Callable[[Status], QColor]:
        """The theme's status colours for the panels: a function of the theme, not a
        bound method of this window (that would be a reference cycle through every panel,
        freed by the cyclic collector on whichever thread it runs)."""
        return functools.partial(status_color, self.theme)

    def set_theme_choice(self, choice: str) -> None:
        self.theme_choice = choice
        self.settings.theme = choice
        if choice in self.theme_actions:
            self.theme_actions[choice].setChecked(True)
        self._apply_theme()

    @Slot(Qt.ColorScheme)
    def on_color_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.theme_choice == "system":
            self._apply_theme()

    def _apply_theme(self) -> None:
        self.theme = resolve_theme(self.theme_choice, kiosk=self.kiosk)
        self.setProperty("kiosk", self.kiosk)
        QApplication.setPalette(app_palette(self.theme))
        self.setStyleSheet(stylesheet(self.theme))
        self.style().unpolish(self)  # the [kiosk="true"] rules follow the property
        self.style().polish(self)
        color = self._status_colors()
        self.summary.set_status_color(color)
        self.table_list.list_model.set_status_color(color)
        self.table_actions.set_status_color(color)
        self._apply_display()

    def set_kiosk(self, on: bool) -> None:
        """Kiosk look: no menus or toolbar, large type (KioskMode does the rest)."""
        self.kiosk = on
        self.menuBar().setVisible(not on)
        self.toolbar.setVisible(not on)
        # their shortcuts too: a kiosk is left only by Ctrl+Shift+Q, and nobody signs
        # the stand out or edits the layout from it by a stray key
        for action in (self.quit_action, self.sign_out_action, self.branch_action):
            action.setEnabled(not on)
        if on and self.edit_action.isChecked():
            self.edit_action.setChecked(False)
        self.edit_action.setEnabled(self.user.role.may_edit_layout and not on)
        self.prefs_action.setEnabled(self.user.role.may_edit_layout and not on)
        self.banner.set_large_type(on)
        self.table_actions.large_type = on
        self.table_list.set_compact(on)
        self._apply_theme()  # kiosk: dark by default, large type on the floor
        self._size_side()

    def _size_side(self) -> None:
        """The side panel's width: enough for the summary and the list, no more."""
        width = 600 if self.kiosk else 540  # (500 cramped the list once "Free in ~" came)
        self.side.setMinimumWidth(width - 120)
        total = self.splitter.width()
        if total > width * 2:
            self.splitter.setSizes([total - width, width])

    def showEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            QTimer.singleShot(0, self._size_side)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(event)
        self._fit_message()
        if not self._user_split:
            self._size_side()

    @Slot(int, int)
    def on_splitter_splitterMoved(self, _pos: int, _index: int) -> None:
        self._user_split = True

    # --- find ---------------------------------------------------------------------------

    @Slot()
    def open_find(self) -> None:
        self.find_bar.show()
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    @Slot()
    def close_find(self) -> None:
        self.find_bar.hide()
        if view := self.current_view():
            view.setFocus()

    @Slot()
    def on_find_edit_returnPressed(self) -> None:
        text = self.find_edit.text().strip()
        if not text:
            return
        found = self.find_table(text)
        if found is None:
            self.show_message(f"No table numbered {text!r} in this branch.", error=True)
        else:
            table = self.store.tables[found]
            self.show_message(f"Table {table.number}: {table.status.label}, {table.seats_text}")

    def find_table(self, text: str) -> str | None:
        """Select and flash the table numbered ``text`` (exactly, else by prefix)."""
        wanted = text.strip().casefold()
        tables = sorted(self.store.tables.values(), key=lambda t: (len(t.number), t.number))
        match = next((t for t in tables if t.number.casefold() == wanted), None)
        if match is None:
            match = next((t for t in tables if t.number.casefold().startswith(wanted)), None)
        if match is None:
            return None
        self.reveal_table(match.id)
        scene = self.scenes.get(match.floor_plan_id)
        if scene is not None:
            scene.flash(match.id)
        return match.id

    def reveal_table(self, table_id: str) -> None:
        """Switch to the table's floor, select it there and in the list."""
        table = self.store.tables.get(table_id)
        if table is None:
            return
        view = self.views.get(table.floor_plan_id)
        if view is not None:
            self.tabs.setCurrentWidget(view)
        scene = self.scenes.get(table.floor_plan_id)
        if scene is not None:
            scene.select_table(table_id)
        self.table_list.select_table(table_id)

    # --- selection and highlight --------------------------------------------------------

    @Slot(str)
    def on_scene_selectedTableChanged(self, table_id: str) -> None:
        self.table_list.select_table(table_id)

    @Slot(str)
    def on_table_list_tableSelected(self, table_id: str) -> None:
        if table_id:
            self.reveal_table(table_id)
        elif scene := self.current_scene():
            scene.select_table("")

    @Slot(str)
    def on_summary_serverHighlighted(self, server_id: str) -> None:
        self._highlight = server_id
        for scene in self.scenes.values():
            scene.set_highlight_server(server_id or None)

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

    # --- editing ------------------------------------------------------------------------

    @property
    def editing(self) -> bool:
        return self.user.role.may_edit_layout and self.edit_action.isChecked()

    @Slot(bool)
    def on_editMode_toggled(self, on: bool) -> None:
        on = on and self.user.role.may_edit_layout
        self.table_actions.edit_mode = on
        for a in (self.add_action, self.delete_action, self.properties_action,
                  self.undo_action, self.redo_action):
            a.setVisible(on)
        self.add_action.setEnabled(on)
        self.delete_action.setEnabled(on)
        self.properties_action.setEnabled(on)
        self._update_history_actions()
        for scene in self.scenes.values():
            scene.set_edit_mode(on)
        self.show_message("Edit mode: drag to move; handles rotate and resize; "
                          f"{key_text(self.delete_action.shortcut())} deletes; "
                          f"{key_text(self.undo_action.shortcut())} undoes, "
                          f"{key_text(self.redo_action.shortcut())} redoes." if on
                          else "Edit mode off.")

    @Slot(bool, bool)
    def set_history(self, can_undo: bool, can_redo: bool) -> None:
        """Whether there is a layout edit to undo, to redo (the EditController says)."""
        self._can_undo, self._can_redo = can_undo, can_redo
        self._update_history_actions()

    def _update_history_actions(self) -> None:
        self.undo_action.setEnabled(self.editing and self._can_undo)
        self.redo_action.setEnabled(self.editing and self._can_redo)

    def new_table_fields(self, number: str = "", capacity: int = 4,
                         shape: Shape | None = None) -> dict | None:
        """Contract fields for a table added to the current floor, where it covers no
        other table nor any table's labels (badge, time); None when there is no room."""
        scene, plan_id = self.current_scene(), self.current_plan_id()
        if scene is None:
            return None
        on_floor = self.store.tables_on(plan_id)
        if on_floor:
            width = float(median(t.width for t in on_floor))
            height = float(median(t.height for t in on_floor))
        else:
            width, height = DEFAULT_TABLE_SIZE
        if shape is None:
            shape = Shape.SQUARE if abs(width - height) < 1 else Shape.RECTANGLE
        side = min(width, height)
        if shape in (Shape.ROUND, Shape.SQUARE):
            width = height = side
        elif abs(width - height) < 1:  # a rectangle: half again as long as it is deep
            width, height = side * 1.5, side
        spot = scene.free_spot(width, height)
        if spot is None:
            return None
        x, y = spot
        return {
            "branchId": self.store.branch_id,
            "floorPlanId": plan_id,
            "number": number or next_table_number([t.number for t in self.store.tables.values()]),
            "capacity": capacity,
            "shape": shape.value,
            "x": round(x),
            "y": round(y),
            "width": width,
            "height": height,
            "rotation": 0,
        }

    @Slot()
    def on_addTable_triggered(self) -> None:
        """Ask number, seats and shape; then place the table in free space."""
        if not self.editing or self.current_scene() is None:
            return
        numbers = [t.number for t in self.store.tables.values()]
        dialog = TableFormDialog(number=next_table_number(numbers), seats=4,
                                 shape=Shape.SQUARE, taken=numbers, title="Add table",
                                 parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._add_table(dialog.fields()))
        self._keep("table_form", dialog)
        dialog.open()

    def _add_table(self, form: dict) -> None:
        fields = self.new_table_fields(form["number"], form["capacity"], Shape(form["shape"]))
        if fields is None:
            self.show_message("There is no free space left on this floor for another table.",
                              error=True)
            return
        self.createRequested.emit(fields)

    def selected_table(self) -> str:
        """The table selected on the floor shown ("" when none)."""
        scene = self.current_scene()
        selected = [i for i in scene.selectedItems() if i in scene.table_items()] if scene else []
        return selected[0].table_id if len(selected) == 1 else ""

    @Slot()
    def on_deleteTable_triggered(self) -> None:
        if self.editing and (table_id := self.selected_table()):
            self.on_actions_deleteRequested(table_id)

    @Slot()
    def on_properties_triggered(self) -> None:
        if self.editing and (table_id := self.selected_table()):
            self.on_actions_propertiesRequested(table_id)

    @Slot(str)
    def on_actions_propertiesRequested(self, table_id: str) -> None:
        """Change a table's number, seats and shape (saved like a move)."""
        table = self.store.tables.get(table_id)
        if table is None or not self.editing:
            return
        others = [t.number for t in self.store.tables.values() if t.id != table_id]
        dialog = TableFormDialog(number=table.number, seats=table.capacity,
                                 shape=table.shape if table.shape is not Shape.UNKNOWN
                                 else Shape.SQUARE, taken=others,
                                 title=f"Table {table.number}", parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._save_properties(table_id, dialog.fields()))
        self._keep("table_form", dialog)
        dialog.open()

    def _save_properties(self, table_id: str, fields: dict) -> None:
        table = self.store.tables.get(table_id)
        if table is None:
            return
        changed = {k: v for k, v in fields.items() if table.to_json().get(k) != v}
        if changed:
            self.tableEdited.emit(table_id, changed)

    @Slot(str)
    def on_actions_deleteRequested(self, table_id: str) -> None:
        table = self.store.tables.get(table_id)
        if table is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, "Delete table",
                          f"Delete table {table.number} from the floor plan?",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(
            lambda result: result == QMessageBox.StandardButton.Yes
            and self.deleteRequested.emit(table_id)
        )
        self._keep("delete_box", box)
        box.open()

    @Slot()
    def on_preferences_triggered(self) -> None:
        dialog = PreferencesDialog(self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._apply_display)
        dialog.accepted.connect(self.turn_marks.apply_settings)
        self._keep("preferences_dialog", dialog)
        dialog.open()

    # --- closing ------------------------------------------------------------------------

    def detach(self) -> None:
        """Unsubscribe everything from the store (idempotent)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        for scene in self.scenes.values():
            scene.detach()
        self.summary.detach()
        self.table_list.detach()
        self.turn_marks.detach()
        self._clock_timer.stop()
        if self._follows_scheme:
            self._follows_scheme = False
            QGuiApplication.styleHints().colorSchemeChanged.disconnect(self.on_color_scheme_changed)

    def force_close(self) -> None:
        """Close also in kiosk mode (the app is quitting, signing out, switching branch)."""
        self._closing = True
        self.close()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt)
        if self.kiosk and not self._closing:
            # Alt+F4 and the like: a kiosk is left only by its confirmed shortcut
            event.ignore()
            self.show_message(f"To leave the floor monitor, press {key_text(EXIT_SHORTCUT)}.")
            return
        if not self.kiosk:
            self.settings.window_geometry = self.saveGeometry()
        self.settings.sync()
        self.detach()
        QApplication.setPalette(self._palette_before)
        super().closeEvent(event)
        self.closed.emit()
