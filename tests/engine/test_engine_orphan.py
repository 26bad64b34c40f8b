"""The engine cannot outlive the GUI: a GUI process killed with SIGKILL takes it along."""

from __future__ import annotations

import sys
import textwrap

import pytest

from tests.procutil import gui_killed_with_sigkill, process_gone, wait_until

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


def test_a_killed_gui_takes_the_engine_along():
    with gui_killed_with_sigkill([sys.executable, "-c", GUI_PARENT], "engine") as engine:
        gone_after = wait_until(lambda: process_gone(engine), timeout=3.0)
        assert gone_after is not None, "the engine outlived its GUI"
        print(f"engine gone {gone_after:.2f} s after its GUI was killed")
