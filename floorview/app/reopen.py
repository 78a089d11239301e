"""What a branch's window keeps when someone signs in again or switches branch.

The same person signing in again to the same branch keeps the very window (the
composition root gives it a new session over the same store): its place, the list's sort
and the selected table stay as they were. Another branch, or another person (whose role
may show other controls), gets a new window, and it takes over the old one's place and
size and the list's sort; the selection belongs to a branch, so a new branch starts with
none. Before, every sign-in or switch built a new window where a new one opens, sorted
by status, with nothing selected.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, Qt

from floorview.core.model import User
from floorview.ui.window.main_window import MainWindow


def same_person(before: User, now: User) -> bool:
    """The one signed in now is who the window was built for, with the same role."""
    return before.id == now.id and before.role == now.role


@dataclass(frozen=True)
class Carried:
    """The old window's place and size (its size before it was maximised, and that it
    was) and the list's sort column and order."""

    rect: QRect
    maximised: bool
    sort_column: int
    sort_order: Qt.SortOrder

    @classmethod
    def of(cls, window: MainWindow) -> Carried:
        rect = window.normalGeometry() if window.isMaximized() else window.geometry()
        header = window.table_list.horizontalHeader()
        return cls(QRect(rect), window.isMaximized(), header.sortIndicatorSection(),
                   header.sortIndicatorOrder())

    def sort(self, window: MainWindow) -> None:
        """The list sorted as the old one was (its header's indicator too)."""
        window.table_list.sortByColumn(self.sort_column, self.sort_order)

    def place(self, window: MainWindow) -> None:
        """Show the window where the old one was, as large (it was on the screen as
        the person left it: nothing to pull in)."""
        window.setGeometry(self.rect)
        if self.maximised:
            window.showMaximized()
        else:
            window.show()
