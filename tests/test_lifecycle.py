"""Ending the app without closing its window: SIGTERM, SIGINT, QApplication.quit().

The real app runs in a subprocess (tests/lifecycle_driver.py starts it through
``ae_desktop.cli.main``, as ``python -m ae_desktop`` does) with its settings,
models and data in temporary folders.  In every case it must exit within 2 s,
with a sensible status, having saved its settings, with no thread destroyed
while running and no process left behind: neither the engine process (which
computes every model answer) nor a training process.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.procutil import children_of, process_gone

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")

ROOT = Path(__file__).resolve().parents[1]
DRIVER = ROOT / "tests" / "lifecycle_driver.py"
EXIT_LIMIT_S = 2.0


class App:
    def __init__(self, action: str, tmp_path: Path, data_dir: Path | None = None) -> None:
        self.config = tmp_path / "config"
        env = {k: v for k, v in os.environ.items()
               if k not in ("WAYLAND_DISPLAY", "DISPLAY", "AE_DESKTOP_DATA")}
        env.update({
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": str(tmp_path / "home"),
            "XDG_CONFIG_HOME": str(self.config),
            "XDG_DATA_HOME": str(tmp_path / "data"),
            "AE_DESKTOP_MODELS": str(tmp_path / "models"),
            "PYTHONPATH": str(ROOT),
        })
        if data_dir is not None:
            env["AE_DESKTOP_DATA"] = str(data_dir)
        self.stderr_path = tmp_path / "stderr.txt"
        self._stderr = open(self.stderr_path, "w")  # noqa: SIM115 - closed in stop()
        # A session of its own, like an app started from a terminal: killpg() then plays
        # Ctrl+C, which the terminal sends to every process of the foreground group.
        self.proc = subprocess.Popen([sys.executable, str(DRIVER), action], cwd=ROOT, env=env,
                                     stdout=subprocess.PIPE, stderr=self._stderr, text=True,
                                     start_new_session=True)
        self._lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []  # every line wait_for has read
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self._lines.put(line.strip())

    def wait_for(self, prefix: str, timeout: float = 90.0) -> str:
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self._lines.get(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                raise AssertionError(f"the app never printed {prefix!r}; stderr:\n"
                                     + self.stderr()) from None
            self.seen.append(line)
            if line.startswith(prefix):
                return line

    def engine_pid(self) -> int:
        """The engine process's pid (the driver prints it before anything else)."""
        (line,) = [x for x in self.seen if x.startswith("engine ")]
        return int(line.split()[1])

    def signal_and_time(self, sig: int | None, group: bool = False) -> tuple[int | None, float]:
        """Send ``sig`` to the app (or its whole process group); exit status and seconds.

        ``sig=None`` sends nothing: the app quits by itself.  Every process the app had
        started must be gone within the same limit.
        """
        self.children = children_of(self.proc.pid)
        t0 = time.monotonic()
        if sig is not None:
            if group:
                os.killpg(self.proc.pid, sig)
            else:
                self.proc.send_signal(sig)
        try:
            rc = self.proc.wait(10)
        except subprocess.TimeoutExpired:
            return None, time.monotonic() - t0
        return rc, time.monotonic() - t0

    def children_left(self) -> list[int]:
        deadline = time.monotonic() + EXIT_LIMIT_S
        while time.monotonic() < deadline:
            left = [pid for pid in self.children if not process_gone(pid)]
            if not left:
                return []
            time.sleep(0.02)  # polling another process, not synchronising Qt
        return left

    def stderr(self) -> str:
        self._stderr.flush()
        return self.stderr_path.read_text()

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)
        self._stderr.close()

    def settings_text(self) -> str:
        path = self.config / "ae-desktop" / "ae-desktop.conf"
        return path.read_text() if path.exists() else ""


@pytest.fixture
def start(tmp_path):
    apps = []

    def make(action: str, data_dir: Path | None = None) -> App:
        app = App(action, tmp_path, data_dir)
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.stop()


def _assert_clean_exit(app: App, rc, elapsed: float, expected_rc: int) -> None:
    err = app.stderr()
    assert rc is not None, f"still running 10 s after the request; stderr:\n{err}"
    print(f"exited with {rc} after {elapsed:.2f} s")
    assert elapsed < EXIT_LIMIT_S, f"exit took {elapsed:.2f} s"
    assert rc == expected_rc, err
    assert "QThread: Destroyed" not in err
    assert "Traceback" not in err
    assert "brush=" in app.settings_text()  # the settings were saved on the way out
    # The engine was running when the app was asked to end, and no orphan is left.
    engine = app.engine_pid()
    assert engine in app.children
    assert app.children_left() == []  # engine, training process, multiprocessing's helpers
    assert process_gone(engine)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_signal_ends_the_idle_app_cleanly(start, sig):
    app = start("idle")
    app.wait_for("ready")
    rc, elapsed = app.signal_and_time(sig)
    _assert_clean_exit(app, rc, elapsed, 128 + sig)


def test_sigterm_while_the_explorer_is_busy(start):
    app = start("explorer")
    app.wait_for("busy")
    rc, elapsed = app.signal_and_time(signal.SIGTERM)
    _assert_clean_exit(app, rc, elapsed, 128 + signal.SIGTERM)


def test_application_quit_while_the_explorer_is_busy(start):
    app = start("quit")
    app.wait_for("busy")
    rc, elapsed = app.signal_and_time(None)  # the app calls QApplication.quit() itself
    _assert_clean_exit(app, rc, elapsed, 0)


@pytest.mark.parametrize(("sig", "group"), [(signal.SIGTERM, False), (signal.SIGINT, False),
                                           (signal.SIGINT, True)],
                         ids=["SIGTERM", "SIGINT", "Ctrl+C in the terminal"])
def test_a_signal_during_training_leaves_no_training_process(start, sig, group, full_mnist_dir,
                                                             tmp_path):
    app = start("train", data_dir=full_mnist_dir)
    child = int(app.wait_for("training").split()[1])
    try:
        rc, elapsed = app.signal_and_time(sig, group)
        _assert_clean_exit(app, rc, elapsed, 128 + sig)
        assert process_gone(child)
    finally:
        if not process_gone(child):  # an orphan would train on for minutes
            os.kill(child, signal.SIGKILL)
    models = tmp_path / "models"
    assert not models.exists() or not any(models.iterdir())


def test_a_job_that_ignores_cancellation_cannot_keep_the_app_alive(start):
    app = start("stuck")
    app.wait_for("busy")
    rc, elapsed = app.signal_and_time(signal.SIGTERM)
    _assert_clean_exit(app, rc, elapsed, 128 + signal.SIGTERM)
    assert "did not stop in time" in app.stderr()
