"""The host stand's number pad: find a table by its number with taps alone.

A host stand has a screen and no keyboard, so *Find table* on the touch bar opens this pad
over the floor: digits 1-9 and 0 (a phone's order), a key for each way the branch's table
numbers begin with letters (the demo's "Bar 1", "H2", "P3": keys *Bar*, *H*, *P*; none for a
branch numbered by digits alone), backspace, *Show* and *Close*. As the number grows the pad
says which table *Show* will show (the same match as the find bar: the table numbered so,
else the shortest number it begins); *Show* shows it (its floor, selected, flashed) and the
pad closes; a number no table has is said on the pad, which stays open. Keys are 72 × 64 px
in 28 px type. A keyboard works on it too (digits, letters, Backspace, Enter, Esc).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from floorview.core.model import Table
from floorview.ui.window.find_bar import match_table
from floorview.ui.window.touch_targets import KIOSK_TARGET_PX

#: A key's size (px): well over a finger's target, as on a card terminal's pad.
KEY_WIDTH, KEY_HEIGHT = 72, 64
KEY_FONT_PX = 28
#: At most this many letter keys (the most used beginnings of the branch's numbers).
MAX_PREFIXES = 6
#: The digits in a phone's order, then the bottom row's middle key.
DIGIT_ROWS = ("123", "456", "789")

_LEADING = re.compile(r"\D*")


def prefixes(numbers: Iterable[str], limit: int = MAX_PREFIXES) -> list[str]:
    """How table numbers begin before their first digit ("Bar 1" → "Bar ", "H2" → "H", a
    number without digits whole), the most used first (then alphabetically); none for
    numbers that begin with a digit."""
    counts = Counter(m.group(0) for n in numbers if (m := _LEADING.match(n)) and m.group(0))
    return [p for p, _ in sorted(counts.items(), key=lambda pc: (-pc[1], pc[0].casefold()))][:limit]


class NumberPad(QFrame):
    """The pad over its window (see the module); hidden until :meth:`open_pad`.

    ``tables()`` gives the branch's tables (for the letter keys and the hint); ``find(text)``
    shows the table numbered so and gives its id, or None when there is none.

    Signals:
        closed(): the pad was closed (found, or Close).
    """

    closed = Signal()

    def __init__(self, window: QWidget, *, tables: Callable[[], Iterable[Table]],
                 find: Callable[[str], str | None]) -> None:
        super().__init__(window)
        self.setObjectName("numberPad")
        self.setAccessibleName(QCoreApplication.translate("NumberPad", "Find a table by number"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._tables = tables
        self._find = find
        self._text = ""
        self.setStyleSheet(
            "#numberPad { background: palette(window); border: 3px solid palette(highlight);"
            " border-radius: 18px; }"
            " #numberPad QLabel { background: transparent; }"
            " #numberPadTitle { font-size: 26px; font-weight: 700; }"
            " #numberPadDisplay { font-size: 44px; font-weight: 700; padding: 4px 14px;"
            " border: 2px solid palette(mid); border-radius: 10px; background: palette(base); }"
            " #numberPadHint { font-size: 20px; }"
            f" #numberPad QPushButton {{ font-size: {KEY_FONT_PX}px; font-weight: 600;"
            " padding: 0 14px; border: 1px solid palette(mid); border-radius: 10px; background: palette(button);"
            " color: palette(button-text); }"
            " #numberPad QPushButton:pressed { background: palette(highlight);"
            " color: palette(highlighted-text); }"
            " #numberPad #numberPadShow { background: palette(highlight);"
            " color: palette(highlighted-text); }")
        #: every key by what it types ("0"-"9", a prefix), or "back", "show", "close"
        self.keys: dict[str, QPushButton] = {}
        self.title = QLabel(QCoreApplication.translate("NumberPad", "Find table"), self)
        self.title.setObjectName("numberPadTitle")
        self.close_key = self._key("close", QCoreApplication.translate("NumberPad", "Close"), QCoreApplication.translate("NumberPad", "Close the number pad (Esc)"))
        self.close_key.setMinimumWidth(2 * KEY_WIDTH)
        self.close_key.clicked.connect(self.close_pad)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.close_key)
        self.display = QLabel(self)
        self.display.setObjectName("numberPadDisplay")
        self.display.setAccessibleName(QCoreApplication.translate("NumberPad", "Table number typed"))
        self.display.setMinimumHeight(KEY_HEIGHT + 8)
        self.hint = QLabel(self)
        self.hint.setObjectName("numberPadHint")
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(QCoreApplication.translate("NumberPad", "Which table Show finds"))
        self._prefix_row = QHBoxLayout()
        self._prefix_row.setSpacing(10)
        self._prefix_keys: list[QPushButton] = []
        grid = QGridLayout()
        grid.setSpacing(10)
        for r, row in enumerate(DIGIT_ROWS):
            for c, digit in enumerate(row):
                grid.addWidget(self._digit_key(digit), r, c)
        back = self._key("back", "⌫", QCoreApplication.translate("NumberPad", "Delete the last character (Backspace)"))
        back.setAccessibleName(QCoreApplication.translate("NumberPad", "Delete the last character"))
        back.clicked.connect(self.backspace)
        show = self._key("show", QCoreApplication.translate("NumberPad", "Show"), QCoreApplication.translate("NumberPad", "Show this table on the floor (Enter)"))
        show.setObjectName("numberPadShow")
        show.clicked.connect(self.show_table)
        grid.addWidget(back, 3, 0)
        grid.addWidget(self._digit_key("0"), 3, 1)
        grid.addWidget(show, 3, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 24)
        layout.setSpacing(12)
        layout.addLayout(head)
        layout.addWidget(self.display)
        layout.addWidget(self.hint)
        layout.addLayout(self._prefix_row)
        layout.addLayout(grid)
        window.installEventFilter(self)
        self.hide()

    # --- keys -------------------------------------------------------------------------------

    def _key(self, name: str, text: str, tip: str) -> QPushButton:
        key = QPushButton(text, self)
        key.setAccessibleName(text)
        key.setToolTip(tip)
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the pad keeps the keys, if any
        key.setMinimumSize(max(KEY_WIDTH, KIOSK_TARGET_PX), max(KEY_HEIGHT, KIOSK_TARGET_PX))
        self.keys[name] = key
        return key

    def _digit_key(self, digit: str) -> QPushButton:
        key = self._key(digit, digit, QCoreApplication.translate("NumberPad", "Type {digit}").format(digit=digit))
        key.clicked.connect(lambda _=False, d=digit: self.type_text(d))
        return key

    def _set_prefix_keys(self) -> None:
        """A key for each way this branch's numbers begin (the tables may have changed)."""
        wanted = prefixes(t.number for t in self._tables())
        if [k.property("prefix") for k in self._prefix_keys] == wanted:
            return
        for key in self._prefix_keys:
            self.keys.pop(key.property("prefix"), None)
        while (item := self._prefix_row.takeAt(0)) is not None:  # the keys and the stretch
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        self._prefix_keys = []
        for prefix in wanted:
            label = prefix.strip()
            key = self._key(prefix, label,
                            QCoreApplication.translate("NumberPad", "Numbers that begin with {prefix}").format(prefix=label))
            key.setProperty("prefix", prefix)
            key.clicked.connect(lambda _=False, p=prefix: self.start_with(p))
            self._prefix_row.addWidget(key)
            self._prefix_keys.append(key)
        self._prefix_row.addStretch(1)

    # --- what the keys do ---------------------------------------------------------------------

    @property
    def text(self) -> str:
        return self._text

    def type_text(self, text: str) -> None:
        self._set_text(self._text + text)

    def start_with(self, prefix: str) -> None:
        """A letter key: a number begins with its letters, so they start it afresh."""
        self._set_text(prefix)

    def backspace(self) -> None:
        self._set_text(self._text[:-1])

    def show_table(self) -> None:
        """Show the table the number finds and close; say so when none has it."""
        text = self._text.strip()
        if not text:
            return
        if self._find(text) is None:
            self._say(QCoreApplication.translate("NumberPad", "No table numbered {number} here.").format(number=text), error=True)
            return
        self.close_pad()

    def _set_text(self, text: str) -> None:
        self._text = text
        self.display.setText(text or " ")
        if not text.strip():
            self._say(QCoreApplication.translate("NumberPad", "Type a table's number, then Show."))
            return
        match = match_table(self._tables(), text)
        if match is None:
            self._say(QCoreApplication.translate("NumberPad", "No table numbered {number} here.").format(number=text.strip()),
                      error=True)
        else:
            self._say(QCoreApplication.translate("NumberPad", "Show: table {number} · {status}, {seats}").format(
                number=match.number, status=match.status.label, seats=match.seats_text))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.hint.setText(text)
        self.hint.setProperty("error", error)
        self.hint.setStyleSheet("color: #F28B82;" if error else "")

    # --- opening and closing -------------------------------------------------------------------

    def open_pad(self) -> None:
        self._set_prefix_keys()
        self._set_text("")
        self._place()
        self.show()
        self.raise_()
        self.setFocus()

    def close_pad(self) -> None:
        if self.isVisible():
            self.hide()
            self.closed.emit()

    def toggle(self) -> None:
        if self.isVisible():
            self.close_pad()
        else:
            self.open_pad()

    def _place(self) -> None:
        window = self.parentWidget()
        if window is None:  # never: the pad is made on its window
            return
        self.adjustSize()
        size = self.sizeHint()
        width = min(window.width() - 40, max(size.width(), 420))
        height = min(window.height() - 40, size.height())
        self.setGeometry((window.width() - width) // 2, (window.height() - height) // 2,
                         width, height)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt)
        key, text = event.key(), event.text()
        if key == Qt.Key.Key_Escape:
            self.close_pad()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.show_table()
        elif key == Qt.Key.Key_Backspace:
            self.backspace()
        elif text and text.isprintable():
            self.type_text(text)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def event(self, event: QEvent) -> bool:
        # a letter typed on the pad is a table's number ("Sofa"), not the window's
        # one-key shortcut (S: Seat a party)
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and event.text().isprintable() and event.text()
                and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier):
            event.accept()
            return True
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False
