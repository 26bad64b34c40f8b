"""Quitting while work is in progress: the window closes within 2 s, every thread joined.

Each case starts a job that would run for many seconds and closes the main window
while it runs.  ``close()`` returns only after the shutdown has joined the threads,
so its duration is the user's wait.
"""

from __future__ import annotations

import http.server
import multiprocessing
import os
import shutil
import threading
import time

import numpy as np
import pytest
from PySide6.QtWidgets import QMessageBox

from ae_desktop.core.evaluation.robustness import robustness_curve
from ae_desktop.workers.threads import running_threads
from tests.procutil import process_gone

QUIT_LIMIT_S = 2.0


def _close(w) -> float:
    t0 = time.monotonic()
    w.close()
    elapsed = time.monotonic() - t0
    assert not w.isVisible()
    print(f"closed within {elapsed:.3f} s")  # shown with -s: the figure in the README
    return elapsed


def _assert_all_stopped(elapsed: float) -> None:
    assert running_threads() == []
    assert multiprocessing.active_children() == []
    assert elapsed < QUIT_LIMIT_S, f"closing took {elapsed:.2f} s"


class _Throttled(http.server.SimpleHTTPRequestHandler):
    """Serves files at about 1 MB/s, so an MNIST download takes ~10 s."""

    def log_message(self, *args):
        pass

    def do_GET(self):  # noqa: N802 - http.server's name
        path = self.translate_path(self.path)
        if not os.path.isfile(path):
            self.send_error(404)
            return
        data = open(path, "rb").read()  # noqa: SIM115 - small test file
        self.send_response(200)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        try:
            for i in range(0, len(data), 16 * 1024):
                self.wfile.write(data[i:i + 16 * 1024])
                time.sleep(0.015)  # the server's pace, not test synchronisation
        except (BrokenPipeError, ConnectionResetError):
            pass


@pytest.fixture
def slow_mirror(tmp_path, full_mnist_dir):
    folder = tmp_path / "mirror"
    folder.mkdir()
    for f in ("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz"):
        shutil.copy(full_mnist_dir / f, folder)
    srv = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), lambda *a: _Throttled(*a, directory=str(folder)))
    srv.daemon_threads = True
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_address[1]}/"
    srv.shutdown()
    srv.server_close()


def test_quit_during_a_dataset_download(make_window, qtbot, monkeypatch, tmp_path, slow_mirror):
    target = tmp_path / "data"
    monkeypatch.setenv("AE_DESKTOP_DATA", str(target))
    monkeypatch.setenv("AE_DESKTOP_MNIST_MIRRORS", slow_mirror)
    w = make_window()
    w.train_action.trigger()
    panel = w.training_dialog.dataset
    panel.download_button.click()
    qtbot.waitUntil(lambda: panel.progress_dialog is not None
                    and panel.progress_dialog.value() > 0, timeout=20000)
    _assert_all_stopped(_close(w))
    assert not (target / "train-images-idx3-ubyte.gz").exists()  # nothing half-written
    assert [p for p in target.glob("*") if p.is_file()] == []


def test_quit_during_a_robustness_curve(make_window, qtbot, monkeypatch):
    from ae_desktop.ui import main_window

    started = threading.Event()

    def long_curve(models, kind="gaussian", **kw):  # 400 noise amounts: tens of seconds
        started.set()
        return robustness_curve(models, kind, amounts=np.linspace(0, 1, 400), **kw)

    monkeypatch.setattr(main_window, "robustness_curve", long_curve)
    w = make_window()
    w.show_robustness()
    qtbot.waitUntil(started.is_set, timeout=10000)
    _assert_all_stopped(_close(w))


def test_quit_during_a_latent_explorer_job(make_window, qtbot, monkeypatch):
    from ae_desktop.core.latent import cache as latent_cache
    from ae_desktop.core.latent import space as latent_space

    started = threading.Event()

    def long_encode(lm, images01):  # as if the test set were 8x larger: many seconds
        started.set()
        return latent_space.encode_images(lm, np.tile(images01, (8, 1, 1)))[:len(images01)]

    monkeypatch.setattr(latent_cache, "encode_images", long_encode)
    w = make_window()
    w.latent_action.trigger()
    qtbot.waitUntil(started.is_set, timeout=10000)
    _assert_all_stopped(_close(w))


def test_quit_during_training_leaves_no_child_process(make_window, qtbot, monkeypatch,
                                                      full_mnist_dir):
    from ae_desktop.ui import main_window

    monkeypatch.setenv("AE_DESKTOP_DATA", str(full_mnist_dir))
    monkeypatch.setattr(main_window.QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    w = make_window()
    w.train_action.trigger()
    d = w.training_dialog
    d.arch.setCurrentText("conv_selu")
    d.epochs.setValue(50)
    d.name.setText("never_saved")
    d.start_button.click()
    qtbot.waitUntil(lambda: d.progress.value() > 0 or bool(d.eta.text()), timeout=30000)
    pids = [p.pid for p in multiprocessing.active_children()]
    assert len(pids) == 1
    _assert_all_stopped(_close(w))
    assert process_gone(pids[0])
