"""The wall to assistive technology: each tile an accessible child of the wall, named by
its branch and described by its facts in one sentence; the tile the keyboard is on
announced as it moves.

The wall answers as a list ("All branches"), its items the tiles in the wall's order
(as the arrow keys walk them), each a list item named "Harbour Street", described
"Harbour Street: Live; 19:42 local time; 18 of 24 tables occupied; …", with its rectangle
on the screen; activating one opens its branch, as Enter does. :func:`attach` installs
the factory Qt asks for the wall's interface (once per process).
"""

from __future__ import annotations

import functools
import weakref

from PySide6.QtCore import QCoreApplication, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface, QWindow
from PySide6.QtWidgets import QAccessibleWidget

from floorview.ui.floor.floor_accessible import LeafAccessible
from floorview.ui.wall.wall_view import WallView

Role = QAccessible.Role
Text = QAccessible.Text


def _send(event: QAccessibleEvent) -> None:
    """Hand ``event`` to the screen reader (the tests replace this to read the events)."""
    QAccessible.updateAccessibility(event)


class WallAccess(QObject):
    """The tiles' interfaces, one per branch and kept; the events that tell of the wall."""

    def __init__(self, view: WallView) -> None:
        super().__init__(view)
        self.setObjectName("wallAccess")
        self._tiles: dict[str, TileAccessible] = {}
        self.destroyed.connect(functools.partial(_forget, self._tiles))
        view.current_changed.connect(self.on_current_changed)
        view.reordered.connect(self.on_reordered)

    @property
    def view(self) -> WallView:
        view = self.parent()
        assert isinstance(view, WallView)
        return view

    def tile(self, branch_id: str) -> TileAccessible | None:
        if branch_id not in self.view.branch_ids():
            return None
        iface = self._tiles.get(branch_id)
        if iface is None:
            iface = self._tiles[branch_id] = TileAccessible(self, branch_id)
        return iface

    def on_current_changed(self, branch_id: str) -> None:
        if not QAccessible.isActive():
            return
        index = self.view.branch_ids().index(branch_id) if branch_id in self.view.branch_ids() else -1
        if index >= 0:
            event = QAccessibleEvent(self.view, QAccessible.Event.Focus)
            event.setChild(index)
            _send(event)

    def on_reordered(self) -> None:
        shown = set(self.view.branch_ids())
        for bid in [b for b in self._tiles if b not in shown]:
            QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(self._tiles.pop(bid)))
        if QAccessible.isActive():
            _send(QAccessibleEvent(self.view, QAccessible.Event.ObjectReorder))


class WallAccessible(QAccessibleWidget):
    """The wall: a list of its tiles."""

    def __init__(self, access: WallAccess) -> None:
        super().__init__(access.view, Role.List)
        self._access = weakref.ref(access)

    def text(self, t: Text) -> str:
        access = self._access()
        if t is Text.Name and access is not None and not access.view.accessibleName():
            return QCoreApplication.translate("WallAccessible", "All branches")
        return super().text(t)

    def childCount(self) -> int:  # noqa: N802 (Qt)
        access = self._access()
        return len(access.view.branch_ids()) if access is not None else 0

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]  # stub wrong: None is C++ nullptr
        access = self._access()
        if access is None:
            return None
        ids = access.view.branch_ids()
        return access.tile(ids[index]) if 0 <= index < len(ids) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # noqa: N802 (Qt)
        access = self._access()
        if access is None or not isinstance(child, TileAccessible):
            return -1
        ids = access.view.branch_ids()
        return ids.index(child.branch_id) if child.branch_id in ids else -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]  # noqa: N802 (Qt); stub: None is nullptr
        access = self._access()
        if access is None:
            return None
        bid = access.view.tile_at(access.view.mapFromGlobal(QPoint(x, y)).toPointF())
        return access.tile(bid) if bid else None

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]  # noqa: N802 (Qt); stub: None is nullptr
        access = self._access()
        if access is None or not access.view.hasFocus() or not access.view.current:
            return None
        return access.tile(access.view.current)


class TileAccessible(LeafAccessible):
    """One branch's tile: named by the branch, described by its facts."""

    def __init__(self, access: WallAccess, branch_id: str) -> None:
        super().__init__()
        self._access = weakref.ref(access)
        self.branch_id = branch_id

    def _view(self) -> WallView | None:
        access = self._access()
        return access.view if access is not None else None

    def isValid(self) -> bool:  # noqa: N802 (Qt)
        view = self._view()
        return view is not None and self.branch_id in view.branch_ids()

    def window(self) -> QWindow | None:  # type: ignore[override]  # stub wrong: None is C++ nullptr
        view = self._view()
        return view.window().windowHandle() if view is not None else None

    def parent(self) -> QAccessibleInterface | None:  # type: ignore[override]  # stub wrong: None is C++ nullptr
        view = self._view()
        return QAccessible.queryAccessibleInterface(view) if view is not None else None


    def text(self, t: Text) -> str:
        view = self._view()
        f = view.facts_of(self.branch_id) if view is not None else None
        if view is None or f is None:
            return ""
        if t is Text.Name:
            return f.name
        if t is Text.Description:
            return view.sentence_of(self.branch_id)
        return ""

    def setText(self, t: Text, text: str) -> None:  # noqa: N802 (Qt)
        pass

    def rect(self) -> QRect:
        view = self._view()
        if view is None:
            return QRect()
        r = view.tile_rect(self.branch_id)
        return QRect(view.mapToGlobal(r.topLeft()), r.size())

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        view = self._view()
        if view is None or self.branch_id not in view.branch_ids():
            state.invalid = True
            return state
        state.selectable = state.focusable = True
        state.selected = view.current == self.branch_id
        state.focused = state.selected and view.hasFocus()
        state.invisible = not view.isVisible()
        return state


def _forget(tiles: dict[str, TileAccessible], *_: object) -> None:
    for iface in tiles.values():
        QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(iface))
    tiles.clear()


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    if not isinstance(obj, WallView):
        return None
    # Asked as the wall is made when a screen reader is already on: its access made now.
    return WallAccessible(_access_of(obj))


def _access_of(view: WallView) -> WallAccess:
    access = view.findChild(WallAccess, "wallAccess", Qt.FindChildOption.FindDirectChildrenOnly)
    return access if isinstance(access, WallAccess) else WallAccess(view)


_installed = False


def attach(view: WallView) -> WallAccess:
    """Give ``view`` its tiles as accessible children."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
    return _access_of(view)
