"""The engine cannot outlive the GUI: a GUI process killed with SIGKILL takes it along."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from tests.procutil import process_gone

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")

GUI_PARENT = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QCoreApplication
    from ae_desktop.engine.client import EngineClient

    app = QCoreApplication([])
    client = EngineClient()
    client.engine_started.connect(lambda pid: print("engine", pid, flush=True))
    app.exec()
""")


def _wait(condition, timeout: float) -> float | None:
    t0 = time.monotonic()
    while time.monotonic() - t0 < timeout:
        if condition():
            return time.monotonic() - t0
        time.sleep(0.02)
    return None


def test_a_killed_gui_takes_the_engine_along():
    gui = subprocess.Popen([sys.executable, "-c", GUI_PARENT], stdout=subprocess.PIPE,
                           text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    engine = None
    try:
        line = gui.stdout.readline()
        assert line.startswith("engine "), line
        engine = int(line.split()[1])
        os.kill(gui.pid, signal.SIGKILL)
        gui.wait(10)
        gone_after = _wait(lambda: process_gone(engine), timeout=3.0)
        assert gone_after is not None, "the engine outlived its GUI"
        print(f"engine gone {gone_after:.2f} s after its GUI was killed")
    finally:
        gui.kill()
        gui.wait(10)
        if engine is not None and not process_gone(engine):
            os.kill(engine, signal.SIGKILL)
