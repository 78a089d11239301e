"""The replay window: a journal's evening played back on the floor, at any speed.

The floor plans are the window's own :class:`FloorScene` and :class:`FloorView`, drawn
from the :class:`~floorview.core.replay.Replay`'s store, their timers on the replayed
clock. A banner on top shows the replayed time (and when the screen was offline then);
below the floor, play/pause (Space), the speed, and a time slider to jump anywhere
(Left/Right: a minute back or on; Shift: ten).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QElapsedTimer, QLocale, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSlider,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from floorview.core.replay import Replay
from floorview.ui.floor.floor_scene import DisplaySettings, FloorScene
from floorview.ui.floor.floor_view import FloorView
from floorview.ui.floor.palette import LIGHT, Theme

SPEEDS = (1, 10, 30, 60, 120, 300, 600)
_TICK_MS = 100


class ReplayWindow(QMainWindow):
    def __init__(self, replay: Replay, *, speed: float = 60.0, theme: Theme = LIGHT,
                 large_type: bool = False, playing: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.replay = replay
        self.speed = speed
        self.playing = playing
        store = replay.store
        name = (store.branch.name if store.branch
                else QCoreApplication.translate("ReplayWindow", "Replay"))
        self.setWindowTitle(QCoreApplication.translate("ReplayWindow", "Replay · {0} — floorview").format(name))
        self.banner = QLabel()
        self.banner.setObjectName("replayBanner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("replayTabs")
        self.scenes: list[FloorScene] = []
        self.views: list[FloorView] = []
        settings = DisplaySettings(theme=theme, large_type=large_type)
        for plan in store.floor_plans:
            scene = FloorScene(store, plan, settings=settings, clock=replay.clock)
            view = FloorView(scene, self)
            # the plan is geometry: it keeps its left and right in a right-to-left language
            view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            self.scenes.append(scene)
            self.views.append(view)
            self.tabs.addTab(view, plan.name.replace("&", "&&"))  # a single & would be a mnemonic
            QTimer.singleShot(0, view.fit_to_window)

        self.play_button = QPushButton()
        self.play_button.setObjectName("playButton")
        self.play_button.clicked.connect(self.toggle)
        self.speed_box = QComboBox()
        self.speed_box.setObjectName("speedBox")
        for s in sorted({*SPEEDS, int(speed) if speed == int(speed) else speed}):
            self.speed_box.addItem(f"×{s:g}", s)
        self.speed_box.setCurrentIndex(self.speed_box.findData(speed))
        self.speed_box.currentIndexChanged.connect(self.on_speed_changed)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("timeSlider")
        self.slider.setRange(0, max(1, int((replay.end - replay.start).total_seconds())))
        self.slider.setSingleStep(60)
        self.slider.setPageStep(600)
        self.slider.valueChanged.connect(self.on_slider_valueChanged)
        self.start_label = QLabel(self._hm(replay.start))
        self.end_label = QLabel(self._hm(replay.end))

        bar = QHBoxLayout()
        bar.addWidget(self.play_button)
        bar.addWidget(self.speed_box)
        bar.addWidget(self.start_label)
        bar.addWidget(self.slider, 1)
        bar.addWidget(self.end_label)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bar)
        self.setCentralWidget(body)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self._elapsed = QElapsedTimer()
        self._elapsed.start()
        self._minute: datetime | None = None
        self.timer = QTimer(self, interval=_TICK_MS)
        self.timer.timeout.connect(self.on_timer_timeout)
        self.timer.start()
        self.refresh()

    # --- playing ------------------------------------------------------------------------

    @Slot()
    def toggle(self) -> None:
        if not self.playing and self.replay.finished:
            self.replay.seek(self.replay.start)  # played to the end: Play starts again
        self.playing = not self.playing
        self._elapsed.restart()
        self.refresh()

    def step(self, seconds: float) -> None:
        self.replay.advance(seconds)
        self.refresh()

    @Slot(int)
    def on_speed_changed(self, index: int) -> None:
        self.speed = float(self.speed_box.itemData(index))
        self.refresh()

    @Slot()
    def on_timer_timeout(self) -> None:
        real = self._elapsed.restart() / 1000
        if self.playing:
            self.replay.advance(real * self.speed)
            if self.replay.finished:
                self.playing = False
            self.refresh()

    @Slot(int)
    def on_slider_valueChanged(self, value: int) -> None:
        self.replay.seek(self.replay.start + timedelta(seconds=value))
        self.refresh()

    # --- showing ------------------------------------------------------------------------

    def _hm(self, when) -> str:
        return when.astimezone(self.replay.zone).strftime("%H:%M")

    def banner_text(self) -> str:
        r = self.replay
        local = r.now.astimezone(r.zone)
        name = r.store.branch.name if r.store.branch else ""
        locale = QLocale()
        day = locale.toString(QDate(local.year, local.month, local.day), "ddd dd MMM")
        text = QCoreApplication.translate("ReplayWindow", "Replay · {0} · {1}  {2}").format(
            name, day, local.strftime("%H:%M:%S"))
        if self.playing:
            text += f"  ·  ×{self.speed:g}"
        else:
            text += QCoreApplication.translate("ReplayWindow", "  ·  paused")
        if r.offline and r.as_of:
            text += QCoreApplication.translate(
                "ReplayWindow", "  ·  the screen was offline then (as of {0})").format(self._hm(r.as_of))
        elif r.offline:
            text += QCoreApplication.translate("ReplayWindow", "  ·  the screen was offline then")
        return text

    def refresh(self) -> None:
        r = self.replay
        self.banner.setText(self.banner_text())
        colour = "#8A4B00" if r.offline else "#17324D"
        self.banner.setStyleSheet(f"background: {colour}; color: #FFFFFF; font-size: 17px; "
                                  "font-weight: 600; padding: 8px;")
        self.play_button.setText(QCoreApplication.translate("ReplayWindow", "Pause") if self.playing else QCoreApplication.translate("ReplayWindow", "Play"))
        self.slider.blockSignals(True)
        self.slider.setValue(int((r.now - r.start).total_seconds()))
        self.slider.blockSignals(False)
        minute = r.now.replace(second=0, microsecond=0)
        if minute != self._minute:
            self._minute = minute
            for scene in self.scenes:
                scene.tick()
                scene.set_stale(r.offline)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt)
        # A focused slider takes the arrows itself (a minute a step), a focused button
        # Space: the same actions, so the keys do the same wherever the focus is.
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        key = event.key()
        if key == Qt.Key.Key_Space:
            self.toggle()
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            self.step((600 if shift else 60) * (1 if key == Qt.Key.Key_Right else -1))
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt)
        self.timer.stop()
        for scene in self.scenes:
            scene.detach()
        super().closeEvent(event)
