"""The wall as a page: a title strip (how many branches, the group's totals, the status
legend, the order's toggle) over the grid of tiles, which scrolls when it must.

The totals follow the tiles (at most once a second: they are read across every branch).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from floorview.core.model import Branch
from floorview.core.store import BranchStore
from floorview.ui.floor.legend import ORDER, LegendWidget
from floorview.ui.floor.palette import DARK, Theme
from floorview.ui.wall import ordering, wall_accessible
from floorview.ui.wall.wall_view import LinkOf, WallView

#: How often the title strip's totals follow the tiles (ms).
TOTALS_MS = 1000



class ElidedLabel(QLabel):
    """One line that ends in "…" where the strip is too narrow for it, rather than being
    cut mid-letter; the whole text in its tooltip."""

    def __init__(self) -> None:
        super().__init__()
        self._whole = ""
        # as narrow as the strip needs: the page never grows past the screen for it
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_whole_text(self, text: str) -> None:
        self._whole = text
        self.setToolTip(text)
        self._elide()

    def whole_text(self) -> str:
        return self._whole

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.ensurePolished()
        self.setText(self.fontMetrics().elidedText(self._whole, Qt.TextElideMode.ElideRight,
                                                   max(0, self.width())))


class WallPage(QWidget):
    """Signals:
        branch_opened(str): a tile was opened (its branch's id).
    """

    branch_opened = Signal(str)

    def __init__(self, *, clock: Callable[[], datetime], theme: Theme = DARK,
                 kiosk: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wallPage")
        self._theme = theme
        self._kiosk = kiosk
        self.view = WallView(clock=clock, theme=theme, kiosk=kiosk)
        self.view.branch_opened.connect(self.branch_opened)
        wall_accessible.attach(self.view)
        self.title = QLabel()
        self.title.setObjectName("wallTitle")
        self.totals = ElidedLabel()
        self.totals.setObjectName("wallTotals")
        self.totals.setAccessibleName(
            QCoreApplication.translate("WallPage", "Totals of every branch"))
        self.legend = LegendWidget(theme, font_px=15)
        # It gives way (hidden, fit_strip) rather than holding the window wider than it.
        self.legend.setMinimumWidth(1)
        self.legend.setAccessibleName(
            QCoreApplication.translate("WallPage", "Tables by status, every branch"))
        self.order_button = QPushButton()
        self.order_button.setObjectName("wallOrder")
        self.order_button.setCheckable(True)
        self.order_button.toggled.connect(self._order_toggled)
        self.order_button.setMinimumSize(44, 44)

        heading = QVBoxLayout()  # the title over the totals
        heading.setSpacing(0)
        heading.addWidget(self.title)
        heading.addWidget(self.totals)
        strip = QHBoxLayout()
        strip.setContentsMargins(16, 6, 16, 0)
        strip.setSpacing(20)
        strip.addLayout(heading, 1)
        strip.addWidget(self.legend)
        strip.addWidget(self.order_button)
        self.scroll_area = QScrollArea()
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(strip)
        layout.addWidget(self.scroll_area, 1)
        self._totals_timer = QTimer(self, interval=TOTALS_MS)
        self._totals_timer.timeout.connect(self._follow_totals)
        self._totals_timer.start()
        self.setFocusProxy(self.view)
        self._retitle()
        self.set_theme(theme)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(event)
        self.fit_strip()

    def fit_strip(self) -> None:
        """The legend only where the title, the totals and the button keep their room (a
        page never shown, grabbed headless, gets no resize event: its renderer calls this)."""
        fits = self.width() >= self.legend.sizeHint().width() + 900
        if fits != self.legend.isVisibleTo(self):
            self.legend.setVisible(fits)
            layout = self.layout()
            if layout is not None and self.isVisible():  # the totals' room at once
                layout.activate()

    def set_branches(self, branches: Sequence[Branch], stores: Mapping[str, BranchStore],
                     link: LinkOf | None = None) -> None:
        self.view.set_branches(branches, stores, link)
        self.update_totals()

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.view.set_theme(theme)
        self.legend.set_theme(theme)
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Window, QColor(theme.background))
        pal.setColor(QPalette.ColorRole.WindowText, QColor(theme.text))
        self.setPalette(pal)
        self.setAutoFillBackground(True)
        self.scroll_area.viewport().setAutoFillBackground(False)
        title_px = 28 if self._kiosk else 24
        self.title.setStyleSheet(f"color: {theme.text}; font-weight: 700; font-size: {title_px}px;")
        self.totals.setStyleSheet(f"color: {theme.text_muted}; font-size: {title_px - 8}px;")
        self.order_button.setStyleSheet(
            f"QPushButton {{ color: {theme.text}; background: {theme.title_bg};"
            f" border: 2px solid {theme.text_muted}; border-radius: 8px; padding: 6px 14px;"
            f" font-size: {title_px - 8}px; font-weight: 600; }}"
            f" QPushButton:focus {{ border-color: {theme.flash}; }}")

    def _order_toggled(self, by_name: bool) -> None:
        self.view.set_order_by(ordering.NAME if by_name else ordering.ATTENTION)
        self._retitle()

    def _retitle(self) -> None:
        by_name = self.order_button.isChecked()
        self.order_button.setText(
            QCoreApplication.translate("WallPage", "Order: by name")
            if by_name else QCoreApplication.translate("WallPage", "Order: needs attention"))
        self.order_button.setAccessibleName(
            QCoreApplication.translate("WallPage", "Order the branches by what needs attention")
            if by_name else QCoreApplication.translate("WallPage", "Order the branches by name"))

    def showEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().showEvent(event)
        self.update_totals()

    def _follow_totals(self) -> None:
        if self.isVisible():  # hidden: read across every branch when shown again
            self.update_totals()

    def update_totals(self) -> None:
        ids = self.view.branch_ids()
        count = len(ids)
        self.title.setText(QCoreApplication.translate("WallPage", "All branches · %n", None, count))
        occupied = tables = covers = over = 0
        counts: Counter = Counter()
        for bid in ids:
            f = self.view.facts_of(bid)
            if f is None:
                continue
            occupied += f.occupied
            tables += f.tables
            covers += f.covers
            over += f.over_time
        for store in self.view.stores().values():
            counts.update(t.status for t in store.tables.values())
        self.legend.set_counts({s: counts.get(s, 0) for s in ORDER})
        n = QLocale().toString
        self.totals.set_whole_text(QCoreApplication.translate("WallPage", "{0}/{1} tables occupied · {2} covers · {3} over time")
                            .format(n(occupied), n(tables), n(covers), n(over)))
