"""The window's wall: "All branches" shows every branch's tile in place of the floor, a tile
opens its branch, and Back returns to the wall.

:class:`WallSwitch` puts the window's central widget (the banner, the floors and the side
panel) in a stack with the wall's page, and adds the two actions: View → *All branches*
(Ctrl+Shift+A; in kiosk mode a touch-bar button) for a user who sees two branches or more,
and *Back to all branches* (Alt+Left; on the toolbar and the touch bar), shown while a
floor opened from the wall is up. A tile of the window's own branch shows its floor at
once; another branch is the app's to open (:attr:`WallSwitch.branchOpened`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from floorview.ui.wall.wall_page import WallPage


class WallSwitch(QObject):
    """Signals:
        branchOpened(str): a tile of another branch than the window's was opened.
        shownChanged(bool): the wall was shown (True) or the floor again (False).
    """

    branchOpened = Signal(str)
    shownChanged = Signal(bool)

    def __init__(self, window: QMainWindow, branch_id: str) -> None:
        super().__init__(window)
        self.setObjectName("wallSwitch")
        self._branch_id = branch_id
        self.page: WallPage | None = None
        self.stack = QStackedWidget(window)
        self.stack.setObjectName("wallStack")
        floor = window.takeCentralWidget()
        assert floor is not None  # the window lays out its floor first
        self.floor_page: QWidget = floor
        self.stack.addWidget(floor)
        window.setCentralWidget(self.stack)
        self.all_action = QAction(QCoreApplication.translate("WallSwitch", "All branches"), window)
        self.all_action.setObjectName("allBranches")
        self.all_action.setToolTip(QCoreApplication.translate(
            "WallSwitch", "Every branch you may see, a tile each (Ctrl+Shift+A)"))
        self.all_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.all_action.setVisible(False)
        self.all_action.triggered.connect(self.show_wall)
        self.back_action = QAction(
            QCoreApplication.translate("WallSwitch", "Back to all branches"), window)
        self.back_action.setObjectName("backToWall")
        self.back_action.setToolTip(QCoreApplication.translate(
            "WallSwitch", "Back to every branch's tile (Alt+Left)"))
        self.back_action.setShortcut(QKeySequence("Alt+Left"))
        self.back_action.setVisible(False)
        self.back_action.triggered.connect(self.show_wall)
        window.addAction(self.all_action)  # shortcuts work with the menus hidden (kiosk)
        window.addAction(self.back_action)
        actions = getattr(window, "window_actions", None)
        if actions is not None:
            menu = actions.view_menu
            menu.insertAction(menu.actions()[0] if menu.actions() else None, self.all_action)
            actions.toolbar.insertAction(
                actions.toolbar.actions()[0] if actions.toolbar.actions() else None, self.back_action)

    def set_page(self, page: WallPage) -> None:
        """The wall to show (given once the user is known to see two branches or more)."""
        if self.page is not None:
            self.stack.removeWidget(self.page)
            self.page.deleteLater()
        self.page = page
        self.stack.addWidget(page)
        page.branch_opened.connect(self.on_branch_opened)
        self.all_action.setVisible(True)

    def add_to_touch_bar(self, bar) -> None:
        """The kiosk's touch bar gets All branches and Back, first on it."""
        bar.add_mirror("allBranches", self.all_action)
        bar.add_mirror("backToWall", self.back_action)

    @property
    def showing_wall(self) -> bool:
        return self.page is not None and self.stack.currentWidget() is self.page

    def show_wall(self) -> None:
        if self.page is None:
            return
        self.stack.setCurrentWidget(self.page)
        self.back_action.setVisible(False)
        self.all_action.setEnabled(False)
        self.page.view.setFocus()
        self.shownChanged.emit(True)

    def show_floor(self, *, from_wall: bool = False) -> None:
        """The floor again; with Back to the wall when it was opened from there."""
        self.stack.setCurrentWidget(self.floor_page)
        self.all_action.setEnabled(True)
        self.back_action.setVisible(from_wall and self.page is not None)
        self.shownChanged.emit(False)

    def on_branch_opened(self, branch_id: str) -> None:
        if branch_id == self._branch_id:
            self.show_floor(from_wall=True)
        else:
            self.branchOpened.emit(branch_id)
