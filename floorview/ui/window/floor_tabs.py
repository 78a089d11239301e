"""The floors' tabs: one floor view per floor plan, kept in step with the store.

:class:`FloorTabs` is the window's tab widget. It makes a scene and a view for each floor
plan the store knows (in the store's order, renamed and dropped with it), gives each the
display settings the window's choices make (sections left out where a floor has more than
:data:`SECTIONS_MAX_TABLES` tables), remembers the floor shown per branch, says which plan,
scene, view and table are shown, zooms the floor shown, and keeps what every floor shows
alike (stale, one server's tables picked out) on floors that come later. The window wires
each new floor to its parts through the ``wire`` function it hands in.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Slot
from PySide6.QtWidgets import QTabWidget, QWidget

from floorview.core.model import FloorPlan, find_by_id_or_name
from floorview.core.store import BranchStore, Update
from floorview.ui.floor.floor_scene import DisplaySettings, FloorScene
from floorview.ui.floor.floor_view import FloorView
from floorview.ui.settings import AppSettings

log = logging.getLogger(__name__)

#: Floors with more tables than this are drawn without section outlines (see
#: FloorTabs.display_settings).
SECTIONS_MAX_TABLES = 1500


def tab_text(name: str) -> str:
    """A floor plan's name as its tab shows it: "Bar & Lounge", not a mnemonic."""
    return name.replace("&", "&&")


class FloorTabs(QTabWidget):
    """A tab per floor plan (see the module); the tab bar shows only when there are two.

    ``chosen()`` gives the display settings the window's choices make for every floor
    (theme, thresholds, sections, large type); ``wire(scene, view)`` connects a new
    floor to the window's parts before its tab is added. ``preferred_plan`` (an id or a
    name) is shown once the plans are known, instead of the one remembered.
    """

    def __init__(self, store: BranchStore, *, settings: AppSettings,
                 clock: Callable[[], datetime], chosen: Callable[[], DisplaySettings],
                 wire: Callable[[FloorScene, FloorView], None], preferred_plan: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("floorTabs")
        self.setAccessibleName(QCoreApplication.translate("FloorTabs", "Floors"))
        self.setDocumentMode(True)
        self.store = store
        self.settings = settings
        self._clock = clock
        self._chosen = chosen
        self._wire = wire
        self.scenes: dict[str, FloorScene] = {}
        self.views: dict[str, FloorView] = {}
        self._plan_ids: tuple[str, ...] = ()
        self._preferred_plan = preferred_plan  # --floor: shown once the plans are known
        self._sections_skipped: set[str] = set()
        self._stale = False
        self._highlight = ""
        self.currentChanged.connect(self.on_currentChanged)

    # --- the store ----------------------------------------------------------------------

    def on_store_update(self, update: Update) -> None:
        """Floors that crossed the sections' limit, and the plans when they changed."""
        if update.resynced or any(c.before is None or c.after is None for c in update.changes):
            # tables came or went: a floor may have crossed SECTIONS_MAX_TABLES
            for plan_id, scene in self.scenes.items():
                settings = self.display_settings(plan_id)
                if settings.show_sections != scene.settings.show_sections:
                    scene.set_settings(settings)
        if update.reference:
            self.sync()

    def sync(self) -> None:
        """A tab per floor plan, in the store's order, named as the store names them."""
        plans = self.store.floor_plans
        ids = tuple(p.id for p in plans)
        if ids == self._plan_ids:
            for plan in plans:  # a rename
                index = self.indexOf(self.views[plan.id])
                self.setTabText(index, tab_text(plan.name))
            return
        current = self.current_plan_id() or self.settings.floor_plan_for(self.store.branch_id)
        self.blockSignals(True)
        try:
            for plan_id in list(self.scenes):
                if plan_id not in ids:
                    self._drop_tab(plan_id)
            for i, plan in enumerate(plans):
                if plan.id not in self.scenes:
                    self._add_tab(plan, i)
                else:
                    view = self.views[plan.id]
                    if self.indexOf(view) != i:
                        self.removeTab(self.indexOf(view))
                        self.insertTab(i, view, tab_text(plan.name))
                    else:  # renamed in the same reload, perhaps
                        self.setTabText(i, tab_text(plan.name))
        finally:
            self.blockSignals(False)
        self._plan_ids = ids
        self.tabBar().setVisible(len(ids) > 1)
        if self._preferred_plan and plans:
            preferred, self._preferred_plan = self._preferred_plan, ""
            if self.show_plan(preferred):
                return
            log.warning("no floor plan %r in this branch", preferred)
        if current in self.views:
            self.setCurrentWidget(self.views[current])

    def _add_tab(self, plan: FloorPlan, index: int) -> None:
        scene = FloorScene(self.store, plan, settings=self.display_settings(plan.id),
                           clock=self._clock)
        view = FloorView(scene, self)
        # the plan is geometry: it keeps its left and right in a right-to-left language
        view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        view.setObjectName(f"floor:{plan.id}")
        self._wire(scene, view)
        if self._highlight:
            scene.set_highlight_server(self._highlight)
        if self._stale:
            scene.set_stale(True)
        self.scenes[plan.id] = scene
        self.views[plan.id] = view
        self.insertTab(index, view, tab_text(plan.name))
        # (the view as the timer's context: a window nobody holds is freed at once, its
        # views with it, before the event loop runs this)
        QTimer.singleShot(0, view, view.fit_to_window)

    def _drop_tab(self, plan_id: str) -> None:
        view = self.views.pop(plan_id)
        scene = self.scenes.pop(plan_id)
        self.removeTab(self.indexOf(view))
        scene.detach()
        view.deleteLater()
        scene.deleteLater()

    def detach(self) -> None:
        """Unsubscribe every floor's scene from the store."""
        for scene in self.scenes.values():
            scene.detach()

    # --- what every floor shows alike -------------------------------------------------------

    def set_stale(self, stale: bool, as_of: datetime | None = None) -> None:
        """Every floor marked stale, its timers frozen at ``as_of`` (or live again); a floor
        added while stale comes marked too."""
        self._stale = stale
        for scene in self.scenes.values():
            scene.set_stale(stale, as_of=as_of)

    def set_highlight_server(self, server_id: str) -> None:
        """Every table not served by ``server_id`` dimmed on every floor ("": none), on
        floors added later too."""
        self._highlight = server_id
        for scene in self.scenes.values():
            scene.set_highlight_server(server_id or None)

    # --- display settings ---------------------------------------------------------------

    def display_settings(self, plan_id: str = "") -> DisplaySettings:
        """The scenes' settings; for ``plan_id``, sections only where they stay cheap."""
        chosen = self._chosen()
        sections = chosen.show_sections
        if sections and plan_id:
            count = len(self.store.tables_on(plan_id))
            # WORKAROUND: FloorScene's section outlines cost superlinear time in the
            # tables of a floor, on the GUI thread (their first paint, measured: 1,000
            # tables +0.3 s, 6,000 +2.3 s, 20,000 +11.6 s). No restaurant room has that
            # many; the demo's "Stress Hall" does, and would freeze for seconds.
            if count > SECTIONS_MAX_TABLES:
                sections = False
                if plan_id not in self._sections_skipped:
                    self._sections_skipped.add(plan_id)
                    log.warning("sections not drawn on floor plan %s: %d tables", plan_id, count)
        return dataclasses.replace(chosen, show_sections=sections)

    @Slot()
    def apply_display(self) -> None:
        """Every floor's display settings again (the choices changed)."""
        for plan_id, scene in self.scenes.items():
            scene.set_settings(self.display_settings(plan_id))

    # --- the floor shown ----------------------------------------------------------------

    @Slot(int)
    def on_currentChanged(self, _index: int) -> None:
        plan_id = self.current_plan_id()
        if plan_id:
            self.settings.set_floor_plan_for(self.store.branch_id, plan_id)

    def current_plan_id(self) -> str:
        view = self.currentWidget()
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
        self.setCurrentWidget(self.views[plan.id])
        return True

    def scene_of(self, table_id: str) -> FloorScene | None:
        """The scene of the floor the table is on (None: no such table)."""
        table = self.store.tables.get(table_id)
        return self.scenes.get(table.floor_plan_id) if table else None

    def selected_table(self) -> str:
        """The table selected on the floor shown ("" when none)."""
        scene = self.current_scene()
        selected = [i for i in scene.selectedItems() if i in scene.table_items()] if scene else []
        return selected[0].table_id if len(selected) == 1 else ""

    def show_table(self, table_id: str) -> None:
        """Switch to the table's floor and select it there (nothing for no such table)."""
        table = self.store.tables.get(table_id)
        if table is None:
            return
        view = self.views.get(table.floor_plan_id)
        if view is not None:
            self.setCurrentWidget(view)
        scene = self.scenes.get(table.floor_plan_id)
        if scene is not None:
            scene.select_table(table_id)

    @Slot()
    def zoom_in(self) -> None:
        if view := self.current_view():
            view.zoom_by(1.25)

    @Slot()
    def zoom_out(self) -> None:
        if view := self.current_view():
            view.zoom_by(0.8)

    @Slot()
    def fit_floor(self) -> None:
        """The floor shown, whole, in its view."""
        if view := self.current_view():
            view.reset_view()
