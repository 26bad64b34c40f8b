"""Soak: 20,000 live requests and 500 latent-explorer jobs through the real window.

Drives the real main window (offscreen, every shipped model) with real mouse and key
events: strokes on the canvas, undo/clear, random test digits, noise type/amount/seed,
model toggles. Each event goes through the app's own request path (canvas →
``MainWindow.request_update`` → ``EngineClient`` → the engine process, one torch thread
per lane), and the soak waits for that request's result before the next event, so every
request is computed (none superseded). Then the latent explorer runs 500 jobs of every kind:
plane (switching a column's model), grid (resolution), cursor decode (a click on a
plane), canvas marker (a new digit on the canvas) and interpolation (steps).

Prints the resident memory (VmRSS of /proc/<pid>/status) of both processes, the GUI
and the engine (which holds the models and the latent cache), after a warm-up that runs
the same mix (every model's plane once, and enough explorer jobs for the engine's latent
cache's bounded grid store to fill), along the way, and at the end; the number of errors
(failed requests or jobs, an engine that died, Python exceptions, Qt warnings, threads
or the engine process left running) and the time taken. Targets: growth < 20 MB in each
process, 0 errors. Exits 1 when a target is missed.

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


def rss_mb(pid: int | str | None = "self") -> float:
    """Resident set size of a process (Linux /proc), MB; NaN if there is none."""
    if pid is None:
        return float("nan")
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


class Soak:
    def __init__(self, seed: int) -> None:
        from PySide6.QtCore import QSettings, Qt, QtMsgType, qInstallMessageHandler
        from PySide6.QtWidgets import QApplication

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
        self.settings = QSettings(os.path.join(tempfile.mkdtemp(), "s.ini"),
                                  QSettings.Format.IniFormat)
        self.w = w = MainWindow(settings=self.settings, model_folders=[SHIPPED_MODELS_DIR])
        w._test_rng = np.random.default_rng(seed)
        w.resize(1280, 800)
        w.show()
        self._loop = None
        eng = w.engine
        eng.live_failed.connect(lambda m: self.errors.append(f"live: {m}"))
        eng.job_failed.connect(lambda j, m: self.errors.append(f"job {j}: {m}"))
        eng.engine_died.connect(lambda m: self.errors.append(f"engine died: {m}"))
        # After the window's own slots, so the condition sees what they did (the job
        # signals are connected once the explorer, which also handles them, exists).
        for signal in (eng.models_loaded, eng.reconstruction_ready, eng.live_failed,
                       eng.engine_died):
            signal.connect(self._poke)
        self.wait_for(lambda: bool(w.infos) and w.engine.engine_pid is not None,
                      "models loaded")
        self.engine_pid = w.engine.engine_pid
        self.jobs_done = 0
        self._explorer_jobs: set[int] = set()  # ids the explorer submitted, unanswered

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
        self.wait_for(lambda: not w.engine.live_busy and w.last_result is not None
                      and w.last_result.request_id == w.engine._next_request_id,
                      "a live result")

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
        start = self.w.engine._next_request_id - done  # ``done``: already counted in this phase
        next_report = done + report_every
        while self.w.engine._next_request_id - start < done + n_requests and len(self.errors) < 20:
            self.live_action()
            if report_every and self.w.engine._next_request_id - start >= next_report:
                next_report += report_every
                gc.collect()
                print(f"  {self.w.engine._next_request_id - start:6d} requests: "
                      f"{self.rss_report()}", flush=True)
        return self.w.engine._next_request_id - start - done

    # ------------------------------------------------------- explorer phase
    def open_explorer(self) -> None:
        w = self.w
        first = w.explorer is None
        w.latent_action.trigger()
        e = w.explorer
        if first:
            submit = e._submit

            def recording_submit(*args, **kwargs) -> int:
                job = submit(*args, **kwargs)
                self._explorer_jobs.add(job)
                return job

            e._submit = recording_submit  # count the explorer's jobs, not the window's
            # After the explorer's own slots, so pending_jobs() has seen the answer.
            w.engine.job_done.connect(self._on_job_done)
            w.engine.job_done.connect(self._poke)
            w.engine.job_failed.connect(self._poke)
        self.settle_live()
        self.settle_explorer()

    def _on_job_done(self, job: int, _result) -> None:
        if job in self._explorer_jobs:
            self._explorer_jobs.discard(job)
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
                print(f"  {self.jobs_done - start:5d} jobs: {self.rss_report()}", flush=True)
        return self.jobs_done - start - done

    def rss(self) -> tuple[float, float]:
        """(GUI, engine) resident memory, MB; the engine is the process that loaded
        the models (NaN once it has died: a restarted engine is not the same process)."""
        pid = self.w.engine.engine_pid
        return rss_mb(), rss_mb(pid if pid == self.engine_pid else None)

    def rss_report(self) -> str:
        gui, engine = self.rss()
        return f"RSS GUI {gui:.1f} MB, engine {engine:.1f} MB"

    def close(self) -> list[str]:
        from ae_desktop.workers.threads import running_threads

        self.w.close()
        left = running_threads()
        if self.engine_pid is not None and os.path.exists(f"/proc/{self.engine_pid}"):
            with open(f"/proc/{self.engine_pid}/stat") as fh:  # a zombie has ended
                if fh.read().rsplit(")", 1)[1].split()[0] != "Z":
                    left.append(f"engine process {self.engine_pid}")
        return left


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
    before, e_before = s.rss()
    t1 = time.perf_counter()
    print(f"warm-up done in {t1 - t0:.0f} s, {s.rss_report()} "
          f"(engine pid {s.engine_pid})", flush=True)

    # Each phase in two halves: a leak grows in both, a one-off step (a cache or the
    # allocator settling) only in the first.
    n_live = s.live(args.requests // 2, 50 * args.report_every)
    gc.collect()
    live_half, e_live_half = s.rss()
    n_live += s.live(args.requests - n_live, 50 * args.report_every, n_live)
    t2 = time.perf_counter()
    gc.collect()
    mid, e_mid = s.rss()
    print(f"{n_live:,} live requests in {t2 - t1:.0f} s "
          f"({(t2 - t1) / max(n_live, 1) * 1000:.1f} ms each, all computed: "
          f"{s.w.engine.live_dropped} superseded); {s.rss_report()}", flush=True)
    s.open_explorer()
    n_jobs = s.explorer(args.jobs // 2, args.report_every)
    gc.collect()
    jobs_half, e_jobs_half = s.rss()
    n_jobs += s.explorer(args.jobs - n_jobs, args.report_every, n_jobs)
    t3 = time.perf_counter()
    print(f"{n_jobs} explorer jobs in {t3 - t2:.0f} s; superseded: "
          f"{s.w.engine._jobs.dropped} never sent, {s.w.engine.jobs_stale} answers "
          f"not delivered (all jobs)", flush=True)
    gc.collect()
    after, e_after = s.rss()
    left = s.close()
    errors = s.errors + [f"Qt warning: {m}" for m in s.warnings]
    if left:
        errors.append(f"threads left running: {left}")
    for name, b, a, lh, m, jh in (("GUI", before, after, live_half, mid, jobs_half),
                                  ("engine", e_before, e_after, e_live_half, e_mid,
                                   e_jobs_half)):
        print(f"memory, {name}: RSS {b:.1f} MB after warm-up, {a:.1f} MB at the end: "
              f"growth {a - b:+.1f} MB (target < 20 MB)")
        print(f"  second halves: live requests {m - lh:+.1f} MB, explorer jobs "
              f"{a - jh:+.1f} MB (a leak would grow here too)")
    print(f"errors: {len(errors)} (target 0)")
    for err in errors[:10]:
        print(f"  {err}")
    print(f"time: {time.perf_counter() - t0:.0f} s in all")
    grown = not (after - before < 20 and e_after - e_before < 20)  # NaN: missed
    sys.exit(1 if errors or grown else 0)


if __name__ == "__main__":
    main()
