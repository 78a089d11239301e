"""The keyboard on a floor: Tab and the arrows move the selection between tables.

Installed on each floor view as an event filter: Tab / Shift+Tab go to the next / the
previous table in reading order (rows top to bottom, left to right), and past the last
table let focus leave the floor as usual; the arrows go to the nearest table in that
direction. Enter (the view's own key) then opens the selected table; Shift+arrows still
scroll. What is selected shows on the map and in the list alike.

:func:`key_text` writes a shortcut as people read it ("Ctrl + Plus", never Qt's
"Ctrl++"), for every place that lists one: F1, tooltips, menus, messages.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QKeyCombination,
    QObject,
    QPointF,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence

from floorview.ui.floor.floor_view import FloorView
from floorview.ui.language import QT_TRANSLATE_NOOP

_ARROWS = {
    Qt.Key.Key_Left: QPointF(-1, 0),
    Qt.Key.Key_Right: QPointF(1, 0),
    Qt.Key.Key_Up: QPointF(0, -1),
    Qt.Key.Key_Down: QPointF(0, 1),
}


Mod = Qt.KeyboardModifier

#: The modifiers in the order people say them, by the names their keyboards carry (Qt's
#: Control is the Command key on a Mac, its Meta the Control key).
_MODIFIERS = (
    ((Mod.MetaModifier, QT_TRANSLATE_NOOP("TableKeys", "Control")), (Mod.AltModifier, QT_TRANSLATE_NOOP("TableKeys", "Option")), (Mod.ShiftModifier, QT_TRANSLATE_NOOP("TableKeys", "Shift")),
     (Mod.ControlModifier, QT_TRANSLATE_NOOP("TableKeys", "Cmd")))
    if sys.platform == "darwin" else
    ((Mod.ControlModifier, QT_TRANSLATE_NOOP("TableKeys", "Ctrl")), (Mod.AltModifier, QT_TRANSLATE_NOOP("TableKeys", "Alt")), (Mod.ShiftModifier, QT_TRANSLATE_NOOP("TableKeys", "Shift")),
     (Mod.MetaModifier, QT_TRANSLATE_NOOP("TableKeys", "Meta")))
)

#: Keys whose native text is a symbol that reads as something else ("Ctrl++", "Ctrl+-")
#: or an abbreviation.
_KEY_NAMES = {
    Qt.Key.Key_Plus: QT_TRANSLATE_NOOP("TableKeys", "Plus"), Qt.Key.Key_Minus: QT_TRANSLATE_NOOP("TableKeys", "Minus"), Qt.Key.Key_Equal: QT_TRANSLATE_NOOP("TableKeys", "Equals"),
    Qt.Key.Key_Delete: QT_TRANSLATE_NOOP("TableKeys", "Delete"), Qt.Key.Key_Escape: QT_TRANSLATE_NOOP("TableKeys", "Esc"), Qt.Key.Key_Return: QT_TRANSLATE_NOOP("TableKeys", "Enter"),
    Qt.Key.Key_Enter: QT_TRANSLATE_NOOP("TableKeys", "Enter"), Qt.Key.Key_Backspace: QT_TRANSLATE_NOOP("TableKeys", "Backspace"),
}


def key_text(keys: QKeySequence | str) -> str:
    """A shortcut as people read it: "Ctrl + Plus", "Ctrl + Shift + Z", "Delete", "F1"
    (a sequence of several chords: joined by ", ")."""
    sequence = QKeySequence(keys)
    chords = []
    for i in range(sequence.count()):
        combo = sequence[i]  # type: ignore[index]  # PySide6's stubs lack QKeySequence.__getitem__
        modifiers = combo.keyboardModifiers()
        key = combo.key()
        names = [QCoreApplication.translate("TableKeys", name)
                 for flag, name in _MODIFIERS if modifiers & flag]
        named = _KEY_NAMES.get(key)
        names.append(QCoreApplication.translate("TableKeys", named) if named else QKeySequence(QKeyCombination(key)).toString(
            QKeySequence.SequenceFormat.NativeText))
        chords.append(" + ".join(names))
    return ", ".join(chords)


def reading_order(centres: dict[str, QPointF], row_height: float) -> list[str]:
    """Table ids in reading order: rows ``row_height`` deep, then left to right."""
    band = max(1.0, row_height)
    return sorted(centres, key=lambda tid: (int(centres[tid].y() // band), centres[tid].x(), tid))


def nearest_in_direction(centres: dict[str, QPointF], start: str, direction: QPointF) -> str | None:
    """The table nearest ``start`` whose centre lies in ``direction`` (within 60° of it),
    straight ahead preferred to off to the side; None at the floor's edge."""
    origin = centres[start]
    best, best_score = None, float("inf")
    for tid, c in centres.items():
        if tid == start:
            continue
        dx, dy = c.x() - origin.x(), c.y() - origin.y()
        ahead = dx * direction.x() + dy * direction.y()
        aside = abs(dx * direction.y() - dy * direction.x())
        if ahead <= 0 or aside > ahead * 1.75:
            continue
        score = ahead + 2 * aside
        if score < best_score:
            best, best_score = tid, score
    return best


class TableKeys(QObject):
    """The event filter; ``parent`` owns it (the main window).

    Signals:
        deletePressed(): Delete (or Backspace) on the floor: the window deletes the
            selected table in edit mode (the floor view takes the key before the window's
            shortcut sees it).
    """

    deletePressed = Signal()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, FloorView):
            return False
        assert isinstance(event, QKeyEvent)
        key, mods = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and mods in (
                Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            back = key == Qt.Key.Key_Backtab or bool(mods & Qt.KeyboardModifier.ShiftModifier)
            return self.step(watched, -1 if back else 1)
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not mods:
            self.deletePressed.emit()
            return True
        if key in _ARROWS and mods == Qt.KeyboardModifier.NoModifier:
            self.go(watched, _ARROWS[Qt.Key(key)])
            return True
        return False

    @staticmethod
    def _centres(view: FloorView) -> tuple[dict[str, QPointF], float, str]:
        scene = view.floor_scene()
        if scene is None:
            return {}, 1.0, ""
        items = scene.table_items()
        centres = {i.table_id: i.geometry.scene_box().center() for i in items}
        selected = [i.table_id for i in items if i.isSelected()]
        return centres, scene.typical_table_size(), selected[0] if len(selected) == 1 else ""

    def step(self, view: FloorView, by: int) -> bool:
        """Select the next (``by`` 1) or previous (-1) table; False past the ends."""
        centres, size, current = self._centres(view)
        order = reading_order(centres, size)
        if not order:
            return False
        if not current:
            target = order[0] if by > 0 else order[-1]
        else:
            i = order.index(current) + by
            if not 0 <= i < len(order):
                return False  # let focus leave the floor
            target = order[i]
        self._select(view, target)
        return True

    def go(self, view: FloorView, direction: QPointF) -> None:
        centres, size, current = self._centres(view)
        if not centres:
            return
        if not current:
            target: str | None = reading_order(centres, size)[0]
        else:
            target = nearest_in_direction(centres, current, direction)
        if target is not None:
            self._select(view, target)

    @staticmethod
    def _select(view: FloorView, table_id: str) -> None:
        scene = view.floor_scene()
        if scene is None:
            return
        scene.select_table(table_id)
        item = scene.table_item(table_id)
        if item is not None:
            view.ensureVisible(item, 40, 40)
