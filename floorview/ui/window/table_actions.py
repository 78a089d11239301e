"""What a person may do to a table: a context menu and a status dialog, by role.

Right-click (or a long press) opens the menu; a tap or double-click opens the table
dialog, big enough for a finger: status buttons, guest count, server. Actions a role may
not take (per the contract) are not shown at all. Nothing here talks to the server: the
requests go out as signals, and the result comes back through the store's event path.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from floorview.core.model import GUEST_STATUSES, SETTABLE_STATUSES, Role, Status, Table, User
from floorview.core.store import BranchStore

#: The table menu at the host stand (kiosk): type a size above the kiosk's 20 px body,
#: rows a finger can hit (48 px, as the table dialog's status buttons). Set on the menu
#: itself, so its sub-menus (status, assign) inherit it; the window's stylesheet still
#: gives the colours. Measured offscreen at 1920x1080: 20 px type in 30 px rows before.
KIOSK_MENU_STYLE = (
    "QMenu { font-size: 24px; padding: 6px 0; }"
    " QMenu::item { padding: 11px 44px 11px 40px; }"
    " QMenu::separator { height: 1px; margin: 6px 12px; background: palette(mid); }"
    # Qt's own submenu arrow stays 5 px tall beside 24 px type: a chevron of that type's
    # size says "more inside" from two metres
    " QMenu::right-arrow { image: url(:/floorview/icons/submenu-arrow.svg);"
    " width: 22px; height: 22px; margin-right: 12px; }"
)


def servers_of(store: BranchStore) -> list[User]:
    return sorted((u for u in store.users.values() if u.role is Role.SERVER),
                  key=lambda u: u.name.lower())


class TableDialog(QDialog):
    """Status (one big button each), guest count and server for one table."""

    def __init__(self, table: Table, *, servers: list[User], role: Role,
                 status_color: Callable[[Status], QColor], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("TableActions", "Table {0}").format(table.number))
        self.table = table
        self.role = role
        self.status_group = QButtonGroup(self)
        self.status_group.setExclusive(True)
        grid = QGridLayout()
        self.status_buttons: dict[Status, QPushButton] = {}
        for i, status in enumerate(SETTABLE_STATUSES):
            button = QPushButton(status.label, self)
            button.setCheckable(True)
            button.setMinimumHeight(48)
            color = status_color(status)
            text = "#000000" if color.lightnessF() > 0.55 else "#FFFFFF"
            button.setStyleSheet(
                f"QPushButton {{ background: {color.name()}; color: {text}; border-radius: 6px;"
                f" font-weight: 600; border: 3px solid transparent; }}"
                f"QPushButton:checked {{ border: 3px solid palette(highlight); }}"
            )
            button.setEnabled(role.may_set_status)
            self.status_group.addButton(button, i)
            self.status_buttons[status] = button
            grid.addWidget(button, i // 3, i % 3)
        if table.status in self.status_buttons:
            self.status_buttons[table.status].setChecked(True)

        self.guests = QSpinBox(self)
        self.guests.setRange(0, max(20, table.capacity * 3))
        self.guests.setValue(table.guest_count if table.guest_count is not None else table.capacity)
        self.guests.setSuffix(QCoreApplication.translate("TableActions", " of {0} seats").format(table.capacity))
        self.guests.setMinimumHeight(40)

        self.server = QComboBox(self)
        self.server.addItem(QCoreApplication.translate("TableDialog", "No server"), None)
        for user in servers:
            self.server.addItem(user.name, user.id)
        index = self.server.findData(table.server_id) if table.server_id else 0
        self.server.setCurrentIndex(max(0, index))
        self.server.setMinimumHeight(40)

        # buttons a finger can hit beside the box: a spin box's own arrows are a few pixels
        # (all but invisible on the dark kiosk), and a touch stand has no keyboard
        self.fewer = QPushButton("−", self)
        self.fewer.setObjectName("fewerGuests")
        self.fewer.setToolTip(QCoreApplication.translate("TableDialog", "One guest fewer"))
        self.more = QPushButton("+", self)
        self.more.setObjectName("moreGuests")
        self.more.setToolTip(QCoreApplication.translate("TableDialog", "One guest more"))
        for button in (self.fewer, self.more):
            button.setMinimumSize(48, 48)  # (48 x 40 before: under a finger's 44)
            button.setAutoRepeat(True)
            button.setStyleSheet("font-size: 22px; font-weight: 700;")
        self.fewer.clicked.connect(self.guests.stepDown)
        self.more.clicked.connect(self.guests.stepUp)
        guests_row = QHBoxLayout()
        guests_row.addWidget(self.fewer)
        guests_row.addWidget(self.guests, 1)
        guests_row.addWidget(self.more)

        form = QFormLayout()
        form.addRow(QCoreApplication.translate("TableDialog", "Guests"), guests_row)
        if role.may_assign_server:
            form.addRow(QCoreApplication.translate("TableDialog", "Server"), self.server)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(QCoreApplication.translate("TableDialog", "Save"))
        layout = QVBoxLayout(self)
        heading = QLabel(QCoreApplication.translate("TableActions", "Table {0} · {1} seats").format(
            table.number, table.capacity), self)
        heading.setObjectName("dialogHeading")
        layout.addWidget(heading)
        layout.addLayout(grid)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.status_group.idClicked.connect(self.on_status_group_idClicked)
        self._update_guests()

    @property
    def chosen_status(self) -> Status:
        checked = self.status_group.checkedId()
        return SETTABLE_STATUSES[checked] if checked >= 0 else self.table.status

    @property
    def chosen_guests(self) -> int | None:
        return self.guests.value() if self.chosen_status in GUEST_STATUSES else None

    @property
    def chosen_server(self) -> str | None:
        return self.server.currentData()

    def choose(self, status: Status, guests: int | None = None) -> None:
        self.status_buttons[status].setChecked(True)
        if guests is not None:
            self.guests.setValue(guests)
        self._update_guests()

    @Slot(int)
    def on_status_group_idClicked(self, _id: int) -> None:
        self._update_guests()

    def _update_guests(self) -> None:
        on = self.chosen_status in GUEST_STATUSES
        for widget in (self.guests, self.fewer, self.more):
            widget.setEnabled(on)


class TableActions(QObject):
    """Builds the table menu and dialog for one signed-in role.

    Signals:
        statusRequested(str, str, object): table id, status value, guest count or None.
        assignRequested(str, object): table id, server id or None to unassign.
        deleteRequested(str): table id (managers, in edit mode).
        propertiesRequested(str): change the table's number, seats, shape (managers, in
            edit mode).
        acknowledgeRequested(str): a host saw the over-time table (its mark goes).
    """

    statusRequested = Signal(str, str, object)
    assignRequested = Signal(str, object)
    deleteRequested = Signal(str)
    propertiesRequested = Signal(str)
    acknowledgeRequested = Signal(str)

    def __init__(self, store: BranchStore, *, role: Role,
                 status_color: Callable[[Status], QColor], parent: QWidget) -> None:
        super().__init__(parent)
        self._store = store
        self.role = role
        self._status_color = status_color
        self.edit_mode = False
        self.large_type = False  # the kiosk: a menu for 2 m and a finger
        self.menu: QMenu | None = None
        self.dialog: TableDialog | None = None
        #: whether a table wears the over-time mark (its menu then offers to acknowledge)
        self.is_marked: Callable[[str], bool] = lambda table_id: False

    def set_status_color(self, status_color: Callable[[Status], QColor]) -> None:
        self._status_color = status_color

    def _window(self) -> QWidget:
        # Qt's parent, not a Python attribute: the window holds this object, and a
        # reference back would make a cycle that only the cyclic collector frees -- on
        # whichever thread it happens to run, which Qt objects must never meet.
        window = self.parent()
        assert isinstance(window, QWidget)  # made with its window as parent
        return window

    # --- the context menu -------------------------------------------------------------------

    def build_menu(self, table_id: str) -> QMenu | None:
        """The menu for a table, holding only what this role may do (None: nothing)."""
        table = self._store.tables.get(table_id)
        if table is None:
            return None
        menu = QMenu(self._window())
        menu.setObjectName("tableMenu")
        if self.large_type:
            menu.setStyleSheet(KIOSK_MENU_STYLE)
        title = menu.addAction(QCoreApplication.translate("TableActions", "Table {0} — {1}, {2}").format(
            table.number, table.status.label, table.seats_text))
        title.setEnabled(False)
        menu.addSeparator()
        if self.is_marked(table_id):
            ack = menu.addAction(QCoreApplication.translate("TableActions", "Acknowledge over time"))
            ack.setObjectName("acknowledge")
            ack.triggered.connect(lambda: self.acknowledgeRequested.emit(table_id))
        if self.role.may_set_status:
            status_menu = menu.addMenu(QCoreApplication.translate("TableActions", "Set status"))
            # one of them: marked as a choice (a radio mark), not as five checkboxes
            statuses = QActionGroup(status_menu)
            for status in SETTABLE_STATUSES:
                action = status_menu.addAction(status.label + ("…" if status in GUEST_STATUSES else ""))
                statuses.addAction(action)
                action.setObjectName(f"status:{status.value}")
                action.setCheckable(True)
                action.setChecked(status is table.status)
                action.triggered.connect(
                    lambda _=False, s=status: self._on_status_chosen(table_id, s)
                )
            menu.addAction(QCoreApplication.translate("TableActions", "Details…"), lambda: self.open_dialog(table_id))
        if self.role.may_assign_server:
            assign = menu.addMenu(QCoreApplication.translate("TableActions", "Assign server"))
            servers = QActionGroup(assign)
            for user in servers_of(self._store):
                action = assign.addAction(user.name)
                servers.addAction(action)
                action.setObjectName(f"assign:{user.id}")
                action.setCheckable(True)
                action.setChecked(user.id == table.server_id)
                action.triggered.connect(
                    lambda _=False, u=user.id: self.assignRequested.emit(table_id, u)
                )
            assign.addSeparator()
            unassign = assign.addAction(QCoreApplication.translate("TableActions", "Unassign"))
            unassign.setObjectName("assign:none")
            unassign.setEnabled(table.server_id is not None)
            unassign.triggered.connect(lambda: self.assignRequested.emit(table_id, None))
        if self.role.may_edit_layout and self.edit_mode:
            menu.addSeparator()
            properties = menu.addAction(QCoreApplication.translate("TableActions", "Number, seats, shape…"))
            properties.setObjectName("properties")
            properties.triggered.connect(lambda: self.propertiesRequested.emit(table_id))
            delete = menu.addAction(QCoreApplication.translate("TableActions", "Delete table"))
            delete.setObjectName("delete")
            delete.triggered.connect(lambda: self.deleteRequested.emit(table_id))
        if len([a for a in menu.actions() if not a.isSeparator()]) <= 1:
            menu.deleteLater()
            return None
        return menu

    def actions_of(self, menu: QMenu) -> dict[str, QAction]:
        """Every action of a menu and its submenus by object name (tests, automation)."""
        found: dict[str, QAction] = {}
        for action in menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                found.update(self.actions_of(submenu))
            elif action.objectName():
                found[action.objectName()] = action
        return found

    @Slot(str, QPoint)
    def show_menu(self, table_id: str, global_pos: QPoint) -> None:
        menu = self.build_menu(table_id)
        if menu is None:
            return
        self.close_menu()
        self.menu = menu
        menu.aboutToHide.connect(lambda: self._on_menu_hidden(menu))
        menu.popup(global_pos)

    def close_menu(self) -> None:
        """Close the open menu, if any (it forgets itself as it hides)."""
        if self.menu is not None:
            self.menu.close()

    def _on_menu_hidden(self, menu: QMenu) -> None:
        # Forget the menu as it hides, before it is freed: a later show_menu must never
        # close a menu Qt has already deleted (libshiboken "Internal C++ object (QMenu)
        # already deleted", which made the menu open once per run). Freed later, not
        # now: the chosen action's triggered() still comes after aboutToHide.
        if self.menu is menu:
            self.menu = None
        menu.deleteLater()

    def _on_status_chosen(self, table_id: str, status: Status) -> None:
        if status in GUEST_STATUSES:
            self.open_dialog(table_id, status)
        else:
            self.statusRequested.emit(table_id, status.value, None)

    # --- the dialog ---------------------------------------------------------------------

    @Slot(str)
    def open_dialog(self, table_id: str, status: Status | None = None) -> TableDialog | None:
        table = self._store.tables.get(table_id)
        if table is None or not self.role.may_set_status:
            return None
        if self.dialog is not None:
            self.dialog.close()
        dialog = TableDialog(table, servers=servers_of(self._store), role=self.role,
                             status_color=self._status_color, parent=self._window())
        if status is not None:
            dialog.choose(status)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._on_dialog_accepted(dialog))
        dialog.finished.connect(lambda _r: self._forget_dialog(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _forget_dialog(self, dialog: TableDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _on_dialog_accepted(self, dialog: TableDialog) -> None:
        table = self._store.tables.get(dialog.table.id) or dialog.table
        status, guests = dialog.chosen_status, dialog.chosen_guests
        if status is not table.status or guests != table.guest_count:
            self.statusRequested.emit(table.id, status.value, guests)
        if self.role.may_assign_server and dialog.chosen_server != table.server_id:
            self.assignRequested.emit(table.id, dialog.chosen_server)
