"""Seat a party's panel: the party's size by taps, then the options to choose from.

Three steps on one panel beside the floor (over the summary and list, so the floor and
its highlighted options stay in sight):

1. *Size*: a number pad (keys as the find pad's, 72 × 64 px in 28 px type) for how many
   are at the door, and an optional section ("Anywhere" unless one is tapped); *Show
   options* (or Enter) asks for the options.
2. *Options*: one big button per option, best first, numbered as on the floor, with its
   tables, seats and server in bold and its reason in words beneath; a quote ("free
   ~19:55") when it is not free now. One tap seats the party there.
3. *Seated*: what was done, with *Undo* (a stand has no Ctrl+Z) and *Seat another*.

*Cancel* (or Esc) closes it at any step, and the highlights with it. The panel only asks
(its signals); :mod:`~floorview.ui.window.seat_party` answers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from floorview.ui.window.number_pad import DIGIT_ROWS, KEY_FONT_PX, KEY_HEIGHT, KEY_WIDTH
from floorview.ui.window.touch_targets import KIOSK_TARGET_PX

#: The largest party the pad takes (two digits): a larger one is a booking, not a walk-in.
MAX_PARTY = 99
#: The panel's width (px) when the window has room; never more than 45 % of the window.
PANEL_WIDTH = 620



@dataclass(frozen=True, slots=True)
class Choice:
    """An option as the panel lists it: its headline ("Table 12 · 4 seats · Ana Costa"),
    its reason, and "~19:55" when it is not free now."""

    headline: str
    reason: str
    when: str = ""


class OptionButton(QPushButton):
    """A button whose words wrap: as tall as its layout's labels need at its width."""

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt)
        layout = self.layout()
        return layout.totalHeightForWidth(width) if layout is not None else super().heightForWidth(width)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt)
        layout = self.layout()
        hint = layout.totalSizeHint() if layout is not None else super().sizeHint()
        width = max(hint.width(), self.width())
        return QSize(hint.width(), max(self.minimumHeight(), self.heightForWidth(width)))


class SeatPanel(QFrame):
    """The panel over its window (see the module); hidden until :meth:`open_size`.

    Signals:
        sizeChosen(int, str): the party's size and the section chosen ("" anywhere).
        optionChosen(int): seat the party at the option listed at this index.
        undoRequested(): undo the seating just made.
        cancelled(): the panel was closed.
        shown(bool): the panel was shown, or hidden.
    """

    sizeChosen = Signal(int, str)
    optionChosen = Signal(int)
    undoRequested = Signal()
    cancelled = Signal()
    shown = Signal(bool)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("seatPanel")
        self.setAccessibleName(QCoreApplication.translate("SeatPanel", "Seat a party"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(
            "#seatPanel { background: palette(window); border: 3px solid #D81B9C;"
            " border-radius: 18px; }"
            " #seatPanel QLabel { background: transparent; }"
            " #seatPanelTitle { font-size: 26px; font-weight: 700; }"
            " #seatPanelDisplay { font-size: 40px; font-weight: 700; padding: 4px 14px;"
            " border: 2px solid palette(mid); border-radius: 10px; background: palette(base); }"
            " #seatPanelHint { font-size: 19px; }"
            f" #seatPanel QPushButton {{ font-size: {KEY_FONT_PX - 6}px; font-weight: 600;"
            " padding: 0 14px; border: 1px solid palette(mid); border-radius: 10px;"
            " background: palette(button); color: palette(button-text); }"
            " #seatPanel QPushButton:checked, #seatPanel QPushButton:pressed,"
            " #seatPanel #seatPanelPrimary { background: #D81B9C; color: white; }"
            " #seatOption { text-align: left; }"
            " #seatOptionNumber { font-size: 30px; font-weight: 800; color: #D81B9C; }"
            " #seatOptionHead { font-size: 21px; font-weight: 700; }"
            " #seatOptionReason { font-size: 17px; font-weight: 400; }")
        self._party = ""
        self._section = ""
        #: every key and button by name: "0"-"9", "back", "show", "cancel", "undo",
        #: "again", "change", and "section:<id>" ("section:" for anywhere)
        self.keys: dict[str, QPushButton] = {}
        self.options: list[QPushButton] = []
        self.title = QLabel(QCoreApplication.translate("SeatPanel", "Seat a party"), self)
        self.title.setObjectName("seatPanelTitle")
        self.title.setWordWrap(True)
        self._cancel = cancel = self._key("cancel", QCoreApplication.translate("SeatPanel", "Cancel"),
                                          QCoreApplication.translate("SeatPanel", "Close without seating anyone (Esc)"))
        cancel.setMinimumWidth(2 * KEY_WIDTH)
        cancel.clicked.connect(self.close_panel)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(cancel, 0, Qt.AlignmentFlag.AlignTop)
        self.hint = QLabel(self)
        self.hint.setObjectName("seatPanelHint")
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(QCoreApplication.translate("SeatPanel", "What to do next"))
        self.pages = QStackedWidget(self)
        self.size_page = self._size_page()
        self.options_page, self._options_box = self._options_page()
        self.seated_page = self._seated_page()
        for page in (self.size_page, self.options_page, self.seated_page):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 20)
        layout.setSpacing(12)
        layout.addLayout(head)
        layout.addWidget(self.hint)
        layout.addWidget(self.pages, 1)
        window.installEventFilter(self)
        self.hide()

    # --- the pages ---------------------------------------------------------------------------

    def _key(self, name: str, text: str, tip: str, parent: QWidget | None = None) -> QPushButton:
        key = QPushButton(text, parent or self)
        key.setAccessibleName(text)
        key.setToolTip(tip)
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        key.setMinimumSize(max(KEY_WIDTH, KIOSK_TARGET_PX), max(KEY_HEIGHT, KIOSK_TARGET_PX))
        self.keys[name] = key
        return key

    def _size_page(self) -> QWidget:
        page = QWidget(self)
        self.display = QLabel(page)
        self.display.setObjectName("seatPanelDisplay")
        self.display.setAccessibleName(QCoreApplication.translate("SeatPanel", "Party size typed"))
        self.display.setMinimumHeight(KEY_HEIGHT + 8)
        self._sections_box = QGridLayout()
        self._sections_box.setSpacing(8)
        self._section_group = QButtonGroup(page)
        self._section_group.setExclusive(True)
        grid = QGridLayout()
        grid.setSpacing(10)
        for r, row in enumerate(DIGIT_ROWS):
            for c, digit in enumerate(row):
                grid.addWidget(self._digit(digit, page), r, c)
        back = self._key("back", "⌫", QCoreApplication.translate("SeatPanel", "Delete the last digit (Backspace)"), page)
        back.setAccessibleName(QCoreApplication.translate("SeatPanel", "Delete the last digit"))
        back.clicked.connect(lambda: self._set_party(self._party[:-1]))
        show = self._key("show", QCoreApplication.translate("SeatPanel", "Show options"), QCoreApplication.translate("SeatPanel", "Where this party can sit (Enter)"),
                         page)
        show.setObjectName("seatPanelPrimary")
        show.clicked.connect(self.choose_size)
        grid.addWidget(back, 3, 0)
        grid.addWidget(self._digit("0", page), 3, 1)
        grid.addWidget(show, 3, 2)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.display)
        layout.addLayout(grid)
        layout.addLayout(self._sections_box)
        layout.addStretch(1)
        return page

    def _digit(self, digit: str, parent: QWidget) -> QPushButton:
        key = self._key(digit, digit, QCoreApplication.translate("SeatPanel", "Type {0}").format(digit), parent)
        key.clicked.connect(lambda _=False, d=digit: self.type_digit(d))
        return key

    def _options_page(self) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget(self)
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setAccessibleName(QCoreApplication.translate("SeatPanel", "Where the party can sit, best first"))
        inner = QWidget(scroll)
        box = QVBoxLayout(inner)
        box.setContentsMargins(0, 0, 6, 0)
        box.setSpacing(10)
        scroll.setWidget(inner)
        change = self._key("change", QCoreApplication.translate("SeatPanel", "Change size"), QCoreApplication.translate("SeatPanel", "Type another party size"), page)
        change.clicked.connect(self.back_to_size)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(change)
        return page, box

    def _seated_page(self) -> QWidget:
        page = QWidget(self)
        undo = self._key("undo", QCoreApplication.translate("SeatPanel", "Undo"), QCoreApplication.translate("SeatPanel", "Put the tables back as they were"), page)
        undo.clicked.connect(self.undoRequested)
        again = self._key("again", QCoreApplication.translate("SeatPanel", "Seat another"), QCoreApplication.translate("SeatPanel", "Seat the next party"), page)
        again.setObjectName("seatPanelPrimary")
        again.clicked.connect(self.back_to_size)
        row = QHBoxLayout()
        row.addWidget(undo)
        row.addWidget(again)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    # --- what the steps do ---------------------------------------------------------------------

    @property
    def party(self) -> int:
        return int(self._party) if self._party else 0

    @property
    def section(self) -> str:
        return self._section

    @property
    def step(self) -> str:
        """"size", "options" or "seated"; "" when closed."""
        if not self.isVisible():
            return ""
        return ("size", "options", "seated")[self.pages.currentIndex()]

    def open_size(self, sections: Sequence[tuple[str, str]]) -> None:
        """Open at the size step; ``sections``: (id, name) of the sections to choose from."""
        self._set_sections(sections)
        self.back_to_size()
        self._place()
        self.show()
        self.raise_()
        self.setFocus()

    def back_to_size(self) -> None:
        self._set_cancel(QCoreApplication.translate("SeatPanel", "Cancel"), QCoreApplication.translate("SeatPanel", "Close without seating anyone (Esc)"))
        self._set_party("")
        self.title.setText(QCoreApplication.translate("SeatPanel", "Seat a party"))
        self.pages.setCurrentWidget(self.size_page)

    def type_digit(self, digit: str) -> None:
        text = (self._party + digit).lstrip("0")
        if text and int(text) > MAX_PARTY:
            return
        self._set_party(text)

    def choose_size(self) -> None:
        if self.party < 1:
            self.say(QCoreApplication.translate("SeatPanel", "Type how many are in the party first."), error=True)
            return
        self.sizeChosen.emit(self.party, self._section)

    def show_options(self, party: int, choices: Sequence[Choice], note: str = "") -> None:
        """The options step: one button per choice, best first (numbered from 1)."""
        self.title.setText(QCoreApplication.translate("SeatPanel", "A party of %n", None, party))
        while (item := self._options_box.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        self.options = []
        for i, choice in enumerate(choices):
            self.options.append(self._option(i, choice))
            self._options_box.addWidget(self.options[-1])
        self._options_box.addStretch(1)
        self.pages.setCurrentWidget(self.options_page)
        if note:
            self.say(note)
        elif not choices:
            self.say(QCoreApplication.translate("SeatPanel", "Nothing to offer."), error=True)
        else:
            self.say(QCoreApplication.translate("SeatPanel", "Tap where they sit: number 1 is the best."))

    def _option(self, index: int, choice: Choice) -> QPushButton:
        button = OptionButton(self._options_box.parentWidget())
        policy = button.sizePolicy()
        policy.setHeightForWidth(True)
        button.setSizePolicy(policy)
        button.setObjectName("seatOption")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAccessibleName(QCoreApplication.translate("SeatPanel", "Option {0}: {1}").format(index + 1, choice.headline))
        button.setAccessibleDescription(choice.reason)
        number = QLabel(str(index + 1), button)
        number.setObjectName("seatOptionNumber")
        head = QLabel(choice.headline + (f" · {choice.when}" if choice.when else ""), button)
        head.setObjectName("seatOptionHead")
        head.setWordWrap(True)
        reason = QLabel(choice.reason, button)
        reason.setObjectName("seatOptionReason")
        reason.setWordWrap(True)
        for label in (number, head, reason):  # the button takes the tap, wherever it lands
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(head)
        text.addWidget(reason)
        row = QHBoxLayout(button)
        row.setContentsMargins(14, 10, 14, 10)
        row.setSpacing(14)
        row.addWidget(number, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        button.setMinimumHeight(max(KIOSK_TARGET_PX, 72))
        button.clicked.connect(lambda _=False, i=index: self.optionChosen.emit(i))
        return button

    def show_seated(self, text: str) -> None:
        self.title.setText(QCoreApplication.translate("SeatPanel", "Seated"))
        self._set_cancel(QCoreApplication.translate("SeatPanel", "Close"), QCoreApplication.translate("SeatPanel", "Close the panel (Esc)"))
        self.say(text)
        self.pages.setCurrentWidget(self.seated_page)

    def _set_cancel(self, text: str, tip: str) -> None:
        self._cancel.setText(text)
        self._cancel.setAccessibleName(text)
        self._cancel.setToolTip(tip)

    def close_panel(self) -> None:
        if self.isVisible():
            self.hide()
            self.cancelled.emit()

    def _set_party(self, text: str) -> None:
        self._party = text
        self.display.setText(QCoreApplication.translate("SeatPanel", "Party of {0}").format(text) if text else " ")
        if not text:
            self.say(QCoreApplication.translate("SeatPanel", "How many are at the door? Then Show options."))
        else:
            party = int(text)
            self.say(QCoreApplication.translate(
                "SeatPanel", "Show options: where a party of %n can sit.", None, party))

    def _set_sections(self, sections: Sequence[tuple[str, str]]) -> None:
        while (item := self._sections_box.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                self._section_group.removeButton(widget)  # type: ignore[arg-type]
                widget.deleteLater()
        for name in [k for k in self.keys if k.startswith("section:")]:
            del self.keys[name]
        self._section = ""
        if not sections:
            return
        for i, (sid, text) in enumerate([("", QCoreApplication.translate("SeatPanel", "Anywhere")), *sections]):
            key = self._key(f"section:{sid}", text,
                            QCoreApplication.translate("SeatPanel", "Only tables in {0}").format(text) if sid
                            else QCoreApplication.translate("SeatPanel", "Tables in any section"), self.size_page)
            key.setCheckable(True)
            key.setChecked(not sid)
            key.setMinimumWidth(KIOSK_TARGET_PX)
            key.toggled.connect(lambda on, s=sid: self._pick_section(s) if on else None)
            self._section_group.addButton(key)
            self._sections_box.addWidget(key, i // 3, i % 3)

    def _pick_section(self, sid: str) -> None:
        self._section = sid

    def say(self, text: str, *, error: bool = False) -> None:
        self.hint.setText(text)
        self.hint.setProperty("error", error)
        self.hint.setStyleSheet("color: #F28B82;" if error else "")

    # --- place and keys ------------------------------------------------------------------------

    def _place(self) -> None:
        window = self.parentWidget()
        if window is None:  # never: the panel is made on its window
            return
        central = getattr(window, "centralWidget", lambda: None)()
        area = central.geometry() if isinstance(central, QWidget) else window.rect()
        width = min(PANEL_WIDTH, round(window.width() * 0.45))
        self.setGeometry(area.right() - width - 8, area.top() + 8, width, area.height() - 16)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt)
        key, text = event.key(), event.text()
        if key == Qt.Key.Key_Escape:
            self.close_panel()
        elif self.pages.currentWidget() is self.size_page and key in (Qt.Key.Key_Return,
                                                                       Qt.Key.Key_Enter):
            self.choose_size()
        elif self.pages.currentWidget() is self.size_page and key == Qt.Key.Key_Backspace:
            self._set_party(self._party[:-1])
        elif self.pages.currentWidget() is self.size_page and text.isdigit():
            self.type_digit(text)
        elif self.pages.currentWidget() is self.options_page and text.isdigit() and (
                1 <= int(text) <= len(self.options)):
            self.optionChosen.emit(int(text) - 1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().showEvent(event)
        self.shown.emit(True)

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().hideEvent(event)
        self.shown.emit(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False
