"""The start-up reference of issue 19: a bare PySide6 window holding one pyqtgraph PlotWidget, shown,
then quit as soon as the event loop runs (as the app's `--quit-after-start` does)."""

import pyqtgraph as pg
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def main() -> int:
    app = QApplication([])
    window = QMainWindow()
    window.setCentralWidget(pg.PlotWidget())
    window.resize(1360, 860)
    window.show()
    QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
