"""The journal's state in the window's status bar: hidden while it records; while it is
paused, why and how many changes it keeps ("Journal paused: the disk is full — 152
changes kept, written when there is room"); a passing message when it records again or
when a damaged file was moved aside.

A journal that stopped said so nowhere but the log: a week unattended lost its evenings
with nothing on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QWidget

from floorview.core.journal_file import Problem
from floorview.core.recorder import RecorderState


class JournalStatus(QLabel):
    """The journal's state, shown only when it is not simply recording."""

    #: a passing message for the window's status bar: (text, error)
    message = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journalStatus")
        self.setAccessibleName(QCoreApplication.translate("JournalStatus", "Journal"))
        self.setStyleSheet("color: #4E2600; background: #FFE082; padding: 0px 8px;")
        # two lines at most beside the window's messages (one at 1440 px)
        self.setWordWrap(True)
        self.setMinimumWidth(380)
        self.hide()

    def set_state(self, state: RecorderState) -> None:
        if state.event == "moved_aside" and state.moved_aside is not None:
            self.message.emit(QCoreApplication.translate("JournalStatus", "The journal file was damaged: it was moved aside as {name} and a new one "
                "started.").format(name=state.moved_aside.name), True)
        if state.problem is Problem.LOCKED:
            self._show(QCoreApplication.translate("JournalStatus", "Journal off: another floorview is recording this branch's "
                               "journal: this one records nothing"))
        elif state.paused:
            self._show(QCoreApplication.translate("JournalStatus", "Journal paused: {why} — {kept}, {when}{lost}").format(
                why=self._why(state), kept=self._changes_kept(state.held),
                when=(QCoreApplication.translate("JournalStatus", "written when there is room") if state.problem is Problem.FULL
                      else QCoreApplication.translate("JournalStatus", "written as soon as it can be")),
                lost=self._lost(state.dropped)))
        else:
            if self.isVisible() or state.event == "resumed":
                self.hide()
                self.setText("")
            if state.event == "resumed" and state.written:
                written = (QCoreApplication.translate("JournalStatus", "1 kept change written") if state.written == 1 else
                           QCoreApplication.translate("JournalStatus", "{n} kept changes written").format(n=state.written))
                self.message.emit(QCoreApplication.translate("JournalStatus", "Journal recording again: {written}{lost}").format(
                    written=written, lost=self._lost(state.dropped)), False)
            elif state.event == "resumed":
                self.message.emit(QCoreApplication.translate("JournalStatus", "Journal recording again{lost}").format(
                    lost=self._lost(state.dropped)), False)

    def _show(self, text: str) -> None:
        self.setText(text)
        self.setToolTip(text)
        self._fit()
        self.show()

    def _fit(self) -> None:
        # One line where the window has room for it: a word-wrapped label settles at a
        # narrow width of its own (two lines at 650 px on a 1920 px kiosk with room for
        # one); at most 40 % of the window, so a laptop's status bar keeps the user and
        # the data's age whole beside it (squeezed to "M…" at 1024 px).
        self.setWordWrap(False)  # the label's own measure of its text on one line
        one_line = self.sizeHint().width() + 4
        self.setWordWrap(True)
        self.setMinimumWidth(max(380, min(one_line, self.window().width() * 2 // 5)))

    def showEvent(self, event: QShowEvent) -> None:
        self.window().installEventFilter(self)  # its width follows the window's
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.window() and self.isVisible():
            self._fit()
        return False

    def _why(self, state: RecorderState) -> str:
        if state.problem is Problem.FULL:
            return QCoreApplication.translate("JournalStatus", "the disk is full")
        if state.problem is Problem.PERMISSION:
            return QCoreApplication.translate("JournalStatus", "no permission to write its folder")
        if state.problem is Problem.DAMAGED:
            return QCoreApplication.translate("JournalStatus", "the file is damaged")
        return QCoreApplication.translate("JournalStatus", "it could not be written")

    def _changes_kept(self, n: int) -> str:
        return QCoreApplication.translate("JournalStatus", "1 change kept") if n == 1 else QCoreApplication.translate("JournalStatus", "{n} changes kept").format(n=n)

    def _lost(self, dropped: int) -> str:
        if not dropped:
            return ""
        return (QCoreApplication.translate("JournalStatus", " (1 older change could not be kept)") if dropped == 1 else
                QCoreApplication.translate("JournalStatus", " ({n} older changes could not be kept)").format(n=dropped))
