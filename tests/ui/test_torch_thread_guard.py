"""Torch never runs on the GUI thread: every model call is recorded with its thread.

The ``torch_thread_guard`` fixture wraps ``torch.nn.Module.__call__`` (every layer and
model call) and the autoencoders' ``encode``/``decode``/``decode_raw``/``forward`` in
this test process, records the thread of each call, and fails the test if one ran on
the GUI (main) thread. The training child is another process and is not watched.
"""

from __future__ import annotations

import threading
import traceback
from collections import Counter
from dataclasses import dataclass, field

import pytest
import torch
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication

from ae_desktop.core.models.base import Autoencoder

from .helpers import SEVEN, stroke

_METHODS = ("encode", "decode", "decode_raw", "forward", "encode_stats")


@dataclass
class TorchThreadGuard:
    off_gui: Counter = field(default_factory=Counter)  # QThread name → model calls
    on_gui: list[str] = field(default_factory=list)  # where each GUI-thread call came from

    def record(self, what: str) -> None:
        if threading.current_thread() is threading.main_thread():
            stack = "".join(traceback.format_stack(limit=12)[:-2])
            self.on_gui.append(f"{what} on the GUI thread:\n{stack}")
        else:
            self.off_gui[QThread.currentThread().objectName() or "unnamed"] += 1

    def calls(self) -> int:
        return sum(self.off_gui.values())


def _subclasses(cls):
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


@pytest.fixture
def torch_thread_guard(monkeypatch):
    guard = TorchThreadGuard()
    real_call = torch.nn.Module.__call__

    def guarded_call(self, *args, **kwargs):
        guard.record(f"{type(self).__name__}.__call__")
        return real_call(self, *args, **kwargs)

    monkeypatch.setattr(torch.nn.Module, "__call__", guarded_call)
    for cls in (Autoencoder, *_subclasses(Autoencoder)):
        for name in _METHODS:
            if name in vars(cls):
                real = vars(cls)[name]

                def guarded(self, *args, _real=real, _what=f"{cls.__name__}.{name}", **kwargs):
                    guard.record(_what)
                    return _real(self, *args, **kwargs)

                monkeypatch.setattr(cls, name, guarded)
    yield guard
    assert not guard.on_gui, guard.on_gui[0]


def test_the_guard_sees_a_model_called_on_the_gui_thread(torch_thread_guard):
    layer = torch.nn.Linear(2, 2)
    layer(torch.zeros(1, 2))
    assert torch_thread_guard.on_gui and "Linear.__call__" in torch_thread_guard.on_gui[0]
    torch_thread_guard.on_gui.clear()  # seen; the fixture would fail the test otherwise
    worker = threading.Thread(target=lambda: layer(torch.zeros(1, 2)))
    worker.start()
    worker.join()
    assert torch_thread_guard.calls() == 1 and not torch_thread_guard.on_gui


@pytest.fixture
def window(torch_thread_guard, make_window, qtbot):
    # The guard is set up first, so loading the models is watched too.
    w = make_window()
    assert torch_thread_guard.off_gui["inference"] > 0  # models prepared on the worker
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=5000)
    return w


def test_drawing_runs_the_models_off_the_gui_thread(window, qtbot, torch_thread_guard):
    before = torch_thread_guard.off_gui["inference"]
    stroke(window.canvas, SEVEN)
    qtbot.waitUntil(lambda: window.last_result is not None
                    and len(window.last_result.answers) == 3, timeout=10000)
    qtbot.mouseClick(window.panes.model_panes["vae_2d"], Qt.MouseButton.LeftButton)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)  # model info
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # random digit
    qtbot.waitUntil(lambda: torch_thread_guard.off_gui["inference"] > before + 6,
                    timeout=10000)


def test_the_latent_explorer_runs_the_models_off_the_gui_thread(window, qtbot,
                                                                 torch_thread_guard):
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    e = window.explorer
    qtbot.waitUntil(lambda: all(c.data is not None and c.grid_image is not None
                                for c in e.columns), timeout=60000)
    stroke(window.canvas, SEVEN)  # the canvas marker and its nearest digits
    col = e.columns[0]
    qtbot.waitUntil(lambda: col.view.marker_position() is not None, timeout=10000)
    x0, x1, y0, y1 = col.data.extent
    col.view.move_cursor((x0 + x1) / 2, (y0 + y1) / 2)  # decode under the cursor
    qtbot.waitUntil(col.decoded.has_image, timeout=10000)
    explorer_threads = set(torch_thread_guard.off_gui) - {"inference"}
    assert explorer_threads  # the explorer's own thread did the work
    e.close()


def test_the_robustness_curve_runs_the_models_off_the_gui_thread(window, qtbot,
                                                                  torch_thread_guard):
    before = torch_thread_guard.off_gui["tasks"]
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.robustness.curve is not None, timeout=60000)
    assert torch_thread_guard.off_gui["tasks"] > before
    window.robustness.close()
