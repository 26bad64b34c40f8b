"""UI latency: from a mouse event on the canvas to every pane showing its result.

Replays a recorded-style stroke of ~200 mouse-move events (at 60 and at 125
events/s) through the real main window (offscreen) with every shipped model
shown, and measures, per event, the time until all model panes have painted the result for
that event or a newer one (paint events observed with an event filter).
Prints p50 / p95 / max, then start-up times measured in a fresh process.

    python benchmarks/ui_latency.py [--events 200] [--interval-ms 16 --interval-ms 8]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402


def stroke_points(n: int) -> list[tuple[float, float]]:
    """A '2'-like path: an arc, a diagonal, a base line; ``n`` points, in [0, 1]."""
    t = np.linspace(0, 1, n)
    pts = []
    for u in t:
        if u < 0.45:  # top arc
            a = np.pi * (1.1 - 1.3 * u / 0.45)
            pts.append((0.5 + 0.22 * np.cos(a), 0.35 - 0.15 * np.sin(a)))
        elif u < 0.8:  # diagonal down-left
            v = (u - 0.45) / 0.35
            pts.append((0.64 - 0.36 * v, 0.42 + 0.36 * v))
        else:  # base line
            v = (u - 0.8) / 0.2
            pts.append((0.28 + 0.46 * v, 0.78))
    return pts


def replay(n_events: int, interval_ms: float) -> dict:
    from PySide6.QtCore import (
        QElapsedTimer,
        QEvent,
        QEventLoop,
        QObject,
        QPoint,
        QSettings,
        Qt,
        QTimer,
    )
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from ae_desktop.core.compute import runtime
    from ae_desktop.ui.main_window import MainWindow

    _app = QApplication.instance() or QApplication([])  # keep a reference

    def spin(ms: int) -> None:
        # A real event loop, as in the app: QTest.qWait keeps the GIL and would
        # starve the inference thread, measuring the harness instead of the app.
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    runtime.limit_threads(1)
    # A throw-away file: QSettings saves atomically (write + rename), so pointing it at
    # os.devnull would replace /dev/null with a regular file.
    settings = QSettings(os.path.join(tempfile.mkdtemp(), "s.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings=settings)
    w.resize(1280, 800)
    w.show()
    clock = QElapsedTimer()
    clock.start()
    while not w.infos and clock.elapsed() < 60000:
        spin(20)
    # Warm up every model (first calls allocate).
    for _ in range(3):
        w.random_digit()
        spin(100)
    w.canvas.clear()
    spin(200)

    sent_at: dict[int, float] = {}  # request id → time the event was sent
    shown_at: dict[int, float] = {}  # request id → time its result was on screen

    # "On screen" = every visible model pane has painted the new image, in the event
    # loop's own paint pass (forcing a repaint from Python here would hold the GIL and
    # measure the harness, not the app).
    views = [p.view for p in w.panes.visible_model_panes()]
    latest = {"id": -1}
    painted: dict[int, int] = {}

    class PaintWatcher(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Paint and latest["id"] >= 0:
                painted[id(obj)] = latest["id"]
                rid = min(painted.get(id(v), -1) for v in views)
                if rid >= 0 and rid not in shown_at:
                    shown_at[rid] = time.perf_counter()
            return False

    watcher = PaintWatcher()
    for v in views:
        v.installEventFilter(watcher)

    def on_result(result) -> None:
        latest["id"] = result.request_id  # the panes now hold this result's images

    w.runner.reconstruction_ready.connect(on_result)  # after the window's own slot
    pts = [QPoint(int(x * w.canvas.width()), int(y * w.canvas.height()))
           for x, y in stroke_points(n_events)]
    QTest.mousePress(w.canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pts[0])
    state = {"i": 1}

    def send() -> None:
        i = state["i"]
        if i >= len(pts):
            timer.stop()
            return
        t = time.perf_counter()
        QTest.mouseMove(w.canvas, pts[i])
        sent_at[w.runner._next_id] = t
        state["i"] = i + 1

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(send)
    timer.start(int(interval_ms))
    last = None
    while clock.elapsed() < 120000:
        spin(5)
        if state["i"] >= len(pts) and sent_at:
            last = max(sent_at)
            if last in shown_at:
                break
    QTest.mouseRelease(w.canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       pts[-1])
    shown_ids = sorted(shown_at)
    latencies = []
    for rid, t_sent in sent_at.items():
        # The first result on screen for this request or a newer one.
        later = [shown_at[s] for s in shown_ids if s >= rid]
        if later:
            latencies.append((min(later) - t_sent) * 1000)
    n_models = len(w.shown_models())
    dropped = w.runner.dropped
    w.close()
    lat = np.array(latencies)
    return {"events": len(sent_at), "models": n_models, "results_shown": len(shown_at),
            "superseded": dropped, "p50_ms": float(np.percentile(lat, 50)),
            "p95_ms": float(np.percentile(lat, 95)), "max_ms": float(lat.max())}


STARTUP_CHILD = r"""
import os, sys, time, json
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QSettings, QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from ae_desktop.core.compute import runtime
app = QApplication([])
def spin(ms):
    loop = QEventLoop(); QTimer.singleShot(ms, loop.quit); loop.exec()
runtime.limit_threads(1)
from ae_desktop.ui.main_window import MainWindow
import tempfile
w = MainWindow(settings=QSettings(os.path.join(tempfile.mkdtemp(), "s.ini"),
                                  QSettings.Format.IniFormat))
w.show()
QCoreApplication.processEvents()
shown = time.time()
while not w.infos:
    spin(5)
w.random_digit()
while w.last_result is None or not w.last_result.answers:
    spin(2)
first = time.time()
w.close()
print(json.dumps({"shown": shown, "first": first}))
"""


def startup() -> dict:
    t0 = time.time()
    out = subprocess.run([sys.executable, "-c", STARTUP_CHILD], capture_output=True, text=True,
                         check=True)
    marks = json.loads(out.stdout.strip().splitlines()[-1])
    return {"window_shown_s": marks["shown"] - t0, "first_reconstruction_s": marks["first"] - t0}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--events", type=int, default=200)
    ap.add_argument("--interval-ms", type=float, action="append",
                    help="time between mouse events (repeatable; default: 16 and 8, i.e. "
                    "60 and 125 events/s)")
    args = ap.parse_args()
    for interval in args.interval_ms or [16.0, 8.0]:
        r = replay(args.events, interval)
        print(f"stroke of {r['events']} events every {interval:g} ms, {r['models']} models "
              f"shown; {r['results_shown']} results shown, {r['superseded']} requests superseded")
        print(f"  event -> all panes updated: p50 {r['p50_ms']:.1f} ms, p95 {r['p95_ms']:.1f} ms, "
              f"max {r['max_ms']:.1f} ms   (target p95 <= 16 ms)", flush=True)
    s = startup()
    print(f"launch -> window shown: {s['window_shown_s']:.2f} s; launch -> first "
          f"reconstruction: {s['first_reconstruction_s']:.2f} s")


if __name__ == "__main__":
    main()
