"""Soak: 20,000 live requests and 500 latent-explorer jobs through the real window.

Drives the real main window (offscreen, every shipped model, one torch thread) with
real mouse and key events: strokes on the canvas, undo/clear, random test digits,
noise type/amount/seed, model toggles. Each event goes through the app's own request
path (canvas → ``MainWindow.request_update`` → ``InferenceRunner`` → worker), and the
soak waits for that request's result before the next event, so every request is
computed (none superseded). Then the latent explorer runs 500 jobs of every kind:
plane (switching a column's model), grid (resolution), cursor decode (a click on a
plane), canvas marker (a new digit on the canvas) and interpolation (steps).

Prints the resident memory (VmRSS of /proc/self/status) after a warm-up that runs the
same mix (every model's plane once, and enough explorer jobs for the latent cache's
bounded grid store to fill), along the way, and at the end; the number of errors
(failed requests or jobs, Python exceptions, Qt warnings, threads left running) and
the time taken. Targets: growth < 20 MB, 0 errors. Exits 1 when a target is missed.

    python benchmarks/soak.py [--requests 20000] [--jobs 500] [--seed 0]
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import threading
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

import numpy as np  # noqa: E402

TIMEOUT_MS = 120_000  # per step; a step that takes longer counts as an error


def rss_mb() -> float:
    """Resident set size of this process (Linux /proc), MB."""
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


class Soak:
    def __init__(self, seed: int) -> None:
        from PySide6.QtCore import QSettings, Qt, QtMsgType, qInstallMessageHandler
        from PySide6.QtWidgets import QApplication

        from ae_desktop.core.compute import runtime
        from ae_desktop.core.store.paths import SHIPPED_MODELS_DIR
        from ae_desktop.ui.main_window import MainWindow

        self.Qt = Qt
        self.app = QApplication.instance() or QApplication([])
        self.rng = np.random.default_rng(seed)
        self.errors: list[str] = []
        self.warnings: list[str] = []

        def on_qt_message(kind, _context, message) -> None:
            if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg) \
                    and "This plugin does not support" not in message:
                self.warnings.append(message)

        qInstallMessageHandler(on_qt_message)
        self._sys_hook, self._thread_hook = sys.excepthook, threading.excepthook
        sys.excepthook = lambda t, v, tb: (self.errors.append(f"{t.__name__}: {v}"),
                                           self._sys_hook(t, v, tb))
        threading.excepthook = lambda a: (self.errors.append(f"{a.exc_type.__name__}: "
                                                             f"{a.exc_value}"),
                                          self._thread_hook(a))
        runtime.limit_threads(1)
        self.settings = QSettings(os.path.join(tempfile.mkdtemp(), "s.ini"),
                                  QSettings.Format.IniFormat)
        self.w = w = MainWindow(settings=self.settings, model_folders=[SHIPPED_MODELS_DIR])
        w._test_rng = np.random.default_rng(seed)
        w.resize(1280, 800)
        w.show()
        self._loop = None
        w.runner.inference_failed.connect(lambda m: self.errors.append(f"live: {m}"))
        w.tasks.task_failed.connect(lambda j, m: self.errors.append(f"task: {m}"))
        # After the window's own slots, so the condition sees what they did.
        for signal in (w.runner.models_loaded, w.runner.reconstruction_ready,
                       w.runner.inference_failed):
            signal.connect(self._poke)
        self.wait_for(lambda: bool(w.infos), "models loaded")
        self.jobs_done = 0

    # ------------------------------------------------------------ event loop
    def wait_for(self, condition, what: str) -> bool:
        """Run a real event loop until ``condition()`` holds.

        The condition is checked whenever a worker's answer has been handled (the
        signals connected to :meth:`_poke`), so no time is lost polling.
        """
        from PySide6.QtCore import QEventLoop, QTimer

        if condition():
            return True
        self._condition, self._loop = condition, QEventLoop()
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(self._loop.quit)
        timer.start(TIMEOUT_MS)
        self._loop.exec()
        self._loop = None
        if not condition():
            self.errors.append(f"timed out waiting for {what}")
            return False
        return True

    def _poke(self, *_args) -> None:
        if self._loop is not None and self._condition():
            self._loop.quit()

    def settle_live(self) -> None:
        w = self.w
        self.wait_for(lambda: not w.runner.busy and w.last_result is not None
                      and w.last_result.request_id == w.runner._next_id, "a live result")

    # ----------------------------------------------------------- live phase
    def point(self, widget, margin=0.1):
        from PySide6.QtCore import QPoint

        x, y = self.rng.uniform(margin, 1 - margin, 2)
        return QPoint(int(x * widget.width()), int(y * widget.height()))

    def live_action(self) -> None:
        """One user event that sends one or more live requests."""
        from PySide6.QtTest import QTest

        Qt, w, r = self.Qt, self.w, self.rng.random()
        c = w.canvas
        left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        if r < 0.75:  # a stroke: press, a few moves, release; one request per event
            button = Qt.MouseButton.RightButton if self.rng.random() < 0.1 else left
            QTest.mousePress(c, button, none, p := self.point(c))
            self.settle_live()
            for _ in range(int(self.rng.integers(3, 12))):
                QTest.mouseMove(c, p := self.point(c))
                self.settle_live()
            QTest.mouseRelease(c, button, none, p)
        elif r < 0.80:
            w.undo_button.click()
        elif r < 0.84:
            w.clear_button.click()
        elif r < 0.90:
            w.random_button.click()
        elif r < 0.94:
            QTest.keyClick(w.noise_panel.amount, Qt.Key.Key_PageUp if self.rng.random() < 0.6
                           else Qt.Key.Key_Home)
        elif r < 0.96:
            QTest.keyClick(w.noise_panel.kind, Qt.Key.Key_Down if self.rng.random() < 0.5
                           else Qt.Key.Key_Up)
        elif r < 0.98:
            w.noise_panel.new_noise.click()
        else:  # hide or show one model
            item = w.model_list.item(int(self.rng.integers(w.model_list.count())))
            item.setCheckState(Qt.CheckState.Unchecked if item.checkState()
                               == Qt.CheckState.Checked else Qt.CheckState.Checked)
        self.settle_live()

    def live(self, n_requests: int, report_every: int = 0, done: int = 0) -> int:
        """Send live requests until ``n_requests`` more have been computed."""
        start = self.w.runner._next_id - done  # ``done``: already counted in this phase
        next_report = done + report_every
        while self.w.runner._next_id - start < done + n_requests and len(self.errors) < 20:
            self.live_action()
            if report_every and self.w.runner._next_id - start >= next_report:
                next_report += report_every
                gc.collect()
                print(f"  {self.w.runner._next_id - start:6d} requests: RSS {rss_mb():.1f} MB",
                      flush=True)
        return self.w.runner._next_id - start - done

    # ------------------------------------------------------- explorer phase
    def open_explorer(self) -> None:
        w = self.w
        first = w.explorer is None
        w.latent_action.trigger()
        e = w.explorer
        if first:
            e.tasks.task_done.connect(self._on_job_done)
            e.tasks.task_failed.connect(lambda j, m: self.errors.append(f"explorer: {m}"))
            e.tasks.task_done.connect(self._poke)
            e.tasks.task_failed.connect(self._poke)
        self.settle_live()
        self.settle_explorer()

    def _on_job_done(self, _job: int, _result) -> None:
        self.jobs_done += 1

    def settle_explorer(self) -> None:
        e = self.w.explorer
        self.wait_for(lambda: e.pending_jobs() == 0, "explorer jobs")

    def explorer_action(self) -> None:
        from PySide6.QtTest import QTest

        Qt, w, e, r = self.Qt, self.w, self.w.explorer, self.rng.random()
        col = e.columns[int(self.rng.integers(2))]
        if r < 0.45:  # cursor decode: click the plane
            vp = col.view.viewport()
            QTest.mouseClick(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                             self.point(vp, 0.25))
        elif r < 0.65:  # canvas marker: a new digit on the canvas
            w.random_button.click()
            self.settle_live()
        elif r < 0.80:  # interpolation
            e.interpolation.steps.setValue(int(self.rng.integers(4, 16)))
        elif r < 0.92:  # grids
            e.resolution.setValue(int(self.rng.choice([12, 16, 20, 24])))
        else:  # plane: another model in this column
            names = list(w.infos)
            col.model.setCurrentText(names[int(self.rng.integers(len(names)))])
        self.settle_explorer()

    def explorer(self, n_jobs: int, report_every: int = 0, done: int = 0) -> int:
        """Run explorer actions until ``n_jobs`` more jobs have answered."""
        start = self.jobs_done - done
        next_report = self.jobs_done + report_every
        while self.jobs_done - start < done + n_jobs and len(self.errors) < 20:
            self.explorer_action()
            if report_every and self.jobs_done >= next_report:
                next_report += report_every
                gc.collect()
                print(f"  {self.jobs_done - start:5d} jobs: RSS {rss_mb():.1f} MB, "
                      f"cache {self.cache_mb():.1f} MB", flush=True)
        return self.jobs_done - start - done

    def cache_mb(self) -> float:
        """Size of the explorer's latent cache (read on its own thread, as the app does)."""
        e, out = self.w.explorer, {}

        def size() -> float:
            c = e._cache
            arrays = [*c._codes.values(), *c._grids.values()]
            return sum(a.nbytes for a in arrays) / 2**20

        def on_done(j: int, r) -> None:
            out[j] = r
            self._poke()

        e.tasks.task_done.connect(on_done)
        job = e.tasks.submit(size)
        self.wait_for(lambda: job in out, "cache size")
        e.tasks.task_done.disconnect(on_done)
        self.jobs_done -= 1  # a measurement, not one of the soak's jobs
        return out.get(job, float("nan"))

    def close(self) -> list[str]:
        from ae_desktop.workers.threads import running_threads

        self.w.close()
        return running_threads()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--requests", type=int, default=20_000)
    ap.add_argument("--jobs", type=int, default=500)
    ap.add_argument("--warmup-requests", type=int, default=1_000)
    ap.add_argument("--warmup-jobs", type=int, default=300,
                    help="enough for the grid cache (33 grids at most) to fill")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--report-every", type=int, default=100,
                    help="print RSS every N explorer jobs (and every 50 N live requests)")
    args = ap.parse_args()

    t0 = time.perf_counter()
    s = Soak(args.seed)
    print(f"{len(s.w.infos)} models; warm-up: {args.warmup_requests} live requests, "
          f"every model's plane, {args.warmup_jobs} explorer jobs", flush=True)
    s.live(args.warmup_requests)
    s.open_explorer()
    for name in s.w.infos:  # every model's codes and plane, once
        for col in s.w.explorer.columns:
            col.model.setCurrentText(name)
            s.settle_explorer()
    s.explorer(args.warmup_jobs)
    s.w.explorer.close()  # the live phase runs without it, as most use would
    gc.collect()
    before = rss_mb()
    t1 = time.perf_counter()
    print(f"warm-up done in {t1 - t0:.0f} s, RSS {before:.1f} MB", flush=True)

    # Each phase in two halves: a leak grows in both, a one-off step (a cache or the
    # allocator settling) only in the first.
    n_live = s.live(args.requests // 2, 50 * args.report_every)
    gc.collect()
    live_half = rss_mb()
    n_live += s.live(args.requests - n_live, 50 * args.report_every, n_live)
    t2 = time.perf_counter()
    gc.collect()
    mid = rss_mb()
    print(f"{n_live:,} live requests in {t2 - t1:.0f} s "
          f"({(t2 - t1) / max(n_live, 1) * 1000:.1f} ms each, all computed: "
          f"{s.w.runner.dropped} superseded); RSS {mid:.1f} MB", flush=True)
    s.open_explorer()
    n_jobs = s.explorer(args.jobs // 2, args.report_every)
    gc.collect()
    jobs_half = rss_mb()
    n_jobs += s.explorer(args.jobs - n_jobs, args.report_every, n_jobs)
    t3 = time.perf_counter()
    print(f"{n_jobs} explorer jobs in {t3 - t2:.0f} s; superseded: "
          f"{s.w.explorer.tasks.superseded}", flush=True)
    gc.collect()
    after = rss_mb()
    left = s.close()
    errors = s.errors + [f"Qt warning: {m}" for m in s.warnings]
    if left:
        errors.append(f"threads left running: {left}")
    print(f"memory: RSS {before:.1f} MB after warm-up, {after:.1f} MB at the end: "
          f"growth {after - before:+.1f} MB (target < 20 MB)")
    print(f"  second halves: live requests {mid - live_half:+.1f} MB, explorer jobs "
          f"{after - jobs_half:+.1f} MB (a leak would grow here too)")
    print(f"errors: {len(errors)} (target 0)")
    for err in errors[:10]:
        print(f"  {err}")
    print(f"time: {time.perf_counter() - t0:.0f} s in all")
    sys.exit(1 if errors or after - before >= 20 else 0)


if __name__ == "__main__":
    main()
