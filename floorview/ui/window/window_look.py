"""The window's look: its theme (light, dark or the system's) and its kiosk look.

The theme sets the application's palette (so dialogs, menus and message boxes match), the
window's stylesheet and the status colours the panels paint with; the floors take it from
the window when :attr:`WindowLook.applied` says so. The kiosk look hides the menus and the
toolbar, switches off the actions a stand must not take by a stray key, and sets large
type (KioskMode does the rest: full screen, the exit shortcut).
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMainWindow

from floorview.core.model import Role, Status
from floorview.ui import assets
from floorview.ui.floor.palette import DARK, LIGHT, Theme, status_color
from floorview.ui.settings import AppSettings
from floorview.ui.window.banner import ConnectionBanner
from floorview.ui.window.summary_panel import SummaryPanel
from floorview.ui.window.table_actions import TableActions
from floorview.ui.window.table_list import TableList
from floorview.ui.window.touch_targets import touch_stylesheet
from floorview.ui.window.window_actions import WindowActions


def resolve_theme(choice: str, *, kiosk: bool) -> Theme:
    """"light"/"dark" as chosen; "system" follows the platform (dark in kiosk when the
    platform does not say)."""
    if choice == "light":
        return LIGHT
    if choice == "dark":
        return DARK
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return DARK
    if scheme == Qt.ColorScheme.Light and not kiosk:
        return LIGHT
    return DARK if kiosk else LIGHT


def stylesheet(theme: Theme) -> str:
    """The theme's stylesheet, then the targets a finger needs (see touch_targets)."""
    name = "dark" if theme.name == "dark" else "light"
    return assets.stylesheet(name) + touch_stylesheet(name)


def app_palette(theme: Theme) -> QPalette:
    """The widgets' palette for a theme, so dialogs, menus and message boxes match."""
    style = QApplication.style()
    palette = style.standardPalette() if style is not None else QPalette()
    if theme.name != "dark":
        return palette
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    for r, color in (
        (role.Window, "#15191E"), (role.WindowText, theme.text), (role.Base, "#1B1F25"),
        (role.AlternateBase, "#15191E"), (role.Text, theme.text), (role.Button, "#262B33"),
        (role.ButtonText, theme.text), (role.Highlight, "#3D7BD9"),
        (role.HighlightedText, "#FFFFFF"), (role.ToolTipBase, "#262B33"),
        (role.ToolTipText, theme.text), (role.PlaceholderText, theme.text_muted),
        (role.Link, "#8AB4F8"), (role.Mid, "#3A424D"), (role.Dark, "#0B0D10"),
        (role.Light, "#3A424D"), (role.Midlight, "#2F353E"), (role.Shadow, "#000000"),
    ):
        palette.setColor(r, QColor(color))
    for r in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, r, QColor(theme.text_muted))
    return palette


def status_colors(theme: Theme) -> Callable[[Status], QColor]:
    """The theme's status colours for the panels: a function of the theme, not a
    bound method of the window (that would be a reference cycle through every panel,
    freed by the cyclic collector on whichever thread it runs)."""
    return functools.partial(status_color, theme)


class WindowLook(QObject):
    """The main window's theme and kiosk look (see the module); the window is its Qt parent.

    Signals:
        applied(): the theme was applied again: the floors take their new settings.
        kioskChanged(bool): the kiosk look went on or off (after the theme followed).
    """

    applied = Signal()
    kioskChanged = Signal(bool)

    def __init__(self, window: QMainWindow, *, settings: AppSettings, role: Role,
                 theme_choice: str, kiosk: bool, actions: WindowActions,
                 banner: ConnectionBanner, summary: SummaryPanel, table_list: TableList,
                 table_actions: TableActions) -> None:
        super().__init__(window)
        self.settings = settings
        self.theme_choice = theme_choice
        self.kiosk = kiosk
        self.theme = resolve_theme(theme_choice, kiosk=kiosk)
        self._role = role
        self._actions = actions
        self._banner = banner
        self._summary = summary
        self._table_list = table_list
        self._table_actions = table_actions
        self._palette_before = QApplication.palette()  # restored on close
        for choice, action in actions.theme_actions.items():
            action.triggered.connect(lambda _=False, c=choice: self.set_theme_choice(c))
        QGuiApplication.styleHints().colorSchemeChanged.connect(self.on_color_scheme_changed)
        self._follows_scheme = True

    def _window(self) -> QMainWindow:
        # Qt's parent, not a Python attribute: the window holds this object, and a
        # reference back would make a cycle that only the cyclic collector frees -- on
        # whichever thread it happens to run, which Qt objects must never meet.
        window = self.parent()
        assert isinstance(window, QMainWindow)  # made with its window as parent
        return window

    def status_colors(self) -> Callable[[Status], QColor]:
        return status_colors(self.theme)

    def set_theme_choice(self, choice: str) -> None:
        self.theme_choice = choice
        self.settings.theme = choice
        if choice in self._actions.theme_actions:
            self._actions.theme_actions[choice].setChecked(True)
        self.apply_theme()

    @Slot(Qt.ColorScheme)
    def on_color_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.theme_choice == "system":
            self.apply_theme()

    def apply_theme(self) -> None:
        window = self._window()
        self.theme = resolve_theme(self.theme_choice, kiosk=self.kiosk)
        window.setProperty("kiosk", self.kiosk)
        QApplication.setPalette(app_palette(self.theme))
        window.setStyleSheet(stylesheet(self.theme))
        window.style().unpolish(window)  # the [kiosk="true"] rules follow the property
        window.style().polish(window)
        color = self.status_colors()
        self._summary.set_status_color(color)
        self._table_list.list_model.set_status_color(color)
        self._table_actions.set_status_color(color)
        self.applied.emit()

    def set_kiosk(self, on: bool) -> None:
        """Kiosk look: no menus or toolbar, large type (KioskMode does the rest)."""
        acts = self._actions
        self.kiosk = on
        self._window().menuBar().setVisible(not on)
        acts.toolbar.setVisible(not on)
        # their shortcuts too: a kiosk is left only by Ctrl+Shift+Q, and nobody signs
        # the stand out or edits the layout from it by a stray key
        for action in (acts.quit_action, acts.sign_out_action, acts.branch_action):
            action.setEnabled(not on)
        if on and acts.edit_action.isChecked():
            acts.edit_action.setChecked(False)
        acts.edit_action.setEnabled(self._role.may_edit_layout and not on)
        acts.prefs_action.setEnabled(self._role.may_edit_layout and not on)
        self._banner.set_large_type(on)
        self._table_actions.large_type = on
        self._table_list.set_compact(on)
        self.apply_theme()  # kiosk: dark by default, large type on the floor
        self.kioskChanged.emit(on)

    def restore_palette(self) -> None:
        """The application's palette as it was before this window (on close)."""
        QApplication.setPalette(self._palette_before)

    def detach(self) -> None:
        """Stop following the platform's colour scheme (idempotent)."""
        if self._follows_scheme:
            self._follows_scheme = False
            QGuiApplication.styleHints().colorSchemeChanged.disconnect(self.on_color_scheme_changed)
