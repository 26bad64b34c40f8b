"""Quitting while work is in progress: the window closes within 2 s, every thread joined.

Each case starts a job that would run for many seconds and closes the main window
while it runs.  ``close()`` returns only after the shutdown has joined the threads,
so its duration is the user's wait.  Model work runs in the engine process: those
cases keep its background lane busy with real work and check that the engine is
gone too.
"""

from __future__ import annotations

import http.server
import multiprocessing
import os
import shutil
import threading
import time

import pytest
from PySide6.QtWidgets import QMessageBox

from ae_desktop.engine.protocol import Sleep
from ae_desktop.workers.threads import running_threads
from tests.procutil import cpu_seconds, process_gone

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


def _wait_for_the_idle_work(w, qtbot) -> None:
    """After a load the engine computes each model's test-set errors (idle work): wait for
    them, so what the engine works on next is what the test asks for."""
    qtbot.waitUntil(lambda: set(w.panes.references) == set(w.infos), timeout=60000)


def _wait_until_the_engine_works(w, qtbot, since: float | None) -> None:
    """Wait until the engine has spent CPU time on what was just asked of it.

    (Where /proc is not there, the close is still checked with the jobs in flight.)
    """
    if since is not None:
        qtbot.waitUntil(lambda: cpu_seconds(w.engine.engine_pid) - since > 0.2, timeout=20000)


def _assert_engine_gone(pid: int) -> None:
    assert process_gone(pid), f"the engine process {pid} outlived the window"


def test_quit_during_a_robustness_curve(make_window, qtbot):
    w = make_window()
    _wait_for_the_idle_work(w, qtbot)
    pid = w.engine.engine_pid
    since = cpu_seconds(pid)
    w.show_robustness()  # the curve is computed in the engine (about 1.5 s of CPU here)
    # ... and the lane stays busy after it: long real work either way.
    w.engine.submit_job(Sleep(60, busy=True), key="busy")
    _wait_until_the_engine_works(w, qtbot, since)
    assert w.robustness.isVisible() and w.robustness.status.text() == "computing…"
    _assert_all_stopped(_close(w))
    _assert_engine_gone(pid)


def test_quit_during_a_latent_explorer_job(make_window, qtbot):
    w = make_window()
    _wait_for_the_idle_work(w, qtbot)
    pid = w.engine.engine_pid
    since = cpu_seconds(pid)
    w.latent_action.trigger()  # both planes: 10,000 test digits encoded per model
    w.engine.submit_job(Sleep(60, busy=True), key="busy")
    _wait_until_the_engine_works(w, qtbot, since)
    assert w.explorer.pending_jobs() > 0
    _assert_all_stopped(_close(w))
    _assert_engine_gone(pid)


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
    # Two processes now: the engine and the training child.
    child, engine = w.trainer.child_pid, w.engine.engine_pid
    assert child is not None and child != engine
    assert sorted(p.pid for p in multiprocessing.active_children()) == sorted([child, engine])
    _assert_all_stopped(_close(w))
    assert process_gone(child)
    _assert_engine_gone(engine)
