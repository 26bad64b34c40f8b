"""Start the desktop app."""

from __future__ import annotations

import os
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
    from PySide6.QtGui import QIcon

    from .core.data import RESOURCES_DIR

    app.setWindowIcon(QIcon(str(RESOURCES_DIR / "icons" / "ae-desktop-256.png")))
    app.setDesktopFileName("ae-desktop")
    runtime.limit_threads(1)  # inference only in this process: leave a core to the GUI
    t0 = time.perf_counter()
    window = MainWindow()
    _install_excepthook(window)
    window.show()
    if os.environ.get("AE_DESKTOP_EXIT_AFTER_SHOW"):
        # For start-up measurements (packaging/startup_time.py): quit once shown.
        from PySide6.QtCore import QTimer

        def done() -> None:
            print(f"window shown after {time.perf_counter() - t0:.2f} s in-process", flush=True)
            window.close()
            app.quit()

        QTimer.singleShot(0, done)
    return app.exec()
