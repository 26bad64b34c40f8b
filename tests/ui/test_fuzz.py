"""GUI fuzz test: a seeded random walk of user actions on the real main window.

Every action is a real mouse or key event on a real widget (strokes on the canvas,
clicks on buttons, panes and model check boxes, keys on the noise controls), plus
opening and closing the latent explorer and model info dialogs. The walk must end
with no exception (sys/threading excepthooks), no Qt warning, no failed background
job and no thread left running; at every settle point the window must show what a
person expects (the newest request's result, one pane per ticked model, buttons
enabled as the canvas allows).

The seed is printed and repeated in every failure message; rerun a failure with
``AE_FUZZ_SEED=<seed> pytest tests/ui/test_fuzz.py``. The 5,000-action walk runs
with ``-m slow``.
"""

from __future__ import annotations

import os
import random
import sys
import threading
import time

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

from ae_desktop.core.evaluation.records import ErrorDistribution
from ae_desktop.ui.model_info_dialog import ModelInfoDialog
from ae_desktop.workers.threads import running_threads

LEFT, RIGHT = Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton
NO_MOD = Qt.KeyboardModifier.NoModifier
SETTLE_TIMEOUT_MS = 30_000
EXPLORER_TIMEOUT_MS = 120_000


def _seed() -> int:
    env = os.environ.get("AE_FUZZ_SEED")
    return int(env) if env else random.SystemRandom().randrange(1_000_000)


class ErrorRecorder:
    """Chains onto sys.excepthook and threading.excepthook and records what they see."""

    def __init__(self) -> None:
        self.errors: list[str] = []

    def __enter__(self) -> ErrorRecorder:
        self._sys, self._threading = sys.excepthook, threading.excepthook

        def sys_hook(etype, value, tb) -> None:
            self.errors.append(f"{etype.__name__}: {value}")
            self._sys(etype, value, tb)

        def threading_hook(args) -> None:
            self.errors.append(f"thread {args.thread}: {args.exc_type.__name__}: "
                               f"{args.exc_value}")
            self._threading(args)

        sys.excepthook, threading.excepthook = sys_hook, threading_hook
        return self

    def __exit__(self, *exc) -> None:
        sys.excepthook, threading.excepthook = self._sys, self._threading


def _centre(widget) -> QPoint:
    return widget.rect().center()


class Walk:
    """The actions a person can take, each one real input events on real widgets."""

    def __init__(self, w, qtbot, rng: np.random.Generator, seed: int,
                 recorder: ErrorRecorder) -> None:
        self.w, self.qtbot, self.rng, self.seed = w, qtbot, rng, seed
        self.recorder = recorder
        self.step = 0
        self.log: list[str] = []
        self.failures: list[str] = []
        self.counts: dict[str, int] = {}
        self.tried: dict[str, int] = {}  # actions that had something to act on
        self.effects: dict[str, int] = {}  # ... and visibly changed something
        # The engine process computes; a failed answer, a failed job or a dead engine is
        # a failure of the walk (cancelled and superseded jobs are never delivered).
        w.engine.live_failed.connect(self._record_failure)
        w.engine.job_failed.connect(lambda _job, message: self._record_failure(message))
        w.engine.engine_died.connect(lambda why: self._record_failure(f"engine died: {why}"))
        self.answers = {"live": 0, "explorer": 0}
        for signal in (w.engine.reconstruction_ready, w.engine.live_failed):
            signal.connect(lambda *_: self._count_answer("live"))
        # Background jobs: the explorer's, and the test-set errors the window asks for
        # after each load (not counted: nobody waits for them).
        w.engine.job_done.connect(self._on_job_done)
        w.engine.job_failed.connect(lambda *_: self._count_answer("explorer"))
        w.tasks.task_failed.connect(self._on_task_failed)  # image decoding
        self.actions = [
            (self.stroke, 20), (self.erase_stroke, 5), (self.toggle_eraser, 3),
            (self.undo, 8), (self.redo, 5), (self.clear, 4), (self.brush_size, 3),
            (self.noise_type, 4), (self.noise_amount, 6), (self.noise_seed, 4),
            (self.toggle_model, 5), (self.focus_pane, 5), (self.select_in_list, 3),
            (self.random_digit, 5), (self.toggle_raw, 2), (self.toggle_explorer, 1.5),
            (self.click_plane, 3), (self.zoom_plane, 1), (self.explorer_control, 2),
            (self.explorer_model, 1), (self.open_info, 2), (self.close_info, 3),
            (self.reload_models, 0.3), (self.glance, 6), (self.settle, 8),
        ]
        weights = np.array([wt for _, wt in self.actions], float)
        self._p = weights / weights.sum()

    # -------------------------------------------------------------- bookkeeping
    def where(self) -> str:
        return (f"seed {self.seed}, action {self.step}; last actions: "
                + ", ".join(self.log[-8:]))

    def _record_failure(self, message: str) -> None:
        self.failures.append(f"{message} ({self.where()})")

    def _on_job_done(self, _job: int, result) -> None:
        if not isinstance(result, ErrorDistribution):
            self._count_answer("explorer")

    def _on_task_failed(self, _job: int, message: str) -> None:
        if message != "cancelled":
            self._record_failure(message)

    def run(self, n: int) -> None:
        for self.step in range(n):
            i = int(self.rng.choice(len(self.actions), p=self._p))
            action = self.actions[i][0]
            self.log.append(action.__name__)
            self.counts[action.__name__] = self.counts.get(action.__name__, 0) + 1
            action()
            assert not self.recorder.errors, f"{self.recorder.errors[0]} ({self.where()})"
            assert not self.failures, self.failures[0]
        self.settle(explorer=True)

    def effect(self, name: str, happened: bool = True) -> None:
        """Count an action that could act, and whether it visibly did."""
        self.tried[name] = self.tried.get(name, 0) + 1
        if happened:
            self.effects[name] = self.effects.get(name, 0) + 1

    def pick(self, seq):
        return seq[int(self.rng.integers(len(seq)))]

    def _point(self, widget, margin: float = 0.05) -> QPoint:
        x, y = self.rng.uniform(margin, 1 - margin, 2)
        return QPoint(int(x * widget.width()), int(y * widget.height()))

    # ------------------------------------------------------------------ canvas
    def stroke(self, button=LEFT) -> None:
        c = self.w.canvas
        n = int(self.rng.integers(1, 14))
        p = self._point(c)
        QTest.mousePress(c, button, NO_MOD, p)
        for _ in range(n):
            step = self.rng.normal(0, 0.08, 2) * (c.width(), c.height())
            p = QPoint(int(np.clip(p.x() + step[0], 0, c.width() - 1)),
                       int(np.clip(p.y() + step[1], 0, c.height() - 1)))
            QTest.mouseMove(c, p)
        QTest.mouseRelease(c, button, NO_MOD, p)

    def erase_stroke(self) -> None:
        self.stroke(RIGHT)

    def toggle_eraser(self) -> None:
        self.qtbot.mouseClick(self.w.eraser_button, LEFT)

    def undo(self) -> None:
        self.qtbot.mouseClick(self.w.undo_button, LEFT)

    def redo(self) -> None:
        self.qtbot.mouseClick(self.w.redo_button, LEFT)

    def clear(self) -> None:
        self.qtbot.mouseClick(self.w.clear_button, LEFT)

    def brush_size(self) -> None:
        key = self.pick([Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Left,
                         Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End])
        QTest.keyClick(self.w.brush, key)

    def random_digit(self) -> None:
        self.qtbot.mouseClick(self.w.random_button, LEFT)

    def toggle_raw(self) -> None:
        self.qtbot.mouseClick(self.w.show_raw, LEFT)

    # ------------------------------------------------------------------- noise
    def noise_type(self) -> None:
        QTest.keyClick(self.w.noise_panel.kind, self.pick([Qt.Key.Key_Up, Qt.Key.Key_Down]))

    def noise_amount(self) -> None:
        s = self.w.noise_panel.amount
        if self.rng.random() < 0.5:
            self.qtbot.mouseClick(s, LEFT, NO_MOD, self._point(s, 0.01))
        else:
            QTest.keyClick(s, self.pick([Qt.Key.Key_PageUp, Qt.Key.Key_PageDown,
                                         Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_Home]))

    def noise_seed(self) -> None:
        p = self.w.noise_panel
        if self.rng.random() < 0.5:
            self.qtbot.mouseClick(p.new_noise, LEFT)
        else:
            QTest.keyClick(p.seed, self.pick([Qt.Key.Key_Up, Qt.Key.Key_Down]))

    # ------------------------------------------------------------------ models
    def _check_rect(self, item) -> QRect:
        lw = self.w.model_list
        opt = QStyleOptionViewItem()
        opt.initFrom(lw.viewport())
        opt.rect = lw.visualItemRect(item)
        opt.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        return lw.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator,
                                         opt, lw)

    def toggle_model(self) -> None:
        lw = self.w.model_list
        if lw.count():
            item = lw.item(int(self.rng.integers(lw.count())))
            before = item.checkState()
            self.qtbot.mouseClick(lw.viewport(), LEFT, NO_MOD, self._check_rect(item).center())
            self.effect("toggle_model", item.checkState() != before)

    def select_in_list(self) -> None:
        lw = self.w.model_list
        if lw.count():
            rect = lw.visualItemRect(lw.item(int(self.rng.integers(lw.count()))))
            self.qtbot.mouseClick(lw.viewport(), LEFT, NO_MOD,
                                  QPoint(rect.right() - 10, rect.center().y()))

    def focus_pane(self) -> None:
        panes = self.w.panes.visible_model_panes()
        if panes:
            pane = self.pick(panes)
            self.qtbot.mouseClick(pane.view, LEFT, NO_MOD, self._point(pane.view))
            self.effect("focus_pane", self.w.focused == pane.key)

    def _info_dialogs(self) -> list[ModelInfoDialog]:
        return [d for d in self.w.findChildren(ModelInfoDialog) if d.isVisible()]

    def reload_models(self) -> None:
        self.w.reload_action.trigger()  # Models > Reload models

    def open_info(self) -> None:
        before = len(self._info_dialogs())
        self.qtbot.mouseClick(self.w.info_button, LEFT)
        self.effect("open_info", len(self._info_dialogs()) == before + 1)

    def close_info(self) -> None:
        dialogs = self._info_dialogs()
        if dialogs:
            d = self.pick(dialogs)
            QTest.keyClick(d, Qt.Key.Key_Escape)
            self.effect("close_info", not d.isVisible())

    # ---------------------------------------------------------------- explorer
    def _explorer(self):
        e = self.w.explorer
        return e if e is not None and e.isVisible() else None

    def toggle_explorer(self) -> None:
        e = self._explorer()
        if e is not None:
            e.close()  # what the window's close button does
        else:
            self.w.latent_action.trigger()  # View > Latent space explorer…
        self.effect("toggle_explorer", (self._explorer() is None) == (e is not None))

    def click_plane(self) -> None:
        e = self._explorer()
        if e is None:
            return
        col = self.pick(e.columns)
        vp = col.view.viewport()
        before = col.view.cursor.pos()
        self.qtbot.mouseClick(vp, LEFT, NO_MOD, self._point(vp, 0.2))
        self.effect("click_plane", col.view.cursor.pos() != before)

    def zoom_plane(self) -> None:
        """A turn of the mouse wheel over a plane (zooms; the grid may follow)."""
        e = self._explorer()
        if e is None:
            return
        vp = self.pick(e.columns).view.viewport()
        p = self._point(vp, 0.2)
        step = QPoint(0, int(self.pick([-240, -120, 120, 240])))
        QApplication.sendEvent(vp, QWheelEvent(QPointF(p), QPointF(vp.mapToGlobal(p)),
                                               QPoint(), step, Qt.MouseButton.NoButton, NO_MOD,
                                               Qt.ScrollPhase.NoScrollPhase, False))

    def explorer_control(self) -> None:
        e = self._explorer()
        if e is None:
            return
        what = int(self.rng.integers(5))
        if what == 0:
            QTest.keyClick(e.resolution, self.pick([Qt.Key.Key_Up, Qt.Key.Key_Down,
                                                    Qt.Key.Key_PageUp, Qt.Key.Key_PageDown]))
        elif what == 1:
            self.qtbot.mouseClick(e.show_points, LEFT)
        elif what == 2:
            self.qtbot.mouseClick(e.show_grid, LEFT)
        elif what == 3:
            self.qtbot.mouseClick(e.follow_view, LEFT)
        else:
            self.qtbot.mouseClick(e.reset_button, LEFT)

    def explorer_model(self) -> None:
        e = self._explorer()
        if e is not None:
            QTest.keyClick(self.pick(e.columns).model,
                           self.pick([Qt.Key.Key_Up, Qt.Key.Key_Down]))

    # -------------------------------------------------------------------- settle
    def glance(self) -> None:
        """The user pauses until the next answer shows, so answers interleave with actions."""
        w, e, seen = self.w, self._explorer(), dict(self.answers)
        if e is not None and e.pending_jobs() and self.rng.random() < 0.5:
            self.qtbot.waitUntil(lambda: self.answers["explorer"] > seen["explorer"],
                                 timeout=EXPLORER_TIMEOUT_MS)
        elif w.engine.live_busy:
            self.qtbot.waitUntil(lambda: self.answers["live"] > seen["live"],
                                 timeout=SETTLE_TIMEOUT_MS)

    def _count_answer(self, kind: str) -> None:
        self.answers[kind] += 1

    def settle(self, explorer: bool | None = None) -> None:
        """Wait until the newest request is on screen, then check what a person sees."""
        w, qtbot = self.w, self.qtbot
        qtbot.waitUntil(lambda: not w.engine.live_busy and w.last_result is not None
                        and w.last_result.request_id == w.engine._next_request_id,
                        timeout=SETTLE_TIMEOUT_MS)
        self.check_window()
        if explorer is None:
            explorer = self.rng.random() < 0.2
        e = self._explorer()
        if explorer and e is not None:
            qtbot.waitUntil(lambda: e.pending_jobs() == 0, timeout=EXPLORER_TIMEOUT_MS)
            self.check_explorer(e)
            self.effect("explorer_checked")
        self.effect("settle_hidden_models", bool(self.w.hidden))
        self.effect("settle_noise", self.w.noise_panel.settings().active)
        self.effect("settle_empty", self.w.last_result.empty)

    def check_window(self) -> None:
        w, where = self.w, self.where()
        r, shown = w.last_result, set(w.shown_models())
        assert r.empty == (not w.canvas.raster().any()), where
        assert set(w.model_list.checked()) == shown, where
        assert {p.key for p in w.panes.visible_model_panes()} == shown, where
        assert all(p.isVisible() for p in w.panes.visible_model_panes()), where
        assert w.panes.raw.isVisible() == w.show_raw.isChecked(), where
        assert w.undo_button.isEnabled() == w.canvas.can_undo(), where
        assert w.redo_button.isEnabled() == w.canvas.can_redo(), where
        assert w.eraser_button.isChecked() == w.canvas.eraser, where
        assert w.canvas.brush_size == w.brush.value(), where
        for pane in w.panes.visible_model_panes():
            if r.empty:
                assert not pane.view.has_image(), where
            else:
                assert np.array_equal(pane.view.image(), r.answers[pane.key].output), where
                assert pane.caption.text().startswith("MSE"), where
        if r.empty:
            assert w.panes.original.caption.text() == "draw a digit", where
        else:
            assert np.array_equal(w.panes.original.view.image(), r.digit), where
            n = w.noise_panel.settings()
            assert (f"seed {n.seed}" in w.panes.model_input.caption.text()) == n.active, where
        if w.focused is not None:
            assert w.focus_panel.title().endswith(w.focused), where
            focused = [k for k, p in w.panes.model_panes.items() if p._focused]
            assert focused == [w.focused], where

    def check_explorer(self, e) -> None:
        where = self.where()
        for c in e.columns:
            if c.data is None or c.data.name != c.model.currentText():
                continue
            assert c.view.scatter.isVisible() == e.show_points.isChecked(), where
            assert len(c.view.scatter.data) == len(c.data.points), where
            assert (c.view.grid_item.image is not None) == e.show_grid.isChecked(), where
            if e.show_grid.isChecked():
                n = e.resolution.value()
                assert c.grid_image is not None and c.grid_image.shape == (n * 28, n * 28), where
            has_digit = not self.w.last_result.empty
            assert (c.view.marker_position() is not None) == has_digit, where
            if has_digit:
                assert c.neighbours.has_image(), where


@pytest.mark.parametrize("n_actions", [
    pytest.param(400, id="400"),
    pytest.param(5000, id="5000", marks=pytest.mark.slow),
])
def test_random_walk_of_user_actions(make_window, qtbot, qtlog, n_actions, capsys):
    seed = _seed()
    with capsys.disabled():
        print(f"\nGUI fuzz: {n_actions} actions, seed {seed} "
              f"(rerun: AE_FUZZ_SEED={seed})", flush=True)
    rng = np.random.default_rng(seed)
    t0 = time.perf_counter()
    with ErrorRecorder() as rec:
        w = make_window()
        assert w.infos, "no models loaded"
        w.activateWindow()
        w._test_rng = np.random.default_rng(seed)  # the "Random test digit" button
        walk = Walk(w, qtbot, rng, seed, rec)
        walk.run(n_actions)
        for d in w.findChildren(ModelInfoDialog):
            d.close()
        w.close()
    elapsed = time.perf_counter() - t0
    with capsys.disabled():
        print(f"GUI fuzz: {n_actions} actions, seed {seed}: {elapsed:.1f} s\n  actions: "
              + ", ".join(f"{k} {v}" for k, v in sorted(walk.counts.items()))
              + "\n  effects: "
              + ", ".join(f"{k} {v}" for k, v in sorted(walk.effects.items())), flush=True)
    assert not rec.errors, f"exceptions (seed {seed}): {rec.errors}"
    warnings = [r.message for r in qtlog.records
                if r.log_type_name in ("WARNING", "CRITICAL", "FATAL") and not r.ignored]
    assert not warnings, f"Qt warnings (seed {seed}): {warnings[:5]}"
    assert running_threads() == [], f"threads left running (seed {seed})"
    # The walk really did what it claims: these actions always change what is shown.
    for name in ("toggle_model", "focus_pane", "open_info", "toggle_explorer"):
        assert walk.effects.get(name, 0) == walk.tried.get(name, 0), (name, seed)
