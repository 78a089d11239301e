"""The window's actions and their shortcuts, its menus and toolbar, and which shortcuts work now.

:class:`WindowActions` builds every QAction of the main window (object names, shortcuts as
people read them), the File, View, Tables and Help menus and the toolbar; it connects none
of them: the window wires each to what it does. The actions are the window's own (added to
it), so their shortcuts work with the menus hidden in kiosk mode.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QSizePolicy, QToolBar, QWidget

from floorview.core.model import Role
from floorview.options import EXIT_SHORTCUT
from floorview.ui.language import QT_TRANSLATE_NOOP
from floorview.ui.window.table_keys import key_text

#: The theme choices in the View menu: (the setting's value, the menu's words).
THEME_CHOICES = (("system", QT_TRANSLATE_NOOP("WindowActions", "Follow system")),
                 ("light", QT_TRANSLATE_NOOP("WindowActions", "Light")),
                 ("dark", QT_TRANSLATE_NOOP("WindowActions", "Dark")))


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


class WindowActions(QObject):
    """The main window's actions, menus and toolbar (see the module).

    Built unchecked and unconnected but for the theme choice: the window connects each
    action, then checks the ones its settings remember (so their slots hear it).
    """

    def __init__(self, window: QMainWindow, *, role: Role, theme_choice: str) -> None:
        super().__init__(window)
        self._build_actions(window, role, theme_choice)
        self._build_menus(window)
        self.toolbar = self._build_toolbar(window, role)

    def _window(self) -> QMainWindow:
        # Qt's parent, not a Python attribute: the window holds this object, and a
        # reference back would make a cycle that only the cyclic collector frees -- on
        # whichever thread it happens to run, which Qt objects must never meet.
        window = self.parent()
        assert isinstance(window, QMainWindow)  # made with its window as parent
        return window

    def _build_actions(self, window: QMainWindow, role: Role, theme_choice: str) -> None:
        def action(text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                   *, checkable: bool = False, name: str = "") -> QAction:
            a = QAction(text, window)
            a.setObjectName(name or text)
            if shortcut is not None:
                a.setShortcut(QKeySequence(shortcut))
                label_keys(a)
            a.setCheckable(checkable)
            window.addAction(a)  # shortcuts work with the menus hidden (kiosk)
            return a

        self.zoom_in_action = action(QCoreApplication.translate("WindowActions", "Zoom in"), QKeySequence.StandardKey.ZoomIn, name="zoomIn")
        # Ctrl+= too: Ctrl + Plus needs Shift on most layouts, and browsers take both
        self.zoom_in_action.setShortcuts([*QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomIn),
                                          QKeySequence("Ctrl+=")])
        self.zoom_out_action = action(QCoreApplication.translate("WindowActions", "Zoom out"), QKeySequence.StandardKey.ZoomOut, name="zoomOut")
        self.fit_action = action(QCoreApplication.translate("WindowActions", "Fit to window"), "Ctrl+0", name="fit")
        self.sections_action = action(QCoreApplication.translate("WindowActions", "Sections"), "Ctrl+Shift+S", checkable=True, name="sections")
        self.free_action = action(QCoreApplication.translate("WindowActions", "Likely free times"), "F8", checkable=True, name="freeTimes")
        self.find_action = action(QCoreApplication.translate("WindowActions", "Find table…"), QKeySequence.StandardKey.Find, name="find")
        # S: a host's most asked question, one key away (Ctrl+Shift+S is Sections)
        self.seat_action = action(QCoreApplication.translate("WindowActions", "Seat a party…"),
                                  "S", name="seatParty")
        self.edit_action = action(QCoreApplication.translate("WindowActions", "Edit layout"), "Ctrl+E", checkable=True, name="editMode")
        self.edit_action.setVisible(role.may_edit_layout)
        self.edit_action.setEnabled(role.may_edit_layout)
        self.add_action = action(QCoreApplication.translate("WindowActions", "Add table…"), "Ctrl+N", name="addTable")
        self.add_action.setVisible(False)
        self.add_action.setEnabled(False)
        self.delete_action = action(QCoreApplication.translate("WindowActions", "Delete table…"), QKeySequence.StandardKey.Delete,
                                    name="deleteTable")
        self.properties_action = action(QCoreApplication.translate("WindowActions", "Number, seats, shape…"), "Ctrl+I",
                                        name="tableProperties")
        self.undo_action = action(QCoreApplication.translate("WindowActions", "Undo layout edit"), "Ctrl+Z", name="undo")
        self.redo_action = action(QCoreApplication.translate("WindowActions", "Redo layout edit"), "Ctrl+Shift+Z", name="redo")
        # on the toolbar in edit mode only, and short: the tooltip and the menu say the rest
        self.undo_action.setIconText(QCoreApplication.translate("WindowActions", "Undo"))
        self.redo_action.setIconText(QCoreApplication.translate("WindowActions", "Redo"))
        for a in (self.delete_action, self.properties_action, self.undo_action, self.redo_action):
            a.setVisible(False)
            a.setEnabled(False)
        self.prefs_action = action(QCoreApplication.translate("WindowActions", "Preferences…"), name="preferences")
        self.prefs_action.setVisible(role.may_edit_layout)
        self.prefs_action.setEnabled(role.may_edit_layout)
        self.sign_out_action = action(QCoreApplication.translate("WindowActions", "Sign out…"), name="signOut")
        self.branch_action = action(QCoreApplication.translate("WindowActions", "Switch branch…"), name="switchBranch")
        # back into kiosk mode without a restart (leaving it is Ctrl+Shift+Q, confirmed)
        self.kiosk_action = action(QCoreApplication.translate("WindowActions", "Enter kiosk mode"), name="enterKiosk")
        self.shortcuts_action = action(QCoreApplication.translate("WindowActions", "Keyboard shortcuts"), QKeySequence.StandardKey.HelpContents,
                                       name="shortcuts")
        self.quit_action = action(QCoreApplication.translate("WindowActions", "Quit"), QKeySequence.StandardKey.Quit, name="quit")

        self.theme_group = QActionGroup(window)
        self.theme_actions: dict[str, QAction] = {}
        for choice, text in THEME_CHOICES:
            a = QAction(QCoreApplication.translate("WindowActions", text), self.theme_group)
            a.setCheckable(True)
            a.setChecked(choice == theme_choice)
            a.setObjectName(f"theme:{choice}")
            self.theme_actions[choice] = a

    def _build_menus(self, window: QMainWindow) -> None:
        menu = window.menuBar()
        file_menu = menu.addMenu(QCoreApplication.translate("WindowActions", "&File"))
        file_menu.addAction(self.branch_action)
        file_menu.addAction(self.sign_out_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        view_menu = self.view_menu = menu.addMenu(QCoreApplication.translate("WindowActions", "&View"))
        for a in (self.zoom_in_action, self.zoom_out_action, self.fit_action):
            view_menu.addAction(a)
        view_menu.addSeparator()
        view_menu.addAction(self.sections_action)
        view_menu.addAction(self.free_action)
        theme_menu = view_menu.addMenu(QCoreApplication.translate("WindowActions", "Theme"))
        theme_menu.addActions(self.theme_group.actions())
        view_menu.addSeparator()
        view_menu.addAction(self.kiosk_action)
        table_menu = menu.addMenu(QCoreApplication.translate("WindowActions", "&Tables"))
        table_menu.addAction(self.seat_action)
        table_menu.addAction(self.find_action)
        table_menu.addAction(self.edit_action)
        table_menu.addAction(self.add_action)
        table_menu.addAction(self.properties_action)
        table_menu.addAction(self.delete_action)
        table_menu.addAction(self.undo_action)
        table_menu.addAction(self.redo_action)
        table_menu.addSeparator()
        table_menu.addAction(self.prefs_action)
        help_menu = menu.addMenu(QCoreApplication.translate("WindowActions", "&Help"))
        help_menu.addAction(self.shortcuts_action)

    def _build_toolbar(self, window: QMainWindow, role: Role) -> QToolBar:
        toolbar = QToolBar(QCoreApplication.translate("WindowActions", "Main"), window)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for a in (self.zoom_out_action, self.zoom_in_action, self.fit_action):
            toolbar.addAction(a)
        toolbar.addSeparator()
        toolbar.addAction(self.sections_action)
        if not role.may_edit_layout:
            # the host's: a manager's toolbar holds the layout's tools, and with this
            # too (117 px) Sign out fell off an 800 px window's end; a manager seats a
            # party from the Tables menu or with S
            toolbar.addAction(self.seat_action)
        toolbar.addAction(self.find_action)
        if role.may_edit_layout:
            toolbar.addSeparator()
            toolbar.addAction(self.edit_action)
            toolbar.addAction(self.add_action)
            toolbar.addAction(self.undo_action)
            toolbar.addAction(self.redo_action)
        spacer = QWidget(toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addAction(self.sign_out_action)
        window.addToolBar(toolbar)
        return toolbar

    def shortcuts(self, *, kiosk: bool) -> list[tuple[str, str]]:
        """(keys, what they do) for every shortcut that works in the window now (also the
        actions others added to it, such as F9's)."""
        rows = [(key_text(a.shortcut()),
                 action_words(a).replace(f" ({a.shortcut().toString()})", ""))  # "… (F9)"
                for a in self._window().actions()  # the QWidget's own: every action added
                if isinstance(a, QAction) and a.isVisible() and not a.shortcut().isEmpty()
                and (a.isEnabled() or a in (self.undo_action, self.redo_action))]
        rows += [(QCoreApplication.translate("WindowActions", "Tab / Shift + Tab"), QCoreApplication.translate("WindowActions", "Next / previous table")),
                 (QCoreApplication.translate("WindowActions", "Arrow keys"), QCoreApplication.translate("WindowActions", "The nearest table that way")),
                 (QCoreApplication.translate("WindowActions", "Enter"), QCoreApplication.translate("WindowActions", "Open the selected table")),
                 (QCoreApplication.translate("WindowActions", "Esc"), QCoreApplication.translate("WindowActions", "Clear the selection; close the find bar")),
                 (QCoreApplication.translate("WindowActions", "Plus / Minus / 0"), QCoreApplication.translate("WindowActions", "Zoom in / out / fit (on the floor)")),
                 (QCoreApplication.translate("WindowActions", "Shift + arrow keys"), QCoreApplication.translate("WindowActions", "Scroll the floor"))]
        if kiosk:
            rows.append((key_text(EXIT_SHORTCUT), QCoreApplication.translate("WindowActions", "Leave kiosk mode (asks first)")))
        return rows
