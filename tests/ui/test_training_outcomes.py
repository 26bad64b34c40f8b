"""The training dialog after a run that went wrong: Start and Cancel work again."""

from __future__ import annotations

import os
import signal
import sys

import pytest

from ae_desktop.ui import training_dialog
from tests.procutil import process_gone

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")


@pytest.fixture
def warnings_shown(monkeypatch):
    said = []
    monkeypatch.setattr(training_dialog.QMessageBox, "warning",
                        lambda parent, title, text, *a, **k: said.append(text))
    return said


def test_after_a_killed_training_process_start_and_cancel_work_again(
        make_window, qtbot, monkeypatch, full_mnist_dir, warnings_shown):
    monkeypatch.setenv("AE_DESKTOP_DATA", str(full_mnist_dir))
    w = make_window()
    w.train_action.trigger()
    d = w.training_dialog
    d.epochs.setValue(200)
    d.name.setText("crash_test")
    d.start_button.click()
    qtbot.waitUntil(lambda: bool(d.eta.text()), timeout=60000)  # it is training
    pid = w.trainer.child_pid
    os.kill(pid, signal.SIGKILL)  # out of memory, a crash, a user's kill -9
    qtbot.waitUntil(lambda: not w.training_running(), timeout=10000)
    assert process_gone(pid)
    assert "stopped unexpectedly" in d.last_message and "SIGKILL" in d.last_message
    assert len(warnings_shown) == 1
    assert d.start_button.isEnabled() and not d.cancel_button.isEnabled()
    assert d.config_box.isEnabled()

    d.eta.setText("")
    d.start_button.click()  # Start works again
    qtbot.waitUntil(lambda: bool(d.eta.text()), timeout=60000)
    assert d.cancel_button.isEnabled() and not d.start_button.isEnabled()
    d.cancel_button.click()  # and so does Cancel
    qtbot.waitUntil(lambda: not w.training_running(), timeout=5000)
    assert "cancelled" in d.last_message
    assert d.start_button.isEnabled()
    assert len(warnings_shown) == 1
