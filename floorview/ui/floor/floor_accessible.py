"""The floor to assistive technology: each table of the floor shown is an accessible child
of the view, and the selected one is announced.

Qt sees a :class:`~PySide6.QtWidgets.QGraphicsView` as one nameless widget with its
viewport as its only child: a screen reader heard nothing of the tables. Here the view
answers as a list ("Floor plan Main Dining") whose items are its tables in reading order
(rows top to bottom, left to right, as Tab walks them), each named "Table 11" and
described by its tooltip's sentence ("Table 11 · Occupied · 1 of 2 guests · for 1h 17m ·
server Gus Larsen"), selected and focused as the floor shows it, with its rectangle on
the screen. The selected table is announced (focus moves to it) when it changes, and its
sentence again when its status changes.

:func:`attach` gives a view its :class:`FloorAccess` and installs the factory that Qt asks
for the view's interface (once per process).
"""

from __future__ import annotations

import functools
import weakref

from PySide6.QtCore import QCoreApplication, QObject, QPoint, QRect, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QAccessibleInterface,
    QAccessibleStateChangeEvent,
    QWindow,
)
from PySide6.QtWidgets import QAccessibleWidget, QGraphicsView

from floorview.core.model import Status
from floorview.ui.floor.floor_scene import FloorScene

Role = QAccessible.Role
Text = QAccessible.Text


def _send(event: QAccessibleEvent) -> None:
    """Hand ``event`` to the screen reader (the tests replace this to read the events)."""
    QAccessible.updateAccessibility(event)


class FloorAccess(QObject):
    """What a view's accessible interface reads, kept in step with its scene: the tables in
    reading order, the selected one; and the events that announce it."""

    def __init__(self, view: QGraphicsView) -> None:
        super().__init__(view)  # the view, read back as parent(): no reference cycle
        self.setObjectName("floorAccess")
        self._scene: FloorScene | None = None
        self._order: list[str] | None = None  # None: to be worked out again
        self._selected = ""
        self._said: tuple[Status, str] | None = None  # the selected table's status when told
        self._tables: dict[str, TableAccessible] = {}  # one interface per table, kept
        # Qt's registry keeps a table's interface once a screen reader has asked for it, and
        # would answer with a freed one after the view is gone: they leave it with the view.
        self.destroyed.connect(functools.partial(_forget, self._tables))

    @property
    def view(self) -> QGraphicsView:
        view = self.parent()
        assert isinstance(view, QGraphicsView)
        return view

    @property
    def scene(self) -> FloorScene | None:
        return self._scene

    def set_scene(self, scene: FloorScene | None) -> None:
        if self._scene is not None:
            self._scene.selectedTableChanged.disconnect(self.on_selected_table_changed)
            self._scene.tablesChanged.disconnect(self.on_tables_changed)
        self._scene = scene
        self._order = None
        self._selected = scene.selected_table_id if scene is not None else ""
        self._said = self._status_of(self._selected)
        if scene is not None:
            scene.selectedTableChanged.connect(self.on_selected_table_changed)
            scene.tablesChanged.connect(self.on_tables_changed)
        self._tell(QAccessible.Event.ObjectReorder)

    # --- reading --------------------------------------------------------------------------

    def order(self) -> list[str]:
        """The ids of the floor's tables in reading order (rows a typical table deep)."""
        if self._order is None:
            scene = self._scene
            if scene is None:
                self._order = []
            else:
                band = max(1.0, scene.typical_table_size())
                centres = {i.table_id: i.geometry.scene_box().center() for i in scene.table_items()}
                self._order = sorted(centres, key=lambda t: (int(centres[t].y() // band),
                                                             centres[t].x(), t))
        return self._order

    def table(self, table_id: str) -> TableAccessible | None:
        """The interface of a table on the floor (the same object each time), or None."""
        if self._scene is None or self._scene.table_item(table_id) is None:
            return None
        iface = self._tables.get(table_id)
        if iface is None:
            iface = self._tables[table_id] = TableAccessible(self, table_id)
        return iface

    def index_of(self, table_id: str) -> int:
        try:
            return self.order().index(table_id)
        except ValueError:
            return -1

    def _status_of(self, table_id: str) -> tuple[Status, str] | None:
        item = self._scene.table_item(table_id) if self._scene is not None and table_id else None
        return (item.table.status, item.table.status_text) if item is not None else None

    # --- telling ------------------------------------------------------------------------

    def on_selected_table_changed(self, table_id: str) -> None:
        before, self._selected = self._selected, table_id
        self._said = self._status_of(table_id)
        if not QAccessible.isActive():
            return
        selected = QAccessible.State()
        selected.selected = True
        for tid in (before, table_id):
            if tid:
                self._tell_child(tid, QAccessibleStateChangeEvent(self.view, selected))
        if table_id:
            # Focus moves to the table: a screen reader says its name and sentence.
            self._tell_child(table_id, QAccessibleEvent(self.view, QAccessible.Event.Focus))

    def on_tables_changed(self, ids: list[str]) -> None:
        scene = self._scene
        known = set(self._order) if self._order is not None else None
        self._order = None  # a table may have come, gone or moved
        active = QAccessible.isActive()
        for tid in [t for t in self._tables if scene is None or scene.table_item(t) is None]:
            # A table gone from the floor: the screen reader drops it, and its interface
            # leaves Qt's registry with it.
            gone = self._tables.pop(tid)
            if active:
                _send(QAccessibleEvent(gone, QAccessible.Event.ObjectDestroyed))
            QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(gone))
        if active and known is not None and scene is not None:
            # One event per table that came (not one for the whole list: Qt's AT-SPI bridge
            # answers a reorder with a "children changed" signal for every table there is).
            for tid in ids:
                if tid not in known and scene.table_item(tid) is not None:
                    self._tell_child(tid, QAccessibleEvent(self.view, QAccessible.Event.ObjectCreated))
        if not self._selected or self._selected not in ids:
            return
        status = self._status_of(self._selected)
        if status is None or status == self._said:
            return
        self._said = status
        if not QAccessible.isActive():
            return
        self._tell_child(self._selected, QAccessibleEvent(self.view,
                                                          QAccessible.Event.DescriptionChanged))
        iface = self.table(self._selected)
        if iface is not None:
            _send(QAccessibleAnnouncementEvent(self.view, iface.text(Text.Description)))

    def _tell(self, kind: QAccessible.Event) -> None:
        if QAccessible.isActive():
            _send(QAccessibleEvent(self.view, kind))

    def _tell_child(self, table_id: str, event: QAccessibleEvent) -> None:
        index = self.index_of(table_id)
        if index >= 0:
            event.setChild(index)
            _send(event)


class FloorAccessible(QAccessibleWidget):
    """The floor view to assistive technology: a list of its tables."""

    def __init__(self, access: FloorAccess) -> None:
        super().__init__(access.view, Role.List)
        self._access = weakref.ref(access)

    def _floor(self) -> FloorAccess | None:
        return self._access()

    def text(self, t: Text) -> str:
        access = self._floor()
        if t is Text.Name and access is not None and not access.view.accessibleName():
            scene = access.scene
            return (QCoreApplication.translate("FloorAccessible", "Floor plan {0}").format(scene.floor_plan.name)
                    if scene is not None else QCoreApplication.translate("FloorAccessible", "Floor plan"))
        return super().text(t)

    def childCount(self) -> int:  # noqa: N802 (Qt)
        access = self._floor()
        return len(access.order()) if access is not None else 0

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]  # stub wrong: None is C++ nullptr
        access = self._floor()
        if access is None:
            return None
        order = access.order()
        return access.table(order[index]) if 0 <= index < len(order) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # noqa: N802 (Qt)
        access = self._floor()
        if access is None or not isinstance(child, TableAccessible):
            return -1
        return access.index_of(child.table_id)

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]  # noqa: N802 (Qt); stub: None is nullptr
        access = self._floor()
        scene = access.scene if access is not None else None
        if access is None or scene is None:
            return None
        viewport = access.view.viewport()
        at = viewport.mapFromGlobal(QPoint(x, y))
        if not viewport.rect().contains(at):
            return None
        tid = scene.table_at(access.view.mapToScene(at))
        return access.table(tid) if tid else None

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]  # noqa: N802 (Qt); stub: None is nullptr
        access = self._floor()
        if access is None or not access.view.hasFocus():
            return None
        scene = access.scene
        return access.table(scene.selected_table_id) if scene and scene.selected_table_id else None


class LeafAccessible(QAccessibleInterface):
    """An item of a list drawn by one widget (a table of the floor, a tile of the wall):
    no children, no QObject of its own."""

    def object(self) -> QObject | None:  # type: ignore[override]  # noqa: A003 - Qt's name; stub: None is nullptr
        return None

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]  # stub wrong: None is C++ nullptr
        return None

    def childCount(self) -> int:  # noqa: N802 (Qt)
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # noqa: N802 (Qt)
        return -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]  # noqa: N802 (Qt); stub: None is nullptr
        return None

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]  # noqa: N802 (Qt); stub: None is nullptr
        return None

    def role(self) -> QAccessible.Role:
        return Role.ListItem


class TableAccessible(LeafAccessible):
    """One table of the floor: a list item named "Table 11", described by its tooltip."""

    def __init__(self, access: FloorAccess, table_id: str) -> None:
        super().__init__()
        self._access = weakref.ref(access)
        self.table_id = table_id
        self._name = ""
        self.text(Text.Name)

    def _item(self):
        access = self._access()
        scene = access.scene if access is not None else None
        return scene.table_item(self.table_id) if scene is not None else None

    def isValid(self) -> bool:  # noqa: N802 (Qt)
        return self._item() is not None

    def window(self) -> QWindow | None:  # type: ignore[override]  # stub wrong: None is C++ nullptr
        access = self._access()
        return access.view.window().windowHandle() if access is not None else None

    def parent(self) -> QAccessibleInterface | None:  # type: ignore[override]  # stub wrong: None is C++ nullptr
        access = self._access()
        return QAccessible.queryAccessibleInterface(access.view) if access is not None else None


    def text(self, t: Text) -> str:
        item = self._item()
        if item is None:  # gone: its name still said as it leaves
            return self._name if t is Text.Name else ""
        if t is Text.Name:
            self._name = QCoreApplication.translate("FloorAccessible", "Table {0}").format(
                item.table.number)
            return self._name
        if t is Text.Description:
            return item.toolTip()
        return ""

    def setText(self, t: Text, text: str) -> None:  # noqa: N802 (Qt)
        pass

    def rect(self) -> QRect:
        """Where the table is on the screen (empty when it is not on the floor)."""
        item, access = self._item(), self._access()
        if item is None or access is None:
            return QRect()
        view = access.view
        on_viewport = view.mapFromScene(item.sceneBoundingRect()).boundingRect()
        return QRect(view.viewport().mapToGlobal(on_viewport.topLeft()), on_viewport.size())

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        item, access = self._item(), self._access()
        if item is None or access is None:
            state.invalid = True
            return state
        view = access.view
        state.selectable = True
        state.focusable = True
        state.selected = item.isSelected()
        state.focused = item.isSelected() and view.hasFocus()
        shown = view.mapFromScene(item.sceneBoundingRect()).boundingRect()
        state.invisible = not view.isVisible()
        state.offscreen = not view.viewport().rect().intersects(shown)
        return state


def _forget(tables: dict[str, TableAccessible], *_: object) -> None:
    for iface in tables.values():
        QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(iface))
    tables.clear()


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    if not isinstance(obj, QGraphicsView):
        return None
    access = obj.findChild(FloorAccess, "floorAccess", Qt.FindChildOption.FindDirectChildrenOnly)
    return FloorAccessible(access) if isinstance(access, FloorAccess) else None


_installed = False


def attach(view: QGraphicsView) -> FloorAccess:
    """Give ``view`` its tables as accessible children (set its scene with
    :meth:`FloorAccess.set_scene`)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
    return FloorAccess(view)
