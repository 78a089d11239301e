"""The window's dialogs, each open one held until it closes: a table's form, deleting, preferences, shortcuts, signing out.

Every dialog is window-modal (``open()``, never ``exec()``), deleted on close, and held as
an attribute of :class:`WindowDialogs` (``table_form``, ``delete_box``,
``preferences_dialog``, ``shortcuts_box``, ``sign_out_box``) while it is open, for tests and
automation; a closed one is never left behind to be touched. What a dialog's answer does is
the caller's: it hands a function to call on "yes" or "OK".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from floorview.core.model import Shape
from floorview.ui.dialogs.preferences_dialog import PreferencesDialog
from floorview.ui.dialogs.table_form_dialog import TableFormDialog
from floorview.ui.settings import AppSettings


def _on_yes(confirmed: Callable[[], None]) -> Callable[[int], None]:
    """A message box's ``finished(result)`` that calls ``confirmed()`` on Yes only."""
    def finished(result: int) -> None:
        if result == QMessageBox.StandardButton.Yes:
            confirmed()
    return finished


class WindowDialogs(QObject):
    """Opens the main window's dialogs over it (its Qt parent) and holds the open ones."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.table_form: TableFormDialog | None = None
        self.delete_box: QMessageBox | None = None
        self.preferences_dialog: PreferencesDialog | None = None
        self.shortcuts_box: QMessageBox | None = None
        self.sign_out_box: QMessageBox | None = None

    def _window(self) -> QWidget:
        # Qt's parent, not a Python attribute: the window holds this object, and a
        # reference back would make a cycle that only the cyclic collector frees -- on
        # whichever thread it happens to run, which Qt objects must never meet.
        window = self.parent()
        assert isinstance(window, QWidget)  # made with its window as parent
        return window

    def _keep(self, name: str, dialog: QDialog) -> None:
        """Hold an open dialog as ``self.<name>`` until it closes (deleted on close)."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        setattr(self, name, dialog)

        def forget(*_args: object) -> None:
            if getattr(self, name, None) is dialog:
                setattr(self, name, None)
        dialog.finished.connect(forget)

    def open_table_form(self, *, number: str, seats: int, shape: Shape, taken: Iterable[str],
                        title: str, accepted: Callable[[dict[str, Any]], None]) -> None:
        """A table's number, seats and shape (to add a table or change one); on OK,
        ``accepted(fields)``."""
        dialog = TableFormDialog(number=number, seats=seats, shape=shape, taken=list(taken),
                                 title=title, parent=self._window())
        dialog.accepted.connect(lambda: accepted(dialog.fields()))
        self._keep("table_form", dialog)
        dialog.open()

    def confirm_delete(self, number: str, confirmed: Callable[[], None]) -> None:
        """"Delete table N from the floor plan?" (Cancel by default); on Yes, ``confirmed()``."""
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("WindowDialogs", "Delete table"),
                          QCoreApplication.translate(
                              "WindowDialogs", "Delete table {0} from the floor plan?").format(number),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self._window())
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(_on_yes(confirmed))
        self._keep("delete_box", box)
        box.open()

    def open_preferences(self, settings: AppSettings, accepted: Iterable[Callable[[], None]]) -> None:
        """The preferences over ``settings``; on OK, each of ``accepted`` in turn."""
        dialog = PreferencesDialog(settings, self._window())
        for slot in accepted:
            dialog.accepted.connect(slot)
        self._keep("preferences_dialog", dialog)
        dialog.open()

    def show_shortcuts(self, rows: list[tuple[str, str]]) -> None:
        """The keyboard shortcuts, keys and words in two columns, a line each."""
        def cell(text: str) -> str:
            return text.replace("&", "&amp;").replace("<", "&lt;")
        # keys and words in two columns, a line each (neither wraps under the other)
        body = "".join(f"<tr><td style='padding: 2px 18px 2px 0; white-space: nowrap'><b>{cell(k)}</b></td>"
                       f"<td style='padding: 2px 0; white-space: nowrap'>{cell(v)}</td></tr>"
                       for k, v in rows)
        box = QMessageBox(QMessageBox.Icon.NoIcon, QCoreApplication.translate("WindowDialogs", "Keyboard shortcuts"),
                          f"<table cellspacing='0'>{body}</table>",
                          QMessageBox.StandardButton.Close, self._window())
        box.setTextFormat(Qt.TextFormat.RichText)
        self._keep("shortcuts_box", box)
        box.open()

    def confirm_sign_out(self, user_name: str, confirmed: Callable[[], None]) -> None:
        """Ask first: signing out stops the floor on this screen. On "Sign out", ``confirmed()``."""
        box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("WindowDialogs", "Sign out"),
                          QCoreApplication.translate(
                              "WindowDialogs", "Sign {0} out of floorview?\n\nThe floor stays on "
                              "screen, no longer updating, until someone signs in again; a "
                              "kept password is forgotten.").format(user_name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self._window())
        box.button(QMessageBox.StandardButton.Yes).setText(QCoreApplication.translate("WindowDialogs", "Sign out"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(_on_yes(confirmed))
        self._keep("sign_out_box", box)
        box.open()
