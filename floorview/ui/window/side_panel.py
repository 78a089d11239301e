"""The side panel (the summary over the table list) beside the floor, or folded into a
drawer when the window is too narrow for both.

Beside the floor the panel takes its preferred width (540 px, 600 in kiosk: the list's
columns with "Free in ~" whole) but never more than 40 % of the window, so the floor
keeps at least 60 % of it; a user's drag of the splitter is held to the same bound. Where
40 % is less than the narrowest the panel can be (420 px: narrower, the list's columns
are cut), the panel folds: it leaves the splitter, the floor takes the whole width, and
the panel becomes a drawer over the floor's right side, opened and closed by a button at
its edge (over the floor's top right corner while closed) and its shortcut, Ctrl+L (Esc
closes it too). The split is at 1080 px: a 1024 px laptop
folds; a 1280 px one keeps the panel (about 500 px) beside a floor of about 61 %.

Why a drawer and not the panel under the floor: on a 768 px (or 720 px) tall laptop the
menus, toolbar, banner and status bar leave the floor about 600 px of height, and the
list needs 250 px or more to be of use, which would leave the floor a strip. The drawer
lays over the floor instead of pushing it aside, so opening it does not re-fit or move
the floor under the manager's eyes, and the tables on its left stay in sight.

A kiosk never folds: a host stand's staff glance at the list without touching anything,
and its screens are wide (the 40 % bound still holds there).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QMainWindow, QSplitter, QToolButton, QVBoxLayout, QWidget

from floorview.ui.window.window_actions import label_keys

FLOOR_SHARE = 0.6  # the floor's least share of the window's width
SIDE_WIDTH = 540  # the panel's preferred width (500 cramped the list once "Free in ~" came)
KIOSK_SIDE_WIDTH = 600
SIDE_SLACK = 120  # how much narrower than preferred the panel may be before it folds
EDGE = 12  # the splitter's handle and the tabs' frame, beside the floor
DRAWER_GAP = 48  # a drawer leaves at least this much of the floor in sight on its left
DRAWER_SHORTCUT = "Ctrl+L"  # L for the list


def docked_width(window_width: int, *, kiosk: bool) -> int:
    """The side panel's width beside the floor in a window this wide, or 0 when it folds
    (the floor would have less than 60 % of the window)."""
    preferred = KIOSK_SIDE_WIDTH if kiosk else SIDE_WIDTH
    most = int(window_width * (1 - FLOOR_SHARE)) - EDGE
    if most < preferred - SIDE_SLACK and not kiosk:
        return 0
    return min(preferred, most)


class SidePanel(QObject):
    """The side panel's place: beside the floor in the splitter, or in a drawer.

    Args:
        window: the main window (the Qt parent).
        splitter: the floor's column and the panel, side by side.
        side: the panel (the summary over the table list).

    Signals:
        foldedChanged(bool): the panel went into its drawer (True) or back beside the floor.
    """

    foldedChanged = Signal(bool)

    def __init__(self, window: QMainWindow, *, splitter: QSplitter, side: QWidget) -> None:
        super().__init__(window)
        self.splitter = splitter
        self.side = side
        self.kiosk = False
        self._folded = False
        self._user_split = False  # the user dragged the splitter: keep their widths
        self.drawer = QFrame(splitter.parentWidget())
        self.drawer.setObjectName("sideDrawer")
        self.drawer.setFrameShape(QFrame.Shape.StyledPanel)
        self.drawer.setAccessibleName(QCoreApplication.translate("SidePanel", "Summary and table list"))
        layout = QVBoxLayout(self.drawer)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(0)
        self.drawer.hide()
        close = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.drawer)
        close.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        close.activated.connect(self.close_drawer)
        splitter.installEventFilter(self)  # the drawer follows the floor's column
        self.action = QAction(QCoreApplication.translate("SidePanel", "Summary and list"), window)
        self.action.setObjectName("sideDrawer")
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence(DRAWER_SHORTCUT))
        label_keys(self.action)
        self.action.setIconText(QCoreApplication.translate("SidePanel", "List"))  # short: the button lies over the floor
        self.action.setVisible(False)
        self.action.toggled.connect(self.on_action_toggled)
        window.addAction(self.action)  # its shortcut works wherever the focus is
        # the drawer's handle: over the floor's top right corner, or at the open drawer's
        # edge (the toolbar has no room for it on a 1024 px window in edit mode: it would
        # need 1,064 px, and Sign out went into the toolbar's overflow menu)
        self.button = QToolButton(splitter.parentWidget())
        self.button.setObjectName("sideDrawerButton")
        self.button.setDefaultAction(self.action)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.button.setAccessibleName(QCoreApplication.translate("SidePanel", "Summary and table list"))
        self.button.setMinimumSize(44, 32)  # a laptop's target, at the least
        self.button.hide()
        splitter.splitterMoved.connect(self.on_splitter_splitterMoved)

    def _window(self) -> QMainWindow:
        # Qt's parent, not a Python attribute (a reference back would be a cycle)
        window = self.parent()
        assert isinstance(window, QMainWindow)  # made with its window as parent
        return window

    @property
    def folded(self) -> bool:
        return self._folded

    @property
    def drawer_open(self) -> bool:
        return self._folded and self.drawer.isVisible()

    def set_kiosk(self, on: bool) -> None:
        self.kiosk = on
        self.fit()

    def fit(self) -> None:
        """The panel's place and width for the window's width now."""
        width = docked_width(self._window().width(), kiosk=self.kiosk)
        if width == 0:
            self._fold()
            self._place_drawer()
            return
        self._unfold()
        self.side.setMinimumWidth(min(width, (KIOSK_SIDE_WIDTH if self.kiosk else SIDE_WIDTH)
                                      - SIDE_SLACK))
        most = width if not self._user_split \
            else int(self._window().width() * (1 - FLOOR_SHARE)) - EDGE
        self.side.setMaximumWidth(most)
        total = self.splitter.width()
        shown = self.splitter.sizes()[1] if self.splitter.count() > 1 else 0
        if (not self._user_split or shown > most) and total > width:
            # (the splitter keeps a dragged width past a new maximum until told)
            self.splitter.setSizes([total - width - self.splitter.handleWidth(), width])

    def _fold(self) -> None:
        if self._folded:
            return
        self._folded = True
        self.side.setMinimumWidth(0)
        self.side.setMaximumWidth(16_777_215)
        layout = self.drawer.layout()
        assert layout is not None
        layout.addWidget(self.side)  # out of the splitter: the floor takes its width
        self.side.show()
        self.action.setChecked(False)
        self.action.setVisible(True)
        self.button.show()
        self.foldedChanged.emit(True)

    def _unfold(self) -> None:
        if not self._folded:
            return
        self._folded = False
        self.action.setChecked(False)  # (hides the drawer)
        self.action.setVisible(False)
        self.button.hide()
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(1, 0)
        self.side.show()
        self.foldedChanged.emit(False)

    def _place_drawer(self) -> None:
        """Over the floor's right side, as tall as the floor's column."""
        area = self.splitter.geometry()
        width = max(0, min(KIOSK_SIDE_WIDTH if self.kiosk else SIDE_WIDTH,
                           area.width() - DRAWER_GAP))
        self.drawer.setGeometry(area.right() + 1 - width, area.top(), width, area.height())
        self.button.adjustSize()
        right = self.drawer.x() if self.drawer.isVisible() else area.right() + 1
        self.button.move(right - self.button.width(), area.top())
        self.button.raise_()

    def open_drawer(self, on: bool = True) -> None:
        """Open (or close) the drawer; nothing while the panel is beside the floor."""
        self.action.setChecked(on and self._folded)

    @Slot()
    def close_drawer(self) -> None:
        self.open_drawer(False)

    @Slot(bool)
    def on_action_toggled(self, on: bool) -> None:
        if on and self._folded:
            self.drawer.show()
            self.drawer.raise_()
            self._place_drawer()
            self.side.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif self.drawer.isVisible():
            had_focus = self.drawer.isAncestorOf(self._window().focusWidget())
            self.drawer.hide()
            self._place_drawer()
            if had_focus:
                self._window().setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot(int, int)
    def on_splitter_splitterMoved(self, _pos: int, _index: int) -> None:
        self._user_split = True
        self.side.setMaximumWidth(int(self._window().width() * (1 - FLOOR_SHARE)) - EDGE)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if watched is self.splitter and self._folded \
                and event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            self._place_drawer()
        return super().eventFilter(watched, event)
