"""Uncaught exceptions on any thread reach the status bar; widgets stay on the GUI thread."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import QObject, Signal, Slot

from ae_desktop import app
from ae_desktop.workers.threads import new_thread


@pytest.fixture
def hooked_window(make_window, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    w = make_window()
    w.relay = app.install_error_hooks(w)
    return w


def _status(w) -> str:
    return w.statusBar().currentMessage()


def test_an_exception_in_a_python_thread_is_shown(hooked_window, qtbot, capsys):
    w = hooked_window

    def worker():
        raise ValueError("disk on fire")

    t = threading.Thread(target=worker)
    t.start()
    t.join()
    qtbot.waitUntil(lambda: "disk on fire" in _status(w), timeout=5000)
    assert _status(w) == "Internal error: disk on fire"
    assert "ValueError: disk on fire" in capsys.readouterr().err  # the traceback is printed


class _Faulty(QObject):
    go = Signal()

    @Slot()
    def explode(self) -> None:
        raise KeyError("raised in a slot on a worker QThread")


def test_an_exception_in_a_slot_of_a_worker_qthread_is_shown(hooked_window, qtbot):
    # PySide hands exceptions raised in slots to sys.excepthook on the thread that ran
    # the slot: here a worker thread, which must not touch the status bar itself.
    w = hooked_window
    thread = new_thread("faulty")
    faulty = _Faulty()
    faulty.moveToThread(thread)
    faulty.go.connect(faulty.explode)
    thread.start()
    try:
        faulty.go.emit()
        qtbot.waitUntil(lambda: "raised in a slot" in _status(w), timeout=5000)
    finally:
        thread.quit()
        thread.wait()


def test_the_hook_called_from_a_worker_thread_does_not_touch_widgets(hooked_window, qtbot):
    w = hooked_window
    seen_on = []
    show = w.statusBar().showMessage

    def spy(*args):
        seen_on.append(threading.current_thread() is threading.main_thread())
        show(*args)

    w.statusBar().showMessage = spy

    def worker():
        try:
            raise RuntimeError("from a worker")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())

    t = threading.Thread(target=worker)
    t.start()
    t.join()
    qtbot.waitUntil(lambda: "from a worker" in _status(w), timeout=5000)
    assert seen_on == [True]
