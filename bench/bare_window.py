"""The reference for start-up: a bare PySide6 window, shown, first painted.

Prints ``first-paint T`` (epoch ms) after its first paint, then exits. bench/run times
it from its spawn, as it times the app to its first painted floor.
"""

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QWidget


class Window(QWidget):
    painted = False

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        QPainter(self).fillRect(self.rect(), self.palette().window())
        if not self.painted:
            self.painted = True
            print(f"first-paint {time.time() * 1000.0:.3f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)


app = QApplication(sys.argv[:1])
w = Window()
w.resize(1440, 900)
w.show()
QTimer.singleShot(10_000, app.quit)
sys.exit(app.exec())
