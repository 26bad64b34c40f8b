"""Start the desktop app."""

from __future__ import annotations

import sys
import time
import traceback

from .core import runtime  # noqa: F401 - sets OMP_WAIT_POLICY before torch loads


def _install_excepthook(window) -> None:
    def hook(etype, value, tb):
        traceback.print_exception(etype, value, tb)
        try:
            window.statusBar().showMessage(f"Internal error: {value}", 15000)
        except Exception:  # noqa: BLE001 - the window may be gone
            pass

    sys.excepthook = hook


def run_gui(argv: list[str] | None = None) -> int:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from .ui.main_window import MainWindow

    QCoreApplication.setOrganizationName("ae-desktop")
    QCoreApplication.setApplicationName("ae-desktop")
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationDisplayName("AE Desktop")
    runtime.limit_threads(1)  # inference only in this process: leave a core to the GUI
    t0 = time.perf_counter()
    window = MainWindow()
    _install_excepthook(window)
    window.show()
    if "--timing" in sys.argv:
        print(f"window shown after {time.perf_counter() - t0:.2f} s", file=sys.stderr)
    return app.exec()
