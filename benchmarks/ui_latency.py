"""UI latency, start-up and memory of the real app path (MainWindow + its engine process).

Every figure is the median of ``--runs`` runs (default 3); each run's value is printed
beside it, with the 1-minute load average (the machine may be shared).

1. **Live latency.**  A recorded-style '2' stroke of ``--events`` mouse-move events
   (default 200) is injected into the canvas of a real :class:`MainWindow` (offscreen,
   the shipped models, all shown) as real mouse events (``QTest.mouseMove`` with the
   left button held), at 60 and at 125 events/s.  Each event is timed from the moment it
   was due (a real mouse event waits in the queue while the GUI thread is busy) to the
   first moment every pane in view (Original, Model input, the model panes; a pane
   scrolled out of the panes' viewport does not paint, and the report says how many were
   in view) has *painted* a result whose request was submitted at or after that event
   (paint events seen by an event filter).  The engine is latest-wins: requests made while
   one is in flight are replaced by newer ones and never computed, so an event is shown by
   the first newer request that is.  Measuring starts once the idle work the window queues
   after a load (each model's test-set errors) has finished.  A breakdown (GUI event
   handling, waiting behind the request in flight, pipes, engine compute, delivery to the
   window, paint) and the CPU each process used say where the time goes.
1b. **With the layer activations view open** (View → Layer activations, focused on
   ``conv_2d``: 12 panels, 90,162 values per answer), the same stroke at the first rate, each
   run interleaved with one with the view closed: the panes' latency measured as above,
   and the view's own, from the event to the first paint of its input panel showing an
   answer whose live request was made at or after the event (the view sends the model
   input of each live result it receives as one engine job, one at a time).
2. **The same at 60 events/s while the background lane works**: on a fresh engine
   (nothing cached) ``EncodeTestSet(model)`` is submitted for every model when the
   stroke starts (encoding the 10,000 test digits each); if those finish before the
   stroke does, ``EncodeTestSet(model, limit=10000)`` (never cached) keeps the lane busy.
3. **Start-up**, in a fresh process launched like ``python -m ae_desktop`` (the real
   ``cli.main`` → ``run_gui`` path, offscreen, a throw-away settings folder): from just
   before the process is started to the window's first paint, and to the first
   reconstruction painted after a test digit is put on the canvas as soon as the models
   are loaded.
4. **Memory**: VmRSS of the GUI process and of the engine process after the models are
   loaded and strokes drawn, and again after the latent explorer has opened and finished
   its jobs.

    python benchmarks/ui_latency.py [--runs 3] [--events 200] [--rates 60 125]
                                    [--only live,activations,background,startup,memory]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
TARGET_P95_MS = 16.0
SECTIONS = ("live", "activations", "background", "startup", "memory")
ACTIVATIONS_MODEL = "conv_2d"  # the largest answer of the layer-activations view (12 panels)


# ---------------------------------------------------------------------- helpers
def load1() -> float:
    return os.getloadavg()[0]


def loadavg_text() -> str:
    a, b, c = os.getloadavg()
    return f"{a:.2f} / {b:.2f} / {c:.2f}"


def rss_mb(pid: int | str = "self") -> float | None:
    """VmRSS of ``pid`` in MB (10^6 bytes), from /proc (Linux only)."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024 / 1e6
    except OSError:
        return None
    return None


def cpu_s(pid: int | str = "self") -> float | None:
    """User + system CPU seconds of ``pid`` so far, from /proc (Linux only)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


def pct(values, q: float) -> float:
    return float(np.percentile(np.asarray(values, float), q)) if len(values) else float("nan")


def med(values) -> float:
    return float(np.median(values)) if len(values) else float("nan")


def runs_text(values, fmt: str = "{:.1f}") -> str:
    return " / ".join(fmt.format(v) for v in values)


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


# ------------------------------------------------------------- the window harness
class Harness:
    """A MainWindow with the shipped models, instrumented without changing what it does.

    Hooks (all observe, none replace the app's work):
    - ``engine.submit`` / ``engine._send`` are wrapped to note when each live request was
      made and when it left the client's latest-wins queue for the sender thread;
    - a direct connection on the connection thread's ``reply`` signal notes when each
      reply arrived from the engine's pipe (and the engine's own ``compute_s``);
    - a slot connected after the window's own one notes when the window had handled a
      result (panes updated), and an event filter on the panes notes their paints.
    """

    def __init__(self) -> None:
        from PySide6.QtCore import QEvent, QObject, QSettings
        from PySide6.QtWidgets import QApplication

        from ae_desktop.core.live.records import LiveRequest, LiveResult
        from ae_desktop.core.store.paths import SHIPPED_MODELS_DIR
        from ae_desktop.engine.protocol import JobDone, JobFailed
        from ae_desktop.ui.main_window import MainWindow

        self.app = QApplication.instance() or QApplication([])
        # A throw-away file: QSettings saves atomically (write + rename), so pointing it
        # at os.devnull would replace /dev/null with a regular file.
        settings = QSettings(os.path.join(tempfile.mkdtemp(), "s.ini"),
                             QSettings.Format.IniFormat)
        t0 = time.perf_counter()
        self.w = w = MainWindow(settings=settings, model_folders=[SHIPPED_MODELS_DIR])
        w.resize(1280, 800)
        w.show()
        self.req: dict[int, dict] = {}  # request id → timestamps (perf_counter)
        self.jobs: dict[int, dict] = {}  # job id → timestamps
        self.latest = -1  # request id of the result the panes hold
        self.painted: dict[int, int] = {}
        self.shown_at: dict[int, float] = {}  # request id → all panes painted it (or newer)
        self.views: list = []
        self.in_view: list = []
        self.in_view_counts: list[int] = []
        self.show_result_s: list[float] = []
        self.strokes = 0

        orig_submit, orig_send = w.engine.submit, w.engine._send

        def submit(request) -> None:
            self.req.setdefault(request.request_id, {})["submit"] = time.perf_counter()
            orig_submit(request)

        def send(msg) -> None:
            if isinstance(msg, LiveRequest):
                self.req.setdefault(msg.request_id, {})["outbox"] = time.perf_counter()
            orig_send(msg)

        w.engine.submit = submit
        w.engine._send = send

        def on_reply(msg) -> None:  # on the connection thread, just read from the pipe
            now = time.perf_counter()
            if isinstance(msg, LiveResult):
                self.req.setdefault(msg.request_id, {}).update(recv=now, compute=msg.compute_s)
            elif isinstance(msg, JobDone | JobFailed):
                d = self.jobs.setdefault(msg.job_id, {})
                d.update(recv=now, compute=getattr(msg, "compute_s", 0.0),
                         failed=isinstance(msg, JobFailed))

        # The connection thread passes every reply to import_arrays right after reading it
        # and before emitting it (a signal slot would run after the queued delivery).
        import ae_desktop.engine.client as client_module

        if not hasattr(client_module, "_bench_hooks"):
            client_module._bench_hooks = []
            orig_import = client_module.import_arrays

            def import_arrays(msg):
                for hook in client_module._bench_hooks:
                    hook(msg)
                return orig_import(msg)

            client_module.import_arrays = import_arrays
        client_module._bench_hooks[:] = [on_reply]

        orig_show_result = w.panes.show_result

        def show_result(result) -> None:
            t = time.perf_counter()
            orig_show_result(result)
            self.show_result_s.append(time.perf_counter() - t)

        w.panes.show_result = show_result

        def on_result(result) -> None:  # connected after the window's own slot
            self.req.setdefault(result.request_id, {})["delivered"] = time.perf_counter()
            self.latest = result.request_id
            self.in_view = [v for v in self.views if not v.visibleRegion().isEmpty()]
            self.in_view_counts.append(len(self.in_view))

        w.engine.reconstruction_ready.connect(on_result)

        harness = self

        class PaintWatcher(QObject):
            def eventFilter(self, obj, event):  # noqa: N802 - Qt override
                if event.type() == QEvent.Type.Paint and harness.latest >= 0:
                    harness.painted[id(obj)] = harness.latest
                    rid = min((harness.painted.get(id(v), -1) for v in harness.in_view),
                              default=-1)
                    if rid >= 0 and rid not in harness.shown_at:
                        harness.shown_at[rid] = time.perf_counter()
                return False

        self._watcher = PaintWatcher()
        self.wait_until(lambda: bool(w.infos), 120)
        self.models_s = time.perf_counter() - t0
        if not w.infos:
            raise SystemExit("the models did not load within 120 s")
        # After a load the window queues idle work on the background lane (each model's
        # test-set errors): wait for it, so only what a section runs competes with the
        # live lane.
        t = time.perf_counter()
        self.wait_until(self.jobs_idle, 600)
        self.idle_work_s = time.perf_counter() - t
        panes = [w.panes.original, w.panes.model_input, *w.panes.visible_model_panes()]
        self.views = [p.view for p in panes]
        for v in self.views:
            v.installEventFilter(self._watcher)
        # A pane outside the panes' scroll area never paints: "all panes updated" means
        # every pane in view at the time (checked per result), and the report says how
        # many were.  Wait for the layout to settle first.
        self.wait_until(lambda: not self.hidden_panes(panes), 2)
        hidden = self.hidden_panes(panes)
        self.layout_note = ""
        if hidden:
            viewport = w.panes.parentWidget()
            self.layout_note = (
                f"NOTE: at the window's default size ({w.width()}x{w.height()}) the panes "
                f"{', '.join(hidden)} lie outside the panes' scroll area (pane grid "
                f"{w.panes.width()}x{w.panes.height()} px, {w.panes._columns} columns, "
                f"viewport {viewport.width()}x{viewport.height()} px): they do not paint until "
                "scrolled to, so only the panes in view are waited for")
        self.in_view = [v for v in self.views if not v.visibleRegion().isEmpty()]

    @staticmethod
    def hidden_panes(panes) -> list[str]:
        return [p.key for p in panes if p.view.visibleRegion().isEmpty()]

    # -- event loop ------------------------------------------------------------------
    def wait_until(self, pred, timeout_s: float) -> bool:
        """Run the event loop (as the app does) until ``pred()`` or the timeout."""
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        end = time.perf_counter() + timeout_s
        timer = QTimer()
        timer.setInterval(5)

        def check() -> None:
            if pred() or time.perf_counter() >= end:
                loop.quit()

        timer.timeout.connect(check)
        timer.start()
        if not pred():
            loop.exec()
        timer.stop()
        return bool(pred())

    def jobs_idle(self) -> bool:
        """No background job in flight (the client's latest-wins queue is empty)."""
        return not self.w.engine._jobs.in_flight()

    def idle(self) -> bool:
        return not self.w.engine.live_busy

    def settle(self) -> None:
        self.wait_until(self.idle, 30)
        self.wait_until(lambda: False, 0.15)
        self.wait_until(self.idle, 30)

    def warm_up(self) -> None:
        for _ in range(3):
            self.w.random_digit()
            self.settle()
        self.stroke(60, 40)  # the live path's first calls allocate
        self.w.canvas.clear()
        self.settle()

    # -- a stroke ------------------------------------------------------------------------
    def stroke(self, rate: float, n_events: int, during=None) -> dict:
        """Replay ``n_events`` mouse moves at ``rate`` events/s; per-event latencies."""
        from PySide6.QtCore import QPoint, Qt, QTimer
        from PySide6.QtTest import QTest

        w = self.w
        w.canvas.clear()
        self.settle()
        self.shown_at.clear()
        dropped0 = w.engine.live_dropped
        self.strokes += 1
        n_show = len(self.show_result_s)
        self.in_view_counts.clear()
        load = load1()
        pts = [QPoint(int(x * w.canvas.width()), int(y * w.canvas.height()))
               for x, y in stroke_points(n_events + 1)]
        events: list[dict] = []  # due, injected, handled, request id
        period = 1.0 / rate
        state = {"i": 0, "start": 0.0}
        timer = QTimer()
        timer.setSingleShot(True)
        timer.setTimerType(Qt.TimerType.PreciseTimer)

        def send() -> None:
            i = state["i"]
            due = state["start"] + i * period
            before = w.engine._next_request_id
            t = time.perf_counter()
            QTest.mouseMove(w.canvas, pts[i + 1])
            handled = time.perf_counter()
            rid = w.engine._next_request_id
            events.append({"due": due, "injected": t, "handled": handled,
                           "rid": rid if rid == before + 1 else None})
            state["i"] = i + 1
            if during is not None:
                during(handled)
            if state["i"] < n_events:
                nxt = state["start"] + state["i"] * period
                timer.start(max(0, round((nxt - time.perf_counter()) * 1000)))

        timer.timeout.connect(send)
        engine_pid = w.engine.engine_pid
        cpu0 = (time.perf_counter(), time.thread_time(), cpu_s(), cpu_s(engine_pid))
        QTest.mousePress(w.canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         pts[0])
        state["start"] = time.perf_counter() + period
        timer.start(round(period * 1000))

        def done() -> bool:
            if state["i"] < n_events:
                return False
            last = events[-1]["rid"]
            return last is None or any(s >= last for s in self.shown_at)

        self.wait_until(done, 120)
        t_end = time.perf_counter()
        cpu1 = (t_end, time.thread_time(), cpu_s(), cpu_s(engine_pid))
        wall = cpu1[0] - cpu0[0]
        cores = [None if a is None or b is None else (b - a) / wall
                 for a, b in zip(cpu0[1:], cpu1[1:], strict=True)]
        QTest.mouseRelease(w.canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                           pts[-1])
        shown = sorted(self.shown_at.items())
        latencies, injected_lat, unmatched = [], [], 0
        for e in events:
            rid = e["rid"]
            later = [t for s, t in shown if rid is not None and s >= rid]
            if not later:
                unmatched += 1
                continue
            latencies.append((later[0] - e["due"]) * 1000)
            injected_lat.append((later[0] - e["injected"]) * 1000)
        rids = {e["rid"] for e in events if e["rid"] is not None}
        stages = self._stages(rids)
        duration = events[-1]["injected"] - events[0]["injected"] if len(events) > 1 else 0.0
        result = {
            "events": len(events), "rate": (len(events) - 1) / duration if duration else 0.0,
            "models": len(w.shown_models()), "results_shown": len(shown),
            "computed": len(stages["compute"]), "superseded": w.engine.live_dropped - dropped0,
            "unmatched": unmatched, "load1": load,
            "start": state["start"], "end": t_end,
            "p50_ms": pct(latencies, 50), "p95_ms": pct(latencies, 95),
            "max_ms": max(latencies) if latencies else float("nan"),
            "p95_from_injection_ms": pct(injected_lat, 95),
            "late_ms": [(e["injected"] - e["due"]) * 1000 for e in events],
            "gui_event_ms": [(e["handled"] - e["injected"]) * 1000 for e in events],
            "stages": stages,
            "event_log": events,  # due, injected, handled, request id (per event)
            "show_result_ms": [v * 1000 for v in self.show_result_s[n_show:]],
            "panes": len(self.views),
            "cores": cores,  # GUI thread, GUI process, engine process: CPU s per s
            "in_view": (min(self.in_view_counts, default=0), max(self.in_view_counts, default=0)),
        }
        self.settle()
        return result

    def _stages(self, rids: set[int]) -> dict[str, list[float]]:
        """Per computed request of the stroke, each stage's duration in ms."""
        out: dict[str, list[float]] = {k: [] for k in (
            "parked", "pipes", "compute", "to_window", "show_result", "to_paint", "round_trip")}
        for rid in sorted(rids):
            d = self.req.get(rid, {})
            if "recv" not in d or "outbox" not in d:
                continue  # superseded: never sent
            out["parked"].append((d["outbox"] - d["submit"]) * 1000)
            out["compute"].append(d["compute"] * 1000)
            out["pipes"].append((d["recv"] - d["outbox"] - d["compute"]) * 1000)
            out["round_trip"].append((d["recv"] - d["outbox"]) * 1000)
            if "delivered" in d:
                out["to_window"].append((d["delivered"] - d["recv"]) * 1000)
                painted = [t for s, t in self.shown_at.items() if s >= rid]
                if painted:
                    out["to_paint"].append((min(painted) - d["delivered"]) * 1000)
        return out

    def close(self) -> None:
        self.w.close()
        self.w.deleteLater()
        self.wait_until(lambda: False, 0.2)


def stage_line(stages: list[dict], gui_event_ms: list[float], late_ms: list[float],
               show_result_ms: list[float]) -> str:
    def pool(key):
        return [v for s in stages for v in s[key]]

    def fig(vals):
        return f"{pct(vals, 50):.1f}/{pct(vals, 95):.1f}"

    return ("  where the time goes (p50/p95 ms, pooled over runs): event due -> injected "
            f"{fig(late_ms)}; GUI handles the event (canvas + raster + submit) "
            f"{fig(gui_event_ms)}; request parked behind the one in flight {fig(pool('parked'))}; "
            f"engine compute {fig(pool('compute'))}; pipes + engine queue (round trip - compute) "
            f"{fig(pool('pipes'))}; reply -> window slot done {fig(pool('to_window'))} "
            f"(show_result {fig(show_result_ms)}); -> panes painted {fig(pool('to_paint'))}")


def report_stroke(label: str, results: list[dict]) -> dict:
    p50s = [r["p50_ms"] for r in results]
    p95s = [r["p95_ms"] for r in results]
    maxs = [r["max_ms"] for r in results]
    r0 = results[0]
    lo = min(r["in_view"][0] for r in results)
    hi = max(r["in_view"][1] for r in results)
    in_view = f"{lo}" if lo == hi else f"{lo}-{hi}"
    print(f"{label}: stroke of {r0['events']} mouse moves, measured "
          f"{runs_text([r['rate'] for r in results], '{:.1f}')} events/s, {r0['models']} models "
          f"shown, panes in view {in_view} of {r0['panes']}; per run: results shown {runs_text([r['results_shown'] for r in results], '{}')}"
          f", requests computed {runs_text([r['computed'] for r in results], '{}')}, superseded "
          f"(never computed) {runs_text([r['superseded'] for r in results], '{}')}; "
          f"load avg (1 min) {runs_text([r['load1'] for r in results], '{:.2f}')}")
    if any(r["unmatched"] for r in results):
        print(f"  WARNING: events with no shown result: "
              f"{runs_text([r['unmatched'] for r in results], '{}')}")
    met = "met" if med(p95s) <= TARGET_P95_MS else "MISSED"
    print(f"  event -> all panes updated: p50 {med(p50s):.1f} ms, p95 {med(p95s):.1f} ms, "
          f"max {med(maxs):.1f} ms   (median of {len(results)} runs; per run p50 "
          f"{runs_text(p50s)}, p95 {runs_text(p95s)}, max {runs_text(maxs)}; target p95 <= "
          f"{TARGET_P95_MS:g} ms: {met})")
    print(f"  p95 from the event's injection instead of its due time: "
          f"{runs_text([r['p95_from_injection_ms'] for r in results])} ms")
    def cores(i):
        vals = [r["cores"][i] for r in results if r["cores"][i] is not None]
        return f"{100 * med(vals):.0f} %" if vals else "n/a"

    print(f"  CPU used during the stroke (median of runs, % of one core): GUI thread "
          f"{cores(0)}, GUI process {cores(1)}, engine process {cores(2)}")
    print(stage_line([r["stages"] for r in results],
                     [v for r in results for v in r["gui_event_ms"]],
                     [v for r in results for v in r["late_ms"]],
                     [v for r in results for v in r["show_result_ms"]]), flush=True)
    return {"p50": med(p50s), "p95": med(p95s), "max": med(maxs)}


# ------------------------------------------------------------------------ sections
def live_section(h: Harness, rates: list[float], events: int, runs: int) -> None:
    for rate in rates:
        report_stroke(f"{rate:g} events/s", [h.stroke(rate, events) for _ in range(runs)])


def activations_section(h: Harness, rate: float, events: int, runs: int) -> None:
    """The live stroke with the layer activations view closed and open, interleaved."""
    import pickle

    from PySide6.QtCore import QEvent, QObject

    w = h.w
    view, dock = w.activations_view, w.activations_dock
    model = ACTIVATIONS_MODEL if ACTIVATIONS_MODEL in w.infos else w.focused
    w.focus_model(model)
    painted: dict[int, float] = {}  # live request id of the answer shown → first paint
    answers: list = []  # (Activations, GUI seconds to put it into the panels)

    class PaintWatch(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Paint and view.activations is not None:
                painted.setdefault(view.activations.tag, time.perf_counter())
            return False

    watch = PaintWatch()
    watched: list = []
    view.shown.connect(lambda a: answers.append((a, view.render_s[-1])))

    def view_idle() -> bool:
        return view.jobs.in_flight is None

    closed, opened, act = [], [], []
    for _ in range(runs):
        dock.hide()
        h.settle()
        closed.append(h.stroke(rate, events))
        dock.show()
        w.random_digit()  # a first answer builds the panels
        h.wait_until(lambda: view.activations is not None and view.activations.model == model
                     and view_idle(), 120)
        picture = view.panels[0].picture  # the input panel: in view at the strip's left
        if picture not in watched:
            picture.installEventFilter(watch)
            watched.append(picture)
        h.settle()
        painted.clear()
        n_answers, sent0 = len(answers), view.jobs_sent
        r = h.stroke(rate, events)
        h.wait_until(view_idle, 60)
        h.wait_until(lambda: False, 0.1)
        shown = sorted(painted.items())
        lat, unmatched = [], 0
        for e in r["event_log"]:
            later = [t for tag, t in shown if e["rid"] is not None and tag >= e["rid"]]
            if later:
                lat.append((later[0] - e["due"]) * 1000)
            else:
                unmatched += 1
        got = answers[n_answers:]
        act.append({"lat": lat, "unmatched": unmatched, "sent": view.jobs_sent - sent0,
                    "shown": len(got), "compute": [a.compute_s * 1000 for a, _ in got],
                    "render": [s * 1000 for _, s in got],
                    "bytes": len(pickle.dumps(got[-1][0])) if got else 0})
        opened.append(r)
    dock.hide()
    h.settle()
    print(f"\nlayer activations view ({model}; each run: one stroke with the view closed, then "
          "one with it open):")
    report_stroke(f"{rate:g} events/s, view closed", closed)
    report_stroke(f"{rate:g} events/s, view open", opened)
    p50 = [pct(a["lat"], 50) for a in act]
    p95 = [pct(a["lat"], 95) for a in act]
    print(f"  event -> layer activations painted: p50 {med(p50):.1f} ms, p95 {med(p95):.1f} ms "
          f"(median of {len(act)} runs; per run p50 {runs_text(p50)}, p95 {runs_text(p95)}); "
          f"events with no answer painted {runs_text([a['unmatched'] for a in act], '{}')}")
    compute = [v for a in act for v in a["compute"]]
    render = [v for a in act for v in a["render"]]
    print(f"  per stroke: jobs sent {runs_text([a['sent'] for a in act], '{}')}, answers shown "
          f"{runs_text([a['shown'] for a in act], '{}')}; engine job compute p50/p95 "
          f"{pct(compute, 50):.2f}/{pct(compute, 95):.2f} ms; the view putting an answer into "
          f"its panels (GUI thread) p50/p95 {pct(render, 50):.1f}/{pct(render, 95):.1f} ms; "
          f"answer pickled {max(a['bytes'] for a in act) / 1000:.1f} KB", flush=True)


def memory_section(h: Harness, phase: str) -> None:
    pid = h.w.engine.engine_pid
    gui, eng = rss_mb(), (rss_mb(pid) if pid else None)
    torch_loaded = "torch" in sys.modules
    print(f"  GUI process RSS: {gui:.0f} MB; engine RSS: {eng:.0f} MB   ({phase}; GUI target "
          f"<= 200 MB: {'met' if gui <= 200 else 'MISSED'}; torch in the GUI process: "
          f"{'yes' if torch_loaded else 'no'}; load avg {loadavg_text()})", flush=True)


def open_explorer(h: Harness) -> float:
    w = h.w
    t = time.perf_counter()
    w.show_explorer()
    h.wait_until(lambda: w.explorer.pending_jobs() == 0, 180)
    return time.perf_counter() - t


def background_run(rate: float, events: int) -> tuple[dict, str]:
    """One stroke on a fresh engine while its background lane encodes the test set."""
    from ae_desktop.engine.protocol import EncodeTestSet

    h = Harness()  # a fresh engine: nothing is cached in it (its idle work is done)
    h.warm_up()
    w = h.w
    names = list(w.infos)
    submitted: dict[int, str] = {}  # job id → "full" or "partial"
    state = {"extra": 0, "armed": False}

    def submit(payload, kind: str) -> None:
        submitted[w.engine.submit_job(payload, key=f"bench/{kind}/{payload.model}")] = kind

    def keep_busy(_now: float) -> None:
        # Once the uncached encodings are done, partial encodings (never cached) keep
        # the background lane busy until the stroke ends.
        if state["armed"] and all(j in h.jobs for j in submitted):
            name = names[state["extra"] % len(names)]
            state["extra"] += 1
            submit(EncodeTestSet(name, limit=10_000), "partial")

    h.jobs.clear()
    t_submit = time.perf_counter()
    for name in names:
        submit(EncodeTestSet(name), "full")
    state["armed"] = True
    r = h.stroke(rate, events, during=keep_busy)
    state["armed"] = False
    h.wait_until(lambda: all(j in h.jobs for j in submitted), 120)
    full = [j for j, kind in submitted.items() if kind == "full" and j in h.jobs]
    full_end = max(h.jobs[j]["recv"] for j in full)
    # The lane runs the jobs back to back from their submission to the last answer.
    busy_until = max(h.jobs[j]["recv"] for j in submitted if j in h.jobs)
    covered = max(0.0, min(busy_until, r["end"]) - max(t_submit, r["start"]))
    stroke_s = r["end"] - r["start"]
    failed = sum(1 for j in submitted if h.jobs.get(j, {}).get("failed"))
    compute = sum(h.jobs[j]["compute"] for j in full)
    text = (f"fresh engine; EncodeTestSet(model) for all {len(full)} models queued as the "
            f"stroke starts (10,000 digits each, none cached; {compute:.2f} s of engine "
            f"compute, all answered {full_end - t_submit:.2f} s after submission), then "
            f"{state['extra']} EncodeTestSet(model, limit=10000) (never cached); the "
            f"background lane was busy {covered:.2f} s of the {stroke_s:.2f} s stroke "
            f"({100 * covered / stroke_s:.0f} %); {failed} jobs failed")
    h.close()
    return r, text


def background_section(rate: float, events: int, runs: int) -> None:
    results, texts = [], []
    for _ in range(runs):
        r, text = background_run(rate, events)
        results.append(r)
        texts.append(text)
    print(f"\nwhile the engine's background lane works ({rate:g} events/s):")
    for i, text in enumerate(texts, 1):
        print(f"  background, run {i}: {text}")
    report_stroke(f"{rate:g} events/s while encoding", results)


STARTUP_CHILD = r"""
import json, os, sys, time
T0 = float(os.environ["AE_BENCH_T0"])
def now():
    return time.time() - T0
marks = {"python_up_s": now()}
# The window class is swapped for a subclass that only observes; everything else is the
# real launch path: cli.main -> app.run_gui -> MainWindow -> show -> exec.
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
import ae_desktop.engine.client as client
import ae_desktop.ui.main_window as mw
from ae_desktop.engine.protocol import EngineReady, ModelsLoaded

_import_arrays = client.import_arrays
def import_arrays(msg):  # on the connection thread, as each reply is read
    if isinstance(msg, EngineReady):
        marks["engine_import_s"] = msg.import_s  # measured in the engine: spawn -> torch imported
    elif isinstance(msg, ModelsLoaded):
        marks["engine_load_s"] = msg.load_s  # measured in the engine
    return _import_arrays(msg)
client.import_arrays = import_arrays

def rss(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024 / 1e6
    except OSError:
        return None

class Watch(QObject):
    def __init__(self, win):
        super().__init__(win)
        self.win, self.views, self.painted = win, [], set()
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint:
            if obj is self.win.canvas:
                marks.setdefault("window_shown_s", now())
            elif self.views and obj in self.views:
                self.painted.add(id(obj))
                if len(self.painted) == len(self.views) and "first_reconstruction_s" not in marks:
                    marks["first_reconstruction_s"] = now()
                    QTimer.singleShot(0, self.win.bench_finish)
        return False

class BenchWindow(mw.MainWindow):
    def __init__(self, *a, **k):
        marks["window_init_s"] = now()
        super().__init__(*a, **k)
        marks["window_built_s"] = now()
        self._watch = Watch(self)
        self.canvas.installEventFilter(self._watch)
        self.engine.engine_started.connect(lambda pid: marks.setdefault("engine_ready_s", now()))
        self.engine.models_loaded.connect(self.bench_loaded)  # after the window's own slot
        self.engine.reconstruction_ready.connect(self.bench_result)
    def bench_loaded(self, infos, failures):
        marks["models_loaded_s"] = now()
        marks["models"] = len(infos)
        self.random_digit()
        marks["digit_put_s"] = now()
    def bench_result(self, r):
        if r.answers and not self._watch.views:
            marks["first_result_delivered_s"] = now()
            marks["compute_s"] = r.compute_s
            panes = [self.panes.original, self.panes.model_input,
                     *self.panes.visible_model_panes()]
            # Panes outside the scroll area's viewport never paint: wait for the others.
            self._watch.views = [p.view for p in panes if not p.view.visibleRegion().isEmpty()]
            marks["panes_in_view"] = len(self._watch.views)
            marks["panes"] = len(panes)
            for v in self._watch.views:
                v.installEventFilter(self._watch)
    def bench_finish(self):
        marks["gui_rss_mb"] = rss("self")
        marks["engine_rss_mb"] = rss(self.engine.engine_pid) if self.engine.engine_pid else None
        marks["torch_in_gui"] = "torch" in sys.modules
        marks["engine_ready_after_client_s"] = self.engine.ready_s
        print("BENCH " + json.dumps(marks), flush=True)
        QApplication.quit()

mw.MainWindow = BenchWindow
from ae_desktop.cli import main
sys.exit(main([]))
"""


def startup_once() -> dict:
    tmp = Path(tempfile.mkdtemp(prefix="ae-bench-"))
    (tmp / "models").mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               XDG_CONFIG_HOME=str(tmp / "config"),  # fresh settings: every model shown
               AE_DESKTOP_MODELS=str(tmp / "models"))  # the shipped models only
    load = load1()
    env["AE_BENCH_T0"] = repr(time.time())
    out = subprocess.run([sys.executable, "-c", STARTUP_CHILD], capture_output=True, text=True,
                         env=env, cwd=ROOT, timeout=300)
    lines = [ln for ln in out.stdout.splitlines() if ln.startswith("BENCH ")]
    if not lines:
        raise SystemExit(f"start-up child failed ({out.returncode}):\n{out.stderr[-3000:]}")
    marks = json.loads(lines[-1][6:])
    marks["load1"] = load
    return marks


def startup_section(runs: int) -> None:
    marks = [startup_once() for _ in range(runs)]

    def col(key):
        return [m[key] for m in marks]

    shown, first = col("window_shown_s"), col("first_reconstruction_s")
    print(f"\nstart-up (fresh process, python -c 'cli.main()' offscreen; {marks[0]['models']} "
          f"models; load avg (1 min) per run {runs_text(col('load1'), '{:.2f}')}):")
    print(f"  launch -> window shown: {med(shown):.2f} s; launch -> first reconstruction: "
          f"{med(first):.2f} s   (median of {runs}; per run {runs_text(shown, '{:.2f}')} s and "
          f"{runs_text(first, '{:.2f}')} s; targets 0.8 s: "
          f"{'met' if med(shown) <= 0.8 else 'MISSED'}, 2.0 s: "
          f"{'met' if med(first) <= 2.0 else 'MISSED'})")
    print("  timeline (median s from launch): "
          + "; ".join(f"{k.removesuffix('_s').replace('_', ' ')} {med(col(k)):.2f}" for k in (
              "python_up_s", "window_init_s", "window_built_s", "window_shown_s",
              "engine_ready_s", "models_loaded_s", "digit_put_s", "first_result_delivered_s",
              "first_reconstruction_s"))
          + f"; engine compute of the first request {1000 * med(col('compute_s')):.1f} ms")
    print(f"  in the engine (median s): EngineClient() -> EngineReady "
          f"{med(col('engine_ready_after_client_s')):.2f} (of which engine_main() -> torch and the "
          f"core imported {med(col('engine_import_s')):.2f}); loading the models "
          f"{med(col('engine_load_s')):.2f}")
    if any(m["panes_in_view"] < m["panes"] for m in marks):
        print(f"  NOTE: at the default window size only {runs_text(col('panes_in_view'), '{}')} "
              f"of the {marks[0]['panes']} panes were in view; the first reconstruction is "
              "when those had painted it")
    print(f"  at the first reconstruction: GUI process RSS: {med(col('gui_rss_mb')):.0f} MB; "
          f"engine RSS: {med(col('engine_rss_mb')):.0f} MB (torch in the GUI process: "
          f"{'yes' if any(col('torch_in_gui')) else 'no'})", flush=True)


def code_version() -> str:
    """The commit measured, and whether the app's files differ from it."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, text=True,
                              capture_output=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "ae_desktop"], cwd=ROOT,
                               text=True, capture_output=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return f"{head}{' + uncommitted changes in ae_desktop/' if dirty else ''}"


def quiet_offscreen_warnings() -> None:
    """Drop the offscreen plugin's "This plugin does not support ..." lines."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_mode, _context, message: str) -> None:
        if not message.startswith("This plugin does not support"):
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=3, help="runs per figure (median reported)")
    ap.add_argument("--events", type=int, default=200, help="mouse moves per stroke")
    ap.add_argument("--rates", type=float, nargs="+", default=[60.0, 125.0],
                    help="events per second of the live strokes")
    ap.add_argument("--only", default=",".join(SECTIONS),
                    help=f"comma-separated subset of {','.join(SECTIONS)}")
    args = ap.parse_args()
    only = set(args.only.split(","))
    quiet_offscreen_warnings()
    threads_env = ", ".join(f"{k}={os.environ[k]}" for k in (
        "OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS") if k in os.environ)
    print(f"{os.cpu_count()} CPUs; load average (1/5/15 min) at start: {loadavg_text()}; "
          f"code: {code_version()}; thread settings passed to the app: {threads_env or 'none'}")
    if only & {"live", "activations", "memory"}:
        h = Harness()
        print(f"window with {len(h.w.infos)} models ({', '.join(h.w.infos)}), loaded "
              f"{h.models_s:.2f} s after MainWindow(); engine pid {h.w.engine.engine_pid}; "
              f"the idle work queued after the load (test-set errors of each model) kept the "
              f"background lane busy another {h.idle_work_s:.1f} s (waited for)")
        if h.layout_note:
            print(h.layout_note)
        h.warm_up()
        if "live" in only:
            live_section(h, args.rates, args.events, args.runs)
        if "activations" in only:
            activations_section(h, args.rates[0], args.events, args.runs)
        if "memory" in only:
            print("\nmemory:")
            memory_section(h, f"models loaded, {h.strokes} strokes drawn")
            s = open_explorer(h)
            print(f"  (latent explorer opened; its jobs answered in {s:.2f} s)")
            memory_section(h, "after opening the latent explorer")
        h.close()
    if "background" in only:
        background_section(args.rates[0], args.events, args.runs)
    if "startup" in only:
        startup_section(args.runs)
    print(f"\nload average (1/5/15 min) at the end: {loadavg_text()}")


if __name__ == "__main__":
    main()
