"""The floor's page buttons: where more of the floor lies beyond the view's edge, a button
on that edge turns to it.

The view's fit shows a part of a floor that cannot be legible whole (a row of booths, a
kiosk's type on a small screen); a drag or the arrow keys pan it, but a host stand has no
keys and a part shows no sign of more. So each edge with more floor past it (by more
than a few pixels) shows a button, ◀ ▶ ▲ ▼, that moves the view most of its width or
height that way; it hides once that edge of the floor is in view. They are a finger's
size in large type (kiosk: 48 px), a laptop's target else (32 px). They sit on the view,
not in its viewport, which scrolls its children with the floor; where the fit shows a
part the view keeps a gutter beside the floor for them (:meth:`gutter`), so they cover
no table's facts.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QObject, QPoint, QRect, Qt, Slot
from PySide6.QtWidgets import QAbstractScrollArea, QGraphicsView, QToolButton

#: A button's side (px): in large type (kiosk) a finger's, else a laptop's target.
KIOSK_SIDE = 48
LAPTOP_SIDE = 32
#: A page is this much of the view's width or height (some of the last one stays in view).
PAGE = 0.8
#: More floor past an edge than this (px) shows its button.
SLACK = 4
MARGIN = 8  # from the view's edge, over the floor
GAP = 4  # between a button in its gutter and the floor


class PageButtons(QObject):
    """The four page buttons of ``view``; :meth:`refresh` when it scrolls, zooms or
    resizes.

    Attributes:
        buttons: by direction: "left", "right", "up", "down".
    """

    def __init__(self, view: QGraphicsView) -> None:
        super().__init__(view)  # (the view is its parent: no reference back to it here)
        self.large = False
        names = {"left": (self.tr("Floor to the left"), "◀"),
                 "right": (self.tr("Floor to the right"), "▶"),
                 "up": (self.tr("Floor above"), "▲"),
                 "down": (self.tr("Floor below"), "▼")}
        self.buttons: dict[str, QToolButton] = {}
        for direction, (name, arrow) in names.items():
            button = QToolButton(view)
            button.setObjectName(f"page:{direction}")
            button.setText(arrow)
            button.setAccessibleName(name)
            button.setToolTip(name)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the view keeps the keys
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setProperty("direction", direction)
            button.clicked.connect(self._on_clicked)
            button.hide()
            self.buttons[direction] = button
        self._style()

    @property
    def _view(self) -> QGraphicsView:
        return cast(QGraphicsView, self.parent())

    @Slot()
    def _on_clicked(self) -> None:
        button = self.sender()
        if isinstance(button, QToolButton):
            self.page(str(button.property("direction")))

    def set_large(self, large: bool) -> None:
        """Large type (kiosk): a finger's buttons."""
        if large != self.large:
            self.large = large
            self._style()
            self.refresh()

    def _style(self) -> None:
        side = KIOSK_SIDE if self.large else LAPTOP_SIDE
        for button in self.buttons.values():
            button.setFixedSize(side, side)
            button.setStyleSheet(
                f"QToolButton {{ font-size: {side // 2}px; border-radius: {side // 4}px;"
                " background: rgba(40, 40, 40, 170); color: white;"
                " border: 1px solid rgba(255, 255, 255, 120); }"
                " QToolButton:pressed { background: rgba(40, 40, 40, 230); }")

    def page(self, direction: str) -> None:
        """Move the view most of a viewport that way."""
        view = self._view
        vp = view.viewport().rect()
        h, v = view.horizontalScrollBar(), view.verticalScrollBar()
        step_x, step_y = round(vp.width() * PAGE), round(vp.height() * PAGE)
        if direction == "left":
            h.setValue(h.value() - step_x)
        elif direction == "right":
            h.setValue(h.value() + step_x)
        elif direction == "up":
            v.setValue(v.value() - step_y)
        else:
            v.setValue(v.value() + step_y)
        self.refresh()

    def beyond(self) -> dict[str, float]:
        """How much floor (px on screen) lies past each edge of the viewport."""
        view = self._view
        scene = view.scene()
        if scene is None:
            return {d: 0.0 for d in self.buttons}
        vp = view.viewport().rect()
        floor = view.mapFromScene(scene.sceneRect()).boundingRect()
        return {"left": float(vp.left() - floor.left()),
                "right": float(floor.right() - vp.right()),
                "up": float(vp.top() - floor.top()),
                "down": float(floor.bottom() - vp.bottom())}

    def gutter(self) -> int:
        """The room a button takes beside the floor (px), when the view gives it that."""
        return (KIOSK_SIDE if self.large else LAPTOP_SIDE) + 2 * GAP

    def refresh(self) -> None:
        """Show the buttons of the edges with floor past them, each at its edge's middle."""
        view = self._view
        area = view.viewport().geometry()  # in the view's coordinates
        if isinstance(view, QAbstractScrollArea) and area.isEmpty():
            return
        more = self.beyond()
        side = KIOSK_SIDE if self.large else LAPTOP_SIDE
        # In the gutters beside the floor where the view keeps them (its fit shows a
        # part), else over the floor's edge (the user zoomed in).
        m = view.viewportMargins()
        beside_x, beside_y = m.left() >= self.gutter(), m.top() >= self.gutter()
        x_left = area.left() - GAP - side if beside_x else area.left() + MARGIN
        x_right = area.right() + 1 + GAP if beside_x else area.right() - MARGIN - side
        y_top = area.top() - GAP - side if beside_y else area.top() + MARGIN
        y_bottom = area.bottom() + 1 + GAP if beside_y else area.bottom() - MARGIN - side
        places = {
            "left": QPoint(x_left, area.center().y() - side // 2),
            "right": QPoint(x_right, area.center().y() - side // 2),
            "up": QPoint(area.center().x() - side // 2, y_top),
            "down": QPoint(area.center().x() - side // 2, y_bottom),
        }
        for direction, button in self.buttons.items():
            show = more[direction] > SLACK and view.isVisible()
            if show:
                button.setGeometry(QRect(places[direction], button.size()))
                button.raise_()
            button.setVisible(show)
